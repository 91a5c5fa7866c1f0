"""Status wording: status cells and progress paragraphs in many authors' words, each with the
status an analyst would record (tests/data/phrasings/statuses*.jsonl, written by two authors
who never saw the rules: sets "a" and "c" were read while the status rules were extended,
set "b" never was; its floor is what it scored when the rules were last changed, less a margin)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from extractor.link.status import cell_status, narrative_status
from extractor.nlp import analyse

PHRASINGS = sorted((Path(__file__).parent / "data" / "phrasings").glob("statuses*.jsonl"))
#: share of each set judged right
FLOOR = {"a": 0.95, "b": 0.85, "c": 0.85}


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
