"""Whether a text reports an action taken, clause by clause, and the action sentences after a recommendation."""
from __future__ import annotations

import re
from bisect import bisect_left

from spacy.tokens import Doc, Span

from ..nlp._extensions import semicolons, sentences, span_group
from .draft import cues, is_empty, within
from .status import narrative_status

#: cue labels that say nothing has been done (models/cues.jsonl)
_NOT_DONE_LABELS = frozenset({"NON_ACTION", "DEFERRAL"})
#: cue labels that make a clause talk wherever they stand: reporting to a board, a reported decision
_TALK_ANYWHERE_LABELS = frozenset({"TALK_TO_BOARD", "DECISION", "ACCEPTANCE", "OVERSIGHT"})
#: words that add no deed to a status or a date: "Due date: March 2017", "Target: June"
_EMPTY_WORDS = frozenset({"and", "the", "by", "in", "on", "now", "at", "yet", "due", "date", "target", "deadline",
                          "timescale", "revised", "expected", "completion"})
#: a clause that only names the recommendation it reports on
_REFERENCE_ONLY = re.compile(r"^(?:[\w'\u2019 ]{0,30}\s)?(?:recommendation|rec\.?)\s*(?:R|Rec\.?\s*)?\d{1,2}[a-z]?\s*[:.\-\u2013]?$",
                             re.I)
#: a condition after a future that holds the deed back ("... once the system is procured")
_WAITING = frozenset({"once", "until", "unless"})
#: tracker fields that name who or when, not what was done
_FIELD = re.compile(r"^(?:lead(?: agency| officer)?|owner|responsible(?: officer| agency)?|target(?: date)?|due(?: date)?|"
                    r"timescale|deadline|by whom|by when|rag|status)\s*[:\-\u2013]\s*\S", re.I)
_FIELD_SPLIT = re.compile(r"(?<=[.;])\s+")
#: a NOT_DONE_OPENING cue ("Partner to provide evidence", "Planned for Q2") counts only this near a clause's start
_OPENING_TOKENS = 4


def action_clauses(doc: Doc | Span) -> list[Span]:
    """The clauses of an action text (a Doc or a span of one): its sentences, cut again at semicolons."""
    whole = doc if isinstance(doc, Span) else doc[:]
    out: list[Span] = []
    semis = semicolons(whole.doc)
    for sent, _ in sentences(whole.doc):
        lo, hi = max(sent.start, whole.start), min(sent.end, whole.end)
        if lo >= hi:
            continue
        for i in semis[bisect_left(semis, lo):bisect_left(semis, hi)]:
            if i > lo:
                out.append(whole.doc[lo:i])
            lo = i + 1
        if lo < hi:
            out.append(whole.doc[lo:hi])
    return out


_DONE_SO = re.compile(r"\b(?:ha(?:ve|s|d)|did)\s+(?:(?:all|now|since|already)\s+)?(?:done|did) so\b|\bdid so\b", re.I)


def clause_state(clause: Span) -> str | None:
    """What one clause of an action text says was done, from its cues' tense and modality.

    "done" (past, present perfect, progressive, "now": "has introduced", "is rolling out"),
    "not_done" (a statement that nothing has happened: "awaiting", "to be scheduled", "has been
    asked to", "due to start", "Partner to provide evidence", "see recommendation 2", "under
    consideration", or a plan waiting on a condition: "Once the structure is agreed, training
    will be arranged"), "talk" (only discussed, noted, reported to the Board or decided: "It was
    agreed that a protocol would be written"), "status" (only a status word or a date; a status
    word that names the deed, "Implemented", is "done"), "other" (anything else, such as a plan
    naming who will do what), or None (no words).
    """
    doc = clause.doc
    if _REFERENCE_ONLY.match(clause.text.strip()):
        return None  # "Family X recommendation 3:": which recommendation, not what was done
    inside = within(span_group(doc, "cues"), clause)
    non = [c for c in inside if c.label_ in _NOT_DONE_LABELS
           or c.label_ == "NOT_DONE_OPENING" and c.start - clause.start < _OPENING_TOKENS]
    # "Discussed at March Board": talk opening a clause; "has been discussed with a paediatrician" is practice;
    # "presented to the Board" and "agreed that ..." are talk wherever they stand
    talk = {i for c in inside if c.label_ == "TALK_ONLY" and c.start - clause.start < 2
            or c.label_ in _TALK_ANYWHERE_LABELS for i in range(c.start, c.end)}
    not_done = {i for c in non for i in range(c.start, c.end)}
    covered: set[int] = set()
    for group in ("status", "dates"):
        for s in within(span_group(doc, group), clause):
            covered.update(range(s.start, s.end))
    # a status word ("Completed") is not a deed; talk ("discussed") is not either
    # "It will be raised in June": a deed after a future or modal marker is a plan
    future = min((c.start for c in inside if c.label_ == "FUTURE"), default=clause.end)
    # "Once the new structure is agreed, training will be arranged": everything waits on the condition
    # "Will be addressed once the new system is procured": a plan waiting on a condition after it, too
    waits = any(c.label_ == "CONDITION" and (
                    c.start - clause.start < _OPENING_TOKENS and c.start < future < clause.end
                    or future < c.start and doc[c.start].lower_ in _WAITING)
                for c in inside)
    done = [c for c in inside if c.label_ == "ACTION_CUE" and not set(range(c.start, c.end)) & (talk | not_done)
            and c.start < future]
    # "Every school was asked to name a lead, and 52 of the 58 have done so": the ask was met
    met = non and done and _DONE_SO.search(doc[non[-1].end:clause.end].text)
    if waits or non and (not done or non[0].start <= done[0].start) and not met:
        return "not_done"
    if not done and any(c.label_ == "REC_CUE" for c in inside):
        return "talk"  # "Police should ensure that ...": the recommendation said again, no deed
    if not done and _only_fields(clause):
        return "status"  # "Lead: Police. Target: Dec 2016": who and when, no deed
    words = [t for t in clause if t.is_alpha and t.i not in covered and t.lower_ not in _EMPTY_WORDS]
    deed_words = {i for c in inside if c.label_ == "DEED_STATUS" for i in range(c.start, c.end)}
    if done and (words or not all(set(range(c.start, c.end)) <= covered - deed_words for c in done)):
        return "done"
    if talk:
        return "talk"
    if words:
        return "other"
    return "status" if covered else None


