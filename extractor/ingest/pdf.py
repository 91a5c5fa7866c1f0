"""PDF reader: pdfium text objects and ruling lines -> headings, paragraphs, list items, table rows.

Why this design: pypdfium2 gives every text run (LibreOffice and Word emit one per
line fragment) with its position, font size and font name at a few microseconds
per call, so a page costs about a millisecond. Tables in the reports we read are
drawn with ruled cell borders, which pdfium exposes as thin path objects; a grid
rebuilt from those rules tells which text run sits in which cell without the
per-character work pdfplumber does (about 9 pages/s). Everything here is plain
geometry on those runs and rules.
"""
from __future__ import annotations

import ctypes
import re
import struct
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, field

import pypdfium2 as pdfium
import pypdfium2.raw as raw

from .. import errors
from ..document import Block, Cell, Document
from ..errors import ReadError
from .layout import NUMBERED_ITEM_RE, clean_text, join_lines, numbered_heading, rag_colour, strip_bullet, vocabulary

RULE_THICKNESS = 2.5      # pt; thicker paths are shapes, not cell borders
SNAP = 2.0                # pt; borders closer than this are one border
MARGIN_SHARE = 0.12       # top/bottom share of the page where running headers/footers live
EDGE_SHARE = 0.075        # top/bottom share that is never column text
PAGE_NUMBER_RE = re.compile(
    r"^(?:page\s*)?[-\u2013\u2014(\[]?\s*\d{1,4}\s*[-\u2013\u2014)\]]?(?:\s*(?:of|/)\s*\d{1,4})?$", re.I)
PAGE_NUMBER_ANYWHERE_RE = re.compile(r"(?:\bpage\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?\b|\b\d{1,4}\s+of\s+\d{1,4}\b)", re.I)


@dataclass(slots=True)
class Span:
    """One pdfium text object: a run of text in one font on one baseline."""

    x0: float
    x1: float
    base: float
    top: float
    size: float
    bold: bool
    text: str


@dataclass(slots=True)
class Rule:
    """A thin horizontal or vertical path: a table border."""

    x0: float
    y0: float
    x1: float
    y1: float

    @property
    def horizontal(self) -> bool:
        return (self.x1 - self.x0) >= (self.y1 - self.y0)


@dataclass(slots=True)
class Line:
    """Spans sharing a baseline within one text column."""

    x0: float
    x1: float
    base: float
    size: float
    bold: bool
    text: str
    page: int


@dataclass
class Grid:
    """A ruled table on one page: column borders, row borders (top to bottom) and rows of cells."""

    xs: list[float]
    ys: list[float]
    top: float
    x0: float
    x1: float
    rows: list[list[tuple[float, float, list[Span]]]] = field(default_factory=list)
    page: int = 0
    header_fill: bool = False
    bands: list[tuple[float, float]] = field(default_factory=list)  # (top, bottom) of each row
    neg_bottoms: list[float] = field(default_factory=list)  # -bottom of each row, ascending
    fills: dict[tuple[int, int], str] = field(default_factory=dict)  # (row, cell) -> RAG colour of its shading


@dataclass
class OpenTable:
    """The table that the next page may continue."""

    number: int
    xs: list[float]  # column borders of the part seen last
    headers: list[tuple[float, float, str]]
    header_text: str


#: What an unloadable page stands in as (US Letter, in points): it holds no text.
UNREAD_PAGE_SIZE = (612.0, 792.0)


def _pdfium_detail(exc: Exception) -> str:
    """pdfium's reason, e.g. "data format error" from "Failed to load document (PDFium: Data format error)."."""
    text = str(exc).split("\n")[0]
    m = re.search(r"\(PDFium: ([^)]*)\)", text)
    return (m.group(1) if m else text.rstrip(".")).lower()[:80]


def read_pdf(data: bytes, source: str) -> Document:
    """Reads a PDF into blocks in reading order, or raises ReadError."""
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        code = getattr(exc, "err_code", None)
        if code == raw.FPDF_ERR_PASSWORD:
            raise ReadError(errors.ENCRYPTED_PDF) from None
        raise ReadError(errors.BROKEN_PDF.format(detail=_pdfium_detail(exc))) from None
    try:
        return _read(pdf, source)
    except pdfium.PdfiumError as exc:  # a page pdfium cannot load
        raise ReadError(errors.BROKEN_PDF.format(detail=_pdfium_detail(exc))) from None
    finally:
        pdf.close()


