"""HTML reader: BeautifulSoup over lxml -> headings, paragraphs, list items, table rows.

What a browser shows, in the order it shows it: content hidden from view (`hidden`,
`display:none` inline or by a style-sheet rule, `aria-hidden`, templates) is not read, and a
table used for layout (a cell holding headings or another table, or a one-column wrapper whose
`thead`/`tfoot` repeat a running header and footer on printed pages) is unwrapped into the
blocks it holds. Data tables stay tables.

BeautifulSoup's "lxml" builder uses lxml's HTML parser, which neither loads DTDs
nor touches the network; entities defined in a DOCTYPE are not expanded.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from bs4 import BeautifulSoup, NavigableString, Tag
from bs4.element import Comment, Declaration, Doctype, ProcessingInstruction

from ..document import Block, Cell, Document
from ..lexicon import first_match, phrase, rules, search, states_status
from ..ratings import COLOURS, SYMBOLS, edges_rate, is_dot_run, rated_box_text
from .layout import clean_text, rag_colour_of, strip_bullet
from .text import decode

#: A DOCTYPE, with any internal subset of entity declarations; dropped unread.
DOCTYPE_RE = re.compile(r"<!DOCTYPE[^\[>]*(?:\[.*?\]\s*)?>", re.I | re.S)
DROP = {"script", "style", "noscript", "template", "head", "svg", "iframe", "object", "canvas", "form",
        "button", "select", "nav"}
HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
BLOCKS = {"p", "li", "table", "ul", "ol", "div", "section", "article", "main", "header", "footer",
          "aside", "blockquote", "dl", "dt", "dd", "pre", "figure", "figcaption", "address", "body", "html",
          "caption", "details", "summary"} | set(HEADINGS)
#: Block content that no data-table cell holds: a cell with one of these makes its table layout.
LAYOUT_CONTENT = ["table", *HEADINGS]
#: Block content that a one-column wrapper table's cells hold (a data cell may hold one <p>).
FLOW_CONTENT = ["p", "ul", "ol", "div", "section", "article", "blockquote", "dl"]
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
#: An inline element the style sheet sets in a box of its own ("<span class=chip>Blue</span>completed"),
#: or on a line of its own ("<span class=badge>Recommendation 1</span>", "<h2><small>Part 3</small>...")
_BOX_STYLE = re.compile(r"display\s*:\s*(?:inline-block|inline-flex)\b", re.I)
_BLOCK_STYLE = re.compile(r"display\s*:\s*(?:block|flex|grid|list-item|table)\b", re.I)
_BLOCK_ATTR = "data-scr-block"
_CHIP_ATTR = "data-scr-chip"  # a chip rated by colour alone, with its colour
_INK_ATTR = "data-scr-ink"  # words written or highlighted in a rating colour, with that colour
#: A flex or grid container: each element it holds is a box of its own (CSS "blockifies" flex
#: and grid items), so a chip and a badge set side by side in a card's header are two items.
_ROW_STYLE = re.compile(r"display\s*:\s*(?:flex|grid|inline-flex|inline-grid)\b", re.I)
#: A floated element is a box of its own too (a chip floated to the right of a card).
_FLOAT_STYLE = re.compile(r"(?<![\w-])float\s*:\s*(?:left|right|inline-start|inline-end)\b", re.I)
_CSS_RULE = re.compile(r"([^{}@]+)\{([^{}]*)\}")
_MEDIA_BLOCK = re.compile(r"@media([^{]*)\{((?:[^{}]*\{[^{}]*\})*[^{}]*)\}", re.I)


def read_html(data: bytes, source: str) -> Document:
    """Reads an HTML page into blocks; never touches the network."""
    text = DOCTYPE_RE.sub("", decode(data), count=1)
    soup = BeautifulSoup(text, "lxml")
    metadata = {}
    if soup.title and soup.title.string:
        metadata["title"] = clean_text(str(soup.title.string))
    author = soup.find("meta", attrs={"name": "author"})
    if author and author.get("content"):
        metadata["author"] = clean_text(author["content"])
    hidden = _styled(soup, _HIDDEN_STYLE)
    placements = _placements(soup)  # read before the style sheets are dropped with <head>
    _grids_as_tables(soup)
    for tag, share in _progress_bars(soup):
        tag.clear()
        tag.string = f"{share}% complete"  # a bar that says how far the work has got, in words
        tag[_BLOCK_ATTR] = "1"
    for tag, colour in _chips(soup):
        tag.string = colour.capitalize()  # a chip rated by colour alone says its colour,
        tag[_BLOCK_ATTR] = "1"             # as a block of its own
        tag[_CHIP_ATTR] = colour
    for svg, colour in _svg_dots(soup):
        if _labelled(svg):
            # a key's item, its dot set before what the colour means ("● Under way but behind
            # timescale"): the colour is named, as the PDF reader names it, unless the words do;
            # a dot beside its chip's word ("● Done") says nothing more
            beside = svg.parent.get_text(" ", strip=True) if svg.parent is not None else ""
            named = any(c in beside.lower().split() for c in COLOURS)
            svg.replace_with(f"{colour.capitalize()}: " if len(beside.split()) >= KEY_MEANING_WORDS and not named else "")
            continue
        chip = soup.new_tag("span", attrs={_BLOCK_ATTR: "1", _CHIP_ATTR: colour})
        chip.string = colour.capitalize()  # a dot drawn in SVG: a chip like any other
        svg.replace_with(chip)
    for icon, name in _status_icons(soup):
        chip = soup.new_tag("span", attrs={_BLOCK_ATTR: "1"})
        chip.string = name  # an icon whose accessible name is a status says it, as a screen reader does
        icon.replace_with(chip)
    for svg in (soup.body or soup).find_all("svg"):
        said = " ".join(t.get_text(" ", strip=True) for t in svg.find_all("text")).strip()
        if said and len(said) <= SVG_WORDS_CHARS:
            words = soup.new_tag("span", attrs={_BLOCK_ATTR: "1"})
            words.string = said  # the figure a ring chart or icon writes in its middle ("70%")
            svg.replace_with(words)
    for tag, words, before in _generated_words(soup):
        if before:
            tag.insert(0, f"{words} ")
        else:
            tag.append(f" {words}")  # what the style sheet writes in, a browser shows
    for tag, colour in _rated_borders(soup):
        chip = soup.new_tag("span", attrs={_BLOCK_ATTR: "1"})
        chip.string = colour.capitalize()  # a box rated by the colour of its edge says it first
        tag.insert(0, chip)
    for tag, colour in _inked(soup):
        tag[_INK_ATTR] = colour
    for tag in soup.find_all(True):
        if _frame(placements.get(id(tag))) is not None:
            tag[_BLOCK_ATTR] = "1"  # a placed frame is a box of its own
    # what the style sheets select, once for the steps below: they set attributes and move
    # badges and spaces among siblings, which no rule's selection depends on
    rules = list(_screen_rules(soup))
    for tag in _styled(soup, _BLOCK_STYLE, rules):
        tag[_BLOCK_ATTR] = "1"  # a line of its own: read as a block, like a <div>
    items = _items_and_floats(soup, rules)
    for tag in items:
        tag[_BLOCK_ATTR] = "1"
    for tag in [*_styled(soup, _BOX_STYLE, rules), *_styled(soup, _BLOCK_STYLE, rules), *items]:
        if tag.parent is not None:  # a box or line of its own: never glued to the text beside it
            tag.insert_before(" ")
            tag.insert_after(" ")
    for tag in soup.find_all(list(DROP)):
        if tag.name == "nav" and tag.find(["p", "table"]) is not None:
            continue  # a <nav> with real paragraphs is content
        tag.decompose()
    for tag in [*hidden, *soup.find_all(_hidden_in_place)]:
        if not tag.decomposed:
            tag.decompose()
    walker = _Walker(placements)
    root = soup.body or soup
    try:
        walker.walk(root)
        walker.flush()
    except RecursionError:  # absurdly deep nesting: keep the text, lose the structure
        walker = _Walker()
        for line in root.get_text("\n").splitlines():
            walker.add("paragraph", clean_text(line))
    doc = Document(source=source, format="html", sha256="", pages=None, blocks=walker.blocks)
    doc.metadata = metadata
    return doc


def _items_and_floats(soup: BeautifulSoup, rules: list[tuple[Tag, str]] | None = None) -> list[Tag]:
    """Elements a browser sets apart as boxes of their own though their tags are inline: the
    items of a flex or grid container and floated elements, by style sheet or own style.

    In a row that holds a recommendation's badge ("Recommendation 2") beside other items (a
    status chip set before it), the badge is moved first: it opens its card, and what shares
    its row belongs to that card, not to the card before.
    """
    rows = [tag for tag in _styled(soup, _ROW_STYLE, rules)]
    rows += soup.find_all(lambda t: _ROW_STYLE.search(str(t.get("style") or "")) is not None)
    floats = _styled(soup, _FLOAT_STYLE, rules)
    floats += soup.find_all(lambda t: _FLOAT_STYLE.search(str(t.get("style") or "")) is not None)
    items: list[Tag] = [t for t in floats if t.name not in ("img", "figure")]
    rows = list({id(r): r for r in rows}.values())
    fields = [r for r in rows if _field_row(r)]
    inside = {id(d) for r in fields for d in r.find_all(True)}
    for row in fields:
        # "Lead | [KSCP] Exploitation and Missing Group": a field's label and its values side
        # by side, one line as a browser shows it ("Lead: KSCP ..."), not a block a piece
        kids = [k for k in row.children if isinstance(k, Tag)]
        if not kids[0].get_text(strip=True).endswith(":"):
            kids[0].append(":")
        for kid in row.find_all(True):
            kid.attrs.pop(_BLOCK_ATTR, None)  # a value laid out as a flex box of its own is still on the line
            kid.insert_after(" ")
    for row in rows:
        if row in fields or id(row) in inside:
            continue
        kids = [k for k in row.children if isinstance(k, Tag)]
        items.extend(kids)
        badge = next((k for k in kids if _BADGE.match(k.get_text(" ", strip=True))), None)
        if badge is not None and badge is not kids[0] and \
                all(len(k.get_text(" ", strip=True)) <= 40 for k in kids):
            kids[0].insert_before(badge.extract())
    return list({id(t): t for t in items}.values())


#: a field's values set beside its label are this short in all
FIELD_ROW_CHARS = 160
_FIELD_KINDS = {"lead", "status", "timescale"}


def _field_row(row: Tag) -> bool:
    """A flex row of a field's label ("Lead", "Status", "Target") and short values after it."""
    kids = [k for k in row.children if isinstance(k, Tag)]
    if len(kids) < 2 or len(row.get_text(" ", strip=True)) > FIELD_ROW_CHARS:
        return False
    label = first_match("labels.jsonl", kids[0].get_text(" ", strip=True).rstrip(":") + ":")
    return label is not None and label.kind in _FIELD_KINDS


