"""The spaCy pipeline assembled from models/config.cfg and its rule components."""
from __future__ import annotations

import pytest

from extractor.nlp import Analyses, analyse, load_pipeline


def one(text):
    return analyse([text])[text]


def test_pipeline_is_blank_english_with_rule_components_only():
    nlp = load_pipeline()
    assert nlp.lang == "en"
    assert nlp.pipe_names == ["report_sentences", "body_ruler", "org_shape", "cue_ruler", "status_ruler",
                              "case_ruler", "date_ruler"]
    assert not any(getattr(p, "model", None) for _, p in nlp.pipeline)


def test_sentences_keep_number_labels_and_split_run_in_fields():
    doc = one("3.2 The Board should act. Recommendation 4: Police should share. Status: complete.")
    assert [s.text for s in doc.sents] == ["3.2 The Board should act.", "Recommendation 4: Police should share.",
                                           "Status: complete."]


def test_sentences_do_not_split_after_abbreviations_or_leading_labels():
    doc = one("4. See No. 3 of the plan. It was agreed.")
    assert [s.text for s in doc.sents] == ["4. See No. 3 of the plan.", "It was agreed."]


def test_sentences_open_after_a_line_break_and_at_a_bullet_after_a_semicolon_but_not_inside_brackets():
    doc = one("The plan was agreed; \u2022 Police will act.\n\nNext item here. (Status: open) and - Status: closed")
    assert [s.text for s in doc.sents] == ["The plan was agreed;", "\u2022 Police will act.\n\n", "Next item here.",
                                           "(Status: open) and - Status: closed"]


def test_a_leading_item_letter_does_not_end_a_sentence_nor_open_the_field_after_it():
    doc = one("a. Status: done. b. Recommendation 4: act")
    assert [s.text for s in doc.sents] == ["a.", "Status: done. b.", "Recommendation 4: act"]


def test_a_looked_up_doc_keeps_the_text_it_was_made_from():
    from extractor.nlp._extensions import doc_text
    text = "Recommendation 2: The CCG should act.  Status:\u00a0complete \u2013 see\tp. 4"
    doc = Analyses([text])[text]
    assert doc_text(doc) is text and doc.text == text  # kept, not joined again from the tokens


@pytest.mark.parametrize("text, body, sector", [
    ("Lead: the police public protection unit", "the police public protection unit", "police"),
    ("The CCG has issued guidance.", "The CCG", "health"),
    ("Health visitors will visit.", "Health visitors", "health"),
    ("All agencies should act.", "All agencies", "lscb"),
    ("Eastmere Hospitals NHS Foundation Trust should ensure it.", "Eastmere Hospitals NHS Foundation Trust", "health"),
    ("The Neglect Task and Finish Group launched it.", "Neglect Task and Finish Group", "lscb"),
    ("Wrenfield Youth Offending Service agreed.", "Wrenfield Youth Offending Service", "probation_youth_justice"),
    ("Pellingham Council Children's Social Care", "Pellingham Council Children's Social Care", "childrens_social_care"),
    ("The Housing Options team now informs them.", "Housing Options team", "housing"),
    ("Cafcass will attend.", "Cafcass", "cafcass"),
])
def test_bodies_from_gazetteer_and_shape(text, body, sector):
    doc = one(text)
    found = {(e.text, e._.sector) for e in doc.ents}
    assert (body, sector) in found


def test_coordinated_bodies_stay_apart():
    doc = one("The Youth Offending Service and Children's Social Care should agree.")
    assert [(e.text, e._.sector) for e in doc.ents] == [
        ("The Youth Offending Service", "probation_youth_justice"), ("Children's Social Care", "childrens_social_care")]


@pytest.mark.parametrize("text, names", [
    ("The review of Child D was published.", ["Child D"]),
    ("Family K and Baby Z were discussed.", ["Family K", "Baby Z"]),
    ("Young Person A was 15.", ["Young Person A"]),
    ("The review of Children V and W began.", ["Children V and W"]),
    ("Child S (2015) was published.", ["Child S (2015)"]),
    ("The child was seen.", []),
])
def test_case_names(text, names):
    doc = one(text)
    assert [s.text for s in doc.spans["cases"]] == names


def test_cues_mark_recommendations_actions_and_distractors():
    assert "REC_CUE" in one("The CCG should ensure that GPs record fathers.")._.cue_labels
    assert "ACTION_CUE" in one("Police have introduced a new form.")._.cue_labels
    assert "ACTION_CUE" in one("A briefing was circulated to 1,200 staff.")._.cue_labels
    assert "NON_ACTION" in one("Update awaited from lead agency.")._.cue_labels
    assert "DISTRACTOR" in one("The domestic homicide review recommended that ...")._.cue_labels
    assert "SCR_TERM" in one("The serious case review was published.")._.cue_labels


