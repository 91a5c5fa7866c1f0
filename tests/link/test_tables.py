"""Recommendation tables read row by row.

Columns are mapped by what their header means (decided by its head word); key/value cards and
label tables give one entry each, their finding row or column kept as context; a row split over
a page break is joined; a continuation row's open action leaves its recommendation open;
several action rows under one recommendation make one entry; a tracker's merged review cells
reach the rows below and a placeholder row is no entry; a progress column beside a colour
column is the action; a card cell of inline bullets gives the deeds, not the plans.
"""
from __future__ import annotations

from extractor.link import header_meaning
from extractor.pipeline import extract_document
from nlp_helpers import RECS, DocBuilder, entries, rules_report, scr_section


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


def test_header_head_word_decides_between_two_meanings():
    assert header_meaning("Partner response") == "action"
    assert header_meaning("Action owner") == "lead"
    assert header_meaning("Recommendation status") == "status"
    assert header_meaning("Agreed action") == "planned_action"
    assert header_meaning("Action taken") == "action"
    assert header_meaning("Partner") == "lead"
    assert header_meaning("Contribution") == "not_entry"


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


def test_finding_response_owner_progress_table():
    b = scr_section()
    b.table(["Finding", "Response", "Owner", "Progress"], [
        ["Agencies did not share information about the father.", "A protocol was agreed in January 2016.",
         "the CCG", "Partially achieved"]])
    (e,) = entries(b)
    assert (e.status, e.action, [x.sector for x in e.bodies]) == ("in_progress", "A protocol was agreed in January 2016.",
                                                                 ["health"])


def test_finding_column_is_the_recommendation_only_without_a_recommendation_column():
    b = scr_section()
    b.table(["Finding", "Recommendation", "Action taken", "Lead"], [
        ["Fathers were invisible to agencies.", "Health visitors should record the details of fathers.",
         "The record template now has a father field.", "Health visiting"]])
    (e,) = entries(b)
    assert e.text == "Health visitors should record the details of fathers."


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


def test_a_status_row_opening_the_next_record_table_is_the_last_field_of_the_one_above():
    """A PDF reader (or a page break) may cut a card of label | value rows before its "Status"
    row, which then opens the next card's table."""
    b = scr_section(case="Child D")
    b.table(["Recommendation 1", "The CCG should ensure that GPs record fathers."],
            [["Action taken", "Guidance was issued to all practices."], ["Owner", "NHS Kirkby CCG"]])
    b.table(["Status", "Complete"],
            [["Recommendation 2", "The police should share information with schools."],
             ["Action taken", "A daily list is sent to schools."], ["Owner", "Kirkby Police"], ["Status", "On track"]])
    e1, e2 = entries(b)
    assert (e1.number, e1.status, e2.number, e2.status) == ("1", "completed", "2", "in_progress")
    assert [x.sector for x in e1.bodies] == ["health"] and [x.sector for x in e2.bodies] == ["police"]


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


def test_rows_split_over_a_page_break_are_joined():
    b = scr_section()
    b.table(["Recommendation", "Action taken", "Lead"], [
        ["1. The Board should revise its training.", "A new course was designed.", "Training Sub-group"],
        ["", "It has been delivered four times.", ""]])
    (e,) = entries(b)
    assert e.action == "A new course was designed. It has been delivered four times."


def test_continuation_row_with_an_open_action_leaves_the_recommendation_open():
    b = scr_section()
    b.table(["Recommendation", "Agency", "Action", "Status"], [
        ["1. The CCG should ensure GP practices follow up missed appointments.", "CCG", "Policy issued June 2015.",
         "Complete"],
        ["", "Eastmere Police", "Audit of 10 practices.", "Ongoing"]])
    (e,) = entries(b)
    assert e.status == "in_progress" and {x.sector for x in e.bodies} == {"health", "police"}


