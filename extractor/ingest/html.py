"""HTML reader: BeautifulSoup over lxml -> headings, paragraphs, list items, table rows.

BeautifulSoup's "lxml" builder uses lxml's HTML parser, which neither loads DTDs
nor touches the network; entities defined in a DOCTYPE are not expanded.
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, NavigableString, Tag
from bs4.element import Comment, Declaration, Doctype, ProcessingInstruction

from ..document import Block, Cell, Document
from .layout import clean_text, rag_colour_of, strip_bullet
from .text import decode

#: A DOCTYPE, with any internal subset of entity declarations; dropped unread.
DOCTYPE_RE = re.compile(r"<!DOCTYPE[^\[>]*(?:\[.*?\]\s*)?>", re.I | re.S)
DROP = {"script", "style", "noscript", "template", "head", "svg", "iframe", "object", "canvas", "form",
        "button", "select", "nav"}
HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
BLOCKS = {"p", "li", "table", "ul", "ol", "div", "section", "article", "main", "header", "footer",
          "aside", "blockquote", "dl", "dt", "dd", "pre", "figure", "figcaption", "address", "body", "html",
          "caption"} | set(HEADINGS)


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
    for tag in soup.find_all(list(DROP)):
        if tag.name == "nav" and tag.find(["p", "table"]) is not None:
            continue  # a <nav> with real paragraphs is content
        tag.decompose()
    walker = _Walker()
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
    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.pending: list[str] = []
        self.tables = 0

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
        for child in el.children:
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
            if name not in BLOCKS:
                self.pending.append(inline_text(child) if child.find(list(BLOCKS)) is None else "")
                if child.find(list(BLOCKS)) is not None:
                    self.flush()
                    self.walk(child)
                continue
            self.flush()
            if name in HEADINGS:
                self.add("heading", inline_text(child), level=HEADINGS[name])
            elif name == "p" or name in ("dt", "dd", "pre", "figcaption", "address", "caption"):
                text = inline_text(child)
                bullet, rest = strip_bullet(text)
                self.add("list_item" if bullet else "paragraph", rest if bullet else text)
            elif name == "li":
                self.add("list_item", inline_text(child))
                for sub in child.find_all(["ul", "ol", "table"], recursive=True):
                    if not any(p.name in ("ul", "ol", "table") for p in sub.parents if _inside(p, child)):
                        self.walk(sub) if sub.name != "table" else self.table(sub)
            elif name == "table":
                self.table(child)
            else:
                self.walk(child)
            self.flush()

    def table(self, table: Tag) -> None:
        caption = table.find("caption", recursive=False)
        if caption is not None:
            self.add("paragraph", inline_text(caption))
        rows = [tr for tr in table.find_all("tr") if tr.find_parent("table") is table]
        grid: list[list[tuple[int, int, str, bool]]] = []
        carry: dict[int, int] = {}  # column -> remaining rows of a rowspan
        for tr in rows:
            col = 0
            cells = []
            for td in tr.find_all(["td", "th"], recursive=False):
                while carry.get(col, 0) > 0:
                    carry[col] -= 1
                    col += 1
                span = _int(td.get("colspan"), 1)
                rspan = _int(td.get("rowspan"), 1)
                cells.append((col, col + span, _cell_text(td), td.name == "th", _fill_of(td, tr)))
                if rspan > 1:
                    for k in range(col, col + span):
                        carry[k] = rspan - 1
                col += span
            for k in list(carry):
                if k >= col and carry[k] > 0:
                    carry[k] -= 1
            if any(c[2] for c in cells):
                grid.append(cells)
                cells_in_thead = tr.find_parent("thead") is not None
                if cells_in_thead:
                    grid[-1] = [(a, b, t, True, f) for a, b, t, _, f in cells]
        if not grid:
            return
        self.tables += 1
        first = grid[0]
        is_header = all(c[3] for c in first)
        headers = [(a, b, t) for a, b, t, _, _ in first] if is_header else []
        for index, cells in enumerate(grid):
            out = []
            for a, b, t, _, fill in cells:
                header = next((ht or None for ha, hb, ht in headers if ha <= a < hb), None)
                out.append(Cell(header=header, text=t, fill=fill))
            self.add("table_row", " | ".join(c.text for c in out), cells=tuple(out), table=self.tables,
                     is_header=index == 0 and is_header)


_BACKGROUND = re.compile(r"background(?:-color)?\s*:\s*([^;!]+)", re.I)


def _fill_of(td: Tag, tr: Tag) -> str | None:
    """The rating colour a cell (or its row) is shaded in: style="background: #FFC000", bgcolor="green"."""
    for tag in (td, tr):
        m = _BACKGROUND.search(str(tag.get("style") or ""))
        value = m.group(1).strip().split()[0] if m and m.group(1).strip() else tag.get("bgcolor")
        if value:
            return rag_colour_of(str(value))
    return None


def _cell_text(td: Tag) -> str:
    parts = []
    for node in td.descendants:
        if isinstance(node, (Comment, Declaration, Doctype, ProcessingInstruction)):
            continue
        if isinstance(node, NavigableString):
            parts.append(str(node))
        elif node.name in ("br", "p", "li", "div", "td", "th", "tr"):
            parts.append(" ")
    return clean_text("".join(parts).replace("\n", " "))


def _int(value, default: int) -> int:
    try:
        return max(1, min(int(str(value).strip()), 100))
    except (TypeError, ValueError):
        return default
