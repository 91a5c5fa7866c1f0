"""The Linker: one walk over the blocks, handing each to the reader of its style."""
from __future__ import annotations

import re
from dataclasses import replace

from ..document import Block
from ..lexicon import phrase
from ..report import ResponsibleBody
from ..nlp._extensions import span_group
from ..structure import BADGE, CANDIDATE, KICKER_MAX_WORDS, Section, categorise, furniture_heading
from .actions import drop_plans, is_action_text
from .bodies import add_bodies, bodies_of_cell, subject_bodies
from .draft import Draft, case_codes, case_names, cues, distractor_governs
from .from_lists import ListReader
from .from_prose import ProseReader, tie_answers
from .from_tables import TableReader
from .labels import NO_LABEL, RECOMMENDS, field_label_line, bare_label, label_of, split_fields
from .status import (SHARE_LINE_WORDS, apply_numbered_statuses, cell_status, narrative_status, numbered_statuses,
                     share_done, share_status, status_matrix, status_strip)
from .parallel import STATUS_HEADING, AnswerRun, apply_answers, is_run_in_heading, listed_group, pair_answers
from .walk import ACTION_HEADING, REC_HEADING

#: a paragraph that may give statuses by recommendation number ("Recommendations 1 and 4 are complete")
_NUMBERED = re.compile(r"\brecommendations?\s+(?:R|Rec\.?\s*)?\d", re.I)

#: a heading that is only quotation marks: a pull quote's mark set large
_QUOTE_MARKS = re.compile(r"\s*[\"'\u201c\u201d\u2018\u2019\u00ab\u00bb\u275d\u275e]+\s*")


