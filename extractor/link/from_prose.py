"""Entries from prose: sentences that state a recommendation, the action sentences after them,
and, for a review whose recommendations are not stated, sentences that report what was done."""
from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from ..document import Block
from ..report import ResponsibleBody
from ..structure import CANDIDATE, Section
from .actions import is_action_text, split_rec_action
from .bodies import ALL_AGENCIES, MODALS, add_bodies, coordinated_subjects, responsible_body, subject_bodies
from .draft import Draft, case_names, case_names_in, cue_spans, cues, distractor_governs, within
from .labels import ORDINALS, label_of
from ..lexicon import number_words, phrase
from ..ratings import COLOURS, key_items, symbol_of
from ..nlp._extensions import sentences, span_text
from ..topics import answer_score
from .status import (SHARE_LINE_WORDS, cell_status, narrative_due, narrative_status, share_done, share_status,
                     status_only, tick_form, update_status)
from .walk import ACTION_HEADING, REC_HEADING, Walk

_PRESENT_PERFECT = re.compile(r"\b(?:has|have)\s+(?:now\s+|also\s+|since\s+|already\s+|recently\s+|been\s+)*"
                              r"[a-z-]+(?:ed|en|t|un|ung|ade|one|ought|ritten)\b|\bnow\b", re.I)

#: "X should ..., and, finally, that Y should ...": a second recommendation coordinated in one sentence
_COORDINATED = re.compile(r",?\s+and,?\s+(?:(?:finally|lastly|also|further|in addition|secondly|thirdly),?\s+)?that\s+", re.I)
_MODAL = re.compile(r"\b(?:should|must)\b", re.I)


def last_sentence_start(text: str) -> int:
    """Where the last sentence of a paragraph starts (0 for a paragraph of one sentence)."""
    ends = [m.end() for m in re.finditer(r"[.!?]\s+", text)]
    return ends[-1] if ends else 0


def lead_in_kind(paragraph: str) -> str | None:
    """What a lead-in paragraph announces below it: "findings", "recommendations" or "actions".

    Its last sentence decides first, by the noun it announces ("the following early actions")
    or by speaking of the response ("Since the review was completed:"): the sentences before it
    often tell the case's story ("... the Board has not waited to act on the learning"), whose
    words would say "findings". Otherwise the last 200 characters decide, findings first.
    """
    last = paragraph[last_sentence_start(paragraph):]
    announced = phrase("lead_in_following").search(last)
    kind = _lead_in_words(announced.group("noun")) if announced else None
    if kind:
        return kind
    if phrase("response").search(last):
        return "actions"
    return _lead_in_words(paragraph.rstrip()[-200:])


def _lead_in_words(text: str) -> str | None:
    return next((k for k in ("findings", "recommendations", "actions") if phrase(f"lead_in_{k}").search(text)), None)


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


#: an inline enumerator opening a clause: "(i) that ...", "(b) ...", "2) ..."
_ENUMERATOR = re.compile(r"(?:^|(?<=[\s;:,]))(?:\((?P<p>[ivx]{1,4}|[a-h]|\d{1,2})\)|(?P<b>[a-h]|\d{1,2})\))\s+")
_SEQUENCES = ("i ii iii iv v vi vii viii ix x xi xii".split(), list("abcdefgh"), [str(k) for k in range(1, 13)])
#: the joining words and punctuation between two clauses of a list
_JOINT = re.compile(r"[\s;,.]*(?:\b(?:and|or)\b)?[\s;,]*$", re.I)


@dataclass
class Clause:
    """One recommendation of a sentence that states several, with its number as written."""

    number: str | None
    span: Span


def _clause_span(sent: Span, a: int, b: int) -> Span | None:
    text = sent.text
    b = a + len(_JOINT.sub("", text[a:b]))
    piece = sent.doc.char_span(sent.start_char + a, sent.start_char + b, alignment_mode="expand")
    return piece if piece is not None and len(piece) else None


def enumerated_clauses(sent: Span, previous: str | None = None) -> list[Clause]:
    """The clauses of a sentence enumerated inline: "She recommended (i) that ...; (ii) that ...;
    and (iii) ...". Only a run that counts on from the start of its sequence ((i), (a), 1)) or
    from the `previous` clause's number ("Her remaining ... (iv) ...; (v) ...") is one."""
    marks = list(_ENUMERATOR.finditer(sent.text))
    labels = [(m["p"] or m["b"]).lower() for m in marks]
    if len(marks) < 2:
        return []
    first = next(((q, k) for q in _SEQUENCES for k in range(len(q))
                  if q[k] == labels[0] and (k == 0 or q[k - 1] == (previous or "").lower())), None)
    if first is None or labels != first[0][first[1]:first[1] + len(labels)]:
        return []
    ends = [m.start() for m in marks[1:]] + [len(sent.text)]
    out = [Clause(lab, span) for lab, m, end in zip(labels, marks, ends)
           if (span := _clause_span(sent, m.end(), end)) is not None]
    return out if len(out) == len(marks) else []


