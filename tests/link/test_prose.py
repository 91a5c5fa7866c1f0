"""Recommendations told in running prose.

Ordinal sentences ("The first asked ...", "Third, ..."); a stated count ("The review made two
recommendations") that drops the least sure extras; inline enumerated clauses ((i), (ii), ...)
and semicolon lists split only when they hold the stated count; a report's own paragraph
numbering (4.1, 4.2) is no recommendation number.
"""
from __future__ import annotations

from extractor.link.from_prose import enumerated_clauses, listed_clauses
from extractor.nlp import analyse
from nlp_helpers import DocBuilder, entries, rules_report, scr_section

BOARD = "Eastmere Local Safeguarding Children Board Annual Report 2013-14"


def _sent(text: str):
    return next(iter(analyse([text])[text].sents))


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


def test_inline_enumerators_split_a_sentence_into_numbered_clauses():
    s = _sent("She recommended (i) that the police share notifications; (ii) that schools record absence; "
              "and (iii) that the Board revise its guidance.")
    clauses = enumerated_clauses(s)
    assert [c.number for c in clauses] == ["i", "ii", "iii"]
    assert [c.span.text for c in clauses] == ["that the police share notifications", "that schools record absence",
                                              "that the Board revise its guidance"]
    # a run may go on from the clause before it, but not start in the middle of nowhere
    later = _sent("She recommended (iv) that GPs record parental responsibility; and (v) that agencies escalate.")
    assert [c.number for c in enumerated_clauses(later, "iii")] == ["iv", "v"]
    assert enumerated_clauses(later) == []


def test_a_semicolon_list_is_split_only_when_it_holds_the_stated_count():
    s = _sent("In short, it asked us to refresh the strategy; to train staff; and to review core groups.")
    assert [c.span.text for c in listed_clauses(s, 3)] == ["refresh the strategy", "train staff", "review core groups"]
    assert listed_clauses(s, 4) == []
    assert listed_clauses(s, None) == []


def test_paragraph_numbers_are_not_recommendation_numbers():
    b = DocBuilder().para(BOARD).heading("Part 4: Serious case reviews").heading("Child J", 2)
    b.para("4.1 Child J was four months old when he was admitted to hospital with a head injury.")
    b.para("4.2 The review concerning Child J was published in January 2017.")
    b.para("4.3 The review made two recommendations. The first asked the Trust to make sure that every baby with a "
           "bruise is seen by a paediatrician. The Trust has introduced a bruising protocol.")
    b.para("4.4 At 31 March 2017 the Implementation Group rated recommendation 1 as achieved.")
    numbers = [e.number for e in rules_report(b).recommendations]
    assert numbers == ["1"]


def test_a_run_in_title_after_an_entry_with_its_progress_starts_the_next_card():
    b = scr_section(case="Child R")
    b.para("Looking after babies' injuries")
    b.para("The review asked the hospital to make sure that every baby under one year with a bruise is "
           "seen by a paediatrician.")
    b.para("What's happened: the hospital changed its emergency department checklist in November 2016.")
    b.para("Talking to each other first")
    b.para("The review asked the police and children's social care to hold a strategy discussion whenever "
           "a non-mobile baby has an injury.")
    b.para("What's happened: the police and children's social care have agreed a joint protocol.")
    found = entries(b)
    assert [e.text.split()[4] for e in found] == ["hospital", "police"]
    assert found[1].action.startswith("the police and children's social care have agreed")


def test_a_recommendation_under_its_heading_run_together_with_what_was_done_is_split_into_text_and_action():
    # a printer ran the recommendation's paragraph and the progress paragraph after it together
    b = scr_section()
    b.heading("Recommendation 3: return home interviews", 4)
    b.para("The review asked Eastmere Children's Services to make sure that every child who goes missing is offered "
           "a return home interview within 72 hours. Return home interviews were brought in-house in September "
           "2018 and 81% were offered within 72 hours in the last quarter.")
    (e,) = rules_report(b).recommendations
    assert e.text.endswith("within 72 hours.") and e.action.startswith("Return home interviews were brought in-house")


def test_a_recommendation_retold_in_the_story_and_given_in_a_tracker_is_one_entry():
    b = scr_section(case="Child H")
    b.para("The review's second recommendation asked the police to tell health visitors about every "
           "domestic abuse incident at a home where a baby lives. Since January officers have done so.")
    b.heading("Appendix: the Child H action plan", 2)
    b.table(["Review", "Rec.", "Recommendation", "Progress"], [
        ["Child H", "1", "Eastmere Children's Services should ensure that every pre-birth assessment names the father.",
         "Assessment template changed in October."],
        ["Child H", "2", "Eastmere Police should ensure that health visitors are told of every domestic abuse incident "
         "at an address where a child under one lives.", "Notifications sent daily since January."]])
    got = entries(b)
    assert [(e.number, e.text.split()[0]) for e in got] == [("1", "Eastmere"), ("2", "Eastmere")]