@pytest.mark.parametrize("text, code", [
    ("Complete", "completed"), ("Partially achieved", "in_progress"), ("Not yet started", "not_started"),
    ("Ongoing", "in_progress"), ("Closed", "completed"), ("Some slippage", "in_progress"), ("Not complete", "not_started"),
])
def test_status_words(text, code):
    doc = one(text)
    assert [s.id_ for s in doc.spans["status"]] == [code]


def test_rag_colours_are_marked_with_their_colour():
    doc = one("Amber")
    assert [(s.label_, s.id_) for s in doc.spans["status"]] == [("RAG", "amber")]


def test_dates_are_found():
    doc = one("Due by March 2016, reviewed in Q3 2016/17 and again in 2017/18.")
    assert [s.text for s in doc.spans["dates"]] == ["March 2016", "Q3 2016/17", "2017/18"]


def _spans(doc):
    return {key: [(s.start, s.end, s.label_, s.id_) for s in group] for key, group in doc.spans.items()}


def test_analyses_looks_texts_up_lazily_and_gives_what_analyse_gives():
    full = "Recommendation 2: The CCG and Police should review the MASH by March 2017. Status: complete."
    light = "The Board published the serious case review of Child P."
    docs = Analyses([full], [light, full])
    assert list(docs) == [light, full] and full in docs and "other" not in docs
    assert docs._done == {}  # nothing is analysed before it is asked for
    got = docs[full]
    want = analyse([full])[full]
    assert [t.text for t in got] == [t.text for t in want]
    assert [s.text for s in got.sents] == [s.text for s in want.sents]
    assert [(e.text, e.label_) for e in got.ents] == [(e.text, e.label_) for e in want.ents]
    assert _spans(got) == _spans(want) and got.spans.get("status")
    assert docs[full] is got  # analysed once
    assert list(docs._done) == [full]
    assert _spans(docs[light]) == _spans(analyse([light], light=True)[light])
    assert not docs[light].ents  # a light text skips the body ruler
    with pytest.raises(KeyError):
        docs["never planned"]


def test_analyses_add_plans_a_text_found_while_reading_and_full_leaves_the_plan_alone():
    """The linker's two requests: `add` for a label's rest (planned in full from then on),
    `full` for all of a text planned light or not at all (the plan stays as it was)."""
    light = "Actions completed by the Police this year"
    rest = "The CCG completed the audit in March 2017."
    docs = Analyses([], [light])
    whole = docs.full(light)
    assert whole.ents and whole.spans.get("status")  # body and status rulers ran
    assert not docs[light].ents and light in docs  # still planned light
    assert docs.full(light) is whole  # analysed once
    assert docs.full("unplanned status label") is not None and "unplanned status label" not in docs
    assert docs.get(rest) is None
    got = docs.add(rest)
    assert rest in docs and docs[rest] is got and got.ents
    assert _spans(got) == _spans(analyse([rest])[rest])
    assert docs.add(light) is docs[light]  # a planned text keeps its plan
    assert docs.add("") is None and docs.full("") is None


def test_no_module_of_the_linker_runs_spacy_itself():
    """The linker only looks texts up in the Analyses it is handed: no extractor/link module
    imports nlp's analyse or load_pipeline (a type import of Analyses is fine)."""
    import ast
    from pathlib import Path

    import extractor.link

    found = []
    for path in Path(extractor.link.__file__).parent.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[-1] == "nlp" \
                    and {a.name for a in node.names} & {"analyse", "load_pipeline"}:
                found.append(f"{path.name}:{node.lineno}")
    assert found == []


def test_cached_sentences_texts_and_semicolons_are_those_spacy_gives():
    # the readers take sentences and texts from a per-doc cache cut from the doc's text
    from extractor.ingest import read_document
    from extractor.nlp._extensions import doc_text, semicolons, sentences, span_text
    texts = [b.text for b in read_document("tests/data/report.docx").blocks if b.text]
    docs = analyse(texts)
    assert docs
    for text, doc in docs.items():
        assert doc_text(doc) == doc.text == text
        assert [(s.start, s.end, t) for s, t in sentences(doc)] == [(s.start, s.end, s.text) for s in doc.sents]
        assert sentences(doc) is sentences(doc)  # made once per doc
        assert all(span_text(doc[k:k + 4]) == doc[k:k + 4].text for k in range(len(doc)))
        assert semicolons(doc) == [t.i for t in doc if t.text == ";"]
    assert any(semicolons(doc) for doc in docs.values())


def test_cue_labels_read_directly_are_those_of_the_cue_spans_inside():
    from extractor.nlp._extensions import span_cues
    doc = one("The CCG should ensure that GPs record fathers. Police have introduced a new form. Update awaited.")
    cues = doc.spans["cues"]
    assert span_cues(doc) == doc._.cue_labels == {s.label_ for s in cues} and len(span_cues(doc)) >= 3
    for sent in doc.sents:
        inside = {s.label_ for s in cues if s.start >= sent.start and s.end <= sent.end}
        assert span_cues(sent) == sent._.cue_labels == inside
