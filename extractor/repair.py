"""Page repair: blocks that ingestion cut or ran together, put right before anything reads them.

Takes a Document from ingestion and gives the same Document with a paragraph cut by a PDF
page break joined again (join_page_splits) and list items run together in one block split
again, numbered ("... two school days. 3. Norland Police should ...") or inline bullets
("• ... • ...") (split_run_on_items). Every text stays verbatim and every block keeps its page.
"""
from __future__ import annotations

import re
from dataclasses import replace

from .document import Block, Cell, Document
from .lexicon import first_match, is_status_chip, rating_colours, rules
from .link.labels import bare_label, label_of
from .structure import rule_category


def repair(doc: Document) -> Document:
    """The document with page splits joined, run-on list items split and over-long paragraphs
    cut into pieces."""
    return split_long_blocks(split_run_on_items(join_page_splits(title_rows_as_captions(fields_as_text(
        labelled_cells_as_fields(labels_as_fields(label_column_beside_values(chips_after_labels(
            numbers_under_labels(disclosures_as_headings(tables_under_repeated_headers(header_lines_over_tables(
                drop_running_lines(doc))))))))))))))


#: "Table A2.2 ...", "Figure 3:": a numbered caption
_NUMBERED_CAPTION = re.compile(r"^\s*(?:Table|Figure|Chart)\s+[A-Z]?\d", re.I)
#: a table's header printed again this many blocks after the table at most continues it
REPEATED_HEADER_BLOCKS = 12


def tables_under_repeated_headers(doc: Document) -> Document:
    """A table whose header row repeats that of a table a few blocks before it is the rest of
    that table: its header printed again over the next page's rows, with a box (a key, a note)
    the reader set between the two parts. Its rows become rows of the first table (read under
    its caption and review) and the repeated header goes. A heading naming another review, or a
    numbered caption, between the two opens a table of its own."""
    blocks, out, changed = doc.blocks, [], False
    seen: dict[tuple[str, ...], int] = {}  # header texts -> the table they head
    last_row: dict[int, int] = {}  # table -> index of its last row so far
    renumbered: dict[int, int] = {}
    for i, b in enumerate(blocks):
        if b.kind != "table_row" or b.table is None:
            out.append(b)
            continue
        table = renumbered.get(b.table, b.table)
        if i == 0 or blocks[i - 1].table != b.table:
            head = tuple(c.text.strip().lower() for c in b.cells)
            earlier = seen.get(head)
            if earlier is not None and _could_be_header(head) and i - last_row[earlier] <= REPEATED_HEADER_BLOCKS \
                    and not any(x.kind == "heading" and rule_category(x.text) not in (None, "general")
                                or _NUMBERED_CAPTION.match(x.text) for x in blocks[last_row[earlier] + 1:i]):
                renumbered[b.table] = earlier
                last_row[earlier] = i
                changed = True
                continue  # the header printed again
            seen[head] = table
        last_row[table] = i
        out.append(replace(b, table=table) if table != b.table else b)
    return replace(doc, blocks=out) if changed else doc


def _could_be_header(head: tuple[str, ...]) -> bool:
    """A header row names three columns or more, most of them: a row of one chip between empty
    cells (a card's status tag over its boxes) is no header, however often it repeats."""
    named = sum(bool(c) for c in head)
    return len(head) >= 3 and named >= 2 and 2 * named >= len(head)


#: a table's header set as a line of text over it names this many columns at least
HEADER_LINE_COLUMNS = 3
#: a column's name is this many words at most ("What has been done and by whom")
COLUMN_NAME_WORDS = 10


