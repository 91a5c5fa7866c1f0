"""Mechanisms that carry the extractor to report styles it was not developed on.

Each test is a short hand-built report in a style none of the development reports
use in exactly this form: header meanings by head word, key/value cards with a
finding row, status word families, list-wide status from a heading or lead-in,
actions in later paragraphs that refer back to their recommendation by topic,
two recommendations coordinated in one sentence, meta sentences about
recommendations.
"""
from __future__ import annotations

from extractor.link import header_meaning
from extractor.pipeline import extract_document
from nlp_helpers import DocBuilder


def entries(builder):
    return extract_document(builder.build()).recommendations


def scr_section(title="Serious Case Reviews", case="Child M"):
    return DocBuilder().para("Eastmere Safeguarding Children Board Annual Report 2014-15").heading(title).heading(case, 2)


# ---- header meanings -------------------------------------------------------------------

def test_partner_response_table_is_an_entry_table():
    b = scr_section(case="Child F")
    b.table(["Area for improvement", "Partner response", "Lead", "RAG"], [
        ["Midwives should share information about previous pregnancies at booking.",
         "A shared antenatal pathway went live in November 2019.", "Eastmere Maternity Services", "Green"],
        ["The police should share intelligence about a father's violence with the MASH.",
         "No update received.", "Eastmere Police", "Red"]])
    e1, e2 = entries(b)
    assert e1.action.startswith("A shared antenatal pathway") and e1.status == "completed"
    assert (e2.action, e2.status, [x.sector for x in e2.bodies]) == (None, "not_started", ["police"])


def test_header_head_word_decides_between_two_meanings():
    assert header_meaning("Partner response") == "action"
    assert header_meaning("Action owner") == "lead"
    assert header_meaning("Recommendation status") == "status"
    assert header_meaning("Agreed action") == "planned_action"
    assert header_meaning("Action taken") == "action"
    assert header_meaning("Partner") == "lead"
    assert header_meaning("Contribution") == "not_entry"


# ---- status word families ---------------------------------------------------------------

def test_negated_and_partial_families_of_status_words_in_a_colour_key():
    b = scr_section()
    b.para("RAG key")
    b.table(["RAG", "Meaning"], [["Green", "fully implemented"], ["Amber", "partially implemented"],
                                 ["Red", "not implemented"]])
    b.table(["Recommendation", "Action taken", "Lead", "RAG"], [
        ["Schools should refer absent children promptly.", "Guidance was reissued in September.", "Education", "Green"],
        ["Housing should attend conferences.", "Invitations now include housing.", "Eastmere Homes", "Amber"],
        ["The police should share intelligence.", "-", "Eastmere Police", "Red"]])
    assert [e.status for e in entries(b)] == ["completed", "in_progress", "not_started"]


def test_status_cells_partly_met_and_not_met():
    b = scr_section()
    b.table(["Recommendation", "Progress", "Position"], [
        ["Schools should refer absent children promptly.", "Guidance was reissued.", "Partly met"],
        ["Health should follow up missed appointments.", "Policies received.", "Not met"],
        ["The LSCB should revise procedures.", "Procedures revised.", "Met"]])
    assert [e.status for e in entries(b)] == ["in_progress", "not_started", "completed"]


# ---- precision ----------------------------------------------------------------------------

def test_sentence_describing_how_recommendations_are_set_out_is_not_one():
    b = scr_section()
    b.para("Rather than reproduce the action plan, we have summarised each recommendation on a card: what the review "
           "found, what it recommended and what has been done.")
    b.para("Recommendation 1: Eastmere Constabulary should record every child present at an incident.")
    (e,) = entries(b)
    assert e.number == "1"


def test_key_finding_row_of_a_learning_card_is_context_not_an_entry():
    b = scr_section()
    for n, (finding, rec, response, who, pos) in enumerate([
            ("Practitioners saw the partner as a visitor, so no checks were made on him.",
             "Eastmere Children's Services should ensure that every assessment identifies all adults in the household.",
             "The assessment form now has a mandatory 'significant adults' section.", "Eastmere Children's Services",
             "Embedded in practice"),
            ("Police information about the partner was not shared at the strategy discussion.",
             "Eastmere Constabulary should check police systems for every adult before a strategy discussion.",
             "A pre-strategy checklist has been issued.", "Eastmere Constabulary", "Partly met")], 1):
        b.para(f"Learning summary {n} of 2")
        b.table(["Case", "Child M"], [["Key finding", finding], [f"Recommendation {n}", rec], ["Response", response],
                                      ["Responsible agency", who], ["Current position", pos]])
    e1, e2 = entries(b)
    assert (e1.number, e1.status) == ("1", "completed") and e1.text.startswith("Eastmere Children's Services should")
    assert (e2.number, e2.status, [x.sector for x in e2.bodies]) == ("2", "in_progress", ["police"])


