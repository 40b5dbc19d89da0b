"""A list whose heading rows are headings to a screen reader (role Heading with a level), not
list items.

Measured with Qt 6.11 on Linux (AT-SPI, scripts/a11y_probe.py): every row of a QListWidget is a
"list item" that Qt makes itself, whatever the row holds; no item data or factory reaches it, so
the checklist's group headings ("Fiziskās pazīmes", ...) could only say "group heading" in their
description, and a screen reader's heading navigation skipped them. Here the list's rows are
objects of our own, as the tabs in a11y_tabs.py are: one small hidden child widget per row, child N
of the list's interface being row N (Qt's "focus is on row N" names it). A heading row answers role
Heading and its level; any other row what Qt's own row said (name, description, checkable,
checked, selected, FOCUSED while the list has the keyboard) and does what it did (toggle, focus).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRect, Qt
from PySide6.QtGui import (
    QAccessible,
    QAccessibleActionInterface,
    QAccessibleAttributesInterface,
    QAccessibleInterface,
    QAccessibleObject,
)
from PySide6.QtWidgets import QAccessibleWidget, QListWidget, QListWidgetItem, QWidget

from kb_app.ui.a11y.accessible import ChildlessAccessible

HeadingLevel = Callable[[QListWidgetItem], int]  # 0: not a heading


class _RowSpot(QWidget):
    """Stands for one row of the list; paints nothing, takes no input, has no size."""

    def __init__(self, rows: _RowsAsObjects, row: int) -> None:
        super().__init__(rows.view)
        self.rows = rows
        self.row = row
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setGeometry(0, 0, 0, 0)


class _RowAccessible(
    ChildlessAccessible, QAccessibleObject, QAccessibleActionInterface, QAccessibleAttributesInterface
):
    def __init__(self, spot: _RowSpot) -> None:
        QAccessibleObject.__init__(self, spot)
        QAccessibleActionInterface.__init__(self)
        QAccessibleAttributesInterface.__init__(self)
        self._spot = spot

    def _item(self) -> QListWidgetItem | None:
        # The list is cleared and refilled while a screen reader may hold a row.
        if not shiboken6.isValid(self._spot) or not shiboken6.isValid(self._spot.rows.view):
            return None
        return self._spot.rows.view.item(self._spot.row)

    def _level(self) -> int:
        item = self._item()
        return self._spot.rows.heading_level(item) if item is not None else 0

    def interface_cast(self, kind: QAccessible.InterfaceType) -> Any:
        # One C++ object per base class; Qt wants the asked one as a VoidPtr (see page_objects).
        pointers = shiboken6.getCppPointer(self)
        if kind == QAccessible.InterfaceType.ActionInterface:
            return shiboken6.VoidPtr(pointers[1])
        if kind == QAccessible.InterfaceType.AttributesInterface and self._level():
            return shiboken6.VoidPtr(pointers[2])
        return shiboken6.VoidPtr(0)

    def role(self) -> QAccessible.Role:
        return QAccessible.Role.Heading if self._level() else QAccessible.Role.ListItem

    def text(self, kind: QAccessible.Text) -> str:
        item = self._item()
        if item is None:
            return ""
        if kind == QAccessible.Text.Name:
            return item.text()
        if kind == QAccessible.Text.Description:
            return str(item.data(Qt.ItemDataRole.AccessibleDescriptionRole) or "")
        return ""

    def state(self) -> QAccessible.State:
        state = QAccessible.State()
        item = self._item()
        if item is None or not self._spot.rows.view.isVisible():
            state.invisible = True
            return state
        view = self._spot.rows.view
        if not view.visualItemRect(item).intersects(view.viewport().rect()):
            state.offscreen = True
        if self._level():
            return state
        flags = item.flags()
        state.focusable = True
        state.selectable = bool(flags & Qt.ItemFlag.ItemIsSelectable)
        state.selected = item.isSelected()
        if flags & Qt.ItemFlag.ItemIsUserCheckable:
            state.checkable = True
            state.checked = item.checkState() == Qt.CheckState.Checked
        state.focused = view.hasFocus() and view.currentItem() is item
        state.disabled = not flags & Qt.ItemFlag.ItemIsEnabled
        return state

    def rect(self) -> QRect:
        item = self._item()
        if item is None:
            return QRect()
        view = self._spot.rows.view
        row = view.visualItemRect(item)
        return QRect(view.viewport().mapToGlobal(row.topLeft()), row.size())

    def parent(self) -> QAccessibleInterface | None:  # type: ignore[override]  # None once the list is gone
        if not shiboken6.isValid(self._spot):
            return None
        return QAccessible.queryAccessibleInterface(self._spot.rows.view)

    # -- actions ----------------------------------------------------------------------------
    def actionNames(self) -> list[str]:  # noqa: N802 - Qt's name
        item = self._item()
        if item is None or self._level():
            return []
        names = [QAccessibleActionInterface.setFocusAction()]
        if item.flags() & Qt.ItemFlag.ItemIsUserCheckable:
            names.insert(0, QAccessibleActionInterface.toggleAction())
        return names

    def doAction(self, name: str) -> None:  # noqa: N802 - Qt's name
        item = self._item()
        if item is None or self._level():
            return
        view = self._spot.rows.view
        if name == QAccessibleActionInterface.toggleAction() and item.flags() & Qt.ItemFlag.ItemIsUserCheckable:
            checked = item.checkState() == Qt.CheckState.Checked
            item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)
        elif name == QAccessibleActionInterface.setFocusAction():
            view.setFocus(Qt.FocusReason.OtherFocusReason)
            view.setCurrentItem(item)

    # -- attributes -------------------------------------------------------------------------
    def attributeKeys(self) -> list[QAccessible.Attribute]:  # noqa: N802 - Qt's name
        return [QAccessible.Attribute.Level] if self._level() else []

    def attributeValue(self, key: QAccessible.Attribute) -> Any:  # noqa: N802 - Qt's name
        level = self._level()
        return level if key == QAccessible.Attribute.Level and level else None


class _RowsAsObjects(QObject):
    """One :class:`_RowSpot` per row of ``view``, kept in step with its model."""

    def __init__(self, view: QListWidget, heading_level: HeadingLevel) -> None:
        super().__init__(view)
        self.view = view
        self.heading_level = heading_level
        self.spots: list[_RowSpot] = []
        model = view.model()
        model.rowsInserted.connect(lambda *_args: self.sync())
        model.rowsRemoved.connect(lambda *_args: self.sync())
        model.modelReset.connect(self.sync)
        # A tick needs no event of ours: Qt's own "checked changed" for row N reaches row object N.
        self.sync()

    def sync(self) -> None:
        if not shiboken6.isValid(self) or not shiboken6.isValid(self.view):
            return  # the list is being destroyed: its model removes its rows last
        count = self.view.count()
        if len(self.spots) == count:
            return
        while len(self.spots) > count:
            spot = self.spots.pop()
            spot.hide()
            spot.setParent(None)  # out of the list's children now: a removed row leaves the tree at once
            spot.deleteLater()
        self.spots.extend(_RowSpot(self, row) for row in range(len(self.spots), count))


class _ListAccessible(QAccessibleWidget):
    """Qt's plain widget interface with role List whose children are the row objects, nothing
    else (not the viewport or the scroll bars: "row 3 of 22" counts rows)."""

    def _spots(self) -> list[_RowSpot]:
        keeper = self.object().findChild(_RowsAsObjects, options=Qt.FindChildOption.FindDirectChildrenOnly)
        return keeper.spots if keeper is not None else []

    def childCount(self) -> int:  # noqa: N802 - Qt's name
        return len(self._spots())

    def child(self, index: int) -> QAccessibleInterface:
        spots = self._spots()
        return QAccessible.queryAccessibleInterface(spots[index]) if 0 <= index < len(spots) else None  # type: ignore[return-value]  # Qt takes null

    def indexOfChild(self, child: QAccessibleInterface) -> int:  # noqa: N802 - Qt's name
        spots = self._spots()
        found = child.object() if child is not None and child.isValid() else None
        return spots.index(found) if isinstance(found, _RowSpot) and found in spots else -1


def _factory(_class_name: str, obj: QObject) -> QAccessibleInterface | None:
    if isinstance(obj, _RowSpot):
        return _RowAccessible(obj)
    if isinstance(obj, QListWidget) and obj.property(_ROWS_AS_OBJECTS):
        return _ListAccessible(obj, QAccessible.Role.List)
    return None


_ROWS_AS_OBJECTS = "kbRowsAsObjects"
_factory_installed = False


def headings_in_list(view: QListWidget, heading_level: HeadingLevel) -> None:
    """Rows of ``view`` for which ``heading_level`` gives a level above 0 are headings of that
    level to a screen reader; the others stay list items. Call right after creating the list."""
    global _factory_installed  # noqa: PLW0603 - Qt keeps the factory for the process
    if not _factory_installed:
        QAccessible.installFactory(_factory)
        _factory_installed = True
    if view.property(_ROWS_AS_OBJECTS):
        return
    view.setProperty(_ROWS_AS_OBJECTS, True)
    _RowsAsObjects(view, heading_level)
    # With a screen reader running, Qt made the list's own interface as the widget was created;
    # it is dropped (nothing has been told of it yet) so that the next question gets this one.
    made = QAccessible.queryAccessibleInterface(view)
    if made is not None and not isinstance(made, _ListAccessible):
        QAccessible.deleteAccessibleInterface(QAccessible.uniqueId(made))
