"""Ingestion: any supported file -> `Document`. One reader module per format."""
from __future__ import annotations

import hashlib
from dataclasses import replace
from pathlib import Path

from .. import errors
from ..document import Document
from ..errors import ReadError
from ..untrusted import UNSAFE_CHARACTERS_RE, safe_text, text_path

SUFFIXES = {".pdf": "pdf", ".docx": "docx", ".txt": "txt", ".md": "md",
            ".html": "html", ".htm": "html"}


def format_of(path: Path) -> str:
    fmt = SUFFIXES.get(path.suffix.lower())
    if fmt is None:
        raise ReadError(errors.UNSUPPORTED_FORMAT.format(suffix=path.suffix or "(none)"))
    return fmt


def read_document(path: str | Path, sha256: str | None = None, max_pages: int | None = None) -> Document:
    """Reads a PDF, DOCX, TXT, MD or HTML file into a Document, or raises ReadError.
    `sha256`: the file's hash when the caller has already computed it (a batch does, for its cache);
    `max_pages`: a PDF with more pages is refused before any is read."""
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
    sha = sha256 or hashlib.sha256(data).hexdigest()
    if fmt == "pdf":
        from .pdf import read_pdf as reader
    elif fmt == "docx":
        from .docx import read_docx as reader
    elif fmt == "html":
        from .html import read_html as reader
    else:
        from .text import read_text as reader
    if fmt == "pdf" and max_pages is not None:
        doc = reader(data, source=text_path(path), max_pages=max_pages)
    else:
        doc = reader(data, source=text_path(path))
    doc.sha256 = sha
    doc.format = fmt
    _drop_unsafe_characters(doc)
    return doc


def _drop_unsafe_characters(doc: Document) -> None:
    """Removes code points no output can carry (see `untrusted`), once, for every stage after.
    Text is looked at before it is rebuilt: almost every block is clean."""
    unsafe = UNSAFE_CHARACTERS_RE.search
    cells = [c for b in doc.blocks for c in b.cells or ()]
    everything = [b.text for b in doc.blocks] + [c.text for c in cells] + [c.header for c in cells if c.header]
    # One scan of the distinct characters of all the text (a few hundred, against a regex slow
    # per character): almost every document is clean. The pattern is one character class, so it
    # finds a match in the text exactly when it finds one among its characters.
    if not unsafe("".join(set("".join(everything)))):
        doc.metadata = {k: safe_text(v) for k, v in doc.metadata.items()}
        return
    for block in doc.blocks:
        if unsafe(block.text):
            block.text = safe_text(block.text)
        if block.cells and any(unsafe(c.text) or (c.header and unsafe(c.header)) for c in block.cells):
            block.cells = tuple(replace(c, header=None if c.header is None else safe_text(c.header),
                                        text=safe_text(c.text)) for c in block.cells)
    doc.metadata = {k: safe_text(v) for k, v in doc.metadata.items()}