def test_numbered_actions_under_one_recommendation_make_one_entry():
    b = DocBuilder()
    b.heading("Serious case reviews")
    b.para("Ratings used in the tables: C = complete; G = on track; R = not started.")
    b.heading("A1. Child F (published September 2015)", 2)
    b.table(["Ref", "Recommendation", "Action", "Owner", "Update", "Rating"],
            [["1.1", RECS[0], "Rewrite the visit form.", "Community health", "Form rewritten in May.", "C"],
             ["1.2", "", "Audit twenty visits.", "Community health", "-", "G"],
             ["2.1", RECS[1], "Amend the procedure.", "Eastmere Police", "Procedure amended.", "C"]])
    entries = rules_report(b).recommendations
    assert [(e.number, e.status) for e in entries] == [("1", "in_progress"), ("2", "completed")]


def test_a_tracker_with_merged_review_cells_and_a_placeholder_row():
    b = DocBuilder().para("Eastmere Local Safeguarding Children Board Annual Report 2015-16")
    b.heading("Appendix 2: SCR tracker")
    b.table(["Review", "Rec no.", "Recommendation", "Lead agency", "Update March 2016", "Complete?"], [
        ["Child A (pub. Oct 2014)", "1", "CSC should make sure every strategy discussion includes health.", "CSC",
         "Strategy discussion template changed Sept 2014.", "Yes"],
        ["", "2", "All agencies should use the Graded Care Profile where neglect is suspected.", "All",
         "See Learning & Improvement report", "Partly"],
        ["Child B (pub. Jul 2015)", "1", "CSC should include fathers and male carers in all assessments.", "CSC",
         "Assessment practice standard rewritten Jan 2016.", "No"],
        ["", "2", "The acute trust should check previous attendances for any child seen in ED.",
         "Acute trust (ED)", "", "No"],
        ["Baby C (ongoing)", "-", "Review under way. No recommendations yet.", "-", "Report due June 2016.", "-"]])
    recs = extract_document(b.build()).recommendations
    assert [(r.scr, r.number) for r in recs] == [("Child A", "1"), ("Child A", "2"), ("Child B", "1"),
                                                 ("Child B", "2")]
    assert [r.action is not None for r in recs] == [True, False, True, False]
    assert [r.status for r in recs] == ["completed", "in_progress", "in_progress", "not_started"]


def test_a_progress_column_beside_a_colour_column_is_the_action():
    b = DocBuilder()
    b.heading("Serious case reviews")
    b.para("The serious case review about Family H made two recommendations.")
    b.table(["Recommendation", "Lead", "Progress (March 2017)", "RAG rating"],
            [[RECS[0], "Community health", "A 'who lives here' section was added to the new birth visit form.", ""],
             [RECS[1], "Eastmere Police", "Update requested.", ""]],
            fills=[[None, None, None, "green"], [None, None, None, "red"]])
    entries = rules_report(b).recommendations
    assert [(bool(e.action), e.status) for e in entries] == [(True, "completed"), (False, "not_started")]


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
    actions = [e.action for e in rules_report(b).recommendations]
    assert len(actions) == 2 and not any(a.startswith(("\u2022", "We will")) for a in actions)


def test_a_recommendation_cell_carrying_its_lead_and_number_reads_them_as_fields():
    b = scr_section()
    b.table(["Recommendation", "Progress"], [
        ["Lead: Eastmere Constabulary Recommendation 1 Officers should notify midwives of incidents within 24 hours.",
         "Pregnancy is now a mandatory field on the police risk form."],
        ["Children's Social Care should not close cases without a meeting. Lead: Children's Social Care. "
         "Status: Not started", "-"],
    ])
    e1, e2 = entries(b)
    assert (e1.number, e1.text) == ("1", "Officers should notify midwives of incidents within 24 hours.")
    assert [(x.name, x.sector) for x in e1.bodies] == [("Eastmere Constabulary", "police")]
    assert e2.text == "Children's Social Care should not close cases without a meeting."
    assert (e2.status, [x.sector for x in e2.bodies]) == ("not_started", ["childrens_social_care"])


def test_bare_numbers_under_a_per_cent_header_are_shares_done():
    b = scr_section()
    b.table(["Recommendation", "Owner", "% complete"], [
        ["Schools should record every child missing education.", "Education", "100"],
        ["Health visitors should see every new baby at home.", "Community health", "50"],
        ["The Board should audit missing-education referrals.", "LSCB", "0"]])
    assert [e.status for e in entries(b)] == ["completed", "in_progress", "not_started"]


