"""The DOCX reader on python-docx-made fixtures (tests/data/build_fixtures.py)."""
from __future__ import annotations

import io
import zipfile

import pytest

from conftest import DATA
from extractor import errors
from extractor.errors import ReadError
from extractor.ingest import read_document
from extractor.ingest.docx import read_docx


@pytest.fixture(scope="module")
def features():
    return read_document(DATA / "features.docx")


def kinds(doc):
    return [(b.kind, b.text) for b in doc.blocks]


def test_headings_from_styles_and_outline_levels(features):
    headings = [(b.text, b.level) for b in features.blocks if b.kind == "heading"]
    assert headings == [("Heading One", 1), ("Heading Two", 2), ("Outline level paragraph", 3)]
    assert features.metadata["title"] == "Features"


def test_hyphens_tabs_and_invisible_characters(features):
    assert "multi-agency work and safeguarding after tab." in features.text.splitlines()


def test_table_stays_in_body_order(features):
    texts = [b.text for b in features.blocks]
    before, after = texts.index("Before the table."), texts.index("After the table.")
    rows = [i for i, b in enumerate(features.blocks) if b.kind == "table_row"]
    assert rows and before < min(rows) and max(rows) < after


def test_merged_cells_are_not_duplicated(features):
    header, merged, second = [b for b in features.blocks if b.kind == "table_row"]
    assert header.is_header and not merged.is_header
    assert len({header.table, merged.table, second.table}) == 1
    assert [c.text for c in merged.cells] == ["Merged across two columns", "Police"]
    assert merged.cell("Recommendation") == "Merged across two columns"
    assert merged.cell("Lead agency") == "Police"
    assert second.cell("Lead agency") == ""  # vMerge continuation: the text lives in the row above
    assert second.cells[-1].merged and not merged.cells[-1].merged
    assert features.text.count("Merged across two columns") == 1


def test_nested_table_text_is_in_its_cell(features):
    second = [b for b in features.blocks if b.kind == "table_row"][-1]
    assert second.cell("Action taken") == "Outer text Inner one; Inner two"


def test_list_items(features):
    assert ("list_item", "Typed bullet item") in kinds(features)
    numbered = next(b for b in features.blocks if "Numbered by numPr" in b.text)
    assert numbered.kind == "list_item"


def test_page_is_running_block_index(features):
    assert [b.page for b in features.blocks] == list(range(1, len(features.blocks) + 1))


def test_report_lists_and_long_tables():
    doc = read_document(DATA / "report.docx")
    items = [b.text for b in doc.blocks if b.kind == "list_item"]
    assert "Early help" in items
    assert "1. Audit of neglect cases" in items and "3. Review of thresholds" in items
    tables = {}
    for b in doc.blocks:
        if b.kind == "table_row":
            tables.setdefault(b.table, []).append(b)
    assert len(tables) == 2
    for rows in tables.values():
        assert rows[0].is_header and len(rows) == 10
        assert all(r.cell("Recommendation").startswith("Recommendation ") for r in rows[1:])


def test_doctype_is_refused():
    with pytest.raises(ReadError) as err:
        read_docx((DATA / "doctype.docx").read_bytes(), "doctype.docx")
    assert str(err.value) == errors.DOCX_DOCTYPE


def test_zip_bomb_is_refused():
    with pytest.raises(ReadError) as err:
        read_docx((DATA / "bomb.docx").read_bytes(), "bomb.docx")
    assert str(err.value) == errors.DOCX_TOO_LARGE.format(limit_mb=200)


def test_not_a_zip(tmp_path):
    path = tmp_path / "fake.docx"
    path.write_bytes(b"This is a text file renamed to .docx")
    with pytest.raises(ReadError) as err:
        read_document(path)
    assert str(err.value) == errors.NOT_A_ZIP


def test_zip_without_document_part():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("hello.txt", "hello")
    with pytest.raises(ReadError) as err:
        read_docx(buf.getvalue(), "x.docx")
    assert str(err.value).startswith("not a DOCX file (")


def test_doctype_behind_a_long_comment_is_refused():
    """Regression: the check once read only the first 4 KB of each part."""
    src = zipfile.ZipFile(DATA / "report.docx")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item)
            if item.filename == "word/document.xml":
                head, _, body = data.partition(b"?>")
                data = (head + b"?><!--" + b" " * 20_000 + b"-->"
                        + b'<!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>' + body)
            dst.writestr(item, data)
    with pytest.raises(ReadError, match="DOCTYPE"):
        read_docx(out.getvalue(), "padded.docx")


def test_cell_shading_in_a_rating_colour_is_kept_and_pale_shading_is_not():
    rows = [b.cells for b in read_document(DATA / "shaded.docx").blocks if b.kind == "table_row"]
    assert [c[0].fill for c in rows[:3]] == ["green", "amber", "red"]  # the key's coloured cells
    assert [c.fill for c in rows[3]] == [None] * 5  # the grey header row
    assert [c[4].fill for c in rows[4:]] == ["green", "amber", "red", "green"] and rows[4][4].text == ""


