"""One page in reading order: spans joined into runs along the stream, runs into flows, flows ordered (order.py)."""
from __future__ import annotations

import re

from ...lexicon import is_status_chip, rating_colours, states_status
from ...ratings import rated_box_text
from .lines import chosen_option, common_ink, group_lines, joined, key_beside, words_bold
from .objects import Span, Turned
from .order import Box, flows, order_boxes
from .settings import PdfSettings
from .tables import Grid, place, turned_blocks


def _runs(spans: list[tuple[int, Span]], run_gap: float) -> list[tuple[int, Span]]:
    """Joins spans painted one after another along one baseline into runs (first index, run).

    Browsers print a glyph or a word per text object; the stream says which glyphs
    belong together, so a run never joins text of two columns or two boxes that share
    a baseline (they are painted apart), however narrow the gap between them.
    """
    out: list[tuple[int, Span]] = []
    group: list[Span] = []
    first = 0
    for i, s in spans:
        if group:
            last = group[-1]
            size = max(s.size, last.size, 1.0)
            if ((abs(s.base - last.base) <= 0.2 * size or _raised(s, last) or _raised(last, s))
                    and last.x1 - 0.5 * size <= s.x0 <= last.x1 + run_gap * size and s.x0 >= group[0].x0
                    and not key_beside(group, s)):  # a key and its value a column apart are two items
                group.append(s)
                continue
            out.append((first, _run(group)))
        group, first = [s], i
    if group:
        out.append((first, _run(group)))
    return out


#: a list marker painted on its own ("1.", "b)", "•"): WeasyPrint draws markers apart from their items
_MARKER = re.compile(r"^\s*(?:\(?\d{1,2}[.)]|\(?[a-z][.)]|[\u2022\u00b7\u25aa\u25a0\u2013-])\s*$")


def _hang_markers(runs: list[tuple[int, Span]]) -> list[tuple[int, Span]]:
    """Each list marker joined to the item it hangs before: the run just right of it on its
    baseline. A marker painted apart (WeasyPrint paints them after the items, and in columns)
    would otherwise be read as a column of its own, after the list."""
    markers = [k for k, (_, s) in enumerate(runs) if _MARKER.match(s.text)]
    if not markers:
        return runs
    joined_to: dict[int, int] = {}
    for k in markers:
        m = runs[k][1]
        size = max(m.size, 1.0)
        right = [j for j, (_, s) in enumerate(runs) if j != k and j not in joined_to.values()
                 and abs(s.base - m.base) <= 0.2 * size and 0 <= s.x0 - m.x1 <= 3 * size
                 and not _MARKER.match(s.text)]
        if right:
            joined_to[k] = min(right, key=lambda j: runs[j][1].x0)
    if not joined_to:
        return runs
    out = []
    items = {j: k for k, j in joined_to.items()}
    for j, (order, s) in enumerate(runs):
        if j in joined_to:
            continue
        if j in items:
            m = runs[items[j]][1]
            s = Span(m.x0, s.x1, s.base, max(m.top, s.top), s.size, s.bold, f"{m.text.strip()} {s.text}", s.chip, ink=common_ink([m, s]))
            order = min(order, runs[items[j]][0])
        out.append((order, s))
    return out


def _raised(small: Span, big: Span) -> bool:
    """A superscript or subscript (a footnote mark) set on the line of a larger span."""
    return small.size <= 0.9 * big.size and -0.3 * big.size <= small.base - big.base <= 0.6 * big.size


def _run(group: list[Span]) -> Span:
    if len(group) == 1:
        return group[0]
    sizes: dict[float, int] = {}
    for s in group:
        sizes[s.size] = sizes.get(s.size, 0) + len(s.text)
    size = max(sizes, key=sizes.__getitem__)
    base = next(s.base for s in group if s.size == size)  # a footnote mark does not move the line
    if len(sizes) == 2:
        group = _small_caps(group)
    # glyphs joined into one run here lose their weights: a row of options is read before they are
    # (group_lines reads the rows whose options come as runs of their own)
    options = chosen_option(sorted(group, key=lambda s: s.x0))
    return Span(group[0].x0, max(s.x1 for s in group), base, max(s.top for s in group), size,
                False if options else words_bold(group), options or joined(group), ink=common_ink(group))


