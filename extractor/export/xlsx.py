"""The workbook officials review: Summary, Reports, Recommendations, Bodies, Errors, About.

Every data sheet is a native Excel table (filters, banded rows, frozen header).
No cell holds a formula: every value, including the Summary figures, is computed
here, and text from a report that looks like a formula is stored as plain text.
"""
from __future__ import annotations

import os
from copy import copy
from datetime import datetime
from pathlib import Path
from typing import Iterable
from urllib.parse import quote

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.chart import BarChart, Reference
from openpyxl.chart.label import DataLabelList
from openpyxl.chart.marker import DataPoint
from openpyxl.chart.text import RichText, Text
from openpyxl.chart.title import Title
from openpyxl.drawing.text import (
    CharacterProperties, Paragraph, ParagraphProperties, RegularTextRun,
)
from openpyxl.formatting.rule import CellIsRule, FormulaRule
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.styles.cell_style import StyleArray
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.pagebreak import Break
from openpyxl.worksheet.filters import AutoFilter, FilterColumn
from openpyxl.worksheet.table import Table, TableStyleInfo
from openpyxl.worksheet.worksheet import Worksheet

from .._version import __version__
from ..report import SCHEMA, STATUSES, VERDICTS, RunResult
from ..renderings import SELECTION_RULE
from .atomic import atomic_path
from .cells import clean_text, looks_like_formula
from .rows import (
    BODY_COLUMNS, ERROR_COLUMNS, LOW_CONFIDENCE, RECOMMENDATION_COLUMNS,
    CARRIED_COLUMNS, REPORT_COLUMNS, SKIPPED_COLUMNS, Column, Link, body_rows, carried_rows,
    error_rows, file_name, recommendation_rows, report_rows, skipped_rows,
)
from .reviewed import carried_judgements, review_table
from .review import (
    CARRIED_SHEET, COMPLETE_HEADER, EXTRACTED_FIELDS, EXTRACTED_SHEET, carry_completed,
    carry_reviews, entry_keys, read_completed, read_reviews,
)
from ..assess import verdict_reason
from .rows import mechanism_quote, unique_ids
from .summary import (
    NO_LSCB, NO_PERIOD, STATUS_LABELS, VERDICT_LABELS, RunSummary, SummaryTable, summarise,
)

#: The sheets in order; "Review carried over" joins them, before About, when a rerun
#: has reviews whose entries are gone.
SHEETS = ("Summary", "Reports", "Recommendations", "Bodies", "Errors", "Skipped", "Boards", "About")
REVIEWER_CHOICES = ("correct", "wrong", "edited", "added")
COMPLETE_CHOICES = ("yes", "no")
REVIEW_COMPLETE_COLUMN = Column(COMPLETE_HEADER, 10, "reviewer")
TABLE_STYLE = "TableStyleMedium2"
SUMMARY_TABLE_STYLE = "TableStyleLight9"

# Traffic-light colours shared by cells, conditional formats and charts.
GREEN, AMBER, RED, GREY = "C6EFCE", "FFEB9C", "FFC7CE", "E7E6E6"
CHART_GREEN, CHART_AMBER, CHART_RED, CHART_GREY = "4E9A5B", "E3A72F", "C8553D", "A5A5A5"
STATUS_COLOURS = {"completed": GREEN, "in_progress": AMBER, "not_started": RED, "unknown": GREY}
VERDICT_COLOURS = {"meets": GREEN, "partly_meets": AMBER, "does_not_meet": RED, "no_scrs": GREY}
STATUS_CHART_COLOURS = dict(zip(STATUSES, (CHART_GREEN, CHART_AMBER, CHART_RED, CHART_GREY)))
VERDICT_CHART_COLOURS = dict(zip(VERDICTS, (CHART_GREEN, CHART_AMBER, CHART_RED, CHART_GREY)))
VERDICT_LABEL_COLOURS = {VERDICT_LABELS[v]: c for v, c in VERDICT_COLOURS.items()}
STATUS_LABEL_COLOURS = {STATUS_LABELS[s]: c for s, c in STATUS_COLOURS.items()}
LOW_CONFIDENCE_FILL = "F8CBAD"
REVIEWER_FILL = PatternFill("solid", fgColor="FFF8E1")

TOP = Alignment(vertical="top")
WRAP = Alignment(vertical="top", wrap_text=True)
WRAP_LEFT = Alignment(vertical="top", wrap_text=True, horizontal="left")
HEADER = Alignment(vertical="top", wrap_text=True)
HEADER_RIGHT = Alignment(vertical="top", wrap_text=True, horizontal="right")
HEADER_CENTRE = Alignment(vertical="top", wrap_text=True, horizontal="center")
RIGHT = Alignment(vertical="top", horizontal="right")
CENTRE = Alignment(vertical="top", horizontal="center")
# Header cells are styled explicitly as well as by the table style, because
# LibreOffice does not draw table styles.
HEADER_FONT = Font(bold=True, color="FFFFFF")
HEADER_FILL = PatternFill("solid", fgColor="4472C4")
SUMMARY_HEADER_FONT = Font(bold=True, color="1F3864")
SUMMARY_HEADER_FILL = PatternFill("solid", fgColor="D9E1F2")
SUMMARY_HEADER_BORDER = Border(bottom=Side(style="thin", color="8EA9DB"))
LINK_FONT = Font(color="0563C1", underline="single")
TITLE_FONT = Font(bold=True, size=16, color="1F3864")
TABLE_TITLE_FONT = Font(bold=True, size=12, color="1F3864")
NOTE_FONT = Font(italic=True, size=9, color="595959")
NUMBER_FORMATS = {"percent": "0%", "number": "0.00", "int": "0"}
DATE_FORMAT = "yyyy-mm-dd hh:mm"
SHORT = ("int", "percent", "number", "flag")  # narrow columns, centred to keep them apart


