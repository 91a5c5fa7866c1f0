"""Officials' review in the workbook comes back as gold: `scr-extract review import` and
`review stats`, with a simulated reviewer filling a run's workbook from gold answers."""
from __future__ import annotations

import copy
import json
from pathlib import Path

import jsonschema
import openpyxl
import pytest
from click.testing import CliRunner

from conftest import EXAMPLES, ROOT, SPEC
from extractor.batch import BatchOptions, run_batch
from extractor.cli import main
from extractor.assess import assess
from extractor.evaluate import evaluate, load_gold
from extractor.report import Report
from extractor.export.reviewed import (
    ReviewImportError, import_review, judged, read_reviewed, review_table,
)
from extractor.export.simulated_review import gold_differences, review_from_gold, round_trip
from extractor.export.xlsx import write_workbook
from test_export_xlsx import gold_run, header_index

SMALL_CORPUS = ("brackenholt-2013-14.pdf", "ashcombe-2019-20.html", "castlereach-2018-19.txt")


def _examples_gold() -> list[dict]:
    return [json.loads((EXAMPLES / f"{n}.gold.json").read_text(encoding="utf-8"))
            for n in ("eastmere-2014-15", "ardley-vale-2016-17")]


@pytest.fixture(scope="module")
def corpus_run():
    return run_batch([ROOT / "corpus" / "reports" / n for n in SMALL_CORPUS],
                     BatchOptions(progress=False, use_cache=False, jobs=1))


def test_a_reviewed_run_of_small_corpus_reports_gives_their_gold_back_exactly(corpus_run, tmp_path):
    gold = load_gold(ROOT / "corpus" / "gold")
    exact, reviewed, problems = round_trip(corpus_run, gold, tmp_path)
    assert problems == [] and exact == reviewed == len(SMALL_CORPUS)
    schema = json.loads((SPEC / "scr-extract-1.schema.json").read_text(encoding="utf-8"))
    for path in (tmp_path / "gold").iterdir():
        imported = json.loads(path.read_text(encoding="utf-8"))
        assert len(imported["sha256"]) == 64   # the reviewed file's content hash
        run = {"schema": "scr-extract/1", "generated": "2026-12-06T00:00:00Z",
               "reports": [imported], "errors": []}
        jsonschema.validate(run, schema)


def _reviewed_examples(tmp_path: Path) -> tuple[Path, list[dict]]:
    """The worked examples' workbook reviewed against a changed gold: one status and one body
    corrected, the first entry of the second report not an entry, a missed entry added."""
    result = gold_run()
    path = tmp_path / "review.xlsx"
    write_workbook(result, path)
    gold = _examples_gold()
    changed = copy.deepcopy(gold)
    first = changed[0]["recommendations"]
    first[0]["status"] = "not_started" if first[0]["status"] != "not_started" else "completed"
    first[1]["bodies"] = first[1]["bodies"] + [{"name": "Eastmere Homes", "sector": "housing"}]
    first.insert(2, {**first[2], "text": "The LSCB should commission an audit of neglect referrals "
                                         "from schools.", "action": None, "number": "9"})
    changed[1]["recommendations"].pop(0)
    for g in changed:
        for i, e in enumerate(g["recommendations"], 1):
            e["id"] = f"{g['source']}-r{i:02d}"
        # the verdict follows the entries, as it does for the tool
        entries = Report.from_dict({**g, "sha256": ""}).recommendations
        rec9 = assess(entries, g["rec9"]["scrs_reported"], g["rec9"]["mechanism_evidence"])
        g["rec9"] = {k: v for k, v in rec9.__dict__.items() if k != "mechanism_page"}
    review_from_gold(path, result, changed)
    return path, changed


def test_edits_wrong_and_added_rows_become_the_gold_the_reviewer_meant(tmp_path):
    path, changed = _reviewed_examples(tmp_path)
    reviewed, written = import_review(path, tmp_path / "gold")
    n = reviewed.counts()
    assert (n["edited"], n["wrong"], n["added"]) == (2, 1, 1)
    assert n["correct"] == sum(len(g["recommendations"]) for g in changed) - 3
    assert reviewed.cells_edited() == 3   # a status; a body, and with it a sector
    for path_ in written:
        imported = json.loads(path_.read_text(encoding="utf-8"))
        original = next(g for g in changed if g["source"] == imported["source"])
        assert gold_differences(imported, original) == []


