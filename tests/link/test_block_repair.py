"""Blocks put right before the linker reads them.

A paragraph cut by a page break is joined (DOCX paragraphs never are); a numbered list run
together in one paragraph, and inline bullets, are split into items; in plain text, a numbered
sentence wrapped over lines is one item, not a heading; a PDF heading that states a field's
value ("Status: Completed") is a paragraph; a tracker's title row across the table is its
caption, and a header of two rows (a cell spanning the names below it) is read as one; an
HTML page printed slide by slide loses the running footer repeated in each slide's markup;
a recommendation's label on a line of its own is joined to the text it labels; a column of field
labels read before the column of their values is set back label by value; a table's header
read as a line of text over its rows is its header row again, and read again over its rows on
the next page it only says that the table goes on.
"""
from __future__ import annotations

import pytest

from conftest import DATA
from extractor.document import Block, Document
from extractor.ingest import read_document
from extractor.ingest.text import read_text
from extractor.pipeline import extract, extract_document
from extractor.document import Cell
from extractor.repair import (bullet_items, disclosures_as_headings, header_lines_over_tables, label_column_beside_values,
                              repair, split_run_on_items)
from nlp_helpers import DocBuilder


def test_paragraph_cut_by_a_page_break_is_joined():
    from extractor.document import Block, Document
    from extractor.repair import join_page_splits

    blocks = [Block(kind="paragraph", page=7, text="A protocol was agreed and eight meetings were held before the end of"),
              Block(kind="paragraph", page=8, text="March. Work continues."),
              Block(kind="paragraph", page=8, text="What has happened since"),
              Block(kind="paragraph", page=9, text="The escalation policy was relaunched.")]
    doc = join_page_splits(Document(source="x.pdf", format="pdf", sha256="0" * 64, pages=9, blocks=blocks))
    assert [b.text for b in doc.blocks] == [
        "A protocol was agreed and eight meetings were held before the end of March. Work continues.",
        "What has happened since", "The escalation policy was relaunched."]


def test_a_list_item_whose_first_line_a_break_set_apart_as_a_heading_is_one_item_again():
    from extractor.repair import join_page_splits

    blocks = [Block(kind="list_item", page=5, text="5. Children's Services should ensure that pre-birth assessments consider both parents."),
              Block(kind="heading", page=5, level=1, text="6. The Board should review its escalation policy and test whether"),
              Block(kind="paragraph", page=5, text="front-line practitioners know when and how to use it."),
              Block(kind="list_item", page=5, text="7. Eastmere Homes should tell children's social care of new adults.")]
    doc = join_page_splits(Document(source="x.pdf", format="pdf", sha256="0" * 64, pages=9, blocks=blocks))
    assert [(b.kind, b.text[:9]) for b in doc.blocks] == [("list_item", "5. Childr"), ("list_item", "6. The Bo"),
                                                          ("list_item", "7. Eastme")]
    assert doc.blocks[1].text.endswith("test whether front-line practitioners know when and how to use it.")


def test_a_first_line_set_beside_its_fields_name_joins_the_rest_of_its_paragraph_below():
    from extractor.repair import join_page_splits

    blocks = [Block(kind="paragraph", page=4, text="Recommendation: Rothwick Safeguarding Children Partnership should agree a"),
              Block(kind="paragraph", page=4, text="single 'Was Not Brought' policy for children's health appointments."),
              Block(kind="paragraph", page=4, text="Lead: NHS Rothwick Clinical Commissioning Group and the two trusts"),
              Block(kind="paragraph", page=4, text="What we did: The Designated Nurse wrote the policy.")]
    doc = join_page_splits(Document(source="x.pdf", format="pdf", sha256="0" * 64, pages=9, blocks=blocks))
    assert doc.blocks[0].text.endswith("should agree a single 'Was Not Brought' policy for children's health appointments.")
    assert len(doc.blocks) == 3  # a paragraph opening on a capital is a paragraph of its own


def test_docx_paragraphs_are_never_joined_as_if_split_by_a_page():
    blocks = [Block("heading", "Serious case reviews", 1, level=1),
              Block("paragraph", "The review of Child K made two recommendations:", 2),
              Block("paragraph", "1. Schools should refer every pupil whose attendance falls below 85 per cent.", 3),
              Block("paragraph", "Lead: Eastmere Council Education Services and the Vale Recovery Service", 4),
              Block("paragraph", "2. The Board should publish a protocol on bruising in babies.", 5)]
    doc = Document(source="t.docx", format="docx", sha256="0" * 64, pages=None, blocks=blocks)
    assert [e.number for e in extract_document(doc, use_model=False).recommendations] == ["1", "2"]