def _read(pdf: pdfium.PdfDocument, source: str) -> Document:
    npages = len(pdf)
    pages: list[tuple[list, float, float]] = []
    fonts: dict[int, bool] = {}  # font handle -> bold
    any_text = False
    unread: list[int] = []
    doc = _handle(pdf.raw)
    for index in range(npages):
        # raw handles rather than PdfPage/PdfTextPage: their bookkeeping costs as much as a small page
        page = _load_page(doc, index)
        textpage = _load_textpage(page) if page else None
        if not textpage:
            # One broken page (or a page tree that claims pages it has not) loses that page only.
            if page:
                _close_page(page)
            unread.append(index + 1)
            pages.append(([], *UNREAD_PAGE_SIZE))
            continue
        try:
            width, height = _page_width(page), _page_height(page)
            try:
                spans, rules, fills = _collect(page, textpage, fonts)
            finally:
                _close_textpage(textpage)
        finally:
            _close_page(page)
        any_text = any_text or any(s.text.strip() for s in spans)
        grids = _grids(rules, fills, index + 1)
        pages.append((_page_items(spans, grids, width, height, index + 1), width, height))
    if npages and len(unread) == npages:
        raise ReadError(errors.BROKEN_PDF.format(detail="no page could be loaded"))
    if not any_text:
        raise ReadError(errors.NO_TEXT_LAYER)
    _drop_running_lines(pages)
    doc = Document(source=source, format="pdf", sha256="", pages=npages - len(unread),
                   unread_pages=unread)
    doc.metadata = {k.lower(): v for k, v in pdf.get_metadata_dict(skip_empty=True).items()
                    if k in ("Title", "Author", "Subject", "Creator", "Producer")}
    doc.blocks = _blocks([items for items, _, _ in pages])
    return doc


# --- collecting spans and rules -------------------------------------------------------------

def _mul(m, n):
    """Matrix product m x n for PDF matrices (a, b, c, d, e, f)."""
    a, b, c, d, e, f = m
    A, B, C, D, E, F = n
    return (a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D,
            e * A + f * C + E, e * B + f * D + F)


def _apply(m, x, y):
    return m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]


def _bind(name: str, restype, *argtypes):
    """A second ctypes prototype of a pdfium function that takes and returns handles as plain ints.

    pypdfium2's prototypes wrap every handle in a typed pointer object; building
    those costs more than the pdfium call itself, and a page has hundreds of objects.
    """
    address = ctypes.cast(getattr(raw, name), ctypes.c_void_p).value
    return ctypes.CFUNCTYPE(restype, *argtypes)(address)


_P, _I = ctypes.c_void_p, ctypes.c_int
_load_page = _bind("FPDF_LoadPage", _P, _P, _I)
_close_page = _bind("FPDF_ClosePage", None, _P)
_page_width = _bind("FPDF_GetPageWidthF", ctypes.c_float, _P)
_page_height = _bind("FPDF_GetPageHeightF", ctypes.c_float, _P)
_load_textpage = _bind("FPDFText_LoadPage", _P, _P)
_close_textpage = _bind("FPDFText_ClosePage", None, _P)
_count_objects = _bind("FPDFPage_CountObjects", _I, _P)
_get_object = _bind("FPDFPage_GetObject", _P, _P, _I)
_form_count = _bind("FPDFFormObj_CountObjects", _I, _P)
_form_object = _bind("FPDFFormObj_GetObject", _P, _P, ctypes.c_ulong)
_obj_type = _bind("FPDFPageObj_GetType", _I, _P)
_obj_bounds = _bind("FPDFPageObj_GetBounds", _I, _P, _P, _P, _P, _P)
_obj_matrix = _bind("FPDFPageObj_GetMatrix", _I, _P, _P)
_text_of = _bind("FPDFTextObj_GetText", ctypes.c_ulong, _P, _P, _P, ctypes.c_ulong)
_font_size = _bind("FPDFTextObj_GetFontSize", _I, _P, _P)
_font_of = _bind("FPDFTextObj_GetFont", _P, _P)
_font_name = _bind("FPDFFont_GetBaseFontName", ctypes.c_size_t, _P, _P, ctypes.c_size_t)
_font_weight = _bind("FPDFFont_GetWeight", _I, _P)
_draw_mode = _bind("FPDFPath_GetDrawMode", _I, _P, ctypes.POINTER(_I), ctypes.POINTER(_I))
_U = ctypes.POINTER(ctypes.c_uint)
_fill_colour = _bind("FPDFPageObj_GetFillColor", _I, _P, _U, _U, _U, _U)
_count_segments = _bind("FPDFPath_CountSegments", _I, _P)
_TEXT, _PATH, _FORM = raw.FPDF_PAGEOBJ_TEXT, raw.FPDF_PAGEOBJ_PATH, raw.FPDF_PAGEOBJ_FORM
_FLOATS = struct.Struct("11f")
_BOLD_NAME_RE = re.compile(r"bold|black|heavy|semibold|demi", re.I)


def _handle(obj) -> int:
    return ctypes.cast(obj, ctypes.c_void_p).value or 0


