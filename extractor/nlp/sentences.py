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
from spacy.attrs import IS_TITLE, IS_UPPER, LIKE_NUM, LOWER, ORTH, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

_ENDERS = {".", "?", "!"}
_BULLETS = {"\u2022", "\u25aa", "\u25cf", "\u2013", "\u2014", "-", "*", "\uf0b7"}
_FIELD_WORDS = {"recommendation", "progress", "update", "status", "lead", "timescale", "response", "action"}
_QUOTES = {'"', "'", "\u2018", "\u2019", "\u201c", "\u201d", "("}


class ReportSentences:
    def __init__(self, abbreviations: list[str]):
        self.abbreviations = {a.lower().rstrip(".") for a in abbreviations}

    def __call__(self, doc: Doc) -> Doc:
        n = len(doc)
        if not n:
            return doc
        # token attributes read as one array (creating Token objects is the costly part)
        strings = doc.vocab.strings
        arr = doc.to_array([ORTH, LOWER, IS_TITLE, IS_UPPER, LIKE_NUM]).tolist()
        text = [strings[row[0]] for row in arr]
        lower = [strings[row[1]] for row in arr]
        num = [bool(row[4]) for row in arr]
        opener = [bool(row[2] or row[3] or row[4]) or t in _BULLETS or t in _QUOTES for row, t in zip(arr, text)]
        starts = [False] * n
        starts[0] = True
        for i in range(n - 1):
            tok = text[i]
            if tok in _ENDERS:
                prev = lower[i - 1] if i else ""
                if prev in self.abbreviations:
                    continue
                if i <= 2 and (num[i - 1] or len(prev) == 1):
                    continue  # "4." / "a." label at the start of an item
                if opener[i + 1]:
                    starts[i + 1] = True
            elif "\n" in tok and not tok.strip():
                starts[i + 1] = True
            elif tok in _BULLETS and i and text[i - 1] in (":", ";"):
                starts[i] = True
            if lower[i + 1] in _FIELD_WORDS and i + 2 < n and tok not in ("(", "-") and (
                    text[i + 2] == ":" or (num[i + 2] and i + 3 < n and text[i + 3] == ":")):
                starts[i + 1] = True
        doc.from_array([SENT_START], numpy.array([1 if s else -1 for s in starts], dtype="int64").astype("uint64").reshape(n, 1))
        return doc


@Language.factory("report_sentences", default_config={"abbreviations": ["no", "e.g", "i.e", "etc"]})
def make_report_sentences(nlp: Language, name: str, abbreviations: list[str]) -> ReportSentences:
    return ReportSentences(abbreviations)
