"""Status and due date: of a status cell, of a progress text, and the report's own colour (RAG) keys."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

from spacy.tokens import Doc

from ..document import Cell, Document
from ..dates import normalise_due
from ..lexicon import chip_status, is_status_chip, phrase, search, states_status
from ..nlp._extensions import span_group
from ..ratings import COLOURS, DEFAULT_RAG, RagKey, key_items, names_symbols, rating_run_share, symbol_of
from .draft import case_names, is_empty, window
from .labels import label_of

if TYPE_CHECKING:
    from ..nlp import Analyses

_PREDICATIVE = {"is", "are", "was", "were", "been", "now", "as", "remains", "remain", ":", ";", ".", ",", "'", '"',
                "\u2018", "\u201c", "-", "\u2013", "\u2014"}
#: forms of "be" that make a status word a predicate; in the present tense, a cell-only word
#: ("in development", "being piloted") too, while "were delivered to 14 practices" tells a deed
_BE = {"is", "are", "was", "were", "remains", "remain", "been"}
_BE_NOW = {"is", "are", "remains", "remain"}
_ADVERBS = {"now", "therefore", "thus", "formally", "currently", "still", "already", "also", "effectively",
            "consequently", "hence", "so", "fully"}
_RELATIVES = {"which", "that", "who"}
#: how far before a status word its subject is looked for ("this recommendation has now been fully discharged")
_OWN_SUBJECT_REACH = 5
_PAST_EVENT_BEFORE = {"had", "have", "has", "having", "who", "which", "that", "they", "we"}
_FUTURE_BEFORE = {"be", "will", "would", "should", "must", "to", "once", "until", "when", "before", "if"}
#: "the Group has rated this recommendation achieved": a cell-only status word given as a rating
_RATING_VERBS = {"rated", "rates", "graded", "judged", "deemed", "assessed", "marked", "recorded", "regarded",
                 "classed", "classified", "considered"}
_RATED_WINDOW = 4
#: words that deny the status word after them in the same clause: "not yet fully embedded",
#: "has not been started", "nothing has been done"
_NEGATORS = {"not", "n't", "never", "nothing", "no"}
#: a negator reaches back at most this many tokens, within the clause
_NEGATION_REACH = 10
_CLAUSE_ENDS = {";", ",", ".", ":", "-", "\u2013", "\u2014", "but", "although", "though", "while", "whereas", "and"}
#: what a denied status means: a denied "complete" is work under way, unless nothing was done
_DENIED = {"completed": "in_progress", "in_progress": "not_started"}
#: the recommendation itself, as the subject of a status ("this recommendation has been discharged")
_OWN_WORDS = {"action", "actions", "recommendation", "recommendations"}
#: ... or as the object of a completion verb: "the YOS has completed this action", "the sub-group
#: closed it in September"
_OWN_OBJECT = _OWN_WORDS | {"work", "it"}
#: what opens a noun phrase: a completion verb before one has another object ("completed the e-learning")
_OBJECT_OPENERS = {"the", "a", "an", "their", "its", "his", "her", "our", "all", "each", "every", "both"}
_DUE_CUES = {"by", "slipped", "moved", "deferred", "scheduled", "due", "expected", "target", "deadline", "planned", "timescale", "completion", "until", "before"}


#: the boxes of a line of tick boxes: ticked, and left empty
_TICKED, _EMPTY_BOX = "\u2612\u2611\u22a0\u2705\u25a0\u25c9\u2714\u2713", "\u2610\u25a1\u25cb\u25ef\u274f"
_TICK_OPTION = re.compile(f"([{_TICKED}{_EMPTY_BOX}])\ufe0f?\\s*([^{_TICKED}{_EMPTY_BOX}]+)")
#: an option of a tick-box line is a few words
TICK_LABEL_WORDS = 4


def tick_form(text: str) -> tuple[bool, str | None]:
    """(whether the text is a line of tick boxes, the label of the one box ticked in it):
    "☐ Done ☒ Doing ☐ Not yet" -> (True, "Doing"); none or several ticked -> (True, None). A
    line of two or more boxes, at least one left empty, each followed by a few words, after
    at most a label ("Progress:")."""
    first = re.search(f"[{_TICKED}{_EMPTY_BOX}]", text)
    if first is None or (text[:first.start()].strip() and not text[:first.start()].strip().endswith(":")):
        return False, None
    options = _TICK_OPTION.findall(text[first.start():])
    if len(options) < 2 or not any(box in _EMPTY_BOX for box, _ in options) \
            or any(not label.strip() or len(label.split()) > TICK_LABEL_WORDS for _, label in options):
        return False, None
    ticked = [label.strip() for box, label in options if box in _TICKED]
    return True, ticked[0] if len(ticked) == 1 else None


def ticked_status(text: str, ticked: str) -> str:
    """The status of a row of tick boxes: the words of the box ticked; where they name none
    ("Planned"), its place in a row of three or more steps whose last names completion
    ("☒ Planned ☐ Under way ☐ Done"): the first step is work not yet started."""
    said = chip_status(ticked)
    if said:
        return said
    labels = [label.strip() for _, label in _TICK_OPTION.findall(text)]
    if len(labels) >= 3 and labels[0] == ticked and chip_status(labels[-1]) == "completed":
        return "not_started"
    return "unknown"


#: a yes/no answer opening a status field's sentence ("Yes The protocol is in use", "Partly, because ...")
_ANSWER_OPENING = re.compile(r"^\W*(yes|no|partly|partially)\b[.,;:\u2013\u2014-]?\s+(?=\w)", re.I)


def cell_status(text: str | None, doc: Doc | None, key: RagKey | None, acted: bool | None = None) -> str:
    """Status of a status cell or "Status:" field: the report's RAG key first, then words.

    `acted`: whether the row's update reports work (None: not known). A "Complete?" answered
    "No" beside work means the work is under way, not that it has not started; "Delayed"
    beside no work means it has not started.
    """
    if is_empty(text) or doc is None:
        return "unknown"
    form, ticked = tick_form(text)
    if form:  # the words of the box ticked, whatever the key says the box itself means
        said = ticked_status(text, ticked) if ticked else "unknown"
        if said == "unknown" and ticked:  # a word of the report's own key ("☒ Developing")
            at = next(m.start(2) for m in _TICK_OPTION.finditer(text) if m.group(1) in _TICKED)
            said = next((s.id_ for s in span_group(doc, "status") if s.label_ in ("STATUS", "STATUS_CELL", "STATUS_CELL_ONLY")
                         and at <= s.start_char < at + len(ticked)), "unknown")
        return said
    share = share_done(text)
    if share is not None:  # "70% complete", "3 of 5 actions delivered"
        return share_status(share)
    if (answer := _ANSWER_OPENING.match(text)) is not None and text[answer.end()].isupper():
        # "Is it finished?" answered "Partly The 72-hour offer is not yet met ...": the answer
        # says how far it has got, the sentence after it why
        said = [s.id_ for s in span_group(doc, "status") if s.label_ == "STATUS_YESNO" and s.start_char < answer.end(1)]
        if said:
            return "in_progress" if said[0] == "not_started" and acted else said[0]
    spans = [s for s in span_group(doc, "status") if not _labels_what_follows(doc, s)]
    colours = [s.id_ for s in spans if s.label_ == "RAG" or (s.label_ == "RAG_LETTER" and len(text.strip()) <= 2)]
    words = [_denied(s.id_, _negator(doc, s.start, 0)) for s in spans
             if s.label_ in ("STATUS", "STATUS_CELL", "STATUS_CELL_ONLY")]
    words = [w for w in words if w]
    if not words and len(text.split()) <= 2:  # a "Complete?" column answered "Yes" / "No" / "Partly"
        words = [s.id_ for s in spans if s.label_ == "STATUS_YESNO"]
        if words == ["not_started"] and acted:
            words = ["in_progress"]
    if colours and key is not None and colours[0] in key.colours:
        return key.colours[colours[0]]
    code = symbol_of(text) or text.strip().lower()
    if key is not None and len(code) <= 2 and code in key.colours:
        return key.colours[code]  # a rating code or symbol the report's key defines ("C" for closed, "IP", "●", "3")
    if words:
        if words[0] == "completed" and "not_started" in words[1:]:
            return "in_progress"  # "Completed but not yet embedded": done in part
        if words[0] == "in_progress" and acted is False and len(text.split()) <= 3 and phrase("delay").search(text):
            return "not_started"  # "Delayed" beside no work reported: overdue with no progress
        return words[0]
    if colours:
        return (key or RagKey()).status(colours[0]) or "unknown"
    return "unknown"


#: the colours a report rates in that have a meaning of their own (red, amber, green, blue)
_RATED_COLOUR = re.compile(r"\b(?:" + "|".join(DEFAULT_RAG) + r")\b", re.I)
_PERCENT_DONE = re.compile(r"^\W*(?:approx(?:imately|\.)?|about|around|c\.|circa)?\s*(\d{1,3})\s*%"
                           r"(?:\s*(?:complete[d]?|done|achieved|implemented|delivered))?(?:\W*$|\s*[-\u2013\u2014:;,])", re.I)
_PARTS_DONE = re.compile(r"\b(\d{1,2}) (?:of|out of) (?:the )?(\d{1,2})\b(?: \w+){0,2}? "
                         r"(?:complete[d]?|done|achieved|implemented|delivered|in place|met|closed)\b", re.I)


#: "All actions complete", "All the steps are now done": every part of the work, as a count would say
_ALL_PARTS_DONE = re.compile(r"^\W*all\s+(?:the\s+|its\s+)?(?:actions?|steps|tasks|milestones|parts)\s+(?:are\s+|now\s+|have\s+been\s+)*"
                             r"(?:complete[d]?|done|delivered|achieved|finished)\W*$", re.I)
#: a share done and nothing else: "80%", "3 of 5"
_BARE_SHARE = re.compile(r"\s*\d{1,3}\s*%\s*|\s*\d{1,2}\s+of\s+\d{1,2}\s*")


#: a line or heading this short stating a share done ("3 of 4 actions complete") rates its card
SHARE_LINE_WORDS = 8


def share_status(share: float) -> str:
    """The status a share of the work done gives: all of it, none of it, or some."""
    return "completed" if share >= 1 else "not_started" if share == 0 else "in_progress"


def share_done(text: str) -> float | None:
    """The share of the work a cell says is done: "approx. 70% complete", "3 of 5 actions delivered",
    "★★☆☆"."""
    stars = rating_run_share(text)
    if stars is not None:
        return stars
    m = _PERCENT_DONE.search(text)
    if m:
        return min(int(m.group(1)), 100) / 100
    if _ALL_PARTS_DONE.match(text):
        return 1.0
    m = _PARTS_DONE.search(text)
    if m and 0 < int(m.group(2)) and int(m.group(1)) <= int(m.group(2)):
        return int(m.group(1)) / int(m.group(2))
    return None


def _denied(code: str, negator: str | None) -> str | None:
    """A status code as turned by the negator before its words ("work not begun", "nothing done")."""
    if not negator:
        return code
    return "not_started" if negator in ("nothing", "no") else _DENIED.get(code)


def shaded_status(cell: Cell | None, key: RagKey | None) -> str:
    """Status of a status cell rated by its colour alone: empty, shaded amber -> the key's amber."""
    if cell is None or not is_empty(cell.text):
        return "unknown"
    return fill_status(cell, key)


