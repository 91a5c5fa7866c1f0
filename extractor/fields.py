"""Report-level fields: the board, the period and what sentences say of SCRs.

- `board_name`: the LSCB / partnership name as the report gives it, title first.
- `period`: the reporting year as YYYY-YY, title and cover first.
- `stage_of`: the SCR stage a sentence states (published / completed / initiated / ongoing).
"""
from __future__ import annotations

import re
from collections import Counter

from .dates import consecutive_years
from .document import Document
from .lexicon import rules, search

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
        if consecutive_years(m["y1"], y2):
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


def _with_place(name: str, line_above: str) -> str:
    """A cover that sets the place on a line of its own above "Local Safeguarding Children
    Board" names the board with both lines."""
    if name.split()[0] not in ("Local", "Safeguarding"):
        return name
    words = line_above.split()
    if 1 <= len(words) <= 4 and all(w[:1].isupper() for w in words) and not any(ch.isdigit() for ch in line_above):
        return f"{line_above.strip()} {name}"
    return name


def board_name(doc: Document) -> str | None:
    """The board's name as given, without a leading "The"; title/cover first, else the commonest."""
    title = doc.metadata.get("title", "")
    cover = [title] + [b.text for b in doc.blocks[:COVER_BLOCKS]]
    for k, text in enumerate(cover):
        # a cover set in capitals ("WEXLEY LOCAL SAFEGUARDING CHILDREN BOARD") names it too
        names = _board_names(text) or (_board_names(text.title()) if text.isupper() else [])
        if names:
            return _with_place(names[0], cover[k - 1] if k > 1 else "")
    counts = Counter(n for b in doc.blocks for n in _board_names(b.text))
    return counts.most_common(1)[0][0] if counts else None


# ---- SCR stage and counts -----------------------------------------------------------------
STAGE_ORDER = ("published", "completed", "initiated", "ongoing")


def stage_of(text: str) -> str | None:
    """The strongest stage stated in a sentence (published > completed > initiated > ongoing)."""
    found = {r.value for r in rules("report_fields.jsonl") if r.kind == "stage" and search(r.regex, text)}
    for stage in STAGE_ORDER:
        if stage in found:
            return stage
    return None


def not_an_scr(text: str) -> bool:
    """True when a sentence says a case did not become an SCR ("did not meet the criteria")."""
    return any(r.kind == "not_an_scr" and search(r.regex, text) for r in rules("report_fields.jsonl"))


def counts_scrs(text: str) -> bool:
    """True when a sentence counts SCRs in the period ("two serious case reviews were initiated")."""
    for r in rules("report_fields.jsonl"):
        if r.kind == "no_scr" and search(r.regex, text):
            return False
    return any(r.kind == "scr_count" and search(r.regex, text) for r in rules("report_fields.jsonl"))
