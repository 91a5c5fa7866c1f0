"""extract(path) -> Report: the whole flow for one file.

ingest -> structure -> NLP -> link -> classify -> assess. Each stage is its own module and
hands the next one plain dataclasses. spaCy only sees the text of candidate
blocks (SCR sections, tables captioned as SCR material, and blocks a cheap
regular expression finds naming SCRs), never the whole document.
"""
from __future__ import annotations

import re
from pathlib import Path

from spacy.tokens import Doc, Span

from .assess import assess
from .classify import adjusted_confidence, keeps, opinions
from dataclasses import replace

from .cards import assemble_cards
from .document import Block, Document, page_ranges
from .fields import STAGE_ORDER, board_name, counts_scrs, not_an_scr, period, stage_of
from .ingest import read_document
from .quotes import page_kind, page_of_text, quotes_of
from .screen import skip_reason
from .link import Draft, Linker, case_names, cues, evidence_of, finish_bodies, label_of, rag_keys, split_fields
from .link.draft import case_name
from .report import Recommendation, Report, ScrCase
from .lexicon import rules
from .untrusted import safe_text
from .structure import CANDIDATE, Section, rule_category, sections

#: cheap filter for blocks outside SCR sections that may still name or count SCRs
#: or describe how their action plans are monitored
_SCR_MENTION = re.compile(
    r"serious case review|\bSCRs?\b|\bLCSPRs?\b|safeguarding practice review|case review|"
    r"\b(?:Child|Baby|Family|Young Person|Children)\s+[A-Z]{1,2}\b", re.I)
_COLOUR = re.compile(r"\b(?:red|amber|green|blue)\b", re.I)


def extract(path: str | Path, use_model: bool = True) -> Report:
    """Reads one annual report and returns its SCR entries and rec9 assessment.

    `use_model=False` runs the rules alone, without the trained entry classifier.
    """
    return extract_document(read_document(path), use_model)


def _block_texts(block: Block) -> list[str]:
    """Every text of a block the linker may look up: the block, its fields, label rests, cells."""
    if block.kind == "table_row":  # a cell opening "1." or "Recommendation 2:" is read by its rest too
        labels = [label_of(c.text) for c in block.cells]
        return [c.text for c in block.cells] + [lab.rest for lab in labels if lab and lab.rest]
    parts = split_fields(block.text)
    lab = label_of(parts[0])
    if len(parts) == 1 and lab and lab.kind != "number_label":
        return [lab.rest]  # "Progress: ..." / "Recommendation 4: ...": the linker reads only the rest
    out = [block.text]
    for part in parts:
        out.append(part)
        lab = label_of(part)
        if lab and lab.rest:
            out.append(lab.rest)
    return out


def _tables_worth_reading(doc: Document) -> set[int]:
    """Tables whose cells the linker may read: entry-like headers, label|value pairs, colour keys.

    Statistics tables (attendance, budgets, CDOP figures) are skipped before spaCy sees them.
    """
    from .link import header_meaning

    wanted = {"recommendation", "finding", "action", "planned_action", "lead", "status", "scr", "number", "timescale"}
    out: set[int] = set()
    seen: set[int] = set()
    for b in doc.blocks:
        if b.kind != "table_row" or b.table is None or b.table in seen:
            continue
        seen.add(b.table)
        heads = [c.header or c.text for c in b.cells]
        meanings = {header_meaning(h) for h in heads if h and len(h) < 60}
        if len(b.cells) == 2 or meanings & wanted or (b.cells and _COLOUR.fullmatch(b.cells[0].text.strip() or "-")):
            out.add(b.table)
    return out


def candidates(doc: Document, secs: list[Section]) -> tuple[set[int], set[int]]:
    """(blocks the linker reads, further blocks read only for SCR names, counts and monitoring)."""
    cand, mention = set(), set()
    for i, (b, s) in enumerate(zip(doc.blocks, secs)):
        if b.kind == "heading":
            continue
        if s.category in CANDIDATE:
            cand.add(i)
        elif s.category == "general" and b.kind == "table_row" and _SCR_MENTION.search(s.heading or ""):
            cand.add(i)
        elif _SCR_MENTION.search(b.text) or mechanism_scope(b.text):
            mention.add(i)
    return cand, mention


def mechanism_scope(text: str) -> bool:
    """True when text names the actions or recommendations of reviews ("the action plans arising
    from reviews") without naming an SCR: a sub-group's paragraph may describe the monitoring."""
    return any(r.kind == "mechanism_scope" and r.regex.search(text) for r in rules("report_fields.jsonl"))


