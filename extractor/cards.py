"""Cards: a recommendation set out as a small group of blocks, rewritten as labelled fields.

Designed reports give each recommendation a card, box or panel: its number on its own (a
badge), the lead agency as a label above the text, the recommendation, a "What has happened"
heading and its text, a status chip ("70% complete"). Read in order these are loose blocks
that no reader links. A run of two or more such cards, numbered in order, is rewritten as the
labelled fields that plain reports use ("Recommendation 1: ...", "Lead: ...", "What has
happened: ...", "Status: ..."), so the one list reader serves both. Every text stays verbatim
after its label, and every block keeps its page.
"""
from __future__ import annotations

import re
from dataclasses import replace

from .document import Block, Document
from .lexicon import is_status_chip, rules
from .link.labels import RECOMMENDS, field_label_line, bare_label, label_of
from .resources import table
from .structure import rule_category
from .ratings import COLOURS, rating_run_share, symbol_of

#: A card holds a handful of blocks; more, and the "badge" was a number in running text.
MAX_CARD_BLOCKS = 12
#: Headings this deep or deeper are a card's own labels, not sections (HTML h5, h6).
MINOR_HEADING_LEVEL = 5
#: The most by which the numbers of two cards in a run may differ (only open ones shown: 5, 7).
MAX_NUMBER_STEP = 3
#: A chip ("70% complete", "On track") is short; longer loose text is a name or a sentence.
CHIP_CHARS = 40


_MODAL = re.compile(r"\b(?:should|must|ensure|will|need|recommend\w*)\b", re.I)


def _is_sentence(text: str) -> bool:
    """A recommendation or what was done, rather than a name ("Quarrington Constabulary") or a
    chip: several words, most of them not capitalised as names are."""
    words = [w for w in text.split() if any(ch.isalpha() for ch in w)]
    if len(words) < 6:
        return False
    lower = sum(1 for w in words if w.lstrip("(\"'\u2018\u201c")[:1].islower())
    return lower / len(words) >= 0.4


def _card_number(block: Block) -> str | None:
    if block.kind not in ("paragraph", "heading", "list_item") or len(block.text) > 100:
        return None
    text = block.text.strip()
    for rule in rules("labels.jsonl"):
        if rule.kind == "card_number":
            m = rule.regex.match(text)
            if m:
                return m["num"].lstrip("0") or "0"
        elif rule.kind == "rec_label" and "?P<num>" in rule.regex.pattern:
            # "Recommendation 1 Child T serious case review": a label with a title, the text below
            m = rule.regex.match(text)
            title = text[m.end():] if m else ""
            if m and m["num"] and m["num"][0].isdigit() and title and (_titled(block, text[:m.end()], title) or not _is_sentence(title)) \
                    and not _MODAL.search(title) and not title.endswith("."):
                return m["num"]
    lead = _BADGE_WITH_LEAD.match(text)
    if lead and _names_a_body(lead["rest"]):
        return lead["num"]  # "1 Lead: Police", "1 Penmarsh Borough Council Education Service" on one line
    return None


def _titled(block: Block, label: str, title: str) -> bool:
    """A heading's title set after its number without a colon and opening on a capital, however
    long ("Recommendation 3 Intelligence about adults who exploit children"), that neither names
    a review ("A1. Child F (published 2015)") nor ends on the status of what it heads. After a
    colon ("Recommendation 1: children found out of area Delivered") the heading is a label,
    read where it stands."""
    words = title.split()
    return (block.kind == "heading" and ":" not in label and title[:1].isupper()
            and rule_category(title) not in ("scr", "other_review", "scr_case")
            and not any(is_status_chip(" ".join(words[-k:])) for k in range(1, min(3, len(words)) + 1)))


#: A badge and the lead beside it, read as one line by a PDF reader: "1 Lead: Wealdshire Police"
_BADGE_WITH_LEAD = re.compile(r"^(?P<num>\d{1,2})\s+(?P<rest>\S.{2,90})$")


def _badge_chip(block: Block) -> str | None:
    """The chip set on a badge's own line ("Recommendation 1 ●" read as "Recommendation 1
    Green", "R2 On track"), if any: the rating of its card."""
    text = block.text.strip()
    for rule in rules("labels.jsonl"):
        if rule.kind in ("card_number", "rec_label") and "?P<num>" in rule.regex.pattern:
            m = rule.regex.match(text)
            if m and m["num"] and _is_chip(rest := text[m.end():].strip(" :\u2013\u2014-")):
                return rest
    return None


def _badge_lead(block: Block) -> str | None:
    """The lead a badge carries on its own line ("Lead: Wealdshire Police"), if any."""
    m = _BADGE_WITH_LEAD.match(block.text.strip())
    return m["rest"] if m and _names_a_body(m["rest"]) else None


