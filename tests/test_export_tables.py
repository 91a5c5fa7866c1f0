"""CSV export and the summary tables (library and `scr-extract summary`)."""
from __future__ import annotations

import csv
import json
from collections import Counter

from click.testing import CliRunner

from conftest import EXAMPLES
from extractor.cli import main
from extractor.export.csv import write_csv
from extractor.export.json import write_json
from extractor.export.summary import render_text, summarise
from extractor.report import ReadFailure, Report, RunResult


def gold_run() -> RunResult:
    """The two worked examples as a run: one PDF, one DOCX, and one unreadable file."""
    reports = []
    for name, fmt in (("eastmere-2014-15", "pdf"), ("ardley-vale-2016-17", "docx")):
        d = json.loads((EXAMPLES / f"{name}.gold.json").read_text(encoding="utf-8"))
        d.update(source=str(EXAMPLES / f"{name}.{fmt}"), sha256="f" * 64, format=fmt, pages=20)
        reports.append(Report.from_dict(d))
    return RunResult(reports=reports, errors=[ReadFailure(
        "corpus/bad/locked.pdf", "encrypted PDF: a password is required")])


def read_csv(path):
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "UTF-8 BOM for Excel"
    return list(csv.DictReader(raw.decode("utf-8-sig").splitlines(keepends=True)))


def test_csv_files_hold_one_row_per_report_entry_and_body(tmp_path):
    result = gold_run()
    written = write_csv(result, tmp_path / "csv")
    assert sorted(p.name for p in written) == ["bodies.csv", "recommendations.csv", "reports.csv"]
    assert sorted(p.name for p in (tmp_path / "csv").iterdir()) == sorted(p.name for p in written)
    reports = read_csv(tmp_path / "csv" / "reports.csv")
    recs = read_csv(tmp_path / "csv" / "recommendations.csv")
    bodies = read_csv(tmp_path / "csv" / "bodies.csv")
    entries = [e for r in result.reports for e in r.recommendations]
    assert [r["Verdict"] for r in reports] == ["meets", "meets"]
    assert reports[0]["Actions reported"] == "0.857"
    assert [r["Id"] for r in recs] == [e.id for e in entries]
    assert recs[0]["Recommendation"] == entries[0].text
    assert recs[0]["Source"] == result.reports[0].source
    assert "Reviewer verdict" not in recs[0]
    assert len(bodies) == sum(max(1, len({b.sector for b in e.bodies})) for e in entries)
    assert bodies[-1]["Sector"] == entries[-1].bodies[-1].sector  # the CSV keeps the codes


def test_csv_guards_formula_text(tmp_path):
    result = gold_run()
    entries = result.reports[0].recommendations
    hostile = ["=1+1", "+SUM(1)", "-3", "@cmd", "\tlead", "\rcr", "Plain, \"quoted\" text"]
    for entry, text in zip(entries, hostile):
        entry.text = text
    write_csv(result, tmp_path)
    texts = [r["Recommendation"] for r in read_csv(tmp_path / "recommendations.csv")]
    assert texts[:7] == ["'=1+1", "'+SUM(1)", "'-3", "'@cmd", "'\tlead", "'\rcr",
                         "Plain, \"quoted\" text"]


def test_summary_counts(tmp_path):
    result = gold_run()
    summary = summarise(result)
    entries = [e for r in result.reports for e in r.recommendations]
    assert (summary.reports, summary.entries, summary.errors) == (2, 14, 1)
    statuses = {row[0]: row[1] for row in summary.table("statuses").rows}
    gold_statuses = Counter(e.status for e in entries)
    assert statuses == {"Completed": gold_statuses["completed"],
                        "In progress": gold_statuses["in_progress"],
                        "Not started": gold_statuses["not_started"],
                        "Unknown": gold_statuses["unknown"]}
    # An entry naming several bodies of one sector counts once for that sector.
    sectors = {row[0]: row[1] for row in summary.table("sectors").rows}
    assert sectors["LSCB (board, sub-groups)"] == sum(
        1 for e in entries if any(b.sector == "lscb" for b in e.bodies))
    lscbs = {row[0]: row for row in summary.table("lscbs").rows}
    ardley = lscbs["Ardley Vale Safeguarding Children Board"]
    assert ardley[1:] == (1, 7, round(6 / 7, 3), 1.0, "2016-17", "Meets")
    assert [row[0] for row in summary.table("periods").rows] == ["2014-15", "2016-17"]


def test_summary_of_an_empty_run():
    summary = summarise(RunResult())
    assert summary.table("lscbs").rows == [] and summary.table("sectors").rows == []
    assert [row[2] for row in summary.table("verdicts").rows] == [None] * 4
    assert "(none)" in render_text(summary)


def test_summary_command_prints_the_tables(tmp_path):
    result = gold_run()
    write_json(result, tmp_path / "run.json")
    out = CliRunner().invoke(main, ["summary", str(tmp_path / "run.json")])
    assert out.exit_code == 0, out.output
    assert out.output == render_text(summarise(result)) + "\n"
    lines = out.output.splitlines()
    assert lines[0].startswith("2 reports, 14 entries")
    assert any(line.split() == ["Meets", "2", "100%"] for line in lines)
    for title in ("Recommendation 9 verdicts", "Entries by status", "By LSCB",
                  "By reporting period"):
        assert title in lines


def test_summary_command_refuses_a_bad_file(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"schema": "other/2"}', encoding="utf-8")
    out = CliRunner().invoke(main, ["summary", str(bad)])
    assert out.exit_code == 1
    assert "not a readable scr-extract/1 results file" in out.output
    assert len(out.output.strip().splitlines()) == 1
    missing = CliRunner().invoke(main, ["summary", str(tmp_path / "none.json")])
    assert missing.exit_code == 2 and "file not found" in missing.output  # bad usage, as the README says
