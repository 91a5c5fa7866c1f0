"""The gated rulers find exactly what spaCy's own Matcher and entity ruler find on the whole doc."""
from pathlib import Path

import pytest

from extractor.nlp import load_pipeline

DATA = Path(__file__).parent / "data"
RULERS = ("cue_ruler", "status_ruler", "case_ruler", "date_ruler")
EXTRA = [
    "Child A and Child B (2019): the CCG has now also been asked. The review recommended that by 12 June 2019 "
    "R was done; Q3 2016/17, end of 2018, spring term 2020.",
    "Young Person X (2017) and Children V and W. The second asked the Police to act. A B G",
    "Agencies have been asked to respond by June. Work is being done and they are currently reviewing it; "
    "the Hartley children and the Ashdown family. MPS and SN staff met the ED team.",
    # tokens tested by REGEX / NOT_IN, optional tokens and flags (patterns checked without a Matcher)
    "Children V, W and X; Children V, W, and X; Siblings A and B; Child \u2018M\u2019 (2018); Child Abuse; Child Harper; "
    "Sibling Group Smith and Sibling group C. CHILD D. Young People Ellis.",
    "Work is still ongoing and actions are being reviewed; partners continue to monitor it. It is to be scheduled. "
    "No work has yet been done and no action have been. The review also advised that no training has been held. "
    "We asked the Trust for an update; we asked them for a response.",
    "By 1st March 2019, 12 June, end of term 2020, Q4 of 2016/17, spring 2018 and late 2019 the Board made 3 "
    "recommendations and accepted all of the 4 recommendations. The panel recommended a further review.",
]


def texts() -> list[str]:
    paras = (DATA / "report.md").read_text(encoding="utf-8").split("\n\n")
    return [p for p in paras if p.strip()] + EXTRA


@pytest.mark.parametrize("name", RULERS)
def test_windowed_matches_equal_whole_doc_matches(name):
    nlp = load_pipeline()
    ruler = nlp.get_pipe(name)
    found = 0
    for text in texts():
        doc = nlp.make_doc(text)
        whole = sorted(ruler.matcher(doc))
        assert sorted(ruler.token_matches(doc)) == whole, text
        found += len(whole)
    assert found  # every ruler's token patterns match somewhere in the sample


def test_windows_are_used_when_every_pattern_has_an_anchor():
    nlp = load_pipeline()
    ruler = nlp.get_pipe("case_ruler")
    ruler.token_matches(nlp.make_doc("nothing here"))
    assert ruler._rules  # the case patterns all start from a listed word
    assert ruler.token_matches(nlp.make_doc("No case is named in this sentence.")) == []


def test_fixed_patterns_are_checked_without_a_matcher():
    nlp = load_pipeline()
    ruler = nlp.get_pipe("cue_ruler")
    ruler.token_matches(nlp.make_doc("not yet"))
    direct = [r for r in ruler._rules if r.steps is not None]
    assert direct and all(r.matcher is None for r in direct)
    doc = nlp.make_doc("It was not yet done and will not be.")
    assert sorted(ruler.token_matches(doc)) == sorted(ruler.matcher(doc))


def test_patterns_of_single_and_optional_tokens_are_checked_without_a_matcher_whatever_they_test():
    nlp = load_pipeline()
    cases, cues = nlp.get_pipe("case_ruler"), nlp.get_pipe("cue_ruler")
    for ruler in (cases, cues):
        ruler.token_matches(nlp.make_doc("Child A"))
    assert all(r.matcher is None for r in cases._rules)  # REGEX, NOT_IN, IN, optional "," tokens
    runs = [r for r in cues._rules if r.steps and any(star for _, _, star in r.steps)]
    assert runs and all(r.matcher is None for r in runs)  # a "*" run of listed words ("has now been done")
    found = 0
    for text in EXTRA:
        doc = nlp.make_doc(text)
        for ruler in (cases, cues):
            assert sorted(set(ruler.token_matches(doc))) == sorted(set(ruler.matcher(doc))), text
            found += len(ruler.matcher(doc))
    assert found


def test_phrase_matcher_is_skipped_only_where_no_phrase_can_start():
    nlp = load_pipeline()
    ruler = nlp.get_pipe("status_ruler")
    assert ruler._phrase_gated and ruler._phrase_firsts
    for text in texts() + ["Nothing of the kind.", "Completed", ""]:
        doc = nlp.make_doc(text)
        assert ruler.phrase_matches(doc) == list(ruler.phrase_matcher(doc)), text


def test_anchors_avoid_stop_words_where_a_pattern_has_another_valued_token():
    nlp = load_pipeline()
    ruler = nlp.get_pipe("case_ruler")
    ruler.token_matches(nlp.make_doc("the Hartley children"))
    the = nlp.vocab.strings["the"]
    surname = [r for r in ruler._rules if r.reach.before]  # "the <Surname> children": anchored on "children"
    assert surname and all(the not in r.reach.anchor[1] for r in surname)
    doc = nlp.make_doc("We met the Hartley children and the Ashdown family.")
    assert sorted(ruler.token_matches(doc)) == sorted(ruler.matcher(doc)) != []


def test_body_ruler_finds_what_the_entity_ruler_finds():
    from spacy.pipeline import EntityRuler

    nlp = load_pipeline()
    ruler = nlp.get_pipe("body_ruler")
    found = 0
    for text in texts():
        doc = nlp.make_doc(text)
        assert ruler.match(doc) == EntityRuler.match(ruler, doc), text
        found += len(ruler.match(doc))
    assert found
    doc = nlp.make_doc("No acronym of a body here, only the police.")
    assert not ruler._token_patterns_may_match(doc)  # its token Matcher is not run at all


def test_body_ruler_runs_its_gazetteer_only_where_a_name_can_start_and_knows_names_added_later():
    import spacy
    from spacy.pipeline import EntityRuler

    nlp = load_pipeline()
    doc = nlp.make_doc("Only 42 cats sat here.")
    assert not nlp.get_pipe("body_ruler")._phrases_may_match(doc) and EntityRuler.match(nlp.get_pipe("body_ruler"), doc) == []
    blank = spacy.blank("en")
    ruler = blank.add_pipe("gated_entity_ruler", config={"phrase_matcher_attr": "LOWER"})
    ruler.add_patterns([{"label": "ORG", "pattern": "Eastmere Trust"}])
    assert [e.text for e in blank("the eastmere trust and wrenfield police").ents] == ["eastmere trust"]
    ruler.add_patterns([{"label": "ORG", "pattern": "Wrenfield Police"}])
    assert [e.text for e in blank("the eastmere trust and wrenfield police").ents] == ["eastmere trust", "wrenfield police"]


@pytest.mark.parametrize("name", ("cue_ruler", "status_ruler"))
def test_phrase_patterns_made_by_the_tokenizer_match_as_span_rulers_do(name):
    from spacy.matcher import PhraseMatcher

    nlp = load_pipeline()
    ruler = nlp.get_pipe(name)
    later = nlp.pipe_names[nlp.pipe_names.index(name):]
    reference = PhraseMatcher(nlp.vocab, attr="LOWER")
    with nlp.select_pipes(disable=later):  # what span_ruler.add_patterns gives its phrase matcher
        for entry in ruler.patterns:
            if isinstance(entry["pattern"], str):
                reference.add(repr((entry["label"], entry.get("id", ""))), [nlp(entry["pattern"])])
    found = 0
    for text in texts():
        doc = nlp.make_doc(text)
        assert sorted(ruler.phrase_matcher(doc)) == sorted(reference(doc)), text
        found += len(reference(doc))
    assert found
