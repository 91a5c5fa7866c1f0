"""Recommendation cards of designed reports (a badge, a lead label above the text, a field
heading, a status chip, a small table of actions) read as the labelled fields of plain reports."""
from __future__ import annotations

from extractor.cards import assemble_cards
from extractor.pipeline import extract_document
from nlp_helpers import DocBuilder, entries, rules_report, scr_section

BOARD = "Quarrington Safeguarding Children Partnership Annual Report 2020-21"


def card_report() -> DocBuilder:
    b = DocBuilder().para(BOARD).heading("Learning from reviews").heading("Child R (LCSPR)", 2)
    b.para("The review made three recommendations. Each card shows the lead agency and progress.")
    b.para("1").para("Quarrington City Council Children's Social Care")
    b.para("Children's Social Care should ensure that children on a child protection plan are seen at home "
           "as often as the plan requires.")
    b.heading("What has happened", 5)
    b.para("A face-to-face visiting standard was issued in January 2021 and compliance is reported weekly.")
    b.para("100% complete")
    b.para("2").para("Lead: Quarrington Constabulary")
    b.para("Quarrington Constabulary should make sure that officers at a domestic incident record every child "
           "in the household.")
    b.table(["Action", "Date"], [["Guidance issued to every response team.", "Jan 2021"],
                                 ["Body-worn video prompt added.", "Mar 2021"]])
    b.para("Target: March 2021 On track")
    b.para("3").para("Lead agency to be agreed")
    b.para("A shared way of recording changes in household composition should be developed by all partners.")
    b.heading("What has happened", 5)
    b.para("Update awaited from lead agency.")
    b.para("Not started")
    return b.heading("Other learning").para("The partnership held four rapid reviews.")


def test_cards_become_one_entry_each_with_lead_action_and_status():
    entries = extract_document(card_report().build(), use_model=False).recommendations
    assert [e.number for e in entries] == ["1", "2", "3"]
    assert entries[0].text.startswith("Children's Social Care should ensure")
    assert [b.name for b in entries[0].bodies] == ["Quarrington City Council Children's Social Care"]
    assert entries[0].action.startswith("A face-to-face visiting standard")
    assert [e.status for e in entries] == ["completed", "in_progress", "not_started"]
    assert "Guidance issued to every response team." in entries[1].action  # the card's table of actions
    assert entries[2].action is None


def test_the_lead_label_above_a_card_belongs_to_its_own_card():
    blocks = assemble_cards(card_report().build()).blocks
    texts = [b.text for b in blocks]
    rec2 = next(i for i, t in enumerate(texts) if t.startswith("Recommendation 2: Quarrington Constabulary"))
    assert texts[rec2 + 1] == "Lead: Quarrington Constabulary"


def test_numbers_in_running_text_are_no_cards():
    b = DocBuilder().para(BOARD).heading("Our year in numbers")
    for n, what in ((12, "Board meetings were held, with an average attendance of 86 per cent."),
                    (47, "serious incident notifications were made to the national panel this year.")):
        b.para(str(n)).para(what)
    doc = b.build()
    assert assemble_cards(doc).blocks == doc.blocks  # not numbered one after another: no run of cards


def test_a_plural_recommendations_is_no_label():
    b = DocBuilder().para(BOARD).heading("Serious case reviews").heading("Child T", 2)
    b.item("Recommendations are shown as the reviews worded them. The report will be published later.")
    assert extract_document(b.build(), use_model=False).recommendations == []


def test_a_label_with_a_title_opens_a_card_whose_text_follows():
    b = DocBuilder().para(BOARD).heading("Serious case reviews").heading("Child T", 2)
    for n, lead, text in ((1, "NHS Linthorpe Moss CCG", "The CCG should ensure that any bruise seen on a baby who "
                           "is not yet mobile is referred for a paediatric assessment on the same day."),
                          (2, "Northvale Police", "Northvale Police should notify the health visitor of any "
                           "domestic abuse incident at an address where a child under two lives.")):
        b.para(f"Recommendation {n} Child T serious case review").para(f"Lead: {lead}").para(text)
        b.para("Progress to March 2017").para("A protocol was re-launched in January 2017 with a flow chart.")
    entries = extract_document(b.build(), use_model=False).recommendations
    assert [e.text[:20] for e in entries] == ["The CCG should ensur", "Northvale Police sho"]
    assert all(e.action for e in entries)