def fill_status(cell: Cell | None, key: RagKey | None) -> str:
    """Status of the colour a cell is shaded in or holds a dot of, through the key."""
    if cell is None or cell.fill is None:
        return "unknown"
    return (key or RagKey()).status(cell.fill) or "unknown"


def combined_status(a: str, b: str) -> str:
    """The status of a recommendation with two actions: done or not begun only when both are."""
    if a == "unknown" or a == b:
        return b
    return a if b == "unknown" else "in_progress"


def narrative_status(span, key: RagKey | None = None) -> str | None:
    """A status the text states of the recommendation ("this action is complete", "remains ongoing").

    Not a past event told in passing ("60% had completed it by the year end"); words
    that are statuses only in a status cell ("closed", "met") count only as a predicate
    ("the action is now closed"). The first status stated wins, except that "in progress"
    beats "complete" when both are said.
    """
    if span is None:
        return None
    closing = closing_status(span, key)
    if closing:
        return closing
    return _opening_chip(span) or _stated_status(span, key)


def _opening_chip(span) -> str | None:
    """The status word a progress text opens on as a sentence of its own ("ALL DONE. A template
    was added ..."), as a chip set before it would say."""
    doc, lo, hi = window(span)
    if not doc.has_annotation("SENT_START") or lo >= hi:
        return None
    first = next(iter(doc[lo:hi].sents))
    words = [t for t in first if not t.is_punct]
    return chip_status(first.text) if 0 < len(words) <= 3 and first.end < hi else None