def test_a_table_without_column_names_under_a_lead_in_announcing_actions_gives_action_only_entries():
    b = scr_section(case="Child J")
    b.para("Most of the review's action plan was signed off last year. The three actions still open were:")
    b.table(["", ""], [
        ["Kirkby Hospitals NHS Trust The emergency department's system now shows an alert for every looked-after "
         "child.", "Completed"],
        ["Children's social care is now invited to every custody review for a looked-after child.", "In progress"],
        ["The Board will consider the escalation policy in May.", "Not started"]], header_row=False)
    found = entries(b)
    assert [(e.text, e.action.split()[0], e.status) for e in found] == [
        (None, "Kirkby", "completed"), (None, "Children's", "in_progress")]


def test_a_table_without_column_names_and_no_announcement_gives_no_entries():
    b = scr_section(case="Child J")
    b.para("The review was discussed at two Board meetings.")
    b.table(["", ""], [["Children's social care is now invited to every custody review.", "In progress"]],
            header_row=False)
    assert entries(b) == []


def test_numbering_by_one_letter_stays_with_the_review_it_is_under_though_another_review_has_that_letter():
    # "A1", "A2" (A for action) under Baby K; Child A is another review of the report
    b = DocBuilder().para("Eastmere Safeguarding Children Partnership Annual Report 2018-19")
    b.heading("Serious case reviews").heading("Child A", 2)
    b.para("Recommendation 1: The police should record every child present at a domestic abuse incident.")
    b.heading("Baby K", 2)
    b.table(["Ref", "Recommendation", "Progress"],
            [["A1", "Midwives should ask every mother about domestic abuse at booking.", "A question was added."],
             ["A2", "Health visitors should see fathers at the new birth visit.", "Guidance was issued."]])
    found = [(e.scr, e.number) for e in extract_document(b.build(), use_model=False).recommendations]
    assert found == [("Child A", "1"), ("Baby K", "A1"), ("Baby K", "A2")]


def test_a_table_without_a_header_reads_its_column_of_stated_recommendations_and_the_sentences_beside_them():
    # the header was lost (turned heads, a header strip drawn apart) or never printed
    b = scr_section(case="Child N")
    b.table(["", "", "", ""], [
        ["N1", "The Board should publish a protocol for children who go missing from home twice in a month.",
         "LSCB Missing Children Sub-group", "A draft protocol was agreed by the sub-group in March 2016."],
        ["N2", "Pendle Marsh Hospital Trust should ensure that emergency staff check whether a child has a plan.",
         "Pendle Marsh Hospital Trust", "The electronic record now flags children subject to a plan."]],
        header_row=False)
    found = entries(b)
    assert [(e.number, e.text.split()[1], e.action.split()[1]) for e in found] == [
        ("N1", "Board", "draft"), ("N2", "Marsh", "electronic")]


def test_a_column_of_should_sentences_under_a_header_naming_other_things_is_left_to_its_header():
    b = scr_section(case="Child Q")
    b.table(["Rapid review", "Why no full review", "What partners should take from it"], [
        ["Baby M (June 2019)", "The learning was the same as in Child Q",
         "Health visitors should ask about safe sleep again whenever a family moves house."],
        ["Young Person S (January 2020)", "The learning was taken forward by one agency",
         "Youth justice workers should share a young person's bail address on the same day."]])
    assert entries(b) == []


def test_a_card_laid_out_as_a_table_row_repeats_its_field_labels_in_every_cell():
    # no header row: each cell opens on its field's name in capitals, as a card does
    b = scr_section(case="Child R")
    b.para("Progress: 100% = complete and signed off, 1-99% = in progress, 0% = not started.")
    b.table(["", "", "", "", ""], [
        ["1", "RECOMMENDATION The LSCB should develop a protocol naming one lead practitioner for a child under five.",
         "ACTION TAKEN A lead professional protocol was agreed by the Board in January 2017.",
         "BY WHOM Mercia Vale Police", "PROGRESS 100%"],
        ["2", "RECOMMENDATION Health visitors should record the names of all adults in a baby's household.",
         "ACTION TAKEN A household field has been added to the health visiting record.",
         "BY WHOM Linfield Health Visiting Service", "PROGRESS 40%"]], header_row=False)
    first, second = entries(b)
    assert first.text.startswith("The LSCB should") and first.action.startswith("A lead professional")
    assert (first.number, first.status, second.status) == ("1", "completed", "in_progress")
    assert [x.name for x in first.bodies] == ["Mercia Vale Police"]


