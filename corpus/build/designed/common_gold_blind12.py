"""Gold writer shared by make_stanmoor-2013-14.py and make_pellow-2017-18.py (blind12)."""
import json


def write_gold(path, name, lscb, period, scrs, entries, mechanism):
    recs = []
    for k, e in enumerate(entries, 1):
        ev_src = e["text"] or e["action"]
        recs.append({
            "id": "%s-r%02d" % (name, k),
            "scr": e["scr"],
            "number": e.get("number"),
            "text": e["text"],
            "action": e["action"],
            "bodies": [{"name": n, "sector": s} for n, s in e["bodies"]],
            "status": e["status"],
            "due": e.get("due"),
            "page": None,
            "evidence": " ".join(ev_src.split()[:14]),
            "confidence": 1.0,
        })
    n = len(recs)
    acts = round(sum(1 for r in recs if r["action"]) / n, 3) if n else None
    bods = round(sum(1 for r in recs if r["bodies"]) / n, 3) if n else None
    mon = mechanism is not None
    if not scrs and not n:
        verdict = "no_scrs"
    elif mon and acts >= 0.8 and bods >= 0.8:
        verdict = "meets"
    elif n == 0 or acts == 0:
        verdict = "does_not_meet"
    else:
        verdict = "partly_meets"
    gold = {
        "source": name, "sha256": None, "format": None, "pages": None,
        "lscb": lscb, "period": period,
        "scrs": [{"name": s, "stage": st, "page": None} for s, st in scrs],
        "recommendations": recs,
        "rec9": {
            "scrs_reported": bool(scrs),
            "recommendations_listed": any(r["text"] for r in recs),
            "actions_reported": acts,
            "bodies_named": bods,
            "monitoring_mechanism": mon,
            "mechanism_evidence": mechanism,
            "verdict": verdict,
        },
    }
    with open(path, "w", encoding="utf-8") as f:
        json.dump(gold, f, indent=1, ensure_ascii=False)
        f.write("\n")
