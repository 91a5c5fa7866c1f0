"""The result cache: one JSON file per extracted report, so reruns and resumed runs are cheap.

A result is keyed by the SHA-256 of the file's bytes, the tool version and a
fingerprint of every file under `models/`: a new release or a changed pattern
or gazetteer gives a fresh cache, while a report that was only moved or renamed
is still a hit. Each result is written atomically the moment it is known, so a
run stopped half-way (Ctrl-C, a crash, a power cut) keeps what it finished.

Errors are not cached: readers get better, and most errors are cheap to meet
again, while the expensive ones (time-outs, memory) depend on the machine's load.
"""
from __future__ import annotations

import hashlib
import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from . import __version__
from .report import Report

MODELS = Path(__file__).resolve().parent.parent / "models"
APP_NAME = "scr-extract"


def default_cache_dir() -> Path:
    """The per-user cache folder (e.g. ~/.cache/scr-extract on Linux)."""
    from platformdirs import user_cache_dir

    return Path(user_cache_dir(APP_NAME))


def file_sha256(path: str | Path, chunk: int = 1 << 20) -> str:
    """SHA-256 of a file's bytes, read in chunks so a large file never sits in memory."""
    h = hashlib.sha256()
    with open(path, "rb") as f:
        while block := f.read(chunk):
            h.update(block)
    return h.hexdigest()


def models_fingerprint(models_dir: Path = MODELS) -> str:
    """A hash of the names and bytes of every file under `models/` (rules drive the output)."""
    h = hashlib.sha256()
    if models_dir.is_dir():
        for p in sorted(models_dir.rglob("*")):
            if p.is_file() and not p.name.startswith("."):
                h.update(p.relative_to(models_dir).as_posix().encode("utf-8") + b"\0")
                h.update(hashlib.sha256(p.read_bytes()).digest())
    return h.hexdigest()


@dataclass
class CacheStats:
    """What the cache did during one run."""

    hits: int = 0
    misses: int = 0
    writes: int = 0


class ResultCache:
    """Reports stored under `<dir>/<version>-<models fingerprint>/<sha[:2]>/<sha>.json`."""

    def __init__(self, directory: str | Path, version: str = __version__,
                 fingerprint: str | None = None) -> None:
        fingerprint = fingerprint or models_fingerprint()
        self.root = Path(directory) / f"{version}-{fingerprint[:16]}"
        self.stats = CacheStats()

    def path_for(self, sha256: str) -> Path:
        return self.root / sha256[:2] / f"{sha256}.json"

    def get(self, sha256: str, source: str) -> Report | None:
        """The cached report for these bytes, its `source` set to where they are now."""
        try:
            data = json.loads(self.path_for(sha256).read_text(encoding="utf-8"))
            report = Report.from_dict(data)
        except FileNotFoundError:
            self.stats.misses += 1
            return None
        except (OSError, ValueError, KeyError, TypeError):
            # A damaged or outdated entry is a miss; the next write replaces it.
            self.stats.misses += 1
            return None
        self.stats.hits += 1
        report.source = source
        return report

    def put(self, report: Report) -> None:
        """Stores a report atomically (write a temporary file, then rename over)."""
        if not report.sha256:
            return
        target = self.path_for(report.sha256)
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=".", suffix=".tmp", dir=target.parent)
            try:
                with os.fdopen(fd, "w", encoding="utf-8") as f:
                    json.dump(report.to_dict(), f, ensure_ascii=False)
                os.replace(tmp, target)
            finally:
                if os.path.exists(tmp):
                    os.unlink(tmp)
        except (OSError, ValueError):
            return  # a read-only or full cache folder (or text no UTF-8 holds) must not fail the run
        self.stats.writes += 1
