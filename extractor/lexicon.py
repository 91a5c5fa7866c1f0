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
from re import _constants as _sre, _parser as _sre_parse  # the re module's own parser (Python >= 3.11)
from typing import Iterable

from . import errors
from .resources import MODELS, jsonl_rows, table


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
                             "mechanism_not_object", "mechanism_not_yet", "running_line"}),
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


@lru_cache(maxsize=None)
def rules_of(name: str, kind: str) -> tuple[Rule, ...]:
    """The rules of models/<name> of one kind, in the file's order."""
    return tuple(r for r in rules(name) if r.kind == kind)


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
    """The first rule of models/<name>, in the file's order, whose pattern is found in the text."""
    index = _word_index(name)
    found = index.possible(text)
    for i in range(len(index.rules)) if found is None else found:
        if index.patterns[i].search(text):
            return index.rules[i]
    return None


# --- Skipping a pattern that cannot match ------------------------------------------------------
#
# Python's re tries a pattern at every position of a text, and a case-insensitive pattern or one
# opening with a word-edge guard (`\bSCRs?\b`, `(?<![\w-])audit`) gets none of its prefix
# shortcuts, so each rule of a file, tried over every block, walked every character. Most
# patterns can only match where one of a few words is in the text ("scr", "case review"); a
# substring test on the lower-cased text (C-level, a fraction of a regex walk) rules them out.

#: characters re.IGNORECASE matches to an ASCII letter that str.lower() does not turn into that
#: letter (tests/test_lexicon.py checks this against every code point)
_FOLD_TO_ASCII = {0x130: "i", 0x131: "i", 0x17F: "s"}
_FOLD_CHARS = "".join(map(chr, _FOLD_TO_ASCII))


def lowered(text: str) -> str:
    """The text lower-cased so that wherever a pattern (case-insensitive or not) matches a run of
    ASCII characters, the run's lower case is a substring of it."""
    if not text.isascii() and any(c in text for c in _FOLD_CHARS):
        text = text.translate(_FOLD_TO_ASCII)
    return text.lower()


_ZERO_WIDTH = {_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT}
_REPEATS = {_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT}
_Words = frozenset  # of lower-case ASCII strings


class _IgnoresCase(Exception):
    """A case-insensitive group ("(?i:...)") in a pattern read case by case."""


def _char(op, av, fold: bool) -> str | None:
    """The ASCII character (lower-cased when `fold`) a one-character node always matches ("s",
    "[Ff]" when folding), else None."""
    if op is _sre.LITERAL:
        c = chr(av)
    elif op is _sre.IN and av and all(o is _sre.LITERAL for o, _ in av) \
            and len({chr(v).lower() if fold else chr(v) for _, v in av}) == 1:
        c = chr(av[0][1])
    else:
        return None
    return (c.lower() if fold else c) if c.isascii() else None


def _node(op, av, fold: bool) -> tuple[str | None, _Words | None]:
    """(the text the node always matches, or None; words one of which each match holds, or None),
    lower-cased when `fold`."""
    c = _char(op, av, fold)
    if c is not None:
        return c, _Words([c])
    if op is _sre.ASSERT:  # a lookaround that must match: its words are in the text too
        return "", _sequence(av[1], fold)[1]
    if op in _ZERO_WIDTH:
        return "", None  # consumes nothing: the literals either side stay one run
    if op is _sre.SUBPATTERN:
        if not fold and av[1] & re.IGNORECASE:
            raise _IgnoresCase
        return _sequence(av[3], fold)
    if op is _sre.ATOMIC_GROUP:
        return _sequence(av, fold)
    if op is _sre.BRANCH:
        parts = [_sequence(alt, fold) for alt in av[1]]
        exact = {e for e, _ in parts}
        if len(exact) == 1 and None not in exact:
            e = exact.pop()
            return e, (_Words([e]) if e else None)
        words: set[str] = set()
        for e, w in parts:
            alt = _Words([e]) if e else w
            if not alt:
                return None, None  # an alternative that needs no word
            words |= alt
        return None, _Words(words)
    if op in _REPEATS:
        least, most, sub = av
        if least == 0:
            return None, None
        e, w = _sequence(sub, fold)
        if least == most == 1:
            return e, w
        return (e * least if e is not None and least == most else None), (_Words([e * least]) if e else w)
    return None, None


