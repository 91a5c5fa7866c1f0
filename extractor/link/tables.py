"""What an action-plan table's columns mean (models/headers.jsonl), read once per table."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Doc

from ..document import Block
from ..lexicon import phrase, rules, search
from ..nlp._extensions import span_group
from ..ratings import COLOURS, symbol_of
from ..structure import caption_of
from .draft import is_empty
from .labels import bare_label


@dataclass
class TableView:
    index: int                  # block index of its first row
    table: int
    header: list[str]
    meanings: list[str | None]
    rows: list[tuple[int, Block]]
    caption: str | None
    #: columns whose every cell opens on the same label ("ACTION TAKEN A protocol was ..."): the label
    cell_labels: dict[int, str] = field(default_factory=dict)
    #: columns headed by one status each ("Complete | In progress | Not started", "R | A | G"),
    #: a row rated by the one it marks: column -> its header
    options: dict[int, str] = field(default_factory=dict)

    def col(self, meaning: str) -> int | None:
        return self.meanings.index(meaning) if meaning in self.meanings else None

    def cols(self, meaning: str) -> list[int]:
        return [k for k, m in enumerate(self.meanings) if m == meaning]


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


#: cells of more words than this on average hold sentences, not status words
LONG_CELL_WORDS = 5
#: "3", "R1", "Rec 2.1", "R2a" (part a of recommendation 2), "(b)"
NUMBER_CELL = re.compile(r"^\s*(?:R|Rec\.?\s*|Recommendation\s*)?(\d{1,2}(?:\.\d{1,2})?[a-z]?|[a-z])[.):]?\s*$", re.I)


#: a tracker's reference code: "N1", "SCR2", "K 3"
REF_CODE_CELL = re.compile(r"^\s*[A-Z]{1,3}\s?\d{1,2}(?:\.\d{1,2})?[a-z]?\s*$")


def cell_number(text: str | None) -> str | None:
    """The recommendation number a Ref / No. cell gives ("R1" -> "1", "2.1." -> "2.1"), or None."""
    if is_empty(text):
        return None
    m = NUMBER_CELL.match(text)
    return m.group(1) if m else text.strip().rstrip(".")


def parent_numbers(number: str) -> list[str]:
    """The number of the recommendation a ref may stand under: "2a" and "2.1" are parts of 2."""
    m = re.fullmatch(r"(\d{1,2})(?:\.\d{1,2}|[a-z])", number, re.I)
    return [number, m.group(1)] if m else [number]


def is_sub_ref(number: str, above: str | None) -> bool:
    """True when `number` is a part ("1.2", "1b") of the recommendation `above` stands for ("1.1", "1")."""
    parents = parent_numbers(number)
    return len(parents) > 1 and above is not None and parents[-1] == parent_numbers(above)[-1]


#: counts and sums, not sentences (a share done, "80%", may be a progress column's)
_FIGURES = re.compile(r"[\d,.£$\s/-]+")
#: share of a column's cells that must state a recommendation for it to be the recommendation column
STATING_SHARE = 0.6


def _column_values(body: list[Block], k: int) -> list[str]:
    return [b.cells[k].text for b in body if k < len(b.cells) and not is_empty(b.cells[k].text)]


def _mean_words(values: list[str]) -> float:
    return sum(len(v.split()) for v in values) / len(values) if values else 0.0


def stating_column(body: list[Block], skip: set[int] = frozenset()) -> int | None:
    """The first column whose cells are sentences that state recommendations ("... should ..."):
    a table whose header was lost (rotated column heads, a header strip drawn apart from its
    table, none printed) still shows which column holds them by what its cells say."""
    width = max((len(b.cells) for b in body), default=0)
    for k in range(width):
        vals = _column_values(body, k)
        if k in skip or len(vals) < 2 or _mean_words(vals) <= LONG_CELL_WORDS:
            continue
        if sum(1 for v in vals if search(phrase("states_recommendation"), v)) >= STATING_SHARE * len(vals):
            return k
    return None


#: what a label set in a column's every cell says that column is (models/labels.jsonl kinds)
_LABEL_MEANINGS = {"rec_label": "recommendation", "action": "action", "lead": "lead", "status": "status",
                   "timescale": "timescale"}
_CELL_LABEL_WORDS = 4


#: the share of a column's cells that open on its label
CELL_LABEL_SHARE = 0.6


def labels_in_cells(body: list[Block]) -> dict[int, tuple[str, str]]:
    """Columns of a table without a header whose every cell opens on one label in capitals, as a
    card laid out as a table row repeats its field names ("RECOMMENDATION The LSCB should ...",
    "ACTION TAKEN A protocol was ...", "PROGRESS 80%"): column -> (meaning, label). One row is
    enough where two of its cells are labelled so."""
    out: dict[int, tuple[str, str]] = {}
    body = [b for b in body if not _tag_row(b)]
    width = max((len(b.cells) for b in body), default=0)
    for k in range(width):
        vals = _column_values(body, k)
        if not vals:
            continue
        runs: Counter[str] = Counter()  # each run of capitals opening a cell, and its shorter heads
        for v in vals:
            caps = []
            for w in v.split()[:_CELL_LABEL_WORDS]:
                if not (w.isupper() and w.isalpha()):
                    break
                caps.append(w)
                runs[" ".join(caps)] += 1
            if not caps:
                runs.update(_mixed_case_labels(v))
        # "ACTION TAKEN A protocol ...": the longest run of capitals that is a label, opening most
        # cells (a row "ADDED BY THE PARTNERSHIP ..." among "RECOMMENDATION ..." rows)
        for run in sorted(runs, key=lambda r: -len(r)):
            lab = bare_label(run)
            if runs[run] >= max(1, CELL_LABEL_SHARE * len(vals)) and lab is not None and lab.kind in _LABEL_MEANINGS:
                out[k] = (_LABEL_MEANINGS[lab.kind], run)
                break
    return out if len(body) >= 2 or len(out) >= 2 else {}


#: a row holding one cell of this many words at most, the rest empty, is a tag set over the row below
CHIP_ROW_WORDS = 4


def tag_of(cells: list[str]) -> str | None:
    """The words of a row that holds one short cell and nothing else ("| Finished |": a status tag
    set over a card's boxes), or None."""
    filled = [c for c in cells if c and c.strip()]
    return filled[0] if len(filled) == 1 and len(filled[0].split()) <= CHIP_ROW_WORDS else None


def _tag_row(b: Block) -> bool:
    return len(b.cells) > 1 and tag_of([c.text for c in b.cells]) is not None


def _mixed_case_labels(cell: str) -> list[str]:
    """The field name of two words or more opening a cell before a new sentence, in any case
    ("The review said Schools should ...", "We did The team wrote ..."): its paragraph break
    was lost when the cell was read as one text. One word ("Lead Professionals should ...")
    is too often the cell's own first word."""
    words = cell.split()
    for n in range(min(_CELL_LABEL_WORDS, len(words) - 1), 1, -1):
        nxt = words[n]
        if (nxt[0].isupper() or nxt[0].isdigit()) and bare_label(" ".join(words[:n])) is not None:
            return [" ".join(words[:n])]
    return []


def without_cell_label(view: "TableView", k: int, text: str) -> str:
    label = view.cell_labels.get(k)
    return text[len(label):].strip() if label and text.startswith(label) else text


def meanings_by_content(meanings: list[str | None], body: list[Block]) -> list[str | None]:
    """For a table without a header: the column of stated recommendations is the
    recommendation, and the next column of sentences its action. (A table whose header names
    its columns otherwise, "What partners should take from it" under "Rapid review", is left
    to its header.)"""
    if "action" in meanings:
        return meanings
    meanings = list(meanings)
    if "recommendation" in meanings:  # (its cells labelled so: "RECOMMENDATION 2 Police and ...")
        rec = meanings.index("recommendation")
    else:
        rec = stating_column(body, {k for k, m in enumerate(meanings) if m is not None})
        if rec is None:
            return meanings
        meanings[rec] = "recommendation"
    for k in range(rec + 1, len(meanings)):
        if meanings[k] is None and _mean_words(_column_values(body, k)) > LONG_CELL_WORDS:
            meanings[k] = "action"
            break
    return meanings


#: what a cell of an option column holds when it marks the row: a tick, a cross, a dot, "Yes"
_OPTION_MARK = re.compile(r"[xy\u2713\u2714\u2611\u2705\u2717\u2718\u2716\u2612\u274c\u25cf\u2b24\u25a0*]|yes", re.I)
#: a form's box left unticked ("☐", "□"): the blank of an option column
_OPTION_BLANK = re.compile(r"[\u2610\u25a1\u25cb]")
#: a status option's header is a few words
_OPTION_HEADER_WORDS = 4


def is_mark(cell) -> bool:
    """Whether a cell of an option column marks its row: a tick or cross, "Yes", or shading
    with no text (a column of cells, one shaded in each row)."""
    text = cell.text.strip().replace("\ufe0f", "")
    return bool(_OPTION_MARK.fullmatch(text)) if text else cell.fill is not None


def option_columns(header: list[str], body: list[Block], docs: dict[str, Doc]) -> dict[int, str]:
    """Columns, two or more, each headed by a status or a rating colour, whose cells are marks or
    blank, one marked a row at most: the table rates a row by which column it marks."""
    def rates(h: str) -> bool:
        doc = docs.get(h)
        return bool(h) and len(h.split()) <= _OPTION_HEADER_WORDS and doc is not None and any(
            s.label_ in ("STATUS", "STATUS_CELL", "STATUS_CELL_ONLY", "RAG")
            or s.label_ == "RAG_LETTER" and len(h.strip()) <= 2 for s in span_group(doc, "status"))

    cols = [k for k, h in enumerate(header) if rates(h.strip())]
    marked = 0
    for b in body:
        cells = [b.cells[k] for k in cols if k < len(b.cells)]
        if any(not is_mark(c) and not is_empty(c.text) and not _OPTION_BLANK.fullmatch(c.text.strip()) for c in cells):
            return {}
        hits = sum(is_mark(c) for c in cells)
        if hits > 1:
            return {}
        marked += hits
    return {k: header[k].strip() for k in cols} if len(cols) >= 2 and marked else {}


def table_view(blocks: list[Block], first: int, rows: list[tuple[int, Block]],
               docs: "Analyses") -> TableView:
    header_block = next((b for _, b in rows if b.is_header), None)
    cells = header_block.cells if header_block else rows[0][1].cells
    header = [c.header or "" for c in cells]
    meanings = resolve_findings([header_meaning(h) for h in header])
    body = [b for _, b in rows if not b.is_header]
    if header_block is not None and not any(meanings) and any(not h.strip() for h in header):
        # a first row taken for the header that names no column and leaves some blank (the foot
        # of a card above, run into the table): no header was read
        header_block, header = None, [""] * len(header)
    cell_labels = labels_in_cells(body) if header_block is None and not any(meanings) else {}
    if not any(meanings) and header_block is None and len(rows) > 1 and not cell_labels:
        # no header row was recognised: the first row may still be one
        first_texts = [c.text for c in rows[0][1].cells]
        first_meanings = resolve_findings([header_meaning(t) if len(t) < 60 else None for t in first_texts])
        if sum(1 for m in first_meanings if m) >= 2:
            header, meanings, body = first_texts, first_meanings, body[1:]
            rows = rows[1:]
    headerless = header_block is None and not any(meanings)  # no header printed, or none read
    options = option_columns(header, body, docs)
    for k in options:
        meanings[k] = "option"
    for k, m in enumerate(meanings):
        vals = _column_values(body, k)
        if m in ("recommendation", "finding") and vals and all(_FIGURES.fullmatch(v) for v in vals):
            meanings[k] = None  # "E-learning" over a column of attendance figures: no sentences
    for k, (meaning, label) in cell_labels.items():
        if k < len(meanings):
            meanings[k], header[k] = meaning, label
    # a column of short status words or rating symbols is a status column whatever its header says
    for k in range(len(header)):
        vals = [b.cells[k].text for b in body if k < len(b.cells) and not is_empty(b.cells[k].text)]
        if vals and meanings[k] not in ("recommendation", "number", "scr", "option"):
            # (a cell under no header is planned light: its status words are read in full)
            short = [v for v in vals if symbol_of(v) or len(v.split()) <= 5 and (d := docs.full(v)) is not None
                     and any(x.label_ != "STATUS_CELL_ONLY" for x in span_group(d, "status"))]
            if len(short) >= 0.6 * len(vals):
                meanings[k] = "status"
        # (a header spanning the number and the text beside it names both: the column of numbers is the number)
        spanned = k + 1 < len(header) and header[k] and header[k] == header[k + 1]
        ruled = [b.cells[k].text for b in body if len(b.cells) > 1 and k < len(b.cells) and not is_empty(b.cells[k].text)]
        if ruled and (meanings[k] is None or spanned) and all(NUMBER_CELL.match(v) or REF_CODE_CELL.match(v) for v in ruled):
            meanings[k] = "number"  # (a row of one cell across the table names a review, numbering nothing)
    # a "Rec" column whose cells hold the recommendation after its number ("1 The CCG should ..."),
    # and no other column of recommendations: the recommendation column
    if "recommendation" not in meanings:
        k = next((k for k, m in enumerate(meanings) if m == "number"
                  and (vals := _column_values(body, k)) and _mean_words(vals) > LONG_CELL_WORDS), None)
        if k is not None:
            meanings[k] = "recommendation"
    # a dashboard rating each agency's part beside an "Overall" column: the column headed as a
    # status is the entry's; the agencies' own ratings are not
    rated = [k for k, m in enumerate(meanings) if m == "status"]
    headed = [k for k in rated if header_meaning(header[k]) == "status"]
    if len(rated) > 1 and len(headed) == 1:
        for k in rated:
            if k != headed[0]:
                meanings[k] = None
    # a rating for each quarter or year ("Q1 | Q2 | Q3 | Q4"), in words or as dots of colour: the
    # latest one rated is the entry's status, the ones before it its history
    for k in range(len(header)):
        if meanings[k] in (None, "number") and PERIOD_HEAD.fullmatch(header[k].strip()):
            filled = [b.cells[k] for b in body if k < len(b.cells) and (b.cells[k].fill or b.cells[k].text.strip())]
            if filled and sum(c.fill in COLOURS or symbol_of(c.text.strip()) is not None for c in filled) >= 0.6 * len(filled):
                meanings[k] = "status"
    periods = [k for k, m in enumerate(meanings) if m == "status" and PERIOD_HEAD.fullmatch(header[k].strip())]
    if len(periods) >= 2 and len(periods) == meanings.count("status"):
        for k in periods[:-1]:
            meanings[k] = "earlier_status"
    # "Progress (March 2017)" beside a "RAG rating" column: two status columns, and the one of
    # sentences tells what was done
    if meanings.count("status") > 1 and "action" not in meanings:
        for k in range(len(header)):
            vals = [b.cells[k].text for b in body if k < len(b.cells) and not is_empty(b.cells[k].text)]
            if meanings[k] == "status" and vals and sum(len(v.split()) for v in vals) / len(vals) > LONG_CELL_WORDS:
                meanings[k] = "action"
                break
    # "Progress" or "Outcome" is the action where there is no other action column, else the status
    if meanings.count("action") > 1:
        for k, h in enumerate(header):
            if meanings[k] == "action" and re.search(r"progress|rag|position|outcome", h, re.I) \
                    and meanings.count("action") > 1:
                meanings[k] = "status" if "status" not in meanings else "evidence"
    if "action" not in meanings and "planned_action" in meanings and "recommendation" not in meanings:
        meanings[meanings.index("planned_action")] = "action"
    if headerless:
        meanings = meanings_by_content(meanings, body)
    # "No. | Recommendation | Position": the recommendations named by a few words each beside their
    # numbers and statuses, with no work told: a summary of statuses, its titles no entries' texts
    if "recommendation" in meanings and "action" not in meanings and "number" in meanings and "status" in meanings:
        k = meanings.index("recommendation")
        titles = _column_values(body, k)
        if titles and all(len(t.split()) <= SUMMARY_TITLE_WORDS and not search(phrase("states_recommendation"), t)
                          for t in titles):
            meanings[k] = None
    return TableView(first, rows[0][1].table, header, meanings, rows, caption_of(blocks, first),
                     {k: label for k, (_, label) in cell_labels.items()}, options)


#: a summary table names each recommendation in this many words at most ("Safe storage of opiate substitutes")
SUMMARY_TITLE_WORDS = 8
#: a column headed by a period: "Q3", "Q1 2018-19", "Quarter 2", "Sep 2018", "2017/18", "Year 2"
PERIOD_HEAD = re.compile(r"(?:Q[1-4]|quarter\s+[1-4]|year\s+[1-9]|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
                          r"|(?:19|20)\d\d(?:\s*[/-]\s*\d{2,4})?)(?:\s+(?:19|20)\d\d(?:\s*[/-]\s*\d{2,4})?)?", re.I)


def is_entry_table(view: TableView) -> bool:
    if "not_entry" in view.meanings:
        return False
    return "recommendation" in view.meanings or "action" in view.meanings
