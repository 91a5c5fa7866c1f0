"""The rows of the Reports, Recommendations, Bodies and Errors tables.

One definition serves the workbook and the CSV files, so both always carry the
same columns in the same order with the same values.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import PurePath
from typing import Iterator

from ..report import Recommendation, Report, RunResult
from ..assess import verdict_reason
from .labels import SECTOR_LABELS, STAGE_LABELS, STATUS_LABELS, VERDICT_LABELS
from .review import entry_keys

LOW_CONFIDENCE = 0.6


@dataclass(frozen=True)
class Column:
    """One column of an exported table. `kind` decides its cell format in the workbook:
    text, wrap (long text), int, percent, number, flag, link (the source file) or reviewer."""

    header: str
    width: float
    kind: str = "text"
    #: words shown in the workbook for the codes of this column (each of a "; "-joined list);
    #: the CSV keeps the codes
    labels: dict[str, str] | None = None


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


def same_report_label(report: Report, chosen: Report | None = None) -> str | None:
    """'same report as X', and where this file's own extraction gives another verdict than
    X's, that verdict: a reader should know the renderings disagree."""
    if not report.same_report_as:
        return None
    label = f"same report as {file_name(report.same_report_as)}"
    if chosen is not None and chosen.rec9.verdict != report.rec9.verdict:
        label += f" (read alone, this file gives '{VERDICT_LABELS[report.rec9.verdict]}')"
    return label


def yes_no(flag: bool) -> str:
    return "yes" if flag else "no"


def joined(items: list[str]) -> str:
    return "; ".join(items)


def sectors_of(entry: Recommendation) -> list[str]:
    """The sectors of an entry's bodies, each once, in the order the bodies are named."""
    return list(dict.fromkeys(b.sector for b in entry.bodies))


def locator(report: Report, page: int | None) -> str | None:
    """Where a quote is: "p. 14" on a printed page, "¶ 121" when the file has no pages
    (the 121st heading, paragraph, list item or table row from the start)."""
    if page is None:
        return None
    return f"p. {page}" if report.page_kind == "page" else f"\u00b6 {page}"


def quoted(report: Report, entry: Recommendation, of: str) -> str | None:
    """The entry's quote of one part, with where it is: \u201cComplete\u201d (p. 9)."""
    for q in entry.quotes:
        if q.of == of:
            where = locator(report, q.page)
            return f"\u201c{q.text}\u201d" + (f" ({where})" if where else "")
    return None


def quote_page(entry: Recommendation, of: str) -> int | None:
    return next((q.page for q in entry.quotes if q.of == of), None)


def action_page(entry: Recommendation) -> int | None:
    """The page the source link opens: the action's, else the recommendation's, else the entry's."""
    return quote_page(entry, "action") or quote_page(entry, "recommendation") or entry.page


def mechanism_quote(report: Report) -> str:
    """yes/no for the monitoring mechanism, with its quote and where it is."""
    rec9 = report.rec9
    if not rec9.monitoring_mechanism:
        return "no: none described"
    where = locator(report, rec9.mechanism_page)
    return f"yes: \u201c{rec9.mechanism_evidence}\u201d" + (f" ({where})" if where else "")


REPORT_COLUMNS = (
    Column("Report", 24), Column("LSCB", 28, "wrap"), Column("Period", 9),
    Column("Format", 8), Column("Pages", 7, "int"), Column("SCRs", 6, "int"),
    Column("SCR names", 30, "wrap"), Column("Entries", 8, "int"),
    Column("SCRs reported", 9, "flag"), Column("Recommendations listed", 14, "flag"),
    Column("Actions reported", 10, "percent"), Column("Bodies named", 10, "percent"),
    Column("Monitoring mechanism", 12, "flag"), Column("Verdict", 14, labels=VERDICT_LABELS),
    Column("Why this verdict", 44, "wrap"),
    Column("Mechanism evidence", 60, "wrap"), Column("Same report as", 26, "wrap"),
    Column("Source", 12, "link"), Column("Pages not read", 10, "wrap"),
)


def report_rows(result: RunResult) -> Iterator[tuple]:
    """Every file read as a report; a rendering or copy of another says so in `Same report as`
    and counts nowhere else."""
    chosen = {r.source: r for r in result.distinct_reports()}
    for r in result.reports:
        rec9 = r.rec9
        yield (
            file_name(r.source), r.lscb, r.period, r.format, r.pages, len(r.scrs),
            joined([f"{s.name} ({STAGE_LABELS.get(s.stage, s.stage)})" if s.stage else s.name
                    for s in r.scrs]),
            len(r.recommendations), yes_no(rec9.scrs_reported),
            yes_no(rec9.recommendations_listed), rec9.actions_reported, rec9.bodies_named,
            yes_no(rec9.monitoring_mechanism), rec9.verdict,
            verdict_reason(rec9, len(r.recommendations)), mechanism_quote(r),
            same_report_label(r, chosen.get(r.same_report_as or "")),
            Link(r.source, rec9.mechanism_page, r.format), r.pages_not_read,
        )


