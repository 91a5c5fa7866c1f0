"""Recommendations, progress, leads and statuses given under labels ("Recommendation 1:",
"Progress:", "Response:", "Status:", "Action taken:", "Area for improvement:") in paragraphs,
recommendation headings, bullets and short card tables, and a plain recommendation followed
by its response."""
from __future__ import annotations

import pytest

from extractor.link.labels import Label

from nlp_helpers import DocBuilder, entries, rules_report, scr_section


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


def test_finding_then_recommendation_label_in_one_paragraph():
    b = scr_section()
    b.para("Learning point 1: Professionals did not see the child. Recommendation: All agencies should ensure the child "
           "is seen alone. Response: Agencies have revised supervision templates. Status: Complete.")
    (e,) = entries(b)
    assert e.text.startswith("All agencies should ensure") and e.status == "completed"
    assert e.action == "Agencies have revised supervision templates."


def test_statement_with_an_action_field_is_an_action_entry():
    b = scr_section(case="Child P")
    b.para("The review identified two themes.")
    b.item("Fathers were invisible to services. Action taken: the Think Family course was revised in May 2016 (complete).")
    (e,) = entries(b)
    assert (e.text, e.action, e.status) == (None, "the Think Family course was revised in May 2016 (complete).",
                                            "completed")


def test_a_recommendation_without_a_label_is_known_by_the_fields_under_it():
    b = DocBuilder().para("Fenwick Safeguarding Children Board Annual Report 2014-15").heading("Serious Case Reviews")
    b.heading("Baby R serious case review", 2).heading("Safe sleeping", 3)
    b.para("Health visitors should discuss safe sleeping with every family at each contact.")
    b.para("Responsible agency \u2013 Fenwick Community Health NHS Trust")
    b.para("Update \u2013 A safe sleeping checklist is now part of every health visiting contact.")
    b.para("Progress: Embedded")
    b.heading("Escalation", 3).para("All agencies should remind staff of the escalation policy.")
    b.para("Progress: Not yet started")
    b.heading("Training", 3).para("Staff should be curious about new adults in the household.")
    b.para("The training sub-group ran six courses this year.")
    e1, e2 = entries(b)
    assert (e1.scr, e1.status, [x.sector for x in e1.bodies]) == ("Baby R", "completed", ["health"])
    assert e1.action.startswith("A safe sleeping checklist")
    assert (e2.text, e2.status, e2.action) == ("All agencies should remind staff of the escalation policy.",
                                                "not_started", None)


def test_a_text_split_at_its_fields_is_a_fresh_list_each_time():
    # splits are kept per text; a reader that changes its list must not change the next reader's
    from extractor.link.labels import split_fields
    text = "The CCG should act. Status: complete. Lead: CCG"
    first = split_fields(text)
    assert first == ["The CCG should act.", "Status: complete.", "Lead: CCG"]
    first.pop()
    assert split_fields(text) == ["The CCG should act.", "Status: complete.", "Lead: CCG"]


@pytest.mark.parametrize("text", ["Recommendation 1 · what the review said", "Recommendation 1 – What the review recommended"])
def test_a_numbered_label_that_only_says_its_text_follows_has_no_text_of_its_own(text):
    from extractor.link.labels import label_of
    assert label_of(text) == Label("rec_label", "1", "")


def test_a_committee_reports_paragraph_numbers_do_not_hide_the_labels_after_them():
    b = scr_section(case="Child P")
    b.para("6.3 Child P was a baby who suffered a fractured skull in February 2013.")
    b.para("6.4 Recommendation 1: Hadley LSCB should ensure that a strategy discussion is held for every "
           "bruised non-mobile baby.")
    b.para("6.4.1 Response: Accepted. The Policy and Procedures Sub-group will lead.")
    b.para("6.4.2 Update: The bruising protocol was revised and relaunched in October 2014.")
    b.para("6.5 Recommendation 2: Hadley Hospitals NHS Trust should ensure that emergency staff check "
           "whether a child is known to children's social care.")
    b.para("6.5.1 Response: Accepted. The Named Nurse will lead.")
    b.para("6.5.2 Update: Staff now check the national system at triage for every child.")
    found = entries(b)
    assert [(e.number, e.text.split()[0]) for e in found] == [("1", "Hadley"), ("2", "Hadley")]
    assert "relaunched in October 2014" in found[0].action and "at triage" in found[1].action


