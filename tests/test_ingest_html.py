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


def _blocks(name):
    return read_document(DATA / "html" / name).blocks


def test_layout_table_with_running_header_and_footer_unwraps_into_blocks():
    blocks = _blocks("layout-table.html")
    kinds = [(b.kind, b.text) for b in blocks]
    assert ("heading", "Serious case reviews") in kinds
    assert ("paragraph", "The review made four recommendations to the Board and its partners.") in kinds
    assert ("list_item", "The police should share information about domestic abuse incidents with schools "
                         "within 24 hours.") in kinds
    # the data table inside the layout table is still a table, with its header
    rows = [b for b in blocks if b.kind == "table_row" and not b.is_header]
    assert [r.cell("Lead") for r in rows] == ["CCG", "Police"]
    # a browser shows the head once at the top and the foot once at the bottom
    assert blocks[0].text.startswith("Wexham Local Safeguarding Children Board")
    assert blocks[-1].text.startswith("www.wexham-lscb.example")
    # a rule inside @media print does not hide anything on screen
    assert ("paragraph", "Print this page for a paper copy.") in kinds


def test_two_column_layout_table_reads_sidebar_then_main_column():
    blocks = _blocks("two-column-layout.html")
    texts = [b.text for b in blocks]
    assert texts.index("In this section") < texts.index("Learning from case reviews")
    assert ("list_item", "Case reviews") in [(b.kind, b.text) for b in blocks]
    row = next(b for b in blocks if b.kind == "table_row" and not b.is_header)
    assert row.cell("Progress") == "Complete"


def test_content_a_browser_does_not_show_is_not_read():
    text = read_document(DATA / "html" / "hidden.html").text
    for gone in ("cookies", "Skip to main content", "Draft paragraph", "old figure", "Template row",
                 "JavaScript", "\u2605"):
        assert gone not in text, gone
    assert "Attendance was high across all partners." in text
    assert "The Board met six times this year." in text
    assert "Share this page." in text  # hidden only when printed
    assert text.count("Each card reads once.") == 1


def test_one_column_data_table_stays_a_table(tmp_path):
    page = tmp_path / "one-column.html"
    page.write_text("<table><tr><th>Priority</th></tr><tr><td><p>Neglect</p></td></tr>"
                    "<tr><td><p>Exploitation</p></td></tr></table>", encoding="utf-8")
    rows = read_document(page).blocks
    assert [b.kind for b in rows] == ["table_row"] * 3
    assert rows[1].cell("Priority") == "Neglect"


def test_an_inline_element_styled_as_a_block_is_not_glued_to_its_neighbour(tmp_path):
    page = tmp_path / "kicker.html"
    page.write_text("<style>h2 small { display: block; font-size: 9pt }</style>"
                    "<h2><small>LEARNING FROM CASES</small>Rapid reviews</h2><p>Two were held.</p>", encoding="utf-8")
    assert read_document(page).blocks[0].text == "LEARNING FROM CASES Rapid reviews"


def test_absolutely_placed_frames_read_top_to_bottom_then_left_to_right():
    texts = [b.text for b in _blocks("frames.html")]
    assert texts == ["Learning from case reviews", "Recommendation 1", "Youth Offending Service",
                     "The Youth Offending Service should hold a joint planning meeting within five working days.",
                     "ACTION TAKEN", "A joint protocol was agreed in October 2018.", "Page 9"]


def test_a_summary_list_reads_as_labelled_fields(tmp_path):
    page = tmp_path / "summary-list.html"
    page.write_text('<h4>Child R - recommendation 1</h4><dl class="summary-list">'
                    '<div class="row"><dt>Recommendation</dt><dd>Schools should record every notification.</dd></div>'
                    '<div class="row"><dt>Lead agency</dt><dd>Education Safeguarding Team</dd></div>'
                    '<div class="row"><dt>Status</dt><dd><strong class="tag">Complete</strong></dd></div></dl>',
                    encoding="utf-8")
    assert [b.text for b in read_document(page).blocks][1:] == [
        "Recommendation: Schools should record every notification.", "Lead agency: Education Safeguarding Team",
        "Status: Complete"]


def test_a_chip_rated_by_colour_alone_says_its_colour(tmp_path):
    page = tmp_path / "chips.html"
    page.write_text("<style>.chip { display: inline-block; width: 12mm } .chip.blue { background: #1f6fc4 }"
                    ".dot.g { background: #3c9a3c }</style>"
                    '<div class="hd"><span class="num">1</span><span class="chip blue"></span></div>'
                    '<p><span class="dot g"></span>Green</p>', encoding="utf-8")
    assert [b.text for b in read_document(page).blocks] == ["1", "Blue", "Green"]


