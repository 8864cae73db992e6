"""Light and dark themes: Fusion with a matching palette, or the platform's own look."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

THEMES = ("system", "light", "dark")
_original: dict = {}


def dark_palette() -> QPalette:
    p = QPalette()
    roles = QPalette.ColorRole
    colours = {
        roles.Window: QColor(45, 45, 48), roles.WindowText: QColor(225, 225, 225),
        roles.Base: QColor(30, 30, 32), roles.AlternateBase: QColor(40, 40, 43),
        roles.ToolTipBase: QColor(50, 50, 53), roles.ToolTipText: QColor(230, 230, 230),
        roles.Text: QColor(226, 226, 226), roles.Button: QColor(53, 53, 56),
        roles.ButtonText: QColor(225, 225, 225), roles.BrightText: QColor(255, 90, 90),
        roles.Link: QColor(110, 168, 254), roles.Highlight: QColor(74, 144, 226),
        roles.HighlightedText: QColor(255, 255, 255), roles.PlaceholderText: QColor(140, 140, 140),
        roles.Light: QColor(70, 70, 74), roles.Midlight: QColor(60, 60, 64),
        roles.Mid: QColor(40, 40, 43), roles.Dark: QColor(25, 25, 27), roles.Shadow: QColor(0, 0, 0),
    }
    for role, colour in colours.items():
        p.setColor(role, colour)
    disabled = QPalette.ColorGroup.Disabled
    for role in (roles.Text, roles.WindowText, roles.ButtonText):
        p.setColor(disabled, role, QColor(120, 120, 120))
    return p


def light_palette() -> QPalette:
    style = QStyleFactory.create("Fusion")
    palette = style.standardPalette()
    palette.setColor(QPalette.ColorRole.Highlight, QColor(48, 120, 214))
    return palette


def apply_theme(app: QApplication, name: str) -> str:
    """Switch the application to ``name`` (system, light or dark); returns the name used."""
    if name not in THEMES:
        name = "system"
    if not _original:
        _original["style"] = app.style().name()
        _original["palette"] = QPalette(app.palette())
    if name == "system":
        app.setStyle(_original["style"])
        app.setPalette(_original["palette"])
    else:
        app.setStyle("Fusion")
        app.setPalette(dark_palette() if name == "dark" else light_palette())
    return name