def _only_fields(clause: Span) -> bool:
    """True when a clause is only "Lead: ..." / "Target: ..." fields of a tracker row."""
    text = clause.text.strip().rstrip(".")
    return bool(text) and all(_FIELD.match(part.strip()) for part in _FIELD_SPLIT.split(text) if part.strip())


def is_action_text(doc: Doc | Span | None, text: str | None) -> bool:
    """False when the text says nothing has been done ("not yet begun", "update awaited", "-").

    Decided clause by clause (clause_state): a text that opens by saying nothing has been done,
    or whose every clause says nothing was done, only talked about or gives a status, is not
    an action; a plan naming who will do what is one when it is all the text says.
    """
    if is_empty(text):
        return False
    if doc is None:
        return True
    clauses = action_clauses(doc)
    states = [st for st in map(clause_state, clauses) if st is not None]
    if not states:
        return False
    if states[0] == "not_done" and not any(_DONE_SO.search(c.text) for c in clauses[1:]):
        return False  # unless a later clause says the ask was met ("Seven of the eight have done so")
    return any(st in ("done", "other") for st in states)


def is_plan(doc: Doc | None) -> bool:
    """True when a text only says what will be done ("We will add a session on ..."): a FUTURE cue
    and no clause reporting a deed."""
    if doc is None or "FUTURE" not in cues(doc[:]):
        return False
    return "done" not in map(clause_state, action_clauses(doc))


def drop_plans(drafts: list, docs: dict[str, Doc]) -> None:
    """Action-only entries that are plans go when their case has action-only entries reporting deeds:
    a plan is an action only when it is all the report says (docs/annotation-guidelines.md)."""
    reported = [d for d in drafts if d.text is None and d.action]
    plans = [d for d in reported if is_plan(docs.get(d.action))]
    deeds = {d.scr for d in reported if d not in plans}
    for d in plans:
        if d.scr in deeds:
            drafts.remove(d)


def split_rec_action(doc: Doc | None, text: str) -> tuple[str, Span | None]:
    """(recommendation, the action sentences after it) of one block's text.

    "Recommendation 2: The CCG should ... In response, the CCG has issued ..." keeps
    the first sentences up to the last one with a recommendation cue as the text.
    """
    if doc is None:
        return text, None
    sents = list(doc.sents)
    said = [cues(s) for s in sents]
    first_rec = next((k for k, c in enumerate(said) if "REC_CUE" in c), 0)
    # the recommendation ends where work is first reported: a "should" after it is a plan's
    # ("... is being tested and should be in use by September")
    reported = next((k for k in range(first_rec + 1, len(sents)) if "ACTION_CUE" in said[k]), len(sents))
    last_rec = max((k for k in range(first_rec, reported) if "REC_CUE" in said[k]), default=first_rec)
    rest = sents[last_rec + 1:]
    if not rest or not any("ACTION_CUE" in cues(s) or "NON_ACTION" in cues(s) or narrative_status(s) for s in rest):
        return text, None
    return doc[:sents[last_rec].end].text.strip(), doc[rest[0].start:]