#: synthesised small capitals are capitals scaled to this share of the font size
SMALL_CAPS_SHARE = (0.65, 0.88)
#: glyphs of two sizes this close (share of the font size) are letters of one word ("F" + "AMILY")
SMALL_CAPS_JOIN = 0.15
#: a capital straight after a lower-case letter inside a word ("messAge")
_CASE_FLIP = re.compile(r"[a-z][A-Z]")


def _small_caps(group: list[Span]) -> list[Span]:
    """The run's letters in their own case when it is set in synthesised small capitals.

    A printer that fakes small caps (WeasyPrint, for a font without them) sets a capital as a
    capital glyph and a lower-case letter as the same glyph scaled down, so the font's one
    Unicode mapping per glyph gives either case for both ("fAmily y: our first lCsPr"). The
    size says which it was: full-size glyphs are capitals, scaled ones lower case. Taken only
    when the mapping shows the mix-up (a lower-case letter at full size and a capital scaled
    down, or a capital inside a word), which letters in their real case never do.
    """
    big = max(s.size for s in group)
    small = min(s.size for s in group)
    if not SMALL_CAPS_SHARE[0] <= small / big <= SMALL_CAPS_SHARE[1] or any(s.base != group[0].base for s in group):
        return group
    if not (any(s.size == small and any(ch.isupper() for ch in s.text) for s in group)
            and any(s.size == big and any(ch.islower() for ch in s.text) or _CASE_FLIP.search(s.text)
                    for s in group)):
        return group
    ordered = sorted(group, key=lambda s: s.x0)
    if not any(a.size != b.size and b.x0 - a.x1 <= SMALL_CAPS_JOIN * big and a.text[-1:].isalpha() and b.text[:1].isalpha()
               for a, b in zip(ordered, ordered[1:])):
        return group  # no word mixes the sizes: a letter set small on its own ("B" in a rating square) is itself
    return [Span(s.x0, s.x1, s.base, s.top, s.size, s.bold, s.text.upper() if s.size == big else s.text.lower(), ink=s.ink)
            for s in group]


def _painted_down(runs: list[tuple[int, Span]], kept: list[tuple[int, Grid]], first_in: dict[int, int]) -> bool:
    """Whether every run and table was painted no higher on the page than the one before it
    (along its baseline, or below it): then geometry and stream agree everywhere and there
    is nothing to order."""
    items = [(n, s.base, 0.2 * s.size) for n, s in runs]
    items += [(first_in[k], g.ys[0], 0.0) for k, g in kept]
    if kept:
        items.sort()
    prev = None
    for _, top, slack in items:
        if prev is not None and top > prev + slack:
            return False
        prev = top
    return True


#: a few words straight after a chip name its colour (a key: "● Green: complete")
CHIP_LABEL_CHARS = 40


