"""Status wording: status cells and progress paragraphs in many authors' words, each with the
status an analyst would record (tests/data/phrasings/statuses*.jsonl, written by two authors
who never saw the rules. Before the rules were tuned on it, set a scored 0.93 and set c 0.74;
set b scored 0.85 before any change and 0.88 after a and c had been learnt from, and was read last. tests/data/phrasings/held-out.jsonl,
by a third author, measures the tuned rules on wording none of this was tuned to)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from extractor.link.status import cell_status, narrative_status
from extractor.nlp import analyse

PHRASINGS = sorted((Path(__file__).parent / "data" / "phrasings").glob("statuses*.jsonl"))
#: share of each set judged right
FLOOR = {"a": 0.95, "b": 0.95, "c": 0.88}


def _rows(which: str) -> list[dict]:
    rows = [json.loads(line) for path in PHRASINGS
            for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [r for r in rows if r["set"] == which]


def read_status(row: dict) -> str:
    """What the extractor records for the text: as a status cell, or as a progress paragraph."""
    doc = analyse([row["text"]])[row["text"]]
    if row["where"] == "cell":
        return cell_status(row["text"], doc, None)
    return narrative_status(doc) or "unknown"


@pytest.mark.parametrize("which", sorted(FLOOR))
def test_status_wording_in_varied_phrasings(which):
    rows = _rows(which)
    assert len(rows) >= 100
    wrong = [f"{r['where']}: {r['text']!r} -> {read_status(r)} (want {r['status']}: {r['note']})"
             for r in rows if read_status(r) != r["status"]]
    accuracy = 1 - len(wrong) / len(rows)
    assert accuracy >= FLOOR[which], f"accuracy {accuracy:.2f}; wrong:\n" + "\n".join(wrong)
