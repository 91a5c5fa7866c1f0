"""Block selection: which blocks the later stages read, and which of their texts spaCy analyses.

Takes the repaired Document and its sections; gives a Selection: the blocks the linker
reads (SCR sections, tables captioned as SCR material), the further blocks read only for
SCR names, counts and the monitoring mechanism (a cheap regular expression finds them),
and the texts of both to analyse, in full or light (nlp.LIGHT_SKIPS). spaCy never sees
the rest of the document; statistics tables are skipped before it does.
"""
from __future__ import annotations

from dataclasses import dataclass

from .document import Document
from .link import block_texts, header_meaning
from .link.tables import stating_column
from .lexicon import phrase, search
from .mechanism import mechanism_scope
from .structure import CANDIDATE, Section

#: header meanings that make a table worth reading (models/headers.jsonl)
_ENTRY_HEADERS = {"recommendation", "finding", "action", "planned_action", "lead", "status", "scr", "number", "timescale"}


@dataclass(frozen=True)
class Selection:
    read: set[int]       # blocks the linker reads
    mention: set[int]    # further blocks read only for SCR names, counts and monitoring
    full: list[str]      # texts analysed by every component
    light: list[str]     # texts that need only sentences, cues and case names

    @property
    def readable(self) -> set[int]:
        """Every block a later stage reads."""
        return self.read | self.mention


def select(doc: Document, secs: list[Section]) -> Selection:
    """The blocks worth reading and the texts worth analysing."""
    cand, mention = candidates(doc, secs)
    full: list[str] = []
    light: list[str] = []
    readable_tables = tables_worth_reading(doc)
    for i, b in enumerate(doc.blocks):
        if b.kind == "table_row" and b.table not in readable_tables:
            if (i in cand or i in mention) and b.cells and search(phrase("scr_mention"), b.cells[0].text):
                light.append(b.cells[0].text)  # a list of reviews: only its names are needed
            continue
        if i in cand:
            full.extend(block_texts(b))
        elif b.kind == "heading" or i in mention:
            light.extend(block_texts(b))
        if i + 1 < len(doc.blocks) and doc.blocks[i + 1].kind == "table_row" and (i + 1) in cand:
            full.append(b.text)  # a table's caption
    return Selection(cand, mention, full, light)


def tables_worth_reading(doc: Document) -> set[int]:
    """Tables whose cells the linker may read: entry-like headers, label|value pairs, colour keys,
    or a column of stated recommendations under a header that was lost.

    Statistics tables (attendance, budgets, CDOP figures) are skipped before spaCy sees them.
    """
    rows_of: dict[int, list] = {}
    for b in doc.blocks:
        if b.kind == "table_row" and b.table is not None:
            rows_of.setdefault(b.table, []).append(b)
    out: set[int] = set()
    for table, rows in rows_of.items():
        b = rows[0]
        heads = [c.header or c.text for c in b.cells]
        meanings = {header_meaning(h) for h in heads if h and len(h) < 60}
        if len(b.cells) == 2 or meanings & _ENTRY_HEADERS or (b.cells and phrase("rating_colour_word").fullmatch(b.cells[0].text.strip() or "-")) \
                or (not any(r.is_header for r in rows) and stating_column(rows) is not None):
            out.add(table)
    return out


def candidates(doc: Document, secs: list[Section]) -> tuple[set[int], set[int]]:
    """(blocks the linker reads, further blocks read only for SCR names, counts and monitoring)."""
    cand, mention = set(), set()
    for i, (b, s) in enumerate(zip(doc.blocks, secs)):
        if b.kind == "heading":
            continue
        if s.category in CANDIDATE:
            cand.add(i)
        elif s.category == "general" and b.kind == "table_row" and search(phrase("scr_mention"), s.heading or ""):
            cand.add(i)
        elif search(phrase("scr_mention"), b.text) or mechanism_scope(b.text):  # may name or count SCRs
            mention.add(i)
    cand |= _summary_tables(doc, secs)
    return cand, mention


def _summary_tables(doc: Document, secs: list[Section]) -> set[int]:
    """The rows of summary tables outside SCR sections: numbers and progress without the
    recommendations' words, a row or cell naming the review ("Appendix A: progress at a
    glance", "Child P - published June 2015 | CP-1 | 1 | ... | Landed"). The linker gives their
    statuses to the recommendations stated elsewhere (link.from_tables.read_status_table)."""
    rows_of: dict[int, list[int]] = {}
    for i, (b, s) in enumerate(zip(doc.blocks, secs)):
        if b.kind == "table_row" and b.table is not None and s.category not in CANDIDATE:
            rows_of.setdefault(b.table, []).append(i)
    out: set[int] = set()
    for rows in rows_of.values():
        heads = [header_meaning(c.header or c.text) for c in doc.blocks[rows[0]].cells]
        # what a summary's "Progress" column holds is a word or two, never what was done
        worded = {k for k, m in enumerate(heads) if m in _WORDED and any(
            k < len(doc.blocks[i].cells) and len(doc.blocks[i].cells[k].text.split()) > SUMMARY_CELL_WORDS for i in rows[1:])}
        if "number" in heads and not worded and any(
                search(phrase("scr_mention"), c.text) for i in rows for c in doc.blocks[i].cells):
            out.update(rows)
    return out


#: header meanings of columns of sentences: a table with one is an action plan, no summary
_WORDED = {"recommendation", "finding", "action", "planned_action"}
#: a summary table's cells (a status, a title) are this short at most, in words, where a column's
#: header promises sentences
SUMMARY_CELL_WORDS = 5
