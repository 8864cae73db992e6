"""Settings and session, one JSON file in the user's config folder, written atomically.

The folder is platformdirs' ``user_config_dir("versus")``; ``--config-dir`` or the
``VERSUS_CONFIG_DIR`` environment variable put it elsewhere (tests point it at a temporary
folder so they never touch the real one).
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from platformdirs import user_config_dir

from reader.core.atomicfile import atomic_write_text

ENV_VAR = "VERSUS_CONFIG_DIR"
MAX_RECENT = 10


def default_config_dir() -> Path:
    override = os.environ.get(ENV_VAR)
    return Path(override) if override else Path(user_config_dir("versus", appauthor=False))


class Settings:
    """A dict of plain values with typed accessors; ``save()`` writes it atomically."""

    def __init__(self, config_dir: str | os.PathLike | None = None):
        self.dir = Path(config_dir) if config_dir else default_config_dir()
        self.path = self.dir / "settings.json"
        self.data: dict[str, Any] = {}
        self.problem = ""  # why the file could not be read, if it could not
        try:
            loaded = json.loads(self.path.read_text(encoding="utf-8"))
            if isinstance(loaded, dict):
                self.data = loaded
            else:
                self.problem = f"{self.path}: not a settings object; starting afresh"
        except FileNotFoundError:
            pass
        except (OSError, ValueError) as exc:
            self.problem = f"{self.path}: {exc}; starting afresh"

    def get(self, key: str, default: Any = None) -> Any:
        return self.data.get(key, default)

    def set(self, key: str, value: Any) -> None:
        self.data[key] = value

    def save(self) -> None:
        atomic_write_text(self.path, json.dumps(self.data, ensure_ascii=False, indent=2) + "\n")

    # recent files, newest first
    @property
    def recent(self) -> list[str]:
        value = self.data.get("recent", [])
        return [p for p in value if isinstance(p, str)] if isinstance(value, list) else []

    def add_recent(self, path: str) -> None:
        items = [p for p in self.recent if p != path]
        self.data["recent"] = ([path] + items)[:MAX_RECENT]

    def clear_recent(self) -> None:
        self.data["recent"] = []

    # the session: corpus files and the compared pair (by content id), the tab, the library pair
    def session(self) -> tuple[list[str], list[str]]:
        value = self.data.get("session", {})
        if not isinstance(value, dict):
            return [], []
        files = [p for p in value.get("files", []) if isinstance(p, str)]
        pair = [p for p in value.get("pair", []) if isinstance(p, str)]
        return files, pair[:2]

    def library_session(self) -> tuple[str, list[int]]:
        """The tab shown last ("files" or "library") and the library pair compared, if any."""
        value = self.data.get("session", {})
        if not isinstance(value, dict):
            return "files", []
        tab = value.get("tab") if value.get("tab") in ("files", "library") else "files"
        pair = value.get("library_pair", [])
        pair = [p for p in pair if isinstance(p, int) and not isinstance(p, bool)] if isinstance(pair, list) else []
        return tab, pair[:2] if len(pair) >= 2 else []

    def set_session(self, files: list[str], pair: list[str], *, tab: str = "files",
                    library_pair: list[int] | tuple[int, ...] = ()) -> None:
        self.data["session"] = {"files": list(files), "pair": list(pair), "tab": tab,
                                "library_pair": list(library_pair)}