def header_lines_over_tables(doc: Document) -> Document:
    """A table's header printed as a strip that a PDF reader took for a line of text ("Review No.
    Recommendation Lead Update at 31 March 2016 RAG") over rows read without one: the line is
    the table's header row when its words fall, in order, into one column name for each of the
    rows' cells ("Review | No. | Recommendation | ..."). Printed again over the rows on the next
    page, as browsers repeat a table's header, the line only says that the table goes on: it is
    dropped, and those rows are rows of the same table."""
    from .link.tables import header_meaning

    blocks, out = doc.blocks, []
    header: tuple[str, int, int] | None = None  # (its words, its table, its columns)
    renumbered: dict[int | None, int | None] = {}
    changed = False
    for i, b in enumerate(blocks):
        after = blocks[i + 1] if i + 1 < len(blocks) else None
        if b.kind in ("heading", "paragraph") and after is not None and after.kind == "table_row" \
                and not _names_columns_of(after, header_meaning) and len(after.cells) >= HEADER_LINE_COLUMNS:
            said = " ".join(b.text.split())
            if header is not None and said == header[0] and len(after.cells) == header[2]:
                renumbered[after.table] = header[1]
                changed = True
                continue
            names = _column_names(said.split(), len(after.cells), header_meaning)
            if names is not None:
                out.append(Block("table_row", " | ".join(names), b.page, cells=tuple(Cell(n, n) for n in names),
                                 table=after.table, is_header=True, printed_page=b.printed_page))
                header = (said, after.table, len(names))
                changed = True
                continue
        if b.kind == "table_row":
            if b.table in renumbered:  # (a row of them taken for a header names no columns)
                b = replace(b, table=renumbered[b.table], is_header=b.is_header and _names_columns_of(b, header_meaning))
            if b.is_header and _names_columns_of(b, header_meaning):
                header = (" ".join(" ".join(c.text for c in b.cells).split()), b.table, len(b.cells))
        out.append(b)
    return replace(doc, blocks=out) if changed else doc


def _names_columns_of(row: Block, meaning) -> bool:
    """A row read as a table's header that is one: no cell of it is a sentence the header lexicon
    does not know (a PDF reader may take a table's first row on a new page for its header)."""
    return row.is_header and all(len(c.text.split()) <= 4 or _column_name_of(c.text.split(), meaning) for c in row.cells)


def _column_names(words: list[str], n: int, meaning) -> list[str] | None:
    """`words` cut into `n` runs in order, each a column name the header lexicon knows, the
    longest first run first; None when they cannot be."""
    if n == 1:
        return [" ".join(words)] if _column_name_of(words, meaning) else None
    for k in range(min(len(words) - n + 1, COLUMN_NAME_WORDS), 0, -1):
        if _column_name_of(words[:k], meaning) and (rest := _column_names(words[k:], n - 1, meaning)) is not None:
            return [" ".join(words[:k]), *rest]
    return None


def _column_name_of(words: list[str], meaning) -> bool:
    """A few words that name a column: no sentence ("Recommendation 4. Westbury Marsh Police
    should ..."), a stop only after a short name ("No.", "Ref.")."""
    return 0 < len(words) <= COLUMN_NAME_WORDS and not any(w.endswith((".", ";", ":")) for w in words[2:]) \
        and not (len(words) > 2 and words[-1].endswith(".")) and bool(meaning(" ".join(words)))


#: the marker a printed accordion or "details" element leaves beside its title
_DISCLOSURE = re.compile(r"^\s*[▼▶►▸▾▽▷]\s*$")  # a dash or "+" alone is an empty value, not a marker
#: an accordion's title is this short
DISCLOSURE_TITLE_WORDS = 14


def disclosures_as_headings(doc: Document) -> Document:
    """A printed accordion ("About the rapid review of Baby F" and its "▼"): the title is a
    heading one level under the last heading, as a browser's <summary> is, so that what it
    opens is a section of its own (a rapid review's, a DHR's); the marker is dropped."""
    out: list[Block] = []
    level = 1
    changed = False
    for b in doc.blocks:
        if b.kind == "heading":
            level = b.level or 1
        if b.kind == "paragraph" and _DISCLOSURE.match(b.text) and out and out[-1].kind == "paragraph" \
                and len(out[-1].text.split()) <= DISCLOSURE_TITLE_WORDS and not out[-1].text.rstrip().endswith((".", ":", ";")):
            out[-1] = replace(out[-1], kind="heading", level=level + 1)
            changed = True
            continue
        out.append(b)
    return replace(doc, blocks=out) if changed else doc


#: A line repeated at least this often is furniture when it names the report ...
RUNNING_LINE_REPEATS = 4
#: ... and is this short.
RUNNING_LINE_WORDS = 12
_FOLIO = re.compile(r"^\d{1,3}$")


