"""Who is responsible for a recommendation.

A lead cell names one body per agency, abbreviations included ("MPS / BTP", "CCG + GP leads"),
keeping modifiers, possessives and a parenthesised qualifier; coordinated modifiers share their
head noun ("health and education partners"); without a lead column, the bodies are those a
recommendation names in its opening.
"""
from __future__ import annotations

import pytest

from extractor.link import bodies_of_cell
from extractor.link.bodies import subject_bodies
from extractor.nlp import analyse
from extractor.pipeline import extract_document
from nlp_helpers import DocBuilder, report


def cell_bodies(text):
    return [(b.name, b.sector) for b in bodies_of_cell(text, analyse([text])[text])]


def bodies(text):
    return [b.name for b in subject_bodies(analyse([text])[text], before_cue=True)]


def test_lead_cell_keeps_modifiers_and_possessive_nouns_of_a_body():
    from extractor.link import bodies_of_cell

    text = "Ludgate Education Service and secondary head teachers"
    doc = analyse([text])[text]
    assert [b.name for b in bodies_of_cell(text, doc)] == ["Ludgate Education Service", "secondary head teachers"]
    text = "Ludgate Council Children's Services and the Partnership's training team"
    doc = analyse([text])[text]
    assert [b.name for b in bodies_of_cell(text, doc)] == ["Ludgate Council Children's Services",
                                                            "the Partnership's training team"]


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


def test_coordinated_modifiers_share_their_head_noun():
    b = DocBuilder().para("Eastmere Safeguarding Children Partnership Annual Report 2018-19")
    b.heading("Serious Case Reviews").heading("Child Tobias", 2)
    b.para("Recommendation Two: Police, health and education partners should ensure that a child not seen "
           "for four weeks is discussed at a multi-agency meeting.")
    bodies = [x.name for x in report(b).recommendations[0].bodies]
    assert bodies == ["Police", "health partners", "education partners"]


def test_a_recommendation_names_its_bodies_in_its_opening():
    assert bodies("Housing providers to check that tenancy staff report signs of neglect.") == ["Housing providers"]
    assert bodies("That the local authority audits its use of written agreements.") == ["the local authority"]
    assert bodies("The Partnership will commission a briefing on private fostering.") == ["The Partnership"]
    # the imperative's object clause names who is to act; bodies named later are not addressees
    assert bodies("Ensure that school nurses and early years settings tell the GP about weight loss.") == [
        "school nurses", "early years settings"]
    assert bodies("A multi-agency audit of referrals should be completed by June.") == []


def test_table_without_a_lead_column_takes_bodies_from_the_recommendation():
    b = DocBuilder().para("Eastmere Safeguarding Children Partnership Annual Report 2019-20")
    b.heading("Serious Case Reviews").heading("Child Rowan", 2)
    b.para("Child Rowan - recommendations and progress")
    b.table(["Recommendation", "Response and progress", "RAG"], [
        ["Eastmere Police to make sure that officers record the home conditions at every visit.",
         "The Education Safeguarding Team delivered a briefing to all schools in March 2020.", "Green"],
        ["A multi-agency audit of neglect cases should be completed within a year.",
         "The audit of 20 cases was completed in January 2020.", "Green"],
        ["Ensure that the MARAC shares its minutes with the child's school.",
         "Deferred: this will be built into the new MARAC protocol from April 2020.", "Amber"]])
    recs = report(b).recommendations
    assert [r.bodies[0].name if r.bodies else None for r in recs] == ["Eastmere Police", None, "the MARAC"]
    assert [r.action is not None for r in recs] == [True, True, False]


def test_a_lead_given_by_an_abbreviation_is_the_body_the_glossary_spells_out():
    b = DocBuilder().para("Eastmere Safeguarding Children Partnership Annual Report 2018-19")
    b.heading("Abbreviations").para("WMP: Wyvern and Marches Police").para("SCH: Schools and academies in Eastmere")
    b.heading("Serious case review: Child M")
    b.table(["No.", "Recommendation", "Lead", "Progress"],
            [["1", "Domestic abuse notifications should reach midwives within a day.", "WMP", "Done in October."],
             ["2", "Attendance below 85% should prompt a referral.", "SCH", "A guide was sent in March."]])
    found = extract_document(b.build(), use_model=False).recommendations
    assert [sorted({x.sector for x in e.bodies}) for e in found] == [["police"], ["education"]]
    assert found[0].bodies[0].name == "Wyvern and Marches Police"


def test_a_lead_cell_of_several_glossed_abbreviations_names_each_body_and_a_gloss_may_run_long():
    b = DocBuilder().para("Eastmere Safeguarding Children Partnership Annual Report 2018-19")
    b.heading("Glossary")
    b.para("HUH: Hasketon University Hospital NHS Trust (including maternity and the emergency department)")
    b.para("HCHS: Hasketon Community Health Services (community health visiting, school nursing and therapies)")
    b.para("QA SG: Quality Assurance Sub-group of the Safeguarding Children Board")
    b.heading("Serious case review: Child M")
    b.table(["No.", "Recommendation", "Owner", "Progress"],
            [["1", "Midwives and health visitors should give both parents advice on a crying baby.", "HUH HCHS",
              "Both services now give it at the new birth visit."],
             ["2", "The Board should audit neglect cases.", "QA SG", "The audit was done in March."]])
    found = extract_document(b.build(), use_model=False).recommendations
    assert [[x.name for x in e.bodies] for e in found][0] == [
        "Hasketon University Hospital NHS Trust", "Hasketon Community Health Services"]
    assert [sorted({x.sector for x in e.bodies}) for e in found] == [["health"], ["lscb"]]
