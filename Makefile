# Everything a fresh machine needs: `make run` starts the app, `make test` runs all tests headless.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
SAMPLES := resources/samples/000_3cc47a45235a47aa.txt resources/samples/001_1d3a09f0e9c6fa03.txt

.PHONY: run test bench screenshots clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/versus $(SAMPLES)

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

bench: $(STAMP)
	$(BIN)/python bench/bench_compare.py

screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m reader.ui.screenshots docs

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .hypothesis