def confidence(d: Draft) -> float:
    """The rules' belief that a draft is a real SCR entry, from its signals.

    Base by style (table rows and labelled recommendations surest, prose sentences and
    action-only bullets least), then the section: a recognised SCR section adds, a
    "learning and improvement" style section subtracts, anything else more. The trained
    classifier then moves it by at most 0.1 (classify.adjusted_confidence).
    `scr-extract evaluate` prints the calibration; the README gives the latest figures.
    """
    base = {"table": 0.9, "labelled": 0.9, "list": 0.85, "prose": 0.75, "action_list": 0.75}[d.kind]
    base += {"scr": 0.05, "scr_weak": -0.2}.get(d.category, -0.3)
    if d.strong_cue:
        base += 0.03
    if d.header_match:
        base += 0.02
    if d.scr:
        base += 0.02
    return round(min(0.99, max(0.05, base)), 2)


def _scrs(doc: Document, secs: list[Section], docs: dict[str, Doc], readable: set[int],
          drafts: list[Draft]) -> tuple[list[ScrCase], bool]:
    stages: dict[str, list[str]] = {}
    pages: dict[str, int] = {}
    counted = False

    def see(name: str, stage: str | None, page: int) -> None:
        name = re.sub(r"^The ", "the ", name)  # "The Ashdown family" as a heading starts it
        stages.setdefault(name, [])
        pages.setdefault(name, page)
        if stage:
            stages[name].append(stage)

    heading_case: str | None = None  # the one case a heading names: its text tells of that review
    for i, b in enumerate(doc.blocks):
        sec = secs[i]
        if b.kind == "heading":
            heading_case = None
            if sec.category in CANDIDATE:
                names = case_names(docs.get(b.text)) or (
                    [b.text.strip()] if rule_category(b.text) == "scr_case" else [])  # "The Ashdown family"
                for n in names:
                    see(n, None, b.page)
                heading_case = names[0] if len(names) == 1 else None
            continue
        if i not in readable:
            continue
        if b.kind == "table_row":
            if b.is_header or not b.cells:
                continue
            names = case_names(docs.get(b.cells[0].text))
            if names and sec.category in CANDIDATE:
                rest = " ".join(c.text for c in b.cells[1:])
                if not not_an_scr(rest):
                    see(names[0], stage_of(rest), b.page)
            continue
        nd = docs.get(b.text)
        if nd is None:
            continue
        doc_cases = list(nd.spans.get("cases", []))  # read once: each read builds Span objects
        para_case: str | None = None  # the one case an earlier sentence of this paragraph is about
        for sent in nd.sents:
            labels = cues(sent)
            if "DISTRACTOR" in labels and "SCR_TERM" not in labels:
                para_case = None
                continue
            if not counted and counts_scrs(sent.text):
                counted = True
            spans = [c for c in doc_cases if c.start >= sent.start and c.end <= sent.end]
            if spans and not_an_scr(sent.text):
                para_case = None
                continue  # "Child J did not meet the criteria for a serious case review"
            told = heading_case or (para_case if sec.category in CANDIDATE else None)
            if not spans and told and _THE_REVIEW.search(sent.text) and "REC_CUE" not in labels:
                see(told, stage_of(sent.text), b.page)  # "The review ... was published in May"
                continue
            if spans:
                para_case = case_name(spans[0].text) if len({c.text for c in spans}) == 1 else None
            if not spans or (sec.category not in CANDIDATE and "SCR_TERM" not in labels
                             and not _A_REVIEW.search(sent.text)):
                continue
            kinds = [x for x in nd.spans.get("cues", []) if x.label_ in ("DISTRACTOR", "SCR_TERM")
                     and x.start >= sent.start and x.end <= sent.end]
            for k, c in enumerate(spans):
                before_kinds = [x for x in kinds if x.end <= c.start]
                if before_kinds and before_kinds[-1].label_ == "DISTRACTOR":
                    continue  # "a learning review, concerning ... (Young Person P)": that review's case
                # the verb after the name ("Child Q, was commissioned") else the one before it
                after = nd[c.start:spans[k + 1].start if k + 1 < len(spans) else sent.end].text
                before = nd[spans[k - 1].end if k else sent.start:c.start].text
                see(case_name(c.text), stage_of(after) or stage_of(before), b.page)
    for d in drafts:
        if d.scr:
            see(d.scr, None, d.page)
    out = []
    for name, found in stages.items():
        stage = next((s for s in STAGE_ORDER if s in found), None)
        out.append(ScrCase(name, stage, pages.get(name)))
    return out, counted or bool(out)


