"""Municipality notes: written beside a document or on the municipality page, autosaved,
deleted with undo, exported and imported, orphans listed."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from kb_app.core.userdata.user_db import format_time, utc_now


def _type_note(user: Any, window: Any, text: str) -> None:
    user.qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.notes.editor.hasFocus()
    user.type(window.notes.editor, text)
    user.qtbot.waitUntil(lambda: "Saved" in window.notes.status.text(), timeout=3000)


def test_reminder_about_personal_data_is_visible(window: Any) -> None:
    window.open_location("con-policija")
    assert window.notes.reminder.isVisible()
    assert "personal data" in window.notes.reminder.text()


def test_note_beside_a_document_is_autosaved_with_a_timestamp(qtbot: Any, user: Any, window: Any) -> None:
    window.open_location("con-policija")
    assert "Valsts policija" in window.notes.header.text()
    _type_note(user, window, "Iecirknis: zvanīt dežurantam")
    notes = window.ctx.notes.notes_for(municipality=user.municipality, doc_id="con-policija")
    assert [n.body for n in notes] == ["Iecirknis: zvanīt dežurantam"]
    assert window.notes.list.count() == 1
    assert window.notes.list.item(0).text().startswith("Iecirknis: zvanīt dežurantam\n20")
    # More typing updates the same note, not a new one.
    user.type(window.notes.editor, ", kab. 3")
    qtbot.waitUntil(lambda: window.ctx.notes.get(notes[0].id).body.endswith("kab. 3"), timeout=3000)
    assert len(window.ctx.notes.notes_for(municipality=user.municipality)) == 1


def test_leaving_the_page_saves_at_once(qtbot: Any, user: Any, window: Any) -> None:
    window.open_location("con-policija")
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    user.type(window.notes.editor, "ātri")
    window.open_location("art-definicija")  # before the autosave timer fires
    assert [n.body for n in window.ctx.notes.notes_for(doc_id="con-policija")] == ["ātri"]
    assert window.notes.list.count() == 0  # the new page has no notes


def test_municipality_page_notes_show_on_the_page(qtbot: Any, user: Any, window: Any) -> None:
    window.open_location("@home")
    assert "Mārupes novads" in window.notes.header.text()
    _type_note(user, window, "Vietējā kārtība: vispirms sociālais dienests")
    qtbot.waitUntil(lambda: "Vietējā kārtība" in window.reader.browser.toPlainText())
    assert window.ctx.notes.notes_for(municipality=user.municipality, doc_id=None)[0].doc_id is None


def test_delete_with_undo(qtbot: Any, user: Any, window: Any) -> None:
    note = window.ctx.notes.add(user.municipality, "Dzēšamā piezīme", "con-policija")
    window.open_location("con-policija")
    assert window.notes.list.count() == 1
    window.notes.list.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.notes.list.count() == 0
    assert window.ctx.notes.get(note.id).deleted
    assert "Undo" in window.statusBar().currentMessage()
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.notes.list.count() == 1
    assert not window.ctx.notes.get(note.id).deleted


def test_delete_key_in_the_list(qtbot: Any, user: Any, window: Any) -> None:
    window.ctx.notes.add(user.municipality, "Vēl viena", "con-policija")
    window.open_location("con-policija")
    window.notes.list.setFocus()
    window.notes.list.setCurrentRow(0)
    qtbot.keyClick(window.notes.list, Qt.Key.Key_Delete)
    assert window.notes.list.count() == 0


def test_preview_shows_markdown_formatted(qtbot: Any, user: Any, window: Any) -> None:
    window.ctx.notes.add(user.municipality, "**Svarīgi**\n\n- punkts <b>x</b>", "con-policija")
    window.open_location("con-policija")
    qtbot.mouseClick(window.notes.preview_button, Qt.MouseButton.LeftButton)
    assert window.notes.preview.isVisible() and not window.notes.editor.isVisible()
    text = window.notes.preview.toPlainText()
    assert "Svarīgi" in text and "**" not in text
    assert "<b>x</b>" in text  # raw HTML in a note stays text


def test_export_and_import_use_the_exchange_format(user: Any, window: Any, tmp_path: Path) -> None:
    from kb_app.ui.notes.notes_io import export_notes_dialog, import_notes_dialog

    window.ctx.notes.add(user.municipality, "Eksportējamā", "con-policija")
    target = tmp_path / "notes.json"
    assert export_notes_dialog(window.ctx, window, str(target)) == 1
    data = json.loads(target.read_text("utf-8"))
    assert data["format"] == "kb-app-notes" and data["notes"][0]["body"] == "Eksportējamā"
    data["notes"][0]["body"] = "Labota citur"
    data["notes"][0]["updated_at"] = format_time(utc_now() + timedelta(minutes=5))  # a later edit elsewhere
    target.write_text(json.dumps(data), "utf-8")
    result = import_notes_dialog(window.ctx, window, str(target))
    assert (result.added, result.updated) == (0, 1)
    window.open_location("con-policija")
    assert window.notes.editor.toPlainText() == "Labota citur"
    assert "1 updated" in window.statusBar().currentMessage()


def test_orphaned_notes_are_listed(qtbot: Any, user: Any, window: Any) -> None:
    from kb_app.ui.notes.orphans import OrphansDialog

    window.ctx.notes.add(user.municipality, "Par dokumentu, kura vairs nav", "doc-that-was-removed")
    window.ctx.notes.add(user.municipality, "Par esošu", "con-policija")
    dialog = OrphansDialog(window.ctx, window.undo_stack, window)
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 1
    assert "doc-that-was-removed" in dialog.list.item(0).text()
    assert dialog.text.toPlainText() == "Par dokumentu, kura vairs nav"
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert dialog.list.count() == 0
    window.undo_stack.undo()
    dialog.reload()
    assert dialog.list.count() == 1


def test_orphaned_note_moves_to_the_municipality_page_with_undo(qtbot: Any, user: Any, window: Any) -> None:
    from kb_app.ui.notes.orphans import OrphansDialog
    from kb_app.ui.reader.reader_pages import HOME

    other = window.ctx.notes.add("madonas-novads", "Citas pašvaldības piezīme", "doc-gone-too")
    note = window.ctx.notes.add(user.municipality, "Kārtība, kas jāpatur", "doc-that-was-removed")
    window.open_location(HOME)
    assert window.notes.list.count() == 0
    dialog = OrphansDialog(window.ctx, window.undo_stack, window)
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 2
    rows = {dialog.list.item(i).data(Qt.ItemDataRole.UserRole + 1): i for i in range(dialog.list.count())}
    dialog.list.setCurrentRow(rows[other.id])
    assert not dialog.move_button.isEnabled()  # it would not show on this user's page
    dialog.list.setCurrentRow(rows[note.id])
    assert dialog.move_button.isEnabled()
    qtbot.mouseClick(dialog.move_button, Qt.MouseButton.LeftButton)
    assert [dialog.list.item(i).data(Qt.ItemDataRole.UserRole + 1) for i in range(dialog.list.count())] == [other.id]
    assert "Undo with Ctrl+Z" in window.statusBar().currentMessage()
    moved = window.ctx.notes.get(note.id)
    assert (moved.doc_id, moved.body) == (None, "Kārtība, kas jāpatur") and moved.updated_at > note.updated_at
    # The page already shown picks the note up at once.
    assert window.notes.list.count() == 1
    assert window.notes.editor.toPlainText() == "Kārtība, kas jāpatur"
    dialog.close()
    window.undo_stack.undo()
    assert window.ctx.notes.get(note.id).doc_id == "doc-that-was-removed"
    assert window.notes.list.count() == 0
    dialog.reload()
    assert dialog.list.count() == 2
    # Deleted meanwhile (an imported file can do that): undoing the move leaves it alone.
    window.undo_stack.redo()
    window.ctx.notes.delete(note.id)
    window.undo_stack.undo()
    gone = window.ctx.notes.get(note.id)
    assert gone.deleted and gone.doc_id is None


def test_without_a_municipality_notes_ask_for_one(make_window: Any) -> None:
    window = make_window(municipality="", start_search=False)
    window.open_location("con-policija")
    assert window.notes.municipality_button.isVisible()
    assert not window.notes.new_button.isEnabled()
