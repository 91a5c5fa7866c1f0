"""The readers on the worked examples: every gold recommendation and action is in the blocks.

For eastmere (an action-plan table) each gold entry must sit in exactly one
table row, the recommendation under "Recommendation" and the action under
"Action taken", in the PDF (rebuilt from ruling lines) as well as in the DOCX.
"""
from __future__ import annotations

import json
import re

import pytest

from conftest import EXAMPLES
from extractor.ingest import read_document

pytestmark = pytest.mark.skipif(not EXAMPLES.exists(), reason="worked examples not present")


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def gold(name: str):
    return json.loads((EXAMPLES / f"{name}.gold.json").read_text(encoding="utf-8"))["recommendations"]


@pytest.mark.parametrize("name", ["eastmere-2014-15", "ardley-vale-2016-17"])
@pytest.mark.parametrize("suffix", [".pdf", ".docx"])
def test_gold_text_and_action_found(name, suffix):
    doc = read_document(EXAMPLES / f"{name}{suffix}")
    blocks = [norm(b.text) for b in doc.blocks]
    for entry in gold(name):
        for key in ("text", "action"):
            if entry.get(key):
                wanted = norm(entry[key])
                assert any(wanted in t for t in blocks), f"{key} not in any block: {wanted[:60]}"


@pytest.mark.parametrize("suffix", [".pdf", ".docx"])
def test_eastmere_entries_are_single_table_rows(suffix):
    doc = read_document(EXAMPLES / f"eastmere-2014-15{suffix}")
    rows = [b for b in doc.blocks if b.kind == "table_row"]
    for entry in gold("eastmere-2014-15"):
        text, action = norm(entry["text"]), norm(entry["action"] or "")
        holding = [r for r in rows if text in norm(r.text)]
        assert len(holding) == 1, text[:60]
        row = holding[0]
        assert text in norm(row.cell("Recommendation") or "")
        assert action in norm(row.cell("Action taken") or "")
        assert not row.is_header
    plan = {r.table for r in rows if r.cell("Action taken") is not None}
    assert len(plan) == 1  # the action plan runs over a page break but is one table
