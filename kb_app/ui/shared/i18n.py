"""Qt-native translations: the app's ``kb_app_<lang>.qm`` plus Qt's own ``qtbase_<lang>.qm``
(button texts in standard dialogs), for a language of the registry in :mod:`kb_app.ui.shared.languages`."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from kb_app.ui.shared.languages import ui_language
from kb_app.ui.shared.resources import translations_dir

_installed: list[QTranslator] = []


def QT_TRANSLATE_NOOP(_context: str, source_text: str) -> str:  # noqa: N802 - the marker lupdate knows
    """Mark ``source_text`` for translation in its context and return it untranslated (the caller
    translates it later with ``QCoreApplication.translate``). PySide's own marker is typed as
    returning ``object``, which made every table of marked strings a type error; lupdate finds
    the strings by this name, wherever the function comes from."""
    return source_text


def install(language: str) -> bool:
    """Replace the installed translators; True when the app's own translation loaded."""
    app = QCoreApplication.instance()
    assert app is not None
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    entry = ui_language(language)
    QLocale.setDefault(QLocale(entry.locale))
    ok = False
    own = QTranslator(app)
    if own.load(entry.translation, str(translations_dir())):
        app.installTranslator(own)
        _installed.append(own)
        ok = True
    qt = QTranslator(app)
    if qt.load(f"qtbase_{entry.code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    return ok