def test_cards_of_the_open_recommendations_only_may_skip_numbers():
    b = DocBuilder().para(BOARD).heading("Serious case reviews").heading("Sibling group Q", 2)
    b.para("The review made seven recommendations. The two that remain open are shown below.")
    for n, status in ((5, "Amber"), (7, "Not rated")):
        b.para(f"Recommendation {n}").para("NHS Dunholt CCG")
        b.para(f"NHS Dunholt CCG should ensure that GP practices code every child in a household ({n}).")
        b.para("ACTION TAKEN").para("The coding guidance was reissued to all practices in November.").para(status)
    entries = extract_document(b.build(), use_model=False).recommendations
    assert [(e.number, e.status) for e in entries] == [("5", "in_progress"), ("7", "unknown")]


def test_a_lead_set_above_the_badge_belongs_to_that_card():
    b = DocBuilder().para(BOARD).heading("Family Y: our first LCSPR")
    b.para("Green – complete Amber – in progress Red – not started")
    for n, lead, colour in ((1, "Downland and Ashenden Police", "Amber"), (2, "Ashenden Council Housing Solutions", "Green")):
        b.para(lead).para(f"LCSPR Recommendation {n}")
        b.para(f"{lead} should tell Children's Social Care whenever a family with a child on a plan moves home ({n}).")
        b.para("An information-sharing agreement was signed in January 2020 and is in use.").para(colour)
    entries = extract_document(b.build(), use_model=False).recommendations
    assert [(e.number, e.bodies[0].name[:20], e.status) for e in entries] == [
        ("1", "Downland and Ashende", "in_progress"), ("2", "Ashenden Council Hou", "completed")]


def test_a_badge_and_its_lead_read_as_one_line_open_a_card():
    b = DocBuilder().para(BOARD).heading("Serious case reviews").heading("SCR Child F", 2)
    for n, lead in ((1, "Lead: Brackwater Local Safeguarding Children Board"), (2, "Wealdshire Community Health NHS Trust")):
        b.heading(f"{n} {lead}", 1)
        b.para(f"The partners should agree a protocol for new adults who join a household with a child ({n}).")
        b.para("A protocol was agreed by the Board in February 2016 and launched at four events.")
        b.para("Target: March 2016 Complete")
    entries = extract_document(b.build(), use_model=False).recommendations
    assert [(e.number, e.bodies[0].name[:20], e.status) for e in entries] == [
        ("1", "Brackwater Local Saf", "completed"), ("2", "Wealdshire Community", "completed")]


def test_numbered_section_headings_are_no_cards():
    b = DocBuilder().para(BOARD)
    for n, title in ((1, "Introduction from the Independent Chair"), (2, "The Safeguarding Partnership")):
        b.heading(f"{n} {title}", 1)
        b.para("This year the partners met six times and agreed a new plan for the way they work together.")
    doc = b.build()
    assert assemble_cards(doc).blocks == doc.blocks


def test_a_label_in_capitals_over_the_action_is_no_status():
    b = DocBuilder().para(BOARD).heading("Serious case reviews").heading("Child H", 2)
    for n, colour in ((1, "Green"), (2, "Amber")):
        b.heading(f"Recommendation {n}", 6).heading("Youth Offending Service", 6)
        b.para(f"The Youth Offending Service should hold a joint planning meeting within five working days ({n}).")
        b.heading("ACTI O N TAKE N", 6).para("A joint protocol between the two services was agreed in October 2018.")
        b.heading(colour, 6)
    entries = extract_document(b.build(), use_model=False).recommendations
    assert [(e.number, e.status, bool(e.action)) for e in entries] == [("1", "completed", True), ("2", "in_progress", True)]


def test_a_task_list_printed_to_pdf_gives_each_item_its_lead_action_and_tag():
    # items ruled under, each a stack of styled lines beside a tag (tests/data/layouts/task-list.html)
    from conftest import DATA
    from extractor.ingest import read_document

    for producer in ("chromium", "weasyprint"):
        doc = read_document(DATA / "layouts" / f"task-list.{producer}.pdf")
        found = extract_document(doc, use_model=False).recommendations
        assert [(e.number, e.scr, e.status) for e in found] == [
            ("1", "Child N", "completed"), ("2", "Child N", "in_progress"), ("3", "Child N", "not_started")]
        assert [[b.name for b in e.bodies] for e in found] == [
            ["Children's Social Care"], ["Northmoor Constabulary"], ["Northmoor Education Safeguarding Service"]]
        assert found[0].action and found[1].action
        # its line reads "An update has been asked for from the lead agency.": a request, no deed
        # (annotation guidelines: "update awaited from lead agency" is not an action)
        assert found[2].action is None