def test_finding_column_is_the_recommendation_only_without_a_recommendation_column():
    b = scr_section()
    b.table(["Finding", "Recommendation", "Action taken", "Lead"], [
        ["Fathers were invisible to agencies.", "Health visitors should record the details of fathers.",
         "The record template now has a father field.", "Health visiting"]])
    (e,) = entries(b)
    assert e.text == "Health visitors should record the details of fathers."


# ---- status of a whole list ---------------------------------------------------------------

def test_heading_that_states_the_status_of_the_list_below_it():
    b = scr_section(case="Child A")
    b.para("The action plan was agreed by all partners in September 2016.")
    b.heading("Actions completed this year", 3)
    b.item("Eastmere Borough Council Children's Services rewrote its neglect practice guidance.")
    b.item("Eastmere CCG commissioned training for GP safeguarding leads on neglect.")
    assert [e.status for e in entries(b)] == ["completed", "completed"]


def test_lead_in_sentence_that_states_the_status_of_the_list():
    b = scr_section(case="Child A")
    b.para("The following actions arising from the review are still in progress:")
    b.item("Eastmere CCG has commissioned training for GP safeguarding leads on neglect.")
    b.item("The school nursing service has introduced a health needs review for home-educated children.")
    assert [e.status for e in entries(b)] == ["in_progress", "in_progress"]


# ---- actions in later paragraphs ---------------------------------------------------------

def test_later_paragraphs_refer_back_to_recommendations_by_topic():
    b = scr_section(case="Child Q")
    b.heading("The recommendations of the review", 3)
    b.para("The overview author recommended that Eastmere Hospitals NHS Trust should ensure that information about a "
           "parent's mental health crisis is shared with the GP on the day of discharge. The author also recommended "
           "that the Board should review its threshold document so that repeated referrals are given weight.")
    b.para("In addition, the panel advised that the Clinical Commissioning Group should work with GP practices so "
           "that a child's record shows a parent's crisis plan, and, finally, that all agencies should review their "
           "arrangements for supervision.")
    b.heading("Progress made in implementing the recommendations", 3)
    b.para("The recommendation that the Board should revisit its threshold document remains outstanding.")
    b.para("In response to the recommendation on information sharing, the Trust has introduced a discharge "
           "notification. This work is now complete.")
    b.para("In respect of the recommendation on supervision, each agency was asked to report by March 2015. Returns "
           "have been received from only four agencies, and the recommendation therefore remains outstanding.")
    e1, e2, e3, e4 = entries(b)
    assert (e1.status, e1.action) == ("completed", "In response to the recommendation on information sharing, the "
                                      "Trust has introduced a discharge notification. This work is now complete.")
    assert (e2.status, e2.action) == ("not_started", None)
    assert e3.text.startswith("the Clinical Commissioning Group should") or "Clinical Commissioning Group should" in e3.text
    assert "all agencies should review" not in e3.text
    assert e4.text.startswith("all agencies should review") and (e4.status, e4.action) == ("not_started", None)


def test_back_reference_topic_and_match():
    from extractor.topics import best_match, referred_topic
    recs = ["Eastmere Police should record the presence of every child at incidents of concern.",
            "The CCG should work with GP practices so that a child's record shows a parent's crisis plan."]
    assert referred_topic("With regard to the recommendation on GP records, the Named GP has written to practices.") \
        == "GP records"
    assert best_match("GP records", "the Named GP has written to practices", recs) == 1
    assert best_match("the recording of children at incidents", "The force added a field.", recs) == 0
    assert best_match("school attendance", "Schools were written to.", recs) is None
    assert referred_topic("The review made the recommendation that health visitors should visit monthly.") is None
    assert referred_topic("The Board accepted the recommendation that the LSCB should commission training.") is None
    assert referred_topic("Eastmere Police accepted the recommendation concerning the recording of children.") \
        == "the recording of children"


def test_topic_words_meet_across_their_forms():
    from extractor.topics import best_match, content_stems
    assert content_stems("commission commissioned commissioning") == content_stems("commissions")
    assert content_stems("planned planning") == content_stems("plans")
    recs = ["The CCG should commission a specialist perinatal mental health service.",
            "Schools should share attendance concerns with the MASH."]
    assert best_match("commissioning perinatal services", "A service was procured.", recs) == 0
    assert best_match("sharing attendance concerns", "Schools now do.", recs) == 1


# ---- colour keys in other forms ----------------------------------------------------------

import pytest  # noqa: E402


