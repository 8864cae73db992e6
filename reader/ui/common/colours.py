"""The reader's colours: one accent per kind of difference, mixed with the palette's Base so the
same roles read on light and dark themes (stronger on dark bases). The highlighter, the link
strip, the overview bars, the message bar and the Quotes list all take their colours from here.

Quotes have an accent of their own (violet, apart from the four kinds) for the thin line under
quoted text and the quote badges; words altered inside a quote use the kinds' accents at the
``"quote"`` strength, stronger than an ordinary changed word."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

ACCENTS = {
    "removed": QColor(229, 57, 53),
    "added": QColor(46, 160, 67),
    "changed": QColor(245, 166, 35),
    "moved": QColor(66, 133, 244),
    "quote": QColor(142, 68, 173),
}


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


def accent(palette: QPalette, role: str) -> QColor:
    """A stronger colour for lines and marks (the strip, the overview bar, quote lines)."""
    base = palette.color(QPalette.ColorRole.Base)
    return mix(base, ACCENTS[role], 0.85 if is_dark(palette) else 0.9)


__all__ = ["ACCENTS", "accent", "is_dark", "mix", "tint"]
