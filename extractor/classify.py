"""A trained second opinion on the entries the rules find.

The linker's rules propose draft entries; a small spaCy text classifier
(`textcat_multilabel` over a bag of words), trained by
`scr-extract train` on the development corpus and stored in
`models/entry_classifier/`, then gives two probabilities for each draft:

- `SCR_RECOMMENDATION`: its text reads like a recommendation of a serious case
  review, as opposed to one of an inspection, a DHR, a learning review or a
  business plan priority;
- `ACTION_TAKEN`: its action reports work done, not a plan, a deferral or a
  request still unanswered.

The rules stay in charge where they are sure. The model only removes what the
rules themselves were unsure of (see `keeps`) and moves the confidence a little
either way (see `adjusted_confidence`). Without the artefact (a checkout before
`scr-extract train` ran) the extractor runs on rules alone.

The section a text sits in matters as much as its words (a "should" sentence in
a DHR section is no SCR recommendation), so the classifier reads the section
category as a first pseudo-word (`model_text`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language

from .resources import MODELS

MODEL_DIR = MODELS / "entry_classifier"
RECOMMENDATION = "SCR_RECOMMENDATION"
ACTION = "ACTION_TAKEN"
LABELS = (RECOMMENDATION, ACTION)

#: a draft the rules scored below this may be dropped when the model rejects its text
UNSURE_BELOW = 0.85
#: the model rejects a text as an SCR recommendation below this probability
REJECT_BELOW = 0.1
#: how far the model's opinion moves the rules' confidence at most
CONFIDENCE_SHIFT = 0.1

_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+(?=[A-Z(\"'\u2018\u201c])")


def units(text: str) -> list[str]:
    """The pieces the classifier judges: sentences (a long action is judged sentence by sentence)."""
    return [u.strip() for u in _SENTENCE_END.split(text) if u.strip()]


def model_text(text: str, category: str) -> str:
    """What the classifier reads: the section category as a pseudo-word, then the text in lower case
    (the model has too few examples to learn each casing of a word separately)."""
    return f"section_{category} {text}".lower()


@dataclass(frozen=True)
class Opinion:
    """The classifier's probabilities for one draft (None where it has no such text)."""

    recommendation: float | None
    action: float | None


@lru_cache(maxsize=2)
def load_classifier(path: Path = MODEL_DIR) -> Language | None:
    """The trained pipeline, once per process; None when it has not been trained."""
    if not (path / "config.cfg").is_file():
        return None
    return spacy.load(path)


def opinions(drafts: list[tuple[str | None, str | None, str]], path: Path = MODEL_DIR) -> list[Opinion] | None:
    """One Opinion per (text, action, section category); None without a trained model.

    The text is judged whole (a recommendation is one statement); an action by its best
    sentence, because a progress cell often adds a plan after the work done.
    """
    nlp = load_classifier(path)
    if nlp is None:
        return None
    wanted: list[str] = []
    for text, action, category in drafts:
        if text:
            wanted.append(model_text(text, category))
        if action:
            wanted.extend(model_text(u, category) for u in units(action))
    scores = {doc.text: doc.cats for doc in nlp.pipe(dict.fromkeys(wanted))}
    out = []
    for text, action, category in drafts:
        rec = scores[model_text(text, category)][RECOMMENDATION] if text else None
        act = max((scores[model_text(u, category)][ACTION] for u in units(action)), default=None) if action else None
        out.append(Opinion(rec, act))
    return out


def keeps(rule_confidence: float, opinion: Opinion) -> bool:
    """False for a draft the rules were unsure of whose text the model rejects."""
    return not (opinion.recommendation is not None and rule_confidence < UNSURE_BELOW
                and opinion.recommendation < REJECT_BELOW)


def adjusted_confidence(rule_confidence: float, opinion: Opinion) -> float:
    """The rules' confidence moved towards the model's belief, by at most CONFIDENCE_SHIFT."""
    belief = opinion.recommendation if opinion.recommendation is not None else opinion.action
    if belief is None:
        return rule_confidence
    shifted = rule_confidence + CONFIDENCE_SHIFT * (2 * belief - 1)
    return round(min(0.99, max(0.05, shifted)), 2)
