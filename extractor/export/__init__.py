"""Exporters: RunResult -> JSON, workbook, CSV, written as one set (see `atomic`)."""
from __future__ import annotations

import gc
import sys
from pathlib import Path

from ..report import RunResult
from ..untrusted import shown
from .atomic import OutputError, output_set, remove_stale_temporaries

__all__ = ["OutputError", "output_paths", "write_outputs"]

CSV_NAMES = ("reports.csv", "recommendations.csv", "bodies.csv")


def output_paths(xlsx: Path | None = None, json_path: Path | None = None,
                 csv_dir: Path | None = None) -> list[Path]:
    """Every file a run with these options writes."""
    paths = [p for p in (json_path, xlsx) if p]
    if csv_dir:
        paths += [Path(csv_dir) / name for name in CSV_NAMES]
    return paths


def write_outputs(result: RunResult, xlsx: Path | None = None, json_path: Path | None = None,
                  csv_dir: Path | None = None) -> None:
    """Writes every output asked for, all or none: a failure raises OutputError (one line)
    and leaves the previous outputs as they were."""
    for path in output_paths(xlsx, json_path, csv_dir):
        remove_stale_temporaries(path)
    from .csv import write_csv
    from .json import write_json
    from .xlsx import write_workbook

    writers = [(json_path, write_json), (xlsx, write_workbook), (csv_dir, write_csv)]
    where: Path | None = None
    try:
        with output_set():
            for where, write in writers:
                if where:
                    write(result, where)
            where = None
    except OSError as exc:
        where = where or exc.filename or json_path or xlsx or csv_dir
        message = f"cannot write {shown(_target_name(where))}: {exc.strerror or exc}"
        _release_quietly(exc)
        raise OutputError(message) from None


def _release_quietly(exc: BaseException) -> None:
    """Frees what the failed write left open (a zip file closing again on a full disk would
    print a second traceback from its finaliser): the one-line message says it all."""
    hook = sys.unraisablehook
    sys.unraisablehook = lambda unraisable: None
    try:
        exc.__traceback__ = None
        gc.collect()
    finally:
        sys.unraisablehook = hook


def _target_name(path: str | Path) -> Path:
    """The output a temporary file stands for (.<name>.<pid>-<random>.tmp -> <name>)."""
    path = Path(path)
    name = path.name
    if name.startswith(".") and name.endswith(".tmp"):
        name = name[1:].rsplit(".", 2)[0]
    return path.with_name(name)