def drop_running_lines(doc: Document) -> Document:
    """An HTML report printed page by page or slide by slide repeats its running header or
    footer ("Orchelby LSCB · Annual Report 2013/14" and a folio) inside every page's markup.
    Those copies, and the bare page number beside each, are furniture: read as text they
    become a card's number and lead or an entry's action. The PDF reader drops them by their
    place in the margin; here only their repetition and their words tell. The first copy
    stays (it may be the cover's)."""
    if doc.format != "html":
        return doc
    counts: dict[str, int] = {}
    for b in doc.blocks:
        counts[b.text] = counts.get(b.text, 0) + 1
    running = {t for t, n in counts.items() if n >= RUNNING_LINE_REPEATS and len(t.split()) <= RUNNING_LINE_WORDS
               and any(r.kind == "running_line" and r.regex.search(t) for r in rules("report_fields.jsonl"))}
    if not running:
        return doc
    seen: set[str] = set()
    drop: set[int] = set()
    for i, b in enumerate(doc.blocks):
        if b.text in running:
            if b.text in seen:
                drop.add(i)
                drop.update(j for j in (i - 1, i + 1)
                            if 0 <= j < len(doc.blocks) and _FOLIO.match(doc.blocks[j].text))
            seen.add(b.text)
    return replace(doc, blocks=[b for i, b in enumerate(doc.blocks) if i not in drop])


#: a label line with a chip set before it ("NOT STARTED Recommendation 3") is this short
CHIP_LABEL_CHARS = 80


def chips_after_labels(doc: Document) -> Document:
    """A recommendation's label line that opens on its chip ("COMPLETE Recommendation 1", a
    vertical tab read before the label beside it) as the label and then its chip, the way
    cards set it ("Recommendation 1 Complete")."""
    out: list[Block] = []
    changed = False
    for b in doc.blocks:
        words = b.text.split()
        if b.kind in ("heading", "paragraph") and len(b.text) <= CHIP_LABEL_CHARS:
            for k in range(1, min(4, len(words))):
                chip, rest = " ".join(words[:k]), " ".join(words[k:])
                if (is_status_chip(chip) or chip.lower() in rating_colours()) \
                        and (lab := label_of(rest)) is not None and lab.kind == "rec_label" and lab.number and not lab.rest:
                    b = replace(b, text=f"{rest} {chip}")
                    changed = True
                    break
        out.append(b)
    return replace(doc, blocks=out) if changed else doc


#: a column of field labels read before their values holds this many labels at least
LABEL_COLUMN = 3


def label_column_beside_values(doc: Document) -> Document:
    """A card's fields set as a label column beside a value column ("Recommendation", "Lead",
    "What we have done", "Status" | four values), read by a PDF reader a column at a time: the
    labels, then as many values, each value set back after its label. Only where exactly as
    many blocks follow the labels before the next label or heading of another card. One label
    of the board's own ("Evidence seen") may stand among labels the lexicon knows."""
    blocks = doc.blocks
    out: list[Block] = []
    changed = False
    i = 0
    while i < len(blocks):
        n = own = 0
        while i + n < len(blocks) and blocks[i + n].kind in ("heading", "paragraph"):
            if not bare_label(blocks[i + n].text):
                if own or n < LABEL_COLUMN - 1 or not _own_label(blocks[i + n], blocks[i + n - 1]):
                    break
                own += 1
            n += 1
        values = blocks[i + n:i + 2 * n]
        after = blocks[i + 2 * n] if i + 2 * n < len(blocks) else None
        if n >= LABEL_COLUMN and len(values) == n and not any(
                v.kind == "table_row" or bare_label(v.text) for v in values) \
                and (after is None or after.kind == "heading" or bare_label(after.text)):
            for label, value in zip(blocks[i:i + n], values):
                # a short value set bold ("Signed off") is the field's value, no heading
                out += [label, replace(value, kind="paragraph", level=None) if value.kind == "heading" else value]
            changed = True
            i += 2 * n
            continue
        out.append(blocks[i])
        i += 1
    return replace(doc, blocks=out) if changed else doc


_BARE_NUMBER = re.compile(r"^\d{1,2}$")
#: a field label of a board's own is this short
OWN_LABEL_WORDS = 4


def _own_label(block: Block, before: Block) -> bool:
    """A short line set as the labels before it are (a heading among headings), with no stop and
    no figure: a field's label the lexicon does not know."""
    words = block.text.split()
    return block.kind == before.kind and 0 < len(words) <= OWN_LABEL_WORDS and block.text.strip()[-1].isalpha() \
        and not any(ch.isdigit() for ch in block.text)


