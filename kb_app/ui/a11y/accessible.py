"""What a screen reader is told beyond names: announcements of changes it cannot see, and the
accessible interfaces that correct what Qt 6.11 reports (a window's role, FOCUSED on objects that
only hand the focus on). Text from files is cleaned with kb_app.core.platform.textsafe before it is shown
or spoken. The row and tab corrections are in a11y_rows.py and a11y_tabs.py."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAccessibleInterface
from PySide6.QtWidgets import QAccessibleWidget, QWidget


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
    """The interfaces above for the whole application; once, before the first window. (The tab
    bars' own is installed by kb_app.ui.a11y.focused_tabs with the first bar that needs it.)"""
    global _installed  # noqa: PLW0603 - Qt keeps the factories for the process
    if not _installed:
        QAccessible.installFactory(_viewport_factory)
        _installed = True


_installed = False


class ChildlessAccessible:
    """What an accessible object of our own with no children and no key bindings answers (a link
    or heading of the reader, a tab of a tab bar): mixed in before the Qt interface classes, whose
    defaults Qt's Linux bridge would otherwise reach (a wrong answer there crashed the app)."""

    def child(self, _index: int) -> QAccessibleInterface:
        return None  # type: ignore[return-value]  # no children: Qt takes null (PySide's stub never says None)

    def childCount(self) -> int:  # noqa: N802 - Qt's name
        return 0

    def indexOfChild(self, _child: QAccessibleInterface) -> int:  # noqa: N802 - Qt's name
        return -1

    def keyBindingsForAction(self, _name: str) -> list[str]:  # noqa: N802 - Qt's name
        return []
