"""Builders of small Documents for the NLP and linker tests (hand-built Blocks, no file needed),
and the extractor run on them."""
from __future__ import annotations

from extractor.document import Block, Cell, Document
from extractor.pipeline import extract_document
from extractor.report import Recommendation, Report


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


def report(builder: DocBuilder) -> Report:
    """The whole extractor (rules and the entry classifier) on a hand-built document."""
    return extract_document(builder.build())


def rules_report(builder: DocBuilder) -> Report:
    """The rules alone, without the entry classifier, on a hand-built document."""
    return extract_document(builder.build(), use_model=False)


def entries(builder: DocBuilder) -> list[Recommendation]:
    """The recommendations and actions the whole extractor finds in a hand-built document."""
    return report(builder).recommendations


def scr_section(title: str = "Serious Case Reviews", case: str = "Child M") -> DocBuilder:
    """A report opening on its board and year, then a case-review heading with one case under it."""
    return DocBuilder().para("Eastmere Safeguarding Children Board Annual Report 2014-15").heading(title).heading(case, 2)


#: the three recommendations of the review built by `review`
RECS = ["Health visitors should record who lives in a baby's home.",
        "Eastmere Police should tell children's social care when a violent man lives with a baby.",
        "The Board should run a campaign on coping with a crying baby."]


def review(b: DocBuilder) -> DocBuilder:
    """A case-review section for Child Q whose recommendations (RECS) are listed as bullets."""
    b.heading("Serious case reviews")
    b.heading("Child Q: serious case review", 2)
    b.para("Child Q was nine months old when he was brought to hospital with a fractured skull.")
    b.heading("What we were asked to do", 3)
    for rec in RECS:
        b.item(rec)
    return b
