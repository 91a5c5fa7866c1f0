"""`scr-extract train`: fits the entry classifier of classify.py on the corpus gold.

Examples come from the development reports (held-aside reports are never read):
each report is read like the extractor reads it, and every sentence or table cell
that could be an entry — all of an SCR section, and elsewhere those with a
recommendation word — becomes one example, labelled from the gold:

- SCR_RECOMMENDATION when it overlaps a gold entry's `text`,
- ACTION_TAKEN when it overlaps a gold entry's `action`.

Everything else in those places is a negative: recommendations of inspections, DHRs
and learning reviews, plans, deferrals, status lines. Overlap means token F1 of at
least 0.5 or one containing the other, so a gold span cut differently from a sentence
still counts.

Before the final fit, a cross-validation by report (each fold's reports unseen by its
model) measures how well each label generalises to reports the model has not seen.
"""
from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Sequence

import spacy
from spacy.training import Example

from .classify import ACTION, LABELS, MODEL_DIR, RECOMMENDATION, known_words, model_text, units
from .document import Document
from .evaluate import load_gold_folders, load_heldaside, token_f1
from .ingest import read_document
from .repair import repair
from .structure import CANDIDATE, sections

#: outside SCR sections only texts with one of these words are examples (distractors look like this)
_RECOMMENDATION_WORD = re.compile(r"\b(?:should|must|recommend\w*|ensure)\b", re.I)
OVERLAP_F1 = 0.5
MIN_CONTAINED_CHARS = 25
EPOCHS = 12
FOLDS = 4
SEED = 0
BOW_CONFIG = {
    "model": {
        "@architectures": "spacy.TextCatBOW.v3",
        "exclusive_classes": False,
        "ngram_size": 1,     # word pairs over-fit the few reports (cross-validated)
        "no_output_layer": False,
        "length": 2 ** 16,    # hashed features: keeps the artefact under 1 MB
    },
    "threshold": 0.5,
}


@dataclass(frozen=True)
class TrainingText:
    report: str
    text: str              # as the classifier reads it (model_text)
    cats: dict[str, float]


@dataclass
class LabelScore:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0


@dataclass
class TrainResult:
    reports: list[str]
    examples: int
    positives: dict[str, int]
    cross_validation: dict[str, LabelScore] = field(default_factory=dict)
    model_dir: Path | None = None
    status_dir: Path | None = None


def overlaps(piece: str, gold: str) -> bool:
    if token_f1(piece, gold) >= OVERLAP_F1:
        return True
    shorter, longer = sorted((piece, gold), key=len)
    return len(shorter) >= MIN_CONTAINED_CHARS and shorter in longer


def _pieces(doc: Document) -> list[tuple[str, str]]:
    """(text, section category) of every sentence or cell that may be an entry."""
    doc = repair(doc)
    out = []
    for block, section in zip(doc.blocks, sections(doc)):
        if block.kind == "heading" or (block.kind == "table_row" and block.is_header):
            continue
        texts = [c.text for c in block.cells] if block.kind == "table_row" else [block.text]
        for text in texts:
            for unit in units(" ".join(text.split())):
                if section.category in CANDIDATE or _RECOMMENDATION_WORD.search(unit):
                    out.append((unit, section.category))
    return out


def development_gold(gold_dirs: Path | Sequence[Path], heldaside: set[str]) -> list[dict]:
    """The gold of every report in `gold_dirs` that is not held aside (the last folder's answer
    for a report counts)."""
    folders = [gold_dirs] if isinstance(gold_dirs, (str, Path)) else list(gold_dirs)
    return [gold for gold in load_gold_folders(folders)[0] if gold["source"] not in heldaside]


def training_texts(reports_dir: Path, gold_dirs: Path | Sequence[Path],
                   heldaside: set[str]) -> list[TrainingText]:
    """Labelled examples from every development report in reports_dir that has gold in one of
    `gold_dirs` (the corpus gold, gold imported from reviewed workbooks: the last folder's
    answer for a report counts)."""
    out = []
    for gold in development_gold(gold_dirs, heldaside):
        name = gold["source"]
        texts = [" ".join(e["text"].split()) for e in gold["recommendations"] if e.get("text")]
        actions = [" ".join(e["action"].split()) for e in gold["recommendations"] if e.get("action")]
        for path in _training_files(reports_dir, name, gold.get("sha256")):
            for unit, category in dict.fromkeys(_pieces(read_document(path))):
                cats = {RECOMMENDATION: float(any(overlaps(unit, t) for t in texts)),
                        ACTION: float(any(overlaps(unit, a) for a in actions))}
                out.append(TrainingText(name, model_text(unit, category), cats))
    return out


