"""Entries from tables: action-plan tables mapped by header meaning, and label | value tables."""
from __future__ import annotations

import re

from spacy.tokens import Doc

from ..document import Block
from ..dates import normalise_due
from ..structure import CANDIDATE
from .actions import is_action_text
from .bodies import add_bodies, bodies_of_cell, subject_bodies
from .draft import Draft, case_names, cues, distractor_governs, is_empty
from .labels import bare_label, cell_fields, label_of
from .status import cell_status, combined_status, fill_status, narrative_due, narrative_status, shaded_status, update_status
from .tables import (NUMBER_CELL, TableView, cell_number, is_mark, tag_of, without_cell_label, header_meaning, is_entry_table, is_sub_ref,
                     parent_numbers, table_view)
from .walk import Walk

#: a row title that may stand for a listed recommendation is at most this long (words)
LISTED_TITLE_MAX_WORDS = 8
#: short paragraphs or headings allowed between such a list and its table, and how short
LISTED_GAP_BLOCKS = 3
CAPTION_CHARS = 200


#: a bare number in a column whose header says it counts per cent ("% complete", "Percentage done")
_BARE_SHARE = re.compile(r"^\s*\d{1,3}(?:\.\d+)?\s*$")
_PERCENT_HEADER = re.compile(r"%|\bper ?cent|\bpercentage\b", re.I)
#: a divider row across a table, naming the review of the rows below it, is this short
DIVIDER_CHARS = 120
#: a reference code's own number: "CH-1" -> 1 (the review's letters before it)
_TRAILING_NUMBER = re.compile(r"[-\s.](\d{1,2}[a-z]?)$")


