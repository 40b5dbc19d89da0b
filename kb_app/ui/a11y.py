"""What a screen reader is told beyond names: announcements of changes it cannot see."""

from __future__ import annotations

import re

from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent

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