@pytest.mark.parametrize("key", [
    "Key: B – complete; G – on track; A – some slippage; R – not started.",
    "Actions rated blue have been completed, those rated green are on track, amber are delayed and red have not started.",
    "Completed actions are shown in blue, actions on track in green, delayed actions in amber and actions not "
    "started in red.",
    "Progress is rated: Complete (Blue), On track (Green), Delayed (Amber), Not started (Red).",
])
def test_colour_key_forms_where_green_is_not_complete(key):
    b = scr_section()
    b.para(key)
    b.table(["Recommendation", "Action taken", "Lead", "RAG"], [
        ["Schools should refer absent children.", "Guidance was issued.", "Education", "Green"],
        ["The LSCB should audit neglect cases.", "The audit was done.", "LSCB", "Blue"]])
    assert [e.status for e in entries(b)] == ["in_progress", "completed"]


# ---- labels ------------------------------------------------------------------------------

def test_card_table_with_a_short_recommendation_label_and_improvement_labels():
    b = scr_section()
    b.table(["R1", "Schools should refer absent children to children's social care."],
            [["Action", "Guidance was reissued in 2015."], ["Lead", "Education Safeguarding Team"], ["Status", "Met"]])
    b.para("Area for improvement: The police should share intelligence with the MASH.")
    b.para("Partner response: No update received.")
    b.para("Lead: Eastmere Police")
    b.para("RAG: Red")
    e1, e2 = entries(b)
    assert (e1.number, e1.status, e1.action) == ("1", "completed", "Guidance was reissued in 2015.")
    assert (e2.text, e2.action, e2.status) == ("The police should share intelligence with the MASH.", None, "not_started")


@pytest.mark.parametrize("cell,status", [
    ("Nearly complete", "in_progress"), ("Completed but not embedded", "in_progress"), ("Under development", "in_progress"),
    ("Actioned", "completed"), ("Not yet progressed", "not_started"), ("Partly met", "in_progress"),
    ("Not fully implemented", "in_progress"), ("Deferred", "not_started")])
def test_status_cell_word_families(cell, status):
    b = scr_section()
    b.table(["Recommendation", "Action taken", "Status"], [["Schools should refer absent children.", "Guidance issued.", cell]])
    (e,) = entries(b)
    assert e.status == status


@pytest.mark.parametrize("progress,status", [
    ("A policy template was delivered to practices.", "unknown"),  # a deed told in the past
    ("A policy template was delivered to practices and a new protocol is under development.", "in_progress"),
    ("The template is being piloted in two practices.", "in_progress")])
def test_cell_status_words_in_prose_count_only_as_what_the_work_is_now(progress, status):
    b = scr_section()
    b.para("Recommendation 1: The CCG should publish a was-not-brought policy.")
    b.para("Progress: " + progress)
    (e,) = entries(b)
    assert e.status == status


# ---- monitoring ---------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "The Partnership will not close an action until the lead agency has provided evidence that practice has changed.",
    "The SCR sub-group receives updates from agencies on each action and escalates any delay to the Executive.",
    "The Board holds agencies to account for completing their actions through six-monthly challenge sessions.",
])
def test_monitoring_sentences_in_other_words(sentence):
    b = scr_section()
    b.para("Recommendation 1: Schools should refer absent children.")
    b.para("Progress: Guidance was issued.")
    b.heading("Monitoring", 3)
    b.para(sentence)
    assert extract_document(b.build()).rec9.monitoring_mechanism


def test_later_paragraphs_refer_back_to_recommendations_by_ordinal():
    b = scr_section()
    b.para("The review made three recommendations. The first recommendation was that the CCG should ensure GP practices "
           "follow up missed appointments. The second was that Eastmere Police should record every child present at "
           "domestic incidents.")
    b.heading("Progress", 3)
    b.para("The first recommendation has been met: the CCG issued a was-not-brought policy in June 2015.")
    b.para("Work on the second recommendation is ongoing; the police have added a field to their incident form.")
    e1, e2 = entries(b)
    assert (e1.number, e1.status) == ("1", "completed") and e1.action.startswith("The first recommendation has been met")
    assert (e2.number, e2.status) == ("2", "in_progress") and "incident form" in e2.action


def test_stated_recommendation_count_drops_the_least_sure_extras():
    from extractor.link import stated_count
    assert stated_count("The review made two recommendations.") == 2
    assert stated_count("Eight recommendations were made by the author.") == 8
    assert stated_count("Two of the five recommendations remain open.") is None
    def build(opening):
        b = scr_section()
        b.para(opening + "The review asked the CCG to ensure that GP practices follow up missed appointments. "
               "The review also asked Eastmere Police to record every child present at incidents.")
        b.para("The review also asked Children's Social Care to audit case closures.")
        return entries(b)
    assert len(build("")) == 3
    assert len(build("The review made two recommendations. ")) == 2


