"""Reviewers' work carried from the workbook being replaced to the new one.

Officials write a verdict and a note beside each entry. A rerun must never lose
them, so each entry has a stable key: the SHA-256 of the file it came from and its
place in the report (SCR, number and the opening words of its text or action, with
a count for repeats), which holds when entries are added, dropped or reordered.
Before writing, the old workbook's reviewer cells are read by key; each goes back
beside the same entry (found through any file of the same report, so a PDF added
beside a reviewed DOCX keeps the review), and those whose entry is gone move to
the `Review carried over` sheet, where they stay on every later run until their
entry comes back.
"""
from __future__ import annotations

import hashlib
import re
import zipfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from ..report import Report, RunResult

KEY_HEADER = "Review key"
VERDICT_HEADER = "Reviewer verdict"
NOTE_HEADER = "Reviewer note"
CARRIED_SHEET = "Review carried over"
COMPLETE_HEADER = "Review complete"
CARRIED_FIELDS = ("Report", "SCR", "No.", "Recommendation", "Action", "Status", "Sectors")
#: A very hidden sheet with each entry as extracted (codes, not words), so that the cells a
#: reviewer edited in place can be told from the tool's (export.reviewed)
EXTRACTED_SHEET = "Extracted"
EXTRACTED_FIELDS = ("Review key", "SCR", "No.", "Recommendation", "Action", "Bodies", "Sectors",
                    "Status", "Due", "Evidence")
INPUTS_HEADERS = ("File", "Source", "Format", "Pages", "SHA-256")
PLACE_CHARS = 80


class ReviewReadError(Exception):
    """The workbook to be replaced cannot be read; str(err) is one line."""


@dataclass
class Review:
    key: str | None
    verdict: object
    note: object
    context: dict[str, object]      # the entry as the old workbook showed it (CARRIED_FIELDS)
    reason: str | None = None       # why it was carried over, on the old workbook's list


def _place(scr: str | None, number: str | None, text: str | None) -> str:
    words = re.sub(r"[^a-z0-9]+", " ", (text or "").casefold()).strip()[:PLACE_CHARS]
    raw = "|".join((" ".join((scr or "").casefold().split()), (number or "").strip().casefold(), words))
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()[:12]


def entry_places(report: Report) -> list[str]:
    """The place of each entry of a report, unique within it (repeats numbered in order)."""
    seen: Counter = Counter()
    places = []
    for e in report.recommendations:
        place = _place(e.scr, e.number, e.text or e.action)
        seen[place] += 1
        places.append(place if seen[place] == 1 else f"{place}.{seen[place]}")
    return places


def key_of(sha256: str, place: str) -> str:
    return f"{sha256[:16]}:{place}"


def entry_keys(report: Report) -> list[str]:
    return [key_of(report.sha256, p) for p in entry_places(report)]


