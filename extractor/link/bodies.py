"""Responsible bodies: from a lead cell, from a sentence's subject or addressee, and "all partner agencies"."""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Span

from ..nlp.org_shape import classify_sector, sector_keywords
from ..report import ResponsibleBody
from ..resources import table
from .draft import cue_spans, is_empty, window, within

ALL_AGENCIES = "all partner agencies"
_ALL_AGENCIES_RE = re.compile(r"^(?:all|every|each)\s+(?:partner\s+|member\s+|relevant\s+)?(?:agenc(?:y|ies)|partners?|organisations?|"
                              r"professionals|practitioners|services)\b"
                              r"|^partner agencies$|^all$", re.I)
_SUBJECT_NEXT = {"has", "have", "had", "is", "are", "was", "were", "will", "now", "also",
                 "should", "must", "to", "and", "have", "ran", "run", "led", "took", "made", "met", "wrote", "sent", "held",
                 "gave", "built", "set", "put", "began", "agreed", "continues", "continue", "leads", "provides", "provide"}
_PREPOSITIONS = {"for", "to", "of", "with", "in", "on", "at", "from", "into", "across", "between", "within", "about"}
#: REC_CUE openings that are a modal ("should", "needs"), not a reporting verb ("recommended")
MODALS = {"should", "must", "needs", "need", "is", "are"}
_ADDRESSING = {"asked", "on", "recommended", "required", "that", "urged", "to"}


def _trimmed(name: str) -> str:
    """The name without edge punctuation; a parenthesis closed inside it stays ("Acute trust (ED)")."""
    name = re.sub(r"\s+", " ", name).strip(" ,.;:")
    while True:
        if name.startswith("(") and name.endswith(")") and "(" not in name[1:-1] and ")" not in name[1:-1]:
            name = name[1:-1]
        elif name.endswith(")") and name.count(")") > name.count("("):
            name = name[:-1]
        elif name.startswith("(") and name.count("(") > name.count(")") or name.startswith(")"):
            name = name[1:]
        elif name.endswith("("):
            name = name[:-1]
        else:
            return name
        name = name.strip(" ,.;:")


def responsible_body(name: str, sector: str | None) -> ResponsibleBody:
    name = _trimmed(name)
    if _ALL_AGENCIES_RE.search(name):
        return ResponsibleBody(ALL_AGENCIES, "lscb")
    return ResponsibleBody(name, sector or "other")


def add_bodies(target: list[ResponsibleBody], new: list[ResponsibleBody]) -> None:
    """Adds bodies once each (by name, case-insensitive, and by 'all partner agencies')."""
    seen = {b.name.lower() for b in target}
    for b in new:
        if b.name.lower() not in seen:
            target.append(b)
            seen.add(b.name.lower())


def finish_bodies(bodies: list[ResponsibleBody]) -> list[ResponsibleBody]:
    """'all partner agencies' only when no specific body is named."""
    specific = [b for b in bodies if b.name != ALL_AGENCIES]
    return specific if specific else bodies


@lru_cache(maxsize=1)
def _keyword_table() -> list[tuple[str, str]]:
    """The sector keywords the org_shape component types bodies by (models/org_sectors.csv)."""
    return sector_keywords(table("org_sectors.csv"))


_PART_BREAK = {",", ";", "/", "&", "and", "+"}


#: a parenthesised qualifier after a body is part of its name ("Acute trust (ED)") when at most this long
_QUALIFIER_TOKENS = 4


def _whole_part(doc: Doc, ent: Span) -> Span:
    """The body as the cell writes it: with lower-case modifiers before it ("secondary head
    teachers"), a possessive's noun or a shared head after it ("the Partnership's training
    team", "GP leads") and a parenthesised qualifier ("Acute trust (ED)")."""
    start, end = ent.start, ent.end
    while start > 0 and doc[start - 1].is_alpha and doc[start - 1].is_lower and doc[start - 1].lower_ not in _PART_BREAK \
            and doc[start - 1].lower_ not in ("the", "a", "an", "of", "by", "with", "for", "from"):
        start -= 1
    if end < len(doc) and doc[end].lower_ in ("'s", "\u2019s"):
        stop = end + 1
        while stop < len(doc) and doc[stop].is_alpha and doc[stop].is_lower and doc[stop].lower_ not in _PART_BREAK:
            stop += 1
        if stop > end + 1:
            end = stop
    elif end < len(doc) and doc[end].lower_ in shared_heads() and doc[end].is_lower:
        end += 1
    if end < len(doc) and doc[end].text == "(":
        close = next((t for t in doc[end + 1:end + 2 + _QUALIFIER_TOKENS] if t.text in ("(", ")")), None)
        if close is not None and close.text == ")" and close.i > end + 1:
            end = close.i + 1
    return doc[start:end]


