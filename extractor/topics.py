"""Topics: which earlier recommendation a later paragraph refers back to.

Formal reports state the recommendations first and report progress in later
paragraphs that name the recommendation by its subject rather than its number
("In response to the recommendation on information sharing, ...", "The
recommendation concerning private law proceedings was taken forward ...").
Such a paragraph is matched to the stated recommendation that shares most of its
content words: the words of the referring phrase count three times, the rest of
the paragraph once (so that ties between recommendations on near topics are
broken by what the paragraph goes on to say). Words are compared by their
Snowball (Porter 2) English stem, so that "commissioned", "commissioning" and
"commission" meet, and the words of models/topic_words.csv carry no topic.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Sequence

from .lexicon import number_words, phrase
from .resources import table
from .report import ResponsibleBody

_ORDINAL_WORDS = number_words("ordinal")
#: "The first recommendation has been met", "Work on the second recommendation is ongoing"
NUMBER_REFERENCE = re.compile(
    r"\bthe\s+(?P<ord>" + "|".join(_ORDINAL_WORDS) + r"|\d{1,2}(?:st|nd|rd|th))\s+"
    r"recommendation\b(?!\s+(?:asked|called|required|urged|proposed|sought)\b)", re.I)
TOPIC_WEIGHT = 3
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]+")
_ACRONYM = re.compile(r"^[A-Z&]{2}$")


@lru_cache(maxsize=1)
def _stopwords() -> frozenset[str]:
    return frozenset(r["word"].lower() for r in table("topic_words.csv") if r["word"])


@lru_cache(maxsize=1)
def _stemmer():
    """The English stemmer, made on first use: importing snowballstemmer imports the stemmers of
    all its thirty languages, 13 ms of a worker's start-up, and many reports never stem a word."""
    import snowballstemmer

    return snowballstemmer.stemmer("english")


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    return _stemmer().stemWord(word.lower().rstrip("'"))


def content_stems(text: str) -> set[str]:
    """The stems of a text's content words."""
    stop = _stopwords()
    return {stem(w) for w in _WORD.findall(text or "") if w.lower() not in stop and (len(w) > 2 or _ACRONYM.match(w))}


def referred_topic(text: str) -> str | None:
    """The topic of a back-reference in the first sentence of a text, or None."""
    first = re.split(r"(?<=[.!?])\s+", text.strip(), maxsplit=1)[0]
    m = phrase("back_reference").search(first)
    if m is None or phrase("stating_verb").search(first[:m.start()]):
        return None  # "The review made the recommendation that ...": stated here, not referred to
    if re.match(r"\S+\s+recommendation\s+that\b", m.group(0), re.I) and phrase("accepting_verb").search(first[:m.start()]):
        return None  # "The Board accepted the recommendation that the LSCB should ...": stated with its acceptance
    return m["topic"]


#: share of the topic's content words a recommendation must hold to be the one referred to
MIN_TOPIC_SHARE = 0.25


def referred_number(text: str) -> str | None:
    """The number of the one recommendation the first sentence refers to ("the second
    recommendation", "Work on recommendation 3 continues"), or None."""
    first = re.split(r"(?<=[.!?:;])\s+", text.strip(), maxsplit=1)[0]
    if phrase("states_recommendation").search(first):
        return None
    m = NUMBER_REFERENCE.search(first)
    if m is not None:
        word = m["ord"].lower()
        return _ORDINAL_WORDS.get(word) or re.sub(r"\D", "", word)
    numbered = phrase("numbered_reference").findall(first)
    if len(numbered) == 1 and not re.search(r"\brecommendations\b", first, re.I) and not phrase("label_opening").match(text):
        return numbered[0]
    return None


def best_match(topic: str, paragraph: str, candidates: Sequence[str | None]) -> int | None:
    """Index of the candidate recommendation text the paragraph refers to, or None.

    The candidate must hold at least MIN_TOPIC_SHARE of the topic's content words;
    ties go to the first.
    """
    ranked = ranked_matches(topic, paragraph, candidates)
    return ranked[0] if ranked else None


def ranked_matches(topic: str, paragraph: str, candidates: Sequence[str | None]) -> list[int]:
    """Indexes of the candidates holding at least MIN_TOPIC_SHARE of the topic's content words,
    best first (the topic's words count TOPIC_WEIGHT times, the paragraph's once)."""
    t, p = content_stems(topic), content_stems(paragraph)
    scored = []
    for k, cand in enumerate(candidates):
        if not cand or not t:
            continue
        c = content_stems(cand)
        if not t & c or len(t & c) < MIN_TOPIC_SHARE * len(t):
            continue
        scored.append((-(TOPIC_WEIGHT * len(t & c) + len(p & c)), k))
    return [k for _, k in sorted(scored)]



#: content words an action must share with a recommendation to answer it: with a body in common,
#: and without one (an action by a body the recommendation does not name)
ANSWER_MIN_SHARED = 2
ANSWER_MIN_SHARED_NO_BODY = 4


def answer_score(recommendation: str, bodies: Sequence[ResponsibleBody], action: str,
                 acting: Sequence[ResponsibleBody]) -> int:
    """How well an action answers a recommendation: shared content words, and a body (by sector)
    in common counting as two more; 0 below the minimum overlap. The words of the bodies' names
    are left out: the bodies are compared as bodies, and a recommendation that names the acting
    body as someone to inform is not about that body's work."""
    names = content_stems(" ".join(b.name for b in [*bodies, *acting]))
    shared = len((content_stems(recommendation) & content_stems(action)) - names)
    together = bool({b.sector for b in bodies} & {b.sector for b in acting})
    if shared < (ANSWER_MIN_SHARED if together else ANSWER_MIN_SHARED_NO_BODY):
        return 0
    return shared + (2 if together else 0)
