"""What every part of the window shares: the profile, its library and user data, preferences and
the task runner, and the one notification of a change: ``operation_did_execute(changes, handler)``
(Anki's hook of that name). Whoever writes announces what the write returned
(:class:`kb_app.core.changes_op.OpChanges`); each view looks at the flags it shows and refreshes
itself, so a new write never needs to know which views to tell.

One object instead of globals (qutebrowser's ``objreg`` without the registry): widgets receive it
in their constructor, tests build it around a temporary profile.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from kb_app.core.changes_op import LIBRARY, PREFS, OpChanges
from kb_app.core.library import Library
from kb_app.core.paths import AppPaths
from kb_app.core.preferences import Preferences
from kb_app.ui.settings import Settings
from kb_app.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from kb_app.core.bookmarks import BookmarksAndHistory
    from kb_app.core.lock import ProfileLock
    from kb_app.core.notes import NotesStore
    from kb_app.core.userdata import UserData
    from kb_app.ui.mainwindow import MainWindow


class AppContext(QObject):
    # (OpChanges, handler): what a write changed, and the object that made it (None: no view),
    # so that a view can skip reloading what it has just written itself.
    operation_did_execute = Signal(object, object)

    def __init__(self, paths: AppPaths, settings: Settings, *, read_only: bool = False,
                 userdata: UserData | None = None, notes: NotesStore | None = None,
                 bookmarks: BookmarksAndHistory | None = None, pinned_pack: bool = False,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.paths = paths
        self.settings = settings
        self.prefs: Preferences = settings.load(migrate=not read_only)
        self.read_only = read_only
        self.userdata: UserData | None = userdata
        self.notes: NotesStore | None = notes
        self.bookmarks: BookmarksAndHistory | None = bookmarks
        self.pinned_pack = pinned_pack  # --pack: the library is a file, not the profile's
        self.library: Library | None = None
        self.generation = ""
        self.tasks = TaskRunner(self)
        self.lock: ProfileLock | None = None
        self.userdata_error = ""
        self.write_problem = ""  # read-only because the profile cannot be written: a write_failures code
        self.main_window: MainWindow | None = None  # the window in use (rebuilt when the language changes)

    def announce(self, changes: OpChanges, handler: object | None = None) -> None:
        """Tell every view what a write changed (nothing is announced when nothing changed)."""
        if changes:
            self.operation_did_execute.emit(changes, handler)

    # -- library ---------------------------------------------------------------------------
    def set_library(self, library: Library | None, generation: str = "") -> None:
        old = self.library
        self.library = library
        self.generation = generation
        if library is not None:
            self._resolve_municipality(library)
        self.announce(LIBRARY)
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
        self.announce(PREFS)

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
