"""Moving between the window's panels from the keyboard: F6 / Ctrl+Tab to the next panel,
Shift+F6 / Ctrl+Shift+Tab back, while Tab and Shift+Tab stay inside the panel they are in.

A page has dozens of links; with Tab alone a worker walked through all of them to reach the notes.
Each panel remembers the widget that last had focus in it, so coming back lands where one left.
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication, QWidget


def _takes_tab(widget: QWidget) -> bool:
    return (
        bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        and widget.isVisible()
        and widget.isEnabled()
        and widget.focusProxy() is None
    )


def _inside(widget: QWidget | None, panel: QWidget) -> bool:
    return widget is not None and (widget is panel or panel.isAncestorOf(widget))


class PanelNavigator(QObject):
    """Keeps Tab inside a panel and moves between panels; ``panels`` gives the panels shown now,
    in order (left to right)."""

    def __init__(self, window: QWidget, panels: Callable[[], list[QWidget]]) -> None:
        super().__init__(window)
        self._window = window
        self._panels = panels
        self._last: dict[int, QWidget] = {}
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._remember)

    def _remember(self, _old: object, new: object) -> None:
        if not isinstance(new, QWidget) or not shiboken6.isValid(self._window) or new.window() is not self._window:
            return
        for panel in self._panels():
            if _inside(new, panel):
                self._last[id(panel)] = new

    def current_panel(self) -> QWidget | None:
        focus = QApplication.focusWidget()
        return next((p for p in self._panels() if _inside(focus, p)), None)

    def focusables(self, panel: QWidget) -> list[QWidget]:
        """The widgets of ``panel`` that Tab stops at, in the window's tab order."""
        out: list[QWidget] = []
        start = self._window
        widget = start.nextInFocusChain()
        while widget is not start and widget is not None:
            if _inside(widget, panel) and _takes_tab(widget) and widget not in out:
                out.append(widget)
            widget = widget.nextInFocusChain()
        return out

    def move(self, step: int) -> QWidget | None:
        """To the next (``step`` 1) or previous (-1) panel; returns the widget now focused."""
        panels = self._panels()
        if not panels:
            return None
        current = self.current_panel()
        index = panels.index(current) + step if current in panels else (0 if step > 0 else -1)
        for offset in range(len(panels)):
            panel = panels[(index + offset * step) % len(panels)]
            target = self._entry(panel)
            if target is not None:
                target.setFocus(Qt.FocusReason.TabFocusReason if step > 0 else Qt.FocusReason.BacktabFocusReason)
                return target
        return None

    def _entry(self, panel: QWidget) -> QWidget | None:
        last = self._last.get(id(panel))
        if last is not None and shiboken6.isValid(last) and _inside(last, panel) and _takes_tab(last):
            return last
        widgets = self.focusables(panel)
        return widgets[0] if widgets else None

    def wrap(self, forward: bool) -> bool:
        """Tab at the last widget of a panel goes to its first (Shift+Tab the other way round);
        True when it did, False when the normal focus chain may go on."""
        focus = QApplication.focusWidget()
        panel = self.current_panel()
        if focus is None or panel is None:
            return False
        widgets = self.focusables(panel)
        if not widgets:
            return False
        if focus is not (widgets[-1] if forward else widgets[0]):
            return False
        target = widgets[0] if forward else widgets[-1]
        target.setFocus(Qt.FocusReason.TabFocusReason if forward else Qt.FocusReason.BacktabFocusReason)
        return True
