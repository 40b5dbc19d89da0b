"""The UI language registry: one entry and one translation file give the window a language."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from PySide6.QtCore import QLocale

from kb_app.core.userdata.preferences import Preferences
from kb_app.ui.shared import i18n, languages
from kb_app.ui.shared.languages import UiLanguage

RUSSIAN_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context><name>Actions</name>
<message><source>&amp;File</source><translation>&amp;Файл</translation></message>
</context>
</TS>
"""


def _lrelease() -> str:
    found = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent)) or shutil.which("pyside6-lrelease")
    if found is None:
        pytest.skip("pyside6-lrelease is not installed")
    return found


@pytest.mark.usefixtures("qapp")
def test_each_language_has_its_own_locale_and_translation() -> None:
    assert [(lang.code, lang.locale) for lang in languages.UI_LANGUAGES] == [("lv", "lv_LV"), ("en", "en_GB")]
    try:
        for language in languages.UI_LANGUAGES:
            assert i18n.install(language.code)
            assert QLocale().name() == language.locale
    finally:
        i18n.install("en")


def test_a_registered_language_is_offered_in_settings_and_shows_the_window_in_it(
    qtbot: Any, make_window: Callable[..., Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ts = tmp_path / "kb_app_ru.ts"
    ts.write_text(RUSSIAN_TS, encoding="utf-8")
    subprocess.run([_lrelease(), "-silent", str(ts), "-qm", str(tmp_path / "kb_app_ru.qm")], check=True)
    monkeypatch.setattr(i18n, "translations_dir", lambda: tmp_path)
    from kb_app.core.platform import ui_languages  # the one list, which the window reads

    monkeypatch.setattr(
        ui_languages, "UI_LANGUAGES", [*ui_languages.UI_LANGUAGES, UiLanguage("ru", "Русский", "ru_RU", "kb_app_ru")]
    )
    assert Preferences.from_mapping({"language": "ru"}).language == "ru"
    # A new interface language leaves every pack's country.yaml valid (its labels fall back to English).
    from kb_app.core.content.validate import validate_knowledge

    assert validate_knowledge(Path(__file__).resolve().parents[1] / "fixtures" / "knowledge-lt").problems == []

    from kb_app.ui.dialogs.settings_dialog import SettingsDialog

    window = make_window(language="en", start_search=False)
    dialog = SettingsDialog(window.ctx, window)
    offered = [dialog.language.itemText(i) for i in range(dialog.language.count())]
    assert offered == ["Latviešu", "English", "Русский"]
    dialog.language.setCurrentIndex(dialog.language.findData("ru"))
    dialog.accept()
    qtbot.waitUntil(lambda: window.ctx.main_window is not window)
    new = window.ctx.main_window
    assert [a.text() for a in new.menuBar().actions()][0] == "&Файл"
    assert QLocale().language() == QLocale.Language.Russian
    assert window.ctx.settings.load().language == "ru"