#: a closing sentence of at most this many tokens that states a status is the verdict on the whole text
CLOSING_STATUS_MAX_TOKENS = 9


def closing_status(span, key: RagKey | None = None) -> str | None:
    """The status of a short closing sentence ("... Work continues.", "This recommendation is now closed.").

    A progress text that ends on such a verdict means it for the whole text: status words
    earlier in it tell of past steps ("the strategy was signed off in February").
    """
    doc, lo, hi = window(span)
    if not doc.has_annotation("SENT_START"):
        return None
    sents = list(doc[lo:hi].sents)
    if len(sents) < 2:
        return None
    last = sents[-1]
    words = [t for t in last if not t.is_punct]
    if len(words) > CLOSING_STATUS_MAX_TOKENS:
        return None
    if len(words) <= 3 and (chip := chip_status(last.text)):
        return chip  # "... is answered. Delivered": the status word set after the update, a chip
    return _stated_status(last, key)


def update_status(span, key: RagKey | None = None) -> str | None:
    """The status an update reporting no work states: the short status sentence it opens or closes
    on ("Not started. The target date was 31 March 2016."; "... waiting for the refreshed
    strategy. Awaited"), or its closing verdict. A deadline not yet reached ("Not yet due.")
    says nothing of the work."""
    doc, lo, hi = window(span)
    if not doc.has_annotation("SENT_START"):
        return None
    sents = list(doc[lo:hi].sents)
    for sent in (sents[0], sents[-1]) if sents else ():
        words = [t for t in sent if not t.is_punct]
        if len(words) <= 3 and not any(t.lower_ == "due" for t in words) \
                and (st := chip_status(sent.text) or _stated_status(sent, key)):
            return st
    return closing_status(span, key)


def _stated_status(span, key: RagKey | None = None) -> str | None:
    doc, lo, hi = window(span)
    found: list[str] = []
    denial_end = -1  # where the last "nothing done" phrase ends ("No work has yet been" | "done")
    for s in span_group(doc, "status"):
        if s.start < lo or s.end > hi or _labels_what_follows(doc, s):
            continue
        if s.start == denial_end:
            continue  # the word that phrase denies
        if s.id_ == "not_started" and s.label_ == "STATUS":
            denial_end = s.end
        if s.label_ == "RAG":
            # a colour given as a rating: "(Green)", "rated amber", "RAG: red", "Amber - drafted"
            before = doc[s.start - 1].lower_ if s.start > lo else ""
            after = doc[s.end].text if s.end < hi else ""
            opening = s.start == lo and after in {"-", "\u2013", "\u2014", ":", ".", ";", ",", ""}
            if before in {"(", "rated", "rating", "rag", ":"} or after == ")" or opening:
                found.append((key or RagKey()).status(s.id_) or "unknown")
            continue
        if s.label_ not in ("STATUS", "STATUS_CELL", "STATUS_CELL_ONLY"):
            continue
        prev = _predicate_before(doc, s.start, lo)
        rated = any(t.lower_ in _RATING_VERBS for t in doc[max(lo, s.start - _RATED_WINDOW):s.start]) or (
            s.start > lo and doc[s.start - 1].text == "(" and s.end < hi and doc[s.end].text == ")")  # "... (in hand)"
        own = _completes_own_object(doc, s.end, hi) or _said_of_own(doc, s.start, lo)
        if s.label_ == "STATUS_CELL" and prev not in _PREDICATIVE and s.start > lo and not rated and not own:
            continue  # unless said of the recommendation: "the Police have achieved this recommendation"
        if s.label_ == "STATUS_CELL_ONLY" and prev not in _BE_NOW and not rated and not (prev in _BE and own):
            continue  # "in development" / "being piloted" as what the work "is"; "this recommendation has been discharged"
        negator = _negator(doc, s.start, lo)
        if negator:
            denied = _denied(s.id_, negator)
            if denied:
                found.append(denied)
            continue
        if s.id_ == "completed" and _completes_other_object(doc, s.end, hi):
            continue  # "staff completed the e-learning module": a deed, not the recommendation's status
        if s.id_ == "completed" and prev in _PAST_EVENT_BEFORE and not _completes_own_object(doc, s.end, hi):
            continue
        if s.id_ == "completed" and prev in _BE and s.start - 2 >= lo and doc[s.start - 2].lower_ in _RELATIVES:
            continue  # "the Improvement Plan, which was completed in July": a thing described in passing
        if s.id_ == "completed" and prev in _BE and any(
                t.lower_ in _TIME_CONJUNCTIONS for t in doc[max(lo, s.start - _TIME_CLAUSE_WINDOW):s.start]):
            continue  # "shared with them when the review was completed": an event dating another
        if s.id_ == "completed" and prev in _FUTURE_BEFORE:
            continue  # "this will be completed by June": not done yet
        share = _share_before(doc, s.start, lo)
        if s.id_ == "completed" and share is not None and share < 1:
            found.append("in_progress" if share > 0 else "not_started")  # "around 60% complete"
            continue
        found.append(s.id_)
    found = [f for f in found if f != "unknown"]
    if "completed" in found and ("in_progress" in found or "not_started" in found):
        return "in_progress"  # "in place but still being embedded", "most in place, one outstanding"
    return found[0] if found else None


