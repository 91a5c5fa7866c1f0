"""`gated_span_ruler`: spaCy's span_ruler whose token Matcher walks only where it can match.

spaCy's Matcher steps through every token of every doc, and that walk was the costliest
part of the pipeline, although most tokens cannot be part of any token pattern (no
"Child", no month, no "R"/"A"/"G" letter). Every token pattern of models/*.jsonl has an
anchor: a required token with a TEXT / ORTH / LOWER / SHAPE value or IN list. A match
holds its anchor and reaches only a bounded number of tokens around it (optional tokens
before; single, optional or set-valued repeated tokens after), so the Matcher is run
only on the windows around the anchors present in a doc (or on the whole doc when they
cover most of it, or when some pattern has no anchor). Matches are the same as
span_ruler's; phrase patterns run as before.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, List, Optional, Tuple, Union, cast

from spacy.attrs import LOWER, ORTH, SHAPE
from spacy.language import Language
from spacy.pipeline.span_ruler import SpanRuler
from spacy.tokens import Doc, Span

_ATTRS = {"TEXT": ORTH, "ORTH": ORTH, "LOWER": LOWER, "SHAPE": SHAPE}
_COLUMNS = (ORTH, LOWER, SHAPE)
_FIXED = (None, "1")
#: a window over this share of a doc is not worth cutting: the Matcher walks the whole doc
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


def _reach(pattern: list[dict], strings) -> _Reach | None:
    """The _Reach of a token pattern, or None when its extent cannot be bounded this way."""
    specs = [{k.upper(): v for k, v in spec.items()} for spec in pattern]
    for a, spec in enumerate(specs):
        if spec.get("OP") in _FIXED + ("+",) and _values(spec) is not None:
            break
        if spec.get("OP") != "?":
            return None  # a required token without a value, or a repeat, before the anchor
    else:
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


def _run(col: list[int], q: int, wanted: frozenset[int]) -> int:
    """Number of tokens from q on whose value is in `wanted`."""
    n = q
    while n < len(col) and col[n] in wanted:
        n += 1
    return n - q


def _windows(reach: _Reach, cols: dict[int, list[int]], out: list[tuple[int, int]]) -> None:
    attr, wanted = reach.anchor
    col = cols[attr]
    if wanted.isdisjoint(col):
        return
    for p in [p for p, value in enumerate(col) if value in wanted]:
        lo = hi = p + 1
        if reach.anchor_repeats:
            hi = p + _run(col, p, wanted)
        for kind, r_attr, r_values in reach.after:
            if kind == "fixed":
                lo, hi = lo + 1, hi + 1
            elif kind == "optional":
                hi += 1
            else:  # a run of tokens from a set may start anywhere the steps before could end
                r_col = cols[r_attr]
                hi = max(q + _run(r_col, q, r_values) for q in range(lo, min(hi, len(col)) + 1))
                if kind == "repeat1":
                    lo += 1
        out.append((max(0, p - reach.before), min(hi, len(col))))


class GatedSpanRuler(SpanRuler):
    _reaches: tuple[_Reach, ...] | None = None   # None: some pattern may match anywhere
    _built_for: int = -1                         # len(self._patterns) the reaches were built for

    def _build(self) -> None:
        reaches = []
        for entry in self._patterns:
            if isinstance(entry["pattern"], str):
                continue
            reach = _reach(entry["pattern"], self.nlp.vocab.strings)
            if reach is None:
                self._reaches = None
                break
            reaches.append(reach)
        else:
            self._reaches = tuple(reaches)
        self._built_for = len(self._patterns)

    def token_matches(self, doc: Doc) -> list[tuple[int, int, int]]:
        """The Matcher's matches, walking only the windows where a token pattern can match."""
        if self._built_for != len(self._patterns):
            self._build()
        if self._reaches is None:
            return list(self.matcher(doc))
        if not self._reaches or not len(doc):
            return []
        table = doc.to_array(list(_COLUMNS)).T.tolist()
        cols = dict(zip(_COLUMNS, table))
        spans: list[tuple[int, int]] = []
        for reach in self._reaches:
            _windows(reach, cols, spans)
        if not spans:
            return []
        spans.sort()
        merged = [list(spans[0])]
        for start, end in spans[1:]:
            if start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        if sum(e - s for s, e in merged) >= _WHOLE_DOC_SHARE * len(doc):
            return list(self.matcher(doc))
        out = []
        for start, end in merged:
            out.extend((key, s + start, e + start) for key, s, e in self.matcher(doc[start:end]))
        return out

    def match(self, doc: Doc):
        self._require_patterns()
        # an empty matcher finds nothing (and would only warn, W036): it is not called at all
        matches = cast(List[Tuple[int, int, int]],
                       (self.token_matches(doc) if len(self.matcher) else [])
                       + (list(self.phrase_matcher(doc)) if len(self.phrase_matcher) else []))
        deduplicated_matches = set(
            Span(doc, start, end, label=self._match_label_id_map[m_id]["label"],
                 span_id=self._match_label_id_map[m_id]["id"])
            for m_id, start, end in matches
            if start != end
        )
        return sorted(list(deduplicated_matches))


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
