"""Notes whose document is no longer in the library (a newer pack dropped or renamed it).

They are kept, never dropped; here the user sees them with the document id they belonged to,
can copy their text, move them to the municipality's own page, or delete them (moving and deleting
go on the window's undo stack, like any note change)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QGuiApplication, QUndoCommand, QUndoStack
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

from kb_app.core.operations import reattach_note
from kb_app.core.platform.errors import NotesError
from kb_app.ui.look.list_text import first_line, local_time
from kb_app.ui.look.screen_fit import fit_dialog
from kb_app.ui.notes.notes_panel import DeleteNoteCommand
from kb_app.ui.shared.context import AppContext

NOTE_ROLE = Qt.ItemDataRole.UserRole + 1


class MoveNoteCommand(QUndoCommand):
    """Attach a note to another document (None: the municipality's page); undo puts it back."""

    def __init__(
        self, ctx: AppContext, note_id: str, old_doc_id: str | None, new_doc_id: str | None, label: str
    ) -> None:
        super().__init__(label)
        self._ctx = ctx
        self.note_id = note_id
        self._old, self._new = old_doc_id, new_doc_id

    def redo(self) -> None:
        self._move(self._new)

    def undo(self) -> None:
        self._move(self._old)

    def _move(self, doc_id: str | None) -> None:
        store = self._ctx.notes
        assert store is not None
        try:
            self._ctx.run_op(lambda _task: reattach_note(store, self.note_id, doc_id))
        except NotesError:  # deleted meanwhile, e.g. by an imported file: nothing left to move
            self.setObsolete(True)


class OrphansDialog(QDialog):
    def __init__(self, ctx: AppContext, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._undo = undo_stack
        self.setWindowTitle(self.tr("Notes without a document"))
        intro = QLabel(
            self.tr(
                "These notes belong to documents that the installed library no longer has. "
                "They are kept; copy what you still need, move a note to your "
                "municipality's page, or delete it."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Notes without a document"))
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("Note text"))
        self.copy_button = QPushButton(self.tr("&Copy text"), self)
        self.move_button = QPushButton(self.tr("&Move to my municipality page"), self)
        self.delete_button = QPushButton(self.tr("&Delete"), self)
        self.delete_button.setEnabled(ctx.can_write)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.move_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.delete_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.copy_button.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.text.toPlainText()))
        self.move_button.clicked.connect(self.move_current)
        self.delete_button.clicked.connect(self.delete_current)
        self.list.currentItemChanged.connect(self._show)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        fit_dialog(self, QSize(560, 480))
        self.reload()

    def reload(self) -> None:
        self.list.clear()
        store, library = self._ctx.notes, self._ctx.library
        if store is None or library is None:
            return
        for note in store.orphans(library.document_ids()):
            shown = self.tr("(too long to show)") if note.oversized else first_line(note.body)
            item = QListWidgetItem(
                f"{shown or self.tr('(empty note)')}  —  {note.doc_id}, {local_time(note.updated_at)}"
            )
            item.setData(NOTE_ROLE, note.id)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        else:
            self.text.setPlainText(self.tr("There are no notes without a document."))
        self.copy_button.setEnabled(bool(self.list.count()))
        self.delete_button.setEnabled(bool(self.list.count()) and self._ctx.can_write)
        self._update_move_button()

    def _show(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None = None) -> None:
        if item is None or self._ctx.notes is None:
            return
        note = self._ctx.notes.get(item.data(NOTE_ROLE), short=True)
        if note.oversized:  # shown as a placeholder; it can still be deleted here
            self.text.setPlainText(
                self.tr("This note is too long to show. Delete it, or export your notes to keep a copy.")
            )
        else:
            self.text.setPlainText(note.body)
        self.copy_button.setEnabled(not note.oversized)
        self._update_move_button()

    def _movable_note(self) -> str | None:
        """The selected note if it can go to the user's municipality page: the page shows only the
        notes of the user's own municipality, so a note of another one would vanish from sight."""
        item = self.list.currentItem()
        store, municipality = self._ctx.notes, self._ctx.prefs.municipality
        if item is None or store is None or not municipality or not self._ctx.can_write:
            return None
        note = store.get(item.data(NOTE_ROLE), short=True)
        return note.id if note.municipality == municipality and not note.deleted else None

    def _update_move_button(self) -> None:
        movable = self._movable_note() is not None
        self.move_button.setEnabled(movable)
        if movable or self.list.currentItem() is None or not self._ctx.can_write:
            self.move_button.setToolTip("")
        elif not self._ctx.prefs.municipality:
            self.move_button.setToolTip(self.tr("Choose your municipality first."))
        else:
            self.move_button.setToolTip(self.tr("This note belongs to another municipality."))

    def move_current(self) -> None:
        note_id = self._movable_note()
        if note_id is None or self._ctx.notes is None:
            return
        old_doc_id = self._ctx.notes.get(note_id, short=True).doc_id
        self._undo.push(
            MoveNoteCommand(self._ctx, note_id, old_doc_id, None, self.tr("Move note to the municipality page"))
        )
        self.reload()
        show = getattr(self.parentWidget(), "show_message", None)
        if callable(show):
            show(
                self.tr("Note moved to the page of {0}. Undo with Ctrl+Z.").format(
                    self._ctx.municipality_name() or self._ctx.prefs.municipality
                )
            )

    def delete_current(self) -> None:
        item = self.list.currentItem()
        if item is None or not self._ctx.can_write:
            return
        self._undo.push(DeleteNoteCommand(self._ctx, item.data(NOTE_ROLE), self.tr("Delete note")))
        self.reload()
