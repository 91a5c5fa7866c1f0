"""Where the data that drives the NLP lives, computed once for the whole package.

In a checkout (and an editable install) it is the top-level `models/` folder; a wheel
carries the same files as package data in `extractor/models/` (setup.cfg maps one onto
the other at build time), so an installed tool never looks outside site-packages.
"""
from __future__ import annotations

import csv
import json
from functools import lru_cache
from importlib import resources
from pathlib import Path


def _models_dir() -> Path:
    packaged = resources.files(__package__).joinpath("models")
    if packaged.is_dir():
        return Path(str(packaged))
    return Path(__file__).resolve().parent.parent / "models"


MODELS: Path = _models_dir()


def jsonl_rows(path: str | Path) -> list[dict]:
    """The rows of a JSONL file of models/; lines starting with `#` (the header saying what the
    file drives) and blank lines are skipped."""
    with Path(path).open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip() and not line.startswith("#")]


def csv_rows(path: str | Path) -> tuple[dict[str, str], ...]:
    """The rows of a CSV file of models/, each a dict by the header's column names, values
    stripped. Lines starting with `#` before the header say what the file drives; they are skipped."""
    with Path(path).open(encoding="utf-8", newline="") as fh:
        lines = [line for line in fh if not line.startswith("#")]
    return tuple({k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(lines))


@lru_cache(maxsize=None)
def table(name: str) -> tuple[dict[str, str], ...]:
    """The rows of models/<name> (csv_rows), read once."""
    return csv_rows(MODELS / name)
