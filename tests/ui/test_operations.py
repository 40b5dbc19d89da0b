"""Changes announce themselves: a write says what it changed, one notification reaches every view,
and each view refreshes what it shows (Anki's ``operation_did_execute``)."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from kb_app.core.op_changes import BOOKMARKS, HISTORY, NOTES, OpChanges
from kb_app.core.userdata.user_db import format_time, utc_now


def _record(window: Any) -> list[tuple[OpChanges, object]]:
    seen: list[tuple[OpChanges, object]] = []
    window.ctx.operation_did_execute.connect(lambda changes, handler: seen.append((changes, handler)))
    return seen


def test_a_bookmark_written_through_the_core_is_announced_once_and_listed(qtbot: Any, window: Any) -> None:
    window.open_location("con-patverums")
    seen = _record(window)
    qtbot.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert seen == [(BOOKMARKS, window)]
    bookmarks = window.library_panel.bookmarks
    assert [bookmarks.item(i).text().split(" · ")[0] for i in range(bookmarks.count())] == ['Patvērums "Drošā māja"']


def test_a_page_view_is_announced_as_history_and_the_recent_list_follows(window: Any) -> None:
    seen = _record(window)
    window.open_location("art-definicija")
    assert seen == [(HISTORY, window)]
    assert window.library_panel.recent.item(0).text().startswith("Kas ir cilvēku tirdzniecība")


def test_imported_notes_are_announced_once_and_the_notes_panel_shows_them(
    user: Any, window: Any, tmp_path: Path
) -> None:
    from kb_app.ui.notes.notes_io import import_notes_dialog

    window.open_location("con-policija")
    assert window.notes.list.count() == 0
    now = format_time(utc_now() - timedelta(minutes=1))
    path = tmp_path / "kolegei.json"
    path.write_text(
        json.dumps(
            {
                "format": "kb-app-notes",
                "version": 1,
                "exported_at": now,
                "notes": [
                    {
                        "id": "1b4e28ba-2fa1-11d2-883f-0016d3cca427",
                        "municipality": user.municipality,
                        "doc_id": "con-policija",
                        "body": "No kolēģes",
                        "created_at": now,
                        "updated_at": now,
                        "deleted": False,
                    }
                ],
            }
        ),
        encoding="utf-8",
    )
    seen = _record(window)
    import_notes_dialog(window.ctx, window, str(path))
    assert seen == [(NOTES, None)]
    assert window.notes.list.count() == 1 and window.notes.editor.toPlainText() == "No kolēģes"
    import_notes_dialog(window.ctx, window, str(path))  # the same file again: nothing changed, nothing said
    assert seen == [(NOTES, None)]


def test_a_note_saved_in_the_panel_is_announced_with_the_panel_as_handler(user: Any, window: Any) -> None:
    window.open_location("con-policija")
    seen = _record(window)
    window.new_note()
    user.type(window.notes.editor, "Zvanīt")
    window.notes.flush()
    assert seen[-1] == (NOTES, window.notes)
    assert [n.body for n in window.ctx.notes.notes_for(doc_id="con-policija")] == ["Zvanīt"]
