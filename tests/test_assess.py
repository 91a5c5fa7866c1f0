from extractor.assess import assess, verdict
from extractor.report import Recommendation, ResponsibleBody


def entry(action=None, bodies=(), text="The LSCB should act."):
    return Recommendation(id="x", scr="Child A", number=None, text=text, action=action,
                          bodies=[ResponsibleBody(n, "lscb") for n in bodies])


def test_no_scrs_when_nothing_reported():
    a = assess([], scrs_reported=False, mechanism_evidence=None)
    assert a.verdict == "no_scrs"
    assert a.actions_reported is None and a.bodies_named is None


def test_scrs_without_entries_do_not_meet():
    assert assess([], scrs_reported=True, mechanism_evidence="x").verdict == "does_not_meet"


def test_meets_needs_mechanism_and_both_shares():
    entries = [entry("done", ["Police"])] * 4 + [entry(None, ["CCG"])]
    a = assess(entries, True, "The sub-group monitors the plan.")
    assert (a.actions_reported, a.bodies_named, a.verdict) == (0.8, 1.0, "meets")
    assert assess(entries, True, None).verdict == "partly_meets"


def test_no_actions_does_not_meet():
    assert assess([entry(None, ["Police"])], True, "x").verdict == "does_not_meet"


def test_verdict_partly_when_bodies_missing():
    assert verdict(True, 3, 1.0, 0.5, True) == "partly_meets"
