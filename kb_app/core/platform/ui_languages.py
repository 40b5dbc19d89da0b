"""The one list of languages the window can be shown in; the interface and the core both read it.

The list is data, ``kb_app/core/data/ui_languages.txt``. Adding a language is one line there plus
its ``resources/translations/kb_app_<code>.ts`` (compiled to ``.qm`` with ``pyside6-lrelease``).
A pack's labels do not have to follow: a label a pack gives no text for in a UI language is shown
in English (kb_app.core.content.country.Term.label).
"""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

# Read beside the package, in a source tree and a PyInstaller build alike (build.spec copies
# kb_app/core/data there): importlib.resources would add ~1.5 ms to the window's start.
_DATA_DIR = Path(__file__).resolve().parent.parent / "data"


class UiLanguage(NamedTuple):
    code: str  # what the preferences store
    name: str  # named in itself, so whoever cannot read the current language still finds theirs
    locale: str  # a QLocale name: number and date formats, and the language Qt's own widgets use
    translation: str  # the .qm file's stem in resources/translations (English is the source: plurals only)


def _read_list() -> list[UiLanguage]:
    text = (_DATA_DIR / "ui_languages.txt").read_text("utf-8")
    rows = (line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#"))
    return [UiLanguage(*(part.strip() for part in row)) for row in rows]


# The first is the default.
UI_LANGUAGES: list[UiLanguage] = _read_list()

# Every label of a country.yaml has a text in this language: the one shown for any UI language
# the pack does not cover.
FALLBACK_UI_LANG = "en"


def ui_language(code: str) -> UiLanguage:
    """The entry for ``code``; the default language for a code no entry has."""
    for language in UI_LANGUAGES:
        if language.code == code:
            return language
    return UI_LANGUAGES[0]


def language_codes() -> tuple[str, ...]:
    return tuple(language.code for language in UI_LANGUAGES)