def test_a_table_of_audits_and_their_findings_gives_no_entries():
    b = scr_section(case="Child R")
    b.table(["Audit", "Cases", "Main finding"], [
        ["Neglect", "14", "Child's views recorded in only five cases; agencies should record them every time."],
        ["Missing children", "9", "Return interviews offered in all cases but taken up in four."]])
    assert entries(b) == []


def test_a_column_of_counts_under_a_learning_header_holds_no_recommendations():
    b = scr_section(case="Child R")
    b.table(["Sector", "Face-to-face", "E-learning"], [
        ["Health", "622", "1,204"], ["Police", "171", "208"]])
    assert entries(b) == []


def test_a_dashboard_rating_each_agency_beside_an_overall_column_takes_the_overall_rating():
    b = DocBuilder()
    b.heading("Serious case reviews")
    b.para("The review of Child R made three recommendations.")
    b.para("Key: \u2714 complete; \u25d0 in progress; \u25cb not started; \u00b7 no action for this agency.")
    b.table(["No.", "Recommendation", "Police", "Health", "Children's Services", "Overall"],
            [["1", RECS[0], "\u2714", "\u00b7", "\u2714", "\u25d0"],
             ["2", RECS[1], "\u2714", "\u2714", "\u00b7", "\u2714"],
             ["3", RECS[2], "\u25cb", "\u00b7", "\u25cb", "\u25cb"]])
    assert [e.status for e in rules_report(b).recommendations] == ["in_progress", "completed", "not_started"]


def test_a_summary_table_names_the_lead_of_a_recommendation_whose_words_name_none():
    b = DocBuilder()
    b.heading("Serious case reviews")
    b.para("The review of Child K made two recommendations.")
    b.para("Recommendation 1 asks for a clear route for reporting concerns about a tenant's home.")
    b.para("Recommendation 2 asks that staff be trained to recognise neglect.")
    b.heading("Progress at a glance")
    b.table(["Ref", "Rec.", "Lead", "Progress"], [["Child K - published May 2016", "", "", ""],
                                                  ["CK-1", "1", "Ebbsfield Homes", "Complete"],
                                                  ["CK-2", "2", "Wealdshire Police", "Ongoing"]])
    found = rules_report(b).recommendations
    assert [(e.number, e.status, [x.sector for x in e.bodies]) for e in found] == [
        ("1", "completed", ["housing"]), ("2", "in_progress", ["police"])]


def test_cards_laid_out_as_table_rows_under_a_spill_row_read_their_labelled_cells():
    """A "You said, we did" grid a PDF reader took for a table: its first row is the foot of the
    card above (agency tags, blank cells), taken for a header that names nothing; most rows open
    on "RECOMMENDATION n", one on "ADDED BY THE PARTNERSHIP"; beside them what has changed and a
    bar read as "80% complete"."""
    b = scr_section()
    b.table(["", "Marlbury schools and academies", ""], [
        ["RECOMMENDATION 2 Police and children's social care should treat a child found carrying drugs as a victim.",
         "Marlshire Police adopted a child first approach in June 2019 and now refer every such child.", "100% complete"],
        ["RECOMMENDATION 3 The Youth Offending Service should share its assessments with schools.",
         "Social care and education now sit on the youth offending panel and receive every assessment.", "60% complete"],
        ["ADDED BY THE PARTNERSHIP Not one of the review's recommendations.",
         "Young people from the youth council helped write the exploitation course in January 2020.", "100% complete"],
    ])
    e2, e3 = [e for e in rules_report(b).recommendations if e.number]
    assert (e2.number, e2.status, e2.action.split()[0]) == ("2", "completed", "Marlshire")
    assert (e3.number, e3.status, e3.action.split()[0]) == ("3", "in_progress", "Social")


