"""The HTML reader."""
from __future__ import annotations

import pytest

from conftest import DATA
from extractor.ingest import read_document
from extractor.ingest.html import read_html


@pytest.fixture(scope="module")
def page():
    return read_document(DATA / "report.html")


def test_blocks_in_order(page):
    assert [(b.kind, b.text) for b in page.blocks if b.kind != "table_row"] == [
        ("heading", "Westbrook LSCB Annual Report"),
        ("paragraph", "Text directly in a div."),
        ("paragraph", "A paragraph with a line break."),
        ("heading", "Serious case reviews"),
        ("list_item", "Outer item"),
        ("list_item", "Inner item"),
        ("list_item", "Second outer item"),
        ("paragraph", "Table 1: Child W action plan"),
    ]
    assert [b.level for b in page.blocks if b.kind == "heading"] == [1, 2]
    assert page.metadata == {"title": "Westbrook LSCB annual report", "author": "Business Unit"}


def test_scripts_styles_and_templates_dropped(page):
    for hidden in ("do not read", "color", "Enable JavaScript", "Template text"):
        assert hidden not in page.text


def test_table_with_header_and_colspan(page):
    rows = [b for b in page.blocks if b.kind == "table_row"]
    assert rows[0].is_header and rows[0].text == "Recommendation | Action taken | Lead agency"
    assert rows[1].cell("Lead agency") == "Children's Social Care"
    assert [c.text for c in rows[2].cells] == ["Spanning two columns", "Westbrook Constabulary"]
    assert rows[2].cell("Lead agency") == "Westbrook Constabulary"


def test_doctype_entities_are_not_expanded():
    html = (b'<!DOCTYPE html [<!ENTITY xxe SYSTEM "file:///etc/passwd"><!ENTITY big "EXPANDED">]>'
            b"<html><body><p>Before &big; after &xxe;</p></body></html>")
    doc = read_html(html, "x.html")
    assert "EXPANDED" not in doc.text and "root:" not in doc.text
    assert doc.blocks[0].text.startswith("Before")


def test_background_colours_of_cells_as_rating_colours():
    from extractor.ingest.layout import rag_colour_of
    rows = [[c.fill for c in b.cells] for b in read_document(DATA / "shaded.html").blocks if b.kind == "table_row"]
    assert [r[0] for r in rows[:3]] == ["green", "amber", "red"]  # style, bgcolor and a colour name
    assert [r[4] for r in rows[4:]] == ["green", "amber", "red", "green"]
    assert [rag_colour_of(v) for v in ("#FFC7CE", "rgb(198, 239, 206)", "#DEEAF6", "#D9D9D9", "#1F4E79", "auto")] \
        == ["red", "green", None, None, "blue", None]
