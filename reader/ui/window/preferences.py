"""Edit ▸ Preferences…: the panes' font and size, the match threshold, the default comparison
options, the theme and the language, in one dialog. OK applies and saves them; Cancel changes
nothing.

The dialog does nothing of its own: the size goes to the view's ``set_point_size`` (the zoom),
the options to the ComparisonController (one comparison again, the Options menu and toolbar
ticked alike), the theme and the language to the window's actions (as View ▸ Theme and
View ▸ Language do: the language applies at the next start).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFontComboBox,
    QFormLayout,
    QGroupBox,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from reader.core.options import OPTION_SPEC, OPTION_SPECS
from reader.i18n import LANGUAGES, language, system_language
from reader.ui.common.settings import Settings
from reader.ui.common.theme import THEMES
from reader.ui.compare.view import MAX_POINT_SIZE, MIN_POINT_SIZE, CompareView
from reader.ui.window.comparison_controller import ComparisonController

if TYPE_CHECKING:
    from reader.ui.window.actions import WindowActions

MIN_THRESHOLD, MAX_THRESHOLD = 0.05, 0.95
FONT_KEY = "pane_font"  # the panes' font family, in the settings


def tr(text: str) -> str:
    return QCoreApplication.translate("PreferencesDialog", text)


def _option_text(text: str) -> str:
    return QCoreApplication.translate("OptionSpec", text).replace("&", "")


def _theme_text(text: str) -> str:
    return QCoreApplication.translate("WindowActions", text)


THEME_NAMES = {"system": "System", "light": "Light", "dark": "Dark"}


def apply_pane_font(view: CompareView, family: object) -> None:
    """Show both panes in ``family`` (kept at the view's size); a name that is not text is passed over."""
    if not isinstance(family, str) or not family:
        return
    for pane in (view.left, view.right):
        font = QFont(pane.font())
        font.setFamily(family)
        pane.setFont(font)


def pane_font_family(view: CompareView) -> str:
    return view.left.font().family()


class PreferencesDialog(QDialog):
    """The preferences, filled from what is in use now; ``accept`` (OK) applies them."""

    def __init__(self, parent: QWidget, *, view: CompareView, comparison: ComparisonController,
                 actions: WindowActions, settings: Settings):
        super().__init__(parent)
        self.view, self.comparison, self.actions, self.settings = view, comparison, actions, settings
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(tr("Preferences"))
        self.setAccessibleName(tr("Preferences"))
        layout = QVBoxLayout(self)
        layout.addWidget(self._text_group())
        layout.addWidget(self._comparison_group())
        layout.addWidget(self._look_group())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("OK"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Cancel"))
        for button in buttons.buttons():
            button.setAccessibleName(button.text())
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout.addWidget(buttons)

    def _text_group(self) -> QGroupBox:
        group = QGroupBox(tr("Text"))
        form = QFormLayout(group)
        self.font_box = QFontComboBox()
        self.font_box.setObjectName("prefFont")
        self.font_box.setCurrentFont(QFont(pane_font_family(self.view)))
        self.font_box.setAccessibleName(tr("Font of the texts"))
        form.addRow(tr("&Font:"), self.font_box)
        self.size_box = QSpinBox()
        self.size_box.setObjectName("prefSize")
        self.size_box.setRange(int(MIN_POINT_SIZE), int(MAX_POINT_SIZE))
        self.size_box.setValue(round(self.view.point_size()))
        self.size_box.setSuffix(tr(" pt"))
        self.size_box.setAccessibleName(tr("Size of the texts, in points"))
        form.addRow(tr("&Size:"), self.size_box)
        return group

    def _comparison_group(self) -> QGroupBox:
        group = QGroupBox(tr("Comparison"))
        form = QFormLayout(group)
        options = self.comparison.options
        spec = OPTION_SPEC["match_threshold"]
        self.threshold = QDoubleSpinBox()
        self.threshold.setObjectName("prefThreshold")
        self.threshold.setRange(MIN_THRESHOLD, MAX_THRESHOLD)
        self.threshold.setSingleStep(0.05)
        self.threshold.setDecimals(2)
        self.threshold.setValue(options.match_threshold)
        self.threshold.setToolTip(_option_text(spec.help))
        self.threshold.setAccessibleName(_option_text(spec.label))
        self.threshold.setAccessibleDescription(_option_text(spec.help))
        form.addRow(QCoreApplication.translate("OptionSpec", spec.label) + ":", self.threshold)
        self.switches: dict[str, QCheckBox] = {}
        for spec in OPTION_SPECS:
            if not spec.is_switch:
                continue
            box = QCheckBox(QCoreApplication.translate("OptionSpec", spec.label))
            box.setObjectName(f"pref_{spec.name}")
            box.setChecked(bool(getattr(options, spec.name)))
            box.setToolTip(_option_text(spec.help))
            box.setAccessibleName(_option_text(spec.label))
            box.setAccessibleDescription(_option_text(spec.help))
            self.switches[spec.name] = box
            form.addRow(box)
        return group

    def _look_group(self) -> QGroupBox:
        group = QGroupBox(tr("Appearance"))
        form = QFormLayout(group)
        self.theme_box = QComboBox()
        self.theme_box.setObjectName("prefTheme")
        self.theme_box.setAccessibleName(tr("Theme"))
        for name in THEMES:
            self.theme_box.addItem(_theme_text(THEME_NAMES[name]), name)
        theme = self.settings.get("theme")
        self.theme_box.setCurrentIndex(max(0, self.theme_box.findData(theme if theme in THEMES else "system")))
        form.addRow(tr("&Theme:"), self.theme_box)
        self.language_box = QComboBox()
        self.language_box.setObjectName("prefLanguage")
        self.language_box.setAccessibleName(tr("Language"))
        for code, name in LANGUAGES.items():
            self.language_box.addItem(name, code)
        chosen = self.settings.get("language")
        current = language(chosen) if isinstance(chosen, str) and chosen else system_language()
        self.language_box.setCurrentIndex(max(0, self.language_box.findData(current)))
        self.language_box.setToolTip(tr("The interface is built in the language chosen at the next start"))
        form.addRow(tr("&Language:"), self.language_box)
        return group

    # --- OK -----------------------------------------------------------------------------------

    def accept(self) -> None:
        self.apply()
        super().accept()

    def apply(self) -> None:
        """Apply what the dialog shows, and save the settings."""
        family = self.font_box.currentFont().family()
        if family != pane_font_family(self.view):
            apply_pane_font(self.view, family)
            self.settings.set(FONT_KEY, family)
        if self.size_box.value() != round(self.view.point_size()):
            self.view.set_point_size(float(self.size_box.value()))
            self.settings.set("point_size", self.view.point_size())
        self._apply_options()
        theme = self.theme_box.currentData()
        if theme != self.settings.get("theme", "system"):
            self.actions.set_theme(theme)
        code = self.language_box.currentData()
        chosen = self.settings.get("language")
        if code != (language(chosen) if isinstance(chosen, str) and chosen else system_language()):
            self.actions.set_language(code)
        self.settings.save()

    def _apply_options(self) -> None:
        old = self.comparison.options
        changes: dict[str, object] = {name: box.isChecked() for name, box in self.switches.items()}
        changes["match_threshold"] = round(self.threshold.value(), 2)
        new = old.with_(**changes)
        if new == old:
            return
        for name, box in self.switches.items():  # the Options menu and toolbar say the same
            act = self.actions.options.get(name)
            if act is not None and act.isChecked() != box.isChecked():
                act.blockSignals(True)  # (one comparison again below, not one per option)
                act.setChecked(box.isChecked())
                act.blockSignals(False)
                toggle = self.actions.toggles.get(name)
                if toggle is not None:
                    toggle.setChecked(box.isChecked())
        self.comparison.options = new
        self.settings.set("options", new.to_dict())
        self.comparison.recompare()
