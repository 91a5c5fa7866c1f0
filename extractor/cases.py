"""SCR cases: the serious case reviews a report names, one of the four inputs to the
recommendation-9 verdict.

Takes the repaired Document, its sections, the analyses of its texts, the blocks read
(select.Selection.readable) and the drafts the classifier kept; gives the list of ScrCase
(name, stage reached, page) and whether the report reports SCRs at all.
"""
from __future__ import annotations

import re
from typing import Mapping

from spacy.tokens import Doc

from .document import Document
from .lexicon import phrase
from .nlp._extensions import sentences, span_group, span_text
from .fields import STAGE_ORDER, counts_scrs, not_an_scr, stage_of
from .link import Draft, case_names, cues, within
from .link.draft import case_name
from .report import ScrCase
from .structure import CANDIDATE, Section, rule_category



def scr_cases(doc: Document, secs: list[Section], docs: Mapping[str, Doc], readable: set[int],
              drafts: list[Draft]) -> tuple[list[ScrCase], bool]:
    """The report's SCR cases, each with its stage and first page, and whether it reports SCRs at all.

    A case counts where a heading of an SCR section names it, where the first cell of an SCR
    table row does, where a sentence names it beside a review (not a review of another kind,
    nor a case that "did not meet the criteria"), and where a kept draft belongs to it. A
    sentence that counts SCRs in the period ("two serious case reviews were initiated")
    reports them even when it names none.
    """
    stages: dict[str, list[str]] = {}
    pages: dict[str, int] = {}
    counted = False

    def see(name: str, stage: str | None, page: int) -> None:
        name = re.sub(r"^The ", "the ", name)  # "The Ashdown family" as a heading starts it
        stages.setdefault(name, [])
        pages.setdefault(name, page)
        if stage:
            stages[name].append(stage)

    heading_case: str | None = None  # the one case a heading names: its text tells of that review
    for i, b in enumerate(doc.blocks):
        sec = secs[i]
        if b.kind == "heading":
            heading_case = None
            if sec.category in CANDIDATE:
                names = case_names(docs.get(b.text)) or (
                    [b.text.strip()] if rule_category(b.text) == "scr_case" else [])  # "The Ashdown family"
                for n in names:
                    see(n, None, b.page)
                heading_case = names[0] if len(names) == 1 else None
            continue
        if i not in readable:
            continue
        if b.kind == "table_row":
            if b.is_header or not b.cells:
                continue
            names = case_names(docs.get(b.cells[0].text))
            if names and sec.category in CANDIDATE:
                rest = " ".join(c.text for c in b.cells[1:])
                if not not_an_scr(rest):
                    see(names[0], stage_of(rest), b.page)
            continue
        nd = docs.get(b.text)
        if nd is None:
            continue
        doc_cases = span_group(nd, "cases")
        para_case: str | None = None  # the one case an earlier sentence of this paragraph is about
        for sent, stext in sentences(nd):
            labels = cues(sent)
            if "DISTRACTOR" in labels and "SCR_TERM" not in labels:
                para_case = None
                continue
            if not counted and counts_scrs(stext):
                counted = True
            spans = within(doc_cases, sent)
            if spans and not_an_scr(stext):
                para_case = None
                continue  # "Child J did not meet the criteria for a serious case review"
            told = heading_case or (para_case if sec.category in CANDIDATE else None)
            if not spans and told and phrase("the_review").search(stext) and "REC_CUE" not in labels:
                see(told, stage_of(stext), b.page)  # "The review ... was published in May"
                continue
            if spans:
                para_case = case_name(spans[0].text) if len({c.text for c in spans}) == 1 else None
            if not spans or (sec.category not in CANDIDATE and "SCR_TERM" not in labels
                             and not phrase("a_review").search(stext)):
                continue
            kinds = [x for x in within(span_group(nd, "cues"), sent) if x.label_ in ("DISTRACTOR", "SCR_TERM")]
            for k, c in enumerate(spans):
                before_kinds = [x for x in kinds if x.end <= c.start]
                if before_kinds and before_kinds[-1].label_ == "DISTRACTOR":
                    continue  # "a learning review, concerning ... (Young Person P)": that review's case
                # the verb after the name ("Child Q, was commissioned") else the one before it
                after = span_text(nd[c.start:spans[k + 1].start if k + 1 < len(spans) else sent.end])
                before = span_text(nd[spans[k - 1].end if k else sent.start:c.start])
                see(case_name(c.text), stage_of(after) or stage_of(before), b.page)
    for d in drafts:
        if d.scr:
            see(d.scr, None, d.page)
    out = []
    for name, found in stages.items():
        stage = next((s for s in STAGE_ORDER if s in found), None)
        out.append(ScrCase(name, stage, pages.get(name)))
    return out, counted or bool(out)
