"""The summary tables a meeting needs, computed once from a RunResult.

The workbook's Summary sheet and `scr-extract summary` both render these
tables, so the numbers on screen and in Excel can never disagree.
"""
from __future__ import annotations

import textwrap
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import NOT_FOUND, RESULTS_UNREADABLE, ReadError
from ..report import SECTORS, STATUSES, VERDICTS, Report, RunResult
from ..assess import verdict_reason
from .rows import mechanism_quote, sectors_of

VERDICT_LABELS = {
    "meets": "Meets", "partly_meets": "Partly meets",
    "does_not_meet": "Does not meet", "no_scrs": "No SCRs",
}
STATUS_LABELS = {
    "completed": "Completed", "in_progress": "In progress",
    "not_started": "Not started", "unknown": "Unknown",
}
SECTOR_LABELS = {
    "lscb": "LSCB (board, sub-groups)", "childrens_social_care": "Children's social care",
    "education": "Education", "police": "Police", "health": "Health",
    "probation_youth_justice": "Probation / youth justice", "adult_services": "Adult services",
    "housing": "Housing", "cafcass": "Cafcass", "voluntary_sector": "Voluntary sector",
    "national": "National bodies", "other": "Other",
}
NO_BODY = "No body named"
NO_LSCB = "(board not found)"
NO_PERIOD = "(no period)"


@dataclass
class SummaryTable:
    """One titled table; `percent_columns` are the 0-based columns holding shares (0–1)."""

    key: str
    title: str
    headers: tuple[str, ...]
    rows: list[tuple]
    percent_columns: frozenset[int] = frozenset()
    note: str | None = None


@dataclass
class RunSummary:
    generated: str
    reports: int
    entries: int
    bodies: int
    errors: int
    tables: list[SummaryTable] = field(default_factory=list)
    files: int = 0                  # files read as reports (renderings and copies included)
    skipped: int = 0                # files set aside as not annual reports or of a type not read

    def headline(self) -> str:
        files = f" (in {self.files} files)" if self.files != self.reports else ""
        return (f"{self.reports} reports{files}, {self.entries} entries, {self.bodies} bodies named; "
                f"files not read: {self.errors}; files skipped: {self.skipped}")

    def table(self, key: str) -> SummaryTable:
        return next(t for t in self.tables if t.key == key)


def _share(part: int, whole: int) -> float | None:
    return round(part / whole, 3) if whole else None


def verdict_table(reports: list[Report]) -> SummaryTable:
    counts = Counter(r.rec9.verdict for r in reports)
    rows = [(VERDICT_LABELS[v], counts[v], _share(counts[v], len(reports))) for v in VERDICTS]
    return SummaryTable("verdicts", "Recommendation 9 verdicts", ("Verdict", "Reports", "Share"),
                        rows, frozenset({2}))


def sector_table(reports: list[Report]) -> SummaryTable:
    by_sector: dict[str, Counter] = defaultdict(Counter)
    for r in reports:
        for e in r.recommendations:
            for sector in sectors_of(e) or [NO_BODY]:
                by_sector[sector][e.status] += 1
    order = {s: i for i, s in enumerate((*SECTORS, NO_BODY))}
    keys = sorted(by_sector, key=lambda s: (-sum(by_sector[s].values()), order.get(s, 99), s))
    rows = [(SECTOR_LABELS.get(s, s), sum(by_sector[s].values()),
             *(by_sector[s][st] for st in STATUSES)) for s in keys]
    return SummaryTable(
        "sectors", "Entries by sector of the responsible body, and status",
        ("Sector", "Entries", *(STATUS_LABELS[s] for s in STATUSES)), rows,
        note="An entry that names bodies of several sectors counts once in each.")


def status_table(reports: list[Report]) -> SummaryTable:
    counts = Counter(e.status for r in reports for e in r.recommendations)
    total = sum(counts.values())
    rows = [(STATUS_LABELS[s], counts[s], _share(counts[s], total)) for s in STATUSES]
    return SummaryTable("statuses", "Entries by status", ("Status", "Entries", "Share"),
                        rows, frozenset({2}))


def lscb_table(reports: list[Report]) -> SummaryTable:
    by_lscb: dict[str, list[Report]] = defaultdict(list)
    for r in reports:
        by_lscb[r.lscb or NO_LSCB].append(r)
    rows = []
    for lscb in sorted(by_lscb, key=str.casefold):
        group = by_lscb[lscb]
        entries = [e for r in group for e in r.recommendations]
        latest = max(group, key=lambda r: r.period or "")
        rows.append((
            lscb, len(group), len(entries),
            _share(sum(1 for e in entries if e.action), len(entries)),
            _share(sum(1 for e in entries if e.bodies), len(entries)),
            latest.period or NO_PERIOD, VERDICT_LABELS[latest.rec9.verdict],
        ))
    return SummaryTable(
        "lscbs", "By LSCB",
        ("LSCB", "Reports", "Entries", "With action", "With body", "Latest period",
         "Latest verdict"), rows, frozenset({3, 4}),
        note="With action / with body: share of the board's entries, over all its reports.")


