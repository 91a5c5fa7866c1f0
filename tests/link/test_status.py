"""The status of a recommendation, from what the report says about it.

Status words in cells and their families ("partly met", "not fully implemented", "deferred"),
"No" beside reported work, status columns ("Date completed", "Completed?"); in prose, status
words count only as what the work is now, a closing status sentence decides over earlier
events, future closure and negation are read, a rating given in words counts; statuses
stated for recommendations by number, or for all of them at once.
"""
from __future__ import annotations

import pytest

from extractor.link import narrative_status
from extractor.link.status import cell_status, numbered_statuses, own_status_words
from extractor.nlp import analyse
from extractor.pipeline import extract_document
from nlp_helpers import RECS, DocBuilder, entries, report, rules_report, scr_section


def statuses(text):
    return numbered_statuses(analyse([text])[text])


def test_status_cells_partly_met_and_not_met():
    b = scr_section()
    b.table(["Recommendation", "Progress", "Position"], [
        ["Schools should refer absent children promptly.", "Guidance was reissued.", "Partly met"],
        ["Health should follow up missed appointments.", "Policies received.", "Not met"],
        ["The LSCB should revise procedures.", "Procedures revised.", "Met"]])
    assert [e.status for e in entries(b)] == ["in_progress", "not_started", "completed"]


@pytest.mark.parametrize("cell,status", [
    ("Nearly complete", "in_progress"), ("Completed but not embedded", "in_progress"), ("Under development", "in_progress"),
    ("Actioned", "completed"), ("Not yet progressed", "not_started"), ("Partly met", "in_progress"),
    ("Not fully implemented", "in_progress"), ("Deferred", "not_started"), ("Doing", "in_progress"),
    ("To do", "not_started")])
def test_status_cell_word_families(cell, status):
    b = scr_section()
    b.table(["Recommendation", "Action taken", "Status"], [["Schools should refer absent children.", "Guidance issued.", cell]])
    (e,) = entries(b)
    assert e.status == status


def test_a_no_beside_reported_work_is_in_progress():
    docs = analyse(["No", "Yes"])
    assert cell_status("No", docs["No"], None, acted=True) == "in_progress"
    assert cell_status("No", docs["No"], None) == "not_started"
    assert cell_status("Yes", docs["Yes"], None, acted=True) == "completed"


def test_a_completed_question_column_is_a_status_column():
    b = DocBuilder().para("Eastmere Local Safeguarding Children Board Annual Report 2015-16")
    b.heading("Serious Case Reviews").heading("Child K action plan", 2)
    b.table(["Recommendation", "Action taken", "Completed?"], [
        ["The CCG should ensure that GPs record who has parental responsibility.",
         "A template was added to every practice system.", "Yes"],
        ["Schools should report a child missing education within two school days.",
         "A protocol was drafted for schools.", "No"]])
    recs = extract_document(b.build(), use_model=False).recommendations
    assert [r.status for r in recs] == ["completed", "in_progress"]  # "No" beside work reported: under way


def test_a_date_in_a_date_completed_column_means_completed():
    b = DocBuilder().para("Eastmere Local Safeguarding Children Board Annual Report 2015-16")
    b.heading("Serious Case Reviews").heading("Child K action plan", 2)
    b.table(["Recommendation", "Action taken", "Lead", "Target date", "Date completed"], [
        ["The CCG should ensure that GPs record who has parental responsibility.",
         "A template was added to every practice system.", "CCG", "March 2016", "12/02/2016"],
        ["Schools should report a child missing education within two school days.",
         "A protocol was issued to all schools.", "Education", "June 2016", "TBC"]])
    recs = extract_document(b.build(), use_model=False).recommendations
    assert [(r.status, r.due) for r in recs] == [("completed", "2016-03"), ("unknown", "2016-06")]


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


