"""The workbook officials review: Summary, Reports, Recommendations, Bodies, Errors, About.

Every data sheet is a native Excel table (filters, banded rows, frozen header).
No cell holds a formula: every value, including the Summary figures, is computed
here, and text from a report that looks like a formula is stored as plain text.
"""
from __future__ import annotations

from copy import copy
from datetime import datetime
from pathlib import Path
from typing import Iterable

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
from openpyxl.formatting.rule import CellIsRule
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.styles.cell_style import StyleArray
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.filters import AutoFilter, FilterColumn
from openpyxl.worksheet.table import Table, TableStyleInfo
from openpyxl.worksheet.worksheet import Worksheet

from .. import __version__
from ..report import SCHEMA, STATUSES, VERDICTS, RunResult
from .atomic import atomic_path
from .cells import clean_text, looks_like_formula
from .rows import (
    BODY_COLUMNS, CHECK_FLAG, ERROR_COLUMNS, LOW_CONFIDENCE, RECOMMENDATION_COLUMNS,
    REPORT_COLUMNS, Column, Link, body_rows, error_rows, file_name, recommendation_rows,
    report_rows,
)
from .summary import STATUS_LABELS, VERDICT_LABELS, RunSummary, SummaryTable, summarise

SHEETS = ("Summary", "Reports", "Recommendations", "Bodies", "Errors", "About")
REVIEWER_CHOICES = ("correct", "wrong", "edited")
TABLE_STYLE = "TableStyleMedium2"
SUMMARY_TABLE_STYLE = "TableStyleLight9"

# Traffic-light colours shared by cells, conditional formats and charts.
GREEN, AMBER, RED, GREY = "C6EFCE", "FFEB9C", "FFC7CE", "E7E6E6"
CHART_GREEN, CHART_AMBER, CHART_RED, CHART_GREY = "4E9A5B", "E3A72F", "C8553D", "A5A5A5"
STATUS_COLOURS = {"completed": GREEN, "in_progress": AMBER, "not_started": RED, "unknown": GREY}
VERDICT_COLOURS = {"meets": GREEN, "partly_meets": AMBER, "does_not_meet": RED, "no_scrs": GREY}
STATUS_CHART_COLOURS = dict(zip(STATUSES, (CHART_GREEN, CHART_AMBER, CHART_RED, CHART_GREY)))
VERDICT_CHART_COLOURS = dict(zip(VERDICTS, (CHART_GREEN, CHART_AMBER, CHART_RED, CHART_GREY)))
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
    """Writes the review workbook for one run (atomically: a crash leaves the old file)."""
    wb = Workbook()
    wb.properties.title = "SCR recommendations and recommendation 9 assessment"
    wb.properties.creator = f"scr-extract {__version__}"
    summary = summarise(result)
    _summary_sheet(wb.active, summary)
    reports = _data_sheet(wb, "Reports", REPORT_COLUMNS, report_rows(result))
    _colour_by_value(reports, REPORT_COLUMNS, "Verdict", VERDICT_COLOURS)
    recs = _data_sheet(wb, "Recommendations", RECOMMENDATION_COLUMNS, recommendation_rows(result))
    _colour_by_value(recs, RECOMMENDATION_COLUMNS, "Status", STATUS_COLOURS)
    _mark_low_confidence(recs)
    _reviewer_drop_down(recs)
    _data_sheet(wb, "Bodies", BODY_COLUMNS, body_rows(result))
    _data_sheet(wb, "Errors", ERROR_COLUMNS, error_rows(result))
    _about_sheet(wb.create_sheet("About"), result, summary)
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


def _link_uri(link: Link) -> str:
    """A file: URI that opens the source; PDFs open at the entry's page."""
    uri = Path(link.path).resolve().as_uri()
    if link.page and link.format == "pdf":
        uri += f"#page={link.page}"
    return uri


def _put_link(ws: Worksheet, row: int, col: int, link: Link, style: StyleArray):
    label = f"open p. {link.page}" if link.page and link.format == "pdf" else "open"
    cell = ws.cell(row=row, column=col, value=label)
    cell._style = copy(style)
    cell.hyperlink = _link_uri(link)
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
                rows: Iterable[tuple]) -> Worksheet:
    ws = wb.create_sheet(title)
    rows = list(rows)
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
                    _put_link(ws, r, c, value, style)
                else:
                    _put(ws, r, c, value.path, plain)
            else:
                _put(ws, r, c, value, style)
        height = _row_height((values[i], w) for i, w in wrapped)
        if height:
            ws.row_dimensions[r].height = height
    _add_table(ws, f"{title}Table", 1, 1, len(columns), len(rows))
    ws.freeze_panes = "A2"
    ws.print_title_rows = "1:1"
    _print_landscape(ws)
    return ws


def _print_landscape(ws: Worksheet) -> None:
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True


def _column_range(ws: Worksheet, columns: tuple[Column, ...], header: str) -> str:
    letter = get_column_letter([c.header for c in columns].index(header) + 1)
    return f"{letter}2:{letter}{max(ws.max_row, 2)}"


