"""Sections: which parts of a report speak of serious case reviews.

Every heading is matched against the header rules of models/sections.jsonl
(first rule that matches wins) and gets a category:

- ``scr``      the case-review section proper ("Serious Case Reviews", "Child D",
               "Appendix 2: SCR action plan"); a heading that only names a case (rule
               category ``scr_case``) is one unless it stands under another review type;
- ``scr_weak`` may hold SCR material ("Learning and improvement");
- ``other_review`` other review types and plans (Ofsted, CDOP, DHR, LADO, learning
               and rapid reviews, business plan, section 11, peer review);
- ``not_scr``  generic business (budget, training, audits, performance ...);
- ``general``  anything else.

Body text inherits the category of its nearest heading; a nested heading that
matches no rule inherits its parent's, one that matches refines it, except that a
generic ``not_scr`` topic ("Training", "Audit of impact") nested in an SCR section
stays SCR material. A ``general`` section whose text names SCRs at least twice is
promoted to ``scr_weak`` (a case-review section under an unrecognised heading). A table takes
the category of its caption (the short paragraph just before it) when the caption
matches a rule, so an "Ofsted recommendations" table inside a general section is
not_scr and a "Child M action plan" table is scr.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .document import Block, Document
from .lexicon import first_match, rules, search

CANDIDATE = ("scr", "scr_weak")
CAPTION_MAX = 120
_CAPTION_START = ("table", "figure", "appendix", "annex")


@dataclass(frozen=True)
class Section:
    """The heading a block sits under and the category it gives the block."""

    heading: str | None
    level: int
    category: str
    start: int          # index of the heading block (or 0 before any heading)


def categorise(text: str) -> str | None:
    """Category of a heading or caption text by the first matching rule, or None."""
    kind = rule_category(text)
    return "scr" if kind == "scr_case" else kind


def rule_category(text: str) -> str | None:
    """As categorise, but a text that only names a case is ``scr_case`` (its parent may overrule it)."""
    rule = first_match("sections.jsonl", text)
    return rule.kind if rule else None


@lru_cache(maxsize=1)
def _scr_alternations() -> tuple[re.Pattern, ...]:
    """The "scr" rules joined into one pattern per case mode (one search instead of many)."""
    out = []
    for sensitive in (False, True):
        parts = [r.regex.pattern for r in rules("sections.jsonl")
                 if r.kind in ("scr", "scr_case") and bool(r.regex.flags & re.IGNORECASE) != sensitive]
        if parts:
            out.append(re.compile("|".join(f"(?:{p})" for p in parts), 0 if sensitive else re.IGNORECASE))
    return tuple(out)


def names_scr(text: str) -> bool:
    """True when a text names an SCR (any "scr" rule of models/sections.jsonl matches)."""
    # lexicon.search skips the alternations' walk over a block lacking every word they need
    for rx in _scr_alternations():
        if search(rx, text):
            return True
    return False


def caption_of(blocks: list[Block], i: int) -> str | None:
    """The caption of the table whose first row is blocks[i]: the short block just before it."""
    if i == 0:
        return None
    prev = blocks[i - 1]
    if prev.kind == "heading" or prev.kind == "paragraph" and (
            len(prev.text) <= CAPTION_MAX or prev.text.lower().startswith(_CAPTION_START)):
        return prev.text
    return None


#: a number set large on its own (a card's badge, "1", "2."): a PDF reader takes it for a heading,
#: but it opens no section
#: a card's number set large on its own ("2", "(3)"): a badge, no section's title
BADGE = re.compile(r"^\s*\(?\d{1,2}[.)]?\s*$")
#: a card's number and title in one heading ("1 Return home interviews that count"); a section
#: number written with a leading zero ("06 Serious case reviews") is no card's
_CARD_TITLE = re.compile(r"^\s*([1-9]\d?)[.)]?\s+[A-Za-z]")

def _numbers_card(block: Block) -> bool:
    """A recommendation's label and number alone on a line ("Recommendation 4"), as set over a
    card's title (models/labels.jsonl)."""
    text = block.text.strip()
    if block.kind not in ("paragraph", "heading") or len(text) > 30:
        return False
    return any(r.kind == "rec_label" and (m := r.regex.match(text)) and m.groupdict().get("num")
               and not text[m.end():].strip() for r in rules("labels.jsonl"))


KICKER_MAX_WORDS = 14
#: a figure set large, maybe with its few words in lower case: "80%", "2,318", "£264,500", "4 children"
_FIGURE = re.compile(r"[£$]?\d[\d,.]*\s*%?(?:\s+[a-z][a-z-]*){0,3}")
#: a field label is this short
_LABEL_MAX_CHARS = 40
_LABEL_MAX_WORDS = 3


#: a sentence or more quoted whole: a pull quote set large, no section's title
_PULL_QUOTE = re.compile(r"[\"\u201c\u2018](?:\S+\s+){5,}\S+[\"\u201d\u2019]")


def furniture_heading(text: str) -> bool:
    """A heading that is a card's furniture, not a section's title: a field label set large
    ("1 RECOMMENDATION", "Action taken", "Progress"), a figure ("80%") or a symbol. It opens no section:
    what follows it stays in the section the card is in."""
    if _FIGURE.fullmatch(text.strip()) or (text.strip() and len(text.strip()) <= 3
                                            and not any(ch.isalnum() for ch in text)):
        return True  # a figure, or a symbol set large ("✔", "◐")
    if _PULL_QUOTE.fullmatch(text.strip()):
        return True  # a pull quote set large ("“Nobody asked who else was living there.”")
    t = re.sub(r"^\s*\(?\d{1,2}[.)]?\s+", "", text).strip().rstrip(":").strip()
    if _FIGURE.fullmatch(t):
        return True
    if not t or len(t) > _LABEL_MAX_CHARS or (len(t.split()) > _LABEL_MAX_WORDS and not t.isupper()):
        return False  # "Progress against our priorities" titles a section
    rule = first_match("labels.jsonl", t + ":")
    if rule is None or rule.kind in ("number_label", "card_number"):
        return False
    m = rule.regex.match(t + ":")
    return m is not None and not (t + ":")[m.end():].strip()


