"""The files bundled with the reader: the sample texts and the application icon."""

from __future__ import annotations

import os
from functools import lru_cache
from importlib.resources import files as package_files
from importlib.resources.abc import Traversable
from pathlib import Path

from PySide6.QtGui import QIcon


def samples_dir() -> Traversable:
    return package_files("reader") / "resources" / "samples"


def app_icon() -> QIcon:
    icon_file = package_files("reader") / "resources" / "icons" / "versus.svg"
    return QIcon(str(icon_file)) if icon_file.is_file() else QIcon()


@lru_cache(maxsize=1)
def _sample_folders() -> frozenset[str]:
    folder = str(samples_dir())
    return frozenset({folder, str(Path(folder).resolve())})


def is_sample(path: str) -> bool:
    """A bundled sample? (No file system calls: the session is saved after every change.)"""
    return bool(path) and os.path.dirname(path) in _sample_folders()