_GRID_COLUMNS = re.compile(r"(?<![\w-])grid-template-columns\s*:\s*([^;]+)", re.I)
_GRID_SPAN = re.compile(r"(?<![\w-])grid-column\s*:\s*([^;]+)", re.I)
_REPEAT = re.compile(r"repeat\(\s*(\d+)\s*,", re.I)
#: what a cell of a data grid holds: text and inline markup, never a block of its own
_INLINE = {"b", "strong", "i", "em", "span", "a", "br", "small", "sup", "sub", "abbr", "code", "mark", "u", "s", "time"}
#: a grid is a table when its first row names this many columns (models/headers.jsonl)
GRID_COLUMN_NAMES = 2
#: a column's name is this short (a key's items, a word and what it means, name no column)
GRID_NAME_WORDS = 6


def _grids_as_tables(soup: BeautifulSoup) -> None:
    """A tracker built as a CSS grid of <div> cells ("display: grid; grid-template-columns: 10mm
    60mm 30mm ...") rewritten as the <table> it shows: its cells fill the rows column by column,
    a cell spanning every column ("grid-column: 1 / 7") is a row of its own, and a first row
    that names the columns is the header. Only grids whose cells hold text and inline markup,
    and whose first row names at least two columns (or that say role="table"): a grid of
    cards, tiles or names stays as it is."""
    columns: dict[int, str] = {}
    spans: dict[int, str] = {}
    for tag, declarations in _screen_rules(soup):
        if m := _GRID_COLUMNS.search(declarations):
            columns[id(tag)] = m.group(1)
        if m := _GRID_SPAN.search(declarations):
            spans[id(tag)] = m.group(1)
    for tag in soup.find_all(style=True):
        style = str(tag["style"])
        if m := _GRID_COLUMNS.search(style):
            columns[id(tag)] = m.group(1)
        if m := _GRID_SPAN.search(style):
            spans[id(tag)] = m.group(1)
    if not columns:
        return
    for grid in soup.find_all(lambda t: id(t) in columns):
        if grid.name == "dl":
            continue  # a description list laid out as a grid: its terms already label its values
        n = _track_count(columns[id(grid)])
        cells = [k for k in grid.children if isinstance(k, Tag)]
        if n < 2 or len(cells) < 2 * n or any(
                d.name not in _INLINE for c in cells for d in c.find_all(True)):
            continue
        rows: list[list[tuple[Tag, int]]] = [[]]
        for cell in cells:
            width = _span_of(spans.get(id(cell)), n)
            if sum(w for _, w in rows[-1]) + width > n:
                rows.append([])
            rows[-1].append((cell, width))
            if sum(w for _, w in rows[-1]) >= n:
                rows.append([])
        rows = [r for r in rows if r]
        named = sum(1 for c, _ in rows[0] if len(c.get_text(" ", strip=True).split()) <= GRID_NAME_WORDS
                    and first_match("headers.jsonl", c.get_text(" ", strip=True).lower()))
        if named < GRID_COLUMN_NAMES and str(grid.get("role", "")).lower() not in ("table", "grid"):
            continue
        table = soup.new_tag("table")
        for k, row in enumerate(rows):
            tr = soup.new_tag("tr")
            for cell, width in row:
                # the cell keeps its class and style: a dot coloured by them says its colour
                td = soup.new_tag("th" if k == 0 and named >= GRID_COLUMN_NAMES else "td", attrs=dict(cell.attrs))
                if width > 1:
                    td["colspan"] = str(width)
                for child in list(cell.contents):
                    td.append(child.extract())
                tr.append(td)
            table.append(tr)
        grid.replace_with(table)


