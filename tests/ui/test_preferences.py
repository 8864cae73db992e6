"""Edit ▸ Preferences…: OK applies and saves the font, size, threshold, default options and
language, and compares the shown pair again with them; Cancel changes nothing; Russian labels."""

from __future__ import annotations

import json
import re

import pytest
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QAbstractButton, QDialogButtonBox, QGroupBox, QLabel

from reader.core import Options
from reader.ui.window.preferences import PreferencesDialog
from tests.ui.conftest import wait_shown


def _open(window, qtbot) -> PreferencesDialog:
    window.acts.preferences.trigger()  # the dialog opens window-modal without blocking (open())
    dialog = window.findChild(PreferencesDialog)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def _other_family(current: str) -> str:
    return next(f for f in sorted(QFontDatabase.families()) if f != current and QFont(f).family() == f)


def test_the_menu_has_it_with_its_key(samples_window):
    window = samples_window
    edit = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Edit")
    assert window.acts.preferences in edit.actions()
    assert window.acts.preferences.text() == "&Preferences…"
    assert not window.acts.preferences.shortcut().isEmpty()


def test_ok_applies_saves_and_compares_again(samples_window, qtbot, isolated_config):
    window = samples_window
    assert window.view.data.comparison.options == Options()
    dialog = _open(window, qtbot)
    assert dialog.threshold.value() == pytest.approx(0.3)
    assert dialog.switches["ignore_case"].isChecked() and not dialog.switches["ignore_punctuation"].isChecked()
    family = _other_family(window.view.left.font().family())
    dialog.font_box.setCurrentFont(QFont(family))
    dialog.size_box.setValue(15)
    dialog.threshold.setValue(0.5)
    dialog.switches["ignore_case"].setChecked(False)
    dialog.switches["ignore_punctuation"].setChecked(True)
    dialog.language_box.setCurrentIndex(dialog.language_box.findData("ru"))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    assert not dialog.isVisible()
    expected = Options(ignore_case=False, ignore_punctuation=True, match_threshold=0.5)
    assert window.comparison.options == expected
    # the Options menu and the toolbar say the same
    assert not window.acts.options["ignore_case"].isChecked() and window.acts.options["ignore_punctuation"].isChecked()
    assert not window.acts.toggles["ignore_case"].isChecked() and window.acts.toggles["ignore_punctuation"].isChecked()
    assert window.view.point_size() == 15.0
    assert window.view.left.font().family() == family and window.view.right.font().family() == family
    assert window.view.left.font().pointSizeF() == 15.0
    saved = json.loads((isolated_config / "settings.json").read_text(encoding="utf-8"))
    assert saved["options"]["match_threshold"] == 0.5
    assert saved["options"]["ignore_case"] is False and saved["options"]["ignore_punctuation"] is True
    assert saved["point_size"] == 15.0 and saved["pane_font"] == family and saved["language"] == "ru"
    # the pair is compared again, with the new options
    qtbot.waitUntil(lambda: window.view.data.comparison.options == expected, timeout=15000)
    wait_shown(qtbot, window)


def test_a_new_window_uses_the_saved_font(make_window, qtbot):
    window = make_window()
    family = _other_family(window.view.left.font().family())
    dialog = _open(window, qtbot)
    dialog.font_box.setCurrentFont(QFont(family))
    dialog.accept()
    again = make_window()
    assert again.view.left.font().family() == family and again.view.right.font().family() == family


def test_cancel_changes_nothing(samples_window, qtbot, isolated_config):
    window = samples_window
    before_file = (isolated_config / "settings.json").exists()
    family, size = window.view.left.font().family(), window.view.point_size()
    request = window.comparison.comparer.request
    dialog = _open(window, qtbot)
    dialog.font_box.setCurrentFont(QFont(_other_family(family)))
    dialog.size_box.setValue(int(size) + 4)
    dialog.threshold.setValue(0.8)
    dialog.switches["yo_as_ye"].setChecked(False)
    dialog.language_box.setCurrentIndex(dialog.language_box.findData("ru"))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()

    assert not dialog.isVisible()
    assert window.comparison.options == Options()
    assert window.acts.options["yo_as_ye"].isChecked()
    assert window.view.point_size() == size and window.view.left.font().family() == family
    assert window.comparison.comparer.request == request  # not compared again
    assert "language" not in window.settings.data and "pane_font" not in window.settings.data
    assert (isolated_config / "settings.json").exists() == before_file


def test_the_dialog_in_russian(russian, make_window, qtbot):
    window = make_window()
    assert window.acts.preferences.text() == "&Настройки…"
    dialog = _open(window, qtbot)
    assert dialog.windowTitle() == "Настройки"
    assert dialog.switches["ignore_case"].text() == "Не учитывать &регистр"
    assert dialog.theme_box.itemText(dialog.theme_box.findData("dark")) == "Тёмная"
    texts = [w.text() for w in dialog.findChildren(QLabel) + dialog.findChildren(QAbstractButton)]
    texts += [g.title() for g in dialog.findChildren(QGroupBox)] + [dialog.size_box.suffix()]
    texts += [w.accessibleName() for w in dialog.findChildren(QAbstractButton)]
    assert "ОК" in texts and "Отмена" in texts
    assert [t for t in texts if re.search("[a-z]", t, re.IGNORECASE)] == []
