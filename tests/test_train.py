"""`scr-extract train`: examples labelled from gold, a model that learns, cross-validation."""
import json
import shutil
from pathlib import Path

from extractor.classify import ACTION, RECOMMENDATION, opinions
from extractor.train import cross_validate, overlaps, train, training_texts

from conftest import ROOT

CORPUS = ROOT / "corpus"
# four development reports of different styles (tables, numbered lists, prose, action bullets)
SUBSET = ("amberleigh-2017-18", "norland-2017-18", "mowbray-2015-16", "oakwold-2014-15")


def _subset(tmp_path: Path) -> tuple[Path, Path]:
    reports, gold = tmp_path / "reports", tmp_path / "gold"
    reports.mkdir()
    gold.mkdir()
    for name in SUBSET:
        shutil.copy(CORPUS / "reports" / f"{name}.docx", reports)
        shutil.copy(CORPUS / "gold" / f"{name}.gold.json", gold)
    return reports, gold


def test_overlap_accepts_a_sentence_cut_differently_from_the_gold_span():
    gold = "The CCG should ensure that GPs record who has parental responsibility."
    assert overlaps("The CCG should ensure that GPs record who has parental responsibility for the child.", gold)
    assert overlaps("GPs record who has parental responsibility", gold)
    assert not overlaps("Schools should record attendance.", gold)


def test_examples_are_labelled_from_the_gold(tmp_path: Path):
    reports, gold = _subset(tmp_path)
    examples = training_texts(reports, gold, heldaside=set())
    assert {e.report for e in examples} == set(SUBSET)
    recs = [e for e in examples if e.cats[RECOMMENDATION]]
    n_gold = sum(1 for name in SUBSET for r in json.loads(
        (gold / f"{name}.gold.json").read_text())["recommendations"] if r["text"])
    assert len(recs) >= n_gold * 0.9           # nearly every gold text is found as an example
    assert len(examples) > 5 * len(recs)       # and there are many more negatives
    assert all(e.text.startswith("section_") for e in examples)
    assert not training_texts(reports, gold, heldaside=set(SUBSET))  # held-aside reports are never read


def test_training_writes_a_model_that_learnt_its_examples(tmp_path: Path):
    reports, gold = _subset(tmp_path)
    out = tmp_path / "model"
    lines: list[str] = []
    result = train(reports, gold, None, out, folds=2, say=lines.append)
    assert (out / "config.cfg").is_file() and result.model_dir == out
    assert set(result.cross_validation) == {RECOMMENDATION, ACTION}
    assert any("cross-validated" in line for line in lines)
    examples = training_texts(reports, gold, set())
    pos = next(e for e in examples if e.cats[RECOMMENDATION])
    neg = next(e for e in examples if not e.cats[RECOMMENDATION] and not e.cats[ACTION])
    # opinions() reads raw texts; the examples hold model_text, so strip the section word
    judged = opinions([(pos.text.split(" ", 1)[1], None, pos.text.split(" ", 1)[0][8:]),
                       (neg.text.split(" ", 1)[1], None, neg.text.split(" ", 1)[0][8:])], out)
    assert judged[0].recommendation > 0.5 > judged[1].recommendation


def test_cross_validation_judges_each_report_once(tmp_path: Path):
    reports, gold = _subset(tmp_path)
    examples = training_texts(reports, gold, set())
    scores = cross_validate(examples, folds=2)
    s = scores[RECOMMENDATION]
    assert s.tp + s.fp + s.fn + s.tn == len(examples)


def test_training_combines_gold_folders_and_records_them_in_the_model_meta(tmp_path: Path):
    reports, gold = _subset(tmp_path)
    imported = tmp_path / "reviewed-gold"
    imported.mkdir()
    for name in SUBSET[2:]:   # two reports' gold as `review import` writes it, moved out of the corpus gold
        d = json.loads((gold / f"{name}.gold.json").read_text())
        d.update(sha256="0" * 64, format="docx")
        (imported / f"{name}.gold.json").write_text(json.dumps(d))
        (gold / f"{name}.gold.json").unlink()
    assert {e.report for e in training_texts(reports, gold, set())} == set(SUBSET[:2])
    both = training_texts(reports, [gold, imported], set())
    assert {e.report for e in both} == set(SUBSET)
    out = tmp_path / "model"
    train(reports, [gold, imported], None, out, folds=1)
    meta = json.loads((out / "meta.json").read_text())["scr_extract"]
    assert meta["gold_folders"] == [str(gold), str(imported)]
    assert meta["reports"] == {**{n: str(gold) for n in SUBSET[:2]}, **{n: str(imported) for n in SUBSET[2:]}}


