"""The reader's language: a QTranslator that asks the one Qt-free catalog (``reader.i18n``), so
``QCoreApplication.translate("Context", "text")`` in the reader finds the same Russian as the
command line and the exports, without a compiled ``.qm`` file.

``install(app, lang)`` puts it in place, with Qt's own translations of its standard dialogs
(buttons like "Cancel", the file dialog) when this Qt has them for ``lang``. The language is
chosen once, before the first widget is made: View ▸ Language applies at the next start.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from reader.i18n import DEFAULT, catalog, language, system_language
from reader.ui.common.settings import Settings

log = logging.getLogger(__name__)
_current = DEFAULT  # the language installed (for the Qt-free layers' texts the reader shows)


def current() -> str:
    """The language the reader's interface is in: "en" or "ru"."""
    return _current


class CatalogTranslator(QTranslator):
    """Translations from ``reader.i18n.catalog(lang)``; None for what it lacks, so Qt asks the next
    translator and at last shows the source text. (Not "": from Python that arrives as an empty,
    non-null QString, which Qt takes for a translation and shows as nothing.)"""

    def __init__(self, lang: str, parent=None):
        super().__init__(parent)
        self.lang = language(lang)
        self._catalog = catalog(self.lang)

    def language(self) -> str:  # QTranslator's, for QCoreApplication::translate's callers
        return self.lang

    def isEmpty(self) -> bool:
        return not self._catalog

    def translate(self, context, source, disambiguation=None, n=-1) -> str | None:  # type: ignore[override]
        return self._catalog.get((context, source)) if source else None


def chosen_language(settings: Settings) -> str:
    """The language the user picked in View ▸ Language, else the environment's."""
    chosen = settings.get("language")
    return language(chosen) if isinstance(chosen, str) and chosen else system_language()


def install(app: QCoreApplication, lang: str) -> list[QTranslator]:
    """Install the catalog (and Qt's own translations, when there are) for ``lang``; returns the
    translators installed (kept by the caller: Qt does not own them)."""
    global _current
    lang = language(lang)
    _current = lang
    installed: list[QTranslator] = []
    if lang == DEFAULT:
        return installed
    QLocale.setDefault(QLocale(lang))
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name in ("qtbase",):
        qt = QTranslator(app)
        if qt.load(f"{name}_{lang}", folder):
            app.installTranslator(qt)
            installed.append(qt)
        else:
            log.info("no %s translation for %s in %s", name, lang, folder)
    ours = CatalogTranslator(lang, app)
    app.installTranslator(ours)  # installed last, asked first
    installed.append(ours)
    return installed


def uninstall(app: QCoreApplication, installed: list[QTranslator]) -> None:
    """Take back what ``install`` put in place: the interface is English again."""
    global _current
    for translator in installed:
        app.removeTranslator(translator)
    _current = DEFAULT
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