class TableReader(Walk):
    """Reads the rows of a table into entries, merging rows that continue one recommendation."""

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

    def read_announced_table(self, first: int, rows: list[tuple[int, Block]]) -> None:
        """A table without column names under a lead-in that announced actions ("The three actions
        still open were:"): each row that reports a deed is an action-only entry of the case, rated
        by a cell that is only a status ("Completed", "In progress")."""
        sec = self.secs[first]
        if self.current_case() is None or sec.category not in CANDIDATE:
            return
        key = self.key_for(first, rows[-1][0])
        for _, row in rows:
            texts = [c.text.strip() for c in row.cells if c.text.strip()]
            statuses = [st for t in texts if (st := self.badge_status(t))]
            deeds = [t for t in texts if not self.badge_status(t)]
            action = max(deeds, key=len) if deeds else None
            adoc = (self.docs.get(action) or self.docs.full(action)) if action else None
            if action is None or not is_action_text(adoc, action) or "REC_CUE" in cues(adoc):
                continue
            d = self.new("action_list", row, sec, None, None, action)
            add_bodies(d.bodies, subject_bodies(adoc, before_cue=False))
            d.status = statuses[0] if statuses else narrative_status(adoc, key) or d.status

    def option_status(self, view: TableView, row: Block, key) -> str:
        """The status of the column a row marks among a table's status options ("✓" under "In progress")."""
        marked = [h for k, h in view.options.items() if k < len(row.cells) and is_mark(row.cells[k])]
        return cell_status(marked[0], self.docs.add(marked[0]), key) if len(marked) == 1 else "unknown"

    def divider_case(self, cells: list[str]) -> str | None:
        """The review a divider row names, the rows below belonging to it: one cell filled, short,
        naming a case ("Siblings R - final report February 2017")."""
        filled = [c for c in cells if not is_empty(c)]
        if len(filled) == 1 and len(filled[0]) < DIVIDER_CHARS:
            names = case_names(self.docs.add(filled[0]))
            return names[0] if names else None
        return None

    def read_status_table(self, view: TableView, first: int, rows: list[tuple[int, Block]]) -> None:
        """A summary table of statuses by review and number ("Review | Rec. | Status"): each row's
        status goes to the recommendation of that review and number found earlier. In an SCR
        section it overrules a status read from the recommendation's own progress words; in an
        appendix (select._summary_tables) it only fills a status not found, for a review the
        table itself names."""
        c_nums = [k for k, m in enumerate(view.meanings) if m == "number"]
        c_status, c_scr, c_lead = view.col("status"), view.col("scr"), view.col("lead")
        if not c_nums or c_status is None:
            return
        key = self.key_for(first, rows[-1][0])
        own = self.secs[first].category in CANDIDATE
        case = self.current_case() if own else None
        for _, row in view.rows:
            if row.is_header:
                continue
            cells = [c.text for c in row.cells]
            if c_scr is not None and c_scr < len(cells) and not is_empty(cells[c_scr]):
                names = case_names(self.docs.get(cells[c_scr]))
                case = names[0] if names else cells[c_scr].strip()
            if (named := self.divider_case(cells)) is not None:
                case = named
                continue
            # the number, in whichever number column gives one of the review's ("CH-1" | "1")
            numbers = [n for k in c_nums if k < len(cells) and (n := cell_number(cells[k]))]
            numbers += [m[1] for n in numbers if (m := _TRAILING_NUMBER.search(n))]
            if not numbers or c_status >= len(cells):
                continue
            status = cell_status(cells[c_status], self.docs.get(cells[c_status]), key)
            target = next((d for n in numbers for d in self.drafts if d.number == n and d.text and d.scr == case), None) \
                if own or case is not None else None
            if target is not None and status != "unknown" and (target.status == "unknown" or own and target.narrated):
                target.status, target.narrated = status, False  # stated of it, over its progress's own words
            if target is not None and not target.bodies and c_lead is not None and c_lead < len(cells):
                # the summary's lead column names who, where the recommendation's words did not
                target.bodies = bodies_of_cell(cells[c_lead], self.docs.add(cells[c_lead]))

    def read_table(self, first: int, rows: list[tuple[int, Block]]) -> None:
        if self.read_record_table(first, rows):
            return
        view = table_view(self.blocks, first, rows, self.docs)
        prev = self.last_view
        continued = (not any(view.meanings) and prev is not None and len(view.header) == len(prev.header)
                     and first - prev.rows[-1][0] <= 4)
        if continued:  # a table split over a page break, its header not repeated
            view = TableView(first, view.table, prev.header, prev.meanings, rows, prev.caption, prev.cell_labels)
        self.last_view = view
        caption_doc = self.docs.get(view.caption) if view.caption else None
        names = case_names(caption_doc)
        if names:
            self.case_para = names[0]
            self.case_recent = names[0]
        if not is_entry_table(view):
            if not any(h.strip() for h in view.header) and self.actions_follow is not None:
                self.read_announced_table(first, rows)
            self.read_status_table(view, first, rows)
            return
        key = self.key_for(first, rows[-1][0])
        sec = self.secs[first]
        # a table captioned with its review ("Siblings E - open recommendations") in an SCR section holds that
        # review's recommendations, whatever work a row asks for ("A multi-agency audit ... should be completed")
        own_review = bool(names) and sec.category == "scr" and not distractor_governs(caption_doc)
        c_rec, c_act = view.col("recommendation"), view.col("action")
        listed = self.listed_before(first, view, c_rec)
        n_row = -1
        c_plan, c_lead = view.col("planned_action"), view.col("lead")
        c_due, c_status, c_done = view.col("timescale"), view.col("status"), view.col("completed_date")
        c_num, c_scr, c_ev = view.col("number"), view.col("scr"), view.col("evidence")
        last: Draft | None = self.last_row_draft if continued else None
        # a "Review" cell merged over the rows of one review reads as blank below its first row
        scr_above = last.scr if last is not None else None
        answering: list[Draft] = []  # recommendations listed before the table that its rows answer by ref
        split_refs = False  # some row was a further action ("1.2") of the recommendation above it
        # a lead, action, status or date cell merged down over several recommendations stands
        # under each of them
        carried = [k for k in (c_lead, c_act, c_status, c_due) if k is not None]
        other_review = False  # the review column's last name is another kind of review (its rows below too)
        chip_above: str | None = None  # the status of a row holding only a status tag, for the row below it
        above: list[str] = []
        for idx, row in view.rows:
            if row.is_header:
                continue
            cells = [without_cell_label(view, k, c.text) for k, c in enumerate(row.cells)]
            for k in view.cell_labels:
                if k < len(cells):
                    self.docs.add(cells[k])  # a cell's words less its label, analysed as any cell's
            if c_rec is None or (c_rec < len(cells) and not is_empty(cells[c_rec])):
                for k in carried:
                    if k < len(cells) and k < len(above) and row.cells[k].merged and not cells[k]:
                        cells[k] = above[k]
            above = cells
            get = (lambda k: cells[k] if k is not None and k < len(cells) else None)
            cell_at = (lambda k, row=row: row.cells[k] if k is not None and k < len(row.cells) else None)
            if [c.lower() for c in cells] == [h.lower() for h in view.header] or any(cells) and all(
                    not c or k < len(view.header) and c.lower() == view.header[k].lower() for k, c in enumerate(cells)):
                continue  # header repeated after a page break (or its lower row: "| | Q1 | Q2 | Q3 | Q4 |")
            if (named := self.divider_case(cells)) is not None:
                self.case_para = self.case_recent = named
                self.case_heading = None
                last = None
                continue
            if divider_title(cells):
                last = None  # "THEME 2 · NEGLECT" across the table, over the rows of its theme
                continue
            if (tag := tag_of(cells)) is not None and (chip := cell_status(tag, self.docs.add(tag), key)) != "unknown":
                chip_above = chip  # "| Finished |" over the row it rates: a tag set above the card's boxes
                continue
            scr = None
            if c_scr is not None and not is_empty(get(c_scr)):
                review_doc = self.docs.add(get(c_scr))
                names = case_names(review_doc)
                scr = names[0] if names else get(c_scr).strip()
                # "Child E multi-agency learning review, 2015" in the review column: not an SCR's row
                other_review = review_doc is not None and distractor_governs(review_doc)
            elif c_scr is not None:
                scr = scr_above
            scr_above = scr
            if c_scr is not None and other_review:
                last = None
                continue
            rec_text = get(c_rec)
            n_row += 1
            if listed is not None:  # the row's short title stands for the listed recommendation in its place
                rec_text = listed[n_row]
            number = cell_number(get(c_num))
            in_cell: dict[str, str] = {}
            if not is_empty(rec_text):
                rec_text, in_cell = cell_fields(rec_text)
                lab = label_of(rec_text)
                if lab and lab.kind in ("rec_label", "number_label") and lab.rest:
                    # ("1.1 | Recommendation 1 ...": the row's ref numbers the action, the label the recommendation)
                    number = lab.number if number and lab.number and parent_numbers(number)[-1] == lab.number \
                        else number or lab.number
                    rec_text = lab.rest
                elif NUMBER_CELL.match(rec_text):
                    number = number or NUMBER_CELL.match(rec_text).group(1)
                    rec_text = None
            action = get(c_act)
            if is_empty(action) and c_plan is not None and c_rec is None:
                action = get(c_plan)
            if is_empty(action) and c_ev is not None:
                action = get(c_ev) if c_act is None else action
            action_doc = self.docs.get(action) if action else None
            has_action = is_action_text(action_doc, action)
            # a row with no recommendation of its own goes on the one above: the rest of a row split
            # over a page break (no number), or a further action "1.2" under "1.1"
            sub_ref = number is not None and last is not None and is_sub_ref(number, last.number)
            # (where rows carry only a number, a row whose number cell is blank under a numbered one
            # is that recommendation's next action: its cell merged down, or left blank)
            numbered_above = c_rec is None and c_num is not None and last is not None and last.number is not None
            if last is not None and (c_rec is not None or numbered_above) and is_empty(rec_text) \
                    and (number is None or sub_ref):
                split_refs = split_refs or sub_ref
                if has_action:
                    last.action = f"{last.action} {action}" if last.action else action
                if c_lead is not None and not is_empty(get(c_lead)):
                    add_bodies(last.bodies, bodies_of_cell(get(c_lead), self.docs.get(get(c_lead))))
                if c_status is not None:
                    st = cell_status(get(c_status), self.docs.get(get(c_status)), key, has_action)
                    if st == "unknown":
                        st = shaded_status(cell_at(c_status), key)
                    if sub_ref:  # done or not begun only when every action is
                        last.status = combined_status(last.status, st) if st != "unknown" else last.status
                    # one action of several still open leaves the recommendation open
                    elif last.status == "unknown" or last.status == "completed" and st in ("in_progress", "not_started"):
                        last.status = "in_progress" if last.status == "completed" else st
                continue
            if is_empty(rec_text) and not has_action and number is None:
                continue
            text = None if is_empty(rec_text) else rec_text
            rec_doc = self.docs.get(text) if text else None
            if text and rec_doc is not None and not own_review and distractor_governs(rec_doc):
                continue
            if rec_doc is not None and "NO_RECOMMENDATIONS" in cues(rec_doc):
                continue  # a placeholder row of a review still under way ("No recommendations yet")
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
                target = self.merge_target(number, scr or self.current_case(), view.table, answering)
                if target is not None and target not in answering:
                    answering.append(target)
            status_text = get(c_status)
            if is_empty(status_text):  # the latest period rated, where the last is not yet
                status_text = next((cells[k] for k in reversed(view.cols("earlier_status"))
                                    if k < len(cells) and not is_empty(cells[k])), status_text)
            if status_text and _BARE_SHARE.match(status_text) and _PERCENT_HEADER.search(view.header[c_status]):
                status_text = status_text.strip() + "%"  # "75" under "% complete": a share done
            row_status = cell_status(status_text, self.docs.full(status_text) if status_text == get(c_status)
                                     else self.docs.add(status_text), key, has_action) \
                if c_status is not None else "unknown"  # (a column under no header was planned light)
            if row_status == "unknown" and chip_above:
                row_status = chip_above
            chip_above = None
            if row_status == "unknown" and c_status is not None:
                row_status = shaded_status(cell_at(c_status), key)  # rated by the cell's colour alone
            for k in reversed(view.cols("earlier_status") if row_status == "unknown" and is_empty(status_text) else []):
                row_status = shaded_status(cell_at(k), key)  # the latest quarter rated by a dot of colour
                if row_status != "unknown":
                    break
            if row_status == "unknown" and in_cell.get("status"):  # "Status: Complete" inside the recommendation's cell
                row_status = cell_status(in_cell["status"], self.docs.add(in_cell["status"]), key, has_action)
            if row_status == "unknown" and c_done is not None and not is_empty(get(c_done)):
                # a date in a "Date completed" column; else what it says instead ("Ongoing")
                row_status = "completed" if normalise_due(get(c_done)) else \
                    cell_status(get(c_done), self.docs.add(get(c_done)), key, has_action)
            if row_status == "unknown" and c_status is None:
                row_status = fill_status(cell_at(c_num), key)  # "1 ●": the number's cell rated by its colour
            if row_status == "unknown" and view.options:
                row_status = self.option_status(view, row, key)
            if row_status == "unknown" and key is not None:
                # the action (or the recommendation) written in a colour the key defines, or
                # holding an icon or dot of one ("you said | ● we did")
                inks = [c.ink for k in (c_act, c_rec, c_status) if (c := cell_at(k)) is not None and c.ink]
                dots = [c.fill for k in (c_act, c_rec) if c_status is None and (c := cell_at(k)) is not None
                        and c.fill in key.colours]
                row_status = key.colours.get((inks or dots or [""])[0], "unknown")
            if target in answering:  # one of several action rows under a listed recommendation
                self.answer_listed(target, action if has_action else None, row_status,
                                   get(c_lead) if c_lead is not None else None, get(c_due) if c_due is not None else None)
                self.last_row_draft = None
                last = target  # (a blank-numbered row below is its next action)
                continue
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
            elif not is_empty(in_cell.get("lead", "")):  # "Lead: Police" inside the recommendation's cell
                target.bodies = bodies_of_cell(in_cell["lead"], self.docs.add(in_cell["lead"]))
                target.lead_given = bool(target.bodies)
            elif not target.bodies:
                add_bodies(target.bodies, subject_bodies(rec_doc, before_cue=True))
                if has_action and not target.bodies:  # who acted, only where the recommendation names no one
                    add_bodies(target.bodies, subject_bodies(action_doc, before_cue=False))
            if row_status != "unknown":
                target.status = row_status
            elif action_doc is not None and (c_status is None or is_empty(get(c_status))):
                # no status column, or its cell left blank ("a blank means the position is explained
                # in the text of the action"): a status the action states; beside no work, only one
                # the update opens or closes on ("Not started. ...", "... Awaited"), not "Not yet due."
                st = narrative_status(action_doc, key) if c_status is None or has_action \
                    else update_status(action_doc, key)
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
        if split_refs:  # refs number actions ("1.1", "1.2"): a recommendation's number is the part before
            for d in self.drafts:
                if d.table == view.table and d.number and len(parent_numbers(d.number)) > 1:
                    d.number = parent_numbers(d.number)[-1]

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
        meanings = [_record_label_meaning(label) for label, _, _ in pairs]
        card = any(m in ("action", "lead", "status", "timescale") for m in meanings)
        for k, (label, value, _) in enumerate(pairs):
            if card and meanings[k] is None and NUMBER_CELL.match(label) and len(value.split()) > 3:
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
        # "Status | Completed" opening a record table straight after another: a reader (or the
        # page) split the card above before its last field, which is that card's
        above = self.last_record if first > 0 and self.last_record is not None \
            and self.blocks[first - 1].table == self.last_record[0] else None
        lead_rows = 0
        while above is not None and lead_rows < len(pairs) and meanings[lead_rows] in ("status", "lead", "timescale"):
            label, value, _ = pairs[lead_rows]
            self.record_field(above[1], meanings[lead_rows], value, self.docs.get(value), key)
            lead_rows += 1
        d: Draft | None = None
        for (label, value, b), meaning in list(zip(pairs, meanings))[lead_rows:]:
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
            if d is not None:
                self.record_field(d, meaning, value, vdoc, key)
        self.last_record = (rows[-1][1].table, d) if d is not None else None
        return True

    def record_field(self, d: Draft, meaning: str | None, value: str, vdoc: Doc | None, key) -> None:
        """One "label | value" row of a record table, other than its recommendation, on its entry."""
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
            st = cell_status(value, vdoc, key, d.action is not None)
            if st != "unknown":
                d.status = st
        elif meaning == "timescale":
            d.due = normalise_due(value) or d.due
        elif meaning == "scr":
            names = case_names(vdoc)
            d.scr = names[0] if names else d.scr

    def merge_target(self, number: str, scr: str | None, table: int | None = None,
                     answering: list[Draft] | None = None) -> Draft | None:
        """An earlier recommendation with this number (same SCR) still waiting for its action, or one
        this table already answers; a ref "2a" or "2.1" stands under recommendation 2 when no "2a" is listed."""
        for n in parent_numbers(number):
            for d in self.drafts:
                if d.number == n and d.table != table and (d.action is None or d.tentative or d in (answering or ())) \
                        and d.text is not None and (scr is None or d.scr is None or d.scr == scr):
                    return d
        return None

    def answer_listed(self, d: Draft, action: str | None, status: str, lead: str | None, due: str | None) -> None:
        """One action-plan row under a recommendation listed earlier in the report.

        A recommendation answered by several rows ("R1", "R2a", "3.1" ...) takes the first row that
        was carried out as its action, every row's lead as a body, the latest due date, and a status
        that is completed or not started only when every row is.
        """
        if d.tentative:
            d.action, d.tentative = None, False
        if action and d.action is None and status != "not_started":
            d.action = action
        if not is_empty(lead):
            add_bodies(d.bodies, bodies_of_cell(lead, self.docs.get(lead)))
            d.lead_given = True
        d.status = combined_status(d.status, status) if d.fields_seen else status
        row_due = normalise_due(due) if not is_empty(due) else None
        d.due = max(filter(None, (d.due, row_due)), default=None)
        d.fields_seen = True