def _training_files(reports_dir: Path, name: str, sha256: str | None) -> list[Path]:
    """The renderings of a report read for training: every one of them (NAME.docx, NAME.html,
    NAME.chromium.pdf ...), as for the status model, because the classifier must know a
    designed page's pieces as well as a Word document's; for gold imported from a reviewed
    workbook only the very file reviewed, found by its SHA-256, where it is there (its other
    renderings may differ from what the official saw)."""
    paths = _renderings(reports_dir, name)
    if sha256:
        from .cache import file_sha256

        paths = [p for p in paths if file_sha256(p) == sha256] or paths
    return paths


def fit(examples: list[TrainingText], seed: int = SEED, epochs: int = EPOCHS) -> spacy.Language:
    """A blank English pipeline with one textcat_multilabel trained on the examples."""
    spacy.util.fix_random_seed(seed)
    nlp = spacy.blank("en")
    textcat = nlp.add_pipe("textcat_multilabel", config=BOW_CONFIG)
    for label in LABELS:
        textcat.add_label(label)
    data = [Example.from_dict(nlp.make_doc(e.text), {"cats": e.cats}) for e in examples]
    optimizer = nlp.initialize(lambda: data)
    rng = random.Random(seed)
    for _ in range(epochs):
        rng.shuffle(data)
        for batch in spacy.util.minibatch(data, size=32):
            nlp.update(batch, sgd=optimizer, drop=0.0)
    return nlp


def cross_validate(examples: list[TrainingText], folds: int = FOLDS, seed: int = SEED) -> dict[str, LabelScore]:
    """Scores per label at 0.5 when each report's texts are judged by a model not trained on it."""
    reports = sorted({e.report for e in examples})
    random.Random(seed).shuffle(reports)
    scores = {label: LabelScore() for label in LABELS}
    for k in range(folds):
        unseen = set(reports[k::folds])
        nlp = fit([e for e in examples if e.report not in unseen], seed)
        test = [e for e in examples if e.report in unseen]
        for e, doc in zip(test, nlp.pipe(e.text for e in test)):
            for label in LABELS:
                said, truth = doc.cats[label] >= 0.5, e.cats[label] >= 0.5
                s = scores[label]
                s.tp += said and truth
                s.fp += said and not truth
                s.fn += truth and not said
                s.tn += not said and not truth
    return scores


def train(reports_dir: Path, gold_dir: Path | Sequence[Path], heldaside_path: Path | None,
          out_dir: Path = MODEL_DIR, folds: int = FOLDS,
          say: Callable[[str], None] = lambda _: None, with_status: bool = True) -> TrainResult:
    """Builds the examples, cross-validates, fits on all development reports and saves to
    out_dir; the model's meta.json records the gold folders and reports it learnt from.
    Then the status model likewise (train_status), saved beside it as `status_classifier`
    (models/status_classifier for the shipped models/entry_classifier)."""
    heldaside = load_heldaside(heldaside_path)
    folders = [Path(gold_dir)] if isinstance(gold_dir, (str, Path)) else [Path(g) for g in gold_dir]
    examples = training_texts(Path(reports_dir), folders, heldaside)
    result = TrainResult(
        reports=sorted({e.report for e in examples}), examples=len(examples),
        positives={label: sum(e.cats[label] >= 0.5 for e in examples) for label in LABELS})
    say(f"{result.examples} examples from {len(result.reports)} development reports "
        f"({', '.join(f'{k} {v}' for k, v in result.positives.items())} positive)")
    if folds > 1 and len(result.reports) >= folds:
        result.cross_validation = cross_validate(examples, folds)
        for label, s in result.cross_validation.items():
            say(f"cross-validated by report, {label}: precision {s.precision:.2f}, recall {s.recall:.2f}")
    nlp = fit(examples)
    _, origin = load_gold_folders(folders)
    nlp.meta["scr_extract"] = {
        "gold_folders": [str(f) for f in folders],
        "reports": {name: str(origin[name]) for name in result.reports},
    }
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(out_dir)
    result.model_dir = out_dir
    say(f"model written to {out_dir}")
    if with_status:
        status_dir = out_dir.parent / "status_classifier"
        if train_status(Path(reports_dir), folders, heldaside_path, status_dir, folds, say):
            result.status_dir = status_dir
    return result


