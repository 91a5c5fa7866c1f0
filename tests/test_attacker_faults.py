"""The faults an attacker found in `run`, `show` and `dump` (issue 14), one test each,
every one on a small input generated here."""
from __future__ import annotations

import csv
import hashlib
import json
from dataclasses import replace
import os
import re
import resource
import shutil
import signal
import subprocess
import sys
import time
import warnings
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from openpyxl import load_workbook

from extractor import errors
from extractor.cli import main
from extractor.errors import ReadError

from conftest import DATA, ROOT
from hostile_files import text_pdf

MODELS = ROOT / "models"

# A report small enough to read in a second, with one entry that names a case.
SMALL_REPORT = (
    "Eastmere Local Safeguarding Children Board\nAnnual Report 2014-15\n\n"
    "# Serious case reviews\n\nThe Board published the serious case review of Child Z.\n\n"
    "Recommendation 1: The LSCB should audit referrals to children's social care{odd}.\n"
    "Progress: completed by the police in March 2015.\n"
)


def small_report(odd: str = "") -> str:
    return SMALL_REPORT.format(odd=odd)


def run_cli(*args: str | Path):
    return CliRunner().invoke(main, ["run", *map(str, args), "--no-cache", "-j", "1", "-q"])


def outputs(out: Path) -> tuple[Path, Path, Path]:
    return out / "r.xlsx", out / "r.json", out / "csv"


def run_to(out: Path, *inputs: Path):
    xlsx, js, csv_dir = outputs(out)
    return run_cli(*inputs, "-o", xlsx, "--json", js, "--csv", csv_dir)


def read_all(out: Path) -> tuple[dict, dict[str, list[list]], dict[str, list[dict]]]:
    """The JSON, every workbook sheet's values and every CSV table, as written."""
    xlsx, js, csv_dir = outputs(out)
    data = json.loads(js.read_text(encoding="utf-8"))
    book = load_workbook(xlsx, read_only=True)
    sheets = {ws.title: [list(r) for r in ws.iter_rows(values_only=True)] for ws in book.worksheets}
    tables = {}
    for name in ("reports", "recommendations", "bodies"):
        with open(csv_dir / f"{name}.csv", encoding="utf-8-sig", newline="") as f:
            tables[name] = list(csv.DictReader(f))
    return data, sheets, tables


# --- 1. a file name that is not UTF-8 ----------------------------------------------------

