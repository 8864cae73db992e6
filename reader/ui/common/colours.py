"""The reader's colours: one accent per kind of difference, mixed with the palette's Base so the
same roles read on light and dark themes (stronger on dark bases). The highlighter, the link
strip, the overview bars, the message bar and the Quotes list all take their colours from here.

Quotes have an accent of their own (violet, apart from the four kinds) for the thin line under
quoted text and the quote badges; words altered inside a quote use the kinds' accents at the
``"quote"`` strength, stronger than an ordinary changed word.

Find has colours of its own, as in browsers: every match a lemon yellow, the current match an
orange fill with a deep orange outline, apart from the amber of changed words and from the
blue of moved sentences and of the current change's outline (the palette's Highlight).
"Moved" is the same blue in the HTML export (reader.export.html_export's ``--mv`` colours)."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

ACCENTS = {
    "removed": QColor(229, 57, 53),
    "added": QColor(46, 160, 67),
    "changed": QColor(245, 166, 35),
    "moved": QColor(66, 133, 244),
    "quote": QColor(142, 68, 173),
}
FIND = {"match": QColor(255, 221, 0), "current": QColor(255, 120, 0)}


def mix(a: QColor, b: QColor, t: float) -> QColor:
    """``a`` moved a fraction ``t`` of the way towards ``b``."""
    return QColor.fromRgbF(a.redF() + (b.redF() - a.redF()) * t,
                           a.greenF() + (b.greenF() - a.greenF()) * t,
                           a.blueF() + (b.blueF() - a.blueF()) * t)


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Base).lightnessF() < 0.5


def tint(palette: QPalette, role: str, strength: str = "word") -> QColor:
    """A background for ``role`` ("removed", "added", "changed", "moved", "quote") on this
    palette; ``strength`` "quote" is for words altered inside a quote."""
    base = palette.color(QPalette.ColorRole.Base)
    dark = is_dark(palette)
    t = {"word": 0.42 if dark else 0.36, "sentence": 0.20 if dark else 0.15,
         "strip": 0.55 if dark else 0.45, "quote": 0.66 if dark else 0.62}[strength]
    return mix(base, ACCENTS[role], t)


def find_fill(palette: QPalette, which: str = "match") -> QColor:
    """The fill under a find match (``which`` "match") or the current match ("current")."""
    base = palette.color(QPalette.ColorRole.Base)
    dark = is_dark(palette)
    t = {"match": 0.55 if dark else 0.6, "current": 0.7 if dark else 0.75}[which]
    return mix(base, FIND[which], t)


def find_outline(palette: QPalette) -> QColor:
    """The outline round the current find match: a deep orange, unlike the current change's blue."""
    base = palette.color(QPalette.ColorRole.Base)
    return mix(base, QColor(214, 84, 0), 0.95 if is_dark(palette) else 1.0)


def accent(palette: QPalette, role: str) -> QColor:
    """A stronger colour for lines and marks (the strip, the overview bar, quote lines)."""
    base = palette.color(QPalette.ColorRole.Base)
    return mix(base, ACCENTS[role], 0.85 if is_dark(palette) else 0.9)


__all__ = ["ACCENTS", "FIND", "accent", "find_fill", "find_outline", "is_dark", "mix", "tint"]