class Linker(TableReader, ListReader, ProseReader):
    """Walks the blocks once, in order, keeping track of the current SCR and open entry."""

    def run(self) -> list[Draft]:
        tables: dict[int, list[tuple[int, Block]]] = {}
        for i, b in enumerate(self.blocks):
            if b.kind == "table_row" and b.table is not None:
                tables.setdefault(b.table, []).append((i, b))
        done_tables: set[int] = set()
        stated: list[tuple[str | None, dict[str, str]]] = []  # statuses given by number, per case
        strips: list[tuple[str | None, dict[str, str]]] = []  # chips given by number ("(1) Open (2) Closed")
        codes: dict[str, str] = {}  # the letters the report numbers each review's recommendations by
        runs: list[AnswerRun] = []  # paragraphs under "What we have done" / "Where we are now"
        block_of: dict[int, int] = {}  # id(draft) -> index of the block it was made from
        paragraph_case: dict[int, str | None] = {}  # a paragraph of an SCR section -> the case it was read under
        for i, block in enumerate(self.blocks):
            sec = self.secs[i]
            made = len(self.drafts)
            self.see_answer_run(i, block, runs)
            if block.kind == "heading" and _QUOTE_MARKS.fullmatch(block.text):
                continue  # a pull quote's opening mark set large ("“"): no heading of anything
            if block.kind == "heading":
                self.at = i
                self.see_heading(block, sec)
                if runs and runs[-1].start == i:
                    runs[-1].case = self.current_case()
                continue
            if block.kind == "table_row":
                if block.table is not None and block.table not in done_tables:
                    done_tables.add(block.table)
                    self.open = None
                    rows = [b for _, b in tables[block.table]]
                    if any(self.blocks[k].table == block.table for k, _ in self.keys):
                        continue  # a key drawn as a table ("B | Blue – complete: ..."): it defines, it rates nothing
                    matrix = status_matrix(rows, self.key_for(i, i + len(rows) - 1), self.docs.add)
                    if matrix is not None:  # reviews against recommendation numbers: statuses, no entries
                        strips.extend(matrix)
                    elif any(j in self.candidates for j, _ in tables[block.table]):
                        self.read_table(i, tables[block.table])
                self.end_announced_actions()  # a lead-in above a table speaks for that table only
                continue
            if i not in self.candidates:
                if block.kind != "list_item":
                    self.list_run = 0
                continue
            if block.kind == "list_item" and i in self.paragraph_numbered:
                block = replace(block, kind="paragraph")  # "6.14" numbers the report's paragraphs, not a list
            nd = self.docs.get(block.text)
            if nd is not None and _NUMBERED.search(block.text):
                statuses = numbered_statuses(nd, self.key_for(i))
                stated.append((self.current_case(), statuses))
                if len(statuses) > 1:  # a summary over several recommendations is no entry's progress
                    self.open = None
                    continue
            if block.kind == "paragraph":
                codes.update(case_codes(block.text, nd))
            strip = status_strip(block.text)
            if strip:
                strips.append((self.current_case(), strip))
                self.open = None
                continue
            self.at = i
            if block.kind == "paragraph" and sec.category == "scr":
                paragraph_case[i] = self.current_case()
            self.read_block(i, block, sec)
            for d in self.drafts[made:]:
                block_of[id(d)] = i
            if len(self.drafts) == made and self.open is None and block.kind == "paragraph" \
                    and sec.category in CANDIDATE and self.is_rec(nd):
                self.unclaimed = i  # a recommendation the prose reader was not sure of: its fields may follow
        for case, statuses in stated:
            apply_numbered_statuses(self.drafts, case, statuses)
        for case, statuses in strips:
            apply_numbered_statuses(self.drafts, case, statuses, rated=True)
        # "V3" under the key "V = practice review Brothers V" is Brothers V's; without a key, rows
        # coded by two letters or more ("M1" ... "T4") that each end one review's name (Child M,
        # Family T) are those reviews' (one letter alone may mean "Recommendation": R1, R2)
        letters = case_letters(d.scr for d in self.drafts if d.scr)
        coded_by = {m.group(1) for d in self.drafts if (m := _CODED_NUMBER.match(d.number or ""))}
        if len(coded_by) < 2 or not coded_by <= set(letters) or coded_by & set(codes):
            letters = {}
        for d in self.drafts:
            coded = _CODED_NUMBER.match(d.number or "")
            if coded and coded.group(1) in codes:
                d.scr = codes[coded.group(1)]
            elif coded and coded.group(1) in letters:
                d.scr = letters[coded.group(1)]
        answer_title_rows(self.drafts)
        answer_progress_lines(self.doc.blocks, self.drafts)
        answer_numbered_paragraphs(self.blocks, self.drafts, paragraph_case, self.docs)
        self.spell_out_abbreviations()
        self.apply_answer_runs(runs, block_of)
        for d in self.drafts:
            if d.list_status and (d.status == "unknown" or d.narrated):
                d.status = d.list_status  # (the group it is set in outweighs words read into its progress)
            if d.status == "unknown" and d.scr in self.case_status:
                d.status = self.case_status[d.scr]
        # entries written in colours the report's key defines ("actions in green are complete"):
        # where they are written in two or more, the colours rate them, over any status read into
        # their words; one colour throughout is a house style, which rates only what nothing else did
        rated_by_ink = len({d.ink for d in self.drafts if d.ink}) >= 2
        for d in self.drafts:
            key = self.key_for(block_of.get(id(d), 0)) if d.ink else None
            if key is not None and d.ink in key.colours and (rated_by_ink or d.status == "unknown"):
                d.status = key.colours[d.ink]
        tie_answers(self.drafts)
        drop_plans(self.drafts, self.docs)
        drop_retold(self.drafts)
        join_updates(self.drafts, self.docs)
        self.check_counts()
        return self.drafts

    def spell_out_abbreviations(self) -> None:
        """A body named by an abbreviation the report's glossary spells out ("WMP: Wyvern and Marches
        Police", a lead column of "CSC", "WMP", "SCH") is the body the glossary names, in its sector."""
        if not any(b.sector == "other" or " " in b.name and b.name.isupper() for d in self.drafts for b in d.bodies):
            return
        glossary = abbreviations(self.doc.blocks)
        for d in self.drafts:
            spelt: list[ResponsibleBody] = []
            for b in d.bodies:
                parts = glossed_parts(b.name, glossary)  # "HUH HCHS": two bodies
                if parts is None and b.sector != "other":
                    spelt.append(b)
                    continue
                for name in parts or [b.name]:
                    full = glossary.get(name)
                    named = bodies_of_cell(full, self.docs.add(full)) if full else []
                    spelt.append(named[0] if named and named[0].sector != "other"
                                 else b if parts is None else ResponsibleBody(name, "other"))
            unique: list = []
            add_bodies(unique, spelt)
            d.bodies[:] = unique

    def see_answer_run(self, i: int, block: Block, runs: list[AnswerRun]) -> None:
        """Opens a run of answers at a progress heading; adds the paragraphs and bullets under it."""
        if block.kind == "heading" or is_run_in_heading(block):
            kind = "actions" if ACTION_HEADING.search(block.text) else \
                "statuses" if STATUS_HEADING.search(block.text.strip()) else None
            if kind:
                runs.append(AnswerRun(kind, i, self.current_case()))
            elif runs:
                runs[-1].closed = True
            return
        if not runs or runs[-1].closed:
            return
        run = runs[-1]
        if block.kind in ("paragraph", "list_item") and block.text.strip():
            if run.blocks and self.blocks[run.blocks[0]].kind != block.kind:
                run.closed = True  # the answers are one kind of block: bullets, or paragraphs
            else:
                run.blocks.append(i)
        elif block.kind == "table_row":
            run.closed = True

    def apply_answer_runs(self, runs: list[AnswerRun], block_of: dict[int, int]) -> None:
        """Gives each run's answers to the group of listed recommendations before it (parallel.py)."""
        for run in runs:
            inside = set(run.blocks)
            made = [d for d in self.drafts if block_of.get(id(d)) in inside]
            if not run.blocks or any(d.text for d in made):
                continue  # its paragraphs stated recommendations of their own: they are not answers
            group = listed_group(self.drafts, run, block_of)
            pairs = pair_answers(run, group, self.blocks) if group else []
            if not pairs:
                continue
            apply_answers(run, pairs, self.blocks, self.docs)
            paired = {i for _, i in pairs}
            for d in made:  # an answer misread as an action of its own
                if block_of.get(id(d)) in paired:
                    self.drafts.remove(d)

    def check_counts(self) -> None:
        """A case with more recommendations found than the report says it made loses the least sure.

        Only sentence-style entries (prose, and list items without a recommendation cue) are
        dropped, the latest first; labelled and table entries are what the report sets out. An
        entry without a number goes before those the report numbered ("(i) that ... (vi) that"):
        it is the one the count leaves out.
        """
        for case, n in self.stated_counts.items():
            stated = [d for d in self.drafts if d.scr == case and d.text]
            extra = len(stated) - n
            if extra <= 0:
                continue
            weak = [d for d in stated if d.kind == "prose" or d.kind == "list" and not d.strong_cue]
            weak.sort(key=lambda d: (d.number is not None, d.action is not None, d.kind == "list", d.strong_cue))
            for d in weak[:extra]:
                self.drafts.remove(d)

    def open_unlabelled(self, block: Block, sec: Section) -> None:
        """A recommendation with no label or number, known by the fields that follow it: a card
        or box that gives "Should ..." and then "Lead agency: ...", "Update: ..." or "Status: ..."."""
        nd = self.docs.get(block.text)
        d = self.new("labelled", block, sec, self.pending_number, block.text)
        d.status = self.pending_status or d.status
        self.pending_status = None
        d.strong_cue = True
        add_bodies(d.bodies, subject_bodies(nd, before_cue=True))
        self.open, self.pending_number = d, None

    def see_heading(self, block: Block, sec: Section) -> None:
        if self.at in self.status_groups and sec.category in CANDIDATE:
            # "On the go" over the entries that have got that far: it rates no entry above it
            self.end_announced_actions()
            self.open = self.closed = None
            self.action_heading, self.under_heading, self.list_run = None, 0, 0
            self.pending_number = self.pending_status = self.lead_status = None
            self.guide = False
            self.heading_level = block.level or 1
            self.heading_status = self.status_groups[self.at]
            return
        if self.action_heading and self.open is not None and furniture_heading(block.text) \
                and not BADGE.match(block.text):  # (a bare "2" is the next card's number)
            # "PROGRESS" on a line of its own, then "80%" set large: the figure is the field's value
            label, self.action_heading = self.action_heading, None
            self.apply_field(f"{label}: {block.text}", self.at)
            return
        card = self.open or self.closed
        share = share_done(block.text) if len(block.text.split()) <= SHARE_LINE_WORDS else None
        if share is not None and card is not None and card.text and self.drafts and card is self.drafts[-1]:
            # "3 of 4 actions complete" set large on the card: its status, no heading
            card.status = share_status(share)
            return
        # the entry a line just under it rates: the open one, or the record table just above
        rated = self.open if self.open is not None else self.last_record[1] if self.last_record is not None \
            and self.at > 0 and self.blocks[self.at - 1].table == self.last_record[0] else None
        if rated is not None and rated.status == "unknown" and (st := self.labelled_status(block.text)):
            rated.status = st  # "Status  COMPLETED": a summary list's key and its tag, set in bold
            return
        card = self.open or self.closed
        if card is not None and card.text and card.status == "unknown" and len(block.text.strip()) <= 3 \
                and furniture_heading(block.text) and (st := self.badge_status(block.text)):
            card.status = st  # a rating symbol set large in the card ("◐")
            return
        if self.rate_reported(block.text):
            return  # a chip set in bold: no heading
        ahead = self.chip_ahead  # a card's chip set before this label, if the heading is one
        closed = self.closed
        self.action_heading, self.aside_field, self.closed = None, False, None
        o = self.open
        lab = bare_label(block.text) if o is not None and o.text else None
        if lab is not None and lab.kind in ("status", "lead", "timescale") and self.value_follows(lab.kind == "status"):
            # "Who is responsible?", "LEAD" set as headings over their answers (a "Lead agency"
            # heading may instead stand over the next card, its chip set first: no value follows)
            self.action_heading = block.text.strip().rstrip(" :")
            return
        if o is not None and o.kind in ("labelled", "list") and o.status == "unknown" \
                and len(block.text.split()) <= 5 and (status := self.badge_status(block.text)):
            o.status = status  # a chip set in bold under the recommendation it rates ("PART DELIVERED")
            return
        card = o or closed  # the entry may have been closed by a note or caption set between its fields
        if card is not None and card.text and card.action is None and self.under_heading == 1 \
                and _is_action_label(block.text):
            # "Action taken" set as a heading of its own under the one recommendation it answers (a
            # slide's side panel, a card's band): the paragraph below is that entry's action. Under
            # a list of several, it heads what was done on all of them.
            self.action_heading = block.text.strip().rstrip(" :")
            self.open = card
            card.action_open = True
            self.under_heading = 0  # the next card's recommendation is the one entry under it
            return
        names = case_names(self.docs.get(block.text))
        level = block.level or 1
        if o is not None and self.under_heading == 1 and level > self.heading_level and not names \
                and not categorise(block.text) and label_of(block.text.strip().rstrip(" :") + ":") is None:
            # "Why", "Background" set as a sub-heading inside the one recommendation's card or slide:
            # a field of the entry that is neither its text nor its progress; the entry stays open
            o.fields_seen = self.aside_field = True
            return
        self.under_heading = 0
        # a lead-in's announcement lasts over the labels of its cards ("Progress", "CHILDREN'S
        # SOCIAL CARE"), which a PDF sets at any level, up to a heading above it or one of its
        # level that is a section of its own (names a case or a kind of work)
        if self.actions_follow is not None and (level > self.actions_follow or level == self.actions_follow
                                                and not names and not categorise(block.text)):
            return
        self.end_announced_actions()
        self.open = None
        lab = label_of(block.text)
        # "Recommendation 3" or "Recommendation 3 - Information sharing": the text follows
        # ("A1. Child F (published 2015)" numbers a review, not a recommendation)
        # ("SCR Family R · Rec 3" names its review before the recommendation's number: only a
        # review named after the label would be the label's subject)
        names_case = bool(case_names(self.docs.get(lab.rest))) if lab and lab.number and _SAYS_RECOMMENDATION.search(
            block.text[:len(block.text) - len(lab.rest)]) else \
            bool(case_names(self.docs.get(block.text) or (self.docs.get(lab.rest) if lab else None)))
        labels_above = [bare_label(b.text) for b in self.blocks[max(0, self.at - CARD_HEAD_BLOCKS):self.at]]
        titled = lab is None and not names and self.pending_number is not None and any(
            a is not None and a.kind == "rec_label" and a.number == self.pending_number for a in labels_above)
        # ("Recommendation 2" set over the card's title "One way of seeing exploitation risk" and
        # its lead's initials "CSE": the title and badge head the card the label numbers)
        self.pending_number = lab.number if lab and lab.kind == "rec_label" and lab.number and not names_case \
            else self.pending_number if titled else None
        # "Recommendation 1 — Complete", "Recommendation 2 (on track)": the badge rates its text below
        # ("RECOMMENDATION 1" over a stamp "CLOSED" set as a heading of its own: the stamp rates the card)
        self.pending_status = (self.badge_status(lab.rest) or self.title_chip(lab.rest) or ahead) \
            if self.pending_number and lab else (self.pending_status or self.badge_status(block.text)) if titled else None
        self.list_run = 0
        self.rec_context = bool(re.search(r"recommend", block.text, re.I))
        self.intro = "actions" if ACTION_HEADING.search(block.text) else (
            "recommendations" if REC_HEADING.search(block.text) and sec.category in CANDIDATE else None)
        self.heading_level = level
        if names:
            self.case_heading = (names[0], level)
            self.case_heading_at = self.at
        elif self.case_heading and level <= self.case_heading[1]:
            # a kicker in small type naming the case just above this heading ("Serious case
            # review · Child L · Recommendation 2" over "Hearing from fathers") names its case too
            kicker = self.case_heading_at == self.at - 1 and len(self.blocks[self.at - 1].text.split()) <= KICKER_MAX_WORDS
            self.case_heading = (self.case_heading[0], level) if kicker else None
        if sec.category not in CANDIDATE:
            self.case_heading = None if not names else self.case_heading
            self.case_recent = None
        self.case_para = None
        self.heading_status = self.list_status_of(block.text) if sec.category in CANDIDATE else None
        self.lead_status = None
        self.guide = bool(phrase("page_guide").match(block.text))  # "How to read the cards": fields explained

    def read_block(self, i: int, block: Block, sec: Section) -> None:
        label, self.action_heading = self.action_heading, None
        if label and self.open is not None and block.kind == "paragraph" \
                and (label_of(block.text) or NO_LABEL).kind != "rec_label":  # "Recommendation 2: ..." is no field's value
            self.apply_field(f"{label}: {block.text}", i)
            return
        o = self.open
        if block.kind == "paragraph" and o is not None and o.kind == "labelled" and o.text and o.action is None \
                and (field := self.label_and_chip(block.text)) is not None:
            # "What happened next  [Doing]" on a line of its own under a labelled recommendation:
            # the paragraph below is its action, and the chip beside the label its status
            self.action_heading, status = field
            o.action_open = True
            if status and o.status == "unknown":
                o.status = status
            return
        if block.kind in ("paragraph", "list_item") and o is not None and o.kind == "labelled" and o.text \
                and (lab := bare_label(block.text)) is not None and lab.kind in ("action", "status", "lead", "timescale"):
            # a field's label on a line of its own ("BY WHOM", "PROGRESS"): the block below is its value;
            # an action's label set as the first of a list ("What has happened" over its bullets, as a
            # printer may set a card's heading) heads the bullets that follow
            self.action_heading = block.text.strip().rstrip(" :")
            if block.kind == "list_item" and lab.kind == "action" and o.action is None:
                o.action_open = True
            return
        nd = self.docs.get(block.text)
        if block.kind != "list_item":
            self.list_run = 0
        else:
            self.list_run += 1
        parts = split_fields(block.text)
        first = parts[0]
        lab = label_of(first)
        if lab is not None:
            self.aside_field = False  # a field of its own ends an aside's text
        if lab and lab.kind == "number_label" and i in self.paragraph_numbered:
            lab = None  # "4.7 The review made four recommendations. The first ...": a paragraph number
        later_rec = next((k for k, p in enumerate(parts) if k and (label_of(p) or NO_LABEL).kind == "rec_label"), None)
        if later_rec is not None and not (lab and lab.kind in ("rec_label", "number_label")):
            # "Learning point 1: <finding>. Recommendation: <text>. Response: ...": the finding is context
            parts = parts[later_rec:]
            first = parts[0]
            lab = label_of(first)
            nd = self.docs.get(lab.rest) if lab else nd
        if lab and lab.kind == "status" and len(parts) == 1 and len(lab.rest.split()) <= 5 \
                and (self.open is None and self.closed is None or self.status_lines_lead == (self.current_case(),)) \
                and self.next_is_rec_label() and (ahead := self.badge_status(lab.rest)):
            # a "Status:" line set before a "Recommendation 2" label rates it: learnt from the first,
            # which comes before any entry; later ones of the case then go with the label after them
            self.chip_ahead, self.status_lines_lead = ahead, (self.current_case(),)
            return
        if lab and lab.kind in ("action", "status", "lead", "timescale"):
            if self.open is None and self.unclaimed == i - 1 and lab.kind != "timescale":
                self.open_unlabelled(self.blocks[i - 1], self.secs[i - 1])
            if self.open is not None:
                for part in parts:
                    self.apply_field(part, i)
            elif lab.kind == "status" and self.reported is not None and self.reported.status == "unknown":
                self.reported.status = self.badge_status(lab.rest) or "unknown"  # a card's "Status: 100% complete"
            elif lab.kind == "status" and self.closed is not None and self.drafts and self.closed is self.drafts[-1] \
                    and self.closed.kind in ("labelled", "list") and self.closed.status == "unknown":
                # the status line at the foot of a card whose other fields closed its entry
                self.closed.status = cell_status(lab.rest, self.docs.add(lab.rest), self.key_for(i))
            return
        if lab and lab.kind == "rec_label" and lab.number and (not lab.rest or self.badge_status(lab.rest)):
            # "Recommendation 1:" alone, or with its status only: its text is the next paragraph
            self.pending_number = lab.number
            self.pending_status = self.badge_status(lab.rest) if lab.rest else None
            self.open = None
            return
        if lab and lab.kind == "rec_label" and lab.rest and self.guide:
            return  # "The review recommended – the recommendation as the review worded it." under "How to read ..."
        if lab and lab.kind == "rec_label" and lab.rest:
            rest_doc = self.docs.get(lab.rest) or nd
            known = lab.number is not None and any(d.number == lab.number and d.text and (
                d.scr == self.current_case() or d.scr is None) for d in self.drafts)
            if known and rest_doc is not None and "REC_CUE" not in cues(rest_doc):
                self.progress_for(lab.number, lab.rest, i)  # "Recommendation 7 depends on ..."
                return
            if rest_doc is not None and distractor_governs(rest_doc):
                self.open = None
                return
            o = self.open
            if lab.number is None and o is not None and o.kind == "labelled" and o.number and o.text \
                    and o.action is None and not o.fields_seen and rest_doc is not None and "REC_CUE" in cues(rest_doc):
                # "Recommendation 1: <in plain words>" then "The review said: <its words>": the
                # review's own words are the recommendation
                o.text = lab.rest
                add_bodies(o.bodies, subject_bodies(rest_doc, before_cue=True))
                return
            self.start_labelled("labelled", block, sec, lab, rest_doc, parts, i,
                                strong_cue=rest_doc is not None and "REC_CUE" in cues(rest_doc))
            return
        if lab and lab.kind == "number_label" and lab.rest:
            rest_doc = self.docs.get(lab.rest) or nd
            if rest_doc is not None and self.intro != "findings" and "ACTION_CUE" in cues(rest_doc) \
                    and "REC_CUE" not in cues(rest_doc) and self.progress_for(lab.number, lab.rest, i):
                return  # "1. A was-not-brought policy was issued ...": the action on recommendation 1
            if self.is_rec(rest_doc) or (self.intro == "recommendations" and rest_doc is not None
                                         and not distractor_governs(rest_doc) and not phrase("page_guide").match(lab.rest)):
                self.start_labelled("list", block, sec, lab, rest_doc, parts, i, strong_cue=True)
                return
        if self.open is not None and self.open.kind == "labelled" and self.open.text \
                and (self.open.action is None or self.open.action_open) and block.kind in ("list_item", "paragraph") \
                and nd is not None and "REC_CUE" not in cues(nd) and _timeline_entry(nd):
            # "Jul 2016 – Service recommissioned ...": a timeline of what was done (and is planned)
            self.open.action = f"{self.open.action} {block.text}".strip() if self.open.action else block.text
            self.open.action_open = True
            return
        if self.open is not None and self.open.action_open and block.kind == "list_item":
            self.open.action = f"{self.open.action} {block.text}".strip() if self.open.action else block.text
            return
        if len(parts) > 1 and (block.kind == "list_item" or sec.category in CANDIDATE):
            if block.kind == "list_item":
                self.open = None  # a paragraph may be the progress of the open entry ("... now in place. Status: complete.")
            before = len(self.drafts)
            if block.kind == "list_item":
                self.read_list_item(block, sec, self.docs.get(first), first)
            else:
                self.read_paragraph(block, sec, self.docs.get(first))
            if self.open is None and len(self.drafts) == before and sec.category in CANDIDATE and self.current_case() \
                    and any((label_of(p) or NO_LABEL).kind == "action" for p in parts[1:]):
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

    def value_follows(self, chip: bool) -> bool:
        """The block after the heading being read is a field's value: a paragraph that opens no
        recommendation, and is no chip unless a status is wanted."""
        following = self.blocks[self.at + 1] if self.at + 1 < len(self.blocks) else None
        if following is None or following.kind != "paragraph" or (not chip and self.badge_status(following.text)):
            return False
        lab = label_of(following.text)
        return lab is None or lab.kind not in ("rec_label", "number_label")

    def labelled_status(self, text: str) -> str | None:
        """The status a short line gives after a field label of its own ("Status COMPLETED",
        "RAG rating: Amber", "Where we are  Finished"): only a status and nothing more; or None."""
        line = field_label_line(text, "status") or field_label_line(text)  # ("Where we are  Finished", its colon lost)
        return self.badge_status(line[1]) if line is not None and line[1] else None

    def label_and_chip(self, text: str) -> tuple[str, str | None] | None:
        """An action field's label alone, or with a status chip after it: (label, status)."""
        line = field_label_line(text)
        if line is None:
            return None
        label, rest = line
        status = self.badge_status(rest) if rest else None
        return (label, status) if status or not rest else None