def write_workbook(result: RunResult, path: str | Path) -> None:
    """Writes the review workbook for one run (atomically: a crash leaves the old file).
    The reviewer cells of a workbook already at `path` are carried over (export.review)."""
    placed, gone = carry_reviews(result, read_reviews(path))
    complete = carry_completed(result, read_completed(path))
    wb = Workbook()
    wb.properties.title = "SCR recommendations and recommendation 9 assessment"
    wb.properties.creator = f"scr-extract {__version__}"
    summary = summarise(result)
    judged = carried_judgements(result, placed, gone, complete)
    if judged:
        summary.tables.append(review_table(judged))
    _summary_sheet(wb.active, summary)
    base = Path(path).absolute().parent  # links are relative to the workbook's folder
    reports = _data_sheet(wb, "Reports", REPORT_COLUMNS + (REVIEW_COMPLETE_COLUMN,),
                          (row + (complete.get(r.source),)
                           for row, r in zip(report_rows(result), result.reports)), base=base)
    _drop_down(reports, COMPLETE_HEADER, COMPLETE_CHOICES,
               "yes: every entry of this report has a verdict and missing entries were added "
               "(rows with verdict added), so its gold is complete.")
    _colour_by_value(reports, REPORT_COLUMNS, "Verdict", VERDICT_COLOURS)
    _grey_other_renderings(reports)
    recs = _data_sheet(wb, "Recommendations", RECOMMENDATION_COLUMNS,
                       recommendation_rows(result, placed), base=base)
    _colour_by_value(recs, RECOMMENDATION_COLUMNS, "Status", STATUS_COLOURS)
    _mark_low_confidence(recs)
    _reviewer_drop_down(recs)
    _drop_down(recs, "Status", tuple(STATUS_LABELS.values()),
               "The status as the report states it; Unknown when it does not say.")
    bodies = _data_sheet(wb, "Bodies", BODY_COLUMNS, body_rows(result))
    _colour_by_value(bodies, BODY_COLUMNS, "Status", STATUS_COLOURS)
    _data_sheet(wb, "Errors", ERROR_COLUMNS, error_rows(result))
    _data_sheet(wb, "Skipped", SKIPPED_COLUMNS, skipped_rows(result))
    _boards_sheet(wb.create_sheet("Boards"), result)
    if gone:
        carried = _data_sheet(wb, CARRIED_SHEET, CARRIED_COLUMNS, carried_rows(gone), "Carried")
        _reviewer_drop_down(carried, CARRIED_COLUMNS)
    _about_sheet(wb.create_sheet("About"), result, summary)
    _extracted_sheet(wb.create_sheet(EXTRACTED_SHEET), result)
    with atomic_path(path) as tmp:
        wb.save(tmp)


# --- cells -------------------------------------------------------------------------------

def _put(ws: Worksheet, row: int, col: int, value: object, style: StyleArray | None = None):
    """Writes one value (in a prepared style, if given); text is cleaned, and text
    that looks like a formula stays text."""
    if isinstance(value, str):
        value = clean_text(value)
    cell = ws.cell(row=row, column=col, value=value)
    if style is not None:
        cell._style = copy(style)
    if isinstance(value, str) and looks_like_formula(value):
        cell.data_type = "s"
        cell.quotePrefix = True
    return cell


def _style(ws: Worksheet, alignment: Alignment, number_format: str | None = None,
           fill: PatternFill | None = None, font: Font | None = None) -> StyleArray:
    """A cell style registered once in the workbook, to copy onto many cells: setting
    font, fill and alignment cell by cell is most of the time spent on a large run."""
    cell = Cell(ws)
    cell.alignment = alignment
    if number_format:
        cell.number_format = number_format
    if fill:
        cell.fill = fill
    if font:
        cell.font = font
    return copy(cell._style)


def _link_uri(link: Link, base: Path | None = None) -> str:
    """A link that opens the source; PDFs open at the page given. Relative to the
    workbook's folder `base`, so a folder shared whole (workbook and reports) keeps
    working; a file: URI when no relative path exists (another drive)."""
    target = Path(link.path).resolve()
    uri = None
    if base is not None:
        try:
            uri = quote(Path(os.path.relpath(target, base.resolve())).as_posix())
        except ValueError:
            uri = None
    uri = uri or target.as_uri()
    if link.page and link.format == "pdf":
        uri += f"#page={link.page}"
    return uri


def _put_link(ws: Worksheet, row: int, col: int, link: Link, style: StyleArray,
              base: Path | None = None):
    label = f"open p. {link.page}" if link.page and link.format == "pdf" else "open"
    cell = ws.cell(row=row, column=col, value=label)
    cell._style = copy(style)
    cell.hyperlink = _link_uri(link, base)
    cell.hyperlink.tooltip = clean_text(link.path)[:255]
    return cell