#: a sentence under a case-name heading that speaks of that case's review ("The review was published")
_THE_REVIEW = re.compile(r"\b(?:the|this|its|their|his|her|a) (?:serious case |case |practice |overview )?"
                         r"(?:review|SCR|LCSPR|report)\b", re.I)


#: a sentence naming a case and "a review" outside an SCR section still tells of that case's review
#: (other review types were already set aside as distractors)
_A_REVIEW = re.compile(r"\b(?:a|the) review\b", re.I)


#: a monitoring sentence needs a body, a monitoring verb and an object (action plan, actions,
#: recommendations, progress ...) and scores at least this much (see _mechanism)
MECHANISM_MIN_SCORE = 2


def mechanism_score(text: str, labels: set[str]) -> int:
    """How strongly a sentence with a monitoring verb and object describes how implementation
    of SCR recommendations is monitored (weights in models/report_fields.jsonl); 0 when what it
    monitors is something else ("the number of children on a plan", a DHR or Ofsted plan)."""
    if "SCR_TERM" not in labels and any(r.kind == "mechanism_not_object" and r.regex.search(text)
                                        for r in rules("report_fields.jsonl")):
        return 0
    if any(r.kind == "mechanism_not_yet" and r.regex.search(text) for r in rules("report_fields.jsonl")):
        return 0
    score = 1 if "MECH_BODY" in labels else 0
    score += sum(int(r.value or 1) for r in rules("report_fields.jsonl")
                 if r.kind == "mechanism_signal" and r.regex.search(text))
    return score


def _monitoring_score(sent: Span, text: str) -> int:
    """mechanism_score of a sentence that has a monitoring verb and object (MECH_VERB, MECH_OBJECT),
    names no other review's plan (an audit of impact is a mechanism; an Ofsted or DHR plan is not)
    and states no recommendation; 0 for any other sentence."""
    labels = cues(sent)
    if "MECH_OBJECT" not in labels:
        return 0
    rec_cues = {c.text.lower() for c in sent.doc.spans.get("cues", [])
                if c.label_ == "REC_CUE" and c.start >= sent.start and c.end <= sent.end}
    if rec_cues - {"must"}:
        return 0  # "The Board should monitor ...": a recommendation, not the mechanism
    if rec_cues and mechanism_score(text, labels) < MECHANISM_MIN_SCORE + 1:
        return 0  # "must" as a rule of the mechanism only with strong signals ("... before they can be closed")
    named = "SCR_TERM" in labels or any(c.start >= sent.start and c.end <= sent.end
                                        for c in sent.doc.spans.get("cases", []))
    if "MECH_VERB" not in labels and not named:
        return 0  # without a monitoring verb, only a sentence on SCR actions that is rich in signals counts
    if "MECH_VERB" not in labels and not text.rstrip().endswith((".", "!", "?", ";")) and len(text.split()) < 10:
        return 0  # a title or a link ("Family R: Board response and action plan") describes no mechanism
    other_review = [c for c in sent.doc.spans.get("cues", []) if c.label_ == "DISTRACTOR" and
                    c.start >= sent.start and c.end <= sent.end and "audit" not in c.text.lower()]
    if other_review and "SCR_TERM" not in labels:
        return 0
    score = mechanism_score(text, labels)
    if "MECH_VERB" not in labels:
        return score - 1 if score >= MECHANISM_MIN_SCORE + 1 else 0
    return score


def describes_mechanism(sent: Span | Doc) -> bool:
    """True when a sentence, wherever it stands, describes how implementation of SCR
    recommendations is monitored ("The SCR sub-group tracks each action plan ...")."""
    span = sent[:] if isinstance(sent, Doc) else sent
    return _monitoring_score(span, span.text.strip()) >= MECHANISM_MIN_SCORE


