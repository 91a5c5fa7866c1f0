"""Is a file a safeguarding annual report at all?

A folder of reports also holds other things: a README, someone's notes. Such a
file read as a report becomes a board with the verdict "No SCRs", which is false.
Three signs make an annual report: a board or partnership named, a reporting
period, and safeguarding vocabulary (at least min_terms distinct terms of
models/report_signs.jsonl). A file with fewer than min_signs of them, or one that
reads as notes or documentation about files and software (min_not_report distinct
signs of that kind in its opening_chars), is skipped with the reason in words. The
thresholds are in models/report_signs.csv.

Notes and documentation show what they are from their opening; a long report searched to its
end would meet "the tool", "saved to" and "JSON" by chance, and reading it all cost 0.7 ms a page.
"""
from __future__ import annotations

from functools import lru_cache

from .lexicon import rules, search
from .resources import table

RULES = "report_signs.jsonl"
SETTINGS = "report_signs.csv"


@lru_cache(maxsize=1)
def settings() -> dict[str, int]:
    """The thresholds of the rule (models/report_signs.csv): min_terms, min_signs, min_not_report."""
    return {row["setting"]: int(row["value"]) for row in table(SETTINGS)}


def _distinct(kind: str, text: str, enough: int) -> list[str]:
    """The first match of each rule of `kind`, in the file's order, up to `enough` of them."""
    found = []
    for rule in rules(RULES):
        if rule.kind == kind and len(found) < enough:
            m = search(rule.regex, text)
            if m:
                found.append(m.group(0))
    return found


def skip_reason(text: str, board: str | None, period: str | None, has_entries: bool = False) -> str | None:
    """Why the document is not taken for an annual report, or None when it is one.
    SCR entries found are a sign that outweighs the others, unless the file reads as documentation."""
    limits = settings()
    terms = _distinct("safeguarding", text, limits["min_terms"])
    other = _distinct("not_report", text[:limits["opening_chars"]], 4)  # four are shown
    if len(other) >= limits["min_not_report"]:
        shown = ", ".join(f"'{w}'" for w in other[:4])
        return f"reads as notes or documentation about files, not an annual report (it uses {shown})"
    signs = [bool(board), bool(period), len(terms) >= limits["min_terms"]]
    if has_entries or sum(signs) >= limits["min_signs"]:
        return None
    missing = [what for what, ok in zip(
        ("no board or partnership named", "no reporting period",
         f"{len(terms)} safeguarding term{'s' if len(terms) != 1 else ''} "
         f"(at least {limits['min_terms']} expected)"),
        signs) if not ok]
    return "no sign of a safeguarding annual report: " + ", ".join(missing)
