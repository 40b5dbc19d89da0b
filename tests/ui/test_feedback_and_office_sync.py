"""'Report a problem with this page' and the office notes folder in the window (issue 10 §5, §6)."""

from __future__ import annotations

import json
import uuid
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication, QMessageBox

from kb_app.core.userdata.feedback import FeedbackStore, read_feedback_file
from kb_app.core.userdata.notes_sync import installation_id, own_file_name
from kb_app.core.userdata.preferences import Preferences
from kb_app.ui.shared.qt_settings import Settings


def _open_report(qtbot: Any, window: Any) -> Any:
    from kb_app.ui.dialogs.feedback_dialog import ReportProblemDialog

    window.open_location("con-policija")
    action = window.actions_by_name["report_problem"]
    assert action.shortcut().toString() == "Ctrl+Alt+P"
    action.trigger()  # as from the Tools menu
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, ReportProblemDialog) and w.isVisible()]
    assert len(dialogs) == 1
    qtbot.addWidget(dialogs[0])
    return dialogs[0]


def test_report_a_problem_in_latvian_then_export(
    qtbot: Any, make_window: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    window = make_window(language="lv", start_search=False)
    dialog = _open_report(qtbot, window)
    assert dialog.windowTitle() == "Ziņot par problēmu šajā lapā"
    assert "klienta" in dialog.reminder.text()
    assert dialog.doc_id == "con-policija" and dialog.pack_version == window.ctx.library.version
    qtbot.keyClicks(dialog.text, "Numurs neatbild")
    dialog.accept()
    assert not dialog.isVisible()
    [report] = FeedbackStore(window.ctx.userdata).all_reports()
    assert (report.doc_id, report.text, report.pack_version) == (
        "con-policija",
        "Numurs neatbild",
        window.ctx.library.version,
    )
    monkeypatch.setattr(QMessageBox, "information", lambda *_args: 0)
    dialog = _open_report(qtbot, window)
    out = tmp_path / "atsauksmes.json"
    assert dialog.export(str(out)) == 1
    [item] = read_feedback_file(out)
    assert item.doc_id == "con-policija" and item.municipality == "marupes-novads"


def test_an_empty_report_is_not_saved(qtbot: Any, make_window: Any, monkeypatch: Any) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text) or 0)
    window = make_window(language="lv", start_search=False)
    dialog = _open_report(qtbot, window)
    dialog.accept()
    assert dialog.isVisible() and shown == ["Vispirms uzrakstiet, kas lapā nav pareizi."]
    assert FeedbackStore(window.ctx.userdata).all_reports() == []


def test_report_needs_a_document(make_window: Any) -> None:
    from kb_app.ui.reader.reader_pages import HOME

    window = make_window(start_search=False)
    window.open_location(HOME)
    window.actions_by_name["report_problem"].trigger()
    assert "Open a document first" in window.statusBar().currentMessage()


def _other_installation_file(folder: Path, body: str) -> Path:
    note = {
        "id": str(uuid.uuid4()),
        "municipality": "marupes-novads",
        "doc_id": "con-policija",
        "body": body,
        "created_at": "2026-11-20T09:12:00Z",
        "updated_at": "2026-11-21T15:40:00Z",
        "deleted": False,
    }
    path = folder / own_file_name(str(uuid.uuid4()))
    path.write_text(
        json.dumps(
            {"format": "kb-app-notes", "version": 1, "exported_at": "2026-11-21T15:41:00Z", "notes": [note]},
            ensure_ascii=False,
        ),
        encoding="utf-8",
    )
    return path


def test_office_folder_syncs_on_start_and_on_quit(
    qtbot: Any, make_window: Any, installed_profile: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "office"
    folder.mkdir()
    _other_installation_file(folder, "Kolēģes piezīme")
    Settings(installed_profile).save(Preferences(notes_folder=str(folder)))
    window = make_window(start_search=False)
    own = folder / own_file_name(installation_id(installed_profile))
    qtbot.waitUntil(
        lambda: "Notes synced with the office folder: 1 new, 0 updated." in window.statusBar().currentMessage(),
        timeout=10_000,
    )
    assert own.is_file()
    assert [n.body for n in window.ctx.notes.notes_for()] == ["Kolēģes piezīme"]
    window.ctx.notes.add("marupes-novads", "Mana piezīme", None)
    window.close()
    bodies = {n["body"] for n in json.loads(own.read_text(encoding="utf-8"))["notes"]}
    assert bodies == {"Kolēģes piezīme", "Mana piezīme"}


def test_settings_choose_the_office_folder(make_window: Any, tmp_path: Path, monkeypatch: Any) -> None:
    from kb_app.ui.dialogs import settings_dialog

    window = make_window(start_search=False)
    monkeypatch.setattr(settings_dialog.QFileDialog, "getExistingDirectory", lambda *_args: str(tmp_path))
    dialog = settings_dialog.SettingsDialog(window.ctx, window)
    dialog._choose_notes_folder()
    dialog.accept()
    assert window.ctx.prefs.notes_folder == str(tmp_path)
    assert window.ctx.settings.load().notes_folder == str(tmp_path)


def test_office_folder_syncs_once_the_notes_database_opens(qtbot: Any, installed_profile: Path, tmp_path: Path) -> None:
    # The app opens the user's database only after the first paint (kb_app/ui/window/startup.py).
    from kb_app.core.platform.paths import AppPaths
    from kb_app.ui.shared.library_switch import installed_library
    from kb_app.ui.window.mainwindow import MainWindow
    from kb_app.ui.window.profile import open_context, open_user_data

    folder = tmp_path / "office"
    folder.mkdir()
    _other_installation_file(folder, "No kolēģes")
    Settings(installed_profile).save(Preferences(notes_folder=str(folder)))
    ctx = open_context(AppPaths(installed_profile), with_user_data=False)
    try:
        ctx.set_library(*installed_library(ctx))  # type: ignore[misc]
        window = ctx.main_window = MainWindow(ctx)
        window.start()
        assert ctx.notes is None and not (folder / own_file_name(installation_id(installed_profile))).exists()
        open_user_data(ctx)
        qtbot.waitUntil(lambda: "1 new" in window.statusBar().currentMessage(), timeout=10_000)
        assert [n.body for n in ctx.notes.notes_for()] == ["No kolēģes"]
        window.close()
        window.deleteLater()
    finally:
        ctx.close()


def test_the_window_says_when_a_copied_installation_wrote_its_file(
    qtbot: Any, make_window: Any, installed_profile: Path, tmp_path: Path
) -> None:
    """Issue 19 row 8: this installation last wrote one thing, its file now holds another (a clone's)."""
    from kb_app.core.userdata.notes_sync import SYNC_STATE_FILE

    folder = tmp_path / "office"
    folder.mkdir()
    mine = installation_id(installed_profile)
    clone_file = _other_installation_file(folder, "Kopijas piezīme")
    clone_file.rename(folder / own_file_name(mine))
    (installed_profile / SYNC_STATE_FILE).write_text(
        json.dumps({"written": {str(folder.resolve()): "0" * 64}}), encoding="utf-8"
    )
    Settings(installed_profile).save(Preferences(notes_folder=str(folder)))
    window = make_window(start_search=False)
    qtbot.waitUntil(lambda: "now uses a new id" in window.statusBar().currentMessage(), timeout=10_000)
    assert installation_id(installed_profile) != mine
    assert [n.body for n in window.ctx.notes.notes_for()] == ["Kopijas piezīme"]
    qtbot.waitUntil(lambda: (folder / own_file_name(installation_id(installed_profile))).is_file(), timeout=10_000)