def test_the_fill_of_a_progress_bar_is_no_chip(tmp_path):
    page = tmp_path / "bar.html"
    page.write_text('<style>.bar i { display: block; background: #3c9a3c; height: 3mm }</style>'
                    '<div class="bar"><i style="width: 70%"></i></div><p>70% complete</p>', encoding="utf-8")
    assert [b.text for b in read_document(page).blocks] == ["70% complete"]


def test_a_list_item_laid_out_as_a_card_reads_line_by_line(tmp_path):
    page = tmp_path / "task-list.html"
    page.write_text("<style>.num, .name, .lead, .hint { display: block }</style><ul><li>"
                    '<span class="body"><span class="num">Recommendation 1</span>'
                    '<span class="name">Schools should record every notification.</span>'
                    '<span class="lead">Lead: Education</span><span class="hint">A form was issued.</span></span>'
                    '<span class="status"><strong class="tag">Completed</strong></span></li>'
                    "<li>An ordinary item.</li></ul>", encoding="utf-8")
    assert [(b.kind, b.text) for b in read_document(page).blocks] == [
        ("paragraph", "Recommendation 1"), ("paragraph", "Schools should record every notification."),
        ("paragraph", "Lead: Education"), ("paragraph", "A form was issued."), ("paragraph", "Completed"),
        ("list_item", "An ordinary item.")]


def test_the_items_of_a_flex_row_and_a_floated_chip_are_boxes_of_their_own(tmp_path):
    page = tmp_path / "flex.html"
    page.write_text("<style>.top { display: flex } .pill { float: right }</style>"
                    '<div class="top"><span>Case K</span><span>Published 2016</span></div>'
                    '<div><span class="pill">Amber</span>Work continues.</div>', encoding="utf-8")
    assert [b.text for b in read_document(page).blocks] == ["Case K", "Published 2016", "Amber", "Work continues."]


def test_a_badge_set_after_a_chip_in_its_row_opens_the_row(tmp_path):
    page = tmp_path / "chip-row.html"
    page.write_text('<header style="display:flex"><span class="pill">Delivered</span>'
                    '<span class="kicker">Recommendation 1</span></header><p>Schools should record every notification.</p>',
                    encoding="utf-8")
    assert [b.text for b in read_document(page).blocks] == [
        "Recommendation 1", "Delivered", "Schools should record every notification."]


def test_a_field_label_in_bold_without_a_colon_reads_as_a_label(tmp_path):
    page = tmp_path / "run-in.html"
    page.write_text("<p><b>Owner</b> Corsbury Police</p><p><strong>What\u2019s changed</strong> A flag was added.</p>"
                    "<p><b>Child K</b> was seen at home.</p><p><b>Status:</b> Closed</p>", encoding="utf-8")
    assert [b.text for b in read_document(page).blocks] == [
        "Owner: Corsbury Police", "What\u2019s changed: A flag was added.", "Child K was seen at home.",
        "Status: Closed"]


def test_a_dot_character_in_a_rating_colour_says_its_colour(tmp_path):
    page = tmp_path / "dots.html"
    page.write_text("<style>.r { color: #d32f2f } .g { color: #388e3c }</style>"
                    '<table><tr><th>Recommendation</th><th>RAG</th></tr>'
                    '<tr><td>Schools should act.</td><td><span class="r">\u25cf</span></td></tr>'
                    '<tr><td>Police should act.</td><td><span class="g">\u25cf</span> On track</td></tr></table>'
                    '<p>Key: <span class="g">\u25cf</span> complete <span class="r">\u25cf</span> not started</p>',
                    encoding="utf-8")
    blocks = read_document(page).blocks
    assert [b.cells[1].text for b in blocks[1:3]] == ["Red", "\u25cf On track"]  # a dot beside its words says no more
    assert blocks[3].text == "Key: Green complete Red not started"


def test_a_progress_bar_without_words_says_its_share(tmp_path):
    page = tmp_path / "bars.html"
    page.write_text('<div class="progress"><div class="fill" style="width: 100%"></div></div>'
                    '<div><progress value="40" max="100">40 per cent</progress></div>'
                    '<div><div role="progressbar" aria-valuenow="0" aria-valuemax="100"></div></div>'
                    '<div><div class="progress"><div style="width: 60%"></div></div><span>60%</span></div>',
                    encoding="utf-8")
    assert [b.text for b in read_document(page).blocks] == ["100% complete", "40% complete", "0% complete", "60%"]


