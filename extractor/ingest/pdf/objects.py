"""Text runs, ruling lines and filled boxes of a page, read from pdfium through lean ctypes prototypes."""
from __future__ import annotations

import codecs
import ctypes
import re
import struct
from dataclasses import dataclass
from functools import lru_cache

import pypdfium2.raw as raw

from ...ratings import is_dot_run, symbol_fonts
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
    edge: str | None = None  # a chip read from a border drawn on a box's outline, by the kind of drawing
    # ("stripe:17"): kept only where the report rates boxes of that kind by edges
    colour: str | None = None  # the rating colour a dot glyph ("●") is drawn in (see coloured_dots)
    ink: str | None = None  # the rating colour the run's words are drawn in, if one (Cell.ink)


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
class Mark:
    """A small box drawn on the page and the colour it is filled with (red, green, blue), or
    None where only its outline is drawn."""

    x0: float
    y0: float
    x1: float
    y1: float
    fill: tuple[int, int, int] | None


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


def _bind_untyped(name: str, restype):
    """A prototype without argument types, for a hot function taking a handle and an int
    index: ctypes converts an int argument through c_int.from_param, which costs as much as
    the call, unless it has no type to convert to. The caller passes the handle as a
    ctypes.c_void_p (a bare int would be cut to 32 bits) and the index as an int."""
    address = ctypes.cast(getattr(raw, name), ctypes.c_void_p).value
    return ctypes.CFUNCTYPE(restype)(address)


_P, _I = ctypes.c_void_p, ctypes.c_int
load_page = _bind("FPDF_LoadPage", _P, _P, _I)
close_page = _bind("FPDF_ClosePage", None, _P)
page_height = _bind("FPDF_GetPageHeightF", ctypes.c_float, _P)
page_width = _bind("FPDF_GetPageWidthF", ctypes.c_float, _P)
load_textpage = _bind("FPDFText_LoadPage", _P, _P)
close_textpage = _bind("FPDFText_ClosePage", None, _P)
_count_objects = _bind("FPDFPage_CountObjects", _I, _P)
_get_object = _bind_untyped("FPDFPage_GetObject", ctypes.c_size_t)  # (c_void_p page, int) -> handle or 0
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
_fill_colour_at = _bind("FPDFPageObj_GetFillColor", _I, _P, _P, _P, _P, _P)  # into raw addresses
_count_segments = _bind("FPDFPath_CountSegments", _I, _P)
_dash_count = _bind("FPDFPageObj_GetDashCount", _I, _P)
_count_chars = _bind("FPDFText_CountChars", _I, _P)
_page_text = _bind("FPDFText_GetText", _I, _P, _I, _I, _P)
_char_object = _bind_untyped("FPDFText_GetTextObject", ctypes.c_size_t)  # (c_void_p text page, int) -> handle or 0
_char_unicode = _bind("FPDFText_GetUnicode", ctypes.c_uint, _P, _I)
_is_generated = _bind("FPDFText_IsGenerated", _I, _P, _I)
_char_box = _bind("FPDFText_GetCharBox", _I, _P, _I, _P, _P, _P, _P)
_viewer_name = _bind("FPDF_VIEWERREF_GetName", ctypes.c_ulong, _P, ctypes.c_char_p, _P, ctypes.c_ulong)
_TEXT, _PATH, _FORM = raw.FPDF_PAGEOBJ_TEXT, raw.FPDF_PAGEOBJ_PATH, raw.FPDF_PAGEOBJ_FORM
_FLOATS = struct.Struct("11f")
_BOLD_NAME_RE = re.compile(r"bold|black|heavy|semibold|demi", re.I)


def handle(obj) -> int:
    return ctypes.cast(obj, ctypes.c_void_p).value or 0


def right_to_left(doc: int) -> bool:
    """Whether the document asks to be read right to left (its viewer preferences' /Direction):
    pdfium then reorders the characters of every line of its text pages."""
    buf = ctypes.create_string_buffer(8)
    n = _viewer_name(doc, b"Direction", ctypes.addressof(buf), 8)
    return 0 < n <= 8 and buf.value == b"R2L"


# --- the text of each text object, from the text page in one pass ---------------------------------
#
# pdfium's FPDFTextObj_GetText looks through every character of the text page for those of
# its object, so asking it object by object costs the page's characters times its objects
# (a fifth of a millisecond on a page of prose). The text page is the characters of the
# objects one object after another, with the spaces and line breaks it generates between
# them, so the page's text read once and cut where the object changes gives the same texts:
# a few lookups of which object a character belongs to find each cut. That holds while
# pdfium keeps each object's characters together, which it does unless it reorders a line
# for right-to-left script (bidi); such a page, and any doubt, is read object by object.