def _chips(fills, bars: list[Span], runs: list[tuple[int, Span]], spans: list[Span], grids: list[Grid],
           cfg: PdfSettings) -> dict[int, list[Span]]:
    """Status chips, by the position in `runs` of the run each belongs to.

    A chip is a small filled shape in a rating colour with nothing written on it (a RAG dot,
    a coloured pill in a card's header): some designed reports rate progress by colour alone,
    and the linker reads a colour word through the report's own key, as the HTML reader
    writes it. A segmented progress bar outside a table (`bars`, read by bars.py) is a chip
    saying its share, unless a written percentage stands beside it. A chip takes no part in
    ordering the page (a row of cards has its chips on one line, which would hide the gaps
    between the cards); where it goes is `_anchor`'s business; one inside a table is the
    table's business.
    """
    out: dict[int, list[Span]] = {}
    longest = cfg.chip_size * max((r.size for _, r in runs), default=0.0)
    tallest = max((r.size for _, r in runs), default=0.0)
    swatches: list[tuple[int, float, float, str]] = []  # (run of the words after it, x0, x1, colour)
    placed: list[tuple[int | None, float, float, str]] = []  # (run it goes with, x0, x1, colour)
    dots = []
    bands = []
    for x0, y0, x1, y1, colour in fills:
        w, h = x1 - x0, y1 - y0
        band = colour is not None and w > cfg.chip_aspect * h and h <= BAND_HEIGHT * tallest
        if colour is None or not band and (w > cfg.chip_aspect * h or h > cfg.chip_aspect * w or max(w, h) > longest):
            continue
        cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
        if any(g.x0 - 1 <= cx <= g.x1 + 1 and g.ys[-1] <= cy <= g.ys[0] for g in grids):
            continue
        if any(x0 <= (s.x0 + s.x1) / 2 <= x1 and y0 <= s.base + 0.3 * s.size <= y1 for s in spans):
            continue  # a word set on a filled shape is read as that word
        if band:
            bands.append((x0, y0, x1, y1, colour))
            continue
        if any(f[4] == colour and _part_of_one_drawing((x0, y0, x1, y1), f[:4]) for f in fills):
            continue  # a piece of an icon drawn in shapes (a person's head over its body)
        dots.append((x0, y0, x1, y1, colour))
    for x0, y0, x1, y1, colour in bands:
        # a long thin band in a rating colour (a pill beside a card's label, a stripe across
        # its top) rates like a dot, where the report rates by colour at all (an edge chip:
        # a rule in the house colour under each heading is no rating)
        anchor = _anchor(x0, y0, x1, y1, y1 - y0, runs, cfg)
        if anchor is not None:
            r = runs[anchor][1]
            out.setdefault(anchor, []).append(Span(x0, x1, r.base, r.top, r.size, False, colour.capitalize(), True, "band"))
    for x0, y0, x1, y1, colour in dots:
        # dots set side by side (a traffic light in a key: "● ● ● each agency's own rating")
        # are one mark where the words after them are concerned
        end = x1
        while nxt := next((d for d in dots if 0 <= d[0] - end <= d[2] - d[0]
                           and abs((d[1] + d[3]) - (y0 + y1)) <= y1 - y0), None):
            end = nxt[2]
        anchor = _anchor(x0, y0, end, y1, max(x1 - x0, y1 - y0), runs, cfg)
        after = _words_after(x0, y0, x1, y1, runs) if end == x1 else None
        if after is not None and states_status(" ".join(runs[after][1].text.split()[:KEY_MEANING_WORDS])):
            swatches.append((after, x0, x1, colour))
        placed.append((anchor, x0, x1, colour))
    key = len({colour for *_, colour in swatches}) >= 2
    for anchor, x0, x1, colour in placed:
        if anchor is not None and not (key and any(sw[1] == x0 and sw[2] == x1 for sw in swatches)):
            r = runs[anchor][1]
            out.setdefault(anchor, []).append(Span(x0, x1, r.base, r.top, r.size, False, colour.capitalize(), True))
    if key:
        # swatches of two or more colours each set before a status that says no colour (a key:
        # "■ Complete ■ Under way ■ Not started"): the colour is the word the key leaves out
        for after, x0, x1, colour in swatches:
            r = runs[after][1]
            if r.text.split()[0].strip(":;,.-\u2013\u2014").lower() not in rating_colours():
                # a word of the key's line where the swatch stands (no chip line of its own)
                out.setdefault(after, []).append(Span(x0, x1, r.base, r.top, r.size, r.bold, colour.capitalize() + ": "))
    for bar in bars:
        height = bar.top - bar.base
        if any("%" in r.text and r.base - 0.4 * r.size <= (bar.base + bar.top) / 2 <= r.base + r.size
               and bar.x0 - 3 * height <= r.x1 and r.x0 <= bar.x1 + 3 * height for _, r in runs):
            continue
        tab = _tab_beside(bar, runs)
        anchor = tab if tab is not None else _anchor(bar.x0, bar.base, bar.x1, bar.top, height, runs, cfg)
        if anchor is not None:
            r = runs[anchor][1]
            out.setdefault(anchor, []).append(Span(bar.x0, bar.x1, r.base, r.top, r.size, False, bar.text, True))
    return out


#: a status word set turned down a box's side is this short
TAB_CHARS = 30


def turned_chips(turned: list[Turned], grids: list[Grid]) -> list[Span]:
    """Status words set turned a quarter outside any table (a card's vertical tab saying
    "COMPLETE" down its side), as chips where they stand (a table's turned text is its own)."""
    loose = [t for t in turned if not any(g.x0 - 1 <= (t.x0 + t.x1) / 2 <= g.x1 + 1
                                          and g.ys[-1] <= (t.y0 + t.y1) / 2 <= g.ys[0] for g in grids)]
    out = []
    for block in turned_blocks(loose):
        text = " ".join("".join(s.text for s, _ in block).split())
        if len(text) <= TAB_CHARS and (is_status_chip(text) or text.lower() in rating_colours()):
            ts = [t for _, t in block]
            out.append(Span(min(t.x0 for t in ts), max(t.x1 for t in ts), min(t.y0 for t in ts),
                            max(t.y1 for t in ts), block[0][0].size, False, text, True))
    return out


