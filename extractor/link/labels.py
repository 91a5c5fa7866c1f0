"""Labels that open a block ("Recommendation 4:", "R4", "4.1", "Progress:", "Lead:"; models/labels.jsonl)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..document import Block
from ..lexicon import number_words, rules
from ..structure import rule_category

_SPLIT_BEFORE = r"(?:(?<=[.;!?)])\s+|\s+[\u2014\u2013]\s*|\s+-\s+)"
#: ordinal words that name a recommendation; "+" (finally, lastly) the one after the last named
ORDINALS = number_words("last", "ordinal")


@dataclass(frozen=True)
class Label:
    kind: str           # rec_label | number_label | action | status | lead | timescale
    number: str | None
    rest: str


NO_LABEL = Label("", None, "")


_WORD_NUMBERS = number_words("cardinal")


@lru_cache(maxsize=8192)
def label_of(text: str) -> Label | None:
    """The label that opens a text, or None. Kept per text (a Label is frozen): the readers ask the
    same block's and cell's texts again as they look for recommendations, fields and rests."""
    for rule in rules("labels.jsonl"):
        if rule.kind == "card_number":
            continue  # a badge on its own is a card's, read by cards.assemble_cards
        m = rule.regex.match(text)
        if m:
            num = m.groupdict().get("num")
            if num:
                num = _WORD_NUMBERS.get(num.lower(), num)
            rest = text[m.end():].strip()
            if rule.kind == "number_label" and rest and len(rest) <= 40 and rest.isupper():
                alone = label_of(rest.rstrip(" :") + ":")
                if alone is not None and alone.kind == "rec_label" and not alone.rest and alone.number is None:
                    return Label("rec_label", num, "")  # "1 RECOMMENDATION": a card's badge and its label
            if rule.kind == "number_label" and rest:
                inner = label_of(rest)
                said = rest[:len(rest) - len(inner.rest)].rstrip() if inner is not None else ""
                if inner is not None and inner.kind not in ("number_label", "rec_label" if inner.number is None else "") \
                        and said.endswith((":", "\u2013", "\u2014", "-")):
                    # "6.4 Recommendation 1: ...", "6.4.1 Response: ...": a committee report numbers
                    # its paragraphs, and the paragraph's own label says what it is
                    return inner
                if inner is not None and inner.kind == "rec_label" and inner.number is not None \
                        and re.search(r"\)\s*[.:\u2013\u2014-]\s*$", said):
                    # "4.6 Recommendation 1 (police). The review asked ...": the paragraph's
                    # number is the report's, the recommendation's is the review's (its title
                    # in brackets already gone from inner.rest)
                    return Label("rec_label", inner.number, inner.rest)
            if num and rule.kind == "rec_label" and _names_the_text(rest):
                rest = ""  # "Recommendation 1 · what the review said": the text follows
            elif num and rule.kind == "rec_label" and _NAMED_AFTER.match(rest):
                # "Recommendation 5 (Children's Social Care). <text>": a title, then the text (or
                # nothing, the text set below it by a column break)
                rest = _NAMED_AFTER.sub("", rest, count=1)
            return Label(rule.kind, num, rest)
    return None


#: a short title in brackets after a recommendation's number, closed by a full stop:
#: "Recommendation 4 (police). ..."
_NAMED_AFTER = re.compile(r"^\([^()]{1,60}\)\s*[.:\u2013\u2014-]\s*")


def bare_label(text: str, max_chars: int = 40) -> Label | None:
    """The label a line is, and nothing else ("The review said", "Action taken", "Progress:"):
    the field whose text follows on the next line, or None."""
    label = text.strip().rstrip(" :")
    if not label or len(label) > max_chars or label.endswith((".", "!")):
        return None  # a sentence ("Update awaited from the lead agency.") labels nothing; a question may
    lab = label_of(label + ":")
    return lab if lab is not None and not lab.rest else None


#: a label line, with a chip beside it, is this short
LABEL_LINE_WORDS = 8


def field_label_line(text: str, kind: str = "action") -> tuple[str, str] | None:
    """A line that opens on a field's label (an action's by default) and holds nothing else of
    its own but what follows the label ("What happened next  Doing", "WHAT HAS BEEN DONE ✔",
    "Status COMPLETED"): (label, the rest, maybe empty), the longest label first. The caller
    judges the rest a chip."""
    words = text.split()
    if len(words) > LABEL_LINE_WORDS:
        return None
    for k in range(len(words), 0, -1):
        lab = bare_label(" ".join(words[:k]))
        if lab is not None and lab.kind == kind:
            return " ".join(words[:k]).rstrip(" :"), " ".join(words[k:])
    return None


#: a card's title after its number ("Recommendation 1 | Serious case review: Siblings H") is this
#: short, and recommends nothing
CARD_TITLE_CHARS = 80
RECOMMENDS = re.compile(r"\b(?:should|must|will|to ensure|needs? to)\b", re.I)


def _names_the_text(rest: str) -> bool:
    """A rest that only says what follows is the recommendation ("· what the review said"), or
    that only names the review it belongs to, set after a bar or a dot as a card's title
    ("| Serious case review: Siblings H")."""
    titled = rest.lstrip()[:1] in ("\u00b7", "|", "\u2022")
    rest = rest.lstrip("\u00b7|\u2022:\u2013\u2014- ").strip()
    if titled and len(rest) <= CARD_TITLE_CHARS and not RECOMMENDS.search(rest) \
            and rule_category(rest) in ("scr", "scr_case", "other_review"):
        return True
    if not rest or len(rest) > 40:
        return False
    lab = label_of(rest + ":")
    return lab is not None and lab.kind == "rec_label" and not lab.number and not lab.rest


@lru_cache(maxsize=1)
def _field_split() -> re.Pattern:
    """Where a field label of models/labels.jsonl opens a new sentence or follows a dash."""
    fields = [r.regex.pattern.lstrip("^") for r in rules("labels.jsonl")
              if r.kind in ("action", "status", "lead", "timescale") or r.kind == "rec_label" and "?P<num>" not in r.regex.pattern]
    return re.compile(_SPLIT_BEFORE + "(?=" + "|".join(f"(?:{f})" for f in fields) + ")", re.I)


def split_fields(text: str) -> list[str]:
    """A block split where a field label starts a new sentence ("... Status: complete.")."""
    return list(_split_fields(text))


@lru_cache(maxsize=8192)
def _split_fields(text: str) -> tuple[str, ...]:
    # kept per text, as label_of; a copy is handed out, the readers may change their list
    return tuple(p for p in _field_split().split(text) if p.strip())


def block_texts(block: Block) -> list[str]:
    """Every text of a block the linker may look up: the block, its fields, label rests, cells.

    The first is the text the block is read by: a block that is one labelled field
    ("Progress: ...", "Recommendation 4: ...") is read as its label's rest.
    """
    if block.kind == "table_row":  # a cell opening "1." or "Recommendation 2:" is read by its rest too
        labels = [label_of(c.text) for c in block.cells]
        out = [c.text for c in block.cells] + [lab.rest for lab in labels if lab and lab.rest]
        for c in block.cells:  # a cell carrying its own lead or status labels: its parts are read too
            text, fields = cell_fields(c.text)
            if fields:
                lab = label_of(text)
                out += [text, *fields.values()] + ([lab.rest] if lab and lab.rest else [])
        return out
    parts = split_fields(block.text)
    lab = label_of(parts[0])
    if len(parts) == 1 and lab and lab.kind != "number_label":
        return [lab.rest]
    out = [block.text]
    for part in parts:
        out.append(part)
        lab = label_of(part)
        if lab and lab.rest:
            out.append(lab.rest)
    return out


_CELL_FIELDS = ("lead", "status", "timescale")


@lru_cache(maxsize=1)
def _rec_label_inside() -> re.Pattern:
    """A numbered recommendation label anywhere in a text, after a word boundary."""
    pats = [r.regex.pattern.lstrip("^") for r in rules("labels.jsonl")
            if r.kind == "rec_label" and "?P<num>" in r.regex.pattern and "Recommendation" in r.regex.pattern]
    return re.compile(r"(?<=\s)(?=" + "|".join(f"(?:{p.replace('?P<num>', '?:')})" for p in pats) + ")")


def cell_fields(text: str) -> tuple[str, dict[str, str]]:
    """A recommendation cell that carries its own lead or status as labels ("Lead: Police
    Recommendation 2 Officers should ...", "... at each visit. Status: Complete"): the
    recommendation's part, and each field's value by kind (lead, status, timescale).

    Designed action plans fold a card into one cell; its labels are read as the fields they
    name, so the lead is no part of the recommendation's text.
    """
    fields: dict[str, str] = {}
    lab = label_of(text)
    if lab is not None and lab.kind in _CELL_FIELDS:
        m = _rec_label_inside().search(lab.rest)
        if m is None or m.start() == 0:
            return text, fields
        fields[lab.kind] = lab.rest[:m.start()].strip()
        text = lab.rest[m.start():].strip()
    parts = split_fields(text)
    if len(parts) < 2:
        return text, fields
    keep = [parts[0]]
    for part in parts[1:]:
        plab = label_of(part)
        if plab is not None and plab.kind in _CELL_FIELDS and plab.rest and plab.kind not in fields:
            fields[plab.kind] = plab.rest.strip().rstrip(".;")
        else:
            keep.append(part)
    if len(keep) == len(parts):
        return text, fields
    return " ".join(keep).strip(), fields