def _mechanism(doc: Document, secs: list[Section], docs: dict[str, Doc], readable: set[int]) -> str | None:
    """The sentence that best describes how implementation of SCR recommendations is monitored:
    a monitoring verb (MECH_VERB) and an object such as the action plan, recommendations,
    progress or evidence (MECH_OBJECT); a case-review section wins ties."""
    best, best_key = None, (0, False)
    for i in sorted(readable):
        b = doc.blocks[i]
        if b.kind == "table_row":
            continue
        # a labelled paragraph ("Monitoring: the sub-group ...") is analysed as its label's rest
        texts = [t for t in _block_texts(b) if t in docs]
        nd = docs[texts[0]] if texts else None
        if nd is None:
            continue
        for sent in nd.sents:
            text = sent.text.strip()
            if sent.start == 0 and nd.text != b.text and b.text.endswith(nd.text):
                text = (b.text[:len(b.text) - len(nd.text)] + sent.text).strip()  # the label is part of it
            score = _monitoring_score(sent, text)
            if not score:
                continue
            in_section = secs[i].category in CANDIDATE
            named = "SCR_TERM" in cues(sent) or any(
                c.start >= sent.start and c.end <= sent.end for c in nd.spans.get("cases", []))
            if secs[i].category == "other_review" and not named:
                continue  # under "Domestic homicide review", "the action plan for the review" is that review's
            if not (in_section or named or mechanism_scope(text)):
                continue
            key = (score, in_section)
            if key > best_key:
                best, best_key = text.rstrip("."), key
    return best if best_key[0] >= MECHANISM_MIN_SCORE else None


#: a paragraph this long that ends on a lower-case word at a page end runs on over the page
PAGE_SPLIT_MIN_CHARS = 60


#: a paragraph ending on a lower-case word or a comma has not finished its sentence
_ENDS_MID_SENTENCE = re.compile(r"(?:^|\s)[a-z][\w'\u2019-]*,?$|,$")


def join_page_splits(doc: Document) -> Document:
    """The document with paragraphs cut by a page break joined again.

    A PDF paragraph that ends a page mid-sentence ("... before the end of") and goes on
    at the top of the next ("March. An audit ...") is one paragraph: its action, status
    and closing status sentence belong together.
    """
    if doc.format != "pdf":
        return doc  # other formats number blocks, not pages: there is no page break to mend
    blocks = list(doc.blocks)
    out: list[Block] = []
    changed = False
    for b in blocks:
        prev = out[-1] if out else None
        if (prev is not None and prev.kind == "paragraph" and b.kind == "paragraph" and b.page != prev.page
                and len(prev.text) >= PAGE_SPLIT_MIN_CHARS and _ENDS_MID_SENTENCE.search(prev.text.rstrip())):
            out[-1] = replace(prev, text=f"{prev.text.rstrip()} {b.text.lstrip()}")
            changed = True
            continue
        out.append(b)
    return replace(doc, blocks=out) if changed else doc


_ITEM_NUMBER = re.compile(r"^\s*(\d{1,2})[.)]\s+")
#: bullet glyphs that mark an item wherever they stand; a dash marks one only after a sentence end
_GLYPHS = "\u2022\u25aa\u25cf\u25a0\u25e6\u2023\u2043\u25ba\u27a2\u25b8\u25c6\uf0b7\uf0a7\uf0d8"
_GLYPH_BULLET = re.compile(rf"(?:^|(?<=\s))[{_GLYPHS}]\s*")
_DASH_BULLET = re.compile(r"(?:^|(?<=[.;!?])\s+)[\u2013\u2014-]\s+")


def bullet_items(text: str) -> tuple[str, list[str]] | None:
    """(lead-in, items) of a text that runs two or more bullets together ("• A did ... • B did ..."),
    or None. Dash bullets count only when the text opens with one ("– A did ... – B did ...")."""
    for bullet in (_GLYPH_BULLET, _DASH_BULLET):
        cuts = list(bullet.finditer(text))
        if len(cuts) < 2 or bullet is _DASH_BULLET and cuts[0].start() != 0:
            continue
        ends = [m.start() for m in cuts[1:]] + [len(text)]
        items = [text[m.end():e].strip() for m, e in zip(cuts, ends)]
        return text[:cuts[0].start()].strip(), [t for t in items if t]
    return None


def _numbered_items(b: Block) -> list[Block]:
    """"2. Schools should ... two school days. 3. Norland Police should ...": a list item numbered N
    that holds, after a sentence end, the label N+1 followed by a capital is two items. A paragraph
    opening "1." that runs on into "2." is such a list too (a PDF list whose first line was too long
    to read as a numbered item)."""
    out: list[Block] = []
    m = _ITEM_NUMBER.match(b.text) if b.kind == "list_item" or b.kind == "paragraph" and \
        re.match(r"\s*1[.)]\s", b.text) else None
    while m is not None:
        nxt = re.search(rf"(?<=[.;])\s+({int(m.group(1)) + 1})[.)]\s+(?=[A-Z])", b.text)
        if nxt is None:
            break
        out.append(replace(b, kind="list_item", text=b.text[:nxt.start()].rstrip()))
        b = replace(b, kind="list_item", text=b.text[nxt.start():].strip())
        m = _ITEM_NUMBER.match(b.text)
    return out + [b]


