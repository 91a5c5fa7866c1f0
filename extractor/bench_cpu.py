"""Throughput in CPU time, the measures `make bench` starts with: start-up, ms of CPU a page
paired with pdftotext, and the cost a page at 20, 200 and 1,200 pages.

    python -m extractor.bench_cpu [--repeat 3] [--step 1]

CPU time, not wall time, because the machine is shared: a neighbour's load stretches the
wall clock but hardly the CPU a file takes. Pairs, because even CPU time drifts with the
neighbours (caches, turbo): each file is read by us and by pdftotext one after the other,
`repeat` times, and each side's per-file median is kept, so both see the same machine.
Extraction runs in this process as in a worker: warmed up, the long-lived objects frozen
out of the garbage collector, the workers' collection thresholds.
"""
from __future__ import annotations

import argparse
import gc
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCALE = ROOT / "bench" / "scale"
SMALL_REPORT = ROOT / "tests" / "data" / "report.pdf"
SIZES = (20, 200, 1200)


def children_cpu() -> float:
    """CPU seconds of the child processes waited for so far."""
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def warm_worker() -> None:
    """This process made like a worker: pipeline loaded, objects frozen, worker gc thresholds."""
    from .worker import GC_THRESHOLDS
    from .pipeline import extract

    extract(SMALL_REPORT)
    gc.collect()
    gc.freeze()
    gc.set_threshold(*GC_THRESHOLDS)


def extract_cpu(path: Path) -> tuple[float, int]:
    """(CPU seconds, pages) of one extraction in this process."""
    from .pipeline import extract

    t = time.process_time()
    report = extract(path)
    return time.process_time() - t, report.pages or 0


def pdftotext_cpu(path: Path) -> float | None:
    if not shutil.which("pdftotext"):
        return None
    before = children_cpu()
    subprocess.run(["pdftotext", "-q", str(path), "-"], stdout=subprocess.DEVNULL, check=False)
    return children_cpu() - before


def paired(files: list[Path], repeat: int) -> dict:
    """Per-file CPU medians of our extraction and of pdftotext, read in alternation."""
    ours: list[float] = []
    theirs: list[float | None] = []
    pages = 0
    for i, f in enumerate(files):
        a, b = [], []
        for r in range(repeat):
            if (i + r) % 2:  # alternate who goes first
                b.append(pdftotext_cpu(f))
            cpu, n = extract_cpu(f)
            a.append(cpu)
            if not (i + r) % 2:
                b.append(pdftotext_cpu(f))
        ours.append(statistics.median(a))
        theirs.append(None if None in b else statistics.median(b))
        pages += n
    out = {"files": len(files), "pages": pages, "ours_cpu_s": sum(ours),
           "ms_per_page": sum(ours) / max(pages, 1) * 1000}
    if None not in theirs:
        out["pdftotext_cpu_s"] = sum(theirs)
        out["ratio_to_pdftotext"] = sum(ours) / max(sum(theirs), 1e-9)
        out["median_file_ratio"] = statistics.median(a / max(b, 1e-9) for a, b in zip(ours, theirs))
    return out


