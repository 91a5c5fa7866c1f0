"""Write-then-rename, so a crash never leaves half a file or destroys the previous export.

The outputs of one run (JSON, workbook, CSV) are a set: inside `output_set()` every
`atomic_path` only writes its temporary file, and the renames happen together at
the end, once all of them are written. A run killed while writing leaves the
previous set whole (plus temporary files, which the next run removes); a write
that fails removes this run's temporary files and keeps the previous set.
"""
from __future__ import annotations

import contextvars
import os
import re
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

#: Test-only hook (the batch's FAULT_ENV): "pause-export:" stops for an hour once the
#: temporary files of a set are written, so a test can kill the run at that moment.
FAULT_ENV = "SCR_EXTRACT_TEST_FAULT"
#: A temporary file we name: .<target name>.<pid>-<random>.tmp
_TEMP_RE = re.compile(r"\.(?P<pid>\d+)-[A-Za-z0-9_]+\.tmp$")
#: Temporary files with no live owner we can tell are removed once this old (seconds).
_ORPHAN_AGE = 3600

_staged: contextvars.ContextVar[list[tuple[Path, Path]] | None] = contextvars.ContextVar(
    "staged", default=None)


class OutputError(Exception):
    """An output that cannot be written. str(err) is one line naming the file."""


def _temp_beside(target: Path) -> Path:
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.{os.getpid()}-", suffix=".tmp",
                               dir=target.parent)
    os.close(fd)
    # mkstemp makes the file private (0600); an export should get the usual permissions.
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(tmp, 0o666 & ~umask)
    return Path(tmp)


@contextmanager
def atomic_path(target: str | Path):
    """Yields a temporary path beside `target`; renames it over `target` on success
    (inside `output_set()`: when the whole set is written)."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    if target.is_dir():
        raise IsADirectoryError(21, "is a folder", str(target))
    tmp = _temp_beside(target)
    staged = _staged.get()
    try:
        yield tmp
        if staged is None:
            os.replace(tmp, target)
        else:
            staged.append((tmp, target))
            tmp = None
    finally:
        if tmp is not None and os.path.exists(tmp):
            os.unlink(tmp)


@contextmanager
def output_set():
    """Collects every `atomic_path` inside it and renames them all only when all are written."""
    staged: list[tuple[Path, Path]] = []
    token = _staged.set(staged)
    try:
        yield
        for tmp, _ in staged:
            _sync(tmp)
        if os.environ.get(FAULT_ENV, "").startswith("pause-export:"):
            time.sleep(3600)
        for tmp, target in staged:
            if target.is_dir():
                raise IsADirectoryError(21, "is a folder", str(target))
        for tmp, target in staged:
            os.replace(tmp, target)
    finally:
        _staged.reset(token)
        for tmp, _ in staged:
            if os.path.exists(tmp):
                os.unlink(tmp)


def _sync(path: Path) -> None:
    """Flushes a written file to disk, so a power cut after the rename cannot leave it empty."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def remove_stale_temporaries(target: str | Path) -> list[Path]:
    """Removes temporary files left beside `target` by runs that were killed; returns them.

    A file whose writer is still alive (a concurrent run) is left alone.
    """
    target = Path(target)
    removed = []
    try:
        candidates = list(target.parent.glob(f".{glob_escape(target.name)}.*.tmp"))
    except OSError:
        return removed
    for tmp in candidates:
        m = _TEMP_RE.search(tmp.name)
        try:
            if m and int(m["pid"]) != os.getpid() and _alive(int(m["pid"])):
                continue
            if not m and time.time() - tmp.stat().st_mtime < _ORPHAN_AGE:
                continue
            tmp.unlink()
            removed.append(tmp)
        except OSError:
            continue
    return removed


def glob_escape(name: str) -> str:
    return re.sub(r"([*?\[])", r"[\1]", name)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
