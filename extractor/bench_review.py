"""Times `scr-extract review import` on a reviewed workbook of 5,000 entries (by default).

    python -m extractor.bench_review [N_ENTRIES]

The workbook is that of the synthetic run of bench_export, reviewed by the simulated
reviewer against a gold that differs from the run as a real review would: every 7th
entry's status corrected, every 11th entry not an entry (wrong), one missed entry
added per report, and every report marked complete. Only the import is timed.
"""
from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from .bench_export import synthetic_result

NEXT_STATUS = {"completed": "in_progress", "in_progress": "completed", "not_started": "unknown",
               "unknown": "not_started"}


def reviewed_gold(result) -> list[dict]:
    """The gold a reviewer of the synthetic run would give: corrected, pruned, completed."""
    gold, n = [], 0
    for report in result.to_dict()["reports"]:
        kept = []
        for e in report["recommendations"]:
            n += 1
            if n % 11 == 0:
                continue
            if n % 7 == 0:
                e["status"] = NEXT_STATUS[e["status"]]
            kept.append({**e, "page": None, "confidence": 1.0})
        kept.append({**(kept[-1] if kept else {}), "scr": "Child Q", "number": "99",
                     "text": "The Board should check that every agency has read this review.",
                     "action": None, "bodies": [], "status": "unknown", "due": None,
                     "page": None, "evidence": None, "confidence": 1.0})
        gold.append({**report, "recommendations": kept})
    return gold


def time_review_import(n_entries: int = 5000) -> tuple[float, int]:
    """(seconds taken by review import, entries in the reviewed workbook)."""
    from .export.reviewed import import_review
    from .export.simulated_review import review_from_gold
    from .export.xlsx import write_workbook

    result = synthetic_result(n_entries)
    for i, report in enumerate(result.reports):   # one file per report, as a real batch has
        report.source = report.source.replace(".pdf", f"-{i:04d}.pdf")
    with tempfile.TemporaryDirectory() as tmp:
        workbook = Path(tmp) / "reviewed.xlsx"
        write_workbook(result, workbook)
        review_from_gold(workbook, result, reviewed_gold(result))
        start = time.perf_counter()
        reviewed, _ = import_review(workbook, Path(tmp) / "gold")
        seconds = time.perf_counter() - start
    return seconds, sum(len(r.entries) for r in reviewed.reports)


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
    seconds, rows = time_review_import(n)
    print(f"review import: {rows} reviewed rows ({n} extracted entries) in {seconds:.2f} s")


if __name__ == "__main__":
    main()