def test_a_name_that_is_not_utf8_loses_nothing(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a-good.md").write_text(small_report(), encoding="utf-8")
    latin1 = os.fsdecode(b"caf\xe9.md")
    (folder / latin1).write_text(small_report(), encoding="utf-8")

    run = run_to(tmp_path / "out", folder)

    assert run.exit_code == 0, run.output
    data, sheets, tables = read_all(tmp_path / "out")
    assert sorted(r["source"] for r in data["reports"]) == [
        str(folder / "a-good.md"), str(folder / "caf\\xe9.md")]
    assert all(len(r["recommendations"]) == 1 for r in data["reports"])
    assert len(tables["reports"]) == 2 and len(sheets["Reports"]) == 3

    # The same bytes under both names: the second is served from the cache, under its own name.
    xlsx, js, _ = outputs(tmp_path / "cached")
    cached = CliRunner().invoke(main, ["run", str(folder), "-o", str(xlsx), "--json", str(js), "-q",
                                       "-j", "1", "--cache-dir", str(tmp_path / "cache")])
    assert cached.exit_code == 0, cached.output
    assert sorted(r["source"] for r in json.loads(js.read_text(encoding="utf-8"))["reports"]) == [
        str(folder / "a-good.md"), str(folder / "caf\\xe9.md")]


# --- 2. U+FFFF and other code points XML forbids ------------------------------------------

ODD_CODE_POINTS = ("\uffff", "\ufffe", "\ufdd0", "\U0001fffe", "\U0010ffff", "\x0b", "\x1f")


def test_code_points_xml_forbids_are_dropped_from_every_output(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for i, ch in enumerate(ODD_CODE_POINTS):
        (folder / f"text-{i}.md").write_text(small_report(ch), encoding="utf-8")
    (folder / "name-\uffff\ufdd0.md").write_text(small_report(), encoding="utf-8")
    (folder / "reference.html").write_text(
        "<html><body><h1>Serious case reviews</h1><p>The review of Child Z&#xFFFF;.</p>"
        "<p>Recommendation 1: The LSCB should audit referrals&#xFFFE; to schools&#1114111;.</p>"
        "<p>Progress: completed by the police.</p></body></html>", encoding="utf-8")

    run = run_to(tmp_path / "out", folder)

    assert run.exit_code == 0, run.output
    data, sheets, tables = read_all(tmp_path / "out")
    assert len(data["reports"]) == len(ODD_CODE_POINTS) + 2
    texts = [r["recommendations"][0]["text"] for r in data["reports"]
             if Path(r["source"]).name.startswith("text-")]
    assert texts == ["The LSCB should audit referrals to children's social care."] * len(texts)
    sources = [r.pop("source") for r in data["reports"]]
    for r in data["reports"]:  # the name of another file of the same report: a true name too
        r.pop("same_report_as", None)
    cells = [str(v) for rows in sheets.values() for row in rows for v in row]
    cells += [v for rows in tables.values() for row in rows for v in row.values()]
    for ch in ODD_CODE_POINTS:
        assert ch not in json.dumps(data, ensure_ascii=False)
        assert not any(ch in v for v in cells)
    data["reports"][0]["source"] = sources[0]
    # The name keeps its odd code points in the JSON (it is the file's true name) but not in cells.
    assert any(s.endswith("name-\uffff\ufdd0.md") for s in sources)
    assert any("name-.md" in str(v) for row in sheets["Reports"] for v in row)


# --- 6. the outputs of one run are a set ------------------------------------------------

def cli_process(*args: str | Path, env_extra: dict[str, str] | None = None, **kwargs):
    env = {**os.environ, **(env_extra or {})}
    return subprocess.Popen([sys.executable, "-m", "extractor.cli", "run", *map(str, args)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
                            **kwargs)


def run_stamps(out: Path) -> set[str]:
    """The run id in each output (JSON field, About sheet line)."""
    data, sheets, _ = read_all(out)
    about = [row[1] for row in sheets["About"] if row and row[0] == "Run"]
    return {data["run"], *about}


def snapshot(out: Path) -> dict[str, bytes]:
    return {str(p.relative_to(out)): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}


def test_a_run_killed_during_export_leaves_the_previous_set_whole(tmp_path):
    report = tmp_path / "report.md"
    report.write_text(small_report(), encoding="utf-8")
    out = tmp_path / "out"
    assert run_to(out, report).exit_code == 0
    before = snapshot(out)
    assert len(run_stamps(out)) == 1

    report.write_text(small_report(" and to schools"), encoding="utf-8")
    xlsx, js, csv_dir = outputs(out)
    proc = cli_process(report, "-o", xlsx, "--json", js, "--csv", csv_dir, "--no-cache", "-q",
                       env_extra={"SCR_EXTRACT_TEST_FAULT": "pause-export:"})
    try:
        # The hook holds the run once every temporary file of the set is written: kill it there.
        for _ in range(1200):
            if len(list(out.rglob(".*.tmp"))) == 5 or proc.poll() is not None:
                break
            time.sleep(0.1)
    finally:
        proc.kill()
        proc.communicate()
    left = list(out.rglob(".*.tmp"))
    assert len(left) == 5
    assert snapshot(out) == before | {str(p.relative_to(out)): p.read_bytes() for p in left}

    again = run_to(out, report)
    assert again.exit_code == 0, again.output
    assert list(out.rglob(".*.tmp")) == []
    assert len(run_stamps(out)) == 1 and run_stamps(out) != {json.loads(before["r.json"])["run"]}
    assert "and to schools" in outputs(out)[1].read_text(encoding="utf-8")


def test_runs_killed_at_the_first_temporary_file_never_mix_two_sets(tmp_path):
    report = tmp_path / "report.md"
    report.write_text(small_report(), encoding="utf-8")
    out = tmp_path / "out"
    assert run_to(out, report).exit_code == 0
    xlsx, js, csv_dir = outputs(out)
    for attempt in range(3):
        report.write_text(small_report(f" and to schools {attempt}"), encoding="utf-8")
        proc = cli_process(report, "-o", xlsx, "--json", js, "--csv", csv_dir, "--no-cache", "-q")
        # No hook this time: the kill lands wherever the writing has got to.
        while proc.poll() is None and not list(out.rglob(".*.tmp")):
            time.sleep(0.005)
        proc.kill()
        proc.communicate()
        assert len(run_stamps(out)) == 1  # JSON and workbook of the same run, old or new
        data, _, tables = read_all(out)
        text = data["reports"][0]["recommendations"][0]["text"]
        assert any(text in value for value in tables["recommendations"][0].values())  # and CSV
        assert run_to(out, report).exit_code == 0 and list(out.rglob(".*.tmp")) == []


def test_a_concurrent_runs_temporary_files_are_left_alone(tmp_path):
    from extractor.export.atomic import remove_stale_temporaries

    target = tmp_path / "r.json"
    live = tmp_path / f".r.json.{os.getppid()}-abc.tmp"  # the process that started this one
    dead_pid = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                              capture_output=True, text=True).stdout.strip()
    dead = tmp_path / f".r.json.{dead_pid}-abc.tmp"
    for p in (live, dead):
        p.write_text("{}", encoding="utf-8")
    os.utime(dead, (0, 0))
    assert remove_stale_temporaries(target) == [dead]
    assert live.exists() and not dead.exists()


# --- 5. a write failure is one line and keeps the previous outputs -----------------------

def _full_disk(limit_bytes: int):
    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit_bytes, limit_bytes))
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    return limit