#: characters of right-to-left scripts and marks (pdfium reverses the runs of a line that
#: holds any), and surrogates (an object's text, written as UTF-16, would not hold them as such)
_REORDERED_RE = re.compile("[\u0590-\u08ff\u200f\u202b\u202e\u2067\ufb1d-\ufdff\ufe70-\ufeff\ud800-\udfff]")


def _object_runs(tp: int) -> tuple[str, dict[int, tuple[int, int] | None]] | None:
    """The text page's text and, for each text object with characters on it, where they lie
    in it (start, end), or None for an object whose characters are not all together. None
    when the text cannot be cut so: a character pdfium leaves out of the page's text (a
    control character) or writes differently (beyond the BMP), or right-to-left script."""
    n = _count_chars(tp)
    if n <= 0:
        return "", {}
    # a bytearray and its address: create_string_buffer makes a ctypes array type per length
    buf = bytearray(2 * n + 2)
    if _page_text(tp, 0, n, ctypes.addressof(ctypes.c_char.from_buffer(buf))) != n + 1:
        return None
    text = codecs.utf_16_le_decode(memoryview(buf)[:2 * n], "surrogatepass", True)[0]
    if len(text) != n or _REORDERED_RE.search(text):
        return None
    runs: dict[int, tuple[int, int] | None] = {}
    obj = _char_object
    tp = ctypes.c_void_p(tp)  # see _bind_untyped
    find = text.find
    i = 0
    o = obj(tp, 0)
    while i < n:
        if not o:  # a character pdfium generated (a space, a line break): one at a time
            i += 1
            o = obj(tp, i) if i < n else None
            continue
        # o's characters run from i up to hi, the first character of another object (after is
        # its object): close in on hi from lo, a character known to be o's. A run most often
        # ends at its line's end, so that is looked at first, then ever further on.
        lo = i
        end = find("\r", i + 1)
        if end < 0:
            end = n
        hi, after, closed = lo + 1, None, False
        if end - 1 > lo:
            v = obj(tp, end - 1)
            if v == o:
                lo, hi = end - 1, end
            else:
                hi, after, closed = end - 1, v, True
        step = 1
        while not closed and hi < n:
            v = obj(tp, hi)
            if v != o:
                after, closed = v, True
            else:
                lo, hi = hi, min(hi + step, n)
                step *= 2
        while hi - lo > 1:
            mid = (lo + hi) >> 1
            v = obj(tp, mid)
            if v == o:
                lo = mid
            else:
                hi, after = mid, v
        runs[o] = None if o in runs else (i, hi)
        i, o = hi, after
    return text, runs


_UINTS = struct.Struct("4I")


@lru_cache(maxsize=4096)
def _rating_of(red: int, green: int, blue: int) -> str | None:
    return rag_colour(red, green, blue)


def _rag_fill(obj: int) -> str | None:
    """The RAG colour of a filled shape (a shaded table cell), or None."""
    r, g, b, a = ctypes.c_uint(), ctypes.c_uint(), ctypes.c_uint(), ctypes.c_uint()
    if not _fill_colour(obj, ctypes.byref(r), ctypes.byref(g), ctypes.byref(b), ctypes.byref(a)) or a.value < 128:
        return None
    return rag_colour(r.value, g.value, b.value)


def _mark_fill(obj: int, fill_mode: int) -> tuple[int, int, int] | None:
    """The colour a small box is filled with (see Mark); a ring filled even-odd (the way
    WeasyPrint draws a border) is an outline."""
    if not fill_mode or (fill_mode == 1 and _count_segments(obj) > 6):
        return None
    r, g, b, a = ctypes.c_uint(), ctypes.c_uint(), ctypes.c_uint(), ctypes.c_uint()
    if not _fill_colour(obj, ctypes.byref(r), ctypes.byref(g), ctypes.byref(b), ctypes.byref(a)) or a.value < 128:
        return None
    return r.value, g.value, b.value


def _stand_ins(tp: int, text: str, start: int) -> str | None:
    """A run's text with each U+FFFE, what the text page's text puts for a hyphen it marks as
    breaking a word at a line's end and for a glyph without Unicode, read as the object's text
    has it: the character itself (\x02 for such a hyphen), or nothing; None for anything else."""
    out = []
    for k, ch in enumerate(text):
        if ch == "\ufffe":
            u = _char_unicode(tp, start + k)
            if u >= 0xD800:
                return None
            ch = chr(u) if u else ""
        out.append(ch)
    return "".join(out)