#: a status word this few tokens after one of these is in a clause dating something else
_TIME_CONJUNCTIONS = frozenset({"when", "after", "once", "since", "before", "until"})
_TIME_CLAUSE_WINDOW = 6


def _labels_what_follows(doc: Doc, s) -> bool:
    """A status word opening its text and followed by a colon and more words is the label of
    what follows ("Not yet: this is in progress"), not the status."""
    return s.start == 0 and s.end + 1 < len(doc) and doc[s.end].text == ":"


def _predicate_before(doc: Doc, start: int, lo: int) -> str:
    """The word a status word is predicated by, past adverbs: "is therefore closed" -> "is"."""
    i = start - 1
    while i >= lo and doc[i].lower_ in _ADVERBS:
        i -= 1
    return doc[i].lower_ if i >= lo else ""


def _said_of_own(doc: Doc, start: int, lo: int) -> bool:
    """True when the subject before a status word is the recommendation or action itself
    ("this recommendation has been fully discharged")."""
    return any(t.lower_ in _OWN_WORDS for t in doc[max(lo, start - _OWN_SUBJECT_REACH):start])


def _share_before(doc: Doc, start: int, lo: int) -> float | None:
    """The share a percentage just before a status word gives ("60% complete"), if any."""
    if start - 2 < lo or doc[start - 1].text != "%" or not doc[start - 2].like_num:
        return None
    try:
        return min(float(doc[start - 2].text), 100.0) / 100
    except ValueError:
        return None


def _negator(doc: Doc, start: int, lo: int) -> str | None:
    """The negating word before a status word in its clause ("not", "nothing"), if any."""
    for t in reversed(doc[max(lo, start - _NEGATION_REACH):start]):
        if t.lower_ in _CLAUSE_ENDS or t.is_sent_start and t.i != start - 1 and t.lower_ not in _NEGATORS:
            return None
        if t.lower_ in _NEGATORS and (t.is_lower or t.i == lo or t.is_sent_start):
            return t.lower_  # not the "Not" of a title: the 'Was Not Brought' policy
    return None


def _completes_own_object(doc: Doc, end: int, hi: int) -> bool:
    """True when the completion verb's object is the recommendation or action itself."""
    return any(t.lower_ in _OWN_OBJECT for t in doc[end:min(hi, end + 3)])


def _completes_other_object(doc: Doc, end: int, hi: int) -> bool:
    """True when a noun phrase other than the recommendation follows the completion verb."""
    return end < hi and doc[end].lower_ in _OBJECT_OPENERS and not _completes_own_object(doc, end, hi)


def narrative_due(span) -> str | None:
    """A due date the text gives ("by September 2017", "scheduled for June 2017")."""
    if span is None:
        return None
    doc, lo, hi = window(span)
    for d in span_group(doc, "dates"):
        if d.start < lo or d.end > hi:
            continue
        before = {t.lower_ for t in doc[max(lo, d.start - 4):d.start]}
        if before & _DUE_CUES:
            return normalise_due(d.text)
    return None


def status_only(doc: Doc | None) -> bool:
    """True when a progress text is only a status and perhaps a date ("completed March 2017")."""
    if doc is None:
        return False
    if _BARE_SHARE.fullmatch(doc.text) or rating_run_share(doc.text) is not None:
        return True  # "80%" set large under "Progress", "★★☆☆"
    covered = set()
    for group in ("status", "dates"):
        for s in span_group(doc, group):
            covered.update(range(s.start, s.end))
    words = [t for t in doc if t.is_alpha and t.i not in covered and t.lower_ not in {"and", "the", "by", "in", "on", "now"}]
    return not words and bool(covered)


#: a block this long is no line of a key
KEY_LINE_CHARS = 120


