"""Helpers for corpus helper F's held-aside report modules (fallowfield, greyhaven).

Not a report (no build()); the leading underscore keeps it out of report discovery.
Gold strings come from the same variables that go into the blocks, so every
text/action/evidence is verbatim in the document.
"""
from __future__ import annotations

import re
from dataclasses import replace

from blocks import Bullets, Heading, Para, Table, body, entry, gold

__all__ = ["Gold", "body", "partnership_wording"]


def norm(s: str | None) -> str | None:
    return None if s is None else " ".join(s.split())


class Gold:
    """Collects SCRs and entries in document order; `dump` computes rec9 via blocks.gold."""

    def __init__(self, name: str, lscb: str, period: str):
        self.name, self.lscb, self.period = name, lscb, period
        self.scrs: list[tuple[str, str | None]] = []
        self.entries: list[dict] = []

    def scr(self, case: str, stage: str | None) -> None:
        self.scrs.append((case, stage))

    def rec(self, scr, number, text, action, bodies, status, due=None) -> None:
        """`bodies` is a list of (name, sector); duplicates by name are dropped."""
        assert text or action
        assert status in ("completed", "in_progress", "not_started", "unknown")
        seen, uniq = set(), []
        for name, sector in bodies:
            if name not in seen:
                seen.add(name)
                uniq.append(body(name, sector))
        self.entries.append(entry(self.name, len(self.entries) + 1, scr, number, norm(text),
                                  norm(action), uniq, status, due))

    def dump(self, mechanism_evidence: str | None) -> dict:
        return gold(self.name, self.lscb, self.period, self.scrs, self.entries,
                    norm(mechanism_evidence))


def partnership_wording(blocks: list) -> list:
    """Filler text may still say 'the Board'; a partnership report says 'the Partnership'."""
    pats = [(re.compile(r"\b([Tt]he) Board\b"), r"\1 Partnership"),
            (re.compile(r"\b(at|to|of) Board\b"), r"\1 Partnership"),
            (re.compile(r"^Board\b"), "Partnership"),
            (re.compile(r"\bIndependent Chair\b"), "Independent Scrutineer")]

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