def _colour_by_value(ws: Worksheet, columns: tuple[Column, ...], header: str,
                     colours: dict[str, str]) -> None:
    """Conditional formats that colour a code column (status, verdict) like a RAG rating."""
    cells = _column_range(ws, columns, header)
    for code, colour in colours.items():
        ws.conditional_formatting.add(cells, CellIsRule(
            operator="equal", formula=[f'"{code}"'], fill=PatternFill("solid", bgColor=colour)))


def _mark_low_confidence(ws: Worksheet) -> None:
    fill = PatternFill("solid", bgColor=LOW_CONFIDENCE_FILL)
    ws.conditional_formatting.add(
        _column_range(ws, RECOMMENDATION_COLUMNS, "Confidence"),
        CellIsRule(operator="lessThan", formula=[str(LOW_CONFIDENCE)], fill=fill))
    ws.conditional_formatting.add(
        _column_range(ws, RECOMMENDATION_COLUMNS, "Check"),
        CellIsRule(operator="equal", formula=[f'"{CHECK_FLAG}"'], fill=fill))


def _reviewer_drop_down(ws: Worksheet) -> None:
    choices = ",".join(REVIEWER_CHOICES)
    dv = DataValidation(type="list", formula1=f'"{choices}"', allow_blank=True,
                        showErrorMessage=True, errorTitle="Reviewer verdict",
                        error=f"Choose one of: {', '.join(REVIEWER_CHOICES)}.",
                        promptTitle="Reviewer verdict",
                        prompt="correct: the entry is right; wrong: not an SCR "
                               "recommendation/action; edited: you corrected a cell.")
    dv.showInputMessage = True
    dv.add(_column_range(ws, RECOMMENDATION_COLUMNS, "Reviewer verdict"))
    ws.add_data_validation(dv)


# --- Summary -----------------------------------------------------------------------------

SUMMARY_FIRST_COL_WIDTH = 40
SUMMARY_FIRST_COL_MAX = 56
SUMMARY_COL_WIDTH = 14
CHART_COLUMN = "I"


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
        row = _summary_table(ws, table, row, first_width) + 2
    _verdict_chart(ws, *anchors["verdicts"])
    _sector_status_chart(ws, *anchors["sectors"])
    ws.freeze_panes = "A3"
    _print_landscape(ws)


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
        labels = {VERDICT_LABELS[v]: c for v, c in VERDICT_COLOURS.items()}
        _colour_labels(ws, f"A{header_row + 1}:A{last}", labels)
    if table.key == "lscbs":
        labels = {VERDICT_LABELS[v]: c for v, c in VERDICT_COLOURS.items()}
        column = get_column_letter(len(table.headers))
        _colour_labels(ws, f"{column}{header_row + 1}:{column}{last}", labels)
    if table.key == "statuses":
        labels = {STATUS_LABELS[s]: c for s, c in STATUS_COLOURS.items()}
        _colour_labels(ws, f"A{header_row + 1}:A{last}", labels)
    if table.note:
        last += 1
        ws.cell(row=last, column=1, value=table.note).font = NOTE_FONT
    return last


def _colour_labels(ws: Worksheet, cells: str, colours: dict[str, str]) -> None:
    for label, colour in colours.items():
        ws.conditional_formatting.add(cells, CellIsRule(
            operator="equal", formula=[f'"{label}"'], fill=PatternFill("solid", bgColor=colour)))


def _verdict_chart(ws: Worksheet, header_row: int, n_rows: int) -> None:
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
    ws.add_chart(chart, f"{CHART_COLUMN}4")


def _sector_status_chart(ws: Worksheet, header_row: int, n_rows: int) -> None:
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
    chart.width, chart.height = 15, max(7.5, 2.5 + 0.7 * rows)
    ws.add_chart(chart, f"{CHART_COLUMN}20")


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


# --- About -------------------------------------------------------------------------------

GUIDE = (
    ("Summary", "The tables for discussion: recommendation 9 verdicts, entries by status and "
                "by sector of the responsible body, by LSCB and by reporting period, with "
                "charts. Every figure is computed by scr-extract; no cell holds a formula."),
    ("Reports", "One row per annual report read: board, period, SCRs named, the number of "
                "entries and the recommendation 9 assessment with the quote that shows "
                "how the board monitors its SCR action plans."),
    ("Recommendations", "One row per entry: an SCR recommendation, or an action reported "
                        "without its recommendation (Recommendation is then empty). Source "
                        "opens the file (PDFs at the page). Check = confidence below 0.6: "
                        "read these first."),
    ("Bodies", "One row per body named as responsible for an entry, with its sector."),
    ("Errors", "Files that could not be read and why; they are not in any other sheet."),
    ("Verdicts", "meets: a monitoring mechanism is described and at least 80% of entries "
                 "report an action and at least 80% name a body. does_not_meet: SCRs are "
                 "reported but there are no entries, or no entry reports an action. "
                 "no_scrs: no SCR is named or counted and there are no entries. "
                 "partly_meets: everything else."),
    ("Shares", "Actions reported / bodies named: the share of a report's entries that state "
               "an action / name at least one responsible body (empty when there are no "
               "entries)."),
    ("Reviewer columns", "In Recommendations, set Reviewer verdict from the drop-down: "
                         "correct (the entry is right), wrong (not an SCR recommendation or "
                         "action), edited (you corrected a cell in the row; say what in "
                         "Reviewer note). Filter on these columns to share the review."),
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
