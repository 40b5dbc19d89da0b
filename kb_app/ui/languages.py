"""The registry of UI languages: one line per language the window can be shown in.

Adding a language is one ``resources/translations/kb_app_<code>.ts`` (compiled to ``.qm`` with
``pyside6-lrelease``) and one entry here. No Qt import: the preferences check against this list
without starting Qt.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class UiLanguage:
    code: str  # what the preferences store
    name: str  # named in itself, so whoever cannot read the current language still finds theirs
    locale: str  # a QLocale name: number and date formats, and the language Qt's own widgets use
    translation: str  # the .qm file's stem in resources/translations (English is the source: plurals only)


# The first is the default.
UI_LANGUAGES: list[UiLanguage] = [
    UiLanguage("lv", "Latviešu", "lv_LV", "kb_app_lv"),
    UiLanguage("en", "English", "en_GB", "kb_app_en"),
]


def ui_language(code: str) -> UiLanguage:
    """The entry for ``code``; the default language for a code no entry has."""
    for language in UI_LANGUAGES:
        if language.code == code:
            return language
    return UI_LANGUAGES[0]


def language_codes() -> tuple[str, ...]:
    return tuple(language.code for language in UI_LANGUAGES)