def test_a_segmented_bar_says_the_share_of_its_segments_lit_and_a_keys_sample_bar_says_nothing(tmp_path):
    page = tmp_path / "segments.html"
    lit, unlit = '<i class="seg on"></i>', '<i class="seg off"></i>'
    page.write_text(f'<p><span class="bar">{lit * 3}{unlit * 2}</span> 3 of 5 = in progress</p>'
                    f'<table><tr><th>Recommendation</th><th>Progress</th></tr>'
                    f'<tr><td>The CCG should audit referrals.</td><td><span class="bar">{lit * 5}</span></td></tr>'
                    f'<tr><td>Schools should report absence.</td><td><span class="bar">{unlit * 5}</span></td></tr></table>'
                    '<p><span class="icons"><i class="a"></i><i class="b"></i><i class="c"></i></span> Share</p>',
                    encoding="utf-8")
    blocks = read_document(page).blocks
    assert blocks[0].text == "3 of 5 = in progress"
    assert [b.cell("Progress") for b in blocks if b.kind == "table_row" and not b.is_header] == [
        "100% complete", "0% complete"]
    assert blocks[-1].text == "Share"  # icons that are no segments


def test_a_table_title_row_is_its_caption_and_rowspans_read_blank_below_their_first_row():
    """A tracker whose thead opens on a title cell across the table, then names its columns in
    one or two rows ("Response" over "Action taken" and "Lead", "Ref" spanning both)."""
    doc = read_document(DATA / "layouts" / "titled-tracker.html")
    blocks = doc.blocks
    titles = [b for b in blocks if b.text.startswith("Serious Case Review - ")]
    assert [b.kind for b in titles] == ["paragraph", "paragraph"]
    headers = [[c.text for c in b.cells] for b in blocks if b.kind == "table_row" and b.is_header]
    assert headers == [["No.", "Recommendation", "Action taken", "Lead", "Progress"],
                       ["Ref", "Recommendation", "Action taken", "Lead", "Status"]]
    rows = {b.cells[0].text: b for b in blocks if b.kind == "table_row" and not b.is_header}
    assert rows["1.1"].cell("Lead") == "CCG"
    assert rows["1.2"].cell("Lead") == "" and rows["1.2"].cell("Progress") == "Complete"  # merged, as Word reads it
    assert rows["2.2"].cell("Action taken").startswith("Quarterly") and rows["2.2"].cell("Status") == "Complete"


def test_a_css_grid_of_cells_naming_its_columns_is_read_as_a_table_and_a_grid_of_cards_is_not():
    from conftest import DATA
    from extractor.ingest import read_document
    rows = [b for b in read_document(DATA / "layouts" / "grid-tracker.html").blocks if b.kind == "table_row"]
    assert rows[0].is_header and [c.text for c in rows[0].cells] == ["No.", "Recommendation", "Lead", "Progress", "RAG"]
    assert [c.text for c in rows[1].cells] == ["Child K published October 2017"]  # a band across the grid
    assert [c.header for c in rows[2].cells][:3] == ["No.", "Recommendation", "Lead"]
    assert rows[2].cells[-1].text == "✔"
    assert not [b for b in read_document(DATA / "layouts" / "cards.html").blocks if b.kind == "table_row"]


def test_an_accordions_summary_is_a_heading_under_the_heading_before_it():
    html = b"""<html><body><h2>Serious case reviews</h2>
    <details open><summary>Serious case review: Child E (published 2017)</summary>
    <p>Child E was 22 months old.</p>
    <details open><summary>Recommendations</summary><p>Recommendation 1</p></details></details>
    <details><summary><p>A summary holding a paragraph</p></summary></details></body></html>"""
    blocks = read_html(html, "x.html").blocks
    assert [(b.kind, b.level, b.text) for b in blocks[:5]] == [
        ("heading", 2, "Serious case reviews"),
        ("heading", 3, "Serious case review: Child E (published 2017)"),
        ("paragraph", None, "Child E was 22 months old."),
        ("heading", 4, "Recommendations"),
        ("paragraph", None, "Recommendation 1")]
    assert blocks[5].kind == "paragraph"


def test_a_fields_label_and_its_values_set_side_by_side_in_a_flex_row_read_as_one_line():
    html = b"""<html><head><style>.leads, .lead { display: flex; gap: 2mm; }</style></head><body>
    <div class="leads"><span class="lbl">Lead</span><span class="lead"><span class="badge">NP</span>
    <span class="name">Northmoor Police</span></span><span class="lead"><span class="badge">CSC</span>
    <span class="name">Children's Social Care</span></span></div>
    <p>Northmoor Police should share notifications with health visitors.</p></body></html>"""
    texts = [b.text for b in read_html(html, "x.html").blocks]
    assert texts == ["Lead: NP Northmoor Police CSC Children's Social Care",
                     "Northmoor Police should share notifications with health visitors."]


def test_the_words_an_svg_drawing_writes_are_read_and_a_charts_are_not():
    ring = ('<svg width="58" height="58" viewBox="0 0 42 42"><circle cx="21" cy="21" r="15.9" fill="none" '
            'stroke="#178a62" stroke-dasharray="70 30"/><text x="21" y="23">70%</text></svg>')
    chart = '<svg><text>0</text><text>10</text><text>20</text><text>Courses by month, 2019-20</text></svg>'
    html = f"<html><body><p>Recommendation 2</p>{ring}<p>Work is under way.</p>{chart}</body></html>".encode()
    assert [b.text for b in read_html(html, "x.html").blocks] == ["Recommendation 2", "70%", "Work is under way."]