# ---------------------------------------------------------------- status model

#: a context word is a feature of the status model only when this many reports use it
STATUS_FEATURE_REPORTS = 2
STATUS_EPOCHS = 60
STATUS_BATCH = 8   # few examples: many small steps, or the model stays near uniform
STATUS_CONFIG = {**BOW_CONFIG, "model": {**BOW_CONFIG["model"], "exclusive_classes": True}}


@dataclass(frozen=True)
class StatusText:
    report: str
    text: str              # as the status model reads it (classify.status_text)
    status: str            # the gold status
    rule_status: str       # what the rules said (the model is only asked where this is unknown)


def _live_drafts(doc: Document) -> tuple[Document, list, list]:
    """The document as the entries stage sees it, its sections and the drafts the linker makes
    of it (pipeline.draft_entries), without the drafts holding neither text nor action."""
    from .pipeline import draft_entries

    d = draft_entries(doc)
    return d.doc, d.secs, [x for x in d.drafts if x.text is not None or x.action is not None]


def status_texts(reports_dir: Path, gold_dirs: Path | Sequence[Path], heldaside: set[str]) -> list[StatusText]:
    """One example per draft of a development report that matches a gold entry: the short
    lines around it (classify.status_contexts), labelled with the gold entry's status. Drafts
    the rules gave a status are examples too: a chip the rules read in one layout ("On track"
    under a card of an HTML page) teaches the words the model must recognise where the rules
    lose it (the same chip printed as a loose line of a PDF)."""
    from .classify import status_contexts
    from .evaluate import match_entries

    out = []
    for gold in development_gold(gold_dirs, heldaside):
        name = gold["source"]
        for path in _renderings(reports_dir, name):
            doc, secs, live = _live_drafts(read_document(path))
            contexts = status_contexts(doc.blocks, [(d.text, d.action) for d in live], [s.category for s in secs])
            pred = [{"text": d.text, "action": d.action} for d in live]
            for m in match_entries(pred, gold["recommendations"]):
                if contexts[m.pred]:
                    out.append(StatusText(name, contexts[m.pred], gold["recommendations"][m.gold]["status"],
                                          live[m.pred].status))
    return out


def _renderings(reports_dir: Path, name: str) -> list[Path]:
    """Every rendering of a report in reports_dir (NAME.docx, NAME.html, NAME.chromium.pdf ...):
    one gold serves them all, as in `evaluate`. The status model learns from each, because a
    status the rules read in one rendering is often the one they lose in another (a chip of
    an HTML page that the PDF printed from it turns into a loose line)."""
    from .renderings import report_stem

    return [p for p in sorted(reports_dir.glob(f"{name}.*")) if p.is_file() and report_stem(p.name) == name.casefold()]


def status_features(examples: list[StatusText]) -> list[str]:
    """The context words of at least STATUS_FEATURE_REPORTS reports: with a few examples a
    report, a word of one report's layout alone (a heading that happened to follow its
    entries) would be learnt as a sure sign of a status, cross-validated."""
    reports: dict[str, set[str]] = {}
    for e in examples:
        for w in e.text.split():
            reports.setdefault(w, set()).add(e.report)
    return sorted(w for w, r in reports.items() if len(r) >= STATUS_FEATURE_REPORTS) + ["no_chip"]


