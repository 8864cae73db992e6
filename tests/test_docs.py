"""The documents that repeat names defined in code stay in step with the code."""

from __future__ import annotations

import re
from pathlib import Path

from reader.core.options import OPTION_SPECS

ROOT = Path(__file__).resolve().parent.parent


def test_the_json_schema_lists_every_option_with_its_flag_and_menu_name():
    text = (ROOT / "docs" / "json-schema.md").read_text(encoding="utf-8")
    section = text[text.index("## options"):text.index("## side")]
    rows = re.findall(r"^\| `(\w+)` \| \w+ \| `([^`]+)` \| (.+?) \|$", section, re.M)
    expected = [(s.name, s.flag + (f" {s.metavar}" if s.metavar else ""), s.text) for s in OPTION_SPECS]
    assert rows == expected
