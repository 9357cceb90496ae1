"""Translations: Indonesian by default, English second.

Source strings in the code are English; ``resources/translations/wbs_id.ts``
and ``wbs_en.ts`` (from ``pyside6-lupdate``) are compiled to ``.qm`` with
``pyside6-lrelease``. ``init_translations`` installs the chosen one.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from wbs_desktop.gui import settings
from wbs_desktop.paths import resource_path

log = logging.getLogger(__name__)

_installed: list[QTranslator] = []
_current = settings.DEFAULT_LANGUAGE


def current_language() -> str:
    return _current


def qm_path(language: str) -> str:
    return str(resource_path("translations", f"wbs_{language}.qm"))


def init_translations(app: QCoreApplication, language: str | None = None) -> str:
    """Install the translators for ``language`` (default: the remembered one).

    Replaces whatever an earlier call installed, so it also switches language
    at run time. Returns the language now in use.
    """
    global _current
    lang = language or settings.language()
    if lang not in settings.LANGUAGES:
        lang = settings.DEFAULT_LANGUAGE
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()

    ours = QTranslator(app)
    if ours.load(qm_path(lang)):
        app.installTranslator(ours)
        _installed.append(ours)
    else:
        log.error("translation file missing: %s", qm_path(lang))
    qt_own = QTranslator(app)  # Qt's own strings (context menus), where Qt ships them
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_own.load(f"qtbase_{lang}", qt_dir):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
    # English keeps its own number format (2,001.5); Indonesian writes 2.001,5.
    locale = (QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia) if lang == "id"
              else QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    QLocale.setDefault(locale)
    _current = lang
    return lang
