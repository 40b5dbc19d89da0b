"""Long work off the GUI thread: results come back, a slow task shows a progress dialog after a
delay, and Cancel stops it."""

from __future__ import annotations

import threading
import time
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QWidget

from kb_app.ui.shared.tasks import Cancelled, ProgressDialog, TaskContext, TaskRunner


def test_result_arrives_on_the_gui_thread(qtbot: Any) -> None:
    runner = TaskRunner()
    seen: list[Any] = []

    def work(task: TaskContext) -> str:
        task.progress(1, 1)
        return threading.current_thread().name

    main = threading.current_thread().name
    runner.start(work, on_done=lambda r: seen.append((r, threading.current_thread().name)))
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    assert seen == [(seen[0][0], main)] and seen[0][0] != main
    assert not runner.busy


def test_quick_task_shows_no_dialog(qtbot: Any) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    runner = TaskRunner()
    dialog = ProgressDialog(parent, "t", "l", delay_ms=300)
    done: list[int] = []
    runner.start(lambda _task: 1, on_done=done.append, progress=dialog)
    qtbot.waitUntil(lambda: done == [1], timeout=5000)
    assert not dialog.was_shown


def test_slow_task_shows_progress_and_cancel_stops_it(qtbot: Any) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    runner = TaskRunner()
    dialog = ProgressDialog(parent, "Working", "Slow work…", delay_ms=50)
    errors: list[BaseException] = []

    def slow(task: TaskContext) -> None:
        for i in range(400):
            task.progress(i, 400)
            time.sleep(0.01)

    runner.start(slow, on_error=errors.append, progress=dialog)
    qtbot.waitUntil(lambda: dialog.was_shown and dialog.dialog.isVisible(), timeout=3000)
    qtbot.waitUntil(lambda: dialog.dialog.value() > 0, timeout=3000)
    cancel = dialog.dialog.findChild(QPushButton)
    assert cancel is not None and cancel.text() == "Cancel"
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert isinstance(errors[0], Cancelled)
    runner.wait()