@pytest.mark.parametrize("case", ["disk full", "-o names a folder", "parent is a file"])
def test_a_write_failure_is_one_line_and_keeps_the_previous_outputs(tmp_path, case):
    report = tmp_path / "report.md"
    report.write_text(small_report(), encoding="utf-8")
    out, cache = tmp_path / "out", tmp_path / "cache"
    xlsx, js, csv_dir = outputs(out)
    assert run_to(out, report).exit_code == 0
    before = snapshot(out)
    report.write_text(small_report(" and to schools"), encoding="utf-8")
    kwargs = {}
    if case == "disk full":  # a file-size limit fails every write past 8 KB, as a full disk does
        kwargs["preexec_fn"] = _full_disk(8 * 1024)
    elif case == "-o names a folder":
        xlsx = out / "folder.xlsx"
        xlsx.mkdir()
        before = snapshot(out)
    else:
        csv_dir = js  # a file where the CSV folder should be
    proc = cli_process(report, "-o", xlsx, "--json", js, "--csv", csv_dir,
                       "--cache-dir", cache, "-q", **kwargs)
    _, err = proc.communicate(timeout=600)

    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1
    if case == "disk full":  # found only when writing: exit 1, the run's result survives in the cache
        assert proc.returncode == 1 and lines[0].startswith("error: cannot write ")
        assert "previous outputs are kept" in lines[0] and "cached" in lines[0]
        assert len(list(cache.rglob("*.json"))) == 1
    else:  # found before extraction starts: bad usage, nothing read or written
        assert proc.returncode == 2 and lines[0].startswith("error: ")
        assert not cache.exists() or not list(cache.rglob("*.json"))
    assert snapshot(out) == before
    assert list(out.rglob(".*.tmp")) == []


# --- 3. the cache checks what it serves ------------------------------------------------

def cached_run(folder: Path, cache: Path):
    from extractor.batch import BatchOptions, execute_batch
    return execute_batch([folder], BatchOptions(jobs=1, cache_dir=cache, progress=False))