def rag_keys(doc: Document, docs: Analyses) -> list[tuple[int, RagKey]]:
    """Every colour key of the report, with the block index where it stands."""
    keys: list[tuple[int, RagKey]] = []
    table_items: dict[int, list[tuple[int, str, str]]] = {}
    run: list[tuple[int, str, str]] = []  # consecutive short blocks that open on a colour and its meaning

    def end_run() -> None:
        # "• Blue: complete and signed off" / "• Green: on track": a key an item or two a line
        if len(run) >= 2:
            key = _key_from([(c, d) for _, c, d in run], docs)
            if len(key.colours) >= 2:  # not a count by colour ("Green: 5 actions; Amber: 3")
                keys.append((run[0][0], key))
        elif run and (items := _key_of_block(doc.blocks[run[0][0]].text)):
            keys.append((run[0][0], _key_from(items, docs)))
        run.clear()

    for i, b in enumerate(doc.blocks):
        if b.kind == "table_row" and b.cells and len(b.cells) >= 2:
            end_run()
            first = b.cells[0].text.strip().lower()
            if not first and b.cells[0].fill:
                first = b.cells[0].fill  # a key whose colours are shaded cells with nothing written in them
            symbol = symbol_of(first) if len(b.cells[1].text.split()) <= 6 else None
            said = key_items(b.cells[1].text) if len(first) <= 2 and not symbol and first not in COLOURS else []
            if first in COLOURS or symbol:  # a key table of colours, or of symbols and their short meanings
                first = symbol or first
                table_items.setdefault(b.table, []).append((i, first, b.cells[1].text))
            elif len(said) == 1 and b.cells[1].text.lower().lstrip().startswith(said[0][0]):
                # "B | Blue – complete: action delivered ...": a letter, then its colour and meaning
                table_items.setdefault(b.table, []).append((i, said[0][0], said[0][1]))
                if first:
                    table_items[b.table].append((i, first, said[0][1]))
            continue
        line = b.text.lower().lstrip(" \u2022-\u2013*")
        one = key_items(b.text) if len(b.text) < 2 * KEY_LINE_CHARS and line.startswith(tuple(COLOURS)) else []
        if one and line.startswith(one[0][0]):
            run.extend((i, colour, meaning) for colour, meaning in one)
            continue
        end_run()
        items = _key_of_block(b.text)
        if items:
            keys.append((i, _key_from(items, docs)))
    end_run()
    for rows in table_items.values():
        if len(rows) >= 2:
            keys.append((rows[0][0], _key_from([(c, d) for _, c, d in rows], docs)))
    keys.sort(key=lambda k: k[0])
    return keys


#: words that call a short block a key
_KEY_TERMS = re.compile(r"\b(?:key|rag|brag|ratings?|rated|scored?|scale)\b", re.I)


#: what introduces a key of the report's own status words ("Key: how we describe progress",
#: "What our progress labels mean", "How to read the tracker", "using these words:")
_WORDS_KEY_TERMS = re.compile(r"\b(?:key|legend|rag|ratings?|rated|scale|labels?|definitions?|mean(?:s|ing)?|"
                              r"how to read|how we (?:show|rate|mark|measure|record|describe|report) (?:progress|status)|"
                              r"(?:these|following) (?:words|terms|phrases))\b", re.I)
#: "Moving: work has started and is on schedule" (a label, then what it means)
_WORD_ITEM = re.compile(r"^\W{0,2}(?P<w>[A-Z][A-Za-z'-]*(?: [A-Za-z'-]+){0,3})\s*(?::|=|\s[-\u2013\u2014]\s)\s*(?P<d>.+)$", re.S)
#: a field's short value on a line of its own ("Where we are: Getting there")
_FIELD_VALUE = re.compile(r"^[A-Z][\w' ]{1,30}?\s*:\s*([A-Z][\w' -]{1,40})\s*$")
#: a word of such a key is this short, and its meaning on a line of its own at most this long
OWN_WORD_WORDS, MEANING_WORDS = 5, 30
#: ... and a sentence longer than a word of the key ("Not started, or behind timescale" is the next word)
MEANING_MIN_WORDS = 6
#: ... or, under a key's title, a full sentence this long
MEANING_MIN_SENTENCE = 3
#: a "Label: meaning" line's meaning is this long at least ("Done - impact check due" is one word)
LINE_MEANING_WORDS = 4
#: the colour a chip before a key's word says, as the readers write it ("Green: Signed off")
_CHIP_SAID = re.compile(r"^(?:" + "|".join(COLOURS) + r")\s*:\s*", re.I)


@dataclass(frozen=True)
class StatusWords:
    """The report's own status words (word -> status code) and the blocks of the key that
    defines them (a key's lines are no entries)."""

    words: dict[str, str]
    blocks: frozenset[int]