def numbers_under_labels(doc: Document) -> Document:
    """A badge set as a small label over a large number ("Rec." / "1", "RECOMMENDATION" / "3"),
    read as two lines, joined into the one label it is ("Rec. 1")."""
    out: list[Block] = []
    changed = False
    for b in doc.blocks:
        prev = out[-1] if out else None
        if prev is not None and b.kind in ("paragraph", "heading") and _BARE_NUMBER.match(b.text.strip()) \
                and prev.kind in ("paragraph", "heading") and len(prev.text) <= 20 \
                and (lab := label_of(f"{prev.text.strip()} {b.text.strip()}")) is not None \
                and lab.kind == "rec_label" and lab.number == b.text.strip() and not lab.rest:
            out[-1] = replace(prev, text=f"{prev.text.strip()} {b.text.strip()}")
            changed = True
            continue
        out.append(b)
    return replace(doc, blocks=out) if changed else doc


def labels_as_fields(doc: Document) -> Document:
    """A recommendation's label set on a line of its own ("Recommendation", "The review said",
    a kicker in small capitals) joined to the paragraph it labels, as "Label: text": the field
    a plain report writes on one line, which the list reader knows. Only labels with no number
    and no text of their own; a numbered one ("Recommendation 3") already opens its entry."""
    out: list[Block] = []
    changed = False
    blocks = doc.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        nxt = blocks[i + 1] if i + 1 < len(blocks) else None
        if b.kind in ("paragraph", "heading") and nxt is not None and nxt.kind == "paragraph" \
                and (lab := bare_label(b.text)) is not None and lab.kind == "rec_label" and not lab.number \
                and len(nxt.text.split()) >= 6:
            out.append(replace(nxt, text=f"{b.text.strip().rstrip(':').strip()}: {nxt.text}"))
            changed = True
            i += 2
            continue
        out.append(b)
        i += 1
    return replace(doc, blocks=out) if changed else doc


#: a cell's own label: a few words in capitals opening it ("WHAT WE DID", "HOW WE KNOW IT WORKED")
_CELL_LABEL = re.compile(r"^(?P<label>[A-Z][A-Z'\u2019]+(?:\s+[A-Z][A-Z'\u2019]+){1,5})\s+(?P<rest>\S.*)$")
_OWN_LABEL = re.compile(r"(?:Recommendation|Rec\.?)\s+\d{1,2}\b")


def labelled_cells_as_fields(doc: Document) -> Document:
    """A grid of boxes each opening on its own label in capitals ("WHAT THE REVIEW FOUND ...",
    "WHAT WE DID ...": a panel of a designed report, drawn as a table) read as the labelled
    fields its boxes are, box by box, as a card's fields are: "What we did: ...". A table
    whose header row names its columns is left as it is."""
    out: list[Block] = []
    changed = False
    for b in doc.blocks:
        cells = [c.text.strip() for c in b.cells if c.text.strip()] if b.kind == "table_row" else []
        matches = [_CELL_LABEL.match(c) for c in cells]
        if cells and not b.is_header and all(c.header is None for c in b.cells) and all(matches) \
                and any(bare_label(m["label"].capitalize()) for m in matches):
            for m in matches:
                label, rest = m["label"].capitalize(), m["rest"].strip()
                # a box whose text opens on its own label ("Recommendation 1. ...") keeps that one
                out.append(Block("paragraph", rest if _OWN_LABEL.match(rest) else f"{label}: {rest}", b.page))
            changed = True
            continue
        out.append(b)
    return replace(doc, blocks=out) if changed else doc


#: labelled fields whose value is a word or a name ("Status: Completed", "Lead: Police")
_VALUE_FIELDS = ("status", "lead", "timescale")
#: a field's value longer than this is a sentence, and a bold line that long is no field
FIELD_VALUE_CHARS = 60


def fields_as_text(doc: Document) -> Document:
    """The document with PDF headings that are a labelled field and its value read as paragraphs.

    A PDF has no heading tags: the reader takes a short bold line for a heading. A line that
    states a field's value ("Status: Completed", "Lead: Wealdshire Police", labels of
    models/labels.jsonl) is the card's or entry's own text, as its HTML paragraph is; a
    heading names what follows it and ends with no value.
    """
    if doc.format != "pdf":
        return doc
    labels = [r.regex for r in rules("labels.jsonl") if r.kind in _VALUE_FIELDS]
    out: list[Block] = []
    changed = False
    for b in doc.blocks:
        if b.kind == "heading":
            m = next((m for rx in labels if (m := rx.match(b.text))), None)
            value = b.text[m.end():].strip() if m else ""
            if value and len(value) <= FIELD_VALUE_CHARS or _FIGURE_CAPTION.match(b.text):
                b = replace(b, kind="paragraph", level=None)  # (a figure's caption heads nothing either)
                changed = True
        out.append(b)
    return replace(doc, blocks=out) if changed else doc


