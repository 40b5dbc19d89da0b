"""What a screen reader is told beyond names: announcements of changes it cannot see."""

from __future__ import annotations

import re
from typing import Any

import shiboken6
from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import (
    QAccessible,
    QAccessibleActionInterface,
    QAccessibleAnnouncementEvent,
    QAccessibleInterface,
    QAccessibleObject,
)
from PySide6.QtWidgets import QAbstractItemView, QAccessibleWidget, QTabBar, QWidget

# Control characters and the bidi embeddings, overrides and isolates: text from a file must not
# reorder or hide what the window shows or a screen reader says.
_HIDDEN = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def clean_text(text: str) -> str:
    return _HIDDEN.sub("", text)


def announce(source: QObject, message: str, urgent: bool = False) -> None:
    """Have the screen reader say ``message`` now, though focus stays where it is (on Linux an
    AT-SPI Announcement; a live region's job). ``urgent`` interrupts what is being read."""
    event = QAccessibleAnnouncementEvent(source, message)
    if urgent:
        event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive)
    QAccessible.updateAccessibility(event)


_ROLES: dict[type[QWidget], QAccessible.Role] = {}


def _role_factory(_class_name: str, obj: QObject) -> QAccessibleInterface | None:
    if not isinstance(obj, QWidget):
        return None
    role = _ROLES.get(type(obj))
    return QAccessibleWidget(obj, role) if role is not None else None


def give_role(widget_class: type[QWidget], role: QAccessible.Role) -> None:
    """Widgets of ``widget_class`` (exactly) get ``role``; the rest of Qt's interface stays. A
    plain QWidget window is a "filler" to a screen reader, not a window it can find and name."""
    if not _ROLES:
        QAccessible.installFactory(_role_factory)
    _ROLES[widget_class] = role


class _ViewportAccessible(QAccessibleWidget):
    """A widget that hands its focus on (a scroll area's viewport, a view with a focus proxy): Qt
    reports it FOCUSED whenever the widget it hands to has the focus, so a screen reader saw two
    focused objects, the text box and an unnamed "filler" around or inside it."""

    def state(self) -> QAccessible.State:
        state = super().state()
        state.focused = False
        return state


def _viewport_factory(_class_name: str, obj: QObject) -> QAccessibleInterface | None:
    if not isinstance(obj, QWidget) or obj.isWindow():
        return None
    if type(obj) is QWidget and obj.objectName() == "qt_scrollarea_viewport":
        return _ViewportAccessible(obj)
    if QWidget in type(obj).__bases__ and obj.focusProxy() is not None:
        return _ViewportAccessible(obj)  # a view of this app (plain QWidget below): nothing else to keep
    return None


def install_factories() -> None:
    """The interfaces above for the whole application; once, before the first window."""
    global _installed  # noqa: PLW0603 - Qt keeps the factories for the process
    if not _installed:
        QAccessible.installFactory(_viewport_factory)
        QAccessible.installFactory(_tab_bar_factory)
        _installed = True


_installed = False


class _CurrentWhileFocused(QObject):
    """Qt reports an item view's current row FOCUSED even while the view has no focus, so a
    screen reader found a stale focused row beside the control that had the keyboard. This keeps
    the row only while the view is focused: on leaving, the current index is parked (the
    selection, the highlight a sighted user sees, stays) and given back on return."""

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self._view = view
        self.parked = QPersistentModelIndex()
        self._keys = False  # a key sent straight to the unfocused view is being handled
        view.installEventFilter(self)
        view.selectionModel().currentChanged.connect(lambda current, _old: self._park(current))
        self._park(view.currentIndex())

    def parked_index(self) -> QModelIndex:
        parked = self.parked
        model = self._view.model()
        return model.index(parked.row(), parked.column(), parked.parent()) if parked.isValid() else QModelIndex()

    def _park(self, current: QModelIndex) -> None:
        if not shiboken6.isValid(self._view) or not current.isValid() or self._view.hasFocus() or self._keys:
            return
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
            self._view.selectionModel().setCurrentIndex(self.parked_index(),
                                                        QItemSelectionModel.SelectionFlag.NoUpdate)
        elif event.type() == QEvent.Type.KeyRelease:
            self._keys = False
        elif event.type() == QEvent.Type.FocusOut:
            self._park(self._view.currentIndex())
        return False


def current_row_only_while_focused(view: QAbstractItemView) -> None:
    """See the class; code that needs the row while the view is unfocused asks
    :func:`current_index`."""
    _CurrentWhileFocused(view)


def current_index(view: QAbstractItemView) -> QModelIndex:
    """The view's current row as the user left it, also while it is parked (unfocused)."""
    current = view.currentIndex()
    keeper = view.findChild(_CurrentWhileFocused)
    if current.isValid() or keeper is None:
        return current
    return keeper.parked_index()


# -- tabs -----------------------------------------------------------------------------------------
class _TabSpot(QWidget):
    """Where one tab of a tab bar sits; paints nothing and takes no input."""

    def __init__(self, bar: QTabBar, index: int) -> None:
        super().__init__(bar)
        self.bar = bar
        self.index = index
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)


class _TabAccessible(QAccessibleObject, QAccessibleActionInterface):
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

    def child(self, _index: int) -> None:  # type: ignore[override]  # no children: Qt takes null
        return None

    def childCount(self) -> int:  # noqa: N802 - Qt's name
        return 0

    def indexOfChild(self, _child: QAccessibleInterface) -> int:  # noqa: N802 - Qt's name
        return -1

    def actionNames(self) -> list[str]:  # noqa: N802 - Qt's name
        return [QAccessibleActionInterface.pressAction(), QAccessibleActionInterface.setFocusAction()]

    def doAction(self, name: str) -> None:  # noqa: N802 - Qt's name
        bar = self._bar()
        if bar is not None:
            bar.setCurrentIndex(self._spot.index)
            if name == QAccessibleActionInterface.setFocusAction():
                bar.setFocus(Qt.FocusReason.OtherFocusReason)

    def keyBindingsForAction(self, _name: str) -> list[str]:  # noqa: N802 - Qt's name
        return []


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


def _tab_bar_factory(_class_name: str, obj: QObject) -> QAccessibleInterface | None:
    if isinstance(obj, _TabSpot):
        return _TabAccessible(obj)
    if isinstance(obj, QTabBar) and obj.property(_TABS_AS_OBJECTS):
        # Qt's children (its own tabs) are replaced by the widgets' children: the tab objects
        return QAccessibleWidget(obj, QAccessible.Role.PageTabList)
    return None


_TABS_AS_OBJECTS = "kbTabsAsObjects"


def tabs_as_objects(bar: QTabBar) -> None:
    """Give ``bar`` tabs that are FOCUSED only while the bar has the keyboard (see _TabAccessible).
    Call before anything asks for the bar's accessible interface."""
    install_factories()
    bar.setProperty(_TABS_AS_OBJECTS, True)
    _TabsAsObjects(bar)