#: a recommendation numbered by its review's letter ("V3", "L2.1")
_CODED_NUMBER = re.compile(r"^([A-Z]{1,2})\s?(\d{1,2}(?:\.\d{1,2})?)$")
#: a row's title that stands for a recommendation stated elsewhere is this short, and recommends nothing
CODED_TITLE_WORDS = 12
#: a line that gives progress on a recommendation names it this near its start
PROGRESS_REF_CHARS = 60
_SHOULD = re.compile(r"\b(?:should|must)\b", re.I)


#: a glossary entry: "WMP: Wyvern and Marches Police", "CSC – Children's Social Care"
_GLOSSED = re.compile(r"^(?P<abbr>[A-Z][A-Za-z&]{1,5}(?: [A-Z][A-Za-z&]{0,5})?)\s*(?:[:=\u2013\u2014]|\s-)\s*"
                      r"(?P<full>[^.;:]{4,160})$")
#: what a glossary adds after the name, in brackets ("(including maternity)")
_GLOSS_ASIDE = re.compile(r"\s*\([^()]*\)\s*$")


def abbreviations(blocks: list[Block]) -> dict[str, str]:
    """The abbreviations a report spells out in a glossary, a line or a two-cell row each."""
    out: dict[str, str] = {}
    for b in blocks:
        if b.kind == "table_row" and len(b.cells) == 2:
            text = f"{b.cells[0].text.strip()}: {b.cells[1].text.strip()}"
        else:
            text = b.text.strip()
        m = _GLOSSED.match(text)
        if m and sum(ch.isupper() for ch in m["abbr"]) >= 2:
            out.setdefault(m["abbr"], _GLOSS_ASIDE.sub("", m["full"]).strip())
    return out


