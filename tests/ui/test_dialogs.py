"""Dialogs: keyboard help, About, municipality picker, pack import, what changed, backups."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QDialog

from kb_app.ui.window import actions as action_table


def test_every_action_has_a_shortcut_listed_in_help(qtbot: Any, window: Any) -> None:
    from kb_app.ui.window.shortcuts_help import HelpDialog

    assert len(window.actions_by_name) == len(action_table.COMMANDS)
    for name, action in window.actions_by_name.items():
        assert not action.shortcut().isEmpty(), name
    dialog = HelpDialog(window.actions_by_name, window)
    qtbot.addWidget(dialog)
    commands = {dialog.table.item(r, 1).text(): dialog.table.item(r, 2).text() for r in range(dialog.table.rowCount())}
    for action in window.actions_by_name.values():
        assert commands[action.text().replace("&", "")] == ", ".join(s.toString() for s in action.shortcuts())
    assert commands["Keyboard shortcuts"].startswith("F1")


def test_f1_opens_the_help(qtbot: Any, window: Any, monkeypatch: Any) -> None:
    from kb_app.ui.window import shortcuts_help as help_module

    shown: list[Any] = []
    monkeypatch.setattr(help_module.HelpDialog, "exec", lambda self: shown.append(self) or 0)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    assert len(shown) == 1


def test_about_shows_the_content_pack(qtbot: Any, window: Any) -> None:
    from kb_app.ui.dialogs.about import AboutDialog

    dialog = AboutDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    text = dialog.label.text()
    assert "Testa bibliotēka" in text and "1.0" in text


def test_municipality_picker_filters_without_diacritics(qtbot: Any, window: Any) -> None:
    from kb_app.ui.dialogs.municipality import MunicipalityDialog

    dialog = MunicipalityDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 3
    qtbot.keyClicks(dialog.filter, "madon")
    assert dialog.selected_code == "madonas-novads"
    dialog.filter.clear()
    qtbot.keyClicks(dialog.filter, "marup")
    qtbot.keyClick(dialog.filter, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.selected_code == "marupes-novads"


def test_choosing_a_municipality_updates_prefs_and_home(qtbot: Any, window: Any, monkeypatch: Any) -> None:
    from kb_app.ui.dialogs import municipality

    def pick(self: Any) -> int:
        self.filter.setText("rīg")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(municipality.MunicipalityDialog, "exec", pick)
    window.open_location("@home")
    qtbot.keyClick(window, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    assert window.ctx.prefs.municipality == "riga"
    assert window.ctx.settings.load().municipality == "riga"
    assert window.reader.browser.toPlainText().startswith("Rīga")


def test_import_pack_by_drag_and_drop_then_what_changed(
    qtbot: Any, window: Any, fixture_pack: Path, monkeypatch: Any
) -> None:
    from kb_app.ui.dialogs import changes_dialog as changes
    from kb_app.ui.dialogs import import_pack, trust_question

    shown: list[Any] = []
    asked: list[str] = []
    monkeypatch.setattr(changes.ChangesDialog, "exec", lambda self: shown.append(self.view.toPlainText()) or 0)
    monkeypatch.setattr(trust_question, "ask_trust", lambda _parent, refusal: asked.append(refusal.code) or True)
    old_dir = window.ctx.library.directory
    dialog = import_pack.ImportPackDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(fixture_pack))])
    drop = QDropEvent(
        QPoint(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    dialog.dropEvent(drop)
    assert dialog.task is not None
    qtbot.waitUntil(lambda: dialog.result_dir is not None, timeout=20_000)
    assert window.ctx.library.directory != old_dir
    assert window.ctx.library.has("con-policija")
    assert asked == ["unsigned"]  # the test pack is not signed: the window asked before installing
    assert shown and "No documents were added, removed or changed." in shown[0]


def test_an_unsigned_pack_is_not_installed_when_the_answer_is_no(
    qtbot: Any, window: Any, fixture_pack: Path, monkeypatch: Any
) -> None:
    from kb_app.ui.dialogs import import_pack, trust_question

    asked: list[str] = []
    monkeypatch.setattr(trust_question, "ask_trust", lambda _parent, refusal: asked.append(refusal.code) and False)
    monkeypatch.setattr(import_pack.QMessageBox, "warning", lambda *_args: 0)
    before = window.ctx.library.directory
    dialog = import_pack.ImportPackDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    dialog.import_file(fixture_pack)
    qtbot.waitUntil(lambda: dialog.task is None and bool(dialog.notice), timeout=20_000)
    assert asked == ["unsigned"] and window.ctx.library.directory == before
    assert "Nothing was changed" in dialog.notice and not dialog.error  # the user's choice, not a failure


def test_a_bad_pack_is_refused_and_nothing_changes(qtbot: Any, window: Any, tmp_path: Path, monkeypatch: Any) -> None:
    from kb_app.ui.dialogs import import_pack

    monkeypatch.setattr(import_pack.QMessageBox, "warning", lambda *_args: 0)
    bad = tmp_path / "bad.kbpack"
    bad.write_bytes(b"not a zip")
    before = window.ctx.library.directory
    dialog = import_pack.ImportPackDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    dialog.import_file(bad)
    qtbot.waitUntil(lambda: dialog.task is None, timeout=10_000)
    assert "Nothing was changed" in dialog.error
    assert window.ctx.library.directory == before


def test_changes_text_shows_old_and_new_contact_values() -> None:
    from kb_app.core.packs.library_changes import ChangeSummary, DocChange, FieldChange
    from kb_app.ui.dialogs.changes_dialog import changes_html

    summary = ChangeSummary(
        changed=(
            DocChange(
                "con-policija", "contact", "Valsts policija", (FieldChange("phones", "110", "112", important=True),)
            ),
        ),
        old_label="Lib 1",
        new_label="Lib 2",
        total=9,
    )
    html = changes_html(summary)
    assert "Lib 1" in html and "Lib 2" in html
    assert "110</span> → <b>112</b>" in html and "Phone numbers" in html and "phones" not in html


def test_backup_and_restore(window: Any, tmp_path: Path) -> None:
    from kb_app.ui.notes.notes_backup import backup_notes, restore_notes

    window.ctx.notes.add("marupes-novads", "Pirms rezerves kopijas", None)
    target = backup_notes(window.ctx, window, str(tmp_path / "b.db"))
    assert target is not None and target.is_file()
    assert str(target) in window.saved_notice.label.text()
    window.ctx.notes.add("marupes-novads", "Pēc rezerves kopijas", None)
    assert restore_notes(window.ctx, window, str(target), confirm=False)
    assert [n.body for n in window.ctx.notes.notes_for()] == ["Pirms rezerves kopijas"]
    assert "restored" in window.saved_notice.label.text()  # with where the previous notes were kept


def _codes_raised(module: str, *calls: str) -> set[str]:
    """The reason codes a core module raises, read from its source: a new code fails the tests
    below until the UI has a sentence for it."""
    import re

    source = (Path(__file__).parents[2] / module).read_text(encoding="utf-8")
    return {code for call in calls for code in re.findall(re.escape(call) + r'\(\s*"(\w+)"', source)}


@pytest.mark.usefixtures("qapp")
def test_every_pack_refusal_code_has_its_own_sentence() -> None:
    from kb_app.ui.dialogs.import_pack import PACK_REASONS, refusal_text

    codes = _codes_raised("kb_app/core/packs/pack_file.py", "PackRefused")
    codes |= _codes_raised("kb_app/core/packs/install.py", "PackRefused")
    codes |= {
        "backslash",
        "absolute_path",
        "drive_letter",
        "traversal",
        "directory",
        "bad_name",  # _name_problem
        "unexpected_member",
        "manifest_too_large",
        "signature_too_large",
    }  # _read_small
    assert len(codes) >= 35 and "not_zip" in codes and "bad_library" in codes
    for code in codes:
        text = refusal_text(code, "ENGLISH DETAIL")
        assert "ENGLISH DETAIL" not in text and text, code
    assert set(PACK_REASONS) <= codes  # no sentence for a code that no longer exists
    # A code this app does not know yet still says something: the core's English words.
    assert "ENGLISH DETAIL" in refusal_text("some_new_code", "ENGLISH DETAIL")


@pytest.mark.usefixtures("qapp")
def test_every_notes_refusal_code_has_its_own_sentence() -> None:
    from kb_app.ui.notes.notes_io import FILE_REASONS, NOTE_OPERATIONS, NOTE_REASONS

    file_codes = _codes_raised("kb_app/core/userdata/notes.py", "NotesRefused") - set(NOTE_OPERATIONS)
    note_codes = _codes_raised("kb_app/core/userdata/notes.py", "_BadNote")
    assert {"missing", "not_json", "newer_version", "write_failed"} <= file_codes
    assert {"bad_id", "field_missing", "duplicate_id", "no_time_zone"} <= note_codes
    assert file_codes <= set(FILE_REASONS)
    assert note_codes <= set(NOTE_REASONS)
    assert {"no_municipality", "note_missing", "note_deleted", "bad_doc_id"} <= set(NOTE_OPERATIONS)


@pytest.mark.usefixtures("qapp")
def test_latvian_refusal_sentences_keep_their_placeholders() -> None:
    import re

    from PySide6.QtCore import QTranslator

    from kb_app.ui.dialogs.import_pack import PACK_REASONS
    from kb_app.ui.notes.notes_io import FILE_REASONS, NOTE_OPERATIONS, NOTE_REASONS
    from kb_app.ui.shared.resources import translations_dir

    translator = QTranslator()
    assert translator.load("kb_app_lv", str(translations_dir()))
    tables = [
        ("ImportPack", PACK_REASONS),
        ("NotesIO", FILE_REASONS),
        ("NotesIO", NOTE_REASONS),
        ("NotesIO", NOTE_OPERATIONS),
    ]
    for context, table in tables:
        for source in table.values():
            latvian = translator.translate(context, source)
            assert latvian and latvian != source, source
            assert sorted(re.findall(r"\{\w*\}", latvian)) == sorted(re.findall(r"\{\w*\}", source)), source


def test_refused_pack_is_explained_in_latvian(qtbot: Any, make_window: Any, tmp_path: Path, monkeypatch: Any) -> None:
    from kb_app.ui.dialogs import import_pack

    shown: list[str] = []
    monkeypatch.setattr(import_pack.QMessageBox, "warning", lambda _parent, _title, text: shown.append(text) or 0)
    window = make_window(language="lv", start_search=False)
    bad = tmp_path / "slikta.kbpack"
    bad.write_bytes(b"not a zip at all")
    dialog = import_pack.ImportPackDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    dialog.import_file(bad)
    qtbot.waitUntil(lambda: dialog.task is None, timeout=10_000)
    assert shown == [dialog.error]
    assert dialog.error == "Pakotne noraidīta. Tā nav satura pakotne (tas nav ZIP arhīvs). Nekas netika mainīts."


def test_an_import_this_machine_fails_is_not_called_a_refusal(
    qtbot: Any, make_window: Any, fixture_pack: Path, monkeypatch: Any
) -> None:
    from kb_app.core.packs import install
    from kb_app.core.platform.errors import LibraryError
    from kb_app.ui.dialogs import import_pack

    shown: list[str] = []
    monkeypatch.setattr(import_pack.QMessageBox, "warning", lambda _parent, _title, text: shown.append(text) or 0)

    def worker_failed(*_args: Any, **_kwargs: Any) -> Any:  # what install raises when a worker runs out of memory
        raise LibraryError("the content could not be checked (a worker process failed: MemoryError)")

    monkeypatch.setattr(install, "validated_content", worker_failed)
    window = make_window(language="lv", start_search=False)
    before = window.ctx.library.directory
    dialog = import_pack.ImportPackDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    dialog.import_file(fixture_pack, trust=True)  # the user agreed to the unsigned pack
    qtbot.waitUntil(lambda: dialog.task is None, timeout=20_000)
    assert shown == [dialog.error]
    assert dialog.error == (
        "Importēšana neizdevās: the content could not be checked (a worker process failed: "
        "MemoryError). Nekas netika mainīts."
    )
    assert window.ctx.library.directory == before


def test_refused_notes_file_is_explained_in_latvian(make_window: Any, tmp_path: Path, monkeypatch: Any) -> None:
    import json

    from kb_app.ui.notes import notes_io

    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(notes_io.QMessageBox, "warning", lambda _parent, title, text: shown.append((title, text)) or 0)
    window = make_window(language="lv", start_search=False)
    path = tmp_path / "piezimes.json"
    note = {
        "id": "1b4e28ba-2fa1-11d2-883f-0016d3cca427",
        "municipality": "marupes-novads",
        "doc_id": None,
        "body": "Teksts",
        "created_at": "2026-11-20T09:12:00Z",
        "updated_at": "2026-11-21T15:40:00",
        "deleted": False,
    }
    path.write_text(json.dumps({"format": "kb-app-notes", "version": 1, "notes": [note]}), "utf-8")
    assert notes_io.import_notes_dialog(window.ctx, window, str(path)) is None
    assert shown == [
        (
            "Importēšana noraidīta",
            "piezimes.json: piezīme Nr. 1 no 1 noraidīta. Laukā 'updated_at' nav norādīta laika josla; "
            "rakstiet, piemēram, 2026-11-20T09:12:00Z (Z nozīmē UTC). Nekas netika importēts.",
        )
    ]
    path.write_text(json.dumps({"format": "kb-app-notes", "version": 3, "notes": []}), "utf-8")
    notes_io.import_notes_dialog(window.ctx, window, str(path))
    assert shown[-1][1] == (
        "Piezīmju fails piezimes.json izveidots ar jaunāku programmas versiju (versija 3; "
        "šī programma lasa versiju 1). Vispirms atjauniniet programmu."
    )
    assert window.ctx.notes.notes_for(include_deleted=True) == []


def test_refused_backup_restore_is_explained_in_latvian(make_window: Any, tmp_path: Path, monkeypatch: Any) -> None:
    from kb_app.ui.notes import notes_backup as backup

    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(backup.QMessageBox, "warning", lambda _parent, title, text: shown.append((title, text)) or 0)
    window = make_window(language="lv", start_search=False)
    window.ctx.notes.add("marupes-novads", "Paliek", None)
    not_a_backup = tmp_path / "nav-kopija.db"
    not_a_backup.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)
    assert backup.restore_notes(window.ctx, window, str(not_a_backup), confirm=False) is False
    assert shown[-1][1] in (
        "nav-kopija.db ir bojāts, un to nevar atjaunot.",
        "nav-kopija.db nav šīs lietotnes piezīmju rezerves kopija.",
    )
    assert backup.restore_notes(window.ctx, window, str(tmp_path / "nav.db"), confirm=False) is False
    assert shown[-1][1] == "nav.db nepastāv."
    assert [n.body for n in window.ctx.notes.notes_for()] == ["Paliek"]