#: words that may stand between the bodies a clause opens with ("that the police and health ...")
_SUBJECT_GLUE = {"that", "the", "and", ",", "both", "its", "their"}


def clause_subjects(piece: Span) -> list[ResponsibleBody]:
    """The bodies one clause of an enumerated recommendation makes responsible: the subject of its
    modal, or else the bodies it opens with ("that the police and the health visiting service agree ...")."""
    if _MODAL.search(piece.text):
        return coordinated_subjects(piece)
    doc, out, at = piece.doc, [], piece.start
    for e in sorted((e for e in doc.ents if piece.start <= e.start and e.end <= piece.end), key=lambda e: e.start):
        if any(t.lower_ not in _SUBJECT_GLUE for t in doc[at:e.start]):
            break
        out.append(responsible_body(e.text, e._.sector))
        at = e.end
    if not out and re.match(r"(?:that\s+)?(?:all|every|each)\s+(?:partner\s+)?(?:agenc|partner|organisation)", piece.text, re.I):
        out.append(ResponsibleBody(ALL_AGENCIES, "lscb"))
    return out


def answered(listed: list[Draft], action: str, acting: list[ResponsibleBody]) -> Draft | None:
    """Which of several recommendations stated in one sentence an action sentence after them
    answers, by shared content words and bodies (extractor.topics.answer_score); None when none."""
    scored = [(answer_score(d.text, d.bodies, action, acting), -k, d) for k, d in enumerate(listed)
              if d.text and d.action is None]
    best = max(scored, key=lambda x: x[:2], default=None)
    return best[2] if best and best[0] else None


#: a quotation long enough to be a recommendation, in curly or straight double quotes (closed
#: after the sentence's stop, or by its end)
_QUOTATION = re.compile(r"[\u201c\"](?P<q>[^\u201c\u201d\"]{40,})(?:[\u201d\"]|$)")


def quoted_recommendation(sent: Span) -> tuple[str, str | None, Span] | None:
    """(text, number, its span) of a recommendation quoted in a sentence that is not itself one
    ("All five were signed off except the fourth: “The CCG should make sure ...”"): a quotation
    holding a recommendation cue and "should" or "must"; numbered by an ordinal just before it."""
    m = _QUOTATION.search(sent.text)
    if m is None or not re.search(r"\b(?:should|must)\b", m["q"]):
        return None
    span = sent.doc.char_span(sent.start_char + m.start("q"), sent.start_char + m.end("q"), alignment_mode="expand")
    if span is None or "REC_CUE" not in cues(span) or distractor_governs(sent.doc, span.start, span.end):
        return None
    before = [t.lower_ for t in sent.doc[max(sent.start, span.start - 4):span.start]]
    number = next((ORDINALS[w] for w in reversed(before) if w in ORDINALS), None)
    return m["q"].strip(), number, span


def addressees(sent: Span) -> list[ResponsibleBody]:
    """The bodies a sentence says the recommendations are addressed to ("all addressed to the Board")."""
    m = re.search(r"\baddressed to\b", sent.text, re.I)
    if m is None:
        return []
    at = sent.start_char + m.end()
    return [responsible_body(e.text, e._.sector) for e in sent.ents if e.start_char >= at]


def listed_clauses(sent: Span, count: int | None) -> list[Clause]:
    """A sentence listing as many clauses, between semicolons, as the review is said to have made
    ("it asked us to A; to B; and to C" after "made three recommendations"): one clause each,
    without the lead-in and without the word that opens every clause ("to", "that")."""
    text = sent.text
    cuts = [m.start() for m in re.finditer(";", text)]
    if count is None or count < 2 or len(cuts) != count - 1:
        return []
    bounds = list(zip([0] + [c + 1 for c in cuts], cuts + [len(text)]))
    opener = re.match(r"\s*(?:and\s+|or\s+)?(\w+)\b", text[bounds[1][0]:bounds[1][1]])
    word = opener.group(1).lower() if opener else ""
    if word not in ("to", "that"):
        return []
    first = re.search(rf"\b{word}\s+", text[:bounds[0][1]], re.I)
    if first is None:
        return []
    out = []
    for k, (a, b) in enumerate(bounds):
        m = re.match(rf"\s*(?:and\s+|or\s+)?{word}\s+", text[a:b], re.I) if k else first
        if m is None:
            return []
        span = _clause_span(sent, a + m.end(), b)
        if span is None:
            return []
        out.append(Clause(None, span))
    return out


