"""Progress told apart from the recommendations, tied to the recommendation it answers.

By number or by the reference of an action plan ("R1", "R2a", "3.1", several rows a
recommendation); by ordinal ("the second recommendation"); by the topic a paragraph refers
back to, its words met across their forms; by the body and content words it shares with a
recommendation; by its opening subject; and, under a progress heading, by the order of the
recommendations (status lines by topic when there are fewer of them), unless an answer names
its recommendation.
"""
from __future__ import annotations

import pytest

from extractor.report import ResponsibleBody
from extractor.topics import answer_score, referred_number
from nlp_helpers import RECS, DocBuilder, entries, report, review, rules_report, scr_section

BOARD = "Eastmere Local Safeguarding Children Board Annual Report 2013-14"


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


@pytest.mark.parametrize("text,number", [
    ("Work on recommendation 3 continues. The sub-group published the protocol.", "3"),
    ("Vale Moors Police have not yet reported any progress on recommendation 4.", "4"),
    ("Recommendation 6 is in hand. The CCG wrote to all practices.", "6"),
    ("The second recommendation has been met.", "2"),
    ("Recommendations 1 and 5 have been completed.", None),      # several: statuses by number do that
    ("Recommendation 2: The CCG should ensure that GPs record fathers.", None),  # a label stating it
])
def test_the_one_recommendation_a_progress_paragraph_names(text, number):
    assert referred_number(text) == number


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


def test_an_action_answers_a_recommendation_by_body_and_content_words():
    csc = ResponsibleBody("Children's Social Care", "childrens_social_care")
    homes = ResponsibleBody("Wexcombe Homes", "housing")
    rec = "Children's Social Care should ensure that assessments record the history of every adult in the household."
    assert answer_score(rec, [csc], "Children's Social Care has revised assessments of the household history.", [csc])
    # the words of a body's name are no topic: naming Children's Social Care as someone to inform is not enough
    assert not answer_score("Wexcombe Homes should inform Children's Social Care when a family moves.", [homes],
                            "Children's Social Care has reduced the caseloads of social workers.", [csc])


def test_agency_paragraphs_answer_the_recommendations_stated_later():
    b = DocBuilder().para(BOARD).heading("Serious Case Reviews").heading("Child M", 2)
    b.para("The review concerning Child M was published in November 2013.")
    b.heading("The response of agencies", 3)
    b.para("Children's Social Care has revised its assessment guidance so that social workers record the history "
           "of every adult in the household. This work is now complete.")
    b.para("The CCG also appointed a Named GP for safeguarding children in September 2013. The Named GP has since "
           "visited 22 practices.")
    b.heading("Appendix: Recommendations of the serious case review concerning Child M")
    b.para("(a) Children's Social Care should ensure that assessments take account of the history of every adult "
           "in the household.")
    b.para("(b) Wexcombe Homes should inform Children's Social Care when a family applies to move.")
    r = rules_report(b)
    by_number = {e.number: e for e in r.recommendations}
    assert by_number["a"].action.startswith("Children's Social Care has revised")
    assert by_number["a"].status == "completed"
    assert by_number["b"].action is None
    alone = [e for e in r.recommendations if e.text is None]
    assert len(alone) == 1 and alone[0].action.endswith("visited 22 practices.")  # the Named GP sentence goes on


def test_progress_paragraphs_that_open_with_their_subject_are_matched_by_it():
    b = review(DocBuilder())
    b.para("Progress")
    b.para("Coping with crying. The Board ran the campaign in every maternity unit. This is now complete.")
    b.para("Violent men living with babies. Eastmere Police now send a notification every time. Work continues.")
    entries = rules_report(b).recommendations
    assert [e.status for e in entries] == ["unknown", "in_progress", "completed"]
    assert entries[0].action is None and entries[2].action.startswith("Coping with crying")


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
    entries = rules_report(b).recommendations
    assert [(e.text, e.status) for e in entries] == list(zip(RECS, ["in_progress", "completed", "not_started"]))
    assert [e.action[:20] for e in entries] == ["Our health partners ", "The police have adde", "We launched a campai"]


def test_fewer_status_lines_than_recommendations_are_paired_by_topic():
    b = review(DocBuilder())
    b.heading("Where we are now", 3)
    b.item("Done: the crying baby campaign has run.")
    b.item("Under way: police notifications about violent men.")
    entries = rules_report(b).recommendations
    assert [e.status for e in entries] == ["unknown", "in_progress", "completed"]


def test_answers_that_name_their_recommendation_are_not_paired_in_order():
    b = review(DocBuilder())
    b.heading("What we have done", 3)
    b.para("The action taken on the second recommendation is described in the Chair's foreword.")
    b.para("On the third: the Board ran the campaign in June.")
    b.para("A fuller account of the review is on the Board's website.")
    entries = rules_report(b).recommendations
    assert entries[0].action is None