def _track_count(template: str) -> int:
    """The number of columns a grid-template-columns value makes ("10mm 1fr 2fr", "repeat(4, 1fr)")."""
    template = re.sub(r"\[[^\]]*\]", " ", template)  # line names
    count = 0
    for m in re.finditer(r"repeat\([^()]*(?:\([^()]*\)[^()]*)*\)|minmax\([^()]*\)|fit-content\([^()]*\)|[^\s()]+",
                         template):
        token = m.group()
        if token.lower().startswith("repeat("):
            r = _REPEAT.match(token)
            if r is None:  # auto-fill, auto-fit: as many as fit, unknown here
                return 0
            inner = token[r.end():-1]
            count += int(r.group(1)) * max(1, _track_count(inner))
        else:
            count += 1
    return count


def _span_of(value: str | None, n: int) -> int:
    """How many of n columns a grid-column value spans ("1 / 7", "1 / -1", "span 3")."""
    if not value:
        return 1
    value = value.strip().lower()
    if m := re.search(r"span\s+(\d+)", value):
        return max(1, min(n, int(m.group(1))))
    if m := re.match(r"(-?\d+)\s*/\s*(-?\d+)", value):
        start, end = int(m.group(1)), int(m.group(2))
        end = n + 2 + end if end < 0 else end
        return max(1, min(n, end - start))
    return 1


_FIELD_KINDS = ("action", "status", "lead", "timescale")
#: elements that box a card, whose first heading titles it (Walker.heading_level)
_CARD_BOXES = {"div", "article", "aside", "li", "figure"}
_BOLD = ("b", "strong")


def _run_in_label(el: Tag, text: str) -> str:
    """A paragraph opening on a field label set in bold without a colon ("<b>Owner</b> Police",
    "<strong>Progress</strong> Training ..."): the bold is the label's colon, so it reads
    "Owner: Police" as plain reports write it. Only a label of models/labels.jsonl counts."""
    first = next((k for k in el.children if not (isinstance(k, NavigableString) and not k.strip())), None)
    if not isinstance(first, Tag) or first.name not in _BOLD:
        return text
    label = clean_text(first.get_text(" "))
    if not label or len(label) > 40 or label[-1] in ":.;,!?\u2013\u2014-" or not text.startswith(label):
        return text
    rest = text[len(label):].strip()
    if not rest:
        return text
    for rule in rules("labels.jsonl"):
        if rule.kind in _FIELD_KINDS:
            m = rule.regex.match(f"{label}: {rest}")
            if m and m.end() >= len(label) + 1:
                return f"{label}: {rest}"
    return text


def _hidden_in_place(tag: Tag) -> bool:
    """Hidden by its own markup: `hidden`, `aria-hidden="true"`, or an inline display:none."""
    if tag.has_attr("hidden") or str(tag.get("aria-hidden", "")).strip().lower() == "true":
        return True
    return bool(_HIDDEN_STYLE.search(str(tag.get("style") or "")))


def _screen_rules(soup: BeautifulSoup):
    """(element, declarations) for every element each rule of the page's own style sheets
    selects, in the sheets' order.

    Rules inside `@media print` (or any medium but screen and all) are left out: a browser
    shows the screen view, and the print view is what the PDF renderings are for.
    """
    for style in soup.find_all("style"):
        css = re.sub(r"/\*.*?\*/", "", style.get_text(), flags=re.S)
        screen = _MEDIA_BLOCK.sub(
            lambda m: m.group(2) if re.search(r"\b(screen|all)\b", m.group(1)) else "", css)
        for selectors, declarations in _CSS_RULE.findall(screen):
            for selector in selectors.split(","):
                try:
                    selected = soup.select(selector.strip())
                except Exception:  # a selector soupsieve does not know (pseudo-elements): not ours to style
                    continue
                for tag in selected:
                    yield tag, declarations


def _styles(soup: BeautifulSoup):
    """(element, declarations) of the page's style sheets on screen, then of each element's own
    style attribute, which a browser applies last."""
    yield from _screen_rules(soup)
    for tag in soup.find_all(style=True):
        yield tag, str(tag["style"])


def _styled(soup: BeautifulSoup, declaration: re.Pattern, rules: list[tuple[Tag, str]] | None = None) -> list[Tag]:
    """Elements that a page's own style sheets give a declaration on screen
    (`.visually-hidden { display: none }`, `h2 small { display: block }`); from `rules`, the
    sheets' selections made already, where given."""
    return [tag for tag, declarations in (_screen_rules(soup) if rules is None else rules)
            if declaration.search(declarations)]


_PLACEMENT = re.compile(r"(?<![\w-])(position|top|left|bottom|right|width|height)\s*:\s*([^;]+)", re.I)
#: The page a designed document places its frames on (A4, in mm), to place frames given from the right.
PAGE_WIDTH_MM = 210.0
_LENGTH = re.compile(r"^(-?\d*\.?\d+)\s*(mm|cm|in|pt|pc|px|%|em|rem)?$")
#: millimetres per unit, to compare the offsets of frames placed in different units
_MM = {"mm": 1.0, "cm": 10.0, "in": 25.4, "pt": 0.3528, "pc": 4.233, "px": 0.2646, "%": 2.97,
       "em": 4.2, "rem": 4.2, None: 0.2646}


def _placements(soup: BeautifulSoup) -> dict[int, dict[str, str]]:
    """position / top / left / bottom of every element that the style sheets or its own style
    attribute place (later rules win, the style attribute last), keyed by id(element)."""
    placed: dict[int, dict[str, str]] = {}
    for tag, declarations in _screen_rules(soup):
        found = {k.lower(): v.strip().lower() for k, v in _PLACEMENT.findall(declarations)}
        if found:
            placed.setdefault(id(tag), {}).update(found)
    for tag in soup.find_all(style=_PLACEMENT):
        placed.setdefault(id(tag), {}).update(
            {k.lower(): v.strip().lower() for k, v in _PLACEMENT.findall(str(tag["style"]))})
    return placed


_BAR_WIDTH = re.compile(r"(?<![\w-])width\s*:\s*\d+(?:\.\d+)?\s*%", re.I)


_PROGRESS_CLASS = re.compile(r"progress|completion", re.I)
_WIDTH_SHARE = re.compile(r"(?<![\w-])width\s*:\s*(\d+(?:\.\d+)?)\s*%", re.I)


def _number(value) -> float | None:
    try:
        return float(str(value).strip())
    except (TypeError, ValueError):
        return None