_ORDINAL_WORD = "|".join(sorted(ORDINALS, key=len, reverse=True))
#: a clause opened by its ordinal: "second, that ...", "and, finally, that ...", "thirdly to ..."
_ORDINAL_CLAUSE = re.compile(rf"\s*(?:(?:and|or)\s*,?\s*)?(?P<o>{_ORDINAL_WORD})(?:ly)?\s*,?\s*(?P<w>that|to)\s+", re.I)
#: the first clause's ordinal and opener ("The review's first recommendation was that ...")
_FIRST_CLAUSE = re.compile(rf"\b(?P<o>first)(?:ly)?\b[^;]*?\b(?P<w>that|to)\s+", re.I)


def ordinal_clauses(sent: Span) -> list[Clause]:
    """The clauses of a sentence that counts its recommendations with ordinal words, between
    semicolons: "The review's first recommendation was that A; second, that B; and, finally,
    that C" (1, 2, 3), each without its lead-in."""
    text = sent.text
    cuts = [m.start() for m in re.finditer(";", text)]
    if not cuts:
        return []
    bounds = list(zip([0] + [c + 1 for c in cuts], cuts + [len(text)]))
    first = _FIRST_CLAUSE.search(text[:bounds[0][1]])
    if first is None:
        return []
    out, last = [], 0
    for k, (a, b) in enumerate(bounds):
        m = first if k == 0 else _ORDINAL_CLAUSE.match(text[a:b])
        if m is None:
            return []
        number = ORDINALS[m["o"].lower()]
        number = str(last + 1) if number == "+" else number
        if int(number) != last + 1:
            return []
        last = int(number)
        span = _clause_span(sent, a + m.end(), b)
        if span is None:
            return []
        out.append(Clause(number, span))
    return out


#: cue labels of a sentence after a recommendation that is no action on it: another recommendation, a
#: statement that nothing was done, another review type, the recommendations' acceptance
_NO_DEED = frozenset({"REC_CUE", "NON_ACTION", "DISTRACTOR", "ACCEPTANCE"})
#: "all five have been completed": the status of every recommendation of the case, no action
_ALL_N = re.compile(r"\ball\s+(?:of\s+)?(?:the\s+|these\s+|its\s+)?(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|"
                    r"eleven|twelve)\s+(?:of them\s+)?(?:have|has|are|were)\b", re.I)
#: a sentence about every recommendation (or action) of the review at once
_ALL_OF_THEM = re.compile(r"^(?:both|all|each|every one)\s+(?:of\s+)?(?:the\s+|these\s+|its\s+|their\s+)?(?:\w+\s+)?"
                          r"(?:recommendations|actions)\b(?!\s+(?:should|must|were made|are set out|are listed))", re.I)
#: a sentence about the review's action plan as a whole ("The Child P action plan was completed")
_WHOLE_PLAN = re.compile(r"^(?:the\s+)?(?:[\w'\u2019-]+\s+){0,3}?action plan\b", re.I)
#: a paragraph about the entry above it: it opens on it ("This work ...", "Progress on this ...") or names
#: it ("The Group is satisfied that this action is complete")
_OF_THE_ENTRY = re.compile(r"^\W*(?:this|that|it|(?:work|progress) on (?:this|the|that)|the (?:recommendation|action|work))\b"
                           r"|\bthis (?:recommendation|action|work)\b", re.I)
#: a line this short, with no recommendation cue and no stop, set between a card's number and its
#: text is a badge or caption of the card (a lead's initials, its name), not the text
CAPTION_WORDS = 8
#: shared content words (and body) an action told in the past tense needs with a recommendation
#: retold paragraphs above it, to be taken for work on it rather than the case's history
ANSWER_PAST_MIN = 6


def _about_all(labels: set[str]) -> bool:
    """A paragraph after an entry's progress with these cues is about the monitoring ("The Panel
    monitors both action plans ..."), the reviews or every entry, not about that entry."""
    return {"MECH_VERB", "MECH_OBJECT"} <= labels or bool(labels & {"SCR_TERM", "GENERIC", "REC_COUNT"})