def period_table(reports: list[Report]) -> SummaryTable:
    by_period: dict[str, list[Report]] = defaultdict(list)
    for r in reports:
        by_period[r.period or NO_PERIOD].append(r)
    rows = []
    for period in sorted(by_period):
        group = by_period[period]
        verdicts = Counter(r.rec9.verdict for r in group)
        rows.append((period, len(group), sum(len(r.recommendations) for r in group),
                     *(verdicts[v] for v in VERDICTS)))
    return SummaryTable("periods", "By reporting period",
                        ("Period", "Reports", "Entries", *(VERDICT_LABELS[v] for v in VERDICTS)),
                        rows)


REASON_QUOTE_CHARS = 220


def reason_table(reports: list[Report]) -> SummaryTable:
    """Each report's verdict with its reason in words and the monitoring quote, by board and period."""
    rows = []
    for r in sorted(reports, key=lambda r: ((r.lscb or NO_LSCB).casefold(), r.period or "")):
        rows.append((r.lscb or NO_LSCB, r.period or NO_PERIOD, VERDICT_LABELS[r.rec9.verdict],
                     verdict_reason(r.rec9, len(r.recommendations)),
                     textwrap.shorten(mechanism_quote(r), REASON_QUOTE_CHARS, placeholder=" \u2026\u201d")))
    return SummaryTable(
        "reasons", "Why each report has its verdict",
        ("LSCB", "Period", "Verdict", "Why", "Monitoring mechanism"), rows,
        note="Monitoring mechanism: how the report says the Board follows up SCR actions, "
             "in its words; the whole quote is on the Reports sheet.")


def summarise(result: RunResult) -> RunSummary:
    """Every summary table of a run, in the order they are shown."""
    reports = result.distinct_reports()  # a report in several renderings counts once
    return RunSummary(
        generated=result.generated, reports=len(reports), files=len(result.reports),
        skipped=len(result.skipped),
        entries=sum(len(r.recommendations) for r in reports),
        bodies=sum(len(e.bodies) for r in reports for e in r.recommendations),
        errors=len(result.errors),
        # The board tables go last: they are the ones that grow with the number of boards.
        tables=[verdict_table(reports), status_table(reports), sector_table(reports),
                period_table(reports), lscb_table(reports), reason_table(reports)],
    )


def format_value(value: object, percent: bool) -> str:
    """A cell as the terminal shows it: shares as whole percentages, missing values as a dash."""
    if value is None:
        return "–"
    if percent:
        return f"{value:.0%}"
    return str(value)


def render_text(summary: RunSummary) -> str:
    """The summary as plain-text tables for the terminal."""
    lines = [f"{summary.headline()} (generated {summary.generated})"]
    for t in summary.tables:
        if t.key == "reasons":
            lines += ["", t.title, "-" * len(t.title)]
            for board, period_, verdict, why, mechanism in t.rows:
                lines += [f"{board}, {period_}: {verdict}", f"  {why}", f"  Monitoring: {mechanism}"]
            continue
        cells = [list(t.headers)] + [
            [format_value(v, i in t.percent_columns) for i, v in enumerate(row)] for row in t.rows]
        widths = [max(len(r[i]) for r in cells) for i in range(len(t.headers))]
        lines += ["", t.title, "-" * len(t.title)]
        for n, row in enumerate(cells):
            lines.append("  ".join(c.ljust(w) if i == 0 else c.rjust(w)
                                   for i, (c, w) in enumerate(zip(row, widths))).rstrip())
            if n == 0:
                lines.append("  ".join("-" * w for w in widths))
        if not t.rows:
            lines.append("(none)")
        if t.note:
            lines.append(t.note)
    return "\n".join(lines)


def load_summary(path: str | Path) -> RunSummary:
    """The summary of a run saved as scr-extract/1 JSON; a bad file is one ReadError."""
    from .json import read_json

    try:
        return summarise(read_json(path))
    except FileNotFoundError:
        raise ReadError(NOT_FOUND) from None
    except (OSError, UnicodeDecodeError, ValueError, KeyError, TypeError) as exc:
        detail = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise ReadError(RESULTS_UNREADABLE.format(detail=detail)) from None
