"""A reviewed workbook read back: officials' verdicts and corrections become gold and figures.

An official marks each entry of the Recommendations sheet correct, wrong or edited
(typing the right value over a wrong cell), adds the entries the tool missed as rows
marked added, and sets `Review complete` on the Reports sheet once a report is done
(the About sheet's "How to review"). This module reads that back:

- `read_reviewed(path)` checks every reviewer cell and every edited cell against the
  contract (a verdict word, a status, a sector of the taxonomy, a due date) and
  returns the reports with their entries as reviewed and as extracted (the very
  hidden Extracted sheet); a problem is one line naming sheet, row and column;
- `gold_of(report)` is the gold file of a complete report, in the shape of the
  corpus gold (docs/annotation-guidelines.md), with the file's SHA-256;
- `write_gold(workbook, folder)` writes them all or nothing;
- `review_table(...)` gives the figures a team wants: entries reviewed and the share
  correct, precision over reviewed entries, recall where a report is complete, and
  status and bodies accuracy among edited entries, by format and by producer.
"""
from __future__ import annotations

import json
import os
import re
import shutil
import tempfile
import zipfile
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from ..assess import assess
from ..renderings import strip_producer_tag
from ..report import SECTORS, STAGES, STATUSES, Recommendation, ResponsibleBody
from .labels import SECTOR_LABELS, STAGE_LABELS, STATUS_LABELS
from .review import (
    COMPLETE_HEADER, EXTRACTED_FIELDS, EXTRACTED_SHEET, KEY_HEADER, VERDICT_HEADER, hashes_of,
    input_files,
)
from .summary import SummaryTable

VERDICTS = ("correct", "wrong", "edited", "added")
#: The columns of an entry a reviewer may type over, and the gold field each one fills.
ENTRY_CELLS = {"SCR": "scr", "No.": "number", "Recommendation": "text", "Action": "action",
               "Bodies": "bodies", "Sectors": "sectors", "Status": "status", "Due": "due",
               "Evidence": "evidence"}
REPORT_CELLS = ("Report", "LSCB", "Period", "Format", "Pages", "SCR names", "Monitoring mechanism",
                "Mechanism evidence", "Same report as", COMPLETE_HEADER)
GOLD_SUFFIX = ".gold.json"
DUE = re.compile(r"^[0-9]{4}(-[0-9]{2})?$")
QUOTED = re.compile(r"^yes: \u201c(.*)\u201d(?: \((?:p\.|\u00b6) \d+\))?$", re.S)
SCR_STAGE = re.compile(r"^(.*) \(([^()]*)\)$", re.S)
FORMAT_SUFFIXES = (".pdf", ".docx", ".html", ".htm", ".md", ".txt")

# The one-line problems a reviewed workbook can have (stable strings, one place).
NOT_A_WORKBOOK = "{path}: cannot be read as a workbook ({detail})"
FOREIGN = "{path}: not a workbook written by scr-extract ({detail})"
AT = "{path}: sheet {sheet}, row {row}, column {column}: {problem}"
BAD_VERDICT = "'{value}' is not a verdict (one of: correct, wrong, edited, added)"
BAD_STATUS = "'{value}' is not a status (one of: Completed, In progress, Not started, Unknown)"
BAD_SECTOR = "sector '{value}' is not in the taxonomy (one of: {choices})"
BAD_DUE = "'{value}' is not a due date (a year, 2016, or a month, 2016-03)"
BAD_COMPLETE = "'{value}' is not yes or no"
BAD_MECHANISM = "'{value}' is not yes or no"
NO_QUOTE = "the monitoring mechanism is yes but Mechanism evidence quotes nothing"
NOT_AN_INPUT = "'{value}' is not a file the About sheet's Inputs list"
UNKNOWN_REPORT = "'{value}' is not a report on the Reports sheet"
NO_KEY = "empty: a row you added needs the verdict added"
UNKNOWN_KEY = "Review key '{value}' is not an entry of this workbook"
NO_VERDICT = "no verdict, but its report {report} is marked Review complete"
SECTORS_DONT_FIT = ("{bodies} bodies and {sectors} sectors: give one sector per body, "
                    "in order, or one for all")
NO_TEXT = "an entry needs a Recommendation or an Action"
SAME_NAME = ("warning: {name}: {file} is another file of a report already written; "
             "its review gives no second gold file")
WRITE_FAILED = "{path}: cannot write the gold files ({detail}); nothing was written"


