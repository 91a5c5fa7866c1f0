"""Ways a report gives each entry's status that are not a status cell or chip beside it
(tests/data/status-ways/, one small report each, four recommendations of Child P whose
statuses are complete, in progress, not started, complete): a tick under one of several
status columns, an "X" under R / A / G columns, codes ("IP", "NS") and scores (1-4) through
the report's key, the status opening the item ("COMPLETE – ..."), "Status:" lines set
above each recommendation, words in a "Date completed" column, a closing paragraph about
the entry after its progress, the action plan closed in a sentence before the list, and
statuses stated by number before a list whose progress words read otherwise ("signed off
recommendations 1 and 4 as complete" over "practices are being audited").
And designed cards (tests/data/html/designs/chip-*.html) whose chip comes before the card's
label: a traffic light, an edge stripe, a vertical tab, a dot inked beside the label, and a
row of stars beside it ("★★☆☆": the share filled)."""
from __future__ import annotations

import pytest

from conftest import DATA
from extractor.pipeline import extract

PLAN = ["completed", "in_progress", "not_started", "completed"]


@pytest.mark.parametrize("name", [
    "tick-columns.md", "rag-columns.md", "code-key.md", "score-scale.md", "status-first.md",
    "status-line-above.md", "date-completed-words.md", "status-after-progress.md", "progress-heading.md",
    "numbers-stated-before-list.md"])
def test_each_entry_takes_the_status_the_report_gives_it(name):
    entries = extract(DATA / "status-ways" / name, use_model=False).recommendations
    assert [e.status for e in entries] == PLAN
    assert [e.text.split()[0] for e in entries] == ["The", "Children's", "Northwick", "The"]  # no status word left in


def test_an_action_plan_closed_before_its_recommendations_are_listed_completes_them_all():
    entries = extract(DATA / "status-ways" / "plan-closed-before-list.md", use_model=False).recommendations
    assert [e.status for e in entries] == ["completed"] * 4


@pytest.mark.parametrize("name", ["chip-traffic-light.html", "chip-edge-stripe.html", "chip-vertical-tab.html",
                                  "chip-inked-dot.html", "chip-stars.html"])
def test_a_chip_set_before_each_card_label_rates_that_card(name):
    entries = extract(DATA / "html" / "designs" / name, use_model=False).recommendations
    assert [(e.number, e.status) for e in entries] == [(str(k + 1), s) for k, s in enumerate(PLAN)]