def read_reviews(path: str | Path) -> list[Review]:
    """Every row with a reviewer verdict or note in the workbook at `path` (none if it does
    not exist), from its Recommendations and Review carried over sheets."""
    import openpyxl

    path = Path(path)
    if not path.exists():
        return []
    try:
        wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (OSError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        detail = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise ReviewReadError(f"{path} exists but cannot be read as a workbook ({detail}); "
                              "its reviewer columns would be lost: move it away or choose another -o") from None
    reviews = []
    try:
        for name in ("Recommendations", CARRIED_SHEET):
            if name in wb.sheetnames:
                reviews += _sheet_reviews(wb[name])
    finally:
        wb.close()
    return reviews


def read_completed(path: str | Path) -> dict[str, object]:
    """`Review complete` of each report of the workbook at `path`, by the SHA-256 of its file
    (none if the workbook does not exist or has no such column)."""
    import openpyxl

    path = Path(path)
    if not path.exists():
        return {}
    try:
        wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (OSError, zipfile.BadZipFile, KeyError, ValueError):
        return {}   # read_reviews has said why already
    try:
        if "Reports" not in wb.sheetnames or "About" not in wb.sheetnames:
            return {}
        rows = list(wb["Reports"].iter_rows(values_only=True))
        header = list(rows[0]) if rows else []
        if COMPLETE_HEADER not in header:
            return {}
        col, name = header.index(COMPLETE_HEADER), header.index("Report")
        shas = hashes_of([str(row[name]) for row in rows[1:]], input_files(wb["About"]))
        return {sha: row[col] for sha, row in zip(shas, rows[1:])
                if sha and col < len(row) and row[col] not in (None, "")}
    finally:
        wb.close()


def input_files(about) -> list[tuple[str, str | None]]:
    """(file name, SHA-256) of each file read as a report, from the About sheet's Inputs table,
    in the order of the Reports sheet (files not read come after, without a hash)."""
    out, inside = [], False
    for row in about.iter_rows(values_only=True):
        if not inside:
            inside = tuple(row[:len(INPUTS_HEADERS)]) == INPUTS_HEADERS
            continue
        if not row or row[0] is None:
            break
        if row[2] != "not read":
            out.append((str(row[0]), row[4]))
    return out


def hashes_of(names: list[str], inputs: list[tuple[str, str | None]]) -> list[str | None]:
    """The SHA-256 of the file of each Reports row, by its file name (a reviewer may have sorted
    the sheet); files of one name in several folders are taken in the order the About sheet
    lists them. None for a name the About sheet does not list."""
    by_name: dict[str, list] = {}
    for file, sha in inputs:
        by_name.setdefault(file, []).append(sha)
    return [by_name[n].pop(0) if by_name.get(n) else None for n in names]


def carry_completed(result: RunResult, completed: dict[str, object]) -> dict[str, object]:
    """`Review complete` of each report of this run (by source), found through the hash of any
    of its files: a report whose file changed is not complete any more."""
    out = {}
    for r in result.reports:
        chosen = r.same_report_as or r.source
        if r.sha256 in completed:
            out.setdefault(chosen, completed[r.sha256])
    return out


def _sheet_reviews(ws) -> list[Review]:
    rows = ws.iter_rows(values_only=True)
    header = [str(h) if h is not None else "" for h in next(rows, ())]
    if VERDICT_HEADER not in header:
        return []
    col = {h: i for i, h in enumerate(header)}
    out = []
    for row in rows:
        get = lambda h: row[col[h]] if h in col and col[h] < len(row) else None  # noqa: E731
        verdict, note = get(VERDICT_HEADER), get(NOTE_HEADER)
        if verdict in (None, "") and note in (None, ""):
            continue
        out.append(Review(get(KEY_HEADER) or None, verdict, note,
                          {f: get(f) for f in CARRIED_FIELDS}, get("Why carried over")))
    return out


def carry_reviews(result: RunResult, reviews: list[Review]) -> tuple[dict[str, Review], list[Review]]:
    """(reviews by the key of the entry they go beside in this run, reviews whose entry is gone).

    An entry of a report is matched through the key of any file of that report."""
    by_key: dict[str, Review] = {}
    for r in reviews:
        if r.key and r.key not in by_key:
            by_key[r.key] = r
    group_shas: dict[str, list[str]] = {r.source: [r.sha256] for r in result.distinct_reports()}
    for r in result.reports:
        if r.same_report_as in group_shas:
            group_shas[r.same_report_as].append(r.sha256)
    placed: dict[str, Review] = {}
    used: set[int] = set()
    for report in result.distinct_reports():
        for place, key in zip(entry_places(report), entry_keys(report)):
            for sha in group_shas[report.source]:
                found = by_key.get(key_of(sha, place))
                if found is not None and id(found) not in used:
                    placed[key] = found
                    used.add(id(found))
                    break
    gone = [r for r in reviews if id(r) not in used]
    for r in gone:
        r.reason = r.reason or ("added by a reviewer; not an entry of this run" if not r.key
                                else "its entry is not in this run (the report changed, or was not among the inputs)")
    return placed, gone
