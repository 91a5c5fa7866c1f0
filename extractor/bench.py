"""`make bench`: how fast is a national-scale run, and where does the time go?

    python -m extractor.bench [--reports 100] [--budget 240] [--repeat 2]

It starts with throughput in CPU time (bench_cpu.py): start-up of `--help` and of `show` on
a small report, ms of CPU a page end to end paired with pdftotext's CPU on the same files
(medians of three readings each), and ms/page at 20, 200 and 1,200 pages (six long bench
reports joined into one PDF, against the same pages read as separate files).

Builds (once) a benchmark corpus in `bench/corpus/` (git-ignored): DOCX reports
of 20 to 200 pages assembled with python-docx from the text of the corpus
reports, converted to PDF by LibreOffice in a single call. Then, in one run, it
prints: raw text extraction (pdftotext, pypdfium2) on the PDFs, our ingestion
alone (text with positions, lines, tables, reading order; no NLP), the full
pipeline with 1 and 2 jobs, the ratio full / raw, time per stage, peak worker
memory, a cached rerun, a projection for 1,500 reports of 40 pages, the
5,000-entry workbook write and the import of that workbook reviewed (bench_review.py). Figures also go to `bench/results.json`. Each raw and
pipeline timing is taken --repeat times and the best counts: on a shared virtual
machine one run may be 20 % slower than the next for no reason of ours.

If the pipeline is too slow for the whole corpus to fit the time budget, the
timed runs use the first files only (the output says how many).
"""
from __future__ import annotations

import argparse
import json
import random
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
CORPUS = BENCH / "corpus"
SOURCES = (ROOT / "corpus" / "reports", ROOT.parent / "shared" / "examples")
WORDS_PER_PAGE = 430     # an A4 page of 11-point body text, with headings
ROWS_PER_PAGE = 14       # a page of a recommendations table
MIN_PAGES, MAX_PAGES = 20, 200
PROJECTED_REPORTS, PROJECTED_PAGES = 1500, 40


# --------------------------------------------------------------------------- corpus

@dataclass
class Part:
    """A paragraph (style, text) or a table (rows of cell texts) taken from a source report."""

    style: str | None = None
    text: str = ""
    rows: list[list[str]] | None = None

    @property
    def cost(self) -> float:
        """Approximate share of a page this part fills."""
        if self.rows is not None:
            return len(self.rows) / ROWS_PER_PAGE
        return max(len(self.text.split()), 8) / WORDS_PER_PAGE


def source_parts() -> list[list[Part]]:
    """Paragraphs and tables of each source DOCX, in document order."""
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    for folder in SOURCES:
        files = sorted(folder.glob("*.docx")) if folder.is_dir() else []
        if files:
            break
    else:
        sys.exit("bench: no source reports (corpus/reports/*.docx or the worked examples)")
    out = []
    for f in files:
        d = docx.Document(str(f))
        parts: list[Part] = []
        for el in d.element.body.iterchildren():
            if el.tag.endswith("}p"):
                p = Paragraph(el, d)
                if p.text.strip():
                    parts.append(Part(style=p.style.name if p.style is not None else None,
                                      text=p.text))
            elif el.tag.endswith("}tbl"):
                rows = [[c.text for c in r.cells] for r in Table(el, d).rows]
                if rows:
                    parts.append(Part(rows=rows))
        if parts:
            out.append(parts)
    return out


def build_report(target: Path, sources: list[list[Part]], pages: int, rng: random.Random) -> None:
    """A DOCX of about `pages` pages: source reports one after another, varied on each pass."""
    import docx

    d = docx.Document()
    styles = {s.name for s in d.styles}
    filled, rounds = 0.0, 0
    while filled < pages:
        parts = sources[(rounds + rng.randrange(len(sources))) % len(sources)]
        if rounds:
            d.add_heading(f"Appendix {rounds}: further review material", level=1)
        for part in parts:
            if rounds and rng.random() < 0.2:
                continue  # each pass leaves out a different fifth of the text
            if part.rows is not None:
                width = max(len(r) for r in part.rows)
                table = d.add_table(rows=len(part.rows), cols=width)
                if "Table Grid" in styles:
                    table.style = "Table Grid"
                for row, texts in zip(table.rows, part.rows):
                    for cell, text in zip(row.cells, texts):
                        cell.text = text
            elif part.style and part.style.startswith("Heading") and part.style[-1:].isdigit():
                d.add_heading(part.text, level=min(int(part.style[-1]), 9))
            elif part.style in styles and part.style.startswith("List"):
                d.add_paragraph(part.text, style=part.style)
            else:
                d.add_paragraph(part.text)
            filled += part.cost
            if filled >= pages:
                break
        rounds += 1
    d.save(str(target))


