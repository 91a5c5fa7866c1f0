"""Plain text and Markdown reader: headings, list items, pipe tables and paragraphs.

Text exported from reports keeps their structure only in its layout: `#` or
underlined headings, numbered section titles, bullets and wrapped lines. This
reader recovers those from the lines alone.
"""
from __future__ import annotations

import re

from ..document import Block, Cell, Document
from .layout import clean_text, join_lines, numbered_heading, strip_bullet, vocabulary

ATX_RE = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
SETEXT_RE = re.compile(r"^\s{0,3}(=+|-+)\s*$")
RULE_RE = re.compile(r"^\s{0,3}([-*_])(?:\s*\1){2,}\s*$")
PIPE_SEP_RE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
LABEL_RE = re.compile(r"^([A-Z][A-Za-z /()'&-]{1,30}):\s+(\S.*)$")
#: inside a run of records a field may be left empty ("Recommendation:" under its first action)
_EMPTY_FIELD_RE = re.compile(r"^([A-Z][A-Za-z /()'&-]{1,30}):\s*$")
SIMPLE_SEP_RE = re.compile(r"^\s*-{3,}(?:[ \t]+-{3,})+\s*$")
NUMBERED_LIST_RE = re.compile(r"^\s*(?:\(?(\d{1,2}|[a-z]|[ivx]{1,4})[.)])\s+(\S.*)$")