# ---- distractors inside the case-review section --------------------------------------------

def test_other_review_types_nested_in_the_case_review_section_are_left_out():
    b = DocBuilder().para("Eastmere Safeguarding Children Board Annual Report 2019-20").heading("Learning from reviews")
    b.heading("Child M", 2)
    b.para("Recommendation 1: Schools should refer absent children within three days.")
    b.heading("National review: The Myth of Invisible Men", 2)
    b.para("The national panel's review recommended that local partners should improve how they engage with fathers.")
    b.heading("Thematic audit of neglect", 2)
    b.table(["Recommendation", "Action", "Lead"], [["Managers should audit supervision quarterly.", "Audits started.",
                                                    "All agencies"]])
    b.heading("Safeguarding Adults Review: Mr T", 2)
    b.para("The review recommended that adult social care should consider dependent children in every assessment.")
    b.heading("Independent inquiry into child sexual exploitation", 2)
    b.item("The council should appoint a CSE lead.")
    (e,) = entries(b)
    assert e.scr == "Child M"


# ---- case names and narrative status -----------------------------------------------------

def test_case_names_in_lists_and_quotes():
    from extractor.nlp import analyse
    texts = ["The review of Children C, D and E was published.", "The review of Child 'Q' was published."]
    docs = analyse(texts)
    assert [[s.text for s in docs[t].spans["cases"]] for t in texts] == [["Children C, D and E"], ["Child 'Q'"]]


@pytest.mark.parametrize("text,status", [
    ("This will be completed by June 2016.", None),
    ("The Board agreed to close this recommendation in March 2016.", "completed"),
    ("This has not been progressed.", "not_started"),
    ("The action remains open pending an audit.", "in_progress"),
])
def test_narrative_status_of_future_closure_and_negation(text, status):
    from extractor.link import narrative_status
    from extractor.nlp import analyse
    assert narrative_status(analyse([text])[text]) == status


# ---- more layouts ------------------------------------------------------------------------

def test_numbered_action_list_keyed_to_numbered_recommendations():
    b = scr_section()
    b.heading("Recommendations", 3)
    b.item("1. The CCG should ensure GP practices follow up missed appointments.")
    b.item("2. Eastmere Police should record every child present at incidents.")
    b.heading("Actions taken", 3)
    b.item("1. A was-not-brought policy was issued to all practices in June 2015 (complete).")
    b.item("2. The incident form now has a mandatory field for children (in progress).")
    e1, e2 = entries(b)
    assert (e1.number, e1.status) == ("1", "completed") and e1.action.startswith("A was-not-brought policy")
    assert (e2.number, e2.status) == ("2", "in_progress") and e2.action.startswith("The incident form")


def test_continuation_row_with_an_open_action_leaves_the_recommendation_open():
    b = scr_section()
    b.table(["Recommendation", "Agency", "Action", "Status"], [
        ["1. The CCG should ensure GP practices follow up missed appointments.", "CCG", "Policy issued June 2015.",
         "Complete"],
        ["", "Eastmere Police", "Audit of 10 practices.", "Ongoing"]])
    (e,) = entries(b)
    assert e.status == "in_progress" and {x.sector for x in e.bodies} == {"health", "police"}


def test_finding_then_recommendation_label_in_one_paragraph():
    b = scr_section()
    b.para("Learning point 1: Professionals did not see the child. Recommendation: All agencies should ensure the child "
           "is seen alone. Response: Agencies have revised supervision templates. Status: Complete.")
    (e,) = entries(b)
    assert e.text.startswith("All agencies should ensure") and e.status == "completed"
    assert e.action == "Agencies have revised supervision templates."


def test_sentence_stating_the_status_of_all_recommendations():
    b = scr_section()
    b.para("The review recommended that:")
    b.item("the CCG ensures GP practices follow up missed appointments;")
    b.item("Eastmere Police record every child present at incidents.")
    b.para("Both recommendations have been implemented, and the sub-group has closed the action plan.")
    e1, e2 = entries(b)
    assert (e1.status, e2.status) == ("completed", "completed")
    assert [x.sector for x in e1.bodies] == ["health"]


@pytest.mark.parametrize("heading,status", [
    ("Outstanding actions", "not_started"), ("Actions carried forward to 2017-18", "in_progress"),
    ("Completed actions", "completed"), ("What has been done", "unknown")])
def test_list_heading_status_family(heading, status):
    b = scr_section(case="Child A")
    b.heading(heading, 3)
    b.item("Eastmere CCG commissioned training for GP safeguarding leads on neglect.")
    assert [e.status for e in entries(b)] == [status]
