"""The registry of UI languages, kept in the core (:mod:`kb_app.core.platform.ui_languages`) so that
country declarations and the window read one list; re-exported here for the interface."""

from __future__ import annotations

from typing import Any

from kb_app.core.platform import ui_languages as _core
from kb_app.core.platform.ui_languages import UiLanguage, language_codes, ui_language

__all__ = ["UiLanguage", "language_codes", "ui_language"]  # and UI_LANGUAGES, read through below


def __getattr__(name: str) -> Any:
    # Read through to the core's list at each use, so there is only ever the one list.
    if name == "UI_LANGUAGES":
        return _core.UI_LANGUAGES
    raise AttributeError(name)