class ReviewImportError(Exception):
    """A reviewed workbook that cannot become gold; str(err) is one line."""


@dataclass
class ReviewedEntry:
    row: int
    verdict: str | None
    entry: Recommendation               # as the workbook now says (id, page, confidence unset)
    extracted: dict | None = None       # as extracted (the Extracted sheet, codes); None if added
    cells_edited: int = 0


@dataclass
class ReviewedReport:
    file: str                            # the file name on the Reports sheet
    sha256: str | None
    format: str | None
    pages: int | None
    lscb: str | None
    period: str | None
    scrs: list[dict]
    mechanism_evidence: str | None
    complete: bool
    entries: list[ReviewedEntry] = field(default_factory=list)

    @property
    def name(self) -> str:
        """The report's name, as its gold file is named (file name without format or producer tag)."""
        name = self.file
        for suffix in FORMAT_SUFFIXES:
            if name.lower().endswith(suffix):
                name = name[:-len(suffix)]
                break
        return strip_producer_tag(name)

    @property
    def producer(self) -> str:
        return producer_of_file(self.file, self.format)

    def reviewed(self) -> bool:
        return self.complete or any(e.verdict for e in self.entries)


def producer_of_file(file: str, fmt: str | None) -> str:
    """Who made a file, as far as the workbook tells: its format, and for a rendering the
    producer tag of its name (NAME.chromium.pdf: PDF (chromium))."""
    stem = file[:-len(Path(file).suffix)] if Path(file).suffix else file
    tag = stem[len(strip_producer_tag(stem)):].lstrip(".")
    kind = (fmt or "?").upper()
    return f"{kind} ({tag})" if tag else kind


@dataclass
class ReviewedWorkbook:
    path: Path
    reports: list[ReviewedReport]
    warnings: list[str] = field(default_factory=list)

    def counts(self) -> Counter:
        return Counter(e.verdict or "none" for r in self.reports for e in r.entries)

    def cells_edited(self) -> int:
        return sum(e.cells_edited for r in self.reports for e in r.entries)

    def complete(self) -> list[ReviewedReport]:
        return [r for r in self.reports if r.complete]

    def describe(self) -> str:
        """What was read, in one paragraph: reports, entries by verdict, cells edited."""
        n = self.counts()
        reviewed = [r for r in self.reports if r.reviewed()]
        return (f"Read {self.path.name}: {len(self.reports)} reports, {len(reviewed)} reviewed "
                f"({len(self.complete())} marked complete); entries: "
                + ", ".join(f"{n[v]} {v}" for v in VERDICTS)
                + f", {n['none']} without a verdict; {self.cells_edited()} cells edited.")


# --- reading -----------------------------------------------------------------------------

def _text(value: object) -> str | None:
    """A cell as text, whitespace normalised as the guidelines ask; empty is None."""
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = " ".join(str(value).split())
    return text or None


def _choice(value: object, words: dict[str, str]) -> str | None:
    """The code for a label or a code typed in any case; None when it is neither."""
    text = _text(value)
    return None if text is None else words.get(text.casefold())


def _words(labels: dict[str, str], codes: tuple[str, ...]) -> dict[str, str]:
    return {**{c.casefold(): c for c in codes}, **{v.casefold(): k for k, v in labels.items()}}


STATUS_WORDS = _words(STATUS_LABELS, STATUSES)
SECTOR_WORDS = _words(SECTOR_LABELS, SECTORS)
STAGE_WORDS = _words(STAGE_LABELS, STAGES)


def _split(value: object) -> list[str]:
    text = _text(value)
    return [p.strip() for p in text.split(";") if p.strip()] if text else []


def _due(value: object) -> str | None:
    # Excel turns a typed 2016-03 into a date: the month is what was meant.
    if isinstance(value, (datetime, date)):
        return f"{value.year:04d}-{value.month:02d}"
    return _text(value)