RECOMMENDATION_COLUMNS = (
    Column("Report", 24), Column("LSCB", 28, "wrap"), Column("Period", 9),
    Column("SCR", 14, "wrap"), Column("No.", 5), Column("Recommendation", 48, "wrap"),
    Column("Recommendation page or \u00b6", 11), Column("Action", 48, "wrap"),
    Column("Action page or \u00b6", 10), Column("Bodies", 26, "wrap"),
    Column("Sectors", 20, "wrap", SECTOR_LABELS), Column("Status", 12, labels=STATUS_LABELS),
    Column("Status words", 36, "wrap"), Column("Body named in", 40, "wrap"),
    Column("Due", 9), Column("Evidence", 40, "wrap"), Column("Confidence", 11, "number"),
    Column("Id", 24), Column("Source", 12, "link"),
    Column("Reviewer verdict", 12, "reviewer"), Column("Reviewer note", 40, "reviewer"),
    Column("Review key", 18),
)


def recommendation_rows(result: RunResult, reviews: dict | None = None) -> Iterator[tuple]:
    """One row per entry of each report (counted once); `reviews` (by review key, from
    export.review.carry_reviews) fills the reviewer columns."""
    reviews = reviews or {}
    ids = unique_ids(result)
    for r in result.distinct_reports():
        name = file_name(r.source)
        for e, key, entry_id in zip(r.recommendations, entry_keys(r), ids[r.source]):
            review = reviews.get(key)
            yield (
                name, r.lscb, r.period, e.scr, e.number, e.text,
                locator(r, quote_page(e, "recommendation")), e.action,
                locator(r, quote_page(e, "action")),
                joined([b.name for b in e.bodies]), joined(sectors_of(e)), e.status,
                quoted(r, e, "status"), quoted(r, e, "body"), e.due, e.evidence, e.confidence,
                entry_id,
                Link(r.source, action_page(e), r.format),
                review.verdict if review else None, review.note if review else None, key,
            )


def unique_ids(result: RunResult) -> dict[str, list[str]]:
    """The entry ids of each report, made unique across the run: two reports whose files
    share a name in different folders would otherwise give the same ids; a repeat gets
    a letter (r03b)."""
    seen: set[str] = set()
    out: dict[str, list[str]] = {}
    for r in result.distinct_reports():
        ids = []
        for e in r.recommendations:
            entry_id, n = e.id, 0
            while entry_id in seen:
                n += 1
                entry_id = f"{e.id}{chr(ord('a') + n)}" if n < 26 else f"{e.id}-{n}"
            seen.add(entry_id)
            ids.append(entry_id)
        out[r.source] = ids
    return out


NO_BODY = "none"
BODY_COLUMNS = (
    Column("Report", 24), Column("LSCB", 36, "wrap"), Column("Period", 9),
    Column("SCR", 16, "wrap"), Column("Entry id", 24),
    Column("Sector", 22, labels={**SECTOR_LABELS, NO_BODY: "No body named"}),
    Column("Bodies", 36, "wrap"), Column("Status", 12, labels=STATUS_LABELS),
    Column("Recommendation or action", 48, "wrap"),
)


def body_rows(result: RunResult) -> Iterator[tuple]:
    """One row per entry and sector (its bodies of that sector), so a filter on Sector shows
    each entry of that sector once; an entry naming no body has one row, sector 'none'."""
    ids = unique_ids(result)
    for r in result.distinct_reports():
        name = file_name(r.source)
        for e, entry_id in zip(r.recommendations, ids[r.source]):
            for sector in sectors_of(e) or [NO_BODY]:
                bodies = [b.name for b in e.bodies if b.sector == sector]
                yield (name, r.lscb, r.period, e.scr, entry_id, sector, joined(bodies) or None,
                       e.status, e.text or e.action)


ERROR_COLUMNS = (Column("File", 28), Column("Source", 50, "wrap"), Column("Error", 70, "wrap"))


def error_rows(result: RunResult) -> Iterator[tuple]:
    for f in result.errors:
        yield (file_name(f.source), f.source, f.error)


SKIPPED_COLUMNS = (Column("File", 28), Column("Source", 50, "wrap"), Column("Reason", 70, "wrap"))


def skipped_rows(result: RunResult) -> Iterator[tuple]:
    for f in result.skipped:
        yield (file_name(f.source), f.source, f.reason)


CARRIED_COLUMNS = (
    Column("Report", 24), Column("SCR", 14, "wrap"), Column("No.", 5),
    Column("Recommendation", 60, "wrap"), Column("Action", 60, "wrap"),
    Column("Reviewer verdict", 12, "reviewer"), Column("Reviewer note", 40, "reviewer"),
    Column("Why carried over", 40, "wrap"), Column("Review key", 18),
)


def carried_rows(gone: list) -> Iterator[tuple]:
    """Reviews whose entry is not in this run (export.review.carry_reviews), kept as they were."""
    for g in gone:
        c = g.context
        yield (c.get("Report"), c.get("SCR"), c.get("No."), c.get("Recommendation"), c.get("Action"),
               g.verdict, g.note, g.reason, g.key)
