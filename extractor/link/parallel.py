"""Answers under a progress heading, given to the recommendations listed before it.

Many reports list a review's recommendations, then, under a heading such as "What we
have done", "Where we are now" or a run-in "Progress", give one paragraph or bullet
per recommendation. Either in the same order, naming neither number nor topic: when
the run of answers is exactly as long as the group of listed recommendations, the
i-th answer belongs to the i-th recommendation. Or each answer opens on its subject
("Escalation. Work has not yet started ...", "Under way: reduced timetables"): it
belongs to the recommendation that subject matches. Its deed becomes the action, its
stated status the status.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from spacy.tokens import Doc

from ..document import Block
from ..topics import ranked_matches
from .actions import is_action_text
from .bodies import add_bodies, subject_bodies
from .draft import Draft
from .status import cell_status, narrative_due, narrative_status

if TYPE_CHECKING:
    from ..nlp import Analyses


#: headings over a review's progress, one answer per recommendation ("Where we are now")
STATUS_HEADING = re.compile(r"^(?:[\d.]+\s*)?(?:where (?:we are|things stand)(?: now)?|current (?:position|status)|"
                            r"progress(?: to date| update| so far)?|status(?: update)?|position (?:at|as at)\b.*)$", re.I)
#: "◐ Under way: knowing who is in the home", "Done: the bruising protocol is in use"
STATUS_LABEL = re.compile(r"^\W{0,3}(?P<label>[A-Za-z][\w ,'-]{1,30}?)\s*[:\u2013\u2014-]\s+\S")


#: "Escalation. Work has not yet started": a short subject, then the answer
_TOPIC_SENTENCE = re.compile(r"^\s*(?P<topic>[A-Z][^.!?:;]{2,80}?)\.\s+(?=[A-Z])")
TOPIC_SENTENCE_MAX_WORDS = 8
#: "The two recommendations about schools"
_SEVERAL = re.compile(r"\b(two|three|four|both)\s+(?:of the\s+)?recommendations\b", re.I)
_COUNT = {"two": 2, "both": 2, "three": 3, "four": 4}


@dataclass
class AnswerRun:
    """The paragraphs or bullets under a progress heading, up to the next heading or table."""

    kind: str                 # "actions" or "statuses"
    start: int                # block index of the heading
    case: str | None
    blocks: list[int] = field(default_factory=list)
    closed: bool = False      # a heading, a table or another kind of block ended it


#: an answer that names the recommendation it answers ("On the third:", "recommendation 2") is linked
#: by that name, so its run is not one of answers in order
_NAMES_ITS_RECOMMENDATION = re.compile(
    r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|final)"
    r"(?:\s+recommendation\b|\s*:)|"
    r"\brecommendations?\s+(?:R|Rec\.?\s*)?\d|\bthe recommendation (?:on|about|concerning|that)\b", re.I)


def is_run_in_heading(block: Block) -> bool:
    """A short paragraph set as a heading ("Progress", "What has been done")."""
    words = block.text.split()
    return block.kind == "paragraph" and 0 < len(words) <= 8 and not block.text.rstrip().endswith(
        (".", ":", ";", "?", "!", ","))


def in_order(run: AnswerRun, blocks: list[Block]) -> bool:
    """True when no answer of the run names the recommendation it answers."""
    return not any(_NAMES_ITS_RECOMMENDATION.search(re.split(r"(?<=[.!?])\s", blocks[i].text, maxsplit=1)[0])
                   for i in run.blocks)


def listed_group(drafts: list[Draft], run: AnswerRun, block_of: dict[int, int]) -> list[Draft]:
    """The last run of list-item recommendations of the run's case before its heading."""
    before = [d for d in drafts if d.kind == "list" and d.text and id(d) in block_of
              and block_of[id(d)] < run.start and d.scr == run.case]
    group: list[Draft] = []
    for d in reversed(before):
        if group and block_of[id(group[-1])] - block_of[id(d)] != 1:
            break
        group.append(d)
    return list(reversed(group))


def opening_topic(text: str) -> tuple[str, str] | None:
    """(topic, rest) of an answer that opens by naming its subject: a status label ("Under way:
    reduced timetables. ...") or a short heading-like sentence ("Escalation. Work has not yet
    started ..."); None for an answer that simply starts telling."""
    m = STATUS_LABEL.match(text)
    if m:
        rest = text[m.end() - 1:]
        return re.split(r"(?<=[.;])\s", rest, maxsplit=1)[0], rest
    m = _TOPIC_SENTENCE.match(text)
    if m and len(m.group("topic").split()) <= TOPIC_SENTENCE_MAX_WORDS:
        return m.group("topic"), text[m.end():]
    return None


def by_topic(run: AnswerRun, group: list[Draft], blocks: list[Block]) -> list[tuple[Draft, int]]:
    """Answers paired with recommendations by the subject they open with; "The two
    recommendations about schools" answers the two that match best. Each recommendation once."""
    pairs: list[tuple[Draft, int]] = []
    taken: set[int] = set()
    for i in run.blocks:
        opening = opening_topic(blocks[i].text)
        if opening is None:
            continue
        topic, rest = opening
        m = _SEVERAL.search(topic)
        wanted = _COUNT.get(m.group(1).lower(), 1) if m else 1
        ranked = [k for k in ranked_matches(topic, rest, [d.text for d in group]) if k not in taken]
        for k in ranked[:wanted]:
            taken.add(k)
            pairs.append((group[k], i))
    return pairs


def pair_answers(run: AnswerRun, group: list[Draft], blocks: list[Block]) -> list[tuple[Draft, int]]:
    """(recommendation, answer block) pairs: in order when the run is as long as the group and
    no answer opens on a subject of its own (status lines may), else by the subjects they open on."""
    openings = [opening_topic(blocks[i].text) for i in run.blocks]
    labelled = all(STATUS_LABEL.match(blocks[i].text) for i in run.blocks)
    if len(group) == len(run.blocks) and in_order(run, blocks) and (labelled or None in openings):
        return list(zip(group, run.blocks))
    if any(openings):
        return by_topic(run, group, blocks)
    return []


def apply_answers(run: AnswerRun, pairs: list[tuple[Draft, int]], blocks: list[Block], docs: Analyses) -> None:
    """Gives each answer's deed and status to the recommendation it is paired with."""
    for d, i in pairs:
        text = blocks[i].text
        nd: Doc | None = docs.get(text) if text in docs else None
        if nd is None:
            continue
        if run.kind == "actions":
            _give_action(d, nd, text)
            if d.status == "unknown":
                d.status = narrative_status(nd) or d.status
            d.due = d.due or narrative_due(nd)
            continue
        m = STATUS_LABEL.match(text)
        status = cell_status(m.group("label"), docs.full(m.group("label")), None) if m else "unknown"
        if status == "unknown":
            status = narrative_status(nd) or "unknown"
        if status != "unknown":
            d.status = status  # the report's own verdict on each recommendation, given last
        if m is None:
            _give_action(d, nd, text)  # a "Progress" paragraph that tells what was done, not only where it stands


def _give_action(d: Draft, nd: Doc, text: str) -> None:
    """The answer is the recommendation's action when it reports a deed and none is known yet."""
    if d.action is None and is_action_text(nd, text):
        d.action = text
        if not d.lead_given and not d.bodies:
            add_bodies(d.bodies, subject_bodies(nd, before_cue=False))
