"""The trained entry classifier: its inputs, its decisions, and the shipped artefact."""
from pathlib import Path

import pytest

from extractor.classify import (ACTION, RECOMMENDATION, MODEL_DIR, Opinion, adjusted_confidence, keeps,
                                load_classifier, model_text, opinions, status_contexts, status_of,
                                status_opinions, units)


def test_units_split_sentences_but_not_numbers():
    assert units("Police have trained 40 officers. A review is planned for 2.5 months later.") == [
        "Police have trained 40 officers.", "A review is planned for 2.5 months later."]
    assert units("  ") == []


def test_model_text_puts_the_section_first_in_lower_case():
    assert model_text("The CCG should audit", "scr") == "section_scr the ccg should audit"


def test_only_unsure_drafts_are_dropped():
    rejected = Opinion(recommendation=0.02, action=None)
    assert not keeps(0.75, rejected)             # prose the rules were unsure of
    assert keeps(0.95, rejected)                 # a table row under an SCR heading stays
    assert keeps(0.75, Opinion(0.6, None))
    assert keeps(0.75, Opinion(None, 0.01))      # action-only entries are never dropped


def test_confidence_moves_at_most_a_little():
    assert adjusted_confidence(0.8, Opinion(1.0, None)) == 0.9
    assert adjusted_confidence(0.8, Opinion(0.0, None)) == 0.7
    assert adjusted_confidence(0.8, Opinion(None, None)) == 0.8
    assert adjusted_confidence(0.98, Opinion(1.0, None)) == 0.99
    assert adjusted_confidence(0.8, Opinion(None, 0.5)) == 0.8


def test_without_a_trained_model_the_rules_decide(tmp_path: Path):
    assert opinions([("The LSCB should audit referrals.", None, "scr")], tmp_path) is None


@pytest.mark.skipif(load_classifier() is None, reason="models/entry_classifier not trained")
def test_the_shipped_model_tells_recommendations_and_actions_apart():
    assert set(load_classifier().get_pipe("textcat_multilabel").labels) == {RECOMMENDATION, ACTION}
    rec, ofsted, done, planned = opinions([
        ("Health visitors should ask about domestic abuse at every contact with a new mother.", None, "scr"),
        ("The local authority should improve the timeliness of its return home interviews.", None, "ofsted"),
        (None, "The police have trained all 240 response officers and the new checklist has been in use since May.", "scr"),
        (None, "This will be considered at the next meeting of the sub-group.", "scr"),
    ], MODEL_DIR)
    assert rec.recommendation > ofsted.recommendation
    assert done.action > planned.action
    assert rec.action is None and done.recommendation is None


def _blocks(*texts):
    from extractor.document import Block
    return [Block("paragraph", t, 1) for t in texts]


def test_status_context_reads_the_short_lines_of_an_entry_and_below_it_up_to_the_next_entry():
    blocks = _blocks("1 The CCG should audit GP records.", "The audit was done in May 2016.", "CCG", "Complete",
                     "2 Schools should record attendance.", "Not started")
    first, second = status_contexts(blocks, [("The CCG should audit GP records.", "The audit was done in May 2016."),
                                             ("Schools should record attendance.", None)])
    assert first == "after_ccg after_complete"      # the entry's own sentences are not read
    assert second == "after_not after_started"      # nor the chip above it, the first card's


def test_status_context_marks_a_short_line_inside_an_entry_apart_from_those_below():
    blocks = _blocks("The Board should publish its audit.", "In progress", "The audit is being written up.",
                     "Police should train every response officer.")
    first, second = status_contexts(blocks, [("The Board should publish its audit.", "The audit is being written up."),
                                             ("Police should train every response officer.", None)])
    assert first == "in_in in_progress"
    assert second == "no_chip"


def test_status_context_is_none_for_a_draft_not_found_in_the_blocks():
    assert status_contexts(_blocks("Nothing here."), [("Police should train every response officer.", None)]) == [None]


def test_the_status_model_only_fills_a_status_the_rules_did_not_find_and_only_when_confident():
    assert status_of("in_progress", ("completed", 0.99)) == "in_progress"
    assert status_of("unknown", ("completed", 0.99)) == "completed"
    assert status_of("unknown", ("completed", 0.4)) == "unknown"
    assert status_of("unknown", None) == "unknown"


def test_without_a_trained_status_model_the_rules_decide(tmp_path: Path):
    assert status_opinions(["audit done after_complete"], tmp_path) is None


def test_status_context_stops_below_an_entry_where_a_section_of_another_kind_begins():
    blocks = _blocks("The Board should publish its audit of neglect cases.", "Other reviews", "Complete")
    drafts = [("The Board should publish its audit of neglect cases.", None)]
    assert status_contexts(blocks, drafts) == ["after_other after_reviews after_complete"]
    assert status_contexts(blocks, drafts, ["scr", "other_review", "other_review"]) == ["no_chip"]
    assert status_contexts(blocks, drafts, ["scr", "scr_weak", "scr"]) == ["after_other after_reviews after_complete"]
