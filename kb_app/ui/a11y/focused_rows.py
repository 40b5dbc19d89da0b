"""An item view whose current row is FOCUSED only while the view has the keyboard (Qt 6.11
reports the current row of an unfocused list FOCUSED: a stale second focus for a screen reader)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QEvent, QObject

from kb_app.ui.shared.first_paint import after_first_paint

if TYPE_CHECKING:  # Qt's index classes load with the first keeper, after the first paint (start-up time)
    from PySide6.QtCore import QModelIndex
    from PySide6.QtWidgets import QAbstractItemView


class _CurrentWhileFocused(QObject):
    """Qt reports an item view's current row FOCUSED even while the view has no focus, so a
    screen reader found a stale focused row beside the control that had the keyboard. This keeps
    the row only while the view is focused: on leaving, the current index is parked (the
    selection, the highlight a sighted user sees, stays) and given back on return."""

    def __init__(self, view: QAbstractItemView) -> None:
        from PySide6.QtCore import QPersistentModelIndex

        super().__init__(view)
        self._view = view
        self.parked = QPersistentModelIndex()
        self._keys = False  # a key sent straight to the unfocused view is being handled
        view.installEventFilter(self)
        view.selectionModel().currentChanged.connect(lambda current, _old: self._park(current))
        self._park(view.currentIndex())

    def parked_index(self) -> QModelIndex:
        from PySide6.QtCore import QModelIndex

        parked = self.parked
        model = self._view.model()
        return model.index(parked.row(), parked.column(), parked.parent()) if parked.isValid() else QModelIndex()

    def _park(self, current: QModelIndex) -> None:
        if not shiboken6.isValid(self._view) or not current.isValid() or self._view.hasFocus() or self._keys:
            return
        from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPersistentModelIndex

        self.parked = QPersistentModelIndex(current)
        model = self._view.selectionModel()
        model.blockSignals(True)  # nobody is told the row changed: it did not, for the user
        try:
            model.setCurrentIndex(QModelIndex(), QItemSelectionModel.SelectionFlag.NoUpdate)
        finally:
            model.blockSignals(False)

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if not shiboken6.isValid(self._view):
            return False  # the view is being destroyed
        # A key can reach an unfocused view when sent to it directly (a test, an accessibility
        # tool's action): it acts on the row as the user left it, as focus would.
        wants_row = event.type() in (QEvent.Type.FocusIn, QEvent.Type.KeyPress)
        if wants_row and self.parked.isValid() and not self._view.currentIndex().isValid():
            self._keys = event.type() == QEvent.Type.KeyPress
            from PySide6.QtCore import QItemSelectionModel

            self._view.selectionModel().setCurrentIndex(self.parked_index(), QItemSelectionModel.SelectionFlag.NoUpdate)
        elif event.type() == QEvent.Type.KeyRelease:
            self._keys = False
        elif event.type() == QEvent.Type.FocusOut:
            self._park(self._view.currentIndex())
        return False


def current_row_only_while_focused(view: QAbstractItemView) -> None:
    """See the class; code that needs the row while the view is unfocused asks
    :func:`current_index`."""
    after_first_paint(lambda: _CurrentWhileFocused(view), owner=view)  # an event filter: see first_paint


def current_index(view: QAbstractItemView) -> QModelIndex:
    """The view's current row as the user left it, also while it is parked (unfocused)."""
    current = view.currentIndex()
    keeper = view.findChild(_CurrentWhileFocused)
    if current.isValid() or keeper is None:
        return current
    return keeper.parked_index()
