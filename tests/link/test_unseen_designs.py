"""Designed pages in styles the corpus does not have, written to test that linking rests on
general rules (tests/data/html/designs/): status chips set before a card's badge, bold run-in
labels without colons, a description list of recommendations with a RAG key below it, a
tracker whose recommendation cells carry their lead and number and whose status is a symbol
column with a key, action-only bullets under a review that stated no recommendations, a grid
of numbered recommendations each with a chip beside it, and cards whose recommendation has
no label, only the "Responsible agency –" and "Update –" fields and a footer rating it, a
tracker rated in a "% complete" column of bare numbers, and a "What's changed" list of
actions written without verbs, each with its status, and a numbered list whose items end
on their status ("[Complete]", "(Status: in progress)", a chip after the last full stop), a
description list whose recommendations each hold a nested list of their fields, and "you said,
we did" panels pairing each recommendation with what was done, and lead lines ending on a
symbol rated through a symbol key set after the plan."""
from __future__ import annotations

import pytest

from conftest import DATA
from extractor.pipeline import extract

DESIGNS = DATA / "html" / "designs"


def _entries(name: str):
    return extract(DESIGNS / name, use_model=False).recommendations


def _sectors(e) -> list[str]:
    return sorted({b.sector for b in e.bodies})


def test_cards_with_the_chip_before_the_badge_and_bold_labels():
    entries = _entries("chip-first.html")
    assert [(e.number, e.scr, e.status) for e in entries] == [
        ("1", "Child K", "completed"), ("2", "Child K", "in_progress"), ("3", "Child K", "not_started")]
    assert entries[0].text.startswith("Lyndhurst Vale Council Children's Services should ensure")
    assert entries[0].action.startswith("A revised visiting standard")
    assert entries[2].action is None
    assert [_sectors(e) for e in entries] == [["childrens_social_care"], ["police"], ["lscb"]]


def test_a_description_list_of_recommendations_rated_through_a_key_below_it():
    entries = _entries("definition-list.html")
    assert [(e.number, e.scr, e.status) for e in entries] == [
        ("1", "Family P", "completed"), ("2", "Family P", "in_progress"), ("3", "Family P", "not_started")]
    assert [e.action is not None for e in entries] == [True, True, False]
    assert [_sectors(e) for e in entries] == [["health"], ["education"], ["health"]]
    assert all("Private" not in (e.text or "") for e in entries)


def test_a_tracker_with_lead_and_number_in_the_cell_and_a_symbol_column():
    entries = _entries("symbol-table.html")
    recs = [e for e in entries if e.text]
    assert [(e.number, e.scr, e.status) for e in recs] == [
        ("1", "Baby J", "completed"), ("2", "Baby J", "in_progress"), ("3", "Baby J", "not_started")]
    assert recs[0].text.startswith("Maternity staff should ensure")
    assert [_sectors(e) for e in recs] == [["health"], ["housing"], ["lscb"]]
    assert recs[2].action is None


def test_a_grid_of_numbered_recommendations_each_with_a_chip_beside_it():
    entries = _entries("grid-rows.html")
    assert [(e.number, e.scr, e.status) for e in entries] == [
        ("1", "Child L", "completed"), ("2", "Child L", "in_progress"), ("3", "Child L", "not_started")]
    assert [_sectors(e) for e in entries] == [["childrens_social_care"], ["health"], ["police"]]


def test_cards_known_by_their_fields_and_rated_in_their_footer():
    entries = _entries("card-footer.html")
    assert [(e.scr, e.status) for e in entries] == [
        ("Baby R", "completed"), ("Baby R", "in_progress"), ("Baby R", "not_started")]
    assert [e.text.split()[0] for e in entries] == ["Health", "Children's", "All"]
    assert [e.action is not None for e in entries] == [True, True, False]
    assert [_sectors(e) for e in entries] == [["health"], ["childrens_social_care"], ["lscb"]]


@pytest.mark.parametrize("name, elsewhere", [
    ("chip-first.html", "safe sleeping advice"), ("definition-list.html", "privately fostered"),
    ("symbol-table.html", "timeliness of assessments"), ("grid-rows.html", "water safety"),
    ("card-footer.html", "private fostering"), ("percent-column.html", "Six children"),
    ("whats-changed.html", "Six children"), ("trailing-status.html", "Six children")])
