"""`scr-extract evaluate` end to end on a small subset of the corpus, as `make evaluate` runs it."""
import json

from click.testing import CliRunner

from conftest import ROOT
from extractor.cli import main

CORPUS = ROOT / "corpus"


def test_evaluate_scores_a_corpus_subset(tmp_path):
    inputs = [CORPUS / "reports" / "brackenholt-2013-14.docx",
              CORPUS / "reports" / "oakwold-2014-15.txt",
              CORPUS / "reports" / "kestlebury-2012-13.pdf"]
    out = tmp_path / "scores.json"
    result = CliRunner().invoke(main, ["evaluate", "--gold", str(CORPUS / "gold"),
                                       "--json", str(out), *map(str, inputs)])
    assert result.exit_code == 0, result.output
    scores = json.loads(out.read_text(encoding="utf-8"))
    rows = {(r["report"], r["format"]) for r in scores["rows"]}
    assert rows == {("brackenholt-2013-14", "docx"), ("oakwold-2014-15", "txt"),
                    ("kestlebury-2012-13", "pdf")}
    overall = scores["overall"]["all"]
    # Development reports in three styles (action-plan table, action-only list, no SCR):
    # a regression in any reader or in linking shows here.
    assert overall["f1"] >= 0.8
    assert overall["period_accuracy"] == 1.0
    assert "brackenholt-2013-14" in result.output



def test_rules_only_reaches_the_workers():
    """The batch option travels to the worker processes: their entries carry the rules' own
    confidence, which the classifier would have moved."""
    from extractor import extract
    from extractor.batch import BatchOptions, run_batch

    path = ROOT / "tests" / "data" / "nlp" / "prose-2015-16.docx"  # prose: confidence below the cap

    def confidences(model):
        run = run_batch([path], BatchOptions(jobs=1, progress=False, use_cache=False, use_model=model))
        return [e.confidence for e in run.reports[0].recommendations]
    assert confidences(False) == [e.confidence for e in extract(path, use_model=False).recommendations]
    assert confidences(True) == [e.confidence for e in extract(path).recommendations]
    assert confidences(False) != confidences(True)
