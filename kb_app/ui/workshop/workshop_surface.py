"""What the workshop's tools (:mod:`kb_app.ui.workshop.workshop_lab`) need of the window that reveals a
scenario (:mod:`kb_app.ui.workshop.workshop_window`): that window derives from :class:`ScenarioSurface`, and the
tools import only this module, so neither of the two imports the other's module to know its type."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QTextBrowser, QWidget

if TYPE_CHECKING:
    from kb_app.ui.shared.context import AppContext


@dataclass(frozen=True)
class Stage:
    kind: str  # "situation", "questions", "roles", "step"
    html: str


class ScenarioSurface(QWidget):
    _ctx: AppContext
    title: str  # the scenario's
    view: QTextBrowser  # where the stages are shown
    stages: list[Stage]
    shown_count: int  # stages revealed so far
    zoom: int  # text size steps above the default

    def set_zoom(self, steps: int) -> None:
        raise NotImplementedError

    def show_stages(self, count: int) -> None:
        """Show the first ``count`` stages."""
        raise NotImplementedError
