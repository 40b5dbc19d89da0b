"""What every part of the window shares: the profile, its library and user data, preferences and
the task runner, plus signals for when any of them changes.

One object instead of globals (qutebrowser's ``objreg`` without the registry): widgets receive it
in their constructor, tests build it around a temporary profile.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QObject, Signal

from kb_app.core.library import Library
from kb_app.core.paths import AppPaths
from kb_app.ui.prefs import Preferences
from kb_app.ui.settings import Settings
from kb_app.ui.tasks import TaskRunner


class AppContext(QObject):
    library_changed = Signal()
    prefs_changed = Signal()
    notes_changed = Signal()
    bookmarks_changed = Signal()

    def __init__(self, paths: AppPaths, settings: Settings, *, read_only: bool = False,
                 userdata: Any = None, notes: Any = None, pinned_pack: bool = False,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.paths = paths
        self.settings = settings
        self.prefs: Preferences = settings.load()
        self.read_only = read_only
        self.userdata = userdata  # kb_app.core.userdata.UserData | None
        self.notes = notes  # kb_app.core.notes.NotesStore | None
        self.pinned_pack = pinned_pack  # --pack: the library is a file, not the profile's
        self.library: Library | None = None
        self.generation = ""
        self.tasks = TaskRunner(self)
        self.lock: Any = None  # kb_app.core.lock.ProfileLock
        self.userdata_error = ""
        self.write_problem = ""  # read-only because the profile cannot be written: a write_failures code
        self.main_window: Any = None  # the window in use (it is rebuilt when the language changes)

    # -- library ---------------------------------------------------------------------------
    def set_library(self, library: Library | None, generation: str = "") -> None:
        old = self.library
        self.library = library
        self.generation = generation
        if library is not None:
            self._resolve_municipality(library)
        self.library_changed.emit()
        if old is not None and old is not library:
            old.close()

    def _resolve_municipality(self, library: Library) -> None:
        """A municipality merged into another keeps its notes' owner valid (aliases)."""
        code = self.prefs.municipality
        if code:
            resolved = library.resolve_municipality(code)
            if resolved and resolved != code:
                self.update_prefs(municipality=resolved)

    def municipality_name(self, code: str | None = None) -> str:
        code = self.prefs.municipality if code is None else code
        if not code or self.library is None:
            return ""
        for row in self.library.municipalities():
            if row.code == code:
                return row.name
        return code

    # -- preferences -----------------------------------------------------------------------
    def update_prefs(self, **changes: Any) -> None:
        new = replace(self.prefs, **changes).normalized()
        if new == self.prefs:
            return
        self.prefs = new
        self.settings.save(new)
        self.prefs_changed.emit()

    @property
    def can_write(self) -> bool:
        return not self.read_only and self.notes is not None

    def close(self) -> None:
        """At exit: let running tasks finish (an install must not be cut off), then release."""
        self.tasks.wait()
        if self.library is not None:
            self.library.close()
        if self.userdata is not None:
            self.userdata.close()
        if self.lock is not None:
            self.lock.release()