#: a title set across a table between its rows is this short (words)
DIVIDER_TITLE_WORDS = 12


#: a card's title and first label in one cell are this many words at most
RECORD_TITLE_WORDS = 12
#: the fields a card's label cell may name after the card's own title
_RECORD_FIELDS = ("recommendation", "action", "lead", "status", "timescale")


def _record_label_meaning(label: str) -> str | None:
    """What a record table's label cell names: its header meaning; or, where a card's title and
    number were set in the same cell before its first label ("Child H · Recommendation 1 What did
    the review ask?"), the meaning of the label after them."""
    def named(text: str) -> str | None:  # a column's header words, or a card's field label ("Is it finished?")
        if len(text) >= 40:
            return None
        lab = bare_label(text)
        return header_meaning(text) or (_LABEL_FIELDS.get(lab.kind) if lab is not None and not lab.rest else None)

    if (meaning := named(label)) is not None:
        return meaning
    words = label.split()
    if len(words) > RECORD_TITLE_WORDS:
        return None  # a cell of sentences is no label, whatever its last words name
    for n in range(min(8, len(words) - 1), 0, -1):
        head, tail = " ".join(words[:-n]), " ".join(words[-n:])
        if re.search(r"\d", head) and (meaning := named(tail)) in _RECORD_FIELDS:
            return meaning
    return None


#: a field label's kind (models/labels.jsonl) -> the column meaning it stands for
_LABEL_FIELDS = {"rec_label": "recommendation", "action": "action", "lead": "lead", "status": "status",
                 "timescale": "timescale"}


def divider_title(cells: list[str]) -> bool:
    """A row that only titles the rows below it ("THEME 2 · NEGLECT: NOTICING IT AND NAMING IT"):
    a few words in capitals, which no recommendation or action is written in."""
    said = " ".join(c.strip() for c in cells if c and c.strip())
    letters = [ch for ch in said if ch.isalpha()]
    return len(letters) >= 4 and all(ch.isupper() for ch in letters) and len(said.split()) <= DIVIDER_TITLE_WORDS