def own_status_words(doc: Document, docs: "Analyses") -> StatusWords:
    """The report's own status words and what its key says each means: a run of two or more
    label-and-meaning items (rows of a two-column table, "Label: meaning" lines, or the word on
    a line of its own over its meaning), whose meanings state two statuses or more ("Moving |
    Work has started and is on schedule", "Stalled: work has started but is behind schedule"),
    either straight under a line calling them a key or with two of their words used again
    elsewhere as a cell or line of their own (the tracker's status column the key explains).
    Colour and symbol keys are rag_keys' business; a word that names a body or a field
    ("Status", "Lead") is none."""
    out: dict[str, str] = {}
    items: list[tuple[str, str, range]] = []  # (word, meaning, its blocks)
    keys: set[int] = set()
    opened = False  # the run is under a line calling it a key
    alone = Counter(_CHIP_SAID.sub("", t).strip().lower() for b in doc.blocks
                    for t in ([c.text for c in b.cells] if b.cells else [b.text]) if len(t) <= 60)

    # words given as a field's value ("Where we are: Finished"): a key's words in use
    valued = Counter(v.strip().lower() for b in doc.blocks if not b.cells and (m := _FIELD_VALUE.match(b.text))
                     for v in [m.group(1)])

    lines = False  # some item of the run is a "Label: meaning" line
    leading: set[str] = set()  # words read off the front of their meaning, being used alone elsewhere
    tables: set[int | None] = set()
    headers: set[str] = set()  # the cells of each table's first row: a key's words may head its columns
    for b in doc.blocks:
        if b.kind == "table_row" and b.table not in tables:
            tables.add(b.table)
            headers.update(c.text.strip().lower() for c in b.cells)

    def close() -> None:
        nonlocal lines
        once = len({w.lower() for w, _, _ in items}) == len(items)  # a key says each word once
        # "Label: meaning" lines anywhere are many things (priorities, groups): only under a key's
        # title, or when two of their words head a table's columns ("Done and tested | In hand",
        # the rows ticked under one). (Asked before any text is analysed: most runs of short
        # blocks are no key.)
        heading = sum(w.lower() in headers for w, _, _ in items) >= 2 \
            or sum(valued[w.lower()] >= 1 for w, _, _ in items) >= 2
        if len(items) >= 2 and once and (opened or heading or not lines and sum(
                alone[w.lower()] >= 2 or w in leading for w, _, _ in items) >= 2):
            meant = {word: (code, span) for word, meaning, span in items
                     if _names_nothing(word, docs) and (code := _meaning(meaning, docs))}
            used = sum(alone[w.lower()] >= 2 or w in leading for w in meant)
            if (opened or heading or used >= 2) and len(meant) >= 2 and len({c for c, _ in meant.values()}) >= 2:
                # a word the lexicon reads keeps its reading: a key's long definition ("Complete:
                # actions finished, impact not yet tested") is read less surely
                out.update((w.lower(), code) for w, (code, _) in meant.items() if not is_status_chip(w))
                keys.update(k for _, span in meant.values() for k in span)
        items.clear()
        leading.clear()
        lines = False

    blocks = doc.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if not b.cells and b.text.strip().lower() in COLOURS:
            i += 1  # a key's swatch, read as a chip before its word
            continue
        item, used, line = None, 1, False
        inline = _inline_word_key(b.text) if not b.cells else []
        if inline:
            close()
            opened = True
            items.extend((w, d, range(i, i + 1)) for w, d in inline)
            close()
            opened = False
            i += 1
            continue
        if b.kind == "table_row" and len(b.cells) == 2:
            item = (b.cells[0].text.strip(), b.cells[1].text.strip())
        elif b.kind == "table_row" and (pairs := _paired_cells(b)):
            # "Met | The action is complete ... | Partially met | Some of the action is done ...": a key
            # laid out in pairs of word and meaning across a wide row
            items.extend((w, d, range(i, i + 1)) for w, d in pairs[:-1])
            item = pairs[-1]
        elif len(b.text) < 2 * KEY_LINE_CHARS and (pieces := _line_items(b.text, opened)):
            # ("Not started yet: work has not begun. Waiting to hear: no reply yet." two lines run into one)
            items.extend((w, d, range(i, i + 1)) for w, d in pieces[:-1])
            item, line = pieces[-1], True
        elif not b.cells and len(b.text) < 2 * KEY_LINE_CHARS and (w := _word_used_alone(b.text, alone)):
            # "Embedding Actions complete; impact still to be tested": the word set as a chip
            # before its meaning, no stop between, and used alone in the tracker it explains
            item = (w, b.text.strip()[len(w):].strip())
            leading.add(w)
        elif i + 1 < len(blocks) and blocks[i + 1].kind != "table_row" \
                and _reads_as_meaning(blocks[i + 1].text, opened) and not _WORD_ITEM.match(blocks[i + 1].text.strip()) \
                and not _WORDS_KEY_TERMS.search(blocks[i + 1].text):
            # (a title over "Word: meaning" lines is no word of its own: the line below it is an item;
            # nor is a case's heading over a key's title a word the title defines)
            # the word on a line of its own (set in bold, or after the chip it names), its meaning below
            item, used = (_CHIP_SAID.sub("", b.text).strip(), blocks[i + 1].text.strip()), 2
        if item and _may_be_word(item[0]):
            items.append((*item, range(i, i + used)))
            lines = lines or line
            i += used
            continue
        close()
        opened = len(b.text) < KEY_LINE_CHARS and bool(_WORDS_KEY_TERMS.search(b.text))
        i += 1
    close()
    return StatusWords(out, frozenset(keys))


#: where a line run into the one before it begins: a new sentence opening on "Word(s):"
_NEXT_ITEM = re.compile(r"(?<=[.;])\s+(?=[A-Z][A-Za-z'-]*(?: [A-Za-z'-]+){0,3}\s*:\s)")


def _paired_cells(b) -> list[tuple[str, str]]:
    """A row (no header) of four, six or eight cells alternating a short word and a sentence defining it."""
    cells = [c.text.strip() for c in b.cells]
    if b.is_header or len(cells) not in (4, 6, 8):
        return []
    pairs = list(zip(cells[::2], cells[1::2]))
    # (each meaning a sentence: a table's header "Recommendation | Signed and sealed | Well along | ..." is none)
    if all(w and len(w.split()) <= OWN_WORD_WORDS and len(d.split()) > MEANING_MIN_SENTENCE and d.endswith(".")
           for w, d in pairs):
        return pairs
    return []


def _line_items(text: str, opened: bool) -> list[tuple[str, str]]:
    """The "Word: meaning" items of a key's line ("Getting there: work has started"), two or more
    where a reader ran the lines together; none unless every piece is one."""
    out = []
    for piece in _NEXT_ITEM.split(text.strip()):
        while (chip := piece.split(":", 1))[0].strip().lower() in COLOURS and len(chip) == 2:
            piece = chip[1].strip()  # "Green: Finished: ...": the swatch a reader named before the word
        m = _WORD_ITEM.match(piece)
        if not (m and _may_be_word(m["w"].strip()) and len(m["d"].split()) >= LINE_MEANING_WORDS
                and (opened or states_status(m["d"]) or phrase("status_not_known").search(m["d"]))):
            return []  # (under a key's title, any meaning: "no update yet")
        out.append((m["w"].strip(), m["d"].strip()))
    return out