@pytest.mark.parametrize("text,status", [
    ("This will be completed by June 2016.", None),
    ("The Board agreed to close this recommendation in March 2016.", "completed"),
    ("This has not been progressed.", "not_started"),
    ("The action remains open pending an audit.", "in_progress"),
    ("Staff now know what to do when a baby has a bruise.", None),  # "to do" is a status only as a chip
    ("13.7 No work has yet been done on recommendation 7. The sub-group discussed it in February and advised "
     "that it wait for the new case recording system, which is not expected before 2016.", "not_started"),
    ("The panel now meets monthly (in hand).", "in_progress"),  # a status word in brackets closing the text
    ("Training was delivered (see page 4).", None),
])
def test_narrative_status_of_future_closure_and_negation(text, status):
    from extractor.link import narrative_status
    from extractor.nlp import analyse
    assert narrative_status(analyse([text])[text]) == status


def test_closing_status_sentence_decides_over_earlier_past_events():
    text = "The neglect strategy was signed off in February 2019. Training will follow in May. Work continues."
    doc = analyse([text])[text]
    assert narrative_status(doc) == "in_progress"
    text = "A closure letter is now sent whenever a case is closed. This recommendation is now closed."
    doc = analyse([text])[text]
    assert narrative_status(doc) == "completed"


def test_a_status_given_as_a_rating():
    text = "The implementation group has rated this recommendation achieved."
    assert narrative_status(analyse([text])[text]) == "completed"


def test_status_closing_a_paragraph_that_reports_no_action():
    b = DocBuilder().para("Eastmere Safeguarding Children Partnership Annual Report 2018-19")
    b.heading("Serious Case Reviews").heading("Baby Willow", 2)
    b.para("Recommendation Two: The National Probation Service should check with children's social care "
           "whether a man under supervision lives with a baby.")
    b.para("What has happened since")
    b.para("Neither probation provider has yet reported any work on this recommendation. This has not yet started.")
    rec = report(b).recommendations[0]
    assert rec.action is None and rec.status == "not_started"


def test_sentence_stating_the_status_of_all_recommendations():
    b = scr_section()
    b.para("The review recommended that:")
    b.item("the CCG ensures GP practices follow up missed appointments;")
    b.item("Eastmere Police record every child present at incidents.")
    b.para("Both recommendations have been implemented, and the sub-group has closed the action plan.")
    e1, e2 = entries(b)
    assert (e1.status, e2.status) == ("completed", "completed")
    assert [x.sector for x in e1.bodies] == ["health"]


def test_groups_of_numbers_take_the_status_that_follows_them():
    assert statuses("At 31 March the group rated recommendations 1 and 4 as achieved, 2, 3 and 5 as "
                    "partially achieved and 6 as not achieved.") == {
        "1": "completed", "4": "completed", "2": "in_progress", "3": "in_progress", "5": "in_progress",
        "6": "not_started"}
    assert statuses("Recommendations 2 to 4 are complete and 5 is ongoing.") == {
        "2": "completed", "3": "completed", "4": "completed", "5": "in_progress"}
    assert statuses("Recommendation 3 remains outstanding.") == {"3": "not_started"}


def test_counts_and_far_away_statuses_assign_nothing():
    assert statuses("Of the six recommendations, 4 are complete.") == {}
    assert statuses("Recommendation 3 was about training staff in 2015, and the audit of it is complete.") == {}


def test_a_status_sentence_after_the_list_sets_the_status_of_each_numbered_entry():
    b = DocBuilder().para("Eastmere Local Safeguarding Children Board Annual Report 2015-16")
    b.heading("Serious Case Reviews").heading("Child K", 2)
    b.para("The review made three recommendations:")
    b.item("1. The CCG should ensure that GPs record who has parental responsibility.")
    b.item("2. Schools should report a child missing education within two school days.")
    b.item("3. The police should share domestic abuse notifications with health visitors.")
    b.para("By March 2016 recommendations 1 and 3 had been completed and 2 was in progress.")
    recs = extract_document(b.build(), use_model=False).recommendations
    assert [(r.number, r.status) for r in recs] == [("1", "completed"), ("2", "in_progress"), ("3", "completed")]


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
    entries = rules_report(b).recommendations
    assert [e.status for e in entries] == ["completed", "in_progress", "not_started"]
    assert entries[1].action.startswith("Work on recommendation 2 continues")


