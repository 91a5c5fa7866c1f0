"""Scores extractor output against hand-made gold annotations.

Gold files (`<name>.gold.json`, docs/annotation-guidelines.md) have the shape of
one report of the `scr-extract/1` JSON; their `source` is the report's name.
The same report is rendered in several formats (pdf, docx, html, txt, md), so a
gold report is compared with each predicted rendering and every figure exists
per (report, format) row and summed over groups of rows.

Matching follows the guidelines: a predicted entry matches a gold entry when the
token-overlap F1 of their `text` (of `action` where the gold text is null) is at
least 0.5, one-to-one, best pairs first. On matched pairs we compare the SCR
name, the set of body sectors, the status and whether an action is present; the
report fields (lscb, period, rec9 verdict, monitoring mechanism) are compared
once per row.

Conventions, chosen so that every figure is defined and reads naturally:

- precision is 1.0 when nothing was predicted (no false claim was made) and
  recall is 1.0 when nothing was expected; F1 is 0.0 when both P and R are 0.
  So an empty prediction for an empty gold scores P = R = F1 = 1.0, and an
  empty prediction for a non-empty gold scores P = 1.0, R = 0.0, F1 = 0.0.
- figures "over matched pairs" (bodies F1, status/SCR/action accuracy) are
  None when a row or group has no matched pair: there is nothing to judge.
- a gold report with no predicted rendering at all is `missing`; a rendering
  that the extractor failed to read (an entry of the prediction's `errors`) is a
  `read_error` row of that format. Both count every gold entry as a false
  negative and every report field as wrong. Predicted reports with no gold are
  ignored and listed under `ignored`.
"""
from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable

from .errors import (GOLD_FOLDER_EMPTY, GOLD_FOLDER_NOT_FOUND, NOT_A_GOLD_FILE,
                     NOT_A_PREDICTION_FILE, ReadError)
from .assess import MEETS_SHARE
from .renderings import strip_producer_tag
from .report import SCHEMA

MATCH_THRESHOLD = 0.5
GOLD_SUFFIX = ".gold.json"
REPORT_SUFFIXES = (".pdf", ".docx", ".html", ".htm", ".txt", ".md")
_TOKEN = re.compile(r"\w+")


# ---------------------------------------------------------------- normalising

def report_name(source: str) -> str:
    """The name that pairs a prediction with its gold: the file name without folder and suffix.

    `corpus/reports/brackenholt-2013-14.pdf` and the gold source `brackenholt-2013-14`
    both give `brackenholt-2013-14`. Only known suffixes are removed, so names with
    dots in them survive.
    """
    name = Path(source).name
    for suffix in (GOLD_SUFFIX, *REPORT_SUFFIXES):
        if name.lower().endswith(suffix):
            name = name[: -len(suffix)]
            break
    # a rendering may name the program that made it (NAME.chromium.pdf): the same report
    return strip_producer_tag(name)


# ---------------------------------------------------------------- reading fidelity

#: (what a PDF's Producer or Creator says, the producer's name) — the first match names it.
PDF_PRODUCERS = (("libreoffice", "LibreOffice"), ("openoffice", "LibreOffice"),
                 ("skia/pdf", "Chromium"), ("chrom", "Chromium"), ("weasyprint", "WeasyPrint"),
                 ("microsoft", "Word"), ("indesign", "InDesign"), ("publisher", "Publisher"),
                 ("acrobat", "Acrobat"), ("quartz", "Quartz"))
_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u00ad": None})


def producer_of(fmt: str, metadata: dict[str, str]) -> str:
    """Who made a rendering: the program behind a PDF, else the format itself ("DOCX", "HTML")."""
    if fmt != "pdf":
        return fmt.upper()
    said = " ".join(metadata.get(k, "") for k in ("producer", "creator")).lower()
    for cue, name in PDF_PRODUCERS:
        if cue in said:
            return name
    return f"PDF ({metadata.get('producer') or 'no producer'})"[:60]


def reading_norm(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).translate(_QUOTES).split())


def reading_fidelity(blocks_text: list[str], gold: dict) -> tuple[int, int]:
    """(gold strings the reader delivered contiguously, gold strings): the first number to
    look at when a new layout fails.

    A gold `text` or `action` counts when it occurs, whitespace normalised, inside one block
    or across consecutive blocks; a reader that interleaves columns or cuts words fails it. An
    action gathered from the rows of one recommendation (an action plan with a row per action,
    other cells between) counts when each of its sentences occurs whole (`delivered`).
    """
    flow = reading_norm(" ".join(blocks_text))
    wanted = [(k, e[k]) for e in gold.get("recommendations") or [] for k in ("text", "action") if e.get(k)]
    return sum(1 for k, w in wanted if delivered(w, flow, gathered=k == "action")), len(wanted)


