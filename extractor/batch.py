"""Batch runs: many inputs -> one RunResult, one bad file never stopping the rest.

Files are extracted in worker processes (one task at a time per worker), so a
file that hangs, exhausts memory or crashes a C library (a segfault in a PDF
parser) costs only that file: its worker is killed or replaced, the file becomes
an `errors` entry, and the batch goes on with a fresh worker. Results are put
back in input order, whatever order the workers finish in, and each finished
result is cached at once so an interrupted run resumes where it stopped.
"""
from __future__ import annotations

import errno
import fnmatch
import gc
import multiprocessing
import os
import signal
import stat
import sys
import time
from collections import deque
import dataclasses
from dataclasses import dataclass, field
from multiprocessing.connection import wait
from pathlib import Path
from typing import Iterable

from . import errors
from .cache import CacheStats, ResultCache, default_cache_dir, file_sha256
from .errors import ReadError
from .document import Document
from .ingest import SUFFIXES, format_of, read_document
from .organise import organise
from .report import ReadFailure, Report, RunResult
from .untrusted import text_path

IGNORE_FILE = ".scr-extract-ignore"
# Spawned workers import the package afresh: warming spaCy can take a while on a
# busy machine, and that must not count against the first file's time limit.
STARTUP_GRACE = 120.0
# Test-only hook, read by workers: "abort:NAME", "sleep:NAME", "hog:NAME" or
# "raise:NAME" makes the worker misbehave on files whose name contains NAME.
FAULT_ENV = "SCR_EXTRACT_TEST_FAULT"
#: the workers' garbage collection thresholds (Python's default is 700, 10, 10)
GC_THRESHOLDS = (100_000, 50, 100)


@dataclass
class BatchOptions:
    jobs: int | None = None          # None: one worker per core
    timeout: float = 120.0           # seconds per file
    cache_dir: Path | None = None    # None: the user cache folder
    use_cache: bool = True
    progress: bool = True
    max_file_mb: int = 200           # larger files are refused unread
    max_pages: int = 2000            # PDFs with more pages are refused
    memory_limit_mb: int = 1536      # address-space ceiling of each worker
    use_model: bool = True           # False: rules alone (evaluate's comparison; never cached)
    dump: bool = False               # True: read only, each outcome a Document (`dump`; never cached)


@dataclass
class BatchStats:
    """Figures about one run (for the summary line, tests and the benchmark)."""

    files: int = 0
    extracted: int = 0               # files a worker actually ran the extractor on
    pages: int = 0                   # pages of the reports extracted (not cached)
    elapsed: float = 0.0
    workers_started: int = 0
    peak_worker_rss_mb: float = 0.0
    cache: CacheStats = field(default_factory=CacheStats)


@dataclass
class BatchRun:
    result: RunResult
    stats: BatchStats
    #: One per input in order: a Report (a Document when reading only) or a ReadFailure.
    outcomes: list = field(default_factory=list)


@dataclass
class InputFile:
    """A file to extract, or a path met while walking that cannot be (`problem` says why)."""

    path: Path
    problem: str | None = None


# --------------------------------------------------------------------------- inputs

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


def precheck(path: Path, options: BatchOptions) -> tuple[str | None, str | None]:
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
    if st.st_size > options.max_file_mb * 1024 * 1024:
        return None, errors.TOO_LARGE.format(size_mb=st.st_size / 2**20,
                                             limit_mb=options.max_file_mb)
    try:
        return file_sha256(path), None
    except OSError as exc:
        return None, errors.NOT_READABLE.format(detail=exc.strerror or exc)


# --------------------------------------------------------------------------- worker side

def _limit_memory(limit_mb: int) -> None:
    """Caps this process's address space, so a runaway parse raises MemoryError here."""
    try:
        import resource
    except ImportError:  # not on POSIX: no ceiling
        return
    limit = limit_mb * 1024 * 1024
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            size_kb = next(int(line.split()[1]) for line in f if line.startswith("VmSize:"))
        # Libraries already mapped count too; never set the ceiling below what is in use.
        limit = max(limit, size_kb * 1024 + 256 * 1024 * 1024)
    except (OSError, StopIteration, ValueError):
        pass
    try:
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    except (ValueError, OSError):
        pass