def test_a_chip_under_a_numbered_recommendation_rates_it():
    b = scr_section()
    b.para("The review made two recommendations:")
    b.para("1. Children's Services should ensure that the voice of the child is recorded at every review.")
    b.para("Complete")
    b.para("2. The CCG should ensure that GPs attend child protection conferences.")
    b.para("Not yet due")
    assert [e.status for e in entries(b)] == ["completed", "not_started"]


@pytest.mark.parametrize("badge", ["Recommendation 1 (on track)", "Recommendation 1 \u2014 On track",
                                   "Recommendation 1 | In progress"])
def test_a_status_set_beside_the_recommendation_number_rates_the_text_below(badge):
    b = scr_section()
    b.heading(badge, 3)
    b.para("The Board should develop a neglect strategy and toolkit.")
    b.para("Update: The strategy has been drafted and is out for consultation.")
    e, = entries(b)
    assert (e.number, e.text, e.status) == ("1", "The Board should develop a neglect strategy and toolkit.", "in_progress")


def test_a_badge_paragraph_with_a_status_is_no_recommendation_text():
    b = scr_section()
    b.para("Recommendation 1: Complete")
    b.para("Children's Services should ensure that every strategy discussion includes the police.")
    e, = entries(b)
    assert (e.number, e.status) == ("1", "completed")
    assert e.text.startswith("Children's Services should ensure")


def test_a_chip_between_the_number_and_the_text_rates_the_text():
    b = scr_section()
    b.heading("Recommendation 1", 3)
    b.para("On track")
    b.para("The Board should develop a neglect strategy and toolkit.")
    e, = entries(b)
    assert (e.number, e.text, e.status) == ("1", "The Board should develop a neglect strategy and toolkit.", "in_progress")


def test_a_status_field_after_an_announced_action_rates_it():
    b = scr_section(case="Family W")
    b.para("The review's action plan was passed to the partnership. The two actions still open are shown below.")
    b.para("The Designated Nurse has delivered neglect training to 27 school nurses.")
    b.para("Status: 100% complete")
    b.para("The Education Safeguarding Team has audited the attendance of children on part-time timetables.")
    b.para("Status: 60% complete")
    assert [(e.text, e.status) for e in entries(b)] == [(None, "completed"), (None, "in_progress")]


def test_chips_set_before_each_card_label_rate_the_card_below_them():
    """A PDF printer may put a card's chip before its "Recommendation N" label: the first chip,
    before any entry, shows the layout, and later ones then go with the label after them."""
    b = scr_section(case="Family Y")
    b.para("Green - complete Amber - in progress Red - not started")
    for chip, text, action in [
            ("Amber", "Kirkby Police should ensure that officers record every child at an incident.",
             "A new question set was added to the risk assessment in February 2020."),
            ("Green", "Housing Solutions should tell Children's Social Care when a family presents as homeless.",
             "An information-sharing agreement was signed in January 2020."),
            ("Red", "All partners should make sure that staff understand the impact of neglect.", None)]:
        b.heading("Lead agency", level=6)
        b.para(chip)
        b.para(f"Recommendation {'123'[['Amber', 'Green', 'Red'].index(chip)]}: {text}")
        if action:
            b.para(action)
    assert [e.status for e in entries(b)] == ["in_progress", "completed", "not_started"]


def test_a_date_between_a_recommendations_number_and_its_status_is_skipped():
    from extractor.link.status import numbered_statuses
    from extractor.nlp import analyse
    text = "Figure 2: Recommendation 2, status at 31 March 2017: Amber"
    assert numbered_statuses(analyse([text])[text]) == {"2": "in_progress"}


def test_delayed_means_under_way_beside_work_and_not_started_beside_none():
    b = scr_section()
    b.table(["Recommendation", "Action taken", "Lead", "RAG"], [
        ["Schools should refer absent children.", "A new referral form is being tested in six schools.", "Education", "Delayed"],
        ["The YOS should share its assessments with CAMHS.", "No update received.", "YOS", "Delayed"]])
    assert [e.status for e in entries(b)] == ["in_progress", "not_started"]


