"""`make fuzz`: mutants of the corpus reports through `scr-extract run`, and four checks.

    python -m extractor.fuzz [--mutants 300] [--seed 14] [--timeout 60] [--jobs N] [--keep DIR]

Each mutant is a corpus file damaged one way: bits flipped, hostile bytes written
in (an escape sequence, U+FFFF, a lone surrogate's bytes, "&#xFFFF;"), cut short,
a chunk deleted or repeated, a 100,000-character token or line put in; a DOCX part
changed and zipped again (so its XML is what breaks), a part stored twice, a
list start that is not a number; a PDF whose page tree claims 5,000 pages. One
mutant in ten gets an odd name (bytes that are not UTF-8, a newline and a forged
"error:", an escape sequence, U+FFFF). The whole set is one batch of
`scr-extract run` writing JSON, workbook and CSV, and the checks are:

1. every input is accounted for once (a report, an error or a skipped file, never two, never lost);
2. no traceback, and every stderr line is an `error:` line for one error, a `warning:` line for a
   skipped file, or the summary;
3. no hang beyond the timeout (the batch ends within its bound, every file within --timeout);
4. outputs consistent: one run id on JSON and workbook, the same reports, entries and
   errors in JSON, workbook and CSV, no temporary file left.

Prints the figures and exits 1 when a check fails. Not part of `make test`: a batch of
300 takes minutes.
"""
from __future__ import annotations

import argparse
import csv
import io
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
import warnings
import zipfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from . import errors
from .untrusted import text_path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus" / "reports"
HOSTILE_BYTES = (b"\x00", b"\xff\xfe", b"\x1b]0;fuzz\x07", b"\x1b[2J", "\uffff".encode(),
                 b"\xed\xa0\x80", b"&#xFFFF;", b"&#0;", b"\x9b", "\u202e".encode(), b"<", b"(",
                 b"%", b"\r", b"\n" * 50)
ODD_NAMES = (b"caf\xe9-", b"evil\nerror: forged.pdf: fine\n", b"\x1b]0;title\x07", "\uffff".encode(),
             b"\xff\xfe-")
TEXT_FORMATS = (".txt", ".md", ".html")


@dataclass
class Mutant:
    path: bytes           # the file's path, as bytes (its name may not be UTF-8)
    seed: str             # the corpus file it was made from
    kind: str             # how it was damaged


# --------------------------------------------------------------------------- mutations

def flip_bits(data: bytes, rng: random.Random) -> bytes:
    out = bytearray(data)
    for _ in range(rng.randint(1, 32)):
        i = rng.randrange(len(out))
        out[i] ^= 1 << rng.randrange(8)
    return bytes(out)


def hostile_bytes(data: bytes, rng: random.Random) -> bytes:
    out = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        i = rng.randrange(len(out) + 1)
        out[i:i] = rng.choice(HOSTILE_BYTES)
    return bytes(out)


def truncate(data: bytes, rng: random.Random) -> bytes:
    return data[: max(1, int(len(data) * rng.uniform(0.1, 0.95)))]


def splice(data: bytes, rng: random.Random) -> bytes:
    i = rng.randrange(len(data))
    n = rng.randint(1, 4096)
    if rng.random() < 0.5:
        return data[:i] + data[i + n:]
    return data[:i + n] + data[i:i + n] * rng.randint(1, 20) + data[i + n:]


