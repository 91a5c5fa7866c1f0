"""Hostile inputs in one batch: every file accounted for once, nothing leaks, nothing blows up."""
from __future__ import annotations

import json
import resource
import secrets
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from extractor import errors
from extractor.batch import BatchOptions, run_batch
from extractor.cli import main
from extractor.ingest import read_document

from conftest import EXAMPLES
from hostile_files import make_hostile_corpus

pytestmark = pytest.mark.skipif(not EXAMPLES.is_dir(), reason="worked examples not available")

VALID_PDF = EXAMPLES / "eastmere-2014-15.pdf"
VALID_DOCX = EXAMPLES / "eastmere-2014-15.docx"
ODD_NAMES = ("annual report 2015 16.docx", "rapport-\u00fcn\u00efc\u00f8d\u00e9-\u5831\u544a.docx",
             "-leading-dash.docx")


@pytest.fixture(scope="module")
def hostile(tmp_path_factory) -> tuple[Path, list[str], str]:
    root = tmp_path_factory.mktemp("hostile")
    secret_text = f"SECRET-{secrets.token_hex(8)}"
    secret = root / "secret.txt"
    secret.write_text(secret_text, encoding="utf-8")
    made = make_hostile_corpus(root / "in", VALID_PDF, VALID_DOCX, secret)
    return root / "in", made, secret_text


@pytest.fixture(scope="module")
def result(hostile):
    folder, _, _ = hostile
    return run_batch([folder, VALID_PDF], BatchOptions(jobs=2, use_cache=False, progress=False))


def test_every_file_is_accounted_for_exactly_once(hostile, result):
    folder, made, _ = hostile
    sources = ([r.source for r in result.reports] + [e.source for e in result.errors]
               + [s.source for s in result.skipped])
    expected = [str(folder / name) for name in made] + [str(folder / "self-loop.pdf"),
                                                        str(VALID_PDF)]
    assert sorted(sources) == sorted(expected)
    assert all("\n" not in e.error for e in result.errors)


def test_clear_cases_get_their_own_message(hostile, result):
    folder, _, _ = hostile
    by_name = {Path(e.source).name: e.error for e in result.errors}
    assert by_name["zero-bytes.pdf"] == errors.EMPTY_FILE
    assert by_name["password.pdf"] == errors.ENCRYPTED_PDF
    assert by_name["not-a-zip.docx"] == errors.NOT_A_ZIP
    assert by_name["random-bytes.docx"] == errors.NOT_A_ZIP
    assert by_name["zip-bomb.docx"].startswith("DOCX refused")
    assert by_name["image-only.pdf"] == errors.NO_TEXT_LAYER
    assert by_name["self-loop.pdf"] == errors.LINK_LOOP
    assert by_name["random-bytes.pdf"].startswith("not a readable PDF")
    read = {Path(r.source).name for r in result.reports}
    assert {"empty-password.pdf", "broken-xref.pdf"} <= read  # opened / repaired, not refused


def test_valid_reports_are_extracted_as_if_alone(hostile, result):
    folder, _, _ = hostile
    alone = run_batch([VALID_PDF, VALID_DOCX], BatchOptions(jobs=1, use_cache=False,
                                                            progress=False)).reports
    by_source = {r.source: r for r in result.reports}
    assert content(by_source[str(VALID_PDF)]) == content(alone[0])
    assert alone[1].recommendations
    for name in ODD_NAMES:
        assert content(by_source[str(folder / name)]) == content(alone[1])


def content(report) -> dict:
    """A report without what depends on the file's name and its company (its source, the
    entry ids, and which other file of the run it is a rendering of)."""
    d = report.to_dict()
    d.pop("source")
    d.pop("same_report_as", None)
    for entry in d["recommendations"]:
        entry.pop("id")
    return d


def test_no_external_entity_is_ever_read_nor_entity_expanded(hostile, result):
    folder, _, secret_text = hostile
    dumped = json.dumps(result.to_dict(), ensure_ascii=False)
    assert secret_text not in dumped
    assert "lollollol" not in dumped
    for name in ("external-entity.html", "external-entity-padded.docx", "billion-laughs.html"):
        if any(r.source == str(folder / name) for r in result.reports):
            text = read_document(folder / name).text
            assert secret_text not in text and "lollollol" not in text


def test_scripts_are_not_report_text(hostile):
    folder, _, _ = hostile
    doc = read_document(folder / "scripts-and-long-line.html")
    assert "Recommendation 1: the board should review referrals." in doc.text
    assert "SCRIPT-MARKER" not in doc.text


def test_worker_memory_stays_bounded(result):
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    assert 0 < peak_mb < 500


def test_the_cli_reports_errors_and_exits_1(hostile, tmp_path):
    folder, made, secret_text = hostile
    xlsx, out_json = tmp_path / "out.xlsx", tmp_path / "out.json"
    run = CliRunner().invoke(main, ["run", str(folder), str(VALID_PDF), "-o", str(xlsx),
                                    "--json", str(out_json), "--no-cache", "-j", "2"])
    assert run.exit_code == 1, run.output
    assert "error: " + str(folder / "zero-bytes.pdf") + ": " + errors.EMPTY_FILE in run.output
    data = json.loads(out_json.read_text(encoding="utf-8"))
    # every file made, plus self-loop.pdf and VALID_PDF
    assert len(data["reports"]) + len(data["errors"]) + len(data["skipped"]) == len(made) + 2
    with zipfile.ZipFile(xlsx) as book:
        for part in book.namelist():
            assert secret_text.encode() not in book.read(part)
    assert secret_text not in run.output