def test_numbered_list_run_together_in_one_paragraph_is_split():
    text = ("1. The council should review its neglect strategy. 2. Schools should record lateness. "
            "3. The LSCB should revise its training.")
    doc = split_run_on_items(Document("x.pdf", "pdf", "", 1, [Block("paragraph", text, 1)]))
    assert [(b.kind, b.text[:2]) for b in doc.blocks] == [("list_item", "1."), ("list_item", "2."),
                                                          ("list_item", "3.")]
    prose = "1. Introduction to this report. It covers the year."
    assert split_run_on_items(Document("x.pdf", "pdf", "", 1, [Block("paragraph", prose, 1)])).blocks[0].kind == "paragraph"


def test_inline_bullets_are_split_into_items():
    assert bullet_items("• Police now share notifications. • Schools were asked to record absence.") == (
        "", ["Police now share notifications.", "Schools were asked to record absence."])
    assert bullet_items("What we did: \u25aa one thing. \u25aa another.") == ("What we did:", ["one thing.", "another."])
    assert bullet_items("\u2013 The CCG wrote to practices. \u2013 Police briefed officers.") == (
        "", ["The CCG wrote to practices.", "Police briefed officers."])
    assert bullet_items("The review \u2013 published in May \u2013 made two recommendations.") is None
    assert bullet_items("Complete") is None and bullet_items("") is None  # no bullet character at all


def test_a_numbered_sentence_wrapped_over_lines_is_no_heading():
    data = ("5.5 The review made two recommendations:\n\n"
            "1. Ashbourne Vale Council's Children's Services should ensure that a pre-birth\n"
            "assessment is started for every expectant parent who is a care leaver.\n\n"
            "2. Serious Case Reviews\n\n").encode()
    blocks = read_text(data, "t.txt").blocks
    assert [b.kind for b in blocks] == ["paragraph", "list_item", "heading"]


def test_a_bold_status_line_in_a_pdf_is_the_entry_s_field_not_a_heading():
    # a PDF has no heading tags: "Status: Partly completed" in bold reads as a heading, but it
    # states a value, as its HTML paragraph does; the headings that name sections stay
    from conftest import DATA
    from extractor.ingest import read_document
    from extractor.repair import fields_as_text

    for producer in ("chromium", "weasyprint"):
        doc = read_document(DATA / "layouts" / f"badges.{producer}.pdf")
        assert [b.kind for b in doc.blocks if b.text.startswith("Status:")] == ["heading"] * 3
        repaired = fields_as_text(doc).blocks
        assert [b.kind for b in repaired if b.text.startswith("Status:")] == ["paragraph"] * 3
        assert [b.text for b in repaired if b.kind == "heading"][:2] == [
            "Reviews: SCR, LCSPR and rapid reviews", "Family Q: our first LCSPR"]
        found = extract_document(doc, use_model=False).recommendations
        assert [(e.number, e.scr, e.status) for e in found] == [
            ("1", "Family Q", "completed"), ("2", "Family Q", "in_progress"), ("3", "Family Q", "not_started")]


def test_field_headings_stay_headings_outside_pdfs():
    from extractor.repair import fields_as_text

    blocks = [Block("heading", "Status: Completed", 1, level=4)]
    doc = Document(source="t.html", format="html", sha256="0" * 64, pages=None, blocks=blocks)
    assert fields_as_text(doc).blocks[0].kind == "heading"


@pytest.mark.parametrize("producer", ["chromium", "weasyprint"])
def test_a_tracker_title_row_becomes_its_caption_and_a_two_row_header_one(producer):
    """tests/data/layouts/titled-tracker.html printed: each table opens on a title cell across it,
    the column names below; the second's "Response" spans "Action taken" and "Lead"."""
    doc = repair(read_document(DATA / "layouts" / f"titled-tracker.{producer}.pdf"))
    titles = [i for i, b in enumerate(doc.blocks) if b.text.startswith("Serious Case Review - ")]
    assert [doc.blocks[i].kind for i in titles] == ["paragraph", "paragraph"]
    headers = [b for b in doc.blocks if b.kind == "table_row" and b.is_header]
    assert [[c.text for c in h.cells] for h in headers] == [
        ["No.", "Recommendation", "Action taken", "Lead", "Progress"],
        ["Ref", "Recommendation", "Action taken", "Lead", "Status"]]
    row = next(b for b in doc.blocks if b.kind == "table_row" and b.cells and b.cells[0].text == "2.2")
    assert [(c.header, c.text) for c in row.cells][2:] == [
        ("Action taken", "Quarterly reports to the Board began in April 2017."), ("Lead", "LSCB"), ("Status", "Complete")]