def test_a_title_in_capitals_across_a_table_between_its_rows_is_no_entry():
    b = scr_section(case="Child R")
    b.table(["The review said", "What we did"], [
        ["THEME 1 · SEEING THE CHILD", ""],
        ["Recommendation 5 Eastmere Children's Services should ensure that assessments of disabled children "
         "include direct work with the child.", "The Disabled Children's Team introduced a communication profile."],
        ["THEME 2 · NEGLECT: NOTICING IT AND NAMING", "IT"],
        ["Recommendation 1 The LSCB should refresh its neglect strategy.", "The refreshed strategy was launched."]])
    got = rules_report(b).recommendations
    assert [(e.number, e.text.split()[0]) for e in got] == [("5", "Eastmere"), ("1", "The")]


def test_a_row_whose_review_cell_names_another_kind_of_review_is_no_entry():
    b = DocBuilder().para("Eastmere Local Safeguarding Children Board Annual Report 2015-16")
    b.heading("Reviews we are tracking")
    b.table(["Review", "No.", "What the review asked for", "Latest update"], [
        ["Young Person D serious case review, published March 2014", "2",
         "Eastmere Police and Children's Services to agree a joint protocol for young people who go missing.",
         "The protocol was agreed in May 2015."],
        ["Child E multi-agency learning review, 2015", "3",
         "Children's centres to give safe sleep advice to the parents of every new baby they register.",
         "Done. A briefing went to all children's centres."]])
    got = rules_report(b).recommendations
    assert [(e.scr, e.number) for e in got] == [("Young Person D", "2")]


def test_a_key_drawn_as_a_table_of_letters_and_colours_rates_the_tracker_and_is_no_entry():
    b = scr_section(case="Child N")
    b.para("BRAG key")
    b.table(["", ""], [["B", "Blue \u2013 complete: action delivered and evidence of impact seen by the Group"],
                       ["G", "Green \u2013 on track: under way and expected to be delivered by the target date"],
                       ["R", "Red \u2013 not started, or overdue with no progress"]], header_row=False)
    b.table(["Ref", "Learning / recommendation", "Action agreed", "Lead", "BRAG"], [
        ["1.1", "Recommendation 1 Eastmere Children's Services should ensure that a pregnant care leaver is offered a "
                "pre-birth assessment.", "Pre-birth protocol revised.", "Leaving Care Service", "B"],
        ["2.1", "Recommendation 2 The Partnership should relaunch its protocol for bruising in babies.",
         "Relaunch event held for 120 staff.", "LSCP", "G"]])
    got = rules_report(b).recommendations
    assert [(e.number, e.status) for e in got] == [("1", "completed"), ("2", "in_progress")]


def test_a_tracker_whose_header_is_printed_again_after_a_box_between_its_parts_is_one_table():
    from extractor.repair import tables_under_repeated_headers
    header = ["Ref", "Learning / recommendation", "Action agreed", "Lead", "BRAG"]
    b = scr_section(case="Child N")
    b.table(header, [["1.1", "Recommendation 1 Eastmere Children's Services should ensure that a pregnant care "
                              "leaver is offered a pre-birth assessment.", "Protocol revised.", "CSC", "B"]])
    b.heading("BRAG key", 3).para("How the Case Review Group rates each action: B complete, G on track.")
    b.table(header, [["3.1", "Recommendation 3 Eastmere Police should ensure that checks are made on new partners.",
                      "Checks added to the MASH flowchart.", "Police", "G"]])
    b.heading("Table A2.2 Young Person D", 2)
    b.table(header, [["1.1", "Recommendation 1 The Partnership should ask schools to tell it of every exclusion.",
                      "Protocol agreed.", "Education", "G"]])
    doc = tables_under_repeated_headers(b.build())
    rows = [x for x in doc.blocks if x.kind == "table_row"]
    assert [x.table for x in rows] == [1, 1, 1, 3, 3]
    assert sum(x.text.startswith("Ref |") for x in rows) == 2


