"""`report_sentences`: sentence boundaries for annual-report text.

Report text is full of things the default sentencizer gets wrong: numbered labels
("3.2", "4.", "Recommendation 4:"), bullets, abbreviations ("No. 3"), and
"Status: complete." fields run into one paragraph. Rules, not a model: a full stop,
question or exclamation mark ends a sentence when a capital, digit, bullet or quote
follows, except after a known abbreviation or a leading number label; a
"Recommendation N:" / "Status:" / "Progress:" label always opens one.
"""
from __future__ import annotations

import numpy
from spacy.attrs import LOWER, ORTH, SENT_START
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc

from ._extensions import doc_text, token_columns

_ENDERS = {".", "?", "!"}
_BULLETS = {"\u2022", "\u25aa", "\u25cf", "\u2013", "\u2014", "-", "*", "\uf0b7"}
_FIELD_WORDS = {"recommendation", "progress", "update", "status", "lead", "timescale", "response", "action"}
_QUOTES = {'"', "'", "\u2018", "\u2019", "\u201c", "\u201d", "("}


def _ids(words) -> frozenset[int]:
    """The string ids (ORTH / LOWER values) of words: tokens are compared by their columns."""
    return frozenset(get_string_id(w) for w in words)


class ReportSentences:
    def __init__(self, abbreviations: list[str]):
        self.abbreviations = {a.lower().rstrip(".") for a in abbreviations}
        self._abbreviations = _ids(self.abbreviations)
        self._enders, self._bullets, self._fields = _ids(_ENDERS), _ids(_BULLETS), _ids(_FIELD_WORDS)
        self._marks = self._enders | self._bullets
        self._list_openers = _ids((":", ";"))
        self._not_before_field = _ids(("(", "-"))
        self._colon = get_string_id(":")
        self._flags: dict[int, tuple[bool, bool]] = {}  # ORTH -> (like a number, may open a sentence)

    def _flags_of(self, doc: Doc, orth: int) -> tuple[bool, bool]:
        """(like_num, opener) of a word, read from its lexeme once per word (the flags are the
        lexeme's, the same for every token of the word)."""
        found = self._flags.get(orth)
        if found is None:
            lex = doc.vocab[orth]
            found = self._flags[orth] = (lex.like_num, lex.is_title or lex.is_upper or lex.like_num
                                         or lex.orth_ in _BULLETS or lex.orth_ in _QUOTES)
        return found

    def __call__(self, doc: Doc) -> Doc:
        n = len(doc)
        if not n:
            return doc
        # only tokens that may end or open a sentence are looked at, found in the doc's ORTH and
        # LOWER columns (creating a Token object per token was the costly part)
        cols, _ = token_columns(doc)
        orth, lower = cols[ORTH], cols[LOWER]
        starts = {0}
        skipped = set()  # enders that end nothing (after an abbreviation or a leading label)
        for i in [i for i, o in enumerate(orth) if o in self._marks]:
            if i == n - 1:
                break
            if orth[i] in self._enders:
                if lower[i - 1] in self._abbreviations if i else "" in self.abbreviations:
                    skipped.add(i)
                elif i <= 2 and (self._flags_of(doc, orth[i - 1])[0] or (i and len(doc.vocab.strings[lower[i - 1]]) == 1)):
                    skipped.add(i)  # "4." / "a." label at the start of an item
                elif self._flags_of(doc, orth[i + 1])[1]:
                    starts.add(i + 1)
            elif i and orth[i - 1] in self._list_openers:  # a bullet after ":" or ";"
                starts.add(i)
        if "\n" in doc_text(doc):
            strings = doc.vocab.strings
            starts.update(i + 1 for i, o in enumerate(orth[:-1]) if "\n" in strings[o] and not strings[o].strip())
        for j in [j for j, w in enumerate(lower) if w in self._fields]:
            i = j - 1  # a field word ("Status", "Recommendation 4") followed by ":" opens a sentence
            if i < 0 or i in skipped or j + 1 >= n or orth[i] in self._not_before_field:
                continue
            if orth[j + 1] == self._colon or (self._flags_of(doc, orth[j + 1])[0] and j + 2 < n and orth[j + 2] == self._colon):
                starts.add(j)
        values = numpy.full((n, 1), -1, dtype="int64")
        values[sorted(starts), 0] = 1
        doc.from_array([SENT_START], values.astype("uint64"))
        return doc


@Language.factory("report_sentences", default_config={"abbreviations": ["no", "e.g", "i.e", "etc"]})
def make_report_sentences(nlp: Language, name: str, abbreviations: list[str]) -> ReportSentences:
    return ReportSentences(abbreviations)
