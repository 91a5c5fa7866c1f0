"""Round-2 mechanisms for report styles the development reports did not use.

Pseudonym case names ("Child Tobias", "Baby Willow") as headings and in text, an
SCR's stage told in the text under its case-name heading, a short closing status
sentence that decides an action's status, a head noun shared by coordinated bodies
("health and education partners"), recommendations listed as bullets and answered
in order by a table of short row titles, a case heading under another review type,
and lead cells that name nobody ("To be agreed").
"""
from __future__ import annotations

from extractor.link import narrative_status
from extractor.nlp import analyse
from extractor.pipeline import extract_document
from extractor.structure import categorise, sections
from nlp_helpers import DocBuilder


def report(builder):
    return extract_document(builder.build())


def cases_in(text):
    doc = analyse([text])[text]
    return [s.text for s in doc.spans.get("cases", [])]


def test_pseudonym_case_names_are_recognised_but_service_names_are_not():
    assert cases_in("The review about Child Tobias was published in May.") == ["Child Tobias"]
    assert cases_in("Baby Willow and Young Person Kai were known to services.") == ["Baby Willow", "Young Person Kai"]
    assert cases_in("Child Protection conferences and Child Sexual Exploitation work rose.") == []
    assert cases_in("The Baby Friendly initiative continued.") == []


def test_pseudonym_heading_is_an_scr_section_unless_under_another_review_type():
    assert categorise("Child Tobias") == "scr"
    assert categorise("Child Protection") != "scr"
    doc = DocBuilder().heading("Rapid reviews").heading("Child Juniper", 2).para("The rapid review met.").build()
    assert sections(doc)[2].category == "other_review"


def test_stage_of_a_case_told_under_its_heading():
    b = DocBuilder().para("Eastmere Safeguarding Children Partnership Annual Report 2018-19")
    b.heading("Serious Case Reviews").heading("Baby Willow", 2)
    b.para("Willow was seven weeks old. The review was published in March 2019 with one recommendation.")
    b.para("Recommendation One: The Partnership should provide safer sleep training for every practitioner.")
    scrs = {s.name: s.stage for s in report(b).scrs}
    assert scrs == {"Baby Willow": "published"}


def test_closing_status_sentence_decides_over_earlier_past_events():
    text = "The neglect strategy was signed off in February 2019. Training will follow in May. Work continues."
    doc = analyse([text])[text]
    assert narrative_status(doc) == "in_progress"
    text = "A closure letter is now sent whenever a case is closed. This recommendation is now closed."
    doc = analyse([text])[text]
    assert narrative_status(doc) == "completed"


def test_coordinated_modifiers_share_their_head_noun():
    b = DocBuilder().para("Eastmere Safeguarding Children Partnership Annual Report 2018-19")
    b.heading("Serious Case Reviews").heading("Child Tobias", 2)
    b.para("Recommendation Two: Police, health and education partners should ensure that a child not seen "
           "for four weeks is discussed at a multi-agency meeting.")
    bodies = [x.name for x in report(b).recommendations[0].bodies]
    assert bodies == ["Police", "health partners", "education partners"]


def test_listed_recommendations_answered_in_order_by_a_table_of_titles():
    b = DocBuilder().para("Eastmere Safeguarding Children Partnership Annual Report 2019-20")
    b.heading("Serious Case Reviews").heading("Child Rowan", 2)
    b.para("The review asked the partnership to:")
    b.item("make sure that practitioners understand that a neglected teenager may seem defiant;")
    b.item("review how the emergency department follows up repeat attendances.")
    b.para("The table below shows what has been done, in the same order.")
    b.table(["Learning", "What we have done", "Who"], [
        ["Neglect of adolescents", "An adolescent neglect practice guide was launched in November 2019.",
         "Eastmere Council Children's Services"],
        ["Repeat attendance", "A new alert was introduced in the emergency department in January 2020.",
         "To be agreed"]])
    recs = report(b).recommendations
    assert [r.text for r in recs] == [
        "make sure that practitioners understand that a neglected teenager may seem defiant;",
        "review how the emergency department follows up repeat attendances."]
    assert recs[0].action.startswith("An adolescent neglect practice guide")
    assert recs[1].bodies == []  # "To be agreed" names nobody


def test_sentence_about_deciding_whether_to_hold_a_review_is_not_a_recommendation():
    b = DocBuilder().para("Eastmere Safeguarding Children Partnership Annual Report 2018-19")
    b.heading("Learning from Serious Case Reviews")
    b.para("The Board decides whether a serious case review should be held. During the year a third was "
           "commissioned in February 2019.")
    assert report(b).recommendations == []


def test_paragraph_cut_by_a_page_break_is_joined():
    from extractor.document import Block, Document
    from extractor.pipeline import join_page_splits

    blocks = [Block(kind="paragraph", page=7, text="A protocol was agreed and eight meetings were held before the end of"),
              Block(kind="paragraph", page=8, text="March. Work continues."),
              Block(kind="paragraph", page=8, text="What has happened since"),
              Block(kind="paragraph", page=9, text="The escalation policy was relaunched.")]
    doc = join_page_splits(Document(source="x.pdf", format="pdf", sha256="0" * 64, pages=9, blocks=blocks))
    assert [b.text for b in doc.blocks] == [
        "A protocol was agreed and eight meetings were held before the end of March. Work continues.",
        "What has happened since", "The escalation policy was relaunched."]


def test_status_closing_a_paragraph_that_reports_no_action():
    b = DocBuilder().para("Eastmere Safeguarding Children Partnership Annual Report 2018-19")
    b.heading("Serious Case Reviews").heading("Baby Willow", 2)
    b.para("Recommendation Two: The National Probation Service should check with children's social care "
           "whether a man under supervision lives with a baby.")
    b.para("What has happened since")
    b.para("Neither probation provider has yet reported any work on this recommendation. This has not yet started.")
    rec = report(b).recommendations[0]
    assert rec.action is None and rec.status == "not_started"


def test_lead_cell_keeps_modifiers_and_possessive_nouns_of_a_body():
    from extractor.link import bodies_of_cell

    text = "Ludgate Education Service and secondary head teachers"
    doc = analyse([text])[text]
    assert [b.name for b in bodies_of_cell(text, doc)] == ["Ludgate Education Service", "secondary head teachers"]
    text = "Ludgate Council Children's Services and the Partnership's training team"
    doc = analyse([text])[text]
    assert [b.name for b in bodies_of_cell(text, doc)] == ["Ludgate Council Children's Services",
                                                            "the Partnership's training team"]


def test_case_that_did_not_become_an_scr_is_not_listed():
    b = DocBuilder().para("Eastmere Safeguarding Children Board Annual Report 2015-16").heading("Case reviews")
    b.para("The Case Review Group considered the case of Child Jasmine and decided that it did not meet the "
           "criteria for a serious case review.")
    r = report(b)
    assert r.scrs == [] and r.rec9.verdict == "no_scrs"


def test_case_of_another_review_type_named_in_an_scr_sentence_is_not_an_scr():
    b = DocBuilder().para("Eastmere Safeguarding Children Board Annual Report 2017-18").heading("Case reviews")
    b.para("The Case Review Group commissioned one multi-agency learning review, concerning a 14-year-old "
           "(Young Person P) who was repeatedly missing from care.")
    b.para("The serious case review about Child D was published in June 2017.")
    assert [(s.name, s.stage) for s in report(b).scrs] == [("Child D", "published")]
