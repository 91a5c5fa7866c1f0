"""Ingestion: any supported file -> `Document`. One reader module per format."""
from __future__ import annotations

import hashlib
from pathlib import Path

from .. import errors
from ..document import Document
from ..errors import ReadError

SUFFIXES = {".pdf": "pdf", ".docx": "docx", ".txt": "txt", ".md": "md",
            ".html": "html", ".htm": "html"}


def format_of(path: Path) -> str:
    fmt = SUFFIXES.get(path.suffix.lower())
    if fmt is None:
        raise ReadError(errors.UNSUPPORTED_FORMAT.format(suffix=path.suffix or "(none)"))
    return fmt


def read_document(path: str | Path) -> Document:
    """Reads a PDF, DOCX, TXT, MD or HTML file into a Document, or raises ReadError."""
    path = Path(path)
    fmt = format_of(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise ReadError(errors.NOT_FOUND) from None
    except OSError as exc:
        raise ReadError(errors.NOT_READABLE.format(detail=exc.strerror or exc)) from None
    if not data:
        raise ReadError(errors.EMPTY_FILE)
    sha = hashlib.sha256(data).hexdigest()
    if fmt == "pdf":
        from .pdf import read_pdf as reader
    elif fmt == "docx":
        from .docx import read_docx as reader
    elif fmt == "html":
        from .html import read_html as reader
    else:
        from .text import read_text as reader
    doc = reader(data, source=str(path))
    doc.sha256 = sha
    doc.format = fmt
    return doc
