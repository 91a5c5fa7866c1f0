"""Scoring extractor output against gold: matching, figures, grouping, CLI."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from extractor.cli import main
from extractor.errors import ReadError
from extractor.evaluate import (evaluate, evaluate_files, format_table, load_gold, match_entries,
                                normalise_lscb, normalise_period, pair_score, report_name,
                                token_f1)

DATA = Path(__file__).resolve().parent / "data" / "evaluate"


def entry(text, action=None, sectors=(), status="unknown", scr=None, id=None):
    return {"id": id, "scr": scr, "number": None, "text": text, "action": action,
            "bodies": [{"name": s, "sector": s} for s in sectors], "status": status,
            "due": None, "page": None, "evidence": None, "confidence": 1.0}


def report(source, entries, lscb="Ashcombe Local Safeguarding Children Board", period="2015-16",
           verdict="partly_meets", mechanism=True, fmt=None):
    return {"source": source, "sha256": "", "format": fmt, "pages": None, "lscb": lscb,
            "period": period, "scrs": [], "recommendations": entries,
            "rec9": {"scrs_reported": True, "recommendations_listed": True,
                     "actions_reported": None, "bodies_named": None,
                     "monitoring_mechanism": mechanism, "mechanism_evidence": None,
                     "verdict": verdict}}


GOLD_TEXT = "Health visitors should see every new baby at home within 14 days of birth."
GOLD_ACTION = "A new home visiting standard was agreed in May 2015."


def only_row(result):
    assert len(result["rows"]) == 1
    return result["rows"][0]


# ------------------------------------------------------------ tokens and names

def test_token_f1_is_case_insensitive_and_ignores_punctuation():
    assert token_f1("The LSCB should ACT.", "the lscb, should act") == 1.0
    assert token_f1(None, "anything") == 0.0
    assert token_f1("", "") == 0.0


def test_report_name_pairs_paths_with_gold_stems():
    assert report_name("corpus/reports/brackenholt-2013-14.pdf") == "brackenholt-2013-14"
    assert report_name("brackenholt-2013-14") == "brackenholt-2013-14"
    assert report_name("gold/brackenholt-2013-14.gold.json") == "brackenholt-2013-14"
    assert report_name("x/brackenholt-2013-14.HTML") == "brackenholt-2013-14"


@pytest.mark.parametrize("written", ["2014-15", "2014/15", "2014-2015", "2014 – 15",
                                     "April 2014 to March 2015", "2014/2015 annual report"])
def test_period_normalisation(written):
    assert normalise_period(written) == "2014-15"


def test_lscb_normalisation_ignores_case_leading_the_and_whitespace():
    assert normalise_lscb("The Ashcombe  Local Safeguarding\nChildren Board") == \
        normalise_lscb("ashcombe local safeguarding children board")
    assert normalise_lscb("Theydon LSCB") != normalise_lscb("ydon LSCB")
    g = report("ashcombe-2015-16", [])
    p = report("r/ashcombe-2015-16.pdf", [], lscb="THE Ashcombe Local Safeguarding Children Board",
               period="2015/2016")
    row = only_row(evaluate([p], [g]))
    assert row["lscb_right"] and row["period_right"]
    p2 = report("r/ashcombe-2015-16.pdf", [], lscb="Ashcombe Safeguarding Children Partnership",
                period="2016-17")
    row = only_row(evaluate([p2], [g]))
    assert not row["lscb_right"] and not row["period_right"]


# ------------------------------------------------------------ matching

def test_threshold_is_inclusive_at_half_overlap():
    gold = [entry("police must share records")]
    at = [entry("police must notify schools")]           # 2 of 4 each way: F1 0.5
    below = [entry("police must notify all schools")]    # 2/5 and 2/4: F1 0.444
    assert token_f1(at[0]["text"], gold[0]["text"]) == pytest.approx(0.5)
    assert token_f1(below[0]["text"], gold[0]["text"]) < 0.5
    assert len(match_entries(at, gold)) == 1
    assert match_entries(below, gold) == []


def test_best_pairs_first_not_first_come():
    g1 = "schools should share domestic abuse concerns with police"
    g2 = "police should share domestic abuse notifications with schools"
    p1 = "police should share domestic abuse notifications with schools promptly"
    p2 = "schools should share concerns with police officers quickly"
    # p1 fits both golds, g2 best; taking gold in order would give g1 to p1.
    assert token_f1(p1, g2) > token_f1(p1, g1) > token_f1(p2, g1) > 0.5
    assert token_f1(p2, g2) >= 0.5
    matches = match_entries([entry(p1), entry(p2)], [entry(g1), entry(g2)])
    assert {(m.gold, m.pred) for m in matches} == {(1, 0), (0, 1)}


def test_duplicate_prediction_is_one_hit_and_one_false_positive():
    g = report("ashcombe-2015-16", [entry(GOLD_TEXT, id="g1")])
    p = report("r/ashcombe-2015-16.pdf", [entry(GOLD_TEXT, id="p1"), entry(GOLD_TEXT, id="p2")])
    row = only_row(evaluate([p], [g]))
    assert (row["tp"], row["fp"], row["fn"]) == (1, 1, 0)
    assert row["matches"][0]["pred"] == "p1"
    assert row["false_positives"] == ["p2"]
    assert row["precision"] == 0.5 and row["recall"] == 1.0


def test_gold_text_null_is_matched_on_action():
    gold = entry(None, action=GOLD_ACTION)
    # the predicted text is not used when gold text is null, only the action
    assert pair_score(entry("Something else entirely", action=GOLD_ACTION), gold) == 1.0
    assert pair_score(entry(GOLD_ACTION, action=None), gold) == 0.0


def test_predicted_text_null_is_matched_on_action_against_gold_action():
    gold = entry(GOLD_TEXT, action=GOLD_ACTION)
    assert pair_score(entry(None, action=GOLD_ACTION), gold) == 1.0
    assert pair_score(entry(None, action="Training was delivered to staff."), gold) < 0.5
    # a gold entry without an action cannot be matched by an action-only prediction
    assert pair_score(entry(None, action=GOLD_TEXT), entry(GOLD_TEXT)) == 0.0


# ------------------------------------------------------------ figures

def test_empty_gold_and_empty_prediction_score_perfectly():
    row = only_row(evaluate([report("r/ashcombe-2015-16.pdf", [])], [report("ashcombe-2015-16", [])]))
    assert (row["precision"], row["recall"], row["f1"]) == (1.0, 1.0, 1.0)
    assert row["bodies_f1"] is None and row["status_accuracy"] is None


def test_empty_prediction_for_non_empty_gold_has_zero_recall():
    g = report("ashcombe-2015-16", [entry(GOLD_TEXT), entry(None, action=GOLD_ACTION)])
    row = only_row(evaluate([report("r/ashcombe-2015-16.pdf", [])], [g]))
    assert (row["tp"], row["fp"], row["fn"]) == (0, 0, 2)
    assert (row["precision"], row["recall"], row["f1"]) == (1.0, 0.0, 0.0)


def test_prediction_for_empty_gold_has_zero_precision():
    row = only_row(evaluate([report("r/ashcombe-2015-16.pdf", [entry(GOLD_TEXT)])],
                            [report("ashcombe-2015-16", [])]))
    assert (row["precision"], row["recall"], row["f1"]) == (0.0, 1.0, 0.0)


def test_fields_compared_on_matched_pairs():
    g = report("ashcombe-2015-16", [
        entry(GOLD_TEXT, action=GOLD_ACTION, sectors=["health", "lscb"], status="completed",
              scr="Child A"),
        entry("Schools should record every concern about neglect.", sectors=["education"],
              status="not_started", scr=None)])
    p = report("r/ashcombe-2015-16.pdf", [
        entry(GOLD_TEXT, action=None, sectors=["health", "police"], status="completed",
              scr="  child   a "),
        entry("Schools should record every concern about neglect.", action="Done.",
              sectors=["education"], status="unknown", scr="Child B"),
        entry("An unrelated business plan priority.", sectors=["lscb"])])
    row = only_row(evaluate([p], [g]))
    assert (row["tp"], row["fp"], row["fn"]) == (2, 1, 0)
    # sectors: tp health+education, fp police, fn lscb -> P = R = 2/3; unmatched entry not counted
    assert row["bodies_f1"] == pytest.approx(2 / 3)
    assert row["status_accuracy"] == 0.5
    assert row["scr_accuracy"] == 0.5       # "child a" right, Child B vs null wrong
    assert row["action_accuracy"] == 0.0    # presence differs in both pairs


def test_report_fields_verdict_and_mechanism():
    g = report("ashcombe-2015-16", [], verdict="meets", mechanism=True)
    row = only_row(evaluate([report("r/ashcombe-2015-16.pdf", [], verdict="meets", mechanism=True)], [g]))
    assert row["verdict_right"] and row["mechanism_right"]
    row = only_row(evaluate([report("r/ashcombe-2015-16.pdf", [], verdict="partly_meets",
                                    mechanism=False)], [g]))
    assert not row["verdict_right"] and not row["mechanism_right"]


def test_rows_per_format_and_groups():
    g = [report("ashcombe-2015-16", [entry(GOLD_TEXT)]),
         report("birchley-2018-19", [entry(GOLD_TEXT)])]
    pred = [report("a/ashcombe-2015-16.pdf", [entry(GOLD_TEXT)], fmt="pdf"),
            report("a/ashcombe-2015-16.docx", [], fmt="docx"),
            report("a/birchley-2018-19.pdf", [entry(GOLD_TEXT)], fmt="pdf"),
            report("a/birchley-2018-19.md", [entry(GOLD_TEXT), entry("extra words here")])]
    result = evaluate(pred, g, heldaside={"birchley-2018-19"})
    assert [(r["report"], r["format"]) for r in result["rows"]] == [
        ("ashcombe-2015-16", "docx"), ("ashcombe-2015-16", "pdf"),
        ("birchley-2018-19", "md"), ("birchley-2018-19", "pdf")]
    by_format = result["overall"]["by_format"]
    assert set(by_format) == {"docx", "md", "pdf"}
    assert (by_format["pdf"]["tp"], by_format["pdf"]["rows"], by_format["pdf"]["f1"]) == (2, 2, 1.0)
    assert (by_format["docx"]["fn"], by_format["docx"]["recall"]) == (1, 0.0)
    held, rest = result["overall"]["heldaside"], result["overall"]["not_heldaside"]
    assert (held["reports"], held["rows"], held["tp"], held["fp"]) == (1, 2, 2, 1)
    assert (rest["reports"], rest["rows"], rest["tp"], rest["fn"]) == (1, 2, 1, 1)
    assert result["overall"]["all"]["precision"] == pytest.approx(3 / 4)
    json.dumps(result)  # plain data all the way down


def test_missing_read_error_and_ignored_reports():
    g = [report("ashcombe-2015-16", [entry(GOLD_TEXT), entry("Second recommendation for schools.")]),
         report("corvale-2016-17", [entry(GOLD_TEXT)])]
    pred = [report("a/ashcombe-2015-16.pdf", [entry(GOLD_TEXT)], fmt="pdf"),
            report("a/dunmoor-2014-15.pdf", [entry(GOLD_TEXT)], fmt="pdf")]
    errors = [{"source": "a/ashcombe-2015-16.html", "error": "empty file (0 bytes)"}]
    result = evaluate(pred, g, errors=errors)
    assert result["missing"] == ["corvale-2016-17"]
    assert result["ignored"] == ["a/dunmoor-2014-15.pdf"]
    states = {(r["report"], r["format"]): r["state"] for r in result["rows"]}
    assert states == {("ashcombe-2015-16", "html"): "read_error",
                      ("ashcombe-2015-16", "pdf"): "ok", ("corvale-2016-17", None): "missing"}
    overall = result["overall"]["all"]
    assert (overall["tp"], overall["fp"], overall["fn"]) == (1, 0, 1 + 2 + 1)
    assert overall["lscb_accuracy"] == pytest.approx(1 / 3)


# ------------------------------------------------------------ files and CLI

def test_load_gold_uses_file_names_and_rejects_bad_folders(tmp_path):
    names = [g["source"] for g in load_gold(DATA / "gold")]
    assert names == ["ashcombe-2015-16", "birchley-2018-19", "corvale-2016-17"]
    with pytest.raises(ReadError, match="gold folder not found"):
        load_gold(tmp_path / "nope")
    with pytest.raises(ReadError, match="no \\*.gold.json"):
        load_gold(tmp_path)
    (tmp_path / "x.gold.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(ReadError, match="not a gold annotation file"):
        load_gold(tmp_path)


def test_evaluate_files_on_fixture():
    result = evaluate_files(DATA / "pred.json", DATA / "gold", DATA / "heldaside.txt")
    rows = {(r["report"], r["format"]): r for r in result["rows"]}
    assert set(rows) == {("ashcombe-2015-16", "pdf"), ("ashcombe-2015-16", "docx"),
                         ("ashcombe-2015-16", "html"), ("birchley-2018-19", "pdf"),
                         ("corvale-2016-17", None)}
    pdf = rows[("ashcombe-2015-16", "pdf")]
    assert (pdf["f1"], pdf["bodies_f1"], pdf["status_accuracy"], pdf["scr_accuracy"]) == \
        (1.0, 1.0, pytest.approx(2 / 3), 1.0)
    assert pdf["lscb_right"] and pdf["period_right"] and pdf["verdict_right"]
    docx = rows[("ashcombe-2015-16", "docx")]
    assert (docx["tp"], docx["fp"], docx["fn"]) == (1, 1, 2)
    assert docx["bodies_f1"] == pytest.approx(2 / 3)
    assert not (docx["lscb_right"] or docx["period_right"] or docx["verdict_right"]
                or docx["mechanism_right"])
    assert rows[("birchley-2018-19", "pdf")]["heldaside"]
    assert result["overall"]["heldaside"]["rows"] == 1


def test_cli_evaluate_with_pred(tmp_path):
    out = tmp_path / "scores.json"
    res = CliRunner().invoke(main, ["evaluate", "--gold", str(DATA / "gold"),
                                    "--pred", str(DATA / "pred.json"), "--json", str(out)])
    assert res.exit_code == 0, res.output
    lines = res.output.splitlines()
    pdf_line = next(l for l in lines if l.startswith("ashcombe-2015-16 pdf"))
    assert "1.00  1.00  1.00" in pdf_line and "✗" not in pdf_line
    assert any(l.startswith("held-aside") for l in lines)   # default <gold>/../heldaside.txt
    assert any(l.startswith("format docx") for l in lines)
    assert "missing (no prediction): corvale-2016-17" in res.output
    scores = json.loads(out.read_text(encoding="utf-8"))
    assert scores["overall"]["heldaside"]["reports"] == 1
    all_ = scores["overall"]["all"]
    assert (all_["tp"], all_["fp"], all_["fn"]) == (4, 1, 6)
    assert all_["bodies_f1"] == pytest.approx(12 / 13)


def test_cli_evaluate_usage_and_bad_gold(tmp_path):
    runner = CliRunner()
    res = runner.invoke(main, ["evaluate", "--gold", str(DATA / "gold")])
    assert res.exit_code == 2
    res = runner.invoke(main, ["evaluate", "--gold", str(tmp_path / "none"),
                               "--pred", str(DATA / "pred.json")])
    assert res.exit_code == 1 and "gold folder not found" in res.output
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"schema": "other/1", "reports": []}), encoding="utf-8")
    res = runner.invoke(main, ["evaluate", "--gold", str(DATA / "gold"), "--pred", str(bad)])
    assert res.exit_code == 1 and "not an scr-extract/1 prediction file" in res.output


def test_cli_evaluate_runs_the_extraction_on_inputs(tmp_path):
    gold_dir = tmp_path / "gold"
    gold_dir.mkdir()
    (gold_dir / "ashcombe-2015-16.gold.json").write_text(
        json.dumps(report("ashcombe-2015-16", [entry(GOLD_TEXT)])), encoding="utf-8")
    doc = tmp_path / "ashcombe-2015-16.txt"
    doc.write_text("Ashcombe Local Safeguarding Children Board\nAnnual Report 2015-16\n\n"
                   f"Recommendation 1: {GOLD_TEXT}\n", encoding="utf-8")
    out = tmp_path / "scores.json"
    res = CliRunner().invoke(main, ["evaluate", "--gold", str(gold_dir), "--json", str(out), str(doc)])
    assert res.exit_code == 0, res.output
    rows = json.loads(out.read_text(encoding="utf-8"))["rows"]
    # the state (read or not) and the scores depend on the readers and NLP stages;
    # this checks that INPUTS are extracted and paired with their gold
    assert [(r["report"], r["format"], r["gold_entries"]) for r in rows] == \
        [("ashcombe-2015-16", "txt", 1)]
    assert rows[0]["state"] in ("ok", "read_error")


def test_wrong_verdicts_are_traced_to_the_rec9_input_that_crossed_a_threshold():
    gold = report("ashcombe-2015-16", [entry(GOLD_TEXT, GOLD_ACTION)], verdict="meets")
    gold["rec9"].update(actions_reported=1.0, bodies_named=1.0)
    pred = report("r/ashcombe-2015-16.pdf", [entry(GOLD_TEXT, GOLD_ACTION)],
                  verdict="partly_meets", mechanism=False, fmt="pdf")
    pred["rec9"].update(actions_reported=0.9, bodies_named=0.5)
    result = evaluate([pred], [gold])
    assert only_row(result)["verdict_causes"] == ["mechanism", "bodies"]
    causes = result["overall"]["all"]["verdict_errors_by_cause"]
    assert causes == {"scrs": 0, "entries": 0, "mechanism": 1, "actions": 0, "bodies": 1}
    assert "mechanism 1, bodies 1" in format_table(result)


def test_a_right_verdict_has_no_causes():
    gold = report("ashcombe-2015-16", [entry(GOLD_TEXT)])
    result = evaluate([report("r/ashcombe-2015-16.pdf", [entry(GOLD_TEXT)], fmt="pdf")], [gold])
    assert only_row(result)["verdict_causes"] == []


def test_calibration_counts_entries_matching_gold_by_confidence_band():
    sure, unsure, wrong = entry(GOLD_TEXT), entry(None, GOLD_ACTION), entry("The budget was balanced this year.")
    sure["confidence"], unsure["confidence"], wrong["confidence"] = 0.95, 0.75, 0.72
    result = evaluate([report("a.pdf", [sure, unsure, wrong])],
                      [report("a", [entry(GOLD_TEXT), entry(None, GOLD_ACTION)])])
    bands = result["overall"]["all"]["calibration"]
    assert bands[">=0.9"] == {"entries": 1, "right": 1, "share": 1.0}
    assert bands["0.7-0.8"] == {"entries": 2, "right": 1, "share": 0.5}
    assert bands["<0.7"]["entries"] == 0 and bands["<0.7"]["share"] is None
    assert "0.7-0.8 1/2" in format_table(result)


def test_a_producer_tag_before_the_suffix_names_the_same_report():
    from extractor.evaluate import report_name
    assert report_name("corpus/reports/kinsford-vale-2017-18.chromium.pdf") == "kinsford-vale-2017-18"
    assert report_name("kinsford-vale-2017-18.weasyprint.pdf") == "kinsford-vale-2017-18"
    assert report_name("st.albans-2015-16.pdf") == "st.albans-2015-16"


def test_producer_named_from_pdf_metadata_or_format():
    from extractor.evaluate import producer_of
    assert producer_of("pdf", {"producer": "LibreOffice 7.4"}) == "LibreOffice"
    assert producer_of("pdf", {"producer": "Skia/PDF m156", "creator": "Chromium"}) == "Chromium"
    assert producer_of("pdf", {"producer": "WeasyPrint 70.0"}) == "WeasyPrint"
    assert producer_of("pdf", {"producer": "Adobe PDF Library 17", "creator": "Adobe InDesign 19"}) == "InDesign"
    assert producer_of("pdf", {}) == "PDF (no producer)"
    assert producer_of("docx", {}) == "DOCX"


def test_reading_fidelity_counts_gold_strings_delivered_contiguously():
    from extractor.evaluate import reading_fidelity
    gold = {"recommendations": [
        {"text": "Schools should refer children missing education within ten days.", "action": None},
        {"text": "Health visitors should record every adult.", "action": "A new template was issued."},
    ]}
    whole = ["Schools should refer children", "missing education within ten days.",  # across two blocks
             "Health visitors should record every adult.", "A new tem- plate was issued."]
    assert reading_fidelity(whole, gold) == (2, 3)
    interleaved = ["Schools should refer Health visitors should children missing education"]
    assert reading_fidelity(interleaved, gold) == (0, 3)


def test_funnel_counts_how_far_each_gold_entry_got():
    from extractor.evaluate import funnel, read_renderings
    source = str(DATA.parent / "layouts" / "rotated-tracker.chromium.pdf")
    gold = {"recommendations": [
        {"text": "Health visitors should record the names of all adults living with a new baby.", "action": None},
        {"text": "Schools should share attendance concerns about children on a plan with the allocated "
                 "social worker.", "action": None},
        # read, but in a section the linker does not read
        {"text": "The Board ran forty-two multi-agency courses during the year, attended by 1,150 staff "
                 "from all partner agencies.", "action": None},
        # not in the report at all
        {"text": "Dentists should ask about the children of adults who miss appointments.", "action": None},
    ]}
    reading = read_renderings([source], funnel=True)[source]
    assert funnel(reading, gold) == {"gold": 4, "read": 3, "selected": 2, "drafted": 2}
    assert read_renderings([source])[source].drafts is None  # without the funnel, ingestion only
