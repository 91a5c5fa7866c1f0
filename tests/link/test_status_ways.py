"""Ways a report gives each entry's status that are not a status cell or chip beside it
(tests/data/status-ways/, one small report each, four recommendations of Child P whose
statuses are complete, in progress, not started, complete): a tick under one of several
status columns, an "X" under R / A / G columns, codes ("IP", "NS") and scores (1-4) through
the report's key, the status opening the item ("COMPLETE – ..."), "Status:" lines set
above each recommendation, a "Status:" line between a recommendation and what was done, words in a "Date completed" column, a closing paragraph about
the entry after its progress, the action plan closed in a sentence before the list, and
statuses stated by number before a list whose progress words read otherwise ("signed off
recommendations 1 and 4 as complete" over "practices are being audited"), words of the
board's own ("Landed", "Moving", "Parked") that its key defines, as a table or as lines, or as
the heads of tick-box columns ("☒" under one, "☐" under the others), or in one paragraph
calling itself a key ("Progress key: ☒ Banked – ... ☒ Building – ...", "Our progress words.
... one of four phrases: ALL DONE — ...; PART WAY — ...") whose words are then ticked in a row
of boxes, set at the end of an update or open it in capitals ("NOT YET. Work on this ..."), or as lines after "using
these words:" whose chips are then set run into the sentence after them ("Where we are: Well along
the road The guidance goes to the Board ..."), and
a summary table in an appendix keyed by review and number for recommendations told in prose;
and cards giving each recommendation's number, lead, update and status set before the
numbered list that states the recommendations (a side panel of updates read first).
And designed cards (tests/data/html/designs/chip-*.html) whose chip comes before the card's
label: a traffic light, an edge stripe, a vertical tab, a dot inked beside the label, a
row of stars beside it ("★★☆☆": the share filled), and a shape drawn in CSS by its borders alone
(a circle, a triangle, a square of no size; a ring with a size is an ornament)."""
from __future__ import annotations

import pytest

from conftest import DATA
from extractor.pipeline import extract

PLAN = ["completed", "in_progress", "not_started", "completed"]


@pytest.mark.parametrize("name", [
    "tick-columns.md", "rag-columns.md", "code-key.md", "score-scale.md", "status-first.md",
    "status-line-above.md", "date-completed-words.md", "status-after-progress.md", "progress-heading.md",
    "numbers-stated-before-list.md", "own-words-key-table.md", "own-words-key-lines.md",
    "status-line-then-progress.md", "own-words-tick-form.md", "own-words-run-in.md", "own-words-key-inline.md",
    "updates-beside-list.md", "own-words-run-in-caps.md"])
def test_each_entry_takes_the_status_the_report_gives_it(name):
    entries = extract(DATA / "status-ways" / name, use_model=False).recommendations
    assert [e.status for e in entries] == PLAN
    assert [e.text.split()[0] for e in entries] == ["The", "Children's", "Northwick", "The"]  # no status word left in


def test_the_paragraph_right_after_an_entrys_status_line_is_what_was_done():
    entries = extract(DATA / "status-ways" / "status-line-then-progress.md", use_model=False).recommendations
    assert [(e.action or "").split()[:2] for e in entries] == [["The", "named"], ["The", "guidance"], [], ["The", "Quality"]]


def test_a_recommendation_heading_numbers_the_card_whose_first_field_gives_its_text():
    entries = extract(DATA / "status-ways" / "own-words-run-in.md", use_model=False).recommendations
    assert [e.number for e in entries] == ["1", "2", "3", "4"]


def test_an_action_plan_closed_before_its_recommendations_are_listed_completes_them_all():
    entries = extract(DATA / "status-ways" / "plan-closed-before-list.md", use_model=False).recommendations
    assert [e.status for e in entries] == ["completed"] * 4


@pytest.mark.parametrize("name", ["chip-traffic-light.html", "chip-edge-stripe.html", "chip-vertical-tab.html",
                                  "chip-inked-dot.html", "chip-stars.html", "chip-drawn-shapes.html"])
def test_a_chip_set_before_each_card_label_rates_that_card(name):
    entries = extract(DATA / "html" / "designs" / name, use_model=False).recommendations
    assert [(e.number, e.status) for e in entries] == [(str(k + 1), s) for k, s in enumerate(PLAN)]


def test_a_summary_table_in_an_appendix_rates_the_recommendations_told_in_prose():
    """Recommendations told in paragraphs with no status; an appendix ("progress at a glance",
    no SCR words in its title) whose table gives each one's status by reference code and number
    under a row naming the review, in the board's own words, keyed by a grid of swatches, each
    word set bold on a line of its own over its meaning."""
    entries = extract(DATA / "status-ways" / "summary-table-elsewhere.html", use_model=False).recommendations
    assert [(e.number, e.scr, e.status) for e in entries] == [
        ("1", "Child P", "completed"), ("2", "Child P", "in_progress"), ("3", "Child P", "not_started"),
        ("4", "Child P", "completed")]


def test_the_lines_of_a_key_of_words_are_no_entries():
    entries = extract(DATA / "status-ways" / "own-words-key-lines.md", use_model=False).recommendations
    assert [e.number for e in entries] == ["1", "2", "3", "4"]


def test_cards_grouped_under_themes_out_of_number_order_keep_their_own_fields_and_icons():
    """"You said, we did" rows grouped by theme (recommendations 3, 1, 4, 2), each rated by an
    icon whose accessible name is its status (<svg role="img" aria-label="Done">); the last
    card's progress reads as not good enough, which its icon overrules."""
    entries = extract(DATA / "status-ways" / "themed-cards.html", use_model=False).recommendations
    assert [(e.number, e.status) for e in entries] == [
        ("3", "not_started"), ("1", "completed"), ("4", "completed"), ("2", "in_progress")]
    assert [e.action.split()[0] for e in entries] == ["A", "A", "An", "Revised"]


def test_an_easy_read_card_gives_the_reviews_own_words_as_the_recommendation():
    """A card with its number set as a small "Rec." over a large figure, a summary in plain
    words, then "The review said: ..." (the recommendation), "Who is doing this:", and a
    heading the style sheet opens with an escaped arrow ("\\25B8 What has happened")."""
    entries = extract(DATA / "status-ways" / "plain-words-cards.html", use_model=False).recommendations
    assert [(e.number, e.status, e.text.strip('"').split()[0], e.action.split()[0]) for e in entries] == [
        ("1", "completed", "The", "A"), ("2", "in_progress", "Children's", "Revised")]
    assert [[b.sector for b in e.bodies] for e in entries] == [["health"], ["childrens_social_care"]]


def test_update_cards_set_before_the_list_give_its_recommendations_their_actions_and_leads():
    entries = extract(DATA / "status-ways" / "updates-beside-list.md", use_model=False).recommendations
    assert [e.number for e in entries] == ["1", "2", "3", "4"]
    assert [(e.action or "").split()[:2] for e in entries] == [["A", "template"], ["A", "draft"], [], ["The", "audit"]]
    assert "Northwick Police" in [b.name for b in entries[2].bodies]
