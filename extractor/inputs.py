"""The inputs of a batch: files named and folders walked, each once, and the cheap checks made
before any parser sees a file (exists, regular, supported, not empty, not too large)."""
from __future__ import annotations

import errno
import fnmatch
import os
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from . import errors
from .cache import file_sha256
from .errors import ReadError
from .ingest import SUFFIXES, format_of

IGNORE_FILE = ".scr-extract-ignore"


@dataclass
class InputFile:
    """A file to extract, or a path met while walking that cannot be (`problem` says why)."""

    path: Path
    problem: str | None = None


def ignored_patterns(folder: Path) -> list[str]:
    """Glob patterns (relative to `folder`) from its .scr-extract-ignore, one per line."""
    f = folder / IGNORE_FILE
    if not f.is_file():
        return []
    lines = (line.strip() for line in f.read_text(encoding="utf-8", errors="replace").splitlines())
    return [line.rstrip("/") for line in lines if line and not line.startswith("#")]


def _link_problem(path: Path) -> str | None:
    """Why a symbolic link cannot be followed (loop or missing target), or None."""
    if not os.path.islink(path):
        return None
    try:
        os.stat(path)
    except OSError as exc:
        return errors.LINK_LOOP if exc.errno == errno.ELOOP else errors.BROKEN_LINK
    return None


def scan_inputs(inputs: Iterable[str | Path], unsupported: list[Path] | None = None) -> list[InputFile]:
    """Files named directly, plus supported files found by walking folders, each once.

    A folder may hold a `.scr-extract-ignore` listing paths (globs) that are not
    reports, such as build scripts or notes beside a corpus. Symbolic links to
    folders met while walking are not followed (so a link loop cannot trap the
    walk); broken or looping links to files, and folders that cannot be listed,
    come back with a `problem`, to be reported rather than skipped in silence; files of
    a type not read, met in folders, are added to `unsupported` when it is given.
    """
    found: list[InputFile] = []
    seen: set[str] = set()

    def add(path: Path, problem: str | None = None) -> None:
        key = os.path.abspath(path)
        if key not in seen:
            seen.add(key)
            found.append(InputFile(path, problem))

    for item in inputs:
        p = Path(item)
        if not p.is_dir():
            add(p, _link_problem(p))
            continue
        patterns = ignored_patterns(p)
        walk_errors: list[OSError] = []
        for root, dirs, files in os.walk(p, followlinks=False, onerror=walk_errors.append):
            rel_root = Path(root).relative_to(p)
            dirs[:] = sorted(d for d in dirs if not d.startswith(".") and not any(
                fnmatch.fnmatch(str(rel_root / d), pat) for pat in patterns))
            for name in sorted(files):
                rel = str(rel_root / name)
                if name.startswith(".") or any(fnmatch.fnmatch(rel, pat) for pat in patterns):
                    continue
                if Path(name).suffix.lower() in SUFFIXES:
                    add(Path(root) / name, _link_problem(Path(root) / name))
                elif unsupported is not None:
                    unsupported.append(Path(root) / name)
            for exc in walk_errors:
                add(Path(exc.filename or root),
                    errors.NOT_READABLE.format(detail=exc.strerror or exc))
            walk_errors.clear()
    return found


def collect_inputs(inputs: Iterable[str | Path]) -> list[Path]:
    """The paths `scan_inputs` finds, in order (including those that cannot be read)."""
    return [f.path for f in scan_inputs(inputs)]


def precheck(path: Path, max_file_mb: int) -> tuple[str | None, str | None]:
    """(sha256, None) for a file worth sending to a worker, else (None, error message).

    Cheap checks made before any parser sees the file: it exists, is a regular
    file of a supported type, is not empty and not larger than the limit.
    """
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return None, errors.BROKEN_LINK if os.path.islink(path) else errors.NOT_FOUND
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return None, errors.LINK_LOOP
        return None, errors.NOT_READABLE.format(detail=exc.strerror or exc)
    if not stat.S_ISREG(st.st_mode):
        return None, errors.NOT_A_FILE
    try:
        format_of(path)
    except ReadError as exc:
        return None, str(exc)
    if st.st_size == 0:
        return None, errors.EMPTY_FILE
    if st.st_size > max_file_mb * 1024 * 1024:
        return None, errors.TOO_LARGE.format(size_mb=st.st_size / 2**20, limit_mb=max_file_mb)
    try:
        return file_sha256(path), None
    except OSError as exc:
        return None, errors.NOT_READABLE.format(detail=exc.strerror or exc)
