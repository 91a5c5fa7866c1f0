"""The command line: thin commands over the library, one-line errors, exit statuses."""
import json
import shutil

from click.testing import CliRunner

from conftest import EXAMPLES
from extractor.cli import main


def test_dump_shows_table_cells_under_their_headers():
    out = CliRunner().invoke(main, ["dump", str(EXAMPLES / "eastmere-2014-15.docx")])
    assert out.exit_code == 0
    assert "table_row" in out.output
    assert "Lead agency = " in out.output


def test_a_missing_file_is_a_one_line_usage_error_with_exit_2():
    for command in ("dump", "show", "summary"):
        out = CliRunner().invoke(main, [command, "no-such-report.pdf"])
        assert out.exit_code == 2, command
        assert out.output.strip() == "Error: no-such-report.pdf: file not found"


def test_a_file_that_cannot_be_read_is_exit_1(tmp_path):
    (tmp_path / "broken.pdf").write_bytes(b"%PDF-1.4 not really")
    out = CliRunner().invoke(main, ["dump", str(tmp_path / "broken.pdf")])
    assert out.exit_code == 1 and out.output.startswith("Error: ")


def test_show_lists_the_entries_of_a_report_with_their_actions():
    from extractor.pipeline import extract

    path = EXAMPLES / "ardley-vale-2016-17.docx"
    out = CliRunner().invoke(main, ["show", str(path)])
    assert out.exit_code == 0
    assert "Family K" in out.output and "None" not in out.output
    report = extract(path)
    flat = " ".join(out.output.split())
    for e in report.recommendations:
        if e.text and e.action:
            assert f"action: {' '.join(e.action.split())}" in flat


def test_run_with_a_bad_file_writes_everything_and_exits_1(tmp_path):
    folder = tmp_path / "reports"
    folder.mkdir()
    shutil.copy(EXAMPLES / "ardley-vale-2016-17.docx", folder)
    (folder / "broken.pdf").write_bytes(b"%PDF-1.4 not really")
    xlsx, js = tmp_path / "out.xlsx", tmp_path / "out.json"
    out = CliRunner().invoke(main, ["run", str(folder), "-o", str(xlsx), "--json", str(js),
                                    "--no-cache", "--jobs", "1", "--quiet"])
    assert out.exit_code == 1
    assert xlsx.is_file()
    data = json.loads(js.read_text(encoding="utf-8"))
    assert [r["source"] for r in data["reports"]] == [str(folder / "ardley-vale-2016-17.docx")]
    assert data["errors"] == [{"source": str(folder / "broken.pdf"),
                               "error": "not a readable PDF (data format error)"}]
    assert f"error: {folder / 'broken.pdf'}: not a readable PDF" in out.output


def test_run_without_inputs_is_a_usage_error():
    assert CliRunner().invoke(main, ["run"]).exit_code == 2
