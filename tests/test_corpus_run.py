"""`scr-extract run corpus --json`: the whole sample corpus through the CLI, checked against the contract."""
import json

import jsonschema
from click.testing import CliRunner

from conftest import ROOT, SPEC
from extractor.assess import verdict
from extractor.cli import main


def test_the_corpus_run_validates_and_every_verdict_follows_the_rule(tmp_path):
    out = tmp_path / "corpus.json"
    result = CliRunner().invoke(main, ["run", str(ROOT / "corpus"), "--no-cache", "-q",
                                       "-o", str(tmp_path / "corpus.xlsx"), "--json", str(out)])
    assert result.exit_code == 0, result.output
    run = json.loads(out.read_text(encoding="utf-8"))
    jsonschema.validate(run, json.loads((SPEC / "scr-extract-1.schema.json").read_text(encoding="utf-8")))
    reports = run["reports"]
    assert len(reports) == len(list((ROOT / "corpus" / "reports").iterdir())) and not run["errors"]
    for r in reports:
        r9 = r["rec9"]
        expected = verdict(r9["scrs_reported"], len(r["recommendations"]), r9["actions_reported"],
                           r9["bodies_named"], r9["monitoring_mechanism"])
        assert r9["verdict"] == expected, r["source"]
    assert {r["rec9"]["verdict"] for r in reports} >= {"meets", "partly_meets", "does_not_meet"}
