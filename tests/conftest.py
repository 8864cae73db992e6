from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

# the compiled regular expressions' cache (reader/core/lazyre.py) of the tests and of the
# processes they start: a folder of this run, not the user's cache folder
os.environ["VERSUS_CACHE_DIR"] = tempfile.mkdtemp(prefix="versus-test-cache-")

from reader.core import Document, Options, compare, load_path

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


# small literal pairs and the sample pair, compared once for the export and display-model tests
MOVED_LEFT = ("Первое предложение о погоде сегодня.\nВторое предложение про экономику страны.\n\n"
              "Третье предложение про спорт и футбол.\nЧетвёртое про культуру.")
MOVED_RIGHT = ("Третье предложение про спорт и хоккей.\nПервое предложение о погоде сегодня.\n"
               "Второе предложение про экономику страны.\n\nЧетвёртое про культуру.\nНовое.")


@pytest.fixture(scope="session")
def sample_comparison(sample_paths):
    return compare(load_path(sample_paths[0]), load_path(sample_paths[1]))


@pytest.fixture(scope="session")
def moved_comparison():
    """Sentence 3 of the left moves to the top (one word changed); the right adds a sentence."""
    return compare(Document.from_text(MOVED_LEFT, "a.txt"), Document.from_text(MOVED_RIGHT, "b.txt"))


@pytest.fixture(scope="session")
def make_pair():
    """compare() two literal texts named left.txt and right.txt."""
    def make(left: str, right: str, **options):
        return compare(Document.from_text(left, "left.txt"), Document.from_text(right, "right.txt"),
                       Options(**options))
    return make
