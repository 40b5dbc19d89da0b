"""The workshop's stage timer: the minutes of the stage the group is in, counting down.

The scenario's ``duration_minutes`` is split into reading, group work and discussion
(:func:`kb_app.core.workshop.kit.stage_minutes`, the same split the trainer sheet prints). The
stage follows what is revealed: the situation is read, the questions are worked on, the roles
and the model solution are discussed. T starts and pauses, + adds five minutes; past zero the
timer goes on counting, in the warning colour, so the trainer sees by how much.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from kb_app.ui.look.widgets import describe

EXTRA_MINUTES = 5
STAGE_OF_KIND = {"situation": "reading", "questions": "group_work", "roles": "discussion", "step": "discussion"}


def stage_name(stage: str) -> str:
    names = {
        "reading": QCoreApplication.translate("Workshop", "Reading"),
        "group_work": QCoreApplication.translate("Workshop", "Group work"),
        "discussion": QCoreApplication.translate("Workshop", "Discussion"),
    }
    return names.get(stage, stage)


def clock_text(seconds: float) -> str:
    whole = int(abs(seconds) + (0.999 if seconds > 0 else 0))  # 4:59.2 left shows 5:00, as a kitchen timer does
    sign = "−" if seconds < 0 and whole else ""
    return f"{sign}{whole // 60:02d}:{whole % 60:02d}"


class StageTimer(QWidget):
    def __init__(self, parent: QWidget | None = None, clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(parent)
        self._clock = clock
        self.stage = ""
        self.allotted = 0.0  # seconds for this stage, extra minutes included
        self._used = 0.0  # seconds used before the current run
        self._since: float | None = None  # clock at start of the current run; None when paused
        self.label = QLabel(self)
        self.label.setAccessibleName(self.tr("Time left in this stage"))
        self.start_button = describe(QPushButton(self.tr("▶ Time"), self), self.tr("Start or pause the timer (T)"))
        self.more_button = describe(QPushButton(self.tr("+5 min"), self), self.tr("Five more minutes (+)"))
        for button in (self.start_button, self.more_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Space must reveal, not press a button
        self.start_button.clicked.connect(self.toggle)
        self.more_button.clicked.connect(self.add_minutes)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.start_button)
        layout.addWidget(self.more_button)
        self._tick = QTimer(self)
        self._tick.setInterval(250)
        self._tick.timeout.connect(self.refresh)
        self.refresh()

    @property
    def running(self) -> bool:
        return self._since is not None

    @property
    def remaining(self) -> float:
        used = self._used + (self._clock() - self._since if self._since is not None else 0.0)
        return self.allotted - used

    def set_stage(self, stage: str, minutes: int) -> None:
        """A new stage starts with its own minutes; a running timer keeps running."""
        if stage == self.stage:
            return
        self.stage = stage
        self.allotted = minutes * 60.0
        self._used = 0.0
        if self._since is not None:
            self._since = self._clock()
        self.refresh()

    def toggle(self) -> None:
        if self._since is None:
            self._since = self._clock()
            self._tick.start()
        else:
            self._used += self._clock() - self._since
            self._since = None
            self._tick.stop()
        self.refresh()

    def add_minutes(self, minutes: int = EXTRA_MINUTES) -> None:
        self.allotted += minutes * 60.0
        self.refresh()

    def stop(self) -> None:
        if self._since is not None:
            self.toggle()

    def refresh(self) -> None:
        left = self.remaining
        paused = "" if self.running else self.tr(" (paused)")
        self.label.setText(f"{stage_name(self.stage)} {clock_text(left)}{paused}" if self.stage else "")
        self.label.setStyleSheet("color: #b03000; font-weight: bold" if left < 0 else "")
        self.start_button.setText(self.tr("❚❚ Pause") if self.running else self.tr("▶ Time"))
