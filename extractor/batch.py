"""Batch runs: many inputs -> one RunResult, one bad file never stopping the rest."""
from __future__ import annotations

import fnmatch
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from .errors import ReadError
from .ingest import SUFFIXES
from .pipeline import extract
from .report import ReadFailure, RunResult


IGNORE_FILE = ".scr-extract-ignore"


@dataclass
class BatchOptions:
    jobs: int | None = None          # None: one worker per core
    timeout: float = 120.0           # seconds per file
    cache_dir: Path | None = None    # None: the user cache folder
    use_cache: bool = True
    progress: bool = True


def ignored_patterns(folder: Path) -> list[str]:
    """Glob patterns (relative to `folder`) from its .scr-extract-ignore, one per line."""
    f = folder / IGNORE_FILE
    if not f.is_file():
        return []
    lines = (line.strip() for line in f.read_text(encoding="utf-8", errors="replace").splitlines())
    return [line.rstrip("/") for line in lines if line and not line.startswith("#")]


def collect_inputs(inputs: Iterable[str | Path]) -> list[Path]:
    """Files named directly, plus supported files found by walking folders, sorted.

    A folder may hold a `.scr-extract-ignore` listing paths (globs) that are not
    reports, such as build scripts or notes beside a corpus.
    """
    found: list[Path] = []
    for item in inputs:
        p = Path(item)
        if not p.is_dir():
            found.append(p)
            continue
        patterns = ignored_patterns(p)
        for root, dirs, files in os.walk(p):
            rel_root = Path(root).relative_to(p)
            dirs[:] = sorted(d for d in dirs if not d.startswith(".") and not any(
                fnmatch.fnmatch(str(rel_root / d), pat) for pat in patterns))
            for name in sorted(files):
                rel = str(rel_root / name)
                if (Path(name).suffix.lower() in SUFFIXES and not name.startswith(".")
                        and not any(fnmatch.fnmatch(rel, pat) for pat in patterns)):
                    found.append(Path(root) / name)
    return found


def run_batch(inputs: Iterable[str | Path], options: BatchOptions | None = None) -> RunResult:
    result = RunResult()
    for path in collect_inputs(inputs):
        try:
            result.reports.append(extract(path))
        except ReadError as exc:
            result.errors.append(ReadFailure(source=str(path), error=str(exc)))
    return result
