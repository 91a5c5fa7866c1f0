"""Batch runs: many inputs -> one RunResult, one bad file never stopping the rest."""
from __future__ import annotations

import os
from pathlib import Path
from typing import Iterable

from .errors import ReadError
from .ingest import SUFFIXES
from .pipeline import extract
from .report import ReadFailure, RunResult


def collect_inputs(inputs: Iterable[str | Path]) -> list[Path]:
    """Files named directly, plus supported files found by walking folders, sorted."""
    found: list[Path] = []
    for item in inputs:
        p = Path(item)
        if p.is_dir():
            for root, dirs, files in os.walk(p):
                dirs.sort()
                for name in sorted(files):
                    if Path(name).suffix.lower() in SUFFIXES and not name.startswith("."):
                        found.append(Path(root) / name)
        else:
            found.append(p)
    return found


def run_batch(inputs: Iterable[str | Path]) -> RunResult:
    result = RunResult()
    for path in collect_inputs(inputs):
        try:
            result.reports.append(extract(path))
        except ReadError as exc:
            result.errors.append(ReadFailure(source=str(path), error=str(exc)))
    return result
