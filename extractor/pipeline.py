"""extract(path) -> Report: the whole flow for one file, as the list of its stages.

Each stage is its own module and hands the next one plain dataclasses:

1. ingest: the file read into a Document of blocks (ingest.read_document);
2. repair: page splits joined, run-on list items split (repair.repair), cards
   rewritten as labelled fields (cards.assemble_cards);
3. structure: each block's section and its category (structure.sections);
4. select: the blocks worth reading and the texts worth analysing (select.select);
5. NLP: those texts analysed by spaCy on first look-up (nlp.Analyses), never the whole document;
6. link: the report's own status words and colour keys, then one Draft per entry
   (link.own_status_words, link.rag_keys, link.Linker);
7. entries: drafts become Recommendations, judged by the rules and the trained
   classifier (entries.recommendations);
8. SCR cases and the monitoring mechanism (cases.scr_cases, mechanism.monitoring_mechanism);
9. assess: the recommendation-9 verdict (assess.assess), then the report's own fields.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from .assess import assess
from .cards import assemble_cards
from .cases import scr_cases
from .document import Document, page_ranges
from .entries import recommendations
from .fields import board_name, period
from .ingest import read_document
from .link import Linker, own_status_words, rag_keys
from .mechanism import monitoring_mechanism
from .quotes import page_kind, page_of_text
from .repair import repair
from .report import Report
from .screen import skip_reason
from .select import select
from .select import Selection
from .structure import Section, sections

if TYPE_CHECKING:
    from .link.draft import Draft
    from .nlp import Analyses


def extract(path: str | Path, use_model: bool = True) -> Report:
    """Reads one annual report and returns its SCR entries and rec9 assessment.

    `use_model=False` runs the rules alone, without the trained entry classifier.
    """
    return extract_document(read_document(path), use_model)


def extract_document(doc: Document, use_model: bool = True) -> Report:
    """The stages after ingestion, for a Document already in memory."""
    drafting = draft_entries(doc)
    doc, secs, chosen, docs, drafts = drafting.doc, drafting.secs, drafting.chosen, drafting.docs, drafting.drafts
    entries, kept = recommendations(doc, drafts, use_model, secs)
    scrs, scrs_reported = scr_cases(doc, secs, docs, chosen.readable, kept)
    mechanism = monitoring_mechanism(doc, secs, docs, chosen.readable, [d.action for d in kept if d.action])
    rec9 = assess(entries, scrs_reported, mechanism)
    rec9.mechanism_page = page_of_text(doc, mechanism) if mechanism else None
    lscb, year = board_name(doc), period(doc)
    docs.release()
    return Report(
        source=doc.source, sha256=doc.sha256, format=doc.format, pages=doc.pages,
        lscb=lscb, period=year, scrs=scrs, recommendations=entries, rec9=rec9,
        skip_reason=skip_reason(doc.text, lscb, year, has_entries=bool(entries)),
        page_kind=page_kind(doc), pages_not_read=page_ranges(doc.unread_pages),
    )


@dataclass
class Drafting:
    """Stages 2-6 done: what the linker drafted, with what it read (evaluate's funnel looks in)."""

    doc: Document
    secs: list[Section]
    chosen: Selection
    docs: "Analyses"
    drafts: list["Draft"]


def draft_entries(doc: Document) -> Drafting:
    from .nlp import Analyses

    doc = assemble_cards(repair(doc))
    secs = sections(doc)
    chosen = select(doc, secs)
    docs = Analyses(chosen.full, chosen.light)
    own = own_status_words(doc, docs)
    docs.teach(own.words)
    drafts = Linker(doc, secs, docs, rag_keys(doc, docs), chosen.read - own.blocks).run()
    return Drafting(doc, secs, chosen, docs, drafts)