def test_a_rating_for_each_quarter_gives_the_latest_quarter_rated_and_the_commentary_is_what_was_done():
    b = scr_section(case="Child H")
    b.table(["Ref", "Recommendation", "Lead", "Q1", "Q2", "Q3", "Q4", "Commentary"], [
        ["1", "Children's Services should offer every missing child a return interview.", "CSC", "", "", "", "",
         "The service was brought in-house in July 2018."],
        ["2", "The police should review how intelligence is shared.", "Police", "", "", "", "",
         "A daily briefing to the MASH began in October."],
        ["3", "The CCG should flag the records of children on plans.", "CCG", "", "", "", "",
         "An audit in 28 practices found flags on 81% of records."]],
        fills=[[None, None, None, "green", "green", "blue", "blue", None],
               [None, None, None, "red", "amber", "green", None, None],
               [None, None, None, "red", "red", None, None, None]])
    b.para("Reading the scorecards")
    b.item("Blue Complete \u2013 the action is finished and the lead agency has shown evidence that it works.")
    b.item("Green On track \u2013 work is under way and within the agreed timescale.")
    b.item("Amber At risk \u2013 work is under way but has slipped.")
    b.item("Red Not started \u2013 no progress has been reported to the sub-group.")
    got = rules_report(b).recommendations
    assert [(e.number, e.status) for e in got] == [("1", "completed"), ("2", "in_progress"), ("3", "not_started")]
    assert all(e.action for e in got)


def test_a_row_holding_only_a_status_tag_rates_the_row_below_it():
    b = scr_section(case="Child R")
    b.table(["The review said", "What we did", "What next"], [
        ["", "Complete", ""],
        ["Schools should tell children's social care when a child on a plan is absent.",
         "The Education Safeguarding Team wrote new guidance for schools in November 2020.",
         "We will check this in the summer."],
        ["", "Not started", ""],
        ["The police should meet children's social care every week.", "A first meeting is planned.",
         "We will ask again in June."]])
    got = rules_report(b).recommendations
    assert [e.status for e in got] == ["completed", "not_started"]


def _easy_read_cards(b, tags_and_rows):
    """Cards laid out as tables of their own, one per recommendation: a tag row over three boxes
    whose field names ("The review said", "We did") were run into their cells' text."""
    for n, (tag, said, did) in enumerate(tags_and_rows, 1):
        b.heading(f"Recommendation {n}", 4)
        b.table(["", "", ""], [["", tag, ""], [f"The review said {said}", f"We did {did}",
                                               "What next We will check this next year."]], header_row=False)


def test_cards_as_one_row_tables_read_their_field_names_in_any_case_and_keep_each_tag():
    b = scr_section(case="Child R")
    b.heading("What our tags mean", 3)
    b.table(["", ""], [["Finished", "We have done this. We have seen proof that it is working."],
                       ["Getting there", "Work has started but it is not done yet."]], header_row=False)
    _easy_read_cards(b, [
        ("Finished", "Schools should tell children's social care on the same day when a child on a plan is absent.",
         "The Education Safeguarding Team wrote new guidance for schools in November 2020."),
        ("Finished", "South Coast Police and children's social care should meet every week.",
         "A new weekly meeting started in January 2021."),
        ("Getting there", "Hospital staff should ask every young person who comes to A&E whether they feel safe.",
         "The hospital has added a question to the A&E form."),
        ("Getting there", "The Youth Justice Service should check for signs of exploitation.",
         "The service has written a new checklist that one team is trying out.")])
    got = rules_report(b).recommendations
    assert [e.text.split()[0] for e in got] == ["Schools", "South", "Hospital", "The"]
    assert [e.status for e in got] == ["completed", "completed", "in_progress", "in_progress"]
    assert got[1].action == "A new weekly meeting started in January 2021."


def test_a_tag_row_repeated_over_the_next_card_is_no_repeated_table_header():
    from extractor.repair import tables_under_repeated_headers
    b = scr_section(case="Child R")
    _easy_read_cards(b, [("Finished", "Schools should act.", "Guidance was written."),
                         ("Finished", "The police should meet weekly.", "A meeting started.")])
    rows = [x for x in tables_under_repeated_headers(b.build()).blocks if x.kind == "table_row"]
    assert [x.table for x in rows] == [1, 1, 2, 2]


