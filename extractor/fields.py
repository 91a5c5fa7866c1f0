"""Report-level fields and the small normalisers the linker shares.

- `board_name`: the LSCB / partnership name as the report gives it, title first.
- `period`: the reporting year as YYYY-YY, title and cover first.
- `normalise_due`: a timescale ("March 2016", "Q3 2016/17", "2016/17") as YYYY-MM or YYYY.
- `RagKey`: the report's own colour key ("Green = complete"), colour -> status.
- `stage_of`: the SCR stage a sentence states (published / completed / initiated / ongoing).
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from .document import Document
from .nlp.lexicon import rules

MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"], 1)}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9
SEASON_MONTH = {"spring": 4, "summer": 7, "autumn": 10, "winter": 1}

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
        y1, q = int(m["y1"]), int(m["q"])
        if m["y2"] or True:  # English public bodies plan in financial years
            return f"{y1 + 1:04d}-03" if q == 4 else f"{y1:04d}-{3 + 3 * q:02d}"
    m = _NUMERIC.search(text)
    if m and 1 <= int(m["m"]) <= 12:
        return f"{_year(m['y']):04d}-{int(m['m']):02d}"
    m = _MONTH_NUM.search(text)
    if m and 1 <= int(m["m"]) <= 12:
        return f"{int(m['y']):04d}-{int(m['m']):02d}"
    m = _FIN_YEAR.search(text)
    if m and _fin_pair(m["y1"], m["y2"]):
        return f"{int(m['y1']) + 1:04d}-03"
    m = _SEASON.search(text)
    if m:
        return m["y"]
    m = _YEAR.search(text)
    if m:
        return m["y"]
    return None


def _fin_pair(y1: str, y2: str) -> bool:
    second = int(y2) if len(y2) == 4 else int(y1[:2] + y2)
    return second == int(y1) + 1


# ---- period -------------------------------------------------------------------------------
_PERIOD_PAIR = re.compile(r"\b(?P<y1>(?:19|20)\d\d)\s*(?:[/-]|\u2013|\u2014|to)\s*(?P<y2>(?:19|20)?\d\d)\b")
_PERIOD_MONTHS = re.compile(
    rf"\b(?:1(?:st)?\s+)?(?:april|apr)\.?\s+(?P<y1>(?:19|20)\d\d)\s*(?:to|-|\u2013|\u2014|until|and)\s*"
    rf"(?:(?:the\s+)?31(?:st)?\s+)?(?:march|mar)\.?\s+(?P<y2>(?:19|20)\d\d)\b", re.I)
COVER_BLOCKS = 12


def _periods(text: str) -> list[str]:
    found = []
    for m in _PERIOD_MONTHS.finditer(text):
        if int(m["y2"]) == int(m["y1"]) + 1:
            found.append(f"{m['y1']}-{m['y2'][2:]}")
    for m in _PERIOD_PAIR.finditer(text):
        y2 = m["y2"]
        if _fin_pair(m["y1"], y2):
            found.append(f"{m['y1']}-{y2[-2:]}")
    return found


def period(doc: Document) -> str | None:
    """The reporting year (YYYY-YY): from the title/cover if it states one, else the commonest."""
    title = doc.metadata.get("title", "")
    cover = [title] + [b.text for b in doc.blocks[:COVER_BLOCKS] if b.kind != "table_row"]
    for text in cover:
        found = _periods(text)
        if found:
            return found[0]
    counts = Counter(p for b in doc.blocks for p in _periods(b.text))
    return counts.most_common(1)[0][0] if counts else None


# ---- board name ---------------------------------------------------------------------------
def _board_names(text: str) -> list[str]:
    out = []
    for rule in rules("report_fields.jsonl"):
        if rule.kind != "board_name":
            continue
        for m in rule.regex.finditer(text):
            name = re.sub(r"\s+", " ", m["name"]).strip()
            name = re.sub(r"^(?:The|the|Annual Report(?: of)?(?: the)?)\s+", "", name)
            words = name.split()
            while words and words[0] in {"The", "Annual", "Report", "Welcome", "Of", "Chair", "Independent"}:
                words.pop(0)
            if words:
                out.append(" ".join(words))
    return out


def board_name(doc: Document) -> str | None:
    """The board's name as given, without a leading "The"; title/cover first, else the commonest."""
    title = doc.metadata.get("title", "")
    for text in [title] + [b.text for b in doc.blocks[:COVER_BLOCKS]]:
        names = _board_names(text)
        if names:
            return names[0]
    counts = Counter(n for b in doc.blocks for n in _board_names(b.text))
    return counts.most_common(1)[0][0] if counts else None


# ---- SCR stage and counts -----------------------------------------------------------------
STAGE_ORDER = ("published", "completed", "initiated", "ongoing")


def stage_of(text: str) -> str | None:
    """The strongest stage stated in a sentence (published > completed > initiated > ongoing)."""
    found = {r.value for r in rules("report_fields.jsonl") if r.kind == "stage" and r.regex.search(text)}
    for stage in STAGE_ORDER:
        if stage in found:
            return stage
    return None


