"""Round-7 mechanisms, learnt from three reports written blind (tarnwick, ashbourne-vale,
corvedale) after their first scores were recorded: references by number in running text,
obligations that read like hindsight, audits that are the work recommended, wrapped numbered
lines in plain text."""
from __future__ import annotations

import pytest

from extractor.ingest.text import read_text
from extractor.link.draft import distractor_governs
from extractor.link.from_lists import _COUNTERFACTUAL
from extractor.nlp import analyse
from extractor.topics import referred_number


@pytest.mark.parametrize("text,number", [
    ("Work on recommendation 3 continues. The sub-group published the protocol.", "3"),
    ("Vale Moors Police have not yet reported any progress on recommendation 4.", "4"),
    ("Recommendation 6 is in hand. The CCG wrote to all practices.", "6"),
    ("The second recommendation has been met.", "2"),
    ("Recommendations 1 and 5 have been completed.", None),      # several: statuses by number do that
    ("Recommendation 2: The CCG should ensure that GPs record fathers.", None),  # a label stating it
])
def test_the_one_recommendation_a_progress_paragraph_names(text, number):
    assert referred_number(text) == number


def test_should_have_is_hindsight_only_before_a_participle():
    assert _COUNTERFACTUAL.search("Professionals should have shared what they knew.")
    assert _COUNTERFACTUAL.search("The referral should have been made in May.")
    assert not _COUNTERFACTUAL.search("GP practices should have a system to recall children.")


def test_an_audit_asked_for_is_the_work_recommended_not_another_review():
    text = "A multi-agency audit should test, within a year, whether practitioners meet the fathers."
    assert not distractor_governs(analyse([text])[text])
    text = "The section 11 audit should be completed by every agency."
    assert distractor_governs(analyse([text])[text])


def test_a_numbered_sentence_wrapped_over_lines_is_no_heading():
    data = ("5.5 The review made two recommendations:\n\n"
            "1. Ashbourne Vale Council's Children's Services should ensure that a pre-birth\n"
            "assessment is started for every expectant parent who is a care leaver.\n\n"
            "2. Serious Case Reviews\n\n").encode()
    blocks = read_text(data, "t.txt").blocks
    assert [b.kind for b in blocks] == ["paragraph", "list_item", "heading"]
