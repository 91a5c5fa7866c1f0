"""Ruled tables: grids rebuilt from the thin paths pdfium reports as cell borders, their cells' text, their rows as blocks."""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from ...document import Block, Cell
from ..layout import join_lines
from .lines import Line, common_ink, group_lines, span_text
from .objects import Rule, Span, Turned
from .settings import PdfSettings


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
    spanning: set[int] = field(default_factory=set)  # rows that are one cell across the table (a shaded band)
    inner: list["Grid"] = field(default_factory=list)  # tables nested in its cells, read into them
    merged: set[tuple[int, int]] = field(default_factory=set)  # (row, cell) continuing the cell above


@dataclass
class OpenTable:
    """The table that the next page may continue."""

    number: int
    xs: list[float]  # column borders of the part seen last
    headers: list[tuple[float, float, str]]
    header_text: str


# --- grids from ruling lines ---------------------------------------------------------------------

def _snap(values: list[float], snap: float) -> list[float]:
    out: list[float] = []
    for v in sorted(values):
        if out and v - out[-1] <= snap:
            continue
        out.append(v)
    return out


def _finder(parent: list[int]):
    """The find of a union-find over `parent` (path halving); a union is parent[find(i)] = find(j)."""
    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i
    return find


def find_grids(rules: list[Rule], fills, spans: list[Span], page: int, cfg: PdfSettings) -> list[Grid]:
    """Ruled tables: touching horizontal and vertical rules, and tables ruled between rows alone."""
    snap = cfg.snap
    parent = list(range(len(rules)))
    find = _finder(parent)
    flat = [r.horizontal for r in rules]
    hs = [i for i, f in enumerate(flat) if f]
    vs = [i for i, f in enumerate(flat) if not f]
    # verticals sorted by left edge: a horizontal rule only meets those within its x-range
    verticals = sorted((rules[j].x0, rules[j].x1, rules[j].y0, rules[j].y1, j) for j in vs)
    lefts = [v[0] for v in verticals]
    reach = max((v[1] - v[0] for v in verticals), default=0.0) + snap + 0.01
    for i in hs:
        h = rules[i]
        hx0, hx1, hy0, hy1 = h.x0, h.x1, h.y0, h.y1
        for k in range(bisect_left(lefts, hx0 - reach), bisect_right(lefts, hx1 + snap)):
            vx0, vx1, vy0, vy1, j = verticals[k]
            if hx0 - snap <= vx1 and vy0 - snap <= hy1 and hy0 <= vy1 + snap:
                parent[find(i)] = find(j)
    groups: dict[int, list[int]] = {}
    for i in hs + vs:
        groups.setdefault(find(i), []).append(i)
    grids = []
    lone: list[Rule] = []  # horizontal rules that meet no vertical one
    for members in groups.values():
        h = [rules[i] for i in members if flat[i]]
        v = [rules[i] for i in members if not flat[i]]
        if not v:
            lone += h
            continue
        if _separate_boxes(h, v, snap):
            continue  # boxes side by side, each with its own border, rows not aligned: read as boxes
        h, v, nested = _nested_rules(h, v, snap)
        grid = _ruled_grid(h, v, fills, page, snap)
        if grid is not None:
            grid.inner = [g for nh, nv in nested if (g := _ruled_grid(nh, nv, fills, page, snap)) is not None]
            grids.append(grid)
    grids = _without_layout_grids(grids, spans)
    if lone and spans:
        grids += _row_ruled(lone, fills, spans, page, cfg)
    if len(fills) >= 4:
        grids += _tiled(fills, grids, spans, page, snap)
    return grids


#: a layout grid has this many rows at most (a page's frame: header, body, footer)
LAYOUT_ROWS = 3
#: ... and a cell holding this many lines, some larger than the rest (a heading), or another table
LAYOUT_LINES = 6
LAYOUT_HEADING_RATIO = 1.25


def _without_layout_grids(grids: list[Grid], spans: list[Span]) -> list[Grid]:
    """Grids that are a page's layout, not a table: a web page laid out in a bordered table
    (a sidebar cell beside a main cell), its cells holding headings and paragraphs, or tables
    of their own. They are dropped, so their text is read as any text is, column by column; the
    tables inside them stay tables. (A table nested in a data cell, Word's "Action | Date" in
    an action cell, holds no heading: its grid stays.)"""
    def inside(inner: Grid, outer: Grid) -> bool:
        return inner is not outer and outer.x0 - 1 <= inner.x0 and inner.x1 <= outer.x1 + 1 \
            and outer.ys[-1] - 1 <= inner.ys[-1] and inner.ys[0] <= outer.ys[0] + 1

    def headed_cell(grid: Grid) -> bool:
        for (top, bottom), row in zip(grid.bands, grid.rows):
            for a, b, _ in row:
                held = [s for s in spans if a <= (s.x0 + s.x1) / 2 <= b and bottom <= s.base <= top]
                sizes = [s.size for s in held if s.text.strip()]
                if len({round(s.base) for s in held}) >= LAYOUT_LINES and sizes \
                        and max(sizes) >= LAYOUT_HEADING_RATIO * min(sizes):
                    return True
        return False

    out: list[Grid] = []
    for g in grids:
        if len(g.rows) == 1 and len(g.rows[0]) == 1:
            out += g.inner  # one cell: a bordered box (a key bar, a call-out), read as text is, column by column
        elif len(g.rows) <= LAYOUT_ROWS and (any(inside(o, g) for o in grids) or headed_cell(g)):
            out += g.inner
        else:
            out.append(g)
    return out