def _bulleted_items(b: Block) -> list[Block]:
    """A paragraph or item running bullets together: its lead-in, then one list item a bullet.
    A table row with one such cell: one row a bullet, the other cells repeated (a card's
    "What we did" cell of inline bullets is several actions); a lead-in that ends in a colon
    only introduces them."""
    if b.kind in ("paragraph", "list_item"):
        found = bullet_items(b.text)
        if found is None:
            return [b]
        lead, items = found
        return ([replace(b, text=lead)] if lead else []) + [replace(b, kind="list_item", text=t) for t in items]
    if b.kind != "table_row" or b.is_header:
        return [b]
    split = [(k, bullet_items(c.text)) for k, c in enumerate(b.cells)]
    split = [(k, found) for k, found in split if found is not None]
    if len(split) != 1:
        return [b]
    k, (lead, items) = split[0]
    items = items if not lead or lead.endswith(":") else [lead, *items]
    rows = []
    for item in items:
        cells = tuple(replace(c, text=item) if j == k else c for j, c in enumerate(b.cells))
        rows.append(replace(b, cells=cells, text=" | ".join(c.text for c in cells)))
    return rows


def split_run_on_items(doc: Document) -> Document:
    """The document with list items that ingestion ran together split again: numbered items
    ("... two school days. 3. Norland Police should ...") and inline bullets ("• ... • ...")."""
    out: list[Block] = []
    for b in doc.blocks:
        for numbered in _numbered_items(b):
            out.extend(_bulleted_items(numbered))
    return replace(doc, blocks=out) if len(out) != len(doc.blocks) else doc


def extract_document(doc: Document, use_model: bool = True) -> Report:
    """The stages after ingestion, for a Document already in memory."""
    from .nlp import Analyses

    doc = assemble_cards(split_run_on_items(join_page_splits(doc)))
    secs = sections(doc)
    cand, mention = candidates(doc, secs)
    texts: list[str] = []
    light: list[str] = []
    readable_tables = _tables_worth_reading(doc)
    for i, b in enumerate(doc.blocks):
        if b.kind == "table_row" and b.table not in readable_tables:
            if (i in cand or i in mention) and b.cells and _SCR_MENTION.search(b.cells[0].text):
                light.append(b.cells[0].text)  # a list of reviews: only its names are needed
            continue
        if i in cand:
            texts.extend(_block_texts(b))
        elif b.kind == "heading" or i in mention:
            light.extend(_block_texts(b))
        if i + 1 < len(doc.blocks) and doc.blocks[i + 1].kind == "table_row" and (i + 1) in cand:
            texts.append(b.text)
    docs = Analyses(texts, light)
    keys = rag_keys(doc, docs)
    drafts = Linker(doc, secs, docs, keys, cand).run()
    live = [d for d in drafts if d.text is not None or d.action is not None]
    judged = opinions([(d.text, d.action, d.category) for d in live]) if use_model else None
    stem = safe_text(Path(doc.source).stem)  # a file's name may hold what no output can carry
    entries, dropped = [], []
    for n, d in enumerate(live):
        belief = confidence(d)
        if judged is not None:
            if not keeps(belief, judged[n]):
                dropped.append(d)  # nor does its case name count as an SCR of the report
                continue
            belief = adjusted_confidence(belief, judged[n])
        entries.append(Recommendation(
            id=f"{stem}-r{len(entries) + 1:02d}", scr=d.scr, number=d.number, text=d.text, action=d.action,
            bodies=finish_bodies(d.bodies), status=d.status, due=d.due, page=d.page,
            evidence=evidence_of(d.text or d.action), confidence=belief))
    readable = cand | mention
    scrs, scrs_reported = _scrs(doc, secs, docs, readable, [d for d in drafts if all(d is not x for x in dropped)])
    mechanism = _mechanism(doc, secs, docs, readable)
    for e in entries:
        e.quotes = quotes_of(doc, e)
    rec9 = assess(entries, scrs_reported, mechanism)
    rec9.mechanism_page = page_of_text(doc, mechanism) if mechanism else None
    lscb, year = board_name(doc), period(doc)
    return Report(
        source=doc.source, sha256=doc.sha256, format=doc.format, pages=doc.pages,
        lscb=lscb, period=year, scrs=scrs, recommendations=entries,
        rec9=rec9,
        skip_reason=skip_reason(doc.text, lscb, year, has_entries=bool(entries)),
        page_kind=page_kind(doc), pages_not_read=page_ranges(doc.unread_pages),
    )