def _tab_beside(chip: Span, runs: list[tuple[int, Span]]) -> int | None:
    """The run a tall chip down a box's side goes with (a vertical tab taller than two of the
    box's lines): the first line of the text just right of it."""
    beside = [k for k, (_, r) in enumerate(runs) if chip.top - chip.base > 2 * r.size
              and chip.x1 - 1 <= r.x0 <= chip.x1 + 3 * r.size and chip.base <= r.base <= chip.top]
    return max(beside, key=lambda k: (runs[k][1].base, -runs[k][1].x0)) if beside else None


#: shapes of one colour this close (points), neither holding the other, are pieces of one drawing
DRAWING_GAP = 4.0


def _part_of_one_drawing(a: tuple, b: tuple) -> bool:
    """Whether two filled boxes touch or overlap, or nearly, without either holding the other:
    the pieces of an icon drawn in CSS or shapes (a head over a body, a speech bubble and its
    tail), which a chip of one shape is not."""
    if a == b:
        return False
    holds = (a[0] <= b[0] and a[1] <= b[1] and a[2] >= b[2] and a[3] >= b[3]) or \
            (b[0] <= a[0] and b[1] <= a[1] and b[2] >= a[2] and b[3] >= a[3])
    near = a[0] - DRAWING_GAP <= b[2] and b[0] - DRAWING_GAP <= a[2] and a[1] - DRAWING_GAP <= b[3] and b[1] - DRAWING_GAP <= a[3]
    return near and not holds


def _words_after(x0: float, y0: float, x1: float, y1: float, runs: list[tuple[int, Span]]) -> int | None:
    """The run of words set straight after a mark on its line, if any."""
    cy = (y0 + y1) / 2
    after = [k for k, (_, r) in enumerate(runs) if r.base - 0.4 * r.size <= cy <= r.base + r.size
             and x1 - 0.5 * r.size <= r.x0 <= x1 + 3 * r.size and any(ch.isalpha() for ch in r.text)]
    return min(after, key=lambda k: runs[k][1].x0) if after else None


def _anchor(x0: float, y0: float, x1: float, y1: float, extent: float, runs: list[tuple[int, Span]],
            cfg: PdfSettings) -> int | None:
    """The run a chip (a mark `extent` across, no larger than cfg.chip_size times the run's
    size) goes with: the run on its line that ends nearest before it (the number or label
    it follows in its card), else the one that starts nearest after it. None where it marks
    the words after it: followed closely by a few words, or nearer the words after it than
    anything before it (a key's "● Green: complete", a bullet, a running header's ornament),
    unless a number comes just before it."""
    cy = (y0 + y1) / 2
    left = right = None
    on_line = [k for k, (_, r) in enumerate(runs)
               if r.base - 0.4 * r.size <= cy <= r.base + r.size and extent <= cfg.chip_size * r.size]
    if not on_line:
        # a chip on no line of text: set a little above the first line of its card (a float in
        # the card's top corner) or under its last (a bar on a line of its own): the nearer line
        def gap(r: Span) -> float:
            return max(r.base - 0.25 * r.size - y1, y0 - (r.base + r.size), 0.0)

        near = [k for k, (_, r) in enumerate(runs) if gap(r) <= CHIP_NEAR * r.size and extent <= cfg.chip_size * r.size]
        if not near:
            return None
        line = runs[min(near, key=lambda k: gap(runs[k][1]))][1].base
        ks = [k for k, (_, r) in enumerate(runs) if abs(r.base - line) < 1]
        start, end = min(runs[k][1].x0 for k in ks), max(runs[k][1].x1 for k in ks)
        below = line < y0  # the line is under the chip
        size = runs[ks[0]][1].size
        # over a line, only in the corner past its end or right across it (a card's top band);
        # under one, only under its words (a key's sample or dot set over or under the words
        # that say what it means is neither)
        across = x0 <= start + size and x1 >= end - size and x1 - x0 >= BAND_ACROSS * size
        if (x0 < end and not across) if below else not (start - 1 <= x0 <= end):
            return None
        return max(ks, key=lambda k: runs[k][1].x1)
    for k in on_line:
        r = runs[k][1]
        if r.x1 <= x0 + 0.5 * r.size:
            if left is None or r.x1 > runs[left][1].x1:
                left = k
        elif r.x0 >= x1 - 0.5 * r.size and (right is None or r.x0 < runs[right][1].x0):
            right = k
    if right is not None:
        r = runs[right][1]
        gap = r.x0 - x1
        before = runs[left][1] if left is not None else None
        numbered = before is not None and len(before.text.strip()) <= 6 and any(
            ch.isdigit() for ch in before.text)  # "1 ● The police should ...": the chip rates the text
        if (gap <= 3 * r.size and any(ch.isalpha() for ch in r.text) and not numbered
                and (before is None or gap < x0 - before.x1 or len(r.text.strip()) <= CHIP_LABEL_CHARS)):
            return None
    return left if left is not None else right