def _tiled(fills, grids: list[Grid], spans: list[Span], page: int, snap: float) -> list[Grid]:
    """Tables whose cells are drawn as boxes edge to edge (WeasyPrint paints each cell's
    borders as one filled shape the size of the cell): two or more rows and columns of boxes
    that share their edges."""
    boxes = sorted({(round(x0, 1), round(y0, 1), round(x1, 1), round(y1, 1)) for x0, y0, x1, y1, _ in fills
                    if x1 - x0 > 6 and y1 - y0 > 6
                    and not any(g.x0 - snap <= x0 and x1 <= g.x1 + snap and g.ys[-1] - snap <= y0 and y1 <= g.ys[0] + snap
                                for g in grids)})
    parent = list(range(len(boxes)))
    find = _finder(parent)
    for i, (ax0, ay0, ax1, ay1) in enumerate(boxes):
        for j in range(i + 1, len(boxes)):
            bx0, by0, bx1, by1 = boxes[j]
            if bx0 > ax1 + snap:
                break
            side = abs(bx0 - ax1) <= snap and abs(by0 - ay0) <= snap and abs(by1 - ay1) <= snap
            stacked = abs(bx0 - ax0) <= snap and abs(bx1 - ax1) <= snap and (abs(by1 - ay0) <= snap or abs(ay1 - by0) <= snap)
            if side or stacked:
                parent[find(i)] = find(j)
    groups: dict[int, list[tuple[float, float, float, float]]] = {}
    for i, b in enumerate(boxes):
        groups.setdefault(find(i), []).append(b)
    out = []
    grouped = {b for members in groups.values() if len(members) > 1 for b in members}
    for members in groups.values():
        xs = _snap([b[0] for b in members] + [b[2] for b in members], snap)
        ys = _snap([b[1] for b in members] + [b[3] for b in members], snap)
        if len(xs) < 3 or len(ys) < 3:
            continue
        # a band as wide as the table, stacked on its rows (a review's title row): a row of one cell
        bands = [b for b in boxes if b not in grouped and abs(b[0] - xs[0]) <= snap and abs(b[2] - xs[-1]) <= snap
                 and any(abs(b[1] - y) <= snap or abs(b[3] - y) <= snap for y in ys)]
        spanning_rows = [(b[1], b[3]) for b in bands]
        if bands:
            ys = _snap(ys + [y for b in bands for y in (b[1], b[3])], snap)
        ys.reverse()
        head = _header_above(_words([s for s in spans if s.x1 > xs[0] and s.x0 < xs[-1]]), ys, xs[1:-1], xs[0], xs[-1])
        if head is not None:  # header cells drawn without a box of their own
            ys.insert(0, head)
        grid = _grid(xs, ys, None, fills, page, snap)
        if grid is not None:
            grid.spanning = {k for k, (top, bottom) in enumerate(grid.bands)
                             if any(abs(bottom - b0) <= snap and abs(top - b1) <= snap for b0, b1 in spanning_rows)}
            out.append(grid)
    return out


def _ruled_grid(h: list[Rule], v: list[Rule], fills, page: int, snap: float) -> Grid | None:
    ys = _snap([(r.y0 + r.y1) / 2 for r in h], snap)
    xs = _snap([(r.x0 + r.x1) / 2 for r in v], snap)
    if len(ys) < 2 or len(xs) < 3:
        return None  # one column: a bordered box or card (a browser draws a border as four thin shapes), not a table
    ys.reverse()
    grid = _grid(xs, ys, v, fills, page, snap)
    if grid is not None:
        _merged_down(grid, h, snap)
    return grid


def _merged_down(grid: Grid, h: list[Rule], snap: float) -> None:
    """Marks the cells with no rule along their top edge: the lower part of a cell merged down
    from the row above (a review's name beside its recommendations)."""
    for r in range(1, len(grid.rows)):
        if r in grid.spanning or r - 1 in grid.spanning:
            continue
        top = grid.bands[r][0]
        edge = [(x.x0, x.x1) for x in h if abs((x.y0 + x.y1) / 2 - top) <= snap]
        for k, (a, b, _) in enumerate(grid.rows[r]):
            mid = (a + b) / 2
            if not any(x0 - snap <= mid <= x1 + snap for x0, x1 in edge):
                grid.merged.add((r, k))


#: a horizontal rule shorter than this share of its table's width may belong to a table nested in a cell
NESTED_WIDTH = 0.6


