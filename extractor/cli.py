"""The `scr-extract` command: parses options, calls the library, prints.

Each command is one library call; library errors become one-line messages.
"""
from __future__ import annotations

import os
import sys
import time
from pathlib import Path

import click

from ._version import __version__
from .errors import ReadError
from .untrusted import shown, terminal_text

DEFAULT_XLSX = "exports/scr-recommendations.xlsx"


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="scr-extract")
def main() -> None:
    """Extract serious case review recommendations from LSCB annual reports."""


@main.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("-o", "--output", "xlsx", default=DEFAULT_XLSX, show_default=True,
              type=click.Path(path_type=Path), help="Workbook to write.")
@click.option("--json", "json_path", type=click.Path(path_type=Path),
              help="Also write the scr-extract/1 JSON here.")
@click.option("--csv", "csv_dir", type=click.Path(path_type=Path),
              help="Also write reports.csv, recommendations.csv and bodies.csv into this folder.")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None,
              help="Worker processes (default: the number of cores).")
@click.option("--timeout", type=click.FloatRange(min=1), default=120.0, show_default=True,
              help="Seconds allowed for one file.")
@click.option("--cache-dir", type=click.Path(path_type=Path), default=None,
              help="Where results are cached (default: the user cache folder).")
@click.option("--no-cache", is_flag=True, help="Neither read nor write the result cache.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar or summary line.")
def run(inputs: tuple[Path, ...], xlsx: Path, json_path: Path | None, csv_dir: Path | None,
        jobs: int | None, timeout: float, cache_dir: Path | None, no_cache: bool,
        quiet: bool) -> None:
    """Extract every report in INPUTS (files or folders) and write the outputs.

    Folders are walked for .pdf, .docx, .txt, .md and .html files. A file that
    cannot be read becomes a row of the Errors sheet; the batch goes on. A
    missing input or an output that cannot be written stops the run before
    anything is read or written. Reviewer columns of a workbook being replaced
    are carried over. Exit status: 0 when every file was read, 1 when some
    were not, 2 for bad usage (missing input, unwritable output).

    Example: scr-extract run corpus/reports -o exports/scr-recommendations.xlsx --json exports/scr-recommendations.json
    """
    from .batch import BatchOptions, run_batch
    from .export import OutputError, write_outputs
    from .export.preflight import empty_folders, output_problem

    problem = output_problem(list(inputs), xlsx, json_path, csv_dir)
    if problem:
        click.echo(f"error: {problem}", err=True)
        sys.exit(2)
    for folder in empty_folders(list(inputs)):
        click.echo(f"warning: no .pdf, .docx, .txt, .md or .html file in {folder}", err=True)
    options = BatchOptions(jobs=jobs, timeout=timeout, cache_dir=cache_dir,
                           use_cache=not no_cache, progress=not quiet)
    started = time.monotonic()
    result = run_batch(inputs, options)
    for failure in result.errors:
        click.echo(f"error: {shown(failure.source)}: {shown(failure.error)}", err=True)
    for line in skipped_lines(result):
        click.echo(line, err=True)
    try:
        write_outputs(result, xlsx=xlsx, json_path=json_path, csv_dir=csv_dir)
    except OutputError as exc:
        kept = "; this run's results are cached, rerun to write them" if not no_cache else ""
        click.echo(f"error: {exc}; the previous outputs are kept{kept}", err=True)
        sys.exit(1)
    if not quiet:
        reports = result.distinct_reports()
        n = sum(len(r.recommendations) for r in reports)
        files = f" in {len(result.reports)} files" if len(result.reports) != len(reports) else ""
        click.echo(f"{len(reports)} reports{files}, {n} entries, {len(result.errors)} errors, "
                   f"{len(result.skipped)} skipped in {time.monotonic() - started:.1f} s; wrote {shown(xlsx)}"
                   + (f", {shown(json_path)}" if json_path else ""), err=True)
    sys.exit(1 if result.errors else 0)


def _path_option(flag: str, dest: str, help: str):
    """An option naming a file or folder, not given by default."""
    return click.option(flag, dest, type=click.Path(path_type=Path), default=None, help=help)


def _timeout_option(command):
    return click.option("--timeout", type=click.FloatRange(min=1), default=120.0, show_default=True,
                        help="Seconds allowed for the file.")(command)


def _read_one_and_print(file: Path, timeout: float, formatter, dump: bool) -> None:
    """show and dump: one file read in a worker under the limits of `run` (type, size, pages,
    time, memory), then printed."""
    from .batch import BatchOptions, read_one

    options = BatchOptions(jobs=1, timeout=timeout, use_cache=False, progress=False)
    _echo_for(file, lambda: formatter(read_one(file, dump, options)))


@main.command()
@click.argument("inputs", nargs=-1, type=click.Path(path_type=Path))
@click.option("--gold", "gold_dir", required=True, type=click.Path(path_type=Path),
              help="Folder of <name>.gold.json files.")
