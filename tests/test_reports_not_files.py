"""A report in several files is one report; a file that is no annual report is skipped."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import openpyxl
import pytest

from conftest import DATA, EXAMPLES, ROOT
from extractor.batch import BatchOptions, run_batch
from extractor.export.summary import summarise
from extractor.export.xlsx import write_workbook
from extractor.ingest import read_document
from extractor.renderings import group_renderings, report_stem
from extractor.report import Rec9Assessment, Report
from extractor.screen import skip_reason


def _report(source: str, sha: str, lscb: str | None, period: str | None, fmt: str = "pdf") -> Report:
    return Report(source=source, sha256=sha, format=fmt, pages=1, lscb=lscb, period=period, scrs=[],
                  recommendations=[], rec9=Rec9Assessment(False, False, None, None, False, None, "no_scrs"))


@pytest.mark.parametrize("source, stem", [
    ("a/Brackenholt-2013-14.pdf", "brackenholt-2013-14"),
    ("b/brackenholt-2013-14.docx", "brackenholt-2013-14"),
    ("brackenholt-2013-14.chromium.pdf", "brackenholt-2013-14"),
    ("brackenholt-2013-14.weasyprint.pdf", "brackenholt-2013-14"),
    ("brackenholt-2013-14.libreoffice.pdf", "brackenholt-2013-14"),
    ("brackenholt-2013-14.v2.pdf", "brackenholt-2013-14.v2"),
])
def test_renderings_share_the_stem_without_format_suffix_or_producer_tag(source, stem):
    assert report_stem(source) == stem


def test_byte_copies_board_and_period_and_names_group_renderings():
    a = _report("x/eastmere.pdf", "1" * 64, "Eastmere LSCB", "2014-15")
    b = _report("x/renamed.pdf", "1" * 64, "Eastmere LSCB", "2014-15")          # byte copy
    c = _report("y/annual.html", "2" * 64, "The Eastmere LSCB", "2014-15", "html")  # same board, period
    d = _report("x/eastmere.chromium.pdf", "3" * 64, None, None)                # same name, nothing said
    e = _report("z/eastmere.pdf", "4" * 64, "Westbrook LSCB", "2014-15")         # same name, other board
    groups = group_renderings([a, b, c, d, e])
    assert sorted(len(g) for g in groups) == [1, 4]
    assert [e] in groups


def test_the_stated_rule_picks_the_pdf_without_a_tag_and_marks_the_others(tmp_path):
    for suffix in ("docx", "pdf"):
        shutil.copy(EXAMPLES / f"eastmere-2014-15.{suffix}", tmp_path / f"eastmere-2014-15.{suffix}")
    shutil.copy(EXAMPLES / "eastmere-2014-15.pdf", tmp_path / "eastmere-2014-15.chromium.pdf")
    shutil.copy(EXAMPLES / "eastmere-2014-15.pdf", tmp_path / "copy.pdf")
    result = run_batch([tmp_path], BatchOptions(jobs=1, use_cache=False, progress=False))
    chosen = str(tmp_path / "eastmere-2014-15.pdf")
    assert [r.source for r in result.distinct_reports()] == [chosen]
    assert {r.same_report_as for r in result.reports if r.source != chosen} == {chosen}
    assert "same_report_as" not in result.distinct_reports()[0].to_dict()
    summary = summarise(result)
    assert (summary.reports, summary.files) == (1, 4)
    assert summary.entries == len(result.distinct_reports()[0].recommendations)
    assert sum(summary.table("verdicts").rows[i][1] for i in range(4)) == 1
    out = tmp_path / "out.xlsx"
    write_workbook(result, out)
    wb = openpyxl.load_workbook(out)
    reports = list(wb["Reports"].iter_rows(min_row=1, values_only=True))
    same = reports[0].index("Same report as")
    assert sorted(str(r[same]) for r in reports[1:]) == [
        "None", "same report as eastmere-2014-15.pdf", "same report as eastmere-2014-15.pdf",
        "same report as eastmere-2014-15.pdf"]
    assert wb["Recommendations"].max_row - 1 == summary.entries


NOT_REPORTS = [ROOT / "README.md", ROOT / "docs" / "output.md", ROOT / "docs" / "taxonomy.md",
               ROOT / "docs" / "annotation-guidelines.md", DATA / "bom.txt", DATA / "cp1252.txt"]


@pytest.mark.parametrize("path", NOT_REPORTS, ids=lambda p: p.name)
def test_files_that_are_not_annual_reports_are_skipped_with_a_reason(path):
    from extractor.pipeline import extract

    report = extract(path)
    assert report.skip_reason and len(report.skip_reason.splitlines()) == 1


@pytest.mark.parametrize("name", ["eastmere-2014-15.pdf", "ardley-vale-2016-17.docx"])
def test_annual_reports_are_not_skipped(name):
    doc = read_document(EXAMPLES / name)
    assert skip_reason(doc.text, "Eastmere Safeguarding Children Board", "2014-15") is None
    assert skip_reason(doc.text, None, "2014-15") is None  # its vocabulary is the second sign
    assert skip_reason(doc.text, None, None, has_entries=True) is None
    assert skip_reason(doc.text, None, None) is not None


def test_a_stray_readme_notes_and_an_image_give_no_report_and_a_warning(tmp_path):
    from click.testing import CliRunner
    from extractor.cli import main

    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(EXAMPLES / "eastmere-2014-15.pdf", folder)
    (folder / "notes.txt").write_text("Notes for the meeting\n\nAsk Sam which reports are missing.\n")
    (folder / "README.md").write_text(
        "# Reports\n\nThis folder holds the reports downloaded from the boards' sites.\n"
        "TODO: add the 2016 files listed in wanted.csv; run the tool with python.\n")
    (folder / "chart.png").write_bytes(b"\x89PNG\r\n")
    (folder / "budget.xlsx").write_bytes(b"PK")
    out = tmp_path / "out"
    res = CliRunner().invoke(main, ["run", str(folder), "-o", str(out / "r.xlsx"),
                                    "--json", str(out / "r.json"), "--no-cache", "-j", "1"])
    assert res.exit_code == 0, res.output
    data = json.loads((out / "r.json").read_text())
    assert [Path(r["source"]).name for r in data["reports"]] == ["eastmere-2014-15.pdf"]
    assert sorted(Path(s["source"]).name for s in data["skipped"]) == [
        "README.md", "budget.xlsx", "chart.png", "notes.txt"]
    assert "warning: skipped" in res.output and "notes.txt" in res.output
    assert "skipped 2 files of types not read (1 .png, 1 .xlsx)" in res.output \
        or "skipped 2 files of types not read (1 .xlsx, 1 .png)" in res.output
    wb = openpyxl.load_workbook(out / "r.xlsx")
    assert wb["Skipped"].max_row == 5
    reasons = [c.value for c in wb["Skipped"]["C"][1:]]
    assert all(reasons)


def test_verdict_reasons_name_what_falls_short():
    from extractor.assess import assess, verdict_reason
    from extractor.report import Recommendation, ResponsibleBody

    def entry(action, body):
        return Recommendation("x", "Child A", "1", "The LSCB should ...", action,
                              [ResponsibleBody("Police", "police")] if body else [])
    entries = [entry("done", True)] * 5 + [entry(None, True)] * 5
    rec9 = assess(entries, True, None)
    assert rec9.verdict == "partly_meets"
    assert verdict_reason(rec9, 10) == (
        "Partly meets: no description of how SCR actions are monitored was found; "
        "only 50% of 10 entries report an action (80% needed).")
    assert verdict_reason(assess([], True, None), 0).startswith("Serious case reviews are reported, but no")
    assert verdict_reason(assess([], False, None), 0).startswith("No serious case review")


def test_a_rendering_that_reads_differently_says_so():
    from extractor.export.rows import same_report_label

    chosen = _report("x/a.pdf", "1" * 64, "Eastmere LSCB", "2014-15")
    other = _report("x/a.docx", "2" * 64, "Eastmere LSCB", "2014-15", "docx")
    other.same_report_as = chosen.source
    assert same_report_label(other, chosen) == "same report as a.pdf"
    other.rec9.verdict = "partly_meets"
    assert same_report_label(other, chosen) == (
        "same report as a.pdf (read alone, this file gives 'Partly meets')")
    assert same_report_label(chosen, chosen) is None
