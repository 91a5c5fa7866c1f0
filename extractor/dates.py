"""Dates as reports write them: a timescale ("March 2016", "Q3 2016/17", "2016/17") as YYYY-MM or YYYY."""
from __future__ import annotations

import re

MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"], 1)}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9

_MONTH_RE = "(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_MONTH_YEAR = re.compile(rf"\b(?P<m>{_MONTH_RE})\s*,?\s*(?P<y>(?:19|20)\d\d|'?\d\d)\b", re.I)
_QUARTER = re.compile(r"\b(?:Q|quarter\s*)(?P<q>[1-4])\s*(?:of\s*)?(?P<y1>(?:19|20)\d\d)(?:\s*[/-]\s*(?P<y2>\d{2,4}))?", re.I)
_FIN_YEAR = re.compile(r"\b(?P<y1>(?:19|20)\d\d)\s*[/-]\s*(?P<y2>\d{2}|(?:19|20)\d\d)\b")
_NUMERIC = re.compile(r"\b(?P<d>\d{1,2})[/.](?P<m>\d{1,2})[/.](?P<y>(?:19|20)?\d\d)\b")
_MONTH_NUM = re.compile(r"\b(?P<m>\d{1,2})/(?P<y>(?:19|20)\d\d)\b")
_SEASON = re.compile(r"\b(?P<s>spring|summer|autumn|winter)\s+(?:term\s+)?(?P<y>(?:19|20)\d\d)\b", re.I)
_YEAR = re.compile(r"\b(?P<y>(?:19|20)\d\d)\b")


def _year(text: str) -> int:
    text = text.lstrip("'")
    return int(text) if len(text) == 4 else 2000 + int(text)


def normalise_due(text: str | None) -> str | None:
    """A timescale cell or phrase as YYYY-MM or YYYY, or None.

    Month and year -> YYYY-MM. A quarter of a financial year ("Q3 2016/17") -> the
    last month of that quarter (Q1 = June, Q2 = September, Q3 = December of the first
    year, Q4 = March of the second). A financial year alone ("2016/17") -> March of its
    second year (its end). A season -> its year only. A year alone -> YYYY.
    """
    if not text:
        return None
    m = _MONTH_YEAR.search(text)
    if m:
        return f"{_year(m['y']):04d}-{MONTHS[m['m'].lower().rstrip('.')]:02d}"
    m = _QUARTER.search(text)
    if m:
        # English public bodies plan in financial years: Q1 ends in June, Q4 in March
        y1, q = int(m["y1"]), int(m["q"])
        return f"{y1 + 1:04d}-03" if q == 4 else f"{y1:04d}-{3 + 3 * q:02d}"
    m = _NUMERIC.search(text)
    if m and 1 <= int(m["m"]) <= 12:
        return f"{_year(m['y']):04d}-{int(m['m']):02d}"
    m = _MONTH_NUM.search(text)
    if m and 1 <= int(m["m"]) <= 12:
        return f"{int(m['y']):04d}-{int(m['m']):02d}"
    m = _FIN_YEAR.search(text)
    if m and consecutive_years(m["y1"], m["y2"]):
        return f"{int(m['y1']) + 1:04d}-03"
    m = _SEASON.search(text)
    if m:
        return m["y"]
    m = _YEAR.search(text)
    if m:
        return m["y"]
    return None


def consecutive_years(y1: str, y2: str) -> bool:
    second = int(y2) if len(y2) == 4 else int(y1[:2] + y2)
    return second == int(y1) + 1


# ---- period -------------------------------------------------------------------------------
