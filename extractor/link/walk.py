"""The state of the walk over a report's blocks, shared by the readers of each entry style.

The walk goes once through the blocks in order; the current SCR, the open entry and any
status a heading or lead-in states for the list below it carry from one block to the next.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Doc

from ..document import Block, Document
from ..lexicon import chip_status
from ..ratings import COLOURS, RagKey, symbol_of
from ..structure import CANDIDATE, Section
from .draft import Draft, case_names, cues, window
from .labels import label_of
from .status import cell_status, narrative_status, share_done, status_only
from .tables import TableView

if TYPE_CHECKING:
    from ..nlp import Analyses

REC_HEADING = re.compile(r"^(?:[\d.]+\s*)?(?:the (?:review's |scr's )?)?recommendations?(?: of the review| made| from the review)?$|"
                         r"what the review (?:said|asked|recommended)|"
                         r"what (?:we were|the (?:board|partnership|partners) (?:was|were)) asked to do", re.I)
ACTION_HEADING = re.compile(r"what (?:has|have we|we have|partners have) (?:been )?(?:changed|done)|"
                            r"what(?:'s|\u2019s) (?:been )?(?:changed|done|happened)|what we(?:'ve|\u2019ve) done|"
                            r"actions? taken|changes made|"
                            r"what has happened|impact of the review|response to the review|what we did|progress (?:made|so far|on)|"
                            r"\bresponses? (?:of|from|by) (?:the )?(?:agencies|partners|organisations)|"
                            r"\b(?:agencies|agency|partners|partner)'? responses?\b",
                            re.I)
#: a heading or lead-in that may state the status of a whole list: it names what the list holds
_LIST_SUBJECT = re.compile(r"\b(?:actions?|recommendations?|work|changes|improvements?|tasks?|areas? for improvement)\b", re.I)
#: a heading that is a status and no more is this short ("Still on the starting line")
STATUS_HEADING_WORDS = 5
#: and a status word (the status lexicon then says which)
_LIST_STATUS_WORD = re.compile(r"\bcomplet|\bclosed\b|\boutstanding\b|\bprogress|\bongoing\b|\bon-going\b|\bstarted\b|"
                               r"\bimplemented\b|\bachieved\b|\bmet\b|\bunderway\b|\bunder way\b|\bopen\b|\bsigned off\b|"
                               r"\bembedded\b|\bbegun\b|\bdelayed\b|\boverdue\b|\bcarried (?:forward|over)\b|\brolled (?:forward|over)\b", re.I)


#: a run of paragraphs numbered N.1, N.2, ... at least this long may be the report's own paragraph numbering
PARAGRAPH_RUN_MIN = 3


def paragraph_numbering(blocks: list[Block], docs: dict[str, Doc]) -> set[int]:
    """Indices of paragraphs whose "4.7" is the report's paragraph number, not a recommendation's.

    A report that numbers its paragraphs (4.1, 4.2, 4.3 ...) numbers narrative and recommending
    paragraphs alike: a run of consecutively numbered paragraphs in which some paragraph states
    no recommendation is such a numbering; a run of recommendations numbered 4.1, 4.2 ... is not.
    """
    runs: list[list[tuple[int, bool]]] = []
    last: tuple[str, int] | None = None
    for i, b in enumerate(blocks):
        if b.kind not in ("paragraph", "list_item"):  # (Word's own numbering makes them list items)
            continue
        m = _PARAGRAPH_NUMBER.match(b.text)
        if m is None:
            continue
        chapter, k = m["chapter"], int(m["k"])
        nd = docs.get(b.text)
        recommending = nd is None or "REC_CUE" in cues(nd)
        if last is not None and last[0] == chapter and k == last[1] + 1:
            runs[-1].append((i, recommending))
        else:
            runs.append([(i, recommending)])
        last = (chapter, k)
    return {i for run in runs if len(run) >= PARAGRAPH_RUN_MIN and not all(r for _, r in run) for i, _ in run}


_PARAGRAPH_NUMBER = re.compile(r"^(?P<chapter>\d{1,2})\.(?P<k>\d{1,2})\s+(?=[A-Z])")


#: a status set after a recommendation's text: in brackets, or a few words after its last full stop
_TRAILING_CHIP = re.compile(r"(?:\s*[\[(](?P<bracketed>[^\[\]()]{2,40})[\])]|(?<=[.;])\s+(?P<bare>[A-Za-z][A-Za-z '\u2019-]{1,40}))\s*$")
_LEADING_CHIP = re.compile(r"^\s*(?:[\[(](?P<bracketed>[^\[\]()]{2,40})[\])]\s*[:\u2013\u2014-]?"
                           r"|(?P<bare>[A-Za-z][A-Za-z '\u2019]{1,30}?)\s*(?:[:|]|\s[\u2013\u2014-])"
                           # a colour chip read into the start of the text it rates ("Red Northwick Police should")
                           rf"|(?P<colour>{'|'.join(c.capitalize() for c in COLOURS)})(?=\s+[A-Z]))\s+")
#: a status pill read run into the sentence after it is this many words at most
RUN_IN_CHIP_WORDS = 4
_STATUS_LABEL = re.compile(r"^(?:status|rag(?: rating| status)?|progress|rating)\s*[:\u2013\u2014-]\s*", re.I)


class Walk:
    """The current SCR, open entry, drafts so far and colour keys of one walk over the blocks."""

    def __init__(self, doc: Document, secs: list[Section], docs: Analyses,
                 keys: list[tuple[int, RagKey]], candidates: set[int]):
        self.doc = doc
        self.blocks = doc.blocks
        self.secs = secs
        self.docs = docs
        self.keys = keys
        self.candidates = candidates
        self.drafts: list[Draft] = []
        self.open: Draft | None = None
        self.case_heading: tuple[str, int] | None = None
        self.case_heading_at = -1                # the index of the heading that named that case
        self.case_para: str | None = None
        self.case_recent: str | None = None
        self.rec_context = False
        self.list_run = 0
        self.intro: str | None = None
        self.heading_level = 0                   # the level of the last heading
        self.actions_follow: int | None = None   # a lead-in announced actions under a heading of this level
        self.reported: Draft | None = None       # the action-only entry of the last paragraph, which a chip below may rate
        self.chip_ahead: str | None = None       # a chip seen before the entry it rates (an action, a card's label)
        self.chips_lead: str | None = None       # the case whose layout sets each chip before its entry
        self.case_status: dict[str, str] = {}   # a status said of all the recommendations of a case
        self.status_lines_lead: tuple | None = None  # (the case) whose "Status:" lines come before its entries
        self.last_view: TableView | None = None
        self.pending_number: str | None = None
        self.last_row_draft: Draft | None = None
        self.last_record: tuple[int, Draft] | None = None  # the last record table and its entry
        self.heading_status: str | None = None   # "Actions completed this year": until the next heading
        self.guide = False                       # under "How to read the cards": a guide to the fields, no entries
        self.stated_counts: dict[str, int] = {}   # case -> "the review made five recommendations"
        self.lead_status: str | None = None      # "The following actions are in progress:": until the next paragraph
        self.paragraph_numbered = paragraph_numbering(self.blocks, docs)
        self.status_groups = status_group_headings(self.blocks, docs, secs)  # heading index -> the status it groups
        self.at = 0                              # the index of the block being read
        self.pending_status: str | None = None   # the status a badge gave with its number ("Recommendation 2 (on track)")
        self.unclaimed: int | None = None        # a recommending paragraph that made no entry (Linker.open_unlabelled)
        self.action_heading: str | None = None   # "Action taken" set as a heading under the open entry: its text follows
        self.under_heading = 0                   # entries made since the last heading
        self.closed: Draft | None = None         # the entry a paragraph closed, which a chip at its card's foot may rate
        self.aside_field = False                 # a label of the open entry's other fields ("Why"): its text follows

    def current_case(self) -> str | None:
        """The case named most recently: in a heading, caption or paragraph since that heading."""
        if self.case_para:
            return self.case_para
        if self.case_heading:
            return self.case_heading[0]
        return self.case_recent

    def list_status_of(self, text: str, doc: Doc | None = None) -> str | None:
        """The status a heading, run-in heading or lead-in states of the whole list below it.

        Only when it speaks of actions or recommendations ("Actions completed this year",
        "Recommendations not yet started", "The following actions are still in progress:"),
        and not an action heading such as "What has been done".
        """
        if not _LIST_SUBJECT.search(text) or ACTION_HEADING.search(text) and not _LIST_STATUS_WORD.search(text):
            return None
        if not _LIST_STATUS_WORD.search(text):
            return None
        if doc is None or "status" not in window(doc)[0].spans:
            doc = self.docs.full(text)  # a heading or lead-in planned light has no status spans
        return narrative_status(doc)

    def badge_status(self, rest: str) -> str | None:
        """The status a recommendation's badge gives after its number ("— Complete", "(on track)",
        "| Not started"): only when that is all it says."""
        text = rest.strip(" ()[]|·•-–—:")
        if not text or len(text.split()) > 5:
            return None
        doc = self.docs.full(text)  # a heading's words may be planned light, without status spans
        key = self.key_for(self.at)
        if not status_only(doc) and not (key is not None and symbol_of(text) in key.colours):
            return None  # (a symbol the report's key defines, as "●", is a status too)
        st = cell_status(text, doc, self.key_for(self.at))
        return st if st != "unknown" else None

    def title_chip(self, rest: str) -> str | None:
        """The status of a chip set at the end of a card's title ("children found out of area
        Delivered", the pill beside a heading): its last words when they are a status word of
        models/status.jsonl and nothing else, after a title of its own."""
        words = rest.split()
        for k in (3, 2, 1):
            if len(words) > k and (st := chip_status(" ".join(words[-k:]))):
                return st
        return None

    def rate_reported(self, text: str) -> bool:
        """A chip (a status word, a percentage or a symbol alone) among the action-only entries a
        lead-in announced: it rates the entry just reported or, when this layout's first chip came
        before any entry, the next one. True when `text` was such a chip."""
        if self.actions_follow is None and self.reported is None:
            return False
        status = self.badge_status(text)
        if status is None:
            first, _, label = text.partition(" ")
            status = self.badge_status(first) if len(first) == 1 and not first.isalnum() and label else None
            if status is None or self.actions_follow is None:
                return False
            # "◐ CHILDREN'S SOCIAL CARE": a symbol set on the label line of the entry below it
            self.chip_ahead, self.chips_lead = status, self.current_case()
            return True
        if self.reported is not None and self.reported.status == "unknown" and self.chips_lead != self.current_case():
            self.reported.status = status
        elif self.actions_follow is not None:
            self.chip_ahead = status
        else:
            return False
        return True

    def next_is_rec_label(self) -> bool:
        """The block after the one being read labels a recommendation ("LCSPR Recommendation 2")."""
        following = self.blocks[self.at + 1] if self.at + 1 < len(self.blocks) else None
        lab = label_of(following.text) if following is not None and following.kind in ("heading", "paragraph") else None
        return lab is not None and lab.kind == "rec_label"

    def take_chip_ahead(self, d: Draft) -> None:
        """An action-only entry just made takes the chip seen before it."""
        if self.chip_ahead is not None:
            d.status = self.chip_ahead if d.status == "unknown" else d.status
            self.chip_ahead, self.chips_lead = None, self.current_case()

    def end_announced_actions(self) -> None:
        self.actions_follow = self.reported = self.chip_ahead = None

    def own_chip(self, text: str) -> tuple[str, str] | None:
        """A status set at the end of a recommendation's own text ("... lead professional.
        [Complete]", "... each week. (Status: in progress)", "... policy. Not started") or at its
        start ("COMPLETE – The CCG should ...", "[Ongoing] The LSCB should ..."): the text
        without it, and the status. Only a bracketed status, a few words after the last full
        stop, or a few words before a dash or colon that opens the text, that are a status and
        nothing else."""
        found = []
        if (trailing := _TRAILING_CHIP.search(text)) is not None:
            found.append((trailing, text[:trailing.start()].rstrip()))
        if (leading := _LEADING_CHIP.match(text)) is not None:
            found.append((leading, text[leading.end():].lstrip()))
        for m, rest in found:
            chip = (m["bracketed"] or m["bare"] or m.groupdict().get("colour") or "").strip()
            head = _STATUS_LABEL.match(chip)
            chip = chip[head.end():].strip() if head else chip
            if not chip or len(chip.split()) > 5:
                continue
            if (st := self.chip_status(chip)) is not None and len(rest.split()) >= 4:
                return rest, st
        return None

    def chip_status(self, chip: str) -> str | None:
        """The status a few words set apart as a chip give, when they are a status and nothing else."""
        doc = self.docs.full(chip)
        if not status_only(doc):
            return None
        st = cell_status(chip, doc, self.key_for(self.at))
        return None if st == "unknown" else st

    def run_in_chip(self, text: str) -> tuple[str, str] | None:
        """A status set as a pill before a field's sentence and read run into it, no stop between
        ("All done The sub-group signed this off in March 2017."): the sentence, and the status.
        Only a few words that are a status and nothing else, before a capital."""
        words = text.split()
        for k in range(1, min(RUN_IN_CHIP_WORDS, len(words) - 4) + 1):  # ("All done The Sub-group": not "All done The")
            if not words[k][:1].isupper():
                continue
            chip = " ".join(words[:k])
            if len(chip) < 3:
                continue  # "A CSE form was added": an article, no RAG letter
            if (st := self.chip_status(chip)) is not None:
                return " ".join(words[k:]), st
        return None

    def see_mentions(self, doc: Doc | None) -> None:
        """A paragraph naming one case makes it current; one comparing several names leaves it."""
        names = list(dict.fromkeys(case_names(doc)))
        if len(names) == 1 or (names and self.current_case() not in names):
            self.case_para = names[-1]
            self.case_recent = names[-1]

    def key_for(self, index: int, end: int | None = None) -> RagKey | None:
        """The colour key that governs block `index` (a table spanning index..end).

        Nearest first: a key in the same section before it, then one just below it (a key
        printed under its table), then any earlier key, then any later one.
        """
        end = index if end is None else end
        start = self.secs[index].start if index < len(self.secs) else 0
        # the enclosing top-level section: keys often sit under the parent heading
        top = max((s.start for s in self.secs[:index + 1] if s.level <= 1 and s.start <= index), default=0)
        same = [k for i, k in self.keys if min(start, top) <= i < index]
        if same:
            return same[-1]
        below = [k for i, k in self.keys if end < i <= end + 4]
        if below:
            return below[0]
        before = [k for i, k in self.keys if i < index]
        if before:
            return before[-1]
        after = [k for i, k in self.keys if i > index]
        return after[0] if after else None

    def new(self, kind: str, block: Block, sec: Section, number: str | None, text: str | None,
            action: str | None = None) -> Draft:
        d = Draft(kind, self.current_case(), number, text, action, block.page, sec.category)
        d.list_status = self.lead_status or self.heading_status
        d.ink = block.ink
        self.drafts.append(d)
        self.under_heading += 1
        return d


#: a recommendation stated ("asked" is too often a story's word: "she was rarely asked")
_STATES = re.compile(r"\b(?:should|must|recommended that)\b", re.I)


def status_group_headings(blocks: list[Block], docs: "Analyses", secs: list[Section] | None = None) -> dict[int, str]:
    """Headings that group the entries below them by how far they have got ("Job done", "On the
    go", "Still on the starting line", in the lexicon's words or the report's key's): headings
    that are a status and no more, the first of which, under the heading above them, comes before
    any recommendation is stated. (A status set as a heading after each entry rates the entry
    above it, and the first one follows a recommendation.)"""
    out: dict[int, str] = {}
    parent_of: dict[int, int] = {}
    for i, b in enumerate(blocks):
        if b.kind != "heading" or not b.level or len(b.text.split()) > STATUS_HEADING_WORDS \
                or secs is not None and secs[i].category not in CANDIDATE:
            continue  # (only where entries are read: a heading elsewhere groups none, and is not analysed)
        doc = docs.full(b.text)
        if share_done(b.text) is not None or not status_only(doc) or (said := cell_status(b.text, doc, None)) == "unknown":
            continue  # ("50% complete" under "Progress" is a card's figure, never a group's name)
        stated = False  # a recommendation stated between it and the heading above
        for j in range(i - 1, -1, -1):
            x = blocks[j]
            if x.kind != "heading":
                stated = stated or bool(_STATES.search(x.text)) or (lab := label_of(x.text)) is not None and lab.kind == "rec_label"
            elif j in out or x.level and x.level < b.level and not stated:
                out[i] = said  # a group's sibling above it, or the parent heading before any entry
                parent_of[i] = parent_of.get(j, j)
                break
            elif x.level and x.level <= b.level:
                break
    # groups are two or more under one heading, each status once ("Completed" after one entry and
    # again after the next rates each)
    under: dict[int, list[int]] = {}
    for i, parent in parent_of.items():
        under.setdefault(parent, []).append(i)
    for heads in under.values():
        texts = [blocks[i].text.strip().lower() for i in heads]
        if len(heads) < 2 or len(set(texts)) < len(texts):
            for i in heads:
                del out[i]
    return out