def test_a_blank_status_cell_leaves_the_status_to_what_the_action_states():
    # "a blank means the position is explained in the text of the action"
    b = scr_section()
    b.para("Key: \u2713 complete; \u2717 not started. A blank means the position is explained in the action.")
    b.table(["No.", "Recommendation", "Action taken", "Progress"], [
        ["1", "The police should record every child at a domestic incident.",
         "Officers now complete a children's section. The sub-group signed off this recommendation as complete.", ""],
        ["2", "Schools should report absence on the first day.",
         "The procedure has been rewritten and goes live in May, so this work is still in progress.", ""],
        ["3", "The CCG should brief GPs.", "Not yet due.", ""]])
    assert [e.status for e in entries(b)] == ["completed", "in_progress", "unknown"]


def test_a_line_of_tick_boxes_is_rated_by_its_ticked_box_whatever_the_key_says_of_the_box():
    b = scr_section()
    b.para("☒ Done the work is finished")  # a key whose every line shows the ticked box
    b.para("☒ Not yet the work has not started")
    for n, line in ((1, "☐ Done ☒ Doing ☐ Not yet"), (2, "☒ Done ☐ Doing ☐ Not yet"), (3, "☐ Done ☐ Doing ☒ Not yet"),
                    (4, "☐ Done ☐ Doing ☐ Not yet")):
        b.heading(f"Recommendation {n}", 3)
        b.para(f"The CCG should brief every GP practice about topic {n}.")
        b.para(line)
    assert [e.status for e in rules_report(b).recommendations] == ["in_progress", "completed", "not_started", "unknown"]


@pytest.mark.parametrize("text,status", [
    ("Not yet: this is in progress. The Trust will re-audit in June.", "in_progress"),  # a label, then the status
    ("Work going on", "in_progress"), ("Waiting to start", "not_started"), ("Assured", "completed")])
def test_status_words_of_designed_reports_and_a_status_word_labelling_the_text_after_it(text, status):
    b = scr_section()
    b.table(["Recommendation", "Action taken", "Status"], [["Schools should refer absent children.", "Guidance issued.", text]])
    (e,) = entries(b)
    assert e.status == status


def test_a_symbol_set_large_in_a_card_rates_it_through_a_key_of_chip_words_and_a_progress_label_takes_no_next_card():
    b = scr_section()
    b.table(["", ""], [["\u25cf", "Delivered and evidenced"], ["\u25d1", "Well under way"], ["\u25cb", "Not yet begun"]],
            header_row=False)
    for n, symbol in ((1, "\u25cf"), (2, "\u25d1"), (3, "\u25cb")):
        b.para(f"Recommendation {n}: The CCG should brief every GP practice about topic {n}.")
        b.para("Who: NHS Eastmere CCG")
        b.heading(symbol, 3)
        b.para("PROGRESS")  # the symbol's caption, set after it
    assert [(e.number, e.status) for e in rules_report(b).recommendations] == [
        ("1", "completed"), ("2", "in_progress"), ("3", "not_started")]


def test_a_status_pill_set_after_a_cards_title_in_its_heading_rates_the_text_below():
    b = scr_section()
    for n, title, pill in ((1, "children found out of area", "Delivered"), (2, "exclusions", "Partly delivered")):
        b.heading(f"Recommendation {n}: {title} {pill}", 4)
        b.para(f"The review asked the police to make sure that officers treat each child as a victim, topic {n}.")
        b.para("The police issued a briefing to every officer in December.")
    assert [(e.number, e.status) for e in rules_report(b).recommendations] == [("1", "completed"), ("2", "in_progress")]


def test_a_line_of_tick_boxes_under_fields_set_as_headings_rates_the_entry_and_is_no_entry_itself():
    b = scr_section()
    for n, line in ((1, "☒ Done ☐ Doing ☐ Not yet"), (2, "☐ Done ☒ Doing ☐ Not yet")):
        b.heading(f"Recommendation {n}", 3)
        b.heading("What the review asked", 4)
        b.para(f"The review asked midwives to ask fathers about their mental health, topic {n}.")
        b.heading("What we did", 4)
        b.para("Midwives now ask both parents at the first appointment.")
        b.para(line)
    found = rules_report(b).recommendations
    assert [e.status for e in found] == ["completed", "in_progress"]
    assert all(e.text and e.text.startswith("The review asked midwives") for e in found)