#: a stripe down a box's left side is this thin at most (points), and its text starts this
#: close to it (in the text's sizes)
STRIPE_WIDTH, STRIPE_REACH = 20.0, 3.0
#: a key's meaning for a swatch opens with a status within this many words ("Under way")
KEY_MEANING_WORDS = 4
#: a band in a rating colour (a long pill, a stripe across a card) is no taller than this many
#: font sizes of the page's largest text
BAND_HEIGHT = 1.2
#: a band right across a card over its first line is this long at least (in the line's sizes)
BAND_ACROSS = 15
#: a chip on no line of its own goes with the nearest line this close (in the line's sizes)
CHIP_NEAR = 1.5
#: a box's left edge drawn in another colour shows this far past the box on the left ...
EDGE_MIN, EDGE_WIDTH = 1.5, 8.0
#: ... and is flush with it on the other sides (a border all round is a frame, not a rating)
EDGE_FLUSH = 0.5


def _edge_chips(fills, runs: list[tuple[int, Span]], chips: dict[int, list[Span]],
                grids: list[Grid] = ()) -> list[tuple[int, Span]]:
    """Boxes of text rated by the colour of their left edge (a call-out whose left border is
    green, amber or red, its key given once elsewhere), as the HTML reader reads them: a chip
    saying the colour, after the box's last line, by the position in `runs` of that line's run.
    Chromium draws such an edge as a shape in the rating colour under the box's own unrated
    background, showing a border's width past it on the left. WeasyPrint draws it on the
    box's own outline, where a border all round in a house colour looks the same: such a
    chip is marked `edge`, and the reader keeps it only where the report rates by edges
    (ratings.edges_rate). A box that holds a chip of its own (a coloured dot, a word in a
    rating colour) is rated by it, and a box of a few words (a stat tile) is not rated at all.

    A box with no background of its own may be rated so too: Chromium draws its left border
    as a stripe in the rating colour beside its text, and WeasyPrint draws it as a shape the
    size of the box. Those chips too are marked `edge`, kept only where the report rates by
    edges. A table's shaded cells are the table's business."""
    plain = [f for f in fills if f[4] is None]
    out = []
    for x0, y0, x1, y1, colour in fills:
        if colour is None:
            continue
        cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
        if any(g.x0 - 1 <= cx <= g.x1 + 1 and g.ys[-1] <= cy <= g.ys[0] for g in grids):
            continue
        beside = any(abs(y0 - b[1]) <= EDGE_FLUSH and abs(y1 - b[3]) <= EDGE_FLUSH and abs(x1 - b[2]) <= EDGE_FLUSH
                     and EDGE_MIN <= b[0] - x0 <= EDGE_WIDTH for b in plain)
        on_outline = not beside and any(max(abs(x0 - b[0]), abs(y0 - b[1]), abs(x1 - b[2]), abs(y1 - b[3])) <= EDGE_FLUSH
                                         for b in plain)
        stripe = not (beside or on_outline) and x1 - x0 <= STRIPE_WIDTH and y1 - y0 >= 2 * (x1 - x0)
        if stripe:
            inside = [k for k, (_, r) in enumerate(runs)
                      if x1 - 1 <= r.x0 <= x1 + STRIPE_REACH * r.size and y0 <= r.base + 0.3 * r.size <= y1]
        else:
            inside = [k for k, (_, r) in enumerate(runs)
                      if x0 <= (r.x0 + r.x1) / 2 <= x1 and y0 <= r.base + 0.3 * r.size <= y1]
        on_outline = on_outline or not beside and bool(inside)
        # boxes of one kind are drawn alike: the kind of edge and its width (points)
        kind = f"stripe:{round(x1 - x0)}" if stripe else "outline"
        if not rated_box_text(" ".join(runs[k][1].text for k in sorted(inside, key=lambda k: (-runs[k][1].base, runs[k][1].x0)))) or any(
                k in chips or _is_chip_word(runs[k][1].text) for k in inside):
            continue
        k = min(inside, key=lambda k: (runs[k][1].base, -runs[k][1].x1))
        r = runs[k][1]
        out.append((k, Span(r.x0, r.x0, r.base, r.top, r.size, False, colour.capitalize(), True, kind if on_outline else None)))
    return out