def _sequence(items, fold: bool) -> tuple[str | None, _Words | None]:
    run, exact, choices = "", "", []
    for op, av in items:
        e, w = _node(op, av, fold)
        if e is not None:
            if e == "" and w:
                choices.append(w)  # a lookaround's words
            run += e
            exact = exact + e if exact is not None else None
            continue
        exact = None
        if run:
            choices.append(_Words([run]))
            run = ""
        if w:
            choices.append(w)
    if run:
        choices.append(_Words([run]))
    if exact is not None:
        return exact, (_Words([exact]) if exact else None)
    # the most telling requirement: the one whose shortest word is longest, then the fewest words
    return None, max(choices, key=lambda w: (min(map(len, w)), -len(w)), default=None)


def required_words(regex: re.Pattern) -> _Words | None:
    """Lower-case words one of which lowered(text) holds wherever the pattern matches text (None
    when no such words are found), fewest first: a word holding another is dropped."""
    return _required(regex, True)


@lru_cache(maxsize=1)
def _parsed(source: str, flags: int):
    """A pattern's source as re's parser reads it. The guard words (one or two walks) and the
    look-ahead of a pattern are worked out one after the other, and parsing a rule file's long
    alternations costs about as much as compiling them: the last parse is kept, and no more."""
    return _sre_parse.parse(source, flags)


@lru_cache(maxsize=None)
def _required(regex: re.Pattern, fold: bool) -> _Words | None:
    if not isinstance(regex.pattern, str):
        return None
    try:
        parsed = _parsed(regex.pattern, regex.flags)
        if not fold and parsed.state.flags & re.IGNORECASE:
            raise _IgnoresCase
        _, words = _sequence(parsed, fold)
    except _IgnoresCase:
        raise
    except Exception:  # a construct the walk does not know: the pattern is always tried
        return None
    if not words:
        return None
    return _Words(w for w in words if not any(v != w and v in w for v in words))


def guard_words(regex: re.Pattern) -> tuple[_Words | None, bool]:
    """(words, folded): words one of which the text holds wherever the pattern matches it, as
    written when the pattern minds case (more telling: "SCR" is rarer than "scr"), else lower-cased
    and to be found in lowered(text) (folded True); words None when none are found."""
    try:
        return _required(regex, False), False
    except _IgnoresCase:
        return _required(regex, True), True


# --- Trying a pattern only where a match can open ------------------------------------------------
#
# A pattern that opens on an alternation ("serious case review|\bSCRs?\b|...") gets no shortcut from
# re when it ignores case or opens with \b: re tries every alternative at every position of the
# text. Looking ahead first for the characters the alternatives open with ("(?=[bcfls])(?:...)")
# costs one character-class test at most positions instead: the same matches, found a few times
# faster on report text. The class is compiled with the pattern's flags, so it folds case as the
# pattern's own letters do.

_CONSUMES_NOTHING = {_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT}
_Opening = tuple[frozenset[str] | None, bool]  # (characters a match may open with, None: any; may match nothing)


def _item_opening(op, av, ignore_case: bool) -> _Opening:
    """_opening of one parsed item."""
    if op is _sre.LITERAL:
        return frozenset(chr(av)), False
    if op is _sre.IN and all(o is _sre.LITERAL for o, _ in av):
        return frozenset(chr(v) for _, v in av), False
    if op is _sre.SUBPATTERN:
        _, add_flags, _, items = av
        if add_flags & re.IGNORECASE and not ignore_case:
            return None, False  # a case-blind group in a pattern that minds case: its letters would not fold
        return _opening(items, ignore_case)
    if op is _sre.ATOMIC_GROUP:
        return _opening(av, ignore_case)
    if op is _sre.BRANCH:
        chars: set[str] = set()
        empty = False
        for alternative in av[1]:
            first, may_be_empty = _opening(alternative, ignore_case)
            if first is None:
                return None, False
            chars |= first
            empty = empty or may_be_empty
        return frozenset(chars), empty
    if op in _REPEATS:
        least, _, items = av
        first, may_be_empty = _opening(items, ignore_case)
        return first, may_be_empty or least == 0
    return None, False  # any character (\w, ".", a negated set, a back-reference ...)


