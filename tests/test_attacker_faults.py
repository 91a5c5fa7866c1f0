"""The faults an attacker found in `run`, `show` and `dump` (issue 14), one test each,
every one on a small input generated here."""
from __future__ import annotations

import csv
import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner
from openpyxl import load_workbook

from extractor.cli import main

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
    (folder / "good.md").write_text(small_report(), encoding="utf-8")
    latin1 = os.fsdecode(b"caf\xe9.md")
    (folder / latin1).write_text(small_report(), encoding="utf-8")

    run = run_to(tmp_path / "out", folder)

    assert run.exit_code == 0, run.output
    data, sheets, tables = read_all(tmp_path / "out")
    assert sorted(r["source"] for r in data["reports"]) == [
        str(folder / "caf\\xe9.md"), str(folder / "good.md")]
    assert all(len(r["recommendations"]) == 1 for r in data["reports"])
    assert len(tables["reports"]) == 2 and len(sheets["Reports"]) == 3


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
    cells = [str(v) for rows in sheets.values() for row in rows for v in row]
    cells += [v for rows in tables.values() for row in rows for v in row.values()]
    for ch in ODD_CODE_POINTS:
        assert ch not in json.dumps(data, ensure_ascii=False)
        assert not any(ch in v for v in cells)
    data["reports"][0]["source"] = sources[0]
    # The name keeps its odd code points in the JSON (it is the file's true name) but not in cells.
    assert any(s.endswith("name-\uffff\ufdd0.md") for s in sources)
    assert any("name-.md" in str(v) for row in sheets["Reports"] for v in row)