def _reads_as_meaning(text: str, opened: bool) -> bool:
    """A line under a key's word that defines it: a sentence longer than a word of the key, or
    under a key's title any full sentence ("Work has not begun.")."""
    words = len(text.split())
    if words > MEANING_WORDS:
        return False
    return words >= MEANING_MIN_WORDS or opened and words >= MEANING_MIN_SENTENCE and text.rstrip().endswith(".")


#: a lead-in naming the words it goes on to define ("Our progress words. ... one of five phrases:")
_KEY_LEAD_WORDS = re.compile(r"\b(?:words|phrases|terms)\b", re.I)
#: where the items of a key set in one paragraph part: a tick box or bullet before each word, or a stop
_INLINE_ITEM_CUT = re.compile(f"\\s*[{_TICKED}{_EMPTY_BOX}\u2022\u25cf]\ufe0f?\\s*|(?<=[.;])\\s+")


def _inline_word_key(text: str) -> list[tuple[str, str]]:
    """The items of a key of words given in one paragraph that says it is one before them
    ("Progress key: ☒ Delivered – the action is finished. ☒ Developing – work has started ...";
    "Our progress words. ... one of five phrases: DONE — the action is finished; NOT YET — ..."):
    two or more "Word – meaning" pieces, each opening on a tick box, a bullet, a new sentence or
    clause, or the colon after the lead-in."""
    if len(text) > 6 * KEY_LINE_CHARS:
        return []
    items, lead, at = [], None, 0
    for piece in _INLINE_ITEM_CUT.split(text):
        start = text.find(piece, at)
        at = start + len(piece)
        if ":" in piece and _WORD_ITEM.match(piece.rsplit(":", 1)[1].strip()):
            piece = piece.rsplit(":", 1)[1]  # "... one of five phrases: DONE — the action ..."
        m = _WORD_ITEM.match(piece.strip())
        if m and len(m["w"].split()) <= OWN_WORD_WORDS and len(m["d"].split()) >= LINE_MEANING_WORDS \
                and not _WORDS_KEY_TERMS.search(m["w"]):
            lead = text[:start + len(piece) - len(piece.lstrip())] if lead is None else lead
            items.append((m["w"].strip(), m["d"].strip()))
    if len(items) < 2 or lead is None or not (_WORDS_KEY_TERMS.search(lead) or _KEY_LEAD_WORDS.search(lead)):
        return []
    return items


def _word_used_alone(text: str, alone: Counter) -> str | None:
    """The longest few words opening a text that stand alone elsewhere in the report (a cell, a
    line of their own), with words after them."""
    words = text.split()
    for n in range(min(OWN_WORD_WORDS, len(words) - 1), 0, -1):
        if alone[" ".join(words[:n]).lower()] >= 1:
            return " ".join(words[:n])
    return None


def _meaning(text: str, docs: "Analyses") -> str | None:
    """The status a key's definition of a word states ("work has been done but is not complete":
    done in part), if one; "unknown" where it says the state is not known."""
    if phrase("status_not_known").search(text):
        return "unknown"
    d = docs.full(text)
    found = {_denied(x.id_, _negator(d, x.start, 0)) for x in span_group(d, "status")
             if x.label_ in ("STATUS", "STATUS_CELL", "STATUS_CELL_ONLY")} - {None} if d is not None else set()
    return (found.pop() if len(found) == 1 else "in_progress") if found else None


def _may_be_word(word: str) -> bool:
    """A label a key of words may define, as far as its letters tell: a few words opening with
    a capital (a key's word is set apart as a label), no number, no colour or symbol, no field
    ("Status", "Lead"), no word calling a key one."""
    if not word or not word[0].isupper() or len(word.split()) > OWN_WORD_WORDS or any(ch.isdigit() for ch in word):
        return False
    return not (word.lower() in COLOURS or symbol_of(word.lower()) or label_of(word + ":") is not None
                or _WORDS_KEY_TERMS.search(word))


def _names_nothing(word: str, docs: "Analyses") -> bool:
    """A key's word names no body and no review ("Police", "Child H" are no statuses)."""
    d = docs.full(word)
    return d is not None and not d.ents and not case_names(d)


def _key_of_block(text: str) -> list[tuple[str, str]] | None:
    """The items of a block that is a colour key on its own ("Key: Green = complete; Amber = on track")."""
    # asked of every block: the patterns are searched only in a block holding one of their words
    if not search(_RATED_COLOUR, text) and not (len(text) < 400 and search(_KEY_TERMS, text)) \
            and not names_symbols(text):
        return None
    items = key_items(text)
    if len(items) >= 2 or (items and re.search(r"\bkey\b|\brag\b|\bratings?\b", text, re.I)):
        return items
    return None


def _key_from(items: list[tuple[str, str]], docs: Analyses) -> RagKey:
    colours = {}
    for colour, definition in items:
        d = docs.full(definition)
        codes = [s.id_ for s in span_group(d, "status") if s.label_ in ("STATUS", "STATUS_CELL", "STATUS_CELL_ONLY")] if d is not None else []
        if codes:
            colours[colour] = codes[0]
    # two colours meaning "complete": by convention the lesser colour is the partial one
    # ("Green = complete and impact evidenced; Amber = complete, impact not yet evidenced")
    ranked = [c for c in ("blue", "green", "amber") if colours.get(c) == "completed"]
    for lesser in ranked[1:]:
        colours[lesser] = "in_progress"
    return RagKey(colours)



