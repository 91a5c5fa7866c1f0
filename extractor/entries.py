"""Entries: the linker's drafts turned into the report's Recommendations.

Takes the repaired Document and the Linker's drafts; gives the Recommendations (each with
its id, finished bodies, evidence, quotes and confidence) and the drafts kept. A draft's
confidence comes from the rules (`confidence`); the trained entry classifier
(classify.py), unless `use_model` is off, drops the drafts the rules were unsure of and
it rejects, and moves the confidence of the rest by at most 0.1; where the rules found no
status, the trained status model may give one it is confident of, from the short lines
among the entry's blocks and below it.
"""
from __future__ import annotations

from pathlib import Path

from .classify import adjusted_confidence, keeps, opinions, status_contexts, status_of, status_opinions
from .document import Document
from .link import Draft, evidence_of, finish_bodies
from .quotes import quotes_of
from .report import Recommendation
from .structure import Section, sections
from .untrusted import safe_text


def confidence(d: Draft) -> float:
    """The rules' belief that a draft is a real SCR entry, from its signals.

    Base by style (table rows and labelled recommendations surest, prose sentences and
    action-only bullets least), then the section: a recognised SCR section adds, a
    "learning and improvement" style section subtracts, anything else more. The trained
    classifier then moves it by at most 0.1 (classify.adjusted_confidence).
    `scr-extract evaluate` prints the calibration; the README gives the latest figures.
    """
    base = {"table": 0.9, "labelled": 0.9, "list": 0.85, "prose": 0.75, "action_list": 0.75}[d.kind]
    base += {"scr": 0.05, "scr_weak": -0.2}.get(d.category, -0.3)
    if d.strong_cue:
        base += 0.03
    if d.header_match:
        base += 0.02
    if d.scr:
        base += 0.02
    return round(min(0.99, max(0.05, base)), 2)


def recommendations(doc: Document, drafts: list[Draft], use_model: bool = True,
                    secs: list[Section] | None = None) -> tuple[list[Recommendation], list[Draft]]:
    """(the report's entries, the drafts the classifier did not drop): a dropped draft's case
    name does not count as an SCR of the report either. `secs`: the blocks' sections, when the
    caller has them."""
    live = [d for d in drafts if d.text is not None or d.action is not None]
    judged = opinions([(d.text, d.action, d.category) for d in live]) if use_model else None
    said = None
    if use_model and any(d.status == "unknown" for d in live):
        # every draft is located (the next entry bounds the context), only the unsure are judged
        contexts = status_contexts(doc.blocks, [(d.text, d.action) for d in live],
                                   [s.category for s in (secs or sections(doc))])
        said = status_opinions([c if d.status == "unknown" else None for d, c in zip(live, contexts)])
    stem = safe_text(Path(doc.source).stem)  # a file's name may hold what no output can carry
    entries, dropped = [], []
    for n, d in enumerate(live):
        belief = confidence(d)
        if judged is not None:
            if not keeps(belief, judged[n]):
                dropped.append(d)
                continue
            belief = adjusted_confidence(belief, judged[n])
        entries.append(Recommendation(
            id=f"{stem}-r{len(entries) + 1:02d}", scr=d.scr, number=d.number, text=d.text, action=d.action,
            bodies=finish_bodies(d.bodies), status=status_of(d.status, said[n]) if said else d.status, due=d.due, page=d.page,
            evidence=evidence_of(d.text or d.action), confidence=belief))
    for e in entries:
        e.quotes = quotes_of(doc, e)
    return entries, [d for d in drafts if all(d is not x for x in dropped)]