def decode(data: bytes) -> str:
    """UTF-8 (a BOM is dropped); bytes that are not UTF-8 are read as cp1252."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", "replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", "replace")


# **strong**, __strong__, *em*, _em_: the markers are layout, not words. A marker must touch
# its word on the inside, so "* item" bullets and "a * b" are left alone.
_EMPHASIS = re.compile(r"(\*\*|__|\*|(?<!\w)_)(?=\S)(.+?)(?<=\S)\1(?!\w)")


def strip_emphasis(line: str) -> str:
    """A Markdown line without emphasis markers."""
    return _EMPHASIS.sub(r"\2", line) if ("*" in line or "_" in line) else line


def read_text(data: bytes, source: str) -> Document:
    """Reads a .txt or .md file into blocks."""
    text = decode(data).replace("\r\n", "\n").replace("\r", "\n")
    lines = [clean_text(ln.replace("\t", "    ")) if ln.strip() else "" for ln in text.split("\n")]
    # Markdown emphasis also turns up in plain-text exports of reports.
    lines = [strip_emphasis(ln) for ln in lines]
    raw_lines = text.split("\n")
    vocab = vocabulary(text)
    doc = Document(source=source, format="txt", sha256="", pages=None)
    doc.blocks = _blocks(lines, raw_lines, vocab)
    return doc


def _split_row(line: str) -> list[str]:
    s = line.strip()
    if s.startswith("|"):
        s = s[1:]
    if s.endswith("|") and not s.endswith("\\|"):
        s = s[:-1]
    return [clean_text(c.replace("\\|", "|")) for c in re.split(r"(?<!\\)\|", s)]


def _blocks(lines: list[str], raw_lines: list[str], vocab: set[str]) -> list[Block]:
    blocks: list[Block] = []
    para: list[str] = []
    para_kind = "paragraph"
    tables = 0

    def add(kind, text, **kw):
        blocks.append(Block(kind, text, len(blocks) + 1, **kw))

    def flush():
        nonlocal para, para_kind
        if para:
            add(para_kind, join_lines(para, vocab))
        para, para_kind = [], "paragraph"

    i = 0
    n = len(lines)
    while i < n:
        line = lines[i]
        if not line:
            flush()
            i += 1
            continue
        # pipe table: a header row followed by a |---|---| separator
        if "|" in line and i + 1 < n and PIPE_SEP_RE.match(lines[i + 1]) and "-" in lines[i + 1]:
            flush()
            tables += 1
            headers = _split_row(line)
            add("table_row", " | ".join(headers), cells=tuple(Cell(h or None, h) for h in headers),
                table=tables, is_header=True)
            i += 2
            while i < n and lines[i] and "|" in lines[i]:
                cells = _split_row(lines[i])
                cells += [""] * (len(headers) - len(cells))
                out = tuple(Cell(headers[k] if k < len(headers) and headers[k] else None, c)
                            for k, c in enumerate(cells))
                add("table_row", " | ".join(c.text for c in out), cells=out, table=tables)
                i += 1
            continue
        # simple table: a header line over runs of dashes, one run per column
        if i + 1 < n and SIMPLE_SEP_RE.match(raw_lines[i + 1]) and not para:
            tables += 1
            i = _simple_table(raw_lines, i, tables, add)
            continue
        if not para and LABEL_RE.match(line):
            records, j = _records(lines, i)
            if len(records) >= 2:
                tables += 1
                labels = [k for k, _ in records[0]]
                add("table_row", " | ".join(labels), cells=tuple(Cell(k, k) for k in labels),
                    table=tables, is_header=True)
                for rec in records:
                    out = tuple(Cell(k, join_lines(v, vocab)) for k, v in rec)
                    add("table_row", " | ".join(c.text for c in out), cells=out, table=tables)
                i = j
                continue
        m = ATX_RE.match(raw_lines[i])
        if m:
            flush()
            if m.group(2).strip():
                add("heading", clean_text(m.group(2)), level=len(m.group(1)))
            i += 1
            continue
        # setext: a single text line underlined with === or ---
        if (not para and i + 1 < n and SETEXT_RE.match(lines[i + 1]) and len(line) < 120
                and not strip_bullet(line)[0]):
            add("heading", line.strip(), level=1 if lines[i + 1].strip()[0] == "=" else 2)
            i += 2
            continue
        if RULE_RE.match(line):
            flush()
            i += 1
            continue
        is_bullet, rest = strip_bullet(line)
        if is_bullet:
            flush()
            para, para_kind = [rest], "list_item"
            i += 1
            continue
        level = numbered_heading(line)
        nxt = lines[i + 1] if i + 1 < n else ""
        if level is not None and not para and (not nxt or numbered_heading(nxt) is None):
            prev_blank = i == 0 or not lines[i - 1]
            wrapped = bool(nxt) and nxt.lstrip()[:1].islower()  # a numbered sentence running on: "... a pre-birth / assessment is"
            if (prev_blank or not nxt) and not wrapped:
                add("heading", line.strip(), level=level)
                i += 1
                continue
        if NUMBERED_LIST_RE.match(line) and (not para or para_kind == "list_item"
                                              or para[-1].endswith((".", ":", ";"))):
            flush()
            para, para_kind = [line.strip()], "list_item"
            i += 1
            continue
        if para and para_kind == "list_item" and raw_lines[i][:1] not in (" ", "\t") and _starts_new(raw_lines, i):
            flush()
        para.append(line.strip())
        i += 1
    flush()
    return blocks


def _records(lines: list[str], i: int) -> tuple[list[list[tuple[str, list[str]]]], int]:
    """Blank-line separated records of "Label: value" lines with the same labels
    ("Recommendation: ... / Agency: ... / Update: ... / RAG: Green"), as a table
    would hold them. Returns the records and the index after the last one."""
    records: list[list[tuple[str, list[str]]]] = []
    j = i
    while j < len(lines) and lines[j] and LABEL_RE.match(lines[j]):
        fields: list[tuple[str, list[str]]] = []
        k = j
        while k < len(lines) and lines[k]:
            m = LABEL_RE.match(lines[k])
            empty = None if m else _EMPTY_FIELD_RE.match(lines[k])
            if m:
                fields.append((m.group(1), [m.group(2)]))
            elif empty:
                fields.append((empty.group(1), []))
            else:
                fields[-1][1].append(lines[k])
            k += 1
        if len(fields) < 2 or (records and [f for f, _ in fields] != [f for f, _ in records[0]]):
            break
        records.append(fields)
        j = k
        while j < len(lines) and not lines[j]:
            j += 1
    if records:
        end = j
        # do not swallow the blank lines after the last record's last line
        while end > i and not lines[end - 1]:
            end -= 1
        return records, end
    return records, i


def _simple_table(raw_lines: list[str], i: int, number: int, add) -> int:
    """Reads a plain-text table whose header is underlined column by column with
    dashes; a row line with an empty first column continues the row above.
    Returns the index of the first line after the table."""
    sep = raw_lines[i + 1].expandtabs(4)
    starts = [m.start() for m in re.finditer(r"-+", sep)]

    def cut(line: str) -> list[str]:
        line = line.expandtabs(4)
        bounds = starts[1:] + [max(len(line), starts[-1]) + 1]
        cells, prev = [], 0
        for b in bounds:
            cells.append(line[prev:b])
            prev = b
        return [clean_text(c) for c in cells]

    headers = cut(raw_lines[i])
    add("table_row", " | ".join(headers), cells=tuple(Cell(h or None, h) for h in headers),
        table=number, is_header=True)
    rows: list[list[str]] = []
    j = i + 2
    while j < len(raw_lines) and raw_lines[j].strip() and not SIMPLE_SEP_RE.match(raw_lines[j]):
        cells = cut(raw_lines[j])
        wrapped = raw_lines[j][:1] in (" ", "\t") and not raw_lines[i][:1] in (" ", "\t") and not any(cells[1:])
        if rows and (not cells[0] or wrapped):
            rows[-1] = [f"{a} {b}".strip() for a, b in zip(rows[-1], cells)]
        else:
            rows.append(cells)
        j += 1
    if j < len(raw_lines) and SIMPLE_SEP_RE.match(raw_lines[j]):
        j += 1
    for cells in rows:
        out = tuple(Cell(headers[k] or None, c) for k, c in enumerate(cells))
        add("table_row", " | ".join(c.text for c in out), cells=out, table=number)
    return j


def _starts_new(raw_lines: list[str], i: int) -> bool:
    """A flush-left line right after a list item ends the item when the item ended a sentence."""
    prev = raw_lines[i - 1].rstrip()
    return prev.endswith((".", ":", ";", "!", "?"))
