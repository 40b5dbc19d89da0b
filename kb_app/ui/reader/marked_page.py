"""What the find bar and the query marks need of the page they mark: the reader, seen through this
narrow interface so that neither imports the reader that creates them."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import Qt, SignalInstance
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QTextBrowser, QTextEdit


class MarkedPage(Protocol):
    @property
    def page_shown(self) -> SignalInstance:
        """Emitted when a page was laid out: True for a new location, False for a reload."""

    @property
    def browser(self) -> QTextBrowser: ...

    def document(self) -> QTextDocument: ...

    def set_marks(self, kind: str, selections: list[QTextEdit.ExtraSelection]) -> None: ...

    def setFocus(self, reason: Qt.FocusReason) -> None: ...  # noqa: N802 - Qt's name
