"""PDF reader: pdfium text objects and ruling lines -> headings, paragraphs, list items, table rows.

Why this design: pypdfium2 gives every text object (LibreOffice and Word emit one per
line fragment, browsers one per glyph or word) with its position, font size and font
name at a few microseconds per call, so a page costs about a millisecond. Tables in
the reports we read are drawn with ruled cell borders, which pdfium exposes as thin
path objects; a grid rebuilt from those rules tells which text run sits in which cell
without the per-character work pdfplumber does (about 9 pages/s). Reading order comes
from the content stream and the page's white space together (order.py).

    objects.py     pdfium -> spans (text objects), ruling lines, filled boxes
    tables.py      ruling lines -> grids; cells' text; rows as blocks
    page.py        spans -> runs -> flows -> one page's lines and grids in reading order
    order.py       the reading order of flows: XY cut arbitrated by the paint order
    lines.py       spans -> lines; running headers and footers
    paragraphs.py  lines -> paragraphs, list items, headings with levels
    reader.py      read_pdf: pages in, blocks out
    settings.py    PdfSettings: every tunable number
"""
from .reader import read_pdf
from .settings import PdfSettings

__all__ = ["PdfSettings", "read_pdf"]