@pytest.mark.parametrize("cell, status", [
    ("Assurance received", "completed"), ("BAU", "completed"), ("Evidence required", "in_progress"),
    ("Significant progress", "in_progress"), ("Out to consultation", "in_progress")])
def test_tracker_words_for_assured_and_awaited_work(cell, status):
    assert cell_status(cell, analyse([cell])[cell], None) == status


@pytest.mark.parametrize("text, status", [
    ("The recommendation has not been actioned.", "not_started"),
    ("The action has not yet been taken forward.", "not_started"),
    ("The Board agreed that this action could be signed off.", "completed"),
    ("The sub-group confirmed completion in February 2016.", "completed")])
def test_progress_sentences_that_deny_or_confirm_the_work(text, status):
    assert narrative_status(analyse([text])[text][:]) == status


def _own_words(builder: DocBuilder) -> dict[str, str]:
    from extractor.nlp import Analyses

    return own_status_words(builder.build(), Analyses([])).words


def test_a_key_of_the_boards_own_words_defines_them():
    b = DocBuilder()
    b.heading("Key: how we describe progress")
    b.table(["Label", "What it means"], [["Landed", "The action is complete and evidence has been seen."],
                                         ["Moving", "Work has started and is on schedule."],
                                         ["Stalled", "Work has started but is behind schedule."],
                                         ["Parked", "Work has not started yet."]])
    assert _own_words(b) == {"landed": "completed", "moving": "in_progress", "stalled": "in_progress",
                             "parked": "not_started"}


def test_a_word_the_lexicon_knows_keeps_its_reading_whatever_the_key_says():
    # "Complete" defined at length with two statuses in it: the lexicon's word is surer
    b = DocBuilder()
    b.para("Key to the ratings:")
    b.item("Complete: actions finished, but their impact is not yet tested.")
    b.item("Moving: work has started and is on schedule.")
    b.item("Parked: work has not started yet.")
    assert _own_words(b) == {"moving": "in_progress", "parked": "not_started"}


def test_label_and_plan_lines_that_no_key_introduces_define_no_words():
    # priorities and groups are written "Label: what it does"; only a key's title makes them a key
    b = DocBuilder()
    b.para("The partners have agreed three priorities for the coming year:")
    b.item("Exploitation: embed the pathway and complete the outstanding actions.")
    b.item("Neglect: complete the rollout of the Graded Care Profile 2.")
    b.item("Early help: work has started on a new strategy.")
    b.table(["Priority", "Status"], [["Exploitation", "Ongoing"], ["Neglect", "Complete"]])
    assert _own_words(b) == {}


def test_a_business_plan_table_naming_each_priority_twice_defines_no_words():
    b = DocBuilder()
    b.heading("Business plan: key priorities")
    b.table(["Priority", "Action"], [["Exploitation", "The strategy was published and is complete."],
                                     ["Exploitation", "The panel has not started yet."],
                                     ["Neglect", "Work has started on the audit."]])
    assert _own_words(b) == {}


def test_a_reviews_name_between_numbers_and_their_status_is_no_gap():
    text = ("In summary, recommendations 1, 3, 5 and 7 of the Child R review are complete and have been "
            "signed off. Recommendations 2 and 4 remain open. Recommendation 6 is outstanding.")
    assert numbered_statuses(analyse([text])[text]) == {
        "1": "completed", "3": "completed", "5": "completed", "7": "completed",
        "2": "in_progress", "4": "in_progress", "6": "not_started"}


def test_a_keys_word_set_as_a_chip_before_its_meaning_is_read_where_the_tracker_uses_it_alone():
    # no stop between the word and its meaning; the tracker's status column uses the words
    b = DocBuilder()
    b.heading("SCR action tracker at 31 March 2021")
    b.para("Closed Actions complete and the Group has seen evidence that practice has changed")
    b.para("Moving Work under way and on time")
    b.para("Parked No work has started")
    b.table(["No.", "The review recommended", "Where we are"],
            [["1", "The police should share notifications.", "Moving"], ["2", "Schools should visit.", "Parked"],
             ["3", "The CCG should audit.", "Closed"]])
    assert _own_words(b) == {"moving": "in_progress", "parked": "not_started"}