def _progress_bars(soup: BeautifulSoup) -> list[tuple[Tag, int]]:
    """Progress bars that show a share with no words beside it, with that share (0-100).

    A `<progress>` or `<meter>` element or a `role="progressbar"` by its values; a bar whose
    class says progress (`<div class="progress"><div style="width: 70%">`) by its fill's
    width. A bar set beside a written percentage ("70%") says nothing more.
    """
    found: list[tuple[Tag, int]] = []
    root = soup.body or soup
    shading = {id(tag): m.group(1) for tag, declarations in _styles(soup) if (m := _BACKGROUND.search(declarations))}
    lamps = _lamps(root, shading)
    for tag in root.find_all(True):
        share = None
        if tag.name in ("progress", "meter") or str(tag.get("role", "")).lower() == "progressbar":
            now = _number(tag.get("value", tag.get("aria-valuenow")))
            top = _number(tag.get("max", tag.get("aria-valuemax"))) or (1.0 if tag.name == "meter" else 100.0)
            if tag.name == "progress" and top == 100.0 and tag.get("max") is None:
                top = 1.0  # a <progress> without max runs from 0 to 1
            share = None if now is None or top <= 0 else now / top * 100
        if share is None and _PROGRESS_CLASS.search(" ".join(tag.get("class", []))):
            fills = [k for k in tag.find_all(True) if _WIDTH_SHARE.search(str(k.get("style") or ""))]
            if len(fills) == 1 and not tag.get_text(strip=True):
                share = float(_WIDTH_SHARE.search(str(fills[0]["style"])).group(1))
        segmented = share is None and id(tag) not in lamps and (share := _segments_lit(tag, shading)) is not None
        if share is None or tag.get_text(strip=True) and tag.name not in ("progress", "meter"):
            continue
        beside = [_neighbour(tag, "previous_sibling"), _neighbour(tag, "next_sibling")]
        if any("%" in text for text in beside) or any(_inside(tag, t) for t, _ in found):
            continue
        if segmented and beside[1]:
            continue  # a key's sample bar, words straight after it ("▮▮▮▯▯ 1-4 = in progress"), as the PDF reader reads one
        found.append((tag, round(min(max(share, 0.0), 100.0))))
    return found


#: a segmented bar has this many segments at least, and at most
SEGMENTS = (3, 12)


def _segments(tag: Tag) -> list[Tag] | None:
    """The segments of what may be a segmented bar: the empty elements of one kind it holds, or None."""
    kids = tag.find_all(True, recursive=False)
    if not SEGMENTS[0] <= len(kids) <= SEGMENTS[1] or len({k.name for k in kids}) != 1 \
            or any(k.get_text(strip=True) or k.find(True) for k in kids):
        return None
    return kids


def _lit_by_colour(kids: list[Tag], shading: dict[int, str]) -> list[str | None] | None:
    """Each segment's rating colour (None for a grey or pale one), where each is shaded."""
    if any(id(k) not in shading for k in kids):
        return None
    return [rag_colour_of(shading[id(k)].split()[0]) for k in kids]


def _lamps(root: Tag, shading: dict[int, str]) -> set[int]:
    """Rows of grey lamps with one lit in a rating colour: traffic lights, not bars (a bar fills
    from the left in one colour; a lamp lit further along, or lamps lit in different rating
    colours on one page, say a colour). Their lit lamp is read as a chip."""
    lone: dict[int, tuple[int, str]] = {}
    for tag in root.find_all(True):
        kids = _segments(tag)
        colours = _lit_by_colour(kids, shading) if kids else None
        lit = [(k, c) for k, c in enumerate(colours or []) if c]
        if len(lit) == 1:
            lone[id(tag)] = lit[0]
    if len({c for _, c in lone.values()}) >= 2:
        return set(lone)
    return {t for t, (k, _) in lone.items() if k > 0}


def _segments_lit(tag: Tag, shading: dict[int, str]) -> float | None:
    """The share lit of a segmented bar: an element holding only empty elements of one kind,
    each classed lit or unlit ("<i class='on'>" x3, "<i class='off'>" x2: 60), or each shaded,
    the lit ones in one rating colour and the rest grey; or None."""
    kids = _segments(tag)
    if kids is None:
        return None
    classes = [" ".join(k.get("class", [])) for k in kids]
    on = [bool(search(phrase("segment_on"), c)) for c in classes]
    off = [bool(search(phrase("segment_off"), c)) for c in classes]
    if all(a or b for a, b in zip(on, off)) or any(on) and len({c for c, a in zip(classes, on) if not a}) <= 1:
        # each classed lit or unlit, or the lit ones classed so among segments of one plain class
        # ("seg on" x3, "seg" x2)
        return sum(on) / len(kids) * 100
    colours = _lit_by_colour(kids, shading)
    if colours is None or len({c for c in colours if c}) > 1:
        return None
    return sum(1 for c in colours if c) / len(kids) * 100


def _neighbour(tag: Tag, side: str) -> str:
    """The text set next to an element on one side (its nearest sibling with words)."""
    node = getattr(tag, side)
    while node is not None and not (node.get_text(strip=True) if isinstance(node, Tag) else str(node).strip()):
        node = getattr(node, side)
    if node is None:
        return ""
    return node.get_text(" ", strip=True) if isinstance(node, Tag) else str(node).strip()


def _colour_in(declarations: str, prop: re.Pattern) -> str | None:
    m = prop.search(declarations)
    return rag_colour_of(m.group(1).strip().split()[0]) if m and m.group(1).strip() else None


def _chips(soup: BeautifulSoup) -> list[tuple[Tag, str]]:
    """Empty elements shaded in a rating colour (a RAG chip or dot with nothing written in it),
    with that colour: some designed reports rate progress by colour alone. A dot drawn as a
    character ("●", "■") in a rating colour is such a chip too: its colour is what it says."""
    shaded: dict[int, str] = {}
    inked: dict[int, str] = {}
    bars = {id(tag) for tag in _styled(soup, _BAR_WIDTH)}  # the coloured fill of a progress bar is no chip
    drawn: dict[int, str] = {}  # elements drawn by their borders alone
    pointlike: set[int] = set()  # of no size: what shows is their borders (a CSS circle or triangle)
    for tag, declarations in _screen_rules(soup):
        colour = _colour_in(declarations, _BACKGROUND)
        if colour is not None:
            shaded[id(tag)] = colour
        elif (colour := _shape_colour(declarations)) is not None:
            drawn[id(tag)] = colour
        if _NO_SIZE.search(declarations):
            pointlike.add(id(tag))
        colour = _colour_in(declarations, _TEXT_COLOUR)
        if colour is not None:
            inked[id(tag)] = colour
    chips = []
    for tag in soup.body.find_all(True) if soup.body else []:
        style = str(tag.get("style") or "")
        colour = _colour_in(style, _BACKGROUND) or shaded.get(id(tag))
        if colour is None and (id(tag) in pointlike or _NO_SIZE.search(style)):
            # a shape drawn by its borders alone (a ring with a size may be an ornament or a frame);
            # one of a row of such pips is a bar's, whose share filled is read as one
            colour = _shape_colour(style) or drawn.get(id(tag))
            if tag.parent is not None and sum(1 for t in tag.parent.find_all(True, recursive=False)
                                              if not t.get_text(strip=True)) > 1:
                colour = None
        text = tag.get_text(strip=True)
        if text and is_dot_run(text):
            colour = _colour_in(style, _TEXT_COLOUR) or inked.get(id(tag)) or colour
        elif text:
            continue
        if colour and tag.name in ("span", "div", "i", "b", "em", "strong", "td") \
                and tag.find(True) is None and not _labelled(tag) and id(tag) not in bars \
                and not _BAR_WIDTH.search(style):
            chips.append((tag, colour))
    return _without_step_tracks(chips)


