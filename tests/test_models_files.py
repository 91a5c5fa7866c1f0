"""The data files of models/ say what they drive, and are read past that header."""
import json

import pytest

from extractor.lexicon import phrase, rules
from extractor.resources import MODELS, csv_rows, jsonl_rows

DATA_FILES = sorted(p for p in MODELS.iterdir() if p.suffix in (".jsonl", ".csv"))


@pytest.mark.parametrize("path", DATA_FILES, ids=lambda p: p.name)
def test_every_data_file_opens_with_a_header_naming_what_it_drives(path):
    first = path.read_text(encoding="utf-8").splitlines()[0]
    assert first.startswith("# ") and ("extractor" in first or "Drives" in first), first


@pytest.mark.parametrize("path", [p for p in DATA_FILES if p.suffix == ".jsonl"], ids=lambda p: p.name)
def test_jsonl_rows_skip_the_header_and_keep_every_rule(path):
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip().startswith("{")]
    assert jsonl_rows(path) == [json.loads(line) for line in lines]


def test_csv_rows_skip_the_header_lines():
    rows = csv_rows(MODELS / "org_sectors.csv")
    assert rows and set(rows[0]) == {"keyword", "sector"}


def test_a_named_phrase_is_a_compiled_pattern_from_phrases_jsonl():
    assert phrase("numbered_reference").search("as recommendation 3 asked").group(1) == "3"
    assert {r.kind for r in rules("phrases.jsonl")} >= {"scr_mention", "back_reference"}
    with pytest.raises(KeyError, match="phrases.jsonl"):
        phrase("no such phrase")
