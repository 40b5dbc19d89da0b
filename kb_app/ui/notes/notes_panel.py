"""The user's notes beside the open document, or on the municipality's own page.

Notes are Markdown, saved automatically a moment after the last keystroke (and whenever the
user moves elsewhere), timestamped by the store, and deleted through an undo stack so a
deletion can be taken back. The reminder at the top is always visible: these notes travel
between colleagues and must never hold a client's personal data.

A save the disk refuses (full, read-only) or the store refuses (too long) leaves the text marked
unsaved, says so in the status line, and keeps it in a recovery draft (kb_app.core.userdata.drafts) that the
next start offers back. A stored note too long to show gets a placeholder and can still be deleted.
"""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QTextDocument, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from kb_app.core.op_changes import OpChanges
from kb_app.core.operations import delete_note, save_note, undelete_note
from kb_app.core.platform.errors import KbError
from kb_app.core.platform.textsafe import clean_for_output
from kb_app.ui.a11y.focused_rows import current_row_only_while_focused
from kb_app.ui.look.list_text import first_line, local_time
from kb_app.ui.look.safe_resources import SafeTextBrowser
from kb_app.ui.shared.context import AppContext
from kb_app.ui.shared.first_paint import after_first_paint

if TYPE_CHECKING:  # the notes store and drafts load after the first paint (start-up time)
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtGui import QResizeEvent

    from kb_app.core.userdata.drafts import Draft

AUTOSAVE_MS = 700
NOTE_ROLE = Qt.ItemDataRole.UserRole + 1


class DeleteNoteCommand(QUndoCommand):
    """Soft delete: undo brings the very same note back (same id, same text)."""

    def __init__(self, ctx: AppContext, note_id: str, label: str) -> None:
        super().__init__(label)
        self._ctx = ctx
        self.note_id = note_id

    def redo(self) -> None:
        store = self._ctx.notes
        assert store is not None
        self._ctx.run_op(lambda _task: delete_note(store, self.note_id))

    def undo(self) -> None:
        store = self._ctx.notes
        assert store is not None
        self._ctx.run_op(lambda _task: undelete_note(store, self.note_id))