_SENTENCE_BREAK = re.compile(r"(?<=[.;])\s+")


def delivered(span: str, flow: str, gathered: bool = False) -> bool:
    """Whether a gold span occurs whole in a normalised reading `flow`; with `gathered` (an action
    that may come from several rows), when each of its sentences does."""
    if reading_norm(span) in flow:
        return True
    return gathered and all(reading_norm(s) in flow for s in _SENTENCE_BREAK.split(span) if s.strip())


@dataclass(frozen=True)
class Reading:
    """What the reader made of one rendering, for the fidelity figures; with the funnel, also
    the blocks the linker read and the (text, action) of every entry it drafted."""

    producer: str
    blocks_text: tuple[str, ...]
    linker_text: tuple[str, ...] | None = None
    drafts: tuple[tuple[str | None, str | None], ...] | None = None


def read_renderings(sources: Iterable[str], funnel: bool = False) -> dict[str, Reading]:
    """Each readable rendering read again (ingestion only, no NLP; with `funnel`, up to the
    linker's drafts); unreadable ones are left out."""
    from .errors import ReadError as _ReadError
    from .ingest import read_document
    from .pipeline import draft_entries

    readings = {}
    for source in sources:
        try:
            doc = read_document(source)
        except (_ReadError, OSError):
            continue
        producer, blocks_text = producer_of(doc.format, doc.metadata), tuple(b.text for b in doc.blocks)
        if not funnel:
            readings[source] = Reading(producer, blocks_text)
            continue
        drafting = draft_entries(doc)
        readings[source] = Reading(
            producer, blocks_text,
            linker_text=tuple(drafting.doc.blocks[i].text for i in sorted(drafting.chosen.read)),
            drafts=tuple((d.text, d.action) for d in drafting.drafts))
        drafting.docs.release()
    return readings


def funnel(reading: Reading, gold: dict) -> dict[str, int]:
    """How far each gold entry got, counted at each stage: its text (its action where it has
    none) delivered contiguously by the reader (`read`), found in the blocks the linker reads
    (`selected`), matched by a draft (`drafted`). Counts only, so it can be read on reports
    held aside without reading them: it says which stage to look at, not what the text was."""
    entries = gold.get("recommendations") or []
    keys = [reading_norm(e.get("text") or e.get("action") or "") for e in entries]
    flow = reading_norm(" ".join(reading.blocks_text))
    linker_flow = reading_norm(" ".join(reading.linker_text or ()))
    drafts = [{"text": t, "action": a} for t, a in reading.drafts or ()]
    return {"gold": len(entries),
            "read": sum(1 for k in keys if k and k in flow),
            "selected": sum(1 for k in keys if k and k in linker_flow),
            "drafted": len(match_entries(drafts, entries))}


def tokens(text: str | None) -> list[str]:
    """Case-insensitive word tokens; None gives no tokens."""
    return _TOKEN.findall(text.casefold()) if text else []


def token_f1(a: str | None, b: str | None) -> float:
    """Token-overlap F1 of two strings (bag of words); 0.0 when either has no tokens."""
    ta, tb = Counter(tokens(a)), Counter(tokens(b))
    common = sum((ta & tb).values())
    if not common:
        return 0.0
    p, r = common / sum(ta.values()), common / sum(tb.values())
    return 2 * p * r / (p + r)


def normalise_lscb(name: str | None) -> str | None:
    """Board name for comparison: case-folded, without a leading "The", without whitespace."""
    if name is None:
        return None
    s = unicodedata.normalize("NFKC", name).casefold().strip()
    s = re.sub(r"^the\s+", "", s)
    return re.sub(r"\s+", "", s)


def normalise_period(period: str | None) -> str | None:
    """Reporting year as `YYYY-YY` when two years can be read (`2014/15`, `2014-2015`,
    `April 2014 to March 2015`), otherwise the case-folded text without spaces."""
    if period is None:
        return None
    s = unicodedata.normalize("NFKC", period).strip()
    m = re.search(r"\b((?:19|20)\d\d)\s*[-/–—]\s*(\d{2}(?:\d{2})?)\b", s)
    if m:
        return f"{m.group(1)}-{m.group(2)[-2:]}"
    years = re.findall(r"\b(?:19|20)\d\d\b", s)
    if len(years) == 2:
        return f"{years[0]}-{years[1][-2:]}"
    return re.sub(r"\s+", "", s.casefold())