def _add_table(ws: Worksheet, name: str, first_row: int, first_col: int, n_cols: int,
               n_rows: int, style: str = TABLE_STYLE, filter_buttons: bool = True) -> None:
    """A native table over a header and its rows; with no rows it spans one empty row,
    because Excel refuses a table without a data row. Small reference tables hide
    their filter buttons, which would cover right-aligned headings."""
    last_col = get_column_letter(first_col + n_cols - 1)
    ref = f"{get_column_letter(first_col)}{first_row}:{last_col}{first_row + max(n_rows, 1)}"
    table = Table(displayName=name, ref=ref)
    if not filter_buttons:
        table.autoFilter = AutoFilter(ref=ref, filterColumn=[
            FilterColumn(colId=i, hiddenButton=True) for i in range(n_cols)])
    table.tableStyleInfo = TableStyleInfo(name=style, showRowStripes=True,
                                          showColumnStripes=False)
    ws.add_table(table)


def _fit_width(column: Column, values: list[object]) -> float:
    """Wide enough for the header's longest word and the content, capped by the column's width."""
    header = max(len(w) for w in column.header.split()) + 4
    longest = max((len(str(v)) for v in values if v is not None), default=0)
    cap = column.width if column.kind == "wrap" else max(column.width, 12)
    return max(header, min(cap, longest + 2))


#: Excel refuses more than 65,530 hyperlinks in a sheet; later rows show the path as text.
MAX_LINKS = 65_000
LINE_HEIGHT = 15.0
MAX_LINES = 12
CHARS_PER_WIDTH = 1.2  # an average character is narrower than the "0" Excel measures by


