"""Colour keys decide what each rating colour means in the report that gives them.

A key given as a table, a line, a colour or two a line, or a sentence in any of its usual forms, where green may mean
"on track" rather than complete; ratings given by cell shading alone, read through a key whose
colours are shaded cells too (DOCX, PDF and HTML fixtures); a written status word wins over
the shading.
"""
from __future__ import annotations

import pytest

from conftest import DATA
from extractor.pipeline import extract_document
from nlp_helpers import DocBuilder, entries, scr_section


def test_report_rag_key_decides_what_green_means():
    b = scr_section()
    b.para("Key: Blue = complete; Green = on track; Amber = some slippage; Red = not started.")
    b.table(["No.", "What the review said", "What we have done", "By whom", "Status"], [
        ["1", "Health visitors should visit monthly.", "Visits have been introduced.", "health visitors", "Green"],
        ["2", "Schools should refer promptly.", "Guidance was issued to schools.", "Education", "Blue"]])
    assert [e.status for e in entries(b)] == ["in_progress", "completed"]


@pytest.mark.parametrize("key", [
    "Key: B – complete; G – on track; A – some slippage; R – not started.",
    "Actions rated blue have been completed, those rated green are on track, amber are delayed and red have not started.",
    "Completed actions are shown in blue, actions on track in green, delayed actions in amber and actions not "
    "started in red.",
    "Progress is rated: Complete (Blue), On track (Green), Delayed (Amber), Not started (Red).",
    "Key: B complete, with evidence of impact; G on track to be completed by the target date; A progress made, "
    "but behind the target date; R not yet started.",
])
def test_colour_key_forms_where_green_is_not_complete(key):
    b = scr_section()
    b.para(key)
    b.table(["Recommendation", "Action taken", "Lead", "RAG"], [
        ["Schools should refer absent children.", "Guidance was issued.", "Education", "Green"],
        ["The LSCB should audit neglect cases.", "The audit was done.", "LSCB", "Blue"]])
    assert [e.status for e in entries(b)] == ["in_progress", "completed"]


def test_negated_and_partial_families_of_status_words_in_a_colour_key():
    b = scr_section()
    b.para("RAG key")
    b.table(["RAG", "Meaning"], [["Green", "fully implemented"], ["Amber", "partially implemented"],
                                 ["Red", "not implemented"]])
    b.table(["Recommendation", "Action taken", "Lead", "RAG"], [
        ["Schools should refer absent children promptly.", "Guidance was reissued in September.", "Education", "Green"],
        ["Housing should attend conferences.", "Invitations now include housing.", "Eastmere Homes", "Amber"],
        ["The police should share intelligence.", "-", "Eastmere Police", "Red"]])
    assert [e.status for e in entries(b)] == ["completed", "in_progress", "not_started"]


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


@pytest.mark.parametrize("suffix", ["docx", "pdf", "html"])
def test_ratings_given_by_cell_colour_alone_read_through_the_coloured_key(suffix):
    from extractor import extract
    report = extract(DATA / f"shaded.{suffix}")
    assert [(e.number, e.status) for e in report.recommendations] == [
        ("1", "completed"), ("2", "in_progress"), ("3", "not_started"), ("4", "completed")]


@pytest.mark.parametrize("key", [
    "● = on track; ✓ = complete; ○ = not yet started",
    "Key: ● On track ✓ Complete ○ Not started",
])
def test_a_key_of_symbols_decides_what_each_symbol_means(key):
    b = scr_section()
    b.para(key)
    b.table(["Recommendation", "Action taken", "Lead", "Rating"], [
        ["Schools should refer absent children.", "Guidance was issued.", "Education", "●"],
        ["The LSCB should audit neglect cases.", "The audit was done.", "LSCB", "✓"],
        ["Police should flag missing children.", "-", "Police", "○"]])
    assert [e.status for e in entries(b)] == ["in_progress", "completed", "not_started"]


def test_a_key_table_of_symbols_and_a_symbol_column_under_any_header():
    b = scr_section()
    b.table(["Symbol", "Meaning"], [["●", "Complete"], ["◐", "In progress"], ["○", "Not started"]])
    b.table(["Recommendation", "Action taken", "Where we are"], [
        ["Schools should refer absent children.", "Guidance was issued.", "◐"],
        ["The LSCB should audit neglect cases.", "The audit was done.", "●"]])
    assert [e.status for e in entries(b)] == ["in_progress", "completed"]


def test_one_symbol_repeated_as_bullets_is_no_key():
    from extractor.ratings import key_items
    assert key_items("● Training delivered to staff ● Audit completed in March") == []
    assert key_items("✓ = complete ◑ = in progress ✗ = not started") == [
        ("✓", "complete"), ("◑", "in progress"), ("✗", "not started")]


@pytest.mark.parametrize("lines", [
    ["Blue: complete and signed off", "Green: on track, work in progress", "Amber: behind schedule",
     "Red: not started"],
    ["Blue: complete and signed off Green: on track, work in progress",  # a two-column key read line by line
     "Amber: behind schedule Red: not started"],
])
def test_a_key_given_a_colour_or_two_a_line_is_one_key(lines):
    b = scr_section()
    b.para("The coloured bar on each card shows how far the work has got:")
    for line in lines:
        b.item(line)
    b.table(["Recommendation", "Action taken", "Lead", "RAG"], [
        ["Schools should refer absent children.", "Guidance was issued.", "Education", "Green"],
        ["The LSCB should audit neglect cases.", "The audit was done.", "LSCB", "Blue"]])
    assert [e.status for e in entries(b)] == ["in_progress", "completed"]


def test_counts_by_colour_are_no_key():
    b = scr_section()
    b.para("Key: Blue = complete; Green = on track; Amber = some slippage; Red = not started.")
    b.item("Green: 5 actions")
    b.item("Amber: 3 actions")
    b.table(["Recommendation", "Action taken", "Lead", "RAG"], [
        ["Schools should refer absent children.", "Guidance was issued.", "Education", "Green"]])
    assert [e.status for e in entries(b)] == ["in_progress"]


def test_a_spaced_dash_ends_a_symbols_meaning():
    from extractor.ratings import key_items
    items = key_items("Key to the tracker. ● complete, evidence seen ◑ under way ○ not yet started — no progress reported")
    assert ("○", "not yet started") in items and ("◑", "under way") in items


def test_a_key_of_scores_counts_up_from_one_after_the_range_it_names():
    from extractor.ratings import key_items
    assert key_items("Progress is scored 1 to 4: 1 not started, 2 started, 3 substantially complete, 4 complete.") == [
        ("1", "not started"), ("2", "started"), ("3", "substantially complete"), ("4", "complete")]
    assert key_items("Referrals: 3 schools, 5 GP practices, 2 nurseries.") == []  # counts, not a scale


def test_a_key_of_two_letter_codes_gives_each_code_its_meaning():
    from extractor.ratings import key_items
    assert key_items("Key: C = complete; IP = in progress; NS = not started.") == [
        ("c", "complete"), ("ip", "in progress"), ("ns", "not started")]


def test_a_row_of_filled_and_outline_stars_rates_by_the_share_filled():
    from extractor.link.status import cell_status
    from extractor.nlp import analyse
    from extractor.ratings import rating_run_share
    assert rating_run_share("★★★☆☆") == 0.6 and rating_run_share("● ● ○ ○") == 0.5
    assert rating_run_share("★☆★") is None and rating_run_share("★★") is None  # lit first; three at least
    assert [cell_status(t, analyse([t])[t], None) for t in ("★★★★", "★★☆☆", "☆☆☆☆")] == [
        "completed", "in_progress", "not_started"]
