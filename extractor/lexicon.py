"""Loading the rule files in models/ that are read as regular expressions.

Each file is JSONL, one rule a line, with a fixed set of keys (medspaCy-style
"rule -> category"). Unknown keys are rejected with the file, line and the keys
allowed, so that a typo in a rule never silently disables it.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from . import errors
from .resources import MODELS, table


class RuleFileError(ValueError):
    """A malformed rule file in models/ (str(err) names file, line and problem)."""


@dataclass(frozen=True)
class Rule:
    """One line of a rule file: a compiled pattern and what it means."""

    kind: str            # category / meaning / kind / field, by file
    regex: re.Pattern
    value: str | None = None
    note: str | None = None


_SCHEMAS = {
    "sections.jsonl": ({"category"}, {"literal", "pattern", "case_sensitive", "note"},
                       {"scr", "scr_case", "scr_weak", "other_review", "not_scr", "general"}),
    "headers.jsonl": ({"meaning", "pattern"}, {"note"},
                      {"number", "scr", "not_entry", "planned_action", "action", "completed_date", "recommendation", "finding", "lead",
                       "timescale", "status", "evidence"}),
    "labels.jsonl": ({"kind", "pattern"}, {"note"},
                     {"rec_label", "number_label", "action", "status", "lead", "timescale", "card_number"}),
    "empty_values.jsonl": ({"kind", "pattern"}, {"note"}, {"empty"}),
    "report_fields.jsonl": ({"field", "pattern"}, {"value", "note", "case_sensitive"},
                            {"board_name", "stage", "scr_count", "no_scr", "not_an_scr", "mechanism_signal", "mechanism_scope",
                             "mechanism_not_object", "mechanism_not_yet"}),
    "report_signs.jsonl": ({"kind", "pattern"}, {"note", "case_sensitive"}, {"safeguarding", "not_report"}),
    "renderings.jsonl": ({"kind", "pattern"}, {"value", "note"}, {"producer_tag", "preferred_format"}),
    "phrases.jsonl": ({"kind", "pattern"}, {"note", "case_sensitive"}, None),  # any name; each used once
}


def _fail(path: Path, line: int, detail: str) -> RuleFileError:
    return RuleFileError(errors.BAD_RULE_FILE.format(path=path.name, line=line, detail=detail))


def load_rules(path: Path) -> list[Rule]:
    """Reads one rule file, checking keys and values against its schema."""
    required, optional, kinds = _SCHEMAS[path.name]
    kind_key = next(iter(required - {"pattern"}))
    allowed = required | optional
    rules = []
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip() or line.startswith("#"):
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                raise _fail(path, n, f"not JSON ({exc.msg})") from None
            unknown = set(row) - allowed
            if unknown:
                raise _fail(path, n, f"unknown key(s) {sorted(unknown)} (allowed: {sorted(allowed)})")
            if path.name == "sections.jsonl":
                if ("literal" in row) == ("pattern" in row):
                    raise _fail(path, n, "give exactly one of 'literal' or 'pattern'")
                missing = {"category"} - set(row)
            else:
                missing = required - set(row)
            if missing:
                raise _fail(path, n, f"missing key(s) {sorted(missing)}")
            if kinds is not None and row[kind_key] not in kinds:
                raise _fail(path, n, f"unknown {kind_key} {row[kind_key]!r} (allowed: {sorted(kinds)})")
            if "literal" in row:
                source = r"(?<![\w-])" + re.escape(row["literal"]) + r"(?![\w-])"
            else:
                source = row["pattern"]
            flags = 0 if row.get("case_sensitive") else re.IGNORECASE
            try:
                regex = re.compile(source, flags)
            except re.error as exc:
                raise _fail(path, n, f"bad pattern ({exc})") from None
            rules.append(Rule(row[kind_key], regex, row.get("value"), row.get("note")))
    return rules


@lru_cache(maxsize=None)
def rules(name: str) -> tuple[Rule, ...]:
    """The rules of models/<name>, loaded once."""
    return tuple(load_rules(MODELS / name))


def phrase(name: str) -> re.Pattern:
    """The regular expression of one named phrase of models/phrases.jsonl."""
    found = _phrases().get(name)
    if found is None:
        raise KeyError(f"phrases.jsonl has no phrase {name!r}")
    return found


@lru_cache(maxsize=1)
def _phrases() -> dict[str, re.Pattern]:
    return {r.kind: r.regex for r in rules("phrases.jsonl")}


def first_match(name: str, text: str) -> Rule | None:
    for rule in rules(name):
        if rule.regex.search(text):
            return rule
    return None


def number_words(*kinds: str) -> dict[str, str]:
    """Word -> number of models/number_words.csv for these kinds ("second" -> "2", "finally" -> "+")."""
    return {r["word"]: r["value"] for r in table("number_words.csv") if r["kind"] in kinds}


def rating_colours() -> tuple[str, ...]:
    """The colour words of RAG ratings (models/rating_colours.csv), in the file's order."""
    return tuple(r["colour"] for r in table("rating_colours.csv"))


def default_ratings() -> dict[str, str]:
    """Colour -> the status it means where a report's own key does not say."""
    return {r["colour"]: r["default_status"] for r in table("rating_colours.csv") if r["default_status"]}


def colour_letters() -> dict[str, str]:
    """Capital letter -> the colour it stands for ("A" -> "amber")."""
    return {r["letter"]: r["colour"] for r in table("rating_colours.csv") if r["letter"]}
