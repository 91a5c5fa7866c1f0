"""reports.csv, recommendations.csv and bodies.csv: the workbook's tables as plain CSV.

UTF-8 with a byte-order mark so that Excel opens accented names correctly; values
that a spreadsheet would evaluate as a formula get a leading apostrophe.
"""
from __future__ import annotations

import csv
from pathlib import Path
from typing import Iterable

from ..report import RunResult
from .atomic import atomic_path
from .cells import csv_safe
from .rows import (
    BODY_COLUMNS, RECOMMENDATION_COLUMNS, REPORT_COLUMNS, Column, body_rows,
    recommendation_rows, report_rows,
)

#: Workbook-only columns: the reviewer fills them in Excel; they are empty in an export.
WORKBOOK_ONLY = ("reviewer",)


def write_csv(result: RunResult, directory: str | Path) -> list[Path]:
    """Writes the three CSV files into `directory` (created if missing); returns their paths."""
    directory = Path(directory)
    tables = (
        ("reports.csv", REPORT_COLUMNS, report_rows(result)),
        ("recommendations.csv", RECOMMENDATION_COLUMNS, recommendation_rows(result)),
        ("bodies.csv", BODY_COLUMNS, body_rows(result)),
    )
    written = []
    for name, columns, rows in tables:
        path = directory / name
        _write_table(path, columns, rows)
        written.append(path)
    return written


def _write_table(path: Path, columns: tuple[Column, ...], rows: Iterable[tuple]) -> None:
    keep = [i for i, c in enumerate(columns) if c.kind not in WORKBOOK_ONLY]
    with atomic_path(path) as tmp:
        with tmp.open("w", encoding="utf-8-sig", newline="") as f:
            writer = csv.writer(f)
            writer.writerow([columns[i].header for i in keep])
            for row in rows:
                writer.writerow([_csv_value(row[i]) for i in keep])


def _csv_value(value: object) -> object:
    if value is None:
        return ""
    if isinstance(value, str):
        return csv_safe(value)
    if isinstance(value, (int, float)):
        return value
    return csv_safe(str(value))  # a Link: its path