def test_a_tag_the_key_defines_as_a_state_not_yet_known_gives_no_status():
    b = scr_section(case="Child R")
    b.heading("What our tags mean", 3)
    b.table(["", ""], [["Finished", "We have done this. We have seen proof that it is working."],
                       ["Waiting to hear", "We asked the agency what it has done. It has not told us yet, so we do "
                                           "not know."]], header_row=False)
    _easy_read_cards(b, [
        ("Finished", "Schools should tell children's social care when a child on a plan is absent.",
         "New guidance went to all schools in November 2020."),
        ("Waiting to hear", "The CCG should flag the GP records of children at risk of exploitation.",
         "We asked the CCG for an update in March 2021.")])
    assert [e.status for e in rules_report(b).recommendations] == ["completed", "unknown"]


def test_a_rec_column_holding_each_recommendation_after_its_number_is_the_recommendation_and_a_blank_row_its_next_action():
    b = scr_section(case="Child E")
    b.table(["Rec", "Action", "Lead", "RAG"], [
        ["1 The CCG should lead the adoption of a single 'Was Not Brought' policy by all health providers.",
         "A single policy was agreed by all three trusts in November 2020.", "CCG", "Green"],
        ["", "A missed-appointment alert was added to the records of children on plans.", "Community trust", "Amber"],
        ["2 Children's Services should confirm a moving family's new address with the health visitor.",
         "A change-of-address task was added to the case recording system.", "Children's Services", "Green"]])
    got = rules_report(b).recommendations
    assert [(e.number, e.status) for e in got] == [("1", "in_progress"), ("2", "completed")]
    assert got[0].text.startswith("The CCG should") and got[0].action.endswith("records of children on plans.")


def test_a_blank_numbered_row_under_an_answer_to_a_listed_recommendation_is_its_next_action():
    b = scr_section(case="Kacey")
    b.para("Recommendation 1: The Council should make sure that a child excluded from school is reviewed by the exploitation hub.")
    b.para("Recommendation 2: Schools should share safeguarding records when a pupil moves to alternative provision.")
    b.table(["Rec", "Action", "Lead", "RAG"], [
        ["1", "Daily notification of exclusions to the Exploitation Hub began in January 2021.", "Hub", "Green"],
        ["2", "A transfer protocol was written for pupils moving between schools.", "Education", "Green"],
        ["", "Alternative provision providers were brought into the safeguarding leads network.", "Education", "Amber"]])
    got = rules_report(b).recommendations
    assert [e.number for e in got] == ["1", "2"]
    assert got[1].action.endswith("safeguarding leads network.")


def test_cards_set_as_label_and_value_rows_with_their_title_in_the_first_label_give_one_entry_each():
    b = scr_section(case="Child H")
    rows = []
    for n, (rec, did, answer) in enumerate([
            ("Oakenshaw LSCB should ensure that every missing child is offered a return home interview.",
             "Since September 2017 return home interviews have been carried out by a local charity.",
             "Partly The 72-hour offer is not yet met for every child."),
            ("Schools should make sure that no pupil is placed on a part-time timetable without a plan.",
             "The Education Safeguarding Team sent guidance to all 74 schools.",
             "Yes The guidance is in place and notifications are checked every month.")], 1):
        rows += [[f"Child H \u00b7 Recommendation {n} What did the review ask?", rec], ["What have we done?", did],
                 ["Who did it?", "Oakenshaw Children's Services"], ["Is it finished?", answer]]
    b.table(["", ""], rows, header_row=False)
    got = rules_report(b).recommendations
    assert [(e.number, e.status) for e in got] == [("1", "in_progress"), ("2", "completed")]
    assert got[0].action.startswith("Since September 2017")


def test_a_summary_of_positions_under_a_header_spanning_number_and_title_rates_the_recommendations_above():
    b = scr_section(case="Child W")
    b.heading("What the review recommended", 3)
    b.item("1. The Partnership should refresh its guidance on the safe storage of opiate substitutes.")
    b.item("2. Anchor Recovery should record the details of every child in the household of a client.")
    b.heading("Where we are", 3)
    b.table(["Recommendation", "Recommendation", "Position at March 2020"], [
        ["Child W (published September 2019)"],
        ["1", "Safe storage of opiate substitutes", "Achieved"],
        ["2", "Children of adults in drug treatment", "In progress"]])
    got = rules_report(b).recommendations
    assert [(e.number, e.status) for e in got] == [("1", "completed"), ("2", "in_progress")]
