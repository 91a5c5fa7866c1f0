"""Text runs, ruling lines and filled boxes of a page, read from pdfium through lean ctypes prototypes."""
from __future__ import annotations

import codecs
import ctypes
import re
import struct
from dataclasses import dataclass

import pypdfium2.raw as raw

from ..layout import rag_colour
from .settings import PdfSettings


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
    chip: bool = False  # a status chip read as its colour word, not text printed on the page


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


# --- pdfium calls ------------------------------------------------------------------------------

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
load_page = _bind("FPDF_LoadPage", _P, _P, _I)
close_page = _bind("FPDF_ClosePage", None, _P)
page_height = _bind("FPDF_GetPageHeightF", ctypes.c_float, _P)
page_width = _bind("FPDF_GetPageWidthF", ctypes.c_float, _P)
load_textpage = _bind("FPDFText_LoadPage", _P, _P)
close_textpage = _bind("FPDFText_ClosePage", None, _P)
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
_dash_count = _bind("FPDFPageObj_GetDashCount", _I, _P)
_TEXT, _PATH, _FORM = raw.FPDF_PAGEOBJ_TEXT, raw.FPDF_PAGEOBJ_PATH, raw.FPDF_PAGEOBJ_FORM
_FLOATS = struct.Struct("11f")
_BOLD_NAME_RE = re.compile(r"bold|black|heavy|semibold|demi", re.I)


def handle(obj) -> int:
    return ctypes.cast(obj, ctypes.c_void_p).value or 0


def _rag_fill(obj: int) -> str | None:
    """The RAG colour of a filled shape (a shaded table cell), or None."""
    r, g, b, a = ctypes.c_uint(), ctypes.c_uint(), ctypes.c_uint(), ctypes.c_uint()
    if not _fill_colour(obj, ctypes.byref(r), ctypes.byref(g), ctypes.byref(b), ctypes.byref(a)) or a.value < 128:
        return None
    return rag_colour(r.value, g.value, b.value)


def collect(page: int, tp: int, fonts: dict[int, bool], cfg: PdfSettings):
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
    # the codec str(..., "utf-16-le") ends in, called directly: the name lookup and the Python
    # wrapper on the way cost more than decoding a run
    utf16_decode = codecs.utf_16_le_decode
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
                text = utf16_decode(view[:n - 2], "replace", True)[0]
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
                if (h <= cfg.rule_thickness and w > 3) or (w <= cfg.rule_thickness and h > 3):
                    if _dash_count(obj) <= 0:  # a dotted or dashed line is a leader or an ornament, not a border
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