def _opening(items, ignore_case: bool) -> _Opening:
    """The characters a match of a sequence of parsed items may open with, and whether it may be
    empty (then what follows the sequence opens the match)."""
    chars: set[str] = set()
    for op, av in items:
        if op in _CONSUMES_NOTHING:
            continue
        first, may_be_empty = _item_opening(op, av, ignore_case)
        if first is None:
            return None, False
        chars |= first
        if not may_be_empty:
            return frozenset(chars), False
    return frozenset(chars), True


def _opens_on_alternation(items) -> bool:
    """Whether the first item of a parsed sequence that consumes characters is an alternation."""
    for op, av in items:
        if op in _CONSUMES_NOTHING:
            continue
        if op is _sre.SUBPATTERN:
            return _opens_on_alternation(av[3])
        return op is _sre.BRANCH
    return False


def _looking_ahead(regex: re.Pattern) -> re.Pattern:
    """The pattern with a look-ahead for the characters its matches open with, when it opens on an
    alternation that re tries position by position (see above); else the pattern itself."""
    if not isinstance(regex.pattern, str):
        return regex
    try:
        parsed = _parsed(regex.pattern, regex.flags)
    except Exception:
        return regex
    ignore_case = bool(regex.flags & re.IGNORECASE)
    first = parsed.data[0] if parsed.data else (None, None)
    if first == (_sre.AT, _sre.AT_BEGINNING) or first == (_sre.AT, _sre.AT_BEGINNING_STRING):
        return regex  # tried at the start alone
    if not (ignore_case or first[0] in _CONSUMES_NOTHING) or not _opens_on_alternation(parsed.data):
        return regex  # re finds where an alternation of letters in their case may open itself
    chars, may_be_empty = _opening(parsed.data, ignore_case)
    if chars is None or may_be_empty:
        return regex
    try:
        return re.compile("(?=[" + "".join(re.escape(c) for c in sorted(chars)) + "])(?:" + regex.pattern + ")",
                          regex.flags)
    except re.error:  # a pattern opening on global flags ("(?i)...") cannot be wrapped
        return regex


_last_lowered: tuple[str, str] = ("", "")  # (text, lowered(text)): rules are tried in turn on one text
#: id(pattern) -> (pattern, *guard_words, the pattern looking ahead)
_guards: dict[int, tuple[re.Pattern, _Words | None, bool, re.Pattern]] = {}


def _lowered_once(text: str) -> str:
    global _last_lowered
    last = _last_lowered
    if last[0] is text:
        return last[1]
    low = lowered(text)
    _last_lowered = (text, low)
    return low


def _guard(regex: re.Pattern) -> tuple[re.Pattern, _Words | None, bool, re.Pattern]:
    # looked up by identity: hashing a Pattern hashes its compiled code, on every call
    guard = _guards.get(id(regex))
    if guard is None or guard[0] is not regex:
        guard = _guards[id(regex)] = (regex, *guard_words(regex), _looking_ahead(regex))
    return guard


def _holds_a_word(guard: tuple[re.Pattern, _Words | None, bool, re.Pattern], text: str) -> bool:
    if guard[1] is None:
        return True
    hay = _lowered_once(text) if guard[2] else text
    for w in guard[1]:
        if w in hay:
            return True
    return False


def may_match(regex: re.Pattern, text: str) -> bool:
    """False when the pattern cannot match the text (it lacks every word a match holds)."""
    return _holds_a_word(_guard(regex), text)


def search(regex: re.Pattern, text: str) -> re.Match | None:
    """regex.search(text), without walking a text that lacks every word a match holds, and looking
    ahead for the characters a match opens with where that is quicker (_looking_ahead)."""
    guard = _guard(regex)
    return guard[3].search(text) if _holds_a_word(guard, text) else None


