"""Makes text taken from a report safe to put in a spreadsheet cell.

Report text is untrusted: a recommendation that happens to start with "=" or "@"
must never turn into a live formula in Excel or LibreOffice, and control
characters that Excel rejects would make the whole workbook unreadable.
"""
from __future__ import annotations

from ..untrusted import safe_text

#: Excel's limit is 32,767 characters; we stay a little under it.
MAX_CELL_CHARS = 32_000
TRUNCATION_MARKER = " […truncated]"
#: First characters that make Excel (or a CSV import) read a value as a formula.
FORMULA_STARTS = ("=", "+", "-", "@")
CSV_FORMULA_STARTS = FORMULA_STARTS + ("\t", "\r")


def clean_text(text: str) -> str:
    """Removes characters Excel rejects and truncates over-long text with a visible marker."""
    text = safe_text(text)
    if len(text) > MAX_CELL_CHARS:
        text = text[: MAX_CELL_CHARS - len(TRUNCATION_MARKER)] + TRUNCATION_MARKER
    return text


def looks_like_formula(text: str) -> bool:
    """True when a spreadsheet would read this text as a formula if typed in."""
    return text.startswith(FORMULA_STARTS)


def csv_safe(value: object) -> object:
    """A CSV value that no spreadsheet will evaluate: risky strings get a leading apostrophe."""
    if not isinstance(value, str):
        return value
    value = safe_text(value)
    if value.startswith(CSV_FORMULA_STARTS):
        return "'" + value
    return value