def test_training_reads_every_rendering_and_imported_gold_only_the_file_reviewed(tmp_path: Path):
    from extractor.cache import file_sha256

    reports, gold = tmp_path / "reports", tmp_path / "gold"
    reports.mkdir()
    gold.mkdir()
    name = "ashenden-2019-20"   # a designed report: no NAME.pdf or NAME.docx, only renderings
    for f in (CORPUS / "reports").glob(f"{name}.*"):
        shutil.copy(f, reports)
    d = json.loads((CORPUS / "gold" / f"{name}.gold.json").read_text())
    (gold / f"{name}.gold.json").write_text(json.dumps(d))
    every = training_texts(reports, gold, set())   # the corpus gold names no file: all three
    assert any(e.cats[RECOMMENDATION] for e in every)
    d["sha256"] = file_sha256(reports / f"{name}.chromium.pdf")
    (gold / f"{name}.gold.json").write_text(json.dumps(d))
    reviewed = training_texts(reports, gold, set())
    assert reviewed and any(e.cats[RECOMMENDATION] for e in reviewed)
    assert len(reviewed) < len(every)   # one rendering of the three


def test_status_examples_come_from_every_rendering_labelled_from_gold(tmp_path: Path):
    from extractor.train import status_texts

    reports, gold = tmp_path / "reports", tmp_path / "gold"
    reports.mkdir()
    gold.mkdir()
    name = "elsmere-down-2018-19"   # a designed report: an HTML page and its two PDF prints
    renderings = list((CORPUS / "reports").glob(f"{name}.*"))
    for f in renderings:
        shutil.copy(f, reports)
    answer = json.loads((CORPUS / "gold" / f"{name}.gold.json").read_text(encoding="utf-8"))
    for entry in answer["recommendations"]:
        entry["status"] = "not_started"  # a reviewer's word, whatever the rules read
    (gold / f"{name}.gold.json").write_text(json.dumps(answer), encoding="utf-8")
    examples = status_texts(reports, gold, set())
    assert {e.report for e in examples} == {name}
    assert len(examples) > len(answer["recommendations"])        # more than one rendering gives examples
    assert {e.status for e in examples} == {"not_started"}        # labelled from the gold ...
    assert any(e.rule_status not in ("not_started", "unknown") for e in examples)  # ... not from the rules
    assert all(e.text for e in examples)                          # each with the lines around it
    assert not status_texts(reports, gold, {name})                # held-aside reports are never read


def test_training_puts_the_status_model_beside_the_entry_classifier_with_its_gold_in_the_meta(tmp_path: Path):
    reports, gold = _subset(tmp_path)
    result = train(reports, gold, None, tmp_path / "models" / "entry_classifier", folds=1)
    assert result.status_dir == tmp_path / "models" / "status_classifier"
    meta = json.loads((result.status_dir / "meta.json").read_text())
    assert meta["scr_extract"]["gold_folders"] == [str(gold)]
    assert set(meta["scr_extract"]["reports"]) <= set(SUBSET)


def test_status_features_are_the_context_words_of_several_reports():
    from extractor.train import StatusText, status_features

    examples = [StatusText("a", "after_complete after_other after_reviews", "completed", "unknown"),
                StatusText("a", "after_complete", "completed", "completed"),
                StatusText("b", "after_complete after_lead", "completed", "completed"),
                StatusText("c", "after_lead", "in_progress", "in_progress")]
    assert status_features(examples) == ["after_complete", "after_lead", "no_chip"]   # one report's heading is no sign
