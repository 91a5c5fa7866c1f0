"""The PDF reader's tunable numbers in one place, as pdfplumber's TableSettings does.

Every length is in PDF points (1/72 inch) unless it says "font sizes". The defaults
are what the corpus and the designed-layout fixtures are measured with.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from typing import Any


@dataclass(frozen=True)
class PdfSettings:
    """Settings of `read_pdf`; `PdfSettings.resolve` accepts one, a dict of some fields, or None."""

    #: thicker paths are shapes, not table borders
    rule_thickness: float = 2.5
    #: table borders closer than this are one border
    snap: float = 2.0
    #: top and bottom share of the page where running headers and footers live
    margin_share: float = 0.12
    #: spans painted one after another on one baseline join into a run across gaps up to
    #: this many font sizes (a browser prints a glyph or a word per text object)
    run_gap: float = 2.0
    #: a table ruled only under its rows: the tallest row, and the narrowest white strip
    #: between two of its columns
    max_row: float = 200.0
    min_column_gap: float = 4.0
    #: a flow continues on a line no more than this many font sizes below its last line
    flow_step: float = 2.2
    #: narrowest vertical white strip that separates two regions side by side
    min_gutter: float = 3.0
    #: baselines this close are one line (never split into regions side by side)
    same_line: float = 2.0
    #: two lines further apart than this many font sizes are two paragraphs ...
    leading: float = 1.45
    #: ... unless the document sets most lines of that size further apart (1.5 leading);
    #: then this many times that step
    learnt_leading: float = 1.12
    #: a numbered line in body type may sit this many times the paragraph step above the
    #: line that goes on with its sentence: a number set in a round badge makes its line taller
    badge_step: float = 1.25
    #: a status chip (a small filled shape in a rating colour with nothing written on it) is
    #: no longer than this many font sizes of the line it sits on, and no more than this many
    #: times as long as it is tall (a longer one is a progress bar)
    chip_size: float = 4.0
    chip_aspect: float = 4.0
    #: a box no larger than this may be a segment of a progress bar (bars.py)
    segment_size: float = 30.0
    #: a filled shape covering more than this share of the page is its background, not a
    #: container of text (a card, a call-out) read as one
    container_share: float = 0.5

    @classmethod
    def resolve(cls, settings: PdfSettings | dict[str, Any] | None) -> PdfSettings:
        if settings is None:
            return cls()
        if isinstance(settings, cls):
            return settings
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(settings) - known)
        if unknown:
            raise ValueError(f"unknown PDF setting(s): {', '.join(unknown)}; known: {', '.join(sorted(known))}")
        return cls(**{**asdict(cls()), **settings})
