"""Custom attributes the rule components write and the linker reads.

All in one place so that every component agrees on names:

- ``Span._.sector``: sector code (docs/taxonomy.md) of a responsible-body entity.
- ``Span._.cue_labels`` / ``Doc._.cue_labels``: labels of the cue spans
  (``doc.spans["cues"]``) that fall inside the span or doc.
- ``Span._.status_codes``: status codes of the status words inside the span.
"""
from __future__ import annotations

from bisect import bisect_left

from spacy.attrs import LOWER, ORTH, SHAPE, SPACY
from spacy.tokens import Doc, Span


def within(spans, span: Span) -> list[Span]:
    """The spans (entities, cues, case names, status words) that lie inside `span` (a sentence,
    a clause)."""
    return [s for s in spans if s.start >= span.start and s.end <= span.end]


def per_doc(doc: Doc, key: str, make):
    """make(doc), computed once per doc and kept with it (made again if its length changes):
    the stages ask the same doc for the same thing many times."""
    cached = doc.user_data.get(key)
    if cached is None or cached[0] != len(doc):
        cached = doc.user_data[key] = (len(doc), make(doc))
    return cached[1]


def keep_text(doc: Doc, text: str) -> None:
    """Keeps the text a doc was made from as its doc_text: the tokenizer loses no character
    (doc.text == text), so the join need not be done again."""
    doc.user_data["scr_extract.text"] = (len(doc), text)


def _joined_text(doc: Doc) -> str:
    # each token's text and whether a space follows, read as one array: the same join as
    # Doc.text (Token.text_with_ws) without a Token object per token
    strings = doc.vocab.strings
    return "".join(strings[orth] + " " if space else strings[orth]
                   for orth, space in doc.to_array([ORTH, SPACY]).tolist())


def doc_text(doc: Doc) -> str:
    """doc.text, joined once per doc: Doc.text and Span.text build a Token object for every
    token they join, and the readers ask for the text of many sentences of the same doc."""
    return per_doc(doc, "scr_extract.text", _joined_text)


def span_text(span: Span) -> str:
    """span.text, cut from the doc's text: a span's characters run from its first token's
    offset to its last token's end, which is what Span.text joins token by token."""
    return doc_text(span.doc)[span.start_char:span.end_char]


def sentences(doc: Doc) -> list[tuple[Span, str]]:
    """(sentence, its text) of every sentence of a doc, made once per doc: each walk of
    doc.sents builds new Span objects, and several stages walk the sentences of each text."""
    def make(doc: Doc) -> list[tuple[Span, str]]:
        text = doc_text(doc)
        return [(s, text[s.start_char:s.end_char]) for s in doc.sents]

    return per_doc(doc, "scr_extract.sentences", make)


def semicolons(doc: Doc) -> list[int]:
    """The positions of the doc's ";" tokens, in order, found once per doc in its ORTH array
    (the action clauses of a text are cut at them)."""
    def make(doc: Doc) -> list[int]:
        semi = doc.vocab.strings[";"] if ";" in doc.vocab.strings else None
        return [i for i, orth in enumerate(doc.to_array([ORTH]).tolist()) if orth == semi]

    return per_doc(doc, "scr_extract.semicolons", make)


#: the token attributes read as columns (token_columns)
COLUMNS = (ORTH, LOWER, SHAPE)


def token_columns(doc: Doc) -> tuple[dict[int, list[int]], dict]:
    """The doc's ORTH, LOWER and SHAPE values by token, and a cache the rulers keep of the sets of
    values present and of value positions; read once for the sentence rules and all the rulers,
    which do not change the tokens (Token objects, one per token, cost more than the columns)."""
    return per_doc(doc, "scr_extract.columns",
                   lambda doc: (dict(zip(COLUMNS, doc.to_array(list(COLUMNS)).T.tolist())), {}))


def span_group(doc: Doc, name: str) -> tuple[Span, ...]:
    """The spans of one of the doc's span groups (cues, status, cases, dates), none when it has
    no such group; made once per doc and group: iterating a SpanGroup builds a new Span object
    for each member on every walk, and the readers walk the same groups sentence by sentence
    and clause by clause. Made again if the group is replaced or changes size."""
    group = doc.spans.get(name)
    if group is None:
        return ()
    key = "scr_extract.group." + name
    cached = doc.user_data.get(key)
    if cached is None or cached[0] != (id(group), len(group)):
        cached = doc.user_data[key] = ((id(group), len(group)), tuple(group))
    return cached[1]


def _cue_table(doc: Doc) -> tuple[list[int], list[tuple[int, int, str]]]:
    """(starts, (start, end, label) sorted by start) of the doc's cue spans, read once per doc.

    Iterating a SpanGroup builds a Span object per member, and the linker asks for the
    cues of many sentences of the same doc; the table is rebuilt if the group changes size.
    """
    group = doc.spans.get("cues", [])
    cached = doc.user_data.get("scr_extract.cue_table")
    if cached is None or cached[0] != len(group):
        table = sorted((s.start, s.end, s.label_) for s in group)
        cached = (len(group), [row[0] for row in table], table)
        doc.user_data["scr_extract.cue_table"] = cached
    return cached[1], cached[2]


def span_cues(span: Span) -> set[str]:
    """Span._.cue_labels (Doc._.cue_labels for a doc), read without building the extension's
    accessor object on each call: the linker asks it of every sentence and clause."""
    return _doc_cues(span) if isinstance(span, Doc) else _span_cues(span)


def _span_cues(span: Span) -> set[str]:
    start, end = span.start, span.end
    starts, table = _cue_table(span.doc)
    # only cues starting inside the span can lie inside it
    return {label for _, e, label in table[bisect_left(starts, start):bisect_left(starts, end)] if e <= end}


def _doc_cues(doc: Doc) -> set[str]:
    return {label for _, _, label in _cue_table(doc)[1]}  # the group's labels, without a Span each


def _sector(span: Span) -> str | None:
    return span.id_ or None


def _status_codes(span: Span) -> list[str]:
    return [s.id_ for s in within(span_group(span.doc, "status"), span)
            if s.label_ in ("STATUS", "STATUS_CELL")]


def register() -> None:
    """Registers the attributes once (spaCy raises on a second plain registration)."""
    if not Span.has_extension("sector"):
        Span.set_extension("sector", getter=_sector)
    if not Span.has_extension("cue_labels"):
        Span.set_extension("cue_labels", getter=_span_cues)
    if not Doc.has_extension("cue_labels"):
        Doc.set_extension("cue_labels", getter=_doc_cues)
    if not Span.has_extension("status_codes"):
        Span.set_extension("status_codes", getter=_status_codes)


register()
