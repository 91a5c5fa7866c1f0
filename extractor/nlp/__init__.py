"""The spaCy pipeline: a blank English pipeline assembled from models/config.cfg.

Only rule components (no trained weights, nothing downloaded at run time):
report_sentences -> body_ruler (gazetteer, models/bodies.jsonl) -> org_shape ->
cue_ruler / status_ruler / case_ruler / date_ruler (span rulers over
models/*.jsonl). A report's stages look the texts of its candidate blocks up in an
`Analyses`, which runs the pipeline on each text when it is first asked for;
`analyse` pipes a batch of texts at once.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Iterable, Iterator, Mapping

import spacy
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from .. import errors
from ..errors import ReadError
from ..resources import MODELS, jsonl_rows
from . import _extensions  # noqa: F401
from ._extensions import keep_text
from . import gated_ruler as _gated_ruler  # noqa: F401  (registers the factory)
from . import org_shape as _org_shape  # noqa: F401  (registers the factory)
from . import sentences as _sentences  # noqa: F401  (registers the factory)



@spacy.registry.readers("scr_extract.read_jsonl.v1")
def read_jsonl_list(path: str) -> list:
    """The pattern rows as a list (rulers want a sequence, not a generator), without the header."""
    return jsonl_rows(path)


CONFIG = MODELS / "config.cfg"


@lru_cache(maxsize=1)
def load_pipeline() -> Language:
    """Builds and initialises the pipeline once per process."""
    config = spacy.util.load_config(CONFIG, overrides={"paths.models": str(MODELS)}, interpolate=False)
    nlp = spacy.blank("en", config=config)
    nlp.initialize()
    return nlp


#: components a "light" analysis skips: headings and blocks outside SCR sections only need
#: sentences, cues and case names (for the SCR list and the monitoring sentence)
LIGHT_SKIPS = ("body_ruler", "org_shape", "status_ruler", "date_ruler")


def check_length(text: str, nlp: Language) -> None:
    """Refuses, with a message saying so, a text longer than spaCy analyses (nlp.max_length):
    a Doc costs some 700 bytes a token, so a 10 MB paragraph would need 1.4 GB."""
    if len(text) > nlp.max_length:
        raise ReadError(errors.TEXT_TOO_LONG.format(chars=len(text), limit=nlp.max_length))


def analyse(texts: Iterable[str], light: bool = False) -> dict[str, Doc]:
    """Each distinct text -> its processed Doc (one nlp.pipe pass; `light` skips LIGHT_SKIPS)."""
    unique = list(dict.fromkeys(t for t in texts if t))
    nlp = load_pipeline()
    for text in unique:
        check_length(text, nlp)
    return dict(zip(unique, nlp.pipe(unique, disable=list(LIGHT_SKIPS) if light else [])))


class Analyses(Mapping[str, Doc]):
    """The texts a report's stages may look up, each analysed when first looked up.

    Readers ask for only part of what they might need (a table row's status cell, not
    its other cells, once the row is known to be a statistic), so a text is piped
    through spaCy on first use: the same Doc as `analyse` gives, and none for the
    rest. A text planned `light` skips LIGHT_SKIPS unless it is also planned in full.
    Looking up a text never planned fails as in a dict (`get` gives None); a reader
    that needs such a text, or all of a light one, asks `add` or `full`, so the linker
    never runs spaCy itself.
    """

    def __init__(self, full: Iterable[str], light: Iterable[str] = ()) -> None:
        self._light: dict[str, bool] = {t: True for t in light if t}
        self._light.update((t, False) for t in full if t)
        self._done: dict[str, Doc] = {}
        self._full: dict[str, Doc] = {}  # texts planned light, or not at all, asked for in full
        self._own: tuple[PhraseMatcher, dict[str, str]] | None = None  # the report's own status words (teach)

    def __getitem__(self, text: str) -> Doc:
        doc = self._done.get(text)
        if doc is None:
            light = self._light[text]  # KeyError for a text never planned, as a dict would
            doc = self._full.get(text) if not light and text in self._full else self._taught(_run(text, light))
            self._done[text] = doc
        return doc

    def __contains__(self, text: object) -> bool:
        return text in self._light

    def __iter__(self) -> Iterator[str]:
        return iter(self._light)

    def __len__(self) -> int:
        return len(self._light)

    def add(self, text: str) -> Doc | None:
        """The Doc of a text found while reading (a label's rest, a status chip), planning it in
        full when no stage planned it; a text already planned keeps its plan. None for no text."""
        if not text:
            return None
        self._light.setdefault(text, False)
        return self[text]

    def release(self) -> None:
        """Drops what the readers kept on each doc (its sentences and span groups, as Spans of the
        doc): a doc holding Spans of itself is a reference cycle, which only the garbage collector
        frees, and a report's docs were most of what it had to collect. Called once the report is
        made, so that each doc is freed as soon as nothing refers to it."""
        for doc in (*self._done.values(), *self._full.values()):
            doc.user_data.clear()

    def full(self, text: str) -> Doc | None:
        """The text analysed by every component, whatever its plan, which stays as it is: the
        status words of a heading planned light, a colour key's definitions. None for no text."""
        if not text:
            return None
        if self._light.get(text) is False:
            return self[text]
        doc = self._full.get(text)
        if doc is None:
            doc = self._full[text] = self._taught(_run(text, light=False))
        return doc

    def teach(self, words: dict[str, str]) -> None:
        """Status words of the report's own, as its key defines them ("Moving": in_progress), read
        as the lexicon's status words of cells are (models/status.jsonl, STATUS_CELL) in
        every text of the report, those analysed already and those to come (link.own_status_words
        gives only words the lexicon does not read whole)."""
        if not words:
            return
        nlp = load_pipeline()
        matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        for word in words:
            matcher.add(word, [nlp.make_doc(word)])
        self._own = (matcher, words)
        for doc in {id(d): d for d in (*self._done.values(), *self._full.values())}.values():
            self._taught(doc)

    def _taught(self, doc: Doc) -> Doc:
        if self._own is None or "status" not in doc.spans:  # a light analysis reads no status
            return doc
        matcher, words = self._own
        found = [Span(doc, start, end, label="STATUS_CELL", span_id=words[doc.vocab.strings[key]])
                 for key, start, end in matcher(doc)]
        if found:
            taken = {i for f in found for i in range(f.start, f.end)}
            kept = [s for s in doc.spans["status"] if not taken.intersection(range(s.start, s.end))]
            doc.spans["status"] = sorted(kept + found, key=lambda s: (s.start, s.end))
        return doc


@lru_cache(maxsize=2)
def _components(light: bool) -> tuple:
    """The components a run calls, in order (a light run skips LIGHT_SKIPS): nlp.pipeline
    builds its list anew on each look-up, and a report runs thousands of short texts."""
    return tuple(component for name, component in load_pipeline().pipeline
                 if not (light and name in LIGHT_SKIPS))


def _run(text: str, light: bool) -> Doc:
    """One text through the pipeline's components (a light run skips LIGHT_SKIPS)."""
    nlp = load_pipeline()
    check_length(text, nlp)
    doc = nlp.make_doc(text)
    keep_text(doc, text)
    for component in _components(light):
        doc = component(doc)
    return doc
