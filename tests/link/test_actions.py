"""What counts as an action taken: a deed reported, not a deferral that opens the text nor a
progress cell that only points elsewhere ("Refer to section 5.", "As above.")."""
from __future__ import annotations

import pytest

from extractor.link import is_action_text
from extractor.nlp import analyse


def test_a_deed_is_still_an_action():
    text = "Seen by PRG in March: the audit was completed and covered in training from April."
    assert is_action_text(analyse([text])[text], text)


def test_an_opening_deferral_is_no_action():
    text = "Deferred: the service is being recommissioned and this will be built into the new contract."
    assert not is_action_text(analyse([text])[text], text)
    text = "Work on this has been deferred until the new hub opens."
    assert not is_action_text(analyse([text])[text], text)


@pytest.mark.parametrize("text", ["See Learning & Improvement report", "Refer to section 5.", "As above.",
                                  "Covered in section 4 of this report.", "Please see the Board's audit report."])
def test_a_progress_cell_that_only_points_elsewhere_is_no_action(text):
    assert not is_action_text(analyse([text])[text], text)


def test_a_deed_sharing_the_auxiliary_of_a_report_to_the_board_is_an_action():
    text = ("Information about the risk was shared with the Board's Case Review Group and used in a briefing "
            "for practitioners.")
    assert is_action_text(analyse([text])[text], text)


def test_a_need_after_and_is_no_deed():
    text = "The protocol was presented to the Board and need to be agreed by partners."
    assert not is_action_text(analyse([text])[text], text)


@pytest.mark.parametrize("text", [
    "Every school was asked to name a young carers lead, and 52 of the 58 schools have done so.",
    "Each partner agency was asked to audit ten of its records. Seven of the eight have done so."])
def test_an_ask_that_was_met_is_an_action(text):
    assert is_action_text(analyse([text])[text], text)


def test_an_ask_still_waiting_is_no_action():
    text = "Each partner agency has been asked to audit ten of its records by June."
    assert not is_action_text(analyse([text])[text], text)
