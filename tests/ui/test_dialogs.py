"""Dialogs: keyboard help, About, municipality picker, pack import, what changed, backups."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QDialog

from kb_app.ui import actions as action_table


def test_every_action_has_a_shortcut_listed_in_help(qtbot: Any, window: Any) -> None:
    from kb_app.ui.dialogs.help import HelpDialog

    assert len(window.actions_by_name) == len(action_table.SPECS)
    for name, action in window.actions_by_name.items():
        assert not action.shortcut().isEmpty(), name
    dialog = HelpDialog(window.actions_by_name, window)
    qtbot.addWidget(dialog)
    commands = {dialog.table.item(r, 1).text(): dialog.table.item(r, 2).text() for r in range(dialog.table.rowCount())}
    for action in window.actions_by_name.values():
        assert commands[action.text().replace("&", "")] == ", ".join(s.toString() for s in action.shortcuts())
    assert commands["Keyboard shortcuts"].startswith("F1")


def test_f1_opens_the_help(qtbot: Any, window: Any, monkeypatch: Any) -> None:
    from kb_app.ui.dialogs import help as help_module

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


def test_import_pack_by_drag_and_drop_then_what_changed(qtbot: Any, window: Any, fixture_pack: Path,
                                                        monkeypatch: Any) -> None:
    from kb_app.ui.dialogs import changes, import_pack

    shown: list[Any] = []
    monkeypatch.setattr(changes.ChangesDialog, "exec", lambda self: shown.append(self.view.toPlainText()) or 0)
    old_dir = window.ctx.library.directory
    dialog = import_pack.ImportPackDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(fixture_pack))])
    drop = QDropEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    dialog.dropEvent(drop)
    assert dialog.task is not None
    qtbot.waitUntil(lambda: dialog.result_dir is not None, timeout=20_000)
    assert window.ctx.library.directory != old_dir
    assert window.ctx.library.has("con-policija")
    assert shown and "No documents were added, removed or changed." in shown[0]


def test_a_bad_pack_is_refused_and_nothing_changes(qtbot: Any, window: Any, tmp_path: Path,
                                                   monkeypatch: Any) -> None:
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
    from kb_app.core.changes import ChangeSummary, DocChange, FieldChange
    from kb_app.ui.dialogs.changes import changes_html

    summary = ChangeSummary(changed=(DocChange("con-policija", "contact", "Valsts policija",
                                               (FieldChange("phones", "110", "112"),)),),
                            old_label="Lib 1", new_label="Lib 2", total=9)
    html = changes_html(summary)
    assert "Lib 1" in html and "Lib 2" in html
    assert "phones: 110 → <b>112</b>" in html


def test_backup_and_restore(window: Any, tmp_path: Path) -> None:
    from kb_app.ui.dialogs.backup import backup_notes, restore_notes

    window.ctx.notes.add("marupes-novads", "Pirms rezerves kopijas", None)
    target = backup_notes(window.ctx, window, str(tmp_path / "b.db"))
    assert target is not None and target.is_file()
    window.ctx.notes.add("marupes-novads", "Pēc rezerves kopijas", None)
    assert restore_notes(window.ctx, window, str(target), confirm=False)
    assert [n.body for n in window.ctx.notes.list()] == ["Pirms rezerves kopijas"]
    assert "restored" in window.statusBar().currentMessage()