def test_a_grid_of_long_key_items_is_no_table_though_its_words_name_columns():
    # "Done - impact check due" and "Under way" open sentences that name no column
    html = b"""<html><head><style>.key { display: grid; grid-template-columns: 1fr 1fr 1fr; }
    .key div b { display: block; }</style></head><body><div class="key">
    <div><b>Signed off</b>The sub-group has seen evidence that the action is complete.</div>
    <div><b>Done - impact check due</b>The lead agency has completed the action.</div>
    <div><b>Under way</b>Work has started and is on track to be finished by the target date.</div>
    <div><b>Slipping</b>Work has started, but the target date has been missed.</div>
    <div><b>Yet to begin</b>Work has not started.</div>
    <div><b>No update</b>The lead agency had not reported progress.</div></div></body></html>"""
    blocks = read_html(html, "x.html").blocks
    assert not [b for b in blocks if b.kind == "table_row"]
    assert [b.text for b in blocks[:2]] == ["Signed off", "The sub-group has seen evidence that the action is complete."]


def test_a_segmented_bar_whose_lit_segments_alone_are_classed_so_says_its_share(tmp_path):
    page = tmp_path / "segments.html"
    lit, plain = '<span class="seg on"></span>', '<span class="seg"></span>'
    page.write_text('<style>.seg { display: inline-block; width: 0; height: 0; border: 1.6mm solid #dde4e4; }'
                    '.seg.on { border-color: #e4572e; }</style>'
                    f'<table><tr><th>Recommendation</th><th>Progress</th></tr>'
                    f'<tr><td>The CCG should audit referrals.</td><td><span class="bar">{lit * 4}{plain}</span></td></tr>'
                    f'<tr><td>Schools should report absence.</td><td><span class="bar">{lit * 5}</span></td></tr></table>',
                    encoding="utf-8")
    assert [b.cell("Progress") for b in read_document(page).blocks if b.kind == "table_row" and not b.is_header] == [
        "80% complete", "100% complete"]


def test_an_svg_dot_before_what_its_colour_means_names_the_colour_and_one_beside_a_chip_word_says_nothing(tmp_path):
    page = tmp_path / "svg-key.html"
    dot = '<svg width="16" height="16" viewBox="0 0 16 16"><circle cx="8" cy="8" r="7" fill="{}"/></svg>'
    page.write_text(f'<div class="key"><span>{dot.format("#2e8540")}Under way and within timescale</span></div>'
                    f'<div class="key"><span>{dot.format("#e0a000")}Under way but behind timescale</span></div>'
                    f'<p><span class="pill">{dot.format("#2e8540")}Done</span></p>',
                    encoding="utf-8")
    assert [b.text for b in read_document(page).blocks] == [
        "Green: Under way and within timescale", "Amber: Under way but behind timescale", "Done"]


def test_the_dots_of_a_milestone_track_are_no_status_chips(tmp_path):
    page = tmp_path / "track.html"
    page.write_text(
        "<style>.st .dot { display:inline-block; width:3mm; height:3mm; border-radius:50%; border:1px solid #0f4c5c }"
        " .st.done .dot { background:#2e7d32 } .lamp { display:inline-block; width:3mm; height:3mm; background:#2e7d32 }</style>"
        "<p>Recommendation 1: The CCG should audit GP records.</p>"
        "<div class='ms'><div class='st done'><span class='dot'></span>Agreed<br>Sep 14</div>"
        "<div class='st done'><span class='dot'></span>Guide issued<br>Nov 14</div>"
        "<div class='st'><span class='dot'></span>Audited</div><div class='st'><span class='dot'></span>Signed off</div></div>"
        "<p>Progress: <span class='lamp'></span></p>", encoding="utf-8")
    texts = [b.text for b in read_document(page).blocks]
    assert not any(t.startswith("Green") for t in texts[1:-1])  # the track's steps keep their words alone
    assert "Green" in texts[-1]  # a lamp on a line of its own is still a chip


def test_a_header_cell_spanning_two_columns_names_each_of_them(tmp_path):
    page = tmp_path / "spanned.html"
    page.write_text("<table><tr><th colspan='2'>Recommendation</th><th>Position</th></tr>"
                    "<tr><td>1</td><td>Safe storage of medicines</td><td>Achieved</td></tr></table>", encoding="utf-8")
    header, row = read_document(page).blocks
    assert [c.text for c in header.cells] == ["Recommendation", "Recommendation", "Position"]
    assert len(row.cells) == 3