@pytest.fixture(scope="module")
def cached(tmp_path_factory):
    """Two small reports run once with a cache: (folder, cache folder, the run)."""
    root = tmp_path_factory.mktemp("cached")
    folder = root / "in"
    folder.mkdir()
    (folder / "one.md").write_text(small_report(), encoding="utf-8")
    (folder / "two.md").write_text(small_report(" and to schools"), encoding="utf-8")
    first = cached_run(folder, root / "cache")
    assert first.stats.cache.writes == 2
    return folder, root / "cache", first


def test_every_single_bit_flip_in_a_real_cache_entry_is_a_miss(cached):
    from extractor.cache import ResultCache, read_entry

    folder, cache_dir, first = cached
    cache = ResultCache(cache_dir)
    for report in first.result.reports:
        path = cache.path_for(report.sha256)
        good = path.read_bytes()
        for bit in range(len(good) * 8):
            flipped = bytearray(good)
            flipped[bit // 8] ^= 1 << (bit % 8)
            assert read_entry(bytes(flipped), report.sha256) is None, bit
            if bit % 61 == 0:  # and through the cache's own door, for a sample of them
                path.write_bytes(bytes(flipped))
                assert cache.get(report.sha256, report.source) is None, bit
        path.write_bytes(good)
        # which file of a report supplies it is decided per run, after extraction, not cached
        assert cache.get(report.sha256, report.source).to_dict() == replace(report, same_report_as=None).to_dict()
    assert cache.stats.hits == 2


def test_a_damaged_cache_entry_is_extracted_again_not_served(cached, tmp_path):
    folder, cache_dir, first = cached
    cache_copy = tmp_path / "cache"
    shutil.copytree(cache_dir, cache_copy)
    entry = next(p for p in cache_copy.rglob("*.json")
                 if b"one.md" in p.read_bytes())
    raw = entry.read_bytes()
    at = raw.index(b"referrals") + 7
    entry.write_bytes(raw[:at] + bytes([raw[at] ^ 0x08]) + raw[at + 1:])  # "referrads"

    again = cached_run(folder, cache_copy)

    assert again.stats.cache.hits == 1 and again.stats.cache.misses == 1
    assert again.result.to_dict()["reports"] == first.result.to_dict()["reports"]
    assert b"referrads" not in entry.read_bytes()  # the fresh result replaced it


def test_a_cache_entry_of_the_wrong_shape_is_a_miss_even_with_a_good_checksum(cached, tmp_path):
    from extractor.cache import ENTRY_TAG

    folder, cache_dir, first = cached
    cache_copy = tmp_path / "cache"
    shutil.copytree(cache_dir, cache_copy)
    forged = [("pages", "five"), ("recommendations", [1]), ("rec9", None), ("scrs", "Child Z")]
    entries = sorted(cache_copy.rglob("*.json"))
    for (key, value), entry in zip(forged, entries * 2):
        data = json.loads(entry.read_bytes().partition(b"\n")[2])
        data[key] = value
        payload = json.dumps(data).encode("utf-8")
        entry.write_bytes(ENTRY_TAG + b" " + hashlib.sha256(payload).hexdigest().encode() + b"\n" + payload)
        again = cached_run(folder, cache_copy)
        assert again.stats.cache.misses == 1, key
        assert again.result.to_dict()["reports"] == first.result.to_dict()["reports"]
    out = tmp_path / "out"
    assert run_to(out, folder).exit_code == 0


# --- 8 and 10. unloadable pages, and a page tree that lies --------------------------------

def page_text(n: int) -> str:
    # each page says what an annual report says, so the file is taken for one with any page lost
    return (f"Section {n}: Westbrook Local Safeguarding Children Board Annual Report 2015-16.\n"
            f"The Board monitored the serious case review action plan for child protection on day {n}.")


def test_a_pdf_with_one_unloadable_page_is_read_without_it(tmp_path):
    from extractor.ingest import read_document

    pdf = tmp_path / "fourteen-of-fifteen.pdf"
    pdf.write_bytes(text_pdf([None if n == 7 else page_text(n) for n in range(1, 16)]))

    doc = read_document(pdf)

    assert doc.unread_pages == [7] and doc.pages == 14
    assert [b.page for b in doc.blocks if b.text.startswith("Section ")] == [
        n for n in range(1, 16) if n != 7]


def test_unread_pages_are_reported_and_a_lying_page_count_does_not_refuse(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "broken-page.pdf").write_bytes(
        text_pdf([None if n in (3, 4, 9) else page_text(n) for n in range(1, 11)]))
    (folder / "claims-5000.pdf").write_bytes(text_pdf([page_text(1)], claimed=5000))

    run = run_to(tmp_path / "out", folder)

    assert run.exit_code == 0, run.output
    data, sheets, _ = read_all(tmp_path / "out")
    got = {Path(r["source"]).name: (r["pages"], r["pages_not_read"]) for r in data["reports"]}
    assert got == {"broken-page.pdf": (7, "3-4, 9"), "claims-5000.pdf": (1, "2-5000")}
    header, *rows = sheets["Reports"]
    column = header.index("Pages not read")
    assert sorted(row[column] for row in rows) == ["2-5000", "3-4, 9"]


def test_a_page_tree_past_the_limit_is_refused_only_for_pages_that_load(tmp_path):
    from extractor.batch import BatchOptions, run_batch

    liar = tmp_path / "claims-50.pdf"
    liar.write_bytes(text_pdf([page_text(n) for n in range(1, 4)], claimed=50))
    many = tmp_path / "six-pages.pdf"
    many.write_bytes(text_pdf([page_text(n) for n in range(1, 7)]))

    result = run_batch([liar, many], BatchOptions(jobs=1, use_cache=False, progress=False,
                                                  max_pages=5))

    assert [(Path(r.source).name, r.pages) for r in result.reports] == [("claims-50.pdf", 3)]
    assert [e.error for e in result.errors] == [errors.TOO_MANY_PAGES.format(pages=6, limit=5)]


# --- 4. show and dump keep run's limits -------------------------------------------------

def one_file_command(command: str, path: Path, *extra: str, fault: str = ""):
    env = {**os.environ, "SCR_EXTRACT_TEST_FAULT": fault}
    proc = subprocess.run([sys.executable, "-m", "extractor.cli", command, str(path), *extra],
                          capture_output=True, text=True, env=env, timeout=600)
    return proc.returncode, proc.stdout, proc.stderr


@pytest.mark.parametrize("command", ["show", "dump"])
def test_show_and_dump_refuse_what_run_refuses(tmp_path, command):
    fifo = tmp_path / "waits-forever.txt"
    os.mkfifo(fifo)
    zero = tmp_path / "endless.txt"
    zero.symlink_to("/dev/zero")
    slow = tmp_path / "slow.md"
    slow.write_text(small_report(), encoding="utf-8")
    cases = [(fifo, "", "1", errors.NOT_A_FILE), (zero, "", "1", errors.NOT_A_FILE),
             (slow, "sleep:slow", "1", errors.TIMEOUT.format(seconds=1))]
    # (The memory ceiling is the same worker's; a hog here would count in test_hostile's
    # measure of the largest child this test process ever had.)
    for path, fault, timeout, message in cases:
        code, out, err = one_file_command(command, path, "--timeout", timeout, fault=fault)
        assert (code, out, err) == (1, "", f"Error: {path}: {message}\n")
    code, out, _ = one_file_command(command, slow)
    assert code == 0 and "audit referrals" in out


# --- 9. no pattern in models/ is quadratic ------------------------------------------------

def model_regexes() -> list[tuple[str, re.Pattern]]:
    """Every regular expression the rule files hold: rule patterns and spaCy REGEX values."""
    from extractor.lexicon import _SCHEMAS, rules

    found = [(f"{name}: {r.kind}", r.regex) for name in _SCHEMAS for r in rules(name)]

    def walk(value, where):
        if isinstance(value, dict):
            for key, v in value.items():
                if key == "REGEX" and isinstance(v, str):
                    found.append((where, re.compile(v)))
                walk(v, where)
        elif isinstance(value, list):
            for v in value:
                walk(v, where)

    for path in sorted(MODELS.glob("*.jsonl")):
        if path.name not in _SCHEMAS:
            for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                if line.strip().startswith("{"):
                    walk(json.loads(line), f"{path.name}:{n}")
    return found


def long_inputs(n: int) -> list[str]:
    """Tokens and lines of n characters of the kinds that make a backtracking pattern stall."""
    return ["A" * n, "a" * n, "1" * n, "A" + "a" * n, "A." * (n // 2), "a-" * (n // 2),
            "Ab1'.-&" * (n // 7), "Aword " * (n // 6), "word " * (n // 5), " " * n, "(a " * (n // 3)]


def scan_cost(regex: re.Pattern, texts: list[str]) -> float:
    started = time.perf_counter()
    for text in texts:
        for _ in regex.finditer(text):
            pass
    return time.perf_counter() - started


def test_every_pattern_in_models_is_linear_on_100k_character_tokens_and_lines():
    # Not a speed test: each pattern is compared with a one-pass scan of the same text, and a
    # pattern that backtracks costs thousands of times more (the board-name pattern took 61 s
    # on a 40,000-character token); 10k first, so such a pattern fails in seconds, not hours.
    regexes = model_regexes()
    assert len(regexes) > 100
    one_pass = re.compile(r"(?<![\w'.-])[A-Z][\w'.-]*+\s+|\d+")
    for n in (10_000, 100_000):
        texts = long_inputs(n)
        base = max(scan_cost(one_pass, texts), 1e-4)
        slow = [(where, rx.pattern[:80]) for where, rx in regexes
                if scan_cost(rx, texts) > 200 * base + 0.5]
        assert slow == [], n


def test_a_report_with_100k_character_tokens_and_lines_is_read_whole(tmp_path):
    from extractor.pipeline import extract

    report = tmp_path / "long.md"
    token, line = "A" * 100_000, "Aword " * 17_000
    report.write_text(small_report().replace("# Serious", f"{token}\n\n{line}\n\n# Serious"),
                      encoding="utf-8")
    result = extract(report)
    assert result.lscb == "Eastmere Local Safeguarding Children Board"
    assert [r.text for r in result.recommendations] == [
        "The LSCB should audit referrals to children's social care."]


# --- 7. names reach the terminal escaped --------------------------------------------------

def test_file_names_are_escaped_in_every_message(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    title = "\x1b]0;pwned\x07title.txt"
    forged = "evil\nerror: forged.txt: all is well.txt"
    bidi = "report-\u202etxt.md"
    (folder / title).write_bytes(b"")
    (folder / forged).write_bytes(b"")
    (folder / bidi).write_text(small_report(), encoding="utf-8")
    xlsx = tmp_path / "out\x1b[2J.xlsx"

    run = CliRunner().invoke(main, ["run", str(folder), "-o", str(xlsx), "--no-cache", "-j", "1"])

    assert run.exit_code == 1
    lines = run.output.splitlines()
    assert len(lines) == 3 and [line.startswith("error: ") for line in lines] == [True, True, False]
    assert not any(c in run.output for c in "\x1b\x07\u202e")
    assert f"error: {folder}/evil\\nerror: forged.txt: all is well.txt: " + errors.EMPTY_FILE in lines
    assert "\\x1b]0;pwned\\x07title.txt" in run.output and "out\\x1b[2J.xlsx" in lines[2]
    for command in ("show", "dump"):
        shown_run = CliRunner().invoke(main, [command, str(folder / bidi)])
        assert shown_run.exit_code == 0 and "report-\\u202etxt.md" in shown_run.output
        empty_run = CliRunner().invoke(main, [command, str(folder / forged)])
        assert empty_run.exit_code == 1 and len(empty_run.output.splitlines()) == 1


# --- Also: a paragraph longer than spaCy analyses is read in pieces, not refused ----------

def test_a_paragraph_longer_than_spacy_analyses_is_read_in_pieces(tmp_path):
    from extractor.batch import BatchOptions, run_batch
    from extractor.nlp import load_pipeline

    limit = load_pipeline().max_length
    page = tmp_path / "long-paragraph.html"
    page.write_text("<html><body><h1>Westbrook Local Safeguarding Children Board Annual Report 2015-16</h1>"
                    "<h2>Training</h2><p>" + "Practitioners attended the course on neglect. " * (limit // 46 + 10)
                    + "</p><h2>Serious case reviews</h2><p>Recommendation 1: The LSCB should audit referrals.</p>"
                    "<p>Progress: the police completed the audit.</p></body></html>", encoding="utf-8")
    result = run_batch([page], BatchOptions(jobs=1, use_cache=False, progress=False))
    assert result.errors == []
    (report,) = result.reports
    assert [e.text for e in report.recommendations] == ["The LSCB should audit referrals."]


def test_an_over_long_block_is_cut_into_pieces_at_sentence_ends():
    from extractor.document import Block, Document
    from extractor.repair import MAX_BLOCK_CHARS, split_long_blocks

    text = "The police completed the audit. " * (3 * MAX_BLOCK_CHARS // 32)
    doc = Document(source="x.html", format="html", sha256="", pages=None, blocks=[Block("paragraph", text, 1)])
    pieces = split_long_blocks(doc).blocks
    assert len(pieces) >= 3 and all(len(b.text) <= MAX_BLOCK_CHARS for b in pieces)
    assert all(b.text.endswith("audit.") for b in pieces)
    assert " ".join(b.text for b in pieces) == text.strip()

# --- Also: what is wrong with a damaged DOCX is said -------------------------------------

DOCX = DATA / "report.docx"


def rewritten_docx(target: Path, change=lambda name, data: data, extra=()) -> Path:
    with zipfile.ZipFile(DOCX) as src, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(info.filename, change(info.filename, src.read(info)))
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # zipfile warns of the duplicate it is asked to write
            for name, data in extra:
                dst.writestr(name, data)
    return target


def test_a_damaged_compressed_part_is_named(tmp_path):
    from extractor.ingest import read_document

    data = bytearray(DOCX.read_bytes())
    info = zipfile.ZipFile(DOCX).getinfo("word/document.xml")
    start = info.header_offset + 30 + len(info.filename) + len(info.extra)
    for k in range(40, 60):
        data[start + k] ^= 0xFF
    broken = tmp_path / "zlib.docx"
    broken.write_bytes(bytes(data))
    with pytest.raises(ReadError) as exc:
        read_document(broken)
    assert str(exc.value).startswith("not a DOCX file (damaged part word/document.xml: Error -3 ")


def test_a_duplicate_zip_entry_is_named(tmp_path):
    from extractor.ingest import read_document

    dup = rewritten_docx(tmp_path / "dup.docx", extra=[("word/document.xml", b"<w:document/>")])
    with pytest.raises(ReadError) as exc:
        read_document(dup)
    assert str(exc.value) == errors.NOT_A_DOCX.format(detail="duplicate zip entry word/document.xml")


def test_a_non_numeric_list_start_is_read_as_the_default(tmp_path):
    from extractor.ingest import read_document

    def words_for_numbers(name: str, data: bytes) -> bytes:
        if name == "word/numbering.xml":
            return re.sub(rb'(<w:start w:val=")\d+', rb"\1one", data)
        return data

    odd = rewritten_docx(tmp_path / "num.docx", words_for_numbers)
    assert b'w:val="one"' in zipfile.ZipFile(odd).read("word/numbering.xml")
    assert read_document(odd).text == read_document(DOCX).text