def startup(repeat: int) -> dict:
    """Median wall and CPU seconds of `scr-extract --help` and of `scr-extract show` on a small
    report (the CPU of the worker process included)."""
    exe = shutil.which("scr-extract", path=str(Path(sys.executable).parent)) or shutil.which("scr-extract")
    command = [exe] if exe else [sys.executable, "-m", "extractor.cli"]
    out = {}
    for name, args in (("help", ["--help"]), ("show", ["show", str(SMALL_REPORT)])):
        walls, cpus = [], []
        for _ in range(repeat):
            before, t = children_cpu(), time.perf_counter()
            subprocess.run(command + args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
            walls.append(time.perf_counter() - t)
            cpus.append(children_cpu() - before)
        out[name] = {"wall_s": statistics.median(walls), "cpu_s": statistics.median(cpus)}
    return out


def scale_files(pdfs: list[Path], sizes: tuple[int, ...] = SIZES,
                folder: Path = SCALE) -> dict[int, tuple[Path, list[Path]]]:
    """For each size: the file of about that many pages, and the files it is made of.

    20 and 200 pages are the bench reports nearest those sizes. 1,200 pages is the longest
    reports joined into one PDF (the last cut to make 1,200), its parts also kept as files of
    their own, so the one long file can be compared with the same pages read as parts."""
    from pypdf import PdfReader, PdfWriter

    counts = {f: len(PdfReader(f).pages) for f in pdfs}
    out: dict[int, tuple[Path, list[Path]]] = {}
    for size in sizes[:-1]:
        nearest = min(counts, key=lambda f: (abs(counts[f] - size), f.name))
        out[size] = (nearest, [nearest])
    big = sizes[-1]
    folder.mkdir(parents=True, exist_ok=True)
    joined = folder / f"joined-{big}.pdf"
    parts: list[Path] = []
    total = 0
    for f in sorted(counts, key=lambda f: (-counts[f], f.name)):
        take = min(counts[f], big - total)
        part = folder / f"part-{len(parts) + 1}-{f.stem}-{take}.pdf"
        if not part.exists():
            writer = PdfWriter()
            reader = PdfReader(f)
            for page in reader.pages[:take]:
                writer.add_page(page)
            with part.open("wb") as fh:
                writer.write(fh)
        parts.append(part)
        total += take
        if total >= big:
            break
    if not joined.exists():
        writer = PdfWriter()
        for part in parts:
            writer.append(str(part))
        with joined.open("wb") as fh:
            writer.write(fh)
    out[big] = (joined, parts)
    return out


def scale_curve(pdfs: list[Path], repeat: int) -> dict:
    """ms of CPU a page at each size, and the 1,200-page file against its parts read one by one."""
    out = {}
    for size, (whole, parts) in scale_files(pdfs).items():
        runs = [extract_cpu(whole) for _ in range(repeat)]
        pages = runs[0][1]
        row = {"file": whole.name, "pages": pages,
               "ms_per_page": statistics.median(cpu for cpu, _ in runs) / max(pages, 1) * 1000}
        if len(parts) > 1:
            parts_cpu = sum(statistics.median(extract_cpu(p)[0] for _ in range(repeat)) for p in parts)
            row["parts"] = len(parts)
            row["parts_ms_per_page"] = parts_cpu / max(pages, 1) * 1000
            row["ratio_to_parts"] = row["ms_per_page"] / max(row["parts_ms_per_page"], 1e-9)
        out[size] = row
    return out


def report(pdfs: list[Path], repeat: int, say, step: int = 1) -> dict:
    """Runs the three measures and prints them with `say(label, value)`."""
    out: dict[str, object] = {}
    up = startup(max(repeat, 3))
    say("start-up: scr-extract --help", f"{up['help']['wall_s']:.2f} s ({up['help']['cpu_s']:.2f} s CPU)")
    say("start-up: scr-extract show, small report", f"{up['show']['wall_s']:.2f} s ({up['show']['cpu_s']:.2f} s CPU)")
    out["startup"] = up
    warm_worker()
    cpu = paired(pdfs[::step], repeat)
    line = f"{cpu['ms_per_page']:.2f} ms/page over {cpu['pages']} pages"
    if "ratio_to_pdftotext" in cpu:
        line += (f" ({cpu['ratio_to_pdftotext']:.1f}x pdftotext's CPU; "
                 f"median file {cpu['median_file_ratio']:.1f}x)")
    say("CPU, extraction end to end (paired medians)", line)
    out["cpu"] = cpu
    curve = scale_curve(pdfs, repeat)
    for size, row in curve.items():
        extra = (f"; the same pages as {row['parts']} files: {row['parts_ms_per_page']:.2f} ms/page, "
                 f"ratio {row['ratio_to_parts']:.2f}") if "ratio_to_parts" in row else ""
        say(f"CPU at {size:,} pages", f"{row['ms_per_page']:.2f} ms/page ({row['pages']} pages{extra})")
    if 200 in curve and 1200 in curve:
        say("per-page cost at 1,200 / at 200 pages", f"{curve[1200]['ms_per_page'] / curve[200]['ms_per_page']:.2f}")
    out["scale"] = curve
    return out


def main(argv: list[str] | None = None) -> None:
    from .bench import ensure_corpus

    parser = argparse.ArgumentParser(prog="python -m extractor.bench_cpu", description=__doc__.split("\n")[0])
    parser.add_argument("--reports", type=int, default=100, help="size of the bench corpus")
    parser.add_argument("--repeat", type=int, default=3, help="readings of each file; medians count")
    parser.add_argument("--step", type=int, default=1, help="take every n-th bench PDF for the paired measure")
    args = parser.parse_args(argv)
    _, pdfs = ensure_corpus(args.reports)
    report(pdfs, args.repeat, step=args.step, say=lambda label, value: print(f"{label:<44} {value}", flush=True))


if __name__ == "__main__":
    main()
