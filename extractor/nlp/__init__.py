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
from typing import Iterable

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from . import _extensions  # noqa: F401
from . import gated_ruler as _gated_ruler  # noqa: F401  (registers the factory)
from . import org_shape as _org_shape  # noqa: F401  (registers the factory)
from . import sentences as _sentences  # noqa: F401  (registers the factory)



@spacy.registry.readers("scr_extract.read_jsonl.v1")
def read_jsonl_list(path: str) -> list:
    """srsly.read_jsonl as a list (rulers want a sequence, not a generator)."""
    import srsly

    return list(srsly.read_jsonl(path))


MODELS = Path(__file__).resolve().parents[2] / "models"
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


def analyse(texts: Iterable[str], light: bool = False) -> dict[str, Doc]:
    """Each distinct text -> its processed Doc (one nlp.pipe pass; `light` skips LIGHT_SKIPS)."""
    unique = list(dict.fromkeys(t for t in texts if t))
    nlp = load_pipeline()
    return dict(zip(unique, nlp.pipe(unique, disable=list(LIGHT_SKIPS) if light else [])))
