"""The reviewer loop's learning curve on one family of reports the tool reads badly.

    python -m extractor.review_curve [--steps 1 2 4] [--family PREFIX] [--out FILE]

The family is the designed reports held aside (corpus/heldaside.txt and the designed half of
the corpus, corpus/build/designed.py: HTML pages with their own CSS, Word documents with text
boxes and frames, LibreOffice Draw and Impress files), each written blind in a design of its
own and never read while the rules were written. A baseline is trained on the development
gold; then the first 1, 2, 4 reports of the family (in name order) are reviewed by the
simulated reviewer (workbook written, filled from their gold, imported by `review import`),
taken out of the held-aside list, and the entry classifier and the status model are retrained
on the development gold plus the imported gold (`train`); the rest of the family (the same
reports at every step) is scored with them: entries F1 and status accuracy over every
rendering. Models go to a temporary folder; models/ is never touched.

`--family wenlow` takes only the reports of one board over six years, written blind in one
template of its own (corpus/heldaside.txt): the case the loop is for, an official reviewing
last year's workbook before this year's run.
"""
from __future__ import annotations

import argparse
import functools
import json
import shutil
import tempfile
from pathlib import Path

from .resources import MODELS  # noqa: F401 (the package's models folder, never written here)

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"


def held() -> set[str]:
    from .evaluate import load_heldaside

    return load_heldaside(CORPUS / "heldaside.txt")


def family() -> list[str]:
    """The designed reports held aside, in name order."""
    built = {p.stem for p in (CORPUS / "build" / "reports").glob("*.py")}
    html = {p.stem for p in (CORPUS / "reports").glob("*.html") if p.stem not in built}
    sources = CORPUS / "build" / "designed"
    other = {p.stem.removeprefix("make_") for p in [*sources.glob("make_*.py"), *sources.glob("*.fod?")]}
    return sorted((html | other) & held())


def files_of(names: list[str]) -> list[Path]:
    return sorted(p for n in names for p in (CORPUS / "reports").glob(f"{n}.*"))


def scores(model: Path, names: list[str]) -> dict:
    """Entries F1 and status accuracy on every rendering of `names`, extracted with the models
    in the folder `model` (entry_classifier/, status_classifier/)."""
    from . import classify, entries, pipeline
    from .evaluate import evaluate, load_gold

    original = entries.opinions, entries.status_opinions
    entries.opinions = functools.partial(classify.opinions, path=model / "entry_classifier")
    entries.status_opinions = functools.partial(classify.status_opinions, path=model / "status_classifier")
    try:
        pred = [pipeline.extract(p).to_dict() for p in files_of(names)]
    finally:
        entries.opinions, entries.status_opinions = original
    gold = [g for g in load_gold(CORPUS / "gold") if g["source"] in names]
    overall = evaluate(pred, gold)["overall"]["all"]
    return {k: overall.get(k) for k in ("f1", "precision", "recall", "status_accuracy", "bodies_f1")}


def classifier_scores(model: Path, names: list[str]) -> dict:
    """F1 of the classifier's own labels (recommendation, action taken, at 0.5) on every piece
    of text of the renderings of `names`, labelled from their gold as `train` labels: what the
    model learnt, whatever the rules around it do with its opinion."""
    from .classify import LABELS, load_classifier, model_text
    from .evaluate import load_gold, prf
    from .ingest import read_document
    from .train import _pieces, overlaps

    nlp = load_classifier(model / "entry_classifier")
    gold = {g["source"]: g for g in load_gold(CORPUS / "gold") if g["source"] in names}
    counts = {label: [0, 0, 0] for label in LABELS}   # tp, fp, fn
    for path in files_of(names):
        g = gold[next(n for n in names if path.name.startswith(n + "."))]
        spans = {"SCR_RECOMMENDATION": [e["text"] for e in g["recommendations"] if e.get("text")],
                 "ACTION_TAKEN": [e["action"] for e in g["recommendations"] if e.get("action")]}
        pieces = list(dict.fromkeys(_pieces(read_document(path))))
        for (unit, category), doc in zip(pieces, nlp.pipe(model_text(u, c) for u, c in pieces)):
            for label in LABELS:
                truth = any(overlaps(unit, " ".join(t.split())) for t in spans.get(label, []))
                said = doc.cats[label] >= 0.5
                counts[label][0] += said and truth
                counts[label][1] += said and not truth
                counts[label][2] += truth and not said
    return {f"{label}_f1": prf(*c)["f1"] for label, c in counts.items()}


def reviewed_gold(names: list[str], folder: Path) -> Path:
    """The gold of `names` as officials' review gives it: the tool's workbook for their files,
    filled by the simulated reviewer, imported."""
    from .batch import BatchOptions, run_batch
    from .evaluate import load_gold
    from .export.reviewed import import_review
    from .export.simulated_review import review_from_gold
    from .export.xlsx import write_workbook

    result = run_batch(files_of(names), BatchOptions(progress=False, jobs=1))
    workbook = folder / "reviewed.xlsx"
    write_workbook(result, workbook)
    review_from_gold(workbook, result, [g for g in load_gold(CORPUS / "gold") if g["source"] in names])
    import_review(workbook, folder / "gold")
    return folder / "gold"


def main(argv: list[str] | None = None) -> None:
    from .train import train

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--steps", type=int, nargs="*", default=[1, 2, 4])
    parser.add_argument("--out", type=Path, default=None, help="also write the figures here (JSON)")
    parser.add_argument("--family", default="", metavar="PREFIX",
                        help="only the family's reports whose names start so: one board's reports of "
                             "several years in one template (wenlow)")
    args = parser.parse_args(argv)
    names = [n for n in family() if n.startswith(args.family)]
    test = names[max(args.steps):]
    print(f"family: {len(names)} designed reports held aside; scored: {', '.join(test)}")
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        base = tmp / "corpus-gold-without-family"
        base.mkdir()
        for g in (CORPUS / "gold").glob("*.gold.json"):
            if g.name.removesuffix(".gold.json") not in names:
                shutil.copy(g, base)
        for k in [0, *args.steps]:
            folders = [base]
            if k:
                step = tmp / f"review-{k}"
                step.mkdir()
                folders.append(reviewed_gold(names[:k], step))
            model = tmp / f"model-{k}"
            still_held = tmp / f"heldaside-{k}.txt"   # the reviewed reports are development reports now
            still_held.write_text("\n".join(sorted(held() - set(names[:k]))) + "\n", encoding="utf-8")
            train(CORPUS / "reports", folders, still_held, model / "entry_classifier", folds=1)
            figures = {**scores(model, test), **classifier_scores(model, test)}
            rows.append({"reviewed": k, "reports": names[:k], **figures})
            print(f"reviewed {k}: F1 {figures['f1']:.3f}  status {figures['status_accuracy'] or 0:.3f}  "
                  f"(P {figures['precision']:.3f} R {figures['recall']:.3f}); classifier F1: "
                  + ", ".join(f"{k[:-3]} {v:.3f}" for k, v in figures.items() if k.endswith("_f1")
                              and k != "bodies_f1"), flush=True)
    if args.out:
        args.out.write_text(json.dumps(rows, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
