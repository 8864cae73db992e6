"""Settings and session, one JSON file in the user's config folder, written atomically.

The folder is platformdirs' ``user_config_dir("versus")``; ``--config-dir`` or the
``VERSUS_CONFIG_DIR`` environment variable put it elsewhere (tests point it at a temporary
folder so they never touch the real one).
"""

from __future__ import annotations

import json
import logging
import math
import os
from pathlib import Path
from typing import Any

from platformdirs import user_config_dir

from reader.core.atomicfile import atomic_write_text

ENV_VAR = "VERSUS_CONFIG_DIR"
MAX_RECENT = 10
MAX_PATH = 4096  # longer strings are not paths this program wrote
MAX_ID = 2 ** 63 - 1  # SQLite's largest integer: larger library ids cannot be looked up

log = logging.getLogger(__name__)


def _text(value: object) -> bool:
    return isinstance(value, str) and len(value) <= MAX_PATH and "\0" not in value


def _texts(value: object) -> bool:
    return isinstance(value, list) and all(_text(v) for v in value)


def _ids(value: object) -> bool:
    return isinstance(value, list) and all(
        isinstance(v, int) and not isinstance(v, bool) and 0 < v <= MAX_ID for v in value)


def _number(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


def _pairs(value: object) -> bool:
    return isinstance(value, list) and all(_texts(v) and len(v) == 2 for v in value)


def _columns(value: object) -> bool:
    return isinstance(value, dict) and all(isinstance(k, str) and _texts(v) for k, v in value.items())


# What each entry must be; an entry that is not is dropped when the file is read (and named in
# Settings.problem), so nothing that reads the settings meets a value of the wrong kind.
# "options" is checked field by field by Options.from_dict.
_CHECKS = {
    "recent": _texts, "open_dir": _text, "export_dir": _text, "import_dir": _text,
    "theme": _text, "language": _text, "geometry": _text, "splitter": _text, "window_state": _text,
    "show_boilerplate": lambda v: isinstance(v, bool), "point_size": _number,
    "hidden_columns": _columns, "options": lambda v: isinstance(v, dict), "pane_font": _text,
    "recent_pairs": _pairs, "inline_view": lambda v: isinstance(v, bool),
}
_SESSION_CHECKS = {"files": _texts, "pair": _texts, "tab": lambda v: v in ("files", "library"),
                   "library_pair": _ids}


def valid_settings(data: dict) -> tuple[dict[str, Any], list[str]]:
    """The entries of a settings file that can be used, and the names of those that cannot.

    Unknown keys are kept (a newer Versus may have written them); a known key with a value of
    the wrong kind is dropped, as is a session field; comparison options keep their valid fields.
    """
    from reader.core.options import Options

    kept: dict[str, Any] = {}
    ignored: list[str] = []
    for key, value in data.items():
        check = _CHECKS.get(key)
        if key == "session":
            if not isinstance(value, dict):
                ignored.append(key)
                continue
            session = {k: v for k, v in value.items() if k not in _SESSION_CHECKS or _SESSION_CHECKS[k](v)}
            ignored += [f"session.{k}" for k in value if k not in session]
            kept[key] = session
        elif check is not None and not check(value):
            ignored.append(key)
        elif key == "options":
            problems: list[str] = []
            options = Options.from_dict(value, problems)
            kept[key] = {k: v for k, v in value.items() if k in options.to_dict() and f"options.{k}" not in problems}
            ignored += problems
        else:
            kept[key] = value
    return kept, ignored


# Why the settings file could not be used, all or in part: Settings.problem in English (the log's),
# Settings.problem_text() in the reader's language. The reason of a failed read is the system's.
READ_FAILED = "{path}: {reason}; starting afresh"
NOT_AN_OBJECT = "{path}: not a settings object; starting afresh"
IGNORED = "{path}: ignored what could not be used ({names})"


def default_config_dir() -> Path:
    override = os.environ.get(ENV_VAR)
    return Path(override) if override else Path(user_config_dir("versus", appauthor=False))


class Settings:
    """A dict of plain values with typed accessors; ``save()`` writes it atomically."""

    def __init__(self, config_dir: str | os.PathLike | None = None):
        self.dir = Path(config_dir) if config_dir else default_config_dir()
        self.path = self.dir / "settings.json"
        self.data: dict[str, Any] = {}
        self.problem = ""  # why the file, or some of its entries, could not be used (English, as logged)
        self._problem: tuple[str, dict[str, str]] = ("", {})  # its template and fields, for problem_text()
        try:
            loaded = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return
        except (OSError, ValueError, RecursionError) as exc:  # RecursionError: nested too deep
            reason = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
            self._set_problem(READ_FAILED, reason=reason.splitlines()[0])
            return
        if not isinstance(loaded, dict):
            self._set_problem(NOT_AN_OBJECT)
            return
        self.data, ignored = valid_settings(loaded)
        if ignored:
            self._set_problem(IGNORED, names=", ".join(ignored))

    def _set_problem(self, template: str, **fields: str) -> None:
        self._problem = (template, {"path": str(self.path), **fields})
        self.problem = template.format(**self._problem[1])
        log.warning("%s", self.problem)

    def problem_text(self) -> str:
        """``problem`` in the reader's language (the catalog's context "Settings"); "" when none."""
        template, fields = self._problem
        if not template:
            return ""
        from PySide6.QtCore import QCoreApplication

        return QCoreApplication.translate("Settings", template).format(**fields)

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
