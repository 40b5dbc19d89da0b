"""Find in page: a bar under the reader (Ctrl+F when the reader has focus; F3 / Shift+F3, or Enter
/ Shift+Enter in the field, go to the next / previous match; Esc closes it).

Matching ignores case and diacritics, as people often type Latvian without its long vowels.
Every match is marked; the current one is selected, so it is scrolled to and a screen reader
follows it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from kb_app.ui.look.theme import find_colors
from kb_app.ui.look.widgets import clearable
from kb_app.ui.reader.highlight import Span, find_spans, page_text, selections
from kb_app.ui.reader.marked_page import MarkedPage


class FindBar(QWidget):
    KIND = "find"
    closed = Signal()

    def __init__(self, reader: MarkedPage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._reader = reader
        self.spans: list[Span] = []
        self.current = -1
        self.field = QLineEdit(self)
        self.field.setPlaceholderText(self.tr("Find in page"))
        self.field.setAccessibleName(self.tr("Find in page"))
        clearable(self.field)
        self.count = QLabel(self)
        self.count.setAccessibleDescription(self.tr("Matches in page"))
        self.previous_button = self._button("▲", self.tr("Previous match (Shift+F3)"))
        self.next_button = self._button("▼", self.tr("Next match (F3)"))
        self.close_button = self._button("✕", self.tr("Close find in page (Esc)"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.addWidget(QLabel(self.tr("Find:"), self))
        layout.addWidget(self.field, 1)
        layout.addWidget(self.count)
        layout.addWidget(self.previous_button)
        layout.addWidget(self.next_button)
        layout.addWidget(self.close_button)
        self.previous_button.clicked.connect(self.find_previous)
        self.next_button.clicked.connect(self.find_next)
        self.close_button.clicked.connect(self.close_bar)
        self.field.textChanged.connect(lambda _t: self.search(keep_position=True))
        self.field.installEventFilter(self)
        reader.page_shown.connect(self._on_page_shown)
        self.hide()

    def _button(self, text: str, name: str) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(name)
        button.setAccessibleName(name)
        return button

    # -- opening and closing ---------------------------------------------------------------
    def open_bar(self) -> None:
        if not self.isVisible():
            self.show()
            if self.field.text():
                self.search(keep_position=True)
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    def close_bar(self) -> None:
        self.hide()
        self._reader.set_marks(self.KIND, [])
        self.spans, self.current = [], -1
        self._reader.setFocus(Qt.FocusReason.OtherFocusReason)
        self.closed.emit()

    # -- searching -------------------------------------------------------------------------
    def search(self, keep_position: bool = False) -> int:
        """Find the field's text on the page; the number of matches."""
        doc = self._reader.document()
        self.spans = find_spans(page_text(doc), self.field.text())
        if not self.spans:
            self.current = -1
        elif not keep_position:
            self.current = min(max(self.current, 0), len(self.spans) - 1)
        else:
            # The first match at or after the top of the visible page, as browsers do.
            top = self._reader.browser.cursorForPosition(self._reader.browser.viewport().rect().topLeft()).position()
            self.current = next((i for i, (start, _e) in enumerate(self.spans) if start >= top), 0)
        self._show_current()
        return len(self.spans)

    def find_next(self) -> None:
        self._step(1)

    def find_previous(self) -> None:
        self._step(-1)

    def _step(self, delta: int) -> None:
        if not self.isVisible():
            self.open_bar()
        if not self.spans:
            self.search(keep_position=True)  # lands on the first match, if there is one
            return
        self.current = (self.current + delta) % len(self.spans)
        self._show_current()

    def _show_current(self) -> None:
        doc = self._reader.document()
        background, foreground = find_colors()
        self._reader.set_marks(self.KIND, selections(doc, self.spans, background, foreground))
        if not self.field.text().strip():
            self.count.clear()
        elif not self.spans:
            self.count.setText(self.tr("No matches"))
        else:
            self.count.setText(self.tr("{0} of {1}").format(self.current + 1, len(self.spans)))
            start, end = self.spans[self.current]
            cursor = QTextCursor(doc)
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            self._reader.browser.setTextCursor(cursor)
            self._reader.browser.ensureCursorVisible()

    @property
    def current_text(self) -> str:
        if not 0 <= self.current < len(self.spans):
            return ""
        start, end = self.spans[self.current]
        return page_text(self._reader.document())[start:end]

    def _on_page_shown(self, _navigated: bool) -> None:
        if self.isVisible() and self.field.text():
            self.search()
        else:
            self.spans, self.current = [], -1

    # -- keys in the field -----------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.field and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key, shift = event.key(), bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._step(-1 if shift else 1)
                return True
            if key == Qt.Key.Key_Escape:
                self.close_bar()
                return True
        return False
