"""Statuses stated for recommendations by number, apart from the recommendations themselves."""
from __future__ import annotations

from extractor.link.status import numbered_statuses
from extractor.nlp import analyse
from extractor.pipeline import extract_document
from nlp_helpers import DocBuilder


def statuses(text):
    return numbered_statuses(analyse([text])[text])


def test_groups_of_numbers_take_the_status_that_follows_them():
    assert statuses("At 31 March the group rated recommendations 1 and 4 as achieved, 2, 3 and 5 as "
                    "partially achieved and 6 as not achieved.") == {
        "1": "completed", "4": "completed", "2": "in_progress", "3": "in_progress", "5": "in_progress",
        "6": "not_started"}
    assert statuses("Recommendations 2 to 4 are complete and 5 is ongoing.") == {
        "2": "completed", "3": "completed", "4": "completed", "5": "in_progress"}
    assert statuses("Recommendation 3 remains outstanding.") == {"3": "not_started"}


def test_counts_and_far_away_statuses_assign_nothing():
    assert statuses("Of the six recommendations, 4 are complete.") == {}
    assert statuses("Recommendation 3 was about training staff in 2015, and the audit of it is complete.") == {}


def test_a_status_sentence_after_the_list_sets_the_status_of_each_numbered_entry():
    b = DocBuilder().para("Eastmere Local Safeguarding Children Board Annual Report 2015-16")
    b.heading("Serious Case Reviews").heading("Child K", 2)
    b.para("The review made three recommendations:")
    b.item("1. The CCG should ensure that GPs record who has parental responsibility.")
    b.item("2. Schools should report a child missing education within two school days.")
    b.item("3. The police should share domestic abuse notifications with health visitors.")
    b.para("By March 2016 recommendations 1 and 3 had been completed and 2 was in progress.")
    recs = extract_document(b.build(), use_model=False).recommendations
    assert [(r.number, r.status) for r in recs] == [("1", "completed"), ("2", "in_progress"), ("3", "completed")]


def test_a_date_in_a_date_completed_column_means_completed():
    b = DocBuilder().para("Eastmere Local Safeguarding Children Board Annual Report 2015-16")
    b.heading("Serious Case Reviews").heading("Child K action plan", 2)
    b.table(["Recommendation", "Action taken", "Lead", "Target date", "Date completed"], [
        ["The CCG should ensure that GPs record who has parental responsibility.",
         "A template was added to every practice system.", "CCG", "March 2016", "12/02/2016"],
        ["Schools should report a child missing education within two school days.",
         "A protocol was issued to all schools.", "Education", "June 2016", "TBC"]])
    recs = extract_document(b.build(), use_model=False).recommendations
    assert [(r.status, r.due) for r in recs] == [("completed", "2016-03"), ("unknown", "2016-06")]


def test_a_completed_question_column_is_a_status_column():
    b = DocBuilder().para("Eastmere Local Safeguarding Children Board Annual Report 2015-16")
    b.heading("Serious Case Reviews").heading("Child K action plan", 2)
    b.table(["Recommendation", "Action taken", "Completed?"], [
        ["The CCG should ensure that GPs record who has parental responsibility.",
         "A template was added to every practice system.", "Yes"],
        ["Schools should report a child missing education within two school days.",
         "A protocol was drafted for schools.", "No"]])
    recs = extract_document(b.build(), use_model=False).recommendations
    assert [r.status for r in recs] == ["completed", "in_progress"]  # "No" beside work reported: under way


import pytest  # noqa: E402

from conftest import DATA  # noqa: E402


@pytest.mark.parametrize("suffix", ["docx", "pdf", "html"])
def test_ratings_given_by_cell_colour_alone_read_through_the_coloured_key(suffix):
    from extractor import extract
    report = extract(DATA / f"shaded.{suffix}")
    assert [(e.number, e.status) for e in report.recommendations] == [
        ("1", "completed"), ("2", "in_progress"), ("3", "not_started"), ("4", "completed")]


def test_a_coloured_key_overrides_the_usual_meaning_of_the_colours():
    b = DocBuilder()
    b.heading("Serious case reviews")
    b.para("The Board published the serious case review about Child K.")
    b.table(["", ""], [["", "Closed"], ["", "On track"], ["", "Behind schedule"]],
            fills=[["blue", None], ["green", None], ["amber", None]], header_row=False)
    b.table(["Recommendation", "Lead", "RAG"],
            [["The CCG should remind GPs to record who lives in the household.", "CCG", ""],
             ["Police should refer every child present at a domestic incident.", "Police", ""],
             ["Schools should share attendance concerns within two days.", "Schools", "Amber"]],
            fills=[[None, None, "green"], [None, None, "blue"], [None, None, "green"]])
    report = extract_document(b.build())
    # green is "on track" in this report, not complete; a written word wins over the shading
    assert [e.status for e in report.recommendations] == ["in_progress", "completed", "in_progress"]
