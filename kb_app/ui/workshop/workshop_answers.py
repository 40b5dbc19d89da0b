"""The groups' answers in workshop mode: which institutions each group would involve, in order.

The trainer types an institution (completion offers the scenario's institutions and the
library's contacts) and presses Enter; drag, or Alt+Up / Alt+Down, changes the order; Delete
removes. Only institution names are kept, which the panel says: a session is stored in the
user database as soon as a group has an answer, so nothing typed is lost.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kb_app.ui.look.widgets import describe

MAX_GROUPS = 12


class GroupAnswersPanel(QWidget):
    changed = Signal()  # the answers changed (stored by the window)
    leave = Signal()  # Esc: the keyboard goes back to revealing

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("GroupAnswersPanel")
        self.groups: list[list[str]] = [[]]
        title = QLabel(self.tr("Groups' answers"), self)
        bold = title.font()
        bold.setBold(True)
        title.setFont(bold)
        self.privacy = QLabel(
            self.tr(
                "Institutions only: no names of people or other personal data. "
                "Stored on this computer as a workshop session."
            ),
            self,
        )
        self.privacy.setWordWrap(True)
        self.group_box = QComboBox(self)
        self.group_box.setAccessibleName(self.tr("Group"))
        self.add_group_button = describe(QPushButton(self.tr("+ Group"), self), self.tr("Add a group (Ctrl+G)"))
        self.entry = QLineEdit(self)
        self.entry.setPlaceholderText(self.tr("Institution, then Enter"))
        self.entry.setAccessibleName(self.tr("Institution the group would involve"))
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("The group's institutions in order"))
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list.setWordWrap(True)  # a long name wraps rather than hiding behind a scroll bar
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.model().rowsMoved.connect(lambda *_a: self._take_list_order())
        hint = QLabel(self.tr("Enter adds · Alt+↑/↓ or drag orders · Delete removes · Esc back to the scenario"), self)
        hint.setWordWrap(True)
        hint.setProperty("class", "muted")
        row = QHBoxLayout()
        row.addWidget(self.group_box, 1)
        row.addWidget(self.add_group_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(self.privacy)
        layout.addLayout(row)
        layout.addWidget(self.entry)
        layout.addWidget(self.list, 1)
        layout.addWidget(hint)
        self.entry.returnPressed.connect(self._add_from_entry)
        self.add_group_button.clicked.connect(self.add_group)
        self.group_box.currentIndexChanged.connect(lambda _i: self._show_group())
        for widget in (self.entry, self.list, self.group_box):
            widget.installEventFilter(self)
        self._refill_groups()

    # -- data ------------------------------------------------------------------------------
    def set_completions(self, names: list[str]) -> None:
        completer = QCompleter(list(dict.fromkeys(names)), self.entry)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.entry.setCompleter(completer)

    def set_groups(self, groups: list[list[str]]) -> None:
        self.groups = [list(g) for g in groups] or [[]]
        self._refill_groups()

    @property
    def current(self) -> int:
        return max(self.group_box.currentIndex(), 0)

    def add_group(self) -> None:
        if len(self.groups) >= MAX_GROUPS:
            return
        self.groups.append([])
        self._refill_groups(len(self.groups) - 1)
        self.entry.setFocus(Qt.FocusReason.OtherFocusReason)

    def select_group(self, index: int) -> None:
        self.group_box.setCurrentIndex(index)

    def add(self, name: str) -> None:
        name = " ".join(name.split())
        answer = self.groups[self.current]
        if not name or name.casefold() in (n.casefold() for n in answer):
            return
        answer.append(name)
        self._show_group(len(answer) - 1)  # the newest is current: Alt+↑ moves it up at once
        self.changed.emit()

    def remove_current(self) -> None:
        row = self.list.currentRow()
        if row < 0:
            return
        del self.groups[self.current][row]
        self._show_group(min(row, len(self.groups[self.current]) - 1))
        self.changed.emit()

    def move_current(self, by: int) -> None:
        row = self.list.currentRow()
        answer = self.groups[self.current]
        if row < 0 or not 0 <= row + by < len(answer):
            return
        answer.insert(row + by, answer.pop(row))
        self._show_group(row + by)
        self.changed.emit()

    # -- view ------------------------------------------------------------------------------
    def _refill_groups(self, select: int | None = None) -> None:
        self.group_box.blockSignals(True)
        self.group_box.clear()
        for number in range(1, len(self.groups) + 1):
            self.group_box.addItem(self.tr("Group {0}").format(number))
        self.group_box.setCurrentIndex(select if select is not None else 0)
        self.group_box.blockSignals(False)
        self._show_group()

    def _show_group(self, select: int | None = None) -> None:
        self.list.clear()
        self.list.addItems(self.groups[self.current])
        if select is not None and select >= 0:
            self.list.setCurrentRow(select)

    def _take_list_order(self) -> None:
        self.groups[self.current] = [self.list.item(i).text() for i in range(self.list.count())]
        self.changed.emit()

    def _add_from_entry(self) -> None:
        popup = self.entry.completer().popup() if self.entry.completer() else None
        if popup is not None and popup.isVisible():
            return  # Enter picks the completion first
        self.add(self.entry.text())
        self.entry.clear()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            action = self._key_action(watched, event)
            if action is not None:
                action()
                return True
        return super().eventFilter(watched, event)

    def _key_action(self, watched: QObject, event: QKeyEvent) -> Callable[[], None] | None:
        key, mods = event.key(), event.modifiers()
        if key == Qt.Key.Key_Escape:
            return self.leave.emit
        if key == Qt.Key.Key_G and mods & Qt.KeyboardModifier.ControlModifier:
            return self.add_group
        if watched is self.list and key == Qt.Key.Key_Delete:
            return self.remove_current
        if (
            watched in (self.list, self.entry)
            and mods & Qt.KeyboardModifier.AltModifier
            and key in (Qt.Key.Key_Up, Qt.Key.Key_Down)
        ):
            return lambda: self.move_current(-1 if key == Qt.Key.Key_Up else 1)
        if mods & Qt.KeyboardModifier.AltModifier and Qt.Key.Key_1 <= key <= Qt.Key.Key_9:
            number = key - Qt.Key.Key_1
            return (lambda: self.select_group(number)) if number < len(self.groups) else None
        return None