def long_token(data: bytes, rng: random.Random) -> bytes:
    filler = b"A" * 100_000 if rng.random() < 0.5 else b"Aword " * 17_000
    # Between two lines of a text report, so the token is text and not markup.
    cuts = [m.end() for m in re.finditer(rb"\n", data[: len(data) // 2 + 1])] or [0]
    i = rng.choice(cuts)
    return data[:i] + filler + b"\n" + data[i:]


BYTE_MUTATIONS = {"bit-flips": flip_bits, "hostile-bytes": hostile_bytes, "truncated": truncate,
                  "spliced": splice, "long-token": long_token}


def _rezip(data: bytes, change) -> bytes:
    """The DOCX with its parts passed through change(name, bytes) -> bytes or a list of them."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # a duplicate name is the point of one mutation
            for info in src.infolist():
                parts = change(info.filename, src.read(info))
                for part in parts if isinstance(parts, list) else [parts]:
                    dst.writestr(info.filename, part)
    return out.getvalue()


def docx_part(data: bytes, rng: random.Random) -> tuple[str, bytes]:
    """A DOCX whose document, numbering or styles part is damaged, then zipped whole again."""
    names = [n for n in zipfile.ZipFile(io.BytesIO(data)).namelist() if n.endswith(".xml")]
    target = rng.choice([n for n in names if n in ("word/document.xml", "word/numbering.xml",
                                                   "word/styles.xml")] or names)
    how = rng.choice(["duplicate", "non-numeric", "bit-flips", "hostile-bytes", "truncated"])

    def change(name: str, part: bytes):
        if name != target:
            return part
        if how == "duplicate":
            return [part, part]
        if how == "non-numeric":
            return re.sub(rb'(w:(?:val|start|ilvl|gridSpan)=")\d+', rb"\1one", part)
        return BYTE_MUTATIONS[how](part, rng)
    return f"docx-{how}:{target.split('/')[-1]}", _rezip(data, change)


def pdf_count(data: bytes, rng: random.Random) -> bytes:
    return re.sub(rb"/Count \d+", b"/Count 5000", data, count=1)


def mutate(seed: Path, rng: random.Random) -> tuple[str, bytes]:
    data = seed.read_bytes()
    suffix = seed.suffix.lower()
    choices = list(BYTE_MUTATIONS)
    if suffix == ".docx":
        choices += ["docx-part"] * 4
    if suffix == ".pdf":
        choices += ["pdf-count"]
    if suffix not in TEXT_FORMATS:
        choices.remove("long-token")
    kind = rng.choice(choices)
    if kind == "docx-part":
        return docx_part(data, rng)
    if kind == "pdf-count":
        return kind, pdf_count(data, rng)
    return kind, BYTE_MUTATIONS[kind](data, rng)


def make_mutants(folder: Path, n: int, seed: int) -> list[Mutant]:
    rng = random.Random(seed)
    seeds = sorted(p for p in CORPUS.iterdir() if p.is_file() and not p.name.startswith("."))
    folder.mkdir(parents=True, exist_ok=True)
    made = []
    for i in range(n):
        source = rng.choice(seeds)
        kind, data = mutate(source, rng)
        name = f"{i:03d}-{source.stem}".encode() + source.suffix.encode()
        if rng.random() < 0.1:
            name = rng.choice(ODD_NAMES).replace(b"/", b"-") + name
        path = os.fsencode(folder) + b"/" + name
        with open(path, "wb") as f:
            f.write(data)
        made.append(Mutant(path, source.name, kind))
    return made


# --------------------------------------------------------------------------- checks

def _sheet_rows(xlsx: Path) -> dict[str, list[tuple]]:
    from openpyxl import load_workbook

    book = load_workbook(xlsx, read_only=True)
    return {ws.title: [r for r in ws.iter_rows(values_only=True)] for ws in book.worksheets}


def _csv_rows(path: Path) -> list[dict]:
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def check(mutants: list[Mutant], out: Path, proc: subprocess.CompletedProcess | None,
          timeout: float, bound: float) -> dict:
    """The four checks, each a list of failures (empty when it holds), and the figures."""
    failures: dict[str, list[str]] = {"accounted for once": [], "no traceback": [],
                                      "no hang beyond the timeout": [], "outputs consistent": []}
    if proc is None:
        failures["no hang beyond the timeout"].append(f"the batch did not end within {bound:.0f} s")
        return {"failures": failures}
    err = proc.stderr
    if "Traceback" in err or proc.returncode not in (0, 1):
        failures["no traceback"].append(f"exit status {proc.returncode}; stderr: {err[-2000:]}")
    js = out / "fuzz.json"
    if not js.exists():
        failures["outputs consistent"].append("no JSON written")
        return {"failures": failures}
    data = json.loads(js.read_text(encoding="utf-8"))
    expected = Counter(text_path(os.fsdecode(m.path)) for m in mutants)
    skipped = data.get("skipped") or []
    got = Counter([r["source"] for r in data["reports"]] + [e["source"] for e in data["errors"]]
                  + [s["source"] for s in skipped])
    for source in (expected - got):
        failures["accounted for once"].append(f"lost: {source!r}")
    for source in (got - expected):
        failures["accounted for once"].append(f"unexpected or twice: {source!r}")

    lines = err.splitlines()
    error_lines = [line for line in lines if line.startswith("error: ")]
    warnings = [line for line in lines if line.startswith("warning: ")]
    others = [line for line in lines if not line.startswith(("error: ", "warning: "))]
    if len(warnings) > len(skipped) + 1:  # one a skipped file, and one counting unsupported types
        failures["no traceback"].append(f"{len(warnings)} warning lines for {len(skipped)} skipped files")
    if len(error_lines) != len(data["errors"]) or len(others) > 1:
        failures["no traceback"].append(
            f"{len(error_lines)} error lines for {len(data['errors'])} errors; other lines: {others[:3]}")
    internal = [e for e in data["errors"] if e["error"].startswith(errors.EXTRACTOR_FAILED.split("(")[0])]
    timeouts = [e for e in data["errors"] if e["error"] == errors.TIMEOUT.format(seconds=timeout)]

    sheets = _sheet_rows(out / "fuzz.xlsx")
    about_run = [row[1] for row in sheets.get("About", []) if row and row[0] == "Run"]
    if about_run != [data["run"]]:
        failures["outputs consistent"].append(f"run ids: JSON {data['run']}, About {about_run}")
    # the sheets and CSV list every file but count a report's entries once: from the file
    # that supplies them (other renderings of the same report say "same report as")
    entries = sum(len(r["recommendations"]) for r in data["reports"] if not r.get("same_report_as"))
    counts = {
        "JSON reports": len(data["reports"]), "reports.csv": len(_csv_rows(out / "csv" / "reports.csv")),
        "JSON entries": entries, "recommendations.csv": len(_csv_rows(out / "csv" / "recommendations.csv")),
        "Recommendations sheet": sum(1 for row in sheets["Recommendations"][1:] if any(v is not None for v in row)),
        "JSON errors": len(data["errors"]),
        "Errors sheet": sum(1 for row in sheets["Errors"][1:] if any(v is not None for v in row)),
    }
    for a, b in (("JSON reports", "reports.csv"), ("JSON entries", "recommendations.csv"),
                 ("JSON entries", "Recommendations sheet"), ("JSON errors", "Errors sheet")):
        if counts[a] != counts[b]:
            failures["outputs consistent"].append(f"{a} {counts[a]} != {b} {counts[b]}")
    left = [p.name for p in out.rglob(".*.tmp")]
    if left:
        failures["outputs consistent"].append(f"temporary files left: {left}")
    return {"failures": failures, "counts": counts, "internal": internal, "timeouts": timeouts,
            "errors": data["errors"], "reports": data["reports"]}


def _error_class(message: str) -> str:
    """An error message without its details, to count errors by kind."""
    return re.sub(r"\s*\(.*", "", message)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--mutants", type=int, default=300)
    parser.add_argument("--seed", type=int, default=14)
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds allowed per file")
    parser.add_argument("--jobs", type=int, default=None)
    parser.add_argument("--keep", type=Path, default=None, help="keep the mutants and outputs here")
    args = parser.parse_args(argv)

    work = args.keep or Path(tempfile.mkdtemp(prefix="scr-extract-fuzz-"))
    if args.keep and work.exists():
        shutil.rmtree(work)
    folder, out = work / "mutants", work / "out"
    mutants = make_mutants(folder, args.mutants, args.seed)
    jobs = args.jobs or os.cpu_count() or 1
    # Every file may take the whole timeout (plus a worker's start) and still finish in time.
    bound = args.mutants * (args.timeout + 10) / jobs + 300
    command = [sys.executable, "-m", "extractor.cli", "run", str(folder), "-o", str(out / "fuzz.xlsx"),
               "--json", str(out / "fuzz.json"), "--csv", str(out / "csv"), "--timeout", str(args.timeout),
               "--cache-dir", str(work / "cache"), "-j", str(jobs)]
    print(f"{len(mutants)} mutants of {len({m.seed for m in mutants})} corpus files (seed {args.seed}) "
          f"in {folder}; one batch, --timeout {args.timeout:.0f} s, {jobs} jobs", flush=True)
    started = time.monotonic()
    try:
        proc = subprocess.run(command, capture_output=True, text=True, errors="backslashreplace",
                              timeout=bound, cwd=ROOT)
    except subprocess.TimeoutExpired:
        proc = None
    elapsed = time.monotonic() - started
    result = check(mutants, out, proc, args.timeout, bound)

    kinds = Counter(m.kind.split(":")[0] for m in mutants)
    formats = Counter(Path(os.fsdecode(m.path)).suffix for m in mutants)
    print(f"batch: {elapsed:.0f} s (bound {bound:.0f} s); formats {dict(sorted(formats.items()))}")
    print(f"mutations: {dict(sorted(kinds.items()))}")
    if "counts" in result:
        print(f"read: {len(result['reports'])} reports with {result['counts']['JSON entries']} entries; "
              f"errors: {len(result['errors'])}; timeouts: {len(result['timeouts'])}; "
              f"internal errors: {len(result['internal'])}")
        for message, n in Counter(_error_class(e["error"]) for e in result["errors"]).most_common():
            print(f"  {n:4d}  {message}")
        for e in result["internal"][:10]:
            print(f"  internal: {text_path(e['source'])!r}: {e['error']}")
        print(f"outputs: {result['counts']}")
    failed = 0
    for name, problems in result["failures"].items():
        print(f"check {name}: {'ok' if not problems else 'FAILED'}")
        for p in problems[:10]:
            print(f"    {p}")
        failed += bool(problems)
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
