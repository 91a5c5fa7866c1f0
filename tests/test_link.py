"""Entries from hand-built blocks: tables, labelled lists, prose, action-only bullets, merging."""
from __future__ import annotations

from extractor.pipeline import extract_document
from nlp_helpers import DocBuilder


def entries(builder):
    return extract_document(builder.build()).recommendations


def scr_section(title="Serious Case Reviews", case="Child M"):
    return DocBuilder().para("Eastmere Safeguarding Children Board Annual Report 2014-15").heading(title).heading(case, 2)


def test_table_rows_become_entries_with_columns_mapped_by_header_meaning():
    b = scr_section()
    b.para("RAG key: Green = complete; Amber = in progress; Red = not started.")
    b.table(["Recommendation", "Action taken", "Lead agency", "Timescale", "RAG status"], [
        ["1. Eastmere Constabulary should notify midwives of incidents within 24 hours.",
         "Pregnancy is now a mandatory field on the police risk form.", "Eastmere Constabulary", "January 2015", "Green"],
        ["2. Children's Social Care should not close cases without a meeting.",
         "Work has not yet begun.", "Children's Social Care", "October 2015", "Red"],
    ])
    e1, e2 = entries(b)
    assert (e1.number, e1.scr, e1.status, e1.due) == ("1", "Child M", "completed", "2015-01")
    assert e1.text.startswith("Eastmere Constabulary should") and e1.action.startswith("Pregnancy")
    assert [(x.name, x.sector) for x in e1.bodies] == [("Eastmere Constabulary", "police")]
    assert (e2.action, e2.status, e2.due) == (None, "not_started", "2015-10")
    assert e1.id.endswith("-r01") and e2.id.endswith("-r02")


def test_report_rag_key_decides_what_green_means():
    b = scr_section()
    b.para("Key: Blue = complete; Green = on track; Amber = some slippage; Red = not started.")
    b.table(["No.", "What the review said", "What we have done", "By whom", "Status"], [
        ["1", "Health visitors should visit monthly.", "Visits have been introduced.", "health visitors", "Green"],
        ["2", "Schools should refer promptly.", "Guidance was issued to schools.", "Education", "Blue"]])
    assert [e.status for e in entries(b)] == ["in_progress", "completed"]


def test_finding_response_owner_progress_table():
    b = scr_section()
    b.table(["Finding", "Response", "Owner", "Progress"], [
        ["Agencies did not share information about the father.", "A protocol was agreed in January 2016.",
         "the CCG", "Partially achieved"]])
    (e,) = entries(b)
    assert (e.status, e.action, [x.sector for x in e.bodies]) == ("in_progress", "A protocol was agreed in January 2016.",
                                                                 ["health"])


def test_labelled_recommendations_with_progress_and_status_paragraphs():
    b = scr_section(case="Family K")
    b.para("Recommendation 1: Ardley Vale CCG should ensure that GP practices follow up children not brought.")
    b.para("Progress: The CCG's named GP produced a policy template. The Designated Nurse has visited practices.")
    b.para("Status: partially complete.")
    b.para("Recommendation 2: Ardley Constabulary should record home conditions.")
    b.para("Progress: The Constabulary has added a section to the form. This action is on track for completion by September 2017.")
    b.para("Recommendation 3: The Trust should transfer records promptly.")
    b.para("Progress: No update had been received from the Trust.")
    e1, e2, e3 = entries(b)
    assert (e1.number, e1.scr, e1.status) == ("1", "Family K", "in_progress")
    assert e1.action.startswith("The CCG's named GP")
    assert {x.sector for x in e1.bodies} == {"health"}
    assert (e2.status, e2.due) == ("in_progress", "2017-09")
    assert (e3.action, e3.status) == (None, "unknown")


def test_prose_recommendations_and_their_actions():
    b = scr_section(case="Young Person A")
    b.para("The review made three recommendations. The first asked health partners to offer a follow-up appointment "
           "after self-harm. In response, the CCG has funded a liaison nurse. The Board was told that this work is complete.")
    b.para("Third, the review asked the police to map the places where young people were targeted.")
    e1, e2 = entries(b)
    assert (e1.number, e1.status) == ("1", "completed")
    assert e1.action.startswith("In response, the CCG has funded")
    assert {x.sector for x in e1.bodies} == {"health"}
    assert (e2.number, e2.action, [x.sector for x in e2.bodies]) == ("3", None, ["police"])


def test_action_only_bullets_have_no_text():
    b = scr_section(case="Family R")
    b.heading("What has changed as a result", 3)
    b.item("Children's Social Care has changed its closure procedure for siblings.")
    b.item("A neglect practice guide was issued to every school in September 2017.")
    es = entries(b)
    assert [(e.text, e.scr) for e in es] == [(None, "Family R"), (None, "Family R")]
    assert es[0].bodies[0].sector == "childrens_social_care"


def test_findings_bullets_are_not_entries():
    b = scr_section()
    b.para("The review found that:")
    b.item("information was not shared between agencies;")
    b.item("the father was not seen by professionals.")
    assert entries(b) == []


