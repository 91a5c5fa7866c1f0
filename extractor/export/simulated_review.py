"""A simulated reviewer: fills a run's workbook from gold answers as an official would.

For each report with gold it marks every entry the tool found correct, edited (typing
the gold values over the cells that differ) or wrong, inserts the entries the tool
missed as rows marked `added` where they belong, corrects the report's board, period,
SCRs and monitoring quote, and sets `Review complete`. Importing the workbook it leaves
must give the gold back (the round trip of `scr-extract review import`); the tests,
`make bench` and the learning curve of the reviewer loop use it.
"""
from __future__ import annotations

from pathlib import Path

from ..evaluate import match_entries, report_name
from ..report import RunResult
from .labels import SECTOR_LABELS, STAGE_LABELS, STATUS_LABELS
from .review import COMPLETE_HEADER, KEY_HEADER, VERDICT_HEADER, entry_keys
from .rows import file_name

FIELDS = ("scr", "number", "text", "action", "bodies", "status", "due", "evidence")


def _bodies(entry: dict) -> list[tuple[str, str]]:
    return [(b["name"], b["sector"]) for b in entry.get("bodies") or []]


def _cells(entry: dict) -> dict[str, object]:
    """The cells of the Recommendations sheet that show a gold entry."""
    bodies = _bodies(entry)
    sectors = [s for _, s in bodies]
    if len(set(sectors)) in (0, 1, len(sectors)):
        sectors = list(dict.fromkeys(sectors))   # as the tool writes them
    return {"SCR": entry.get("scr"), "No.": entry.get("number"), "Recommendation": entry.get("text"),
            "Action": entry.get("action"), "Bodies": "; ".join(n for n, _ in bodies) or None,
            "Sectors": "; ".join(SECTOR_LABELS[s] for s in sectors) or None,
            "Status": STATUS_LABELS[entry.get("status") or "unknown"], "Due": entry.get("due"),
            "Evidence": entry.get("evidence")}


def _differs(extracted: dict, gold: dict) -> bool:
    return any((_bodies(extracted) != _bodies(gold)) if f == "bodies"
               else (extracted.get(f) or None) != (gold.get(f) or None) for f in FIELDS)


def review_from_gold(workbook: str | Path, result: RunResult, gold: list[dict]) -> int:
    """Reviews, in the workbook written for `result`, every report that has a gold answer in
    `gold`; returns how many reports were reviewed."""
    import openpyxl

    gold_by_name = {report_name(g["source"]): g for g in gold}
    wb = openpyxl.load_workbook(workbook)
    recs = wb["Recommendations"]
    header = [c.value for c in recs[1]]
    col = {h: i for i, h in enumerate(header)}
    rows = [[c.value for c in row] for row in recs.iter_rows(min_row=2)]
    links = {row[col["Review key"]]: recs.cell(row=n, column=col["Source"] + 1).hyperlink
             for n, row in enumerate(rows, 2)}
    by_key = {row[col[KEY_HEADER]]: row for row in rows}
    new_rows, done = [], set()
    for report in result.distinct_reports():
        keys = entry_keys(report)
        g = gold_by_name.get(report_name(report.source))
        if g is None:
            new_rows += [by_key[k] for k in keys]
            continue
        done.add(file_name(report.source))
        extracted = [{**e.__dict__, "bodies": [b.__dict__ for b in e.bodies]} for e in report.recommendations]
        matches = {m.gold: m.pred for m in match_entries(extracted, g["recommendations"])}
        for i, ge in enumerate(g["recommendations"]):
            if i in matches:
                row = list(by_key[keys[matches[i]]])
                verdict = "edited" if _differs(extracted[matches[i]], ge) else "correct"
            else:
                row = [None] * len(header)
                row[col["Report"]] = file_name(report.source)
                verdict = "added"
            for h, v in _cells(ge).items():
                row[col[h]] = v
            row[col[VERDICT_HEADER]] = verdict
            new_rows.append(row)
        for p in sorted(set(range(len(keys))) - set(matches.values())):
            row = list(by_key[keys[p]])
            row[col[VERDICT_HEADER]] = "wrong"
            new_rows.append(row)
    for n, values in enumerate(new_rows, 2):
        for c, v in enumerate(values, 1):
            cell = recs.cell(row=n, column=c)
            cell.value = v   # cell(value=None) would keep the old value
            if c == col["Source"] + 1:
                cell.hyperlink = links.get(values[col[KEY_HEADER]])
    table = next(iter(recs.tables.values()))
    last = table.ref.split(":")[1].rstrip("0123456789")
    table.ref = f"A1:{last}{max(len(new_rows) + 1, 2)}"
    if table.autoFilter is not None:
        table.autoFilter.ref = table.ref
    _review_reports(wb["Reports"], gold_by_name, done)
    wb.save(workbook)
    return len(done)