def _names_a_body(text: str) -> bool:
    """A lead label, or a name (not a sentence) with an organisation's head word (models/org_heads.csv)."""
    if _label_kind(text) == "lead":
        return True
    heads = {r["head"] for r in table("org_heads.csv")}
    return not _is_sentence(text) and not text.endswith(".") and any(w.strip("(),") in heads for w in text.split())


FIELDS = ("rec_label", "action", "status", "lead", "timescale")


def _label_kind(text: str) -> str | None:
    """The field a text opens with a label of models/labels.jsonl ("Lead: X" -> lead)."""
    for rule in rules("labels.jsonl"):
        if rule.kind in FIELDS and rule.regex.match(text):
            return rule.kind
    return None


def _is_bare_field(text: str) -> bool:
    """A field heading with nothing after it ("What has happened", "Progress:"): its text follows."""
    lab = bare_label(text, max_chars=59)
    return lab is not None and lab.kind in FIELDS


def _action_cell(row: Block):
    """The cell of a small table inside a card that says what was done (its column is headed
    "Action", "Progress", "What we did"...), or None."""
    for cell in row.cells:
        if cell.header and any(r.kind in ("action", "planned_action") and r.regex.search(cell.header)
                               for r in rules("headers.jsonl")):
            return cell
    return None


def _lead_above(block: Block, body: list[Block]) -> bool:
    """A name set on its own just above a card's badge, when the card itself opens on its text."""
    text = block.text.strip()
    return (block.kind in ("paragraph", "list_item", "heading") and 0 < len(text) <= 80 and _names_a_body(text)
            and _card_number(block) is None and text.lower() not in COLOURS
            and not text.endswith((".", ":")) and bool(body) and _is_sentence(body[0].text))


def _is_caps_label(text: str) -> bool:
    """A short label set in capitals over a field ("ACTION TAKEN", "WHAT WE DID"), even with
    the letter spacing a PDF reader may leave in it."""
    letters = [ch for ch in text if ch.isalpha()]
    return len(text) <= CHIP_CHARS and len(letters) >= 4 and all(ch.isupper() for ch in letters) \
        and not any(ch.isdigit() for ch in text)


def _number_value(number: str) -> int:
    digits = "".join(ch for ch in number if ch.isdigit())
    return int(digits) if digits else -1


def _runs(blocks: list[Block]) -> list[list[tuple[int, str]]]:
    """Runs of card badges (block index, number) numbered in order, a few blocks apart.

    A number between them that does not continue the run (a page number in a running footer)
    neither joins nor breaks it.
    """
    runs: list[list[tuple[int, str]]] = []
    for i, b in enumerate(blocks):
        number = _card_number(b)
        if number is None:
            continue
        # recommendations are numbered in order, a few left out where only the open ones are
        # shown (5, 7); stat tiles ("12", "47") are not. Badges that say "Recommendation"
        # may come in any order (grouped under themes: 5, 3, 1), each number once.
        named = _labelled_badge(b)
        run = next((r for r in reversed(runs) if 2 <= i - r[-1][0] <= MAX_CARD_BLOCKS + 1 and (
            1 <= _number_value(number) - _number_value(r[-1][1]) <= MAX_NUMBER_STEP
            or named and _labelled_badge(blocks[r[-1][0]]) and number not in {n for _, n in r})), None)
        if run is not None:
            run.append((i, number))
        else:
            runs.append([(i, number)])
    return [r for r in runs if len(r) >= 2]


def _labelled_badge(block: Block) -> bool:
    """A badge that names what it numbers ("Recommendation 3"), not a bare number."""
    return block.text.strip()[:1].isalpha()


def _card_end(blocks: list[Block], start: int, limit: int) -> int:
    """Where a card that opens at `start` ends: the next badge, a section heading, or the
    card's size limit. A PDF reader takes a card's short bold lines (its lead, its chip) for
    minor headings: only a heading above the badge's own level, or above a card's minor
    levels, is a section."""
    badge = blocks[start]
    own = _card_number(badge)
    section_level = badge.level - 1 if badge.kind == "heading" and badge.level else MINOR_HEADING_LEVEL - 1
    end = start + 1
    while end < min(limit, start + 1 + MAX_CARD_BLOCKS):
        b = blocks[end]
        if _labelled_badge(b) and _card_number(b) not in (None, own):
            break  # the next card's badge, of whichever run (not this card's own label under its number)
        if b.kind == "heading" and not _is_bare_field(b.text) and (
                (b.level or 1) <= section_level or rule_category(b.text) in ("scr", "other_review", "scr_case")):
            break  # a heading naming a review or a case ("Rapid review: Child Y") opens a section at any size
        end += 1
    return end


