"""Re-prints the development designed reports in other geometries, to find what a layout rule
owes to one page size or type size.

    python corpus/build/stress.py [OUT]        # default OUT: stress/ (git-ignored)
    scr-extract evaluate --gold OUT/big/gold OUT/big/reports

Each designed HTML report that is not held aside (corpus/heldaside.txt) is printed by headless
Chromium three more times, with one style rule added to its own: on a narrow page (a5), on a
landscape page (land) and with type 12% larger (big). OUT/VARIANT/reports holds the PDFs and
OUT/VARIANT/gold their gold, unchanged: the words are the same, only where they fall on the
page moves. Entries lost there and not in corpus/reports point at a rule that holds for one
layout only. Needs Chromium (apt-get install chromium), like corpus/build/designed.py.
"""
from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent
VARIANTS = {
    "a5": "@page { size: 160mm 230mm !important; }",
    "land": "@page { size: A4 landscape !important; }",
    "big": "html { font-size: 112% !important; }",
}
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                  "--disable-background-networking", "--no-pdf-header-footer"]


def development_designs() -> list[Path]:
    built = {p.stem for p in (HERE / "reports").glob("*.py")}
    held = set((CORPUS / "heldaside.txt").read_text().split())
    return sorted(p for p in (CORPUS / "reports").glob("*.html") if p.stem not in built | held)


def print_variant(page: Path, css: str, out: Path) -> None:
    html = page.read_text(encoding="utf-8").replace("</head>", f"<style>{css}</style></head>", 1)
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / page.name
        source.write_text(html, encoding="utf-8")
        subprocess.run([shutil.which("chromium") or "chromium", *CHROMIUM_FLAGS, f"--user-data-dir={tmp}/profile",
                        f"--print-to-pdf={out / 'reports' / (page.stem + '.chromium.pdf')}", source.as_uri()],
                       check=True, capture_output=True)
    shutil.copy2(CORPUS / "gold" / f"{page.stem}.gold.json", out / "gold")


def main(out: Path) -> None:
    for variant, css in VARIANTS.items():
        folder = out / variant
        (folder / "reports").mkdir(parents=True, exist_ok=True)
        (folder / "gold").mkdir(exist_ok=True)
        for page in development_designs():
            print_variant(page, css, folder)
            print(variant, page.stem, flush=True)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else CORPUS.parent / "stress")
