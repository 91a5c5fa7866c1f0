"""Entries from labelled and numbered lists, and progress reported on a stated recommendation.

Progress comes in the block's own fields ("Progress:", "Status:", "Lead:"), in later
paragraphs keyed by number ("On 4.1, ...") or by topic ("In response to the recommendation
on information sharing, ..."), or in another section the report points to.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from ..document import Block
from ..dates import normalise_due
from ..nlp._extensions import sentences
from ..structure import CANDIDATE, Section
from ..topics import best_match, content_stems, referred_number, referred_topic
from .actions import is_action_text, split_rec_action
from .bodies import add_bodies, bodies_of_cell, responsible_body, subject_bodies
from .draft import Draft, cues, distractor_governs, is_empty
from .labels import ORDINALS, label_of
from .status import cell_status, narrative_due, narrative_status, status_only
from .walk import Walk
from ..lexicon import phrase, search

#: "The action taken on the second recommendation is described in the Chair's foreword"
_DESCRIBED_ELSEWHERE = re.compile(
    r"\b(?:action|progress|work|response)s?\b[^.]{0,40}?\b(?:on|for|against|to)\s+(?:the\s+)?(?:recommendation\s+)?"
    r"(?P<n>\d{1,2}|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)(?:\s+recommendation)?\s+"
    r"(?:is|are|was|were|has been|have been)\s+(?:described|set out|reported|covered|summarised|summarized|explained)"
    r"\s+(?:in|under)\s+(?:the\s+)?(?P<where>[^.;]{3,60})", re.I)
_REFERENCE = re.compile(r"(?:^|(?<=[.!?] ))(?:On|In relation to|Regarding|For|Re:?|As regards)\s+(?:the\s+)?"
                        r"(?:recommendation\s+|rec\.?\s+)?(\d{1,2}(?:\.\d{1,2})?|first|second|third|fourth|fifth|sixth|"
                        r"seventh|eighth|ninth|tenth)(?:\s+recommendation)?\s*[,:\u2013\u2014-]\s*", re.I)

#: "Education Service (2). The team now visits ...": a run-in lead naming who acted on which
#: recommendation, by its number in brackets
#: "Number 1 is Finished. ...", "Recommendation 3 remains open: ...": a paragraph on one recommendation by its number
_STATUS_OF_NUMBER = re.compile(r"^(?:Number|No\.?|Recommendation|Rec\.?|Item)\s+(?P<num>\d{1,2})\s+(?:is|was|has been|remains)\s", re.I)
_LEAD_REFERENCE = re.compile(r"^(?P<lead>[A-Z][^.()]{1,60}?)\s*\((?:recommendations?\s+|recs?\.?\s*)?"
                             r"(?P<num>\d{1,2}(?:\.\d{1,2})?)\)\s*[.:\u2013\u2014-]\s+", re.I)


#: "should have been", "could have shared": hindsight; "should have a system" is a recommendation
_COUNTERFACTUAL = re.compile(r"\b(?:should|could|must) have (?:been|done|made|seen|known|had|taken|told|given|met|sent|"
                             r"put|kept|found|thought|got|[a-z]+ed|[a-z]+en)\b", re.I)


class ListReader(Walk):
    """Reads labelled blocks and list items into entries, and progress paragraphs into their actions."""

    def start_labelled(self, kind: str, block, sec, lab, rest_doc, parts, i: int,
                       strong_cue: bool) -> None:
        """A recommendation opening with its label: its text, an action later in the same
        block, the bodies its subject names, then the block's other labelled fields."""
        text, action_part = split_rec_action(rest_doc, lab.rest)
        chip = self.own_chip(text) if action_part is None and text else None
        # "Recommendation 2" set as a heading over a card whose first field gives the text
        # ("What the reviewer asked: ..."): the heading's number is the entry's
        number = lab.number or self.pending_number
        self.pending_number = None
        d = self.new(kind, block, sec, number, chip[0] if chip else text)
        if chip:
            d.status = chip[1]
        elif self.chip_ahead:
            d.status = self.chip_ahead
        self.chip_ahead = None
        d.strong_cue = strong_cue
        if action_part is not None:
            self.attach_action(d, action_part)
        add_bodies(d.bodies, subject_bodies(rest_doc, before_cue=True))
        self.open = d
        for part in parts[1:]:
            self.apply_field(part, i)

    def attach_action(self, d: Draft, span: Span) -> None:
        """Sentences after the recommendation in its own block: what was done about it (less a
        status set in brackets at its end, "... visiting the others. [In hand]", which rates it)."""
        chip = self.own_chip(span.text.strip())
        if chip is not None and (d.status == "unknown" or d.narrated):
            d.status, d.narrated = chip[1], False
        if is_action_text(span, span.text) and "NON_ACTION" not in cues(span):
            d.action = chip[0] if chip is not None else span.text.strip()
            add_bodies(d.bodies, subject_bodies(span, before_cue=False))
        if d.status == "unknown" and (st := narrative_status(span)):
            d.status, d.narrated = st, True
        d.due = d.due or narrative_due(span)
        d.fields_seen = True

    def is_rec(self, doc: Doc | None) -> bool:
        if doc is None:
            return False
        labels = cues(doc)
        if "REC_CUE" not in labels or "GENERIC" in labels:
            return False
        if distractor_governs(doc):
            return False
        if _COUNTERFACTUAL.search(doc.text):
            return False  # "should have been referred": a finding about the past, not a recommendation
        return True

    def read_list_item(self, block: Block, sec: Section, nd: Doc | None, text: str) -> None:
        if nd is None or is_empty(text):
            return
        listed = self.intro == "recommendations" and sec.category in CANDIDATE and not distractor_governs(nd) \
            and not phrase("page_guide").match(text)
        if listed or self.is_rec(nd) and self.intro != "findings" and (
                sec.category in CANDIDATE or self.rec_context):
            # "1. The CCG should ... The CCG has issued ... In hand": the item's own answer follows it
            said, action_part = split_rec_action(nd, text)
            chip = self.own_chip(said) if action_part is None else None
            d = self.new("list", block, sec, str(self.list_run), chip[0] if chip else said)
            if chip:
                d.status = chip[1]  # "... a named lead professional. [Complete]"
            if action_part is not None:
                self.attach_action(d, action_part)
            d.strong_cue = "REC_CUE" in cues(nd)
            add_bodies(d.bodies, subject_bodies(nd, before_cue=True))
            if not d.bodies and listed:  # "The review recommended that: the CCG ensures ...": the item's subject
                add_bodies(d.bodies, [responsible_body(e.text, e._.sector) for e in nd.ents if e.start <= 2][:1])
            self.open = d
            return
        labels = cues(nd)
        subjects = subject_bodies(nd, before_cue=False)
        looks_done = "ACTION_CUE" in labels and (self.intro == "actions" or (self.intro is None and subjects))
        if not looks_done and self.intro == "actions" and "REC_CUE" not in labels and narrative_status(nd):
            # under "What's changed": an item that carries its own status ("new triage of missing
            # reports - In progress") is work reported, though it is written without a verb
            looks_done = True
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

    def apply_field(self, part: str, i: int) -> None:
        d = self.open
        lab = label_of(part)
        if d is None or lab is None:
            return
        d.fields_seen = True
        rest = lab.rest
        rd = self.docs.add(rest)
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
            response = search(phrase("response_field"), part) is not None
            st = narrative_status(rd, self.key_for(i))
            done = is_action_text(rd, rest)  # (with its chip: "Not started The Group will ..." is no action)
            chip = self.run_in_chip(rest)
            if chip is not None:  # "Where we are: On the way Training restarts in May."
                rest, st = chip
                rd = self.docs.add(rest)
            if done:
                if d.tentative and not response:
                    d.action, d.tentative = None, False  # the update replaces the response
                d.action = f"{d.action} {rest}" if d.action else rest
                d.tentative = response and d.action == rest
                if not d.lead_given:
                    add_bodies(d.bodies, subject_bodies(rd, before_cue=False))
            elif d.tentative and st == "not_started":
                # "Response: Accepted. The Police will lead." then "Update: Work has not yet
                # begun.": a plan is the action only when it is all the report says
                d.action, d.tentative = None, False
            if st and d.status == "unknown":
                d.status = st
            d.due = d.due or narrative_due(rd)
        elif lab.kind == "status":
            st = cell_status(rest, rd, self.key_for(i))
            if st != "unknown":
                d.status = st
            d.status_line_at = i
        elif lab.kind == "lead":
            sd = self.docs.full(rest)  # with every component, whatever the text's plan
            if sd is not None and not sd.ents and status_only(sd):
                # a chip taken for the card's lead ("Delivered", "On track"): it names nobody, it rates
                st = cell_status(rest, sd, self.key_for(i))
                if st != "unknown":
                    d.status = st
                return
            d.bodies = bodies_of_cell(rest, rd)
            d.lead_given = bool(d.bodies)
        elif lab.kind == "timescale":
            d.due = normalise_due(rest) or d.due
            # a status chip set after the date ("Target: March 2016  Complete"), not a plan
            # to complete ("Completed by March 2016"): only the words after the date count
            chip = re.split(r"\d", rest)[-1].strip(" -\u2013\u2014:;,.")
            if chip and d.status == "unknown" and rest[:1].isalnum() and any(ch.isdigit() for ch in rest):
                st = cell_status(chip, self.docs.add(chip), self.key_for(i))
                if st != "unknown":
                    d.status = st

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

    def read_references(self, text: str, i: int) -> bool:
        """Progress paragraphs keyed to recommendations ("On 4.1, ...", "On the third: ...",
        "Number 3 is Getting there. The police ...")."""
        stated = _STATUS_OF_NUMBER.match(text)
        if stated is not None:
            return self.progress_for(stated["num"], text, i)
        lead = _LEAD_REFERENCE.match(text)
        if lead is not None:
            return self.progress_for(lead["num"], text[lead.end():], i)
        hits = list(_REFERENCE.finditer(text))
        if not hits:
            return False
        used = False
        for k, m in enumerate(hits):
            end = hits[k + 1].start() if k + 1 < len(hits) else len(text)
            number = ORDINALS.get(m.group(1).lower(), m.group(1))
            if self.progress_for(number, text[m.end():end], i):
                used = True
        return used

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
        number = ORDINALS.get(m["n"].lower(), m["n"])
        target = next((d for d in reversed(self.drafts) if d.number == number and d.text and d.action is None
                       and (d.scr is None or self.current_case() is None or d.scr == self.current_case())), None)
        where = content_stems(m["where"]) - content_stems("section part chapter report")
        if target is None or not where:
            return
        texts, inside = [], False
        for b in self.blocks:
            if b.kind == "heading":
                inside = bool(where & content_stems(b.text))
            elif inside and b.kind in ("paragraph", "list_item"):
                texts.append(b.text)
        best, best_score = None, 1  # at least two content words in common
        wanted = content_stems(target.text)
        for text in dict.fromkeys(texts):
            nd = self.docs.full(text)
            if nd is None:
                continue
            for sent, stext in sentences(nd):
                if "ACTION_CUE" not in cues(sent) or not is_action_text(sent, stext):
                    continue
                score = len(wanted & content_stems(stext))
                if score > best_score:
                    best, best_score = sent, score
        if best is not None:
            target.action = best.text.strip()
            add_bodies(target.bodies, subject_bodies(best, before_cue=False))