def test_a_status_word_in_a_clause_dating_something_else_is_no_status():
    said = "The recommendation was shared with the housing provider when the review was completed in March 2021."
    assert narrative_status(analyse([said])[said]) is None
    done = "The revised protocol was completed in March 2021."
    assert narrative_status(analyse([done])[done]) == "completed"


def test_an_update_reporting_no_work_gives_the_status_it_opens_or_closes_on():
    b = scr_section()
    b.table(["No.", "Recommendation", "Update", "RAG"], [
        ["1", "The police should record every child at a domestic incident.",
         "Not started. The target date was 31 March 2016.", ""],
        ["2", "Schools should report absence on the first day.",
         "Work on this has not yet begun, as the service is waiting for new guidance. Not started", ""],
        ["3", "The CCG should brief GPs.", "Not yet due.", ""]])
    assert [e.status for e in entries(b)] == ["not_started", "not_started", "unknown"]


def test_a_matrix_of_reviews_against_recommendation_numbers_rates_each_recommendation_through_its_key():
    b = scr_section(case="Child R")
    b.para("The review made three recommendations:")
    for k, r in enumerate(RECS):
        b.item(f"{k + 1}. {r}")
    b.heading("Where the recommendations stand", 2)
    b.table(["Review", "1", "2", "3", "4"], [["Child R (2018)", "C", "P", "N", ""],
                                            ["Siblings D (in progress)", "no recommendations yet", "", "", ""]])
    b.para("Key: C means the Case Review Group has signed the recommendation off as complete, P means work is "
           "in progress, N means work has not started.")
    got = rules_report(b).recommendations
    assert [e.status for e in got] == ["completed", "in_progress", "not_started"]


def test_a_paragraph_going_on_with_an_entrys_progress_gives_its_status_but_one_on_the_monitoring_does_not():
    b = scr_section(case="Child R")
    b.para("Recommendation 1: The CCG should make sure that GP practices follow up children who are not brought "
           "to appointments.")
    b.para("Progress: The named GP wrote a 'was not brought' policy, and 38 of 44 practices have adopted it.")
    b.para("The named GP is visiting the other six practices over the summer. The work is on track to finish by "
           "September.")
    b.para("Recommendation 2: Schools should report absence on the first day.")
    b.para("Progress: A model letter was sent to every head teacher in February.")
    b.para("The Case Review Group monitors every action plan at its meetings and reports any slippage to the "
           "Board, which is still in progress.")
    got = rules_report(b).recommendations
    assert [e.status for e in got] == ["in_progress", "unknown"]


def _grouped_by_status(b: DocBuilder) -> DocBuilder:
    """A review whose entries are grouped under headings of the report's own status words, after a
    key of those words on lines of their own under a title."""
    b.para("How to read this section")
    b.para("Job done").para("The SCR Sub-group has seen the evidence and signed the recommendation off.")
    b.para("On the go").para("Work has started but is not yet finished.")
    b.para("Still on the starting line").para("Work has not begun.")
    b.para("Child R lived with his mother and older half-sister; agencies accepted what the mother told them.")
    b.heading("Job done", 3)
    b.para("Rec 1 The review asked Children's Services to make sure that every assessment records all adults "
           "in the household. A new section was added to the assessment form in September 2015.")
    b.heading("On the go", 3)
    b.para("Rec 2 Health visitors should follow up every missed developmental review. The trust rewrote its "
           "policy in October 2015. An alert is being tested and should be in use by September 2016.")
    b.heading("Still on the starting line", 3)
    b.para("Rec 3 Housing staff should be told when a tenant's child is on a plan. Nothing has been done on this yet.")
    return b


def test_headings_grouping_entries_by_how_far_they_have_got_give_each_entry_under_them_its_status():
    got = rules_report(_grouped_by_status(scr_section(case="Child R"))).recommendations
    assert [(e.number, e.status) for e in got] == [("1", "completed"), ("2", "in_progress"), ("3", "not_started")]
    # the recommendation ends where work is first reported: a "should" after that is a plan's
    assert got[1].text.endswith("missed developmental review.") and got[1].action.startswith("The trust rewrote")