class _Sheet:
    """The rows of one sheet by header, with errors that say where."""

    def __init__(self, path: Path, wb, name: str, needed: tuple[str, ...]):
        if name not in wb.sheetnames:
            raise ReviewImportError(FOREIGN.format(path=path, detail=f"no sheet '{name}'"))
        self.path, self.name = path, name
        rows = wb[name].iter_rows(values_only=True)
        self.header = [str(h) if h is not None else "" for h in next(rows, ())]
        missing = [h for h in needed if h not in self.header]
        if missing:
            raise ReviewImportError(FOREIGN.format(
                path=path, detail=f"sheet '{name}' has no column '{missing[0]}'"))
        self.col = {h: i for i, h in enumerate(self.header) if h}
        self.rows = [(n, row) for n, row in enumerate(rows, 2)
                     if any(v not in (None, "") for v in row)]

    def get(self, row: tuple, header: str) -> object:
        i = self.col.get(header)
        return row[i] if i is not None and i < len(row) else None

    def error(self, row: int, header: str, problem: str) -> ReviewImportError:
        return ReviewImportError(AT.format(path=self.path, sheet=self.name, row=row,
                                           column=header, problem=problem))


def read_reviewed(path: str | Path) -> ReviewedWorkbook:
    """Every report of a reviewed workbook with its entries as reviewed and as extracted.
    Raises ReviewImportError (one line) on a workbook that is not ours or a cell that breaks
    the contract."""
    import openpyxl

    path = Path(path)
    try:
        wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (OSError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        detail = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise ReviewImportError(NOT_A_WORKBOOK.format(path=path, detail=detail)) from None
    try:
        if "About" not in wb.sheetnames:
            raise ReviewImportError(FOREIGN.format(path=path, detail="no sheet 'About'"))
        inputs = input_files(wb["About"])
        reports_sheet = _Sheet(path, wb, "Reports", REPORT_CELLS)
        recs = _Sheet(path, wb, "Recommendations",
                      ("Report", VERDICT_HEADER, KEY_HEADER, *ENTRY_CELLS))
        extracted = _Sheet(path, wb, EXTRACTED_SHEET, EXTRACTED_FIELDS)
    finally:
        wb.close()
    reports, by_file = _reports(reports_sheet, inputs)
    originals = {str(extracted.get(row, KEY_HEADER)): {f: extracted.get(row, f) for f in EXTRACTED_FIELDS}
                 for _, row in extracted.rows}
    for n, row in recs.rows:
        report = _report_of(recs, n, row, by_file, reports)
        report.entries.append(_entry(recs, n, row, originals))
    for report in reports:
        if report.complete:
            for e in report.entries:
                if not e.verdict:
                    raise recs.error(e.row, VERDICT_HEADER, NO_VERDICT.format(report=report.file))
    return ReviewedWorkbook(path, reports)


def _reports(sheet: _Sheet, inputs: list[tuple[str, str | None]]):
    """The reports (one per report, renderings and copies folded in) and, by file name, the
    reports their files belong to."""
    reports, by_file = [], {}
    names = [_text(sheet.get(row, "Report")) or "" for _, row in sheet.rows]
    shas = hashes_of(names, inputs)
    for (n, row), name, sha in zip(sheet.rows, names, shas):
        if sha is None:
            raise sheet.error(n, "Report", NOT_AN_INPUT.format(value=name))
        same = _text(sheet.get(row, "Same report as"))
        if same:
            by_file.setdefault(name, []).append(None)   # resolved below, once all are read
            continue
        complete = sheet.get(row, COMPLETE_HEADER)
        flag = _choice(complete, {"yes": "yes", "no": "no", "true": "yes", "false": "no"})
        if complete not in (None, "") and flag is None:
            raise sheet.error(n, COMPLETE_HEADER, BAD_COMPLETE.format(value=complete))
        report = ReviewedReport(
            file=name, sha256=sha, format=_text(sheet.get(row, "Format")),
            pages=sheet.get(row, "Pages") if isinstance(sheet.get(row, "Pages"), int) else None,
            lscb=_text(sheet.get(row, "LSCB")), period=_text(sheet.get(row, "Period")),
            scrs=_scrs(sheet.get(row, "SCR names")),
            mechanism_evidence=_mechanism(sheet, n, row), complete=flag == "yes")
        reports.append(report)
        by_file.setdefault(name, []).append(report)
    for (n, row), file in zip(sheet.rows, names):
        same = _text(sheet.get(row, "Same report as"))
        if same:
            target = same.removeprefix("same report as ").split(" (read alone")[0]
            chosen = [r for r in by_file.get(target, []) if r is not None]
            by_file[file] = [r for r in by_file[file] if r is not None] + chosen[:1]
    return reports, by_file


def _scrs(value: object) -> list[dict]:
    out = []
    for part in _split(value):
        m = SCR_STAGE.match(part)
        stage = STAGE_WORDS.get(m.group(2).casefold()) if m else None
        out.append({"name": m.group(1) if stage else part, "stage": stage, "page": None})
    return out


def _mechanism(sheet: _Sheet, n: int, row: tuple) -> str | None:
    """The quote that shows how the board monitors SCR actions; None when there is none."""
    flag = _text(sheet.get(row, "Monitoring mechanism"))
    if flag is None or flag.casefold() == "no":
        return None
    if flag.casefold() != "yes":
        raise sheet.error(n, "Monitoring mechanism", BAD_MECHANISM.format(value=flag))
    cell = sheet.get(row, "Mechanism evidence")
    raw = str(cell).strip() if cell is not None else ""
    m = QUOTED.match(raw)
    quote = _text(m.group(1) if m else None if raw.casefold().startswith("no:") else raw)
    if quote is None:
        raise sheet.error(n, "Mechanism evidence", NO_QUOTE)
    return quote


def _report_of(sheet: _Sheet, n: int, row: tuple, by_file: dict, reports: list) -> ReviewedReport:
    name = _text(sheet.get(row, "Report"))
    found = [r for r in by_file.get(name or "", []) if r is not None]
    if not found:
        raise sheet.error(n, "Report", UNKNOWN_REPORT.format(value=name or ""))
    if len(found) > 1:   # two files of one name in different folders: the key says which
        key = _text(sheet.get(row, KEY_HEADER)) or ""
        found = [r for r in found if r.sha256 and key.startswith(r.sha256[:16])] or found
    return found[0]


def _entry(sheet: _Sheet, n: int, row: tuple, originals: dict) -> ReviewedEntry:
    raw_verdict = sheet.get(row, VERDICT_HEADER)
    verdict = _choice(raw_verdict, {v: v for v in VERDICTS})
    if raw_verdict not in (None, "") and verdict is None:
        raise sheet.error(n, VERDICT_HEADER, BAD_VERDICT.format(value=_text(raw_verdict)))
    original = None
    if verdict != "added":
        key = _text(sheet.get(row, KEY_HEADER))
        if key is None:
            raise sheet.error(n, KEY_HEADER, NO_KEY)
        original = originals.get(key)
        if original is None:
            raise sheet.error(n, KEY_HEADER, UNKNOWN_KEY.format(value=key))
    cells = {f: sheet.get(row, h) for h, f in ENTRY_CELLS.items()}
    status_cell = _text(cells["status"])
    status = _choice(status_cell, STATUS_WORDS) if status_cell else "unknown"
    if status is None:
        raise sheet.error(n, "Status", BAD_STATUS.format(value=status_cell))
    sectors = []
    for part in _split(cells["sectors"]):
        code = SECTOR_WORDS.get(part.casefold())
        if code is None:
            raise sheet.error(n, "Sectors", BAD_SECTOR.format(
                value=part, choices=", ".join(SECTOR_LABELS.values())))
        sectors.append(code)
    names = _split(cells["bodies"])
    bodies = _bodies(sheet, n, names, sectors, original)
    due = _due(cells["due"])
    if due is not None and not DUE.match(due):
        raise sheet.error(n, "Due", BAD_DUE.format(value=due))
    entry = Recommendation(
        id="", scr=_text(cells["scr"]), number=_text(cells["number"]), text=_text(cells["text"]),
        action=_text(cells["action"]), bodies=bodies, status=status, due=due, page=None,
        evidence=_text(cells["evidence"]), confidence=1.0)
    if verdict in ("correct", "edited", "added") and not (entry.text or entry.action):
        raise sheet.error(n, "Recommendation", NO_TEXT)
    reviewed = ReviewedEntry(n, verdict, entry, original)
    if original is not None:
        reviewed.cells_edited = _cells_edited(entry, original)
    return reviewed


def _bodies(sheet: _Sheet, n: int, names: list[str], sectors: list[str],
            original: dict | None) -> list[ResponsibleBody]:
    """Bodies with their sectors: one sector per body in order, or one for all; the Sectors
    column the tool writes names each sector once, so an unedited cell takes the sectors the
    tool gave each body."""
    if len(sectors) == len(names):
        return [ResponsibleBody(b, s) for b, s in zip(names, sectors)]
    if len(sectors) == 1 and names:
        return [ResponsibleBody(b, sectors[0]) for b in names]
    if original is not None:
        was_names, was_sectors = _split(original["Bodies"]), _split(original["Sectors"])
        if was_names == names and list(dict.fromkeys(was_sectors)) == sectors:
            return [ResponsibleBody(b, s) for b, s in zip(names, was_sectors)]
    raise sheet.error(n, "Sectors", SECTORS_DONT_FIT.format(bodies=len(names), sectors=len(sectors)))


def _cells_edited(entry: Recommendation, original: dict) -> int:
    """How many of the entry's cells differ from the tool's (Bodies and Sectors one each)."""
    now = (entry.scr, entry.number, entry.text, entry.action, [b.name for b in entry.bodies],
           list(dict.fromkeys(b.sector for b in entry.bodies)), entry.status, entry.due,
           entry.evidence)
    was = (_text(original["SCR"]), _text(original["No."]), _text(original["Recommendation"]),
           _text(original["Action"]), _split(original["Bodies"]),
           list(dict.fromkeys(_split(original["Sectors"]))), _text(original["Status"]) or "unknown",
           _text(original["Due"]), _text(original["Evidence"]))
    return sum(a != b for a, b in zip(now, was))


# --- gold ---------------------------------------------------------------------------------

def gold_of(report: ReviewedReport) -> dict:
    """The gold file of a reviewed report: its entries marked correct, edited or added, in the
    sheet's order, in the shape of the corpus gold (the verdict recomputed from them)."""
    entries = []
    for i, e in enumerate((e for e in report.entries if e.verdict in ("correct", "edited", "added")), 1):
        entry = e.entry
        entries.append({
            "id": f"{report.name}-r{i:02d}", "scr": entry.scr, "number": entry.number,
            "text": entry.text, "action": entry.action,
            "bodies": [{"name": b.name, "sector": b.sector} for b in entry.bodies],
            "status": entry.status, "due": entry.due, "page": None, "evidence": entry.evidence,
            "confidence": 1.0,
        })
    rec9 = assess([e.entry for e in report.entries if e.verdict in ("correct", "edited", "added")],
                  bool(report.scrs), report.mechanism_evidence)
    rec9_dict = {k: getattr(rec9, k) for k in (
        "scrs_reported", "recommendations_listed", "actions_reported", "bodies_named",
        "monitoring_mechanism", "mechanism_evidence", "verdict")}
    return {"source": report.name, "sha256": report.sha256, "format": report.format,
            "pages": report.pages, "lscb": report.lscb, "period": report.period,
            "scrs": report.scrs, "recommendations": entries, "rec9": rec9_dict}


def write_gold(reviewed: ReviewedWorkbook, folder: str | Path) -> list[Path]:
    """Writes `<name>.gold.json` for every report marked complete into `folder`: first into a
    temporary folder beside it, then moved in, so a failure leaves nothing half-written."""
    folder = Path(folder)
    written = []
    try:
        folder.parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=f".{folder.name}.", dir=folder.parent))
        try:
            for report in reviewed.complete():
                target = tmp / f"{report.name}{GOLD_SUFFIX}"
                if target.exists():
                    # two files the tool did not know for one report, each reviewed: the first
                    # (in the Reports sheet's order) gives the gold
                    reviewed.warnings.append(SAME_NAME.format(name=report.name, file=report.file))
                    continue
                target.write_text(json.dumps(gold_of(report), indent=1, ensure_ascii=False) + "\n",
                                  encoding="utf-8")
                written.append(folder / target.name)
            folder.mkdir(exist_ok=True)
            for path in sorted(tmp.iterdir()):
                os.replace(path, folder / path.name)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
    except OSError as exc:
        raise ReviewImportError(WRITE_FAILED.format(path=folder, detail=exc.strerror or exc)) from None
    return written


