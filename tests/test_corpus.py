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
from extractor.evaluate import delivered, reading_norm, report_name

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
    golds = {name_of(g) for g in GOLD_FILES}
    return [(report_name(p.name), p) for p in sorted(REPORTS.iterdir())
            if p.suffix in RENDERINGS and report_name(p.name) in golds]


#: Renderings printed by a browser engine from a designed HTML page ...
PRINTED = (".chromium.pdf", ".weasyprint.pdf")
#: ... or by LibreOffice from a designed source (Word with text boxes and nested tables, Draw,
#: Impress): their reading is measured by its fidelity per producer (below) rather than required
#: whole, span by span, as the plain Word reports' PDFs are.
DESIGNED_SOURCES = CORPUS / "build" / "designed"


def designed_print(path: Path) -> bool:
    if path.name.endswith(PRINTED):
        return True
    name = report_name(path.name)
    return path.suffix == ".pdf" and ((DESIGNED_SOURCES / f"make_{name}.py").exists()
                                      or any(DESIGNED_SOURCES.glob(f"{name}.fod?")))


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
def test_every_gold_report_has_an_editable_source_and_a_pdf(path):
    # the source is a rendering of its own (DOCX, HTML), or a LibreOffice flat-ODF file that
    # corpus/build/designed.py prints (Draw, Impress, Writer layouts)
    name = name_of(path)
    assert (REPORTS / f"{name}.docx").exists() or (REPORTS / f"{name}.html").exists() \
        or any((REPORTS.parent / "build" / "designed").glob(f"{name}.fod?"))
    assert any(report_name(p.name) == name for p in REPORTS.glob(f"{name}*.pdf"))


def test_designed_reports_are_printed_by_two_producers_that_are_not_libreoffice():
    for page in REPORTS.glob("*.html"):
        if (REPORTS / f"{page.stem}.pdf").exists():
            continue  # a Word report's HTML export, not a designed page
        for suffix in PRINTED:
            assert (REPORTS / f"{page.stem}{suffix}").exists(), f"{page.stem}{suffix}"


def test_every_report_has_gold_and_held_aside_names_exist():
    golds = {name_of(g) for g in GOLD_FILES}
    reports = {report_name(p.name) for p in REPORTS.iterdir() if p.suffix in RENDERINGS}
    assert reports <= golds, sorted(reports - golds)
    held = [line.strip() for line in (CORPUS / "heldaside.txt").read_text().splitlines() if line.strip()]
    assert held and set(held) <= golds, sorted(set(held) - golds)


@pytest.mark.parametrize("name,path", [(n, p) for n, p in renderings() if not designed_print(p)],
                         ids=[p.name for _, p in renderings() if not designed_print(p)])
def test_gold_spans_occur_in_every_rendering(name, path):
    # an action may be gathered from the rows of one recommendation (two action rows under
    # it), each sentence printed whole (evaluate.delivered)
    text = reading_norm(read_document(path).text)
    missing = [label for label, span in quoted(load(GOLD / f"{name}.gold.json"))
               if not delivered(span, text, gathered=label.endswith(".action"))]
    assert not missing, f"{path.name}: not found: {', '.join(missing[:8])}"


#: Share of gold texts and actions the reader delivers contiguously (evaluate's reading
#: fidelity) on the printed renderings, by producer: a floor that only ever rises.
READING_FLOOR = {"Chromium": 0.98, "WeasyPrint": 0.98, "LibreOffice": 0.99}


def test_reading_fidelity_of_printed_designed_reports_per_producer():
    from extractor.evaluate import producer_of, reading_fidelity

    delivered: dict[str, list[int]] = {}
    for name, path in renderings():
        if not designed_print(path):
            continue
        doc = read_document(path)
        got, total = reading_fidelity([b.text for b in doc.blocks], load(GOLD / f"{name}.gold.json"))
        counts = delivered.setdefault(producer_of(doc.format, doc.metadata), [0, 0])
        counts[0] += got
        counts[1] += total
    shares = {producer: got / total for producer, (got, total) in delivered.items()}
    assert set(shares) == set(READING_FLOOR)
    for producer, floor in READING_FLOOR.items():
        assert shares[producer] >= floor, f"{producer}: {shares[producer]:.2f} < {floor}"