def _rag_fill(obj: int) -> str | None:
    """The RAG colour of a filled shape (a shaded table cell), or None."""
    r, g, b, a = ctypes.c_uint(), ctypes.c_uint(), ctypes.c_uint(), ctypes.c_uint()
    if not _fill_colour(obj, ctypes.byref(r), ctypes.byref(g), ctypes.byref(b), ctypes.byref(a)) or a.value < 128:
        return None
    return rag_colour(r.value, g.value, b.value)


def _collect(page: int, tp: int, fonts: dict[int, bool]):
    """Text runs, ruling lines and filled boxes of one page (pdfium page and text page handles)."""
    spans: list[Span] = []
    rules: list[Rule] = []
    fills: list[tuple[float, float, float, float, str | None]] = []  # box and the RAG colour of its fill
    # out-parameters as raw addresses into one float array, read back by one unpack:
    # FS_MATRIX a, b, c, d, e, f; bounds left, bottom, right, top; font size
    floats = (ctypes.c_float * 11)()
    pm = ctypes.addressof(floats)
    pl = pm + 24
    pb, pr, pt = pl + 4, pl + 8, pl + 12
    pfs = pm + 40
    unpack = _FLOATS.unpack_from
    fill_mode, stroke = ctypes.c_int(), ctypes.c_int()
    size = 4096
    buf = ctypes.create_string_buffer(size)
    view = memoryview(buf)
    append_span, append_rule = spans.append, rules.append

    def walk(objects, ctm, depth):
        nonlocal buf, size, view
        for obj in objects:
            kind = _obj_type(obj)
            if kind == _TEXT:
                n = _text_of(obj, tp, buf, size)
                if n <= 2:
                    continue
                if n > size:  # rare: a run longer than the buffer
                    size = n
                    buf = ctypes.create_string_buffer(n)
                    view = memoryview(buf)
                    _text_of(obj, tp, buf, n)
                text = str(view[:n - 2], "utf-16-le", "replace")
                if "\x00" in text:
                    text = text.split("\x00", 1)[0]
                if not text.strip():
                    continue
                _obj_matrix(obj, pm)
                _obj_bounds(obj, pl, pb, pr, pt)
                _font_size(obj, pfs)
                a, b, c, d, e, f, x0, y0, x1, y1, font_size = unpack(floats)
                if ctm is not None:
                    a, b, c, d, e, f = _mul((a, b, c, d, e, f), ctm)
                    x0, y0 = _apply(ctm, x0, y0)
                    x1, y1 = _apply(ctm, x1, y1)
                if abs(b) > 0.01 or abs(c) > 0.01:
                    continue  # rotated text: stamps, sidebars; not body text
                key = _font_of(obj) or 0
                bold = fonts.get(key)
                if bold is None:
                    nlen = _font_name(key, None, 0)
                    nbuf = ctypes.create_string_buffer(max(nlen, 1))
                    _font_name(key, nbuf, nlen)
                    name = nbuf.value.decode("latin-1")
                    bold = fonts[key] = _font_weight(key) >= 600 or bool(_BOLD_NAME_RE.search(name))
                append_span(Span(x0 if x0 < x1 else x1, x1 if x1 > x0 else x0, f, y0 if y0 > y1 else y1,
                                 round(font_size * abs(d), 1), bold, text))
            elif kind == _PATH:
                _obj_bounds(obj, pl, pb, pr, pt)
                x0, y0, x1, y1 = unpack(floats)[6:10]
                if ctm is not None:
                    x0, y0 = _apply(ctm, x0, y0)
                    x1, y1 = _apply(ctm, x1, y1)
                    x0, x1, y0, y1 = min(x0, x1), max(x0, x1), min(y0, y1), max(y0, y1)
                w, h = x1 - x0, y1 - y0
                if (h <= RULE_THICKNESS and w > 3) or (w <= RULE_THICKNESS and h > 3):
                    append_rule(Rule(x0, y0, x1, y1))
                elif w > 3 and h > 3:
                    _draw_mode(obj, ctypes.byref(fill_mode), ctypes.byref(stroke))
                    if stroke.value and _count_segments(obj) <= 6:
                        rules.extend((Rule(x0, y0, x1, y0), Rule(x0, y1, x1, y1),
                                      Rule(x0, y0, x0, y1), Rule(x1, y0, x1, y1)))
                    elif fill_mode.value:
                        fills.append((x0, y0, x1, y1, _rag_fill(obj)))
            elif kind == _FORM and depth < 3:
                _obj_matrix(obj, pm)
                fm = unpack(floats)[:6]
                inner = fm if ctm is None else _mul(fm, ctm)
                walk([_form_object(obj, j) for j in range(_form_count(obj))], inner, depth + 1)

    walk([_get_object(page, i) for i in range(_count_objects(page))], None, 0)
    return spans, rules, fills


# --- tables from ruling lines -----------------------------------------------------------------

def _snap(values: list[float]) -> list[float]:
    out: list[float] = []
    for v in sorted(values):
        if out and v - out[-1] <= SNAP:
            continue
        out.append(v)
    return out