def glossed_parts(name: str, glossary: dict[str, str]) -> list[str] | None:
    """A lead cell naming several bodies by their abbreviations, one after another ("LSCB BU
    CSC", "HUH HCHS"), cut into those abbreviations, when every word belongs to one the
    glossary spells out (two-word ones first: "LSCB BU"); None otherwise."""
    words, parts, k = name.split(), [], 0
    while k < len(words):
        two = " ".join(words[k:k + 2])
        if k + 1 < len(words) and two in glossary:
            parts.append(two)
            k += 2
        elif words[k] in glossary:
            parts.append(words[k])
            k += 1
        else:
            return None
    return parts if len(parts) >= 2 else None


def case_letters(names) -> dict[str, str]:
    """The letter each case is known by ("Child M" -> "M"), for the letters only one case has."""
    by: dict[str, set[str]] = {}
    for name in names:
        last = name.split()[-1].strip(".'\u2019")
        if len(name.split()) > 1 and re.fullmatch(r"[A-Z]{1,2}", last):
            by.setdefault(last, set()).add(name)
    return {letter: next(iter(n)) for letter, n in by.items() if len(n) == 1}


def answer_title_rows(drafts: list[Draft]) -> None:
    """A tracker row whose text is only a title ("M1 | Fathers on GP records | CCG | ...",
    "Child Q | 2. Social worker told before exclusion | ... | In progress") gives its action,
    status, due date and bodies to the recommendation stated in full elsewhere under that review
    and number (Child M's first; coded rows take the review their letter names), and is no entry
    of its own."""
    for d in list(drafts):
        coded = _CODED_NUMBER.match(d.number or "")
        number = coded.group(2) if coded else d.number
        if not number or d.scr is None or not d.text or len(d.text.split()) > CODED_TITLE_WORDS \
                or RECOMMENDS.search(d.text):
            continue
        stated = [r for r in drafts if r is not d and r.scr == d.scr and r.number == number and r.text
                  and len(r.text.split()) > max(CODED_TITLE_WORDS, 2 * len(d.text.split()))]
        if len(stated) != 1:
            continue
        r = stated[0]
        if d.action and (r.action is None or r.tentative):
            r.action, r.tentative = d.action, False
        r.status = r.status if r.status != "unknown" else d.status
        r.due = r.due or d.due
        add_bodies(r.bodies, d.bodies)
        drafts.remove(d)


