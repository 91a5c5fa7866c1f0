"""The monitoring mechanism: the sentence that tells how a board monitors the implementation
of SCR recommendations, one of the four inputs to the recommendation-9 verdict.

Takes the repaired Document, its sections, the analyses of its texts and the blocks read
(select.Selection.readable); gives that sentence, or None. A monitoring sentence has a
monitoring verb (MECH_VERB) and an object such as the action plan, recommendations,
progress or evidence (MECH_OBJECT), names no other review's plan and states no
recommendation; its weights and vetoes are rules of models/report_fields.jsonl.
"""
from __future__ import annotations

from typing import Collection, Mapping

from spacy.tokens import Doc, Span

from .document import Document
from .lexicon import rules, rules_of, search
from .link import block_texts, cues, within
from .nlp._extensions import doc_text, sentences, span_group
from .structure import CANDIDATE, Section


def mechanism_scope(text: str) -> bool:
    """True when text names the actions or recommendations of reviews ("the action plans arising
    from reviews") without naming an SCR: a sub-group's paragraph may describe the monitoring."""
    for r in rules_of("report_fields.jsonl", "mechanism_scope"):
        if search(r.regex, text):
            return True
    return False


#: a monitoring sentence needs a body, a monitoring verb and an object (action plan, actions,
#: recommendations, progress ...) and scores at least this much (see monitoring_mechanism)
MECHANISM_MIN_SCORE = 2


def mechanism_score(text: str, labels: set[str]) -> int:
    """How strongly a sentence with a monitoring verb and object describes how implementation
    of SCR recommendations is monitored (weights in models/report_fields.jsonl); 0 when what it
    monitors is something else ("the number of children on a plan", a DHR or Ofsted plan)."""
    if "SCR_TERM" not in labels and any(r.kind == "mechanism_not_object" and search(r.regex, text)
                                        for r in rules("report_fields.jsonl")):
        return 0
    if any(r.kind == "mechanism_not_yet" and search(r.regex, text) for r in rules("report_fields.jsonl")):
        return 0
    score = 1 if "MECH_BODY" in labels else 0
    score += sum(int(r.value or 1) for r in rules("report_fields.jsonl")
                 if r.kind == "mechanism_signal" and search(r.regex, text))
    return score


def _monitoring_score(sent: Span, text: str) -> int:
    """mechanism_score of a sentence that has a monitoring verb and object (MECH_VERB, MECH_OBJECT),
    names no other review's plan (an audit of impact is a mechanism; an Ofsted or DHR plan is not)
    and states no recommendation; 0 for any other sentence."""
    labels = cues(sent)
    if "MECH_OBJECT" not in labels:
        return 0
    rec_cues = {c.text.lower() for c in within(span_group(sent.doc, "cues"), sent) if c.label_ == "REC_CUE"}
    if rec_cues - {"must"}:
        return 0  # "The Board should monitor ...": a recommendation, not the mechanism
    if rec_cues and mechanism_score(text, labels) < MECHANISM_MIN_SCORE + 1:
        return 0  # "must" as a rule of the mechanism only with strong signals ("... before they can be closed")
    named = "SCR_TERM" in labels or bool(within(span_group(sent.doc, "cases"), sent))
    if "MECH_VERB" not in labels and not named:
        return 0  # without a monitoring verb, only a sentence on SCR actions that is rich in signals counts
    if "MECH_VERB" not in labels and not text.rstrip().endswith((".", "!", "?", ";")) and len(text.split()) < 10:
        return 0  # a title or a link ("Family R: Board response and action plan") describes no mechanism
    other_review = [c for c in within(span_group(sent.doc, "cues"), sent)
                    if c.label_ == "DISTRACTOR" and "audit" not in c.text.lower()]
    if other_review and "SCR_TERM" not in labels:
        return 0
    score = mechanism_score(text, labels)
    if "MECH_VERB" not in labels:
        return score - 1 if score >= MECHANISM_MIN_SCORE + 1 else 0
    return score


def describes_mechanism(sent: Span | Doc) -> bool:
    """True when a sentence, wherever it stands, describes how implementation of SCR
    recommendations is monitored ("The SCR sub-group tracks each action plan ...")."""
    span = sent[:] if isinstance(sent, Doc) else sent
    return _monitoring_score(span, span.text.strip()) >= MECHANISM_MIN_SCORE


def monitoring_mechanism(doc: Document, secs: list[Section], docs: Mapping[str, Doc], readable: set[int],
                         actions: Collection[str] = ()) -> str | None:
    """The sentence that best describes how implementation of SCR recommendations is monitored:
    a monitoring verb (MECH_VERB) and an object such as the action plan, recommendations,
    progress or evidence (MECH_OBJECT); a case-review section wins ties. `actions`: the
    actions reported on the entries; a block that is one of them tells what an agency did for
    one recommendation ("the log ... is reviewed weekly by the MASH"), not how the board
    monitors them all."""
    best, best_key = None, (0, False)
    taken = {" ".join(a.split()) for a in actions}
    for i in sorted(readable):
        b = doc.blocks[i]
        if b.kind == "table_row" or " ".join(b.text.split()) in taken:
            continue
        # a labelled paragraph ("Monitoring: the sub-group ...") is analysed as its label's rest
        texts = [t for t in block_texts(b) if t in docs]
        nd = docs[texts[0]] if texts else None
        if nd is None:
            continue
        whole = doc_text(nd)
        for sent, stext in sentences(nd):
            text = stext.strip()
            if sent.start == 0 and whole != b.text and b.text.endswith(whole):
                text = (b.text[:len(b.text) - len(whole)] + stext).strip()  # the label is part of it
            score = _monitoring_score(sent, text)
            if not score:
                continue
            in_section = secs[i].category in CANDIDATE
            named = "SCR_TERM" in cues(sent) or bool(within(span_group(nd, "cases"), sent))
            if secs[i].category == "other_review" and not named:
                continue  # under "Domestic homicide review", "the action plan for the review" is that review's
            if not (in_section or named or mechanism_scope(text)):
                continue
            key = (score, in_section)
            if key > best_key:
                best, best_key = text.rstrip("."), key
    return best if best_key[0] >= MECHANISM_MIN_SCORE else None