@pytest.mark.parametrize("rendering", ["html", "chromium.pdf", "weasyprint.pdf"])
def test_titled_trackers_give_their_entries_in_every_rendering(rendering):
    report = extract(DATA / "layouts" / f"titled-tracker.{rendering}", use_model=False)
    assert [(e.number, e.scr, e.status) for e in report.recommendations] == [
        ("1.1", "Child W", "completed"), ("1.2", "Child W", "completed"), ("1.3", "Child W", "in_progress"),
        ("2.1", "Young Person L", "in_progress"), ("2.2", "Young Person L", "completed")]
    assert [e.action.split()[0] for e in report.recommendations] == ["Guidance", "Audit", "Briefing", "A", "Quarterly"]


def test_a_running_footer_repeated_in_every_slide_of_an_html_page_is_dropped_with_its_folios():
    from extractor.ingest import read_document
    from extractor.repair import drop_running_lines
    doc = read_document(DATA / "layouts" / "slides.html")
    texts = [b.text for b in drop_running_lines(doc).blocks]
    assert texts.count("Wexley LSCB · Annual Report 2015/16") == 1  # the first copy may be the cover's
    assert [t for t in texts if t.isdigit()] == ["1"]  # the first copy's folio stays with it
    # labels repeated on every slide are no furniture: they name nothing of the report
    assert texts.count("The review said") == 3 and texts.count("Action taken") == 3


def test_a_recommendation_label_on_a_line_of_its_own_is_joined_to_its_text():
    from extractor.ingest import read_document
    from extractor.repair import labels_as_fields
    texts = [b.text for b in labels_as_fields(read_document(DATA / "html" / "designs" / "label-lines.html")).blocks]
    assert "Recommendation: Testford Police should ensure that officers attending a domestic incident record " \
           "every child in the house." in texts
    assert "Recommendation" not in texts


def test_a_figure_caption_set_bold_in_a_pdf_is_no_heading():
    from extractor.repair import fields_as_text
    doc = Document(source="x.pdf", format="pdf", sha256="", pages=1, blocks=[
        Block("heading", "Figure 4: Recommendation 4, status at 31 March 2017: Red", 1, level=3),
        Block("heading", "Table 2: Child M action plan", 1, level=3)])
    assert [b.kind for b in fields_as_text(doc).blocks] == ["paragraph", "heading"]


def test_a_grid_of_boxes_each_opening_on_its_label_in_capitals_reads_as_labelled_fields():
    from extractor.repair import labelled_cells_as_fields

    b = DocBuilder().para("Eastmere LSCB Annual Report 2016-17").heading("Serious case review: Child M")
    b.table(["x", "y"], [["WHAT THE REVIEW FOUND Child M was always seen with her mother.",
                          "WHAT IT RECOMMENDED Recommendation 1. Children's Social Care should see every child alone."],
                         ["WHAT WE DID A seen-alone field was added to case records in November.",
                          "HOW WE KNOW IT WORKED An audit found the child seen alone in 52 of 60 files."]],
            header_row=False)
    texts = [x.text for x in labelled_cells_as_fields(b.build()).blocks if x.kind == "paragraph"]
    assert texts[-4:] == ["What the review found: Child M was always seen with her mother.",
                          "Recommendation 1. Children's Social Care should see every child alone.",
                          "What we did: A seen-alone field was added to case records in November.",
                          "How we know it worked: An audit found the child seen alone in 52 of 60 files."]


def test_a_printed_accordions_title_opens_a_section_of_its_own():
    doc = (DocBuilder().heading("Case reviews in 2018 to 2019", 3)
           .para("About the rapid review of Baby F").para("\u25bc")
           .para("The review found that agencies had worked well together.")
           .para("Progress").para("\u2013")).build()
    blocks = disclosures_as_headings(doc).blocks
    assert [(b.kind, b.level, b.text) for b in blocks[:2]] == [
        ("heading", 3, "Case reviews in 2018 to 2019"), ("heading", 4, "About the rapid review of Baby F")]
    assert [b.text for b in blocks[2:]] == ["The review found that agencies had worked well together.", "Progress", "\u2013"]