def _lines(text: str, width: float) -> int:
    """How many lines `text` wraps to in a column `width` wide (an estimate)."""
    per_line = max(1, int(width * CHARS_PER_WIDTH))
    return sum(max(1, -(-len(part) // per_line)) for part in text.split("\n"))


def _row_height(texts_and_widths: Iterable[tuple[object, float]]) -> float | None:
    """A row height that shows wrapped text; None for one line. Neither Excel nor
    LibreOffice reliably grows rows on opening a file, so the height is set here.
    Capped at MAX_LINES so that one long quote does not swallow the screen."""
    lines = max((_lines(t, w) for t, w in texts_and_widths if isinstance(t, str)), default=1)
    return LINE_HEIGHT * min(lines, MAX_LINES) if lines > 1 else None


def _data_sheet(wb: Workbook, title: str, columns: tuple[Column, ...],
                rows: Iterable[tuple], table_name: str | None = None,
                base: Path | None = None) -> Worksheet:
    ws = wb.create_sheet(title)
    printed = PRINT_COLUMNS.get(title, ())
    order = ([i for h in printed for i, c in enumerate(columns) if c.header == h]
             + [i for i, c in enumerate(columns) if c.header not in printed])
    columns = tuple(columns[i] for i in order)
    rows = [_labelled(tuple(row[i] for i in order), columns) for row in rows]
    widths = [_fit_width(col, [row[i] for row in rows[:2000]]) for i, col in enumerate(columns)]
    for c, (column, width) in enumerate(zip(columns, widths), 1):
        cell = ws.cell(row=1, column=c, value=column.header)
        cell.alignment, cell.font, cell.fill = HEADER, HEADER_FONT, HEADER_FILL
        ws.column_dimensions[get_column_letter(c)].width = width
    ws.row_dimensions[1].height = _row_height(
        (col.header, w - 3) for col, w in zip(columns, widths))  # room for the filter button
    styles = [_style(ws, WRAP if col.kind == "wrap" else CENTRE if col.kind in SHORT else TOP,
                     NUMBER_FORMATS.get(col.kind),
                     REVIEWER_FILL if col.kind == "reviewer" else None,
                     LINK_FONT if col.kind == "link" else None) for col in columns]
    plain = _style(ws, TOP)
    wrapped = [(i, widths[i]) for i, col in enumerate(columns) if col.kind == "wrap"]
    for r, values in enumerate(rows, 2):
        for c, (value, style) in enumerate(zip(values, styles), 1):
            if isinstance(value, Link):
                if r <= MAX_LINKS:
                    _put_link(ws, r, c, value, style, base)
                else:
                    _put(ws, r, c, value.path, plain)
            else:
                _put(ws, r, c, value, style)
        height = _row_height((values[i], w) for i, w in wrapped)
        if height:
            ws.row_dimensions[r].height = height
    _add_table(ws, f"{table_name or title}Table", 1, 1, len(columns), len(rows))
    ws.freeze_panes = "A2"
    ws.print_title_rows = "1:1"
    if printed:
        ws.print_area = f"A1:{get_column_letter(len(printed))}{max(ws.max_row, 2)}"
    _print_landscape(ws)
    return ws


#: The columns each data sheet prints (first, in this order), chosen to fit one A4 page
#: wide at a readable size (PRINT_WIDTH); the other columns stay on screen.
PRINT_COLUMNS = {
    "Reports": ("Report", "LSCB", "Period", "Entries", "Actions reported", "Bodies named",
                "Monitoring mechanism", "Verdict", "Why this verdict", "Same report as"),
    "Recommendations": ("Report", "SCR", "No.", "Recommendation", "Action", "Status",
                        "Bodies", "Reviewer verdict"),
    "Bodies": ("Report", "SCR", "Entry id", "Sector", "Bodies", "Status",
               "Recommendation or action"),
}
#: Column width units a landscape A4 page holds at 80% scale with PRINT_MARGIN_IN margins
#: (about 9 pt for the default 11 pt text)
PRINT_WIDTH = 190
PRINT_MARGIN_IN = 0.4


def _print_landscape(ws: Worksheet) -> None:
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins.left = ws.page_margins.right = PRINT_MARGIN_IN
    ws.page_margins.top = ws.page_margins.bottom = 0.5
    ws.print_options.gridLines = False
    ws.oddFooter.center.text = "&A, page &P of &N"
    ws.oddFooter.center.size = 9


def _column_range(ws: Worksheet, columns: tuple[Column, ...], header: str) -> str:
    """The data cells of the column headed `header` (found in the sheet: columns are put in
    print order there)."""
    letter = get_column_letter([c.value for c in ws[1]].index(header) + 1)
    return f"{letter}2:{letter}{max(ws.max_row, 2)}"


def _labelled(row: tuple, columns: tuple[Column, ...]) -> tuple:
    """The row with each code of a labelled column (status, verdict, sector) in words."""
    return tuple(
        "; ".join(col.labels.get(part, part) for part in value.split("; "))
        if col.labels and isinstance(value, str) else value
        for value, col in zip(row, columns))


def _colour_by_value(ws: Worksheet, columns: tuple[Column, ...], header: str,
                     colours: dict[str, str]) -> None:
    """Conditional formats that colour a labelled code column (status, verdict) like a RAG rating."""
    cells = _column_range(ws, columns, header)
    labels = next(c.labels for c in columns if c.header == header) or {}
    for code, colour in colours.items():
        ws.conditional_formatting.add(cells, CellIsRule(
            operator="equal", formula=[f'"{labels.get(code, code)}"'],
            fill=PatternFill("solid", bgColor=colour)))


def _grey_other_renderings(ws: Worksheet) -> None:
    """Greys the rows of files that are another rendering or copy of a report, so the eye
    (and the printed page) counts each report once."""
    letter = get_column_letter([c.value for c in ws[1]].index("Same report as") + 1)
    last = get_column_letter(ws.max_column)
    ws.conditional_formatting.add(f"A2:{last}{max(ws.max_row, 2)}", FormulaRule(
        formula=[f'LEN(${letter}2)>0'], font=Font(color="808080", italic=True)))


def _mark_low_confidence(ws: Worksheet) -> None:
    fill = PatternFill("solid", bgColor=LOW_CONFIDENCE_FILL)
    ws.conditional_formatting.add(
        _column_range(ws, RECOMMENDATION_COLUMNS, "Confidence"),
        CellIsRule(operator="lessThan", formula=[str(LOW_CONFIDENCE)], fill=fill))


def _reviewer_drop_down(ws: Worksheet, columns: tuple[Column, ...] = RECOMMENDATION_COLUMNS) -> None:
    _drop_down(ws, "Reviewer verdict", REVIEWER_CHOICES,
               "correct: the entry is right; wrong: not an SCR recommendation/action; "
               "edited: you corrected a cell; added: a row you added for an entry the tool missed.")


#: rows below the last a drop-down covers, so that rows a reviewer adds have it too
DROP_DOWN_SPARE_ROWS = 200


def _drop_down(ws: Worksheet, header: str, choices: tuple[str, ...], prompt: str) -> None:
    """A list validation on the column headed `header`: Excel and LibreOffice offer the
    choices and refuse other words."""
    dv = DataValidation(type="list", formula1=f'"{",".join(choices)}"', allow_blank=True,
                        showErrorMessage=True, errorTitle=header,
                        error=f"Choose one of: {', '.join(choices)}.",
                        promptTitle=header, prompt=prompt[:255])
    dv.showInputMessage = True
    letter = get_column_letter([c.value for c in ws[1]].index(header) + 1)
    dv.add(f"{letter}2:{letter}{max(ws.max_row, 2) + DROP_DOWN_SPARE_ROWS}")
    ws.add_data_validation(dv)


def _extracted_sheet(ws: Worksheet, result: RunResult) -> None:
    """Each entry as extracted, very hidden: what `scr-extract review` compares the reviewed
    cells with (cells edited, status and bodies right before the edit)."""
    ws.append(EXTRACTED_FIELDS)
    for r in result.distinct_reports():
        for e, key in zip(r.recommendations, entry_keys(r)):
            values = (key, e.scr, e.number, e.text, e.action, "; ".join(b.name for b in e.bodies),
                      "; ".join(b.sector for b in e.bodies), e.status, e.due, e.evidence)
            ws.append([clean_text(v) if isinstance(v, str) else v for v in values])
            for c, v in enumerate(values, 1):
                if isinstance(v, str) and looks_like_formula(v):
                    ws.cell(row=ws.max_row, column=c).data_type = "s"
    ws.sheet_state = "veryHidden"


# --- Summary -----------------------------------------------------------------------------

SUMMARY_FIRST_COL_WIDTH = 40
SUMMARY_FIRST_COL_MAX = 56
SUMMARY_COL_WIDTH = 14


def _summary_sheet(ws: Worksheet, summary: RunSummary) -> None:
    ws.title = "Summary"
    ws["A1"] = "SCR recommendations and recommendation 9: summary"
    ws["A1"].font = TITLE_FONT
    ws["A2"] = (f"{summary.headline()}. Generated {_display_date(summary.generated)}. "
                "The verdict rule and a guide to the sheets are on the About sheet.")
    ws["A2"].font = NOTE_FONT
    # wide enough for the longest board name on one line, so rows keep one height in every viewer
    first = max([len(str(r[0])) + 2 for t in summary.tables for r in t.rows if r and r[0]] + [SUMMARY_FIRST_COL_WIDTH])
    first_width = min(first, SUMMARY_FIRST_COL_MAX)
    ws.column_dimensions["A"].width = first_width
    for c in range(2, 9):
        ws.column_dimensions[get_column_letter(c)].width = SUMMARY_COL_WIDTH
    ws.column_dimensions["H"].width = 3
    anchors: dict[str, tuple[int, int]] = {}
    row = 4
    for table in summary.tables:
        anchors[table.key] = (row + 1, len(table.rows))
        if table.key == "reasons":
            row = _reasons_block(ws, table, row, first_width) + 2
        else:
            row = _summary_table(ws, table, row, first_width) + 2
        # Charts go below their tables, within the tables' width, so the sheet prints
        # one page wide at a readable size.
        if table.key == "statuses":
            row += _chart_rows(_verdict_chart(ws, *anchors["verdicts"], f"A{row}"))
        elif table.key == "sectors":
            row += _chart_rows(_sector_status_chart(ws, *anchors["sectors"], f"A{row}"))
    ws.freeze_panes = "A3"
    _print_landscape(ws)


def _chart_rows(height_cm: float) -> int:
    """Rows of the default height (15 pt) a chart this tall covers, and one to spare."""
    return int(height_cm / (LINE_HEIGHT * 2.54 / 72)) + 2


def _summary_table(ws: Worksheet, table: SummaryTable, row: int, first_width: float = SUMMARY_FIRST_COL_WIDTH) -> int:
    """Writes a titled table at `row`; returns the last row used."""
    ws.cell(row=row, column=1, value=table.title).font = TABLE_TITLE_FONT
    header_row = row + 1
    numeric = [bool(table.rows) and all(isinstance(r[i], (int, float)) or r[i] is None
                                        for r in table.rows) for i in range(len(table.headers))]
    for c, header in enumerate(table.headers, 1):
        cell = ws.cell(row=header_row, column=c, value=header)
        cell.alignment = HEADER if c == 1 else HEADER_RIGHT if numeric[c - 1] else HEADER_CENTRE
        cell.font, cell.fill = SUMMARY_HEADER_FONT, SUMMARY_HEADER_FILL
        cell.border = SUMMARY_HEADER_BORDER
    ws.row_dimensions[header_row].height = _row_height(
        (h, SUMMARY_COL_WIDTH - 1) for h in table.headers[1:])
    for r, values in enumerate(table.rows, header_row + 1):
        for c, value in enumerate(values, 1):
            cell = _put(ws, r, c, value)
            cell.alignment = WRAP if c == 1 else RIGHT if numeric[c - 1] else CENTRE
            if c - 1 in table.percent_columns and value is not None:
                cell.number_format = NUMBER_FORMATS["percent"]
        ws.row_dimensions[r].height = _row_height([(values[0], first_width)])
    _add_table(ws, f"Summary_{table.key}", header_row, 1, len(table.headers), len(table.rows),
               SUMMARY_TABLE_STYLE, filter_buttons=False)
    last = header_row + max(len(table.rows), 1)
    if table.key == "verdicts":
        _colour_labels(ws, f"A{header_row + 1}:A{last}", VERDICT_LABEL_COLOURS)
    if table.key == "lscbs":
        column = get_column_letter(len(table.headers))
        _colour_labels(ws, f"{column}{header_row + 1}:{column}{last}", VERDICT_LABEL_COLOURS)
    if table.key == "statuses":
        _colour_labels(ws, f"A{header_row + 1}:A{last}", STATUS_LABEL_COLOURS)
    return _table_note(ws, last, table.note)


def _table_note(ws: Worksheet, last: int, note: str | None) -> int:
    """Writes a table's note in the row under it; returns the last row used."""
    if not note:
        return last
    ws.cell(row=last + 1, column=1, value=note).font = NOTE_FONT
    return last + 1


#: (first, last) column of each field of the reasons block: the sentences need more width
#: than one narrow column, so they span merged cells within the width of the tables above
REASON_SPANS = ((1, 1), (2, 2), (3, 5), (6, 7))
#: merged cells wrap less tightly than the estimate assumes: their text is measured this much narrower
MERGED_SLACK = 0.8


def _reasons_block(ws: Worksheet, table: SummaryTable, row: int, first_width: float) -> int:
    """The verdict reasons: board, period, verdict, the reason and the monitoring quote, in
    merged cells (not an Excel table, which cannot hold them); returns the last row used."""
    ws.cell(row=row, column=1, value=table.title).font = TABLE_TITLE_FONT
    widths = [first_width] + [SUMMARY_COL_WIDTH] * 6
    rows = [(f"{board}, {period_}", verdict, why, mechanism)
            for board, period_, verdict, why, mechanism in table.rows]
    headers = (f"{table.headers[0]}, {table.headers[1].lower()}", *table.headers[2:])
    for r, values in enumerate([headers, *rows], row + 1):
        for value, (a, b) in zip(values, REASON_SPANS):
            cell = _put(ws, r, a, value)
            cell.alignment = WRAP_LEFT
            if r == row + 1:
                cell.font, cell.fill = SUMMARY_HEADER_FONT, SUMMARY_HEADER_FILL
            if b > a:
                ws.merge_cells(start_row=r, start_column=a, end_row=r, end_column=b)
            for c in range(a, b + 1):
                ws.cell(row=r, column=c).border = SUMMARY_HEADER_BORDER
        ws.row_dimensions[r].height = _row_height(
            (v, sum(widths[a - 1:b]) * MERGED_SLACK) for v, (a, b) in zip(values, REASON_SPANS))
    last = row + 1 + len(table.rows)
    _colour_labels(ws, f"B{row + 2}:B{max(last, row + 2)}", VERDICT_LABEL_COLOURS)
    return _table_note(ws, last, table.note)


def _colour_labels(ws: Worksheet, cells: str, colours: dict[str, str]) -> None:
    for label, colour in colours.items():
        ws.conditional_formatting.add(cells, CellIsRule(
            operator="equal", formula=[f'"{label}"'], fill=PatternFill("solid", bgColor=colour)))


def _verdict_chart(ws: Worksheet, header_row: int, n_rows: int, anchor: str) -> float:
    """Adds the verdict chart at `anchor`; returns its height in cm."""
    chart = BarChart()
    chart.type = "col"
    chart.title = _chart_title("Reports by recommendation 9 verdict")
    chart.y_axis.title = "Reports"
    chart.legend = None
    data = Reference(ws, min_col=2, min_row=header_row, max_row=header_row + n_rows)
    chart.add_data(data, titles_from_data=True)
    chart.set_categories(Reference(ws, min_col=1, min_row=header_row + 1,
                                   max_row=header_row + n_rows))
    series = chart.series[0]
    for i, verdict in enumerate(VERDICTS):
        point = DataPoint(idx=i)
        point.graphicalProperties.solidFill = VERDICT_CHART_COLOURS[verdict]
        point.graphicalProperties.line.noFill = True
        series.dPt.append(point)
    series.dLbls = DataLabelList()
    series.dLbls.showVal = True
    for flag in ("showSerName", "showCatName", "showLegendKey", "showPercent"):
        setattr(series.dLbls, flag, False)
    _show_axes(chart)
    chart.y_axis.majorGridlines = None
    chart.width, chart.height = 15, 7.5
    ws.add_chart(chart, anchor)
    return chart.height


def _sector_status_chart(ws: Worksheet, header_row: int, n_rows: int, anchor: str) -> float:
    """Adds the sector and status chart at `anchor`; returns its height in cm."""
    chart = BarChart()
    chart.type = "bar"
    chart.grouping = "stacked"
    chart.overlap = 100
    chart.gapWidth = 60
    chart.title = _chart_title("Entries by sector of the responsible body, and status")
    chart.y_axis.crosses = "max"  # with the categories reversed, keeps the scale at the bottom
    chart.x_axis.scaling.orientation = "maxMin"  # first (largest) sector on top
    rows = max(n_rows, 1)
    data = Reference(ws, min_col=3, max_col=2 + len(STATUSES), min_row=header_row,
                     max_row=header_row + rows)
    chart.add_data(data, titles_from_data=True)
    chart.set_categories(Reference(ws, min_col=1, min_row=header_row + 1,
                                   max_row=header_row + rows))
    for series, status in zip(chart.series, STATUSES):
        series.graphicalProperties.solidFill = STATUS_CHART_COLOURS[status]
        series.graphicalProperties.line.noFill = True
    chart.legend.position = "b"
    _show_axes(chart)
    chart.width, chart.height = 20, max(7.5, 2.5 + 0.7 * rows)
    ws.add_chart(chart, anchor)
    return chart.height


def _chart_title(text: str) -> Title:
    """A chart title in 11 pt bold: the default is too large beside the tables."""
    props = CharacterProperties(sz=1100, b=True, solidFill="1F3864")
    paragraph = Paragraph(pPr=ParagraphProperties(defRPr=props),
                          r=[RegularTextRun(rPr=props, t=text)])
    return Title(tx=Text(rich=RichText(p=[paragraph])), overlay=False)


def _show_axes(chart: BarChart) -> None:
    # openpyxl 3.1 marks axes as deleted by default; Excel then hides the labels.
    chart.x_axis.delete = False
    chart.y_axis.delete = False


# --- Boards ------------------------------------------------------------------------------

BOARD_WIDTHS = (9, 14, 5, 46, 46, 12, 24)  # period, SCR, No., recommendation, action, status, bodies
BOARD_QUOTE_CHARS = 240


def _boards_sheet(ws: Worksheet, result: RunResult) -> None:
    """One printed page (or more) per board: each report's verdict and why, the monitoring
    quote, a year-by-year table when there are several years, then its entries."""
    for c, w in enumerate(BOARD_WIDTHS, 1):
        ws.column_dimensions[get_column_letter(c)].width = w
    by_board: dict[str, list] = {}
    for r in result.distinct_reports():
        by_board.setdefault(r.lscb or NO_LSCB, []).append(r)
    ids = unique_ids(result)
    row = 1
    last = len(BOARD_WIDTHS)
    for n, board in enumerate(sorted(by_board, key=str.casefold)):
        reports = sorted(by_board[board], key=lambda r: r.period or "")
        if n:
            ws.row_breaks.append(Break(id=row - 1))
        _put(ws, row, 1, board).font = TITLE_FONT
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=last)
        row += 2
        for r in reports:
            verdict = VERDICT_LABELS[r.rec9.verdict]
            head = _put(ws, row, 1, f"{r.period or NO_PERIOD}: {verdict}  ({file_name(r.source)})")
            head.font = TABLE_TITLE_FONT
            ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=last)
            row += 1
            for text in (verdict_reason(r.rec9, len(r.recommendations)),
                         "Monitoring: " + mechanism_quote(r)):
                _put(ws, row, 1, text).alignment = WRAP_LEFT
                ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=last)
                ws.row_dimensions[row].height = _row_height([(text, sum(BOARD_WIDTHS) * MERGED_SLACK)])
                row += 1
            row += 1
        if len(reports) > 1:
            row = _board_years(ws, reports, row) + 1
        headers = ("Period", "SCR", "No.", "Recommendation", "Action", "Status", "Bodies")
        for c, h in enumerate(headers, 1):
            cell = ws.cell(row=row, column=c, value=h)
            cell.font, cell.fill, cell.border = SUMMARY_HEADER_FONT, SUMMARY_HEADER_FILL, SUMMARY_HEADER_BORDER
        row += 1
        for r in reports:
            for e, entry_id in zip(r.recommendations, ids[r.source]):
                values = (r.period, e.scr, e.number,
                          _short(e.text), _short(e.action), STATUS_LABELS[e.status],
                          "; ".join(b.name for b in e.bodies) or None)
                for c, v in enumerate(values, 1):
                    _put(ws, row, c, v).alignment = WRAP_LEFT
                ws.row_dimensions[row].height = _row_height(
                    (v, w * MERGED_SLACK) for v, w in zip(values, BOARD_WIDTHS))
                row += 1
        if not any(r.recommendations for r in reports):
            ws.cell(row=row, column=1, value="No SCR recommendation or action found.").font = NOTE_FONT
            row += 1
        row += 1
    _colour_labels(ws, f"F1:F{max(row, 1)}", STATUS_LABEL_COLOURS)
    ws.print_title_rows = None
    _print_landscape(ws)