def _is_chip_word(text: str) -> bool:
    return text.strip().lower() in rating_colours()


def _containers(boxes: list[Box], fills, page_area: float, cfg: PdfSettings) -> dict[int, list[int]]:
    """Boxes (flows and tables) held by a filled shape: a card's background, a shaded call-out.

    A filled shape that encloses two or more boxes is a container: a reader takes its
    boxes together, in their own order, before the next container, however the cards
    are placed on the page (absolutely placed cards whose rows share baselines, a card
    painted before the frame beside it). Each box goes to the largest container that
    holds it, so a shaded table cell or a chip inside a card does not split the card;
    a shape covering most of the page is a page background, no container. A box may reach
    a few points past the shape's top or bottom (a glyph's box is taken a little taller than
    the glyph). A container's text is painted in one go: a box painted after something
    outside it came between is not its own but text set over it from elsewhere (a column a
    printer let run under a float).
    Returns container (an index into `fills`) -> boxes, for containers of two or more.
    """
    shapes = sorted((f for f in fills if (f[2] - f[0]) * (f[3] - f[1]) < cfg.container_share * page_area),
                    key=lambda f: -(f[2] - f[0]) * (f[3] - f[1]))
    held: dict[int, list[int]] = {}
    closed: set[int] = set()
    last = -1
    for i in sorted(range(len(boxes)), key=lambda i: boxes[i].order):
        b = boxes[i]
        k = next((k for k, (x0, y0, x1, y1, _) in enumerate(shapes)
                  if x0 - 1 <= b.x0 and b.x1 <= x1 + 1 and y0 - 4 <= b.bottom and b.top <= y1 + 4), -1)
        if k != last and last >= 0:
            closed.add(last)
        last = k
        if k >= 0 and k not in closed:
            held.setdefault(k, []).append(i)
    return {k: ids for k, ids in held.items() if len(ids) >= 2}


def _regions(boxes: list[Box], held: dict[int, list[int]], cfg: PdfSettings) -> list[tuple[list[int], bool]]:
    """order_boxes over the page with each container's boxes standing as one box, each
    container then read in its own order (order.py) where it falls."""
    if not held:
        return order_boxes(boxes, cfg.min_gutter, cfg.same_line)
    inside = {i for ids in held.values() for i in ids}
    top = [i for i in range(len(boxes)) if i not in inside]
    members = list(held.values())
    outer = [boxes[i] for i in top]
    for ids in members:
        outer.append(Box(min(boxes[i].x0 for i in ids), max(boxes[i].x1 for i in ids),
                         min(boxes[i].bottom for i in ids), max(boxes[i].top for i in ids),
                         min(boxes[i].order for i in ids)))
    out: list[tuple[list[int], bool]] = []

    def own(ids: list[int]) -> list[tuple[list[int], bool]]:
        return [([ids[j] for j in sub], agrees)
                for sub, agrees in order_boxes([boxes[i] for i in ids], cfg.min_gutter, cfg.same_line)]

    for ids, agrees in order_boxes(outer, cfg.min_gutter, cfg.same_line):
        if all(j < len(top) for j in ids):
            out.append(([top[j] for j in ids], agrees))
            continue
        if agrees:  # stacked top to bottom: plain boxes run together, containers in their own order
            seq = sorted(ids, key=lambda j: -outer[j].top)
        else:  # as painted
            seq = sorted(ids, key=lambda j: outer[j].order)
        plain: list[int] = []
        for j in seq:
            if j < len(top):
                plain.append(top[j])
                continue
            if plain:
                out.append((plain, agrees or len(plain) == 1))
                plain = []
            out += own(members[j - len(top)])
        if plain:
            out.append((plain, agrees or len(plain) == 1))
    return out