#: a recommendation number in a list of them ("1", "4a", "R2")
_LISTED_NUMBER = re.compile(r"^(?:R|Rec\.?)?(\d{1,2}[a-z]?)$", re.I)
_NUMBER_GROUP_OPENERS = {"recommendation", "recommendations", "recs", "rec", "numbers", "nos"}
_NUMBER_JOINERS = {",", "and", "&", "to", "-", "\u2013", "or"}
_RANGE_JOINERS = {"to", "-", "\u2013"}
#: at most this many words between the last number of a group and its status ("have now been fully")
_NUMBER_STATUS_GAP = 6


def numbered_statuses(doc: Doc, key: RagKey | None = None) -> dict[str, str]:
    """Statuses a sentence gives recommendations by number: "Recommendations 1 and 4 are
    complete; 2, 3 and 5 remain in progress" -> {"1": completed, "4": completed, "2": in_progress, ...}.

    A group of numbers counts only when "recommendation(s)" opens it, or when it follows a
    group already given a status in the same sentence, so a count ("Of the six
    recommendations, 4 are complete") assigns nothing.
    """
    out: dict[str, str] = {}
    starts = {s.start: s for s in span_group(doc, "status")
              if s.label_ in ("STATUS", "STATUS_CELL", "STATUS_CELL_ONLY", "RAG")}
    # a date between the number and its status is neither ("Recommendation 2, status at 31
    # March 2017: Amber")
    dated = {i for d in span_group(doc, "dates") for i in range(d.start, d.end)}
    # nor is the review's name ("recommendations 1, 3 and 5 of the Child R review are complete")
    named = {i for c in span_group(doc, "cases") for i in range(c.start, c.end)}
    for sent in doc.sents:
        pending: list[str] = []
        last = opened = continued = False
        for tok in sent:
            span = starts.get(tok.i)
            if span is not None:
                status = (key or RagKey()).status(span.id_) if span.label_ == "RAG" else span.id_
                gap = tok.i - last - sum(1 for i in range(last + 1, tok.i) if i in dated or i in named)
                if pending and (opened or continued) and status and gap <= _NUMBER_STATUS_GAP:
                    out.update({n: status for n in pending if n not in out})
                    continued = True
                pending = []
                continue
            m = _LISTED_NUMBER.match(tok.text) if tok.i not in dated else None
            if m is None or (tok.i + 1 < len(doc) and doc[tok.i + 1].lower_.startswith("recommendation")):
                continue
            if not pending or any(t.lower_ not in _NUMBER_JOINERS for t in doc[last + 1:tok.i]):
                pending = []  # a new group: "At 31 March ... recommendations 1 and 4"
                opened = tok.i > sent.start and doc[tok.i - 1].lower_ in _NUMBER_GROUP_OPENERS
            number = m.group(1).lower()
            if pending and pending[-1].isdigit() and number.isdigit() and any(
                    t.lower_ in _RANGE_JOINERS for t in doc[last + 1:tok.i]):  # "2 to 4"
                pending.extend(str(n) for n in range(int(pending[-1]) + 1, int(number)))
            pending.append(number)
            last = tok.i
    return out


#: "(1) Open  (2) Embedded  (3) Closed": a chip per recommendation, each after its number in brackets
_STRIP_ITEM = re.compile(r"\((\d{1,2})\)\s*([^()]{2,30}?)\s*(?=\(\d{1,2}\)|$)")


def status_strip(text: str) -> dict[str, str]:
    """The statuses a strip of chips gives recommendations by number ("Where we are now (1) Open
    (2) Embedded (3) Closed"), when every item after a number is a status word and nothing else."""
    items = list(_STRIP_ITEM.finditer(text))
    if len(items) < 2 or not all(is_status_chip(m.group(2)) for m in items):
        return {}
    return {m.group(1): status for m in items if (status := chip_status(m.group(2)))}


def apply_numbered_statuses(drafts: list, case: str | None, statuses: dict[str, str], rated: bool = False) -> None:
    """Gives drafts of `case` the status a sentence stated for their number, where they have none
    or only one read from their progress's words ("signed off recommendations 1 and 4 as
    complete" over "The team now receives a daily list"); `rated`: a chip per number rates
    them, whatever their texts suggested."""
    for d in drafts:
        number = re.sub(r"^(?:R|Rec\.?\s*)", "", (d.number or ""), flags=re.I).lower()
        if (d.status == "unknown" or d.narrated or rated) and number in statuses and (case is None or d.scr in (case, None)):
            d.status = statuses[number]


#: a status matrix numbers its columns by recommendation: 1, 2, 3 ... (at least this many)
MATRIX_COLUMNS = 3


def status_matrix(rows: list, key: RagKey | None, doc_of) -> list[tuple[str, dict[str, str]]] | None:
    """A table of reviews against recommendation numbers ("Review | 1 | 2 | 3 ..." over
    "Child R (2018) | P | C | P"), each cell a code, word or colour the key reads: the statuses
    of each review's recommendations by number, or None for any other table. `doc_of` gives a
    text's analysis (the review cells are asked for the case they name)."""
    if len(rows) < 2:
        return None
    numbers = [c.text.strip() for c in rows[0].cells[1:]]
    if len(numbers) < MATRIX_COLUMNS or numbers != [str(k + 1) for k in range(len(numbers))]:
        return None
    out = []
    for row in rows[1:]:
        if not row.cells:
            continue
        names = case_names(doc_of(row.cells[0].text)) if row.cells[0].text.strip() else []
        if not names:
            continue
        statuses: dict[str, str] = {}
        for number, cell in zip(numbers, row.cells[1:]):
            said = cell.text.strip()
            st = cell_status(said, doc_of(said), key) if said else fill_status(cell, key)
            if st != "unknown":
                statuses[number] = st
        out.append((re.sub(r"\s*\([^()]*\)$", "", names[0]), statuses))  # "Child R (2018)": the case's name
    return out if any(statuses for _, statuses in out) else None
