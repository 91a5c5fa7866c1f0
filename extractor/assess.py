"""The recommendation 9 assessment of one report (the rule in docs/output.md).

The verdict is derived only from the rec9 fields, so anyone can recompute it
from the workbook by hand.
"""
from __future__ import annotations

from .report import Rec9Assessment, Recommendation

MEETS_SHARE = 0.8


def share(entries: list[Recommendation], has) -> float | None:
    if not entries:
        return None
    return round(sum(1 for e in entries if has(e)) / len(entries), 3)


def verdict(scrs_reported: bool, n_entries: int, actions_reported: float | None,
            bodies_named: float | None, monitoring_mechanism: bool) -> str:
    if not scrs_reported and n_entries == 0:
        return "no_scrs"
    if (monitoring_mechanism and actions_reported is not None and bodies_named is not None
            and actions_reported >= MEETS_SHARE and bodies_named >= MEETS_SHARE):
        return "meets"
    if n_entries == 0 or actions_reported == 0:
        return "does_not_meet"
    return "partly_meets"


def assess(entries: list[Recommendation], scrs_reported: bool,
           mechanism_evidence: str | None) -> Rec9Assessment:
    """Scores one report's entries against recommendation 9."""
    actions = share(entries, lambda e: bool(e.action))
    bodies = share(entries, lambda e: bool(e.bodies))
    mechanism = mechanism_evidence is not None
    return Rec9Assessment(
        scrs_reported=scrs_reported or bool(entries),
        recommendations_listed=any(e.text for e in entries),
        actions_reported=actions,
        bodies_named=bodies,
        monitoring_mechanism=mechanism,
        mechanism_evidence=mechanism_evidence,
        verdict=verdict(scrs_reported or bool(entries), len(entries), actions, bodies, mechanism),
    )


def _pct(share_: float) -> str:
    return f"{share_:.0%}"


def verdict_reason(rec9: Rec9Assessment, n_entries: int) -> str:
    """The verdict's reason in one plain sentence, from the same fields the rule reads."""
    need = _pct(MEETS_SHARE)
    entries = f"{n_entries} entr{'y' if n_entries == 1 else 'ies'}"
    if rec9.verdict == "no_scrs":
        return "No serious case review is named or counted, and no SCR recommendation or action was found."
    if rec9.verdict == "does_not_meet":
        if n_entries == 0:
            return ("Serious case reviews are reported, but no SCR recommendation or action "
                    "taken on one was found.")
        return f"None of the {entries} found reports an action taken."
    mechanism = ("the report describes how SCR actions are monitored" if rec9.monitoring_mechanism
                 else "no description of how SCR actions are monitored was found")
    acts = f"{_pct(rec9.actions_reported or 0)} of {entries} report an action"
    bodies = f"{_pct(rec9.bodies_named or 0)} name a responsible body"
    if rec9.verdict == "meets":
        return f"Meets all three tests: {mechanism}, {acts} and {bodies} ({need} needed for each)."
    short = []
    if not rec9.monitoring_mechanism:
        short.append(mechanism)
    if (rec9.actions_reported or 0) < MEETS_SHARE:
        short.append(f"only {acts} ({need} needed)")
    if (rec9.bodies_named or 0) < MEETS_SHARE:
        short.append(f"only {bodies} ({need} needed)")
    return "Partly meets: " + "; ".join(short) + "."
