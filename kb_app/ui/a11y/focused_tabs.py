"""A tab bar whose tabs are FOCUSED only while the bar has the keyboard (Qt 6.11 reports the
current tab FOCUSED always, so every view showed a stale focused "Bibliotēka" tab)."""

from __future__ import annotations

from typing import Any

import shiboken6
from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtGui import QAccessible, QAccessibleActionInterface, QAccessibleInterface, QAccessibleObject
from PySide6.QtWidgets import QAccessibleWidget, QTabBar, QWidget

from kb_app.ui.a11y.accessible import ChildlessAccessible
from kb_app.ui.shared.first_paint import after_first_paint


class _TabSpot(QWidget):
    """Where one tab of a tab bar sits; paints nothing and takes no input."""

    def __init__(self, bar: QTabBar, index: int) -> None:
        super().__init__(bar)
        self.bar = bar
        self.index = index
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)


class _TabAccessible(ChildlessAccessible, QAccessibleObject, QAccessibleActionInterface):
    """A tab that is FOCUSED only while its bar has the keyboard (Qt's own tab is FOCUSED whenever
    it is the current one, so every view showed a stale focused "Bibliotēka" tab)."""

    def __init__(self, spot: _TabSpot) -> None:
        QAccessibleObject.__init__(self, spot)
        QAccessibleActionInterface.__init__(self)
        self._spot = spot

    def _bar(self) -> QTabBar | None:
        return self._spot.bar if shiboken6.isValid(self._spot) and shiboken6.isValid(self._spot.bar) else None

    def interface_cast(self, kind: QAccessible.InterfaceType) -> Any:
        if kind == QAccessible.InterfaceType.ActionInterface:
            return shiboken6.VoidPtr(shiboken6.getCppPointer(self)[1])
        return shiboken6.VoidPtr(0)  # a plain 0 is taken for an object and crashes the bridge

    def role(self) -> QAccessible.Role:
        return QAccessible.Role.PageTab

    def text(self, kind: QAccessible.Text) -> str:
        bar = self._bar()
        if bar is None or self._spot.index >= bar.count():
            return ""
        if kind == QAccessible.Text.Name:
            return bar.tabText(self._spot.index).replace("&", "")
        if kind == QAccessible.Text.Description:
            return bar.tabToolTip(self._spot.index)
        return ""

    def state(self) -> QAccessible.State:
        state = QAccessible.State()
        bar = self._bar()
        if bar is None or not bar.isVisible() or self._spot.index >= bar.count():
            state.invisible = True
            return state
        current = bar.currentIndex() == self._spot.index
        state.focusable = True
        state.selectable = True
        state.selected = current
        state.focused = current and bar.hasFocus()
        return state

    def rect(self) -> QRect:
        bar = self._bar()
        if bar is None:
            return QRect()
        tab = bar.tabRect(self._spot.index)
        return QRect(bar.mapToGlobal(tab.topLeft()), tab.size())

    def parent(self) -> QAccessibleInterface | None:  # type: ignore[override]  # None once the bar is gone
        bar = self._bar()
        return QAccessible.queryAccessibleInterface(bar) if bar is not None else None

    def actionNames(self) -> list[str]:  # noqa: N802 - Qt's name
        return [QAccessibleActionInterface.pressAction(), QAccessibleActionInterface.setFocusAction()]

    def doAction(self, name: str) -> None:  # noqa: N802 - Qt's name
        bar = self._bar()
        if bar is not None:
            bar.setCurrentIndex(self._spot.index)
            if name == QAccessibleActionInterface.setFocusAction():
                bar.setFocus(Qt.FocusReason.OtherFocusReason)


class _TabsAsObjects(QObject):
    def __init__(self, bar: QTabBar) -> None:
        super().__init__(bar)
        self._bar = bar
        self._spots: list[_TabSpot] = []
        bar.installEventFilter(self)
        bar.currentChanged.connect(lambda _i: self._place())
        self._sync()

    def _sync(self) -> None:
        if len(self._spots) != self._bar.count():
            for spot in self._spots:
                spot.deleteLater()
            self._spots = [_TabSpot(self._bar, i) for i in range(self._bar.count())]
            # Qt tells a screen reader "focus is on child N" of the bar: the tabs come first.
            for spot in reversed(self._spots):
                spot.lower()
                spot.show()
        self._place()

    def _place(self) -> None:
        for spot in self._spots:
            spot.setGeometry(self._bar.tabRect(spot.index))
        # Qt's tab list is named by its current tab; so is this one
        self._bar.setAccessibleName(self._bar.tabText(self._bar.currentIndex()).replace("&", ""))

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.LayoutRequest):
            self._sync()
        return False


def tab_bar_factory(_class_name: str, obj: QObject) -> QAccessibleInterface | None:
    if isinstance(obj, _TabSpot):
        return _TabAccessible(obj)
    if isinstance(obj, QTabBar) and obj.property(_TABS_AS_OBJECTS):
        # Qt's children (its own tabs) are replaced by the widgets' children: the tab objects
        return QAccessibleWidget(obj, QAccessible.Role.PageTabList)
    return None


_TABS_AS_OBJECTS = "kbTabsAsObjects"
_factory_installed = False


def tabs_as_objects(bar: QTabBar) -> None:
    """Give ``bar`` tabs that are FOCUSED only while the bar has the keyboard (see _TabAccessible).
    Call before anything asks for the bar's accessible interface; again on the same bar does
    nothing."""
    global _factory_installed  # noqa: PLW0603 - Qt keeps the factory for the process
    if bar.property(_TABS_AS_OBJECTS):
        return
    if not _factory_installed:
        QAccessible.installFactory(tab_bar_factory)
        _factory_installed = True
    bar.setProperty(_TABS_AS_OBJECTS, True)
    after_first_paint(lambda: _TabsAsObjects(bar), owner=bar)  # an event filter: see first_paint