def _rewrite(number: str, body: list[Block]) -> list[Block] | None:
    """A card's blocks as labelled fields, or None when it holds no recommendation or action."""
    out: list[Block] = []
    pending: str | None = None     # a bare field heading whose text follows
    aside = False                  # a label of another field ("In plain English"): its text follows
    seen_text = seen_action = seen_status = False
    for k, b in enumerate(body):
        text = b.text.strip()
        if aside:
            aside = False
            out.append(b)
            continue
        if b.kind == "table_row":
            action = _action_cell(b)
            if action is None:
                out.append(b)
            elif not b.is_header and action.text:
                out.append(replace(b, kind="paragraph", text=f"Progress: {action.text}", cells=(), table=None))
                seen_action = True
            continue
        if _is_bare_field(text):
            pending = text.rstrip(" :")
            continue
        labelled_chip = _field_and_chip(text)
        if labelled_chip is not None:  # "WHAT HAS BEEN DONE  ✔": the label, its chip beside it
            pending = labelled_chip[0]
            out.append(replace(b, kind="paragraph", text=f"Status: {labelled_chip[1]}"))
            seen_status = True
            continue
        lab = label_of(text)
        if lab is not None and lab.kind == "rec_label" and lab.number and not lab.rest:
            pending = f"Recommendation {lab.number}"  # "Recommendation 1 · what the review said": its text follows
            continue
        if pending is not None and len(text) <= CHIP_CHARS and not _is_sentence(text):
            out.append(replace(b, kind="paragraph", text=f"Status: {text}"))  # a chip set by the heading
            seen_status = True
            continue
        if pending is not None:
            out.append(replace(b, kind="paragraph", text=f"{pending}: {text}"))
            seen_action = seen_action or _label_kind(f"{pending}:") == "action"
            seen_text = seen_text or _label_kind(f"{pending}:") == "rec_label"
            pending = None
            continue
        kind = _label_kind(text)
        colour, _, rest = text.partition(" ")
        if text.lower() in COLOURS and not seen_status:
            out.append(replace(b, kind="paragraph", text=f"Status: {text}"))  # a chip in a rating colour
            seen_status = True
        elif colour.lower() in COLOURS and not seen_status and _label_kind(rest) is not None:
            # "Amber Target date: September 2017 (...)": the chip and the field set on its line
            out.append(replace(b, kind="paragraph", text=f"Status: {colour}"))
            out.append(replace(b, kind="paragraph", text=rest))
            seen_status = True
        elif kind == "rec_label" and not seen_text and (lab := label_of(text)) is not None and not lab.number and lab.rest:
            # "What the reviewer asked: ..." under the card's "Recommendation 2": the badge's number is its
            out.append(replace(b, kind="paragraph", text=f"Recommendation {number}: {lab.rest}"))
            seen_text = True
        elif kind is not None:
            out.append(replace(b, kind="paragraph"))  # a card's label, though a PDF reader took it for a heading
            seen_text = seen_text or kind == "rec_label"
            seen_action = seen_action or kind == "action"
        elif _is_sentence(text) and not seen_text and (text.rstrip().endswith((".", "!", "?", ";")) or RECOMMENDS.search(text)):
            # (a stat tile's label beside a big number, "emergency department attendances by Child M
            # after self-harm", ends on no full stop and recommends nothing)
            out.append(replace(b, kind="paragraph", text=f"Recommendation {number}: {text}"))
            seen_text = True
        elif _is_sentence(text) and not seen_action:
            out.append(replace(b, kind="paragraph", text=f"Progress: {text}"))
            seen_action = True
        elif not seen_text:
            out.append(replace(b, kind="paragraph", text=f"Lead: {text}"))
        elif not seen_action and _is_caps_label(text):
            continue  # a heading of the card's own words ("ACTION TAKEN"): what follows is the action
        elif seen_text and not seen_action and not _is_chip(text) and k + 1 < len(body) \
                and _is_sentence(body[k + 1].text):
            out.append(b)  # "In plain English": a field that is neither the text nor what was done
            aside = True
        elif len(text) <= CHIP_CHARS and not seen_status and (_is_mark(text) or not _short_run(body, k)):
            out.append(replace(b, kind="paragraph", text=f"Status: {text}"))
            seen_status = True
        else:
            out.append(b)  # after its chip, a card has nothing more (a running footer, a page number)
    if not (seen_text or seen_action):
        return None
    out = [replace(b, level=None) if b.kind == "paragraph" else b for b in out]
    # A lead set above the text, as cards do, would read as the field of the card before.
    return sorted(out, key=lambda b: 0 if _label_kind(b.text) == "rec_label" else 1)