def _short(text: str | None) -> str | None:
    if text is None or len(text) <= BOARD_QUOTE_CHARS:
        return text
    cut = text[:BOARD_QUOTE_CHARS]
    return cut[:cut.rfind(" ")] + " \u2026"


def _board_years(ws: Worksheet, reports: list, row: int) -> int:
    """Year by year for one board: verdict, entries, share with an action, share completed."""
    headers = ("Period", "Verdict", "Entries", "With action", "Completed")
    spans = ((1, 1), (2, 3), (4, 4), (5, 5), (6, 7))
    for (a, b), h in zip(spans, headers):
        cell = ws.cell(row=row, column=a, value=h)
        cell.font, cell.fill, cell.border = SUMMARY_HEADER_FONT, SUMMARY_HEADER_FILL, SUMMARY_HEADER_BORDER
        if b > a:
            ws.merge_cells(start_row=row, start_column=a, end_row=row, end_column=b)
    for r in reports:
        row += 1
        n = len(r.recommendations)
        done = sum(1 for e in r.recommendations if e.status == "completed")
        values = (r.period, VERDICT_LABELS[r.rec9.verdict], n, r.rec9.actions_reported,
                  done / n if n else None)
        for (a, b), v in zip(spans, values):
            cell = _put(ws, row, a, v)
            if isinstance(v, float):
                cell.number_format = NUMBER_FORMATS["percent"]
            if b > a:
                ws.merge_cells(start_row=row, start_column=a, end_row=row, end_column=b)
    return row + 1


