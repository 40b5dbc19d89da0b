"""What a screen reader is told beyond names: announcements of changes it cannot see."""

from __future__ import annotations

import re

from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAccessibleInterface
from PySide6.QtWidgets import QAccessibleWidget, QWidget

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
    role = _ROLES.get(type(obj))
    return QAccessibleWidget(obj, role) if role is not None and isinstance(obj, QWidget) else None


def give_role(widget_class: type[QWidget], role: QAccessible.Role) -> None:
    """Widgets of ``widget_class`` (exactly) get ``role``; the rest of Qt's interface stays. A
    plain QWidget window is a "filler" to a screen reader, not a window it can find and name."""
    if not _ROLES:
        QAccessible.installFactory(_role_factory)
    _ROLES[widget_class] = role


class _ViewportAccessible(QAccessibleWidget):
    """A scroll area's viewport: Qt reports it FOCUSED whenever its scroll area has the focus
    (the viewport's focus proxy), so a screen reader saw two focused objects, the text box and an
    unnamed "filler" inside it."""

    def state(self) -> QAccessible.State:
        state = super().state()
        state.focused = False
        return state


def _viewport_factory(_class_name: str, obj: QObject) -> QAccessibleInterface | None:
    if isinstance(obj, QWidget) and obj.objectName() == "qt_scrollarea_viewport" and type(obj) is QWidget:
        return _ViewportAccessible(obj)
    return None


def install_factories() -> None:
    """The interfaces above for the whole application; once, before the first window."""
    global _installed  # noqa: PLW0603 - Qt keeps the factories for the process
    if not _installed:
        QAccessible.installFactory(_viewport_factory)
        _installed = True


_installed = False
