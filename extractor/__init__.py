"""scr-extract: serious case review recommendations from LSCB annual reports.

Library entry points (the CLI is a thin layer over these):

    extractor.extract(path) -> Report
    extractor.read_document(path) -> Document
"""
__version__ = "0.1.0"

from .document import Block, Cell, Document  # noqa: E402
from .errors import ReadError  # noqa: E402
from .ingest import read_document  # noqa: E402
from .pipeline import extract  # noqa: E402
from .report import (  # noqa: E402
    Rec9Assessment, Recommendation, Report, ResponsibleBody, RunResult, ScrCase,
)

__all__ = [
    "extract", "read_document", "Document", "Block", "Cell", "ReadError", "Report",
    "Recommendation", "ResponsibleBody", "Rec9Assessment", "ScrCase", "RunResult",
]