def normalise_scr(name: str | None) -> str | None:
    """SCR case name for comparison: case-folded, whitespace collapsed; blank counts as None."""
    if name is None:
        return None
    return " ".join(name.casefold().split()) or None


# ---------------------------------------------------------------- matching

@dataclass(frozen=True)
class Match:
    gold: int      # index into the gold entries
    pred: int      # index into the predicted entries
    score: float


def pair_score(pred: dict, gold: dict) -> float:
    """How well one predicted entry matches one gold entry (token-overlap F1).

    - gold text present, predicted text present: F1 of the two texts.
    - gold text null (an action reported without its recommendation): F1 of the
      actions, as the guidelines say; the predicted text is not used.
    - gold text present, predicted text null: F1 of the actions. The extractor
      found the action but not the recommendation sentence; when that action is
      the gold entry's action it is the same entry of the report, so it may
      match (and is then judged on the other fields). With no gold action the
      score is 0.
    """
    if gold.get("text") is not None and pred.get("text") is not None:
        return token_f1(pred["text"], gold["text"])
    return token_f1(pred.get("action"), gold.get("action"))


def match_entries(pred: list[dict], gold: list[dict],
                  threshold: float = MATCH_THRESHOLD) -> list[Match]:
    """One-to-one matches, best pairs first (greedy on descending score).

    Ties are broken by gold order, then prediction order, so a duplicated
    prediction matches once and its copy is a false positive.
    """
    candidates = [Match(g, p, s)
                  for g, ge in enumerate(gold) for p, pe in enumerate(pred)
                  if (s := pair_score(pe, ge)) >= threshold]
    candidates.sort(key=lambda m: (-m.score, m.gold, m.pred))
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    matches = []
    for m in candidates:
        if m.gold in used_gold or m.pred in used_pred:
            continue
        used_gold.add(m.gold)
        used_pred.add(m.pred)
        matches.append(m)
    return sorted(matches, key=lambda m: m.gold)


# ---------------------------------------------------------------- counting

def prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    """Precision, recall and F1 with the module's conventions for empty sides."""
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1}


def _ratio(right: int, total: int) -> float | None:
    return right / total if total else None


def _sectors(entry: dict) -> set[str]:
    return {b.get("sector") for b in entry.get("bodies") or [] if b.get("sector")}