def answer_progress_lines(blocks: list[Block], drafts: list[Draft]) -> None:
    """Lines anywhere in the report that open on a review's recommendation by name and number
    ("November 2019  Child Q · Rec 1  A joint protocol was signed off ...", a timeline of what
    happened since) give that recommendation its action, where it has none but a guess (a
    paragraph that merely followed it)."""
    cases = {d.scr for d in drafts if d.scr and d.text}
    if not cases:
        return
    ref = re.compile(r"(?P<case>" + "|".join(re.escape(c) for c in sorted(cases, key=len, reverse=True))
                     + r")\s*[\u00b7\u2022|:\u2013\u2014-]\s*Rec(?:ommendation)?\.?\s*(?P<num>\d{1,2})\b[\s:.\u2013\u2014-]*")
    for i, b in enumerate(blocks):
        if b.kind not in ("list_item", "paragraph"):
            continue
        m = ref.search(b.text[:PROGRESS_REF_CHARS])
        rest = b.text[m.end():].strip() if m else ""
        if m and not rest and i + 1 < len(blocks) and blocks[i + 1].kind in ("list_item", "paragraph") \
                and not ref.search(blocks[i + 1].text[:PROGRESS_REF_CHARS]):
            rest = blocks[i + 1].text.strip()  # the reference on a line of its own, what happened below it
        if not m or len(rest.split()) < 5 or _SHOULD.search(rest):
            continue
        stated = [d for d in drafts if d.scr == m["case"] and d.number == m["num"] and d.text
                  and not (d.text == rest and d.kind == "labelled")]
        if len(stated) == 1 and (stated[0].action is None or stated[0].tentative
                                 or " ".join(stated[0].action.split()) == " ".join(b.text.split())):
            # (an action read whole from the line, its date and reference with it, keeps what happened)
            stated[0].action, stated[0].tentative = rest, False
            # the reference set as a label over what happened drafted that as a recommendation
            drafts[:] = [d for d in drafts if not (d.kind == "labelled" and d.text == rest)]