class NotesPanel(QWidget):
    message = Signal(str)
    choose_municipality = Signal()
    save_failed = Signal(str)  # a save was refused: the words for the window's banner
    saved = Signal()  # a save went through (after a failure: the banner may go)

    def __init__(self, ctx: AppContext, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._undo = undo_stack
        self._doc_id: str | None = None
        self._title = ""
        self._current_id: str | None = None
        self._loading = False
        self._dirty = False
        self._oversized = False  # the note shown is too long to edit: a placeholder stands in
        self._draft_key: str | None = None  # the recovery draft holding the unsaved text, if any
        # Every text whose save failed this session, by draft key, and whether a file holds it:
        # coming back to such a note shows the unsaved text again, not the stored one.
        self._pending: dict[str, tuple[Draft, bool]] = {}

        self.header = QLabel(self)
        # One line, elided, the whole title in its tooltip: wrapped, a long title took three lines of
        # a narrow panel and pushed the save status under the fold (200 %).
        self.header.setWordWrap(False)
        self.header.setMinimumWidth(1)
        self.header_text = ""
        self.header.setTextFormat(Qt.TextFormat.PlainText)
        # Bold by style sheet: a QFont before the first paint costs ~1 ms (PySide builds its enums).
        self.header.setStyleSheet("font-weight: bold")
        self.reminder = QLabel(
            self.tr(
                "Notes are for local procedures and contacts. Never write a client's name or other personal data here."
            ),
            self,
        )
        self.reminder.setWordWrap(True)
        self.reminder.setObjectName("notesReminder")
        self.reminder.setAccessibleDescription(self.tr("Reminder"))
        self.reminder.setStyleSheet(
            "#notesReminder { border: 1px solid palette(mid); border-radius: 4px;"
            " padding: 4px; background: palette(alternate-base); }"
        )
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Notes"))
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.currentItemChanged.connect(self._on_select)
        delete_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.list)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.activated.connect(self.delete_current)
        current_row_only_while_focused(self.list)  # a screen reader found the note's row FOCUSED beside the editor
        self.new_button = QPushButton(self.tr("New n&ote"), self)
        self.new_button.setAccessibleDescription(self.tr("New note"))
        self.new_button.clicked.connect(self.new_note)
        self.delete_button = QPushButton(self.tr("&Delete"), self)
        self.delete_button.setAccessibleDescription(self.tr("Delete note"))
        self.delete_button.clicked.connect(self.delete_current)
        self.preview_button = QPushButton(self.tr("P&review"), self)
        self.preview_button.setCheckable(True)
        self.preview_button.setAccessibleDescription(self.tr("Show the note formatted"))
        self.preview_button.toggled.connect(self._toggle_preview)
        self.municipality_button = QPushButton(self.tr("Choose my municipality…"), self)
        self.municipality_button.clicked.connect(self.choose_municipality)
        self.editor = QPlainTextEdit(self)
        self.editor.setAccessibleName(self.tr("Note text (Markdown)"))
        self.editor.setPlaceholderText(
            self.tr(
                "Write a note: a local procedure, a contact person's office phone, what worked last time… (Markdown)"
            )
        )
        self.editor.setTabChangesFocus(True)
        self.editor.textChanged.connect(self._on_edit)
        self._preview: SafeTextBrowser | None = None  # made when first shown: see preview
        self.status = QLabel(self)
        self.status.setAccessibleDescription(self.tr("Save status"))
        self.status.setWordWrap(True)

        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        # The preview switch sits with the status, below: one row of three buttons would set the
        # panel's minimum width, too wide for a narrow window or 200 % scaling.
        bottom = QHBoxLayout()
        bottom.setContentsMargins(0, 0, 0, 0)
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.preview_button, 0, Qt.AlignmentFlag.AlignTop)
        edit_box = QWidget(self)
        edit_layout = QVBoxLayout(edit_box)
        edit_layout.setContentsMargins(0, 0, 0, 0)
        edit_layout.addLayout(buttons)
        edit_layout.addWidget(self.editor, 1)
        edit_layout.addLayout(bottom)
        self._edit_box = edit_box
        self._edit_layout = edit_layout
        after_first_paint(self._watch_edit_box, owner=self)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(self.list)
        self.splitter.addWidget(edit_box)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        # Two lines each at least, and no more, so the whole panel fits at 200 % (640×400); the
        # splitter gives them the rest of a taller window.
        for box in (self.list, self.editor):
            _at_least_two_lines(box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.header)
        layout.addWidget(self.reminder)
        layout.addWidget(self.municipality_button)
        layout.addWidget(self.splitter, 1)
        self.setTabOrder(self.list, self.new_button)
        self.setTabOrder(self.new_button, self.delete_button)
        self.setTabOrder(self.delete_button, self.preview_button)
        self.setTabOrder(self.preview_button, self.editor)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_MS)
        self._timer.timeout.connect(self.flush)
        ctx.operation_did_execute.connect(self._on_operation)
        ctx.pending_edits_wanted.connect(self.flush)
        self._update_enabled()

    @property
    def preview(self) -> SafeTextBrowser:
        """The note formatted, in the editor's place while Preview is on; made the first time it
        is asked for (a second text browser before the first paint costs ~1.5 ms)."""
        if self._preview is None:
            preview = self._preview = SafeTextBrowser(self._edit_box)  # ![x](file:///…) loads nothing
            preview.setOpenLinks(False)
            preview.setAccessibleName(self.tr("Formatted note"))
            preview.hide()
            _at_least_two_lines(preview)
            self._edit_layout.insertWidget(self._edit_layout.indexOf(self.editor) + 1, preview, 1)
            QWidget.setTabOrder(self.editor, preview)
        return self._preview

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide_header()
        self._keep_edit_box_whole()

    def _set_header(self, text: str) -> None:
        self.header_text = text
        self.header.setToolTip(text)
        self.header.setAccessibleName(text)
        self._elide_header()

    def _elide_header(self) -> None:
        layout = self.layout()
        assert layout is not None  # built in __init__
        margins = layout.contentsMargins()
        width = self.width() - margins.left() - margins.right()
        self.header.setText(
            self.header.fontMetrics().elidedText(self.header_text, Qt.TextElideMode.ElideRight, max(width, 1))
        )

    def _watch_edit_box(self) -> None:
        # Its save status changes length: see _keep_edit_box_whole. An event filter, so attached
        # after the first paint (kb_app.ui.shared.first_paint); resizeEvent sized the first frame.
        self._edit_box.installEventFilter(self)
        self._keep_edit_box_whole()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        from PySide6.QtCore import QEvent

        if watched is self._edit_box and event.type() in (QEvent.Type.LayoutRequest, QEvent.Type.Resize):
            self._keep_edit_box_whole()
        return super().eventFilter(watched, event)

    def _keep_edit_box_whole(self) -> None:
        # A splitter sizes its parts by their minimum size hints, which know nothing of word wrap:
        # in a narrow panel (200 %, Latvian) the two-line save status was drawn over the editor.
        # The edit box's minimum follows the height its wrapped lines need at its width.
        layout = self._edit_box.layout()
        if layout is not None:
            needed = layout.totalMinimumHeightForWidth(max(1, self._edit_box.width()))
            if needed > 0 and needed != self._edit_box.minimumHeight():
                self._edit_box.setMinimumHeight(needed)

    # -- target ----------------------------------------------------------------------------
    def set_target(self, doc_id: str | None, title: str) -> None:
        """Show the notes of ``doc_id`` (None: the municipality's own page)."""
        self.flush()
        self._doc_id, self._title = doc_id, title
        self.reload()

    @property
    def doc_id(self) -> str | None:
        return self._doc_id

    def reload(self, keep: str | None = None) -> None:
        municipality = self._ctx.municipality_name()
        if self._doc_id is None:
            self._set_header(self.tr("Notes on the page of {0}").format(municipality or "…"))
        else:
            self._set_header(self.tr("My notes · {0}").format(self._title))
        keep = keep or self._current_id
        self.list.blockSignals(True)
        self.list.clear()
        selected: QListWidgetItem | None = None
        for note in self._notes():
            body = self._too_long_text() if note.oversized else note.body
            item = QListWidgetItem(self._item_text(body, note.updated_at))
            item.setData(NOTE_ROLE, note.id)
            item.setToolTip(body[:400])
            self.list.addItem(item)
            if note.id == keep:
                selected = item
        self.list.blockSignals(False)
        if selected is None and self.list.count():
            selected = self.list.item(0)
        if selected is not None:
            self.list.setCurrentItem(selected)
            self._load(selected.data(NOTE_ROLE))
        else:
            self._load(None)
        self._update_enabled()

    def _notes(self) -> list[Any]:
        store, municipality = self._ctx.notes, self._ctx.prefs.municipality
        if store is None or not municipality:
            return []
        return store.notes_for(municipality=municipality, doc_id=self._doc_id)

    def _item_text(self, body: str, updated_at: str) -> str:
        # A note may come from a colleague's file: its first line is shown inert (no bidi override
        # turning the list around, no control codes), the editor keeps the text as it is.
        return f"{clean_for_output(first_line(body)) or self.tr('(empty note)')}\n{local_time(updated_at)}"

    def _update_enabled(self) -> None:
        has_municipality = bool(self._ctx.prefs.municipality)
        writable = self._ctx.can_write and has_municipality
        # Shown from the first frame on: the notes database opens right after it (Boot._after_ready),
        # and a button appearing then pushed the whole panel down.
        notes_coming = not self._ctx.read_only and not self._ctx.userdata_error
        self.municipality_button.setVisible(not has_municipality and notes_coming)
        self.new_button.setEnabled(writable)
        self.delete_button.setEnabled(writable and self._current_id is not None)
        self.editor.setReadOnly(not writable or self._oversized)
        if self._ctx.read_only:
            if getattr(self._ctx, "write_problem", ""):
                self.status.setText(self.tr("Read-only: nothing can be saved on this disk"))
            else:
                self.status.setText(self.tr("Read-only: the app is open in another window"))

    # -- editing ---------------------------------------------------------------------------
    def _on_select(self, current: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        self.flush()
        self._load(current.data(NOTE_ROLE) if current is not None else None)

    def _too_long_text(self) -> str:
        from kb_app.core.userdata.notes import MAX_NOTE_LENGTH

        return self.tr(
            "(This note is too long to show: more than {0} characters. Delete it, or export your notes to keep a copy.)"
        ).format(f"{MAX_NOTE_LENGTH:,}".replace(",", " "))

    def _load(self, note_id: str | None) -> None:
        self._loading = True
        try:
            self._current_id = note_id
            self._draft_key = None
            self._oversized = False
            body = ""
            if note_id is not None and self._ctx.notes is not None:
                note = self._ctx.notes.get(note_id, short=True)
                self._oversized = note.oversized
                body = self._too_long_text() if note.oversized else note.body
                self.status.setText(
                    self.tr("Created {0} · saved {1}").format(local_time(note.created_at), local_time(note.updated_at))
                )
            else:
                self.status.setText("")
            pending = self._pending.get(note_id) if note_id is not None else None
            if pending is not None:  # its save failed earlier: the unsaved text, not the stored one
                body = pending[0].body
                self._draft_key = note_id
                self.status.setText(self.tr("Not saved yet: the last save failed."))
            self.editor.setPlainText(body)
            self._render_preview()
        finally:
            self._loading = False
        self._dirty = pending is not None
        self._update_enabled()

    def new_note(self) -> None:
        if not (self._ctx.can_write and self._ctx.prefs.municipality):
            return
        self.flush()
        self.list.clearSelection()
        self.list.setCurrentRow(-1)
        self._load(None)
        self.preview_button.setChecked(False)
        self.status.setText(self.tr("New note: it is saved as you type"))
        self.editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_edit(self) -> None:
        if self._loading or self._oversized:
            return
        self._dirty = True
        self._timer.start()

    def flush(self) -> bool:
        """Save what is typed now (autosave timer, switching notes or pages, closing). False when
        the text could not be saved: it stays marked unsaved and is kept in a recovery draft."""
        self._timer.stop()
        store = self._ctx.notes
        if not self._dirty or not self._ctx.can_write or store is None:  # can_write: store is not None
            return not self._dirty
        body = self.editor.toPlainText()
        if self._current_id is None and not body.strip():
            self._dirty = False
            return True
        note_id, municipality, doc_id = self._current_id, self._ctx.prefs.municipality, self._doc_id
        try:
            # As the handler: the editor already shows what is stored.
            note = self._ctx.run_op(
                lambda _task: save_note(store, note_id, body, municipality=municipality, doc_id=doc_id), handler=self
            ).value
            self._current_id = note.id
        except (KbError, sqlite3.Error, OSError) as exc:
            self._save_failed(body, exc)
            return False
        self._dirty = False
        if self._draft_key is not None:
            from kb_app.core.userdata.drafts import discard_draft, draft_folders

            discard_draft(draft_folders(self._ctx.paths), self._draft_key)
            self._pending.pop(self._draft_key, None)
            self._draft_key = None
        self.status.setText(self.tr("Saved {0}").format(local_time(note.updated_at)))
        self.status.setToolTip("")
        self._sync_item(note.id, body, note.updated_at)
        self.saved.emit()
        return True

    def _save_failed(self, body: str, exc: BaseException) -> None:
        """Never mark the text saved; keep it where the next start finds it, and say so."""
        from kb_app.core.userdata.drafts import Draft, draft_folders, save_draft
        from kb_app.ui.notes.notes_io import notes_refusal_text

        self._dirty = True
        draft = Draft.for_note(
            self._current_id, self._ctx.prefs.municipality or "", self._doc_id, body, key=self._draft_key
        )
        self._draft_key = draft.key
        kept = save_draft(draft_folders(self._ctx.paths), draft)
        self._pending[draft.key] = (draft, kept is not None)
        reason = notes_refusal_text(exc)
        if kept is not None:
            where = self.tr(
                "Your text is kept in a recovery draft ({0}); the app offers it back at the next start."
            ).format(kept)
        else:
            where = self.tr("Your text is only in this window: copy it somewhere safe before closing.")
        text = self.tr("Not saved. {0} {1}").format(reason, where)
        # The whole story goes to the window's banner; the narrow panel keeps a short line.
        self.status.setText(self.tr("Not saved: see the message above the page."))
        self.status.setToolTip(text)
        self.save_failed.emit(text)

    @property
    def unsaved_in_memory(self) -> list[str]:
        """Texts whose save failed and that no draft file holds either."""
        return [draft.body for draft, kept in self._pending.values() if not kept]

    def confirm_close(self) -> bool:
        """At closing: True to close. Text that was saved nowhere is put on the clipboard and the
        user decides; text in a recovery draft comes back at the next start anyway."""
        self.flush()
        lost = self.unsaved_in_memory
        if not lost:
            return True
        QApplication.clipboard().setText("\n\n---\n\n".join(lost))
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.warning(
            self,
            self.tr("Your note is not saved"),
            self.tr(
                "The note you are writing could not be saved anywhere (the disk is full or read-only). "
                "Its text has been copied to the clipboard: paste it into another program or onto "
                "a USB stick before closing.\n\nClose the app now?"
            ),
            QMessageBox.StandardButton.Close | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Close

    def _sync_item(self, note_id: str, body: str, updated_at: str) -> None:
        self.list.blockSignals(True)
        try:
            for i in range(self.list.count()):
                item = self.list.item(i)
                if item.data(NOTE_ROLE) == note_id:
                    item.setText(self._item_text(body, updated_at))
                    break
            else:
                item = QListWidgetItem(self._item_text(body, updated_at))
                item.setData(NOTE_ROLE, note_id)
                self.list.insertItem(0, item)
                self.list.setCurrentItem(item)
        finally:
            self.list.blockSignals(False)
        self._update_enabled()

    def delete_current(self) -> None:
        if self._current_id is None or not self._ctx.can_write:
            return
        self.flush()
        if self._draft_key is not None:  # the user throws the unsaved text away with the note
            from kb_app.core.userdata.drafts import discard_draft, draft_folders

            discard_draft(draft_folders(self._ctx.paths), self._draft_key)
            self._pending.pop(self._draft_key, None)
            self._draft_key = None
            self._dirty = False
        note_id = self._current_id
        self._current_id = None
        self._undo.push(DeleteNoteCommand(self._ctx, note_id, self.tr("Delete note")))
        self.message.emit(self.tr("Note deleted. Undo with Ctrl+Z."))

    def _on_operation(self, changes: OpChanges, handler: object | None) -> None:
        if changes.notes and handler is not self:
            self.flush()  # typed text first: the reload below shows what is stored
            self.reload()
        elif changes.prefs:
            self.reload()  # another municipality: its notes

    # -- preview ---------------------------------------------------------------------------
    def _toggle_preview(self, on: bool) -> None:
        self.flush()
        self._render_preview()
        self.preview.setVisible(on)
        self.editor.setVisible(not on)

    def _render_preview(self) -> None:
        if self.preview_button.isChecked() or (self._preview is not None and self._preview.isVisible()):
            # Qt's own Markdown reader, with raw HTML off: a note is never a way to inject markup.
            features = (
                QTextDocument.MarkdownFeature.MarkdownDialectGitHub | QTextDocument.MarkdownFeature.MarkdownNoHTML
            )
            self.preview.document().setMarkdown(self.editor.toPlainText(), features)


def _at_least_two_lines(box: QListWidget | QPlainTextEdit | SafeTextBrowser) -> None:
    box.setMinimumHeight(box.fontMetrics().lineSpacing() * 2 + 2 * box.frameWidth() + 4)
