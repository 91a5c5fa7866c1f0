"""scr-extract: serious case review recommendations from LSCB annual reports.

Library entry points (the CLI is a thin layer over these):

    extractor.extract(path) -> Report
    extractor.read_document(path) -> Document
"""
from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from ._version import __version__

# Names are imported on first use, so that `scr-extract --help` and the batch's parent
# process never load spaCy: only the workers that extract need it.
_EXPORTS = {
    "extract": ".pipeline",
    "read_document": ".ingest",
    "Document": ".document", "Block": ".document", "Cell": ".document",
    "ReadError": ".errors",
    "Report": ".report", "Recommendation": ".report", "ResponsibleBody": ".report",
    "Rec9Assessment": ".report", "ScrCase": ".report", "RunResult": ".report",
}

__all__ = ["__version__", *_EXPORTS]

if TYPE_CHECKING:
    from .document import Block, Cell, Document
    from .errors import ReadError
    from .ingest import read_document
    from .pipeline import extract
    from .report import Rec9Assessment, Recommendation, Report, ResponsibleBody, RunResult, ScrCase


def __getattr__(name: str) -> Any:
    if name not in _EXPORTS:
        raise AttributeError(f"module 'extractor' has no attribute {name!r}")
    value = getattr(importlib.import_module(_EXPORTS[name], __name__), name)
    globals()[name] = value
    return value