class _WordIndex:
    """The rules of one file by the words they need, so that the rules a text may match are
    found by one substring test per distinct word instead of a regex walk per rule."""

    def __init__(self, rules: tuple[Rule, ...]):
        self.rules = rules
        patterns = []  # searched for the rules
        self.always: list[int] = []
        self.by_word: dict[tuple[str, bool], list[int]] = {}  # (word, folded) -> rules needing it
        for i, rule in enumerate(rules):
            words, folded = guard_words(rule.regex)
            patterns.append(_looking_ahead(rule.regex))  # right after: one parse serves both (_parsed)
            if words is None:
                self.always.append(i)
            for w in words or ():
                self.by_word.setdefault((w, folded), []).append(i)
        self.patterns = tuple(patterns)

    def possible(self, text: str) -> list[int] | None:
        """Indices of the rules that may match the text, in the file's order (None: all of them)."""
        if not self.by_word:
            return None
        low = _lowered_once(text)
        found = set(self.always)
        for (w, folded), at in self.by_word.items():
            if w in (low if folded else text):
                found.update(at)
        return sorted(found)


@lru_cache(maxsize=None)
def _word_index(name: str) -> _WordIndex:
    return _WordIndex(rules(name))


def alternation(words: Iterable[str], ignore_case: bool = False) -> str:
    """The regular expression source of `(?:w1|w2|...)`, the words as literals, longest first, written
    as a prefix tree ("in progress|in place" -> "in\\ p(?:rogress|lace)"): re tries the branches of an
    alternation one by one at every position, a tree tries each first character once. With
    `ignore_case` (for a pattern compiled with re.IGNORECASE) the words are merged by lower case,
    so that a character of a text matches at most one branch of each fork; a word with a cased
    character outside ASCII (whose case-insensitive matches re decides itself) keeps the plain
    alternation."""
    words = list(dict.fromkeys(words))
    if ignore_case:
        if any(c.lower() != c.upper() for w in words if not w.isascii() for c in w if not c.isascii()):
            return "(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + ")"
        words = [w.lower() for w in words]
    tree: dict = {}
    for word in words:
        node = tree
        for c in word:
            node = node.setdefault(c, {})
        node[""] = {}  # a word ends here

    def source(node: dict) -> str:
        # longer words first, as in an alternation sorted by length: the branches before the end
        branches = [re.escape(c) + source(child) for c, child in node.items() if c]
        ends = "" in node
        if not branches:
            return ""
        if len(branches) == 1 and not ends:
            return branches[0]
        return "(?:" + "|".join(branches) + ("|" if ends else "") + ")"

    return "(?:" + source(tree) + ")" if tree else "(?!)"


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


@lru_cache(maxsize=1)
def _status_words() -> dict[str | None, re.Pattern]:
    """One regex of the word patterns of models/status.jsonl per status, and one of them all
    (key None); "RAG" colours give no status here."""
    words: dict[str | None, list[str]] = {None: []}
    for row in jsonl_rows(MODELS / "status.jsonl"):
        if isinstance(row.get("pattern"), str) and row["label"].startswith("STATUS"):
            for key in (None, row.get("id") or ""):
                words.setdefault(key, []).append(row["pattern"])
    return {key: re.compile(r"(?<!\w)" + alternation(ws, ignore_case=True) + r"(?!\w)", re.I) for key, ws in words.items()}


def states_status(text: str, status: str | None = None) -> bool:
    """True when a text holds a status word of models/status.jsonl (of `status`, if given),
    without the language pipeline (for quotes)."""
    rx = _status_words().get(status)
    return bool(rx and rx.search(text))


def is_status_chip(text: str) -> bool:
    """True when a text is a status word of models/status.jsonl and nothing else ("Done", "On track")."""
    return chip_status(text) is not None


def chip_status(text: str) -> str | None:
    """The status code of a text that is a status word and nothing else ("Closed" -> completed)."""
    chip = text.strip(" .:!")
    for key, rx in _status_words().items():
        if key and rx.fullmatch(chip):
            return key
    return None