def _timeline_entry(nd) -> bool:
    """A line of a timeline: it opens on a date, then a dash or colon ("Jul 2016 – Service
    recommissioned from Dales Youth Trust")."""
    first = next((d for d in span_group(nd, "dates") if d.start == 0), None)
    return first is not None and first.end < len(nd) and nd[first.end].text in ("-", "\u2013", "\u2014", ":")


#: a paragraph with these cues tells of chasing or of nothing done ("The Board has written to the
#: Trust about the lack of progress on recommendation 5"; "Recommendation 2 has not been started")
_NOT_WORK = frozenset({"OVERSIGHT", "DEFERRAL", "NON_ACTION"})
#: "Against recommendation 2, the police ...", "... wrote to every practice about recommendation 3"
_NAMES_NUMBER = re.compile(r"\brecommendation\s+(?:no\.?\s*)?(\d{1,2})\b", re.I)


def answer_numbered_paragraphs(blocks: list[Block], drafts: list[Draft], case_of: dict[int, str | None], docs) -> None:
    """A paragraph of a review's section that names one of its recommendations by number and
    reports work ("Against recommendation 2, the police extended ...") is that recommendation's
    action, wherever the recommendations are listed: a sidebar list a PDF reads after the story
    beside it is listed after its answers. Only where the recommendation has no action but a
    guess, and the paragraph names no other number and recommends nothing itself."""
    for i, case in case_of.items():
        text = blocks[i].text
        numbers = set(_NAMES_NUMBER.findall(text))
        if case is None or len(numbers) != 1 or any(text in (d.action or "") or text == d.text for d in drafts):
            continue
        nd = docs.get(text)
        said = cues(nd) if nd is not None else set()
        if "REC_CUE" in said or "ACTION_CUE" not in said or said & _NOT_WORK:
            continue
        number = numbers.pop()
        stated = [d for d in drafts if d.scr == case and d.number == number and d.text]
        if len(stated) == 1 and (stated[0].action is None or stated[0].tentative) and is_action_text(nd, text):
            target = stated[0]
            target.action, target.tentative = text.strip(), False
            target.status = target.status if target.status != "unknown" else narrative_status(nd) or "unknown"


