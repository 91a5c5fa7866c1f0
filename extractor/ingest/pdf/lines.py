"""Lines of text from spans: words joined, lines grouped by baseline, running headers and footers dropped."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace

from ...lexicon import rules
from ..layout import clean_text
from .objects import TRACKED_SPACE_RATIO, Span
from .settings import PdfSettings

PAGE_NUMBER_RE = re.compile(
    r"^(?:page\s*)?[-\u2013\u2014(\[]?\s*\d{1,4}\s*[-\u2013\u2014)\]]?(?:\s*(?:of|/)\s*\d{1,4})?$", re.I)
PAGE_NUMBER_ANYWHERE_RE = re.compile(r"(?:\bpage\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?\b|\b\d{1,4}\s+of\s+\d{1,4}\b)", re.I)
#: a gap wider than this many font sizes between two spans of one line is a word space ...
WORD_SPACE = 0.2
#: ... or this many between two single glyphs: glyph-by-glyph printers (Skia) write their
#: spaces and set the glyphs of a word up to a quarter of a font size apart
GLYPH_WORD_SPACE = 0.4
#: ... and in a line of glyphs set this many font sizes apart as a rule (tracked capitals), a gap this
#: many times that rule (extractor.ingest.pdf.objects tells the same apart inside one run)
TRACKED_GLYPH_GAP = 0.15


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
    region: int = 0  # the page region (column, box, card) the line was read in
    keyed: bool = False  # a key and its value set in two columns, read "Key: value": a field of its own
    edge: str | None = None  # a chip read from a border on a box's outline, by its kind (Span.edge)
    ink: str | None = None  # the rating colour all its words are drawn in, if one (Cell.ink)


def common_ink(items) -> str | None:
    """The rating colour all of some runs or lines with words are drawn in, if one."""
    inks = {x.ink for x in items if x.text.strip()}
    return inks.pop() if len(inks) == 1 else None


def span_text(span: Span) -> str:
    """The text of a line made of one run (most lines and most table cells)."""
    return _clean_run(span.text)


def _clean_run(text: str) -> str:
    if text.isascii() and text.isprintable() and "  " not in text:
        return text.strip()  # the common run: no tab, no \x02, nothing for clean_text to do
    # pdfium reports a hyphen at a line end as \x02; join_lines decides whether it is real
    return clean_text(text.replace("\t", " ").replace("\x02", "-"))


#: a bold label and the plain value beside it, set in columns this many font sizes apart or more
LABEL_GAP = 2.5
#: ... or this many, past the label's own trailing space, when the label is a field's
#: ("What has been done", "Lead agency"; models/labels.jsonl): a key in a column only just
#: wide enough for it stands about a size from its value, where a bold run-in word in running
#: text is followed by the next at once
FIELD_LABEL_GAP = 0.6
#: a label of a key and value list is a few words
LABEL_CHARS = 40


def _x0(span: Span) -> float:
    return span.x0


def _reading_key(span: Span) -> tuple[float, float]:
    return -span.base, span.x0


def group_lines(spans: list[Span], page: int) -> list[Line]:
    """Groups spans into lines by baseline, top to bottom. A status chip is a line of its own,
    just after the line it sits on: it says its colour as the HTML reader writes a chip,
    a block of its own, and not inside the words beside it."""
    chips = [s for s in spans if s.chip]
    if chips:
        spans = [s for s in spans if not s.chip]
    spans = sorted(spans, key=_reading_key)
    groups: list[list[Span]] = []
    g: list[Span] | None = None
    for s in spans:
        if g is not None and abs(g[0].base - s.base) <= max(1.5, 0.35 * max(s.size, g[0].size)):
            g.append(s)
        else:
            g = [s]
            groups.append(g)
    groups = [part for g in groups for part in _split_apart(g)]
    lines = []
    for g in groups:
        if len(g) == 1:
            s = g[0]
            text = span_text(s)
            if text:
                lines.append(Line(s.x0, s.x1, s.base, s.size, s.bold, text, page, ink=s.ink))
            continue
        runs = sorted(g, key=_x0)
        options = chosen_option(runs)  # a bold first step is no label of the steps after it
        keyed = None if options else _labelled_value(runs)
        text = _clean_run(options or keyed or joined(runs))
        if not text:
            continue
        sizes: dict[float, int] = {}
        for s in g:
            sizes[s.size] = sizes.get(s.size, 0) + len(s.text)
        size = max(sizes, key=sizes.__getitem__)
        bold = words_bold(runs)
        lines.append(Line(min(s.x0 for s in g), max(s.x1 for s in g), g[0].base, size, bold, text, page,
                          keyed=keyed is not None, ink=common_ink(g)))
    for c in chips:
        at = min(range(len(lines)), key=lambda k: abs(lines[k].base - c.base), default=-1)
        lines.insert(at + 1, Line(c.x0, c.x1, c.base, c.size, False, c.text, page, edge=c.edge))
    return lines


#: what parts the steps of a tracker or the options of a row of choices ("Planned → Under way → Done")
_OPTION_SEPARATOR = re.compile(r"\s*[\u2192\u203a\u00bb\u25b8\u25b6|\u2022\u00b7/>]\s*")
#: an option of such a row is a few words
OPTION_WORDS = 3


def chosen_option(runs: list[Span]) -> str | None:
    """A row of three or more short options, parted by arrows, bars or bullets, of which exactly
    one is set in bold and the rest in the regular weight ("Planned → **Under way** → Done", a
    tracker's current step filled and bold): written as a row of tick boxes, the option set apart
    ticked ("☐ Planned ☒ Under way ☐ Done"), as a form's boxes are read. The colour or fill that
    also sets the step apart is not read; the weight is what both printers keep. A label before
    the row ("Status:") stays. None for any other line."""
    if all(s.bold for s in runs) or not any(s.bold for s in runs):
        return None  # one weight throughout (nearly every line): nothing set apart
    texts = _OPTION_SEPARATOR.split(joined(runs))
    if len(texts) < 3:
        return None
    label, _, first = texts[0].rpartition(":")
    label = f"{label.strip()}:" if label.strip() else ""
    texts = [first.strip(), *(t.strip() for t in texts[1:])]
    if not all(texts) or any(len(t.split()) > OPTION_WORDS for t in texts):
        return None
    weights: list[set[bool]] = [set() for _ in texts]
    k = 0
    for s in runs:  # each run's pieces between separators, in the option they fall in
        for j, part in enumerate(_OPTION_SEPARATOR.split(s.text)):
            k += bool(j)
            if part.strip() and not (k == 0 and label and part.strip() in label):
                weights[min(k, len(texts) - 1)].add(s.bold)
    if any(len(w) != 1 for w in weights) or sum(w == {True} for w in weights) != 1:
        return None
    boxes = " ".join(("\u2612 " if w == {True} else "\u2610 ") + t for t, w in zip(texts, weights))
    return f"{label} {boxes}".strip()


#: a list number, whole ("1.", "(2)") and as its glyphs come one by one ("1", "1.")
_LIST_NUMBER = re.compile(r"\(?\d{1,2}[.)]")
_LIST_NUMBER_PART = re.compile(r"\(?\d{0,2}[.)]?")


def words_bold(spans: list[Span]) -> bool:
    """Whether a run of spans is set in bold: a bullet glyph, or a list number ("1.") set in the
    regular weight before bold words, does not make it plain."""
    spans = sorted(spans, key=_x0)
    k, prefix = 0, ""
    while k < len(spans) - 1 and _LIST_NUMBER_PART.fullmatch(prefix + spans[k].text.strip()):
        prefix += spans[k].text.strip()
        k += 1
    if not _LIST_NUMBER.fullmatch(prefix):
        k = 0
    return all(s.bold for s in spans[k:] if len(s.text.strip()) > 1 or s.text.strip().isalnum())


#: two runs on one baseline this many sizes apart ...
APART_GAP = 2.0
#: ... whose type sizes differ by this ratio are two items of a row, not one line
APART_SIZES = 1.5


def _split_apart(group: list[Span]) -> list[list[Span]]:
    """A baseline's runs cut where a wide gap separates type of very different sizes: a card's
    title and the small capitals set at the other end of its header row ("Child N      SERIOUS
    CASE REVIEW · PUBLISHED 2020") are two items, as the page shows them."""
    if len(group) < 2:
        return [group]
    runs = sorted(group, key=_x0)
    out = [[runs[0]]]
    for a, b in zip(runs, runs[1:]):
        big, small = max(a.size, b.size), max(min(a.size, b.size), 0.1)
        if b.x0 - a.x1 >= APART_GAP * big and big / small >= APART_SIZES:
            out.append([b])
        else:
            out[-1].append(b)
    return out


def _labelled_value(spans: list[Span]) -> str | None:
    """ "Key: value" for a line of a key and value list set in two columns (a bold key, its plain
    value a column's width to the right: "Lead agency      Carrowshire Constabulary"), as the
    HTML reader writes a definition list; None for any other line."""
    for k in range(1, len(spans)):
        a, b = spans[k - 1], spans[k]
        if b.x0 - a.x1 >= FIELD_LABEL_GAP * max(a.size, b.size, 1.0):
            left, right = spans[:k], spans[k:]
            label = joined(left).strip()
            if (not key_beside(left, right[0]) or any(s.bold for s in right) or len(label) > LABEL_CHARS
                    or label.endswith((":", ".", ",", ";")) or not label[:1].isalpha()
                    or not any(ch.isalpha() for s in right for ch in s.text)):
                return None
            return f"{label}: {joined(right).strip()}"
    return None


def key_beside(key: list[Span], value: Span) -> bool:
    """A bold key with its plain value set a column to the right: LABEL_GAP sizes apart or more,
    or FIELD_LABEL_GAP when the key is a field's label (a column only just wide enough for it)."""
    last = key[-1]
    gap = (value.x0 - last.x1) / max(last.size, value.size, 1.0)
    return (gap >= FIELD_LABEL_GAP and not value.bold and all(s.bold for s in key)
            and (gap >= LABEL_GAP or field_label(joined(key).strip())))


def field_label(text: str) -> bool:
    """A field's label ("What has been done", "Lead agency", "Status"; models/labels.jsonl), or
    an abbreviation a glossary spells out beside it ("WMP   Wyvern and Marches Police")."""
    return bool(_ABBREVIATION.fullmatch(text)) or any(
        r.kind not in ("card_number", "number_label") and r.regex.match(text + ":") for r in rules("labels.jsonl"))


_ABBREVIATION = re.compile(r"[A-Z][A-Z&]{1,5}")


def joined(spans: list[Span]) -> str:
    """Texts of spans left to right, with a space where the gap between two is a word space.

    Glyphs set one by one in tracked (letter-spaced) capitals stand apart by the tracking: there
    a word space is a gap clearly wider than the usual one between two of them."""
    out = ""
    prev: Span | None = None
    tracked = 0.0
    if len(spans) >= 4 and all(len(s.text.strip()) <= 1 for s in spans) \
            and not any(ch.islower() for s in spans for ch in s.text) \
            and sum(s.text.strip().isalpha() for s in spans) * 2 > len(spans):  # tracking is for capitals
        gaps = sorted(b.x0 - a.x1 for a, b in zip(spans, spans[1:]))
        if gaps[len(gaps) // 2] >= TRACKED_GLYPH_GAP * max(spans[0].size, 1):
            tracked = gaps[len(gaps) // 2]
    for s in spans:
        if tracked and len(s.text) <= 2 and len(s.text.strip()) == 1:
            # the space pdfium puts after a glyph set apart says nothing here: the gap decides
            s = replace(s, text=s.text.strip())
            out = out.rstrip(" ") if prev is not None and len(prev.text) <= 2 else out
        if prev is not None and out and not out.endswith((" ", "\t")) and not s.text.startswith(" "):
            gap = s.x0 - prev.x1
            glyphs = len(prev.text.strip()) <= 2 and len(s.text) <= 2
            space = (GLYPH_WORD_SPACE if glyphs else WORD_SPACE) * max(s.size, 1)
            if glyphs and tracked:
                space = max(space, TRACKED_SPACE_RATIO * tracked)
            if gap > space:
                out += " "
        out += s.text
        prev = s
    return out


# --- running headers and footers ----------------------------------------------------------------

_COUNTED = re.compile(r"\b(\d{1,4})\s+of\s+(\d{1,4})\b", re.I)


def _signature(text: str, npages: int) -> str:
    """The line with its numbers blanked, so that running lines match across pages ("Page 4",
    "Page 5"); but a count that is not of pages keeps its numbers ("Recommendation 2 of 5"
    above each slide of a deck is that slide's own label, not furniture)."""
    if " of " not in text and " OF " not in text and " Of " not in text:
        return re.sub(r"\d+", "#", text.casefold()).strip()
    pieces = _COUNTED.split(text.casefold())  # free text, n, m, free text, n, m, ..., free text
    out = []
    for k in range(0, len(pieces), 3):
        out.append(re.sub(r"\d+", "#", pieces[k]))
        if k + 2 < len(pieces):
            n, total = pieces[k + 1], pieces[k + 2]
            out.append("# of #" if _counts_pages(int(total), npages) else f"{n} of {total}")
    return "".join(out).strip()


def drop_running_lines(pages, cfg: PdfSettings) -> None:
    """Removes page numbers and lines repeated in the top/bottom margin of many pages."""
    counts: Counter[str] = Counter()
    for items, height in pages:
        seen = set()
        for it in items:
            if isinstance(it, Line) and _in_margin(it, height, cfg.margin_share):
                seen.add(_signature(it.text, len(pages)))
        counts.update(seen)
    threshold = max(2, len(pages) // 3) if len(pages) >= 3 else 99
    offset = _page_number_offset(pages, cfg)
    for index, (items, height) in enumerate(pages, 1):
        lines = [it for it in items if isinstance(it, Line) and not _in_margin(it, height, cfg.margin_share)]
        ends = {id(lines[0]), id(lines[-1])} if lines else set()
        keep = []
        for it in items:
            if isinstance(it, Line) and _in_margin(it, height, cfg.margin_share):
                m = PAGE_NUMBER_RE.match(it.text)
                if m and offset is not None and _first_number(it.text) - index != offset:
                    keep.append(it)  # a number out of step with the pages': a card's badge near the edge
                    continue
                if m or counts[_signature(it.text, len(pages))] >= threshold:
                    continue
                if len(it.text) < 60 and _page_number_in(it.text, len(pages)) and counts[_signature(it.text, len(pages))] >= 2:
                    continue
            elif id(it) in ends and counts[_signature(it.text, len(pages))] >= threshold and not (
                    offset is not None and PAGE_NUMBER_RE.match(it.text) and _first_number(it.text) - index != offset):
                continue  # a running line where the page ends early: a layout table's tfoot on the last page
            keep.append(it)
        items[:] = keep


def _page_number_in(text: str, npages: int) -> bool:
    """A page number inside a running line ("Annual report | Page 4", "4 of 26"). A bare "N of M"
    counts only when M could be the page count: "Recommendation 2 of 5" above each slide of a
    deck is the slide's own label, and drops the case and number it names if taken for furniture."""
    for m in PAGE_NUMBER_ANYWHERE_RE.finditer(text):
        total = re.search(r"(?:of|/)\s*(\d{1,4})\s*$", m.group(), re.I)
        if m.group().lower().startswith("page") or total is None or _counts_pages(int(total.group(1)), npages):
            return True
    return False


def _counts_pages(total: int, npages: int) -> bool:
    """"N of M" counts pages when M could be the page count (a cover or two may go unnumbered)."""
    return total * 2 >= npages


#: the number a running line ends on, after a separator ("... Annual Report 2019-20 · 4", "... | page 12")
_TRAILING_NUMBER = re.compile(r"\S\s*[\u00b7|\u2022\u2013\u2014-]\s*(?:page\s*)?(\d{1,4})\s*$", re.I)


def _first_number(text: str) -> int:
    return int(re.search(r"\d+", text).group())


def _page_number_offset(pages, cfg: PdfSettings) -> int | None:
    """The step between printed page numbers and page positions (printed 3 on the 5th page: -2)
    that most pages in the margins agree on, or None when fewer than half the pages do."""
    bare: Counter[int] = Counter()
    running: Counter[int] = Counter()
    for index, (items, height) in enumerate(pages, 1):
        found, ending = set(), set()
        for it in items:
            if isinstance(it, Line) and _in_margin(it, height, cfg.margin_share):
                if PAGE_NUMBER_RE.match(it.text):
                    found.add(_first_number(it.text) - index)
                elif m := _TRAILING_NUMBER.search(it.text):
                    ending.add(int(m.group(1)) - index)  # "Annual Report 2019-20 · 4": the running line's number
        bare.update(found)
        running.update(ending)
    # bare numbers say it first; a running line that ends on the number says it where none are bare
    for offsets in (bare, running):
        if offsets:
            offset, n = offsets.most_common(1)[0]
            if n >= max(2, len(pages) // 2):
                return offset
    return None


def _in_margin(line: Line, height: float, share: float) -> bool:
    return line.base > height * (1 - share) or line.base < height * share
