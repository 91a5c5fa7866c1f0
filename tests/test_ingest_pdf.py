"""The PDF reader on LibreOffice-made fixtures (tests/data/build_fixtures.py)."""
from __future__ import annotations

import importlib.util
import re

import pypdfium2 as pdfium
import pytest

from extractor import errors
from extractor.errors import ReadError
from extractor.ingest import read_document
from extractor.ingest.pdf import objects, read_pdf
from extractor.ingest.pdf.settings import PdfSettings

from conftest import DATA

_spec = importlib.util.spec_from_file_location("build_fixtures", DATA / "build_fixtures.py")
fixtures = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(fixtures)


@pytest.fixture(scope="module")
def report():
    return read_document(DATA / "report.pdf")


def table_rows(doc, first_text: str):
    """All rows of the table whose first data row starts with first_text."""
    start = next(b for b in doc.blocks if b.kind == "table_row" and b.text.startswith(first_text))
    return [b for b in doc.blocks if b.table == start.table]


def test_document_basics(report):
    assert report.format == "pdf" and len(report.sha256) == 64
    assert report.pages >= 5
    assert report.metadata["title"] == "Westbrook LSCB Annual Report 2015-16"
    assert report.metadata["author"] == "Westbrook Business Unit"
    pages = [b.page for b in report.blocks]
    assert pages == sorted(pages) and pages[0] == 1


def test_heading_hierarchy(report):
    headings = {b.text: b.level for b in report.blocks if b.kind == "heading"}
    assert headings["1. Introduction"] == 1
    assert headings["1.1 Our priorities"] == 2
    assert headings["2. Serious case reviews"] == 1
    assert headings["Priority detail"] > 1
    assert headings["3. Learning and development"] == 1  # a heading wrapped in a narrow column is one block


def test_bullets_and_numbers_are_list_items(report):
    items = [b.text for b in report.blocks if b.kind == "list_item"]
    for text in ("Neglect and the Graded Care Profile", "Child sexual exploitation", "Early help"):
        assert text in items  # the bullet glyph is gone
    assert "1. Audit of neglect cases" in items and "3. Review of thresholds" in items


def test_running_header_and_page_numbers_removed(report):
    for b in report.blocks:
        assert b.text != "Westbrook LSCB Annual Report 2015-16"
        assert not re.search(r"\bPage \d+ of \d+\b", b.text)


@pytest.mark.parametrize("first, repeated", [(1, True), (21, False)])
def test_table_over_page_break_is_one_table(report, first, repeated):
    rows = table_rows(report, f"Recommendation {first}:")
    headers = [r for r in rows if r.is_header]
    assert len(headers) == 1 and headers[0] is rows[0]  # a repeated header row is dropped
    data = rows[1:]
    assert len(data) == 9
    assert len({r.page for r in data}) >= 2  # the table really crosses a page break
    for n, row in zip(range(first, first + 9), data):
        assert row.cell("Recommendation") == fixtures.recommendation(n)
        assert row.cell("Action taken") == fixtures.action(n)
        assert row.cell("Lead agency") == fixtures.AGENCIES[n % 5]
        assert row.text == " | ".join(c.text for c in row.cells)


def test_tables_are_numbered_apart(report):
    a = table_rows(report, "Recommendation 1:")
    b = table_rows(report, "Recommendation 21:")
    assert a[0].table != b[0].table


def test_two_columns_read_column_by_column(report):
    paras = [b for b in report.blocks if b.text.startswith("Column paragraph")]
    numbers = [int(b.text.split()[2].rstrip(".")) for b in paras]
    assert numbers == list(range(1, 15))
    for b in paras:  # each paragraph whole, even where it runs into the next column or page
        assert b.text.endswith("because demand for safeguarding learning was high.")


def test_hyphenation_repaired_but_real_hyphens_kept(report):
    text = report.text
    assert "safe-guarding" not in text and "safe guarding" not in text
    assert "multi agency" not in text and "multiagency" not in text
    assert text.count("multi-agency") >= 14
    last = next(b for b in report.blocks if b.text.startswith("A word split at the line end"))
    assert last.text.count("safeguarding") == 9


def test_docx_features_survive_conversion():
    doc = read_pdf((DATA / "features.pdf").read_bytes(), "features.pdf")
    assert [b.text for b in doc.blocks if b.kind == "heading"][:2] == ["Heading One", "Heading Two"]
    rows = [b for b in doc.blocks if b.kind == "table_row"]
    assert rows[1].cell("Recommendation") == "Merged across two columns"
    assert rows[1].cell("Lead agency") == "Police"
    assert "Inner one" in rows[2].cell("Action taken")