def test_ticks_and_crosses_set_in_symbol_fonts_read_as_the_symbols_they_draw():
    # a w:sym naming Wingdings, and runs in Wingdings and Wingdings 2 holding the font's letters
    blocks = read_document(DATA / "symbol-fonts.docx").blocks
    assert "Key: \u2713 achieved \u25cb well under way \u2717 not yet begun" in [b.text for b in blocks]
    assert [b.cells[3].text for b in blocks if b.kind == "table_row"][1:] == ["\u2713", "\u25cb", "\u2717"]
    from extractor.pipeline import extract

    found = extract(DATA / "symbol-fonts.docx", use_model=False).recommendations
    assert [e.status for e in found] == ["completed", "in_progress", "not_started"]  # through the key


def test_a_dot_in_a_rating_colour_alone_in_its_cell_or_in_a_key_says_its_colour():
    # dots coloured by font colour, highlight and shading; the last sits beside words of its own
    blocks = read_document(DATA / "coloured-dots.docx").blocks
    assert "Key: Green complete Amber on track Red not started" in [b.text for b in blocks]
    assert [b.cells[2].text for b in blocks if b.kind == "table_row"][1:] == [
        "Green", "Amber", "Red", "\u25cf Audit under way"]
    from extractor.pipeline import extract

    found = extract(DATA / "coloured-dots.docx", use_model=False).recommendations
    assert [e.status for e in found] == ["completed", "in_progress", "not_started", "in_progress"]


def test_a_key_of_shaded_blank_swatches_names_their_colours_and_defines_them():
    # blue is complete and green on track here: the shaded cells are read through the key
    blocks = read_document(DATA / "swatch-key.docx").blocks
    assert any(b.text.startswith("Key Blue Complete and embedded Green On track Red Not started") for b in blocks)
    from extractor.pipeline import extract

    found = extract(DATA / "swatch-key.docx", use_model=False).recommendations
    assert [e.status for e in found] == ["completed", "in_progress", "not_started"]


def test_text_boxes_frames_and_content_controls_read_once_in_order():
    doc = read_document(DATA / "text-boxes.docx")
    text = doc.text
    # a text box saved with its VML fallback is read once, after the paragraph that anchors it
    assert text.count("Key fact: 1,240 practitioners attended the learning events.") == 1
    texts = [b.text for b in doc.blocks]
    anchor = next(i for i, t in enumerate(texts) if t.startswith("The Board published"))
    assert texts[anchor + 2].startswith("Recommendation 1: The CCG should ensure GP practices flag")
    assert "Progress: the flag went live in all 31 practices." in texts  # a frame
    # a box anchored before any of its paragraph's words is read before them
    box = texts.index("Recommendation 2: Schools should tell the health visitor when a child on a plan misses nursery.")
    assert texts[box + 1].startswith("Every setting was written to in September")


def test_floating_table_rows_and_cells_inside_content_controls_are_table_cells():
    rows = [b for b in read_document(DATA / "text-boxes.docx").blocks if b.kind == "table_row"]
    assert [r.cell("Lead") for r in rows if not r.is_header] == ["Police", "Education"]
    # a text box inside a cell belongs to the cell
    assert [r.cell("Status") for r in rows if not r.is_header] == ["Complete", "In progress"]


def test_hidden_text_is_not_read():
    assert "Draft note" not in read_document(DATA / "text-boxes.docx").text


def test_a_zip_of_a_version_zipfile_does_not_read_is_no_docx():
    data = bytearray((DATA / "report.docx").read_bytes())
    central = data.rfind(b"PK\x01\x02")
    data[central + 6] = 148  # "version needed to extract" 14.8 on the last central directory entry
    with pytest.raises(ReadError) as err:
        read_docx(bytes(data), "v.docx")
    assert str(err.value).startswith("not a DOCX file")


def test_two_header_rows_repeated_on_each_page_name_each_column_by_the_lower_one(tmp_path):
    from docx import Document as Word
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    doc = Word()
    table = doc.add_table(rows=3, cols=4)
    top, sub, row = table.rows
    for cell, text in zip(top.cells, ["Recommendation", "Action", "Progress", "Progress"]):
        cell.text = text
    top.cells[2].merge(top.cells[3])  # "Progress" spanning the two periods below it
    for cell, text in zip(sub.cells, ["", "", "Sept 2016", "March 2017"]):
        cell.text = text
    for cell, text in zip(row.cells, ["1. The Trust should audit missed appointments.", "Audit done.", "Not met", "Met"]):
        cell.text = text
    for tr in (top, sub):  # both rows repeated at the top of each page
        tr_pr = tr._tr.get_or_add_trPr()
        tr_pr.append(OxmlElement("w:tblHeader"))
    path = tmp_path / "two-headers.docx"
    doc.save(path)
    rows = [b for b in read_document(path).blocks if b.kind == "table_row"]
    assert [c.text for c in rows[0].cells] == ["Recommendation", "Action", "Sept 2016", "March 2017"]
    assert [c.header for c in rows[1].cells] == ["Recommendation", "Action", "Sept 2016", "March 2017"]
    assert len(rows) == 2
