"""The source API of the corpus: a report is a `ReportSpec` holding a list of blocks.

Report modules under corpus/build/reports/ build one `ReportSpec` each; build.py renders
it to DOCX (and PDF via LibreOffice), optionally HTML/TXT/MD, and writes the gold JSON.
"""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Heading:
    text: str
    level: int = 1


@dataclass
class Para:
    text: str
    bold: bool = False
    italic: bool = False


@dataclass
class Bullets:
    items: list[str]
    numbered: bool = False


@dataclass
class Table:
    """A ruled table; `caption` is rendered as a bold paragraph before it."""

    header: list[str]
    rows: list[list[str]]
    caption: str | None = None


@dataclass
class PageBreak:
    pass


@dataclass
class Columns:
    """From here on the text runs in `n` columns (a DOCX section break); Columns(1) ends it."""

    n: int


@dataclass
class ReportSpec:
    name: str                 # file stem, e.g. "brackenholt-2013-14"
    title: str                # cover title
    running_header: str       # repeated in the DOCX page header
    blocks: list              # the body, in order
    gold: dict                # the gold annotation (docs/annotation-guidelines.md shape)
    extra_formats: tuple = ()  # subset of ("html", "txt", "md")
    board: str | None = None      # cover line under the title (defaults to gold["lscb"])
    published: str | None = None  # cover line, e.g. "Published September 2014"


# ---------------------------------------------------------------- gold helpers (optional)

def evidence_of(s: str, limit: int = 140) -> str:
    """The first ~`limit` characters of `s`, cut at a word boundary (the gold `evidence`)."""
    s = " ".join(s.split())
    if len(s) <= limit:
        return s
    cut = s[:limit]
    return cut[: cut.rfind(" ")] if " " in cut else cut


def body(name: str, sector: str) -> dict:
    return {"name": name, "sector": sector}


def entry(report: str, index: int, scr: str | None, number: str | None, text: str | None,
          action: str | None, bodies: list[dict], status: str, due: str | None = None,
          evidence: str | None = None) -> dict:
    """One gold entry; `index` is 1-based in document order. Evidence defaults to the
    start of the text (or of the action when there is no text)."""
    if evidence is None:
        evidence = evidence_of(text if text is not None else action)
    return {"id": f"{report}-r{index:02d}", "scr": scr, "number": number, "text": text,
            "action": action, "bodies": bodies, "status": status, "due": due, "page": None,
            "evidence": evidence, "confidence": 1.0}


def gold(report: str, lscb: str, period: str, scrs: list[tuple[str, str | None]],
         entries: list[dict], mechanism_evidence: str | None) -> dict:
    """A gold annotation; rec9 is computed from the fields by the rule in docs/output.md."""
    n = len(entries)
    actions = round(sum(1 for e in entries if e["action"]) / n, 3) if n else None
    bodies_ = round(sum(1 for e in entries if e["bodies"]) / n, 3) if n else None
    scrs_reported = bool(scrs) or bool(entries)
    mech = mechanism_evidence is not None
    if not scrs_reported and n == 0:
        verdict = "no_scrs"
    elif mech and actions is not None and actions >= 0.8 and bodies_ >= 0.8:
        verdict = "meets"
    elif n == 0 or actions == 0:
        verdict = "does_not_meet"
    else:
        verdict = "partly_meets"
    return {
        "source": report, "sha256": None, "format": None, "pages": None,
        "lscb": lscb, "period": period,
        "scrs": [{"name": nm, "stage": st, "page": None} for nm, st in scrs],
        "recommendations": entries,
        "rec9": {"scrs_reported": scrs_reported,
                 "recommendations_listed": any(e["text"] for e in entries),
                 "actions_reported": actions, "bodies_named": bodies_,
                 "monitoring_mechanism": mech, "mechanism_evidence": mechanism_evidence,
                 "verdict": verdict},
    }