def _nested_rules(h: list[Rule], v: list[Rule], snap: float) -> tuple[list[Rule], list[Rule], list[tuple[list[Rule], list[Rule]]]]:
    """The rules of a table, less those of tables nested in its cells (Word's action plans put a
    small "Action | Date | By whom" table in a cell): a nested table's rules are horizontals
    short of the table's width and the verticals that run from one of them to another, not to
    the table's own row borders. Returns (h, v, [(h, v) of each nested table])."""
    if len(h) < 4 or len(v) < 4:
        return h, v, []
    x0, x1 = min(r.x0 for r in h), max(r.x1 for r in h)
    # a row border drawn cell by cell is one line: the segments on one baseline, run together
    lines: dict[float, list[list[float]]] = {}
    for r in sorted(h, key=lambda r: r.x0):
        merged = lines.setdefault(_baseline(r), [])
        if merged and r.x0 <= merged[-1][1] + snap:
            merged[-1][1] = max(merged[-1][1], r.x1)
        else:
            merged.append([r.x0, r.x1])

    def line_length(r: Rule) -> float:
        return next((b - a for a, b in lines[_baseline(r)] if a <= r.x0 and r.x1 <= b), r.x1 - r.x0)

    short = [r for r in h if line_length(r) < NESTED_WIDTH * (x1 - x0)]
    if len(short) < 2:
        return h, v, []

    def lands(y: float, x: float) -> list[Rule]:
        return [r for r in short if abs((r.y0 + r.y1) / 2 - y) <= 2 * snap and r.x0 - snap <= x <= r.x1 + snap]

    inner_v = [r for r in v if lands(r.y1, (r.x0 + r.x1) / 2) and lands(r.y0, (r.x0 + r.x1) / 2)
               and _inside_a_band(r, h, short, snap)]
    nested: list[tuple[list[Rule], list[Rule]]] = []
    used_h: set[int] = set()
    used_v: set[int] = set()
    for r in inner_v:
        if id(r) in used_v:
            continue
        # one nested table: the short rules its verticals run between, and the verticals on them
        box_h = [s for s in short if s.x0 - snap <= (r.x0 + r.x1) / 2 <= s.x1 + snap
                 and r.y0 - 2 * snap <= (s.y0 + s.y1) / 2 <= r.y1 + 2 * snap]
        bx0, bx1 = min(s.x0 for s in box_h), max(s.x1 for s in box_h)
        box_v = [o for o in inner_v if bx0 - snap <= (o.x0 + o.x1) / 2 <= bx1 + snap and o.y0 >= r.y0 - 2 * snap
                 and o.y1 <= r.y1 + 2 * snap]
        outer_x = [(o.x0 + o.x1) / 2 for o in v if o not in inner_v]
        held = [x for x in outer_x if bx0 + snap < x < bx1 - snap or abs(x - bx0) <= 1 or abs(x - bx1) <= 1]
        if len(box_h) >= 3 and len(box_v) >= 3 and not held \
                and any(x < bx0 for x in outer_x) and any(x > bx1 for x in outer_x):
            # a table of two rows and two columns at least (a bordered box is none), inside one
            # column: between two of the table's own column borders, none of which, in any row,
            # runs through it or along its edge
            nested.append((box_h, box_v))
            used_h.update(id(s) for s in box_h)
            used_v.update(id(o) for o in box_v)
    if not nested:
        return h, v, []
    return [r for r in h if id(r) not in used_h], [r for r in v if id(r) not in used_v], nested


#: two column borders this close are two boxes' own edges with a gutter between them
BOX_GUTTER = 6.0


def _separate_boxes(h: list[Rule], v: list[Rule], snap: float) -> bool:
    """Frames set side by side, each drawn with its own border (a designed panel's "What we
    found / What we did" boxes), not a table: every border is doubled by a neighbour's a gutter
    away, and the boxes of one column end where those of the next do not (a table's cells, even
    drawn apart with border spacing, share their rows)."""
    xs = sorted({round((r.x0 + r.x1) / 2, 1) for r in v})
    doubled = any(snap < b - a <= BOX_GUTTER for a, b in zip(xs, xs[1:]))
    width = max(r.x1 for r in h) - min(r.x0 for r in h) if h else 0.0
    if not doubled or any(r.x1 - r.x0 >= NESTED_WIDTH * width for r in h):
        return False  # a border across most of the width is a table's row
    columns: dict[tuple[int, int], set[float]] = {}
    for r in h:
        columns.setdefault((round(r.x0 / 4), round(r.x1 / 4)), set()).add((r.y0 + r.y1) / 2)
    if len(columns) < 2:
        return False
    ys = list(columns.values())
    return any(not any(abs(y - z) <= snap for z in other) for k, own in enumerate(ys) for y in own
               for other in ys[:k] + ys[k + 1:])


def _baseline(r: Rule) -> float:
    return round((r.y0 + r.y1) / 2 * 2) / 2


def _inside_a_band(r: Rule, h: list[Rule], short: list[Rule], snap: float) -> bool:
    """A vertical whose ends meet short rules inside a row of the table, not its long row borders."""
    longs = sorted((o.y0 + o.y1) / 2 for o in h if o not in short)
    return not any(r.y0 + 2 * snap < y < r.y1 - 2 * snap for y in longs)


