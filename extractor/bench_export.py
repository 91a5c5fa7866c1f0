"""Times writing the review workbook for a large synthetic run (5,000 entries by default).

    python -m extractor.bench_export [N_ENTRIES]

The synthetic run is deterministic (fixed seed) and shaped like real output:
many boards and years, entries with long text, several bodies, mixed statuses.
"""
from __future__ import annotations

import random
import sys
import tempfile
import time
from pathlib import Path

from .assess import assess
from .report import (
    SECTORS, STATUSES, ReadFailure, Recommendation, Report, ResponsibleBody, RunResult,
    ScrCase,
)

BOARDS = ("Ashby", "Bramford", "Calder Vale", "Dunmore", "Eastmere", "Fenwick", "Greyholt",
          "Harcourt", "Ilsley", "Kestrel Bay", "Lowther", "Marston", "Northby", "Oakridge")
CASES = ("Child A", "Child D", "Family K", "Baby Z", "Young Person J", "Child M", "Family P")
BODIES = {
    "lscb": "the LSCB Case Review Sub-group", "childrens_social_care": "Children's Social Care",
    "education": "the Schools Safeguarding Forum", "police": "{board} Constabulary",
    "health": "NHS {board} CCG", "probation_youth_justice": "the Youth Offending Service",
    "adult_services": "Adult Social Care", "housing": "{board} Homes",
    "cafcass": "Cafcass", "voluntary_sector": "the NSPCC", "national": "the DfE",
    "other": "the Coroner",
}
SECTOR_WEIGHTS = (14, 20, 8, 12, 22, 4, 4, 3, 1, 3, 1, 1)
WORDS = ("assurance", "that", "practitioners", "should", "ensure", "assessment", "fathers",
         "escalation", "protocol", "audit", "training", "multi-agency", "referral", "records",
         "information", "sharing", "neglect", "supervision", "health", "visitors", "schools")


def _sentence(rng: random.Random, n_words: int) -> str:
    words = [rng.choice(WORDS) for _ in range(n_words)]
    return " ".join(words).capitalize() + "."


def synthetic_result(n_entries: int = 5000, seed: int = 0,
                     entries_per_report: tuple[int, int] = (0, 12)) -> RunResult:
    """A RunResult with about `n_entries` entries spread over boards and years."""
    rng = random.Random(seed)
    reports, total = [], 0
    while total < n_entries:
        board = BOARDS[len(reports) % len(BOARDS)]
        year = 2012 + (3 * len(reports) + len(reports) // len(BOARDS)) % 8
        n = min(rng.randint(*entries_per_report), n_entries - total)
        slug = f"{board.lower().replace(' ', '-')}-{year}-{(year + 1) % 100:02d}"
        entries = []
        for i in range(n):
            sectors = rng.choices(SECTORS, SECTOR_WEIGHTS, k=rng.choice((0, 1, 1, 1, 2, 3)))
            entries.append(Recommendation(
                id=f"{slug}-r{i + 1:02d}", scr=rng.choice(CASES), number=str(i + 1),
                text=_sentence(rng, rng.randint(15, 60)) if rng.random() < 0.9 else None,
                action=_sentence(rng, rng.randint(10, 80)) if rng.random() < 0.8 else None,
                bodies=[ResponsibleBody(BODIES[s].format(board=board), s)
                        for s in dict.fromkeys(sectors)],
                status=rng.choices(STATUSES, (5, 4, 1, 2))[0],
                due=f"{year + 1}-{rng.randint(1, 12):02d}" if rng.random() < 0.6 else None,
                page=rng.randint(3, 60), evidence=_sentence(rng, 12),
                confidence=round(rng.uniform(0.3, 1.0), 2),
            ))
        if not any(e.text or e.action for e in entries):
            entries = []
        for e in entries:
            if not (e.text or e.action):
                e.action = _sentence(rng, 10)
        mechanism = ("The SCR sub-group monitors the action plan and reports progress to the "
                     "Board using a RAG rating." if rng.random() < 0.7 else None)
        reports.append(Report(
            source=f"corpus/reports/{slug}.pdf", sha256=f"{rng.getrandbits(256):064x}",
            format="pdf", pages=rng.randint(20, 90),
            lscb=f"{board} Local Safeguarding Children Board",
            period=f"{year}-{(year + 1) % 100:02d}",
            scrs=[ScrCase(c, rng.choice(("initiated", "published")), rng.randint(3, 20))
                  for c in sorted({e.scr for e in entries})],
            recommendations=entries,
            rec9=assess(entries, bool(entries) or rng.random() < 0.5, mechanism),
        ))
        total += n
    return RunResult(reports=reports,
                     errors=[ReadFailure("corpus/bad/locked.pdf",
                                         "encrypted PDF: a password is required")])


def time_workbook(n_entries: int = 5000) -> float:
    """Seconds taken by write_workbook for a synthetic run of `n_entries` entries."""
    from .export.xlsx import write_workbook

    result = synthetic_result(n_entries)
    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        write_workbook(result, Path(tmp) / "bench.xlsx")
        return time.perf_counter() - start


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
    seconds = time_workbook(n)
    print(f"write_workbook: {n} entries in {seconds:.2f} s")


if __name__ == "__main__":
    main()
