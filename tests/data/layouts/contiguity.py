"""Reading contiguity: the share of a source's sentences a PDF reader delivers whole and in order.

    python tests/data/layouts/contiguity.py FILE.pdf [FILE.pdf ...]

For FILE.pdf the sentences come from the gold beside it (NAME.gold.json: every
recommendation `text` and `action`) or else from the HTML it was printed from
(NAME.html: each sentence of every paragraph, list item, cell and heading). A
sentence counts when it occurs contiguously in the reader's blocks joined one
after another, compared on letters and digits alone (case, spacing, hyphens and
ligatures folded), so a column read across, a word cut at a box's edge or two
cards woven together make it fail. The same measure runs on `pdftotext` output.
"""
from __future__ import annotations

import json
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

from bs4 import BeautifulSoup

LEAVES = ["p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6"]
#: classes of running headers and footers in the fixtures' HTML: expected dropped, not read
RUNNING = {"runhead", "runfoot"}
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9])")


def fold(text: str) -> str:
    """Letters and digits only, lower case: what two readings of the same text share."""
    return re.sub(r"[\W_]+", "", unicodedata.normalize("NFKC", text).casefold())


def html_sentences(path: Path) -> tuple[list[str], list[str]]:
    """(sentences of the visible text in document order, running header/footer lines)."""
    soup = BeautifulSoup(path.read_text(encoding="utf-8"), "lxml")
    running = [" ".join(el.get_text(" ").split()) for el in soup.find_all(class_=list(RUNNING))]
    for el in soup.find_all(class_=list(RUNNING)):
        el.decompose()
    out = []
    for el in soup.find_all(LEAVES):
        if el.find(LEAVES):
            continue
        text = " ".join(el.get_text(" ").split())
        out += [s for s in _SENTENCE_END.split(text) if len(s.split()) >= 3]
    return out, running


def gold_strings(path: Path) -> list[str]:
    gold = json.loads(path.read_text(encoding="utf-8"))
    return [r[k] for r in gold["recommendations"] for k in ("text", "action") if r.get(k)]


def sources_of(pdf: Path) -> list[str]:
    name = pdf.name.split(".")[0]
    gold = pdf.with_name(f"{name}.gold.json")
    if gold.exists():
        return gold_strings(gold)
    return html_sentences(pdf.with_name(f"{name}.html"))[0]


def reader_text(pdf: Path) -> str:
    from extractor.ingest import read_document

    return "\n".join(b.text for b in read_document(pdf).blocks)


def pdftotext(pdf: Path) -> str:
    return subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout


def positions(sentences: list[str], text: str) -> list[int]:
    """Where each sentence starts in the folded text, or -1 when it is not there whole.

    Each is looked for after the one before it first, so that a sentence said twice (a
    contents line, then its heading) is found where the order puts it."""
    hay = fold(text)
    out, last = [], 0
    for s in sentences:
        needle = fold(s)
        at = hay.find(needle, last)
        if at < 0:
            at = hay.find(needle)
        else:
            last = at + 1
        out.append(at)
    return out


def share(sentences: list[str], text: str) -> float:
    found = positions(sentences, text)
    return sum(p >= 0 for p in found) / max(len(found), 1)


def main(paths: list[str]) -> None:
    print(f"{'file':48} {'n':>4} {'reader':>7} {'pdftotext':>9}")
    for p in map(Path, paths):
        sents = sources_of(p)
        print(f"{p.name:48} {len(sents):4} {share(sents, reader_text(p)):7.2f} {share(sents, pdftotext(p)):9.2f}")


if __name__ == "__main__":
    main(sys.argv[1:])