#: the steps of a milestone track are labelled this briefly ("Guide issued Nov 14")
STEP_LABEL_WORDS = 5
#: ... and a track has this many steps at least
TRACK_STEPS = 3


def _without_step_tracks(chips: list[tuple[Tag, str]]) -> list[tuple[Tag, str]]:
    """Chips less the dots of a milestone track: three or more steps side by side (not cells of a
    table), two or more reached, each a dot of one colour beside a short label of its own ("●
    Agreed Sep 14", "● Audited Mar 15"). A dot there marks a step reached, not a status. (A key's
    dots differ in colour; entries' labels are long.)"""
    steps: dict[int, list[tuple[Tag, str]]] = {}
    for tag, colour in chips:
        step = tag.parent
        if step is None or step.parent is None:
            continue
        label = step.get_text(" ", strip=True)
        if label and len(label.split()) <= STEP_LABEL_WORDS:
            steps.setdefault(id(step.parent), []).append((tag, colour))
    def steps_in(row: list[tuple[Tag, str]]) -> int:  # its steps, reached or not: the step's siblings of its kind
        step = row[0][0].parent
        kind = (step.get("class") or [None])[0]
        return sum(1 for t in step.parent.find_all(step.name, recursive=False) if (t.get("class") or [None])[0] == kind)

    track = {id(t) for row in steps.values() if len(row) >= 2 and len({c for _, c in row}) == 1
             and row[0][0].parent.name not in ("td", "th") and steps_in(row) >= TRACK_STEPS for t, _ in row}
    return [(t, c) for t, c in chips if id(t) not in track]


#: any side's border: an empty element drawn by its borders is a shape (a circle, a triangle)
_ANY_BORDER = re.compile(r"(?<![\w-])border(?:-(?:top|bottom|left|right))?(?:-color)?\s*:\s*([^;!]+)", re.I)


#: an element of no size, drawn by its borders ("width: 0; height: 0")
_NO_SIZE = re.compile(r"(?<![\w-])width\s*:\s*0(?:px|mm)?\s*(?:;|$)(?=.*(?<![\w-])height\s*:\s*0(?:px|mm)?\s*(?:;|$))"
                      r"|(?<![\w-])height\s*:\s*0(?:px|mm)?\s*(?:;|$)(?=.*(?<![\w-])width\s*:\s*0(?:px|mm)?\s*(?:;|$))",
                      re.I | re.S)


def _shape_colour(declarations: str) -> str | None:
    """The one rating colour of an element's borders ("border: 2.3mm solid #2e8b47", a triangle's
    "border-bottom: 4.5mm solid #f0a020" between transparent sides): an empty element drawn so
    is a chip of that colour."""
    colours = {c for m in _ANY_BORDER.finditer(declarations) for c in map(rag_colour_of, m.group(1).split()) if c}
    return colours.pop() if len(colours) == 1 else None


#: a stripe down a box's left side or across its top (a border all round is a frame)
_BORDER = re.compile(r"(?<![\w-])border-(?:left|top)(?:-color)?\s*:\s*([^;!]+)", re.I)


#: elements that make a box of text a report may rate by its edge or its shading
_BOX_TAGS = frozenset({"div", "section", "article", "aside", "header", "p", "h2", "h3", "h4", "h5", "h6", "li"})


def _rated_borders(soup: BeautifulSoup) -> list[tuple[Tag, str]]:
    """Boxes of text rated by the colour of their edge (a callout whose left border is green,
    amber or red, the key said once elsewhere) or of their shading (a card's header band),
    with that colour. Only where boxes of one kind (tag and first class) are rated so
    (ratings.edges_rate)."""
    edge: dict[int, tuple[Tag, str | None]] = {}
    for tag, declarations in _screen_rules(soup):
        for m in _BORDER.finditer(declarations):
            colours = [c for c in map(rag_colour_of, m.group(1).split()) if c]
            edge[id(tag)] = (tag, colours[-1] if colours else edge.get(id(tag), (tag, None))[1])
    for tag in soup.find_all(style=True):
        for m in _BORDER.finditer(str(tag["style"])):
            colours = [c for c in map(rag_colour_of, m.group(1).split()) if c]
            if colours:
                edge[id(tag)] = (tag, colours[-1])
    # a box shaded in a rating colour, its words on it (a card's header band, a tinted card)
    for tag, declarations in _styles(soup):
        colour = _colour_in(declarations, _BACKGROUND)
        if colour is not None and tag.name in _BOX_TAGS and id(tag) not in edge:
            edge[id(tag)] = (tag, colour)
    kinds: dict[tuple[str, str], list[tuple[Tag, str]]] = {}
    for tag, colour in edge.values():
        if colour and rated_box_text(tag.get_text(" ", strip=True)):
            kinds.setdefault((tag.name, (tag.get("class") or [""])[0]), []).append((tag, colour))
    text = soup.get_text(" ")
    return [box for boxes in kinds.values() if edges_rate({c for _, c in boxes}, text) for box in boxes]


#: an icon's accessible name that says a status is this short
ICON_NAME_WORDS = 4


def _status_icons(soup: BeautifulSoup) -> list[tuple[Tag, str]]:
    """Icons named for assistive technology by a status ("<svg role="img" aria-label="Under
    way">", "<img alt="Complete">"): the words the page gives for what the icon shows."""
    out = []
    for tag in (soup.body or soup).find_all(["svg", "img", "i", "span"]):
        if tag.name in ("i", "span") and (tag.get("role") != "img" or tag.get_text(strip=True)):
            continue
        name = str(tag.get("aria-label") or (tag.get("alt") if tag.name == "img" else "") or "").strip()
        if name and len(name.split()) <= ICON_NAME_WORDS and states_status(name):
            out.append((tag, name))
    return out


#: a key item's words say what a colour means ("Under way but behind timescale"), a chip's say it ("Done")
KEY_MEANING_WORDS = 4
#: an SVG dot is drawn in this many shapes at most
SVG_DOT_SHAPES = 3
#: the words an SVG drawing writes (a ring chart's "70%") are read where they are this short: a
#: chart with axes and labels is no line of text
SVG_WORDS_CHARS = 20
_SVG_FILL = re.compile(r"(?<![\w-])fill\s*:\s*([^;!]+)", re.I)


def _svg_dots(soup: BeautifulSoup) -> list[tuple[Tag, str]]:
    """Inline SVG drawings of a dot or square in one rating colour, with no words: chips."""
    out = []
    for svg in (soup.body or soup).find_all("svg"):
        shapes = svg.find_all(["circle", "ellipse", "rect", "path", "polygon"])
        if not shapes or len(shapes) > SVG_DOT_SHAPES or svg.find("text") is not None:
            continue
        fills = set()
        for shape in shapes:
            m = _SVG_FILL.search(str(shape.get("style") or ""))
            fills.add(rag_colour_of(m.group(1) if m else shape.get("fill")))
        if len(fills) == 1 and None not in fills:
            out.append((svg, fills.pop()))
    return out


