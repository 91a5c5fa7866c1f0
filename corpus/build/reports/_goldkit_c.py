"""Gold-building helpers for corpus helper C's report modules (wrenfield, yarlow, elmsworth,
fenbridge, glenmoor).

Not a report (no build()); the leading underscore keeps it out of report discovery. Every
gold span is passed in from the same string variable that goes into the blocks, so it is
verbatim in the document; rec9 follows the rule of docs/output.md.
"""
from __future__ import annotations


def norm(s: str | None) -> str | None:
    """Whitespace-normalised copy of a span (the guidelines compare normalised text)."""
    return None if s is None else " ".join(s.split())


def evidence(s: str, limit: int = 140) -> str:
    """The first ~limit characters of a span, cut at a word boundary."""
    s = norm(s)
    if len(s) <= limit:
        return s
    return s[:limit].rsplit(" ", 1)[0].rstrip(",;:")


ALL_AGENCIES = ("all partner agencies", "lscb")


class Gold:
    """Collects SCRs and entries in document order and computes rec9."""

    def __init__(self, name: str, lscb: str, period: str):
        self.name, self.lscb, self.period = name, lscb, period
        self.scrs: list[dict] = []
        self.recs: list[dict] = []

    def scr(self, case: str, stage: str | None) -> None:
        self.scrs.append({"name": case, "stage": stage, "page": None})

    def rec(self, scr, number, text, action, bodies, status, due=None) -> None:
        """bodies: (name, sector) pairs; duplicates by name are dropped."""
        assert text or action
        assert status in ("completed", "in_progress", "not_started", "unknown"), status
        seen, uniq = set(), []
        for name, sector in bodies:
            if name not in seen:
                seen.add(name)
                uniq.append({"name": name, "sector": sector})
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
        scrs_reported = bool(self.scrs) or n > 0
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
            "source": self.name, "sha256": None, "format": None, "pages": None,
            "lscb": self.lscb, "period": self.period,
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