@_path_option("--heldaside", "heldaside_path",
              help="Report names kept out of development, one a line "
                   "(default: <gold>/../heldaside.txt if it exists).")
@_path_option("--pred", "pred_path",
              help="Score this scr-extract/1 JSON instead of extracting INPUTS.")
@_path_option("--json", "json_path",
              help="Write the scores as JSON here.")
@click.option("--rules-only", is_flag=True,
              help="Extract without the trained entry classifier, to see what it adds.")
@click.option("--funnel", "trace_funnel", is_flag=True,
              help="Also count, per rendering, the gold entries the reader delivered, the linker "
                   "read and drafted: which stage lost them (takes about twice as long).")
def evaluate(inputs: tuple[Path, ...], gold_dir: Path, heldaside_path: Path | None,
             pred_path: Path | None, json_path: Path | None, rules_only: bool, trace_funnel: bool) -> None:
    """Score extraction against gold annotations, per report and format.

    Either extracts INPUTS (files or folders) afresh, or scores a previous
    `scr-extract run --json` output given with --pred. With INPUTS, only the
    gold of reports among them is scored; with --pred, a gold report absent from
    the prediction counts as missing.

    Example: scr-extract evaluate --gold corpus/gold corpus/reports/brackenholt-2013-14.pdf --json exports/scores.json
    """
    import json as json_module

    from .evaluate import evaluate as score, format_table, load_gold, load_heldaside
    from .evaluate import load_predictions, read_renderings, report_name

    if bool(inputs) == bool(pred_path):
        raise click.UsageError("give either INPUT files/folders or --pred, not both or neither")
    if heldaside_path is None and (gold_dir.parent / "heldaside.txt").is_file():
        heldaside_path = gold_dir.parent / "heldaside.txt"
    try:
        gold = load_gold(gold_dir)
        if pred_path:
            run_dict = load_predictions(pred_path)
        else:
            from .batch import BatchOptions, run_batch
            from .inputs import collect_inputs
            # Gold for reports that were not among the inputs is not "missing": it was not asked for.
            asked = {report_name(str(p)) for p in collect_inputs(inputs)}
            gold = [g for g in gold if g["source"] in asked]
            options = BatchOptions(progress=False, use_cache=False, use_model=not rules_only)
            run_dict = run_batch(inputs, options).to_dict()
    except ReadError as exc:
        raise click.ClickException(shown(str(exc))) from None
    readings = read_renderings((r["source"] for r in run_dict["reports"]), funnel=trace_funnel)
    result = score(run_dict["reports"], gold, load_heldaside(heldaside_path),
                   errors=run_dict.get("errors") or [], readings=readings)
    click.echo(terminal_text(format_table(result)))
    if json_path:
        json_path.parent.mkdir(parents=True, exist_ok=True)
        json_path.write_text(json_module.dumps(result, indent=1, ensure_ascii=False) + "\n",
                             encoding="utf-8")


@main.command()
@click.argument("reports_dir", type=click.Path(path_type=Path), default=Path("corpus/reports"))
@click.option("--gold", "gold_dirs", type=click.Path(path_type=Path), multiple=True,
              default=(Path("corpus/gold"),), show_default=True,
              help="Folder of <name>.gold.json files: the corpus gold, or gold imported by "
                   "`review import`; give it several times to combine (a report's last answer counts).")
@_path_option("--heldaside", "heldaside_path",
              help="Reports never trained on (default: <gold>/../heldaside.txt if it exists).")
@_path_option("--out", "out_dir",
              help="Where the entry classifier goes (default: models/entry_classifier, which the "
                   "extractor loads); the status model goes beside it, in status_classifier/.")
def train(reports_dir: Path, gold_dirs: tuple[Path, ...], heldaside_path: Path | None,
          out_dir: Path | None) -> None:
    """Train the entry classifier on the gold of the development reports in REPORTS_DIR
    (default corpus/reports), print its cross-validated scores and save it.

    Without --out it replaces the model the extractor loads. The model's meta.json records
    the gold folders used.

    Example: scr-extract train corpus/reports --gold corpus/gold --out exports/entry_classifier
    """
    from .classify import MODEL_DIR
    from .train import train as fit_model

    if heldaside_path is None and (gold_dirs[0].parent / "heldaside.txt").is_file():
        heldaside_path = gold_dirs[0].parent / "heldaside.txt"
    try:
        fit_model(reports_dir, list(gold_dirs), heldaside_path, out_dir or MODEL_DIR, say=click.echo)
    except ReadError as exc:
        raise click.ClickException(shown(str(exc))) from None


@main.group()
def review() -> None:
    """Read back a workbook officials have reviewed: gold files and figures.

    Example: scr-extract review import exports/scr-recommendations.xlsx --gold-out exports/reviewed-gold
    """


@review.command("import")
@click.argument("workbook", type=click.Path(path_type=Path))
@click.option("--gold-out", "gold_out", required=True, type=click.Path(path_type=Path),
              help="Folder for the <name>.gold.json of every report marked Review complete.")