def _review_reports(ws, gold_by_name: dict[str, dict], done: set[str]) -> None:
    header = [c.value for c in ws[1]]
    col = {h: i + 1 for i, h in enumerate(header)}
    for n in range(2, ws.max_row + 1):
        name = ws.cell(row=n, column=col["Report"]).value
        if name not in done:
            continue
        g = gold_by_name[report_name(name)]
        quote = g["rec9"].get("mechanism_evidence")
        values = {
            "LSCB": g.get("lscb"), "Period": g.get("period"),
            "SCR names": "; ".join(f"{s['name']} ({STAGE_LABELS[s['stage']]})" if s.get("stage")
                                   else s["name"] for s in g.get("scrs") or []) or None,
            "Monitoring mechanism": "yes" if quote else "no",
            "Mechanism evidence": f"yes: \u201c{quote}\u201d" if quote else "no: none described",
            COMPLETE_HEADER: "yes",
        }
        for h, v in values.items():
            ws.cell(row=n, column=col[h]).value = v


#: what the corpus gold leaves empty and an imported gold fills from the workbook's file
FILE_FIELDS = ("sha256", "format", "pages")


def gold_differences(imported: dict, gold: dict) -> list[str]:
    """Where an imported gold file differs from the gold it was reviewed from (every field
    but the file's hash, format and pages, which the hand-made corpus gold leaves empty)."""
    out = []
    for k in sorted(set(imported) | set(gold)):
        if k in FILE_FIELDS or k == "recommendations":
            continue
        if imported.get(k) != gold.get(k):
            out.append(f"{gold.get('source')}: {k}: {imported.get(k)!r} != {gold.get(k)!r}")
    a, b = imported.get("recommendations") or [], gold.get("recommendations") or []
    if len(a) != len(b):
        out.append(f"{gold.get('source')}: {len(a)} entries != {len(b)}")
    for x, y in zip(a, b):
        for k in sorted(set(x) | set(y)):
            if x.get(k) != y.get(k):
                out.append(f"{y.get('id')}: {k}: {x.get(k)!r} != {y.get(k)!r}")
    return out


def round_trip(result: RunResult, gold: list[dict], folder: Path) -> tuple[int, int, list[str]]:
    """Writes the workbook of `result` into `folder`, reviews it from `gold`, imports it and
    compares: (reports given back exactly, reports reviewed, the differences)."""
    import json

    from .reviewed import import_review
    from .xlsx import write_workbook

    workbook = Path(folder) / "reviewed.xlsx"
    write_workbook(result, workbook)
    review_from_gold(workbook, result, gold)
    _, written = import_review(workbook, Path(folder) / "gold")
    gold_by_name = {report_name(g["source"]): g for g in gold}
    exact, problems = 0, []
    for path in written:
        imported = json.loads(path.read_text(encoding="utf-8"))
        found = gold_differences(imported, gold_by_name[imported["source"]])
        exact += not found
        problems += found
    return exact, len(written), problems


def main(argv: list[str] | None = None) -> int:
    """python -m extractor.export.simulated_review REPORTS_DIR GOLD_DIR: the round-trip
    fidelity of review import on every report of REPORTS_DIR that has gold."""
    import sys
    import tempfile

    from ..batch import BatchOptions, run_batch
    from ..evaluate import load_gold

    reports, gold_dir = (argv if argv is not None else sys.argv[1:])[:2]
    result = run_batch([Path(reports)], BatchOptions(progress=False))
    from .reviewed import read_reviewed

    with tempfile.TemporaryDirectory() as tmp:
        exact, n, problems = round_trip(result, load_gold(Path(gold_dir)), Path(tmp))
        print(read_reviewed(Path(tmp) / "reviewed.xlsx").describe())
    for p in problems[:20]:
        print(p)
    print(f"round trip: {exact} of {n} reports given back exactly ({exact / n:.1%})" if n else "no report reviewed")
    return 0 if exact == n else 1


if __name__ == "__main__":
    raise SystemExit(main())
