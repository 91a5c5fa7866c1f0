# Every install step lives here: CI runs on a clean clone with nothing installed by hand.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install demo test bench evaluate corpus clean

install: $(STAMP)

$(STAMP): setup.cfg pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/scr-extract run corpus -o exports/scr-recommendations.xlsx --json exports/scr-recommendations.json

test: $(STAMP)
	$(BIN)/python -m pytest -q

evaluate: $(STAMP)
	$(BIN)/scr-extract evaluate --gold corpus/gold --json exports/scores.json corpus/reports

bench: $(STAMP)
	command -v pdftotext >/dev/null || (apt-get install -y poppler-utils || true)
	$(BIN)/python -m extractor.bench

# Rebuilds every corpus file from its sources (needs LibreOffice: apt-get install libreoffice-writer-nogui).
corpus: $(STAMP)
	$(BIN)/python corpus/build/build.py

clean:
	rm -rf $(VENV) build *.egg-info