#: where a lead cell lists several bodies: / , ; & and + outside parentheses ("Health (HV/SN)" is one)
_CELL_LIST_BREAK = re.compile(r"\s*(?:/|,|;|&|\band\b|\+)\s*(?![^()]*\))")


def bodies_of_cell(text: str, doc: Doc | None) -> list[ResponsibleBody]:
    """Bodies in a lead / by-whom cell: entities found, else the cell split on / , & and."""
    out: list[ResponsibleBody] = []
    if is_empty(text):
        return out
    if _ALL_AGENCIES_RE.search(text.strip()):
        out.append(ResponsibleBody(ALL_AGENCIES, "lscb"))
    if doc is not None:
        taken = -1  # an entity inside the previous body's qualifier ("ED" in "Acute trust (ED)") is not another
        for ent in doc.ents:
            if ent.start < taken:
                continue
            part = _whole_part(doc, ent)
            taken = part.end
            add_bodies(out, [responsible_body(part.text, ent._.sector)])
    specific = [b for b in out if b.sector != "other"]
    if specific:
        out = specific  # "Housing Services Manager, Brindlemoor District Council": the service says who
    if not out:
        for part in _CELL_LIST_BREAK.split(text):
            if part and not is_empty(part) and len(part) < 80:
                add_bodies(out, [responsible_body(part, classify_sector(part, _keyword_table()))])
    return out


@lru_cache(maxsize=1)
def shared_heads() -> frozenset[str]:
    """Plural nouns that several coordinated modifiers share (models/shared_heads.csv)."""
    return frozenset(r["head"].lower() for r in table("shared_heads.csv") if r["head"])


_COORDINATORS = {",", "and", "&", "or"}


def distribute_shared_head(doc: Doc, ents: list[Span]) -> list[tuple[str, str | None]]:
    """(name, sector) of bodies, a head shared by coordinated modifiers given to each.

    "Police, health and education partners" names three bodies: "Police", "health
    partners" and "education partners". The head ("partners", "services") must follow
    the last modifier directly; lower-case modifiers coordinated before it by commas and
    "and" share it, a capitalised name ("Police") stands alone.
    """
    out: list[tuple[str, str | None]] = []
    taken: set[int] = set()
    for k, head in enumerate(ents):
        if len(head) != 1 or head.text.lower() not in shared_heads() or not head.text.islower():
            continue
        mods: list[Span] = []
        j = k - 1
        gap_ok = lambda a, b: all(t.lower_ in _COORDINATORS for t in doc[a.end:b.start])  # noqa: E731
        nxt = head
        while j >= 0 and ents[j].text[:1].islower() and (
                ents[j].end == nxt.start if not mods else gap_ok(ents[j], nxt)):
            mods.append(ents[j])
            nxt = ents[j]
            j -= 1
        if mods:
            taken.update(id(m) for m in mods)
            taken.add(id(head))
            for m in reversed(mods):
                out.append((f"{m.text} {head.text}", m._.sector, m.start))
    result = [(e.text, e._.sector, e.start) for e in ents if id(e) not in taken] + out
    return [(n, s) for n, s, _ in sorted(result, key=lambda x: x[2])]


def subject_bodies(span, *, before_cue: bool) -> list[ResponsibleBody]:
    """Bodies a sentence makes responsible.

    In a recommendation (before_cue): the bodies before "should"/"must" (its subject)
    and those right after "asked"/"called on" (its addressee). In an action: bodies
    that are the subject of a verb ("the CCG has issued", "Police introduced") or the
    agent of a passive ("delivered by the Police").
    """
    out: list[ResponsibleBody] = []
    if span is None:
        return out
    doc, _, _ = window(span)
    for k, sent in enumerate(span.sents):
        ents = within(doc.ents, sent)
        if not ents:
            continue
        if before_cue and k == 0:
            out.extend(headline_subject(doc, sent, ents))
        if before_cue:
            rec = within(cue_spans(doc, "REC_CUE"), sent)
            if not rec:
                continue
            modal = next((c for c in rec if doc[c.start].lower_ in MODALS), None)
            if modal is not None:  # the subject of "should" / "must"
                # not the reviewer who "advised that" / "recommended that" it should
                comp = reported_clause_start(doc, sent.start, modal.start)
                subject = [e for e in ents if e.end <= modal.start and modal.start - e.end <= 12 and e.start >= comp]
                for name, sector in distribute_shared_head(doc, subject):
                    out.append(responsible_body(name, sector))
            for c in rec:  # the addressee of "asked" / "called on" / "recommended that"
                if doc[c.end - 1].lower_ not in _ADDRESSING:
                    continue
                j = c.end
                while j < sent.end:
                    while j < sent.end and doc[j].lower_ in {",", "and", "&", "all"}:
                        j += 1
                    e = next((x for x in ents if x.start in (j, j + 1)), None)
                    if e is None:
                        break
                    out.append(responsible_body(e.text, e._.sector))
                    j = e.end
        else:
            for k, e in enumerate(ents):
                j = e.end
                # skip a coordinated list of bodies ("Children's Services and the two NHS trusts have")
                while True:
                    while j < sent.end and doc[j].lower_ in {",", "and", "&", "the", "with"}:
                        j += 1
                    nxt_ent = next((x for x in ents if x.start == j), None)
                    if nxt_ent is None:
                        break
                    j = nxt_ent.end
                nxt = doc[j] if j < sent.end else None
                prev = doc[e.start - 1] if e.start > sent.start else None
                is_subject = nxt is not None and (
                    nxt.lower_ in _SUBJECT_NEXT or (nxt.is_alpha and nxt.lower_.endswith("ed") and nxt.is_lower))
                is_agent = prev is not None and prev.lower_ in {"by", "through"}
                after_preposition = prev is not None and prev.lower_ in _PREPOSITIONS
                if (is_subject and not after_preposition) or is_agent or e.start == sent.start:
                    out.append(responsible_body(e.text, e._.sector))
    dedup: list[ResponsibleBody] = []
    add_bodies(dedup, out)
    return dedup