def test_recommendations_made_outside_the_case_reviews_are_no_entries(name, elsewhere):
    assert all(elsewhere not in (e.text or e.action or "") for e in _entries(name))


def test_actions_listed_under_a_review_without_recommendations_are_entries_of_their_own():
    actions = [e for e in _entries("symbol-table.html") if e.text is None]
    assert [(e.scr, e.action.split()[0]) for e in actions] == [("Child T", "Corsbury"), ("Child T", "Children's")]


def test_a_tracker_rated_in_per_cent_by_bare_numbers():
    entries = [e for e in _entries("percent-column.html") if e.scr == "Family S"]
    assert [e.status for e in entries] == ["completed", "in_progress", "not_started"]
    assert [_sectors(e) for e in entries] == [["education"], ["health"], ["lscb"]]


def test_cards_whose_rating_is_set_between_the_badge_and_the_text():
    entries = [e for e in _entries("percent-column.html") if e.scr == "Child N"]
    assert [(e.number, e.status) for e in entries] == [("1", "completed"), ("2", "in_progress")]


def test_actions_written_without_verbs_under_a_whats_changed_heading():
    entries = _entries("whats-changed.html")
    assert [(e.text, e.scr, e.status) for e in entries] == [
        (None, "Child P", "completed"), (None, "Child P", "in_progress"), (None, "Child P", "completed")]


def test_listed_recommendations_that_end_on_their_status():
    entries = _entries("trailing-status.html")
    assert [(e.number, e.status) for e in entries] == [("1", "completed"), ("2", "in_progress"), ("3", "not_started")]
    assert all(e.text.endswith(".") for e in entries)


@pytest.mark.parametrize("rendering", ["html", "chromium.pdf", "weasyprint.pdf"])
def test_actions_a_lead_in_announces_are_entries_of_their_case_rated_by_their_chips(rendering):
    """tests/data/layouts/announced-actions.html: three reviews whose recommendations are not
    stated, each with a lead-in announcing what was done ("Since the review was completed:",
    "... are shown below.", "the following actions in response to the emerging learning:"),
    whose history words ("learning", "highlighted") do not make the list findings; then bullets,
    cards with a label, a "Progress" heading and a percentage after the action, and cards with a
    symbol before it. The lead-in over the table of reviews announces nothing below the table."""
    entries = extract(DATA / "layouts" / f"announced-actions.{rendering}", use_model=False).recommendations
    assert all(e.text is None for e in entries)
    assert [(e.scr, e.action.split()[:3]) for e in entries] == [
        ("Child V", ["Brackenfold", "Police", "have"]), ("Child V", ["The", "health", "visiting"]),
        ("Family N", ["The", "Named", "Nurse"]), ("Family N", ["The", "Housing", "Service"]),
        ("Baby T", ["The", "Board", "issued"]), ("Baby T", ["Children's", "Social", "Care"])]
    assert [e.status for e in entries[:4]] == ["completed", "unknown", "completed", "in_progress"]
    assert entries[5].status == "in_progress"
    # a check mark before the first card is a chip in HTML; the PDF reader takes it for a bullet
    assert entries[4].status == ("completed" if rendering == "html" else "unknown")
    assert [_sectors(e) for e in entries] == [["police"], ["health"], ["health"], ["housing"], ["lscb"],
                                              ["childrens_social_care"]]


def test_a_recommendation_labelled_on_its_own_line_takes_the_action_under_its_heading():
    """label-lines.html: "Recommendation" on a line of its own above the text, then an
    "Action taken" heading over the paragraph that answers it, for each of two."""
    entries = _entries("label-lines.html")
    assert [(e.scr, e.text.split()[:2], e.action.split()[:2]) for e in entries] == [
        ("Child A", ["Testford", "Police"], ["The", "police"]),
        ("Child A", ["Children's", "Social"], ["Children's", "Social"])]