def test_a_column_of_field_labels_read_before_its_values_is_set_back_label_by_value():
    # a card's <dl> laid out as a label column beside a value column, read a column at a time
    from extractor.repair import label_column_beside_values

    b = DocBuilder()
    b.heading("Child H: recommendation 1", level=3)
    for label in ("Recommendation", "Lead", "What we have done", "Status"):
        b.heading(label, level=4)
    b.para("The LSCB should ensure that practitioners identify every adult who lives in the household.")
    b.para("Children's Social Care")
    b.para("The threshold document was revised in November 2014.")
    b.heading("Signed off", level=4)
    b.heading("Child H: recommendation 2", level=3)
    blocks = label_column_beside_values(b.build()).blocks
    assert [(x.kind, x.text.split()[0]) for x in blocks[1:9]] == [
        ("heading", "Recommendation"), ("paragraph", "The"), ("heading", "Lead"), ("paragraph", "Children's"),
        ("heading", "What"), ("paragraph", "The"), ("heading", "Status"), ("paragraph", "Signed")]


def _row(texts: list[str], table: int, page: int, is_header: bool = False) -> Block:
    return Block("table_row", " | ".join(texts), page, cells=tuple(Cell(None, t) for t in texts),
                 table=table, is_header=is_header)


def test_a_header_read_as_a_line_of_text_names_the_columns_and_its_repeat_continues_the_table():
    line = "Review No. Recommendation Lead Update at 31 March 2016"
    rec = ["", "1", "The CCG should ensure that GP practices record the adults who bring a child.", "CCG", "Done."]
    doc = Document("t.pdf", "pdf", "0", 2, [
        Block("heading", line, 1), _row(["Child A", *rec[1:]], 1, 1),
        Block("heading", line, 2), _row(rec, 2, 2, is_header=True), _row(rec, 2, 2)])
    blocks = header_lines_over_tables(doc).blocks
    assert [c.text for c in blocks[0].cells] == ["Review", "No.", "Recommendation", "Lead", "Update at 31 March 2016"]
    assert [(b.kind, b.table, b.is_header) for b in blocks] == [
        ("table_row", 1, True), ("table_row", 1, False), ("table_row", 1, False), ("table_row", 1, False)]


@pytest.mark.parametrize("line", [
    "Of the seven recommendations from the two reviews, three have been signed off by the Case Review Group.",
    "Recommendation 4. Westbury Marsh Police and Children's Social Care should set up a multi-agency panel.",
    "Two serious case reviews were published this year, Child S and Baby N."])
def test_a_sentence_over_a_table_is_no_header(line):
    doc = Document("t.pdf", "pdf", "0", 1, [Block("paragraph", line, 1), _row(["Review", "Status", "Lead", "Due"], 1, 1)])
    assert header_lines_over_tables(doc).blocks[0].kind == "paragraph"


def test_a_label_column_read_before_its_values_may_hold_one_label_of_the_boards_own():
    labels = ["What the reviewer asked", "Who owns it", "What we did", "Evidence seen"]
    values = ["The CCG should ensure that GPs record the adults who bring a child.", "NHS Northby CCG",
              "The named GP wrote to every practice.", "Audit report, February 2017"]
    doc = Document("t.pdf", "pdf", "0", 1, [Block("heading", "Recommendation 1", 1),
                                            *(Block("heading", t, 1) for t in labels),
                                            *(Block("paragraph", t, 1) for t in values),
                                            Block("heading", "Recommendation 2", 1)])
    texts = [b.text for b in label_column_beside_values(doc).blocks]
    assert texts[1:9] == [t for pair in zip(labels, values) for t in pair]


def test_a_bold_sentence_taken_for_headings_line_by_line_is_one_block_with_the_text_after_it():
    from extractor.repair import join_page_splits

    blocks = [Block(kind="list_item", page=7, text="2. Schools should tell Children's Social Care when a child who has, or has recently"),
              Block(kind="heading", page=7, level=9, text="had, a child protection plan is taken off roll to be home"),
              Block(kind="paragraph", page=7, text="educated. The Board updated its guidance in September 2015."),
              Block(kind="heading", page=7, level=9, text="3. NHS Hawksmoor Clinical Commissioning Group should make sure that GP practices follow up children"),
              Block(kind="heading", page=7, level=9, text="who are not brought to appointments, and tell the health visitor when a child has been missed"),
              Block(kind="paragraph", page=7, text="three times in a year. The Named GP wrote a policy template.")]
    doc = join_page_splits(Document(source="x.pdf", format="pdf", sha256="0" * 64, pages=9, blocks=blocks))
    assert [(b.kind, b.text[:9]) for b in doc.blocks] == [("list_item", "2. School"), ("list_item", "3. NHS Ha")]
    assert doc.blocks[1].text.endswith("missed three times in a year. The Named GP wrote a policy template.")
