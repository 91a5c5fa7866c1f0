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

from .labels import SECTOR_LABELS, STATUS_LABELS, VERDICT_LABELS  # noqa: F401 (re-exported)

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
REVIEW_NOTE = ("These figures are machine output until reviewed: scr-extract read the reports; "
               "an official has not yet checked them.")


def board_year_table(reports: list[Report]) -> SummaryTable | None:
    """Boards with reports of several years: each year's verdict and share of entries
    completed, one row per board, one column per year; None when no board has two years."""
    by_board: dict[str, dict[str, Report]] = defaultdict(dict)
    for r in reports:
        by_board[r.lscb or NO_LSCB][r.period or NO_PERIOD] = r
    several = {b: years for b, years in by_board.items() if len(years) >= 2}
    if not several:
        return None
    periods = sorted({p for years in several.values() for p in years})
    rows = []
    for board in sorted(several, key=str.casefold):
        cells = []
        for p in periods:
            r = several[board].get(p)
            if r is None:
                cells.append(None)
                continue
            done = _share(sum(1 for e in r.recommendations if e.status == "completed"),
                          len(r.recommendations))
            verdict = VERDICT_LABELS[r.rec9.verdict]
            cells.append(verdict if done is None else f"{verdict}, {done:.0%} completed")
        rows.append((board, *cells))
    return SummaryTable(
        "board_years", "Boards over the years", ("LSCB", *periods), rows,
        note="Each year: the recommendation 9 verdict, and the share of that report's entries "
             "whose status is completed.")


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
        tables=[t for t in (verdict_table(reports), status_table(reports), sector_table(reports),
                            period_table(reports), board_year_table(reports), lscb_table(reports),
                            reason_table(reports)) if t is not None],
    )


def format_value(value: object, percent: bool) -> str:
    """A cell as the terminal shows it: shares as whole percentages, missing values as a dash."""
    if value is None:
        return "–"
    if percent:
        return f"{value:.0%}"
    return str(value)


TEXT_WIDTH = 80
MIN_FIRST = 18


def _cells(t: SummaryTable) -> list[list[str]]:
    return [list(t.headers)] + [
        [format_value(v, i in t.percent_columns) for i, v in enumerate(row)] for row in t.rows]


def _shorten(text: str, width: int) -> str:
    return text if len(text) <= width else text[:width - 1] + "\u2026"


def _text_table(t: SummaryTable, width: int) -> list[str]:
    """A table within `width` columns: the first column is shortened when that is enough,
    otherwise each row becomes a line of its own and a wrapped line of its figures."""
    cells = _cells(t)
    widths = [max(len(r[i]) for r in cells) for i in range(len(t.headers))]
    rest = sum(widths[1:]) + 2 * (len(widths) - 1)
    if rest + min(MIN_FIRST, widths[0]) <= width:
        widths[0] = min(widths[0], width - rest)
        lines = []
        for n, row in enumerate(cells):
            row = [_shorten(row[0], widths[0])] + row[1:]
            lines.append("  ".join(c.ljust(w) if i == 0 else c.rjust(w)
                                   for i, (c, w) in enumerate(zip(row, widths))).rstrip())
            if n == 0:
                lines.append("  ".join("-" * w for w in widths))
        return lines
    lines = []
    for row in cells[1:]:
        lines.append(row[0])
        figures = "; ".join(f"{h} {v}" for h, v in zip(t.headers[1:], row[1:]) if v != "\u2013")
        lines += textwrap.wrap(figures, width, initial_indent="  ", subsequent_indent="  ")
    return lines


def render_text(summary: RunSummary, width: int = TEXT_WIDTH) -> str:
    """The summary as plain text for the terminal or a discussion paper, `width` columns wide."""
    wrap = lambda text, indent="": textwrap.wrap(text, width, initial_indent=indent,  # noqa: E731
                                                 subsequent_indent=indent)
    lines = wrap(f"{summary.headline()} (generated {summary.generated}).") + wrap(REVIEW_NOTE)
    for t in summary.tables:
        lines += ["", t.title, "-" * len(t.title)]
        if t.key == "reasons":
            # the monitoring quotes stay in the workbook, the markdown and the CSV: here the
            # reason says whether a mechanism was found, in a paper's length
            for board, period_, verdict, why, _ in t.rows:
                lines += wrap(f"{board}, {period_}: {why}")
        else:
            lines += _text_table(t, width)
        if not t.rows:
            lines.append("(none)")
        if t.note:
            lines += wrap(t.note)
    return "\n".join(lines)


def _md(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def render_markdown(summary: RunSummary) -> str:
    """The summary as Markdown: headings, pipe tables and the review note, for a paper."""
    lines = [f"# SCR recommendations and recommendation 9: summary", "",
             f"{summary.headline()} (generated {summary.generated}).", "", f"*{REVIEW_NOTE}*"]
    for t in summary.tables:
        cells = _cells(t)
        numeric = [i > 0 and all(isinstance(r[i], (int, float)) or r[i] is None for r in t.rows)
                   for i in range(len(t.headers))]
        lines += ["", f"## {t.title}", ""]
        lines.append("| " + " | ".join(_md(h) for h in cells[0]) + " |")
        lines.append("|" + "|".join("---:" if n else "---" for n in numeric) + "|")
        lines += ["| " + " | ".join(_md(c) for c in row) + " |" for row in cells[1:]]
        if t.note:
            lines += ["", t.note]
    return "\n".join(lines)


def render_csv(summary: RunSummary) -> str:
    """The summary tables as CSV, one after another: each starts with a row naming the
    table, then its header row; a blank row between tables. Shares are fractions."""
    import csv
    import io

    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["note", REVIEW_NOTE])
    writer.writerow(["generated", summary.generated])
    for t in summary.tables:
        writer.writerow([])
        writer.writerow(["table", t.title])
        writer.writerow(t.headers)
        writer.writerows(["" if v is None else v for v in row] for row in t.rows)
    return out.getvalue().rstrip("\n")


RENDERERS = {"text": render_text, "markdown": render_markdown, "csv": render_csv}


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