def test_the_import_prints_reports_entries_by_verdict_and_cells_edited(tmp_path):
    path, _ = _reviewed_examples(tmp_path)
    out = CliRunner().invoke(main, ["review", "import", str(path), "--gold-out", str(tmp_path / "g")])
    assert out.exit_code == 0, out.output
    assert "2 reports, 2 reviewed (2 marked complete)" in out.output
    assert "1 wrong, 2 edited, 1 added" in out.output and "cells edited" in out.output
    assert sorted(p.name for p in (tmp_path / "g").iterdir()) == [
        "ardley-vale-2016-17.gold.json", "eastmere-2014-15.gold.json"]


def _edit(path: Path, sheet: str, header: str, row: int, value) -> None:
    wb = openpyxl.load_workbook(path)
    ws = wb[sheet]
    ws.cell(row=row, column=header_index(ws, header)).value = value
    wb.save(path)


@pytest.mark.parametrize("sheet, header, value, message", [
    ("Recommendations", "Reviewer verdict", "corect", "'corect' is not a verdict"),
    ("Recommendations", "Sectors", "Fire service", "sector 'Fire service' is not in the taxonomy"),
    ("Recommendations", "Status", "Amber-ish", "'Amber-ish' is not a status"),
    ("Recommendations", "Due", "next spring", "'next spring' is not a due date"),
    ("Recommendations", "Review key", None, "empty: a row you added needs the verdict added"),
    ("Recommendations", "Report", "nowhere.pdf", "'nowhere.pdf' is not a report on the Reports sheet"),
    ("Reports", "Review complete", "maybe", "'maybe' is not yes or no"),
])
def test_a_bad_cell_is_one_line_naming_sheet_row_and_column_and_nothing_is_written(
        tmp_path, sheet, header, value, message):
    path, _ = _reviewed_examples(tmp_path)
    _edit(path, sheet, header, 3, value)
    out = CliRunner().invoke(main, ["review", "import", str(path), "--gold-out", str(tmp_path / "g")])
    assert out.exit_code == 2
    assert out.output.strip() == out.output.strip().splitlines()[0]
    assert f"sheet {sheet}, row 3, column {header}: {message}" in out.output
    assert not (tmp_path / "g").exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".g")] == []


def test_a_complete_report_with_an_entry_left_without_verdict_is_refused(tmp_path):
    path, _ = _reviewed_examples(tmp_path)
    _edit(path, "Recommendations", "Reviewer verdict", 2, None)
    with pytest.raises(ReviewImportError, match="row 2, column Reviewer verdict: no verdict, but its report"):
        read_reviewed(path)


def test_a_foreign_or_broken_workbook_is_one_line_and_exit_2(tmp_path):
    foreign = tmp_path / "foreign.xlsx"
    wb = openpyxl.Workbook()
    wb.active.title = "Budget"
    wb.save(foreign)
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"not a zip")
    for path, said in ((foreign, "not a workbook written by scr-extract"),
                       (broken, "cannot be read as a workbook")):
        out = CliRunner().invoke(main, ["review", "import", str(path), "--gold-out", str(tmp_path / "g")])
        assert out.exit_code == 2 and said in out.output and len(out.output.strip().splitlines()) == 1
    out = CliRunner().invoke(main, ["review", "stats", str(tmp_path / "missing.xlsx")])
    assert out.exit_code == 2


def test_only_reports_marked_complete_become_gold(tmp_path):
    path, _ = _reviewed_examples(tmp_path)
    _edit(path, "Reports", "Review complete", 2, "no")
    _, written = import_review(path, tmp_path / "g")
    assert [p.name for p in written] == ["ardley-vale-2016-17.gold.json"]