def test_a_status_set_as_a_heading_after_each_entry_groups_nothing():
    from extractor.link.walk import status_group_headings
    from extractor.pipeline import draft_entries
    b = scr_section(case="Child J")
    b.para("Recommendation 1: The hospital should flag children on plans in its patient system.")
    b.para("The emergency department's system now shows an alert.")
    b.heading("Completed", 3)
    b.para("Recommendation 2: The youth offending service should invite social care to custody reviews.")
    b.para("Social care is now invited to every custody review.")
    b.heading("In progress", 3)
    b.para("Recommendation 3: The Board should write an escalation policy.")
    b.heading("In progress", 3)
    drafting = draft_entries(b.build())
    assert status_group_headings(drafting.doc.blocks, drafting.docs) == {}
    grouped = draft_entries(_grouped_by_status(scr_section(case="Child R")).build())
    assert sorted(status_group_headings(grouped.doc.blocks, grouped.docs).values()) == [
        "completed", "in_progress", "not_started"]


def test_a_key_of_word_and_meaning_lines_is_learnt_where_its_words_are_given_as_fields_values():
    b = scr_section(case="Child H")
    b.para("How progress is shown")
    b.para("Getting there : work has started but is not finished yet.")
    b.para("Waiting to hear : the lead agency has not told us where it is up to.")
    b.para("Not started yet : work on this has not begun.")
    b.para("Recommendation 1: The CCG should agree a single policy for children not brought to appointments.")
    b.para("What we did: A draft policy went to all practices in October 2019.")
    b.para("Where we are: Getting there")
    b.para("Recommendation 2: The police should record every adult present at a domestic incident.")
    b.para("What we did: A new risk form was issued in May.")
    b.para("Where we are: Waiting to hear")
    assert [e.status for e in rules_report(b).recommendations] == ["in_progress", "unknown"]


@pytest.mark.parametrize("update, status", [
    ("Work has yet to begin. The sub-group will add a course to next year's programme.", "not_started"),
    ("The Board signed it off in March 2017.", "completed"),
    ("The Board signed the strategy off in March; launch events are booked for May.", None)])
def test_an_update_opening_or_closing_on_its_status_gives_it(update, status):
    assert narrative_status(analyse([update])[update]) == status


def test_a_key_run_into_one_line_after_its_swatches_rates_fields_whose_colon_a_printer_lost():
    b = scr_section(case="Child H")
    b.heading("How we show progress on each recommendation", 3)
    b.para("Green: Green: Finished : the work is done and the group has seen evidence that it is making a difference.")
    b.para("Getting there: work has started but is not finished yet.")
    b.para("Red: Not started yet: work on this has not begun. Waiting to hear: the lead agency has not told us where it is up to.")
    for n, (rec, did, where) in enumerate([
            ("The CCG should agree a single policy for children not brought to appointments.",
             "A draft policy went to all practices in October 2019.", "Where we are Getting there"),
            ("The police should record every adult present at a domestic incident.",
             "A new risk form was issued in May.", "Where we are Finished")], 1):
        b.heading(f"{n}. Card {n}", 3)
        b.para(f"Recommendation: {rec}").para(f"What we did: {did}").heading(where, 4)
    assert [e.status for e in rules_report(b).recommendations] == ["in_progress", "completed"]


def test_a_key_laid_out_in_pairs_of_word_and_meaning_across_a_wide_row_defines_the_words():
    b = scr_section(case="Child U")
    b.table(["", "", "", "", "", ""], [
        ["Met", "The action is complete and the Panel has seen evidence.", "Partially met", "Some of the action is done.",
         "Not met", "Not started, or overdue with no progress."],
        ["Too early to say", "Under way, but too soon to judge whether it has been met.", "No update",
         "The lead agency did not report by the deadline.", "Deferred", "Put back to next year by the Panel."]],
        header_row=False)
    b.table(["Recommendation", "Action agreed", "Progress"], [
        ["1. The Trust should audit missed clinic appointments.", "An audit was commissioned in January.", "Too early to say"]])
    assert [e.status for e in rules_report(b).recommendations] == ["in_progress"]