_FIGURE_CAPTION = re.compile(r"^(?:Figure|Fig\.|Chart|Image|Diagram)\s+\d{1,3}\s*[:.\u2013\u2014-]", re.I)

#: a row naming a table's columns has at least this many cells that are column names of
#: models/headers.jsonl ("Recommendation", "Action taken", "Lead")
COLUMN_NAMES = 2


def title_rows_as_captions(doc: Document) -> Document:
    """The document with the title row of a table read as its caption, and a header of two
    rows read as one.

    A designed tracker often opens on one cell across the whole table ("Serious Case Review -
    Child A (published June 2014)") with the column names in the row below it. A reader takes
    the first row for the header; the title is said before the table instead, as a caption is,
    and the row of column names becomes the header. A header cell over two columns
    ("Response" over "Action taken" and "Lead") gives way to the names in the row below it.
    """
    blocks, out, changed, i = doc.blocks, [], False, 0
    while i < len(blocks):
        b = blocks[i]
        start = b.kind == "table_row" and b.table is not None and (i == 0 or blocks[i - 1].table != b.table)
        rows = []
        while start and i + len(rows) < len(blocks) and blocks[i + len(rows)].table == b.table and len(rows) < 3:
            rows.append(blocks[i + len(rows)])
        titled = len(rows) >= 2 and len([c for c in b.cells if c.text.strip()]) == 1 and _names_columns(rows[1])
        head = 1 if titled else 0
        split = len(rows) > head + 1 and (titled or b.is_header) and _sub_header(rows[head], rows[head + 1])
        if not (titled or split):
            out.append(b)
            i += 1
            continue
        if titled:
            out.append(Block("paragraph", b.text.strip(" |"), b.page, printed_page=b.printed_page))
        heads = [c.text for c in rows[head].cells]
        if split:
            heads = _merged_header(heads, [c.text for c in rows[head + 1].cells])
        names = rows[head + 1] if split else rows[head]
        out.append(replace(names, is_header=True, cells=tuple(Cell(h or None, h) for h in heads),
                           text=" | ".join(heads)))
        i += head + 1 + split
        while i < len(blocks) and blocks[i].table == b.table:
            row = blocks[i]
            out.append(replace(row, is_header=False, cells=tuple(
                replace(c, header=(heads[k] or None) if k < len(heads) else None) for k, c in enumerate(row.cells))))
            i += 1
        changed = True
    return replace(doc, blocks=out) if changed else doc


def _names_columns(row: Block) -> bool:
    cells = [c.text.strip() for c in row.cells]
    if len(cells) < 2 or not all(cells) or any(len(c) > 40 for c in cells):
        return False
    return sum(_column_name(c) for c in cells) >= COLUMN_NAMES


def _column_name(text: str) -> bool:
    from .link.tables import PERIOD_HEAD  # ("Q1" ... "Q4" under "2018-19": a rating per quarter)

    return first_match("headers.jsonl", text.lower()) is not None or bool(PERIOD_HEAD.fullmatch(text.strip()))


def _sub_header(upper: Block, lower: Block) -> bool:
    """The row below a header names the columns a header cell spans: more cells, each blank
    (under a cell of one column) or a column name."""
    cells = [c.text.strip() for c in lower.cells]
    return len(cells) > len(upper.cells) and any(cells) and all(not c or len(c) <= 40 and _column_name(c) for c in cells)


def _merged_header(upper: list[str], lower: list[str]) -> list[str]:
    """One name a column: the lower row's where it names one, else the upper cell above it (each
    run of names in the lower row sits under one upper cell, each blank under one of its own)."""
    out, k, run = [], 0, False
    for name in lower:
        if name:
            if not run:
                k += 1
            out.append(name)
            run = True
        else:
            out.append(upper[k] if k < len(upper) else "")
            k += 1
            run = False
    return out


#: No real paragraph is this long: a longer block (a page whose text lost its structure, or a
#: hostile file) is read in pieces of this size, cut where a sentence ends where it can be.
MAX_BLOCK_CHARS = 20_000
_SENTENCE_END = re.compile(r"[.!?;:]\s+")