@pytest.mark.parametrize("rendering", ["html", "chromium.pdf", "weasyprint.pdf"])
def test_slides_name_their_case_in_a_kicker_and_answer_in_a_side_panel(rendering):
    """tests/data/layouts/slides.html: a deck printed as the annual report. Each slide's
    headline is a topic ("Seeing the baby") at the level of the section slide; the case and the
    recommendation's number are in a letter-spaced kicker above it, the recommendation under
    "The review said", a "Why" list beside it, the action under an "Action taken" panel heading,
    speaker notes, and a status pill set at the slide's foot in the page's markup. Every slide
    repeats the report's footer and folio. The slides of a learning review are no entries."""
    entries = extract(DATA / "layouts" / f"slides.{rendering}", use_model=False).recommendations
    assert [(e.scr, e.status) for e in entries] == [("Child L", "completed"), ("Child L", "in_progress")]
    assert entries[0].text.startswith("Wexley Community Health Trust should make sure")
    assert entries[0].action.startswith("The new birth visit checklist was changed")
    assert entries[1].action.startswith("The assessment template now has a section")
    assert [_sectors(e) for e in entries] == [["health"], ["childrens_social_care"]]


@pytest.mark.parametrize("rendering", ["html", "chromium.pdf"])
def test_a_tracker_laid_out_as_a_css_grid_with_case_bands_and_symbols_keyed_below(rendering):
    """tests/data/layouts/grid-tracker.html: a tracker of <div> cells in a CSS grid (no <table>),
    its header row a shaded strip, each review a dark band across the grid, the status a column
    of symbols with an empty header, keyed below the grid. Chromium prints the header strip and
    the bands as rows of their own, whose words run over the columns of the rows between them.
    (WeasyPrint draws the grid's cells as boxes and leaves the header and bands out of them:
    not read yet.)"""
    entries = extract(DATA / "layouts" / f"grid-tracker.{rendering}", use_model=False).recommendations
    assert [(e.number, e.scr, e.status) for e in entries] == [
        ("K1", "Child K", "completed"), ("K2", "Child K", "in_progress"),
        ("S1", "Family S", "not_started"), ("S2", "Family S", "not_started")]
    assert entries[0].text.startswith("Ashby Vale Police should make sure")
    assert entries[1].action.startswith("A notification process was agreed")
    assert entries[2].action is None  # a dash is no action
    assert [_sectors(e) for e in entries] == [["police"], ["health"], ["childrens_social_care"], ["lscb"]]


def test_paired_cards_with_a_plain_english_version_and_a_chip_beside_the_action_label():
    """plain-english.html: a badge, "Recommendation 1 · what the review said" over the formal
    text, an "In plain English" version beside it (no recommendation of its own, no progress),
    and "What happened next" with a pill ("Done", "Doing") over what was done."""
    entries = _entries("plain-english.html")
    assert [(e.number, e.scr, e.status) for e in entries] == [("1", "Baby N", "completed"), ("2", "Baby N", "in_progress")]
    assert entries[0].text.startswith("Brindle Moor Hospitals NHS Trust should ensure")
    assert entries[0].action.startswith("The emergency department added a bruising alert")
    assert entries[1].action.startswith("The assessment template was changed")


@pytest.mark.parametrize("rendering", ["html", "chromium.pdf", "weasyprint.pdf"])
def test_case_stories_with_recommendations_counted_inside_a_paragraph(rendering):
    """tests/data/layouts/case-stories.html: one box per child, titled by an <h4> whose sections
    are <h3>s (set in smaller type than the title), the title and a line of small capitals at
    either end of the box's header row; the recommendations counted inside one paragraph ("(1)
    ... (2) ..."), one of them naming a campaign; what has changed in paragraphs led by who
    acted and the number in brackets ("Hospitals (2)."); a strip of chips by number at the box's
    foot. A rapid review told the same way is no entry."""
    entries = extract(DATA / "layouts" / f"case-stories.{rendering}", use_model=False).recommendations
    assert [(e.number, e.scr, e.status) for e in entries] == [
        ("1", "Child D", "completed"), ("2", "Child D", "completed"), ("3", "Child D", "in_progress")]
    assert entries[0].text.startswith("Pelham Marsh Council Children's Services should ensure")
    assert entries[0].action.startswith("The assessment form now has a section")
    assert entries[1].action.startswith("A paediatric review is now required")
    assert [_sectors(e) for e in entries] == [["childrens_social_care"], ["health"], ["lscb"]]


