from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "resources" / "samples"
CLEAN = SAMPLES / "000_3cc47a45235a47aa.txt"
SCRAPED = SAMPLES / "001_1d3a09f0e9c6fa03.txt"


def pytest_addoption(parser):
    parser.addoption("--perf", action="store_true",
                     help="also hold measured times to their budgets (`make perf`); the default run, "
                          "on a machine that may be busy, only reports them")


@pytest.fixture
def budget(request, capsys):
    """``budget(what, measured, limit)``: a time (or size) a test measured, against its budget.

    Printed always; asserted only with ``--perf``, because the default suite asserts behaviour,
    never speed (CI runs on a busy 2-core machine, where a fair budget can still be missed)."""
    strict = request.config.getoption("--perf")

    def check(what: str, measured: float, limit: float, unit: str = "ms") -> None:
        line = f"{what}: {measured:.0f} {unit} (budget {limit:.0f} {unit})"
        with capsys.disabled():
            print(f"\n{line}")
        if strict:
            assert measured < limit, line

    return check


@pytest.fixture(scope="session")
def sample_paths() -> tuple[Path, Path]:
    return CLEAN, SCRAPED


@pytest.fixture(scope="session")
def sample_texts() -> tuple[str, str]:
    return CLEAN.read_text(encoding="utf-8"), SCRAPED.read_text(encoding="utf-8")