def test_a_paragraph_number_before_a_sentence_about_a_recommendation_is_no_label_of_it():
    from extractor.link.labels import label_of
    assert label_of("13.6 Recommendation 6 is in hand.") == Label("number_label", "13.6", "Recommendation 6 is in hand.")


def test_a_response_accepting_a_recommendation_is_its_action_only_when_no_update_follows():
    b = scr_section(case="Young Person R")
    b.para("Recommendation 1: The Education Service should ensure that a move to part-time provision is "
           "reported to the Board.")
    b.para("Response: Accepted. The Education Safeguarding Manager will lead.")
    b.para("Update: Work has not yet begun.")
    b.para("Recommendation 2: The Youth Offending Service and CAMHS should agree a joint pathway.")
    b.para("Response: Accepted. The service managers will lead.")
    b.para("Update: A CAMHS worker has been seconded to the Youth Offending Service since November 2014.")
    b.para("Recommendation 3: The Police should share domestic abuse notifications with midwives.")
    b.para("Response: Accepted. The Police and the maternity service will agree a process.")
    first, second, third = entries(b)
    assert (first.action, first.status) == (None, "not_started")
    assert second.action == "A CAMHS worker has been seconded to the Youth Offending Service since November 2014."
    assert third.action == "Accepted. The Police and the maternity service will agree a process."


def test_a_cards_badge_and_label_heading_and_its_field_labels_on_lines_of_their_own():
    b = scr_section(case="Child R")
    b.heading("1 RECOMMENDATION", 3)
    b.para("The LSCB should develop a protocol naming one lead practitioner for a child under five.")
    b.para("ACTION TAKEN")
    b.para("A lead professional protocol was agreed by the Board in January 2017.")
    b.para("BY WHOM")
    b.para("Mercia Vale Police")
    b.para("PROGRESS")
    b.heading("80%", 7)
    b.heading("2 RECOMMENDATION", 3)
    b.para("Health visitors should record the names of all adults in a baby's household.")
    first, second = entries(b)
    assert (first.number, second.number) == ("1", "2")
    assert first.action.startswith("A lead professional") and first.status == "in_progress"
    assert [x.name for x in first.bodies] == ["Mercia Vale Police"]


def test_a_status_key_and_its_tag_set_as_a_heading_rate_the_entry_above():
    b = scr_section(case="Child H")
    b.heading("Child H: recommendation 1", 4)
    b.para("Recommendation: Children's Services should ensure that a transferred case is visited within ten days.")
    b.para("Owner: Wexcombe Council Children's Services")
    b.para("What has happened: A case transfer standard was introduced in October 2018.")
    b.heading("Status COMPLETED", 6)
    b.heading("Child H: recommendation 2", 4)
    b.table(["", ""], [["Recommendation", "The CCG should make sure that GP practices are told when a child moves."],
                       ["Owner", "Wexcombe and Downs Clinical Commissioning Group"],
                       ["What has happened", "A notification process has been agreed with Children's Services."]],
            header_row=False)
    b.heading("Status IN PROGRESS", 6)
    assert [e.status for e in entries(b)] == ["completed", "in_progress"]


def test_a_newsletters_questions_set_as_headings_label_the_answers_below_them():
    b = scr_section(case="Child K")
    b.para("Child K · Recommendation 1")
    b.heading("What did it recommend?", 4)
    b.para("Pennock Police should make sure that officers record the names of all children present.")
    b.heading("What has changed since?", 4)
    b.para("A new field on officers' handheld devices was introduced in October 2017.")
    b.heading("Who is responsible?", 4)
    b.para("Pennock Police")
    b.heading("Is it finished?", 4)
    b.para("Not yet: still in progress. The force will audit the field in the spring.")
    (found,) = entries(b)
    assert found.text.startswith("Pennock Police should") and found.action.startswith("A new field")
    assert ([x.name for x in found.bodies], found.status) == (["Pennock Police"], "in_progress")