_COUNT_WORDS = {word: int(n) for word, n in number_words("cardinal").items()}
_STATED_COUNT = re.compile(r"\b(?P<n>\d{1,2}|" + "|".join(_COUNT_WORDS) + r")\s+(?:\w+\s+){0,2}?recommendations\b", re.I)


def stated_count(text: str) -> int | None:
    """The number of recommendations a sentence says a review made ("made five recommendations")."""
    m = _STATED_COUNT.search(text)
    if m is None or re.search(r"\b(?:of|remaining|remain|outstanding|open|were completed|have been)\b", text[m.end():m.end() + 25], re.I):
        return None
    n = m["n"].lower()
    return int(n) if n.isdigit() else _COUNT_WORDS[n]


def continues(previous: Draft, subjects: list[ResponsibleBody]) -> bool:
    """True when a sentence goes on with the previous action: its subject is something that action
    brought in, not a body of its own ("The CCG appointed a Named GP ... The Named GP has since ...")."""
    said = previous.action.lower()
    own = {_bare(b.name) for b in previous.bodies}
    return bool(subjects) and all(_bare(b.name) in said and _bare(b.name) not in own for b in subjects)


def _bare(name: str) -> str:
    return re.sub(r"^(?:the|a|an)\s+", "", name.lower())


def tie_answers(drafts: list[Draft]) -> None:
    """Action-only entries that answer a stated recommendation of their case join it.

    A report may say what each agency did in paragraphs of their own, apart from the
    recommendations (stated in an appendix, say) and without their numbers. Each such action
    goes to the recommendation still without an action that shares its body and content
    words (extractor.topics.answer_score), best pairs first, one action per recommendation;
    an action that answers none stays an entry of its own.
    """
    actions = [d for d in drafts if d.kind == "action_list" and d.text is None and d.action]
    waiting = [d for d in drafts if d.text and d.action is None]
    pairs = []
    for a in actions:
        for r in waiting:
            if r.scr == a.scr:
                score = answer_score(r.text, r.bodies, a.action, a.bodies)
                if score:
                    pairs.append((score, a, r))
    tied: set[int] = set()
    for _score, a, r in sorted(pairs, key=lambda p: -p[0]):
        if id(a) in tied or id(r) in tied:
            continue
        tied.update((id(a), id(r)))
        r.action, r.due = a.action, r.due or a.due
        r.status = r.status if r.status != "unknown" else a.status
        add_bodies(r.bodies, a.bodies)
        drafts.remove(a)


