"""Renders the designed-layout fixtures: each NAME.html here -> NAME.chromium.pdf and NAME.weasyprint.pdf.

    python tests/data/layouts/build.py      (as root: Chromium runs with --no-sandbox)

Each HTML file is one layout trick of designed reports (a column pair, a card grid, a
number box beside a clipped recommendation box, a running header and footer, a table
inside a card). The PDFs are committed; the tests never need Chromium or WeasyPrint.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync",
                  "--no-pdf-header-footer"]
WEASYPRINT = os.environ.get("WEASYPRINT", "/work/tools-venv/bin/weasyprint")


def render(html: Path) -> None:
    stem = html.with_suffix("")
    profile = tempfile.mkdtemp()
    try:
        subprocess.run(["chromium", *CHROMIUM_FLAGS, f"--user-data-dir={profile}",
                        f"--print-to-pdf={stem}.chromium.pdf", html.resolve().as_uri()],
                       check=True, capture_output=True)
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    subprocess.run([WEASYPRINT, str(html), f"{stem}.weasyprint.pdf"], check=True, capture_output=True)


def main(names: list[str]) -> None:
    for html in sorted(HERE.glob("*.html")):
        if not names or html.stem in names:
            render(html)
            print(html.stem)


if __name__ == "__main__":
    main(sys.argv[1:])
