"""Exporters: RunResult -> JSON, workbook, CSV. All writes are atomic."""
from __future__ import annotations

from pathlib import Path

from ..report import RunResult


def write_outputs(result: RunResult, xlsx: Path | None = None, json_path: Path | None = None,
                  csv_dir: Path | None = None) -> None:
    """Writes every output asked for. The JSON goes first: it is the record of the run."""
    if json_path:
        from .json import write_json
        write_json(result, json_path)
    if xlsx:
        from .xlsx import write_workbook
        write_workbook(result, xlsx)
    if csv_dir:
        from .csv import write_csv
        write_csv(result, csv_dir)
