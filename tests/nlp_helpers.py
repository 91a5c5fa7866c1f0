"""Builders of small Documents for the NLP tests (hand-built Blocks, no file needed)."""
from __future__ import annotations

from extractor.document import Block, Cell, Document


class DocBuilder:
    """Appends blocks in reading order; page = running block index (like DOCX)."""

    def __init__(self, source: str = "tests/data/nlp/sample.docx") -> None:
        self.blocks: list[Block] = []
        self.source = source
        self._tables = 0

    def _add(self, **kw) -> "DocBuilder":
        self.blocks.append(Block(page=len(self.blocks) + 1, **kw))
        return self

    def heading(self, text: str, level: int = 1) -> "DocBuilder":
        return self._add(kind="heading", text=text, level=level)

    def para(self, text: str) -> "DocBuilder":
        return self._add(kind="paragraph", text=text)

    def item(self, text: str) -> "DocBuilder":
        return self._add(kind="list_item", text=text)

    def table(self, header: list[str], rows: list[list[str]], fills: list[list[str | None]] | None = None,
              header_row: bool = True) -> "DocBuilder":
        """A table; `fills` gives each cell's shading colour, row by row (None: not shaded)."""
        self._tables += 1
        t = self._tables
        if header_row:
            self._add(kind="table_row", text=" | ".join(header), table=t, is_header=True,
                      cells=tuple(Cell(h, h) for h in header))
        for n, row in enumerate(rows):
            shading = fills[n] if fills else [None] * len(row)
            self._add(kind="table_row", text=" | ".join(row), table=t,
                      cells=tuple(Cell(h if header_row else None, v, f) for h, v, f in zip(header, row, shading)))
        return self

    def build(self) -> Document:
        return Document(source=self.source, format="docx", sha256="0" * 64, pages=None, blocks=self.blocks)
