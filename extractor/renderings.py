"""Renderings and copies of one annual report are one report.

A board's report often arrives as several files: the DOCX and the PDF made of it,
an HTML page, a byte copy under another name, or PDFs of one source made by
several programs (NAME.chromium.pdf, NAME.weasyprint.pdf). Files are one report
when they have the same bytes, the same board and reporting period, or the same
name once the format suffix and a producer tag (models/renderings.jsonl) are taken
off, as long as their board and period do not disagree.

The rule that picks the rendering supplying the report's entries, stated once:
the file of the most preferred format (models/renderings.jsonl: PDF, then DOCX,
HTML, Markdown, text), then a name without a producer tag, then the name most of
the report's files share (not a copy under another name), then the first path in
alphabetical order. Every other file of the report gets `same_report_as` set to
that file's source, keeps its own extraction, and counts nowhere.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from pathlib import PurePath

from .lexicon import rules
from .report import Report, RunResult

RULES = "renderings.jsonl"
FORMAT_SUFFIX = re.compile(r"\.(?:pdf|docx|txt|md|html?)$", re.IGNORECASE)

SELECTION_RULE = ("the PDF if there is one, else the DOCX, HTML, Markdown or text file; "
                  "then a name without a producer tag (such as .chromium); then the name most "
                  "of the report's files share; then the first name alphabetically")


def report_stem(source: str) -> str:
    """The file name without folder, format suffix or producer tag, case-folded:
    brackenholt-2013-14.chromium.pdf and Brackenholt-2013-14.docx give the same stem."""
    name = FORMAT_SUFFIX.sub("", PurePath(source.replace("\\", "/")).name).casefold()
    return strip_producer_tag(name)


def strip_producer_tag(name: str) -> str:
    """A file stem without the tag of the program that rendered it (NAME.chromium -> NAME)."""
    for rule in rules(RULES):
        if rule.kind == "producer_tag":
            name = rule.regex.sub("", name)
    return name


def _has_tag(source: str) -> bool:
    name = FORMAT_SUFFIX.sub("", PurePath(source.replace("\\", "/")).name).casefold()
    return strip_producer_tag(name) != name


def _format_rank(fmt: str) -> int:
    for rule in rules(RULES):
        if rule.kind == "preferred_format" and rule.regex.search(fmt):
            return int(rule.value or 99)
    return 99


def _board_period(r: Report) -> tuple[str, str] | None:
    if not r.lscb or not r.period:
        return None
    board = re.sub(r"^the\s+", "", " ".join(r.lscb.split()).casefold())
    return board, r.period


def chosen_rendering(group: list[Report]) -> Report:
    """The file of the group that supplies the report's entries, by SELECTION_RULE."""
    shared = Counter(report_stem(r.source) for r in group)
    return min(group, key=lambda r: (_format_rank(r.format), _has_tag(r.source),
                                     -shared[report_stem(r.source)], r.source))


def group_renderings(reports: list[Report]) -> list[list[Report]]:
    """The reports grouped into one list per annual report, each list in input order."""
    parent = list(range(len(reports)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(i: int, j: int) -> None:
        parent[find(i)] = find(j)

    keys = [_board_period(r) for r in reports]
    by_hash: dict[str, list[int]] = defaultdict(list)
    by_content: dict[tuple[str, str], list[int]] = defaultdict(list)
    by_stem: dict[str, list[int]] = defaultdict(list)
    for i, r in enumerate(reports):
        if r.sha256:
            by_hash[r.sha256].append(i)
        if keys[i]:
            by_content[keys[i]].append(i)
        by_stem[report_stem(r.source)].append(i)
    for members in (*by_hash.values(), *by_content.values()):
        for j in members[1:]:
            union(members[0], j)
    said = {find(i): {k} for i, k in enumerate(keys) if k}  # the board and period each group states
    for members in by_stem.values():
        # one name in two folders may be two boards' reports: the name joins files only
        # when what their groups say about board and period does not disagree
        for a, i in enumerate(members):
            for j in members[a + 1:]:
                ri, rj = find(i), find(j)
                both = said.get(ri, set()) | said.get(rj, set())
                if ri != rj and len(both) <= 1:
                    union(ri, rj)
                    said[find(rj)] = both
    groups: dict[int, list[Report]] = defaultdict(list)
    for i, r in enumerate(reports):
        groups[find(i)].append(r)
    return list(groups.values())


def mark_same_reports(result: RunResult) -> None:
    """Sets `same_report_as` on every file that is not the chosen rendering of its report."""
    for group in group_renderings(result.reports):
        chosen = chosen_rendering(group)
        for r in group:
            r.same_report_as = None if r is chosen else chosen.source
