"""The entry under construction, and small helpers on texts and spaCy docs shared by every reader."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from ..lexicon import rules
from ..nlp._extensions import span_cues, span_group, within
from ..report import ResponsibleBody

EVIDENCE_CHARS = 150


@dataclass
class Draft:
    """An entry under construction (becomes a report.Recommendation)."""

    kind: str                   # table | labelled | list | prose | action_list
    scr: str | None
    number: str | None
    text: str | None
    action: str | None
    page: int
    category: str
    bodies: list[ResponsibleBody] = field(default_factory=list)
    lead_given: bool = False
    status: str = "unknown"
    due: str | None = None
    table: int | None = None
    fields_seen: bool = False
    status_line_at: int | None = None  # the block of its "Status: ..." line, when it had one
    strong_cue: bool = False
    header_match: bool = False
    action_open: bool = False    # a "Progress:" label with its text in the following bullets
    tentative: bool = False      # action taken from a plain paragraph; a keyed action replaces it
    list_status: str | None = None  # the status a heading or lead-in states for the whole list it stands over
    ink: str | None = None       # the rating colour its words (or its progress's) are written in, if one
    narrated: bool = False       # its status was read from its progress's own words, not stated of it


def cues(span) -> set[str]:
    return span_cues(span)


def cue_spans(doc: Doc, label: str) -> list[Span]:
    return [s for s in span_group(doc, "cues") if s.label_ == label]


def case_name(text: str) -> str:
    """A case's name as the report writes it in running text: "CHILD M" in a capitals heading is "Child M"."""
    # "The Hartley children" opening a sentence; "Child L." ending one (the tokenizer keeps a
    # capital's full stop with it, as in initials)
    name = re.sub(r"^The\s", "the ", re.sub(r"\s+", " ", text)).removesuffix(".")
    first, _, rest = name.partition(" ")
    return f"{first.capitalize()} {rest}".strip() if len(first) > 1 and first.isupper() else name


def case_names(doc: Doc | None) -> list[str]:
    if doc is None:
        return []
    return [case_name(s.text) for s in span_group(doc, "cases")]


#: an item of a key of case codes: "L = serious case review Child L (published 2019)", "V: Brothers V"
_CODE_ITEM = re.compile(r"(?:^|[;,(]\s*|\.\s+|:\s+)(?P<code>[A-Z]{1,2})\s*(?:=|:|\u2013|\u2014|-|means|is)\s+")


def case_codes(text: str, doc: Doc | None) -> dict[str, str]:
    """The letters a report gives its reviews to number their recommendations by ("References:
    L = serious case review Child L; V = practice review Brothers V" -> {"L": "Child L", "V":
    "Brothers V"}): two or more codes, each followed by the name of a case (doc: text's analysis)."""
    marks = list(_CODE_ITEM.finditer(text))
    if len(marks) < 2 or doc is None:
        return {}
    cases = doc.spans.get("cases", [])
    out: dict[str, str] = {}
    for k, m in enumerate(marks):
        end = marks[k + 1].start() if k + 1 < len(marks) else len(text)
        named = next((c for c in cases if m.end() <= c.start_char < end), None)
        if named is not None:
            out.setdefault(m["code"], case_name(named.text))
    return out if len(out) >= 2 else {}


def case_names_in(doc: Doc, span: Span) -> list[str]:
    return [case_name(s.text) for s in within(span_group(doc, "cases"), span)]


def distractor_governs(doc, start: int = 0, end: int | None = None) -> bool:
    """True when another review type (DHR, rapid review, Ofsted ...) is what the text is about.

    The review type named last before the first recommendation cue governs it (a
    review type named after the cue is the object of the recommendation: "should
    seek assurance, through a multi-agency audit, ..."); without a cue, any
    DISTRACTOR mention does.
    """
    end = len(doc) if end is None else end
    spans = [c for c in span_group(doc, "cues") if c.start >= start and c.end <= end]
    kinds = [c for c in spans if c.label_ in ("DISTRACTOR", "SCR_TERM")]
    if not any(c.label_ == "DISTRACTOR" for c in kinds):
        return False
    rec = [c for c in spans if c.label_ == "REC_CUE"]
    if rec:
        before = [c for c in kinds if c.start < rec[0].start]
        if before and _audit_asked_for(doc, before[-1], rec[0]):
            return False  # "A multi-agency audit should test ...": the audit is the work recommended
        return bool(before) and before[-1].label_ == "DISTRACTOR"
    return True


def _audit_asked_for(doc, review, cue) -> bool:
    """True when an audit (no other review type) is the subject the recommending modal follows."""
    return ("audit" in review.text.lower() and "section 11" not in review.text.lower()
            and "s11" not in review.text.lower() and cue.start - review.end <= 1)


def is_empty(text: str | None) -> bool:
    """A cell or field that says nothing, or names nobody yet (models/empty_values.jsonl)."""
    if text is None:
        return True
    said = text.strip().lower().strip(".")
    return any(rule.regex.fullmatch(said) for rule in rules("empty_values.jsonl"))


def window(span) -> tuple[Doc, int, int]:
    """(doc, start, end) of a Doc or a Span, so helpers work on a sentence in place."""
    if isinstance(span, Span):
        return span.doc, span.start, span.end
    return span, 0, len(span)


def evidence_of(text: str | None) -> str | None:
    if not text:
        return None
    if len(text) <= EVIDENCE_CHARS:
        return text
    cut = text[:EVIDENCE_CHARS]
    return cut[:cut.rfind(" ")] if " " in cut else cut
