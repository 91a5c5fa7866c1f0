"""Batch runs: input order, parallel = sequential, cache and resume, limits and crash isolation."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from extractor import errors
from extractor.batch import BatchOptions, execute_batch, run_batch
from extractor.inputs import collect_inputs
from extractor.worker import FAULT_ENV
from extractor.cache import ResultCache, models_fingerprint, read_entry

from conftest import EXAMPLES

pytestmark = pytest.mark.skipif(not EXAMPLES.is_dir(), reason="worked examples not available")


@pytest.fixture
def reports(tmp_path: Path) -> list[Path]:
    """Four real reports (two PDFs, two DOCX) copied under names whose sort order differs."""
    folder = tmp_path / "in"
    folder.mkdir()
    names = {"eastmere-2014-15.pdf": "d-eastmere.pdf", "ardley-vale-2016-17.docx": "a-ardley.docx",
             "ardley-vale-2016-17.pdf": "c-ardley.pdf", "eastmere-2014-15.docx": "b-eastmere.docx"}
    out = []
    for src, dst in names.items():
        shutil.copy(EXAMPLES / src, folder / dst)
        out.append(folder / dst)
    return out


def comparable(result) -> dict:
    d = result.to_dict()
    d.pop("generated")
    d.pop("run")
    return d


def test_results_come_back_in_input_order_and_match_a_single_worker(reports, tmp_path):
    inputs = [reports[0], tmp_path / "missing.pdf", reports[1], reports[2], reports[3]]
    one = run_batch(inputs, BatchOptions(jobs=1, use_cache=False, progress=False))
    two = run_batch(inputs, BatchOptions(jobs=2, use_cache=False, progress=False))
    assert [r.source for r in two.reports] == [str(p) for p in reports]
    assert [(e.source, e.error) for e in two.errors] == [(str(tmp_path / "missing.pdf"),
                                                          errors.NOT_FOUND)]
    assert comparable(one) == comparable(two)
    assert all(r.sha256 and r.format in ("pdf", "docx") for r in two.reports)


def test_a_folder_is_walked_in_sorted_order_and_each_file_counted_once(reports):
    folder = reports[0].parent
    found = collect_inputs([folder, reports[1]])
    assert [p.name for p in found] == ["a-ardley.docx", "b-eastmere.docx", "c-ardley.pdf",
                                       "d-eastmere.pdf"]


def test_rerun_is_served_from_the_cache_and_a_moved_file_keeps_its_new_name(reports, tmp_path):
    options = BatchOptions(jobs=2, cache_dir=tmp_path / "cache", progress=False)
    first = execute_batch(reports, options)
    assert first.stats.extracted == 4 and first.stats.cache.writes == 4
    assert len(list((tmp_path / "cache").rglob("*.json"))) == 4

    second = execute_batch(reports, options)
    assert second.stats.extracted == 0 and second.stats.workers_started == 0
    assert second.stats.cache.hits == 4
    assert comparable(second.result) == comparable(first.result)

    moved = tmp_path / "elsewhere" / "renamed.pdf"
    moved.parent.mkdir()
    shutil.move(reports[0], moved)
    third = execute_batch([moved], options)
    assert third.stats.extracted == 0
    assert third.result.reports[0].source == str(moved)
    assert third.result.reports[0].sha256 == first.result.reports[0].sha256


def test_an_interrupted_run_resumes_with_only_the_missing_files(reports, tmp_path):
    options = BatchOptions(jobs=1, cache_dir=tmp_path / "cache", progress=False)
    execute_batch(reports[:2], options)  # as if the run had stopped after two files
    resumed = execute_batch(reports, options)
    assert resumed.stats.cache.hits == 2 and resumed.stats.extracted == 2
    assert [r.source for r in resumed.result.reports] == [str(p) for p in reports]


def test_no_cache_neither_reads_nor_writes(reports, tmp_path):
    cache_dir = tmp_path / "cache"
    execute_batch(reports[:1], BatchOptions(jobs=1, cache_dir=cache_dir, progress=False))
    run = execute_batch(reports[:1], BatchOptions(jobs=1, cache_dir=cache_dir, use_cache=False,
                                                  progress=False))
    assert run.stats.extracted == 1 and run.stats.cache.hits == 0
    assert len(list(cache_dir.rglob("*.json"))) == 1


def test_a_damaged_cache_entry_is_a_miss(reports, tmp_path):
    options = BatchOptions(jobs=1, cache_dir=tmp_path / "cache", progress=False)
    execute_batch(reports[:1], options)
    entry = next((tmp_path / "cache").rglob("*.json"))
    entry.write_text("{not json", encoding="utf-8")
    run = execute_batch(reports[:1], options)
    assert run.stats.extracted == 1 and len(run.result.reports) == 1
    assert read_entry(entry.read_bytes(), run.result.reports[0].sha256)  # rewritten whole


def test_changing_a_model_file_changes_the_cache_key(tmp_path, reports):
    models = tmp_path / "models"
    models.mkdir()
    (models / "cues.csv").write_text("cue\naction plan\n", encoding="utf-8")
    before = models_fingerprint(models)
    (models / "cues.csv").write_text("cue\naction plan\nmonitored by\n", encoding="utf-8")
    after = models_fingerprint(models)
    assert before != after
    report = run_batch(reports[:1], BatchOptions(jobs=1, use_cache=False,
                                                 progress=False)).reports[0]
    old = ResultCache(tmp_path / "cache", fingerprint=before)
    old.put(report)
    assert old.get(report.sha256, "x.pdf") is not None
    assert ResultCache(tmp_path / "cache", fingerprint=after).get(report.sha256, "x.pdf") is None
    assert ResultCache(tmp_path / "cache", version="9.9", fingerprint=before).get(
        report.sha256, "x.pdf") is None


def test_a_file_that_hangs_times_out_and_the_rest_goes_on(reports, tmp_path, monkeypatch):
    slow = tmp_path / "slow-report.docx"
    shutil.copy(reports[1], slow)
    monkeypatch.setenv(FAULT_ENV, "sleep:slow-report")
    result = run_batch([reports[0], slow, reports[2]],
                       BatchOptions(jobs=1, timeout=2, use_cache=False, progress=False))
    assert [(e.source, e.error) for e in result.errors] == [
        (str(slow), errors.TIMEOUT.format(seconds=2))]
    assert [r.source for r in result.reports] == [str(reports[0]), str(reports[2])]


def test_a_worker_that_crashes_costs_only_its_file(reports, tmp_path, monkeypatch):
    crash = tmp_path / "crash-report.pdf"
    shutil.copy(reports[0], crash)
    monkeypatch.setenv(FAULT_ENV, "abort:crash-report")
    run = execute_batch([crash, reports[1], reports[2]],
                        BatchOptions(jobs=1, use_cache=False, progress=False))
    assert len(run.result.errors) == 1
    assert run.result.errors[0].source == str(crash)
    assert run.result.errors[0].error == errors.WORKER_CRASHED.format(detail="killed by SIGABRT")
    assert [r.source for r in run.result.reports] == [str(reports[1]), str(reports[2])]
    assert run.stats.workers_started == 2  # a fresh worker took over


def test_a_file_that_exhausts_memory_is_an_error(reports, tmp_path, monkeypatch):
    hog = tmp_path / "hog-report.pdf"
    shutil.copy(reports[0], hog)
    monkeypatch.setenv(FAULT_ENV, "hog:hog-report")
    result = run_batch([hog, reports[1]], BatchOptions(jobs=1, use_cache=False, progress=False,
                                                       memory_limit_mb=512))
    assert [(e.source, e.error) for e in result.errors] == [
        (str(hog), errors.OUT_OF_MEMORY.format(limit_mb=512))]
    assert [r.source for r in result.reports] == [str(reports[1])]


def test_an_unexpected_exception_is_one_error_line(reports, tmp_path, monkeypatch):
    bad = tmp_path / "raise-report.docx"
    shutil.copy(reports[1], bad)
    monkeypatch.setenv(FAULT_ENV, "raise:raise-report")
    result = run_batch([bad], BatchOptions(jobs=1, use_cache=False, progress=False))
    assert result.errors[0].error == errors.EXTRACTOR_FAILED.format(
        detail="RuntimeError: fault injected for a test")


def test_size_and_page_limits_refuse_a_file_before_it_is_parsed(reports):
    size = run_batch([reports[0]], BatchOptions(jobs=1, use_cache=False, progress=False,
                                                max_file_mb=0))
    assert size.errors[0].error.startswith("file too large")
    pages = run_batch([reports[0]], BatchOptions(jobs=1, use_cache=False, progress=False,
                                                 max_pages=5))
    assert pages.errors[0].error == errors.TOO_MANY_PAGES.format(pages=13, limit=5)


def test_missing_paths_and_symlink_loops_are_errors_not_hangs(reports, tmp_path):
    folder = reports[0].parent
    os.symlink(".", folder / "loop")                   # a folder linking to itself
    os.symlink("self.pdf", folder / "self.pdf")          # a file linking to itself
    os.symlink("gone.docx", folder / "dangling.docx")    # a link to nothing
    result = run_batch([folder, tmp_path / "nope.docx"],
                       BatchOptions(jobs=2, use_cache=False, progress=False))
    assert len(result.reports) == 4
    assert {(Path(e.source).name, e.error) for e in result.errors} == {
        ("dangling.docx", errors.BROKEN_LINK), ("self.pdf", errors.LINK_LOOP),
        ("nope.docx", errors.NOT_FOUND)}


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads everything")
def test_an_unreadable_folder_is_reported(reports, tmp_path):
    locked = reports[0].parent / "locked"
    locked.mkdir()
    locked.chmod(0)
    try:
        result = run_batch([reports[0].parent], BatchOptions(jobs=1, use_cache=False,
                                                             progress=False))
    finally:
        locked.chmod(0o755)
    assert [(e.source, e.error) for e in result.errors] == [
        (str(locked), errors.NOT_READABLE.format(detail="Permission denied"))]


def test_a_fifo_named_like_a_report_is_refused_without_blocking(reports, tmp_path):
    fifo = tmp_path / "pipe.pdf"
    os.mkfifo(fifo)
    result = run_batch([fifo, reports[0]], BatchOptions(jobs=1, use_cache=False, progress=False))
    assert [(e.source, e.error) for e in result.errors] == [(str(fifo), errors.NOT_A_FILE)]
    assert [r.source for r in result.reports] == [str(reports[0])]


def test_a_worker_imports_spacy_without_its_command_line_which_still_works_when_asked():
    code = (
        "import sys\n"
        "from extractor.worker import _import_spacy_without_its_cli\n"
        "_import_spacy_without_its_cli()\n"
        "import spacy\n"
        "print('typer' in sys.modules, 'spacy.cli' in sys.modules)\n"
        "nlp = spacy.blank('en')\n"
        "print(len(nlp('Child J was known to the CCG.')))\n"
        "from spacy.cli import info\n"  # a later import of the command line is the real one
        "print(callable(info), 'typer' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["False", "False", "8", "True", "True"]


@pytest.mark.parametrize("rehearse, loaded", [(True, 1), (False, 0)])
def test_a_worker_rehearses_on_a_sample_only_for_a_batch_of_several_files(rehearse, loaded):
    code = (
        "from extractor.worker import _warm_up\n"
        f"_warm_up(('txt',), rehearse={rehearse})\n"
        "from extractor.nlp import load_pipeline\n"
        "print(load_pipeline.cache_info().currsize)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out == [str(loaded)]
