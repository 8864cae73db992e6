from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "resources" / "samples"
CLEAN = SAMPLES / "000_3cc47a45235a47aa.txt"
SCRAPED = SAMPLES / "001_1d3a09f0e9c6fa03.txt"


@pytest.fixture
def budget(request, capsys):
    """``budget(what, measured, limit)``: hold a time (or size) a test measured to its budget.

    Only tests marked ``perf`` measure (`make perf`); `make test` leaves them out, because the
    default suite asserts behaviour, never speed, and CI runs it on a busy 2-core machine."""
    if request.node.get_closest_marker("perf") is None:
        raise pytest.UsageError(f"{request.node.nodeid} measures time: mark it @pytest.mark.perf")

    def check(what: str, measured: float, limit: float, unit: str = "ms") -> None:
        line = f"{what}: {measured:.0f} {unit} (budget {limit:.0f} {unit})"
        with capsys.disabled():
            print(f"\n{line}")
        assert measured < limit, line

    return check


@pytest.fixture(scope="session")
def sample_paths() -> tuple[Path, Path]:
    return CLEAN, SCRAPED


@pytest.fixture(scope="session")
def sample_texts() -> tuple[str, str]:
    return CLEAN.read_text(encoding="utf-8"), SCRAPED.read_text(encoding="utf-8")
