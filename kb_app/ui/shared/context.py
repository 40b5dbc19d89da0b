"""What every part of the window shares: the profile, its library and user data, preferences and
the task runner, and the one notification of a change: ``operation_did_execute(changes, handler)``
(Anki's hook of that name). Whoever writes announces what the write returned
(:class:`kb_app.core.op_changes.OpChanges`); each view looks at the flags it shows and refreshes
itself, so a new write never needs to know which views to tell.

One object instead of globals (qutebrowser's ``objreg`` without the registry): widgets receive it
in their constructor, tests build it around a temporary profile.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Literal, TypeVar, overload

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMainWindow

from kb_app.core.library.library_db import Library
from kb_app.core.op_changes import LIBRARY, PREFS, OpChanges, OpResult
from kb_app.core.platform.paths import AppPaths
from kb_app.core.userdata.preferences import Preferences
from kb_app.ui.shared.qt_settings import Settings

if TYPE_CHECKING:
    from kb_app.core.platform.lock import ProfileLock
    from kb_app.core.userdata.bookmarks import BookmarksAndHistory
    from kb_app.core.userdata.notes import NotesStore
    from kb_app.core.userdata.user_db import UserData
    from kb_app.ui.shared.tasks import ProgressDialog, Task, TaskContext, TaskRunner

R = TypeVar("R", bound="OpResult[Any] | OpChanges")  # what an operation returns


class AppContext(QObject):
    # (OpChanges, handler): what a write changed, and the object that made it (None: no view),
    # so that a view can skip reloading what it has just written itself.
    operation_did_execute = Signal(object, object)
    # Before something reads or replaces the user's data as a whole (export, backup, restore): the
    # views holding typed, unsaved text save it now. A signal, so that no dialog reaches into the
    # window for its notes panel.
    pending_edits_wanted = Signal()

    def __init__(
        self,
        paths: AppPaths,
        settings: Settings,
        *,
        read_only: bool = False,
        userdata: UserData | None = None,
        notes: NotesStore | None = None,
        bookmarks: BookmarksAndHistory | None = None,
        pinned_pack: bool = False,
        parent: QObject | None = None,
    ) -> None:
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
        self._tasks: TaskRunner | None = None  # made with the first task: see tasks
        self.lock: ProfileLock | None = None
        self.userdata_error = ""
        self.write_problem = ""  # read-only because the profile cannot be written: a write_failures code
        # The window in use (rebuilt when the language changes): a parent for what outlives a dialog.
        self.main_window: QMainWindow | None = None

    def announce(self, changes: OpChanges, handler: object | None = None) -> None:
        """Tell every view what a write changed (nothing is announced when nothing changed)."""
        if changes:
            self.operation_did_execute.emit(changes, handler)

    @overload
    def run_op(
        self,
        op: Callable[[TaskContext | None], R],
        *,
        slow: Literal[False] = False,
        apply: Callable[[R], None] | None = None,
        on_done: Callable[[R], None] | None = None,
        handler: object | None = None,
    ) -> R: ...

    @overload
    def run_op(
        self,
        op: Callable[[TaskContext | None], R],
        *,
        slow: Literal[True],
        apply: Callable[[R], None] | None = None,
        on_done: Callable[[R], None] | None = None,
        handler: object | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        progress: ProgressDialog | None = None,
    ) -> Task: ...

    def run_op(
        self,
        op: Callable[[TaskContext | None], R],
        *,
        slow: bool = False,
        apply: Callable[[R], None] | None = None,
        on_done: Callable[[R], None] | None = None,
        handler: object | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        progress: ProgressDialog | None = None,
    ) -> R | Task:
        """Run one core operation (kb_app.core.operations) and announce what it returned.

        ``slow`` work (an import: seconds) runs in the one writer thread with ``progress``, gets
        the task's context (progress, cancel) and returns the Task; its failure goes to
        ``on_error``. The rest runs here and now, gets None, returns the operation's result and
        raises what it raised. Then, on this thread: ``apply`` brings the context in line (a new
        library opened), the change is announced to every view (``handler``: the view that made
        it), and ``on_done`` tells the user."""

        def finished(result: R) -> None:
            if apply is not None:
                apply(result)
            self.announce(result if isinstance(result, OpChanges) else result.changes, handler)
            if on_done is not None:
                on_done(result)

        if slow:
            return self.tasks.start(op, on_done=finished, on_error=on_error, writes=True, progress=progress)
        result = op(None)
        finished(result)
        return result

    def flush_pending_edits(self) -> None:
        """Have every view save what the user has typed and not yet saved (synchronously)."""
        self.pending_edits_wanted.emit()

    # -- library ---------------------------------------------------------------------------
    def set_library(self, library: Library | None, generation: str = "", *, announce: bool = True) -> None:
        """Use ``library`` from now on; ``announce=False`` inside run_op's ``apply``, which announces."""
        old = self.library
        self.library = library
        self.generation = generation
        if library is not None:
            self._resolve_municipality(library)
        if announce:
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
        new = self.prefs._replace(**changes).normalized()
        if new == self.prefs:
            return
        self.prefs = new
        self.settings.save(new)
        self.announce(PREFS)

    @property
    def can_write(self) -> bool:
        return not self.read_only and self.notes is not None

    @property
    def tasks(self) -> TaskRunner:
        """The worker threads; their module and Qt classes load with the first task, not at start."""
        if self._tasks is None:
            from kb_app.ui.shared.tasks import TaskRunner

            self._tasks = TaskRunner(self)
        return self._tasks

    def close(self) -> None:
        """At exit: let running tasks finish (an install must not be cut off), then release."""
        if self._tasks is not None:
            self._tasks.wait()
        if self.library is not None:
            self.library.close()
        if self.userdata is not None:
            self.userdata.close()
        if self.lock is not None:
            self.lock.release()
