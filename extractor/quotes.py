"""Verbatim quotes, each with its page, that show where an entry's parts come from.

An official checking an entry needs the report's own words for the
recommendation, the action, the status and the responsible body, and the page to
turn to. The linker gives each entry one page; here each part is found again in
the document's blocks (the block nearest the entry's page holding the text), and
quoted as whole sentences up to QUOTE_CHARS. The status words are the status cell
of the entry's table row, or the sentence of the action or recommendation that
states a status (models/status.jsonl); a cell rated by its colour alone is quoted
as "[cell shaded green]".

Pages are the printed pages for PDFs and for DOCX files that Word saved with its
page breaks (w:lastRenderedPageBreak); other files count blocks (headings,
paragraphs, list items, table rows), and the report says so in `page_kind`.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from itertools import accumulate

from .document import Block, Document
from .lexicon import states_status
from .link.tables import header_meaning
from .resources import MODELS, jsonl_rows
from .report import Quote, Recommendation

QUOTE_CHARS = 300
FIND_CHARS = 60
NEIGHBOURS = 3  # blocks either side of the entry where a status stated for it is looked for
_SENTENCE_END = re.compile(r"(?<=[.!?;])[\"'\u201d\u2019)]*\s+(?=[\"'\u201c\u2018(]?[A-Z0-9])")


def page_kind(doc: Document) -> str:
    """"page" when block pages are printed pages, "paragraph" when they count blocks."""
    if doc.format == "pdf" or any(b.printed_page is not None for b in doc.blocks):
        return "page"
    return "paragraph"


def _page(doc: Document, block: Block) -> int:
    if doc.format != "pdf" and block.printed_page is not None:
        return block.printed_page
    return block.page


def _norm(text: str) -> str:
    return " ".join(text.split()).casefold()


def sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE_END.split(" ".join(text.split())) if s.strip()]


def quote_text(text: str, cap: int = QUOTE_CHARS) -> str:
    """Whole sentences from the start of `text`, as many as fit in `cap` characters; a first
    sentence longer than that is cut at a word and marked with an ellipsis."""
    out = ""
    for s in sentences(text):
        joined = f"{out} {s}".strip()
        if len(joined) > cap:
            break
        out = joined
    if out:
        return out
    cut = " ".join(text.split())[:cap]
    return (cut[:cut.rfind(" ")] if " " in cut else cut) + " \u2026"


class _BlockIndex:
    """Every block's text normalised and joined in one string, built once per document, so that
    finding the blocks that hold a phrase is one C-level scan, not a loop over the blocks for
    each of the document's entries (a loop that grew with entries x blocks on long reports)."""

    def __init__(self, doc: Document):
        self.doc = doc
        texts = [_norm(b.text) for b in doc.blocks]
        self.starts = list(accumulate((len(t) + 1 for t in texts[:-1]), initial=0))
        self.joined = "\n".join(texts)  # normalised text has no newline, so none is matched across
        self.position = {id(b): i for i, b in enumerate(doc.blocks)}
        self._found: dict[str, list[Block]] = {}  # key -> holding(key)

    def holding(self, key: str) -> list[Block]:
        """The blocks whose normalised text contains `key`, in document order. Each key is scanned
        for once: a scan walks the whole document, and a third of the look-ups of the bench
        reports repeat an earlier one (one sentence quoted for two parts or two entries)."""
        found = self._found.get(key)
        if found is None:
            found = self._found[key] = self._scan(key)
        return list(found)

    def _scan(self, key: str) -> list[Block]:
        found: list[Block] = []
        if not key:
            return found
        at = self.joined.find(key)
        while at >= 0:
            i = bisect_right(self.starts, at) - 1
            found.append(self.doc.blocks[i])
            nxt = self.starts[i + 1] if i + 1 < len(self.starts) else len(self.joined)
            at = self.joined.find(key, nxt)
        return found


_last: list = [None]  # the index of the document last searched


def _index(doc: Document) -> _BlockIndex:
    if _last[0] is None or _last[0].doc is not doc:
        _last[0] = _BlockIndex(doc)
    return _last[0]


def _find_block(doc: Document, text: str, near: int | None) -> Block | None:
    """The block holding the opening of `text`, nearest to block page `near`."""
    wanted = _norm(text)
    for size in (FIND_CHARS, 25):
        hits = _index(doc).holding(wanted[:size])
        if hits:
            return min(hits, key=lambda b: abs(b.page - near) if near else 0)
    return None


def _status_quote(doc: Document, entry: Recommendation, blocks: list[Block]) -> Quote | None:
    for b in blocks:
        if b.kind != "table_row":
            continue
        for c in b.cells:
            if header_meaning(c.header or "") == "status":
                if c.text.strip():
                    return Quote("status", quote_text(c.text), _page(doc, b))
                if c.fill:
                    return Quote("status", f"[cell shaded {c.fill}]", _page(doc, b))
        for c in b.cells:
            if c.fill and not c.text.strip():
                return Quote("status", f"[cell shaded {c.fill}]", _page(doc, b))
    for wanted in (entry.status, None):
        for part in (entry.action, entry.text):
            for s in sentences(part or "")[::-1] if part else []:
                if states_status(s, wanted):
                    block = _find_block(doc, s, entry.page)
                    return Quote("status", quote_text(s), _page(doc, block) if block else None)
    # a status stated beside the entry: a "Status:" line, a heading over the list, the next paragraph
    if blocks:
        at = _index(doc).position[id(blocks[-1])]
        for b in (*doc.blocks[at + 1:at + 1 + NEIGHBOURS], *doc.blocks[max(0, at - NEIGHBOURS):at][::-1]):
            for s in sentences(b.text):
                if len(s) <= QUOTE_CHARS and states_status(s, entry.status):
                    return Quote("status", quote_text(s), _page(doc, b))
    return None


def _body_quote(doc: Document, entry: Recommendation, blocks: list[Block]) -> Quote | None:
    if not entry.bodies:
        return None
    name = entry.bodies[0].name.casefold()
    for part in (entry.action, entry.text):
        for s in sentences(part or ""):
            if name in s.casefold():
                block = _find_block(doc, s, entry.page)
                return Quote("body", quote_text(s), _page(doc, block) if block else None)
    for b in blocks:
        for c in b.cells or ():
            if name in c.text.casefold():
                return Quote("body", quote_text(c.text), _page(doc, b))
    near = _index(doc).holding(_norm(name))
    if near:
        b = min(near, key=lambda b: abs(b.page - (entry.page or 0)))
        s = next((s for s in sentences(b.text) if name in s.casefold()), b.text)
        return Quote("body", quote_text(s), _page(doc, b))
    return None


def quotes_of(doc: Document, entry: Recommendation) -> list[Quote]:
    """The quotes of one entry: recommendation, action, status words, body (those found)."""
    out: list[Quote] = []
    blocks: list[Block] = []
    for of, text in (("recommendation", entry.text), ("action", entry.action)):
        if not text:
            continue
        block = _find_block(doc, text, entry.page)
        if block is not None:
            blocks.append(block)
        out.append(Quote(of, quote_text(text), _page(doc, block) if block else None))
    if entry.status != "unknown":
        status = _status_quote(doc, entry, blocks)
        if status:
            out.append(status)
    body = _body_quote(doc, entry, blocks)
    if body:
        out.append(body)
    return out


def page_of_text(doc: Document, text: str, near: int | None = None) -> int | None:
    """The page of the block holding `text` (its opening), or None when it is not found."""
    block = _find_block(doc, text, near)
    return _page(doc, block) if block else None
