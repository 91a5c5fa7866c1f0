"""Answers in the order of the recommendations (extractor/link/parallel.py), status summary
tables by review and number, and the other structures of the tarnwick, ashbourne-vale and
corvedale reports, each on a small report of its own."""
from __future__ import annotations

from extractor.document import Block, Document
from extractor.pipeline import extract_document
from nlp_helpers import DocBuilder

RECS = ["Health visitors should record who lives in a baby's home.",
        "Eastmere Police should tell children's social care when a violent man lives with a baby.",
        "The Board should run a campaign on coping with a crying baby."]


def review(b: DocBuilder) -> DocBuilder:
    b.heading("Serious case reviews")
    b.heading("Child Q: serious case review", 2)
    b.para("Child Q was nine months old when he was brought to hospital with a fractured skull.")
    b.heading("What we were asked to do", 3)
    for rec in RECS:
        b.item(rec)
    return b


def report(b: DocBuilder):
    return extract_document(b.build(), use_model=False)


def test_answers_under_a_progress_heading_go_to_the_recommendations_in_order():
    b = review(DocBuilder())
    b.heading("What we have done", 3)
    b.para("Our health partners have changed the records and every contact now asks who lives in the home.")
    b.para("The police have added a question to the domestic abuse risk assessment.")
    b.para("We launched a campaign in November with posters in gyms and barbers' shops.")
    b.heading("Where we are now", 3)
    b.item("Under way: knowing who is in the home. About 80% of visits record it.")
    b.item("Done: notifications about violent men are automatic.")
    b.item("Not yet started: the crying baby campaign for fathers.")
    entries = report(b).recommendations
    assert [(e.text, e.status) for e in entries] == list(zip(RECS, ["in_progress", "completed", "not_started"]))
    assert [e.action[:20] for e in entries] == ["Our health partners ", "The police have adde", "We launched a campai"]


def test_fewer_status_lines_than_recommendations_are_paired_by_topic():
    b = review(DocBuilder())
    b.heading("Where we are now", 3)
    b.item("Done: the crying baby campaign has run.")
    b.item("Under way: police notifications about violent men.")
    entries = report(b).recommendations
    assert [e.status for e in entries] == ["unknown", "in_progress", "completed"]


def test_answers_that_name_their_recommendation_are_not_paired_in_order():
    b = review(DocBuilder())
    b.heading("What we have done", 3)
    b.para("The action taken on the second recommendation is described in the Chair's foreword.")
    b.para("On the third: the Board ran the campaign in June.")
    b.para("A fuller account of the review is on the Board's website.")
    entries = report(b).recommendations
    assert entries[0].action is None


def test_a_status_table_by_review_and_number_gives_each_recommendation_its_status():
    b = DocBuilder()
    b.heading("Serious case reviews")
    b.para("The review of Child K made three recommendations:")
    for n, rec in enumerate(RECS, 1):
        b.para(f"{n}. {rec}")
    b.heading("Implementation of SCR recommendations")
    b.para("Work on recommendation 2 continues. The police have added a question to the risk assessment.")
    b.table(["Review", "Rec.", "Status"], [["Child K", "1", "Complete"], ["Child K", "2", "Ongoing"],
                                           ["Child K", "3", "Not started"]])
    entries = report(b).recommendations
    assert [e.status for e in entries] == ["completed", "in_progress", "not_started"]
    assert entries[1].action.startswith("Work on recommendation 2 continues")


def test_a_progress_column_beside_a_colour_column_is_the_action():
    b = DocBuilder()
    b.heading("Serious case reviews")
    b.para("The serious case review about Family H made two recommendations.")
    b.table(["Recommendation", "Lead", "Progress (March 2017)", "RAG rating"],
            [[RECS[0], "Community health", "A 'who lives here' section was added to the new birth visit form.", ""],
             [RECS[1], "Eastmere Police", "Update requested.", ""]],
            fills=[[None, None, None, "green"], [None, None, None, "red"]])
    entries = report(b).recommendations
    assert [(bool(e.action), e.status) for e in entries] == [(True, "completed"), (False, "not_started")]


def test_docx_paragraphs_are_never_joined_as_if_split_by_a_page():
    blocks = [Block("heading", "Serious case reviews", 1, level=1),
              Block("paragraph", "The review of Child K made two recommendations:", 2),
              Block("paragraph", "1. Schools should refer every pupil whose attendance falls below 85 per cent.", 3),
              Block("paragraph", "Lead: Eastmere Council Education Services and the Vale Recovery Service", 4),
              Block("paragraph", "2. The Board should publish a protocol on bruising in babies.", 5)]
    doc = Document(source="t.docx", format="docx", sha256="0" * 64, pages=None, blocks=blocks)
    assert [e.number for e in extract_document(doc, use_model=False).recommendations] == ["1", "2"]


def test_progress_paragraphs_that_open_with_their_subject_are_matched_by_it():
    b = review(DocBuilder())
    b.para("Progress")
    b.para("Coping with crying. The Board ran the campaign in every maternity unit. This is now complete.")
    b.para("Violent men living with babies. Eastmere Police now send a notification every time. Work continues.")
    entries = report(b).recommendations
    assert [e.status for e in entries] == ["unknown", "in_progress", "completed"]
    assert entries[0].action is None and entries[2].action.startswith("Coping with crying")


def test_numbered_actions_under_one_recommendation_make_one_entry():
    b = DocBuilder()
    b.heading("Serious case reviews")
    b.para("Ratings used in the tables: C = complete; G = on track; R = not started.")
    b.heading("A1. Child F (published September 2015)", 2)
    b.table(["Ref", "Recommendation", "Action", "Owner", "Update", "Rating"],
            [["1.1", RECS[0], "Rewrite the visit form.", "Community health", "Form rewritten in May.", "C"],
             ["1.2", "", "Audit twenty visits.", "Community health", "-", "G"],
             ["2.1", RECS[1], "Amend the procedure.", "Eastmere Police", "Procedure amended.", "C"]])
    entries = report(b).recommendations
    assert [(e.number, e.status) for e in entries] == [("1", "in_progress"), ("2", "completed")]