def test_review_figures_count_precision_over_reviewed_and_recall_over_complete_reports(tmp_path):
    path, changed = _reviewed_examples(tmp_path)
    _edit(path, "Reports", "Review complete", 3, "no")   # ardley-vale: precision only
    table = review_table(judged(read_reviewed(path)))
    everything = dict(zip(table.headers, table.rows[0]))
    n_east = len(changed[0]["recommendations"]) - 1          # found by the tool (one added)
    n_ardley = len(changed[1]["recommendations"]) + 1        # found by the tool (one wrong)
    assert everything["Entries reviewed"] == n_east + n_ardley
    assert everything["Precision"] == round((n_east + n_ardley - 1) / (n_east + n_ardley), 3)
    assert everything["Recall (complete reports)"] == round(n_east / (n_east + 1), 3)
    assert everything["Edited"] == 2
    assert everything["Status right (edited)"] == 0.5 and everything["Bodies right (edited)"] == 0.5
    groups = [r[0] for r in table.rows]
    assert "Format: pdf" in groups and "Format: docx" in groups and "Producer: PDF" in groups
    out = CliRunner().invoke(main, ["review", "stats", str(path)])
    assert out.exit_code == 0 and "Precision" in out.output and "Format: pdf" in out.output


def test_a_rerun_over_a_reviewed_workbook_shows_the_review_figures_on_the_summary(tmp_path):
    path, _ = _reviewed_examples(tmp_path)
    expected = review_table(judged(read_reviewed(path))).rows
    write_workbook(gold_run(), path)
    ws = openpyxl.load_workbook(path)["Summary"]
    cells = [[c.value for c in row] for row in ws.iter_rows()]
    title = next(i for i, row in enumerate(cells) if row[0] == "Review: how the tool did on the entries officials checked")
    assert cells[title + 1][:8] == ["Group", "Entries reviewed", "Correct", "Precision",
                                    "Recall (complete reports)", "Edited", "Status right (edited)",
                                    "Bodies right (edited)"]
    shown = [tuple(row[:8]) for row in cells[title + 2:title + 2 + len(expected)]]
    assert shown == expected


def test_a_workbook_nobody_reviewed_has_no_review_block(tmp_path):
    write_workbook(gold_run(), tmp_path / "fresh.xlsx")
    ws = openpyxl.load_workbook(tmp_path / "fresh.xlsx")["Summary"]
    assert not any(str(c.value).startswith("Review:") for row in ws.iter_rows() for c in row if c.value)


def test_evaluate_scores_against_imported_gold_as_against_the_corpus_gold(corpus_run, tmp_path):
    gold = load_gold(ROOT / "corpus" / "gold")
    round_trip(corpus_run, gold, tmp_path)
    pred = corpus_run.to_dict()["reports"]
    imported = load_gold(tmp_path / "gold")
    names = {g["source"] for g in imported}
    corpus = [g for g in gold if g["source"] in names]
    assert evaluate(pred, imported)["overall"]["all"] == evaluate(pred, corpus)["overall"]["all"]
    out = CliRunner().invoke(main, ["evaluate", "--gold", str(tmp_path / "gold"),
                                    *(str(ROOT / "corpus" / "reports" / n) for n in SMALL_CORPUS)])
    assert out.exit_code == 0, out.output


def test_the_learning_curve_family_is_the_designed_reports_held_aside():
    from extractor.review_curve import family

    held = set((ROOT / "corpus" / "heldaside.txt").read_text().split())
    names = family()
    assert names and set(names) <= held
    assert {"wyvernholme-2019-20", "redcastle-vale-2018-19", "ellerby-2015-16"} <= set(names)  # HTML, Word, Impress
    assert "harrowmere-2015-16" not in names          # a plain report held aside is not designed
    assert "ashenden-2019-20" not in names            # a designed development report is no held-aside family


def test_a_reports_sheet_sorted_by_the_reviewer_imports_the_same_gold(tmp_path):
    path, _ = _reviewed_examples(tmp_path)
    _, before = import_review(path, tmp_path / "before")
    wb = openpyxl.load_workbook(path)
    ws = wb["Reports"]
    rows = [[c.value for c in row] for row in ws.iter_rows(min_row=2, max_row=3)]
    for n, values in zip((2, 3), reversed(rows)):   # sorted Z to A
        for c, v in enumerate(values, 1):
            ws.cell(row=n, column=c).value = v
    wb.save(path)
    _, after = import_review(path, tmp_path / "after")
    assert [p.read_text() for p in sorted(before)] == [p.read_text() for p in sorted(after)]