def page_targets(n: int, rng: random.Random) -> list[int]:
    """Mostly short reports, a long tail up to MAX_PAGES (both ends always present)."""
    targets = [MAX_PAGES, MIN_PAGES]
    targets += [MIN_PAGES + int((MAX_PAGES - MIN_PAGES) * rng.random() ** 4) for _ in range(n - 2)]
    return targets[:n]


def convert_to_pdf(files: list[Path]) -> None:
    """All DOCX -> PDF in one LibreOffice call, with its own profile (others may run soffice)."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        print("bench: LibreOffice (soffice) is not installed: no PDFs made, "
              "PDF figures use whatever PDFs exist", file=sys.stderr)
        return
    with tempfile.TemporaryDirectory(prefix="scr-bench-lo-") as profile:
        cmd = [soffice, f"-env:UserInstallation={Path(profile).as_uri()}", "--headless",
               "--convert-to", "pdf", "--outdir", str(CORPUS), *map(str, files)]
        print(f"bench: converting {len(files)} DOCX to PDF with LibreOffice ...", file=sys.stderr)
        subprocess.run(cmd, check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       timeout=1200)


def ensure_corpus(n_reports: int) -> tuple[list[Path], list[Path]]:
    """The bench DOCX and PDF files, made only if missing."""
    CORPUS.mkdir(parents=True, exist_ok=True)
    docx_files = sorted(CORPUS.glob("*.docx"))
    if len(docx_files) < n_reports:
        rng = random.Random(1500)
        sources = source_parts()
        print(f"bench: building {n_reports} DOCX reports from {len(sources)} sources ...",
              file=sys.stderr)
        for i, pages in enumerate(page_targets(n_reports, rng)):
            target = CORPUS / f"bench-{i:03d}.docx"
            if not target.exists():
                build_report(target, sources, pages, rng)
        docx_files = sorted(CORPUS.glob("*.docx"))
    missing = [f for f in docx_files if not f.with_suffix(".pdf").exists()]
    if missing:
        convert_to_pdf(missing)
    return docx_files, sorted(CORPUS.glob("*.pdf"))


# --------------------------------------------------------------------------- measures

def pdf_pages(path: Path) -> int:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path))
    try:
        return len(pdf)
    finally:
        pdf.close()


def time_pdftotext(pdfs: list[Path]) -> float | None:
    if not shutil.which("pdftotext"):
        return None
    t = time.perf_counter()
    for f in pdfs:
        subprocess.run(["pdftotext", "-q", str(f), "-"], stdout=subprocess.DEVNULL, check=False)
    return time.perf_counter() - t


def time_pdfium_text(pdfs: list[Path]) -> float:
    import pypdfium2 as pdfium

    t = time.perf_counter()
    for f in pdfs:
        pdf = pdfium.PdfDocument(str(f))
        for page in pdf:
            textpage = page.get_textpage()
            textpage.get_text_range()
            textpage.close()
            page.close()
        pdf.close()
    return time.perf_counter() - t


def time_ingest(pdfs: list[Path]) -> float:
    """Seconds to read the PDFs into Documents, in this process: the text with its positions,
    lines, tables and reading order, before any NLP. The floor under the full pipeline."""
    from .ingest import read_document

    t = time.perf_counter()
    for f in pdfs:
        read_document(f)
    return time.perf_counter() - t


def time_stages(sample: list[Path]) -> tuple[dict[str, float], int]:
    """Seconds spent in ingestion and in the later stages, over a few files, in-process."""
    from .ingest import read_document
    from .pipeline import extract_document

    extract_document(read_document(sample[0]))  # warm up: lazy loads are not a stage
    ingest = rest = 0.0
    pages = 0
    for f in sample:
        t = time.perf_counter()
        doc = read_document(f)
        t1 = time.perf_counter()
        extract_document(doc)
        t2 = time.perf_counter()
        ingest += t1 - t
        rest += t2 - t1
        pages += doc.pages or 0
    out = {"ingest": ingest, "nlp_linking_assess": rest}
    try:  # the structure pass alone (it also runs inside extract_document)
        from .structure import sections
    except ImportError:
        return out, pages
    docs = [read_document(f) for f in sample]
    t = time.perf_counter()
    for doc in docs:
        sections(doc)
    out["of_which_structure"] = time.perf_counter() - t
    return out, pages


def batch(files: list[Path], jobs: int, cache_dir: Path | None):
    from .batch import BatchOptions, execute_batch

    options = BatchOptions(jobs=jobs, use_cache=cache_dir is not None, cache_dir=cache_dir,
                           progress=False, timeout=600)
    return execute_batch(files, options)


def best_of(times: int, measure):
    """The smallest of several timings (None when the tool is missing)."""
    results = [measure() for _ in range(max(1, times))]
    return None if any(r is None for r in results) else min(results)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m extractor.bench",
                                     description=__doc__.split("\n")[0])
    parser.add_argument("--reports", type=int, default=100, help="size of the bench corpus")
    parser.add_argument("--budget", type=float, default=150.0,
                        help="seconds allowed for the single-job pipeline run")
    parser.add_argument("--repeat", type=int, default=2,
                        help="times each timing is taken; the best counts (a shared machine is noisy)")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    out: dict[str, object] = {}

    def say(label: str, value: str) -> None:
        print(f"{label:<44} {value}", flush=True)

    docx_files, pdfs = ensure_corpus(args.reports)
    pages = {f: pdf_pages(f) for f in pdfs}
    total_pages = sum(pages.values())
    say("bench corpus", f"{len(docx_files)} DOCX, {len(pdfs)} PDF ({total_pages} PDF pages, "
        f"{min(pages.values(), default=0)}-{max(pages.values(), default=0)} per report)")
    out["corpus"] = {"docx": len(docx_files), "pdf": len(pdfs), "pdf_pages": total_pages}
    if not pdfs:
        say("no PDFs", "pipeline figures below are for DOCX only")

    # Throughput in CPU time first: start-up, ms/page paired with pdftotext, 20 / 200 / 1,200 pages.
    if pdfs:
        from .bench_cpu import report as throughput

        out["throughput"] = throughput(pdfs, max(3, args.repeat), say)

    # Calibrate on a sample so the single-job run fits the budget.
    timed = pdfs or docx_files
    sample = timed[:: max(1, len(timed) // 6)][:6]
    stages, sample_pages = time_stages(sample)
    rate = sample_pages / max(stages["ingest"] + stages["nlp_linking_assess"], 1e-9)
    chosen = timed
    if rate and total_pages / rate > args.budget:
        chosen, acc = [], 0
        for f in timed:
            if acc + pages.get(f, 0) > args.budget * rate and chosen:
                break
            chosen.append(f)
            acc += pages.get(f, 0)
    n_pages = sum(pages.get(f, 0) for f in chosen)
    if len(chosen) < len(timed):
        say("timed subset (budget)", f"first {len(chosen)} of {len(timed)} files, {n_pages} pages")
    out["timed_files"], out["timed_pages"] = len(chosen), n_pages

    chosen_pdfs = [f for f in chosen if f.suffix == ".pdf"]
    if chosen_pdfs:
        raw_poppler = best_of(args.repeat, lambda: time_pdftotext(chosen_pdfs))
        raw_pdfium = best_of(args.repeat, lambda: time_pdfium_text(chosen_pdfs))
        if raw_poppler is None:
            say("raw pdftotext", "not installed")
        else:
            say("raw pdftotext", f"{raw_poppler:.1f} s ({n_pages / raw_poppler:.0f} pages/s)")
        say("raw pypdfium2 text", f"{raw_pdfium:.1f} s ({n_pages / raw_pdfium:.0f} pages/s)")
        out["raw_pdftotext_s"], out["raw_pdfium_s"] = raw_poppler, raw_pdfium
        ingest_alone = best_of(args.repeat, lambda: time_ingest(chosen_pdfs))
        say("ingestion alone (read_document, no NLP)", f"{ingest_alone:.1f} s "
            f"({ingest_alone / (raw_poppler or raw_pdfium):.1f}x raw {'pdftotext' if raw_poppler else 'pypdfium2'})")
        out["ingest_alone_s"] = ingest_alone

    one = min((batch(chosen, 1, None) for _ in range(args.repeat)), key=lambda run: run.stats.elapsed)
    say("pipeline --jobs 1", f"{one.stats.elapsed:.1f} s "
        f"({n_pages / one.stats.elapsed:.1f} pages/s, "
        f"{len(one.result.errors)} errors)")
    from .cache import models_fingerprint

    two = min((batch(chosen, 2, None) for _ in range(args.repeat)), key=lambda run: run.stats.elapsed)
    say("pipeline --jobs 2", f"{two.stats.elapsed:.1f} s ({n_pages / two.stats.elapsed:.1f} pages/s)")
    with tempfile.TemporaryDirectory(prefix="scr-bench-cache-") as cache:
        fingerprint = models_fingerprint()
        first = batch(chosen, 2, Path(cache))
        rerun = batch(chosen, 2, Path(cache))
        changed = " - models/ changed during the run" if models_fingerprint() != fingerprint else ""
        say("cached rerun --jobs 2", f"{rerun.stats.elapsed:.2f} s "
            f"({rerun.stats.elapsed / first.stats.elapsed:.1%} of the first run, {first.stats.elapsed:.1f} s; "
            f"{rerun.stats.cache.hits} hits, {first.stats.cache.writes} written{changed})")
    speedup = one.stats.elapsed / two.stats.elapsed
    say("speed-up of 2 jobs over 1", f"{speedup:.2f}x")
    if chosen_pdfs:
        say("full pipeline / raw pypdfium2", f"{one.stats.elapsed / raw_pdfium:.1f}x")
        if raw_poppler:
            say("full pipeline / raw pdftotext", f"{one.stats.elapsed / raw_poppler:.1f}x")
    peak = max(one.stats.peak_worker_rss_mb, two.stats.peak_worker_rss_mb, first.stats.peak_worker_rss_mb)
    say("peak memory per worker", f"{peak:.0f} MB")
    out.update(jobs1_s=one.stats.elapsed, jobs2_s=two.stats.elapsed, cached_s=rerun.stats.elapsed,
               speedup=speedup, peak_worker_mb=peak)

    if chosen_pdfs:
        other = [f.with_suffix(".docx") for f in chosen if f.with_suffix(".docx").exists()]
        if other:
            docx_run = batch(other, 2, None)
            say("pipeline --jobs 2 on the same reports as DOCX",
                f"{docx_run.stats.elapsed:.1f} s ({n_pages / docx_run.stats.elapsed:.1f} "
                f"PDF-equivalent pages/s)")
            out["docx_jobs2_s"] = docx_run.stats.elapsed

    sample_time = stages["ingest"] + stages["nlp_linking_assess"]
    from .export import write_outputs

    with tempfile.TemporaryDirectory(prefix="scr-bench-out-") as tmp:
        t = time.perf_counter()
        write_outputs(two.result, xlsx=Path(tmp) / "bench.xlsx", json_path=Path(tmp) / "bench.json")
        export_s = time.perf_counter() - t
    per_page = {k: v / max(sample_pages, 1) * 1000 for k, v in stages.items()}
    say("stage: ingest (read_document)", f"{per_page['ingest']:.1f} ms/page "
        f"({stages['ingest'] / sample_time:.0%} of {len(sample)} sample files)")
    say("stage: NLP + linking + assess (extract_document)",
        f"{per_page['nlp_linking_assess']:.1f} ms/page "
        f"({stages['nlp_linking_assess'] / sample_time:.0%})")
    if "of_which_structure" in stages:
        say("  of which structure (sections)", f"{per_page['of_which_structure']:.1f} ms/page")
    say("stage: export (JSON + workbook of the run)",
        f"{export_s:.2f} s for {len(two.result.reports)} reports")
    out["stages_ms_per_page"], out["export_s"] = per_page, export_s

    national_pages = PROJECTED_REPORTS * PROJECTED_PAGES
    if n_pages:
        rate2 = n_pages / two.stats.elapsed
        say(f"projection: {PROJECTED_REPORTS} reports x {PROJECTED_PAGES} pages",
            f"{national_pages / rate2 / 60:.1f} min with 2 jobs here "
            f"({national_pages / (n_pages / one.stats.elapsed) / 60:.1f} min with 1)")
        out["projection_min_2jobs"] = national_pages / rate2 / 60
    else:  # no PDF was made (LibreOffice missing): pages are what the projection counts
        say(f"projection: {PROJECTED_REPORTS} reports x {PROJECTED_PAGES} pages", "not made: the bench corpus has no PDF pages")

    try:
        from .bench_export import time_workbook
    except ImportError:
        say("workbook, 5,000 entries", "extractor/bench_export.py not available")
    else:
        secs = time_workbook(5000)
        say("workbook, 5,000 entries", f"{secs:.1f} s")
        out["workbook_5000_s"] = secs
        from .bench_review import time_review_import
        secs, rows = time_review_import(5000)
        say("review import, 5,000 entries reviewed", f"{secs:.1f} s ({rows} rows, goal under 10 s)")
        out["review_import_5000_s"] = secs

    out["bench_runtime_s"] = time.perf_counter() - started
    say("bench run time", f"{out['bench_runtime_s']:.0f} s")
    BENCH.mkdir(exist_ok=True)
    (BENCH / "results.json").write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
