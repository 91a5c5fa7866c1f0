"""extract(path) -> Report: the whole flow for one file.

ingest -> structure -> NLP -> link -> assess. Each stage is its own module and
hands the next one plain dataclasses.
"""
from __future__ import annotations

from pathlib import Path

from .assess import assess
from .document import Document
from .ingest import read_document
from .report import Report


def extract(path: str | Path) -> Report:
    """Reads one annual report and returns its SCR entries and rec9 assessment."""
    return extract_document(read_document(path))


def extract_document(doc: Document) -> Report:
    """The stages after ingestion, for a Document already in memory."""
    # The NLP stages (structure, nlp, link) are filled in by issue 4.
    entries, scrs, lscb, period, mechanism = [], [], None, None, None
    return Report(
        source=doc.source, sha256=doc.sha256, format=doc.format, pages=doc.pages,
        lscb=lscb, period=period, scrs=scrs, recommendations=entries,
        rec9=assess(entries, bool(scrs), mechanism),
    )