def test_empty_user_password_is_read():
    doc = read_pdf((DATA / "encrypted-empty.pdf").read_bytes(), "x.pdf")
    assert "Westbrook Local Safeguarding Children Board" in doc.text


@pytest.mark.parametrize("name, message", [
    ("encrypted-secret.pdf", errors.ENCRYPTED_PDF),
    ("no-text.pdf", errors.NO_TEXT_LAYER),
])
def test_unreadable_pdfs(name, message):
    with pytest.raises(ReadError) as err:
        read_pdf((DATA / name).read_bytes(), name)
    assert str(err.value) == message


def test_broken_pdf():
    with pytest.raises(ReadError) as err:
        read_pdf((DATA / "corrupt.pdf").read_bytes(), "corrupt.pdf")
    assert str(err.value).startswith(errors.BROKEN_PDF.split("(")[0])
    assert "\n" not in str(err.value)


def test_a_short_word_on_the_next_line_of_a_cell_is_not_glued_to_the_word_before():
    """"No recommendations" / "yet." in a narrow cell: "yet" is a word, not the end of a cut one."""
    from conftest import ROOT

    doc = read_document(ROOT / "corpus" / "reports" / "hollinbrook-2015-16.pdf")
    cells = [c.text for b in doc.blocks if b.kind == "table_row" for c in b.cells]
    assert "Review under way. No recommendations yet." in cells
    assert not any("recommendationsyet" in c for c in cells)


def test_shaded_cells_carry_their_rating_colour_as_in_the_docx():
    def fills(name):
        return [[c.fill for c in b.cells] for b in read_document(DATA / name).blocks if b.kind == "table_row"]
    assert fills("shaded.pdf") == fills("shaded.docx")
    assert ["green", "amber", "red", "green"] == [row[4] for row in fills("shaded.pdf")[4:]]


def each_page(path):
    """(page, text page) pdfium handles of every page of a PDF, closed as the next is read."""
    pdf = pdfium.PdfDocument(path)
    doc = objects.handle(pdf.raw)
    try:
        for index in range(len(pdf)):
            page = objects.load_page(doc, index)
            tp = objects.load_textpage(page)
            try:
                yield page, tp
            finally:
                objects.close_textpage(tp)
                objects.close_page(page)
    finally:
        pdf.close()


@pytest.mark.parametrize("name", ["report.pdf", "features.pdf", "shaded.pdf", "right-to-left.pdf",
                                  "layouts/columns.chromium.pdf", "layouts/footnotes.weasyprint.pdf",
                                  "layouts/cards.chromium.pdf", "layouts/table-card.weasyprint.pdf"])
def test_object_texts_cut_from_the_page_text_are_those_pdfium_gives_object_by_object(name):
    """Each text object's text, cut from the text page's text read once, is what pdfium's
    FPDFTextObj_GetText gives asked object by object (as for a document read right to left):
    the space after a run and a hyphen pdfium marks at a line's end included."""
    cfg = PdfSettings()
    for page, tp in each_page(DATA / name):
        assert objects.collect(page, tp, {}, cfg) == objects.collect(page, tp, {}, cfg, r2l=True)


def test_a_hyphen_pdfium_marks_at_a_line_end_is_read_as_the_object_text_has_it():
    """The page text stands U+FFFE in for a hyphen that breaks a word at a line's end; the
    object's text has \x02 there, which join_lines reads as a hyphen to decide on."""
    cfg = PdfSettings()
    marked = 0
    for page, tp in each_page(DATA / "report.pdf"):
        if "\ufffe" in objects._object_runs(tp)[0]:
            marked += 1
            assert any(s.text.endswith("\x02") for s in objects.collect(page, tp, {}, cfg)[0])
    assert marked


def test_a_page_with_right_to_left_script_is_read_object_by_object():
    """pdfium reorders the characters of a line holding Arabic or Hebrew, so such a page's
    text is not cut where the objects change; its words come out as on the page all the same."""
    assert [objects._object_runs(tp) for _, tp in each_page(DATA / "right-to-left.pdf")] == [None]
    text = " ".join(b.text for b in read_document(DATA / "right-to-left.pdf").blocks)
    assert "\u0627\u0644\u0646\u0648\u0645" in text and "\u05e9\u05d9\u05e0\u05d4" in text
    assert "both were checked by community groups before printing." in text


