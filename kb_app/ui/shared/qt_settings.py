"""The window's state in QSettings at an explicit path inside the profile (INI format, never the
Windows registry), and the user's preferences through :mod:`kb_app.core.userdata.preferences`.

Window geometry, splitter/dock state and recent searches live in the ``state/`` group of
``settings.ini`` (Picard's "persist" split): clearing state never loses a preference. The
preferences are ``preferences.json``, which the ``kb-app`` command reads without Qt; they were the
``prefs/`` group here before, and are moved there on the first start that may write.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from kb_app.core.userdata.preferences import Preferences, PreferencesFile

SETTINGS_VERSION = 1
FILE_NAME = "settings.ini"


class Settings:
    def __init__(self, profile: Path) -> None:
        self.path = Path(profile) / FILE_NAME
        self._qs = QSettings(str(self.path), QSettings.Format.IniFormat)
        if self._qs.value("version") is None:
            self._qs.setValue("version", SETTINGS_VERSION)
        self.prefs_file = PreferencesFile(Path(profile))

    def load(self, *, migrate: bool = True) -> Preferences:
        """The preferences; with ``migrate`` (a window that may write), those still in the old
        ``prefs/`` group are written to ``preferences.json`` once."""
        prefs = self.prefs_file.load()
        if migrate and self.prefs_file.migrated:
            self.save(prefs)
        return prefs

    def save(self, prefs: Preferences) -> bool:
        """False when the file could not be written (a full disk): the window keeps the choice
        for this session, as it did when QSettings could not write."""
        try:
            self.prefs_file.save(prefs)
        except OSError:
            return False
        return True

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