class ProseReader(Walk):
    """Reads a paragraph: run-in headings and lead-ins, progress after a recommendation, prose entries."""

    def read_paragraph(self, block: Block, sec: Section, nd: Doc | None) -> None:
        if nd is None:
            return
        if tick_form(block.text)[0]:
            # a line of tick boxes ("☐ Done ☒ Doing ☐ Not yet") rates the entry above it; it is
            # never the text under a "Recommendation 3" heading
            rated = self.open if self.open is not None else self.closed
            if rated is not None and rated.status == "unknown":
                rated.status = cell_status(block.text, nd, self.key_for(self.at))
            return
        if self.pending_number is not None and len(block.text.split()) <= 5 and self.badge_status(block.text):
            # a chip between the number and its text ("Recommendation 3" / "On track" / the text)
            self.pending_status = self.badge_status(block.text)
            return
        if self.pending_number is not None and "REC_CUE" not in cues(nd) and len(block.text.split()) <= CAPTION_WORDS \
                and not block.text.rstrip().endswith((".", ":")):
            return  # a badge or caption between the number and its text ("KCH" / "Kilnsey Community Health NHS Trust")
        if self.pending_number is not None and not distractor_governs(nd):
            # the text under a "Recommendation 3" heading, and what was done if the same block
            # goes on to say it (a printer may run the two paragraphs together)
            text, action_part = split_rec_action(nd, block.text) if "REC_CUE" in cues(nd) else (block.text, None)
            d = self.new("labelled", block, sec, self.pending_number, text)
            d.strong_cue = "REC_CUE" in cues(nd)
            if action_part is not None:
                self.attach_action(d, action_part)
            d.status = self.pending_status or self.chip_ahead or d.status
            self.pending_status = self.chip_ahead = None
            add_bodies(d.bodies, subject_bodies(nd, before_cue=True))
            self.open, self.pending_number = d, None
            return
        words = block.text.split()
        o = self.open
        aside, self.aside_field = self.aside_field, False
        rated = o if o is not None else self.closed
        share = share_done(block.text) if len(words) <= SHARE_LINE_WORDS else None
        if share is not None and rated is not None and rated.kind in ("labelled", "list") and self.drafts \
                and rated is self.drafts[-1] and "REC_CUE" not in cues(nd):
            # "2 of 3 actions complete" under a card: the count rates it, over the colour of the
            # bar drawn beside it (its filled segments read as chips)
            rated.status = share_status(share)
            return
        if rated is not None and rated.kind in ("labelled", "list") and rated.status == "unknown" and len(words) <= 5 \
                and status_only(nd) and (o is not None or self.chips_lead is None or self.chips_lead != self.current_case()) \
                and not (self.chips_lead == self.current_case() and self.next_is_rec_label()):
            # a chip under the recommendation it rates ("Complete", "On track", "Not yet due"), or
            # at the foot of its card, after notes that closed the entry
            st = cell_status(block.text, nd, self.key_for(self.at))
            if st != "unknown":
                rated.status = st
                return
        if rated is not None and rated.kind in ("labelled", "list") and rated.status == "unknown" \
                and 2 <= len(words) <= 6 and not block.text.rstrip().endswith("."):
            # the lead set with the chip that rates the entry, at the foot of its card ("CCG ✔",
            # "Police  Green"); a status word there ends a run-in heading ("What has been done")
            st = self.badge_status(words[-1]) if symbol_of(words[-1]) or words[-1].lower() in COLOURS else None
            if st:
                rated.status = st
                return
        if aside and o is not None:
            return  # the text under that field ("In plain English"): the entry stays open for its own fields
        if self.rate_reported(block.text):
            return
        if len(words) <= 5 and (o is None or self.chips_lead == self.current_case()) \
                and self.next_is_rec_label() and not key_items(block.text):
            # a card's chip set before its "Recommendation 2" label ("Amber" / "LCSPR Recommendation 2" / text):
            # learnt from the first chip, which comes before any entry of the case; later chips of the
            # layout then go with the label after them, not the entry above them (the last line of
            # a key, "Red – not started", is no chip)
            self.chip_ahead = self.badge_status(block.text)
            if self.chip_ahead:
                self.chips_lead = self.current_case()
                self.status_lines_lead = (self.current_case(),)
                return
        if len(words) <= 8 and not block.text.rstrip().endswith((".", ":", ";", "?", "!")):
            # a run-in heading set as a paragraph ("What has been done")
            # (a key's line opening on its symbol, "☒ Not yet the work has not started", rates nothing below it)
            self.lead_status = None if symbol_of(block.text.split()[0]) else self.list_status_of(block.text, nd)
            self.intro = "actions" if ACTION_HEADING.search(block.text) else (
            "recommendations" if REC_HEADING.search(block.text) and sec.category in CANDIDATE else None)
            # ("Child J's grandmother" under a pull quote names a person of that case: no heading of it)
            names = [n for n in case_names(nd) if not re.search(re.escape(n) + "['\u2019]s\\b", block.text)]
            if names:
                self.case_para = self.case_recent = names[0]
            if o is not None and o.action is None and self.intro != "actions" and not names \
                    and any(ch.isalpha() for ch in block.text) and label_of(block.text.rstrip(" :") + ":") is None \
                    and not any(e.label_ == "BODY" for e in nd.ents):
                # "Why", "Background": a field of the entry that is neither its text nor its progress
                # (once the entry has its progress, a run-in title starts the next card)
                o.fields_seen = True
                self.aside_field = True
            return
        labels = cues(nd)
        announced = self.actions_follow is not None  # by a lead-in above; this paragraph's own lead-in speaks for what follows it
        self.intro = None
        self.lead_status = None
        self.status_of_all(nd)
        if block.text.rstrip().endswith(":") or phrase("lead_in_end").search(block.text):
            last = nd.char_span(last_sentence_start(block.text), len(block.text), alignment_mode="expand")
            if last is not None:
                self.lead_status = self.list_status_of(last.text, last)
            self.intro = lead_in_kind(block.text)
            # "The following actions have been taken:" speaks for the blocks below it, paragraphs
            # and cards as well as list items, until a heading above it or a section of its level
            self.actions_follow = self.heading_level if self.intro == "actions" and sec.category in CANDIDATE else None
        # a plain paragraph right after a recommendation block is its progress, or right after
        # the status line under it ("1 <text>" / "Status: Completed" / what was done)
        o = self.open
        if o is not None and o.kind in ("labelled", "list") and o.action is None \
                and (not o.fields_seen or o.status_line_at == self.at - 1) \
                and "REC_CUE" not in labels and "ACTION_CUE" in labels \
                and ("NON_ACTION" not in labels or is_action_text(nd, block.text)) \
                and not ({"MECH_VERB", "MECH_OBJECT"} <= labels) and "DISTRACTOR" not in labels:
            o.action = nd.text  # without a field after it ("... in place. Status: complete.")
            o.ink = block.ink or o.ink
            o.tentative = True
            o.fields_seen = True
            if not o.lead_given:
                add_bodies(o.bodies, subject_bodies(nd, before_cue=False))
            if (o.status == "unknown" or o.narrated) and (st := narrative_status(nd)) is not None:
                o.status, o.narrated = st, True  # a chip set between text and progress is stated, and stands
            o.due = o.due or narrative_due(nd)
            return
        if o is not None and o.kind in ("labelled", "list") and o.status == "unknown" \
                and "REC_CUE" not in labels and "DISTRACTOR" not in labels:
            # no action taken, but the paragraph opens or closes on a status ("NOT YET. ...", "... This has
            # not yet started."), or one about the entry says how far it has got ("This recommendation
            # is now complete.")
            st = update_status(nd) if o.action is None else None
            if st is None and (_OF_THE_ENTRY.search(block.text) or o.action is not None and not _about_all(labels)):
                # (a paragraph going on with the entry's progress, "The named GP is visiting the
                # other six practices. The work is on track ...", before anything else opens)
                st = narrative_status(nd, self.key_for(self.at))
            o.status = st or o.status
            o.ink = o.ink or block.ink  # its progress, written in the colour that rates it
        elif o is None and (c := self.closed) is not None and self.drafts and c is self.drafts[-1] \
                and c.kind in ("labelled", "list") and c.status == "unknown" and len(list(sentences(nd))) <= 2 \
                and (_OF_THE_ENTRY.search(block.text) or c.action is not None and not _about_all(labels)) \
                and "REC_CUE" not in labels and "DISTRACTOR" not in labels:
            # a short paragraph after notes that closed the entry, before any other entry, saying how
            # far it has got ("This work has not yet started.")
            c.status = narrative_status(nd, self.key_for(self.at)) or c.status
        if o is not None:
            self.closed = o
        self.open = None
        self.see_mentions(nd)
        if sec.category not in CANDIDATE:
            return
        current: Draft | None = None
        # under "The response of agencies" every paragraph reports what was done, in any tense
        answering = bool(ACTION_HEADING.search(sec.heading or "")) or announced
        responding = answering or bool(phrase("response").search(block.text))
        reported: Draft | None = None  # the last action-only entry of this paragraph
        other_review = False   # the paragraph is about another review type ("The review" then means that one)
        other_cases: set[str] = set()  # cases the paragraph names as subjects of that other review
        listed: list[Draft] = []  # the recommendations of the last recommending sentence
        addressed: list[ResponsibleBody] = []  # "five recommendations, all addressed to the Board"
        for sent, stext in sentences(nd):
            s_labels = cues(sent)
            named = case_names_in(nd, sent)
            # "(2) The CCG should ...": a sentence of a list counted inline opens on its number; another
            # review type named in it is its object ("(5) ... should test, through a multi-agency audit")
            enumerated = _ENUMERATOR.match(stext.lstrip()) if "REC_CUE" in s_labels else None
            if "NOT_SCR" in s_labels or ("DISTRACTOR" in s_labels and "SCR_TERM" not in s_labels
                                         and (not enumerated or distractor_governs(nd, sent.start, sent.end))):
                other_review = True
                other_cases.update(named)
            elif "SCR_TERM" in s_labels or any(n not in other_cases for n in named):
                other_review = False
            if other_review:
                current = None
                continue
            strong = any(c[0].lower_ not in MODALS for c in within(cue_spans(nd, "REC_CUE"), sent))
            strong = strong or enumerated is not None
            is_rec = (self.rec_context or strong) and self.sentence_is_rec(sent, enumerated is not None)
            quoted = quoted_recommendation(sent) if not is_rec and sec.category == "scr" and self.current_case() else None
            if quoted is not None:
                # "... signed off except the fourth: “The CCG should make sure ...”": the review's words
                # quoted in a sentence about something else
                qtext, number, qspan = quoted
                current = self.new("prose", block, sec, number, qtext)
                current.strong_cue = True
                add_bodies(current.bodies, subject_bodies(qspan, before_cue=True))
                listed = []
            elif is_rec:
                text = stext.strip()
                tail = None
                if enumerated:
                    text = text[enumerated.end():].strip()
                before = next((d.number for d in reversed(self.drafts) if d.scr == self.current_case()), None)
                clauses = enumerated_clauses(sent, before) or ordinal_clauses(sent) \
                    or listed_clauses(sent, self.stated_counts.get(self.current_case()))
                semi = [t for t in sent if t.text == ";"] if not clauses else []
                if semi:
                    after = nd[semi[0].i + 1:sent.end]
                    if "ACTION_CUE" in cues(after) and "REC_CUE" not in cues(after):
                        text = nd[sent.start:semi[0].i].text.strip()
                        tail = after
                number = (enumerated["p"] or enumerated["b"]) if enumerated else None
                for tok in sent[:4]:
                    if number is None and tok.lower_ in ORDINALS:
                        number = ORDINALS[tok.lower_]
                        break
                if number == "+":
                    prev = [d for d in self.drafts if d.kind == "prose" and d.number and d.number.isdigit()]
                    number = str(int(prev[-1].number) + 1) if prev else None
                if clauses:
                    pieces = [c.span for c in clauses]
                    numbers = [c.number for c in clauses]
                else:
                    pieces = coordinated_recommendations(sent) if tail is None else [sent]
                    numbers = [number] + [None] * (len(pieces) - 1)
                listed = []  # only clauses of a list are told apart by topic; coordinated ones stay as they were
                for k, piece in enumerate(pieces):
                    ptext = text if len(pieces) == 1 else piece.text.strip()
                    current = self.new("prose", block, sec, numbers[k], ptext)
                    if clauses:
                        listed.append(current)
                    names = case_names(nd)
                    if names and any(n in ptext for n in names):
                        current.scr = next(n for n in names if n in ptext)
                    current.strong_cue = bool(re.search(r"recommend|asked|called|advised", text, re.I))
                    add_bodies(current.bodies, subject_bodies(piece, before_cue=True) if len(pieces) == 1
                               else clause_subjects(piece) if clauses else coordinated_subjects(piece))
                    if not current.bodies:
                        add_bodies(current.bodies, addressed)
                if tail is not None and is_action_text(tail, tail.text):
                    current.action = tail.text.strip()
                    add_bodies(current.bodies, subject_bodies(tail, before_cue=False))
                    current.status = narrative_status(tail) or current.status
            elif current is not None and "ACTION_CUE" in s_labels and not s_labels & _NO_DEED \
                    and not _ALL_N.search(stext) and is_action_text(sent, stext):
                acting = subject_bodies(sent, before_cue=False)
                target = answered(listed, stext, acting) if len(listed) > 1 else current
                if target is not None:
                    deed = stext.strip().lstrip("\u201d\" ")  # (the quotation's closing mark, set after its stop)
                    target.action = f"{target.action} {deed}" if target.action else deed
                    add_bodies(target.bodies, acting)
                    target.status = narrative_status(sent) or target.status
                    target.due = target.due or narrative_due(sent)
            elif current is not None and "REC_COUNT" not in s_labels:
                st = narrative_status(sent)
                if st:
                    current.status = st
            elif current is None and "ACTION_CUE" in s_labels and not s_labels & _NO_DEED \
                    and (target := self.answer_to(sent, stext, sec, reported)) is not None:
                # work on a recommendation retold paragraphs above ("On information sharing, ... Since
                # October the police have sent ..."): its action; the sentences after it rate it
                target.action = f"{target.action} {stext.strip()}" if target.action else stext.strip()
                add_bodies(target.bodies, subject_bodies(sent, before_cue=False))
                target.status = narrative_status(sent) or target.status
                target.due = target.due or narrative_due(sent)
                reported = target
            elif current is None and responding and self.reported_action(sent, sec, any_tense=answering):
                subjects = subject_bodies(sent, before_cue=False)
                if reported is not None and continues(reported, subjects):
                    reported.action = f"{reported.action} {stext.strip()}"
                    continue
                reported = self.new("action_list", block, sec, None, None, stext.strip())
                add_bodies(reported.bodies, subjects)
                reported.status = narrative_status(sent) or reported.status
                self.take_chip_ahead(reported)
                reported.due = narrative_due(sent)
            elif reported is not None and "REC_CUE" not in s_labels:
                reported.status = narrative_status(sent) or reported.status  # "This work is now complete."
            if "REC_COUNT" in s_labels or re.search(r"\brecommend", stext, re.I):
                self.rec_context = True
            if "REC_COUNT" in s_labels:
                addressed = addressees(sent)
            if "REC_COUNT" in s_labels and self.current_case() and not other_review:
                n = stated_count(stext)
                if n is not None:
                    self.stated_counts.setdefault(self.current_case(), n)
        self.status_of_all(nd)  # "... and all five have been completed": the recommendations this paragraph states too
        if current is not None:
            self.open = current  # a "Response:" paragraph may follow
        if len(words) > 8:  # a label line between an entry and its chip keeps the entry
            self.reported = reported

    def status_of_all(self, nd: Doc) -> None:
        """"Both recommendations have been implemented" / "All the actions are complete": the
        status of every recommendation of the current case that has none yet; "The action plan
        was completed and signed off": of every one the report gives none at all."""
        case = self.current_case()
        if case is None:
            return
        for sent, text in sentences(nd):
            if _WHOLE_PLAN.match(text.strip()) and narrative_status(sent) == "completed":
                # the plan closed: every recommendation the report gives no status of its own
                # (weaker than any other sign, so applied after them all)
                self.case_status[case] = "completed"
            if not (_ALL_OF_THEM.match(text.strip()) or _ALL_N.search(text)):
                continue
            st = narrative_status(sent)
            if st:
                for d in self.drafts:
                    if d.scr == case and d.status == "unknown":
                        d.status = st

    def answer_to(self, sent: Span, stext: str, sec: Section, last: Draft | None) -> Draft | None:
        """The recommendation of the current case, retold in prose in an earlier paragraph and
        given no action there (or `last`, the one the sentence before answered), that this sentence
        reports work on: the one it shares most content words and a body with
        (extractor.topics.answer_score). Outside the present perfect ("has sent", "now contacts")
        the sentence may be the case's own history, so it must share ANSWER_PAST_MIN with the
        recommendation."""
        case = self.current_case()
        if case is None or sec.category != "scr":
            return None
        waiting = [d for d in self.drafts if d.kind == "prose" and d.scr == case and d.text
                   and (d.action is None or d is last)]
        if not waiting or not is_action_text(sent, stext):
            return None
        acting = subject_bodies(sent, before_cue=False)
        if not acting:
            return None
        score, _, best = max((answer_score(d.text, d.bodies, stext, acting), -k, d) for k, d in enumerate(waiting))
        return best if score >= (1 if _PRESENT_PERFECT.search(stext) else ANSWER_PAST_MIN) else None

    def reported_action(self, sent: Span, sec: Section, any_tense: bool = False) -> bool:
        """A prose sentence reporting what an agency has done in response to an SCR whose
        recommendations the report does not state ("In response, the CCG has issued ...").

        Outside a section about the response (`any_tense` False) only the present perfect
        counts: case histories are told in the simple past.
        """
        case = self.current_case()
        stext = span_text(sent)
        if case is None or stext.rstrip().endswith(":"):
            return False
        if sec.category != "scr" and not (self.actions_follow is not None and sec.category in CANDIDATE):
            return False  # under a lead-in that announced actions, its cards' own headings may be weaker
        if any(d.text and d.scr == case for d in self.drafts):
            return False  # the recommendations are stated: actions belong to them
        labels = cues(sent)
        if "ACTION_CUE" not in labels or labels & {"REC_CUE", "DISTRACTOR", "NON_ACTION", "SCR_TERM", "GENERIC"}:
            return False
        if {"MECH_VERB", "MECH_OBJECT", "MECH_BODY"} <= labels:
            return False
        if any_tense and "MECH_OBJECT" in labels:
            return False  # "The Board agreed the review's action plan": the plan, not what it did
        if not any_tense and not _PRESENT_PERFECT.search(stext):
            return False
        return bool(subject_bodies(sent, before_cue=False))

    def sentence_is_rec(self, sent: Span, enumerated: bool = False) -> bool:
        labels = cues(sent)
        stext = span_text(sent)
        if stext.rstrip().endswith(":"):
            return False  # "The review recommended:" introduces the list that follows
        if "REC_CUE" not in labels or "GENERIC" in labels or "MECH_OBJECT" in labels and "MECH_VERB" in labels:
            return False
        if "COMMISSIONING" in labels:
            return False  # "The panel recommended one new serious case review": a decision to hold one
        if "DISTRACTOR" in labels and "SCR_TERM" not in labels and not enumerated:
            return False  # prose is the least sure style: any other review type named rules it out
        if distractor_governs(sent.doc, sent.start, sent.end):
            return False
        if "REC_COUNT" in labels and not re.search(r"recommended that|should|asked|called", stext, re.I):
            return False
        if re.search(r"\b(?:should|could|must|would) have\b|\bshould not have\b", stext, re.I):
            return False
        if re.search(r"\(\s*recommendations? \d", stext, re.I):
            return False  # refers back to a recommendation stated elsewhere
        return True