@dataclass
class Tally:
    """Counts that add up over rows; every figure is computed from these."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    sector_tp: int = 0
    sector_fp: int = 0
    sector_fn: int = 0
    matched: int = 0
    status_right: int = 0
    scr_right: int = 0
    action_right: int = 0
    rows: int = 0
    lscb_right: int = 0
    period_right: int = 0
    verdict_right: int = 0
    mechanism_right: int = 0
    # Wrong verdicts by the rec9 input that differs on the side of a threshold.
    verdict_off_scrs: int = 0
    verdict_off_entries: int = 0
    verdict_off_mechanism: int = 0
    verdict_off_actions: int = 0
    verdict_off_bodies: int = 0
    # Calibration: predicted entries, and those matching a gold entry, by confidence band.
    band_90_entries: int = 0
    band_90_right: int = 0
    band_80_entries: int = 0
    band_80_right: int = 0
    band_70_entries: int = 0
    band_70_right: int = 0
    band_0_entries: int = 0
    band_0_right: int = 0
    # Reading fidelity: gold texts and actions the reader delivered contiguously.
    reading_delivered: int = 0
    reading_total: int = 0

    def add(self, other: "Tally") -> None:
        for k in self.__dataclass_fields__:
            setattr(self, k, getattr(self, k) + getattr(other, k))

    def figures(self) -> dict[str, Any]:
        entries = prf(self.tp, self.fp, self.fn)
        bodies = prf(self.sector_tp, self.sector_fp, self.sector_fn)
        return {
            **entries,
            "tp": self.tp, "fp": self.fp, "fn": self.fn,
            "matched": self.matched,
            "bodies_f1": bodies["f1"] if self.matched else None,
            "status_accuracy": _ratio(self.status_right, self.matched),
            "scr_accuracy": _ratio(self.scr_right, self.matched),
            "action_accuracy": _ratio(self.action_right, self.matched),
            "rows": self.rows,
            "lscb_accuracy": _ratio(self.lscb_right, self.rows),
            "period_accuracy": _ratio(self.period_right, self.rows),
            "verdict_accuracy": _ratio(self.verdict_right, self.rows),
            "mechanism_accuracy": _ratio(self.mechanism_right, self.rows),
            "reading_fidelity": _ratio(self.reading_delivered, self.reading_total),
            "verdict_errors_by_cause": {
                cause: getattr(self, f"verdict_off_{cause}") for cause in VERDICT_CAUSES},
            "calibration": {
                label: {"entries": getattr(self, f"band_{low}_entries"), "right": getattr(self, f"band_{low}_right"),
                        "share": _ratio(getattr(self, f"band_{low}_right"), getattr(self, f"band_{low}_entries"))}
                for low, label in CONFIDENCE_BANDS},
        }


#: (lower bound in hundredths, label): an entry scored 0.9 should be right nine times in ten
CONFIDENCE_BANDS = ((90, ">=0.9"), (80, "0.8-0.9"), (70, "0.7-0.8"), (0, "<0.7"))


def confidence_band(confidence: float | None) -> int:
    return next(low for low, _ in CONFIDENCE_BANDS if round(100 * (confidence or 0.0)) >= low)


VERDICT_CAUSES = ("scrs", "entries", "mechanism", "actions", "bodies")


def verdict_causes(pred: dict, gold: dict) -> list[str]:
    """Which inputs of the rec9 rule put a wrong verdict on the other side of a threshold.

    Tells where to look (case detection, monitoring cues, action finding, bodies)
    without opening the report.
    """
    p9, g9 = pred.get("rec9") or {}, gold.get("rec9") or {}

    def side(share: float | None) -> str:
        if share is None:
            return "none"
        return "zero" if share == 0 else ("high" if share >= MEETS_SHARE else "low")

    causes = []
    if bool(p9.get("scrs_reported")) != bool(g9.get("scrs_reported")):
        causes.append("scrs")
    if bool(pred.get("recommendations")) != bool(gold.get("recommendations")):
        causes.append("entries")
    if bool(p9.get("monitoring_mechanism")) != bool(g9.get("monitoring_mechanism")):
        causes.append("mechanism")
    if side(p9.get("actions_reported")) != side(g9.get("actions_reported")):
        causes.append("actions")
    if side(p9.get("bodies_named")) != side(g9.get("bodies_named")):
        causes.append("bodies")
    return causes


def _verdict(report: dict) -> str | None:
    return (report.get("rec9") or {}).get("verdict")


def _mechanism(report: dict) -> bool | None:
    return (report.get("rec9") or {}).get("monitoring_mechanism")


def _score_pair(pred: dict | None, gold: dict) -> tuple[Tally, dict[str, Any]]:
    """Compares one predicted rendering (None: nothing predicted) with its gold report."""
    g_entries = gold.get("recommendations") or []
    p_entries = (pred.get("recommendations") or []) if pred else []
    matches = match_entries(p_entries, g_entries)
    t = Tally(tp=len(matches), fp=len(p_entries) - len(matches),
              fn=len(g_entries) - len(matches), matched=len(matches), rows=1)
    for m in matches:
        pe, ge = p_entries[m.pred], g_entries[m.gold]
        ps, gs = _sectors(pe), _sectors(ge)
        t.sector_tp += len(ps & gs)
        t.sector_fp += len(ps - gs)
        t.sector_fn += len(gs - ps)
        t.status_right += pe.get("status") == ge.get("status")
        t.scr_right += normalise_scr(pe.get("scr")) == normalise_scr(ge.get("scr"))
        t.action_right += (pe.get("action") is not None) == (ge.get("action") is not None)
    fields = {"lscb_right": False, "period_right": False,
              "verdict_right": False, "mechanism_right": False}
    if pred is not None:
        fields = {
            "lscb_right": normalise_lscb(pred.get("lscb")) == normalise_lscb(gold.get("lscb")),
            "period_right": normalise_period(pred.get("period")) == normalise_period(gold.get("period")),
            "verdict_right": _verdict(pred) == _verdict(gold),
            "mechanism_right": bool(_mechanism(pred)) == bool(_mechanism(gold)),
        }
    t.lscb_right, t.period_right = int(fields["lscb_right"]), int(fields["period_right"])
    t.verdict_right, t.mechanism_right = int(fields["verdict_right"]), int(fields["mechanism_right"])
    causes = verdict_causes(pred, gold) if pred is not None and not fields["verdict_right"] else []
    for cause in causes:
        setattr(t, f"verdict_off_{cause}", 1)
    matched_gold = {m.gold for m in matches}
    matched_pred = {m.pred for m in matches}
    for i, e in enumerate(p_entries):
        band = confidence_band(e.get("confidence"))
        setattr(t, f"band_{band}_entries", getattr(t, f"band_{band}_entries") + 1)
        setattr(t, f"band_{band}_right", getattr(t, f"band_{band}_right") + (i in matched_pred))
    detail = {
        **fields,
        "verdict_causes": causes,
        "gold_entries": len(g_entries),
        "pred_entries": len(p_entries),
        "matches": [{"gold": g_entries[m.gold].get("id"), "pred": p_entries[m.pred].get("id"),
                     "score": round(m.score, 4)} for m in matches],
        "false_negatives": [e.get("id") for i, e in enumerate(g_entries) if i not in matched_gold],
        "false_positives": [e.get("id") for i, e in enumerate(p_entries) if i not in matched_pred],
    }
    return t, detail


def _format_of(report: dict) -> str:
    fmt = report.get("format")
    if fmt:
        return str(fmt).lower()
    return Path(report.get("source", "")).suffix.lower().lstrip(".") or "?"


# ---------------------------------------------------------------- evaluation

def evaluate(pred: list[dict], gold: list[dict], heldaside: Iterable[str] = frozenset(),
             errors: Iterable[dict] = (), readings: dict[str, Reading] | None = None) -> dict[str, Any]:
    """Scores predicted reports (`reports` of an scr-extract/1 JSON) against gold reports.

    `heldaside` names reports kept out of development; their rows are summed
    apart. `errors` is the prediction's `errors` list: a failed rendering of a
    gold report becomes a `read_error` row. Returns a JSON-serialisable dict:
    `rows` (one per report and format), `overall` (`all`, `heldaside`,
    `not_heldaside`, `by_format`, `by_producer`), `missing`, `ignored`. `readings`
    (`read_renderings`) adds each rendering's producer and reading fidelity.
    """
    readings = readings or {}
    held = set(heldaside)
    gold_by_name = {report_name(g.get("source", "")): g for g in gold}
    seen: set[str] = set()
    ignored: list[str] = []
    rows: list[tuple[Tally, dict[str, Any]]] = []

    def add_row(name: str, fmt: str | None, source: str | None, state: str,
                report: dict | None) -> None:
        tally, detail = _score_pair(report, gold_by_name[name])
        reading = readings.get(source or "")
        if reading is not None:
            tally.reading_delivered, tally.reading_total = reading_fidelity(
                list(reading.blocks_text), gold_by_name[name])
        tally_figures = tally.figures()
        producer = reading.producer if reading is not None else (fmt or "-").upper()
        row = {"report": name, "format": fmt, "producer": producer, "source": source, "state": state,
               "heldaside": name in held, **detail, "reading_fidelity": tally_figures["reading_fidelity"],
               **({"funnel": {**funnel(reading, gold_by_name[name]), "found": tally.tp}}
                  if reading is not None and reading.drafts is not None else {}),
               **{k: tally_figures[k] for k in ("precision", "recall", "f1", "tp", "fp", "fn",
                                                 "matched", "bodies_f1", "status_accuracy",
                                                 "scr_accuracy", "action_accuracy")}}
        rows.append((tally, row))

    for report in pred:
        name = report_name(report.get("source", ""))
        if name not in gold_by_name:
            ignored.append(report.get("source", ""))
            continue
        seen.add(name)
        add_row(name, _format_of(report), report.get("source"), "ok", report)
    for failure in errors:
        source = failure.get("source", "")
        name = report_name(source)
        if name not in gold_by_name:
            ignored.append(source)
            continue
        seen.add(name)
        add_row(name, Path(source).suffix.lower().lstrip(".") or "?", source, "read_error", None)
    missing = sorted(n for n in gold_by_name if n not in seen)
    for name in missing:
        add_row(name, None, None, "missing", None)
    rows.sort(key=lambda r: (r[1]["report"], r[1]["format"] or "", r[1]["source"] or ""))

    def block(selected: list[tuple[Tally, dict]]) -> dict[str, Any]:
        total = Tally()
        for t, _ in selected:
            total.add(t)
        return {**total.figures(), "reports": len({r["report"] for _, r in selected})}

    formats = sorted({r["format"] for _, r in rows if r["format"]})
    producers = sorted({r["producer"] for _, r in rows if r["format"]})
    return {
        "threshold": MATCH_THRESHOLD,
        "rows": [r for _, r in rows],
        "overall": {
            "all": block(rows),
            "heldaside": block([x for x in rows if x[1]["heldaside"]]),
            "not_heldaside": block([x for x in rows if not x[1]["heldaside"]]),
            "by_format": {f: block([x for x in rows if x[1]["format"] == f]) for f in formats},
            "by_producer": {p: block([x for x in rows if x[1]["producer"] == p]) for p in producers},
        },
        "missing": missing,
        "ignored": sorted(ignored),
    }


# ---------------------------------------------------------------- files

def load_gold(folder: str | Path) -> list[dict]:
    """Every `<name>.gold.json` in `folder` (not recursive), its `source` set to `<name>`."""
    folder = Path(folder)
    if not folder.is_dir():
        raise ReadError(GOLD_FOLDER_NOT_FOUND.format(folder=folder))
    gold = []
    for f in sorted(folder.glob(f"*{GOLD_SUFFIX}")):
        try:
            d = json.loads(f.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise ReadError(NOT_A_GOLD_FILE.format(file=f, detail=exc)) from None
        if not isinstance(d, dict) or not isinstance(d.get("recommendations"), list):
            raise ReadError(NOT_A_GOLD_FILE.format(file=f, detail="no 'recommendations' list"))
        gold.append({**d, "source": report_name(f.name)})
    if not gold:
        raise ReadError(GOLD_FOLDER_EMPTY.format(folder=folder))
    return gold


def load_gold_folders(folders: Iterable[str | Path]) -> tuple[list[dict], dict[str, Path]]:
    """The gold of several folders (the corpus gold, gold imported from reviewed workbooks),
    one answer per report: a report in several folders takes the last folder's (a review
    imported later corrects an older answer). Returns the gold and the folder each came from."""
    by_name: dict[str, dict] = {}
    origin: dict[str, Path] = {}
    for folder in folders:
        for g in load_gold(folder):
            by_name[g["source"]] = g
            origin[g["source"]] = Path(folder)
    return [by_name[n] for n in sorted(by_name)], origin


def load_heldaside(path: str | Path | None) -> set[str]:
    """Report names, one a line (blank lines and `#` comments skipped); none when no file."""
    if path is None or not Path(path).is_file():
        return set()
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    return {report_name(s.strip()) for s in lines if s.strip() and not s.strip().startswith("#")}


def load_predictions(path: str | Path) -> dict[str, Any]:
    """An scr-extract/1 JSON written by `scr-extract run --json`."""
    try:
        d = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ReadError(NOT_A_PREDICTION_FILE.format(file=path, detail=exc)) from None
    if not isinstance(d, dict) or d.get("schema") != SCHEMA or not isinstance(d.get("reports"), list):
        raise ReadError(NOT_A_PREDICTION_FILE.format(file=path, detail=f"schema is not {SCHEMA}"))
    return d


def evaluate_files(pred_path: str | Path, gold_dir: str | Path,
                   heldaside_path: str | Path | None = None) -> dict[str, Any]:
    """`evaluate` on files: a prediction JSON, a gold folder and an optional held-aside list."""
    run = load_predictions(pred_path)
    return evaluate(run["reports"], load_gold(gold_dir), load_heldaside(heldaside_path),
                    errors=run.get("errors") or [])


# ---------------------------------------------------------------- printing

def _num(x: float | None) -> str:
    return "  -  " if x is None else f"{x:5.2f}"


def _mark(ok: bool) -> str:
    return "✓" if ok else "✗"


def format_table(result: dict[str, Any]) -> str:
    """A compact text table of the rows and the overall blocks."""
    lines = []
    width = max([len(r["report"]) for r in result["rows"]] + [6])
    head = (f"{'report':<{width}} {'rendering':<11} {'gold':>4} {'pred':>4} {'read '} {'  P  '} {'  R  '} {' F1  '} "
            f"{'bodF1'} {'stat '} lscb per ver mech")
    lines += [head, "-" * len(head)]
    for r in result["rows"]:
        # a PDF is told apart by its producer (LibreOffice, Chromium...), other formats by name
        producer = r.get("producer")
        fmt = (producer if r["format"] == "pdf" and producer != "PDF" else r["format"]) or "-"
        note = "" if r["state"] == "ok" else f"  ({r['state'].replace('_', ' ')})"
        lines.append(
            f"{r['report']:<{width}} {fmt[:11]:<11} {r['gold_entries']:>4} {r['pred_entries']:>4} "
            f"{_num(r['reading_fidelity'])} {_num(r['precision'])} {_num(r['recall'])} {_num(r['f1'])} {_num(r['bodies_f1'])} "
            f"{_num(r['status_accuracy'])}  {_mark(r['lscb_right'])}    {_mark(r['period_right'])}   "
            f"{_mark(r['verdict_right'])}   {_mark(r['mechanism_right'])}{note}")
    blocks = [("all", result["overall"]["all"]), ("held-aside", result["overall"]["heldaside"]),
              ("not held-aside", result["overall"]["not_heldaside"])]
    blocks += [(f"format {f}", b) for f, b in result["overall"]["by_format"].items()]
    blocks += [(f"by {p}"[:22], b) for p, b in result["overall"].get("by_producer", {}).items()]
    lines.append("")
    bh = (f"{'overall':<22} {'rows':>4} {'read '} {'tp':>4} {'fp':>4} {'fn':>4} {'  P  '} {'  R  '} {' F1  '} "
          f"{'bodF1'} {'stat '} {' scr '} {' act '} {'lscb '} {' per '} {' ver '} {'mech '}")
    lines += [bh, "-" * len(bh)]
    for label, b in blocks:
        lines.append(
            f"{label:<22} {b['rows']:>4} {_num(b['reading_fidelity'])} {b['tp']:>4} {b['fp']:>4} {b['fn']:>4} "
            f"{_num(b['precision'] if b['rows'] else None)} {_num(b['recall'] if b['rows'] else None)} "
            f"{_num(b['f1'] if b['rows'] else None)} {_num(b['bodies_f1'])} "
            f"{_num(b['status_accuracy'])} {_num(b['scr_accuracy'])} {_num(b['action_accuracy'])} "
            f"{_num(b['lscb_accuracy'])} {_num(b['period_accuracy'])} {_num(b['verdict_accuracy'])} "
            f"{_num(b['mechanism_accuracy'])}")
    for name, b in blocks[:3]:
        off = {c: n for c, n in b["verdict_errors_by_cause"].items() if n}
        if off:
            lines.append(f"wrong verdicts, {name}, by the rec9 input that crossed a threshold: "
                         + ", ".join(f"{c} {n}" for c, n in off.items()))
    for name, b in blocks[:2]:
        lines.append(f"confidence, {name}: share of entries matching gold by band: " + ", ".join(
            f"{band} {c['right']}/{c['entries']}" for band, c in b["calibration"].items() if c["entries"]))
    lines += format_funnel(result["rows"])
    if result["missing"]:
        lines.append("missing (no prediction): " + ", ".join(result["missing"]))
    if result["ignored"]:
        lines.append("ignored (no gold): " + ", ".join(result["ignored"]))
    return "\n".join(lines)


def format_funnel(rows: list[dict[str, Any]]) -> list[str]:
    """Where the gold entries of each rendering that lost some were lost, and per producer."""
    traced = [r for r in rows if "funnel" in r]
    if not traced:
        return []
    stages = ("gold", "read", "selected", "drafted", "found")
    lines = ["", "gold entries reaching each stage (read by the reader, in the blocks the linker reads, "
             "drafted, found), renderings that lost some:"]
    width = max(len(r["report"]) for r in traced)
    for r in traced:
        f = r["funnel"]
        if f["found"] < f["gold"]:
            lines.append(f"  {r['report']:<{width}} {(r['producer'] or '-')[:11]:<11} "
                         + " ".join(f"{f[s]:>4}" for s in stages))
    for label, held in (("development", False), ("held aside", True)):
        for producer in sorted({r["producer"] for r in traced if r["heldaside"] == held}):
            mine = [r["funnel"] for r in traced if r["heldaside"] == held and r["producer"] == producer]
            lines.append(f"  {label + ', ' + producer:<{width + 12}} "
                         + " ".join(f"{sum(f[s] for f in mine):>4}" for s in stages))
    return lines