# --- About -------------------------------------------------------------------------------

GUIDE = (
    ("Summary", "The tables for discussion: recommendation 9 verdicts, entries by status and "
                "by sector of the responsible body, by LSCB and by reporting period, with "
                "charts. Every figure is computed by scr-extract; no cell holds a formula."),
    ("Reports", "One row per annual report read: board, period, SCRs named, the number of "
                "entries and the recommendation 9 assessment with the quote that shows "
                "how the board monitors its SCR action plans."),
    ("Recommendations", "One row per entry: an SCR recommendation, or an action reported "
                        "without its recommendation (Recommendation is then empty). Status "
                        "words and Body named in quote the report, with where the words are. "
                        "Source opens the file (PDFs at the page of the action). Confidence "
                        "below 0.6 is shaded: read those first. Id is unique in the workbook; "
                        "Review key ties your verdict and note to the entry across reruns."),
    ("Page or \u00b6", "p. 14: page 14 of a PDF, or of a Word file saved with its page "
                   "breaks. \u00b6 121: the file has no pages (HTML, text, a Word file saved "
                   "without page breaks), so the place is counted in blocks: the 121st heading, "
                   "paragraph, list item or table row from the start."),
    ("Why this verdict", "The verdict's reason in words, from the same figures the rule "
                         "uses; Mechanism evidence quotes how the report says SCR actions are "
                         "monitored, or says none was found."),
    ("Bodies", "One row per entry and sector of the bodies it names as responsible (an entry "
               "naming a council and the police has two rows); filter on Sector to see each "
               "sector's entries, each once. An entry naming no body has one row, 'No body named'."),
    ("Errors", "Files that could not be read and why; they are not in any other sheet."),
    ("Skipped", "Files that are not safeguarding annual reports (no board, no reporting "
                "period, little safeguarding vocabulary, or notes about files), and files of "
                "types not read, each with the reason; they are not in any other sheet."),
    ("Same report as", "A report that came as several files (PDF and DOCX, a copy under another "
                       f"name) is one report. Its entries come from one file, chosen as {SELECTION_RULE}; "
                       "the Reports sheet marks the others 'same report as ...', and they are "
                       "counted nowhere else."),
    ("Verdicts", "Meets: a monitoring mechanism is described and at least 80% of entries "
                 "report an action and at least 80% name a body. Does not meet: SCRs are "
                 "reported but there are no entries, or no entry reports an action. "
                 "No SCRs: no SCR is named or counted and there are no entries. "
                 "Partly meets: everything else. (The JSON and CSV keep the codes meets, "
                 "partly_meets, does_not_meet, no_scrs.)"),
    ("Shares", "Actions reported / bodies named: the share of a report's entries that state "
               "an action / name at least one responsible body (empty when there are no "
               "entries)."),
    ("Boards", "One page per board, for meetings: each report's verdict and why, the "
               "monitoring quote, year by year when the run holds several years of the "
               "board, then every entry with its status and bodies."),
    ("Reviewer columns", "Reviewer verdict, Reviewer note (Recommendations) and Review complete "
                         "(Reports) are yours: see How to review below. They are carried over "
                         "when the tool writes over this workbook."),
)