def test_work_on_recommendations_retold_paragraphs_above_answers_each_by_its_words():
    # a chair's letter: the recommendations retold as (i)-(iii), what was done told paragraphs later
    b = scr_section(case="Child E")
    b.para("The review was published in June 2018. The reviewer made three recommendations. She recommended "
           "(i) that Eastmere Constabulary and the health visiting service agree a way of sharing information about "
           "domestic abuse incidents at any address where a child under five lives; (ii) that the Board revise its "
           "multi-agency guidance on bruising so that it covers children who are not yet independently mobile; and "
           "(iii) that all partner agencies remind their staff how to escalate a concern when they disagree with "
           "another agency.")
    b.para("The Board accepted all three recommendations in July 2018.")
    b.para("It is nine months since the review was published. Since October 2018 Eastmere Constabulary has sent "
           "every domestic abuse notification for an address where a child under five lives to the health visiting "
           "service by the next working day. I regard this recommendation as complete.")
    b.para("The revised guidance on bruising in children who are not independently mobile was approved by the "
           "Board in December 2018 and published on our website, with lunchtime briefings to launch the revised "
           "multi-agency guidance. That work is complete.")
    got = rules_report(b).recommendations
    assert [e.number for e in got] == ["i", "ii", "iii"]
    assert got[0].action.startswith("Since October 2018 Eastmere Constabulary")
    assert got[1].action.startswith("The revised guidance on bruising")
    assert got[2].action is None
    assert [e.status for e in got] == ["completed", "completed", "unknown"]


def test_an_unnumbered_extra_goes_before_the_numbered_recommendations_of_the_stated_count():
    b = scr_section(case="Child E")
    b.para("The review made two recommendations. It recommended (i) that Eastmere Police record the names of "
           "children at every domestic incident; and (ii) that schools tell the social worker when a child on a "
           "plan is absent.")
    b.para("On attendance, the new guidance says schools should share concerns within a week. The guidance for "
           "schools has been rewritten by the Education Safeguarding Team.")
    got = rules_report(b).recommendations
    assert [e.number for e in got] == ["i", "ii"]


def test_paragraphs_naming_a_recommendation_by_number_answer_it_though_the_list_comes_after_them():
    # a sidebar list that a PDF reads after the story beside it
    b = scr_section(case="Child R")
    b.para("Against recommendation 1, the Learning and Improvement Sub-group ran a campaign for practitioners in "
           "January, with briefings attended by 310 staff.")
    b.para("The Board has written to the Trust about the lack of progress on recommendation 2, and has asked its "
           "Director of Nursing to attend the next meeting.")
    b.heading("Child R: the review's recommendations", 3)
    b.item("1. Eastmere Safeguarding Children Board should seek assurance that all agencies ask about the adults "
           "who live in a household.")
    b.item("2. Eastmere Hospitals NHS Trust should ensure that injuries to babies are discussed with the "
           "safeguarding team.")
    got = rules_report(b).recommendations
    assert [e.number for e in got] == ["1", "2"]
    assert got[0].action.startswith("Against recommendation 1, the Learning")
    assert got[1].action is None


def test_a_recommendation_quoted_in_a_sentence_about_the_others_is_an_entry_with_the_work_told_after_it():
    b = scr_section(case="Child T")
    b.para("All five recommendations of the Child T review were signed off in 2016-17 except the fourth: "
           "\u201cEastmere CCG should make sure that every GP practice flags the records of children subject to a "
           "child protection plan.\u201d By the end of March 2018, 29 of the 33 practices had done so. The "
           "recommendation remains open.")
    got = rules_report(b).recommendations
    assert [(e.number, e.text.split()[0], e.status) for e in got] == [("4", "Eastmere", "in_progress")]
    assert got[0].action.startswith("By the end of March 2018")


def test_a_post_left_vacant_is_no_work_and_a_guide_to_the_pages_recommends_nothing():
    b = scr_section(case="Baby M")
    b.para("The next pages set out what each review recommended and what has been done.")
    b.para("Recommendation 4: The CCG should make sure that GP practices record who holds parental responsibility.")
    b.para("The CCG's named GP post was vacant from October 2017 to April 2018.")
    got = rules_report(b).recommendations
    assert [(e.number, e.action) for e in got] == [("4", None)]


def test_paragraphs_numbered_by_word_processor_lists_are_the_reports_paragraphs_and_ordinals_in_the_present_ask():
    b = DocBuilder().para("Stainby Safeguarding Children Board Annual Report 2016-17").heading("Serious case reviews")
    b.heading("Siblings F", 2)
    b.item("6.14 Siblings F are a brother and two sisters who were taken into care in June 2015.")
    b.item("6.15 The review was completed in December 2016 and cannot yet be published.")
    b.item("6.16 The review's first recommendation asks Children's Services to make sure that every plan names a lead.")
    b.para("Update: Senior managers began these reviews in January 2017.")
    b.item("6.17 The third asks the mental health trust to make sure that staff ask adult patients about children.")
    b.para("Update: Nothing has been done on this yet.")
    b.heading("\u201c", 2)  # a pull quote's mark set large, then the quote and who said it
    b.para("Everyone knew a little bit. Nobody put it together.")
    b.para("Child J's grandmother")
    b.item("6.18 Finally, the review asks the Board to check, through a case audit, that plans are followed.")
    got = rules_report(b).recommendations
    assert [" ".join(e.text.split()[1:4]) for e in got] == ["The review's first", "The third asks", "Finally, the review"]
    assert {e.scr for e in got} == {"Siblings F"}
