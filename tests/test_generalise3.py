"""Round-3 mechanisms: bodies named only in a recommendation, split action plans keyed by ref.

A table "Recommendation | Response | RAG" with no lead column takes its bodies from the
recommendation's opening ("Housing providers to ...", "That the council reviews ...", the
imperative "Ensure that X ..."), the response's only when the recommendation names nobody;
a "Deferred: ..." response is no action; a numbered list of recommendations answered by an
appendix action plan ("Ref | Action | By whom | By when | Outcome") whose refs point back
("R1", "R2a", "3.1"), several rows a recommendation, is one entry per recommendation; a
numbered list run together into one paragraph is split into its items.
"""
from __future__ import annotations

from extractor.document import Block, Document
from extractor.link import is_action_text, narrative_status
from extractor.link.bodies import subject_bodies
from extractor.nlp import analyse
from extractor.pipeline import extract_document, split_run_on_items
from nlp_helpers import DocBuilder


def report(builder):
    return extract_document(builder.build())


def bodies(text):
    return [b.name for b in subject_bodies(analyse([text])[text], before_cue=True)]


def test_a_recommendation_names_its_bodies_in_its_opening():
    assert bodies("Housing providers to check that tenancy staff report signs of neglect.") == ["Housing providers"]
    assert bodies("That the local authority audits its use of written agreements.") == ["the local authority"]
    assert bodies("The Partnership will commission a briefing on private fostering.") == ["The Partnership"]
    # the imperative's object clause names who is to act; bodies named later are not addressees
    assert bodies("Ensure that school nurses and early years settings tell the GP about weight loss.") == [
        "school nurses", "early years settings"]
    assert bodies("A multi-agency audit of referrals should be completed by June.") == []


def test_an_opening_deferral_is_no_action():
    text = "Deferred: the service is being recommissioned and this will be built into the new contract."
    assert not is_action_text(analyse([text])[text], text)
    text = "Work on this has been deferred until the new hub opens."
    assert not is_action_text(analyse([text])[text], text)


def test_a_status_given_as_a_rating():
    text = "The implementation group has rated this recommendation achieved."
    assert narrative_status(analyse([text])[text]) == "completed"


def test_table_without_a_lead_column_takes_bodies_from_the_recommendation():
    b = DocBuilder().para("Eastmere Safeguarding Children Partnership Annual Report 2019-20")
    b.heading("Serious Case Reviews").heading("Child Rowan", 2)
    b.para("Child Rowan - recommendations and progress")
    b.table(["Recommendation", "Response and progress", "RAG"], [
        ["Eastmere Police to make sure that officers record the home conditions at every visit.",
         "The Education Safeguarding Team delivered a briefing to all schools in March 2020.", "Green"],
        ["A multi-agency audit of neglect cases should be completed within a year.",
         "The audit of 20 cases was completed in January 2020.", "Green"],
        ["Ensure that the MARAC shares its minutes with the child's school.",
         "Deferred: this will be built into the new MARAC protocol from April 2020.", "Amber"]])
    recs = report(b).recommendations
    assert [r.bodies[0].name if r.bodies else None for r in recs] == ["Eastmere Police", None, "the MARAC"]
    assert [r.action is not None for r in recs] == [True, True, False]


def test_action_plan_rows_keyed_by_ref_merge_into_the_listed_recommendations():
    b = DocBuilder().para("Eastmere Local Safeguarding Children Board Annual Report 2016-17")
    b.heading("Serious case reviews").heading("Family Q", 2)
    b.para("The review made three recommendations:")
    b.item("1. Eastmere Children's Services should use a recognised neglect tool in every assessment.")
    b.item("2. NHS Eastmere CCG should (a) share missed appointments and (b) revise the was not brought policy.")
    b.item("3. Eastmere Constabulary should record the condition of the home at every incident.")
    b.heading("Appendix: Family Q action plan")
    b.table(["Ref", "Action", "By whom", "By when", "Outcome / impact"], [
        ["R1", "Introduce the neglect tool in all assessment teams.", "Eastmere Children's Services",
         "June 2016", "Achieved. In use in every team."],
        ["R1", "Audit twenty neglect assessments.", "LSCB Quality Assurance Sub-group", "January 2017",
         "Achieved. Cumulative harm analysed in 16 of 20."],
        ["R2a", "Ask GP practices to adopt the revised policy.", "NHS Eastmere CCG", "March 2017",
         "Not achieved. 9 of 31 practices have replied."],
        ["R2b", "Set up a shared alert for missed appointments.", "Eastmere Community Health NHS Trust",
         "September 2016", "Achieved. Alert live since September 2016."],
        ["3.1", "Brief all response officers on neglect.", "Eastmere Constabulary", "December 2016",
         "Not achieved. Briefings postponed."]])
    recs = report(b).recommendations
    assert [r.number for r in recs] == ["1", "2", "3"]
    assert [r.status for r in recs] == ["completed", "in_progress", "not_started"]
    assert recs[0].action == "Introduce the neglect tool in all assessment teams."
    assert recs[1].action == "Set up a shared alert for missed appointments."  # the first row carried out
    assert recs[2].action is None
    assert recs[0].due == "2017-01"  # the latest of its rows
    assert "Eastmere Community Health NHS Trust" in [x.name for x in recs[1].bodies]


def test_numbered_list_run_together_in_one_paragraph_is_split():
    text = ("1. The council should review its neglect strategy. 2. Schools should record lateness. "
            "3. The LSCB should revise its training.")
    doc = split_run_on_items(Document("x.pdf", "pdf", "", 1, [Block("paragraph", text, 1)]))
    assert [(b.kind, b.text[:2]) for b in doc.blocks] == [("list_item", "1."), ("list_item", "2."),
                                                          ("list_item", "3.")]
    prose = "1. Introduction to this report. It covers the year."
    assert split_run_on_items(Document("x.pdf", "pdf", "", 1, [Block("paragraph", prose, 1)])).blocks[0].kind == "paragraph"