def test_field_labels_and_a_rating_symbol_set_as_headings_fill_the_card_they_stand_in():
    b = scr_section(case="Child H")
    b.para("Key: \u2714 Completed \u25d0 In progress \u2716 Not started")
    b.para("Recommendation 1: Hartwell Police should share domestic abuse notifications with schools.")
    b.heading("WHAT HAS BEEN DONE", 6)
    b.para("A daily triage meeting with the education safeguarding team began in January 2016.")
    b.heading("LEAD", 6)
    b.para("Hartwell Down Police")
    b.heading("\u25d0", 2)
    b.para("Recommendation 2: Housing providers should be included in child protection conferences.")
    first, second = entries(b)
    assert first.action.startswith("A daily triage") and first.status == "in_progress"
    assert [x.name for x in first.bodies] == ["Hartwell Down Police"]
    assert second.status == "unknown"


def test_a_field_label_after_a_closing_bracket_starts_a_field_of_its_own():
    from extractor.link import split_fields
    assert split_fields("Lead agency: Pelham Cross Hospitals NHS Trust (maternity) Status: ☐ Completed ☒ Ongoing") == [
        "Lead agency: Pelham Cross Hospitals NHS Trust (maternity)", "Status: ☐ Completed ☒ Ongoing"]


def test_a_paragraph_number_before_a_recommendations_number_and_bracketed_title_gives_way_to_it():
    from extractor.link.labels import label_of
    assert label_of("4.9 Recommendation 4 (police). The review asked Wealdshire Police to record home "
                    "conditions.") == Label("rec_label", "4", "The review asked Wealdshire Police to record home conditions.")


def test_an_action_label_set_as_the_first_bullet_heads_the_bullets_below_it():
    b = scr_section(case="Child R")
    b.para("Recommendation 1: Eastmere Safeguarding Children Board should ensure that every new parent "
           "is told how to cope with a crying baby.")
    b.para("Lead: Eastmere Children's Services")
    b.item("What has happened")
    b.item("Midwives now talk to both parents about crying before they leave hospital.")
    b.item("120 staff have been trained so far.")
    got = entries(b)
    assert len(got) == 1
    assert got[0].action == ("Midwives now talk to both parents about crying before they leave hospital. "
                             "120 staff have been trained so far.")


@pytest.mark.parametrize("text, number", [("SCR Family R · Rec 3 WHAT THE REVIEW SAID", "3"),
                                          ("LCSPR 2 · Rec 4", "4"), ("Child Q · Recommendation 1", "1")])
def test_a_label_naming_its_review_before_the_recommendations_number_numbers_it(text, number):
    from extractor.link.labels import label_of
    lab = label_of(text)
    assert (lab.kind, lab.number, lab.rest) == ("rec_label", number, "")


def test_a_heading_naming_the_review_and_the_recommendations_number_opens_that_card():
    b = scr_section(case="Family R")
    for n, text, done in [("3", "Eastmere Council should ensure that the Graded Care Profile 2 is used where neglect "
                           "is the main concern.", "The Graded Care Profile 2 has been mandatory since June 2020."),
                          ("6", "NHS Eastmere CCG should seek assurance that GP practices follow up children who are "
                           "not brought to appointments.", "A policy template was issued to all GP practices.")]:
        b.heading(f"SCR Family R · Rec {n} WHAT THE REVIEW SAID", 3).para(text)
        b.heading("WHAT WE HAVE DONE", 3).para(done).para("Lead: Eastmere Council")
    got = entries(b)
    assert [(e.scr, e.number, e.action.split()[0]) for e in got] == [("Family R", "3", "The"), ("Family R", "6", "A")]


def test_fields_asked_as_questions_over_their_answers_keep_the_card_open_to_its_yes_or_no():
    b = scr_section(case="Siblings R")
    b.para("Siblings R \u00b7 Recommendation 1")
    b.para("What did the review ask?: That Children's Services keep a case open with one team when a family moves.")
    b.heading("What have we done?", 5).para("A transfer protocol was agreed in February 2018.")
    b.heading("Who did it?", 5).para("Oakenshaw Children's Services")
    b.heading("Is it finished?", 5).para("Yes The protocol is in use across all area teams.")
    got = [e for e in rules_report(b).recommendations if e.text and e.text.startswith("That")]
    assert [(e.number, e.status, e.action) for e in got] == [("1", "completed", "A transfer protocol was agreed in February 2018.")]
