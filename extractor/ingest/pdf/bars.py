"""Segmented progress bars: a row of small equal boxes, some filled, that rates progress by
how many are lit ("▮▮▮▯▯" for three of five). The HTML reader reads such a bar from its
elements' classes; a PDF keeps only the shapes, so they are read here, as the same words
("60% complete"), a chip the page places as it places a colour chip, which the linker reads
as any written share."""
from __future__ import annotations

import colorsys
from statistics import median

from ..layout import rag_colour
from .objects import Mark, Span
from .settings import PdfSettings


#: a bar has this many segments at least, and at most (as the HTML reader's SEGMENTS)
SEGMENTS = (3, 12)
#: a segment's width over its height: square, or a little wider (a bar of short dashes)
SEGMENT_SHAPE = (0.6, 3.5)
#: boxes of one bar agree in size within this share, and their pitch within this share
SAME_SIZE, SAME_PITCH = 0.15, 0.25
#: a fill paler than this (value) and greyer than this (saturation) is an empty segment
PALE_VALUE, PALE_SATURATION = 0.85, 0.2
#: two fills this close in every channel are one colour
SAME_COLOUR = 24


def is_lit(fill: tuple[int, int, int] | None) -> bool:
    """Whether a segment is filled in: white, pale greys and faint tints are empty."""
    if fill is None:
        return False
    _, s, v = colorsys.rgb_to_hsv(*(c / 255 for c in fill))
    return not (v >= PALE_VALUE and s <= PALE_SATURATION)


def segment_bars(marks: list[Mark], spans: list[Span], cfg: PdfSettings) -> tuple[list[Span], list[Mark]]:
    """Each segmented bar as the words it says, a status chip (Span.chip) set where it stands,
    and the marks of every bar-shaped row (no chip or tile of their own, read or not).

    Its lit segments share one colour: a row of dots in red, amber and green is a traffic
    light, not a bar. A bar with words straight after it on its line is a key's sample
    ("▮▮▮▯▯ 1-4 = in progress": its words say what it means) and says nothing. Where the
    chip of a bar outside a table goes, or whether it too marks the words after it, is
    decided as for the colour chips (page.py); one inside a table is read in its cell."""
    said: list[Span] = []
    used: list[Mark] = []
    bars = [bar for row in _rows(_slots(marks, cfg)) for bar in _runs_of_equal_boxes(row)]
    # a row of grey lamps with one lit in its rating colour is a traffic light: bars fill from
    # the left in one colour, so one lamp lit further along, or lamps lit in different rating
    # colours on one page, say a colour, not a share
    lone = {rag_colour(*lamp[0]) for bar in bars if len(lamp := [f for _, f, _ in bar if is_lit(f)]) == 1}
    lights = len(lone - {None}) >= 2
    for bar in bars:
        lit = [fill for _, fill, _ in bar if is_lit(fill)]
        if any(max(abs(a - b) for a, b in zip(fill, lit[0])) > SAME_COLOUR for fill in lit):
            continue
        first = next((k for k, (_, fill, _) in enumerate(bar) if is_lit(fill)), None)
        lamp = rag_colour(*lit[0]) if len(lit) == 1 and (lights or first) else None
        used += [m for _, _, ms in bar for m in ms]
        x0, x1 = bar[0][0].x0, bar[-1][0].x1
        y0, y1 = min(s[0].y0 for s in bar), max(s[0].y1 for s in bar)
        height = y1 - y0
        if any(s.base - 0.3 * s.size <= (y0 + y1) / 2 <= s.base + s.size and x1 - 1 <= s.x0 <= x1 + 3 * height
               and any(ch.isalnum() for ch in s.text) for s in spans):
            continue
        share = round(100 * len(lit) / len(bar))
        said.append(Span(x0, x1, y0, y1, height, False, lamp.capitalize() if lamp else f"{share}% complete", True))
    return said, used


def not_segments(fills, used: list[Mark]) -> list:
    """The filled shapes (objects.collect's fills) that are no segment of a bar read."""
    boxes = {(round(m.x0, 1), round(m.y0, 1), round(m.x1, 1), round(m.y1, 1)) for m in used}
    return [f for f in fills if (round(f[0], 1), round(f[1], 1), round(f[2], 1), round(f[3], 1)) not in boxes]


def _slots(marks: list[Mark], cfg: PdfSettings) -> list[tuple[Mark, tuple[int, int, int] | None, list[Mark]]]:
    """Marks drawn at one place (a fill and its outline, in either order) as one slot: its
    box (the smallest), its fill (the last drawn there) and its marks."""
    out: list[tuple[Mark, tuple[int, int, int] | None, list[Mark]]] = []
    for m in marks:
        if max(m.x1 - m.x0, m.y1 - m.y0) > cfg.segment_size:
            continue
        cx, cy = (m.x0 + m.x1) / 2, (m.y0 + m.y1) / 2
        for k, (box, fill, ms) in enumerate(out):
            if abs((box.x0 + box.x1) / 2 - cx) <= 1.5 and abs((box.y0 + box.y1) / 2 - cy) <= 1.5:
                smaller = m if (m.x1 - m.x0) < (box.x1 - box.x0) else box
                out[k] = (smaller, m.fill if m.fill is not None else fill, ms + [m])
                break
        else:
            out.append((m, m.fill, [m]))
    return out


def _rows(slots):
    """Slots whose centres share a line, left to right."""
    rows: list[list] = []
    for slot in sorted(slots, key=lambda s: ((s[0].y0 + s[0].y1) / 2, s[0].x0)):
        cy = (slot[0].y0 + slot[0].y1) / 2
        if rows and abs((rows[-1][0][0].y0 + rows[-1][0][0].y1) / 2 - cy) <= 1.5:
            rows[-1].append(slot)
        else:
            rows.append([slot])
    return [sorted(r, key=lambda s: s[0].x0) for r in rows]


def _runs_of_equal_boxes(row):
    """The bars in a row of slots: runs of SEGMENTS boxes of one size and SEGMENT_SHAPE, set at
    one pitch with gaps no wider than a box."""
    out = []
    run: list = []

    def close():
        if SEGMENTS[0] <= len(run) <= SEGMENTS[1]:
            pitches = [b[0].x0 - a[0].x0 for a, b in zip(run, run[1:])]
            mid = median(pitches)
            if all(abs(p - mid) <= SAME_PITCH * mid for p in pitches):
                out.append(list(run))

    for slot in row:
        box = slot[0]
        w, h = box.x1 - box.x0, box.y1 - box.y0
        if not (h > 0 and SEGMENT_SHAPE[0] <= w / h <= SEGMENT_SHAPE[1]):
            close()
            run = []
            continue
        if run:
            last = run[-1][0]
            lw = last.x1 - last.x0
            if abs(w - lw) > SAME_SIZE * lw or not (0 <= box.x0 - last.x1 <= lw):
                close()
                run = []
        run.append(slot)
    close()
    return out