@pytest.mark.parametrize("rendering", ["html", "chromium.pdf", "weasyprint.pdf"])
def test_a_row_of_recommendation_boxes_over_a_row_of_their_progress_boxes(rendering):
    """tests/data/layouts/card-rows.html: a grid whose first row holds two recommendation boxes
    (badge, lead tab, text) and whose second row holds their "WHAT HAS BEEN DONE" boxes, each
    with a symbol on its label line; painted row by row, so both progress boxes follow the
    second recommendation. Each goes back to its own card."""
    entries = extract(DATA / "layouts" / f"card-rows.{rendering}", use_model=False).recommendations
    assert [(e.number, e.status) for e in entries] == [
        ("1", "completed"), ("2", "in_progress"), ("3", "completed"), ("4", "not_started")]
    assert entries[0].action.startswith("A joint notification form")
    assert entries[1].action.startswith("A prompt was added")
    assert entries[2].action.startswith("The registration template")


def test_a_description_of_each_recommendation_nested_in_the_list_gives_its_fields():
    # <dd><dl class="fields"> Lead / Progress / RAG </dl></dd>, laid out as a two-column grid
    entries = _entries("nested-definitions.html")
    assert [(e.number, e.scr, e.status) for e in entries] == [
        ("1", "Baby R", "in_progress"), ("2", "Baby R", "completed"), ("3", "Baby R", "not_started")]
    assert entries[0].text.startswith("Ashwell Brook Community Health NHS Trust should ensure")
    assert entries[0].action.startswith("The new birth visit template now has a question")
    assert entries[2].action is None
    assert [_sectors(e) for e in entries] == [["health"], ["police"], ["lscb"]]


def test_you_said_we_did_panels_pair_each_recommendation_with_its_action():
    report = extract(DESIGNS / "you-said-we-did.html", use_model=False)
    entries = report.recommendations
    assert [(e.number, e.scr, e.status) for e in entries] == [
        ("1", "Young Person D", "completed"), ("2", "Young Person D", "in_progress")]
    assert entries[1].action.startswith("The vehicle log has been shared with the MASH")
    # what one agency did ("... is reviewed weekly by the MASH sergeant") is not how the board
    # monitors the implementation of every recommendation
    assert not report.rec9.monitoring_mechanism


def test_a_tracker_coded_by_review_letters_answers_recommendations_stated_in_prose_and_lists():
    # "first ...; second, that ...; and, finally, that ..." states Child B's three; a numbered
    # list states Family D's two; the back-page rows "B1" ... "D2" give only a theme each
    entries = _entries("coded-tracker.html")
    assert [(e.scr, e.number, e.status) for e in entries] == [
        ("Child B", "1", "in_progress"), ("Child B", "2", "completed"), ("Child B", "3", "in_progress"),
        ("Family D", "1", "in_progress"), ("Family D", "2", "not_started")]
    assert entries[0].text.startswith("Ferndean Clinical Commissioning Group should ensure")
    assert entries[1].action.startswith("Every notification that records a pregnancy")
    assert entries[4].action is None


def test_a_story_page_answers_its_quoted_recommendations_in_a_timeline_and_a_summary_table():
    # "Child B · Recommendation 1" over each quoted recommendation; "November 2019 Child B · Rec 1
    # ..." in a timeline says what was done; a summary table of short titles gives the status
    entries = _entries("story-timeline.html")
    assert [(e.scr, e.number, e.status) for e in entries] == [("Child B", "1", "completed"), ("Child B", "2", "in_progress")]
    assert entries[0].text.startswith("Ferrybridge Council Children's Services and Ferrybridge Police should")
    assert entries[0].action == "A joint protocol for children found out of area was signed off by both agencies."
    assert entries[1].action.startswith("A notify-before-you-exclude step")


def test_a_lead_line_ending_on_a_symbol_rates_its_entry_through_a_symbol_key_below():
    # each numbered recommendation is followed by its progress, then a line giving the lead and
    # a mark ("Orwell Cross Police ✖"); the key, set after the plan, starts with a symbol that
    # is no bullet
    entries = _entries("lead-symbol.html")
    assert [(e.number, e.scr, e.status) for e in entries] == [
        ("1", "Sibling Group D", "completed"), ("2", "Sibling Group D", "in_progress"),
        ("3", "Sibling Group D", "not_started")]
    # progress that goes on to say what is still to do is the action all the same
    assert entries[1].action.startswith("Orwell Homes has named a safeguarding lead")
    assert entries[2].action is None
