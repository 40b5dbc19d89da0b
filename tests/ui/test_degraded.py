"""Degraded, not dead (issue 13 §2–§4): the window on a read-only profile and on a full disk, an
autosave the disk refuses, recovery drafts offered back, notes the app cannot show, and write
failures said in plain words. A small real tmpfs where the machine allows it, else a simulated
``OSError`` at the same seam."""

from __future__ import annotations

import errno
import shutil
import sqlite3
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QMessageBox

from kb_app.core.platform import write_failures
from kb_app.core.platform.paths import AppPaths
from kb_app.core.userdata.drafts import draft_folders, load_drafts
from kb_app.core.userdata.notes import MAX_NOTE_LENGTH, NotesStore
from kb_app.core.userdata.user_db import open_userdata
from tests.filesystems import fill, remount_read_only, simulate_unwritable, tmpfs

MUNICIPALITY = "marupes-novads"


@pytest.fixture(autouse=True)
def private_temp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The drafts' fallback folder lives in the system temp folder: keep it inside the test."""
    folder = tmp_path / "system-temp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def _add_notes(profile: Path, *bodies: str, doc_id: str | None = "con-policija") -> None:
    with open_userdata(AppPaths(profile)) as userdata:
        store = NotesStore(userdata)
        for body in bodies:
            store.add(MUNICIPALITY, body, doc_id)


