"""Notes whose document is no longer in the library (a newer pack dropped or renamed it).

They are kept, never dropped; here the user sees them with the document id they belonged to,
can copy their text, or delete them (with undo, like any note)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kb_app.ui.context import AppContext
from kb_app.ui.notes_panel import DeleteNoteCommand, local_time
from kb_app.ui.snippets import first_line

NOTE_ROLE = Qt.ItemDataRole.UserRole + 1


class OrphansDialog(QDialog):
    def __init__(self, ctx: AppContext, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._undo = undo_stack
        self.setWindowTitle(self.tr("Notes without a document"))
        intro = QLabel(self.tr("These notes belong to documents that the installed library no longer has. "
                               "They are kept; copy what you still need, or delete them."), self)
        intro.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Notes without a document"))
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("Note text"))
        self.copy_button = QPushButton(self.tr("&Copy text"), self)
        self.delete_button = QPushButton(self.tr("&Delete"), self)
        self.delete_button.setEnabled(ctx.can_write)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.delete_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.copy_button.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.text.toPlainText()))
        self.delete_button.clicked.connect(self.delete_current)
        self.list.currentItemChanged.connect(self._show)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.resize(560, 480)
        self.reload()

    def reload(self) -> None:
        self.list.clear()
        store, library = self._ctx.notes, self._ctx.library
        if store is None or library is None:
            return
        for note in store.orphans(library.document_ids()):
            item = QListWidgetItem(f"{first_line(note.body) or self.tr('(empty note)')}  —  {note.doc_id}, "
                                   f"{local_time(note.updated_at)}")
            item.setData(NOTE_ROLE, note.id)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        else:
            self.text.setPlainText(self.tr("There are no notes without a document."))
        self.copy_button.setEnabled(bool(self.list.count()))
        self.delete_button.setEnabled(bool(self.list.count()) and self._ctx.can_write)

    def _show(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None = None) -> None:
        if item is None or self._ctx.notes is None:
            return
        self.text.setPlainText(self._ctx.notes.get(item.data(NOTE_ROLE)).body)

    def delete_current(self) -> None:
        item = self.list.currentItem()
        if item is None or not self._ctx.can_write:
            return
        self._undo.push(DeleteNoteCommand(self._ctx, item.data(NOTE_ROLE), self.tr("Delete note")))
        self.reload()
