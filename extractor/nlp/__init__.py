"""The spaCy pipeline: a blank English pipeline assembled from models/config.cfg.

Only rule components (no trained weights, nothing downloaded at run time):
report_sentences -> body_ruler (gazetteer, models/bodies.jsonl) -> org_shape ->
cue_ruler / status_ruler / case_ruler / date_ruler (span rulers over
models/*.jsonl). Callers analyse only the text of candidate blocks, with
`analyse`, which pipes each distinct text once.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Iterable, Iterator, Mapping

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from .. import errors
from ..errors import ReadError
from ..resources import MODELS
from . import _extensions  # noqa: F401
from . import gated_ruler as _gated_ruler  # noqa: F401  (registers the factory)
from . import org_shape as _org_shape  # noqa: F401  (registers the factory)
from . import sentences as _sentences  # noqa: F401  (registers the factory)



@spacy.registry.readers("scr_extract.read_jsonl.v1")
def read_jsonl_list(path: str) -> list:
    """srsly.read_jsonl as a list (rulers want a sequence, not a generator)."""
    import srsly

    return list(srsly.read_jsonl(path))


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
    """

    def __init__(self, full: Iterable[str], light: Iterable[str] = ()) -> None:
        self._light: dict[str, bool] = {t: True for t in light if t}
        self._light.update((t, False) for t in full if t)
        self._done: dict[str, Doc] = {}

    def __getitem__(self, text: str) -> Doc:
        doc = self._done.get(text)
        if doc is None:
            light = self._light[text]  # KeyError for a text never planned, as a dict would
            nlp = load_pipeline()
            check_length(text, nlp)
            doc = nlp.make_doc(text)
            for name, component in nlp.pipeline:
                if not (light and name in LIGHT_SKIPS):
                    doc = component(doc)
            self._done[text] = doc
        return doc

    def __contains__(self, text: object) -> bool:
        return text in self._light

    def __iter__(self) -> Iterator[str]:
        return iter(self._light)

    def __len__(self) -> int:
        return len(self._light)

    def update(self, docs: Mapping[str, Doc]) -> None:
        """Adds Docs analysed elsewhere (a text found late, such as a label's rest)."""
        for text, doc in docs.items():
            self._light[text] = False
            self._done[text] = doc
