"""The rows of the Reports, Recommendations, Bodies and Errors tables.

One definition serves the workbook and the CSV files, so both always carry the
same columns in the same order with the same values.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import PurePath
from typing import Iterator

from ..report import Recommendation, RunResult

LOW_CONFIDENCE = 0.6
CHECK_FLAG = "check"


@dataclass(frozen=True)
class Column:
    """One column of an exported table. `kind` decides its cell format in the workbook:
    text, wrap (long text), int, percent, number, flag, link (the source file) or reviewer."""

    header: str
    width: float
    kind: str = "text"


@dataclass(frozen=True)
class Link:
    """A source file to open from the workbook; the CSV writes just its path."""

    path: str
    page: int | None
    format: str

    def __str__(self) -> str:
        return self.path


def file_name(source: str) -> str:
    """The file name of a source path, whichever separator the path uses."""
    return PurePath(source.replace("\\", "/")).name or source


def yes_no(flag: bool) -> str:
    return "yes" if flag else "no"


def joined(items: list[str]) -> str:
    return "; ".join(items)


def sectors_of(entry: Recommendation) -> list[str]:
    """The sectors of an entry's bodies, each once, in the order the bodies are named."""
    return list(dict.fromkeys(b.sector for b in entry.bodies))


REPORT_COLUMNS = (
    Column("Report", 28), Column("LSCB", 36, "wrap"), Column("Period", 9),
    Column("Format", 8), Column("Pages", 7, "int"), Column("SCRs", 6, "int"),
    Column("SCR names", 30, "wrap"), Column("Entries", 8, "int"),
    Column("SCRs reported", 9, "flag"), Column("Recommendations listed", 14, "flag"),
    Column("Actions reported", 10, "percent"), Column("Bodies named", 10, "percent"),
    Column("Monitoring mechanism", 12, "flag"), Column("Verdict", 14),
    Column("Mechanism evidence", 60, "wrap"), Column("Source", 12, "link"),
    Column("Pages not read", 10, "wrap"),
)


def report_rows(result: RunResult) -> Iterator[tuple]:
    for r in result.reports:
        rec9 = r.rec9
        yield (
            file_name(r.source), r.lscb, r.period, r.format, r.pages, len(r.scrs),
            joined([f"{s.name} ({s.stage})" if s.stage else s.name for s in r.scrs]),
            len(r.recommendations), yes_no(rec9.scrs_reported),
            yes_no(rec9.recommendations_listed), rec9.actions_reported, rec9.bodies_named,
            yes_no(rec9.monitoring_mechanism), rec9.verdict, rec9.mechanism_evidence,
            Link(r.source, None, r.format), r.pages_not_read,
        )


RECOMMENDATION_COLUMNS = (
    Column("Report", 24), Column("LSCB", 28, "wrap"), Column("Period", 9),
    Column("SCR", 14, "wrap"), Column("No.", 5), Column("Recommendation", 60, "wrap"),
    Column("Action", 60, "wrap"), Column("Bodies", 28, "wrap"), Column("Sectors", 20, "wrap"),
    Column("Status", 12), Column("Due", 9), Column("Page", 6, "int"),
    Column("Evidence", 40, "wrap"), Column("Confidence", 11, "number"),
    Column("Check", 8, "flag"), Column("Id", 24), Column("Source", 12, "link"),
    Column("Reviewer verdict", 12, "reviewer"), Column("Reviewer note", 40, "reviewer"),
)


def recommendation_rows(result: RunResult) -> Iterator[tuple]:
    for r in result.reports:
        name = file_name(r.source)
        for e in r.recommendations:
            yield (
                name, r.lscb, r.period, e.scr, e.number, e.text, e.action,
                joined([b.name for b in e.bodies]), joined(sectors_of(e)), e.status, e.due,
                e.page, e.evidence, e.confidence,
                CHECK_FLAG if e.confidence < LOW_CONFIDENCE else None, e.id,
                Link(r.source, e.page, r.format), None, None,
            )


BODY_COLUMNS = (
    Column("Report", 24), Column("LSCB", 36, "wrap"), Column("Period", 9),
    Column("SCR", 16, "wrap"), Column("Entry id", 24), Column("Body", 40, "wrap"),
    Column("Sector", 22),
)


def body_rows(result: RunResult) -> Iterator[tuple]:
    for r in result.reports:
        name = file_name(r.source)
        for e in r.recommendations:
            for b in e.bodies:
                yield (name, r.lscb, r.period, e.scr, e.id, b.name, b.sector)


ERROR_COLUMNS = (Column("File", 28), Column("Source", 50, "wrap"), Column("Error", 70, "wrap"))


def error_rows(result: RunResult) -> Iterator[tuple]:
    for f in result.errors:
        yield (file_name(f.source), f.source, f.error)
