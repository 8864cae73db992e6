# Everything a fresh machine needs: `make run` starts the app, `make test` runs all tests headless.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
SAMPLES := resources/samples/000_3cc47a45235a47aa.txt resources/samples/001_1d3a09f0e9c6fa03.txt

.PHONY: run check test test-install test-spark perf bench screenshots clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/versus $(SAMPLES)

# lint (ruff), types (mypy on reader/core and reader/present), layers (import-linter); the rules
# and contracts are in pyproject.toml
check: $(STAMP)
	$(BIN)/ruff check reader tests bench
	$(BIN)/mypy
	$(BIN)/lint-imports

test: check
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -m "not perf and not install and not spark" $(PYTEST_ARGS)

# a fresh venv with the oldest supported pip installs the package and imports every module
# (slow: it installs every dependency); .ci/run runs it after `make test`
test-install: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -m install $(PYTEST_ARGS)

# Spark (issue 14): the [spark] extra (pyspark, pyarrow) into .venv, then the tests marked spark;
# Spark needs Java 17 or later (Debian: apt-get install openjdk-17-jre-headless)
SPARK_STAMP := $(VENV)/.spark-installed

$(SPARK_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[test,spark]'
	touch $(SPARK_STAMP)

test-spark: $(SPARK_STAMP)
	@java -version >/dev/null 2>&1 || { echo "make test-spark: Spark needs Java 17 or later, and there is no java on PATH (Debian: apt-get install openjdk-17-jre-headless)"; exit 1; }
	@v=$$(java -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -1); [ "$${v:-0}" -ge 17 ] || { echo "make test-spark: Spark needs Java 17 or later, found Java $$v (Debian: apt-get install openjdk-17-jre-headless)"; exit 1; }
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -m spark $(PYTEST_ARGS)

# the tests that hold measured times and memory to their budgets (left out of `make test`)
perf: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -m perf -s $(PYTEST_ARGS)

bench: $(STAMP)
	$(BIN)/python bench/bench_speed.py
	$(BIN)/python bench/bench_align.py

screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m reader.ui.screenshots docs

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .hypothesis

# `make package`: a one-folder PyInstaller bundle in dist/versus/ (docs/packaging.md), built from
# a venv of its own under build/ so that PyInstaller stays out of .venv, then smoke-tested.
PKG_VENV  := build/pkgvenv
PKG_STAMP := $(PKG_VENV)/.installed

.PHONY: package

$(PKG_STAMP): pyproject.toml
	$(PYTHON) -m venv $(PKG_VENV)
	$(PKG_VENV)/bin/python -m pip install --quiet --upgrade pip
	$(PKG_VENV)/bin/python -m pip install --quiet '.[package]'
	touch $(PKG_STAMP)

package: $(PKG_STAMP)
	$(PKG_VENV)/bin/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller packaging/versus.spec
	packaging/smoke_test.sh dist/versus/versus
	du -sh dist/versus