#: what a style sheet writes before or after an element: "::after { content: 'Complete' }"
_GENERATED = re.compile(r"""(?<![\w-])content\s*:\s*(["'])(.*?)\1""", re.I)
_PSEUDO = re.compile(r"::?(before|after)\s*$", re.I)


def _generated_words(soup: BeautifulSoup) -> list[tuple[Tag, str, bool]]:
    """(element, words, before) for each word a page's own style sheets write into an element
    with a ::before or ::after rule's `content` (a status chip written by its class), in the
    sheets' order; icons and quotation marks without letters are left out."""
    out = []
    for style in soup.find_all("style"):
        css = re.sub(r"/\*.*?\*/", "", style.get_text(), flags=re.S)
        for selectors, declarations in _CSS_RULE.findall(css):
            m = _GENERATED.search(declarations)
            words = _CSS_ESCAPE.sub(lambda e: chr(int(e.group(1), 16)), m.group(2)) if m else ""
            if not any(ch.isalpha() for ch in words):
                continue
            for selector in selectors.split(","):
                pseudo = _PSEUDO.search(selector.strip())
                if pseudo is None:
                    continue
                try:
                    selected = soup.select(selector.strip()[:pseudo.start()] or "*")
                except Exception:
                    continue
                out += [(tag, words, pseudo.group(1).lower() == "before") for tag in selected]
    return out


#: a character a style sheet writes by its code ("\25B8 " is "▸")
_CSS_ESCAPE = re.compile(r"\\([0-9a-fA-F]{1,6})\s?")


#: inline elements whose shading highlights the words on them (a block's or cell's shading is a fill)
_INLINE = frozenset({"span", "mark", "b", "strong", "em", "i", "u", "font", "a", "small"})


def _inked(soup: BeautifulSoup) -> list[tuple[Tag, str]]:
    """Elements whose words are written (color, <font color>) or highlighted (an inline
    element's background) in a rating colour, with that colour."""
    out = []
    for tag, declarations in _styles(soup):
        colour = _colour_in(declarations, _TEXT_COLOUR)
        if colour is None and tag.name in _INLINE:
            colour = _colour_in(declarations, _BACKGROUND)
        if colour is not None:
            out.append((tag, colour))
    out += [(tag, colour) for tag in soup.find_all("font", color=True) if (colour := rag_colour_of(tag["color"]))]
    return out


def ink_of(el: Tag) -> str | None:
    """The rating colour every word of an element is written or highlighted in, if one (see Cell.ink)."""
    colours = set()
    for node in el.descendants:
        if not isinstance(node, NavigableString) or isinstance(node, (Comment, Declaration, Doctype, ProcessingInstruction)) \
                or not node.strip():
            continue
        tag, colour = node.parent, None
        while tag is not None:
            if tag.has_attr(_INK_ATTR):
                colour = tag[_INK_ATTR]
                break
            if tag is el:
                break
            tag = tag.parent
        colours.add(colour)
        if len(colours) > 1:
            return None
    return next(iter(colours)) if colours else None


def _labelled(chip: Tag) -> bool:
    """A dot set beside the words it stands for ("● Green", "● On track") says nothing more."""
    if chip.parent is None:
        return False
    beside = chip.parent.get_text(" ", strip=True)
    # several dots in one line each followed by words are a key of colours ("● complete ● not started")
    dots = [t for t in chip.parent.find_all(chip.name) if t is not chip and t.find(True) is None
            and (not t.get_text(strip=True) or t.get_text(strip=True) in SYMBOLS)]
    if len(beside) <= 40 and any(ch.isalpha() for ch in beside) and not dots and _says_a_rating(beside):
        return True
    # an item of a key set a symbol and its meaning a span ("● complete, evidence seen", "◑ under
    # way", "○ not started"): the symbol is the key's word, which the entries use too
    line = chip.parent.parent.get_text(" ", strip=True) if chip.parent.parent is not None else ""
    return len(line) <= KEY_LINE_CHARS and len({ch for ch in line if ch in SYMBOLS}) >= 2 \
        and beside.startswith(chip.get_text(strip=True)) and any(ch.isalpha() for ch in beside)


def _says_a_rating(words: str) -> bool:
    """Words that say what a dot beside them says: a status or a rating colour ("● On track",
    "Green ●"), not the label it rates ("Recommendation 1 ●", "Police ●")."""
    return states_status(words) or any(w in COLOURS for w in re.findall(r"[a-z]+", words.lower()))


#: a key of symbols set on one line is this short
KEY_LINE_CHARS = 240


def _mm(value: str | None) -> float | None:
    m = _LENGTH.match((value or "").replace("!important", "").strip())
    return float(m.group(1)) * _MM[m.group(2)] if m else None


@dataclass(frozen=True)
class _Frame:
    """Where an absolutely placed element stands on its page, in mm."""

    top: float
    left: float
    bottom: float
    right: float


def _frame(where: dict[str, str] | None) -> _Frame | None:
    if not where or where.get("position") not in ("absolute", "fixed"):
        return None
    top, left, width, height = (_mm(where.get(k)) for k in ("top", "left", "width", "height"))
    if top is None:
        from_bottom = _mm(where.get("bottom"))
        if from_bottom is None:
            return None
        top = 10_000 - from_bottom  # placed from the bottom: after everything placed from the top
    if left is None:
        from_right = _mm(where.get("right"))
        left = PAGE_WIDTH_MM - from_right - (width or 0) if from_right is not None else 0.0
    return _Frame(top, left, top + (height or 0.0), left + (width or 0.0))


def _widest_gap(spans: list[tuple[float, float]]) -> tuple[float, float] | None:
    """(size, where) of the widest gap that no span crosses, or None."""
    best = None
    reach = None
    for start, end in sorted(spans):
        if reach is not None and start > reach and (best is None or start - reach > best[0]):
            best = (start - reach, (reach + start) / 2)
        reach = end if reach is None else max(reach, end)
    return best


def _xy_cut(frames: list[tuple[_Frame, int]]) -> list[tuple[_Frame, int]]:
    """Frames in reading order by recursive XY-cut (widest gap first; ties across)."""
    if len(frames) <= 1:
        return frames
    across = _widest_gap([(f.top, f.bottom) for f, _ in frames])
    down = _widest_gap([(f.left, f.right) for f, _ in frames])
    if across is None and down is None:
        return sorted(frames, key=lambda fk: (fk[0].top, fk[0].left, fk[1]))
    if down is None or (across is not None and across[0] >= down[0]):
        cut = across[1]
        first = [fk for fk in frames if fk[0].top < cut]
        second = [fk for fk in frames if fk[0].top >= cut]
    else:
        cut = down[1]
        first = [fk for fk in frames if fk[0].left < cut]
        second = [fk for fk in frames if fk[0].left >= cut]
    return _xy_cut(first) + _xy_cut(second)


