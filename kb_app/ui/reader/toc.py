"""A table of contents for long pages: a "Contents" button above the reader whose menu lists the
page's headings. Shown only when a page has at least three headings; Ctrl+J opens it."""

from __future__ import annotations

import re
from typing import NamedTuple

from PySide6.QtCore import Signal
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QMenu, QToolButton, QWidget

MIN_HEADINGS = 3


class Heading(NamedTuple):
    level: int  # 2 for <h2> … 6; the page title (<h1>) is not listed
    text: str
    position: int  # where the heading's block starts in the QTextDocument


def headings(doc: QTextDocument) -> list[Heading]:
    found = []
    block = doc.begin()
    while block.isValid():
        level = block.blockFormat().headingLevel()
        text = block.text().strip()
        if level >= 2 and text:
            found.append(Heading(level, text, block.position()))
        block = block.next()
    return found


_HEADING_TAG = re.compile(r"<h([2-6])\b[^>]*>(.*?)</h\1\s*>", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"<[^>]*>")


def heading_count(html: str) -> int:
    """How many headings :func:`headings` will find once ``html`` is laid out, read from the
    source: before the first paint the button needs only whether it shows (reading the laid-out
    blocks' formats makes PySide build its text-format enums, ~1.5 ms)."""
    return sum(1 for match in _HEADING_TAG.finditer(html) if _TAG.sub("", match.group(2)).strip())


class ContentsButton(QToolButton):
    go_to = Signal(int)  # a document position

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setText(self.tr("Contents"))
        self.setAccessibleDescription(self.tr("Contents of this page"))
        self.setToolTip(self.tr("Contents of this page (Ctrl+J)"))
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setMenu(QMenu(self))
        self.entries: list[Heading] = []
        self.hide()

    def reserve(self, count: int) -> None:
        """Show or hide the button for a page of ``count`` headings; its entries come with
        :meth:`set_headings`."""
        self.entries = []
        self.menu().clear()
        self.setVisible(count >= MIN_HEADINGS)

    def set_headings(self, found: list[Heading]) -> None:
        self.entries = found if len(found) >= MIN_HEADINGS else []
        menu = self.menu()
        menu.clear()
        top = min((h.level for h in self.entries), default=2)
        for heading in self.entries:
            indent = "    " * (heading.level - top)
            action = menu.addAction(indent + heading.text.replace("&", "&&"))
            action.triggered.connect(lambda _checked=False, p=heading.position: self.go_to.emit(p))
        self.setVisible(bool(self.entries))

    def open_menu(self) -> bool:
        if not self.entries:
            return False
        self.setFocus()
        menu = self.menu()
        menu.popup(self.mapToGlobal(self.rect().bottomLeft()))  # popup, not exec: never blocks
        if menu.actions():
            menu.setActiveAction(menu.actions()[0])
        return True
