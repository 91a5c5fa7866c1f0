"""Renders the designed half of the corpus: reports laid out as a communications team would.

    python corpus/build/designed.py            # every designed report
    python corpus/build/designed.py NAME...    # only these

Designed reports were written blind (their authors never read extractor/ or models/), in two
kinds, each rendered by producers other than the LibreOffice of the rest of the corpus:

- HTML pages with their own CSS (columns, cards, layout tables, running headers...): the
  committed corpus/reports/NAME.html is the source and a rendering of its own; this script
  prints it to NAME.chromium.pdf (headless Chromium) and NAME.weasyprint.pdf (WeasyPrint).
  A designed HTML report is any corpus/reports/*.html without a module in build/reports/.
- Word documents built from raw WordprocessingML (text boxes with VML fallbacks, frames,
  floating tables, content controls) by corpus/build/designed/make_NAME.py, which writes
  NAME.docx and NAME.gold.json; LibreOffice prints NAME.libreoffice.pdf.
- LibreOffice flat-XML documents written by hand, corpus/build/designed/NAME.fodg (Draw:
  absolutely placed frames and grouped shapes), NAME.fodp (Impress slides) or NAME.fodt
  (Writer); LibreOffice prints them to corpus/reports/NAME.pdf. Their gold is hand-written.

The gold of the HTML reports is hand-written in corpus/gold/. Rebuilding needs Chromium
(apt-get install chromium), WeasyPrint (pip install weasyprint) and, for the Word and
flat-ODF ones, LibreOffice; nothing else in the project does.
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent
REPORTS = CORPUS / "reports"
GOLD = CORPUS / "gold"
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync",
                  "--no-pdf-header-footer"]


def designed_html() -> list[Path]:
    built = {p.stem for p in (HERE / "reports").glob("*.py")}
    return sorted(p for p in REPORTS.glob("*.html") if p.stem not in built)


def render_html(page: Path) -> None:
    name = page.stem
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run([shutil.which("chromium") or "chromium", *CHROMIUM_FLAGS, f"--user-data-dir={profile}",
                        f"--print-to-pdf={REPORTS / (name + '.chromium.pdf')}", page.resolve().as_uri()],
                       check=True, capture_output=True)
    subprocess.run([sys.executable, "-m", "weasyprint", str(page), str(REPORTS / f"{name}.weasyprint.pdf")],
                   check=True)


def build_word(script: Path) -> None:
    name = script.stem.removeprefix("make_")
    with tempfile.TemporaryDirectory() as out:
        subprocess.run([sys.executable, str(script)], check=True, env={**os.environ, "DESIGNED_OUT": out})
        shutil.copy2(Path(out) / f"{name}.docx", REPORTS / f"{name}.docx")
        shutil.copy2(Path(out) / f"{name}.gold.json", GOLD / f"{name}.gold.json")
        subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{out}/profile",
                        "--convert-to", "pdf", "--outdir", out, str(REPORTS / f"{name}.docx")],
                       check=True, capture_output=True)
        shutil.copy2(Path(out) / f"{name}.pdf", REPORTS / f"{name}.libreoffice.pdf")


def build_flat(source: Path) -> None:
    with tempfile.TemporaryDirectory() as out:
        subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{out}/profile",
                        "--convert-to", "pdf", "--outdir", out, str(source)], check=True, capture_output=True)
        shutil.copy2(Path(out) / f"{source.stem}.pdf", REPORTS / f"{source.stem}.pdf")


FLAT_ODF = ("*.fodg", "*.fodp", "*.fodt")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="*")
    wanted = set(parser.parse_args().names)
    for page in designed_html():
        if not wanted or page.stem in wanted:
            render_html(page)
            print("rendered", page.name)
    for script in sorted((HERE / "designed").glob("make_*.py")):
        if not wanted or script.stem.removeprefix("make_") in wanted:
            build_word(script)
            print("built", script.stem.removeprefix("make_"))
    for source in sorted(p for pattern in FLAT_ODF for p in (HERE / "designed").glob(pattern)):
        if not wanted or source.stem in wanted:
            build_flat(source)
            print("printed", source.name)


if __name__ == "__main__":
    main()
