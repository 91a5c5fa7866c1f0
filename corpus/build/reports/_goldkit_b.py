"""Small helpers for corpus helper B's report modules: build gold entries and rec9 by hand.

Not a report (no build()); the leading underscore keeps it out of report discovery.
Gold strings are always passed in from the same variables that go into the blocks, so
every text/action/evidence is verbatim in the document.
"""
from __future__ import annotations


def norm(s: str | None) -> str | None:
    """Whitespace-normalised copy of a span (the guidelines compare normalised text)."""
    return None if s is None else " ".join(s.split())


def evidence(s: str, limit: int = 135) -> str:
    """First ~limit characters of a span, cut at a word boundary."""
    s = norm(s)
    if len(s) <= limit:
        return s
    return s[:limit].rsplit(" ", 1)[0].rstrip(",;:")


def body(name: str, sector: str) -> dict:
    return {"name": name, "sector": sector}


ALL_AGENCIES = {"name": "all partner agencies", "sector": "lscb"}


class Gold:
    """Collects entries in document order and computes rec9 the way docs/output.md says."""

    def __init__(self, name: str, lscb: str, period: str):
        self.name, self.lscb, self.period = name, lscb, period
        self.scrs: list[dict] = []
        self.recs: list[dict] = []

    def scr(self, case: str, stage: str | None) -> None:
        self.scrs.append({"name": case, "stage": stage, "page": None})

    def rec(self, scr: str | None, number: str | None, text: str | None, action: str | None,
            bodies: list[dict], status: str, due: str | None = None) -> None:
        assert text or action
        assert status in ("completed", "in_progress", "not_started", "unknown")
        seen, uniq = set(), []
        for b in bodies:
            if b["name"] not in seen:
                seen.add(b["name"])
                uniq.append(dict(b))
        self.recs.append({
            "id": f"{self.name}-r{len(self.recs) + 1:02d}",
            "scr": scr,
            "number": number,
            "text": norm(text),
            "action": norm(action),
            "bodies": uniq,
            "status": status,
            "due": due,
            "page": None,
            "evidence": evidence(text if text else action),
            "confidence": 1.0,
        })

    def dump(self, mechanism_evidence: str | None) -> dict:
        n = len(self.recs)
        actions = round(sum(1 for r in self.recs if r["action"]) / n, 3) if n else None
        bodies = round(sum(1 for r in self.recs if r["bodies"]) / n, 3) if n else None
        scrs_reported = bool(self.scrs)
        mech = mechanism_evidence is not None
        if not scrs_reported and n == 0:
            verdict = "no_scrs"
        elif mech and actions is not None and actions >= 0.8 and bodies >= 0.8:
            verdict = "meets"
        elif n == 0 or actions == 0:
            verdict = "does_not_meet"
        else:
            verdict = "partly_meets"
        return {
            "source": self.name,
            "sha256": None,
            "format": None,
            "pages": None,
            "lscb": self.lscb,
            "period": self.period,
            "scrs": self.scrs,
            "recommendations": self.recs,
            "rec9": {
                "scrs_reported": scrs_reported,
                "recommendations_listed": any(r["text"] for r in self.recs),
                "actions_reported": actions,
                "bodies_named": bodies,
                "monitoring_mechanism": mech,
                "mechanism_evidence": norm(mechanism_evidence),
                "verdict": verdict,
            },
        }


def partnership_wording(blocks: list, scrutineer: bool = False) -> list:
    """Rewrites 'the Board' in generic filler text as 'the Partnership' for post-2018 reports.

    filler.py's partnership mode still says "the Board" in places; a safeguarding children
    partnership report would not, so the generic sections of B's partnership reports are
    reworded here (names such as "Health and Wellbeing Board" are left alone).
    """
    import re
    from dataclasses import replace

    from blocks import Bullets, Heading, Para, Table

    pats = [(re.compile(r"\b([Tt]he) Board\b"), r"\1 Partnership"),
            (re.compile(r"\b(at|to|of) Board\b"), r"\1 Partnership"),
            (re.compile(r"^Board\b"), "Partnership")]
    if scrutineer:  # no independent chair at all under the new arrangements
        pats += [(re.compile(r"\bIndependent Chair\b"), "Independent Scrutineer"),
                 (re.compile(r"\b([Tt]he) Chair\b"), r"\1 Independent Scrutineer")]

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
            b = replace(b, header=[fix(h) for h in b.header], rows=[[fix(c) for c in r] for r in b.rows],
                        caption=fix(b.caption) if b.caption else None)
        out.append(b)
    return out
