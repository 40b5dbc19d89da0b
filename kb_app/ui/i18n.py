"""Qt-native translations: the app's ``kb_app_<lang>.qm`` plus Qt's own ``qtbase_<lang>.qm``
(button texts in standard dialogs). Latvian is the default; English is the source language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from kb_app.ui.resources import translations_dir

_installed: list[QTranslator] = []


def install(language: str) -> bool:
    """Replace the installed translators; True when the app's own translation loaded."""
    app = QCoreApplication.instance()
    assert app is not None
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QLocale(QLocale.Language.Latvian if language == "lv" else QLocale.Language.English,
                               QLocale.Country.Latvia if language == "lv" else QLocale.Country.UnitedKingdom))
    ok = False
    own = QTranslator(app)
    if own.load(f"kb_app_{language}", str(translations_dir())):
        app.installTranslator(own)
        _installed.append(own)
        ok = True
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    return ok

