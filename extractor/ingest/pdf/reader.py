"""`read_pdf`: open the PDF with pdfium, read each page in reading order, make blocks."""
from __future__ import annotations

import re
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as raw

from ... import errors
from ...document import Document
from ...errors import ReadError
from ...ratings import edges_rate
from .bars import SEGMENTS, not_segments, segment_bars
from .lines import Line, drop_running_lines
from .objects import (close_page, close_textpage, collect, coloured_dots, handle, load_page, load_textpage, page_height, page_width,
                      right_to_left)
from .page import page_items, turned_chips
from .paragraphs import build_blocks
from .settings import PdfSettings
from .tables import find_grids, place_turned


def _pdfium_detail(exc: Exception) -> str:
    """pdfium's reason, e.g. "data format error" from "Failed to load document (PDFium: Data format error)."."""
    text = str(exc).split("\n")[0]
    m = re.search(r"\(PDFium: ([^)]*)\)", text)
    return (m.group(1) if m else text.rstrip(".")).lower()[:80]


def loadable_pages(pdf: pdfium.PdfDocument, limit: int) -> int:
    """Pages of an open PDF. The page tree's count is cheap but may lie (a 1-page file claiming
    5,000): past `limit`, the pages that actually load are counted, stopping one past it."""
    claimed = len(pdf)
    if claimed <= limit:
        return claimed
    loaded = 0
    for index in range(claimed):
        try:
            pdf[index].close()
        except pdfium.PdfiumError:
            continue
        loaded += 1
        if loaded > limit:
            return claimed
    return loaded


def read_pdf(data: bytes, source: str, settings: PdfSettings | dict[str, Any] | None = None,
             max_pages: int | None = None) -> Document:
    """Reads a PDF into blocks in reading order, or raises ReadError (also for a file of more
    than `max_pages` pages, before any is read)."""
    cfg = PdfSettings.resolve(settings)
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        code = getattr(exc, "err_code", None)
        if code == raw.FPDF_ERR_PASSWORD:
            raise ReadError(errors.ENCRYPTED_PDF) from None
        raise ReadError(errors.BROKEN_PDF.format(detail=_pdfium_detail(exc))) from None
    try:
        if max_pages is not None:
            pages = loadable_pages(pdf, max_pages)
            if pages > max_pages:
                raise ReadError(errors.TOO_MANY_PAGES.format(pages=pages, limit=max_pages))
        return _read(pdf, source, cfg)
    except pdfium.PdfiumError as exc:  # a page pdfium cannot load
        raise ReadError(errors.BROKEN_PDF.format(detail=_pdfium_detail(exc))) from None
    finally:
        pdf.close()


#: What an unloadable page stands in as (US Letter height, in points): it holds no text.
UNREAD_PAGE_HEIGHT = 792.0


def _read(pdf: pdfium.PdfDocument, source: str, cfg: PdfSettings) -> Document:
    npages = len(pdf)
    pages: list[tuple[list, float]] = []
    fonts: dict[int, bool] = {}  # font handle -> bold
    any_text = False
    unread: list[int] = []
    doc = handle(pdf.raw)
    r2l = right_to_left(doc)
    for index in range(npages):
        # raw handles rather than PdfPage/PdfTextPage: their bookkeeping costs as much as a small page
        page = load_page(doc, index)
        textpage = load_textpage(page) if page else None
        if not textpage:
            # One broken page (or a page tree that claims pages it has not) loses that page only.
            if page:
                close_page(page)
            unread.append(index + 1)
            pages.append(([], UNREAD_PAGE_HEIGHT))
            continue
        try:
            height = page_height(page)
            width = page_width(page)
            try:
                spans, rules, fills, turned, marks = collect(page, textpage, fonts, cfg, r2l)
            finally:
                close_textpage(textpage)
        finally:
            close_page(page)
        any_text = any_text or any(s.text.strip() for s in spans)
        coloured_dots(spans, fills)
        if len(marks) >= SEGMENTS[0]:
            bars, used = segment_bars(marks, spans, cfg)
            fills = not_segments(fills, used)
            spans += bars
        grids = find_grids(rules, fills, spans, index + 1, cfg)
        for grid in grids:
            place_turned(grid, turned)
        spans += turned_chips(turned, grids)
        pages.append((page_items(spans, grids, index + 1, cfg, fills, width, height), height))
    if npages and len(unread) == npages:
        raise ReadError(errors.BROKEN_PDF.format(detail="no page could be loaded"))
    if not any_text:
        raise ReadError(errors.NO_TEXT_LAYER)
    drop_running_lines(pages, cfg)
    _keep_rated_edges(pages)
    doc = Document(source=source, format="pdf", sha256="", pages=npages - len(unread), unread_pages=unread)
    doc.metadata = {k.lower(): v for k, v in pdf.get_metadata_dict(skip_empty=True).items()
                    if k in ("Title", "Author", "Subject", "Creator", "Producer")}
    doc.blocks = build_blocks([items for items, _ in pages], cfg)
    return doc


def _keep_rated_edges(pages: list[tuple[list, float]]) -> None:
    """Chips read from borders on boxes' outlines (Span.edge) stay only where the report rates
    boxes of their kind by edges: two or more of red, amber and green, and a key saying what
    they mean (call-outs ruled in the house colour are another kind than cards striped by rating)."""
    kinds: dict[str, set[str]] = {}
    for items, _ in pages:
        for ln in items:
            if isinstance(ln, Line) and ln.edge:
                kinds.setdefault(ln.edge, set()).add(ln.text.lower())
    if not kinds:
        return
    text = " ".join(ln.text for items, _ in pages for ln in items if isinstance(ln, Line))
    unrated = {kind for kind, colours in kinds.items() if not edges_rate(colours, text)}
    if unrated:
        for items, _ in pages:
            items[:] = [ln for ln in items if not (isinstance(ln, Line) and ln.edge in unrated)]
