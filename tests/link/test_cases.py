"""The serious case reviews a report is about.

Case names in lists and quotes, pseudonyms ("Child Tobias", "Baby Willow") but not service
names, family names ("the Hartley children") with the recommendations listed for them; a case
heading is an SCR section unless it sits under another review type; the stage of a case told
under its heading; a case that did not become an SCR, or belongs to another review type, is
not listed; a report of no SCRs has none.
"""
from __future__ import annotations

from extractor.nlp import analyse
from extractor.pipeline import extract_document
from extractor.structure import categorise, sections
from nlp_helpers import DocBuilder, report, rules_report, scr_section

BOARD = "Eastmere Local Safeguarding Children Board Annual Report 2018-19"


def cases_in(text):
    doc = analyse([text])[text]
    return [s.text for s in doc.spans.get("cases", [])]


def test_case_names_in_lists_and_quotes():
    from extractor.nlp import analyse
    texts = ["The review of Children C, D and E was published.", "The review of Child 'Q' was published."]
    docs = analyse(texts)
    assert [[s.text for s in docs[t].spans["cases"]] for t in texts] == [["Children C, D and E"], ["Child 'Q'"]]


def test_pseudonym_case_names_are_recognised_but_service_names_are_not():
    assert cases_in("The review about Child Tobias was published in May.") == ["Child Tobias"]
    assert cases_in("Baby Willow and Young Person Kai were known to services.") == ["Baby Willow", "Young Person Kai"]
    assert cases_in("Child Protection conferences and Child Sexual Exploitation work rose.") == []
    assert cases_in("The Baby Friendly initiative continued.") == []


def test_pseudonym_heading_is_an_scr_section_unless_under_another_review_type():
    assert categorise("Child Tobias") == "scr"
    assert categorise("Child Protection") != "scr"
    doc = DocBuilder().heading("Rapid reviews").heading("Child Juniper", 2).para("The rapid review met.").build()
    assert sections(doc)[2].category == "other_review"


def test_stage_of_a_case_told_under_its_heading():
    b = DocBuilder().para("Eastmere Safeguarding Children Partnership Annual Report 2018-19")
    b.heading("Serious Case Reviews").heading("Baby Willow", 2)
    b.para("Willow was seven weeks old. The review was published in March 2019 with one recommendation.")
    b.para("Recommendation One: The Partnership should provide safer sleep training for every practitioner.")
    scrs = {s.name: s.stage for s in report(b).scrs}
    assert scrs == {"Baby Willow": "published"}


def test_children_named_together_by_kin_and_a_timeline_that_says_review_published():
    assert cases_in("The review about Brother and Sister F was begun under the old Board.") == ["Brother and Sister F"]
    b = DocBuilder().para("Eastmere Safeguarding Children Partnership Annual Report 2019-20")
    b.heading("Reviews").heading("Serious Case Review: Brother and Sister F", 2)
    b.para("Dec 2018").para("The LSCB decides to hold a serious case review.")
    b.para("Oct 2019").para("Review published.")
    b.para("Recommendation 1: Schools should ask about young carers at every review meeting.")
    assert {s.name: s.stage for s in report(b).scrs} == {"Brother and Sister F": "published"}


def test_family_name_case_with_its_listed_recommendations_and_their_shared_status():
    b = DocBuilder().para(BOARD).heading("Serious case reviews")
    b.para("The second review concerned the Hartley children, four brothers and sisters. The review was published "
           "in March 2019.")
    b.para("The review made three recommendations, all addressed to the Board. In short, it asked us to refresh "
           "the neglect strategy; to commission training on working with hostile parents; and to seek assurance on how children's views "
           "are heard in core groups. The Board accepted all three recommendations in full, and each was given a "
           "lead. I am pleased to report that all three have been completed. Training workshops on working with hostile "
           "parents were held in March 2019.")
    r = rules_report(b)
    assert [(c.name, c.stage) for c in r.scrs] == [("the Hartley children", "published")]
    entries = [e for e in r.recommendations if e.scr == "the Hartley children"]
    assert [e.text for e in entries] == ["refresh the neglect strategy", "commission training on working with hostile parents",
                                         "seek assurance on how children's views are heard in core groups"]
    assert all(e.status == "completed" for e in entries)
    assert all([b.name for b in e.bodies] == ["the Board"] for e in entries)
    # acceptance and "all three have been completed" are no action of any of them
    assert not any(e.action and ("accepted" in e.action or "all three" in e.action) for e in entries)


def test_case_that_did_not_become_an_scr_is_not_listed():
    b = DocBuilder().para("Eastmere Safeguarding Children Board Annual Report 2015-16").heading("Case reviews")
    b.para("The Case Review Group considered the case of Child Jasmine and decided that it did not meet the "
           "criteria for a serious case review.")
    r = report(b)
    assert r.scrs == [] and r.rec9.verdict == "no_scrs"


def test_case_of_another_review_type_named_in_an_scr_sentence_is_not_an_scr():
    b = DocBuilder().para("Eastmere Safeguarding Children Board Annual Report 2017-18").heading("Case reviews")
    b.para("The Case Review Group commissioned one multi-agency learning review, concerning a 14-year-old "
           "(Young Person P) who was repeatedly missing from care.")
    b.para("The serious case review about Child D was published in June 2017.")
    assert [(s.name, s.stage) for s in report(b).scrs] == [("Child D", "published")]


def test_no_scrs_report():
    b = DocBuilder().heading("Reviews of Practice")
    b.para("No serious case reviews were initiated or published during 2012-13. None met the criteria for a "
           "serious case review.")
    b.para("The learning review recommended that the Board should develop a neglect strategy.")
    report = extract_document(b.build())
    assert (report.recommendations, report.scrs, report.rec9.verdict) == ([], [], "no_scrs")


def test_recommendations_numbered_by_their_reviews_letter_go_to_that_review():
    # "References: L = ... Child L; V = ... Brothers V" over tables grouped by agency, rows "L2", "V3"
    doc = (scr_section("Case reviews", "Child L")
           .para("The serious case review of Child L and the practice review of Brothers V were published this year.")
           .heading("Accountability tables", 2)
           .para("References: L = serious case review Child L; V = local child safeguarding practice review Brothers V.")
           .heading("Harrowdale Police", 3)
           .table(["Ref", "What the review asked for", "What has been done"],
                  [["L2", "Harrowdale Police should record every child present at a domestic abuse incident.",
                    "A mandatory field was added to the incident form in May 2019."],
                   ["V3", "Harrowdale Police should agree a joint approach to interviewing children arrested for drugs.",
                    "A joint protocol was signed in January 2020."]]))
    assert [(e.number, e.scr) for e in report(doc).recommendations] == [("L2", "Child L"), ("V3", "Brothers V")]
