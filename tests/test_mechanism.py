"""The monitoring mechanism: sentences in many authors' wording that say (or only seem to say)
how a board monitors the implementation of SCR/LCSPR recommendations (tests/data/phrasings)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from extractor.nlp import load_pipeline
from extractor.mechanism import describes_mechanism

PHRASINGS = Path(__file__).parent / "data" / "phrasings" / "mechanisms.jsonl"
#: share of the set judged right
FLOOR = 0.97


def _rows() -> list[dict]:
    return [json.loads(line) for line in PHRASINGS.read_text(encoding="utf-8").splitlines()]


def test_mechanism_sentences_in_varied_phrasings():
    nlp = load_pipeline()
    rows = _rows()
    wrong = [f"{r['text']!r} (want {r['mechanism']}: {r['note']})" for r in rows
             if describes_mechanism(nlp(r["text"])) != r["mechanism"]]
    accuracy = 1 - len(wrong) / len(rows)
    assert accuracy >= FLOOR, f"accuracy {accuracy:.2f}; wrong:\n" + "\n".join(wrong)


def test_near_misses_are_no_mechanism():
    nlp = load_pipeline()
    for r in _rows():
        if not r["mechanism"]:
            assert not describes_mechanism(nlp(r["text"])), r["text"]


#: floors on tests/data/phrasings/mechanisms-2.jsonl, by a second author who never saw the rules:
#: "tune" was read while the cues were extended (0.82 blind), "check" after that (0.82 blind)
SECOND_AUTHOR_FLOOR = {"tune": 0.95, "check": 0.95}


@pytest.mark.parametrize("part", sorted(SECOND_AUTHOR_FLOOR))
def test_mechanism_sentences_of_a_second_author(part):
    nlp = load_pipeline()
    rows = [json.loads(line) for line in (PHRASINGS.parent / "mechanisms-2.jsonl").read_text(encoding="utf-8")
            .splitlines() if line.strip() and json.loads(line)["set"] == part]
    wrong = [f"{r['text']!r} (want {r['mechanism']}: {r['note']})" for r in rows
             if describes_mechanism(nlp(r["text"])) != r["mechanism"]]
    accuracy = 1 - len(wrong) / len(rows)
    assert len(rows) >= 50 and accuracy >= SECOND_AUTHOR_FLOOR[part], \
        f"accuracy {accuracy:.2f}; wrong:\n" + "\n".join(wrong)