def page_items(spans: list[Span], grids: list[Grid], page: int, cfg: PdfSettings, fills=(),
               width: float = 0.0, height: float = 0.0) -> list:
    """Lines and grids of one page in reading order (see order.py); `fills` are the page's
    filled shapes with their rating colours, where status chips are found."""
    free: list[tuple[int, Span]] = []
    bars: list[Span] = []
    first_in: dict[int, int] = {}  # grid -> index of its first span in the stream
    for n, s in enumerate(spans):
        cx, cy = (s.x0 + s.x1) / 2, s.base + 0.3 * s.size
        for k, g in enumerate(grids):
            if g.x0 - 1 <= cx <= g.x1 + 1 and g.ys[-1] <= cy <= g.ys[0]:
                inner = next((i for i in g.inner if i.x0 - 1 <= cx <= i.x1 + 1 and i.ys[-1] <= cy <= i.ys[0]), g)
                place(inner, s, cx, cy)  # a table nested in a cell takes its own words
                first_in.setdefault(k, n)
                break
        else:
            if s.chip:  # a progress bar read as words (bars.py), placed as a chip
                bars.append(s)
            else:
                free.append((n, s))
    runs = _hang_markers(_runs(free, cfg.run_gap))
    kept = [(k, g) for k, g in enumerate(grids) if k in first_in]
    chips = _chips(fills, bars, runs, spans, grids, cfg) if fills or bars else {}
    for k, chip in _edge_chips(fills, runs, chips, grids):
        chips.setdefault(k, []).append(chip)

    def with_chips(ks):
        return [s for k in ks for s in ([runs[k][1], *chips[k]] if k in chips else (runs[k][1],))]

    if _painted_down(runs, kept, first_in):
        # the common page of Word and LibreOffice: nothing painted above what came before it
        lines = group_lines(with_chips(range(len(runs))), page)
        if not kept:
            return lines
        pairs = [(ln.base, ln) for ln in lines] + [(g.top, g) for _, g in kept]
        pairs.sort(key=lambda it: -it[0])
        return [it for _, it in pairs]
    run_boxes = [Box(s.x0, s.x1, s.base - 0.2 * s.size, s.base + 0.75 * s.size, n, s.base, s.size)
                 for n, s in runs]
    groups = flows(run_boxes, cfg.flow_step)
    if chips:  # a chip closes the flow it sits beside (a label wrapped over two lines keeps its words together)
        # (a key's colour word is no chip: it stays before the meaning it names)
        moved: dict[int, list[Span]] = {}
        for g in groups:
            last = runs[g[-1]][1]
            for j in g:
                for c in chips.get(j, ()):
                    if c.chip:
                        c.base, c.top, c.size = last.base, last.top, last.size
                    moved.setdefault(g[-1] if c.chip else j, []).append(c)
        chips.clear()
        chips.update(moved)
    boxes = []
    for g in groups:
        members = [run_boxes[i] for i in g]
        bases = {b.base for b in members}
        boxes.append(Box(min(b.x0 for b in members), max(b.x1 for b in members), min(b.bottom for b in members),
                         max(b.top for b in members), members[0].order, bases.pop() if len(bases) == 1 else None))
    boxes += [Box(g.x0, g.x1, g.ys[-1], g.ys[0], first_in[k]) for k, g in kept]
    held = _containers(boxes, fills, width * height, cfg) if fills and width * height > 0 else {}
    items: list = []
    region = 0
    for ids, agrees in _regions(boxes, held, cfg):
        tables = [kept[i - len(groups)][1] for i in ids if i >= len(groups)]
        texts = [i for i in ids if i < len(groups)]
        if agrees:  # painted top to bottom: its lines are found across all its flows at once
            parts = [with_chips([j for i in texts for j in groups[i]])]
        else:  # no white space divides it (text wrapped round a float): a flow at a time, as painted
            texts.sort(key=lambda i: boxes[i].order)
            parts = [with_chips(groups[i]) for i in texts]
        placed = []
        for part in parts:
            region += 1
            lines = group_lines(part, page)
            for ln in lines:
                ln.region = region
            placed.append((lines[0].base if lines else 0.0, lines))
        if tables:  # a region may hold tables between its lines
            if agrees:
                pairs = [(ln.base, ln) for ln in placed[0][1]] + [(g.top, g) for g in tables]
            else:
                pairs = [(top, ln) for top, lines in placed for ln in lines] + [(g.top, g) for g in tables]
            pairs.sort(key=lambda it: -it[0])
            items += [it for _, it in pairs]
        else:
            items += [ln for _, lines in placed for ln in lines]
    return items