def fit_status(examples: list[StatusText], labels: Sequence[str], seed: int = SEED,
               epochs: int = STATUS_EPOCHS) -> spacy.Language:
    """A blank English pipeline with one exclusive textcat over the statuses, reading the
    words of status_features only (recorded in the meta, where classify finds them)."""
    features = status_features(examples)
    known = set(features)
    examples = [StatusText(e.report, known_words(e.text, known), e.status, e.rule_status) for e in examples]
    spacy.util.fix_random_seed(seed)
    nlp = spacy.blank("en")
    textcat = nlp.add_pipe("textcat", config=STATUS_CONFIG)
    for label in labels:
        textcat.add_label(label)
    data = [Example.from_dict(nlp.make_doc(e.text), {"cats": {s: float(s == e.status) for s in labels}})
            for e in examples]
    optimizer = nlp.initialize(lambda: data)
    rng = random.Random(seed)
    for _ in range(epochs):
        rng.shuffle(data)
        for batch in spacy.util.minibatch(data, size=STATUS_BATCH):
            nlp.update(batch, sgd=optimizer, drop=0.0)
    nlp.meta["scr_extract"] = {"features": features}
    return nlp


@dataclass
class StatusScore:
    asked: int = 0      # drafts the rules gave no status, in reports the model did not see
    changed: int = 0    # of those, how many the model gave a status it was confident of
    right: int = 0      # of those changed, how many match the gold
    wrong_before: int = 0  # of those asked, how many the rules' unknown got wrong


def cross_validate_status(examples: list[StatusText], labels: Sequence[str], folds: int = FOLDS,
                          seed: int = SEED) -> StatusScore:
    """What the status model does where it is used (drafts the rules left unknown), each
    report judged by a model not trained on it."""
    from .classify import STATUS_CONFIDENT

    reports = sorted({e.report for e in examples})
    random.Random(seed).shuffle(reports)
    score = StatusScore()
    for k in range(folds):
        unseen = set(reports[k::folds])
        nlp = fit_status([e for e in examples if e.report not in unseen], labels, seed)
        known = set(nlp.meta["scr_extract"]["features"])
        test = [e for e in examples if e.report in unseen and e.rule_status == "unknown"]
        for e, doc in zip(test, nlp.pipe(known_words(e.text, known) for e in test)):
            status, p = max(doc.cats.items(), key=lambda kv: kv[1])
            score.asked += 1
            score.wrong_before += e.status != "unknown"
            if p >= STATUS_CONFIDENT and status != "unknown":
                score.changed += 1
                score.right += status == e.status
    return score


def train_status(reports_dir: Path, gold_dir: Path | Sequence[Path], heldaside_path: Path | None,
                 out_dir: Path | None = None, folds: int = FOLDS,
                 say: Callable[[str], None] = lambda _: None) -> list[StatusText]:
    """Builds the status examples, cross-validates, fits on all development reports and saves
    to out_dir (default models/status_classifier); meta.json records the gold folders and reports."""
    from .classify import STATUS_DIR

    heldaside = load_heldaside(heldaside_path)
    folders = [Path(gold_dir)] if isinstance(gold_dir, (str, Path)) else [Path(g) for g in gold_dir]
    from .report import STATUSES

    examples = status_texts(Path(reports_dir), folders, heldaside)
    labels = list(STATUSES)   # the taxonomy's statuses, whichever the examples hold
    reports = sorted({e.report for e in examples})
    if not examples:
        say("status model: no entry the rules left without a status matches the gold; not trained")
        return examples
    say(f"status model: {len(examples)} entries from {len(reports)} development reports "
        f"({', '.join(f'{s} {sum(e.status == s for e in examples)}' for s in labels)})")
    if folds > 1 and len(reports) >= folds:
        s = cross_validate_status(examples, labels, folds)
        say(f"cross-validated by report, where the rules give no status: {s.changed} of {s.asked} given one, "
            f"{s.right} right ({s.wrong_before} of the {s.asked} have a status in the gold)")
    nlp = fit_status(examples, labels)
    _, origin = load_gold_folders(folders)
    nlp.meta["scr_extract"] = {
        **nlp.meta["scr_extract"],
        "gold_folders": [str(f) for f in folders],
        "reports": {name: str(origin[name]) for name in reports},
    }
    out_dir = Path(out_dir or STATUS_DIR)
    out_dir.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(out_dir)
    say(f"status model written to {out_dir}")
    return examples
