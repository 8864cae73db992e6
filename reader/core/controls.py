"""Text that is safe to show on a terminal: control characters made visible.

Article text, file names and zip member names come from anywhere. Written raw to a terminal,
an escape sequence can clear the screen, retitle the window or hide what follows, and a bidi
override (U+202E) reverses the text after it. ``printable`` turns every such character into a
visible ``\\x1b`` / ``\\u202e`` escape; line feeds and tabs stay when ``keep_lines`` (the text of
an article), and go too when not (a file name on one line).
"""

from __future__ import annotations

import re

from reader.core.lazyre import lazy

# C0 controls but tab and line feed, DEL, C1 controls; the bidi embeddings, overrides and
# isolates (U+202A–U+202E, U+2066–U+2069), and the line and paragraph separators, which some
# terminals treat as line ends.
_CONTROLS = "\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u2028\u2029"
_IN_TEXT = lazy(f"[{_CONTROLS}]")
_IN_LINE = lazy(f"[{_CONTROLS}\t\n]")


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(text: str, keep_lines: bool = False) -> str:
    """``text`` with its control characters written as visible escapes (see the module)."""
    return (_IN_TEXT if keep_lines else _IN_LINE).sub(_escape, text)
