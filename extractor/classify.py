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

A second model, the status model (`models/status_classifier/`, see `status_opinions`), gives
a status to an entry the rules found none for, from the short lines around it, when it is
sure; it too is trained by `scr-extract train`, and without it the rules decide.

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
from .structure import CANDIDATE

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


@spacy.registry.tokenizers("scr_extract.pipeline_tokenizer.v1")
def pipeline_tokenizer():
    """The extraction pipeline's own tokenizer, for the trained models.

    Both models are trained on a blank English pipeline, whose tokenizer is the extraction
    pipeline's (English's default): building another one for each model, with its thousands of
    special cases, cost 0.05 s of a worker's start-up a model and changes no token."""
    def create(nlp: Language):
        from .nlp import load_pipeline

        return load_pipeline().tokenizer

    return create


def _load(path: Path) -> Language:
    """A trained model, reading with the extraction pipeline's tokenizer."""
    return spacy.load(path, exclude=["tokenizer"],
                      config={"nlp": {"tokenizer": {"@tokenizers": "scr_extract.pipeline_tokenizer.v1"}}})


@lru_cache(maxsize=2)
def load_classifier(path: Path = MODEL_DIR) -> Language | None:
    """The trained pipeline, once per process; None when it has not been trained."""
    if not (path / "config.cfg").is_file():
        return None
    return _load(path)


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
    unique = list(dict.fromkeys(wanted))
    # keyed by the text piped, which is the doc's text (Doc.text would join it again token by token)
    scores = {text: doc.cats for text, doc in zip(unique, nlp.pipe(unique))}
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


# ---------------------------------------------------------------- status

STATUS_DIR = MODELS / "status_classifier"
#: the status model's answer is taken only at this probability or above (cross-validated by
#: report on the development corpus: at 0.9 every status it gave was right, below it gave
#: statuses to entries of reports that state none)
STATUS_CONFIDENT = 0.9
#: blocks after an entry read as its context (a status chip, a lead, a date), stopping at the next entry
AFTER_BLOCKS = 3
#: a block this short is a chip, badge or label line; only such lines are read (the words of the
#: entry's own sentences make an action that reads as done look "completed", which reports that
#: state no status at all contradict, cross-validated)
CHIP_WORDS = 4
_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")


def status_text(inside: list[str], after: list[str]) -> str:
    """What the status model reads: the words of the short lines among the entry's own blocks
    and below it, each word marked by where its line stands. The line above an entry is not
    read: it is most often the status line of the entry before (cross-validated, the model
    learnt "not started" above a card as a sign of "in progress")."""
    words = []
    for where, lines in (("in", inside), ("after", after)):
        for line in lines:
            said = _WORD.findall(line.lower())
            if len(said) <= CHIP_WORDS:
                words += [f"{where}_{w}" for w in said]
    return " ".join(words) or "no_chip"


def _flat(text: str) -> str:
    return " ".join(text.split())


def status_contexts(blocks: list, drafts: list[tuple[str | None, str | None]],
                    categories: list[str] | None = None) -> list[str | None]:
    """One status_text per (text, action) draft from the blocks it was read from, None where its
    text is not found in a block. Drafts are located in reading order: the first block holding
    the start of their text (or action), then the first from there holding the end of their
    action (or text). With the blocks' section categories (structure.sections), the lines below
    an entry stop where a section of another kind begins: the heading "Other reviews" after the
    last entry is no status of it."""
    flat = [_flat(b.text) for b in blocks]
    categories = categories or [""] * len(flat)

    def find(piece: str, start: int) -> int | None:
        return next((i for i in range(start, len(flat)) if piece and piece in flat[i]), None)

    spans: list[tuple[int, int] | None] = []
    cursor = 0
    for text, action in drafts:
        head = _flat(text or action or "")[:60]
        tail = _flat(action or text or "")[-40:]
        start = find(head, cursor)
        if start is None:
            start = find(head, 0)
        if start is None:
            spans.append(None)
            continue
        end = find(tail, start)
        end = start if end is None or end - start > 20 else end
        spans.append((start, end))
        cursor = start
    starts = sorted({s[0] for s in spans if s})
    out: list[str | None] = []
    for span in spans:
        if span is None:
            out.append(None)
            continue
        start, end = span
        stop = min([s for s in starts if s > end] + [len(flat), end + 1 + AFTER_BLOCKS])
        same = {categories[start], *CANDIDATE}
        stop = next((i for i in range(end + 1, stop) if categories[i] not in same), stop)
        out.append(status_text(flat[start:end + 1], flat[end + 1:stop]))
    return out


@lru_cache(maxsize=2)
def load_status_model(path: Path = STATUS_DIR) -> Language | None:
    """The trained status model, once per process; None when it has not been trained."""
    if not (path / "config.cfg").is_file():
        return None
    return _load(path)


def status_opinions(contexts: list[str | None], path: Path = STATUS_DIR) -> list[tuple[str, float] | None] | None:
    """(status, probability) the status model gives each context (None for a None context),
    reading only the words it learnt (`features` of its meta); None without a trained model."""
    nlp = load_status_model(path)
    if nlp is None:
        return None
    known = set(nlp.meta.get("scr_extract", {}).get("features", ()))
    contexts = [known_words(c, known) if c else None for c in contexts]
    wanted = [c for c in dict.fromkeys(contexts) if c]
    cats = {doc.text: doc.cats for doc in nlp.pipe(wanted)}
    return [max(cats[c].items(), key=lambda kv: kv[1]) if c else None for c in contexts]


def known_words(context: str, known: set[str]) -> str:
    """A status_text without the words the model did not learn from several reports (a heading
    that followed the entries of one report only is no sign of a status elsewhere)."""
    return " ".join(w for w in context.split() if w in known) or "no_chip"


def status_of(rule_status: str, opinion: tuple[str, float] | None) -> str:
    """The rules' status, unless they found none and the model is confident of one."""
    if rule_status != "unknown" or opinion is None:
        return rule_status
    status, p = opinion
    return status if p >= STATUS_CONFIDENT else rule_status
