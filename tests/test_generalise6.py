"""Round-6 mechanisms of the linker: recommendations inside running prose — inline enumerated
clauses, a semicolon list after a stated count, family-name cases, acceptance and "all N have
been completed" that are no actions."""
from __future__ import annotations

from extractor.nlp import analyse
from extractor.link.from_prose import enumerated_clauses, listed_clauses
from extractor.pipeline import extract_document
from nlp_helpers import DocBuilder

BOARD = "Eastmere Local Safeguarding Children Board Annual Report 2018-19"


def report(builder):
    return extract_document(builder.build(), use_model=False)


def _sent(text: str):
    return next(iter(analyse([text])[text].sents))


def test_inline_enumerators_split_a_sentence_into_numbered_clauses():
    s = _sent("She recommended (i) that the police share notifications; (ii) that schools record absence; "
              "and (iii) that the Board revise its guidance.")
    clauses = enumerated_clauses(s)
    assert [c.number for c in clauses] == ["i", "ii", "iii"]
    assert [c.span.text for c in clauses] == ["that the police share notifications", "that schools record absence",
                                              "that the Board revise its guidance"]
    # a run may go on from the clause before it, but not start in the middle of nowhere
    later = _sent("She recommended (iv) that GPs record parental responsibility; and (v) that agencies escalate.")
    assert [c.number for c in enumerated_clauses(later, "iii")] == ["iv", "v"]
    assert enumerated_clauses(later) == []


def test_a_semicolon_list_is_split_only_when_it_holds_the_stated_count():
    s = _sent("In short, it asked us to refresh the strategy; to train staff; and to review core groups.")
    assert [c.span.text for c in listed_clauses(s, 3)] == ["refresh the strategy", "train staff", "review core groups"]
    assert listed_clauses(s, 4) == []
    assert listed_clauses(s, None) == []


def test_family_name_case_with_its_listed_recommendations_and_their_shared_status():
    b = DocBuilder().para(BOARD).heading("Serious case reviews")
    b.para("The second review concerned the Hartley children, four brothers and sisters. The review was published "
           "in March 2019.")
    b.para("The review made three recommendations, all addressed to the Board. In short, it asked us to refresh "
           "the neglect strategy; to commission training on working with hostile parents; and to seek assurance on how children's views "
           "are heard in core groups. The Board accepted all three recommendations in full, and each was given a "
           "lead. I am pleased to report that all three have been completed. Training workshops on working with hostile "
           "parents were held in March 2019.")
    r = report(b)
    assert [(c.name, c.stage) for c in r.scrs] == [("the Hartley children", "published")]
    entries = [e for e in r.recommendations if e.scr == "the Hartley children"]
    assert [e.text for e in entries] == ["refresh the neglect strategy", "commission training on working with hostile parents",
                                         "seek assurance on how children's views are heard in core groups"]
    assert all(e.status == "completed" for e in entries)
    assert all([b.name for b in e.bodies] == ["the Board"] for e in entries)
    # acceptance and "all three have been completed" are no action of any of them
    assert not any(e.action and ("accepted" in e.action or "all three" in e.action) for e in entries)