def _kicker_category(blocks: list[Block], i: int) -> str | None:
    """The category the kicker of heading blocks[i] gives it: a short line set just above a
    heading in smaller type ("Serious case review · Child J · Recommendation 2 of 5" above
    "Who was she with?"). Designed pages and slides name the section there, not in the
    heading, and their headings stand at the level of the section they belong to."""
    if i == 0:
        return None
    kicker, heading = blocks[i - 1], blocks[i]
    if len(kicker.text.split()) > KICKER_MAX_WORDS or kicker.text.rstrip().endswith((".", ":", ";", ",")):
        return None
    if kicker.kind == "heading" and not (kicker.level and heading.level and kicker.level > heading.level):
        return None
    if kicker.kind not in ("heading", "paragraph"):
        return None
    category = categorise(kicker.text)
    return category if category in ("scr", "other_review") else None


def sections(doc: Document) -> list[Section]:
    """The Section of every block, in block order."""
    out: list[Section] = []
    stack: list[Section] = []
    table_section: dict[int, Section] = {}
    cards: dict[int, int] = {}  # candidate section (start) -> number of its last card title
    for i, block in enumerate(doc.blocks):
        home = _card_home(stack, block) if block.kind == "heading" else None
        if home is not None and (m := _CARD_TITLE.match(block.text)) \
                and int(m[1]) in (1, cards.get(home.start, 0) + 1) \
                and rule_category(block.text) in (None, "general", "not_scr"):
            # "1 Return home interviews that count", "2 One screening tool ...": the titles of a
            # review's numbered cards, set as large as the section's own heading, open no
            # section, and close the headings inside the card before (its lead set as a tag)
            cards[home.start] = int(m[1])
            while stack[-1] is not home:
                stack.pop()
            out.append(home)
            continue
        if block.kind == "heading" and not BADGE.match(block.text) and not furniture_heading(block.text):
            level = block.level or 1
            while stack and stack[-1].level >= level:
                stack.pop()
            own = rule_category(block.text)
            if own in (None, "not_scr", "general"):
                own = _kicker_category(doc.blocks, i) or own
            parent = stack[-1].category if stack else "general"
            if own == "scr_case":  # "Child D" under "Rapid reviews" is a rapid review, not an SCR
                own = parent if parent == "other_review" else "scr" if parent in CANDIDATE else "scr_weak"
            if own == "not_scr" and parent in CANDIDATE:
                own = None
            if own in ("general", "not_scr") and parent in CANDIDATE and i > 0 and _numbers_card(doc.blocks[i - 1]):
                own = None  # "Recommendation 4" over "Reduced timetables are known about": the card's title
            sec = Section(block.text, level, own or parent, i)
            stack.append(sec)
            out.append(sec)
            continue
        current = stack[-1] if stack else Section(None, 0, "general", 0)
        if block.kind == "table_row" and block.table is not None:
            if block.table not in table_section:
                caption = caption_of(doc.blocks, i)
                own = rule_category(caption) if caption else None
                if own == "scr_case":
                    own = current.category if current.category == "other_review" else "scr"
                header_text = " ".join(c.header or "" for c in block.cells)
                if own is None and block.cells:
                    own = categorise(header_text)
                    own = "scr" if own == "scr_case" else own
                    if own not in ("scr", "other_review"):
                        own = None
                if own == "not_scr" and current.category in CANDIDATE:
                    own = None
                table_section[block.table] = (
                    Section(caption, current.level + 1, own, current.start) if own else current)
            out.append(table_section[block.table])
            continue
        out.append(current)
    return _promote(doc, out)


def _card_home(stack: list[Section], heading: Block) -> Section | None:
    """The case-review section a numbered card title would belong to: the innermost one above
    the heading's level, else the outermost one (cards set as large as their section's title)."""
    level = heading.level or 1
    above = [s for s in stack if s.category in CANDIDATE and s.level < level]
    if above:
        return above[-1]
    return next((s for s in stack if s.category in CANDIDATE), None)


PROMOTE_MENTIONS = 2


def _promote(doc: Document, secs: list[Section]) -> list[Section]:
    """General sections that name SCRs repeatedly become scr_weak."""
    mentions: dict[int, int] = {}
    for b, s in zip(doc.blocks, secs):
        if s.category == "general" and b.kind != "heading" and names_scr(b.text):
            mentions[s.start] = mentions.get(s.start, 0) + 1
    promoted = {start for start, n in mentions.items() if n >= PROMOTE_MENTIONS}
    if not promoted:
        return secs
    # the general sections nested under a promoted one inherited its category: they go with it
    # ("Accountability tables" naming the reviews, then a table under each agency's heading)
    under: list[int] = []  # levels of the promoted sections still open
    seen: set[int] = set()
    for s in secs:
        if s.start in seen:
            continue
        seen.add(s.start)
        while under and under[-1] >= s.level:
            under.pop()
        if s.category == "general" and s.heading is not None and (s.start in promoted or under):
            promoted.add(s.start)
            under.append(s.level)
    return [Section(s.heading, s.level, "scr_weak", s.start) if s.category == "general" and s.start in promoted
            else s for s in secs]
