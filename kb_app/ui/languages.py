"""The registry of UI languages, kept in the core (:mod:`kb_app.core.ui_languages`) so that
country declarations and the window read one list; re-exported here for the interface."""

from __future__ import annotations

from kb_app.core.ui_languages import UI_LANGUAGES, UiLanguage, language_codes, ui_language

__all__ = ["UI_LANGUAGES", "UiLanguage", "language_codes", "ui_language"]
