"""Round-5 mechanisms (tracker tables, abbreviated bodies).

An SCR tracker "Review | Rec no. | Recommendation | Lead agency | Update | Complete?" whose
Review cell is filled only on the first row of each review (a merged cell) gives that review to
the rows below; an update that only points elsewhere ("See Learning & Improvement report") is
no action; a placeholder row ("No recommendations yet") is no entry; "Complete?" = "No" beside
an update that reports work is in progress. Lead cells of abbreviations ("MPS / BTP",
"HV/School Nursing", "Acute trust (ED)", "CCG + GP leads") name one body per agency, with their
parenthesised qualifier kept.
"""
from __future__ import annotations

import pytest

from extractor.link import bodies_of_cell, is_action_text
from extractor.link.status import cell_status
from extractor.nlp import analyse
from extractor.pipeline import extract_document
from nlp_helpers import DocBuilder


def cell_bodies(text):
    return [(b.name, b.sector) for b in bodies_of_cell(text, analyse([text])[text])]


@pytest.mark.parametrize("cell, expected", [
    ("MPS / BTP", [("MPS", "police"), ("BTP", "police")]),
    ("HV/School Nursing", [("HV", "health"), ("School Nursing", "health")]),
    ("Acute trust (ED)", [("Acute trust (ED)", "health")]),
    ("Mental health trust", [("Mental health trust", "health")]),
    ("CCG + GP leads", [("CCG", "health"), ("GP leads", "health")]),
    ("LSCB BM", [("LSCB BM", "lscb")]),
    ("YOT / CRC", [("YOT", "probation_youth_justice"), ("CRC", "probation_youth_justice")]),
])
def test_a_lead_cell_of_abbreviations_names_one_body_per_agency(cell, expected):
    assert cell_bodies(cell) == expected


def test_a_parenthesis_closed_inside_a_body_name_stays():
    assert cell_bodies("Named Nurse (Paediatric Liaison)")[0][0] == "Named Nurse (Paediatric Liaison)"


@pytest.mark.parametrize("text", ["See Learning & Improvement report", "Refer to section 5.", "As above.",
                                  "Covered in section 4 of this report.", "Please see the Board's audit report."])
def test_a_progress_cell_that_only_points_elsewhere_is_no_action(text):
    assert not is_action_text(analyse([text])[text], text)


def test_a_deed_is_still_an_action():
    text = "Seen by PRG in March: the audit was completed and covered in training from April."
    assert is_action_text(analyse([text])[text], text)


def test_a_no_beside_reported_work_is_in_progress():
    docs = analyse(["No", "Yes"])
    assert cell_status("No", docs["No"], None, acted=True) == "in_progress"
    assert cell_status("No", docs["No"], None) == "not_started"
    assert cell_status("Yes", docs["Yes"], None, acted=True) == "completed"


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
