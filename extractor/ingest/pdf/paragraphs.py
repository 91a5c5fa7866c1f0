"""Lines and tables of every page -> blocks: paragraphs, list items and headings with levels, table rows."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Callable

from ...document import Block
from ...lexicon import rules
from ..layout import NUMBERED_ITEM_RE, join_letter_spaced, join_lines, numbered_heading, strip_bullet, vocabulary
from .lines import Line, common_ink
from .settings import PdfSettings
from .tables import Grid, OpenTable, emit_grid, header_block, recut_header


@dataclass
class _Para:
    lines: list[Line]
    bullet: bool = False
    numbered: bool = False


def build_blocks(pages: list[list], cfg: PdfSettings) -> list[Block]:
    all_lines = [it for items in pages for it in items if isinstance(it, Line)]
    sizes: Counter[float] = Counter()
    for ln in all_lines:
        sizes[round(ln.size * 2) / 2] += len(ln.text)
    body = sizes.most_common(1)[0][0] if sizes else 11.0
    cell_runs = [sp.text for items in pages for it in items if isinstance(it, Grid)
                 for row in it.rows for _, _, spans in row for sp in spans]
    vocab = vocabulary(" ".join(ln.text for ln in all_lines) + " " + " ".join(cell_runs))

    @cache
    def written() -> Counter[str]:  # words of ordinary text, for capitals set letter-spaced
        return vocabulary(" ".join(ln.text for ln in all_lines if not ln.text.isupper()))
    pitches = _line_pitches(pages)
    hyphens_marked = any(ln.text.endswith("\u2010") for ln in all_lines)
    blocks: list[Block] = []
    open_table: OpenTable | None = None
    tables = 0
    paras: list[_Para] = []

    def flush():
        for p in paras:
            blocks.append(_para_block(p, body, vocab, hyphens_marked, written))
        paras.clear()

    last_grid: Grid | None = None  # the grid just emitted, when nothing followed it yet
    for items in pages:
        first_on_page = True
        last_grid = None
        for it in items:
            if isinstance(it, Grid):
                head = None if paras else _header_strip(last_grid, it, blocks)
                cont = None if head is not None or paras else _continued(open_table, it, blocks, first_on_page, last_grid)
                flush()
                if head is not None:
                    # the header row drawn as a strip of its own above the rows: it names their columns
                    del blocks[-1]
                    headers = recut_header(head, it.xs, vocab)
                    blocks.append(header_block(headers, tables, last_grid.page))
                    open_table = emit_grid(it, tables, None, blocks, vocab, headers)
                elif cont is None:
                    tables += 1
                    open_table = emit_grid(it, tables, None, blocks, vocab)
                else:
                    emit_grid(it, cont.number, cont, blocks, vocab)
                    cont.xs = it.xs
                first_on_page = False
                last_grid = it
                continue
            first_on_page = False
            last_grid = None
            _add_line(paras, it, body, pitches, cfg)
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


def _continued(table: OpenTable | None, grid: Grid, blocks: list[Block], first_on_page: bool,
               last_grid: Grid | None) -> OpenTable | None:
    """The open table that `grid` continues, if any: on the next page or text column with the
    same columns, or just below it on the page (its next rows, ruled apart after a band across
    the table) with as many columns between the same edges, found again from other words."""
    if table is None or not blocks or blocks[-1].table != table.number:
        return None
    if (first_on_page or abs(grid.x0 - table.xs[0]) > 50) and _same_columns(table.xs, grid.xs):
        return table
    if last_grid is not None and table.headers and len(grid.xs) == len(table.xs) \
            and abs(grid.xs[0] - table.xs[0]) <= 4 and abs(grid.xs[-1] - table.xs[-1]) <= 4 \
            and not _header_like(grid):
        return table  # (cards of label and value stacked one under another have no header: each is a table)
    return None


def _header_like(grid: Grid) -> bool:
    spans = [s for _, _, cell in grid.rows[0] for s in cell if s.text.strip()] if grid.rows else []
    return bool(spans) and all(s.bold for s in spans)


def _header_strip(above: Grid | None, grid: Grid, blocks: list[Block]) -> list | None:
    """The spans of a one-row grid just above `grid`, as wide as it, that is a header (bold or
    shaded) over rows that are not: its columns were cut from its own words ("PROGRESS TO" |
    "DATE"), so the header is read again on the columns of the rows below. None otherwise."""
    # (a row of no words is a strip's padding, or the space between rows drawn apart)
    said = [row for row in above.rows if any(s.text.strip() for _, _, cell in row for s in cell)] if above else []
    if len(said) != 1 or not blocks or blocks[-1].kind != "table_row" \
            or abs(above.x0 - grid.x0) > 4 or abs(above.x1 - grid.x1) > 4 or len(grid.rows) < 2:
        return None
    spans = [s for _, _, cell in said[0] for s in cell if s.text.strip()]
    below = [s for _, _, cell in grid.rows[0] for s in cell if s.text.strip()]
    if not spans or not (above.header_fill or all(s.bold for s in spans)) or (below and all(s.bold for s in below)
                                                                            and not grid.header_fill):
        return None
    return spans


def _same_columns(a: list[float], b: list[float]) -> bool:
    """Same column widths (a table continued in the next text column is shifted sideways)."""
    return len(a) == len(b) and all(abs((x - a[0]) - (y - b[0])) <= 3 for x, y in zip(a, b))


def _style_break(prev: Line, line: Line) -> bool:
    """A change of size, weight or rating colour (an item written in green under one in amber)."""
    return abs(prev.size - line.size) > 0.6 or prev.bold != line.bold or (
        prev.ink is not None and line.ink is not None and prev.ink != line.ink)


def _add_line(paras: list[_Para], line: Line, body: float, pitches: dict[float, float],
              cfg: PdfSettings) -> None:
    is_bullet, rest = strip_bullet(line.text)
    if is_bullet:
        line.text = rest
        paras.append(_Para([line], bullet=True))
        return
    if line.keyed:
        paras.append(_Para([line]))  # a key column's entry opens a field, whatever its spacing
        return
    if numbered_heading(line.text) is not None and len(line.text) < 90 and not _runs_on(paras, line, pitches, cfg):
        paras.append(_Para([line], numbered=True))
        return
    if paras:
        p = paras[-1]
        prev = p.lines[-1]
        pitch = prev.base - line.base
        same_page = prev.page == line.page
        limit = _leading(prev, line, pitches, cfg)
        heading_like = line.bold or line.size >= body + 1.5
        if len(p.lines) == 1 and not p.bullet and _short_field(prev, line):
            paras.append(_Para([line]))
            return
        if (same_page and 0 < pitch <= limit and not _style_break(prev, line)
                and (not p.numbered or not heading_like or len(p.lines) < 3 or _hangs_on(p, prev, line))
                and not (p.bullet and line.x0 < p.lines[0].x0 - 4)
                and not (prev.text.endswith((".", ":", "?", "!")) and line.x0 > prev.x0 + 8 and not p.bullet)):
            p.lines.append(line)
            return
        if (same_page and p.numbered and len(p.lines) == 1 and prev.region == line.region
                and limit < pitch <= cfg.badge_step * limit and not _style_break(prev, line)
                and not heading_like and not prev.bold and prev.size < body + 1.5
                and line.x0 <= prev.x0 + 1 and not prev.text.endswith((".", ":", ";", "?", "!"))):
            # "2 Weald Partnership NHS" / "Foundation Trust should ...": a number in a badge
            # (an inline circle taller than the text) pushes its line's baseline up; the
            # sentence goes on in the same type, no further right
            p.lines.append(line)
            return
        if ((not same_page or pitch < 0) and not _style_break(prev, line) and not p.numbered
                and not prev.text.endswith((".", ":", "?", "!")) and line.text[:1].islower()):
            p.lines.append(line)  # paragraph runs on over the page break or into the next column
            return
    paras.append(_Para([line]))


def _hangs_on(p: _Para, prev: Line, line: Line) -> bool:
    """A numbered item set in bold, its lines hung under its text, goes on mid-sentence: the
    line below a bold numbered heading would start at the number, or after a full stop."""
    return prev.x0 > p.lines[0].x0 + 4 and abs(line.x0 - prev.x0) <= 2 \
        and not prev.text.endswith((".", ":", "?", "!", ";"))


#: labelled fields whose value is a name or a word, set on a line of their own ("Lead: Police")
_VALUE_FIELDS = ("lead", "status", "timescale")
#: such a line ends short of the next by this share of the next line's width at least
SHORT_FIELD_SHARE = 0.75


def _short_field(prev: Line, line: Line) -> bool:
    """A labelled field alone on a line ("Lead: Children's Social Care") above a longer line, or
    one in another size of type: the field is set apart, the line below starts what follows it
    (what was done), however close the two are set. A field whose value wraps fills its first
    line and runs on in the same type."""
    if abs(prev.x0 - line.x0) > 2:
        return False
    if prev.x1 - prev.x0 >= SHORT_FIELD_SHARE * (line.x1 - line.x0) and abs(prev.size - line.size) < 0.25:
        return False
    if prev.text.endswith((",", "-", "\u2010")) or prev.text.split()[-1] in ("and", "or", "&"):
        return False  # the value goes on below
    return any(regex.match(prev.text) for regex in _value_field_labels())


@lru_cache(maxsize=1)
def _value_field_labels() -> tuple:
    """The label patterns of the value fields, picked out of models/labels.jsonl once."""
    return tuple(r.regex for r in rules("labels.jsonl") if r.kind in _VALUE_FIELDS)


def _leading(prev: Line, line: Line, pitches: dict[float, float], cfg: PdfSettings) -> float:
    """The largest baseline step between two lines of one paragraph.

    Word and LibreOffice set lines about 1.2 font sizes apart and paragraphs further;
    designed pages often set body text at 1.5 to 1.6, so the step this document uses
    most for the font size counts too.
    """
    size = max(line.size, prev.size)
    step = pitches.get(round(size * 2) / 2) or pitches.get(0.0, 0.0) * size
    return max(cfg.leading * size, cfg.learnt_leading * step)


def _line_pitches(pages: list[list]) -> dict[float, float]:
    """Font size -> the baseline step the document uses most between consecutive lines of that size,
    and 0.0 -> the ratio of step to size it uses most over all sizes."""
    counts: Counter[tuple[float, float]] = Counter()
    for items in pages:
        prev = None
        for it in items:
            if not isinstance(it, Line):
                prev = None
                continue
            # a line wrapped when the next word did not fit: the one above is nearly as wide as the measure
            if (prev is not None and prev.region == it.region and prev.size == it.size
                    and prev.x1 - prev.x0 >= 0.8 * (it.x1 - it.x0) and abs(prev.x0 - it.x0) < it.size):
                pitch = prev.base - it.base
                if 0 < pitch < 2.5 * it.size:
                    counts[(round(it.size * 2) / 2, round(pitch, 1))] += 1
            prev = it
    out: dict[float, float] = {}
    ratios: Counter[float] = Counter()
    for (size, pitch), n in counts.most_common():
        ratios[round(pitch / size * 20) / 20] += n
        if n >= 3:
            out.setdefault(size, pitch)
    if ratios:  # sizes too rare to learn from (footnotes) are set like the rest: CSS line-height is a ratio
        ratio, n = ratios.most_common(1)[0]
        if n >= 3:
            out[0.0] = ratio
    return out


def _runs_on(paras: list[_Para], line: Line, pitches: dict[float, float], cfg: PdfSettings) -> bool:
    """A line that only looks numbered because the sentence above wrapped before
    a number ("... told in Part" / "3. We have tried ...")."""
    if not paras or paras[-1].bullet:
        return False
    prev = paras[-1].lines[-1]
    pitch = prev.base - line.base
    return (prev.page == line.page and 0 < pitch <= _leading(prev, line, pitches, cfg)
            and not _style_break(prev, line) and prev.text[-1:].isalpha()
            and abs(prev.x0 - line.x0) < 4 and len(prev.text) > 50)


def _para_block(p: _Para, body: float, vocab: set[str], hyphens_marked: bool,
                written: Callable[[], Counter[str]]) -> Block:
    text = join_lines([ln.text for ln in p.lines], vocab, hyphens_marked)
    if text.isupper() and " " in text:
        text = join_letter_spaced(text, written())
    first = p.lines[0]
    size = max(ln.size for ln in p.lines)
    bold = all(ln.bold for ln in p.lines)
    words = len(text.split())
    ink = common_ink(p.lines)
    if p.bullet:
        return Block("list_item", text, first.page, ink=ink)
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
        return Block("list_item", text, first.page, ink=ink)
    return Block("paragraph", text, first.page, ink=ink)


def _assign_heading_levels(blocks: list[Block]) -> None:
    """Levels from typography: the largest heading style is level 1; numbering depth wins when present.

    Levels are not capped at six: a designed report spends many type sizes on its cover, stat
    tiles and call-outs, and a cap would flatten the body's section, case and field headings
    into one level, so that a case's sub-headings no longer sit under its section."""
    styles = sorted({getattr(b, "_style") for b in blocks if hasattr(b, "_style")},
                    key=lambda s: (-s[0], not s[1]))
    rank = {s: i + 1 for i, s in enumerate(styles)}
    for b in blocks:
        style = getattr(b, "_style", None)
        if style is not None:
            if b.level is None:
                b.level = rank[style]
            del b._style  # type: ignore[attr-defined]
        elif b.kind == "heading" and b.level is None:
            b.level = len(styles) + 1
