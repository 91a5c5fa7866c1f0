"""The TXT/Markdown reader."""
from __future__ import annotations

import pytest

from conftest import DATA
from extractor.ingest import read_document


@pytest.fixture(scope="module")
def md():
    return read_document(DATA / "report.md")


def test_markdown_headings(md):
    headings = [(b.text, b.level) for b in md.blocks if b.kind == "heading"]
    assert headings == [("Westbrook LSCB Annual Report", 1), ("Introduction", 1),
                        ("3. Serious Case Reviews", 1), ("3.2 Learning from Child W", 2), ("Progress", 2)]
    assert md.format == "md"


def test_wrapped_lines_join_and_hyphens(md):
    para = next(b for b in md.blocks if b.text.startswith("The Board publishes"))
    assert para.kind == "paragraph"
    assert "covers safeguarding work by all partners and the multi-agency response" in para.text


def test_list_items(md):
    items = [b.text for b in md.blocks if b.kind == "list_item"]
    assert items == [
        "Children's Social Care should record the views of the child.",
        "Westbrook Constabulary should notify schools within 24 hours of a domestic abuse incident.",
        "Health visitors should see fathers.",
        "1. Audit the use of the neglect tool.",
        "a) Report to the Board in March.",
    ]


def test_pipe_table(md):
    rows = [b for b in md.blocks if b.kind == "table_row"]
    assert len(rows) == 3 and rows[0].is_header and len({r.table for r in rows}) == 1
    assert rows[2].cell("Lead agency") == "Westbrook Constabulary"
    assert rows[2].cell("Action taken") == "Operation Encompass launched"
    assert rows[1].text == "Record the views of the child | Practice standard issued | Children's Social Care"


def test_bom_control_and_zero_width_characters():
    doc = read_document(DATA / "bom.txt")
    assert doc.blocks[0].text == "WESTBROOK LSCB"
    assert ("heading", "1. Introduction") in [(b.kind, b.text) for b in doc.blocks]
    assert "The Board met six times. Its work continued through the year." in doc.text.splitlines()
    assert [b.text for b in doc.blocks if b.kind == "list_item"] == ["First bullet", "Second bullet"]
    assert "\ufeff" not in doc.text and "\u200b" not in doc.text and "\x00" not in doc.text


def test_cp1252_fallback():
    doc = read_document(DATA / "cp1252.txt")
    assert doc.text == "Children\u2019s Services \u2013 \u00a3250 budget"


def test_plain_text_tables_and_records():
    doc = read_document(DATA / "tables.txt")
    rows = [b for b in doc.blocks if b.kind == "table_row"]
    figures = [r for r in rows if r.table == rows[0].table]
    assert figures[0].is_header and figures[0].text == "Measure | 2015/16 | 2014/15"
    assert figures[2].cell("Measure") == "Children in need per 10,000 children in the local authority area"
    assert figures[2].cell("2014/15") == "335" and len(figures) == 3
    plan = [r for r in rows if r.table != rows[0].table]
    assert plan[0].is_header and plan[0].text == "Recommendation | Agency | RAG"
    assert plan[1].cell("Recommendation") == ("Children's Social Care should record the views of the "
                                              "child at every visit.")
    assert plan[2].cell("Agency") == "Westbrook Constabulary" and plan[2].cell("RAG") == "Amber"
    assert doc.blocks[-1].kind == "paragraph" and doc.blocks[-1].text == "Chair: Jane Doe"


def test_markdown_emphasis_markers_are_not_text(tmp_path):
    md = tmp_path / "r.md"
    md.write_text("# Reviews\n\n**R2. The Board should** audit plans.\n\n* a bullet with *stress*\n",
                  encoding="utf-8")
    texts = [b.text for b in read_document(md).blocks]
    assert "R2. The Board should audit plans." in texts
    assert "a bullet with stress" in texts


def test_bidirectional_overrides_are_removed(tmp_path):
    txt = tmp_path / "r.txt"
    txt.write_text("The Board \u202eshould\u202c act.\n", encoding="utf-8")
    assert read_document(txt).blocks[0].text == "The Board should act."


def test_records_with_an_empty_field_stay_one_table():
    from extractor.ingest.text import read_text
    data = ("Ref: 1.1\nRecommendation: The CCG should record fathers.\nUpdate: Done.\n\n"
            "Ref: 1.2\nRecommendation:\nUpdate: -\n\n"
            "Ref: 2.1\nRecommendation: Police should notify schools.\nUpdate: Started.\n").encode()
    rows = [b for b in read_text(data, "t.txt").blocks if b.kind == "table_row"]
    assert [[c.text for c in b.cells] for b in rows if not b.is_header] == [
        ["1.1", "The CCG should record fathers.", "Done."], ["1.2", "", "-"],
        ["2.1", "Police should notify schools.", "Started."]]
