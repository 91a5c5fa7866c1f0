"""The result cache: one JSON file per extracted report, so reruns and resumed runs are cheap.

A result is keyed by the SHA-256 of the file's bytes, the tool version and a
fingerprint of every file under `models/`: a new release or a changed pattern
or gazetteer gives a fresh cache, while a report that was only moved or renamed
is still a hit. Each result is written atomically the moment it is known, so a
run stopped half-way (Ctrl-C, a crash, a power cut) keeps what it finished.

An entry is a first line `scr-extract-cache/1 <SHA-256 of the rest>` and the
report's JSON. A flipped bit anywhere, or an entry whose fields have the wrong
types or values, is a miss (the file is extracted again), never a result.

Errors are not cached: readers get better, and most errors are cheap to meet
again, while the expensive ones (time-outs, memory) depend on the machine's load.
"""
from __future__ import annotations

import hashlib
import json
import dataclasses
import types
import typing
from dataclasses import dataclass
from pathlib import Path

from ._version import __version__
from .export.atomic import atomic_path
from .resources import MODELS
from .report import (
    SECTORS, STAGES, STATUSES, VERDICTS, Rec9Assessment, Recommendation, Report,
    ResponsibleBody, ScrCase,
)

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
            report = read_entry(self.path_for(sha256).read_bytes(), sha256)
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            report = None
        if report is None:
            # A missing, damaged or outdated entry is a miss; the next write replaces it.
            self.stats.misses += 1
            return None
        self.stats.hits += 1
        report.source = source
        return report

    def put(self, report: Report) -> None:
        """Stores a report atomically (write a temporary file, then rename over)."""
        if not report.sha256:
            return
        try:
            with atomic_path(self.path_for(report.sha256)) as tmp:
                tmp.write_bytes(entry_bytes(report))
        except (OSError, ValueError):
            return  # a read-only or full cache folder (or text no UTF-8 holds) must not fail the run
        self.stats.writes += 1


ENTRY_TAG = b"scr-extract-cache/1"


def entry_bytes(report: Report) -> bytes:
    """A cache entry: the tag and the checksum of the payload on one line, then the payload."""
    payload = json.dumps(report.to_dict(), ensure_ascii=False).encode("utf-8")
    return ENTRY_TAG + b" " + hashlib.sha256(payload).hexdigest().encode("ascii") + b"\n" + payload


def read_entry(raw: bytes, sha256: str) -> Report | None:
    """The report in an entry, or None if it is not whole and well-formed.

    May raise ValueError and the like on a payload whose checksum matches but whose
    JSON is not a report (the caller counts that as a miss too)."""
    head, sep, payload = raw.partition(b"\n")
    if not sep or head != ENTRY_TAG + b" " + hashlib.sha256(payload).hexdigest().encode("ascii"):
        return None
    data = json.loads(payload.decode("utf-8"))
    if not isinstance(data, dict) or data.get("sha256") != sha256:
        return None
    report = Report.from_dict(data)
    return report if well_formed(report) else None


def well_formed(value: object, hint: object = Report) -> bool:
    """True when `value` (a report, or a part of one) has the types its dataclasses declare
    and its codes (status, sector, verdict, stage) are among those the contract allows."""
    if dataclasses.is_dataclass(hint):
        if not isinstance(value, hint):
            return False
        hints = typing.get_type_hints(hint)
        return all(well_formed(getattr(value, f.name), hints[f.name])
                   for f in dataclasses.fields(hint)) and _codes_allowed(value)
    if isinstance(hint, types.UnionType):
        return any(well_formed(value, h) for h in typing.get_args(hint))
    if typing.get_origin(hint) is list:
        (item,) = typing.get_args(hint)
        return isinstance(value, list) and all(well_formed(v, item) for v in value)
    if hint is type(None):
        return value is None
    if hint is float:
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if hint is int:
        return isinstance(value, int) and not isinstance(value, bool)
    return isinstance(value, hint)


def _codes_allowed(value: object) -> bool:
    if isinstance(value, Recommendation):
        return value.status in STATUSES
    if isinstance(value, ResponsibleBody):
        return value.sector in SECTORS
    if isinstance(value, Rec9Assessment):
        return value.verdict in VERDICTS
    if isinstance(value, ScrCase):
        return value.stage is None or value.stage in STAGES
    return True
