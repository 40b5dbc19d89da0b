"""Long work off the GUI thread: a ``Task`` is a QRunnable whose signals carry
progress, the result or the exception back to the GUI thread.

Core functions take ``progress(done, total)`` and know nothing about Qt; ``TaskContext.progress``
is what they get. Cancelling works for any such function: the next progress call raises
``Cancelled``, and core work that is atomic (pack install) leaves nothing half done.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

PROGRESS_INTERVAL_S = 0.05  # at most 20 progress signals a second
DIALOG_DELAY_MS = 500  # quick work finishes without a dialog flashing up (Anki waits 600 ms)


class Cancelled(Exception):
    """The user cancelled the task."""


class TaskSignals(QObject):
    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)  # the exception; Cancelled when the user cancelled


class TaskContext:
    """Handed to the task function: report progress, notice cancellation."""

    def __init__(self, signals: TaskSignals) -> None:
        self._signals = signals
        self._cancel = threading.Event()
        self._last = 0.0

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled()

    def progress(self, done: int, total: int) -> None:
        self.check()
        now = time.monotonic()
        if done >= total or now - self._last >= PROGRESS_INTERVAL_S:
            self._last = now
            self._signals.progress.emit(done, total)


class Task(QRunnable):
    def __init__(self, fn: Callable[[TaskContext], Any]) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the runner keeps the reference until the result is delivered
        self.signals = TaskSignals()
        self.context = TaskContext(self.signals)
        self._fn = fn

    def run(self) -> None:  # worker thread: never touch widgets here
        try:
            result = self._fn(self.context)
        except BaseException as exc:  # delivered to the GUI thread, not swallowed
            self.signals.failed.emit(exc)
        else:
            if self.context.cancelled:
                self.signals.failed.emit(Cancelled())
            else:
                self.signals.finished.emit(result)


class TaskRunner(QObject):
    """Starts tasks and keeps them alive while they run.

    Writes to the profile (pack install, restore) go through a one-thread pool so two of them
    never race; read-only work (PDF export) uses the general pool.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._write_pool = QThreadPool(self)
        self._write_pool.setMaxThreadCount(1)
        self._running: set[Task] = set()

    def start(
        self,
        fn: Callable[[TaskContext], Any],
        *,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        writes: bool = False,
        progress: ProgressDialog | None = None,
    ) -> Task:
        task = Task(fn)
        self._running.add(task)

        def finished(result: Any) -> None:
            self._running.discard(task)
            if progress is not None:
                progress.finish()
            if on_done is not None:
                on_done(result)

        def failed(exc: BaseException) -> None:
            self._running.discard(task)
            if progress is not None:
                progress.finish()
            if on_error is not None:
                on_error(exc)

        task.signals.finished.connect(finished)
        task.signals.failed.connect(failed)
        if progress is not None:
            progress.attach(task)
        (self._write_pool if writes else self._pool).start(task)
        return task

    @property
    def busy(self) -> bool:
        return bool(self._running)

    def wait(self, msecs: int = -1) -> bool:
        """Block until all tasks are done (shutdown only; the results are not delivered)."""
        return self._pool.waitForDone(msecs) and self._write_pool.waitForDone(msecs)


class ProgressDialog(QObject):
    """A modal progress dialog that appears only if the task runs longer than ``delay_ms``."""

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        label: str,
        *,
        cancellable: bool = True,
        delay_ms: int = DIALOG_DELAY_MS,
    ) -> None:
        super().__init__(parent)
        self.dialog = QProgressDialog(label, self.tr("Cancel") if cancellable else "", 0, 0, parent)
        self.dialog.setWindowTitle(title)
        self.dialog.setAccessibleName(title)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.setMinimumDuration(2**30)  # we decide when it shows
        self.dialog.setModal(True)
        if not cancellable:
            self.dialog.setCancelButton(None)
        self.dialog.hide()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self._show)
        self.was_shown = False

    def attach(self, task: Task) -> None:
        task.signals.progress.connect(self._on_progress)
        self.dialog.canceled.connect(task.context.cancel)
        self._timer.start()

    def _on_progress(self, done: int, total: int) -> None:
        if total > 0:
            self.dialog.setMaximum(total)
            self.dialog.setValue(min(done, total))

    def _show(self) -> None:
        self.was_shown = True
        self.dialog.show()

    def finish(self) -> None:
        self._timer.stop()
        self.dialog.hide()
        self.dialog.deleteLater()