#: what follows a recommendation's opening bodies when they are to act ("Health providers to ensure ...")
_HEADLINE_MODALS = {"to", "should", "must", "will", "shall", "need", "needs"}
#: an imperative's opening before its object clause is at most this long ("Make sure that")
_IMPERATIVE_OPENING = 3
_DETERMINERS = {"the", "all", "each", "every"}


def headline_subject(doc: Doc, sent: Span, ents: list[Span]) -> list[ResponsibleBody]:
    """The bodies a recommendation opens with, when it is they who are to act.

    Recommendations set out as headlines name their bodies first: "Health providers to
    ensure ...", "The Partnership will seek ...", "That the local authority reviews ...",
    and the imperative's object clause "Ensure that school nurses and early years settings
    share ...". Bodies named later ("... with the health visitor and GP") are not the
    addressees.
    """
    j = sent.start
    that_clause = False
    opening = doc[sent.start:min(sent.end, sent.start + _IMPERATIVE_OPENING + 1)]
    that = next((t for t in opening if t.lower_ == "that"), None)
    if that is not None and not any(e.start < that.i for e in ents) and doc[sent.start].is_title:
        j, that_clause = that.i + 1, True  # "That X reviews", "Ensure that X shares", "Make sure that X ..."
    found: list[Span] = []
    while j < sent.end:
        e = next((x for x in ents if x.start == j or x.start == j + 1 and doc[j].lower_ in _DETERMINERS), None)
        if e is None:
            break
        found.append(e)
        j = e.end
        while j < sent.end and doc[j].lower_ in {",", "and", "&"}:
            j += 1
    if not found or j >= sent.end:
        return []
    nxt = doc[j]
    acts = nxt.lower_ in _HEADLINE_MODALS or that_clause and nxt.is_alpha and nxt.is_lower \
        and nxt.lower_ not in _PREPOSITIONS | {"who", "which", "that", "or"}
    return [responsible_body(name, sector) for name, sector in distribute_shared_head(doc, found)] if acts else []


#: verbs that report a recommendation: entities before their "that" made it, they do not carry it out
_REPORTING = {"recommended", "recommends", "advised", "advises", "asked", "suggested", "proposed", "concluded",
              "urged", "noted", "found", "said", "stated", "agreed", "also", "further"}


def reported_clause_start(doc: Doc, lo: int, modal: int) -> int:
    """Token index where the clause holding a modal starts after a reporting "that" (else lo)."""
    start = lo
    for t in doc[lo:modal]:
        if t.lower_ == "that" and t.i > lo and doc[t.i - 1].lower_ in _REPORTING:
            start = t.i + 1
    return start


def coordinated_subjects(piece: Span) -> list[ResponsibleBody]:
    """The subject bodies of one of several recommendations coordinated in a sentence."""
    m = next((t for t in piece if t.lower_ in ("should", "must")), None)
    if m is None:
        return []
    doc = piece.doc
    start = reported_clause_start(doc, piece.start, m.i)
    out = [responsible_body(e.text, e._.sector) for e in doc.ents if e.start >= start and e.end <= m.i and m.i - e.end <= 12]
    subject = re.sub(r"^(?:the|and|that|finally|also)\s+", "", doc[start:m.i].text.strip(" ,"), flags=re.I)
    if not out and _ALL_AGENCIES_RE.search(subject):
        out.append(ResponsibleBody(ALL_AGENCIES, "lscb"))
    return out