def test_a_status_chip_set_where_a_card_puts_its_lead_rates_the_card():
    b = DocBuilder().para(BOARD).heading("Learning from reviews").heading("Child R (LCSPR)", 2)
    b.para("The review made two recommendations.")
    for n, chip, text, owner in (
            ("1", "Delivered", "Children's Social Care should ensure that children on a plan are seen alone at "
                               "every visit.", "Owner: Quarrington City Council Children's Social Care"),
            ("2", "Overdue", "Quarrington Constabulary should make sure that officers record every child in the "
                             "household.", "Owner: Quarrington Constabulary")):
        b.para(n).para(chip).para(text).para(owner)
    entries = extract_document(b.heading("Other learning").para("None.").build(), use_model=False).recommendations
    assert [e.status for e in entries] == ["completed", "not_started"]
    assert [[x.name for x in e.bodies] for e in entries] == [
        ["Quarrington City Council Children's Social Care"], ["Quarrington Constabulary"]]


def test_a_chip_set_on_the_line_of_a_field_rates_its_card():
    """"Amber Target date: September 2017 (first audit due June 2017)": the colour opens the line
    of the card's date field, too long a line to be read as a chip whole."""
    b = DocBuilder().para(BOARD).heading("Learning from reviews").heading("Child T", 2)
    b.para("The review made two recommendations. Each card shows the lead agency and progress.")
    for n, text, action, chip in [
            ("1", "Children's Social Care should make sure that every assessment identifies all adults in the home.",
             "A prompt has been added to the single assessment form.",
             "Amber Target date: September 2017 (first compliance audit due June 2017)"),
            ("2", "Northvale Police should notify the health visitor of any domestic abuse incident.",
             "Notifications now go through the MASH health desk.", "Green Target date: January 2017")]:
        b.para(n).para("Lead: Northvale Partnership")
        b.para(text)
        b.heading("Progress to March 2017", 5)
        b.para(action)
        b.para(chip)
    entries = extract_document(b.heading("Other learning").para("Four rapid reviews.").build(),
                               use_model=False).recommendations
    assert [(e.number, e.status, e.due) for e in entries] == [("1", "in_progress", "2017-09"), ("2", "completed", "2017-01")]


def test_a_heading_naming_the_next_case_ends_the_last_card_of_a_review():
    # the last card's "What we did" says only that an update is awaited (a sentence, no label);
    # the next review's heading, set smaller than the cards' badges, still ends the card
    b = DocBuilder().para(BOARD).heading("Serious case reviews: what we did")
    b.heading("Child R — published September 2018", 13)
    b.para("Recommendation 1 | Serious case review: Child R").para("Red")
    b.para("Children's Social Care should ensure that every strategy discussion about an injured baby includes "
           "the police.")
    b.heading("Lead: Quarrington Children's Social Care", 15).heading("What we did", 15)
    b.para("Update awaited from the lead agency.")
    b.heading("Siblings H — published February 2019", 13)
    b.para("Recommendation 1 | Serious case review: Siblings H").para("Amber")
    b.para("The Education Service should ensure that children who are electively home educated are seen within "
           "four weeks.")
    b.heading("What we did", 15)
    b.para("An elective home education officer was appointed in December and has visited 42 of 47 children.")
    entries = extract_document(b.build(), use_model=False).recommendations
    assert [(e.scr, e.number, e.status) for e in entries] == [
        ("Child R", "1", "not_started"), ("Siblings H", "1", "in_progress")]
    assert entries[0].action is None
    assert entries[1].text.startswith("The Education Service should ensure")
    assert entries[1].action.startswith("An elective home education officer")


def test_a_stat_tiles_label_beside_a_big_number_is_no_card():
    # "3" / "emergency department attendances after self-harm": a figure and its label, set beside
    # the cards in a sidebar; a card's recommendation ends on a full stop or recommends
    b = DocBuilder().para(BOARD).heading("Serious case review: Child M")
    b.para("The review made one recommendation, shown in the card below.")
    b.para("1").para("Children's Social Care should see every child on a plan alone at each visit.")
    b.heading("What has happened", 5)
    b.para("A seen-alone field was added to the case record in November and is checked in supervision.")
    b.para("Complete")
    b.para("3").para("emergency department attendances by Child M after self-harm in the year")
    entries = extract_document(b.build(), use_model=False).recommendations
    assert [(e.number, e.status) for e in entries] == [("1", "completed")]


