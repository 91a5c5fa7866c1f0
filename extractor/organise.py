"""A batch's results put in order for the reader: files that are not annual reports
set aside with their reason, and renderings of one report marked as one report."""
from __future__ import annotations

from pathlib import Path
from typing import Iterable

from .renderings import mark_same_reports
from .report import RunResult, SkippedFile

UNSUPPORTED = "file type '{suffix}' is not read (only .pdf, .docx, .txt, .md and .html are)"


def organise(result: RunResult, unsupported: Iterable[Path] = ()) -> RunResult:
    """Moves reports with a skip_reason, and the unsupported files met in folders, to
    `skipped`; then marks the renderings of each report (extractor.renderings)."""
    kept = []
    for r in result.reports:
        if r.skip_reason:
            result.skipped.append(SkippedFile(r.source, r.skip_reason))
        else:
            kept.append(r)
    result.reports = kept
    result.skipped.extend(
        SkippedFile(str(p), UNSUPPORTED.format(suffix=p.suffix.lower() or "(none)")) for p in unsupported)
    mark_same_reports(result)
    return result
