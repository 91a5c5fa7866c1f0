"""Plain-text views for the terminal: `scr-extract dump` (blocks) and `show` (entries)."""
from __future__ import annotations

import textwrap

from .document import Document
from .assess import verdict_reason
from .report import Report
from .untrusted import shown

COLUMNS = (("No.", 5), ("SCR", 16), ("Status", 11), ("Bodies", 28), ("Text / action", 58), ("Page", 4))


ACTION_WIDTH = 128


def _pct(share: float | None) -> str:
    return "-" if share is None else f"{share:.0%}"


def _cut(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[:width - 1] + "\u2026"


def format_report(report: Report) -> str:
    """A header with the report fields, then one line per entry (text, or action when text is None)."""
    r9 = report.rec9
    scrs = ", ".join(f"{s.name} ({s.stage or '?'})" for s in report.scrs) or "-"
    lines = [
        f"{shown(report.source)} ({report.format}, {report.pages or '-'} pages"
        + (f"; pages not read: {report.pages_not_read}" if report.pages_not_read else "") + ")",
        f"LSCB: {report.lscb or '-'}   period: {report.period or '-'}   "
        f"SCRs: {scrs}",
        f"rec9: {r9.verdict}   with an action {_pct(r9.actions_reported)}   with a body "
        f"{_pct(r9.bodies_named)}   monitoring {'yes' if r9.monitoring_mechanism else 'no'}",
        verdict_reason(r9, len(report.recommendations)),
    ]
    if r9.mechanism_evidence:
        lines.append(textwrap.shorten(f"monitoring: \u201c{r9.mechanism_evidence}\u201d", 150))
    lines.append("")
    lines.append(" ".join(name.ljust(w) for name, w in COLUMNS))
    lines.append(" ".join("-" * w for _, w in COLUMNS))
    for e in report.recommendations:
        body = "; ".join(b.name for b in e.bodies) or "-"
        what = f"R: {e.text}" if e.text else f"A: {e.action}"
        cells = (e.number or "-", e.scr or "-", e.status, body, what, str(e.page or "-"))
        lines.append(" ".join(_cut(c, w).ljust(w) for c, (_, w) in zip(cells, COLUMNS)))
        if e.text:  # the action in full, under its recommendation
            lines += textwrap.wrap(f"action: {e.action or '(none reported)'}", ACTION_WIDTH,
                                   initial_indent=" " * 6, subsequent_indent=" " * 14)
    if not report.recommendations:
        lines.append("(no SCR recommendations or actions found)")
    return "\n".join(lines)


def format_document(doc: Document) -> str:
    """Every block as the extractor sees it: page, table, kind, text, then its cells."""
    lines = [f"# {shown(doc.source)} ({doc.format}, {doc.pages} pages, {len(doc.blocks)} blocks)"]
    for b in doc.blocks:
        label = f"{b.kind}{b.level or ''}" + (" header" if b.is_header else "")
        table = f" t{b.table}" if b.table is not None else ""
        lines.append(f"[p{b.page}{table}] {label}: {b.text}")
        lines.extend(f"      {c.header or '-'} = {c.text}" for c in b.cells)
    return "\n".join(lines)