def test_a_table_nested_in_a_cell_is_read_into_that_cell_as_the_docx_reader_reads_it():
    # Word's action plans put an "Action | Date | By whom" table in the action cell; LibreOffice
    # prints its rules inside the outer row, where they must not cut the outer table
    def action_cells(name):
        rows = [b for b in read_document(DATA / name).blocks if b.kind == "table_row" and not b.is_header]
        return [next(c.text for c in row.cells if c.header == "Action taken") for row in rows]

    pdf, docx = action_cells("nested.pdf"), action_cells("nested.docx")
    assert len(pdf) == 2 and pdf == docx
    assert pdf[0].startswith("Action; Date; By whom The pre-birth assessment template was revised")
    assert pdf[1] == "Action agreed; work starts in April 2017."


def _box(x0, y0, x1, y1):
    from extractor.ingest.pdf.objects import Rule

    return [Rule(x0, y1, x1, y1), Rule(x0, y0, x1, y0)], [Rule(x0, y0, x0, y1), Rule(x1, y0, x1, y1)]


def test_frames_side_by_side_each_with_its_own_border_are_boxes_not_a_table():
    # a designed panel (LibreOffice Writer frames): four boxes in two columns, a 3 pt gutter,
    # each as tall as its text, so the columns' box edges do not line up
    from extractor.ingest.pdf.tables import _separate_boxes

    def rules(boxes):
        h, v = [], []
        for b in boxes:
            bh, bv = _box(*b)
            h += bh
            v += bv
        return h, v

    panel = rules([(58, 640, 221, 734), (224, 588, 387, 734), (58, 451, 221, 586), (224, 491, 387, 586)])
    assert _separate_boxes(*panel, snap=2.0)
    # cells drawn apart with border spacing share their rows: a table
    spaced = rules([(58, 640, 221, 734), (224, 640, 387, 734), (58, 451, 221, 637), (224, 451, 387, 637)])
    assert not _separate_boxes(*spaced, snap=2.0)


def test_a_dot_glyph_in_a_rating_colour_or_on_a_highlight_of_one_says_its_colour():
    # coloured-dots.docx printed by LibreOffice: dots in a font colour, on a highlight, on
    # shading; a key of such dots; the last dot set before words of its own
    blocks = read_document(DATA / "coloured-dots.pdf").blocks
    assert "Key: Green complete Amber on track Red not started" in [b.text for b in blocks]
    assert [b.cells[2].text for b in blocks if b.kind == "table_row"][1:] == [
        "Green", "Amber", "Red", "\u25cf Audit under way"]


def test_symbol_font_codes_without_unicode_read_as_the_symbols_they_draw():
    # symbol-fonts.docx printed by LibreOffice: its w:sym ticks come out as private-use codes
    # ("\uf0fc") in OpenSymbol, the font LibreOffice prints Wingdings in. (Its runs typed in
    # Wingdings came out as plain letters in a fallback font: no Wingdings font where it was
    # printed, and nothing in the PDF says what they were.)
    blocks = read_document(DATA / "symbol-fonts.pdf").blocks
    assert any(b.text.startswith("Key: \u2713 achieved") for b in blocks)
    assert [b.cells[3].text for b in blocks if b.kind == "table_row"][2] == "\u25cb"


def test_a_numbered_row_at_the_top_of_a_page_is_its_own_row_not_the_tail_of_the_one_before():
    from extractor.document import Block, Cell
    from extractor.ingest.pdf.tables import _split_row

    def row(*texts):
        return Block("table_row", " | ".join(texts), 7, cells=tuple(Cell(None, t) for t in texts), table=1)

    last = row("2", "Hallamdale Police should ensure that intelligence is presented.", "Hallamdale Police",
               "An analyst joined in July.", "\u2610 Delivered \u2612 Developing")
    assert not _split_row(last, ["3", "Schools should monitor part-day absence.", "Education Safeguarding Service",
                                 "Guidance was sent in November.", ""])
    assert _split_row(row("2", "Hallamdale Police should ensure that intelligence about adults", "Police", "", ""),
                      ["", "associated with missing children is recorded.", "", "An analyst joined.", ""])
    # a cell merged down over two action rows goes on mid-sentence beside the next row's own ref
    assert _split_row(row("4.1", "Recommendation 4 All partner agencies should treat a parent's request for help",
                          "Publish a guide for parents.", "MASH", "B"),
                      ["4.2", "because they fear their child is being exploited as a referral.",
                       "Test agencies' responses in an audit.", "QA Group", "G"])