@pytest.fixture(
    params=[("tmpfs", "read-only"), ("tmpfs", "full"), ("simulated", "read-only"), ("simulated", "full")],
    ids=lambda param: "-".join(param),
)
def unwritable_profile(
    request: pytest.FixtureRequest, installed_profile: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[tuple[Path, str]]:
    """(profile, expected code): the installed test profile with a note, on a read-only file
    system or a full one."""
    mechanism, how = request.param
    code = write_failures.READ_ONLY if how == "read-only" else write_failures.DISK_FULL
    _add_notes(installed_profile, "Vietējā kārtība: zvanīt sociālajam dienestam")
    if mechanism == "simulated":
        simulate_unwritable(monkeypatch, installed_profile, errno.EROFS if how == "read-only" else errno.ENOSPC)
        yield installed_profile, code
        return
    size = sum(f.stat().st_size for f in installed_profile.rglob("*") if f.is_file()) // 1024 + 4096
    with tmpfs(tmp_path / "disk", size) as mounted:
        if not mounted:
            pytest.skip("cannot mount a tmpfs here; the simulated case covers this machine")
        profile = tmp_path / "disk" / "profile"
        shutil.copytree(installed_profile, profile, symlinks=True)
        if how == "read-only":
            assert remount_read_only(tmp_path / "disk")
        else:
            fill(tmp_path / "disk")
        yield profile, code


def test_window_starts_read_only_with_a_banner(make_window: Callable[..., Any], unwritable_profile: Any) -> None:
    profile, code = unwritable_profile
    window = make_window(profile=profile, start_search=False)
    ctx = window.ctx
    assert ctx.read_only and ctx.write_problem == code
    banner = window.banner
    assert banner.isVisible()
    assert ("disk is full" if code == write_failures.DISK_FULL else "cannot be written") in banner.text
    assert "You can read, search" in banner.text
    # What still works: reading, and the notes already there.
    window.open_location("con-policija")
    assert window.notes.list.count() == 1
    assert window.notes.editor.toPlainText() == "Vietējā kārtība: zvanīt sociālajam dienestam"
    assert window.notes.editor.isReadOnly() and not window.notes.new_button.isEnabled()
    assert "Read-only" in window.notes.status.text()


def test_latvian_banner(
    make_window: Callable[..., Any], installed_profile: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    simulate_unwritable(monkeypatch, installed_profile, errno.EROFS)
    window = make_window(language="lv", start_search=False)
    assert window.banner.text.startswith("Tikai lasīšanai")


@pytest.fixture
def full_database(window: Any) -> Callable[[], None]:
    """Make the notes database as full as a full disk makes it (SQLite's own SQLITE_FULL)."""

    def make_full() -> None:
        conn = window.ctx.userdata.conn
        conn.execute(f"PRAGMA max_page_count = {conn.execute('PRAGMA page_count').fetchone()[0]}")
        for i in range(10_000):  # use up the free room in the last pages too
            try:
                conn.execute("INSERT INTO settings VALUES (?, ?)", (f"filler-{i}", "f" * 500))
            except sqlite3.OperationalError:
                break

    return make_full


def _type_in_new_note(user: Any, window: Any, text: str) -> None:
    window.open_location("con-policija")
    window.notes.new_note()
    user.type(window.notes.editor, text)


def test_autosave_on_a_full_disk_keeps_the_text_and_says_so(
    user: Any, window: Any, full_database: Any, make_window: Callable[..., Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    full_database()
    text = "Ļoti svarīga piezīme " + "x" * 6000
    window.notes.editor.setFocus()
    _type_in_new_note(user, window, text[:30])
    window.notes.editor.insertPlainText(text[30:])
    user.qtbot.waitUntil(lambda: "Not saved" in window.notes.status.text(), timeout=5000)
    status = window.notes.status.text()
    assert "Saved" not in status and "disk is full" in window.notes.status.toolTip()
    assert window.banner.isVisible() and "disk is full" in window.banner.text
    assert "recovery draft" in window.banner.text
    assert window.notes.editor.toPlainText() == text  # not cleared, not reloaded
    assert not window.notes.flush()  # still unsaved: never marked clean
    drafts = load_drafts(draft_folders(window.ctx.paths))
    assert [d.body for d in drafts] == [text]
    # Closing does not lose it: the draft is on disk, the next start offers it back.
    window.close()
    window.ctx.lock.release()  # as when the app exits
    asked: list[str] = []

    def click_save(box: QMessageBox) -> int:
        asked.append(box.text())
        box.buttons()[0].click()  # "Save the note"
        return 0

    monkeypatch.setattr(QMessageBox, "exec", click_save)
    again = make_window(start_search=False)
    from kb_app.ui.notes.recovered_drafts import offer_drafts

    assert offer_drafts(again.ctx, again) == 1
    assert asked and "Ļoti svarīga piezīme" in asked[0]
    stored = [n for n in again.ctx.notes.notes_for(municipality=MUNICIPALITY, doc_id="con-policija")]
    assert [n.body for n in stored] == [text]
    assert load_drafts(draft_folders(again.ctx.paths)) == []


def test_save_works_again_once_the_disk_has_room(user: Any, window: Any, full_database: Any) -> None:
    _type_in_new_note(user, window, "Pirmais teksts")
    user.qtbot.waitUntil(lambda: "Saved" in window.notes.status.text(), timeout=3000)
    full_database()
    window.notes.editor.insertPlainText(" un vēl " + "y" * 8000)
    user.qtbot.waitUntil(lambda: "Not saved" in window.notes.status.text(), timeout=5000)
    window.ctx.userdata.conn.execute("PRAGMA max_page_count = 1073741823")  # space freed
    user.type(window.notes.editor, "!")
    user.qtbot.waitUntil(lambda: window.notes.status.text().startswith("Saved"), timeout=5000)
    assert not window.banner.isVisible()
    assert load_drafts(draft_folders(window.ctx.paths)) == []
    note_id = window.notes._current_id
    assert window.ctx.notes.get(note_id).body.endswith("y!")


def test_a_text_no_disk_takes_is_put_on_the_clipboard_before_closing(
    user: Any, window: Any, full_database: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    full_database()
    for folder in draft_folders(window.ctx.paths):
        simulate_unwritable(monkeypatch, folder, errno.ENOSPC)
    try:
        _text_no_disk_takes(user, window, monkeypatch)
    finally:  # a failed assertion must not leave a window that asks before closing
        window.notes._pending.clear()
        window.notes._dirty = False


def _text_no_disk_takes(user: Any, window: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Nekur nesaglabājams " + "n" * 6000  # more than a page: SQLite needs a new one
    _type_in_new_note(user, window, text[:10])
    window.notes.editor.insertPlainText(text[10:])
    user.qtbot.waitUntil(lambda: "Not saved" in window.notes.status.text(), timeout=5000)
    assert "only in this window" in window.banner.text
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda *args, **_kwargs: asked.append(args[2]) or QMessageBox.StandardButton.Cancel
    )
    assert not window.close()  # the user chose to stay
    assert asked and QApplication.clipboard().text() == text
    window.ctx.userdata.conn.execute("PRAGMA max_page_count = 1073741823")
    assert window.close()  # now it saves, and closes without asking


def test_notes_import_on_a_full_disk_is_explained(
    window: Any, full_database: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import json

    from kb_app.ui.notes import notes_io

    path = tmp_path / "notes.json"
    path.write_text(
        json.dumps(
            {
                "format": "kb-app-notes",
                "version": 1,
                "exported_at": "2026-11-27T10:00:00Z",
                "notes": [
                    {
                        "id": "1b4e28ba-2fa1-11d2-883f-0016d3cca427",
                        "municipality": MUNICIPALITY,
                        "doc_id": None,
                        "body": "z" * 20000,
                        "created_at": "2026-11-20T09:12:00Z",
                        "updated_at": "2026-11-21T15:40:00Z",
                        "deleted": False,
                    }
                ],
            }
        ),
        "utf-8",
    )
    shown: list[str] = []
    monkeypatch.setattr(notes_io.QMessageBox, "warning", lambda _p, _t, text: shown.append(text) or 0)
    full_database()
    assert notes_io.import_notes_dialog(window.ctx, window, str(path)) is None
    assert shown == [
        "The notes could not be saved: the disk is full. Free some space; reading and searching still work."
    ]


def test_bookmark_on_a_full_disk_is_explained(window: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from kb_app.core.op_changes import OpChanges
    from kb_app.core.platform.errors import UserDataError

    window.open_location("con-policija")

    def full(_doc_id: str) -> OpChanges:  # a bookmark row fits in a page SQLite already has: say the disk is full
        raise UserDataError("the notes could not be saved: the disk is full", code=write_failures.DISK_FULL)

    monkeypatch.setattr(window.ctx.bookmarks, "add_bookmark", full)
    window.toggle_bookmark(True)
    assert window.banner.isVisible() and "disk is full" in window.banner.text
    assert not window.actions_by_name["bookmark"].isChecked()  # the page is not bookmarked


@pytest.mark.usefixtures("qapp")
def test_pdf_export_to_a_full_disk_is_explained(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from kb_app.ui.paper import printing

    target = tmp_path / "out"
    target.mkdir()
    simulate_unwritable(monkeypatch, target, errno.ENOSPC)
    with pytest.raises(OSError) as failed:
        printing.write_pdf("<p>x</p>", "x", target / "x.pdf")
    assert printing.pdf_failure_text(failed.value) == "Could not save the PDF: the disk is full."


# --- notes the window cannot show --------------------------------------------------------------------


def _insert_raw(profile: Path, note_id: str, body: str, doc_id: str | None, updated_at: str) -> None:
    with open_userdata(AppPaths(profile)) as userdata, userdata.transaction() as conn:
        conn.execute(
            "INSERT INTO notes VALUES (?, ?, ?, ?, '2026-11-20T09:12:00Z', ?, 0)",
            (note_id, MUNICIPALITY, doc_id, body, updated_at),
        )


def test_an_oversized_stored_note_does_not_hang_and_can_be_deleted(
    make_window: Callable[..., Any], installed_profile: Path
) -> None:
    huge = "Ļ" * (50 * 1024 * 1024 - 10_000)
    _insert_raw(installed_profile, "1b4e28ba-2fa1-11d2-883f-0016d3cca427", huge, "con-policija", "2026-11-21T15:40:00Z")
    _insert_raw(installed_profile, "2b4e28ba-2fa1-11d2-883f-0016d3cca427", huge, None, "2026-11-21T15:40:00Z")
    started = time.perf_counter()
    window = make_window(start_search=False)
    window.open_location("con-policija")
    assert time.perf_counter() - started < 10  # was: no window within 240 s
    notes = window.notes
    assert notes.list.count() == 1 and "too long to show" in notes.list.item(0).text()
    assert "too long to show" in notes.editor.toPlainText() and notes.editor.isReadOnly()
    assert notes.delete_button.isEnabled()
    notes.delete_current()
    assert notes.list.count() == 0
    assert window.ctx.notes.get("1b4e28ba-2fa1-11d2-883f-0016d3cca427", short=True).deleted


def test_an_oversized_orphan_shows_a_placeholder_and_can_be_deleted(qtbot: Any, window: Any) -> None:
    from kb_app.ui.notes.orphans import OrphansDialog

    with window.ctx.userdata.transaction() as conn:
        conn.execute(
            "INSERT INTO notes VALUES ('3b4e28ba-2fa1-11d2-883f-0016d3cca427', ?, 'gone-doc', ?, "
            "'2026-11-20T09:12:00Z', '2026-11-21T15:40:00Z', 0)",
            (MUNICIPALITY, "q" * (MAX_NOTE_LENGTH * 30)),
        )
    dialog = OrphansDialog(window.ctx, window.undo_stack, window)
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 1 and "too long to show" in dialog.list.item(0).text()
    assert "too long to show" in dialog.text.toPlainText()
    dialog.delete_current()
    assert dialog.list.count() == 0


def test_a_note_stamped_9999_can_be_edited_in_the_window(
    user: Any, make_window: Callable[..., Any], installed_profile: Path
) -> None:
    _insert_raw(
        installed_profile,
        "4b4e28ba-2fa1-11d2-883f-0016d3cca427",
        "no gada 9999",
        "con-policija",
        "9999-12-31T23:59:59Z",
    )
    window = make_window(start_search=False)
    window.open_location("con-policija")
    assert window.notes.editor.toPlainText() == "no gada 9999"
    window.notes.editor.setFocus()
    window.notes.editor.moveCursor(QTextCursor.MoveOperation.End)
    user.type(window.notes.editor, " labots")
    user.qtbot.waitUntil(lambda: window.notes.status.text().startswith("Saved"), timeout=5000)
    stored = window.ctx.notes.get("4b4e28ba-2fa1-11d2-883f-0016d3cca427")
    assert stored.body.endswith("labots") and stored.updated_at < "9999"


def test_a_note_over_the_limit_is_refused_and_kept(user: Any, window: Any) -> None:
    _type_in_new_note(user, window, "Sākums")
    user.qtbot.waitUntil(lambda: "Saved" in window.notes.status.text(), timeout=3000)
    window.notes.editor.insertPlainText("w" * MAX_NOTE_LENGTH)
    assert not window.notes.flush()
    assert f"more than the {MAX_NOTE_LENGTH} a note may have" in window.banner.text
    assert len(window.notes.editor.toPlainText()) > MAX_NOTE_LENGTH
    assert [len(d.body) for d in load_drafts(draft_folders(window.ctx.paths))] == [MAX_NOTE_LENGTH + 6]


# --- words for every code ----------------------------------------------------------------------------


@pytest.mark.usefixtures("qapp")
def test_every_userdata_code_has_a_latvian_sentence() -> None:
    import re

    from PySide6.QtCore import QTranslator

    from kb_app.ui.notes.notes_backup import USERDATA_REASONS
    from kb_app.ui.shared.resources import translations_dir

    root = Path(__file__).parents[2]
    raised = set()
    for module in ("kb_app/core/userdata/user_db.py", "kb_app/core/platform/lock.py"):
        raised |= set(re.findall(r'code="(\w+)"', (root / module).read_text("utf-8")))
    codes = {write_failures.READ_ONLY, write_failures.DISK_FULL, write_failures.WRITE_FAILED}
    raised |= codes | {f"profile_{code}" for code in codes}
    assert raised <= set(USERDATA_REASONS), raised - set(USERDATA_REASONS)
    translator = QTranslator()
    assert translator.load("kb_app_lv", str(translations_dir()))
    for source in USERDATA_REASONS.values():
        latvian = translator.translate("Backup", source)
        assert latvian and latvian != source, source
        assert re.findall(r"\{\w*\}", latvian) == re.findall(r"\{\w*\}", source)


def test_sqlite_full_is_what_the_simulation_raises(tmp_path: Path) -> None:
    """The autosave tests fill the database with max_page_count: that is SQLITE_FULL, the very
    error a full disk gives, so the code path is the real one."""
    conn = sqlite3.connect(tmp_path / "x.db")
    conn.execute("CREATE TABLE t (x)")
    conn.execute(f"PRAGMA max_page_count = {conn.execute('PRAGMA page_count').fetchone()[0]}")
    with pytest.raises(sqlite3.OperationalError) as full:
        conn.execute("INSERT INTO t VALUES (?)", ("x" * 100_000,))
    assert write_failures.classify(full.value) == write_failures.DISK_FULL
    conn.close()
