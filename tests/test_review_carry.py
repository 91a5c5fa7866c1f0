"""Reviewers' work survives reruns; output problems stop a run before it starts."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from conftest import EXAMPLES
from extractor.cli import main
from extractor.export.review import CARRIED_SHEET, read_reviews
from extractor.export.xlsx import write_workbook
from extractor.report import RunResult
from test_export_xlsx import column_values, gold_run, header_index


def _review(path: Path, marks: dict[int, tuple[str, str]]) -> None:
    """Writes reviewer verdicts and notes into rows of the Recommendations sheet, as an official would."""
    wb = openpyxl.load_workbook(path)
    ws = wb["Recommendations"]
    v, n = header_index(ws, "Reviewer verdict"), header_index(ws, "Reviewer note")
    for row, (verdict, note) in marks.items():
        ws.cell(row=row, column=v, value=verdict)
        ws.cell(row=row, column=n, value=note)
    wb.save(path)


def _reviewed(path: Path) -> dict[str, tuple]:
    ws = openpyxl.load_workbook(path)["Recommendations"]
    keys = column_values(ws, "Review key")
    return {k: (v, n) for k, v, n in zip(keys, column_values(ws, "Reviewer verdict"),
                                         column_values(ws, "Reviewer note")) if v or n}


def test_a_rerun_keeps_every_reviewer_cell_beside_its_entry_even_reordered(tmp_path):
    path = tmp_path / "review.xlsx"
    result = gold_run()
    write_workbook(result, path)
    n = openpyxl.load_workbook(path)["Recommendations"].max_row - 1
    _review(path, {row: ("correct" if row % 2 else "wrong", f"note {row}") for row in range(2, n + 2)})
    before = _reviewed(path)
    assert len(before) == n
    rerun = gold_run()
    rerun.reports.reverse()
    for r in rerun.reports:
        r.recommendations.reverse()
    write_workbook(rerun, path)
    assert _reviewed(path) == before
    assert CARRIED_SHEET not in openpyxl.load_workbook(path).sheetnames


def test_reviews_of_entries_gone_move_to_the_carried_over_list_and_stay(tmp_path):
    path = tmp_path / "review.xlsx"
    result = gold_run()
    write_workbook(result, path)
    _review(path, {2: ("wrong", "not an SCR"), 3: ("edited", "status is amber")})
    first_text = result.reports[0].recommendations[0].text
    shorter = gold_run()
    del shorter.reports[0].recommendations[0]
    write_workbook(shorter, path)
    wb = openpyxl.load_workbook(path)
    carried = wb[CARRIED_SHEET]
    assert column_values(carried, "Recommendation") == [first_text]
    assert column_values(carried, "Reviewer note") == ["not an SCR"]
    assert list(_reviewed(path).values()) == [("edited", "status is amber")]
    write_workbook(RunResult(), path)  # a run with nothing in it still loses nothing
    notes = sorted(r.note for r in read_reviews(path))
    assert notes == ["not an SCR", "status is amber"]
    write_workbook(gold_run(), path)  # the entry is back: so is its review, beside it
    assert sorted(n for _, n in _reviewed(path).values()) == ["not an SCR", "status is amber"]
    assert CARRIED_SHEET not in openpyxl.load_workbook(path).sheetnames


def test_a_review_follows_the_report_to_its_other_rendering(tmp_path):
    path = tmp_path / "review.xlsx"
    result = gold_run()
    write_workbook(result, path)
    _review(path, {2: ("correct", "checked")})
    moved = gold_run()
    pdf = moved.reports[0]
    docx_copy = gold_run().reports[0]
    docx_copy.source, docx_copy.format, docx_copy.sha256 = "x/eastmere-2014-15.docx", "docx", "f" * 64
    moved.reports.insert(0, docx_copy)
    pdf.sha256, pdf.source = "e" * 64, "x/eastmere-2014-15.pdf"   # the PDF is a new file now
    docx_copy.sha256 = result.reports[0].sha256                   # and the reviewed bytes are the DOCX
    from extractor.renderings import mark_same_reports
    mark_same_reports(moved)
    write_workbook(moved, path)
    assert list(_reviewed(path).values()) == [("correct", "checked")]


def _run(args, tmp_path):
    return CliRunner().invoke(main, ["run", *map(str, args), "--no-cache", "-j", "1"])


@pytest.mark.parametrize("case", ["missing input", "-o a folder", "read-only folder",
                                  "csv is a file", "json in a read-only folder", "not a workbook"])
def test_output_faults_are_one_line_exit_2_before_extraction_with_nothing_written(tmp_path, case):
    if os.geteuid() == 0 and "read-only" in case:
        pytest.skip("root writes into read-only folders")
    report = EXAMPLES / "eastmere-2014-15.pdf"
    ro = tmp_path / "ro"
    ro.mkdir()
    out = tmp_path / "out"
    args = {
        "missing input": [tmp_path / "no-such-folder", "-o", out / "a.xlsx"],
        "-o a folder": [report, "-o", tmp_path],
        "read-only folder": [report, "-o", ro / "a.xlsx"],
        "csv is a file": [report, "-o", out / "a.xlsx", "--csv", report],
        "json in a read-only folder": [report, "-o", out / "a.xlsx", "--json", ro / "sub" / "a.json"],
        "not a workbook": [report, "-o", tmp_path / "notes.xlsx"],
    }[case]
    (tmp_path / "notes.xlsx").write_text("not a workbook")
    os.chmod(ro, 0o555)
    try:
        before = sorted(p.name for p in tmp_path.rglob("*"))
        res = _run(args, tmp_path)
        assert res.exit_code == 2, res.output
        assert len(res.output.strip().splitlines()) == 1 and res.output.startswith("error: ")
        assert "Traceback" not in res.output
        assert sorted(p.name for p in tmp_path.rglob("*")) == before
    finally:
        os.chmod(ro, 0o755)


def test_a_mistyped_input_leaves_a_reviewed_workbook_alone(tmp_path):
    path = tmp_path / "reviewed.xlsx"
    write_workbook(gold_run(), path)
    _review(path, {2: ("correct", "seen")})
    data = path.read_bytes()
    res = _run([tmp_path / "reprots", "-o", path], tmp_path)
    assert res.exit_code == 2
    assert path.read_bytes() == data


def test_a_read_only_folder_is_found_by_the_check_even_when_root_could_write(tmp_path, monkeypatch):
    from extractor.export import preflight

    ro = tmp_path / "ro"
    ro.mkdir()
    real = os.access
    monkeypatch.setattr(preflight.os, "access",
                        lambda p, mode: False if Path(p) == ro and mode & os.W_OK else real(p, mode))
    problem = preflight.output_problem([EXAMPLES], ro / "sub" / "a.xlsx", None, None)
    assert problem == f"cannot write the workbook (-o) {ro / 'sub' / 'a.xlsx'}: the folder {ro} is not writable"
    assert preflight.output_problem([EXAMPLES], None, None, ro / "csv").startswith("cannot write the CSV folder")
    assert not (ro / "sub").exists()


def test_inputs_that_are_all_empty_folders_stop_the_run_and_one_empty_folder_warns(tmp_path):
    empty = tmp_path / "empty"
    (empty / "sub").mkdir(parents=True)
    (empty / "photo.jpg").write_bytes(b"\xff\xd8")
    out = tmp_path / "out.xlsx"
    res = _run([empty, "-o", out], tmp_path)
    assert res.exit_code == 2 and res.output.startswith("error: no .pdf, .docx")
    assert not out.exists()
    shutil.copy(EXAMPLES / "eastmere-2014-15.pdf", tmp_path / "eastmere-2014-15.pdf")
    res = _run([tmp_path / "eastmere-2014-15.pdf", empty, "-o", out], tmp_path)
    assert res.exit_code == 0, res.output
    assert f"warning: no .pdf, .docx, .txt, .md or .html file in {empty}" in res.output


def test_review_complete_is_carried_over_with_its_report_and_dropped_when_the_file_changes(tmp_path):
    path = tmp_path / "review.xlsx"
    result = gold_run()
    write_workbook(result, path)
    wb = openpyxl.load_workbook(path)
    ws = wb["Reports"]
    col = header_index(ws, "Review complete")
    ws.cell(row=2, column=col, value="yes")
    ws.cell(row=3, column=col, value="yes")
    wb.save(path)
    rerun = gold_run()
    rerun.reports[1].sha256 = "f" * 64   # the second file changed since it was reviewed
    write_workbook(rerun, path)
    assert column_values(openpyxl.load_workbook(path)["Reports"], "Review complete")[:2] == ["yes", None]
