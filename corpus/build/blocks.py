"""The source API of the corpus: a report is a `ReportSpec` holding a list of blocks.

Report modules under corpus/build/reports/ build one `ReportSpec` each; build.py renders
it to DOCX (and PDF via LibreOffice), optionally HTML/TXT/MD, and writes the gold JSON.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace


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
    """A ruled table; `caption` is rendered as a bold paragraph before it.

    `fills`: optional cell shading, one list per row of `rows` (the header row is never
    shaded) holding a hex colour such as "FFC000" or None for each cell. DOCX renders it as
    the cell shading (w:shd), HTML as a background-color on the td; TXT/MD cannot show it."""

    header: list[str]
    rows: list[list[str]]
    caption: str | None = None
    fills: list[list[str | None]] | None = None


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

def norm(s: str | None) -> str | None:
    """Whitespace-normalised copy of a span (the guidelines compare normalised text)."""
    return None if s is None else " ".join(s.split())


def evidence_of(s: str, limit: int = 140, trim: str = "") -> str:
    """The first ~`limit` characters of `s`, cut at a word boundary (the gold `evidence`).

    `trim`: punctuation taken off the end of a cut span (some reports' gold was written
    with ",;:" trimmed); a span short enough to keep whole is never trimmed."""
    s = " ".join(s.split())
    if len(s) <= limit:
        return s
    cut = s[:limit]
    cut = cut[: cut.rfind(" ")] if " " in cut else cut
    return cut.rstrip(trim) if trim else cut


def body(name: str, sector: str) -> dict:
    return {"name": name, "sector": sector}


ALL_AGENCIES = body("all partner agencies", "lscb")  # a recommendation addressed to everyone


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


STATUSES = ("completed", "in_progress", "not_started", "unknown")


class Gold:
    """Collects a report's SCRs and entries in document order; `dump` gives the gold dict.

    Saves numbering entries by hand: ids follow the order of `rec` calls, text/action and the
    mechanism evidence are whitespace-normalised, and rec9 comes from `gold`. Pass the gold
    spans from the same variables that go into the blocks, so they are verbatim there.
    `evidence_limit`/`evidence_trim` say how the evidence span is cut (see `evidence_of`).
    """

    def __init__(self, name: str, lscb: str, period: str, evidence_limit: int = 140,
                 evidence_trim: str = ""):
        self.name, self.lscb, self.period = name, lscb, period
        self.evidence_limit, self.evidence_trim = evidence_limit, evidence_trim
        self.scrs: list[tuple[str, str | None]] = []
        self.entries: list[dict] = []

    def scr(self, case: str, stage: str | None) -> None:
        self.scrs.append((case, stage))

    def rec(self, scr: str | None, number: str | None, text: str | None, action: str | None,
            bodies: list, status: str, due: str | None = None) -> None:
        """One entry. `bodies`: `body()` dicts or (name, sector) pairs; a body named twice
        is kept once (the first time)."""
        assert text or action
        assert status in STATUSES, status
        uniq: dict[str, dict] = {}
        for b in bodies:
            b = dict(b) if isinstance(b, dict) else body(*b)
            uniq.setdefault(b["name"], b)
        evidence = evidence_of(text if text else action, self.evidence_limit, self.evidence_trim)
        self.entries.append(entry(self.name, len(self.entries) + 1, scr, number, norm(text),
                                  norm(action), list(uniq.values()), status, due, evidence=evidence))

    def dump(self, mechanism_evidence: str | None) -> dict:
        return gold(self.name, self.lscb, self.period, self.scrs, self.entries,
                    norm(mechanism_evidence))


# ---------------------------------------------------------------- partnership wording

_BOARD_WORDS = [(re.compile(r"\b([Tt]he) Board\b"), r"\1 Partnership"),
                (re.compile(r"\b(at|to|of) Board\b"), r"\1 Partnership"),
                (re.compile(r"^Board\b"), "Partnership")]
_INDEPENDENT_CHAIR = (re.compile(r"\bIndependent Chair\b"), "Independent Scrutineer")
_BARE_CHAIR = (re.compile(r"\b([Tt]he) Chair\b"), r"\1 Independent Scrutineer")


def partnership_wording(blocks: list, scrutineer: bool = True, bare_chair: bool = False) -> list:
    """The blocks with generic filler text reworded for a post-2018 partnership report.

    filler.py's partnership mode still says "the Board" in places; a safeguarding children
    partnership would say "the Partnership" (names such as "Health and Wellbeing Board" are
    left alone). With `scrutineer`, "Independent Chair" becomes "Independent Scrutineer" (no
    independent chair under the new arrangements); with `bare_chair` too, so does "the Chair".
    """
    pats = list(_BOARD_WORDS)
    if scrutineer:
        pats.append(_INDEPENDENT_CHAIR)
        if bare_chair:
            pats.append(_BARE_CHAIR)

    def fix(s: str) -> str:
        for p, r in pats:
            s = p.sub(r, s)
        return s

    out = []
    for b in blocks:
        if isinstance(b, (Heading, Para)):
            b = replace(b, text=fix(b.text))
        elif isinstance(b, Bullets):
            b = replace(b, items=[fix(i) for i in b.items])
        elif isinstance(b, Table):
            b = replace(b, header=[fix(h) for h in b.header],
                        rows=[[fix(c) for c in r] for r in b.rows],
                        caption=fix(b.caption) if b.caption else None)
        out.append(b)
    return out