def test_recommendation_list_merged_with_later_action_table_by_number():
    b = scr_section(case="Child J")
    b.para("The overview report made the following recommendations:")
    b.para("1. Wrenfield CCG should ensure that GP practices flag child protection plans.")
    b.para("2. All agencies should record core group attendance.")
    b.heading("What has been done", 3)
    b.table(["Rec", "Action", "Responsible", "Completed by", "Status"], [
        ["1", "All 27 practices have confirmed that flags are in place.", "Wrenfield CCG", "June 2015", "Complete"],
        ["2", "-", "All agencies", "October 2015", "Ongoing"]])
    e1, e2 = entries(b)
    assert (e1.number, e1.action, e1.status, e1.due) == ("1", "All 27 practices have confirmed that flags are in place.",
                                                         "completed", "2015-06")
    assert (e2.action, e2.status, [(x.name, x.sector) for x in e2.bodies]) == (
        None, "in_progress", [("all partner agencies", "lscb")])


def test_distractor_recommendations_are_not_entries():
    b = DocBuilder().heading("Inspection")
    b.para("Recommendation 1: Strengthen the analysis of performance information.")
    b.heading("Serious Case Reviews").heading("Child L", 2)
    b.para("The DHR recommended that the police should refer all children to the MASH.")
    b.para("A rapid review was held and recommended that the case be the subject of a local child safeguarding practice review.")
    b.para("Table 4: Ofsted recommendations")
    b.table(["Recommendation", "Progress"], [["The LSCB should evaluate training.", "Done."]])
    assert entries(b) == []


def test_rows_split_over_a_page_break_are_joined():
    b = scr_section()
    b.table(["Recommendation", "Action taken", "Lead"], [
        ["1. The Board should revise its training.", "A new course was designed.", "Training Sub-group"],
        ["", "It has been delivered four times.", ""]])
    (e,) = entries(b)
    assert e.action == "A new course was designed. It has been delivered four times."


def test_label_value_tables_give_one_entry_each():
    b = scr_section(case="Child D")
    b.table(["Recommendation 1", "The CCG should ensure that GPs record fathers."],
            [["Action taken", "Guidance was issued to all practices."], ["Lead", "NHS Kirkby CCG"], ["Status", "Complete"]])
    b.table(["Recommendation 2", "The police should share information with schools."],
            [["Action taken", "Not yet started"], ["Lead", "Kirkby Police"], ["Timescale", "June 2016"]])
    e1, e2 = entries(b)
    assert (e1.number, e1.text, e1.action, e1.status) == (
        "1", "The CCG should ensure that GPs record fathers.", "Guidance was issued to all practices.", "completed")
    assert [x.sector for x in e1.bodies] == ["health"]
    assert (e2.action, e2.status, e2.due) == (None, "not_started", "2016-06")


def test_recommendation_headings_and_unlabelled_paragraphs():
    b = scr_section(case="Child F")
    b.heading("Recommendation 1 - Information sharing", 3)
    b.para("That all agencies share concerns about unborn babies with the midwifery service.")
    b.para("Progress: A joint pre-birth protocol was agreed in January 2020. Status: complete.")
    b.heading("Recommendations", 3)
    b.item("Review the threshold document.")
    (e1, e2) = entries(b)
    assert (e1.number, e1.text, e1.status) == (
        "1", "That all agencies share concerns about unborn babies with the midwifery service.", "completed")
    assert e2.text == "Review the threshold document."


def test_response_paragraph_after_a_plain_recommendation():
    b = DocBuilder().heading("Serious case reviews").heading("Child P: recommendations and progress", 2)
    b.para("The CCG should ensure that GPs record who lives with a child.")
    b.para("Response: GP templates were updated in June 2016.")
    (e,) = entries(b)
    assert (e.scr, e.action) == ("Child P", "GP templates were updated in June 2016.")


def test_progress_keyed_by_number_in_later_paragraphs():
    b = scr_section(case="Child N")
    b.para("4.1 The Inclusion Service should track pupils on reduced timetables.")
    b.para("4.2 The LSCB should develop an exploitation protocol.")
    b.heading("Progress so far", 3)
    b.para("On 4.2, a protocol was approved by the Board in January 2018. This recommendation is complete.")
    e1, e2 = entries(b)
    assert e1.action is None
    assert (e2.action, e2.status) == ("a protocol was approved by the Board in January 2018. "
                                      "This recommendation is complete.", "completed")


def test_monitoring_sentence_is_found_and_generic_plans_are_not():
    b = scr_section()
    b.para("The Board's action plan was agreed in February 2015.")
    b.para("The Case Review Sub-group monitors the action plan at each meeting and reports progress to the Board "
           "using a RAG rating.")
    b.heading("Ofsted inspection")
    b.para("The Executive Group monitors the post-inspection action plan and reports progress to the Board.")
    r9 = extract_document(b.build()).rec9
    assert r9.monitoring_mechanism
    assert r9.mechanism_evidence.startswith("The Case Review Sub-group monitors the action plan")


def test_no_scrs_report():
    b = DocBuilder().heading("Reviews of Practice")
    b.para("No serious case reviews were initiated or published during 2012-13. None met the criteria for a "
           "serious case review.")
    b.para("The learning review recommended that the Board should develop a neglect strategy.")
    report = extract_document(b.build())
    assert (report.recommendations, report.scrs, report.rec9.verdict) == ([], [], "no_scrs")


def test_statement_with_an_action_field_is_an_action_entry():
    b = scr_section(case="Child P")
    b.para("The review identified two themes.")
    b.item("Fathers were invisible to services. Action taken: the Think Family course was revised in May 2016 (complete).")
    (e,) = entries(b)
    assert (e.text, e.action, e.status) == (None, "the Think Family course was revised in May 2016 (complete).",
                                            "completed")