def not_an_scr(text: str) -> bool:
    """True when a sentence says a case did not become an SCR ("did not meet the criteria")."""
    return any(r.kind == "not_an_scr" and r.regex.search(text) for r in rules("report_fields.jsonl"))


def counts_scrs(text: str) -> bool:
    """True when a sentence counts SCRs in the period ("two serious case reviews were initiated")."""
    for r in rules("report_fields.jsonl"):
        if r.kind == "no_scr" and r.regex.search(text):
            return False
    return any(r.kind == "scr_count" and r.regex.search(text) for r in rules("report_fields.jsonl"))


# ---- RAG key ------------------------------------------------------------------------------
COLOURS = ("red", "amber", "green", "blue", "grey", "gray", "purple", "black", "white")
DEFAULT_RAG = {"red": "not_started", "amber": "in_progress", "green": "completed", "blue": "completed"}
_KEY_ITEM = re.compile(
    r"\b(?P<c>red|amber|green|blue|grey|gray|purple|black|white)\b\s*(?:[:=\-\u2013\u2014]|means|indicates|is)\s*"
    r"(?P<d>[^;.\n]*?)(?=(?:[;,.]?\s*\b(?:red|amber|green|blue|grey|gray|purple|black|white)\b\s*(?:[:=\-\u2013\u2014]|means|indicates|is))|[;.\n]|$)",
    re.I)


@dataclass
class RagKey:
    """colour -> status code, as the report defines its colours (defaults where it does not)."""

    colours: dict[str, str] = field(default_factory=dict)
    page: int | None = None

    def status(self, colour: str) -> str | None:
        colour = colour.lower()
        return self.colours.get(colour) or DEFAULT_RAG.get(colour)


_KEY_PROSE = re.compile(
    r"(?P<d>\b[\w\s'-]{3,60}?)\s+(?:are|is)\s+(?:shown|rated|marked|coloured|highlighted)\s+(?:in|as)\s+"
    r"(?P<c>red|amber|green|blue|grey|gray|purple)\b", re.I)


_COLOUR_WORD = r"(?:red|amber|green|blue|grey|gray|purple|black|white)"
_LETTER = {"R": "red", "A": "amber", "G": "green", "B": "blue"}
#: "B – complete; G – on track" (capital letters standing for colours)
#: any capital letter may be a rating code ("C = closed"); it stands for itself, lower-cased
_KEY_LETTER = re.compile(r"(?:^|(?<=[\s;:,(]))(?P<c>[A-Z])\s*(?:[:=\-\u2013\u2014])\s*(?P<d>[^;.,\n]*?)"
                         r"(?=\s*[;.,(\n]|\s+[A-Z]\s*[:=\-\u2013\u2014]|$)")
#: "Complete (Blue), On track (Green)"
_KEY_PAREN = re.compile(rf"(?P<d>[A-Za-z][\w'-]*(?:\s+[\w'-]+){{0,5}}?)\s*\(\s*(?P<c>{_COLOUR_WORD})\s*\)", re.I)
#: "Actions rated blue have been completed, those rated green are on track"
_KEY_RATED = re.compile(rf"\b(?:rated|marked|coloured|shown(?: as| in)?|highlighted(?: in)?)\s+(?P<c>{_COLOUR_WORD})\s+"
                        rf"(?:are|is|have|has|means?|indicates?)?\s*(?P<d>[^,;.]+)", re.I)
#: "..., actions on track in green": a later item of a "shown in" list
_KEY_IN = re.compile(rf"(?P<d>\b[\w\s'-]{{3,60}}?)\s+(?:in|as)\s+(?P<c>{_COLOUR_WORD})\b", re.I)


def key_items(text: str) -> list[tuple[str, str]]:
    """(colour, definition) pairs of a key line ("Green = complete; Amber = on track").

    Also the letter form "B – complete; G – on track", the parenthetical form
    "Complete (Blue), On track (Green)", and the prose forms "Completed actions are
    shown in green, actions on track in amber", "those rated green are on track"."""
    items = [(m["c"].lower(), m["d"].strip()) for m in _KEY_ITEM.finditer(text) if m["d"].strip()]
    if len(items) >= 2:
        return items
    letters = [(_LETTER.get(m["c"], m["c"].lower()), m["d"].strip()) for m in _KEY_LETTER.finditer(text)
               if m["d"].strip()]
    if len(letters) >= 2:
        return letters
    paren = [(m["c"].lower(), m["d"].strip()) for m in _KEY_PAREN.finditer(text)]
    if len(paren) >= 2:
        return paren
    rated = [(m["c"].lower(), m["d"].strip()) for m in _KEY_RATED.finditer(text) if m["d"].strip()]
    if len(rated) >= 2:
        return rated
    if not items:
        parts = re.split(r",\s*(?:and\s+)?|;\s*|\s+and\s+(?=[\w\s'-]{3,60}?\s+(?:are|is)\s)", text)
        for part in parts:
            m = _KEY_PROSE.search(part)
            if m:
                items.append((m["c"].lower(), m["d"].strip()))
            elif items:
                m = _KEY_IN.search(part)
                if m:
                    items.append((m["c"].lower(), m["d"].strip()))
    return items
