"""Report fields and normalisers: due dates, period, board name, RAG keys, SCR stages."""
from __future__ import annotations

import pytest

from extractor.dates import normalise_due
from extractor.fields import board_name, counts_scrs, period, stage_of
from extractor.ratings import key_items
from nlp_helpers import DocBuilder


@pytest.mark.parametrize("text, due", [
    ("March 2016", "2016-03"), ("Sept 15", "2015-09"), ("31/03/2016", "2016-03"),
    ("Q1 2016/17", "2016-06"), ("Q3 2016/17", "2016-12"), ("Q4 2016-17", "2017-03"),
    ("2016/17", "2017-03"), ("autumn 2015", "2015"), ("2017", "2017"), ("Ongoing", None), (None, None),
])
def test_normalise_due(text, due):
    assert normalise_due(text) == due


@pytest.mark.parametrize("cover, expected", [
    ("Annual Report 2014/15", "2014-15"), ("Annual Report 2016-2017", "2016-17"),
    ("April 2014 to March 2015", "2014-15"), ("1 April 2013 - 31 March 2014", "2013-14"),
])
def test_period_from_cover(cover, expected):
    doc = DocBuilder().para("Some Safeguarding Children Board").para(cover).heading("Priorities for 2017-18").build()
    assert period(doc) == expected


def test_period_prefers_cover_over_commoner_years_later():
    b = DocBuilder().para("Annual Report 2015/16")
    for _ in range(3):
        b.para("Our plan for 2016/17 is ambitious.")
    assert period(b.build()) == "2015-16"


@pytest.mark.parametrize("text, name", [
    ("Eastmere Local Safeguarding Children Board", "Eastmere Local Safeguarding Children Board"),
    ("Welcome to the annual report of the Ardley Vale Safeguarding Children Board for 2016", "Ardley Vale Safeguarding Children Board"),
    ("The Quillmoor Safeguarding Children Partnership", "Quillmoor Safeguarding Children Partnership"),
])
def test_board_name(text, name):
    assert board_name(DocBuilder().para(text).build()) == name


def test_key_items_read_each_colour_definition():
    assert key_items("RAG key: Green = action complete; Amber = in progress and on track; Red = not started.") == [
        ("green", "action complete"), ("amber", "in progress and on track"), ("red", "not started")]
    assert key_items("Blue - complete, Green - on track") == [("blue", "complete"), ("green", "on track")]


@pytest.mark.parametrize("text, stage", [
    ("The review was published in June 2016.", "published"),
    ("A review was commissioned in November 2016 and is ongoing.", "initiated"),
    ("The review is under way.", "ongoing"),
    ("The review was completed but publication is delayed by criminal proceedings.", "completed"),
    ("Child D was seven months old.", None),
])
def test_stage_of(text, stage):
    assert stage_of(text) == stage


def test_counts_scrs():
    assert counts_scrs("Two serious case reviews were initiated during the year.")
    assert counts_scrs("A serious case review was commissioned in May.")
    assert not counts_scrs("No serious case reviews were initiated or published.")
    assert not counts_scrs("None met the criteria for a serious case review.")


def test_board_name_set_over_two_cover_lines():
    from extractor.document import Block, Document
    doc = Document(source="x.docx", format="docx", sha256="", pages=None, blocks=[
        Block("paragraph", "Linthorpe Moss", 1), Block("paragraph", "Local Safeguarding Children Board", 2),
        Block("paragraph", "Annual Report 2016-17", 3)])
    assert board_name(doc) == "Linthorpe Moss Local Safeguarding Children Board"


def test_board_name_on_a_cover_set_in_capitals():
    from extractor.document import Block, Document
    doc = Document(source="x.pdf", format="pdf", sha256="", pages=None, blocks=[
        Block("heading", "WEXLEY LOCAL SAFEGUARDING CHILDREN BOARD", 1, level=4),
        Block("heading", "Annual Report 2015/16", 1, level=1)])
    assert board_name(doc) == "Wexley Local Safeguarding Children Board"
