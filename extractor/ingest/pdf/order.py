"""Reading order of a page: flows of text, ordered by a recursive XY cut arbitrated by the paint order.

Why this design. Mature readers order text in one of two ways. pdfium's text page and
`pdftotext -raw` keep the content stream's order, which is the author's order for
nearly every producer (Word, LibreOffice, InDesign stories, and browsers, which paint
in document order: one CSS column, one card, one box after another), but which breaks
on furniture painted out of turn (a float or a fixed header painted before or after
the text around it). poppler's TextOutputDev and pdfminer.six (LAParams: char_margin
joins characters into lines, line_margin lines into boxes, boxes_flow orders the boxes)
work from geometry alone, which suits any painter but must guess whether two blocks
side by side are columns or cells of one row. Neither library serves here: pdfminer.six
reads about 30 pages a second here, and poppler's reading order is not exposed to Python
without a GPL binding; pdfium exposes the stream order and positions but no layout.

So, by hand, two steps:
1. Flows (`flows`): runs painted one after another, each on the next line below the
   last and overlapping it sideways, are one flow: a paragraph, a column's worth of
   lines, the text of a card. The stream is what joins them, so two columns or two
   cards whose lines share baselines never mix, however narrow the gap between them.
2. Order (`order_boxes`): an XY cut over the flows (split the region at a full-width
   or full-height strip of white space, recurse). Geometry offers the candidate splits;
   the stream chooses: a split is taken when nothing after it was painted before
   something ahead of it. Two columns split at the gutter, not at every line; a grid of
   cards splits into rows, then cards; a number box splits from the box it labels. When
   no split agrees with the stream, the one that makes the reader jump back the fewest
   times wins, then the widest gap. A region no gap divides (text wrapped around a
   float, a heading reaching over the next column) is read flow by flow as painted.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(slots=True)
class Box:
    """A run, a flow or a table: its extent, its first position in the content stream, its baseline."""

    x0: float
    x1: float
    bottom: float
    top: float
    order: int
    base: float | None = None  # None for a table or a flow of several lines
    size: float = 0.0


def flows(runs: list[Box], max_step: float = 2.2) -> list[list[int]]:
    """Runs (in stream order) grouped into flows: each next run sits on the next line
    down, no more than `max_step` font sizes below, overlapping the line above sideways,
    in the same font size (a heading over its paragraph, or over a smaller heading, is a
    flow of its own)."""
    out: list[list[int]] = []
    line_x0 = line_x1 = line_base = line_size = 0.0
    for i, r in enumerate(runs):
        if out and r.base is not None:
            step = line_base - r.base
            size = max(r.size, line_size, 1.0)
            if abs(step) <= 0.2 * size and (r.x0 >= line_x1 - 0.5 * size or r.x1 > line_x0):
                out[-1].append(i)  # further along the same line, or a mark painted back inside it
                line_x0, line_x1 = min(line_x0, r.x0), max(line_x1, r.x1)
                continue
            if (0 < step <= max_step * size and r.x0 < line_x1 and r.x1 > line_x0
                    and abs(r.size - line_size) <= 0.3 + 0.05 * size):
                out[-1].append(i)
                line_x0, line_x1, line_base, line_size = r.x0, r.x1, r.base, r.size
                continue
        out.append([i])
        line_x0, line_x1, line_base, line_size = r.x0, r.x1, r.base or 0.0, r.size
    return out


def order_boxes(boxes: list[Box], min_gutter: float = 3.0, same_line: float = 2.0) -> list[tuple[list[int], bool]]:
    """Regions in reading order: (box indices, whether geometry and stream agree inside it).

    In an agreeing region the boxes were painted top to bottom and can be read as one;
    in the other kind, no white space divides them and geometry cannot order them, so
    they are to be read one box at a time in the order they were painted. `min_gutter` is the narrowest vertical white strip that can
    separate two regions side by side; `same_line` is how far apart two baselines may be
    and still be one line (boxes on one line are never split apart: tab stops, a label
    and its value).
    """
    out: list[tuple[list[int], bool]] = []
    stack = [list(range(len(boxes)))]
    while stack:
        ids = stack.pop()
        parts = _split(boxes, ids, min_gutter, same_line)
        if isinstance(parts, bool):
            out.append((ids, parts))
        else:
            stack.extend(reversed(parts))
    return out


def _split(boxes: list[Box], ids: list[int], min_gutter: float, same_line: float) -> list[list[int]] | bool:
    """The parts of a region in reading order, or whether the region, left whole, agrees with the stream."""
    if len(ids) < 2:
        return True
    by_top = sorted(ids, key=lambda i: (-boxes[i].top, boxes[i].x0))
    orders = [boxes[i].order for i in by_top]
    h_gaps = _h_gaps(boxes, by_top)
    if len(h_gaps) == len(ids) - 1 and all(a < b for a, b in zip(orders, orders[1:])):
        return True  # stacked and painted top to bottom: read as one region
    horizontal = _cuts(boxes, by_top, h_gaps)
    vertical: list[tuple[int, int, float]] = []
    by_x = by_top
    bases = [boxes[i].base for i in ids]
    if None in bases or max(bases) - min(bases) > same_line:  # type: ignore[type-var]
        by_x = sorted(ids, key=lambda i: (boxes[i].x0, -boxes[i].top))
        vertical = [c for c in _cuts(boxes, by_x, _v_gaps(boxes, by_x, min_gutter))
                    if not _beside_one(boxes, by_x[:c[0]], by_x[c[0]:])]
    for seq, cuts in ((by_top, horizontal), (by_x, vertical)):
        agreeing = [k for k, jumps, _ in cuts if jumps == 0]
        if agreeing:
            return _pieces(seq, agreeing)
    candidates = [(jumps, -gap, 0, k) for k, jumps, gap in horizontal] + \
                 [(jumps, -gap, 1, k) for k, jumps, gap in vertical]
    if not candidates:
        return False
    _, _, direction, k = min(candidates)
    seq = by_top if direction == 0 else by_x
    return [seq[:k], seq[k:]]


#: a box at most this many times as wide as it is tall is a badge (a number in a circle) ...
BADGE_ASPECT = 1.5
#: ... and may stand this share of its height above or below the box it numbers (a number
#: set larger than the label beside it, its top a point above the label's)
BADGE_SLACK = 0.25


def _beside_one(boxes: list[Box], left: list[int], right: list[int]) -> bool:
    """A side that is one badge (a number in a circle: one line, no wider than it is tall) set within the
    height of a single box of the other side, the recommendation it numbers: no column of its
    own, but part of that row, which white space above and below may still set apart from the
    rest (a call-out under the row before, painted after it, is not read after the badge)."""
    for one, other in ((left, right), (right, left)):
        if len(one) == 1:
            b = boxes[one[0]]
            slack = BADGE_SLACK * (b.top - b.bottom)
            if b.base is not None and b.x1 - b.x0 <= BADGE_ASPECT * (b.top - b.bottom) and any(
                    boxes[i].bottom - slack <= b.bottom and b.top <= boxes[i].top + slack for i in other):
                return True
    return False


def _pieces(seq: list[int], cuts: list[int]) -> list[list[int]]:
    edges = [0, *cuts, len(seq)]
    return [seq[a:b] for a, b in zip(edges, edges[1:])]


def _h_gaps(boxes: list[Box], seq: list[int]) -> list[tuple[int, float]]:
    """(k, gap): a full-width white strip lies between seq[:k] and seq[k:] (sorted by top)."""
    gaps = []
    low = boxes[seq[0]].bottom
    for k in range(1, len(seq)):
        b = boxes[seq[k]]
        if b.top < low:
            gaps.append((k, low - b.top))
        low = min(low, b.bottom)
    return gaps


def _v_gaps(boxes: list[Box], seq: list[int], min_gutter: float) -> list[tuple[int, float]]:
    """(k, gap): a full-height white strip lies between seq[:k] and seq[k:] (sorted by left edge)."""
    gaps = []
    right = boxes[seq[0]].x1
    for k in range(1, len(seq)):
        b = boxes[seq[k]]
        if b.x0 > right + min_gutter:
            gaps.append((k, b.x0 - right))
        right = max(right, b.x1)
    return gaps


def _cuts(boxes: list[Box], seq: list[int], gaps: list[tuple[int, float]]) -> list[tuple[int, int, float]]:
    """(k, jumps, gap) for each gap: how often a reader following the stream would jump
    back from the far side of the cut (seq[k:]) to the near side (seq[:k])."""
    if not gaps:
        return []
    place = {i: p for p, i in enumerate(seq)}
    stream = sorted(seq, key=lambda i: boxes[i].order)
    # a step of the stream from place pu back to place pv < pu crosses every cut k with pv < k <= pu
    diff = [0] * (len(seq) + 1)
    for u, v in zip(stream, stream[1:]):
        pu, pv = place[u], place[v]
        if pv < pu:
            diff[pv + 1] += 1
            diff[pu + 1] -= 1
    jumps, running = [0] * (len(seq) + 1), 0
    for k in range(len(seq) + 1):
        running += diff[k]
        jumps[k] = running
    return [(k, jumps[k], gap) for k, gap in gaps]
