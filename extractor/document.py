"""The document model every reader produces, whatever the file format.

A `Document` is a list of `Block`s in reading order. Later stages never look at
the original file again, so everything they need (page, heading level, which
table cell is which) is carried here.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

BlockKind = Literal["heading", "paragraph", "list_item", "table_row"]
FORMATS = ("pdf", "docx", "txt", "md", "html")


@dataclass(frozen=True)
class Cell:
    """One table cell, with the header of its column (None when the table has no header row).

    `fill` is the RAG colour ("red", "amber", "green", "blue") of the cell's shading, when it
    is shaded in one: some reports rate progress by colouring a cell and writing nothing in it.
    """

    header: str | None
    text: str
    fill: str | None = None
    #: the lower part of a cell merged down from the row above (a rowspan, Word's vMerge): read
    #: blank, as Word shows it, but it stands under that cell ("Lead: CCG" over two recommendations)
    merged: bool = False
    #: the rating colour every word of the cell is written or highlighted in, if one: some
    #: reports rate by the colour of the text itself ("actions in green are complete")
    ink: str | None = None


@dataclass
class Block:
    """A heading, paragraph, list item or table row.

    `page` is the 1-based page for PDFs and the 1-based running block index for
    formats without pages. Table rows carry their cells; all rows of one table
    (even one split over a page break) share the same `table` number, and the
    header row itself has `is_header=True`.
    """

    kind: BlockKind
    text: str
    page: int
    level: int | None = None
    cells: tuple[Cell, ...] = ()
    table: int | None = None
    is_header: bool = False
    #: the printed page of a DOCX block, when Word saved its page breaks (w:lastRenderedPageBreak)
    printed_page: int | None = None
    #: the rating colour every word of the block is written or highlighted in, if one (see Cell.ink)
    ink: str | None = None

    def cell(self, header: str) -> str | None:
        """The text of the cell under `header` (case-insensitive), or None."""
        wanted = header.casefold()
        for c in self.cells:
            if c.header is not None and c.header.casefold() == wanted:
                return c.text
        return None


@dataclass
class Document:
    source: str
    format: str
    sha256: str
    pages: int | None
    blocks: list[Block] = field(default_factory=list)
    metadata: dict[str, str] = field(default_factory=dict)
    #: Pages that could not be loaded (PDF), 1-based: the rest was read without them.
    unread_pages: list[int] = field(default_factory=list)

    @property
    def text(self) -> str:
        """All block text, one block per line (what search and tests look in)."""
        return "\n".join(b.text for b in self.blocks)


def page_ranges(pages: list[int]) -> str | None:
    """Page numbers as ranges ("3, 7-9"), or None when there are none."""
    runs: list[list[int]] = []
    for p in sorted(set(pages)):
        if runs and p == runs[-1][1] + 1:
            runs[-1][1] = p
        else:
            runs.append([p, p])
    return ", ".join(str(a) if a == b else f"{a}-{b}" for a, b in runs) or None