#: The steps of a review, on the About sheet; `scr-extract review import` reads what they produce.
HOW_TO_REVIEW = (
    ("1. Each entry", "On Recommendations, set Reviewer verdict from the drop-down: correct (the "
                      "entry is right as it stands) or wrong (not an SCR recommendation or action)."),
    ("2. Corrections", "Where a cell is wrong, type the right value over it (Status, Bodies, "
                       "Sectors, Action, SCR, No., Recommendation, Due, Evidence) and set the verdict "
                       "to edited. Bodies and Sectors: separated by '; ', one sector per body in "
                       "order (or one for all); sectors as on the Bodies sheet. Import before "
                       "the tool writes over the workbook: a rerun keeps verdicts and notes, "
                       "not the cells typed over."),
    ("3. Missing entries", "Add a row (Excel: right-click, Insert, Table rows above) with the "
                           "Report's file name, the entry's cells, and the verdict added."),
    ("4. A report done", "On Reports, set Review complete to yes once every entry of that report "
                         "has a verdict and its missing entries are added: the tool then knows "
                         "what it missed, not only what it got wrong."),
    ("5. Back to the tool", "scr-extract review import THIS.xlsx --gold-out DIR writes the gold of "
                            "every complete report (for evaluate and train); scr-extract review "
                            "stats THIS.xlsx shows how the tool did on your reports."),
)


