from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "resources" / "samples"
CLEAN = SAMPLES / "000_3cc47a45235a47aa.txt"
SCRAPED = SAMPLES / "001_1d3a09f0e9c6fa03.txt"


@pytest.fixture(scope="session")
def sample_paths() -> tuple[Path, Path]:
    return CLEAN, SCRAPED


@pytest.fixture(scope="session")
def sample_texts() -> tuple[str, str]:
    return CLEAN.read_text(encoding="utf-8"), SCRAPED.read_text(encoding="utf-8")