def _grid(xs: list[float], ys: list[float], v: list[Rule] | None, fills, page: int, snap: float) -> Grid | None:
    """A grid of column borders xs and row borders ys (top to bottom); with v, each row is cut
    by the vertical rules that cross it, else by xs."""
    grid = Grid(xs=xs, ys=ys, top=ys[0], x0=xs[0], x1=xs[-1], page=page)
    bands = [(top, bottom) for top, bottom in zip(ys, ys[1:]) if top - bottom >= 3]
    # the column borders crossing each row's middle; mids ascend for bisect
    mids = [(top + bottom) / 2 for top, bottom in reversed(bands)]
    crossing: list[list[float]] = [[] for _ in bands]
    last = len(bands) - 1
    for r in v or ():
        centre = (r.x0 + r.x1) / 2
        for k in range(bisect_left(mids, r.y0 - snap), bisect_right(mids, r.y1 + snap)):
            crossing[last - k].append(centre)
    for (top, bottom), centres in zip(bands, crossing):
        seps = _snap(centres, snap) if v else xs
        if len(seps) < 2:
            seps = [xs[0], xs[-1]]
        grid.rows.append([(a, b_, []) for a, b_ in zip(seps, seps[1:])])
        grid.bands.append((top, bottom))
        grid.neg_bottoms.append(-bottom)
    if not grid.rows:
        return None
    _shade_cells(grid, fills, snap)
    if len(ys) >= 3:
        top, bottom = ys[0], ys[1]
        grid.header_fill = any(f[1] <= bottom + snap and f[3] >= top - snap and f[3] - f[1] < (top - bottom) + 3
                               for f in fills if f[0] < grid.x1 and f[2] > grid.x0)
    return grid


def _row_ruled(lone: list[Rule], fills, spans: list[Span], page: int, cfg: PdfSettings) -> list[Grid]:
    """Tables ruled only under each row, as designed reports set them (a `border-bottom` per
    cell): two or more rules of one width stacked close, the first row above the first rule,
    and columns where a white strip runs down every row.
    """
    snap = cfg.snap
    # a browser draws a row's rule cell by cell: join the pieces along one line. A shaded
    # row (a header row whose cells are painted one by one) is a piece too, at its foot,
    # carrying its top: beside a real rule of the table's width it is the table's first row
    pieces = sorted([((r.y0 + r.y1) / 2, r.x0, r.x1, 0.0) for r in lone] +
                    [(y0, x0, x1, y1) for x0, y0, x1, y1, _ in fills if y1 - y0 <= SHADED_ROW])
    lines: list[list[float]] = []
    for y, x0, x1, band in pieces:
        for ln in lines:
            if abs(ln[0] - y) <= 1.0 and x0 <= ln[2] + snap and x1 >= ln[1] - snap and (ln[3] > 0) == (band > 0):
                ln[1], ln[2], ln[3] = min(ln[1], x0), max(ln[2], x1), max(ln[3], band)
                break
        else:
            lines.append([y, x0, x1, band])
    by_width: dict[tuple[int, int], list[list[float]]] = {}
    for ln in sorted(lines, key=lambda ln: ln[3] > 0):  # real rules first: a shaded row only joins them
        key = (round(ln[1] / 4), round(ln[2] / 4))
        if ln[3] and key not in by_width:
            continue
        # a rule through a line of text is a leader or an underline, not a border between rows
        if ln[2] - ln[1] >= 60 and not any(s.x1 > ln[1] and s.x0 < ln[2] and s.base - 0.1 * s.size < ln[0] < s.base + 0.6 * s.size
                                           for s in spans):
            by_width.setdefault(key, []).append(ln)
    grids = []
    for same in by_width.values():
        same.sort(key=lambda ln: -ln[0])
        run = [same[0]]
        for ln in same[1:] + [None]:
            if ln is not None and run[-1][0] - ln[0] <= cfg.max_row and not ln[3] \
                    and not _card_between(fills, run[-1], ln):  # a shaded row starts a table
                run.append(ln)
                continue
            # a rule above the table of the same width (under a running header, a heading)
            # makes a first "row" of prose, in which no columns are found: start lower
            grid = None
            for start in range(len(run) - 1):
                grid = _rows_table(run[start:], fills, spans, page, cfg)
                if grid is False:
                    break  # a list of items: no table starts lower down either
                if grid is not None:
                    grids.append(grid)
                    break
            # a rule over a heading below the table makes a last "row" of prose (a key to its
            # colours) in which no columns are found: end higher, the longest table first
            if grid is None and len(run) <= MAX_TRIMMED_RUN:
                grid = next((g for end in range(len(run) - 1, 1, -1) for start in range(end - 1)
                             if (g := _rows_table(run[start:end], fills, spans, page, cfg)) is not None), None)
                if grid:
                    grids.append(grid)
            if ln is not None:
                run = [ln]
    return grids


def _card_between(fills, upper: list[float], lower: list[float]) -> bool:
    """A shaded band as wide as the rules between two of them, set apart from the upper one: the
    title band of the next card, whose rows are another table (a review's band flush under the
    row above is a row of this one)."""
    return any(lower[0] < fy0 and fy1 < upper[0] - 2.0 and fx0 <= upper[1] + 4 and fx1 >= upper[2] - 4
               for fx0, fy0, fx1, fy1, _ in fills if fy1 - fy0 <= SHADED_ROW)