def import_review(workbook: str | Path, gold_out: str | Path) -> tuple[ReviewedWorkbook, list[Path]]:
    """Reads a reviewed workbook and writes the gold of its complete reports."""
    reviewed = read_reviewed(workbook)
    return reviewed, write_gold(reviewed, gold_out)


# --- figures ------------------------------------------------------------------------------

@dataclass
class Judged:
    """One reviewer verdict with what the figures need."""

    format: str
    producer: str
    verdict: str
    complete: bool                      # its report is marked complete
    status_right: bool | None = None    # edited entries: was the tool's status kept?
    bodies_right: bool | None = None    # edited entries: were the tool's sectors kept?


def judged(reviewed: ReviewedWorkbook) -> list[Judged]:
    out = []
    for r in reviewed.reports:
        for e in r.entries:
            if not e.verdict:
                continue
            j = Judged(r.format or "?", r.producer, e.verdict, r.complete)
            if e.verdict == "edited" and e.extracted is not None:
                j.status_right = (_text(e.extracted["Status"]) or "unknown") == e.entry.status
                j.bodies_right = (set(_split(e.extracted["Sectors"]))
                                  == {b.sector for b in e.entry.bodies})
            out.append(j)
    return out


def carried_judgements(result, placed: dict, gone: list, complete: dict) -> list[Judged]:
    """The verdicts a rerun carries over (export.review), judged against this run's entries,
    for the Review block of the Summary sheet: an edited entry's status and sectors are
    compared as the reviewed workbook showed them."""
    from .review import entry_keys
    from .rows import file_name, sectors_of

    out = []
    for r in result.distinct_reports():
        done = _choice(complete.get(r.source), {"yes": "yes", "true": "yes"}) == "yes"
        fmt, producer = r.format, producer_of_file(file_name(r.source), r.format)
        for e, key in zip(r.recommendations, entry_keys(r)):
            review = placed.get(key)
            verdict = _choice(review.verdict, {v: v for v in VERDICTS}) if review else None
            if verdict in (None, "added"):
                continue
            j = Judged(fmt, producer, verdict, done)
            if verdict == "edited":
                status = _choice(review.context.get("Status"), STATUS_WORDS)
                sectors = {SECTOR_WORDS.get(s.casefold()) for s in _split(review.context.get("Sectors"))}
                j.status_right = status == e.status if status else None
                j.bodies_right = sectors == set(sectors_of(e))
            out.append(j)
        name = file_name(r.source)
        out += [Judged(fmt, producer, "added", done) for g in gone
                if g.context.get("Report") == name and _choice(g.verdict, {"added": "added"})]
    return out


