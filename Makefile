# Every install step lives here: CI runs on a clean clone with nothing installed by hand.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install bytecode demo test bench evaluate train corpus fuzz clean

install: $(STAMP)

$(STAMP): setup.cfg pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	$(MAKE) bytecode
	touch $(STAMP)

# An editable install leaves the package's bytecode to be written on first import, which
# PYTHONDONTWRITEBYTECODE forbids: every process (the CLI, each worker) then compiled some
# 60 modules from source, 0.1 s of `scr-extract show`. Written here, as a regular install
# does; a module edited since is compiled from source until this runs again.
bytecode:
	$(BIN)/python -m compileall -q extractor

demo: $(STAMP)
	$(BIN)/scr-extract run corpus -o exports/scr-recommendations.xlsx --json exports/scr-recommendations.json

test: $(STAMP)
	$(BIN)/python -m pytest -q

# Scores the corpus twice: as shipped, then with the rules alone (what the trained classifier adds).
evaluate: $(STAMP)
	$(BIN)/scr-extract evaluate --gold corpus/gold --json exports/scores.json corpus/reports
	$(BIN)/scr-extract evaluate --rules-only --gold corpus/gold --json exports/scores-rules-only.json corpus/reports | tail -n 12

# Retrains models/entry_classifier on the development reports' gold (a minute; commit the result).
train: $(STAMP)
	$(BIN)/scr-extract train corpus/reports --gold corpus/gold

bench: $(STAMP) bytecode
	command -v pdftotext >/dev/null || (apt-get install -y poppler-utils || true)
	$(BIN)/python -m extractor.bench

# 300 damaged copies of corpus files in one batch: every input accounted for once, no traceback,
# no hang beyond the timeout, outputs consistent (minutes; not part of make test).
fuzz: $(STAMP)
	$(BIN)/python -m extractor.fuzz

# Rebuilds every corpus file from its sources. Needs LibreOffice (apt-get install libreoffice-writer-nogui)
# and, for the designed reports, Chromium (apt-get install chromium) and WeasyPrint (installed here).
corpus: $(STAMP)
	$(BIN)/python corpus/build/build.py
	$(BIN)/pip install --quiet weasyprint
	$(BIN)/python corpus/build/designed.py

clean:
	rm -rf $(VENV) build *.egg-info