def _is_action_label(text: str) -> bool:
    """An action field's label and nothing else ("Action taken", "What has been done")."""
    lab = bare_label(text)
    return lab is not None and lab.kind == "action"


#: kinds of draft that give a recommendation as written (a table's cell, a labelled field, a list item)
_AS_WRITTEN = frozenset({"table", "labelled", "list"})
#: a card's label, its title and a badge: headings this many blocks after the label still head its card
CARD_HEAD_BLOCKS = 3
_SAYS_RECOMMENDATION = re.compile(r"\bRec(?:ommendation)?\b\.?", re.I)


def drop_retold(drafts: list[Draft]) -> None:
    """A recommendation told in the story of a review ("The review's third recommendation asked the
    police to ...") and given again as written in a table, field or list of the same review under
    the same number is one recommendation: the retelling goes, the recommendation as written stays
    (one entry per recommendation, docs/annotation-guidelines.md)."""
    written = {(d.scr, d.number) for d in drafts if d.kind in _AS_WRITTEN and d.text and d.scr and d.number}
    retold = [d for d in drafts if d.kind == "prose" and d.text and (d.scr, d.number) in written]
    for d in retold:
        drafts.remove(d)


def join_updates(drafts: list[Draft], docs) -> None:
    """Cards that give a recommendation's number and only its update ("Recommendation 2 / Lead: ...
    / The booking record now asks about the father ... / Progress: Developing"), set beside a list
    or table that states the review's recommendations under the same numbers, are those
    recommendations' updates: the card's words become the stated one's action (when they report
    work), its status and lead go with them, and the card is no entry of its own."""
    stated = {(d.scr, d.number): d for d in drafts if d.kind in _AS_WRITTEN and d.text and (d.action is None or d.tentative)
              and d.scr and d.number and (nd := docs.add(d.text)) is not None and "REC_CUE" in cues(nd)}
    cards = [d for d in drafts if d.kind == "labelled" and d.text and d.scr and d.number
             and stated.get((d.scr, d.number)) not in (None, d)]
    for card in cards:
        nd = docs.add(card.text)
        if nd is None or "REC_CUE" in cues(nd):
            continue
        target = stated[(card.scr, card.number)]
        update = " ".join(t for t in (card.text, card.action) if t)
        if target.tentative:  # a paragraph after the list, taken for its last item's progress
            target.action, target.tentative = None, False
        if is_action_text(docs.add(update), update):
            target.action = update
        target.status = card.status if target.status == "unknown" else target.status
        add_bodies(target.bodies, card.bodies)
        drafts.remove(card)
