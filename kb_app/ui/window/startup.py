"""From process start to a usable window, and the ``--quit-after-ready`` report.

Order matters for start-up time: only what the first screen needs happens before the window is
shown (stdlib ``sqlite3`` reads of the installed library, the user's notes); the search engine
warms up in its worker thread after the first paint, and a first-run library install
runs as a background task with a progress dialog.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication

from kb_app.core.library.library_db import Library
from kb_app.core.platform import proctime, start_gc
from kb_app.core.platform.errors import KbError
from kb_app.ui.reader.reader_pages import HOME
from kb_app.ui.shared.context import AppContext
from kb_app.ui.shared.library_switch import installed_library
from kb_app.ui.window.mainwindow import MainWindow

if TYPE_CHECKING:  # the task module loads with the first task (kb_app.ui.shared.context.AppContext.tasks)
    from kb_app.ui.shared.tasks import TaskContext

AUTO_BACKUP_DELAY_MS = 3000


class Boot(QObject):
    """Loads the library (at once or in a task), shows the window, and says when it is ready."""

    def __init__(
        self, ctx: AppContext, window: MainWindow, *, pack: str | None = None, quit_after_ready: bool = False
    ) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.window = window
        self.pack = pack
        self.quit_after_ready = quit_after_ready
        self.ready_ms: int | None = None
        self.exit_code = 0
        self._painted = False
        window.shown.connect(self._on_painted)

    def begin(self) -> None:
        # Shown first, filled before the first paint: the window is mapped while the library and its
        # first page load (the paint waits for the event loop, so the first frame is still whole and
        # nothing moves), which brings the visible window ~10-20 ms earlier.
        self.window.show()
        if self.pack is None:
            opened = installed_library(self.ctx)
            if opened is not None:
                self.ctx.set_library(*opened)  # the window opens its first page: part of the first paint
        if self.ctx.library is None:
            self.window.reader.open(HOME)  # "Preparing the library" until the task has installed it
            self._install_in_background()

    # -- first run -------------------------------------------------------------------------
    def _install_in_background(self) -> None:
        paths, pack = self.ctx.paths, self.pack
        lock_held = bool(self.ctx.lock is not None and self.ctx.lock.held)

        def work(task: TaskContext) -> Path:
            from kb_app.core.library.bootstrap import ensure_library, open_library

            if pack is not None:
                return open_library(paths, pack, task.progress).directory
            return ensure_library(paths, task.progress, lock_held=lock_held)

        from kb_app.ui.shared.tasks import ProgressDialog

        title = self.tr("Preparing the library")
        dialog = ProgressDialog(
            self.window,
            title,
            self.tr("Installing the library that comes with the app…")
            if pack is None
            else self.tr("Opening the content pack…"),
            cancellable=True,
        )
        self.ctx.tasks.start(work, on_done=self._installed, on_error=self._install_failed, writes=True, progress=dialog)

    def _installed(self, folder: Path) -> None:
        generation = ""
        if self.pack is None:
            from kb_app.core.library_files.libroot import library_generation

            generation = library_generation(self.ctx.paths.library_root)
        self.ctx.set_library(Library(folder), generation)  # the window opens its first page
        if self.pack is not None:
            from kb_app.core.packs.pack_trust import read_verification

            verification = read_verification(folder)
            if verification is not None and not verification.verified:
                self.window.banner.show_unverified_pack(verification.status, verification.fingerprint)
        self._maybe_ready()

    def _install_failed(self, exc: BaseException) -> None:
        from kb_app.ui.shared.tasks import Cancelled

        if isinstance(exc, Cancelled):
            message = self.tr(
                "Installing the library was cancelled. The app needs a library to work; start it again to install it."
            )
        elif isinstance(exc, KbError):
            from kb_app.core.platform.textsafe import clean_for_output

            message = clean_for_output(str(exc), limit=600)  # may quote a pack's own text
            code = getattr(exc, "code", None)
            if code and not self.quit_after_ready:  # the window speaks the user's language
                from kb_app.ui.dialogs.import_pack import refusal_text

                message = refusal_text(code, message)
        else:
            message = f"{type(exc).__name__}: {exc}"
        self.exit_code = 1
        if self.quit_after_ready:
            print(f"kb-app: {message}", file=sys.stderr)
            QApplication.exit(1)
            return
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(self.window, self.tr("The library cannot be opened"), message)
        self.window.close()

    # -- ready -----------------------------------------------------------------------------
    def _on_painted(self) -> None:
        self._painted = True
        start_gc.release()  # held since the start of run(): start-up makes no garbage cycles
        self._maybe_ready()

    def _maybe_ready(self) -> None:
        if self.ready_ms is not None or not self._painted or self.ctx.library is None:
            return
        # Window shown, library loaded, search field accepting input (a query typed now is queued
        # behind the warm-up in the search thread).
        self.ready_ms = proctime.ms_since_start()
        if self.quit_after_ready:
            print(f"ready in {self.ready_ms} ms", flush=True)
            QTimer.singleShot(0, self.window.close)
            return
        self.window.search_service.start()
        QTimer.singleShot(0, self._after_ready)

    def _after_ready(self) -> None:
        from kb_app.ui.dialogs.first_run import after_start
        from kb_app.ui.window.profile import open_user_data

        if self.ctx.userdata is None and not self.ctx.userdata_error:
            open_user_data(self.ctx)
        self.window.search.prepare()  # now, in idle time, rather than on the first keystroke

        after_start(self.ctx, self.window)
        QTimer.singleShot(AUTO_BACKUP_DELAY_MS, self._auto_backup)
        self._update_from_bundled()

    def _update_from_bundled(self) -> None:
        """A newer library that came with an app update replaces the installed one, then the
        window says what changed (notes are never touched)."""
        if self.pack is not None or self.ctx.read_only or self.ctx.lock is None or not self.ctx.lock.held:
            return
        paths = self.ctx.paths

        def work(task: TaskContext) -> Path | None:
            from kb_app.core.library.bootstrap import update_from_bundled

            return update_from_bundled(paths, task.progress, lock_held=True)

        def done(folder: Path | None) -> None:
            if folder is None:
                return
            from kb_app.core.library_files.libroot import library_generation

            self.ctx.set_library(Library(folder), library_generation(paths.library_root))
            self.window.show_changes()

        def failed(exc: BaseException) -> None:
            self.window.show_message(
                self.tr("The library that came with this version of the app could not be installed: {0}").format(exc)
            )

        self.ctx.tasks.start(work, on_done=done, on_error=failed, writes=True)

    def _auto_backup(self) -> None:
        userdata: Any = self.ctx.userdata
        if userdata is None or self.ctx.read_only:
            return
        try:
            userdata.backup_if_due()
        except (KbError, OSError) as exc:
            from kb_app.ui.notes.notes_backup import userdata_error_text

            self.window.show_message(self.tr("Automatic backup of notes failed: {0}").format(userdata_error_text(exc)))