def test_the_steps_of_a_tracker_rate_each_card_by_the_one_in_bold():
    from conftest import DATA
    from extractor.ingest import read_document

    for producer in ("chromium", "weasyprint"):
        found = extract_document(read_document(DATA / "layouts" / f"step-tracker.{producer}.pdf"),
                                 use_model=False).recommendations
        # the first of three steps, "Planned", names no status: it is the step before any work
        assert [(e.number, e.status) for e in found] == [("1", "completed"), ("2", "in_progress"), ("3", "not_started")]


def test_a_heading_that_titles_its_card_at_sentence_length_still_numbers_it():
    b = scr_section(case="Child W")
    for n, (title, text) in enumerate([
            ("Return home interviews", "Children's Services should offer every child who has been missing a return home interview."),
            ("Intelligence about adults who exploit children", "Eastmere Police should share intelligence about adults who exploit children with the panel."),
            ("Teenagers who keep coming back with injuries", "The CCG should make sure that repeat attendances by a teenager are reviewed.")], 1):
        b.heading(f"Recommendation {n} {title}", 4)
        b.para(f"What the review said: {text}")
        b.para("Who leads: Eastmere Police" if n == 2 else "Who leads: Eastmere Children's Services")
        b.para(f"What we have done: Work number {n} was delivered to 200 staff in March.")
    got = entries(b)
    assert [(e.number, e.text.split()[0]) for e in got] == [("1", "Children's"), ("2", "Eastmere"), ("3", "The")]
    assert all(e.action and e.action.startswith(f"Work number {e.number}") for e in got)



def test_a_timeline_card_numbered_over_its_title_and_badge_takes_its_milestones_and_its_count_of_actions_done():
    b = scr_section(case="Child K")
    for n, title, initials, lead, text, milestones, count in [
            ("1", "Return home interviews that reach the right people", "KC", "Kilnsey Constabulary",
             "Kilnsey Constabulary should ensure that a return home interview is offered to every child within 72 hours.",
             ["Jul 2016 \u2013 Return home interview service recommissioned", "Oct 2016 \u2013 New service started"],
             "All actions complete"),
            ("2", "Reduced timetables are known about", "ES", "Kilnsey County Council Education Services",
             "Kilnsey County Council Education Services should require schools to tell the local authority whenever a "
             "pupil is placed on a reduced timetable.",
             ["Jun 2017 \u2013 Notification form to be drafted", "Sep 2017 \u2013 Guidance to be issued to all schools"],
             "0 of 2 actions complete"),
            ("3", "One way of seeing exploitation risk", "CSE", "Kilnsey LSCB CSE and Missing Sub-group",
             "The LSCB should make sure that every agency uses the same child sexual exploitation risk assessment tool.",
             ["Nov 2016 \u2013 Revised risk assessment tool launched", "Feb 2017 \u2013 240 staff trained"],
             "2 of 3 actions complete")]:
        b.para(f"Recommendation {n}").heading(title, 4).para(initials).para(lead)
        b.para(f"The review recommended: {text}")
        for m in milestones:
            b.item(m)
        b.para("Blue")
        b.para(count)
    got = rules_report(b).recommendations
    assert [(e.number, e.status) for e in got] == [("1", "completed"), ("2", "not_started"), ("3", "in_progress")]
    assert [e.action.split(" \u2013 ")[0] for e in got] == ["Jul 2016", "Jun 2017", "Nov 2016"]
    assert "Oct 2016" in got[0].action



def test_a_run_of_short_step_labels_in_a_card_is_no_chip():
    from extractor.cards import assemble_cards
    b = scr_section(case="Baby N")
    for n, steps in ((1, ("Agreed Sep 14", "Guide issued Nov 14", "Audited Mar 15", "Signed off Mar 15")),
                     (2, ("Agreed Sep 14", "GP sessions Jan 15", "Practice audits", "Signed off"))):
        b.para(f"Recommendation {n}")
        b.para("The CCG should ensure that GPs apply the bruising protocol to every baby.")
        for step in steps:  # a milestone track under the card's text
            b.para(step)
        b.heading("What's happened", 3)
        b.para("The Named GP has taken the protocol to all four GP locality meetings.")
        b.para("Lead: NHS Hexley CCG \u00b7 Target: September 2015")
    texts = [x.text for x in assemble_cards(b.build()).blocks]
    assert texts.count("Recommendation 1: The CCG should ensure that GPs apply the bruising protocol to every baby.") == 1
    assert not any(t.startswith("Status: ") for t in texts)  # (a status word among the steps is no chip either)
