"""The monitoring mechanism of recommendation 9: the sentence saying how the board follows up
the actions of its case reviews is found in its many wordings; the action plans of
inspections and of other review types are not it."""
from __future__ import annotations

import pytest

from extractor.pipeline import extract_document
from nlp_helpers import DocBuilder, rules_report, scr_section

BOARD = "Eastmere Local Safeguarding Children Board Annual Report 2013-14"


def test_monitoring_sentence_is_found_and_generic_plans_are_not():
    b = scr_section()
    b.para("The Board's action plan was agreed in February 2015.")
    b.para("The Case Review Sub-group monitors the action plan at each meeting and reports progress to the Board "
           "using a RAG rating.")
    b.heading("Ofsted inspection")
    b.para("The Executive Group monitors the post-inspection action plan and reports progress to the Board.")
    r9 = extract_document(b.build()).rec9
    assert r9.monitoring_mechanism
    assert r9.mechanism_evidence.startswith("The Case Review Sub-group monitors the action plan")


@pytest.mark.parametrize("sentence", [
    "The Partnership will not close an action until the lead agency has provided evidence that practice has changed.",
    "The SCR sub-group receives updates from agencies on each action and escalates any delay to the Executive.",
    "The Board holds agencies to account for completing their actions through six-monthly challenge sessions.",
])
def test_monitoring_sentences_in_other_words(sentence):
    b = scr_section()
    b.para("Recommendation 1: Schools should refer absent children.")
    b.para("Progress: Guidance was issued.")
    b.heading("Monitoring", 3)
    b.para(sentence)
    assert extract_document(b.build()).rec9.monitoring_mechanism


def test_a_group_that_keeps_the_action_log_of_every_review_is_the_mechanism_outside_an_scr_section():
    b = DocBuilder().para(BOARD)
    b.heading("Reviews published this year")
    b.para("The Practice Review Group keeps a single action log for every review and RAG-rates each action "
           "at its bi-monthly meeting.")
    b.heading("Serious case review: Child P").para("Recommendation 1: Schools should refer absent children.")
    b.para("Progress: Guidance was issued.")
    r9 = extract_document(b.build()).rec9
    assert r9.mechanism_evidence.startswith("The Practice Review Group keeps a single action log")


def test_a_key_to_the_ratings_is_no_monitoring_mechanism():
    b = scr_section()
    b.para("Recommendation 1: Schools should refer absent children.")
    b.para("Progress: Guidance was issued.")
    b.para("Key to the RAG column: Complete — the action has been carried out and evidence of the change has been "
           "seen; On track — work is under way and the action is expected to be completed by the due date.")
    assert not extract_document(b.build()).rec9.monitoring_mechanism


def test_a_domestic_homicide_review_plan_is_no_monitoring_mechanism():
    b = DocBuilder().para(BOARD).heading("Serious Case Reviews")
    b.para("The review concerning Child M was published in November 2013. Children's Social Care should ensure "
           "that assessments include every adult.")
    b.heading("Domestic homicide review", 2)
    b.para("The Safer Eastmere Partnership completed a domestic homicide review in 2013-14. The Safer Eastmere "
           "Partnership monitors the action plan for the review and has agreed to share its progress with the Board.")
    assert rules_report(b).rec9.monitoring_mechanism is False
