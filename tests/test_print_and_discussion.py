"""The workbook prints readably; a Boards page per board; the summary for a paper."""
from __future__ import annotations

import copy
import csv
import io

import openpyxl
import pytest
from click.testing import CliRunner
from openpyxl.utils import column_index_from_string, range_boundaries

from extractor.cli import main
from extractor.export.json import write_json
from extractor.export.summary import REVIEW_NOTE, render_csv, render_markdown, render_text, summarise
from extractor.export.xlsx import PRINT_COLUMNS, PRINT_WIDTH, write_workbook
from test_export_xlsx import gold_run


def two_years_run():
    """The gold run with a second year of the Eastmere board (its 2015-16 report)."""
    result = gold_run()
    later = copy.deepcopy(result.reports[0])
    later.source, later.period, later.sha256 = "x/eastmere-2015-16.pdf", "2015-16", "b" * 64
    for e in later.recommendations:
        e.status = "completed"
    result.reports.append(later)
    return result


@pytest.fixture(scope="module")
def book(tmp_path_factory):
    path = tmp_path_factory.mktemp("print") / "print.xlsx"
    result = two_years_run()
    write_workbook(result, path)
    return result, openpyxl.load_workbook(path)


def test_every_sheet_prints_landscape_one_page_wide(book):
    _, wb = book
    for ws in wb:
        if ws.sheet_state == "veryHidden":
            continue   # the extracted values are for the tool; they never print
        setup = ws.page_setup
        assert (setup.orientation, setup.fitToWidth, setup.fitToHeight) == ("landscape", 1, 0), ws.title
        assert ws.sheet_properties.pageSetUpPr.fitToPage, ws.title


def test_data_sheets_repeat_their_header_and_print_readable_columns(book):
    _, wb = book
    for name, headers in PRINT_COLUMNS.items():
        ws = wb[name]
        assert ws.print_title_rows.replace("$", "") == "1:1", name
        area = ws.print_area if isinstance(ws.print_area, str) else ws.print_area[0]
        min_col, min_row, max_col, _ = range_boundaries(area.split("!")[-1].replace("$", ""))
        assert [ws.cell(row=1, column=c).value for c in range(min_col, max_col + 1)] == list(headers)
        width = sum(ws.column_dimensions[ws.cell(row=1, column=c).column_letter].width
                    for c in range(min_col, max_col + 1))
        assert width <= PRINT_WIDTH, (name, width)  # 80% scale or more: about 9 pt at least
    ws = wb["Recommendations"]
    col = [c.value for c in ws[1]].index("Recommendation") + 1
    assert ws.cell(row=2, column=col).alignment.wrap_text


def test_boards_sheet_has_a_page_per_board_and_a_year_table_for_several_years(book):
    result, wb = book
    ws = wb["Boards"]
    values = [ws.cell(row=r, column=1).value for r in range(1, ws.max_row + 1)]
    boards = sorted({r.lscb for r in result.reports}, key=str.casefold)
    starts = [values.index(b) + 1 for b in boards]
    assert len(ws.row_breaks.brk) == len(boards) - 1
    assert [b.id + 1 for b in ws.row_breaks.brk] == starts[1:]
    eastmere = values[starts[boards.index("Eastmere Local Safeguarding Children Board")] - 1:]
    assert "Period" in eastmere and eastmere.count("2015-16") >= 2  # the year table and the entries
    years = values.index("Period", starts[1] - 1) + 1
    assert [ws.cell(row=years, column=c).value for c in (1, 2, 4, 5, 6)] == [
        "Period", "Verdict", "Entries", "With action", "Completed"]
    assert ws.cell(row=years + 2, column=6).value == 1.0  # 2015-16: every entry completed


def test_summary_holds_a_board_by_year_table_only_when_a_board_has_several_years():
    assert "board_years" not in [t.key for t in summarise(gold_run()).tables]
    table = summarise(two_years_run()).table("board_years")
    assert table.headers == ("LSCB", "2014-15", "2015-16")
    (row,) = table.rows
    assert row[0] == "Eastmere Local Safeguarding Children Board"
    assert row[2] == "Meets, 100% completed"


def test_summary_text_fits_80_columns_and_says_it_is_machine_output():
    text = render_text(summarise(two_years_run()))
    assert max(len(line) for line in text.splitlines()) <= 80
    assert "machine output until reviewed" in text


def test_summary_markdown_and_csv_carry_the_same_tables():
    summary = summarise(two_years_run())
    md = render_markdown(summary)
    assert "| Verdict | Reports | Share |" in md and REVIEW_NOTE in md
    rows = list(csv.reader(io.StringIO(render_csv(summary))))
    assert rows[0] == ["note", REVIEW_NOTE]
    titles = [r[1] for r in rows if r and r[0] == "table"]
    assert titles == [t.title for t in summary.tables]


@pytest.mark.parametrize("fmt", ["text", "markdown", "csv"])
def test_summary_command_prints_each_format(tmp_path, fmt):
    write_json(gold_run(), tmp_path / "run.json")
    res = CliRunner().invoke(main, ["summary", str(tmp_path / "run.json"), "--format", fmt])
    assert res.exit_code == 0, res.output
    assert "machine output until reviewed" in res.output