def _parse_generated(generated: str) -> datetime | str:
    try:
        return datetime.strptime(generated, "%Y-%m-%dT%H:%M:%SZ")
    except ValueError:
        return generated


def _display_date(generated: str) -> str:
    when = _parse_generated(generated)
    return when.strftime("%d %B %Y, %H:%M UTC") if isinstance(when, datetime) else generated


def _about_sheet(ws: Worksheet, result: RunResult, summary: RunSummary) -> None:
    ws["A1"] = "About this workbook"
    ws["A1"].font = TITLE_FONT
    ws.column_dimensions["A"].width = 26
    ws.column_dimensions["B"].width = 100
    ws.column_dimensions["C"].width = 9
    ws.column_dimensions["D"].width = 8
    ws.column_dimensions["E"].width = 68
    facts = [
        ("Tool", f"scr-extract {__version__}"),
        ("Specification", SCHEMA),
        ("Generated (UTC)", _parse_generated(result.generated)),
        ("Run", result.run),
        ("Reports read", summary.reports),
        ("Entries", summary.entries),
        ("Bodies named", summary.bodies),
        ("Files not read", summary.errors),
    ]
    row = _about_table(ws, 3, "Facts", ("Item", "Value"), facts)
    ws.cell(row=row + 2, column=1, value="How to read this workbook").font = TABLE_TITLE_FONT
    row = _about_table(ws, row + 3, "Guide", ("Sheet or term", "Meaning"), GUIDE)
    ws.cell(row=row + 2, column=1, value="How to review").font = TABLE_TITLE_FONT
    row = _about_table(ws, row + 3, "Review", ("Step", "What to do"), HOW_TO_REVIEW)
    ws.cell(row=row + 2, column=1, value="Inputs").font = TABLE_TITLE_FONT
    inputs = [(file_name(r.source), r.source, r.format, r.pages, r.sha256)
              for r in result.reports]
    inputs += [(file_name(f.source), f.source, "not read", None, None) for f in result.errors]
    _about_table(ws, row + 3, "Inputs", ("File", "Source", "Format", "Pages", "SHA-256"),
                 inputs)
    ws.freeze_panes = "A2"
    _print_landscape(ws)


def _about_table(ws: Worksheet, header_row: int, name: str, headers: tuple[str, ...],
                 rows: list[tuple]) -> int:
    for c, header in enumerate(headers, 1):
        cell = ws.cell(row=header_row, column=c, value=header)
        cell.font, cell.fill = SUMMARY_HEADER_FONT, SUMMARY_HEADER_FILL
        cell.border = SUMMARY_HEADER_BORDER
    for r, values in enumerate(rows, header_row + 1):
        for c, value in enumerate(values, 1):
            cell = _put(ws, r, c, value)
            cell.alignment = WRAP_LEFT
            if isinstance(value, datetime):
                cell.number_format = DATE_FORMAT
        ws.row_dimensions[r].height = _row_height(
            (v, ws.column_dimensions[get_column_letter(c)].width) for c, v in enumerate(values, 1))
    _add_table(ws, f"About_{name}", header_row, 1, len(headers), len(rows), "TableStyleLight1",
               filter_buttons=name == "Inputs")
    return header_row + max(len(rows), 1)