_BADGE = re.compile(r"^\s*(?:Recommendation|Rec\.?|R)\s*\d{1,2}[a-z]?\s*$", re.I)


def _laid_out_as_card(item: Tag) -> bool:
    """A list item whose lines the style sheet sets apart, opening on a recommendation's badge
    ("Recommendation 1" over its text, its lead and its progress)."""
    lines = item.find_all(attrs={_BLOCK_ATTR: True})
    return bool(lines) and any(_BADGE.match(line.get_text(" ", strip=True)) for line in lines[:3])


def _is_layout_table(table: Tag) -> bool:
    """A table that arranges the page rather than holding data."""
    cells = [td for td in table.find_all(["td", "th"]) if td.find_parent("table") is table]
    if any(td.find(LAYOUT_CONTENT) is not None for td in cells):
        return True
    rows = [tr for tr in table.find_all("tr") if tr.find_parent("table") is table]
    one_column = all(len(tr.find_all(["td", "th"], recursive=False)) <= 1 for tr in rows)
    return one_column and any(len(td.find_all(FLOW_CONTENT, recursive=False)) > 1
                              or td.find(["ul", "ol"]) is not None for td in cells)


def inline_text(el: Tag) -> str:
    """Text of an element, <br> as a space; nested lists and tables are left out
    (they are read as blocks of their own)."""
    parts: list[str] = []
    for node in el.descendants:
        if isinstance(node, (Comment, Declaration, Doctype, ProcessingInstruction)):
            continue
        if isinstance(node, NavigableString):
            if any(p.name in ("ul", "ol", "table") for p in node.parents if p is not el and _inside(p, el)):
                continue
            parts.append(str(node))
        elif node.name == "br":
            parts.append(" ")
    return clean_text("".join(parts).replace("\n", " "))


def _inside(ancestor: Tag, root: Tag) -> bool:
    for p in ancestor.parents:
        if p is root:
            return True
    return False


class _Walker:
    def __init__(self, placements: dict[int, dict[str, str]] | None = None) -> None:
        self.blocks: list[Block] = []
        self.pending: list[str] = []
        self.tables = 0
        self.placements = placements or {}
        self.box_titles: dict[int, tuple[int, int]] = {}  # id(box) -> (tag level, level) of its first heading
        self.section_level = 0  # the level of the last <h1>-<h6>: an accordion's summary stands under it

    def in_view_order(self, el: Tag) -> list:
        """The children of `el` in the order a reader meets them on the page.

        Pages laid out like a designed print document place their frames absolutely
        (`position: absolute; top: 130mm; left: 16mm`), in any order in the source. Such frames
        are ordered by recursive XY-cut, the classic page-segmentation method: the frames are
        split at the widest white gap that no frame crosses, across or down, and each part is
        read in turn (above before below, left before right). Text in the normal flow stands
        at the top of its container; frames placed from the bottom come last.
        """
        children = list(el.children)
        frames: list[tuple[_Frame, int]] = []
        for k, child in enumerate(children):
            frame = _frame(self.placements.get(id(child))) if isinstance(child, Tag) else None
            if frame is not None:
                frames.append((frame, k))
        if len(frames) < 2:
            return children
        placed = {k for _, k in frames}
        above = [k for f, k in frames if f.top < 0]
        below = [k for f, k in frames if f.top >= 0]
        ordered = [k for _, k in _xy_cut([(f, k) for f, k in frames if k in above])]
        ordered += [k for k, _ in enumerate(children) if k not in placed]
        ordered += [k for _, k in _xy_cut([(f, k) for f, k in frames if k in below])]
        return [children[k] for k in ordered]

    def add(self, kind: str, text: str, **kw) -> None:
        if text:
            self.blocks.append(Block(kind, text, len(self.blocks) + 1, **kw))

    def flush(self) -> None:
        """Loose text (a div's own text, not in a <p>) becomes a paragraph."""
        text = clean_text(" ".join(self.pending).replace("\n", " "))
        self.pending = []
        if text:
            bullet, rest = strip_bullet(text)
            self.add("list_item" if bullet else "paragraph", rest if bullet else text)

    def walk(self, el: Tag) -> None:
        for child in self.in_view_order(el):
            if isinstance(child, (Comment, Declaration, Doctype, ProcessingInstruction)):
                continue
            if isinstance(child, NavigableString):
                self.pending.append(str(child))
                continue
            if not isinstance(child, Tag):
                continue
            name = child.name
            if name == "br":
                self.pending.append(" ")
                continue
            if name not in BLOCKS and not child.has_attr(_BLOCK_ATTR):
                holds_blocks = child.find(list(BLOCKS)) is not None or child.find(attrs={_BLOCK_ATTR: True}) is not None
                if not holds_blocks:
                    self.pending.append(inline_text(child))
                else:
                    self.flush()
                    self.walk(child)
                continue
            self.flush()
            if name in HEADINGS:
                self.section_level = self.heading_level(child)
                self.add("heading", inline_text(child), level=self.section_level)
            elif name == "summary" and child.parent is not None and child.parent.name == "details" \
                    and child.find(list(BLOCKS - {"summary"})) is None:
                # an accordion's summary titles what it opens on, under the heading before it
                depth = sum(1 for p in child.parents if p.name == "details")
                self.add("heading", inline_text(child), level=min(self.section_level + depth, 6))
            elif name == "dl":
                self.description_list(child)
            elif name == "p" or name in ("dt", "dd", "pre", "figcaption", "address", "caption"):
                text = _run_in_label(child, inline_text(child))
                bullet, rest = strip_bullet(text)
                self.add("list_item" if bullet else "paragraph", rest if bullet else text, ink=ink_of(child))
            elif name == "li" and _laid_out_as_card(child):
                self.walk(child)  # an item laid out as a card: its lines are blocks of their own
            elif name == "li":
                self.add("list_item", inline_text(child), ink=ink_of(child))
                for sub in child.find_all(["ul", "ol", "table"], recursive=True):
                    if not any(p.name in ("ul", "ol", "table") for p in sub.parents if _inside(p, child)):
                        self.walk(sub) if sub.name != "table" else self.table(sub)
            elif name == "table" and _is_layout_table(child):
                self.unwrap(child)
            elif name == "table":
                self.table(child)
            else:
                self.walk(child)
            self.flush()

    def heading_level(self, heading: Tag) -> int:
        """The heading's level, its tag's unless the box it stands in opened on a deeper heading:
        a story card titled by an <h4> whose sections are <h3>s ("What happened", "What has
        changed") holds them under its title, as it shows them; the headings after them in the
        card keep their steps from them. Boxes are cards (div, article, aside, li), not the
        page's sections."""
        tag = HEADINGS[heading.name]
        level = tag
        box = next((p for p in heading.parents if id(p) in self.box_titles), None)
        if box is not None:
            box_tag, box_level = self.box_titles[id(box)]
            if box_tag > tag:
                level = box_level + 1
            elif box_level != box_tag:
                level = box_level + (tag - box_tag)
        for p in heading.parents:
            if p.name in _CARD_BOXES:
                self.box_titles.setdefault(id(p), (tag, level))  # the first heading in each box around it
        return level

    def description_list(self, dl: Tag) -> None:
        """A description list (a summary list of "Recommendation / Lead agency / Status" rows, a
        glossary) as one labelled block a term: "Lead agency: Police"."""
        term: str | None = None
        for node in dl.find_all(["dt", "dd"]):
            if node.find_parent("dl") is not dl:
                continue
            if node.name == "dt":
                if term is not None:
                    self.add("paragraph", term)
                term = inline_text(node)
                continue
            if node.find("dl") is not None:
                # a description nested in a description (a recommendation's "Lead / What has been
                # done / Status" under its text): its own terms label its own fields
                if term is not None:
                    self.add("paragraph", term)
                term = None
                self.walk(node)
                self.flush()
                continue
            value = inline_text(node)
            label = term.rstrip(" :") if term else ""
            if label and len(label) <= 60 and value:
                self.add("paragraph", f"{label}: {value}")
            else:
                for text in (label, value):
                    self.add("paragraph", text)
            term = None
            for sub in node.find_all(["ul", "ol", "table"]):
                if not any(p.name in ("ul", "ol", "table") for p in sub.parents if _inside(p, node)):
                    self.walk(sub) if sub.name != "table" else self.table(sub)
        if term is not None:
            self.add("paragraph", term)

    def unwrap(self, table: Tag) -> None:
        """A layout table's cells read as the blocks they hold: the head, then the body rows
        cell by cell, then the foot (where a browser draws it on screen)."""
        rows = [tr for tr in table.find_all("tr") if tr.find_parent("table") is table]
        order = ([tr for tr in rows if tr.find_parent("thead") is not None]
                 + [tr for tr in rows if tr.find_parent(["thead", "tfoot"]) is None]
                 + [tr for tr in rows if tr.find_parent("tfoot") is not None])
        for tr in order:
            for td in tr.find_all(["td", "th"], recursive=False):
                self.walk(td)
                self.flush()

    def table(self, table: Tag) -> None:
        caption = table.find("caption", recursive=False)
        if caption is not None:
            self.add("paragraph", inline_text(caption))
        grid, heads = _grid(table)
        if not grid:
            return
        ncols = max(c.end for row in grid for c in row)
        # The header band: the leading rows of header cells (th, or in thead), all but the last
        # data row. A row of one cell across the whole table is the table's title, said before
        # it as a caption is; below it, each column is named by the lowest header cell over it
        # ("Action taken" under "Response"; "No." spanning two header rows).
        band = 0
        while band < len(grid) - 1 and heads[band]:
            band += 1
        names: dict[int, str] = {}
        lowest: list[_GridCell] = []
        for row in grid[:band]:
            if len(row) == 1 and row[0].start == 0 and row[0].end >= ncols and band > 1:
                self.add("paragraph", row[0].text)
                continue
            lowest = row
            for c in row:
                for k in range(c.start, c.end):
                    names[k] = c.text
        self.tables += 1
        if lowest:
            # one cell per column, a header spanning two named over each ("Recommendation" over the
            # number and the title below it), as the rows below are laid out
            out = tuple(Cell(header=names.get(k) or None, text=names.get(k, ""), fill=None) for k in range(ncols))
            self.add("table_row", " | ".join(c.text for c in out), cells=out, table=self.tables, is_header=True)
        for row in grid[band:]:
            out = tuple(Cell(header=names.get(c.start) or None, text="" if c.carried else c.text,
                             fill=None if c.carried else c.fill, merged=c.carried,
                             ink=None if c.carried else c.ink) for c in row)
            self.add("table_row", " | ".join(c.text for c in out), cells=out, table=self.tables)


