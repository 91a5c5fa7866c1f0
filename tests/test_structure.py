"""Sections: header rules -> categories, inheritance, captions, rule-file validation."""
from __future__ import annotations

import json

import pytest

from extractor.lexicon import RuleFileError, load_rules
from extractor.structure import categorise, sections
from nlp_helpers import DocBuilder


@pytest.mark.parametrize("heading, category", [
    ("Serious Case Reviews", "scr"),
    ("8. Learning and improvement: case reviews", "scr"),
    ("Appendix 2: SCR action plan", "scr"),
    ("Child D", "scr"),
    ("Local child safeguarding practice reviews", "scr"),
    ("Learning and Improvement", "scr_weak"),
    ("Ofsted inspection", "other_review"),
    ("Child Death Overview Panel", "other_review"),
    ("Domestic homicide reviews", "other_review"),
    ("Baby S (rapid review)", "other_review"),
    ("Business plan priorities 2015-16", "other_review"),
    ("Budget", "not_scr"),
    ("Foreword", "general"),
])
def test_heading_rules(heading, category):
    assert categorise(heading) == category


def test_body_inherits_and_nested_headings_refine():
    doc = (DocBuilder().heading("Foreword").para("Welcome.")
           .heading("Serious case reviews").para("One review was published.")
           .heading("Child M", 2).para("Child M was seven months old.")
           .heading("Other reviews", 2).para("Two learning reviews were held.")
           .heading("Budget").para("Partners contributed.").build())
    cats = [s.category for s in sections(doc)]
    assert cats == ["general", "general", "scr", "scr", "scr", "scr", "other_review", "other_review",
                    "not_scr", "not_scr"]


def test_generic_topic_nested_in_scr_section_stays_scr():
    doc = DocBuilder().heading("Serious case reviews").heading("Training", 2).para("Courses ran.").build()
    assert [s.category for s in sections(doc)] == ["scr", "scr", "scr"]


def test_a_pull_quote_set_as_a_heading_opens_no_section():
    doc = (DocBuilder().heading("Serious case reviews").para("Recommendation 3: The police should ...")
           .heading("\u201cNobody asked who else was living there. If they had, they might have found out.\u201d", 5)
           .para("Recommendation 4: The trust should ...")
           .heading("\u201cThink Family\u201d", 2).para("A campaign.").build())
    assert [s.category for s in sections(doc)] == ["scr", "scr", "scr", "scr", "scr", "scr"]
    assert sections(doc)[3].heading == "Serious case reviews"


def test_table_takes_category_of_its_caption():
    doc = (DocBuilder().heading("Learning and improvement").para("Table 7: Ofsted recommendations and progress")
           .table(["Recommendation", "Progress"], [["Improve the dataset", "Done"]]).build())
    secs = sections(doc)
    assert secs[1].category == "scr_weak"
    assert {s.category for s in secs[2:]} == {"other_review"}


def test_general_section_naming_scrs_twice_is_promoted():
    doc = (DocBuilder().heading("Reviews").para("The serious case review into Child P was published.")
           .para("The SCR made six recommendations.").build())
    assert [s.category for s in sections(doc)] == ["scr_weak"] * 3


def test_rule_file_with_unknown_key_is_rejected(tmp_path):
    path = tmp_path / "sections.jsonl"
    path.write_text(json.dumps({"category": "scr", "literal": "x", "colour": "red"}) + "\n", encoding="utf-8")
    with pytest.raises(RuleFileError, match=r"sections.jsonl, line 1: unknown key\(s\) \['colour'\]"):
        load_rules(path)


def test_rule_file_with_unknown_category_is_rejected(tmp_path):
    path = tmp_path / "sections.jsonl"
    path.write_text(json.dumps({"category": "maybe", "literal": "x"}) + "\n", encoding="utf-8")
    with pytest.raises(RuleFileError, match="unknown category 'maybe'"):
        load_rules(path)


def test_review_groups_are_weak_scr_sections_unless_another_review_type_is_named():
    from extractor.structure import categorise
    assert categorise("Practice Review Group") == "scr_weak"
    assert categorise("Case Review Sub-group") == "scr"
    assert categorise("Rapid review group") == "other_review"
    assert categorise("Domestic Homicide Review group") == "other_review"


def test_names_scr_gives_what_the_scr_rules_give_on_a_report():
    # names_scr skips the case-insensitive rules when none of their literals is in the text
    from extractor.ingest import read_document
    from extractor.structure import _scr_alternations, names_scr
    texts = [b.text for b in read_document("tests/data/report.docx").blocks]
    texts += ["A Serious Case Review", "the SCR panel", "CASE REVIEWS", "a case reviewer", "Child A", "no review"]
    named = [t for t in texts if any(rx.search(t) for rx in _scr_alternations())]
    assert named and len(named) < len(texts)
    assert [t for t in texts if names_scr(t)] == named


@pytest.mark.parametrize("producer", ["chromium", "weasyprint"])
def test_section_under_a_case_stays_scr_in_a_report_of_many_heading_styles(producer):
    # Past six type sizes (cover, stat tiles) the smaller headings must not collapse into
    # one level, or "Progress" under "Child F" becomes a section of its own, not an SCR one.
    from extractor.ingest import read_document
    from conftest import DATA
    doc = read_document(DATA / "layouts" / f"heading-styles.{producer}.pdf")
    secs = sections(doc)
    progress = next(i for i, b in enumerate(doc.blocks) if b.text.startswith("1. The CCG should"))
    levels = {b.text: b.level for b in doc.blocks if b.kind == "heading"}
    assert levels["Progress"] > levels["Child F"] > levels["Serious case reviews"]
    assert secs[progress].category == "scr"


def test_a_badge_number_read_as_a_heading_opens_no_section():
    # a PDF reader takes a card's large number for a heading; the card stays in its case's section
    doc = (DocBuilder().heading("Serious case reviews").heading("Child R", 3).heading("1", 2)
           .para("Recommendation 1: The police should record every child present.").build())
    assert [s.category for s in sections(doc)] == ["scr"] * 4
    assert sections(doc)[3].heading == "Child R"


def test_a_kicker_above_a_heading_gives_it_its_section():
    doc = (DocBuilder().heading("Foreword").para("Welcome.")
           .para("Serious case review · Child J · Recommendation 2 of 5").heading("Who was she with?")
           .para("The police should record who a missing child was with.").build())
    assert [s.category for s in sections(doc)][3:] == ["scr", "scr"]


def test_sections_nested_under_a_section_promoted_for_naming_scrs_go_with_it():
    doc = (DocBuilder().heading("Accountability tables")
           .para("Every serious case review has an action plan.").para("Each SCR is followed up by the Group.")
           .heading("Harrowdale Police", 2).para("The police rows are below.")
           .heading("Budget").para("Partners contributed.").build())
    assert [s.category for s in sections(doc)] == ["scr_weak"] * 5 + ["not_scr", "not_scr"]


def test_a_field_label_or_a_figure_set_as_a_heading_opens_no_section():
    doc = (DocBuilder().heading("6. SCR action plans at 31 March 2017")
           .heading("1 RECOMMENDATION").para("The LSCB should publish a protocol.")
           .heading("80%", 7).para("Action taken").heading("4 children", 5).heading("Progress against our priorities")
           .para("Neglect strategy launched.")).build()
    secs = sections(doc)
    assert [s.category for s in secs[:6]] == ["scr"] * 6
    assert secs[2].heading == secs[5].heading == "6. SCR action plans at 31 March 2017"
    assert secs[7].heading == "Progress against our priorities"  # a section's title, not a label
