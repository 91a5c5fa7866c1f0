"""Text that looks like an SCR recommendation but is not one.

Sentences about how recommendations are set out or whether to hold a review; findings;
hindsight ("should have shared", not "should have a system"); recommendations of inspections,
domestic homicide reviews, rapid reviews, national and thematic reviews, adults' reviews and
inquiries, even inside the case-review section. An audit asked for is the work recommended,
not another review.
"""
from __future__ import annotations

from extractor.link.draft import distractor_governs
from extractor.link.from_lists import _COUNTERFACTUAL
from extractor.nlp import analyse
from nlp_helpers import DocBuilder, entries, report, rules_report, scr_section


def test_sentence_describing_how_recommendations_are_set_out_is_not_one():
    b = scr_section()
    b.para("Rather than reproduce the action plan, we have summarised each recommendation on a card: what the review "
           "found, what it recommended and what has been done.")
    b.para("Recommendation 1: Eastmere Constabulary should record every child present at an incident.")
    (e,) = entries(b)
    assert e.number == "1"


def test_sentence_about_deciding_whether_to_hold_a_review_is_not_a_recommendation():
    b = DocBuilder().para("Eastmere Safeguarding Children Partnership Annual Report 2018-19")
    b.heading("Learning from Serious Case Reviews")
    b.para("The Board decides whether a serious case review should be held. During the year a third was "
           "commissioned in February 2019.")
    assert report(b).recommendations == []


def test_findings_bullets_are_not_entries():
    b = scr_section()
    b.para("The review found that:")
    b.item("information was not shared between agencies;")
    b.item("the father was not seen by professionals.")
    assert entries(b) == []


def test_should_have_is_hindsight_only_before_a_participle():
    assert _COUNTERFACTUAL.search("Professionals should have shared what they knew.")
    assert _COUNTERFACTUAL.search("The referral should have been made in May.")
    assert not _COUNTERFACTUAL.search("GP practices should have a system to recall children.")


def test_distractor_recommendations_are_not_entries():
    b = DocBuilder().heading("Inspection")
    b.para("Recommendation 1: Strengthen the analysis of performance information.")
    b.heading("Serious Case Reviews").heading("Child L", 2)
    b.para("The DHR recommended that the police should refer all children to the MASH.")
    b.para("A rapid review was held and recommended that the case be the subject of a local child safeguarding practice review.")
    b.para("Table 4: Ofsted recommendations")
    b.table(["Recommendation", "Progress"], [["The LSCB should evaluate training.", "Done."]])
    assert entries(b) == []


def test_other_review_types_nested_in_the_case_review_section_are_left_out():
    b = DocBuilder().para("Eastmere Safeguarding Children Board Annual Report 2019-20").heading("Learning from reviews")
    b.heading("Child M", 2)
    b.para("Recommendation 1: Schools should refer absent children within three days.")
    b.heading("National review: The Myth of Invisible Men", 2)
    b.para("The national panel's review recommended that local partners should improve how they engage with fathers.")
    b.heading("Thematic audit of neglect", 2)
    b.table(["Recommendation", "Action", "Lead"], [["Managers should audit supervision quarterly.", "Audits started.",
                                                    "All agencies"]])
    b.heading("Safeguarding Adults Review: Mr T", 2)
    b.para("The review recommended that adult social care should consider dependent children in every assessment.")
    b.heading("Independent inquiry into child sexual exploitation", 2)
    b.item("The council should appoint a CSE lead.")
    (e,) = entries(b)
    assert e.scr == "Child M"


def test_an_audit_asked_for_is_the_work_recommended_not_another_review():
    text = "A multi-agency audit should test, within a year, whether practitioners meet the fathers."
    assert not distractor_governs(analyse([text])[text])
    text = "The section 11 audit should be completed by every agency."
    assert distractor_governs(analyse([text])[text])


def test_a_recommendation_to_hold_a_review_is_not_one_of_its_recommendations():
    b = DocBuilder().para("Eastmere Safeguarding Children Partnership Annual Report 2018-19")
    b.heading("Serious case reviews")
    b.heading("Baby N", level=3)
    b.para("Baby N was admitted to hospital with a fractured skull. The Case Review Panel recommended a review "
           "in March 2019 and the Chair agreed. A lead reviewer has been appointed.")
    b.para("The Panel considered six notifications. It recommended one new review to the Independent Chair; "
           "it will be completed as a serious case review.")
    assert report(b).recommendations == []


def test_a_review_of_a_policy_recommended_by_an_scr_is_a_recommendation():
    b = scr_section()
    b.para("The review recommended a review of the escalation policy, so that practitioners know how to "
           "challenge a decision they disagree with.")
    (e,) = entries(b)
    assert e.text.startswith("The review recommended a review of the escalation policy")


def test_a_review_calling_something_by_a_name_recommends_nothing():
    b = scr_section(case="Child H")
    b.para("The review called this the 'invisible man' problem: the adults around a baby who are never asked about.")
    b.para("The review called for every assessment to name the adults living in the household.")
    got = entries(b)
    assert [e.text.split()[:3] for e in got] == [["The", "review", "called"]]
    assert "called for" in got[0].text


def test_a_numbered_note_on_how_to_read_the_figures_is_no_entry():
    b = scr_section(case="Baby N")
    b.heading("Recommendations", 3)
    b.item("1 How to read the progress figures. Each figure is the share of the actions agreed for that "
           "recommendation that the lead agency has completed.")
    assert rules_report(b).recommendations == []


def test_it_asked_after_the_review_asked_states_the_next_recommendation():
    b = scr_section(case="Baby N")
    b.para("Recommendation: The review asked the community health trust to refer any bruise on a baby who is not yet mobile.")
    b.para("Recommendation: It asked all partner agencies to see, assess and record fathers in the household.")
    b.para("Recommendation: Finally, it asked the Partnership to make sure that every parent hears the ICON message.")
    assert len(rules_report(b).recommendations) == 3
