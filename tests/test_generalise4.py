"""Round-4 mechanisms of the linker: agency paragraphs tied to the recommendations they answer,
inline bullets split into items, a report's own paragraph numbering, and report fields that
another review type's paragraph must not supply.
"""
from __future__ import annotations

from extractor.pipeline import bullet_items, extract_document
from extractor.topics import answer_score
from extractor.report import ResponsibleBody
from nlp_helpers import DocBuilder

BOARD = "Eastmere Local Safeguarding Children Board Annual Report 2013-14"


def report(builder):
    return extract_document(builder.build(), use_model=False)


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
    r = report(b)
    by_number = {e.number: e for e in r.recommendations}
    assert by_number["a"].action.startswith("Children's Social Care has revised")
    assert by_number["a"].status == "completed"
    assert by_number["b"].action is None
    alone = [e for e in r.recommendations if e.text is None]
    assert len(alone) == 1 and alone[0].action.endswith("visited 22 practices.")  # the Named GP sentence goes on


def test_an_action_answers_a_recommendation_by_body_and_content_words():
    csc = ResponsibleBody("Children's Social Care", "childrens_social_care")
    homes = ResponsibleBody("Wexcombe Homes", "housing")
    rec = "Children's Social Care should ensure that assessments record the history of every adult in the household."
    assert answer_score(rec, [csc], "Children's Social Care has revised assessments of the household history.", [csc])
    # the words of a body's name are no topic: naming Children's Social Care as someone to inform is not enough
    assert not answer_score("Wexcombe Homes should inform Children's Social Care when a family moves.", [homes],
                            "Children's Social Care has reduced the caseloads of social workers.", [csc])


def test_inline_bullets_are_split_into_items():
    assert bullet_items("• Police now share notifications. • Schools were asked to record absence.") == (
        "", ["Police now share notifications.", "Schools were asked to record absence."])
    assert bullet_items("What we did: \u25aa one thing. \u25aa another.") == ("What we did:", ["one thing.", "another."])
    assert bullet_items("\u2013 The CCG wrote to practices. \u2013 Police briefed officers.") == (
        "", ["The CCG wrote to practices.", "Police briefed officers."])
    assert bullet_items("The review \u2013 published in May \u2013 made two recommendations.") is None


def test_card_cell_of_inline_bullets_gives_one_entry_a_deed_and_none_for_plans():
    b = DocBuilder().para("Eastmere Safeguarding Children Partnership Annual Report 2020-21")
    b.heading("Learning from reviews").heading("Child Q", 2)
    b.para("The LCSPR about Child Q was published in December 2020.")
    b.table(["What we learned", "What we did", "What difference it made"], [
        ["Nobody asked who the new partner was.",
         "• Eastmere Council Children's Services added a 'who lives here?' question to every assessment. "
         "• Eastmere Police now send each notification before 9am. "
         "• We will look again at how we ask about fathers next year.",
         "27 of 30 assessments named every adult."]])
    actions = [e.action for e in report(b).recommendations]
    assert len(actions) == 2 and not any(a.startswith(("\u2022", "We will")) for a in actions)


def test_paragraph_numbers_are_not_recommendation_numbers():
    b = DocBuilder().para(BOARD).heading("Part 4: Serious case reviews").heading("Child J", 2)
    b.para("4.1 Child J was four months old when he was admitted to hospital with a head injury.")
    b.para("4.2 The review concerning Child J was published in January 2017.")
    b.para("4.3 The review made two recommendations. The first asked the Trust to make sure that every baby with a "
           "bruise is seen by a paediatrician. The Trust has introduced a bruising protocol.")
    b.para("4.4 At 31 March 2017 the Implementation Group rated recommendation 1 as achieved.")
    numbers = [e.number for e in report(b).recommendations]
    assert numbers == ["1"]


def test_a_domestic_homicide_review_plan_is_no_monitoring_mechanism():
    b = DocBuilder().para(BOARD).heading("Serious Case Reviews")
    b.para("The review concerning Child M was published in November 2013. Children's Social Care should ensure "
           "that assessments include every adult.")
    b.heading("Domestic homicide review", 2)
    b.para("The Safer Eastmere Partnership completed a domestic homicide review in 2013-14. The Safer Eastmere "
           "Partnership monitors the action plan for the review and has agreed to share its progress with the Board.")
    assert report(b).rec9.monitoring_mechanism is False