def review_import(workbook: Path, gold_out: Path) -> None:
    """Write the gold of every reviewed report of WORKBOOK (marked Review complete), for
    `evaluate --gold` and `train --gold`, and print what was read. A workbook or cell
    that cannot be read is one line (sheet, row, column) and exit 2; nothing is written.

    Example: scr-extract review import exports/scr-recommendations.xlsx --gold-out exports/reviewed-gold
    """
    from .export.reviewed import ReviewImportError, import_review

    _must_exist(workbook)
    try:
        reviewed, written = import_review(workbook, gold_out)
    except ReviewImportError as exc:
        raise BadWorkbook(str(exc)) from None
    click.echo(reviewed.describe())
    for line in reviewed.warnings:
        click.echo(line, err=True)
    click.echo(f"Wrote {len(written)} gold file{'s' if len(written) != 1 else ''} to {gold_out}"
               + ("" if written else " (no report is marked Review complete)"))


@review.command("stats")
@click.argument("workbook", type=click.Path(path_type=Path))
def review_stats(workbook: Path) -> None:
    """How the tool did on the entries officials reviewed in WORKBOOK: share correct,
    precision, recall on reports marked complete, status and bodies among edited entries,
    by format and by producer.

    Example: scr-extract review stats exports/scr-recommendations.xlsx
    """
    from .export.reviewed import ReviewImportError, format_review_table, judged, read_reviewed, review_table

    _must_exist(workbook)
    try:
        reviewed = read_reviewed(workbook)
    except ReviewImportError as exc:
        raise BadWorkbook(str(exc)) from None
    click.echo(reviewed.describe())
    click.echo(format_review_table(review_table(judged(reviewed))))


@main.command()
@click.argument("results", type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["text", "markdown", "csv"]), default="text",
              show_default=True, help="text fits 80 columns; markdown and csv paste into a paper.")
def summary(results: Path, fmt: str) -> None:
    """Print the summary tables of a run from its JSON (RESULTS): verdict counts,
    entries by status and by sector, by period and by LSCB, and why each report
    has its verdict: the same figures as the workbook's Summary sheet.

    Example: scr-extract summary exports/scr-recommendations.json --format markdown
    """
    from .export.summary import RENDERERS, load_summary

    _echo_for(results, lambda: RENDERERS[fmt](load_summary(results)))


def _printing_command(name: str, formatter: str, dump: bool, doc: str) -> click.Command:
    """show and dump: one FILE read in a worker under the limits of `run`, printed by
    show.<formatter>."""
    @main.command(name, help=doc)
    @click.argument("file", type=click.Path(path_type=Path))
    @_timeout_option
    def command(file: Path, timeout: float) -> None:
        from . import show as printers

        _read_one_and_print(file, timeout, getattr(printers, formatter), dump=dump)

    return command


show = _printing_command("show", "format_report", dump=False, doc="""\
    Print the SCR entries found in FILE as a table (number, SCR, status, bodies, text, page).

    Example: scr-extract show corpus/reports/brackenholt-2013-14.docx
    """)
dump = _printing_command("dump", "format_document", dump=True, doc="""\
    Print the blocks the extractor sees in FILE (kind, page, text, cells).

    Example: scr-extract dump corpus/reports/brackenholt-2013-14.pdf
    """)


def skipped_lines(result) -> list[str]:
    """A warning per file set aside as not an annual report, and one line counting the
    files of types not read, by type (a folder of images would otherwise flood the terminal)."""
    from collections import Counter

    from .organise import UNSUPPORTED

    marker = UNSUPPORTED.split("'")[0]
    lines, types = [], Counter()
    for s in result.skipped:
        if s.reason.startswith(marker):
            types[Path(s.source).suffix.lower() or "(none)"] += 1
        else:
            lines.append(f"warning: skipped {s.source}: {s.reason}")
    if types:
        listed = ", ".join(f"{n} {t}" for t, n in types.most_common())
        n = sum(types.values())
        lines.append(f"warning: skipped {n} file{'s' if n != 1 else ''} of types not read ({listed}); "
                     "the Skipped sheet lists them")
    return lines


class MissingInput(click.ClickException):
    """A path given on the command line that does not exist: bad usage, exit status 2."""

    exit_code = 2


class BadWorkbook(click.ClickException):
    """A reviewed workbook that cannot be read back: one line, exit status 2."""

    exit_code = 2


def _must_exist(path: Path) -> None:
    from . import errors

    if not os.path.lexists(path):
        raise MissingInput(f"{path}: {errors.NOT_FOUND}")


def _echo_for(path: Path, text_of) -> None:
    """Prints what text_of() makes of path, or fails with one line naming the file and the problem."""
    _must_exist(path)
    try:
        text = text_of()
    except ReadError as exc:
        raise click.ClickException(f"{shown(path)}: {shown(str(exc))}") from None
    click.echo(terminal_text(text))


if __name__ == "__main__":
    main()
