"""Entries: one per SCR recommendation, linked to its action, bodies, status and SCR.

The report styles read, all from the same Blocks and spaCy annotations:

- tables: an action-plan table whose columns are mapped by header meaning
  (models/headers.jsonl: recommendation / finding / action / lead / timescale /
  status ...; in a short noun compound the head word decides: "Partner response" is
  the action, "Action owner" the lead); a "finding" column is the text only where
  no recommendation column is given; a column of status words is a status column
  whatever its header; rows split over a page break are joined (a continuation row
  with an open action leaves the recommendation open), and a table continued
  without its header keeps the previous one's;
- label | value tables: one small two-column table per recommendation
  ("Recommendation 3 | ...", "R3 | ...", "Action taken | ...", "Lead | ..."); a
  "Key finding" row beside a recommendation row is context;
- labelled lists: "Recommendation 4: ..." / "R4" / "4.1" / "(a)" blocks, or a
  "Recommendation 4" heading with the text below it, followed by "Progress:" /
  "Status:" / "Lead:" / "Timescale:" blocks (models/labels.jsonl), or by progress
  paragraphs keyed by number ("On 4.1, ...");
- prose: sentences that state a recommendation ("The first asked health partners
  to ...", two coordinated in one sentence "..., and, finally, that all agencies
  should ...") followed by sentences that report an action, or by later paragraphs
  that refer back to it by ordinal or by topic ("In response to the recommendation
  on information sharing, ..."; extractor.topics);
- action-only reports: bullets (or prose sentences in the present perfect) of what
  agencies have done in response to a review whose recommendations are not stated
  (text None).

A recommendation list followed by a separate action table or numbered action
list keyed by the recommendation number is merged into one entry per
recommendation. A heading or lead-in that states the status of the whole list
below it ("Actions completed this year") gives that status to entries that state
none; "Both recommendations have been implemented" does the same for its case. A
stated count ("the review made five recommendations") removes the least sure
prose entries beyond it. Only blocks in
candidate sections (structure.CANDIDATE) or tables captioned as SCR material are
read; recommendations of other review types are left out by section category, by
the DISTRACTOR / NOT_SCR cues and by the paragraph's own subject.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Doc, Span

from .document import Block, Document
from .fields import RagKey, key_items, normalise_due
from .nlp.lexicon import rules
from .nlp.org_shape import classify_sector
from .report import ResponsibleBody
from .structure import CANDIDATE, Section, caption_of
from .topics import best_match, content_stems, referred_number, referred_topic

ALL_AGENCIES = "all partner agencies"
EVIDENCE_CHARS = 150
_ALL_AGENCIES_RE = re.compile(r"^(?:all|every|each)\s+(?:partner\s+|member\s+|relevant\s+)?(?:agenc(?:y|ies)|partners?|organisations?|"
                              r"professionals|practitioners|services)\b"
                              r"|^partner agencies$|^all$", re.I)
_EMPTY = {"", "-", "\u2013", "\u2014", "n/a", "na", "none", "tbc", "tba", "tbd", "?", "to be agreed", "to be confirmed",
          "to be decided", "not yet agreed", "not yet known"}
_ORDINALS = {"finally": "+", "lastly": "+", "last": "+", "final": "+", "first": "1", "second": "2", "third": "3", "fourth": "4", "fifth": "5", "sixth": "6",
             "seventh": "7", "eighth": "8", "ninth": "9", "tenth": "10"}
_SUBJECT_NEXT = {"has", "have", "had", "is", "are", "was", "were", "will", "now", "also",
                 "should", "must", "to", "and", "have", "ran", "run", "led", "took", "made", "met", "wrote", "sent", "held",
                 "gave", "built", "set", "put", "began", "agreed", "continues", "continue", "leads", "provides", "provide"}
_PREPOSITIONS = {"for", "to", "of", "with", "in", "on", "at", "from", "into", "across", "between", "within", "about"}
_MODALS = {"should", "must", "needs", "need", "is", "are"}
_ADDRESSING = {"asked", "on", "recommended", "required", "that", "urged", "to"}
_RESPONSE = re.compile(r"\bin response\b|\bas a result\b|\bfollowing (?:the|this) (?:review|scr)\b|\bsince the (?:review|scr)\b|"
                       r"\bchanges (?:have been|were) made\b|\bactions? (?:have|has) been taken\b|\bhas led to\b|"
                       r"\bin the light of the (?:review|findings)\b|\bto address the (?:findings|learning)\b", re.I)
_PRESENT_PERFECT = re.compile(r"\b(?:has|have)\s+(?:now\s+|also\s+|since\s+|already\s+|recently\s+|been\s+)*"
                              r"[a-z-]+(?:ed|en|t|un|ung|ade|one|ought|ritten)\b|\bnow\b", re.I)
_REC_HEADING = re.compile(r"^(?:[\d.]+\s*)?(?:the (?:review's |scr's )?)?recommendations?(?: of the review| made| from the review)?$|"
                          r"what the review (?:said|asked|recommended)", re.I)
_ACTION_HEADING = re.compile(r"what (?:has|have we|we have|partners have) (?:been )?(?:changed|done)|actions? taken|changes made|"
                             r"what has happened|impact of the review|response to the review|what we did|progress (?:made|so far|on)",
                             re.I)
#: "The action taken on the second recommendation is described in the Chair's foreword"
_DESCRIBED_ELSEWHERE = re.compile(
    r"\b(?:action|progress|work|response)s?\b[^.]{0,40}?\b(?:on|for|against|to)\s+(?:the\s+)?(?:recommendation\s+)?"
    r"(?P<n>\d{1,2}|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)(?:\s+recommendation)?\s+"
    r"(?:is|are|was|were|has been|have been)\s+(?:described|set out|reported|covered|summarised|summarized|explained)"
    r"\s+(?:in|under)\s+(?:the\s+)?(?P<where>[^.;]{3,60})", re.I)
_REFERENCE = re.compile(r"(?:^|(?<=[.!?] ))(?:On|In relation to|Regarding|For|Re:?|As regards)\s+(?:the\s+)?"
                        r"(?:recommendation\s+|rec\.?\s+)?(\d{1,2}(?:\.\d{1,2})?|first|second|third|fourth|fifth|sixth|"
                        r"seventh|eighth|ninth|tenth)(?:\s+recommendation)?\s*[,:\u2013\u2014-]\s*", re.I)
#: a heading or lead-in that may state the status of a whole list: it names what the list holds
_LIST_SUBJECT = re.compile(r"\b(?:actions?|recommendations?|work|changes|improvements?|tasks?|areas? for improvement)\b", re.I)
#: and a status word (the status lexicon then says which)
_LIST_STATUS_WORD = re.compile(r"\bcomplet|\bclosed\b|\boutstanding\b|\bprogress|\bongoing\b|\bon-going\b|\bstarted\b|"
                               r"\bimplemented\b|\bachieved\b|\bmet\b|\bunderway\b|\bunder way\b|\bopen\b|\bsigned off\b|"
                               r"\bembedded\b|\bbegun\b|\bdelayed\b|\boverdue\b|\bcarried (?:forward|over)\b|\brolled (?:forward|over)\b", re.I)
_STATUS_SUBJECTS = {"action", "actions", "recommendation", "this", "it", "work", "status", "which", "these"}
_PREDICATIVE = {"is", "are", "was", "were", "been", "now", "as", "remains", "remain", ":", ";", ".", ","}
_PAST_EVENT_BEFORE = {"had", "have", "has", "having", "who", "which", "that", "they", "we"}
_NARRATIVE_STATUS_BEFORE = {"is", "are", "was", "were", "been", "now", "action", "recommendation", "this", "work",
                            "status", "it", "remains", "remain", "being", "fully", ":"}
_FUTURE_BEFORE = {"be", "will", "would", "should", "must", "to", "once", "until", "when", "before", "if"}
_DUE_BEFORE = {"by", "for", "in", "before", "until", "due", "target", "deadline", "scheduled", "expected", "planned"}
_DUE_CUES = {"by", "slipped", "moved", "deferred", "scheduled", "due", "expected", "target", "deadline", "planned", "timescale", "completion", "until", "before"}
_SPLIT_BEFORE = r"(?:(?<=[.;!?])\s+|\s+[\u2014\u2013]\s*|\s+-\s+)"


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
    strong_cue: bool = False
    header_match: bool = False
    distractor: bool = False
    action_open: bool = False    # a "Progress:" label with its text in the following bullets
    tentative: bool = False      # action taken from a plain paragraph; a keyed action replaces it
    list_status: str | None = None  # the status a heading or lead-in states for the whole list it stands over


#: a row title that may stand for a listed recommendation is at most this long (words)
LISTED_TITLE_MAX_WORDS = 8
#: short paragraphs or headings allowed between such a list and its table, and how short
LISTED_GAP_BLOCKS = 3
CAPTION_CHARS = 200


# ---- helpers on spaCy docs ---------------------------------------------------------------

def cues(span) -> set[str]:
    return span._.cue_labels


def cue_spans(doc: Doc, label: str) -> list[Span]:
    return [s for s in doc.spans.get("cues", []) if s.label_ == label]


def case_names(doc: Doc | None) -> list[str]:
    if doc is None:
        return []
    return [re.sub(r"\s+", " ", s.text) for s in doc.spans.get("cases", [])]


def distractor_governs(doc, start: int = 0, end: int | None = None) -> bool:
    """True when another review type (DHR, rapid review, Ofsted ...) is what the text is about.

    The review type named last before the first recommendation cue governs it (a
    review type named after the cue is the object of the recommendation: "should
    seek assurance, through a multi-agency audit, ..."); without a cue, any
    DISTRACTOR mention does.
    """
    end = len(doc) if end is None else end
    spans = [c for c in doc.spans.get("cues", []) if c.start >= start and c.end <= end]
    kinds = [c for c in spans if c.label_ in ("DISTRACTOR", "SCR_TERM")]
    if not any(c.label_ == "DISTRACTOR" for c in kinds):
        return False
    rec = [c for c in spans if c.label_ == "REC_CUE"]
    if rec:
        before = [c for c in kinds if c.start < rec[0].start]
        return bool(before) and before[-1].label_ == "DISTRACTOR"
    return True


def split_rec_action(doc: Doc | None, text: str) -> tuple[str, Span | None]:
    """(recommendation, the action sentences after it) of one block's text.

    "Recommendation 2: The CCG should ... In response, the CCG has issued ..." keeps
    the first sentences up to the last one with a recommendation cue as the text.
    """
    if doc is None:
        return text, None
    sents = list(doc.sents)
    last_rec = max((k for k, s in enumerate(sents) if "REC_CUE" in cues(s)), default=0)
    rest = sents[last_rec + 1:]
    if not rest or not any("ACTION_CUE" in cues(s) or "NON_ACTION" in cues(s) or narrative_status(s) for s in rest):
        return text, None
    return doc[:sents[last_rec].end].text.strip(), doc[rest[0].start:]


#: "X should ..., and, finally, that Y should ...": a second recommendation coordinated in one sentence
_COORDINATED = re.compile(r",?\s+and,?\s+(?:(?:finally|lastly|also|further|in addition|secondly|thirdly),?\s+)?that\s+", re.I)
_MODAL = re.compile(r"\b(?:should|must)\b", re.I)


def coordinated_recommendations(sent: Span) -> list[Span]:
    """The recommendations of one sentence: split where "and that" opens another with its own modal."""
    text, base = sent.text, sent.start_char
    cuts = list(_COORDINATED.finditer(text))
    if not cuts:
        return [sent]
    bounds, start = [], 0
    for m in cuts:
        bounds.append((start, m.start()))
        start = m.end()
    bounds.append((start, len(text)))
    if not all(_MODAL.search(text[a:b]) for a, b in bounds):
        return [sent]
    pieces = [sent.doc.char_span(base + a, base + b, alignment_mode="expand") for a, b in bounds]
    return [p for p in pieces if p is not None and len(p)] or [sent]


#: verbs that report a recommendation: entities before their "that" made it, they do not carry it out
_REPORTING = {"recommended", "recommends", "advised", "advises", "asked", "suggested", "proposed", "concluded",
              "urged", "noted", "found", "said", "stated", "agreed", "also", "further"}


def reported_clause_start(doc: Doc, lo: int, modal: int) -> int:
    """Token index where the clause holding a modal starts after a reporting "that" (else lo)."""
    start = lo
    for t in doc[lo:modal]:
        if t.lower_ == "that" and t.i > lo and doc[t.i - 1].lower_ in _REPORTING:
            start = t.i + 1
    return start


def _coordinated_subjects(piece: Span) -> list[ResponsibleBody]:
    """The subject bodies of one of several recommendations coordinated in a sentence."""
    m = next((t for t in piece if t.lower_ in ("should", "must")), None)
    if m is None:
        return []
    doc = piece.doc
    start = reported_clause_start(doc, piece.start, m.i)
    out = [_body(e.text, e._.sector) for e in doc.ents if e.start >= start and e.end <= m.i and m.i - e.end <= 12]
    subject = re.sub(r"^(?:the|and|that|finally|also)\s+", "", doc[start:m.i].text.strip(" ,"), flags=re.I)
    if not out and _ALL_AGENCIES_RE.search(subject):
        out.append(ResponsibleBody(ALL_AGENCIES, "lscb"))
    return out


#: a sentence about every recommendation (or action) of the review at once
_ALL_OF_THEM = re.compile(r"^(?:both|all|each|every one)\s+(?:of\s+)?(?:the\s+|these\s+|its\s+|their\s+)?(?:\w+\s+)?"
                          r"(?:recommendations|actions)\b(?!\s+(?:should|must|were made|are set out|are listed))", re.I)
_COUNT_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                "ten": 10, "eleven": 11, "twelve": 12}
_STATED_COUNT = re.compile(r"\b(?P<n>\d{1,2}|" + "|".join(_COUNT_WORDS) + r")\s+(?:\w+\s+){0,2}?recommendations\b", re.I)


def stated_count(text: str) -> int | None:
    """The number of recommendations a sentence says a review made ("made five recommendations")."""
    m = _STATED_COUNT.search(text)
    if m is None or re.search(r"\b(?:of|remaining|remain|outstanding|open|were completed|have been)\b", text[m.end():m.end() + 25], re.I):
        return None
    n = m["n"].lower()
    return int(n) if n.isdigit() else _COUNT_WORDS[n]


def case_names_in(doc: Doc, span: Span) -> list[str]:
    return [s.text for s in doc.spans.get("cases", []) if s.start >= span.start and s.end <= span.end]


def is_empty(text: str | None) -> bool:
    return text is None or text.strip().lower().strip(".") in _EMPTY


def _body(name: str, sector: str | None) -> ResponsibleBody:
    name = re.sub(r"\s+", " ", name).strip(" ,.;:()")
    if _ALL_AGENCIES_RE.search(name):
        return ResponsibleBody(ALL_AGENCIES, "lscb")
    return ResponsibleBody(name, sector or "other")


def add_bodies(target: list[ResponsibleBody], new: list[ResponsibleBody]) -> None:
    """Adds bodies once each (by name, case-insensitive, and by 'all partner agencies')."""
    seen = {b.name.lower() for b in target}
    for b in new:
        if b.name.lower() not in seen:
            target.append(b)
            seen.add(b.name.lower())


def finish_bodies(bodies: list[ResponsibleBody]) -> list[ResponsibleBody]:
    """'all partner agencies' only when no specific body is named."""
    specific = [b for b in bodies if b.name != ALL_AGENCIES]
    return specific if specific else bodies


def _keyword_table() -> list[tuple[str, str]]:
    from .nlp import load_pipeline
    return load_pipeline().get_pipe("org_shape").keywords


_PART_BREAK = {",", ";", "/", "&", "and", "+"}


def _whole_part(doc: Doc, ent: Span) -> str:
    """The body as the cell writes it: with lower-case modifiers before it ("secondary head
    teachers") and a possessive's noun after it ("the Partnership's training team")."""
    start, end = ent.start, ent.end
    while start > 0 and doc[start - 1].is_alpha and doc[start - 1].is_lower and doc[start - 1].lower_ not in _PART_BREAK \
            and doc[start - 1].lower_ not in ("the", "a", "an", "of", "by", "with", "for", "from"):
        start -= 1
    if end < len(doc) and doc[end].lower_ in ("'s", "\u2019s"):
        stop = end + 1
        while stop < len(doc) and doc[stop].is_alpha and doc[stop].is_lower and doc[stop].lower_ not in _PART_BREAK:
            stop += 1
        if stop > end + 1:
            end = stop
    return doc[start:end].text


def bodies_of_cell(text: str, doc: Doc | None) -> list[ResponsibleBody]:
    """Bodies in a lead / by-whom cell: entities found, else the cell split on / , & and."""
    out: list[ResponsibleBody] = []
    if is_empty(text):
        return out
    if _ALL_AGENCIES_RE.search(text.strip()):
        out.append(ResponsibleBody(ALL_AGENCIES, "lscb"))
    if doc is not None:
        for ent in doc.ents:
            add_bodies(out, [_body(_whole_part(doc, ent), ent._.sector)])
    specific = [b for b in out if b.sector != "other"]
    if specific:
        out = specific  # "Housing Services Manager, Brindlemoor District Council": the service says who
    if not out:
        for part in re.split(r"\s*(?:/|,|;|&|\band\b|\+)\s*", text):
            if part and not is_empty(part) and len(part) < 80:
                add_bodies(out, [_body(part, classify_sector(part, _keyword_table()))])
    return out


def _window(span) -> tuple[Doc, int, int]:
    """(doc, start, end) of a Doc or a Span, so helpers work on a sentence in place."""
    if isinstance(span, Span):
        return span.doc, span.start, span.end
    return span, 0, len(span)


@lru_cache(maxsize=1)
def shared_heads() -> frozenset[str]:
    """Plural nouns that several coordinated modifiers share (models/shared_heads.csv)."""
    from .nlp import MODELS

    lines = (MODELS / "shared_heads.csv").read_text(encoding="utf-8").splitlines()[1:]
    return frozenset(x.strip().lower() for x in lines if x.strip())


_COORDINATORS = {",", "and", "&", "or"}


def distribute_shared_head(doc: Doc, ents: list[Span]) -> list[tuple[str, str | None]]:
    """(name, sector) of bodies, a head shared by coordinated modifiers given to each.

    "Police, health and education partners" names three bodies: "Police", "health
    partners" and "education partners". The head ("partners", "services") must follow
    the last modifier directly; lower-case modifiers coordinated before it by commas and
    "and" share it, a capitalised name ("Police") stands alone.
    """
    out: list[tuple[str, str | None]] = []
    taken: set[int] = set()
    for k, head in enumerate(ents):
        if len(head) != 1 or head.text.lower() not in shared_heads() or not head.text.islower():
            continue
        mods: list[Span] = []
        j = k - 1
        gap_ok = lambda a, b: all(t.lower_ in _COORDINATORS for t in doc[a.end:b.start])  # noqa: E731
        nxt = head
        while j >= 0 and ents[j].text[:1].islower() and (
                ents[j].end == nxt.start if not mods else gap_ok(ents[j], nxt)):
            mods.append(ents[j])
            nxt = ents[j]
            j -= 1
        if mods:
            taken.update(id(m) for m in mods)
            taken.add(id(head))
            for m in reversed(mods):
                out.append((f"{m.text} {head.text}", m._.sector, m.start))
    result = [(e.text, e._.sector, e.start) for e in ents if id(e) not in taken] + out
    return [(n, s) for n, s, _ in sorted(result, key=lambda x: x[2])]


def subject_bodies(span, *, before_cue: bool) -> list[ResponsibleBody]:
    """Bodies a sentence makes responsible.

    In a recommendation (before_cue): the bodies before "should"/"must" (its subject)
    and those right after "asked"/"called on" (its addressee). In an action: bodies
    that are the subject of a verb ("the CCG has issued", "Police introduced") or the
    agent of a passive ("delivered by the Police").
    """
    out: list[ResponsibleBody] = []
    if span is None:
        return out
    doc, _, _ = _window(span)
    for sent in span.sents:
        ents = [e for e in doc.ents if e.start >= sent.start and e.end <= sent.end]
        if not ents:
            continue
        if before_cue:
            rec = [c for c in cue_spans(doc, "REC_CUE") if c.start >= sent.start and c.end <= sent.end]
            if not rec:
                continue
            modal = next((c for c in rec if doc[c.start].lower_ in _MODALS), None)
            if modal is not None:  # the subject of "should" / "must"
                # not the reviewer who "advised that" / "recommended that" it should
                comp = reported_clause_start(doc, sent.start, modal.start)
                subject = [e for e in ents if e.end <= modal.start and modal.start - e.end <= 12 and e.start >= comp]
                for name, sector in distribute_shared_head(doc, subject):
                    out.append(_body(name, sector))
            for c in rec:  # the addressee of "asked" / "called on" / "recommended that"
                if doc[c.end - 1].lower_ not in _ADDRESSING:
                    continue
                j = c.end
                while j < sent.end:
                    while j < sent.end and doc[j].lower_ in {",", "and", "&", "all"}:
                        j += 1
                    e = next((x for x in ents if x.start in (j, j + 1)), None)
                    if e is None:
                        break
                    out.append(_body(e.text, e._.sector))
                    j = e.end
        else:
            for k, e in enumerate(ents):
                j = e.end
                # skip a coordinated list of bodies ("Children's Services and the two NHS trusts have")
                while True:
                    while j < sent.end and doc[j].lower_ in {",", "and", "&", "the", "with"}:
                        j += 1
                    nxt_ent = next((x for x in ents if x.start == j), None)
                    if nxt_ent is None:
                        break
                    j = nxt_ent.end
                nxt = doc[j] if j < sent.end else None
                prev = doc[e.start - 1] if e.start > sent.start else None
                is_subject = nxt is not None and (
                    nxt.lower_ in _SUBJECT_NEXT or (nxt.is_alpha and nxt.lower_.endswith("ed") and nxt.is_lower))
                is_agent = prev is not None and prev.lower_ in {"by", "through"}
                after_preposition = prev is not None and prev.lower_ in _PREPOSITIONS
                if (is_subject and not after_preposition) or is_agent or e.start == sent.start:
                    out.append(_body(e.text, e._.sector))
    dedup: list[ResponsibleBody] = []
    add_bodies(dedup, out)
    return dedup


def cell_status(text: str | None, doc: Doc | None, key: RagKey | None) -> str:
    """Status of a status cell or "Status:" field: the report's RAG key first, then words."""
    if is_empty(text) or doc is None:
        return "unknown"
    pct = re.fullmatch(r"\s*(\d{1,3})\s*%\s*(?:complete[d]?)?\s*", text, re.I)
    if pct:  # a progress percentage
        n = int(pct.group(1))
        return "completed" if n >= 100 else "not_started" if n == 0 else "in_progress"
    spans = list(doc.spans.get("status", []))
    colours = [s.id_ for s in spans if s.label_ == "RAG" or (s.label_ == "RAG_LETTER" and len(text.strip()) <= 2)]
    words = [s.id_ for s in spans if s.label_ in ("STATUS", "STATUS_CELL", "STATUS_CELL_ONLY")]
    if not words and len(text.split()) <= 2:  # a "Complete?" column answered "Yes" / "No" / "Partly"
        words = [s.id_ for s in spans if s.label_ == "STATUS_YESNO"]
    if colours and key is not None and colours[0] in key.colours:
        return key.colours[colours[0]]
    code = text.strip().lower()
    if key is not None and len(code) == 1 and code in key.colours:
        return key.colours[code]  # a rating letter the report's key defines ("C" for closed)
    if words:
        if words[0] == "completed" and "not_started" in words[1:]:
            return "in_progress"  # "Completed but not yet embedded": done in part
        return words[0]
    if colours:
        return (key or RagKey()).status(colours[0]) or "unknown"
    return "unknown"


def narrative_status(span, key: RagKey | None = None) -> str | None:
    """A status the text states of the recommendation ("this action is complete", "remains ongoing").

    Not a past event told in passing ("60% had completed it by the year end"); words
    that are statuses only in a status cell ("closed", "met") count only as a predicate
    ("the action is now closed"). The first status stated wins, except that "in progress"
    beats "complete" when both are said.
    """
    if span is None:
        return None
    closing = closing_status(span, key)
    if closing:
        return closing
    return _stated_status(span, key)


#: a closing sentence of at most this many tokens that states a status is the verdict on the whole text
CLOSING_STATUS_MAX_TOKENS = 9


def closing_status(span, key: RagKey | None = None) -> str | None:
    """The status of a short closing sentence ("... Work continues.", "This recommendation is now closed.").

    A progress text that ends on such a verdict means it for the whole text: status words
    earlier in it tell of past steps ("the strategy was signed off in February").
    """
    doc, lo, hi = _window(span)
    if not doc.has_annotation("SENT_START"):
        return None
    sents = list(doc[lo:hi].sents)
    if len(sents) < 2:
        return None
    last = sents[-1]
    words = [t for t in last if not t.is_punct]
    if len(words) > CLOSING_STATUS_MAX_TOKENS:
        return None
    return _stated_status(last, key)


def _stated_status(span, key: RagKey | None = None) -> str | None:
    doc, lo, hi = _window(span)
    found: list[str] = []
    for s in doc.spans.get("status", []):
        if s.start < lo or s.end > hi:
            continue
        if s.label_ == "RAG":
            # a colour given as a rating: "(Green)", "rated amber", "RAG: red", "Amber - drafted"
            before = doc[s.start - 1].lower_ if s.start > lo else ""
            after = doc[s.end].text if s.end < hi else ""
            opening = s.start == lo and after in {"-", "\u2013", "\u2014", ":", ".", ";", ",", ""}
            if before in {"(", "rated", "rating", "rag", ":"} or after == ")" or opening:
                found.append((key or RagKey()).status(s.id_) or "unknown")
            continue
        if s.label_ not in ("STATUS", "STATUS_CELL"):
            continue
        prev = doc[s.start - 1].lower_ if s.start > lo else ""
        if s.label_ == "STATUS_CELL" and prev not in _PREDICATIVE and s.start > lo:
            continue
        if s.id_ == "completed" and prev in _PAST_EVENT_BEFORE:
            continue
        if s.id_ == "completed" and prev in _FUTURE_BEFORE:
            continue  # "this will be completed by June": not done yet
        found.append(s.id_)
    found = [f for f in found if f != "unknown"]
    if "in_progress" in found and "completed" in found:
        return "in_progress"  # "in place but still being embedded": not yet done
    return found[0] if found else None


def narrative_due(span) -> str | None:
    """A due date the text gives ("by September 2017", "scheduled for June 2017")."""
    if span is None:
        return None
    doc, lo, hi = _window(span)
    for d in doc.spans.get("dates", []):
        if d.start < lo or d.end > hi:
            continue
        before = {t.lower_ for t in doc[max(lo, d.start - 4):d.start]}
        if before & _DUE_CUES:
            return normalise_due(d.text)
    return None


def evidence_of(text: str | None) -> str | None:
    if not text:
        return None
    if len(text) <= EVIDENCE_CHARS:
        return text
    cut = text[:EVIDENCE_CHARS]
    return cut[:cut.rfind(" ")] if " " in cut else cut


def status_only(doc: Doc | None) -> bool:
    """True when a progress text is only a status and perhaps a date ("completed March 2017")."""
    if doc is None:
        return False
    covered = set()
    for group in ("status", "dates"):
        for s in doc.spans.get(group, []):
            covered.update(range(s.start, s.end))
    words = [t for t in doc if t.is_alpha and t.i not in covered and t.lower_ not in {"and", "the", "by", "in", "on", "now"}]
    return not words and bool(covered)


#: cue labels that say nothing has been done (models/cues.jsonl)
_NOT_DONE_LABELS = frozenset({"NON_ACTION", "DEFERRAL"})
#: a NOT_DONE_OPENING cue ("Partner to provide evidence", "Planned for Q2") counts only this near a clause's start
_OPENING_TOKENS = 4


def action_clauses(doc: Doc | Span) -> list[Span]:
    """The clauses of an action text (a Doc or a span of one): its sentences, cut again at semicolons."""
    whole = doc if isinstance(doc, Span) else doc[:]
    out: list[Span] = []
    for sent in whole.doc.sents:
        lo, hi = max(sent.start, whole.start), min(sent.end, whole.end)
        if lo >= hi:
            continue
        for t in whole.doc[lo:hi]:
            if t.text == ";":
                if t.i > lo:
                    out.append(whole.doc[lo:t.i])
                lo = t.i + 1
        if lo < hi:
            out.append(whole.doc[lo:hi])
    return out


def clause_state(clause: Span) -> str | None:
    """What one clause of an action text says was done, from its cues' tense and modality.

    "done" (past, present perfect, progressive, "now": "has introduced", "is rolling out"),
    "not_done" (a statement that nothing has happened: "awaiting", "to be scheduled", "has been
    asked to", "due to start", "Partner to provide evidence", "see recommendation 2"),
    "talk" (only discussed or noted), "status" (only a status word or a date), "other"
    (anything else, such as a plan naming who will do what), or None (no words).
    """
    doc = clause.doc
    inside = [c for c in doc.spans.get("cues", []) if c.start >= clause.start and c.end <= clause.end]
    non = [c for c in inside if c.label_ in _NOT_DONE_LABELS
           or c.label_ == "NOT_DONE_OPENING" and c.start - clause.start < _OPENING_TOKENS]
    # "Discussed at March Board": talk opening a clause; "has been discussed with a paediatrician" is practice
    talk = {i for c in inside if c.label_ == "TALK_ONLY" and c.start - clause.start < 2 for i in range(c.start, c.end)}
    not_done = {i for c in non for i in range(c.start, c.end)}
    covered: set[int] = set()
    for group in ("status", "dates"):
        for s in doc.spans.get(group, []):
            if s.start >= clause.start and s.end <= clause.end:
                covered.update(range(s.start, s.end))
    # a status word ("Completed") is not a deed; talk ("discussed") is not either
    # "It will be raised in June": a deed after a future or modal marker is a plan
    future = min((c.start for c in inside if c.label_ == "FUTURE"), default=clause.end)
    done = [c for c in inside if c.label_ == "ACTION_CUE" and not set(range(c.start, c.end)) & (talk | not_done)
            and c.start < future]
    if non and (not done or non[0].start <= done[0].start):
        return "not_done"
    words = [t for t in clause if t.is_alpha and t.i not in covered
             and t.lower_ not in {"and", "the", "by", "in", "on", "now", "at", "yet"}]
    if done and (words or not all(set(range(c.start, c.end)) <= covered for c in done)):
        return "done"
    if talk:
        return "talk"
    if words:
        return "other"
    return "status" if covered else None


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
    states = [st for st in map(clause_state, action_clauses(doc)) if st is not None]
    if not states or states[0] == "not_done":
        return False
    return any(st in ("done", "other") for st in states)


# ---- labels -------------------------------------------------------------------------------

@dataclass(frozen=True)
class Label:
    kind: str           # rec_label | number_label | action | status | lead | timescale
    number: str | None
    rest: str


_NO_LABEL = Label("", None, "")


_WORD_NUMBERS = {w: str(n) for n, w in enumerate(
    ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"], 1)}


def label_of(text: str) -> Label | None:
    for rule in rules("labels.jsonl"):
        m = rule.regex.match(text)
        if m:
            num = m.groupdict().get("num")
            if num:
                num = _WORD_NUMBERS.get(num.lower(), num)
            return Label(rule.kind, num, text[m.end():].strip())
    return None


@lru_cache(maxsize=1)
def _field_split() -> re.Pattern:
    """Where a field label of models/labels.jsonl opens a new sentence or follows a dash."""
    fields = [r.regex.pattern.lstrip("^") for r in rules("labels.jsonl")
              if r.kind in ("action", "status", "lead", "timescale") or r.kind == "rec_label" and "?P<num>" not in r.regex.pattern]
    return re.compile(_SPLIT_BEFORE + "(?=" + "|".join(f"(?:{f})" for f in fields) + ")", re.I)


def split_fields(text: str) -> list[str]:
    """A block split where a field label starts a new sentence ("... Status: complete.")."""
    return [p for p in _field_split().split(text) if p.strip()]


# ---- tables -------------------------------------------------------------------------------

@dataclass
class TableView:
    index: int                  # block index of its first row
    table: int
    header: list[str]
    meanings: list[str | None]
    rows: list[tuple[int, Block]]
    caption: str | None

    def col(self, meaning: str) -> int | None:
        return self.meanings.index(meaning) if meaning in self.meanings else None


#: words that open a phrase or clause: a header holding one is not a plain noun compound
_HEADER_NOT_COMPOUND = {"for", "of", "to", "by", "from", "at", "in", "on", "against", "what", "who", "how", "when",
                        "where", "and", "or", "with", "has", "have", "we"}
#: meanings a compound's modifier may carry that yield to its head word ("Action owner" is a lead)
_MODIFIER_MEANINGS = {"action", "recommendation", "finding"}
_HEAD_MEANINGS = {"lead", "status", "timescale", "action", "number"}


def _first_meaning(text: str) -> str | None:
    for rule in rules("headers.jsonl"):
        if rule.regex.search(text):
            return rule.kind
    return None


@lru_cache(maxsize=4096)
def header_meaning(text: str) -> str | None:
    """What a column header (or the label of a label | value row) stands for.

    The first rule of models/headers.jsonl that matches, except in a short noun
    compound ("Partner response", "Action owner", "Recommendation status"), where
    the head word (the last) decides when it has a meaning of its own.
    """
    text = re.sub(r"\s+", " ", text or "").strip().lower()
    if not text:
        return None
    whole = _first_meaning(text)
    words = re.findall(r"[a-z]+", text)
    if (whole is None or whole in _MODIFIER_MEANINGS) and 2 <= len(words) <= 3 and not set(words) & _HEADER_NOT_COMPOUND:
        head = _first_meaning(words[-1])
        if head in _HEAD_MEANINGS and head != whole:
            return head
    return whole


def resolve_findings(meanings: list[str | None]) -> list[str | None]:
    """A "finding" column or label is the entry's text only where no recommendation is given."""
    if "finding" not in meanings:
        return meanings
    as_text = "recommendation" if "recommendation" not in meanings else None
    first = meanings.index("finding")
    return [(as_text if k == first else None) if m == "finding" else m for k, m in enumerate(meanings)]


_NUMBER_CELL = re.compile(r"^\s*(?:R|Rec\.?\s*|Recommendation\s*)?(\d{1,2}(?:\.\d{1,2})?|[a-z])[.):]?\s*$", re.I)


def table_view(blocks: list[Block], first: int, rows: list[tuple[int, Block]],
               docs: dict[str, Doc]) -> TableView:
    header_block = next((b for _, b in rows if b.is_header), None)
    cells = header_block.cells if header_block else rows[0][1].cells
    header = [c.header or "" for c in cells]
    meanings = resolve_findings([header_meaning(h) for h in header])
    body = [b for _, b in rows if not b.is_header]
    if not any(meanings) and header_block is None and len(rows) > 1:
        # no header row was recognised: the first row may still be one
        first_texts = [c.text for c in rows[0][1].cells]
        first_meanings = resolve_findings([header_meaning(t) if len(t) < 60 else None for t in first_texts])
        if sum(1 for m in first_meanings if m) >= 2:
            header, meanings, body = first_texts, first_meanings, body[1:]
            rows = rows[1:]
    # a column of short status words is a status column whatever its header says
    for k in range(len(header)):
        vals = [b.cells[k].text for b in body if k < len(b.cells) and not is_empty(b.cells[k].text)]
        if vals and meanings[k] not in ("recommendation", "number", "scr"):
            short = [v for v in vals if len(v.split()) <= 5 and docs.get(v) is not None
                     and any(x.label_ != "STATUS_CELL_ONLY" for x in docs[v].spans.get("status", []))]
            if len(short) >= 0.6 * len(vals):
                meanings[k] = "status"
        if vals and meanings[k] is None and all(_NUMBER_CELL.match(v) for v in vals):
            meanings[k] = "number"
    # "Progress" is the action where there is no other action column, else the status
    if meanings.count("action") > 1:
        for k, h in enumerate(header):
            if meanings[k] == "action" and re.search(r"progress|rag|position", h, re.I) and meanings.count("action") > 1:
                meanings[k] = "status" if "status" not in meanings else "evidence"
    if "action" not in meanings and "planned_action" in meanings and "recommendation" not in meanings:
        meanings[meanings.index("planned_action")] = "action"
    return TableView(first, rows[0][1].table, header, meanings, rows, caption_of(blocks, first))


def is_entry_table(view: TableView) -> bool:
    if "not_entry" in view.meanings:
        return False
    return "recommendation" in view.meanings or "action" in view.meanings


# ---- the linker ---------------------------------------------------------------------------

class Linker:
    """Walks the blocks once, in order, keeping track of the current SCR and open entry."""

    def __init__(self, doc: Document, secs: list[Section], docs: dict[str, Doc],
                 keys: list[tuple[int, RagKey]], candidates: set[int]):
        self.doc = doc
        self.blocks = doc.blocks
        self.secs = secs
        self.docs = docs
        self.keys = keys
        self.candidates = candidates
        self.drafts: list[Draft] = []
        self.open: Draft | None = None
        self.case_heading: tuple[str, int] | None = None
        self.case_para: str | None = None
        self.case_recent: str | None = None
        self.rec_context = False
        self.list_run = 0
        self.intro: str | None = None
        self.last_view: TableView | None = None
        self.pending_number: str | None = None
        self.last_row_draft: Draft | None = None
        self.heading_status: str | None = None   # "Actions completed this year": until the next heading
        self.stated_counts: dict[str, int] = {}   # case -> "the review made five recommendations"
        self.lead_status: str | None = None      # "The following actions are in progress:": until the next paragraph

    # -- case tracking
    def current_case(self) -> str | None:
        """The case named most recently: in a heading, caption or paragraph since that heading."""
        if self.case_para:
            return self.case_para
        if self.case_heading:
            return self.case_heading[0]
        return self.case_recent

    def see_heading(self, block: Block, sec: Section) -> None:
        self.open = None
        lab = label_of(block.text)
        # "Recommendation 3" or "Recommendation 3 - Information sharing": the text follows
        self.pending_number = lab.number if lab and lab.kind == "rec_label" and lab.number else None
        self.list_run = 0
        self.rec_context = bool(re.search(r"recommend", block.text, re.I))
        self.intro = "actions" if _ACTION_HEADING.search(block.text) else (
            "recommendations" if _REC_HEADING.search(block.text) and sec.category in CANDIDATE else None)
        names = case_names(self.docs.get(block.text))
        level = block.level or 1
        if names:
            self.case_heading = (names[0], level)
        elif self.case_heading and level <= self.case_heading[1]:
            self.case_heading = None
        if sec.category not in CANDIDATE:
            self.case_heading = None if not names else self.case_heading
            self.case_recent = None
        self.case_para = None
        self.heading_status = self.list_status_of(block.text) if sec.category in CANDIDATE else None
        self.lead_status = None

    def list_status_of(self, text: str, doc: Doc | None = None) -> str | None:
        """The status a heading, run-in heading or lead-in states of the whole list below it.

        Only when it speaks of actions or recommendations ("Actions completed this year",
        "Recommendations not yet started", "The following actions are still in progress:"),
        and not an action heading such as "What has been done".
        """
        if not _LIST_SUBJECT.search(text) or _ACTION_HEADING.search(text) and not _LIST_STATUS_WORD.search(text):
            return None
        if not _LIST_STATUS_WORD.search(text):
            return None
        if doc is None or "status" not in _window(doc)[0].spans:
            from .nlp import analyse
            doc = analyse([text]).get(text)
        return narrative_status(doc)

    def see_mentions(self, doc: Doc | None) -> None:
        """A paragraph naming one case makes it current; one comparing several names leaves it."""
        names = list(dict.fromkeys(case_names(doc)))
        if len(names) == 1 or (names and self.current_case() not in names):
            self.case_para = names[-1]
            self.case_recent = names[-1]

    def key_for(self, index: int, end: int | None = None) -> RagKey | None:
        """The colour key that governs block `index` (a table spanning index..end).

        Nearest first: a key in the same section before it, then one just below it (a key
        printed under its table), then any earlier key, then any later one.
        """
        end = index if end is None else end
        start = self.secs[index].start if index < len(self.secs) else 0
        # the enclosing top-level section: keys often sit under the parent heading
        top = max((s.start for s in self.secs[:index + 1] if s.level <= 1 and s.start <= index), default=0)
        same = [k for i, k in self.keys if min(start, top) <= i < index]
        if same:
            return same[-1]
        below = [k for i, k in self.keys if end < i <= end + 4]
        if below:
            return below[0]
        before = [k for i, k in self.keys if i < index]
        if before:
            return before[-1]
        after = [k for i, k in self.keys if i > index]
        return after[0] if after else None

    # -- entries
    def new(self, kind: str, block: Block, sec: Section, number: str | None, text: str | None,
            action: str | None = None) -> Draft:
        d = Draft(kind, self.current_case(), number, text, action, block.page, sec.category)
        d.list_status = self.lead_status or self.heading_status
        self.drafts.append(d)
        return d

    def run(self) -> list[Draft]:
        tables: dict[int, list[tuple[int, Block]]] = {}
        for i, b in enumerate(self.blocks):
            if b.kind == "table_row" and b.table is not None:
                tables.setdefault(b.table, []).append((i, b))
        done_tables: set[int] = set()
        for i, block in enumerate(self.blocks):
            sec = self.secs[i]
            if block.kind == "heading":
                self.see_heading(block, sec)
                continue
            if block.kind == "table_row":
                if block.table is not None and block.table not in done_tables:
                    done_tables.add(block.table)
                    self.open = None
                    if any(j in self.candidates for j, _ in tables[block.table]):
                        self.read_table(i, tables[block.table])
                continue
            if i not in self.candidates:
                if block.kind != "list_item":
                    self.list_run = 0
                continue
            self.read_block(i, block, sec)
        for d in self.drafts:
            if d.status == "unknown" and d.list_status:
                d.status = d.list_status
        self.check_counts()
        return self.drafts

    def check_counts(self) -> None:
        """A case with more recommendations found than the report says it made loses the least sure.

        Only sentence-style entries (prose, and list items without a recommendation cue) are
        dropped, the latest first; labelled and table entries are what the report sets out.
        """
        for case, n in self.stated_counts.items():
            stated = [d for d in self.drafts if d.scr == case and d.text]
            extra = len(stated) - n
            if extra <= 0:
                continue
            weak = [d for d in stated if d.kind == "prose" or d.kind == "list" and not d.strong_cue]
            weak.sort(key=lambda d: (d.action is not None, d.kind == "list", d.strong_cue))
            for d in weak[:extra]:
                self.drafts.remove(d)

    # -- tables
    def listed_before(self, first: int, view: "TableView", c_rec: int | None) -> list[str] | None:
        """The recommendations a list just before a table gives, when the table answers them in order.

        "The review asked the partnership to: • ... • ..." followed (after at most a few short
        paragraphs or headings: "The table below shows ... in the same order") by a table with
        one row per item whose recommendation column holds only short titles ("Neglect of
        adolescents"): the items are the recommendations, matched to the rows by order.
        """
        if c_rec is None:
            return None
        data = [row for _, row in view.rows if not row.is_header and
                [c.text.lower() for c in row.cells] != [h.lower() for h in view.header]]
        titles = [row.cells[c_rec].text if c_rec < len(row.cells) else "" for row in data]
        if not data or any(len(t.split()) > LISTED_TITLE_MAX_WORDS for t in titles):
            return None
        if any("REC_CUE" in cues(self.docs[t]) for t in titles if t in self.docs):
            return None
        j, skipped = first - 1, 0
        while j >= 0 and self.blocks[j].kind in ("paragraph", "heading") and skipped < LISTED_GAP_BLOCKS \
                and len(self.blocks[j].text) <= CAPTION_CHARS:
            j, skipped = j - 1, skipped + 1
        items: list[str] = []
        while j >= 0 and self.blocks[j].kind == "list_item":
            items.append(self.blocks[j].text)
            j -= 1
        if len(items) != len(data) or j < 0 or j not in self.candidates:
            return None
        lead = self.docs.get(self.blocks[j].text)
        if lead is None or "REC_CUE" not in cues(lead):
            return None  # the list must be introduced as what the review asked or recommended
        return [label_of(t).rest if label_of(t) and label_of(t).rest else t for t in reversed(items)]

    def read_table(self, first: int, rows: list[tuple[int, Block]]) -> None:
        if self.read_record_table(first, rows):
            return
        view = table_view(self.blocks, first, rows, self.docs)
        prev = self.last_view
        continued = (not any(view.meanings) and prev is not None and len(view.header) == len(prev.header)
                     and first - prev.rows[-1][0] <= 4)
        if continued:  # a table split over a page break, its header not repeated
            view = TableView(first, view.table, prev.header, prev.meanings, rows, prev.caption)
        self.last_view = view
        caption_doc = self.docs.get(view.caption) if view.caption else None
        if caption_doc is not None:
            names = case_names(caption_doc)
            if names:
                self.case_para = names[0]
                self.case_recent = names[0]
        if not is_entry_table(view):
            return
        key = self.key_for(first, rows[-1][0])
        sec = self.secs[first]
        c_rec, c_act = view.col("recommendation"), view.col("action")
        listed = self.listed_before(first, view, c_rec)
        n_row = -1
        c_plan, c_lead = view.col("planned_action"), view.col("lead")
        c_due, c_status = view.col("timescale"), view.col("status")
        c_num, c_scr, c_ev = view.col("number"), view.col("scr"), view.col("evidence")
        last: Draft | None = self.last_row_draft if continued else None
        for idx, row in view.rows:
            if row.is_header:
                continue
            cells = [c.text for c in row.cells]
            get = (lambda k: cells[k] if k is not None and k < len(cells) else None)
            if [c.lower() for c in cells] == [h.lower() for h in view.header]:
                continue  # header repeated after a page break
            filled = [c for c in cells if not is_empty(c)]
            if len(filled) == 1 and len(filled[0]) < 120:
                names = case_names(self.docs.get(filled[0]))
                if names:  # a divider row naming the review the next rows belong to
                    self.case_para = self.case_recent = names[0]
                    self.case_heading = None
                    last = None
                    continue
            rec_text = get(c_rec)
            n_row += 1
            if listed is not None:  # the row's short title stands for the listed recommendation in its place
                rec_text = listed[n_row]
            number = None
            if not is_empty(get(c_num)):
                m = _NUMBER_CELL.match(get(c_num))
                number = m.group(1) if m else get(c_num).strip().rstrip(".")
            if not is_empty(rec_text):
                lab = label_of(rec_text)
                if lab and lab.kind in ("rec_label", "number_label") and lab.rest:
                    number = number or lab.number
                    rec_text = lab.rest
                elif _NUMBER_CELL.match(rec_text):
                    number = number or _NUMBER_CELL.match(rec_text).group(1)
                    rec_text = None
            action = get(c_act)
            if is_empty(action) and c_plan is not None and c_rec is None:
                action = get(c_plan)
            if is_empty(action) and c_ev is not None:
                action = get(c_ev) if c_act is None else action
            action_doc = self.docs.get(action) if action else None
            has_action = is_action_text(action_doc, action)
            # a row split over a page break: the continuation has no recommendation or number
            if last is not None and c_rec is not None and is_empty(rec_text) and number is None:
                if has_action:
                    last.action = f"{last.action} {action}" if last.action else action
                if c_lead is not None and not is_empty(get(c_lead)):
                    add_bodies(last.bodies, bodies_of_cell(get(c_lead), self.docs.get(get(c_lead))))
                if c_status is not None:
                    st = cell_status(get(c_status), self.docs.get(get(c_status)), key)
                    # one action of several still open leaves the recommendation open
                    if last.status == "unknown" or last.status == "completed" and st in ("in_progress", "not_started"):
                        last.status = "in_progress" if last.status == "completed" else st
                continue
            if is_empty(rec_text) and not has_action and number is None:
                continue
            text = None if is_empty(rec_text) else rec_text
            rec_doc = self.docs.get(text) if text else None
            if text and rec_doc is not None and distractor_governs(rec_doc):
                continue
            scr = None
            if c_scr is not None and not is_empty(get(c_scr)):
                names = case_names(self.docs.get(get(c_scr)))
                scr = names[0] if names else get(c_scr).strip()
            target = None
            same_table = [d for d in self.drafts if d.table == view.table]
            if number is not None and same_table:
                # several action rows for one recommendation number
                target = next((d for d in same_table if d.number == number and (text is None or d.text == text)), None)
            if target is None and text is not None and same_table:
                target = next((d for d in same_table if d.text == text), None)  # rec text repeated per row
            if target is not None and target.action and has_action and action not in target.action:
                target.action = f"{target.action} {action}"
                has_action = False
            if target is None and text is None and number is not None:
                target = self.merge_target(number, scr or self.current_case(), view.table)
            if target is None:
                target = self.new("table", row, sec, number, text)
                target.table = view.table
                target.header_match = c_rec is not None
                if scr:
                    target.scr = scr
            target.fields_seen = True
            if target.tentative:
                target.action, target.tentative = None, False
            if has_action:
                target.action = action
            if c_lead is not None and not is_empty(get(c_lead)):
                target.bodies = bodies_of_cell(get(c_lead), self.docs.get(get(c_lead)))
                target.lead_given = True
            elif not target.bodies:
                add_bodies(target.bodies, subject_bodies(rec_doc, before_cue=True))
                if has_action:
                    add_bodies(target.bodies, subject_bodies(action_doc, before_cue=False))
            if c_status is not None:
                st = cell_status(get(c_status), self.docs.get(get(c_status)), key)
                if st != "unknown":
                    target.status = st
            elif has_action or action_doc is not None:
                st = narrative_status(action_doc, key)
                if st:
                    target.status = st
            if c_due is not None:
                target.due = normalise_due(get(c_due)) or target.due
            elif action_doc is not None:
                target.due = target.due or narrative_due(action_doc)
            if rec_doc is not None and "REC_CUE" in cues(rec_doc):
                target.strong_cue = True
            last = target if target.table == view.table else None
            self.last_row_draft = last

    def read_record_table(self, first: int, rows: list[tuple[int, Block]]) -> bool:
        """A two-column "label | value" table (one recommendation per table, or per block of rows).

        Reports often set each recommendation as a small table: "Recommendation 3 | text",
        "Action taken | ...", "Lead | ...", "Status | ...". The first column's labels are read
        with the same header lexicon as column headers.
        """
        pairs = []
        for _, b in rows:
            if len(b.cells) != 2:
                return False
            label = b.cells[0].text if not b.is_header else (b.cells[0].header or b.cells[0].text)
            value = b.cells[1].text if not b.is_header else (b.cells[1].header or b.cells[1].text)
            pairs.append((label.strip(), value.strip(), b))
        meanings = [header_meaning(label) if len(label) < 40 else None for label, _, _ in pairs]
        card = any(m in ("action", "lead", "status", "timescale") for m in meanings)
        for k, (label, value, _) in enumerate(pairs):
            if card and meanings[k] is None and _NUMBER_CELL.match(label) and len(value.split()) > 3:
                meanings[k] = "recommendation"  # "R1 | text", "4.1 | text"
        if "recommendation" in meanings:  # a "Key finding" row of a card is context, not the entry
            meanings = [None if m == "finding" else m for m in meanings]
        else:
            meanings = ["recommendation" if m == "finding" else m for m in meanings]
        if sum(1 for m in meanings if m in ("recommendation", "action", "lead", "status", "timescale",
                                             "planned_action")) < 2 or "recommendation" not in meanings \
                and "action" not in meanings:
            return False
        sec = self.secs[first]
        if sec.category not in CANDIDATE:
            return True
        key = self.key_for(first, rows[-1][0])
        d: Draft | None = None
        for (label, value, b), meaning in zip(pairs, meanings):
            vdoc = self.docs.get(value)
            if meaning == "recommendation" or (meaning == "action" and d is None):
                if meaning == "recommendation" and (d is None or d.text is not None):
                    m = re.search(r"(\d{1,2}(?:\.\d{1,2})?)", label)
                    d = self.new("table", b, sec, m.group(1) if m else None, None)
                    d.header_match = True
                if meaning == "recommendation" and not is_empty(value):
                    lab = label_of(value)
                    if lab and lab.kind in ("rec_label", "number_label") and lab.rest:
                        d.number = d.number or lab.number
                        value = lab.rest
                    if distractor_governs(vdoc) if vdoc is not None else False:
                        self.drafts.remove(d)
                        d = None
                        continue
                    d.text = value
                    d.strong_cue = vdoc is not None and "REC_CUE" in cues(vdoc)
                    if not d.lead_given:
                        add_bodies(d.bodies, subject_bodies(vdoc, before_cue=True))
                    continue
                if d is None:
                    d = self.new("table", b, sec, None, None)
            if d is None:
                continue
            if meaning in ("action", "planned_action", "evidence") and is_action_text(vdoc, value) \
                    and (meaning == "action" or d.action is None):
                d.action = value if meaning == "action" or not d.action else d.action
                if not d.lead_given:
                    add_bodies(d.bodies, subject_bodies(vdoc, before_cue=False))
                d.status = narrative_status(vdoc, key) or d.status if d.status == "unknown" else d.status
            elif meaning in ("action", "planned_action") and d.status == "unknown":
                d.status = narrative_status(vdoc, key) or "unknown"  # "Not yet started" in the action row
            elif meaning == "lead" and not is_empty(value):
                d.bodies = bodies_of_cell(value, vdoc)
                d.lead_given = True
            elif meaning == "status":
                st = cell_status(value, vdoc, key)
                if st != "unknown":
                    d.status = st
            elif meaning == "timescale":
                d.due = normalise_due(value) or d.due
            elif meaning == "scr":
                names = case_names(vdoc)
                d.scr = names[0] if names else d.scr
        return True

    def merge_target(self, number: str, scr: str | None, table: int | None = None) -> Draft | None:
        """An earlier recommendation with this number (same SCR) still waiting for its action."""
        for d in self.drafts:
            if d.number == number and d.table != table and (d.action is None or d.tentative) and d.text is not None \
                    and (scr is None or d.scr is None or d.scr == scr):
                return d
        return None

    # -- paragraphs and list items
    def read_block(self, i: int, block: Block, sec: Section) -> None:
        nd = self.docs.get(block.text)
        if block.kind != "list_item":
            self.list_run = 0
        else:
            self.list_run += 1
        parts = split_fields(block.text)
        first = parts[0]
        lab = label_of(first)
        later_rec = next((k for k, p in enumerate(parts) if k and (label_of(p) or _NO_LABEL).kind == "rec_label"), None)
        if later_rec is not None and not (lab and lab.kind in ("rec_label", "number_label")):
            # "Learning point 1: <finding>. Recommendation: <text>. Response: ...": the finding is context
            parts = parts[later_rec:]
            first = parts[0]
            lab = label_of(first)
            nd = self.docs.get(lab.rest) if lab else nd
        if lab and lab.kind in ("action", "status", "lead", "timescale"):
            if self.open is not None:
                for part in parts:
                    self.apply_field(part, i)
            return
        if lab and lab.kind == "rec_label" and not lab.rest and lab.number:
            self.pending_number = lab.number  # "Recommendation 1:" alone: its text is the next paragraph
            self.open = None
            return
        if lab and lab.kind == "rec_label" and lab.rest:
            rest_doc = self.docs.get(lab.rest) or nd
            known = any(d.number == lab.number and d.text and (d.scr == self.current_case() or d.scr is None)
                        for d in self.drafts)
            if known and rest_doc is not None and "REC_CUE" not in cues(rest_doc):
                self.progress_for(lab.number, lab.rest, i)  # "Recommendation 7 depends on ..."
                return
            if rest_doc is not None and distractor_governs(rest_doc):
                self.open = None
                return
            self.start_labelled("labelled", block, sec, lab, rest_doc, parts, i,
                                strong_cue=rest_doc is not None and "REC_CUE" in cues(rest_doc))
            return
        if lab and lab.kind == "number_label" and lab.rest:
            rest_doc = self.docs.get(lab.rest) or nd
            if rest_doc is not None and self.intro != "findings" and "ACTION_CUE" in cues(rest_doc) \
                    and "REC_CUE" not in cues(rest_doc) and self.progress_for(lab.number, lab.rest, i):
                return  # "1. A was-not-brought policy was issued ...": the action on recommendation 1
            if self.is_rec(rest_doc, strong_only=False) or (
                    self.intro == "recommendations" and rest_doc is not None and not distractor_governs(rest_doc)):
                self.start_labelled("list", block, sec, lab, rest_doc, parts, i, strong_cue=True)
                return
        if self.open is not None and self.open.action_open and block.kind == "list_item":
            self.open.action = f"{self.open.action} {block.text}".strip() if self.open.action else block.text
            return
        if len(parts) > 1 and (block.kind == "list_item" or sec.category in CANDIDATE):
            self.open = None
            before = len(self.drafts)
            if block.kind == "list_item":
                self.read_list_item(block, sec, self.docs.get(first), first)
            else:
                self.read_paragraph(block, sec, self.docs.get(first))
            if self.open is None and len(self.drafts) == before and sec.category in CANDIDATE and self.current_case() \
                    and any((label_of(p) or Label("", None, "")).kind == "action" for p in parts[1:]):
                # "Theme: ... What we have done: ...": an action reported without its recommendation
                self.open = self.new("action_list", block, sec, None, None, None)
            if self.open is not None:
                for part in parts[1:]:
                    self.apply_field(part, i)
            return
        if sec.category in CANDIDATE:
            self.read_described_elsewhere(block.text)
        if self.read_references(block.text, i):
            return
        if sec.category in CANDIDATE and self.read_back_reference(block, nd, i):
            return
        if block.kind == "list_item":
            self.read_list_item(block, sec, nd, block.text)
            return
        self.read_paragraph(block, sec, nd)

    def read_back_reference(self, block: Block, nd: Doc | None, i: int) -> bool:
        """A paragraph reporting on a recommendation stated earlier, named by its subject.

        "In response to the recommendation on information sharing, the Trust has ..." /
        "The recommendation that the Board should revisit its thresholds remains
        outstanding.": matched to the stated recommendation of the current case that
        shares most content words (extractor.topics); its text becomes that entry's
        action unless it says nothing has been done, and its stated status the entry's.
        """
        if nd is None:
            return False
        case = self.current_case()
        pool = [d for d in self.drafts if d.text and (case is None or d.scr is None or d.scr == case)]
        target = None
        number = referred_number(block.text)
        if number is not None:
            target = next((d for d in reversed(pool) if d.number == number), None)
        topic = referred_topic(block.text) if target is None else None
        if topic is not None:
            waiting = [d for d in pool if d.action is None or d.tentative]
            for group in (waiting, pool):
                k = best_match(topic, block.text, [d.text for d in group])
                if k is not None:
                    target = group[k]
                    break
        if target is None:
            return False
        self.open = None
        status = narrative_status(nd, self.key_for(i))
        if is_action_text(nd, block.text) and status != "not_started" and (target.action is None or target.tentative):
            target.action, target.tentative = block.text, False
            if not target.bodies:
                add_bodies(target.bodies, subject_bodies(nd, before_cue=False))
        if status:
            target.status = status
        target.due = target.due or narrative_due(nd)
        target.fields_seen = True
        return True

    def read_described_elsewhere(self, text: str) -> None:
        """"The action taken on the second recommendation is described in the Chair's foreword": the
        sentence of that section that shares most content words with the recommendation and
        reports a deed becomes its action."""
        m = _DESCRIBED_ELSEWHERE.search(text)
        if m is None:
            return
        number = _ORDINALS.get(m["n"].lower(), m["n"])
        target = next((d for d in reversed(self.drafts) if d.number == number and d.text and d.action is None
                       and (d.scr is None or self.current_case() is None or d.scr == self.current_case())), None)
        where = content_stems(m["where"]) - content_stems("section part chapter report")
        if target is None or not where:
            return
        from .nlp import analyse
        texts, inside = [], False
        for b in self.blocks:
            if b.kind == "heading":
                inside = bool(where & content_stems(b.text))
            elif inside and b.kind in ("paragraph", "list_item"):
                texts.append(b.text)
        best, best_score = None, 1  # at least two content words in common
        wanted = content_stems(target.text)
        for nd in analyse(texts).values():
            for sent in nd.sents:
                if "ACTION_CUE" not in cues(sent) or not is_action_text(sent, sent.text):
                    continue
                score = len(wanted & content_stems(sent.text))
                if score > best_score:
                    best, best_score = sent, score
        if best is not None:
            target.action = best.text.strip()
            add_bodies(target.bodies, subject_bodies(best, before_cue=False))

    def read_references(self, text: str, i: int) -> bool:
        """Progress paragraphs keyed to recommendations ("On 4.1, ...", "On the third: ...")."""
        hits = list(_REFERENCE.finditer(text))
        if not hits:
            return False
        used = False
        for k, m in enumerate(hits):
            end = hits[k + 1].start() if k + 1 < len(hits) else len(text)
            number = _ORDINALS.get(m.group(1).lower(), m.group(1))
            if self.progress_for(number, text[m.end():end], i):
                used = True
        return used

    def start_labelled(self, kind: str, block, sec, lab, rest_doc, parts, i: int,
                       strong_cue: bool) -> None:
        """A recommendation opening with its label: its text, an action later in the same
        block, the bodies its subject names, then the block's other labelled fields."""
        text, action_part = split_rec_action(rest_doc, lab.rest)
        d = self.new(kind, block, sec, lab.number, text)
        d.strong_cue = strong_cue
        if action_part is not None:
            self.attach_action(d, action_part)
        add_bodies(d.bodies, subject_bodies(rest_doc, before_cue=True))
        self.open = d
        for part in parts[1:]:
            self.apply_field(part, i)

    def attach_action(self, d: Draft, span: Span) -> None:
        """Sentences after the recommendation in its own block: what was done about it."""
        if is_action_text(span, span.text) and "NON_ACTION" not in cues(span):
            d.action = span.text.strip()
            add_bodies(d.bodies, subject_bodies(span, before_cue=False))
        d.status = narrative_status(span) or d.status
        d.due = d.due or narrative_due(span)
        d.fields_seen = True

    def progress_for(self, number: str, text: str, i: int) -> bool:
        """A paragraph that reports progress on a recommendation by its number ("On 4.1, ...")."""
        target = next((d for d in reversed(self.drafts) if d.number == number and d.text and (d.action is None or d.tentative)
                       and (d.scr is None or self.current_case() is None or d.scr == self.current_case())), None)
        if target is None:
            return False
        saved = self.open
        self.open = target
        if target.tentative:
            target.action, target.tentative = None, False
        self.apply_field("Progress: " + text.strip(), i)
        self.open = saved
        return True

    def is_rec(self, doc: Doc | None, strong_only: bool) -> bool:
        if doc is None:
            return False
        labels = cues(doc)
        if "REC_CUE" not in labels or "GENERIC" in labels:
            return False
        if distractor_governs(doc):
            return False
        if re.search(r"\bshould have\b|\bcould have\b|\bmust have\b", doc.text, re.I):
            return False
        return True

    def apply_field(self, part: str, i: int) -> None:
        d = self.open
        lab = label_of(part)
        if d is None or lab is None:
            return
        d.fields_seen = True
        rest = lab.rest
        if rest and rest not in self.docs:
            from .nlp import analyse
            self.docs.update(analyse([rest]))
        rd = self.docs.get(rest)
        if lab.kind == "action" and status_only(rd):
            st = cell_status(rest, rd, self.key_for(i))
            if st != "unknown":
                d.status = st
            d.due = d.due or normalise_due(rest)
        elif lab.kind == "action":
            if not rest or rest.endswith(":"):
                d.action_open = True
                if rest.endswith(":") and is_action_text(rd, rest):
                    d.action = rest
                return
            if is_action_text(rd, rest):
                d.action = f"{d.action} {rest}" if d.action else rest
                if not d.lead_given:
                    add_bodies(d.bodies, subject_bodies(rd, before_cue=False))
            st = narrative_status(rd, self.key_for(i))
            if st and d.status == "unknown":
                d.status = st
            d.due = d.due or narrative_due(rd)
        elif lab.kind == "status":
            st = cell_status(rest, rd, self.key_for(i))
            if st != "unknown":
                d.status = st
        elif lab.kind == "lead":
            d.bodies = bodies_of_cell(rest, rd)
            d.lead_given = bool(d.bodies)
        elif lab.kind == "timescale":
            d.due = normalise_due(rest) or d.due

    def read_list_item(self, block: Block, sec: Section, nd: Doc | None, text: str) -> None:
        if nd is None or is_empty(text):
            return
        listed = self.intro == "recommendations" and sec.category in CANDIDATE and not distractor_governs(nd)
        if listed or self.is_rec(nd, strong_only=False) and self.intro != "findings" and (
                sec.category in CANDIDATE or self.rec_context):
            d = self.new("list", block, sec, str(self.list_run), text)
            d.strong_cue = "REC_CUE" in cues(nd)
            add_bodies(d.bodies, subject_bodies(nd, before_cue=True))
            if not d.bodies and listed:  # "The review recommended that: the CCG ensures ...": the item's subject
                add_bodies(d.bodies, [_body(e.text, e._.sector) for e in nd.ents if e.start <= 2][:1])
            self.open = d
            return
        labels = cues(nd)
        subjects = subject_bodies(nd, before_cue=False)
        looks_done = "ACTION_CUE" in labels and (self.intro == "actions" or (self.intro is None and subjects))
        if looks_done and "DISTRACTOR" not in labels and "NON_ACTION" not in labels and self.current_case() \
                and sec.category in CANDIDATE and not self.open:
            d = self.new("action_list", block, sec, None, None, text)
            add_bodies(d.bodies, subjects)
            st = narrative_status(nd)
            if st:
                d.status = st
            d.due = narrative_due(nd)
        elif self.open is not None and self.open.kind == "list" and "ACTION_CUE" in labels and not self.open.action:
            self.open.action = block.text

    def read_paragraph(self, block: Block, sec: Section, nd: Doc | None) -> None:
        if nd is None:
            return
        if self.pending_number is not None and not distractor_governs(nd):
            # the text under a "Recommendation 3" heading
            d = self.new("labelled", block, sec, self.pending_number, block.text)
            d.strong_cue = "REC_CUE" in cues(nd)
            add_bodies(d.bodies, subject_bodies(nd, before_cue=True))
            self.open, self.pending_number = d, None
            return
        words = block.text.split()
        if len(words) <= 8 and not block.text.rstrip().endswith((".", ":", ";", "?", "!")):
            # a run-in heading set as a paragraph ("What has been done")
            self.lead_status = self.list_status_of(block.text, nd)
            self.intro = "actions" if _ACTION_HEADING.search(block.text) else (
            "recommendations" if _REC_HEADING.search(block.text) and sec.category in CANDIDATE else None)
            names = case_names(nd)
            if names:
                self.case_para = self.case_recent = names[0]
            return
        labels = cues(nd)
        self.intro = None
        self.lead_status = None
        self.status_of_all(nd)
        if block.text.rstrip().endswith(":"):
            lead_in = block.text.rstrip()[-200:]
            ends = [m.end() for m in re.finditer(r"[.!?]\s+", block.text)]
            last = nd.char_span(ends[-1] if ends else 0, len(block.text), alignment_mode="expand")
            if last is not None:
                self.lead_status = self.list_status_of(last.text, last)
            if re.search(r"\bfound|\bfinding|\bidentified|\blearning|\bthemes?\b|\blessons?\b|\bconclu|\bhighlight|"
                         r"\bissues?\b|\bconcerns?\b", lead_in, re.I):
                self.intro = "findings"
            elif re.search(r"\brecommend", lead_in, re.I):
                self.intro = "recommendations"
            elif re.search(r"\bactions?\b|\bchanges?\b|\bimprove|\bin response|\bas a result|\bdone\b|"
                           r"\bdeveloped|\bintroduced|\bresponded", lead_in, re.I):
                self.intro = "actions"
        # a plain paragraph right after a recommendation block is its progress
        o = self.open
        if o is not None and o.kind in ("labelled", "list") and not o.fields_seen and o.action is None \
                and "REC_CUE" not in labels and "ACTION_CUE" in labels and "NON_ACTION" not in labels \
                and not ({"MECH_VERB", "MECH_OBJECT"} <= labels) and "DISTRACTOR" not in labels:
            o.action = block.text
            o.tentative = True
            o.fields_seen = True
            if not o.lead_given:
                add_bodies(o.bodies, subject_bodies(nd, before_cue=False))
            o.status = narrative_status(nd) or o.status
            o.due = o.due or narrative_due(nd)
            return
        if o is not None and o.kind in ("labelled", "list") and o.action is None and o.status == "unknown" \
                and "REC_CUE" not in labels and "DISTRACTOR" not in labels:
            # no action taken, but the paragraph closes on a status ("... This has not yet started.")
            o.status = closing_status(nd) or o.status
        self.open = None
        self.see_mentions(nd)
        if sec.category not in CANDIDATE:
            return
        current: Draft | None = None
        responding = bool(_RESPONSE.search(block.text))
        other_review = False   # the paragraph is about another review type ("The review" then means that one)
        other_cases: set[str] = set()  # cases the paragraph names as subjects of that other review
        for sent in nd.sents:
            s_labels = cues(sent)
            named = case_names_in(nd, sent)
            if "NOT_SCR" in s_labels or ("DISTRACTOR" in s_labels and "SCR_TERM" not in s_labels):
                other_review = True
                other_cases.update(named)
            elif "SCR_TERM" in s_labels or any(n not in other_cases for n in named):
                other_review = False
            if other_review:
                current = None
                continue
            strong = any(doc_tok.lower_ not in _MODALS for c in cue_spans(nd, "REC_CUE")
                         if c.start >= sent.start and c.end <= sent.end for doc_tok in c[:1])
            is_rec = (self.rec_context or strong) and self.sentence_is_rec(sent)
            if is_rec:
                text = sent.text.strip()
                tail = None
                semi = [t for t in sent if t.text == ";"]
                if semi:
                    after = nd[semi[0].i + 1:sent.end]
                    if "ACTION_CUE" in cues(after) and "REC_CUE" not in cues(after):
                        text = nd[sent.start:semi[0].i].text.strip()
                        tail = after
                number = None
                for tok in sent[:4]:
                    if tok.lower_ in _ORDINALS:
                        number = _ORDINALS[tok.lower_]
                        break
                if number == "+":
                    prev = [d for d in self.drafts if d.kind == "prose" and d.number and d.number.isdigit()]
                    number = str(int(prev[-1].number) + 1) if prev else None
                pieces = coordinated_recommendations(sent) if tail is None else [sent]
                for k, piece in enumerate(pieces):
                    ptext = text if len(pieces) == 1 else piece.text.strip()
                    current = self.new("prose", block, sec, number if k == 0 else None, ptext)
                    names = case_names(nd)
                    if names and any(n in ptext for n in names):
                        current.scr = next(n for n in names if n in ptext)
                    current.strong_cue = bool(re.search(r"recommend|asked|called|advised", text, re.I))
                    add_bodies(current.bodies, subject_bodies(piece, before_cue=True) if len(pieces) == 1
                               else _coordinated_subjects(piece))
                if tail is not None and is_action_text(tail, tail.text):
                    current.action = tail.text.strip()
                    add_bodies(current.bodies, subject_bodies(tail, before_cue=False))
                    current.status = narrative_status(tail) or current.status
            elif current is not None and "ACTION_CUE" in s_labels and "REC_CUE" not in s_labels \
                    and "NON_ACTION" not in s_labels and "DISTRACTOR" not in s_labels and is_action_text(sent, sent.text):
                current.action = f"{current.action} {sent.text.strip()}" if current.action else sent.text.strip()
                sd = sent
                add_bodies(current.bodies, subject_bodies(sd, before_cue=False))
                current.status = narrative_status(sd) or current.status
                current.due = current.due or narrative_due(sd)
            elif current is not None and "REC_COUNT" not in s_labels:
                st = narrative_status(sent)
                if st:
                    current.status = st
            elif current is None and responding and self.reported_action(sent, sec):
                d = self.new("action_list", block, sec, None, None, sent.text.strip())
                add_bodies(d.bodies, subject_bodies(sent, before_cue=False))
                d.status = narrative_status(sent) or d.status
                d.due = narrative_due(sent)
            if "REC_COUNT" in s_labels or re.search(r"\brecommend", sent.text, re.I):
                self.rec_context = True
            if "REC_COUNT" in s_labels and self.current_case() and not other_review:
                n = stated_count(sent.text)
                if n is not None:
                    self.stated_counts.setdefault(self.current_case(), n)
        if current is not None:
            self.open = current  # a "Response:" paragraph may follow

    def status_of_all(self, nd: Doc) -> None:
        """"Both recommendations have been implemented" / "All the actions are complete": the status
        of every recommendation of the current case that has none yet."""
        case = self.current_case()
        if case is None:
            return
        for sent in nd.sents:
            if not _ALL_OF_THEM.match(sent.text.strip()):
                continue
            st = narrative_status(sent)
            if st:
                for d in self.drafts:
                    if d.scr == case and d.status == "unknown":
                        d.status = st

    def reported_action(self, sent: Span, sec: Section) -> bool:
        """A prose sentence reporting what an agency has done in response to an SCR whose
        recommendations the report does not state ("In response, the CCG has issued ...")."""
        case = self.current_case()
        if sec.category != "scr" or case is None or sent.text.rstrip().endswith(":"):
            return False
        if any(d.text and d.scr == case for d in self.drafts):
            return False  # the recommendations are stated: actions belong to them
        labels = cues(sent)
        if "ACTION_CUE" not in labels or labels & {"REC_CUE", "DISTRACTOR", "NON_ACTION", "SCR_TERM", "GENERIC"}:
            return False
        if {"MECH_VERB", "MECH_OBJECT", "MECH_BODY"} <= labels:
            return False
        if not _PRESENT_PERFECT.search(sent.text):
            return False  # case histories are told in the simple past
        return bool(subject_bodies(sent, before_cue=False))

    def sentence_is_rec(self, sent: Span) -> bool:
        labels = cues(sent)
        if sent.text.rstrip().endswith(":"):
            return False  # "The review recommended:" introduces the list that follows
        if "REC_CUE" not in labels or "GENERIC" in labels or "MECH_OBJECT" in labels and "MECH_VERB" in labels:
            return False
        if "COMMISSIONING" in labels:
            return False  # "The panel recommended one new serious case review": a decision to hold one
        if "DISTRACTOR" in labels and "SCR_TERM" not in labels:
            return False  # prose is the least sure style: any other review type named rules it out
        if distractor_governs(sent.doc, sent.start, sent.end):
            return False
        if "REC_COUNT" in labels and not re.search(r"recommended that|should|asked|called", sent.text, re.I):
            return False
        if re.search(r"\b(?:should|could|must|would) have\b|\bshould not have\b", sent.text, re.I):
            return False
        if re.search(r"\(\s*recommendations? \d", sent.text, re.I):
            return False  # refers back to a recommendation stated elsewhere
        return True


# ---- keys and candidates ------------------------------------------------------------------

def rag_keys(doc: Document, docs: dict[str, Doc]) -> list[tuple[int, RagKey]]:
    """Every colour key of the report, with the block index where it stands."""
    keys: list[tuple[int, RagKey]] = []
    table_items: dict[int, list[tuple[int, str, str]]] = {}
    for i, b in enumerate(doc.blocks):
        if b.kind == "table_row" and b.cells and len(b.cells) >= 2:
            first = b.cells[0].text.strip().lower()
            if first in ("red", "amber", "green", "blue", "grey", "purple", "black", "white"):
                table_items.setdefault(b.table, []).append((i, first, b.cells[1].text))
            continue
        if not re.search(r"\b(?:red|amber|green|blue)\b", b.text, re.I) and not (
                len(b.text) < 300 and re.search(r"\b(?:key|rag|brag)\b", b.text, re.I)):
            continue
        items = key_items(b.text)
        if len(items) >= 2 or (items and re.search(r"\bkey\b|\brag\b", b.text, re.I)):
            keys.append((i, _key_from(items, docs)))
    for rows in table_items.values():
        if len(rows) >= 2:
            keys.append((rows[0][0], _key_from([(c, d) for _, c, d in rows], docs)))
    keys.sort(key=lambda k: k[0])
    return keys


def _key_from(items: list[tuple[str, str]], docs: dict[str, Doc]) -> RagKey:
    from .nlp import analyse
    defs = analyse([d for _, d in items])
    colours = {}
    for colour, definition in items:
        d = defs.get(definition)
        codes = [s.id_ for s in d.spans.get("status", []) if s.label_ in ("STATUS", "STATUS_CELL")] if d is not None else []
        if codes:
            colours[colour] = codes[0]
    # two colours meaning "complete": by convention the lesser colour is the partial one
    # ("Green = complete and impact evidenced; Amber = complete, impact not yet evidenced")
    ranked = [c for c in ("blue", "green", "amber") if colours.get(c) == "completed"]
    for lesser in ranked[1:]:
        colours[lesser] = "in_progress"
    return RagKey(colours)
