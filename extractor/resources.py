"""Where the data that drives the NLP lives, computed once for the whole package.

In a checkout (and an editable install) it is the top-level `models/` folder; a wheel
carries the same files as package data in `extractor/models/` (setup.cfg maps one onto
the other at build time), so an installed tool never looks outside site-packages.
"""
from __future__ import annotations

from importlib import resources
from pathlib import Path


def _models_dir() -> Path:
    packaged = resources.files(__package__).joinpath("models")
    if packaged.is_dir():
        return Path(str(packaged))
    return Path(__file__).resolve().parent.parent / "models"


MODELS: Path = _models_dir()
