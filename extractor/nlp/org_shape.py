"""`org_shape`: organisations the gazetteer does not know, found by their shape.

Local bodies carry local names ("Eastmere Hospitals NHS Foundation Trust",
"Neglect Task and Finish Group"), so no list can hold them all. A run of
capitalised words (joined by "and", "of", "for", "&", hyphens) that ends in an
organisational head word (Trust, Service, Team, Group, Council, Constabulary,
Partnership, Board, CCG ...; models/org_heads.csv) is taken as a body. Its sector
comes from the first keyword of models/org_sectors.csv found in the name, else from
a gazetteer entity it overlaps, else "other". The longer of an overlapping
gazetteer match and a shape match wins ("Ardley Vale CCG" over "CCG").
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable, Mapping

from spacy.attrs import LOWER
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from ..resources import csv_rows
from ._extensions import token_columns, within  # importing it registers Span._.sector

_JOINERS = {"and", "of", "for", "&", "-", "'s", "\u2019s", "on", "in"}
_LEADING_DROP = {"the", "all", "each", "every", "a", "an", "our", "their", "its", "this", "that", "these", "two", "three",
                 "both", "local", "lead", "by", "to", "from", "with", "and", "of", "for", "&", "-", "in", "on"}
_NOT_NAME = {"The", "All", "Each", "Every", "This", "These", "That", "A", "An", "In", "On", "By", "From", "To", "With",
             "During", "Since", "Following", "When", "Where", "Our", "Their", "Its", "Both"}


def classify_sector(name: str, keywords: list[tuple[str, str]]) -> str | None:
    """Sector of a body name from the first keyword it contains (None when none does)."""
    low = name.lower().replace("\u2019", "'")
    for word, sector in keywords:
        if word in low and _keyword_re(word).search(low):  # the substring test rules most words out in C
            return sector
    return None


def sector_keywords(rows: Iterable[Mapping[str, str]]) -> list[tuple[str, str]]:
    """(keyword, sector) of each row of models/org_sectors.csv, the keyword in lower case."""
    return [(row["keyword"].strip().lower(), row["sector"].strip()) for row in rows if row.get("keyword")]


@lru_cache(maxsize=None)
def _keyword_re(word: str) -> re.Pattern:
    """A sector keyword at the start of a word (compiled once: every body name is tested against all)."""
    return re.compile(r"(?<![a-z])" + re.escape(word))


class OrgShape:
    def __init__(self) -> None:
        self.heads: set[str] = set()
        self._head_hashes: set[int] | None = None   # hashes of self.heads (+ "group"), built on first use
        self.keywords: list[tuple[str, str]] = []

    def initialize(self, get_examples=None, *, nlp=None, heads_path: str | None = None,
                   sectors_path: str | None = None) -> None:
        self._head_hashes = None
        if heads_path:
            self.heads = {row["head"].lower() for row in csv_rows(heads_path) if row.get("head")}
        if sectors_path:
            self.keywords = sector_keywords(csv_rows(sectors_path))

    def _is_head(self, doc: Doc, i: int) -> bool:
        tok = doc[i]
        low = tok.lower_
        if low == "group" and i >= 2 and doc[i - 1].text == "-" and doc[i - 2].lower_ == "sub":
            return True
        if low not in self.heads:
            return False
        # "Housing Options team": a lower-case head after a capitalised name
        return tok.is_title or tok.is_upper or (i > 0 and (doc[i - 1].is_title or doc[i - 1].is_upper)
                                                and doc[i - 1].is_alpha and not doc[i - 1].is_sent_start)

    def _extend_left(self, doc: Doc, i: int) -> int:
        """Start of the run of capitalised name words that ends at token i."""
        j = i
        while j > 0:
            prev = doc[j - 1]
            if prev.is_sent_start and prev.text in _NOT_NAME:
                break
            if (prev.is_title or prev.is_upper) and prev.is_alpha or prev.text[:1].isupper() and "'" in prev.text:
                j -= 1
            elif prev.lower_ in _JOINERS and j - 2 >= 0 and (doc[j - 2].text[:1].isupper()) and not (
                    prev.lower_ in ("and", "&") and self._is_head(doc, j - 2)):
                j -= 1
            else:
                break
            if prev.is_sent_start:
                break
        while j < i and (doc[j].lower_ in _LEADING_DROP or doc[j].text in _NOT_NAME):
            j += 1
        return j

    def _head_positions(self, doc: Doc) -> list[int]:
        """Tokens whose lower form is a head word (only those can end a body), read in the doc's
        LOWER column (made once per doc for the sentence rules and the rulers)."""
        strings = doc.vocab.strings
        heads = self._head_hashes
        if heads is None:
            heads = self._head_hashes = {strings.add(h) for h in self.heads | {"group"}}
        return [i for i, low in enumerate(token_columns(doc)[0][LOWER]) if low in heads]

    def _candidates(self, doc: Doc) -> list[Span]:
        found = []
        for i in self._head_positions(doc):
            if not self._is_head(doc, i):
                continue
            if i + 1 < len(doc) and self._is_head(doc, i + 1):
                continue  # take the longest head ("Foundation Trust", "Services Team")
            j = self._extend_left(doc, i)
            if i - j >= 1 or doc[i].is_upper and len(doc[i]) > 1:
                found.append(Span(doc, j, i + 1, label="BODY"))
        return found

    def __call__(self, doc: Doc) -> Doc:
        shapes = self._candidates(doc)
        if not shapes and not doc.ents:
            return doc  # nothing to add or extend (setting no entities again costs as much as a ruler)
        ents = []
        for e in doc.ents:
            # a known body with a local name before it ("Pellingham Council Children's Social Care")
            j = self._extend_left(doc, e.start) if e.start and (doc[e.start].text[:1].isupper()) else e.start
            prefix = [s for s in shapes if s.end == e.start]
            if prefix:
                j = min(j, min(s.start for s in prefix))
                shapes = [s for s in shapes if s not in prefix]
            ents.append(Span(doc, j, e.end, label=e.label_, span_id=e.id_) if j < e.start else e)
        if not shapes:
            doc.ents = self._join_possessives(doc, filter_spans(ents))
            return doc
        typed = []
        for span in shapes:
            sector = classify_sector(span.text, self.keywords)
            if sector is None:
                inner = [e for e in within(ents, span) if e.id_]
                sector = inner[-1].id_ if inner else "other"
            typed.append(Span(doc, span.start, span.end, label="BODY", span_id=sector))
        doc.ents = self._join_possessives(doc, filter_spans(typed + ents))
        return doc

    @staticmethod
    def _join_possessives(doc: Doc, ents: list[Span]) -> list[Span]:
        """"Marshcombe Council's children's social care service" is one body: the service."""
        ents = sorted(ents, key=lambda e: e.start)
        out: list[Span] = []
        for e in ents:
            prev = out[-1] if out else None
            if prev is not None and e.start == prev.end + 1 and doc[prev.end].text in ("'s", "\u2019s") \
                    and e.id_ and e.id_ != "other":
                out[-1] = Span(doc, prev.start, e.end, label=e.label_, span_id=e.id_)
            else:
                out.append(e)
        return out


@Language.factory("org_shape", default_config={})
def make_org_shape(nlp: Language, name: str) -> OrgShape:
    return OrgShape()
