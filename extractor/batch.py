"""Batch runs: many inputs -> one RunResult, one bad file never stopping the rest.

Files are extracted in worker processes (one task at a time per worker), so a
file that hangs, exhausts memory or crashes a C library (a segfault in a PDF
parser) costs only that file: its worker is killed or replaced, the file becomes
an `errors` entry, and the batch goes on with a fresh worker. Results are put
back in input order, whatever order the workers finish in, and each finished
result is cached at once so an interrupted run resumes where it stopped.

This module is the scheduler: the inputs and their checks are in `inputs.py`, what a
worker process does is in `worker.py`.
"""
from __future__ import annotations

import dataclasses
import multiprocessing
import os
import signal
import sys
import time
from collections import deque
from dataclasses import dataclass, field
from multiprocessing.connection import wait
from pathlib import Path
from typing import Iterable

from . import errors
from .cache import CacheStats, ResultCache, default_cache_dir
from .document import Document
from .ingest import SUFFIXES
from .errors import ReadError
from .inputs import precheck, scan_inputs
from .organise import organise
from .report import ReadFailure, Report, RunResult
from .untrusted import text_path
from .worker import worker_main

# Spawned workers import the package afresh: warming spaCy can take a while on a
# busy machine, and that must not count against the first file's time limit.
STARTUP_GRACE = 120.0


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


# --------------------------------------------------------------------------- parent side

class _Worker:
    def __init__(self, ctx, options: BatchOptions, formats: tuple[str, ...], rehearse: bool = True) -> None:
        self.conn, child = ctx.Pipe()
        self.process = ctx.Process(target=worker_main, daemon=True, name="scr-extract-worker",
                                   args=(child, options.max_pages, options.memory_limit_mb,
                                         options.use_model, options.dump, formats, rehearse))
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
    formats = tuple(sorted({SUFFIXES.get(item.path.suffix.lower(), "") for item in items} - {""}))
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
            workers.append(_Worker(ctx, options, formats, rehearse=len(items) > 1))
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
                sha, problem = precheck(item.path, options.max_file_mb)
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
