"""QSettings at an explicit path inside the profile (INI format, never the Windows registry).

Preferences live in the ``prefs/`` group, window geometry and splitter/dock state in ``state/``
(Picard's "persist" split): clearing state never loses a preference.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

from kb_app.ui.prefs import Preferences

SETTINGS_VERSION = 1
FILE_NAME = "settings.ini"


class Settings:
    def __init__(self, profile: Path) -> None:
        self.path = Path(profile) / FILE_NAME
        self._qs = QSettings(str(self.path), QSettings.Format.IniFormat)
        if self._qs.value("version") is None:
            self._qs.setValue("version", SETTINGS_VERSION)

    def load(self) -> Preferences:
        self._qs.beginGroup("prefs")
        try:
            values: dict[str, Any] = {key: self._qs.value(key) for key in self._qs.childKeys()}
        finally:
            self._qs.endGroup()
        return Preferences.from_mapping(values)

    def save(self, prefs: Preferences) -> None:
        self._qs.beginGroup("prefs")
        try:
            for key, value in prefs.to_mapping().items():
                self._qs.setValue(key, value)
        finally:
            self._qs.endGroup()
        self._qs.sync()

    def state(self, key: str) -> QByteArray | None:
        value = self._qs.value(f"state/{key}")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_state(self, key: str, value: QByteArray) -> None:
        self._qs.setValue(f"state/{key}", value)

    def value(self, key: str, default: str = "") -> str:
        value = self._qs.value(f"state/{key}")
        return value if isinstance(value, str) else default

    def set_value(self, key: str, value: str) -> None:
        self._qs.setValue(f"state/{key}", value)

    def sync(self) -> None:
        self._qs.sync()
