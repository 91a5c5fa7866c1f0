"""The rule files' patterns are skipped only where they cannot match, and word lists written as a
prefix tree match as the plain alternation did."""
import re
import sys
from functools import lru_cache

import pytest

from extractor.ingest import read_document
from extractor.lexicon import (_FOLD_TO_ASCII, _SCHEMAS, _looking_ahead, _phrases, alternation, first_match, guard_words,
                               lowered, may_match, required_words, rules, search)

from conftest import EXAMPLES

#: characters re.IGNORECASE matches to ASCII letters though str.lower() keeps them apart, and the Kelvin sign
FOLDING = {ord("s"): "\u017f", ord("i"): "\u0131", ord("I"): "\u0130", ord("k"): "\u212a", ord("K"): "\u212a"}


@lru_cache(maxsize=1)
def texts() -> list[str]:
    """Every block, cell and header text of the two worked examples, and the same texts spelt with
    the folding characters ("Serious Ca\u017fe Review", "\u0130nspection")."""
    out = []
    for path in sorted(EXAMPLES.glob("*.docx")):
        for b in read_document(path).blocks:
            out.append(b.text)
            out.extend(c.text for c in b.cells)
            out.extend(c.header for c in b.cells if c.header)
    return out + [t.translate({k: v}) for t in out for k, v in FOLDING.items() if chr(k) in t]


def every_pattern() -> list[re.Pattern]:
    return [r.regex for name in _SCHEMAS if name != "phrases.jsonl" for r in rules(name)] + list(_phrases().values())


def test_fold_table_names_every_character_ignorecase_matches_to_an_ascii_letter_unlike_lower():
    letters = re.compile("[a-z]", re.I)
    folding = {}
    for code in range(0x80, sys.maxunicode + 1):
        c = chr(code)
        if letters.fullmatch(c):
            folding[code] = next(x for x in "abcdefghijklmnopqrstuvwxyz" if re.fullmatch(x, c, re.I))
    assert {code: x for code, x in folding.items() if chr(code).lower() != x} == _FOLD_TO_ASCII
    assert all(lowered(chr(code)) == x for code, x in folding.items())


def test_a_pattern_looking_ahead_for_the_characters_its_matches_open_with_finds_the_same_matches():
    ahead = [(rx, _looking_ahead(rx)) for rx in every_pattern()]
    ahead = [(rx, la) for rx, la in ahead if la is not rx]
    assert len(ahead) > 20  # the alternations of the rule files ("serious case review|SCRs?|...")
    assert _looking_ahead(re.compile(r"^(?:a|b)", re.I)).pattern == "^(?:a|b)"  # tried at the start alone
    assert _looking_ahead(re.compile(r"(?:a|b)c")).pattern == "(?:a|b)c"  # re looks for a or b itself
    matched = 0
    for text in texts():
        for rx, la in ahead:
            m, n = rx.search(text), la.search(text)
            assert (m and m.span()) == (n and n.span()), (rx.pattern, text)
            matched += m is not None
    assert matched


def test_a_pattern_is_never_skipped_where_it_matches():
    patterns = every_pattern()
    guarded = [rx for rx in patterns if required_words(rx) is not None]
    assert len(guarded) > 0.9 * len(patterns)  # nearly every rule needs some word
    skipped = matched = 0
    for text in texts():
        for rx in patterns:
            if rx.search(text):
                matched += 1
                assert may_match(rx, text), (rx.pattern, text)
                assert search(rx, text).span() == rx.search(text).span()
            elif not may_match(rx, text):
                skipped += 1
    assert matched and skipped > matched  # most rules are ruled out without a regex walk


def test_the_first_matching_rule_is_the_first_in_file_order():
    for name in ("sections.jsonl", "headers.jsonl", "labels.jsonl"):
        for text in texts():
            expected = next((r for r in rules(name) if r.regex.search(text)), None)
            assert first_match(name, text) is expected, (name, text)


@pytest.mark.parametrize("pattern, flags, words", [
    (r"\bSCRs?\b", 0, {"scr"}),
    (r"(?<![\w-])case\ review(?![\w-])", re.I, {"case review"}),
    (r"\b(?:Child|Baby)\s+[A-Z]{1,2}\b", 0, {"child", "baby"}),
    (r"serious case review|case review|\bLCSPRs?\b", re.I, {"case review", "lcspr"}),  # "serious case review" holds "case review"
    (r"^The [A-Z][a-z]{2,} [Ff]amily\s*$", 0, {" family"}),
    (r"(?:ab){2}c", 0, {"ababc"}),
    (r"\bstall(?:s|ed)?\b", re.I, {"stall"}),
    (r"x?y*", 0, None),          # matches the empty string
    (r"\w+ed\b", 0, {"ed"}),
    (r"(?:a|\d)b", 0, {"b"}),     # one alternative needs no word: the shared "b" remains
    (r"caf\u00e9", re.I, {"caf"}),  # characters outside ASCII are not required
    (r"(a)\1", 0, {"a"}),
    (r"\s+(?=Status:|Lead\b)", re.I, {"status:", "lead"}),  # what a lookahead must find is in the text too
    (r"\s+(?!Status)", 0, None),
])
def test_required_words_of_pattern_shapes(pattern, flags, words):
    found = required_words(re.compile(pattern, flags))
    assert (None if found is None else set(found)) == words


def test_a_pattern_that_minds_case_is_ruled_out_by_its_words_as_written():
    sensitive = re.compile(r"\bSCRs?\b|\bChild [A-Z]\b")
    assert guard_words(sensitive) == ({"SCR", "Child "}, False)
    assert not may_match(sensitive, "the scr of child a") and may_match(sensitive, "the SCR")
    # a group ignoring case inside a pattern that minds case: its words are looked for lower-cased
    assert guard_words(re.compile(r"Lead:(?i: police)")) == ({"lead: police"}, True)
    assert guard_words(re.compile(r"(?i)SCR")) == ({"scr"}, True)


WORDS = ["in progress", "in place", "complete", "completed", "Completed", "complete and closed", "on track", "ongoing",
         "on", "not started", "not yet started", "a", "ab", "abc", "c-d", "c.d", "caf\u00e9", "no"]


@pytest.mark.parametrize("guards", [("", ""), (r"(?<!\w)", r"(?!\w)"), ("", r"(?!\w)")])
@pytest.mark.parametrize("flags", [0, re.I])
def test_prefix_tree_alternation_matches_as_the_alternation_sorted_longest_first(guards, flags):
    before, after = guards
    plain = re.compile(before + "(?:" + "|".join(re.escape(w) for w in sorted(set(WORDS), key=len, reverse=True)) + ")"
                       + after, flags)
    tree = re.compile(before + alternation(WORDS, ignore_case=bool(flags)) + after, flags)
    samples = texts()[:300] + ["Completed and closed; complete and closedown. abcd ab. c-d c.d cxd. COMPLETE AND CLOSED",
                               "not yet started, not started. on track on trackside ongoing on", "CAF\u00c9 caf\u00e9s"]
    for text in samples:
        assert [m.span() for m in plain.finditer(text)] == [m.span() for m in tree.finditer(text)], text


def test_prefix_tree_keeps_the_plain_alternation_for_cased_words_outside_ascii():
    assert alternation(["\u00c9t\u00e9", "\u00e9t\u00e9s"], ignore_case=True) == "(?:\u00e9t\u00e9s|\u00c9t\u00e9)"
    assert alternation(["caf\u00e9", "cafe"], ignore_case=False) == "(?:caf(?:\u00e9|e))"
