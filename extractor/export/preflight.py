"""Checks made before any extraction: the inputs exist and every output can be written.

A batch may take an hour; finding then that -o names a folder, or that the CSV
folder is read-only, wastes it. Each problem is one line; nothing is created or
written while checking.
"""
from __future__ import annotations

import os
from pathlib import Path

from .review import ReviewReadError, read_reviews


def _nearest_existing(path: Path) -> Path:
    p = path.absolute()
    while not p.exists() and p != p.parent:
        p = p.parent
    return p


def _writable_place(path: Path, what: str) -> str | None:
    """Why a file (or folder) cannot be created at `path`, or None."""
    base = _nearest_existing(path.parent if not path.exists() else path)
    if path.exists():
        base = path if path.is_dir() else path.parent
    elif not base.is_dir():
        return f"cannot write the {what} {path}: {base} is a file, not a folder"
    if not os.access(base, os.W_OK | os.X_OK):
        return f"cannot write the {what} {path}: the folder {base} is not writable"
    return None


def empty_folders(inputs: list[Path]) -> list[Path]:
    """The input folders that hold no file of a type that is read."""
    from ..inputs import scan_inputs

    return [p for p in inputs if p.is_dir() and not scan_inputs([p])]


def output_problem(inputs: list[Path], xlsx: Path | None, json_path: Path | None,
                   csv_dir: Path | None) -> str | None:
    """The first reason the run cannot go ahead (one line), or None. Inputs that are all
    empty folders are a problem too: like a mistyped path, they would write an empty
    workbook over a reviewed one."""
    for p in inputs:
        if not os.path.lexists(p):
            return f"input not found: {p}"
    if inputs and len(empty_folders(inputs)) == len(inputs):
        return ("no .pdf, .docx, .txt, .md or .html file in "
                + ", ".join(str(p) for p in inputs))
    files = [(xlsx, "workbook (-o)"), (json_path, "JSON (--json)")]
    named = [p.absolute() for p, _ in files if p] + ([csv_dir.absolute()] if csv_dir else [])
    if len(set(named)) != len(named):
        return "two outputs name the same path: " + ", ".join(str(p) for p in named)
    for path, what in files:
        if path is None:
            continue
        if path.is_dir():
            return f"the {what} path {path} is a folder; give a file name"
        problem = _writable_place(path, what)
        if problem:
            return problem
        if path.exists() and not os.access(path, os.R_OK):
            return f"cannot replace the {what} {path}: it cannot be read"
    if csv_dir is not None:
        if csv_dir.exists() and not csv_dir.is_dir():
            return f"the CSV folder (--csv) {csv_dir} is a file; give a folder"
        problem = _writable_place(csv_dir, "CSV folder (--csv)")
        if problem:
            return problem
    if xlsx is not None and xlsx.exists():
        try:
            read_reviews(xlsx)
        except ReviewReadError as exc:
            return str(exc)
    return None
