from __future__ import annotations

import random

import pytest

from reader.library import Library

WORDS = ["город", "новости", "власти", "решение", "проект", "закон", "жители", "школа", "дорога", "больница", "бюджет", "совет", "river", "council", "budget", "school", "road", "hospital", "mayor", "plan", "vote", "market", "bridge", "station"]  # noqa: E501 (data)


def _make_text(seed: int, sentences: int = 6) -> str:
    """A unique plain text: ``sentences`` random sentences from WORDS, one per line."""
    rng = random.Random(seed)
    lines = []
    for _ in range(sentences):
        words = [rng.choice(WORDS) for _ in range(rng.randint(6, 12))] + [f"n{seed}x{rng.randint(0, 10**6)}"]
        lines.append(" ".join(words).capitalize() + ".")
    return "\n".join(lines) + "\n"


@pytest.fixture
def lib(tmp_path):
    library = Library(tmp_path / "library.sqlite3")
    yield library
    library.close()


@pytest.fixture(autouse=True)
def private_data_home(tmp_path, monkeypatch):
    """Keep every test away from the user's real library."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))


@pytest.fixture(scope="session")
def make_text():
    """``make_text(seed, sentences=6)``: a unique plain text of random sentences, one a line."""
    return _make_text