def split_long_blocks(doc: Document) -> Document:
    """The document with every paragraph or list item longer than MAX_BLOCK_CHARS cut into
    pieces (each a block of its own, on the same page), so each is analysed on its own."""
    if all(len(b.text) <= MAX_BLOCK_CHARS or b.kind == "table_row" for b in doc.blocks):
        return doc
    out: list[Block] = []
    for b in doc.blocks:
        if len(b.text) <= MAX_BLOCK_CHARS or b.kind == "table_row":
            out.append(b)
            continue
        text = b.text
        while len(text) > MAX_BLOCK_CHARS:
            window = text[:MAX_BLOCK_CHARS]
            ends = [m.end() for m in _SENTENCE_END.finditer(window, MAX_BLOCK_CHARS // 2)]
            cut = ends[-1] if ends else (window.rfind(" ") + 1 or MAX_BLOCK_CHARS)
            out.append(replace(b, text=text[:cut].rstrip()))
            text = text[cut:].lstrip()
        if text.strip():
            out.append(replace(b, text=text.rstrip()))
    return replace(doc, blocks=out)


#: a paragraph this long that ends on a lower-case word at a page end runs on over the page
PAGE_SPLIT_MIN_CHARS = 60
#: a "heading" this long that stops mid-sentence over a line in lower case is a bold sentence's line
BOLD_SENTENCE_WORDS = 8


#: a paragraph ending on a lower-case word or a comma has not finished its sentence
_ENDS_MID_SENTENCE = re.compile(r"(?:^|\s)[a-z][\w'\u2019-]*,?$|,$")


def join_page_splits(doc: Document) -> Document:
    """The document with paragraphs cut by a page break joined again.

    A PDF paragraph that ends a page mid-sentence ("... before the end of") and goes on
    at the top of the next ("March. An audit ...") is one paragraph: its action, status
    and closing status sentence belong together. So is one whose first line a printer set
    apart on its own page (beside its field's name, "Recommendation: ... should agree a") and
    whose rest opens in lower case below it ("single policy for ...").
    """
    if doc.format != "pdf":
        return doc  # other formats number blocks, not pages: there is no page break to mend
    blocks = list(doc.blocks)
    out: list[Block] = []
    changed = False
    for b in blocks:
        prev = out[-1] if out else None
        if prev is not None and prev.kind in ("heading", "list_item") and b.kind in ("heading", "paragraph") \
                and b.text[:1].islower() and b.page == prev.page and len(prev.text.split()) >= BOLD_SENTENCE_WORDS \
                and _ENDS_MID_SENTENCE.search(prev.text.rstrip()):
            # "1. The Council's education service should make sure that every child who is withdrawn from
            # school to" set in bold, so taken for a heading, line by line, its last line run into the plain
            # text after it: one paragraph (the kind of what follows, once the bold sentence ends)
            item = prev.kind == "list_item" or _next_item(out[-2] if len(out) > 1 else None, prev)
            kind = "list_item" if item else b.kind
            out[-1] = replace(b, kind=kind, level=b.level if kind == "heading" else None,
                              text=f"{prev.text.rstrip()} {b.text.lstrip()}")
            changed = True
            continue
        if prev is not None and prev.kind == "heading" and b.kind == "paragraph" and b.text[:1].islower() \
                and _next_item(out[-2] if len(out) > 1 else None, prev):
            # "6. The Board should review its escalation policy and test whether" set apart by a
            # column or page break from "front-line practitioners know ...": item 6 of the list above
            out[-1] = replace(prev, kind="list_item", level=None, text=f"{prev.text.rstrip()} {b.text.lstrip()}")
            changed = True
            continue
        if (prev is not None and prev.kind == "paragraph" and b.kind == "paragraph"
                and (b.page != prev.page or b.text[:1].islower())  # (on one page: a first line set beside its
                # field's name, "Recommendation: The Partnership should agree a", the rest below it)
                and len(prev.text) >= PAGE_SPLIT_MIN_CHARS and _ENDS_MID_SENTENCE.search(prev.text.rstrip())):
            out[-1] = replace(prev, text=f"{prev.text.rstrip()} {b.text.lstrip()}")
            changed = True
            continue
        out.append(b)
    return replace(doc, blocks=out) if changed else doc


_ITEM_NUMBER = re.compile(r"^\s*(\d{1,2})[.)]\s+")


def _next_item(before: Block | None, block: Block) -> bool:
    """`block` opens on the number after that of the list item before it ("5. ..." then "6. ...")."""
    if before is None or before.kind != "list_item":
        return False
    a, b = _ITEM_NUMBER.match(before.text), _ITEM_NUMBER.match(block.text)
    return bool(a and b) and int(b.group(1)) == int(a.group(1)) + 1
#: bullet glyphs that mark an item wherever they stand; a dash marks one only after a sentence end
_GLYPHS = "\u2022\u25aa\u25cf\u25a0\u25e6\u2023\u2043\u25ba\u27a2\u25b8\u25c6\uf0b7\uf0a7\uf0d8"
_GLYPH_BULLET = re.compile(rf"(?:^|(?<=\s))[{_GLYPHS}]\s*")
_DASH_BULLET = re.compile(r"(?:^|(?<=[.;!?])\s+)[\u2013\u2014-]\s+")
#: a character either kind of bullet needs; a search for a set of characters is one fast C scan,
#: where the bullet patterns (opening with an alternation and a lookbehind) are tried at every position
_BULLET_CHAR = re.compile(rf"[{_GLYPHS}\u2013\u2014-]")


def bullet_items(text: str) -> tuple[str, list[str]] | None:
    """(lead-in, items) of a text that runs two or more bullets together ("• A did ... • B did ..."),
    or None. Dash bullets count only when the text opens with one ("– A did ... – B did ...")."""
    if not _BULLET_CHAR.search(text):
        return None
    for bullet in (_GLYPH_BULLET, _DASH_BULLET):
        cuts = list(bullet.finditer(text))
        if len(cuts) < 2 or bullet is _DASH_BULLET and cuts[0].start() != 0:
            continue
        ends = [m.start() for m in cuts[1:]] + [len(text)]
        items = [text[m.end():e].strip() for m, e in zip(cuts, ends)]
        return text[:cuts[0].start()].strip(), [t for t in items if t]
    return None


def _numbered_items(b: Block) -> list[Block]:
    """"2. Schools should ... two school days. 3. Norland Police should ...": a list item numbered N
    that holds, after a sentence end, the label N+1 followed by a capital is two items. A paragraph
    opening "1." that runs on into "2." is such a list too (a PDF list whose first line was too long
    to read as a numbered item)."""
    out: list[Block] = []
    m = _ITEM_NUMBER.match(b.text) if b.kind == "list_item" or b.kind == "paragraph" and \
        re.match(r"\s*1[.)]\s", b.text) else None
    while m is not None:
        nxt = re.search(rf"(?<=[.;])\s+({int(m.group(1)) + 1})[.)]\s+(?=[A-Z])", b.text)
        if nxt is None:
            break
        out.append(replace(b, kind="list_item", text=b.text[:nxt.start()].rstrip()))
        b = replace(b, kind="list_item", text=b.text[nxt.start():].strip())
        m = _ITEM_NUMBER.match(b.text)
    return out + [b]


def _bulleted_items(b: Block) -> list[Block]:
    """A paragraph or item running bullets together: its lead-in, then one list item a bullet.
    A table row with one such cell: one row a bullet, the other cells repeated (a card's
    "What we did" cell of inline bullets is several actions); a lead-in that ends in a colon
    only introduces them."""
    if b.kind in ("paragraph", "list_item"):
        found = bullet_items(b.text)
        if found is None:
            return [b]
        lead, items = found
        return ([replace(b, text=lead)] if lead else []) + [replace(b, kind="list_item", text=t) for t in items]
    if b.kind != "table_row" or b.is_header:
        return [b]
    split = [(k, bullet_items(c.text)) for k, c in enumerate(b.cells)]
    split = [(k, found) for k, found in split if found is not None]
    if len(split) != 1:
        return [b]
    k, (lead, items) = split[0]
    items = items if not lead or lead.endswith(":") else [lead, *items]
    rows = []
    for item in items:
        cells = tuple(replace(c, text=item) if j == k else c for j, c in enumerate(b.cells))
        rows.append(replace(b, cells=cells, text=" | ".join(c.text for c in cells)))
    return rows


def split_run_on_items(doc: Document) -> Document:
    """The document with list items that ingestion ran together split again: numbered items
    ("... two school days. 3. Norland Police should ...") and inline bullets ("• ... • ...")."""
    out: list[Block] = []
    for b in doc.blocks:
        for numbered in _numbered_items(b):
            out.extend(_bulleted_items(numbered))
    return replace(doc, blocks=out) if len(out) != len(doc.blocks) else doc