REVIEW_HEADERS = ("Group", "Entries reviewed", "Correct", "Precision", "Recall (complete reports)",
                  "Edited", "Status right (edited)", "Bodies right (edited)")


def _ratio(part: int, whole: int) -> float | None:
    return round(part / whole, 3) if whole else None


def _figures(label: str, items: list[Judged]) -> tuple:
    n = Counter(j.verdict for j in items)
    reviewed = n["correct"] + n["wrong"] + n["edited"]
    complete = Counter(j.verdict for j in items if j.complete)
    found = complete["correct"] + complete["edited"]
    edited = [j for j in items if j.verdict == "edited" and j.status_right is not None]
    return (label, reviewed, _ratio(n["correct"], reviewed),
            _ratio(n["correct"] + n["edited"], reviewed), _ratio(found, found + complete["added"]),
            n["edited"], _ratio(sum(j.status_right for j in edited), len(edited)),
            _ratio(sum(j.bodies_right for j in edited), len(edited)))


def review_table(items: list[Judged]) -> SummaryTable:
    """The review figures, for all entries, by format and by producer."""
    rows = [_figures("All reviewed entries", items)]
    for attr, prefix in (("format", "Format"), ("producer", "Producer")):
        for value in sorted({getattr(j, attr) for j in items}):
            rows.append(_figures(f"{prefix}: {value}", [j for j in items if getattr(j, attr) == value]))
    return SummaryTable(
        "review", "Review: how the tool did on the entries officials checked", REVIEW_HEADERS,
        rows, frozenset({2, 3, 4, 6, 7}),
        note="Precision: correct or edited among entries reviewed. Recall: entries found among "
             "those of reports marked Review complete (found + added). Status and bodies right: "
             "edited entries whose status / sectors the reviewer kept.")


def format_review_table(table: SummaryTable) -> str:
    """The review figures as text that fits 100 columns."""
    widths = (28, 9, 8, 10, 10, 7, 8, 8)
    short = ("", "Reviewed", "Correct", "Precision", "Recall", "Edited", "Status", "Bodies")
    lines = [table.title, "  ".join(h.rjust(w) if i else h.ljust(w) for i, (h, w) in enumerate(zip(short, widths)))]
    for row in table.rows:
        cells = []
        for i, (v, w) in enumerate(zip(row, widths)):
            text = ("-" if v is None else f"{v:.0%}" if i in table.percent_columns else str(v))
            cells.append(text[:w].ljust(w) if i == 0 else text.rjust(w))
        lines.append("  ".join(cells))
    return "\n".join(lines + [table.note or ""])
