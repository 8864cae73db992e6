"""The Spark tests (issue 14): one local SparkSession for the whole run, skipped cleanly
without the [spark] extra. `make test-spark` runs them (`pytest -m spark`)."""

from __future__ import annotations

import os
import sys

import pytest


@pytest.fixture(scope="session")
def spark():
    """A local[2] SparkSession without the web UI and with few shuffle partitions (CI runs on
    a busy 2-core machine); its Python workers run this interpreter."""
    pytest.importorskip("pyspark")
    from pyspark.sql import SparkSession

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    session = (SparkSession.builder.master("local[2]").appName("versus-tests")
               .config("spark.ui.enabled", "false")
               .config("spark.sql.shuffle.partitions", "8")
               .config("spark.driver.memory", "2g")
               .getOrCreate())
    yield session
    session.stop()


@pytest.fixture(autouse=True)
def english(monkeypatch, tmp_path):
    """The commands' lines in English whatever the machine's locale, and no test near the
    user's own library."""
    monkeypatch.setenv("VERSUS_LANG", "en")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