#: the tallest shaded row whose foot may stand for a rule under it (points)
SHADED_ROW = 30.0
#: the most rules in a run whose every shorter stretch is tried for a table (a few calls each)
MAX_TRIMMED_RUN = 12


def _rows_table(run: list[list[float]], fills, spans: list[Span], page: int, cfg: PdfSettings) -> Grid | None | bool:
    """The table the rules of run divide into rows, or None (a later start may find one), or
    False when the rows are a list's items (_stacked_items)."""
    if any(ln[3] for ln in run[1:]):
        return None  # a shaded row below a rule: a table's first row only
    x0, x1 = min(ln[1] for ln in run), max(ln[2] for ln in run)
    first = run[0][0]
    near = _words([s for s in spans if s.x1 > x0 and s.x0 < x1])
    # the first row sits above the first rule: a shaded row's band, or else lines stepping up
    # from the rule, a line apart, and none reaching out of the table (a heading over two
    # columns is no row of one)
    top, edge = first, first
    if run[0][3]:
        top = run[0][3] - 1.0
    else:
        for a, b, base, size in sorted((w for w in near if w[2] > first), key=lambda w: w[2]):
            if base - 0.3 * size > edge + 1.6 * size or a < x0 - 2 or b > x1 + 2:
                break
            edge = max(edge, base)
            top = max(top, base + size)
    if top == first:
        return None
    ys = [top + 1.0] + [ln[0] for ln in run]
    words = [w for w in near if ys[-1] < w[2] + 0.3 * w[3] < ys[0] and x0 - 2 <= w[0] and w[1] <= x1 + 2]
    if not words:
        return None
    # a heading underlined across the table's width, above it or below it, is no row of it
    sizes = sorted(w[3] for w in words)
    usual = sizes[len(sizes) // 2]

    def heading(k: int) -> bool:
        # a row of larger type only: a number set large beside its row's text is no heading
        row = [w for w in words if ys[k + 1] < w[2] < ys[k]]
        big = sum(1 for w in row if w[3] > 1.2 * usual)
        return big > 0 and 2 * big >= len(row)

    if heading(0):
        return None
    while len(ys) > 2 and heading(len(ys) - 2):
        ys.pop()
    if len(ys) < 3 and not any(ys[1] < w[2] < ys[0] for w in words):
        return None
    words = [w for w in words if w[2] > ys[-1]]
    strips = _white_columns(words, x0, cfg.min_column_gap)
    unbanded = _outside_bands(words, fills, x0, x1, ys)
    if len(unbanded) < len(words):
        # a shaded band across the table ("Child F · published July 2016 · 5 recommendations") is
        # a row of one cell: its words run over the strips between the other rows' columns
        wider = _white_columns(unbanded, x0, cfg.min_column_gap)
        if len(wider) > len(strips):
            strips = wider
        else:
            unbanded = words
    seps = _joined_columns(words, ys, [(lo + hi) / 2 for lo, hi in strips])
    if not seps:
        return None
    if _stacked_items(spans, ys, [x0, *seps, x1]):
        return False
    head = _header_above(near, ys, seps, x0, x1, {(lo + hi) / 2: (lo, hi) for lo, hi in strips})
    if head is not None:
        ys.insert(0, head)
    grid = _grid([x0, *seps, x1], ys, None, fills, page, cfg.snap)
    if grid is not None and len(unbanded) < len(words):
        banded = [w for w in words if w not in set(unbanded)]
        grid.spanning = {k for k, (top, bottom) in enumerate(grid.bands)
                         if any(bottom <= w[2] <= top for w in banded)}
    return grid


#: a cell set in this many type styles (size, weight) is a stack of labelled lines, not a cell
STACKED_STYLES = 3


def _stacked_items(spans: list[Span], ys: list[float], xs: list[float]) -> bool:
    """Whether the rows under the rules are items of a list rather than a table's rows: in every
    row one column stacks lines in three or more type styles (a bold number, a bold title, a
    lead in small type, a note) beside a tag ("Completed"). A table's cell keeps one style, or
    two (a bold name over its text); such an item read as one cell loses the fields its styles
    set apart, which its lines read as text keep."""
    styles: dict[tuple[int, int], set[tuple[float, bool]]] = {}
    for s in spans:
        if not (xs[0] - 2 <= s.x0 and s.x1 <= xs[-1] + 2 and ys[-1] < s.base < ys[0]) or not s.text.strip():
            continue
        row = next(k for k, bottom in enumerate(ys[1:]) if s.base > bottom)
        col = bisect_left(xs, (s.x0 + s.x1) / 2, 1, len(xs) - 1) - 1
        styles.setdefault((row, col), set()).add((round(s.size * 2) / 2, s.bold))
    rows = {row for row, _ in styles}  # a row left empty (the rule under a page's last item) says nothing
    return len(rows) >= 2 and all(any(len(styles.get((row, col), ())) >= STACKED_STYLES for col in range(len(xs) - 1))
                                  for row in rows)


def _header_above(near, ys: list[float], seps: list[float], x0: float, x1: float,
                  strips: dict[float, tuple[float, float]] | None = None) -> float | None:
    """The top of a header row set above the first ruled row without a rule of its own: the
    next line up, no further than a row's height, inside the table, in two or more of its
    columns and across none of their borders (a caption or a heading above is not). A header
    word that starts inside the white strip of a border (set flush left over figures set
    flush right) moves that border left of it; seps is changed in place then."""
    def across(a: float, b: float) -> bool:
        for i, x in enumerate(seps):
            if a < x < b:
                lo, hi = (strips or {}).get(x, (x, x))
                if not (lo < a - 1 and b <= hi + 1):
                    return True
                seps[i] = (lo + a) / 2
        return False

    pitch = sorted(a - b for a, b in zip(ys[1:], ys[2:]))
    if not pitch:
        return None
    row = pitch[len(pitch) // 2]
    above = sorted((w for w in near if w[2] > ys[0]), key=lambda w: w[2])
    if not above or above[0][2] - ys[0] > row:
        return None
    taken: list[tuple[float, float, float, float]] = []
    edge = above[0][2]
    for w in above:  # the header's lines, a line apart, from the lowest up
        a, b, base, size = w
        if base - 0.3 * size > edge + 1.6 * size:
            break
        if a < x0 - 2 or b > x1 + 2 or across(a, b):
            if base - edge <= 0.2 * size:
                return None  # the lowest line itself runs across the columns: prose, not a header
            break
        taken.append(w)
        edge = max(edge, base)
    if len({bisect_left(seps, (a + b) / 2) for a, b, _, _ in taken}) < 2:
        return None
    return max(w[2] + w[3] for w in taken) + 1.0


def _words(spans: list[Span]) -> list[tuple[float, float, float, float]]:
    """(x0, x1, base, size) of the phrases of some spans: spans painted one after another on one
    baseline, no more than a word space apart (a browser prints a glyph per text object)."""
    out: list[list[float]] = []
    for s in spans:
        if out:
            x0, x1, base, size = out[-1]
            if abs(s.base - base) <= 0.2 * size and x1 - 0.5 * size <= s.x0 <= x1 + 0.6 * size:
                out[-1][1] = max(x1, s.x1)
                continue
        out.append([s.x0, s.x1, s.base, s.size])
    return [(x0, x1, base, size) for x0, x1, base, size in out]


def _white_columns(words: list[tuple[float, float, float, float]], x0: float,
                   min_gap: float) -> list[tuple[float, float]]:
    """The white strips (left, right) at least min_gap wide that run down all the words, left to right."""
    if len(words) < 4:
        return []
    out = []
    right = x0
    for a, b, _, _ in sorted(words):
        if a - right >= min_gap and right > x0:
            out.append((right, a))
        right = max(right, b)
    return out


def _outside_bands(words: list[tuple[float, float, float, float]], fills, x0: float, x1: float,
                   ys: list[float]) -> list:
    """The words not set on a shaded band as wide as the table (x0..x1) and a row high, flush
    under a row of the table (a card's title band, a margin below the card above, is not)."""
    bands = [(fy0, fy1) for fx0, fy0, fx1, fy1, _ in fills
             if fy1 - fy0 <= SHADED_ROW and fx0 <= x0 + 4 and fx1 >= x1 - 4
             and any(abs(fy1 - y) <= 2.0 for y in ys)]
    if not bands:
        return words
    return [w for w in words if not any(fy0 <= w[2] <= fy1 for fy0, fy1 in bands)]


def _joined_columns(words: list[tuple[float, float, float, float]], ys: list[float], seps: list[float]) -> list[float]:
    """Separators left after joining neighbouring columns that no row fills both of: a header set
    flush left over figures set flush right is one column, not two."""
    seps = list(seps)
    while seps:
        filled = [set() for _ in ys[1:]]
        for a, b, base, _ in words:
            row = next((k for k, bottom in enumerate(ys[1:]) if base > bottom), None)
            if row is not None:
                filled[row].add(bisect_left(seps, (a + b) / 2))
        lonely = [i for i in range(len(seps)) if not any(i in f and i + 1 in f for f in filled)]
        if not lonely:
            break
        del seps[lonely[0]]
    return seps


#: a coloured dot this small or smaller (points), set inside a cell, rates the cell as its shading would
CELL_DOT = 16.0


def _shade_cells(grid: Grid, fills, snap: float) -> None:
    """Records the RAG colour of each cell whose middle a coloured fill covers, or that holds a
    coloured dot ("1 ●" in the number column of a tracker)."""
    dots = []
    for x0, y0, x1, y1, colour in fills:
        if colour is None or x1 < grid.x0 or x0 > grid.x1:
            continue
        if max(x1 - x0, y1 - y0) <= CELL_DOT:
            dots.append(((x0 + x1) / 2, (y0 + y1) / 2, colour))
        for r, ((top, bottom), row) in enumerate(zip(grid.bands, grid.rows)):
            mid_y = (top + bottom) / 2
            if not y0 - snap <= mid_y <= y1 + snap:
                continue
            for k, (a, b, _) in enumerate(row):
                if x0 - snap <= (a + b) / 2 <= x1 + snap and x1 - x0 <= (b - a) + 2 * snap + 6:
                    grid.fills[(r, k)] = colour
    for cx, cy, colour in dots:
        for r, ((top, bottom), row) in enumerate(zip(grid.bands, grid.rows)):
            if bottom <= cy <= top:
                for k, (a, b, _) in enumerate(row):
                    if a <= cx <= b:
                        grid.fills.setdefault((r, k), colour)


def _cell_at(grid: Grid, cx: float, cy: float) -> tuple[int | None, int]:
    """(row, cell) of the grid at a point. A cell merged down over the rows below it (a review's
    name beside its recommendations) belongs to its first row: a point in a row with no cell
    there is in the nearest row above that has one. A point in no cell is the row's last cell."""
    # rows run top to bottom and do not overlap: the only candidate is the first
    # row whose bottom is at or below cy
    k = bisect_left(grid.neg_bottoms, -cy)
    if k >= len(grid.bands) or cy > grid.bands[k][0]:
        return None, 0
    if k in grid.spanning:
        return k, 0  # a band across the table reads as one cell
    for r in range(k, -1, -1):
        if r in grid.spanning:
            break
        j = next((j for j, (a, b, _) in enumerate(grid.rows[r]) if a - 1 <= cx <= b + 1), None)
        if j is not None and (r, j) not in grid.merged:
            return r, j
    return k, len(grid.rows[k]) - 1


def place(grid: Grid, span: Span, cx: float, cy: float) -> None:
    r, k = _cell_at(grid, cx, cy)
    if r is not None:
        grid.rows[r][k][2].append(span)


#: a gap along a turned line wider than this share of the font size is a word space: turned
#: text comes a glyph at a time, boxed tight, without its spaces
TURNED_WORD_SPACE = 0.25


def turned_blocks(turned: list[Turned]) -> list[list[tuple[Span, Turned]]]:
    """Runs of text turned a quarter, turned back upright and gathered into blocks of lines
    (upward text reads bottom to top with its lines left to right, downward text the other
    way), so that they make lines as any text does: each block is its upright runs in
    reading order, each with the turned run it was."""
    upright = []
    for t in turned:
        # the text page's spaces after turned glyphs are unreliable: spaces come from the gaps
        text = t.text.strip()
        upright.append((Span(t.y0, t.y1, -t.x1, -t.x1 + t.size, t.size, False, text) if t.upward
                        else Span(-t.y1, -t.y0, t.x0, t.x0 + t.size, t.size, False, text), t))
    upright.sort(key=lambda u: (u[1].upward, -u[0].base))
    lines: list[list[tuple[Span, Turned]]] = []
    for u in upright:
        if lines and lines[-1][-1][1].upward == u[1].upward and abs(lines[-1][-1][0].base - u[0].base) <= 0.35 * u[0].size:
            lines[-1].append(u)
        else:
            lines.append([u])
    pieces: list[list[tuple[Span, Turned]]] = []
    for line in lines:  # a line of one base may run through several cells: cut it at wide gaps
        line.sort(key=lambda u: u[0].x0)
        pieces.append([line[0]])
        for (a, _), u in zip(line, line[1:]):
            b = u[0]
            if b.x0 - a.x1 > 1.5 * b.size:
                pieces.append([u])
                continue
            if b.x0 - a.x1 > TURNED_WORD_SPACE * b.size:
                a.text += " "
            pieces[-1].append(u)
    for piece in pieces:  # one base for the line: descenders ("g", "(") stand out of a turned line's edge
        base = sorted(s.base for s, _ in piece)[len(piece) // 2]
        for s, _ in piece:
            s.base, s.top = base, base + s.size
    blocks: list[list[tuple[Span, Turned]]] = []
    for line in sorted(pieces, key=lambda p: (p[0][1].upward, p[0][0].x0, -p[0][0].base)):
        x0, x1 = line[0][0].x0, max(s.x1 for s, _ in line)
        block = next((b for b in blocks if b[-1][1].upward == line[0][1].upward
                      and abs(b[-1][0].base - line[0][0].base) <= 1.8 * line[0][0].size
                      and min(s.x0 for s, _ in b) <= x1 and x0 <= max(s.x1 for s, _ in b)), None)
        if block is not None:
            block.extend(line)
        else:
            blocks.append(list(line))
    return blocks


def place_turned(grid: Grid, turned: list[Turned]) -> None:
    """Text turned a quarter inside the grid (rotated column heads, a review's name down a
    merged cell) read into its cell: each block of its lines (turned_blocks) goes whole to the
    cell under its middle, since a name down a merged cell may cross the rules of the rows
    beside it."""
    inside = [t for t in turned if grid.x0 - 1 <= (t.x0 + t.x1) / 2 <= grid.x1 + 1
              and grid.ys[-1] <= (t.y0 + t.y1) / 2 <= grid.ys[0]]
    blocks = turned_blocks(inside)
    for block in blocks:
        ts = [t for _, t in block]
        cx = (min(t.x0 for t in ts) + max(t.x1 for t in ts)) / 2
        cy = (min(t.y0 for t in ts) + max(t.y1 for t in ts)) / 2
        r, k = _cell_at(grid, cx, cy)
        runs = [s for s, _ in block]
        text = _cell_text(runs, min(s.x0 for s in runs), max(s.x1 for s in runs), {}) if r is not None else ""
        if text:
            a, b, bucket = grid.rows[r][k]
            top = grid.bands[r][0] - 1
            bucket.append(Span(a, b, top - runs[0].size, top, runs[0].size, False, text))


# --- cells and rows ---------------------------------------------------------------------------------

def _cell_text(spans: list[Span], left: float, right: float, vocab) -> str:
    if not spans:
        return ""
    if len(spans) == 1:
        return span_text(spans[0])
    lines = group_lines(spans, 0)
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


def emit_grid(grid: Grid, number: int, cont: OpenTable | None, blocks: list[Block],
              vocab: set[str], header: list[tuple[float, float, str]] | None = None) -> OpenTable:
    """The grid's rows as blocks of table `number`: continuing `cont` from the page before, or
    under `header` (a header row drawn apart above it), or opening on its own header row."""
    for inner in grid.inner:
        _read_into_cell(grid, inner, vocab)
    rows = []
    for r, row in enumerate(grid.rows):
        cells = [(a, b, _cell_text(spans, a, b, vocab), spans, grid.fills.get((r, k)), (r, k) in grid.merged)
                 for k, (a, b, spans) in enumerate(row)]
        if any(c[2] for c in cells):
            rows.append(_under_merged(cells, grid.xs) if r not in grid.spanning else cells)
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
    elif header is not None:
        headers = header
    else:
        first = rows[0]
        spans = [s for c in first for s in c[3] if s.text.strip()]
        header_like = len(rows) >= 2 and (all(s.bold for s in spans) or grid.header_fill)
        headers = [(a, b, t) for a, b, t, *_ in first] if header_like else []
        if header_like:
            blocks.append(_row_block(first, headers, number, grid.page, True))
            start = 1
    for cells in rows[start:]:
        blocks.append(_row_block(cells, headers, number, grid.page, False))
    header_text = " | ".join(h[2] for h in headers)
    return OpenTable(number, grid.xs, headers, header_text)


def _under_merged(cells: list, xs: list[float]) -> list:
    """A row under a cell merged down from the row above (a review's name beside its
    recommendations) has no cell of its own in that column: an empty one stands in for it, as
    the HTML and DOCX readers give one, so that the row's cells line up with the header's."""
    if len(cells) >= len(xs) - 1:
        return cells
    out = list(cells)
    for xa, xb in zip(xs, xs[1:]):
        mid = (xa + xb) / 2
        if not any(a - 1 <= mid <= b + 1 for a, b, *_ in cells):
            out.append((xa, xb, "", [], None, True))
    return sorted(out, key=lambda c: c[0])


def _read_into_cell(grid: Grid, inner: Grid, vocab) -> None:
    """A table nested in a cell read into that cell as the DOCX reader reads one: its rows in
    order, each row's cells joined by "; " ("Action; Date; By whom The template was revised.;
    Sept 2016; Principal Social Worker"), so that no line of one cell runs into another's."""
    rows = ["; ".join(t for a, b, spans in row if (t := _cell_text(spans, a, b, vocab))) for row in inner.rows]
    text = " ".join(r for r in rows if r)
    if not text:
        return
    cx, cy = (inner.x0 + inner.x1) / 2, inner.ys[0] - 1
    size = next((s.size for row in inner.rows for _, _, spans in row for s in spans), 9.0)
    place(grid, Span(inner.x0, inner.x1, cy - size, cy, size, False, text), cx, cy - size / 2)


def recut_header(spans: list[Span], xs: list[float], vocab) -> list[tuple[float, float, str]]:
    """A header row's words read on the columns `xs` of the rows it names."""
    return [(a, b, _cell_text([s for s in spans if a <= (s.x0 + s.x1) / 2 < b], a, b, vocab))
            for a, b in zip(xs, xs[1:])]


def header_block(headers: list[tuple[float, float, str]], number: int, page: int) -> Block:
    return _row_block([(a, b, t, [], None, False) for a, b, t in headers], headers, number, page, True)


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
    if before[0] and cont[0] and len(before[0]) <= CODE_CELL_CHARS and len(cont[0]) <= CODE_CELL_CHARS \
            and cont[0] != before[0]:
        return False  # "3" under "2": a row of its own, numbered; a row's tail leaves its number out
    filled = [i for i, c in enumerate(cont) if c]
    if len(filled) == 1 and cont[filled[0]][:1].isupper() and len(before[filled[0]]) <= CODE_CELL_CHARS:
        return False  # a band across the table ("Siblings R - final report ...") under a row's code
    emptied = any(b and not c for b, c in zip(before, cont))
    return emptied and any(cont[i] for i in open_cells)


#: a cell this short is a number or code ("CH-7"): its text never runs on to the next page
CODE_CELL_CHARS = 8


def _row_block(cells, headers, number: int, page: int, is_header: bool) -> Block:
    out = []
    for a, b, text, spans, fill, merged in cells:
        header = None
        if headers:
            mid = (a + b) / 2
            for ha, hb, ht in headers:
                if ha - 1 <= mid <= hb + 1:
                    header = ht or None
                    break
        out.append(Cell(header=header, text=text, fill=fill, merged=merged and not text,
                        ink=common_ink(spans) if text else None))
    return Block("table_row", " | ".join(c.text for c in out), page, cells=tuple(out),
                 table=number, is_header=is_header)
