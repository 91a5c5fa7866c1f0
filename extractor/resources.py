"""Where the data that drives the NLP lives, computed once for the whole package.

In a checkout (and an editable install) it is the top-level `models/` folder; a wheel
carries the same files as package data in `extractor/models/` (setup.cfg maps one onto
the other at build time), so an installed tool never looks outside site-packages.
"""
from __future__ import annotations

import csv
from functools import lru_cache
from importlib import resources
from pathlib import Path


def _models_dir() -> Path:
    packaged = resources.files(__package__).joinpath("models")
    if packaged.is_dir():
        return Path(str(packaged))
    return Path(__file__).resolve().parent.parent / "models"


MODELS: Path = _models_dir()


@lru_cache(maxsize=None)
def table(name: str) -> tuple[dict[str, str], ...]:
    """The rows of the CSV file models/<name>, each a dict by the header's column names.

    Lines starting with `#` before the header say what the file drives; they are skipped.
    """
    with (MODELS / name).open(encoding="utf-8", newline="") as fh:
        lines = [line for line in fh if not line.startswith("#")]
    return tuple({k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(lines))