def _share_actions(cards: list[list[Block] | None]) -> None:
    """A row of cards set above a row of their "What has been done" boxes is read card, card,
    box, box: the boxes all land in the last card of the row. Each extra action field (with the
    chip after it) goes back, in order, to the cards just before it that have none."""
    def acts(fields: list[Block] | None) -> bool:
        return bool(fields) and any(_label_kind(b.text) == "action" for b in fields)

    for k, fields in enumerate(cards):
        if not fields:
            continue
        row = k
        while row > 0 and cards[row - 1] and not acts(cards[row - 1]):
            row -= 1  # the cards of the row, back to the last one that has its own action
        while sum(1 for b in fields if _label_kind(b.text) == "action") > 1:
            bare = next((j for j in range(row, k) if not acts(cards[j])), None)
            if bare is None:
                break
            first = next(i for i, b in enumerate(fields) if _label_kind(b.text) == "action")
            # its chip: set before it on the box's label line, or else after it
            if first > 0 and _label_kind(fields[first - 1].text) == "status":
                moved = [fields.pop(first - 1), fields.pop(first - 1)]
            else:
                moved = [fields.pop(first)]
                if first < len(fields) and _label_kind(fields[first].text) == "status":
                    moved.append(fields.pop(first))
            cards[bare].extend(moved)


def _field_and_chip(text: str) -> tuple[str, str] | None:
    """An action field's label with a chip after it on its line ("WHAT HAS BEEN DONE  ✔"):
    (label, chip). A status label with its value ("RAG: Green") is a field of its own."""
    line = field_label_line(text)
    return line if line is not None and line[1] and _is_chip(line[1]) else None


#: a run of this many short lines is a track of steps, not a chip
STEP_RUN = 3


def _short_run(body: list, k: int) -> bool:
    """The short line at k is one of a run of short lines (the steps of a milestone track:
    "Agreed Sep 14", "Guide issued Nov 14", "Audited"; "Planned", "Under way", "Done"): no chip
    of the card's, whatever its words (the step reached is told apart by its shading, if at all),
    unless it is a mark ("✔" beside the card's other labels)."""
    def short(x) -> bool:
        return len(x.text.strip()) <= CHIP_CHARS and not _is_sentence(x.text) and _label_kind(x.text) is None

    start = end = k
    while start > 0 and short(body[start - 1]):
        start -= 1
    while end + 1 < len(body) and short(body[end + 1]):
        end += 1
    return end - start + 1 >= STEP_RUN


def _is_mark(text: str) -> bool:
    """A rating drawn, not written: a colour's name or a symbol ("✔", "◐")."""
    return text.lower() in COLOURS or symbol_of(text) is not None


def _is_chip(text: str) -> bool:
    """A rating set on its own: a colour, a status word (models/status.jsonl), a symbol, a share."""
    return text.lower() in COLOURS or is_status_chip(text) or symbol_of(text) is not None \
        or "%" in text and len(text.split()) <= 3 or rating_run_share(text) is not None


def _recommends(cards: list) -> bool:
    """Cards whose texts say what should be done (numbered sections of a report do not)."""
    texts = [b.text for *_, fields in cards if fields for b in fields if _label_kind(b.text) == "rec_label"]
    return not texts or sum(1 for t in texts if _MODAL.search(t)) * 2 >= len(texts)


def assemble_cards(doc: Document) -> Document:
    """The document with every run of recommendation cards rewritten as labelled fields."""
    blocks = doc.blocks
    runs = _runs(blocks)
    if not runs:
        return doc
    out: list[Block] = []
    done = 0
    for run in runs:
        cards = []
        for k, (start, number) in enumerate(run):
            limit = run[k + 1][0] if k + 1 < len(run) else len(blocks)
            end = _card_end(blocks, start, limit)
            body = blocks[start + 1:end]
            # the lead set in a tab above the badge ("Downland Police" / "Recommendation 1")
            above = blocks[start - 1] if start > 0 and _lead_above(blocks[start - 1], body) else None
            if k + 1 < len(run) and end == run[k + 1][0] and body and _lead_above(body[-1], blocks[end + 1:end + 3]):
                body, end = body[:-1], end - 1  # the next card's lead, set above its badge
            beside = _badge_lead(blocks[start])
            if beside is not None:
                above = replace(blocks[start], kind="paragraph", text=beside)
                own = 0
            else:
                own = above is not None
            chip = _badge_chip(blocks[start])
            rated = [replace(blocks[start], kind="paragraph", text=f"Status: {chip}")] if chip else []
            fields = _rewrite(number, ([above] if above is not None else []) + rated + body)
            cards.append((start - own, end, fields))
        if sum(1 for *_, fields in cards if fields) < 2 or not _recommends(cards):
            continue
        _share_actions([fields for *_, fields in cards])
        for start, end, fields in cards:
            if start < done:
                continue  # inside a card already rewritten
            out.extend(blocks[done:start])
            out.extend(fields if fields is not None else blocks[start:end])
            done = end
    out.extend(blocks[done:])
    return replace(doc, blocks=out) if len(out) != len(blocks) or out != blocks else doc
