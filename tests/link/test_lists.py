"""Lists under a case review: bullets that are actions alone (no recommendation text), and
the status of a whole list given by its heading or by the sentence that leads into it."""
from __future__ import annotations

import pytest

from nlp_helpers import entries, rules_report, scr_section


def test_action_only_bullets_have_no_text():
    b = scr_section(case="Family R")
    b.heading("What has changed as a result", 3)
    b.item("Children's Social Care has changed its closure procedure for siblings.")
    b.item("A neglect practice guide was issued to every school in September 2017.")
    es = entries(b)
    assert [(e.text, e.scr) for e in es] == [(None, "Family R"), (None, "Family R")]
    assert es[0].bodies[0].sector == "childrens_social_care"


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


@pytest.mark.parametrize("heading,status", [
    ("Outstanding actions", "not_started"), ("Actions carried forward to 2017-18", "in_progress"),
    ("Completed actions", "completed"), ("What has been done", "unknown")])
def test_list_heading_status_family(heading, status):
    b = scr_section(case="Child A")
    b.heading(heading, 3)
    b.item("Eastmere CCG commissioned training for GP safeguarding leads on neglect.")
    assert [e.status for e in entries(b)] == [status]


def test_items_under_a_whats_changed_heading_that_carry_a_status_are_actions():
    b = scr_section(case="Child P")
    b.para("The review of Child P was published in May 2017.")
    b.heading("What\u2019s changed since the review", 3)
    b.item("Neglect toolkit relaunched for all practitioners (June 2017) \u2013 Complete")
    b.item("Eastmere Police: new triage of missing-child reports \u2013 In progress")
    got = entries(b)
    assert [(e.text, e.status) for e in got] == [(None, "completed"), (None, "in_progress")]
    assert got[1].action.startswith("Eastmere Police: new triage")
    assert [x.sector for x in got[1].bodies] == ["police"]


@pytest.mark.parametrize("item, text, status", [
    ("Children's Services should name a lead professional for every plan. [Complete]",
     "Children's Services should name a lead professional for every plan.", "completed"),
    ("Eastmere Police should share missing-episode data with schools. (Status: in progress)",
     "Eastmere Police should share missing-episode data with schools.", "in_progress"),
    ("The Board should audit the use of the escalation policy. Not started",
     "The Board should audit the use of the escalation policy.", "not_started"),
    ("The Board should audit the escalation policy (see section 5).",
     "The Board should audit the escalation policy (see section 5).", "unknown"),
])
def test_a_status_set_after_a_listed_recommendation_rates_it_and_is_no_part_of_its_text(item, text, status):
    b = scr_section()
    b.para("The review made the following recommendations:")
    b.item(item)
    e, = entries(b)
    assert (e.text, e.status) == (text, status)


def test_a_recommendation_item_that_goes_on_to_say_what_was_done_holds_both():
    b = scr_section(case="Child A")
    b.para("The review made two recommendations:")
    b.item("Eastmere CCG should ensure that GP practices record who lives with a baby. "
           "Eastmere CCG has added a household question to the new-patient form and briefed every practice.")
    b.item("The Board should publish guidance on working with fathers. Work on this has not begun.")
    got = entries(b)
    assert [e.text for e in got] == ["Eastmere CCG should ensure that GP practices record who lives with a baby.",
                                     "The Board should publish guidance on working with fathers."]
    assert got[0].action.startswith("Eastmere CCG has added a household question")
    assert got[1].action is None


def test_a_paragraph_giving_a_numbered_recommendations_status_is_its_progress():
    b = scr_section(case="Baby J")
    b.para("The review made two recommendations.")
    b.item("1. Midwives should ask every pregnant woman about all the adults who live in her home.")
    b.item("2. The police should tell health visitors about every domestic abuse call-out to a home with a baby.")
    b.para("Number 1 is complete. The maternity service added the question to its booking form in June 2020.")
    b.para("Number 2 is in progress. The police and the health visiting service are testing a new way to share "
           "these call-outs.")
    got = rules_report(b).recommendations
    assert [(e.number, e.status) for e in got] == [("1", "completed"), ("2", "in_progress")]
    assert all(e.action for e in got)


def test_a_status_in_brackets_closing_the_work_told_after_a_recommendation_rates_it_and_is_no_part_of_the_work():
    b = scr_section(case="Child O")
    b.heading("Recommendations", 3)
    b.item("3. The CCG should make sure that GP practices follow up children who are not brought to appointments. "
           "The Named GP wrote a 'was not brought' policy template, which was sent to all 34 practices in December 2015. [In hand]")
    got = rules_report(b).recommendations
    assert [(e.number, e.status) for e in got] == [("3", "in_progress")]
    assert got[0].action.endswith("in December 2015.")