#: a run that may be set in tracked capitals, cut by spaces pdfium put between letters set far
#: apart ("WHAT THE REV IEW SA ID"): asked of every run, so only a cheap sign
_TRACKED_HINT = re.compile(r"\b[A-Z]{1,2} [A-Z]{1,3}\b|[A-Z] ['\u2019][A-Z]")
#: a space pdfium generated is a word space when the letters either side of it stand this many
#: times the run's usual gap between two letters apart; tracking sets that gap this wide at least
TRACKED_SPACE_RATIO, TRACKED_LETTER_GAP = 1.6, 0.8


def _untracked(tp: int, text: str, start: int) -> str:
    """A run in tracked (letter-spaced) capitals without the spaces pdfium put where two letters
    of a word stand far apart: a space it generated whose gap is no wider than the run's usual
    gap between letters. The printer wrote no space there, and a word space is as wide as
    tracking and a space's own width together."""
    edges = (ctypes.c_double * 4)()
    left, right, bottom, top = (ctypes.addressof(edges) + 8 * k for k in range(4))

    def box(k: int) -> tuple[float, float]:
        _char_box(tp, start + k, left, right, bottom, top)
        return edges[0], edges[1]

    # the gap after each letter to the next, across a single space pdfium generated
    gaps: dict[int, float] = {}
    for k in range(len(text) - 1):
        if text[k] == " ":
            continue
        if text[k + 1] != " ":
            gaps[k] = box(k + 1)[0] - box(k)[1]
        elif k + 2 < len(text) and text[k + 2] != " " and _is_generated(tp, start + k + 1):
            gaps[k + 1] = box(k + 2)[0] - box(k)[1]
    if len(gaps) < 3:
        return text
    usual = sorted(gaps.values())[len(gaps) // 2]
    if usual < TRACKED_LETTER_GAP:
        return text
    return "".join(ch for k, ch in enumerate(text) if not (ch == " " and gaps.get(k, usual * 9) < TRACKED_SPACE_RATIO * usual))


#: text tilted by this much at most (tan of about 15 degrees: a rubber stamp's "CLOSED" set at
#: an angle on a card) is read as upright text; turned further, it is a sidebar's or a column head's
TILT = 0.27


@dataclass(slots=True)
class Turned:
    """A run of text turned a quarter: its box, and whether it reads upwards (rotated
    anticlockwise, as CSS rotate(-90deg)) or downwards (vertical-rl)."""

    x0: float
    x1: float
    y0: float
    y1: float
    size: float
    text: str
    upward: bool


def collect(page: int, tp: int, fonts: dict[int, bool], cfg: PdfSettings, r2l: bool = False):
    """Text runs, ruling lines, filled boxes, text turned a quarter and small boxes of one page (pdfium page and text page handles;
    r2l: the document is read right to left, see `right_to_left`)."""
    spans: list[Span] = []
    turned: list[Turned] = []
    rules: list[Rule] = []
    fills: list[tuple[float, float, float, float, str | None]] = []  # box and the RAG colour of its fill
    marks: list[Mark] = []  # small boxes, segments of a progress bar perhaps (bars.py)
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
    # a text run's fill colour, read into four uints by address (as the floats above)
    inks = (ctypes.c_uint * 4)()
    pr_ = ctypes.addressof(inks)
    pg_, pb_, pa_ = pr_ + 4, pr_ + 8, pr_ + 12
    unpack_ink = _UINTS.unpack_from
    size, buf, view = 4096, None, None  # the buffer of texts read object by object, made when first needed
    append_span, append_rule, append_turned, append_mark = spans.append, rules.append, turned.append, marks.append
    cut = None if r2l else _object_runs(tp)
    if cut is None:
        page_text, runs, nchars = "", {}, 0
    else:
        page_text, runs = cut
        nchars = len(page_text)

    def walk(objects, ctm, depth):
        nonlocal buf, size, view
        for obj in objects:
            # an object with characters on the text page is a text object: no need to ask
            at = runs.get(obj, False)
            kind = _TEXT if at is not False else _obj_type(obj)
            if kind == _TEXT:
                text = None
                if cut is not None:
                    if at is False:
                        continue  # no character on the text page: an empty run
                    if at is not None:
                        start, end = at
                        text = page_text[start:end]
                        if "\ufffe" in text:
                            text = _stand_ins(tp, text, start)
                        if text is not None and _TRACKED_HINT.search(text):
                            text = _untracked(tp, text, start)
                        if text is not None and end < nchars and page_text[end] == " ":
                            text += " "  # as FPDFTextObj_GetText, the space that follows the run
                if text is None:
                    if buf is None:
                        buf = ctypes.create_string_buffer(size)
                        view = memoryview(buf)
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
                if (abs(b) > 0.01 or abs(c) > 0.01) and not (a > 0 and d > 0 and abs(b) <= TILT * a and abs(c) <= TILT * d):
                    # rotated text: stamps and sidebars, not body text; but a table's rotated
                    # column heads and merged cells are read into their cells (tables.place_turned)
                    if abs(a) < 0.01 and abs(d) < 0.01:
                        append_turned(Turned(x0 if x0 < x1 else x1, x1 if x1 > x0 else x0,
                                             y0 if y0 < y1 else y1, y1 if y1 > y0 else y0,
                                             round(font_size * abs(b), 1), text, b > 0))
                    continue
                key = _font_of(obj) or 0
                bold = fonts.get(key)
                if bold is None:
                    nlen = _font_name(key, None, 0)
                    nbuf = ctypes.create_string_buffer(max(nlen, 1))
                    _font_name(key, nbuf, nlen)
                    name = nbuf.value.decode("latin-1")
                    bold = fonts[key] = _font_weight(key) >= 600 or bool(_BOLD_NAME_RE.search(name))
                if _SYMBOL_CODES.search(text):  # a symbol font's codes without Unicode ("\uf0fc": a Wingdings tick)
                    text = _symbols_drawn(text, key)
                ink = None
                if _fill_colour_at(obj, pr_, pg_, pb_, pa_):
                    rgba = unpack_ink(inks)
                    if rgba[3] >= 128 and not rgba[0] == rgba[1] == rgba[2]:  # black and greys: no rating
                        ink = _rating_of(rgba[0], rgba[1], rgba[2])
                append_span(Span(x0 if x0 < x1 else x1, x1 if x1 > x0 else x0, f, y0 if y0 > y1 else y1,
                                 round(font_size * abs(d), 1), bold, text,
                                 colour=ink if is_dot_run(text) else None, ink=ink))  # see coloured_dots
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
                    if w <= cfg.segment_size and h <= cfg.segment_size:
                        append_mark(Mark(x0, y0, x1, y1, _mark_fill(obj, fill_mode.value)))
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

    page_ = ctypes.c_void_p(page)  # see _bind_untyped
    walk([_get_object(page_, i) for i in range(_count_objects(page))], None, 0)
    # walk calls itself through its closure, a reference cycle: left alone, it kept the page's
    # buffers, runs and text until the garbage collector came round, which then had thousands
    # of pages' worth to look through
    del walk
    return spans, rules, fills, turned, marks


def coloured_dots(spans: list[Span], fills) -> None:
    """A dot glyph drawn in a rating colour, or on a small highlight of one (`fills`, as collect
    gives them), says its colour (as the DOCX and HTML readers write it) when it stands alone or
    is one of two or more such dots on its line (a key: "● complete ● on track"); one set just
    before words of its own ("● Audit under way") says no more."""
    for s in spans:
        if s.colour is None and is_dot_run(s.text):
            cx, cy = (s.x0 + s.x1) / 2, s.base + 0.3 * s.size
            s.colour = next((c for x0, y0, x1, y1, c in fills if c and x0 <= cx <= x1 and y0 <= cy <= y1
                             and x1 - x0 <= 3 * s.size and y1 - y0 <= 2 * s.size), None)
    dots = [s for s in spans if s.colour]
    for dot in dots:
        line = [s for s in spans if abs(s.base - dot.base) <= 0.35 * max(s.size, dot.size)]
        keyed = sum(1 for s in line if s.colour) >= 2
        worded = any(s.x0 >= dot.x1 - 0.5 and s.x0 - dot.x1 <= dot.size and any(ch.isalpha() for ch in s.text)
                     for s in line)
        if keyed or not worded:
            dot.text = dot.text.replace(dot.text.strip(), dot.colour.capitalize()) + " "  # dots set close: words apart


#: the private-use codes a symbol font's glyphs come out as when the PDF gives them no Unicode
_SYMBOL_CODES = re.compile("[\uf020-\uf0ff]")


def _symbols_drawn(text: str, font: int) -> str:
    """A run's symbol-font codes as the symbols they draw, by the font's name (Wingdings,
    Wingdings 2, Webdings, Symbol; models/symbol_fonts.csv); other codes are left as they are."""
    n = _font_name(font, None, 0) if font else 0
    if n <= 0:
        return text
    buf = ctypes.create_string_buffer(n)
    _font_name(font, buf, n)
    name = re.sub(r"^[A-Z]{6}\+", "", buf.value.decode("latin-1")).lower().replace("-", " ")
    if name.startswith("opensymbol"):
        name = "wingdings"  # LibreOffice prints Wingdings text in OpenSymbol, keeping Wingdings' codes
    table = next((t for family, t in sorted(symbol_fonts().items(), key=lambda kv: -len(kv[0]))
                  if name.startswith(family) or name.replace(" ", "").startswith(family.replace(" ", ""))), None)
    if table is None:
        return text
    return _SYMBOL_CODES.sub(lambda m: table.get(ord(m[0]) & 0xFF, m[0]), text)
