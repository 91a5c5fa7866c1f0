"""The extraction contract (schema `scr-extract/1`, docs/output.md) as dataclasses.

Every later consumer (JSON, workbook, CSV, evaluate) reads these; `to_dict` gives
the exact JSON shape and `from_dict` reads it back.
"""
from __future__ import annotations

import uuid
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from typing import Any

SCHEMA = "scr-extract/1"
SECTORS = (
    "lscb", "childrens_social_care", "education", "police", "health",
    "probation_youth_justice", "adult_services", "housing", "cafcass",
    "voluntary_sector", "national", "other",
)
STATUSES = ("completed", "in_progress", "not_started", "unknown")
STAGES = ("initiated", "ongoing", "completed", "published")
VERDICTS = ("meets", "partly_meets", "does_not_meet", "no_scrs")


@dataclass
class ResponsibleBody:
    name: str
    sector: str


@dataclass
class Quote:
    """A verbatim quote of one part of an entry (`of`: recommendation, action, status or body)
    and the page it is on (see Report.page_kind)."""

    of: str
    text: str
    page: int | None


@dataclass
class Recommendation:
    """One SCR recommendation (or, with text None, one action reported without its recommendation)."""

    id: str
    scr: str | None
    number: str | None
    text: str | None
    action: str | None
    bodies: list[ResponsibleBody] = field(default_factory=list)
    status: str = "unknown"
    due: str | None = None
    page: int | None = None
    evidence: str | None = None
    confidence: float = 0.5
    quotes: list[Quote] = field(default_factory=list)


@dataclass
class ScrCase:
    name: str
    stage: str | None
    page: int | None


@dataclass
class Rec9Assessment:
    scrs_reported: bool
    recommendations_listed: bool
    actions_reported: float | None
    bodies_named: float | None
    monitoring_mechanism: bool
    mechanism_evidence: str | None
    verdict: str
    mechanism_page: int | None = None  # where mechanism_evidence is (see Report.page_kind)


@dataclass
class Report:
    source: str
    sha256: str
    format: str
    pages: int | None
    lscb: str | None
    period: str | None
    scrs: list[ScrCase]
    recommendations: list[Recommendation]
    rec9: Rec9Assessment
    #: the source of the rendering that supplies this report's entries, when this file is
    #: another rendering or a copy of the same report (extractor.renderings); absent on that one
    same_report_as: str | None = None
    #: why the file is not taken for an annual report (extractor.screen); such a file is
    #: moved to RunResult.skipped, so this never reaches reports[]
    skip_reason: str | None = None
    #: what `page` and quote pages count: "page" (printed pages: PDFs, DOCX saved with Word's
    #: page breaks) or "paragraph" (blocks from the start: other DOCX, HTML, TXT, Markdown)
    page_kind: str = "page"
    #: Pages that could not be loaded ("3, 7-9"); the report was read without them.
    pages_not_read: str | None = None

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        for optional in ("same_report_as", "skip_reason"):
            if d[optional] is None:
                del d[optional]
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Report":
        return cls(
            source=d["source"], sha256=d.get("sha256") or "", format=d.get("format") or "",
            pages=d.get("pages"), lscb=d.get("lscb"), period=d.get("period"),
            scrs=[ScrCase(**s) for s in d.get("scrs", [])],
            recommendations=[
                Recommendation(**{**r, "bodies": [ResponsibleBody(**b) for b in r.get("bodies", [])],
                                  "quotes": [Quote(**q) for q in r.get("quotes", [])]})
                for r in d.get("recommendations", [])
            ],
            page_kind=d.get("page_kind") or ("page" if d.get("format") == "pdf" else "paragraph"),
            rec9=Rec9Assessment(**d["rec9"]), pages_not_read=d.get("pages_not_read"),
            same_report_as=d.get("same_report_as"), skip_reason=d.get("skip_reason"),
        )


@dataclass
class ReadFailure:
    """A file that could not be read: becomes one row of `errors`."""

    source: str
    error: str


@dataclass
class SkippedFile:
    """A file that was not taken for an annual report (or is of a type not read): one row of `skipped`."""

    source: str
    reason: str


@dataclass
class RunResult:
    """The outcome of one batch: what every exporter writes."""

    reports: list[Report] = field(default_factory=list)
    errors: list[ReadFailure] = field(default_factory=list)
    skipped: list[SkippedFile] = field(default_factory=list)
    generated: str = field(
        default_factory=lambda: datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"))
    #: Stamped on every output of the run, so outputs of two runs side by side show.
    run: str = field(default_factory=lambda: uuid.uuid4().hex[:12])

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": SCHEMA,
            "generated": self.generated,
            "run": self.run,
            "reports": [r.to_dict() for r in self.reports],
            "errors": [asdict(e) for e in self.errors],
            "skipped": [asdict(s) for s in self.skipped],
        }

    def distinct_reports(self) -> list[Report]:
        """One Report per annual report: the renderings that supply entries (same_report_as unset)."""
        return [r for r in self.reports if r.same_report_as is None]

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "RunResult":
        if d.get("schema") != SCHEMA:
            raise ValueError(f"not a {SCHEMA} file (schema is {d.get('schema')!r})")
        return cls(
            reports=[Report.from_dict(r) for r in d["reports"]],
            errors=[ReadFailure(**e) for e in d["errors"]],
            skipped=[SkippedFile(**s) for s in d.get("skipped", [])],
            generated=d["generated"],
            **({"run": d["run"]} if isinstance(d.get("run"), str) else {}),
        )
