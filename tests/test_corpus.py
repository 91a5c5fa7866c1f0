"""The evaluation corpus (corpus/): its gold files are valid, consistent and anchored in the reports.

- every gold file has the shape of a report in docs/scr-extract-1.schema.json (with the
  file-dependent fields sha256/format nullable, since one gold file serves all renderings);
- every gold rec9 block follows the rule of docs/output.md, recomputed from the entries;
- every quoted string (text, action, evidence, mechanism_evidence) occurs in the text of every
  rendering of its report as the readers see it, so a scorer can rely on the spans.

The build script (corpus/build/build.py, which needs LibreOffice) is not run here.
"""
from __future__ import annotations

import copy
import json
import re
from pathlib import Path

import jsonschema
import pytest

from conftest import ROOT, SPEC
from extractor import read_document
from extractor.assess import verdict

CORPUS = ROOT / "corpus"
GOLD = CORPUS / "gold"
REPORTS = CORPUS / "reports"
RENDERINGS = (".pdf", ".docx", ".html", ".txt", ".md")
GOLD_FILES = sorted(GOLD.glob("*.gold.json"))

pytestmark = pytest.mark.skipif(not GOLD_FILES, reason="corpus not built")


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def name_of(path: Path) -> str:
    return path.name[: -len(".gold.json")]


def report_validator() -> jsonschema.protocols.Validator:
    """The schema's report definition, with sha256 and format allowed to be null."""
    schema = json.loads((SPEC / "scr-extract-1.schema.json").read_text(encoding="utf-8"))
    defs = copy.deepcopy(schema["$defs"])
    report = defs["report"]
    report["properties"]["sha256"] = {"type": ["string", "null"], "pattern": "^[0-9a-f]{64}$"}
    report["properties"]["format"] = {"enum": ["pdf", "docx", "txt", "md", "html", None]}
    report["properties"]["pages"] = {"type": ["integer", "null"], "minimum": 0}
    defs["entry"]["properties"]["page"] = {"type": ["integer", "null"], "minimum": 1}
    sub = {"$schema": schema["$schema"], "$defs": defs, "$ref": "#/$defs/report"}
    cls = jsonschema.validators.validator_for(sub)
    cls.check_schema(sub)
    return cls(sub)


def quoted(gold: dict) -> list[tuple[str, str]]:
    """(label, string) for every span the gold file quotes from its report."""
    spans = []
    for e in gold["recommendations"]:
        for key in ("text", "action", "evidence"):
            if e[key]:
                spans.append((f"{e['id']}.{key}", e[key]))
    if gold["rec9"]["mechanism_evidence"]:
        spans.append(("rec9.mechanism_evidence", gold["rec9"]["mechanism_evidence"]))
    return spans


def renderings() -> list[tuple[str, Path]]:
    return [(name_of(g), REPORTS / f"{name_of(g)}{suffix}")
            for g in GOLD_FILES for suffix in RENDERINGS
            if (REPORTS / f"{name_of(g)}{suffix}").exists()]


@pytest.mark.parametrize("path", GOLD_FILES, ids=name_of)
def test_gold_validates_against_schema(path):
    gold = load(path)
    errors = sorted(report_validator().iter_errors(gold), key=lambda e: list(e.path))
    assert not errors, "; ".join(f"{list(e.path)}: {e.message}" for e in errors[:5])
    assert gold["source"] == name_of(path)
    assert [e["id"] for e in gold["recommendations"]] == [
        f"{name_of(path)}-r{i:02d}" for i in range(1, len(gold["recommendations"]) + 1)]


@pytest.mark.parametrize("path", GOLD_FILES, ids=name_of)
def test_gold_rec9_follows_the_rule(path):
    gold = load(path)
    entries, r9 = gold["recommendations"], gold["rec9"]
    n = len(entries)
    actions = round(sum(1 for e in entries if e["action"]) / n, 3) if n else None
    bodies = round(sum(1 for e in entries if e["bodies"]) / n, 3) if n else None
    scrs_reported = bool(gold["scrs"]) or bool(entries)
    assert r9["scrs_reported"] == scrs_reported
    assert r9["recommendations_listed"] == any(e["text"] for e in entries)
    assert r9["actions_reported"] == actions
    assert r9["bodies_named"] == bodies
    assert r9["monitoring_mechanism"] == (r9["mechanism_evidence"] is not None)
    assert r9["verdict"] == verdict(scrs_reported, n, actions, bodies, r9["monitoring_mechanism"])


@pytest.mark.parametrize("path", GOLD_FILES, ids=name_of)
def test_every_gold_report_has_docx_and_pdf(path):
    for suffix in (".docx", ".pdf"):
        assert (REPORTS / f"{name_of(path)}{suffix}").exists(), suffix


def test_every_report_has_gold_and_held_aside_names_exist():
    golds = {name_of(g) for g in GOLD_FILES}
    reports = {p.stem for p in REPORTS.iterdir() if p.suffix in RENDERINGS}
    assert reports <= golds, sorted(reports - golds)
    held = [line.strip() for line in (CORPUS / "heldaside.txt").read_text().splitlines() if line.strip()]
    assert held and set(held) <= golds, sorted(set(held) - golds)


@pytest.mark.parametrize("name,path", renderings(), ids=[p.name for _, p in renderings()])
def test_gold_spans_occur_in_every_rendering(name, path):
    text = norm(read_document(path).text)
    missing = [label for label, span in quoted(load(GOLD / f"{name}.gold.json")) if norm(span) not in text]
    assert not missing, f"{path.name}: not found: {', '.join(missing[:8])}"