def _warm_up() -> None:
    """Loads the readers and the NLP machinery once per worker, before the first file."""
    for module in ("pdf", "docx", "html", "text"):
        try:
            __import__(f"extractor.ingest.{module}")
        except Exception:
            pass  # a reader that cannot load reports itself on the files that need it
    from .document import Block, Document
    from .pipeline import extract_document

    sample = Document(source="<warm-up>", format="txt", sha256="", pages=1, blocks=[
        Block("heading", "Serious case reviews", 1, level=1),
        Block("paragraph", "Recommendation 1: the LSCB should audit referrals to "
                           "children's social care. Action: completed by the police.", 1),
    ])
    try:
        extract_document(sample)
    except Exception:
        pass


def _fault(path: str) -> None:
    """Misbehaves on purpose when the test-only FAULT_ENV names this file."""
    spec = os.environ.get(FAULT_ENV, "")
    kind, _, name = spec.partition(":")
    if not name or name not in Path(path).name:
        return
    if kind == "abort":
        os.abort()
    elif kind == "sleep":
        time.sleep(3600)
    elif kind == "hog":
        chunks = []
        while True:
            chunks.append(bytearray(64 * 1024 * 1024))
    elif kind == "raise":
        raise RuntimeError("fault injected for a test")


def _one_line(text: str, limit: int = 200) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _peak_rss_mb() -> float:
    """This process's own peak resident memory.

    Linux's VmHWM starts afresh at exec; ru_maxrss does not, so a spawned worker's
    ru_maxrss still counts the memory of the parent it was forked from.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024  # kB
    except OSError:
        pass
    try:
        import resource

        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    except ImportError:
        return 0.0


def _extract_one(path: str, sha256: str | None, max_pages: int, memory_limit_mb: int, use_model: bool = True,
                 dump: bool = False) -> tuple[object, bool]:
    """(Report or error message, whether this worker should retire afterwards)."""
    # Imported here, in the worker: the parent process never loads spaCy.
    from .pipeline import extract_document

    try:
        _fault(path)
        doc = read_document(path, sha256, max_pages)  # the parent hashed the file already
        return (doc if dump else extract_document(doc, use_model)), False
    except ReadError as exc:
        return _one_line(exc), False
    except MemoryError:
        # The heap may be fragmented or half-built: a fresh worker is safer.
        return errors.OUT_OF_MEMORY.format(limit_mb=memory_limit_mb), True
    except RecursionError:
        return errors.EXTRACTOR_FAILED.format(detail="nesting too deep"), True
    except Exception as exc:
        detail = _one_line(f"{type(exc).__name__}: {exc}")
        return errors.EXTRACTOR_FAILED.format(detail=detail), False


def _worker_main(conn, max_pages: int, memory_limit_mb: int, use_model: bool = True,
                 dump: bool = False) -> None:
    """A worker: takes (index, path, sha256) tasks one at a time until told to stop."""
    # Ctrl-C reaches the whole process group; the parent decides what stops.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _limit_memory(memory_limit_mb)
    _warm_up()
    # The pipeline's objects live as long as the worker: keep the collector from scanning them again.
    gc.freeze()
    # A report allocates millions of small objects and frees nearly all by reference counting;
    # collecting cycles every 700 allocations cost 5 % of the CPU (paired, bench corpus).
    gc.set_threshold(*GC_THRESHOLDS)
    conn.send(("ready",))
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return
        if task is None:
            return
        index, path, sha256 = task
        outcome, retire = _extract_one(path, sha256, max_pages, memory_limit_mb, use_model, dump)
        try:
            conn.send(("done", index, outcome, retire, _peak_rss_mb()))
        except MemoryError:
            conn.send(("done", index, errors.OUT_OF_MEMORY.format(limit_mb=memory_limit_mb),
                       True, _peak_rss_mb()))
        except Exception as exc:  # a result that cannot be pickled
            conn.send(("done", index, errors.EXTRACTOR_FAILED.format(
                detail=_one_line(f"{type(exc).__name__}: {exc}")), False, _peak_rss_mb()))
        if retire:
            return


# --------------------------------------------------------------------------- parent side

class _Worker:
    def __init__(self, ctx, options: BatchOptions) -> None:
        self.conn, child = ctx.Pipe()
        self.process = ctx.Process(target=_worker_main, daemon=True, name="scr-extract-worker",
                                   args=(child, options.max_pages, options.memory_limit_mb,
                                         options.use_model, options.dump))
        self.process.start()
        child.close()
        self.ready = False
        self.task: int | None = None
        self.deadline = 0.0
        self.retiring = False

    def assign(self, index: int, path: Path, sha256: str, timeout: float) -> None:
        self.conn.send((index, str(path), sha256))
        self.task = index
        self.deadline = time.monotonic() + timeout + (0 if self.ready else STARTUP_GRACE)

    def kill(self) -> None:
        if self.process.is_alive():
            self.process.kill()
        self.process.join()
        self.conn.close()

    def stop(self) -> None:
        try:
            self.conn.send(None)
        except (OSError, ValueError):
            pass
        self.process.join(timeout=5)
        self.kill()

    def crash_detail(self) -> str:
        self.process.join(timeout=5)
        code = self.process.exitcode
        if code is None:
            return "no reply"
        if code < 0:
            try:
                return f"killed by {signal.Signals(-code).name}"
            except ValueError:
                return f"killed by signal {-code}"
        return f"exit status {code}"


class _Progress:
    """One self-updating line on stderr: files, pages/s, errors, ETA (only on a terminal)."""

    def __init__(self, total: int, enabled: bool) -> None:
        self.total = total
        self.enabled = enabled and total > 0 and sys.stderr.isatty()
        self.started = time.monotonic()
        self.last = 0.0

    def show(self, done: int, pages: int, errs: int, force: bool = False) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if not force and now - self.last < 0.2:
            return
        self.last = now
        elapsed = now - self.started
        rate = pages / elapsed if elapsed > 0 else 0.0
        eta = elapsed / done * (self.total - done) if done else 0.0
        sys.stderr.write(f"\r\033[K{done}/{self.total} files  {rate:.1f} pages/s  "
                         f"{errs} errors  ETA {int(eta) // 60}m{int(eta) % 60:02d}s")
        sys.stderr.flush()

    def close(self) -> None:
        if self.enabled:
            sys.stderr.write("\r\033[K")
            sys.stderr.flush()


def execute_batch(inputs: Iterable[str | Path], options: BatchOptions | None = None) -> BatchRun:
    """Extracts every input in worker processes; the RunResult keeps input order."""
    options = options or BatchOptions()
    started = time.monotonic()
    stats = BatchStats()
    cache = None
    if options.use_cache and options.use_model and not options.dump:
        cache = ResultCache(options.cache_dir or default_cache_dir())
        stats.cache = cache.stats
    unsupported: list[Path] = []
    items = scan_inputs(inputs, unsupported)
    stats.files = len(items)
    outcomes: list[Report | ReadFailure | None] = [None] * len(items)
    pending = deque(enumerate(items))
    jobs = max(1, options.jobs or os.cpu_count() or 1)
    ctx = multiprocessing.get_context("spawn")
    workers: list[_Worker] = []
    progress = _Progress(len(items), options.progress)
    done = errs = 0

    def record(index: int, outcome: Report | ReadFailure) -> None:
        nonlocal done, errs
        outcomes[index] = outcome
        done += 1
        errs += isinstance(outcome, ReadFailure)
        progress.show(done, stats.pages, errs)

    def fail(index: int, message: str) -> None:
        record(index, ReadFailure(source=text_path(items[index].path), error=message))

    def free_worker() -> _Worker | None:
        for w in workers:
            if w.task is None and not w.retiring:
                return w
        if len(workers) < jobs:
            workers.append(_Worker(ctx, options))
            stats.workers_started += 1
            return workers[-1]
        return None

    def drop(w: _Worker, killed: bool) -> None:
        w.kill() if killed else w.stop()
        workers.remove(w)

    try:
        while pending or any(w.task is not None for w in workers):
            # Hand out work: cheap checks and cache hits are settled here in the parent.
            while pending:
                if not any(w.task is None and not w.retiring for w in workers) \
                        and len(workers) >= jobs:
                    break
                index, item = pending.popleft()
                if item.problem:
                    fail(index, item.problem)
                    continue
                sha, problem = precheck(item.path, options)
                if problem:
                    fail(index, problem)
                    continue
                hit = cache.get(sha, text_path(item.path)) if cache else None
                if hit is not None:
                    record(index, hit)
                    continue
                worker = free_worker()
                try:
                    worker.assign(index, item.path, sha, options.timeout)
                except (OSError, ValueError):  # it died while idle
                    detail = worker.crash_detail()
                    drop(worker, killed=True)
                    fail(index, errors.WORKER_CRASHED.format(detail=detail))

            busy = [w for w in workers if w.task is not None]
            if not busy:
                continue
            timeout = max(0.0, min(w.deadline for w in busy) - time.monotonic())
            ready = wait([w.conn for w in busy] + [w.process.sentinel for w in busy], timeout)
            for w in busy:
                if w.conn in ready or w.process.sentinel in ready:
                    _collect(w, stats, cache, options, record, fail, drop)
            now = time.monotonic()
            for w in [w for w in workers if w.task is not None and w.deadline <= now]:
                if w.conn.poll():  # the answer came in just as time ran out
                    _collect(w, stats, cache, options, record, fail, drop)
                    continue
                index = w.task
                drop(w, killed=True)
                fail(index, errors.TIMEOUT.format(seconds=options.timeout))
    except KeyboardInterrupt:
        for w in workers:
            w.kill()
        workers.clear()
        progress.close()
        print(f"interrupted after {done} of {len(items)} files"
              + ("; finished results are cached, rerun to resume" if cache else ""),
              file=sys.stderr)
        raise
    finally:
        for w in list(workers):
            drop(w, killed=False)
        progress.close()

    result = organise(RunResult(reports=[o for o in outcomes if isinstance(o, Report)],
                                errors=[o for o in outcomes if isinstance(o, ReadFailure)]), unsupported)
    stats.elapsed = time.monotonic() - started
    return BatchRun(result, stats, outcomes)


def _collect(w: _Worker, stats: BatchStats, cache: ResultCache | None, options: BatchOptions,
             record, fail, drop) -> None:
    """Reads what a worker said (or learns it died) and settles its current file."""
    while w.task is not None or not w.ready:
        try:
            if not w.conn.poll():
                if w.process.is_alive():
                    return
                raise EOFError
            message = w.conn.recv()
        except (EOFError, OSError):
            index = w.task
            detail = w.crash_detail()
            drop(w, killed=True)
            if index is not None:
                fail(index, errors.WORKER_CRASHED.format(detail=detail))
            return
        if message[0] == "ready":
            w.ready = True
            if w.task is not None:  # the startup grace is over: the file's own clock starts
                w.deadline = time.monotonic() + options.timeout
            continue
        _, index, outcome, retire, rss_mb = message
        w.task = None
        stats.peak_worker_rss_mb = max(stats.peak_worker_rss_mb, rss_mb)
        if isinstance(outcome, (Report, Document)):
            stats.extracted += 1
            stats.pages += outcome.pages or 0
            if cache and isinstance(outcome, Report):
                cache.put(outcome)
            record(index, outcome)
        else:
            stats.extracted += 1
            fail(index, str(outcome))
        if retire:
            w.retiring = True
            drop(w, killed=False)
        return


def read_one(path: str | Path, dump: bool = False, options: BatchOptions | None = None) -> Report | Document:
    """One file under the batch's limits (type, size, pages, time, memory), for `show` and
    `dump`: the Report (the Document when `dump`), or ReadError with the batch's message."""
    if os.path.isdir(path):
        raise ReadError(errors.NOT_A_FILE)
    options = options or BatchOptions(jobs=1, use_cache=False)
    options = dataclasses.replace(options, jobs=1, progress=False, dump=dump)
    outcome = execute_batch([path], options).outcomes
    if len(outcome) != 1:  # a folder walked: not one file
        raise ReadError(errors.NOT_A_FILE)
    if isinstance(outcome[0], ReadFailure):
        raise ReadError(outcome[0].error)
    return outcome[0]


def run_batch(inputs: Iterable[str | Path], options: BatchOptions | None = None) -> RunResult:
    """Extracts every input (files or folders); a file that fails becomes an `errors` entry."""
    return execute_batch(inputs, options).result