@dataclass(frozen=True)
class _GridCell:
    start: int
    end: int
    text: str
    fill: str | None
    carried: bool  # the rows below the first of a rowspan: merged, read blank as Word's are
    ink: str | None = None


def _grid(table: Tag) -> tuple[list[list[_GridCell]], list[bool]]:
    """The table's non-empty rows, cells placed on the column grid (a rowspan's cell stands in
    each row it covers), and for each row whether it is a header row (all th, or in thead)."""
    rows = [tr for tr in table.find_all("tr") if tr.find_parent("table") is table]
    grid: list[list[_GridCell]] = []
    heads: list[bool] = []
    carry: dict[int, tuple[int, _GridCell]] = {}  # column -> (rows still to cover, the cell)

    def carried(col: int, cells: list[_GridCell]) -> int:
        while col in carry:
            left, cell = carry[col]
            cells.append(_GridCell(cell.start, cell.end, cell.text, cell.fill, True, cell.ink))
            for k in range(cell.start, cell.end):
                if left > 1:
                    carry[k] = (left - 1, cell)
                else:
                    carry.pop(k, None)
            col = cell.end
        return col

    for tr in rows:
        col, cells, all_th = 0, [], True
        for td in tr.find_all(["td", "th"], recursive=False):
            col = carried(col, cells)
            span = _int(td.get("colspan"), 1)
            text, fill = _cell_text(td), _fill_of(td, tr)
            dots = td.find_all(attrs={_CHIP_ATTR: True})
            if dots and fill is None and _cell_text(td, dots):
                # "1 ●": a dot beside the cell's words rates the cell, as shading would
                text, fill = _cell_text(td, dots), dots[0][_CHIP_ATTR]
            cell = _GridCell(col, col + span, text, fill, False, ink_of(td))
            cells.append(cell)
            all_th = all_th and td.name == "th"
            if _int(td.get("rowspan"), 1) > 1:
                for k in range(col, col + span):
                    carry[k] = (_int(td.get("rowspan"), 1) - 1, cell)
            col += span
        while any(k >= col for k in carry):
            col = carried(min(k for k in carry if k >= col), cells)
        if any(c.text for c in cells if not c.carried):
            grid.append(cells)
            heads.append(all_th or tr.find_parent("thead") is not None)
    return grid, heads


_BACKGROUND = re.compile(r"background(?:-color)?\s*:\s*([^;!]+)", re.I)
_TEXT_COLOUR = re.compile(r"(?<![\w-])color\s*:\s*([^;!]+)", re.I)


def _fill_of(td: Tag, tr: Tag) -> str | None:
    """The rating colour a cell (or its row) is shaded in: style="background: #FFC000", bgcolor="green"."""
    for tag in (td, tr):
        m = _BACKGROUND.search(str(tag.get("style") or ""))
        value = m.group(1).strip().split()[0] if m and m.group(1).strip() else tag.get("bgcolor")
        if value:
            return rag_colour_of(str(value))
    return None


def _cell_text(td: Tag, leave_out: list[Tag] = ()) -> str:
    parts = []
    for node in td.descendants:
        if isinstance(node, (Comment, Declaration, Doctype, ProcessingInstruction)):
            continue
        if isinstance(node, NavigableString):
            if not any(node.parent is tag for tag in leave_out):
                parts.append(str(node))
        elif node.name in ("br", "p", "li", "div", "td", "th", "tr"):
            parts.append(" ")
    return clean_text("".join(parts).replace("\n", " "))


def _int(value, default: int) -> int:
    try:
        return max(1, min(int(str(value).strip()), 100))
    except (TypeError, ValueError):
        return default
