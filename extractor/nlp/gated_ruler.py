"""`gated_span_ruler` and `gated_entity_ruler`: spaCy's span_ruler and entity_ruler whose token
patterns are tried only where they can match.

spaCy's Matcher tries every token pattern at every token of every doc, and that walk was
the costliest part of the pipeline, although most tokens cannot be part of any token
pattern (no "Child", no month, no "R"/"A"/"G" letter). Every token pattern of
models/*.jsonl has an anchor: a required token with a TEXT / ORTH / LOWER / SHAPE value
or IN list. A match holds its anchor and reaches only a bounded number of tokens around
it (optional tokens before; single, optional or set-valued repeated tokens after). So
each pattern is tried only around its own anchors present in a doc: a pattern of single
tokens each given by a value or list ("not yet", "will") is checked directly on the
token values; any other, when every token it requires occurs in the doc, by a Matcher
holding that pattern alone, run on the windows around its anchors (or on the whole doc
when they cover most of it). When some pattern has no anchor, the whole Matcher runs as
in span_ruler. Matches are the same as span_ruler's; phrase patterns run as before.

The entity ruler of the bodies gazetteer has a handful of case-sensitive token patterns
("MPS", "SN") beside hundreds of phrases; its Matcher walked every token of every text to
find them. `gated_entity_ruler` runs that Matcher only when every token some pattern
requires is present in the doc (a set intersection), and otherwise is entity_ruler itself.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import product
from typing import Callable, List, Optional, Tuple, Union, cast

from spacy.attrs import LOWER, ORTH, SHAPE
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import EntityRuler
from spacy.pipeline.span_ruler import SpanRuler
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span

from ._extensions import token_columns as _columns

_ATTRS = {"TEXT": ORTH, "ORTH": ORTH, "LOWER": LOWER, "SHAPE": SHAPE}
_FIXED = (None, "1")
#: windows over this share of a doc are not worth cutting: the pattern's Matcher walks the whole doc
_WHOLE_DOC_SHARE = 0.6


def _values(spec: dict) -> tuple[int, frozenset[str]] | None:
    """(attribute, values) a token must have to satisfy a spec, or None if any token may."""
    for key, value in spec.items():
        if key not in _ATTRS:
            continue
        if isinstance(value, str):
            return _ATTRS[key], frozenset([value])
        if isinstance(value, dict) and set(value) == {"IN"} and all(isinstance(v, str) for v in value["IN"]):
            return _ATTRS[key], frozenset(value["IN"])
    return None


@dataclass(frozen=True)
class _Reach:
    """Where a token pattern can match, seen from its anchor (its first required, valued token).

    A match holds its anchor; it starts at most `before` tokens earlier (optional tokens
    only), and after the anchor each step is one token ("fixed" / "optional") or a run
    of tokens whose attribute is in a set ("repeat"). So the matches around an anchor
    lie inside a window that the token values bound, and the Matcher need only walk it.
    """

    before: int
    anchor: tuple[int, frozenset[int]]
    anchor_repeats: bool
    after: tuple[tuple[str, int, frozenset[int]], ...]


def _reach_anchor(specs: list[dict]) -> int | None:
    """The anchor of a token pattern (its specs' keys upper-cased): see _reach."""
    candidates = []
    for i, spec in enumerate(specs):
        if spec.get("OP") in _FIXED + ("+",) and _values(spec) is not None:
            candidates.append(i)
        if spec.get("OP") not in _FIXED + ("?",):
            break  # a repeat: nothing after it has a bounded distance from the start
    if not candidates:
        return None
    return next((i for i in candidates if not all(v.lower() in STOP_WORDS for v in _values(specs[i])[1])),
                candidates[0])


def _reach(pattern: list[dict], strings) -> _Reach | None:
    """The _Reach of a token pattern, or None when its extent cannot be bounded this way.

    The anchor is a required, valued token with only single tokens before it; of those, the
    first whose values are not all stop words, since an anchor on "the" would send the pattern
    to most of the doc."""
    specs = [{k.upper(): v for k, v in spec.items()} for spec in pattern]
    a = _reach_anchor(specs)
    if a is None:
        return None
    attr, values = _values(specs[a])
    after = []
    for spec in specs[a + 1:]:
        op = spec.get("OP")
        if op in _FIXED:
            after.append(("fixed", 0, frozenset()))
        elif op == "?":
            after.append(("optional", 0, frozenset()))
        elif op in ("*", "+") and _values(spec) is not None:
            r_attr, r_values = _values(spec)
            after.append(("repeat" if op == "*" else "repeat1", r_attr, frozenset(strings.add(v) for v in r_values)))
        else:
            return None
    return _Reach(a, (attr, frozenset(strings.add(v) for v in values)), specs[a].get("OP") == "+", tuple(after))


#: lexeme flags a token spec may test (Token.is_alpha ... are its lexeme's flags)
_FLAGS = {"IS_ALPHA": "is_alpha", "IS_DIGIT": "is_digit", "IS_LOWER": "is_lower", "IS_UPPER": "is_upper",
          "IS_TITLE": "is_title", "IS_PUNCT": "is_punct", "IS_SPACE": "is_space", "LIKE_NUM": "like_num"}
#: at most this many optional tokens in a pattern checked directly (2**n token sequences)
_MAX_OPTIONAL = 3

_Test = Tuple[str, Union[int, str], object]  # ("in" | "not_in" | "regex" | "flag", attribute, argument)
#: a token of a checked sequence: (attribute, values, None) for membership alone, else (None, None, tests)
_Check = Tuple[Optional[int], Optional[frozenset], Optional[Tuple[_Test, ...]]]


def _tests(spec: dict) -> tuple[_Test, ...] | None:
    """What one token spec asks of a token, as tests on its ORTH / LOWER / SHAPE column or its
    lexeme's flags, the way spaCy's Matcher reads them (a value or IN / NOT_IN list by string id,
    REGEX searched in the string, a flag compared); None for anything else the Matcher knows."""
    tests: list[_Test] = []
    for key, value in spec.items():
        if key == "OP":
            continue
        if key in _FLAGS and isinstance(value, bool):
            tests.append(("flag", _FLAGS[key], value))
        elif key not in _ATTRS:
            return None
        elif isinstance(value, str):
            tests.append(("in", _ATTRS[key], frozenset([get_string_id(value)])))
        elif isinstance(value, dict) and value:
            for predicate, arg in value.items():
                if predicate in ("IN", "NOT_IN") and isinstance(arg, list) and all(isinstance(v, str) for v in arg):
                    tests.append((predicate.lower(), _ATTRS[key], frozenset(get_string_id(v) for v in arg)))
                elif predicate == "REGEX" and isinstance(arg, str):
                    tests.append(("regex", _ATTRS[key], re.compile(arg)))
                else:
                    return None
        else:
            return None
    # membership first: the cheapest test, and the one that rules most tokens out
    return tuple(sorted(tests, key=lambda t: t[0] != "in"))


#: a run of tokens ("*" or "+") in a checked sequence: (its place among the sequence's other
#: tokens, the attribute, the values its tokens have, the fewest tokens it holds)
_Star = Tuple[int, int, frozenset, int]
_Sequence = Tuple[int, Tuple[_Check, ...], Optional[_Star]]  # (the anchor's place, checks, run)


def _steps(pattern: list[dict]) -> tuple[_Sequence, ...] | None:
    """The token sequences a pattern of single and optional ("?") tokens matches, each as (the
    anchor's place in it, the tests of its tokens, None): such a pattern matches exactly where one
    of its sequences' tokens pass their tests, so no Matcher is needed. A pattern may also hold one
    run ("*" or "+") of tokens tested by membership alone ("has now been done"), after its anchor:
    it matches wherever the tokens before the run pass, the run holds k tokens of its set (from its
    fewest up to as many as follow) and the tokens after it pass from there, one match for each
    such k, as the Matcher finds them. None for any other pattern."""
    specs = [{k.upper(): v for k, v in spec.items()} for spec in pattern]
    tokens = []
    for spec in specs:
        tests = _tests(spec)
        op = spec.get("OP")
        if tests is None or op not in _FIXED + ("?", "*", "+"):
            return None
        if op in ("*", "+") and not (len(tests) == 1 and tests[0][0] == "in"):
            return None
        tokens.append((op, tests))
    if sum(op in ("*", "+") for op, _ in tokens) > 1:
        return None
    optional = [i for i, (op, _) in enumerate(tokens) if op == "?"]
    if len(optional) > _MAX_OPTIONAL:
        return None
    anchor = _reach_anchor(specs)
    out = []
    for kept in product((True, False), repeat=len(optional)):
        dropped = {i for i, keep in zip(optional, kept) if not keep}
        checks, star = [], None
        for i, (op, tests) in enumerate(tokens):
            if i in dropped:
                continue
            if op in ("*", "+"):  # after the anchor: _reach_anchor looks no further than a run
                _, attr, values = tests[0]
                star = (len(checks), attr, values, 1 if op == "+" else 0)
            else:
                checks.append(_token_checks(tests))
        out.append((anchor - sum(1 for i in dropped if i < anchor), tuple(checks), star))
    # two like optional tokens in a row ("no", any word?, any word?, "has") give the same sequence
    # by dropping either: tried once, or a match would be found twice where the Matcher finds it once
    return tuple(dict.fromkeys(out))


def _token_checks(tests: tuple[_Test, ...]) -> _Check:
    """(attribute, values, None) for a token whose only test is membership, the common case,
    checked inline; else (None, None, tests) for _holds."""
    if len(tests) == 1 and tests[0][0] == "in":
        return tests[0][1], tests[0][2], None
    return None, None, tests


def _holds(tests: tuple[_Test, ...], cols: dict[int, list[int]], vocab, p: int) -> bool:
    """True when token p passes every test of a token spec."""
    for kind, attr, arg in tests:
        if kind == "in":
            if cols[attr][p] not in arg:
                return False
        elif kind == "not_in":
            if cols[attr][p] in arg:
                return False
        elif kind == "regex":
            if not arg.search(vocab.strings[cols[attr][p]]):
                return False
        elif getattr(vocab[cols[ORTH][p]], attr) != arg:
            return False
    return True


def _passes(checks: tuple[_Check, ...], cols: dict[int, list[int]], vocab, p: int) -> bool:
    """True when the tokens from p on pass the checks one by one (the caller knows they fit)."""
    for q, (attr, values, tests) in enumerate(checks, p):
        if tests is None:
            if cols[attr][q] not in values:
                return False
        elif not _holds(tests, cols, vocab, q):
            return False
    return True


def _run_matches(key: int, checks: tuple[_Check, ...], star: _Star, starts: list[int],
                 cols: dict[int, list[int]], vocab) -> list[tuple[int, int, int]]:
    """The matches starting at `starts` of a token sequence holding a run (see _steps)."""
    place, attr, values, least = star
    head, tail = checks[:place], checks[place:]
    col = cols[attr]
    n = len(col)
    out = []
    for p in starts:
        q = p + place  # where the run starts
        if p < 0 or q + least + len(tail) > n or not _passes(head, cols, vocab, p):
            continue
        for k in range(_run(col, q, values) + 1):
            end = q + k + len(tail)
            if end > n:
                break
            if k >= least and _passes(tail, cols, vocab, q + k):
                out.append((key, p, end))
    return out


def _required(pattern: list[dict], strings) -> tuple[tuple[int, frozenset[int]], ...]:
    """(attribute, values) of each token every match holds (required and valued)."""
    out = []
    for spec in pattern:
        spec = {k.upper(): v for k, v in spec.items()}
        valued = _values(spec)
        if spec.get("OP") in _FIXED + ("+",) and valued is not None:
            out.append((valued[0], frozenset(strings.add(v) for v in valued[1])))
    return tuple(out)


def _present(cols: dict[int, list[int]], cache: dict, attr: int) -> set[int]:
    """The values of one attribute in the doc, as a set made on first use."""
    found = cache.get(attr)
    if found is None:
        found = cache[attr] = set(cols[attr])
    return found


def _positions(cols: dict[int, list[int]], cache: dict, attr: int, value: int) -> list[int]:
    """Where the doc's tokens have this value (list.index scans in C; anchors are rare)."""
    found = cache.get((attr, value))
    if found is None:
        col, found, at = cols[attr], [], -1
        for _ in range(col.count(value)):
            at = col.index(value, at + 1)
            found.append(at)
        cache[(attr, value)] = found
    return found


def _run(col: list[int], q: int, wanted: frozenset[int]) -> int:
    """Number of tokens from q on whose value is in `wanted`."""
    n = q
    while n < len(col) and col[n] in wanted:
        n += 1
    return n - q


def _windows(reach: _Reach, anchors: list[int], cols: dict[int, list[int]]) -> list[tuple[int, int]]:
    """(start, end) of the tokens a match holding each anchor position can cover."""
    _, wanted = reach.anchor
    n = len(cols[ORTH])
    out = []
    for p in anchors:
        lo = hi = p + 1
        if reach.anchor_repeats:
            hi = p + _run(cols[reach.anchor[0]], p, wanted)
        for kind, r_attr, r_values in reach.after:
            if kind == "fixed":
                lo, hi = lo + 1, hi + 1
            elif kind == "optional":
                hi += 1
            else:  # a run of tokens from a set may start anywhere the steps before could end
                r_col = cols[r_attr]
                hi = max(q + _run(r_col, q, r_values) for q in range(lo, min(hi, n) + 1))
                if kind == "repeat1":
                    lo += 1
        out.append((max(0, p - reach.before), min(hi, n)))
    return out


def _merged(spans: list[tuple[int, int]]) -> list[list[int]]:
    """Overlapping or touching windows joined."""
    spans.sort()
    merged = [list(spans[0])]
    for start, end in spans[1:]:
        if start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return merged


@dataclass(frozen=True)
class _TokenRule:
    """One token pattern of the ruler: its match key, its reach and how it is found."""

    key: int
    reach: _Reach
    steps: tuple[_Sequence, ...] | None                    # checked on the token columns directly
    matcher: Matcher | None                               # otherwise: this pattern alone
    required: tuple[tuple[int, frozenset[int]], ...] = ()  # values some token of any match has


class GatedSpanRuler(SpanRuler):
    _rules: tuple[_TokenRule, ...] | None = None   # None: some pattern may match anywhere
    _anchor_index: dict[int, dict[int, tuple[int, ...]]] = {}  # attribute -> value -> rules anchored on it
    _anchor_values: dict[int, frozenset[int]] = {}            # attribute -> the values of _anchor_index
    _built_for: int = -1                            # len(self._patterns) the rules were built for
    _phrase_firsts: frozenset[int] = frozenset()   # values of the phrases' first tokens (LOWER or ORTH)
    _phrase_gated: bool = True                      # False once some phrase has no first token to look for
    _span_key_map: dict[int, tuple[int, int]] = {}  # see _span_keys

    def _build(self) -> None:
        strings = self.nlp.vocab.strings
        rules: list[_TokenRule] = []
        index: dict[int, dict[int, list[int]]] = {}
        self._rules = None
        self._built_for = len(self._patterns)
        for entry in self._patterns:
            pattern = entry["pattern"]
            if isinstance(pattern, str):
                continue
            reach = _reach(pattern, strings)
            if reach is None:
                return
            key = strings.as_int(repr((entry["label"], entry.get("id", ""))))
            steps = _steps(pattern)
            if steps is None:
                matcher = Matcher(self.nlp.vocab, validate=self.validate, fuzzy_compare=self.matcher_fuzzy_compare)
                matcher.add(key, [pattern])
                rule = _TokenRule(key, reach, None, matcher, _required(pattern, strings))
            else:
                rule = _TokenRule(key, reach, steps, None)
            attr, values = reach.anchor
            for value in values:
                index.setdefault(attr, {}).setdefault(value, []).append(len(rules))
            rules.append(rule)
        self._rules = tuple(rules)
        self._anchor_index = {attr: {v: tuple(r) for v, r in by_value.items()} for attr, by_value in index.items()}
        self._anchor_values = {attr: frozenset(by_value) for attr, by_value in index.items()}

    def add_patterns(self, patterns: List[dict]) -> None:
        """span_ruler's add_patterns, but a phrase pattern matched on the token's text or lower
        case is made by the tokenizer alone: span_ruler runs every component before this one
        on each phrase (sentences, bodies, shapes), which changes nothing a phrase matcher on
        ORTH or LOWER reads and was a third of the pipeline's loading time."""
        if self.phrase_matcher_attr not in (None, "ORTH", "TEXT", "LOWER", ORTH, LOWER):
            self._phrase_gated = False
            return super().add_patterns(patterns)
        phrases: list[tuple[str, str]] = []
        for entry in patterns:
            p_label, p_id = cast(str, entry["label"]), cast(str, entry.get("id", ""))
            label = repr((p_label, p_id))
            self._match_label_id_map[self.nlp.vocab.strings.as_int(label)] = {"label": p_label, "id": p_id}
            if isinstance(entry["pattern"], str):
                phrases.append((label, entry["pattern"]))
            elif isinstance(entry["pattern"], list):
                self.matcher.add(label, [entry["pattern"]])
            else:
                raise ValueError(f"a pattern is a string or a list of token specs: {entry['pattern']!r}")
            self._patterns.append(entry)
        attr = self._phrase_attr()
        for label, text in phrases:
            phrase = self.nlp.make_doc(text)
            self.phrase_matcher.add(label, [phrase])
            if len(phrase):
                self._phrase_firsts = self._phrase_firsts | {phrase[0].lower if attr == LOWER else phrase[0].orth}
            else:
                self._phrase_gated = False

    def _phrase_attr(self) -> int:
        return LOWER if self.phrase_matcher_attr in ("LOWER", LOWER) else ORTH

    def phrase_matches(self, doc: Doc) -> list[tuple[int, int, int]]:
        """The PhraseMatcher's matches; not run on a doc holding no phrase's first token."""
        if not len(self.phrase_matcher):
            return []
        if self._phrase_gated:
            cols, present = _columns(doc)
            if self._phrase_firsts.isdisjoint(_present(cols, present, self._phrase_attr())):
                return []
        return list(self.phrase_matcher(doc))

    def token_matches(self, doc: Doc) -> list[tuple[int, int, int]]:
        """The Matcher's matches, each pattern tried only around its own anchors."""
        if self._built_for != len(self._patterns):
            self._build()
        if self._rules is None:
            return list(self.matcher(doc))
        n = len(doc)
        if not self._rules or not n:
            return []
        cols, present = _columns(doc)
        anchors: dict[int, list[int]] = {}  # rule -> positions of its anchor
        for attr, by_value in self._anchor_index.items():
            for value in self._anchor_values[attr] & _present(cols, present, attr):
                positions = _positions(cols, present, attr, value)
                for r in by_value[value]:
                    anchors.setdefault(r, []).extend(positions)
        out: list[tuple[int, int, int]] = []
        for r, positions in anchors.items():
            rule = self._rules[r]
            if rule.steps is not None:
                vocab = doc.vocab
                for before, tokens, star in rule.steps:  # each token sequence, its anchor the token `before`
                    if star is not None:
                        out.extend(_run_matches(rule.key, tokens, star, [p - before for p in positions], cols, vocab))
                        continue
                    size = len(tokens)
                    for p in positions:
                        p -= before
                        if p < 0 or p + size > n:
                            continue
                        for q, (attr, values, tests) in enumerate(tokens, p):
                            if tests is None:
                                if cols[attr][q] not in values:
                                    break
                            elif not _holds(tests, cols, vocab, q):
                                break
                        else:
                            out.append((rule.key, p, p + size))
                continue
            if any(values.isdisjoint(_present(cols, present, attr)) for attr, values in rule.required):
                continue  # a token every match needs is not in the doc
            windows = _merged(_windows(rule.reach, positions, cols))
            if sum(e - s for s, e in windows) >= _WHOLE_DOC_SHARE * n:
                out.extend(rule.matcher(doc))
                continue
            for start, end in windows:
                out.extend((key, s + start, e + start) for key, s, e in rule.matcher(doc[start:end]))
        return out

    def _span_keys(self) -> dict[int, tuple[int, int]]:
        """Match key -> (label, span id) as string ids, the values a Span of the match holds."""
        if len(self._span_key_map) != len(self._match_label_id_map):
            strings = self.nlp.vocab.strings
            self._span_key_map = {m_id: (strings.add(names["label"]), strings.add(names["id"]))
                                  for m_id, names in self._match_label_id_map.items()}
        return self._span_key_map

    def match(self, doc: Doc):
        self._require_patterns()
        # an empty matcher finds nothing (and would only warn, W036): it is not called at all
        matches: List[Tuple[int, int, int]] = \
            (self.token_matches(doc) if len(self.matcher) else []) + self.phrase_matches(doc)
        # span_ruler makes a Span of every match, then drops equal Spans and sorts them, each
        # comparison building two tuples of the Spans' values; the same is done on the values
        # (a Span orders by start and end character, which follow its tokens, label, id) and a
        # Span made of each match kept
        keys = self._span_keys()
        found = sorted({(start, end, *keys[m_id]) for m_id, start, end in matches if start != end})
        return [Span(doc, start, end, label=label, span_id=span_id) for start, end, label, span_id in found]


#: span_ruler's own defaults (spaCy 3.8 registers its factories lazily, so they are copied)
_DEFAULTS = {
    "spans_key": "ruler", "spans_filter": None, "annotate_ents": False,
    "ents_filter": {"@misc": "spacy.first_longest_spans_filter.v1"}, "phrase_matcher_attr": None,
    "matcher_fuzzy_compare": {"@misc": "spacy.levenshtein_compare.v1"}, "validate": False, "overwrite": True,
    "scorer": {"@scorers": "spacy.overlapping_labeled_spans_scorer.v1", "spans_key": "ruler"},
}


@Language.factory("gated_span_ruler", assigns=["doc.spans"], default_config=_DEFAULTS)
def make_gated_span_ruler(nlp: Language, name: str, spans_key: Optional[str], spans_filter: Optional[Callable],
                          annotate_ents: bool, ents_filter: Callable, phrase_matcher_attr: Optional[Union[int, str]],
                          matcher_fuzzy_compare: Callable, validate: bool, overwrite: bool,
                          scorer: Optional[Callable]) -> GatedSpanRuler:
    return GatedSpanRuler(nlp, name, spans_key=spans_key, spans_filter=spans_filter, annotate_ents=annotate_ents,
                          ents_filter=ents_filter, phrase_matcher_attr=phrase_matcher_attr,
                          matcher_fuzzy_compare=matcher_fuzzy_compare, validate=validate, overwrite=overwrite,
                          scorer=scorer)


class GatedEntityRuler(EntityRuler):
    _required_sets: tuple[tuple[tuple[int, frozenset[int]], ...], ...] = ()  # per token pattern
    _required_known: bool = False                                            # _required_sets made for the current patterns

    def _token_patterns_may_match(self, doc: Doc) -> bool:
        if not self._required_known:
            strings = self.nlp.vocab.strings
            self._required_sets = tuple(_required(p, strings) for ps in self.token_patterns.values() for p in ps)
            self._required_known = True
        cols, present = _columns(doc)
        return any(all(not values.isdisjoint(_present(cols, present, attr)) for attr, values in required)
                   for required in self._required_sets)

    _phrase_firsts: frozenset[int] | None = None  # the phrases' first tokens (LOWER / ORTH); None: not known
    _phrases_known: bool = False                   # _phrase_firsts made for the current phrases

    def add_patterns(self, patterns) -> None:
        """entity_ruler's add_patterns, but, as in gated_span_ruler, a phrase matched on the token's
        text or lower case is made by the tokenizer alone: entity_ruler pipes the gazetteer's
        hundreds of phrases through every component before this one (the sentence splitter),
        which changes nothing such a PhraseMatcher reads and was a fifth of the pipeline's loading."""
        self._phrases_known = self._required_known = False
        if self.phrase_matcher_attr not in (None, "ORTH", "TEXT", "LOWER", ORTH, LOWER):
            return super().add_patterns(patterns)
        # entity_ruler adds the token patterns first, then the phrases, each in the given order
        super().add_patterns([entry for entry in patterns if not isinstance(entry["pattern"], str)])
        for entry in patterns:
            if not isinstance(entry["pattern"], str):
                continue
            label = entry["label"]
            if entry.get("id"):
                ent_label = label
                label = self._create_label(label, entry["id"])
                self._ent_ids[self.matcher._normalize_key(label)] = (ent_label, entry["id"])
            phrase = self.nlp.make_doc(entry["pattern"])
            self.phrase_patterns[label].append(phrase)
            self.phrase_matcher.add(label, [phrase])

    def clear(self) -> None:
        self._phrases_known = self._required_known = False
        super().clear()

    def remove(self, ent_id: str) -> None:
        self._phrases_known = self._required_known = False
        super().remove(ent_id)

    def _require_patterns(self) -> None:
        # entity_ruler counts every pattern of every label on each call to warn of none (W036)
        if not len(self.matcher) and not len(self.phrase_matcher):
            super()._require_patterns()

    def _phrase_attr(self) -> int | None:
        return {None: ORTH, "ORTH": ORTH, "TEXT": ORTH, ORTH: ORTH, "LOWER": LOWER, LOWER: LOWER}.get(self.phrase_matcher_attr)

    def _phrases_may_match(self, doc: Doc) -> bool:
        """False when the doc holds the first token of no phrase (the gazetteer's PhraseMatcher
        then finds nothing and is not run)."""
        if not self._phrases_known:
            docs = [d for ds in self.phrase_patterns.values() for d in ds]
            attr = self._phrase_attr()
            self._phrase_firsts = None if attr is None or any(not len(d) for d in docs) else frozenset(
                d[0].lower if attr == LOWER else d[0].orth for d in docs)
            self._phrases_known = True
        if self._phrase_firsts is None:
            return True
        cols, present = _columns(doc)
        return not self._phrase_firsts.isdisjoint(_present(cols, present, self._phrase_attr()))

    def match(self, doc: Doc):
        self._require_patterns()
        matches = ((list(self.matcher(doc)) if len(self.matcher) and self._token_patterns_may_match(doc) else [])
                   + (list(self.phrase_matcher(doc)) if len(self.phrase_matcher) and self._phrases_may_match(doc)
                      else []))
        final_matches = set((m_id, start, end) for m_id, start, end in matches if start != end)
        return sorted(final_matches, key=lambda m: (m[2] - m[1], -m[1]), reverse=True)


#: entity_ruler's own defaults (copied for the same reason as _DEFAULTS)
_ENTITY_DEFAULTS = {
    "phrase_matcher_attr": None, "matcher_fuzzy_compare": {"@misc": "spacy.levenshtein_compare.v1"},
    "validate": False, "overwrite_ents": False, "ent_id_sep": "||",
    "scorer": {"@scorers": "spacy.entity_ruler_scorer.v1"},
}


@Language.factory("gated_entity_ruler", assigns=["doc.ents", "token.ent_type", "token.ent_iob"],
                  default_config=_ENTITY_DEFAULTS)
def make_gated_entity_ruler(nlp: Language, name: str, phrase_matcher_attr: Optional[Union[int, str]],
                            matcher_fuzzy_compare: Callable, validate: bool, overwrite_ents: bool,
                            ent_id_sep: str, scorer: Optional[Callable]) -> GatedEntityRuler:
    return GatedEntityRuler(nlp, name, phrase_matcher_attr=phrase_matcher_attr,
                            matcher_fuzzy_compare=matcher_fuzzy_compare, validate=validate,
                            overwrite_ents=overwrite_ents, ent_id_sep=ent_id_sep, scorer=scorer)