def _grids(rules: list[Rule], fills, page: int) -> list[Grid]:
    """Groups touching horizontal and vertical rules into ruled tables."""
    if len(rules) < 4:
        return []
    parent = list(range(len(rules)))

    def find(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    flat = [r.horizontal for r in rules]
    hs = [i for i, f in enumerate(flat) if f]
    vs = [i for i, f in enumerate(flat) if not f]
    # verticals sorted by left edge: a horizontal rule only meets those within its x-range
    verticals = sorted((rules[j].x0, rules[j].x1, rules[j].y0, rules[j].y1, j) for j in vs)
    lefts = [v[0] for v in verticals]
    reach = max((v[1] - v[0] for v in verticals), default=0.0) + SNAP + 0.01
    for i in hs:
        h = rules[i]
        hx0, hx1, hy0, hy1 = h.x0, h.x1, h.y0, h.y1
        for k in range(bisect_left(lefts, hx0 - reach), bisect_right(lefts, hx1 + SNAP)):
            vx0, vx1, vy0, vy1, j = verticals[k]
            if hx0 - SNAP <= vx1 and vy0 - SNAP <= hy1 and hy0 <= vy1 + SNAP:
                parent[find(i)] = find(j)
    groups: dict[int, list[int]] = {}
    for i in hs + vs:
        groups.setdefault(find(i), []).append(i)
    grids = []
    for members in groups.values():
        h = [rules[i] for i in members if flat[i]]
        v = [rules[i] for i in members if not flat[i]]
        ys = _snap([(r.y0 + r.y1) / 2 for r in h])
        xs = _snap([(r.x0 + r.x1) / 2 for r in v])
        if len(ys) < 2 or len(xs) < 2:
            continue
        ys.reverse()
        grid = Grid(xs=xs, ys=ys, top=ys[0], x0=xs[0], x1=xs[-1], page=page)
        bands = [(top, bottom) for top, bottom in zip(ys, ys[1:]) if top - bottom >= 3]
        # the column borders crossing each row's middle; mids ascend for bisect
        mids = [(top + bottom) / 2 for top, bottom in reversed(bands)]
        crossing: list[list[float]] = [[] for _ in bands]
        last = len(bands) - 1
        for r in v:
            centre = (r.x0 + r.x1) / 2
            for k in range(bisect_left(mids, r.y0 - SNAP), bisect_right(mids, r.y1 + SNAP)):
                crossing[last - k].append(centre)
        for (top, bottom), centres in zip(bands, crossing):
            seps = _snap(centres)
            if len(seps) < 2:
                seps = [xs[0], xs[-1]]
            grid.rows.append([(a, b_, []) for a, b_ in zip(seps, seps[1:])])
            grid.bands.append((top, bottom))
            grid.neg_bottoms.append(-bottom)
        if not grid.rows:
            continue
        _shade_cells(grid, fills)
        if len(ys) >= 3:
            top, bottom = ys[0], ys[1]
            grid.header_fill = any(f[1] <= bottom + SNAP and f[3] >= top - SNAP and f[3] - f[1] < (top - bottom) + 3
                                   for f in fills if f[0] < grid.x1 and f[2] > grid.x0)
        grids.append(grid)
    return grids


def _shade_cells(grid: Grid, fills) -> None:
    """Records the RAG colour of each cell whose middle a coloured fill covers."""
    for x0, y0, x1, y1, colour in fills:
        if colour is None or x1 < grid.x0 or x0 > grid.x1:
            continue
        for r, ((top, bottom), row) in enumerate(zip(grid.bands, grid.rows)):
            mid_y = (top + bottom) / 2
            if not y0 - SNAP <= mid_y <= y1 + SNAP:
                continue
            for k, (a, b, _) in enumerate(row):
                if x0 - SNAP <= (a + b) / 2 <= x1 + SNAP and x1 - x0 <= (b - a) + 2 * SNAP + 6:
                    grid.fills[(r, k)] = colour


# --- lines and reading order ------------------------------------------------------------------

def _span_text(span: Span) -> str:
    """The text of a line made of one run (most lines and most table cells)."""
    # pdfium reports a hyphen at a line end as \x02; join_lines decides whether it is real
    return clean_text(span.text.replace("\t", " ").replace("\x02", "-"))


def _line_text(spans: list[Span]) -> str:
    if len(spans) == 1:
        return _span_text(spans[0])
    spans = sorted(spans, key=_x0)
    out = ""
    prev: Span | None = None
    for s in spans:
        if prev is not None and out and not out.endswith((" ", "\t")) and not s.text.startswith(" "):
            gap = s.x0 - prev.x1
            if gap > 0.2 * max(s.size, 1):
                out += " "
        out += s.text
        prev = s
    # pdfium reports a hyphen at a line end as \x02; join_lines decides whether it is real
    return clean_text(out.replace("\t", " ").replace("\x02", "-"))


def _x0(span: Span) -> float:
    return span.x0


def _reading_key(span: Span) -> tuple[float, float]:
    return -span.base, span.x0


def _lines(spans: list[Span], page: int) -> list[Line]:
    """Groups spans into lines by baseline, top to bottom."""
    spans = sorted(spans, key=_reading_key)
    groups: list[list[Span]] = []
    g: list[Span] | None = None
    for s in spans:
        if g is not None and abs(g[0].base - s.base) <= max(1.5, 0.35 * max(s.size, g[0].size)):
            g.append(s)
        else:
            g = [s]
            groups.append(g)
    lines = []
    for g in groups:
        if len(g) == 1:
            s = g[0]
            text = _span_text(s)
            if text:
                lines.append(Line(s.x0, s.x1, s.base, s.size, s.bold, text, page))
            continue
        text = _line_text(g)
        if not text:
            continue
        sizes: dict[float, int] = {}
        for s in g:
            sizes[s.size] = sizes.get(s.size, 0) + len(s.text)
        size = max(sizes, key=sizes.__getitem__)
        # a bullet glyph in a regular font does not make a bold line plain
        bold = all(s.bold for s in g if len(s.text.strip()) > 1 or s.text.strip().isalnum())
        lines.append(Line(min(s.x0 for s in g), max(s.x1 for s in g), g[0].base, size, bold, text, page))
    return lines


def _gutter(spans: list[Span], width: float) -> tuple[float, float] | None:
    """The vertical strip between two text columns, if the page has two columns.

    Lines wider than half the page (a full-width paragraph above or below the
    columns) are left out of the search; they become separators in reading order.
    """
    spans = [s for s in spans if s.x1 - s.x0 < 0.55 * width]
    if len(spans) < 12:
        return None
    lo, hi = 0.3 * width, 0.7 * width
    step = 2.0
    nbins = int((hi - lo) / step)
    cover = [0] * nbins
    for s in spans:
        a = max(0, int((s.x0 - lo) / step))
        b = min(nbins, int((s.x1 - lo) / step) + 1)
        for k in range(a, b):
            cover[k] += 1
    limit = max(1, len(spans) // 20)
    best, run_start = None, None
    for k in range(nbins + 1):
        free = k < nbins and cover[k] <= limit
        if free and run_start is None:
            run_start = k
        elif not free and run_start is not None:
            if best is None or k - run_start > best[1] - best[0]:
                best = (run_start, k)
            run_start = None
    if best is None or (best[1] - best[0]) * step < 8:
        return None
    g0, g1 = lo + best[0] * step, lo + best[1] * step
    left = [s for s in spans if s.x1 <= g0 + step]
    right = [s for s in spans if s.x0 >= g1 - step]
    if len(left) < 5 or len(right) < 5:
        return None
    left_edges = sorted(s.x1 for s in left)
    if left_edges[len(left_edges) // 2] < g0 - 60:
        return None  # left side is short labels, not a column of running text
    return g0, g1


def _page_items(spans: list[Span], grids: list[Grid], width: float, height: float, page: int) -> list:
    """Lines and grids of one page in reading order."""
    free: list[Span] = []
    for s in spans:
        cx, cy = (s.x0 + s.x1) / 2, s.base + 0.3 * s.size
        for g in grids:
            if g.x0 - 1 <= cx <= g.x1 + 1 and g.ys[-1] <= cy <= g.ys[0]:
                _place(g, s, cx, cy)
                break
        else:
            free.append(s)
    grids = [g for g in grids if any(cell[2] for row in g.rows for cell in row)]
    body = [s for s in free if height * MARGIN_SHARE < s.base < height * (1 - MARGIN_SHARE)]
    for g in grids:  # a table in one column counts as text of that column, a row at a time
        body += [Span(g.x0, g.x1, g.top, g.top, 0.0, False, "")] * len(g.rows)
    gutter = _gutter(body, width)
    if gutter is None:
        items = [(ln.base, ln) for ln in _lines(free, page)] + [(g.top, g) for g in grids]
        items.sort(key=lambda it: -it[0])
        return [it[1] for it in items]
    mid = (gutter[0] + gutter[1]) / 2  # trailing spaces make a run's box reach into the gutter
    full, left, right = [], [], []
    for s in free:
        if not height * EDGE_SHARE < s.base < height * (1 - EDGE_SHARE):
            full.append(s)  # running headers and footers are not column text
            continue
        (left if s.x1 <= mid else right if s.x0 >= mid else full).append(s)
    sided = ([(ln.base, 0, ln) for ln in _lines(full, page)]
             + [(ln.base, 1, ln) for ln in _lines(left, page)]
             + [(ln.base, 2, ln) for ln in _lines(right, page)])
    for g in grids:
        side = 1 if g.x1 <= mid else 2 if g.x0 >= mid else 0
        sided.append((g.top, side, g))
    sided.sort(key=lambda it: -it[0])
    out, cols = [], {1: [], 2: []}
    for y, side, item in sided:
        if side == 0:
            out += _column_order(cols)
            cols = {1: [], 2: []}
            out.append(item)
        else:
            cols[side].append((y, item))
    return out + _column_order(cols)


def _column_order(cols) -> list:
    """Left column, then right column; left-side lines below the end of the right
    column (a heading under both columns) come last."""
    left, right = cols[1], cols[2]
    if not right:
        return [it for _, it in left]
    bottom = min(y for y, _ in right)
    cut = len(left)
    sizes = sorted(it.size for _, it in left if isinstance(it, Line))
    body = sizes[len(sizes) // 2] if sizes else 11.0
    for i in range(1, len(left)):
        y, item = left[i]
        if (isinstance(item, Line) and y < bottom - 4 and left[i - 1][0] - y > 1.8 * item.size
                and (item.bold or item.size > body + 1)):
            cut = i  # a new section (a heading after a gap) starts under both columns
            break
    return [it for _, it in left[:cut]] + [it for _, it in right] + [it for _, it in left[cut:]]


def _place(grid: Grid, span: Span, cx: float, cy: float) -> None:
    # rows run top to bottom and do not overlap: the only candidate is the first
    # row whose bottom is at or below cy
    k = bisect_left(grid.neg_bottoms, -cy)
    if k < len(grid.bands) and cy <= grid.bands[k][0]:
        row = grid.rows[k]
        for a, b, bucket in row:
            if a - 1 <= cx <= b + 1:
                bucket.append(span)
                return
        row[-1][2].append(span)


# --- running headers and footers ----------------------------------------------------------------

def _signature(text: str) -> str:
    return re.sub(r"\d+", "#", text.casefold()).strip()


def _drop_running_lines(pages) -> None:
    """Removes page numbers and lines repeated in the top/bottom margin of many pages."""
    counts: Counter[str] = Counter()
    for items, width, height in pages:
        seen = set()
        for it in items:
            if isinstance(it, Line) and _in_margin(it, height):
                seen.add(_signature(it.text))
        counts.update(seen)
    threshold = max(2, len(pages) // 3) if len(pages) >= 3 else 99
    for items, width, height in pages:
        keep = []
        for it in items:
            if isinstance(it, Line) and _in_margin(it, height):
                if PAGE_NUMBER_RE.match(it.text) or counts[_signature(it.text)] >= threshold:
                    continue
                if len(it.text) < 60 and PAGE_NUMBER_ANYWHERE_RE.search(it.text) and counts[_signature(it.text)] >= 2:
                    continue
            keep.append(it)
        items[:] = keep


def _in_margin(line: Line, height: float) -> bool:
    return line.base > height * (1 - MARGIN_SHARE) or line.base < height * MARGIN_SHARE


# --- blocks ------------------------------------------------------------------------------------------

@dataclass
class _Para:
    lines: list[Line]
    bullet: bool = False
    numbered: bool = False


def _blocks(pages: list[list]) -> list[Block]:
    all_lines = [it for items in pages for it in items if isinstance(it, Line)]
    sizes: Counter[float] = Counter()
    for ln in all_lines:
        sizes[round(ln.size * 2) / 2] += len(ln.text)
    body = sizes.most_common(1)[0][0] if sizes else 11.0
    cell_runs = [sp.text for items in pages for it in items if isinstance(it, Grid)
                 for row in it.rows for _, _, spans in row for sp in spans]
    vocab = vocabulary(" ".join(ln.text for ln in all_lines) + " " + " ".join(cell_runs))
    blocks: list[Block] = []
    open_table: OpenTable | None = None
    tables = 0
    paras: list[_Para] = []

    def flush():
        for p in paras:
            blocks.append(_para_block(p, body, vocab))
        paras.clear()

    for items in pages:
        first_on_page = True
        for it in items:
            if isinstance(it, Grid):
                cont = (open_table if open_table is not None and not paras
                        and blocks and blocks[-1].table == open_table.number
                        and (first_on_page or abs(it.x0 - open_table.xs[0]) > 50)
                        and _same_columns(open_table.xs, it.xs) else None)
                flush()
                if cont is None:
                    tables += 1
                    open_table = _emit_grid(it, tables, None, blocks, vocab)
                else:
                    _emit_grid(it, cont.number, cont, blocks, vocab)
                    cont.xs = it.xs
                first_on_page = False
                continue
            first_on_page = False
            _add_line(paras, it, body)
        if paras:
            open_table = None  # text after the table: the next page cannot continue it
    flush()
    _demote_contents(blocks)
    _assign_heading_levels(blocks)
    return blocks


def _demote_contents(blocks: list[Block]) -> None:
    """Runs of plain numbered title lines (a contents page, a list of sections) are list items."""
    flags = [hasattr(b, "_numbered_only") for b in blocks]
    for i, b in enumerate(blocks):
        if flags[i]:
            if (i > 0 and flags[i - 1]) or (i + 1 < len(flags) and flags[i + 1]):
                b.kind, b.level = "list_item", None
            del b._numbered_only  # type: ignore[attr-defined]


def _same_columns(a: list[float], b: list[float]) -> bool:
    """Same column widths (a table continued in the next text column is shifted sideways)."""
    return len(a) == len(b) and all(abs((x - a[0]) - (y - b[0])) <= 3 for x, y in zip(a, b))


def _style_break(prev: Line, line: Line) -> bool:
    return abs(prev.size - line.size) > 0.6 or prev.bold != line.bold


def _add_line(paras: list[_Para], line: Line, body: float) -> None:
    is_bullet, rest = strip_bullet(line.text)
    if is_bullet:
        line.text = rest
        paras.append(_Para([line], bullet=True))
        return
    if numbered_heading(line.text) is not None and len(line.text) < 90 and not _runs_on(paras, line):
        paras.append(_Para([line], numbered=True))
        return
    if paras:
        p = paras[-1]
        prev = p.lines[-1]
        pitch = prev.base - line.base
        same_page = prev.page == line.page
        limit = 1.45 * max(line.size, prev.size)
        heading_like = line.bold or line.size >= body + 1.5
        if (same_page and 0 < pitch <= limit and not _style_break(prev, line)
                and (not p.numbered or not heading_like or len(p.lines) < 3)
                and not (p.bullet and line.x0 < p.lines[0].x0 - 4)
                and not (prev.text.endswith((".", ":", "?", "!")) and line.x0 > prev.x0 + 8 and not p.bullet)):
            p.lines.append(line)
            return
        if ((not same_page or pitch < 0) and not _style_break(prev, line) and not p.numbered
                and not prev.text.endswith((".", ":", "?", "!")) and line.text[:1].islower()):
            p.lines.append(line)  # paragraph runs on over the page break or into the next column
            return
    paras.append(_Para([line]))


def _runs_on(paras: list[_Para], line: Line) -> bool:
    """A line that only looks numbered because the sentence above wrapped before
    a number ("... told in Part" / "3. We have tried ...")."""
    if not paras or paras[-1].bullet:
        return False
    prev = paras[-1].lines[-1]
    pitch = prev.base - line.base
    return (prev.page == line.page and 0 < pitch <= 1.45 * max(line.size, prev.size)
            and not _style_break(prev, line) and prev.text[-1:].isalpha()
            and abs(prev.x0 - line.x0) < 4 and len(prev.text) > 50)


def _para_block(p: _Para, body: float, vocab: set[str]) -> Block:
    text = join_lines([ln.text for ln in p.lines], vocab)
    first = p.lines[0]
    size = max(ln.size for ln in p.lines)
    bold = all(ln.bold for ln in p.lines)
    words = len(text.split())
    if p.bullet:
        return Block("list_item", text, first.page)
    bigger = size >= body + 1.5
    styled = (bigger or bold) and words <= 20 and not text.endswith((".", ";", ",")) and len(p.lines) <= 3
    num_level = numbered_heading(text)
    if styled:
        b = Block("heading", text, first.page, level=num_level)
        b._style = (round(size * 2) / 2, bold)  # type: ignore[attr-defined]
        return b
    if p.numbered and num_level is not None:
        b = Block("heading", text, first.page, level=num_level)
        b._numbered_only = True  # type: ignore[attr-defined]
        return b
    if p.numbered and NUMBERED_ITEM_RE.match(text):
        return Block("list_item", text, first.page)
    return Block("paragraph", text, first.page)


def _assign_heading_levels(blocks: list[Block]) -> None:
    """Levels from typography: the largest heading style is level 1; numbering depth wins when present."""
    styles = sorted({getattr(b, "_style") for b in blocks if hasattr(b, "_style")},
                    key=lambda s: (-s[0], not s[1]))
    rank = {s: min(i + 1, 6) for i, s in enumerate(styles)}
    for b in blocks:
        style = getattr(b, "_style", None)
        if style is not None:
            if b.level is None:
                b.level = rank[style]
            del b._style  # type: ignore[attr-defined]
        elif b.kind == "heading" and b.level is None:
            b.level = len(styles) + 1


def _cell_text(spans: list[Span], left: float, right: float, vocab) -> str:
    if not spans:
        return ""
    if len(spans) == 1:
        return _span_text(spans[0])
    lines = _lines(spans, 0)
    texts: list[str] = []
    prev: Line | None = None
    for ln in lines:
        if prev is not None and texts and _broken_word(prev, ln, left, right, vocab):
            texts[-1] += ln.text
        else:
            texts.append(ln.text)
        prev = ln
    return join_lines(texts, vocab)


def _broken_word(prev: Line, line: Line, left: float, right: float, vocab) -> bool:
    """A word too long for a narrow cell, broken without a hyphen ("Recommendatio" / "n").

    Only a word wider than the cell is broken inside: the line before holds that
    single word and is full. A real word ("Meetings" / "attended") is told apart
    from a fragment by the document's vocabulary: a fragment occurs only where it
    was cut, or the whole word occurs elsewhere.
    """
    if " " in prev.text or not prev.text[-1:].isalnum() or not line.text[:1].isalnum():
        return False
    if line.text[:1].isupper() and not prev.text.isupper():
        return False
    char = (prev.x1 - prev.x0) / max(len(prev.text), 1)
    inner_right = right - max(prev.x0 - left, 0)
    if prev.x1 + 2.5 * char <= inner_right:
        return False
    if prev.text[-1].isdigit() and line.text[0].isdigit():
        return True  # numbers: "2018/1" / "9"
    head = re.search(r"[A-Za-z]+$", prev.text)
    tail = re.match(r"[A-Za-z]+", line.text)
    if head is None or tail is None:
        return False
    whole = (head.group(0) + tail.group(0)).lower()
    if vocab.get(whole, 0) >= 1 or vocab.get(whole + "s", 0) >= 1:
        return True
    if tail.group(0).lower() in _SHORT_WORDS:
        return False  # "recommendations" / "yet.": a word of its own, not the end of a cut one
    head_n, tail_n = vocab.get(head.group(0).lower(), 0), vocab.get(tail.group(0).lower(), 0)
    # fragments occur only together (the same word cut the same way in every row)
    return len(tail.group(0)) <= 3 and (head_n == tail_n or (head_n <= 1 and tail_n <= 1))


#: short English words that start a cell's next line as words, not as the rest of a cut word
_SHORT_WORDS = frozenset(
    "a an the and or but nor yet so for of to in on at by up as is are was be it its we our us all any "
    "due not no per via new one two six ten may can has had did who how why now off out own set".split())


def _emit_grid(grid: Grid, number: int, cont: OpenTable | None, blocks: list[Block],
               vocab: set[str]) -> OpenTable:
    rows = []
    for r, row in enumerate(grid.rows):
        cells = [(a, b, _cell_text(spans, a, b, vocab), spans, grid.fills.get((r, k)))
                 for k, (a, b, spans) in enumerate(row)]
        if any(c[2] for c in cells):
            rows.append(cells)
    if not rows:
        return cont or OpenTable(number, grid.xs, [], "")
    headers: list[tuple[float, float, str]]
    start = 0
    if cont is not None:
        headers = cont.headers
        first_text = " | ".join(c[2] for c in rows[0])
        if cont.header_text and first_text == cont.header_text:
            start = 1
        prev = blocks[-1] if blocks and blocks[-1].table == number else None
        if prev is not None and start < len(rows) and _split_row(prev, [c[2] for c in rows[start]]):
            texts = [join_lines([a.text, b], vocab) for a, b in zip(prev.cells, (c[2] for c in rows[start]))]
            merged = tuple(Cell(c.header, t, c.fill) for c, t in zip(prev.cells, texts))
            prev.cells, prev.text = merged, " | ".join(texts)
            start += 1
    else:
        first = rows[0]
        spans = [s for c in first for s in c[3] if s.text.strip()]
        header_like = len(rows) >= 2 and (all(s.bold for s in spans) or grid.header_fill)
        headers = [(a, b, t) for a, b, t, _, _ in first] if header_like else []
        if header_like:
            blocks.append(_row_block(first, headers, number, grid.page, True))
            start = 1
    for cells in rows[start:]:
        blocks.append(_row_block(cells, headers, number, grid.page, False))
    header_text = " | ".join(h[2] for h in headers)
    return OpenTable(number, grid.xs, headers, header_text)


def _split_row(prev: Block, cont: list[str]) -> bool:
    """Whether the first row on a page is the rest of the last row of the previous page.

    Word and LibreOffice let a row break across pages; the tail then starts
    mid-sentence (lower case) under a cell that did not end a sentence, or leaves
    cells empty that the row above filled.
    """
    before = [c.text for c in prev.cells]
    if len(before) != len(cont):
        return False
    open_cells = [i for i, t in enumerate(before) if t and not t.endswith((".", "!", "?", ";", ")"))]
    for i in open_cells:
        if cont[i][:1].islower():
            return True
    emptied = any(b and not c for b, c in zip(before, cont))
    return emptied and any(cont[i] for i in open_cells)


def _row_block(cells, headers, number: int, page: int, is_header: bool) -> Block:
    out = []
    for a, b, text, _, fill in cells:
        header = None
        if headers:
            mid = (a + b) / 2
            for ha, hb, ht in headers:
                if ha - 1 <= mid <= hb + 1:
                    header = ht or None
                    break
        out.append(Cell(header=header, text=text, fill=fill))
    return Block("table_row", " | ".join(c.text for c in out), page, cells=tuple(out),
                 table=number, is_header=is_header)
