"""A batch worker process: takes one file at a time from the parent, extracts it under a memory
ceiling, and sends back the Report or a one-line error. spaCy is imported here, never in the
parent."""
from __future__ import annotations

import gc
import os
import signal
import sys
import time
import types
from pathlib import Path

from . import errors
from .errors import ReadError
from .ingest import read_document

# Test-only hook, read by workers: "abort:NAME", "sleep:NAME", "hog:NAME" or
# "raise:NAME" makes the worker misbehave on files whose name contains NAME.
FAULT_ENV = "SCR_EXTRACT_TEST_FAULT"
#: the workers' garbage collection thresholds (Python's default is 700, 10, 10)
GC_THRESHOLDS = (100_000, 50, 100)


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


def _import_spacy_without_its_cli() -> None:
    """Imports spaCy, deferring its command line.

    spaCy's `__init__` imports `spacy.cli` (typer, weasel, requests, httpx...) only to offer
    `spacy.info`: a third of spaCy's import, 0.15 s of every worker's start-up, for code a
    worker never runs. Stand-ins take the place of `spacy.cli` and `spacy.cli.info` while spaCy
    imports, and are removed at once, so a later `import spacy.cli` imports the real one and
    `spacy.info()` still works (it imports the real command when called).
    """
    if "spacy" in sys.modules:
        return
    stand_ins = {name: types.ModuleType(name) for name in ("spacy.cli", "spacy.cli.info")}
    stand_ins["spacy.cli"].__path__ = []

    def info(*args, **kwargs):
        from spacy.cli.info import info as real

        return real(*args, **kwargs)

    stand_ins["spacy.cli.info"].info = info
    sys.modules.update(stand_ins)
    try:
        import spacy
    finally:
        for name, module in stand_ins.items():
            if sys.modules.get(name) is module:
                del sys.modules[name]
        spacy = sys.modules.get("spacy")
        if spacy is not None and getattr(spacy, "cli", None) is stand_ins["spacy.cli"]:
            del spacy.cli


READERS = {"pdf": "pdf", "docx": "docx", "html": "html", "txt": "text", "md": "text"}  # format -> module


def _warm_up(formats: tuple[str, ...] = tuple(READERS), rehearse: bool = True) -> None:
    """Loads the readers of the batch's formats and the NLP machinery once per worker, before
    the first file (a run of PDFs does not load the HTML parser). `rehearse` extracts a
    two-block sample as well, so that every file finds rules compiled and models loaded; a
    batch of one file (`scr-extract show`) skips it, as its file does that work anyway and the
    sample would only add 0.05 s to its start-up."""
    for module in dict.fromkeys(READERS[f] for f in formats if f in READERS):
        try:
            __import__(f"extractor.ingest.{module}")
        except Exception:
            pass  # a reader that cannot load reports itself on the files that need it
    from .document import Block, Document
    from .pipeline import extract_document

    if not rehearse:
        return
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


def worker_main(conn, max_pages: int, memory_limit_mb: int, use_model: bool = True,
                 dump: bool = False, formats: tuple[str, ...] = tuple(READERS), rehearse: bool = True) -> None:
    """A worker: takes (index, path, sha256) tasks one at a time until told to stop."""
    # Ctrl-C reaches the whole process group; the parent decides what stops.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _limit_memory(memory_limit_mb)
    _import_spacy_without_its_cli()
    _warm_up(formats, rehearse)
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
