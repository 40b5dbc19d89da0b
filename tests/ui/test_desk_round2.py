"""The desk, round 2 (issue 21): what the screen says is true, whole and meaningful.

Declining a question is calm, an import can be undone from the menu, print and PDF act on the
view the worker is looking at."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from tests.conftest import FIXTURE_KNOWLEDGE

CTRL_ALT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier


def _pack_of_version(tmp_path: Path, version: str, extra: str = "") -> Path:
    from kb_app.core.packs.build import build_pack

    folder = tmp_path / f"knowledge-{version}"
    shutil.copytree(FIXTURE_KNOWLEDGE, folder)
    pack_yaml = folder / "pack.yaml"
    pack_yaml.write_text(
        pack_yaml.read_text(encoding="utf-8").replace('version: "1.0"', f'version: "{version}"'), encoding="utf-8"
    )
    if extra:
        (folder / "jauns.md").write_text(extra, encoding="utf-8")
    out = tmp_path / f"test-{version}.kbpack"
    build_pack(folder, out)
    return out


@pytest.fixture
def no_boxes(monkeypatch: Any) -> list[str]:
    """Every message box the code under test opens, by kind and text, instead of opening it."""
    seen: list[str] = []
    for kind in ("warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, kind, lambda _p, _t, text, *_a, k=kind: seen.append(f"{k}: {text}") or 0)
    return seen


def test_declining_a_downgrade_says_nothing_changed_without_a_warning(
    qtbot: Any, window: Any, tmp_path: Path, monkeypatch: Any, no_boxes: list[str]
) -> None:
    from kb_app.ui.dialogs import import_pack, trust_question

    older = _pack_of_version(tmp_path, "0.9")
    asked: list[str] = []
    # Yes to the unsigned test pack, no to going back to an older version.
    monkeypatch.setattr(
        trust_question, "ask_trust", lambda _parent, refusal: asked.append(refusal.code) or refusal.code == "unsigned"
    )
    before = window.ctx.library.directory
    dialog = import_pack.ImportPackDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    dialog.import_file(older)
    qtbot.waitUntil(lambda: dialog.task is None and bool(dialog.notice or dialog.error), timeout=20_000)
    assert asked == ["unsigned", "older_version"]
    assert window.ctx.library.directory == before
    assert no_boxes == []  # no "Import failed" box for the user's own choice
    assert dialog.error == ""
    assert "Nothing was changed" in dialog.notice and "test-0.9.kbpack" in dialog.notice
    assert dialog.notice in dialog.drop.text()
    assert window.statusBar().currentMessage() == dialog.notice


def _import(qtbot: Any, window: Any, pack: Path, monkeypatch: Any) -> None:
    from kb_app.ui.dialogs import changes_dialog as changes
    from kb_app.ui.dialogs import import_pack, trust_question

    monkeypatch.setattr(trust_question, "ask_trust", lambda _parent, _refusal: True)
    monkeypatch.setattr(changes.ChangesDialog, "exec", lambda _self: 0)
    dialog = import_pack.ImportPackDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    dialog.import_file(pack)
    qtbot.waitUntil(lambda: dialog.result_dir is not None, timeout=20_000)


NEW_DOC = """---
id: art-jauns
type: article
title: Jauns raksts pēc atjauninājuma
lang: lv
summary: Tikai jaunajā versijā.
tags: [jauns]
---

# Jauns raksts

Šis raksts ir tikai versijā 1.1.
"""


def test_file_undo_last_import_goes_back_like_pack_rollback(
    qtbot: Any, window: Any, tmp_path: Path, monkeypatch: Any, no_boxes: list[str]
) -> None:
    from kb_app.core.library_files.libroot import current_library
    from kb_app.core.packs.install import read_manifest

    _import(qtbot, window, _pack_of_version(tmp_path, "1.1", NEW_DOC), monkeypatch)
    assert window.ctx.library.has("art-jauns")
    questions: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda _p, _t, text, *_a: questions.append(text) or QMessageBox.StandardButton.Yes
    )
    action = window.actions_by_name["undo_import"]
    assert action.shortcut().toString() == "Ctrl+Alt+Z" and action in window.menuBar().actions()[0].menu().actions()
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL_ALT)
    assert len(questions) == 1 and "Testa bibliotēka 1.0" in questions[0]
    assert not window.ctx.library.has("art-jauns")  # the window reads the earlier library at once
    folder = current_library(window.ctx.paths.library_root)
    assert folder is not None and read_manifest(folder).version == "1.0"
    assert "Testa bibliotēka 1.0" in window.statusBar().currentMessage()
    # Once per import, as on the command line: a second undo says so calmly, nothing changes.
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL_ALT)
    assert len(questions) == 1
    assert no_boxes and no_boxes[-1].startswith("information:") and "Nothing was changed" in no_boxes[-1]
    assert read_manifest(current_library(window.ctx.paths.library_root)).version == "1.0"  # type: ignore[arg-type]


def test_print_and_pdf_from_contacts_act_on_the_filtered_list(qtbot: Any, window: Any, monkeypatch: Any) -> None:
    from kb_app.ui.paper import printing

    window.open_location("@home")
    qtbot.keyClick(window, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    view = window.view("contacts")
    qtbot.keyClicks(view.filter, "112")
    assert [row.title for row in view.shown_rows()] == ["Valsts policija"]
    printed: list[tuple[str, str]] = []
    monkeypatch.setattr(printing, "print_document", lambda _p, html, title: printed.append((title, html)) or True)
    monkeypatch.setattr(
        printing, "export_pdf", lambda _p, _c, html, title, _path=None, **_k: printed.append((title, html))
    )
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    window.print_current()
    assert len(printed) == 2
    for title, html in printed:
        assert title == "Contacts"
        assert "Valsts policija" in html and "112" in html
        assert "Patvērums" not in html  # filtered out, so not printed
        assert window.reader.html not in html  # not the home page hidden behind the view
        assert "source" in html or "checked" in html  # the source date of each contact


def test_the_printed_contact_list_names_every_phone_category_and_source(window: Any) -> None:
    from html import unescape

    view = window.view("contacts")
    window.open_view("contacts")
    _title, html = window.current_printable()
    text = unescape(html)
    for row in view.shown_rows():
        assert row.title in text
        assert view.model.text(row, "category") in text
        for number, _label in row.phones:
            assert number in text
        assert view.model.text(row, "checked") in text
    assert text.count("<tr>") == len(view.shown_rows()) + 1  # one header row, one row per contact


@pytest.fixture
def documents(monkeypatch: Any, tmp_path: Path) -> Path:
    """A home folder of the test's own with a Documents folder in it."""
    home = tmp_path / "home"
    (home / "Documents").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("XDG_DOCUMENTS_DIR", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    return home / "Documents"


class FileDialogs:
    """Stands in for QFileDialog: records where each dialog starts and answers with ``answer``."""

    def __init__(self, monkeypatch: Any) -> None:
        from PySide6.QtWidgets import QFileDialog

        self.starts: list[Path] = []
        self.answer = ""
        monkeypatch.setattr(QFileDialog, "getSaveFileName", self._dialog)
        monkeypatch.setattr(QFileDialog, "getOpenFileName", self._dialog)

    def _dialog(self, _parent: Any, _title: str, start: str, _filter: str = "") -> tuple[str, str]:
        path = Path(start)
        self.starts.append(path if path.is_dir() else path.parent)
        return self.answer, ""


def test_file_dialogs_start_in_documents_and_remember_the_folder_per_kind(
    qtbot: Any, window: Any, monkeypatch: Any, documents: Path, tmp_path: Path
) -> None:
    from kb_app.ui.notes.notes_io import export_notes_dialog

    dialogs = FileDialogs(monkeypatch)
    export_notes_dialog(window.ctx, window)  # cancelled
    window.view("contacts").export_vcard()
    assert dialogs.starts == [documents, documents]  # not the home folder, not the working folder
    cases = tmp_path / "cases"
    cases.mkdir()
    dialogs.answer = str(cases / "lapa.pdf")
    assert window.export_pdf() is not None
    qtbot.waitUntil(lambda: not window.ctx.tasks.busy, timeout=20_000)
    assert (cases / "lapa.pdf").is_file()
    dialogs.answer = ""
    window.export_pdf()
    window.view("contacts").export_vcard()
    export_notes_dialog(window.ctx, window)
    # PDFs go on where the worker put the last one; other kinds of file keep their own folder.
    assert dialogs.starts[2:] == [documents, cases, documents, documents]


def test_a_saved_file_is_named_in_full_with_a_button_that_opens_its_folder(
    qtbot: Any, window: Any, monkeypatch: Any, tmp_path: Path
) -> None:
    from PySide6.QtGui import QDesktopServices

    from kb_app.ui.notes.notes_io import export_notes_dialog

    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    folder = tmp_path / "eksports"
    folder.mkdir()
    export_notes_dialog(window.ctx, window, str(folder / "piezimes.json"))
    notice = window.saved_notice
    assert notice.isVisible()
    assert str(folder / "piezimes.json") in notice.label.text()  # the full path, not only the name
    qtbot.mouseClick(notice.button, Qt.MouseButton.LeftButton)
    assert opened == [str(folder)]
    assert window.export_pdf_to(str(folder / "lapa.pdf")) is not None
    qtbot.waitUntil(lambda: not window.ctx.tasks.busy, timeout=20_000)
    assert str(folder / "lapa.pdf") in notice.label.text()
    qtbot.keyClick(window, Qt.Key.Key_F, CTRL_ALT)  # the same from the keyboard
    assert opened == [str(folder), str(folder)]


def test_exported_reports_name_the_whole_path(window: Any, tmp_path: Path, no_boxes: list[str]) -> None:
    from kb_app.ui.dialogs.feedback_dialog import report_problem

    window.open_location("con-policija")
    dialog = report_problem(window.ctx, window, "con-policija")
    assert dialog is not None
    dialog.text.setPlainText("Tālrunis neatbild")
    dialog.accept()
    again = report_problem(window.ctx, window, "con-policija")
    assert again is not None
    again.export(str(tmp_path / "atsauksmes.json"))
    again.close()
    assert no_boxes == []
    assert str(tmp_path / "atsauksmes.json") in window.saved_notice.label.text()


def test_choosing_the_office_folder_syncs_at_once_and_says_when_it_runs(
    qtbot: Any, window: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    import json
    import uuid

    from kb_app.core.userdata.notes_sync import installation_id, own_file_name
    from kb_app.ui.dialogs import settings_dialog

    office = tmp_path / "office"
    office.mkdir()
    note = {
        "id": str(uuid.uuid4()),
        "municipality": "marupes-novads",
        "doc_id": "con-policija",
        "body": "Kolēģes piezīme",
        "created_at": "2026-11-20T09:12:00Z",
        "updated_at": "2026-11-21T15:40:00Z",
        "deleted": False,
    }
    (office / own_file_name(str(uuid.uuid4()))).write_text(
        json.dumps({"format": "kb-app-notes", "version": 1, "exported_at": "2026-11-21T15:41:00Z", "notes": [note]}),
        encoding="utf-8",
    )
    monkeypatch.setattr(settings_dialog.QFileDialog, "getExistingDirectory", lambda *_args: str(office))
    dialog = settings_dialog.SettingsDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.folder_when.isVisible() and "start" in dialog.folder_when.text()  # on screen, not only read out
    dialog._choose_notes_folder()
    dialog.accept()
    own = office / own_file_name(installation_id(window.ctx.paths.profile))
    qtbot.waitUntil(lambda: own.is_file() and "1 new" in window.saved_notice.label.text(), timeout=10_000)
    assert [n.body for n in window.ctx.notes.notes_for()] == ["Kolēģes piezīme"]
    text = window.saved_notice.label.text()
    assert "when the app starts and when it closes" in text
    assert window.saved_notice.path == office  # "Open folder" opens the office folder


SMALL_LAPTOP = (1024, 600)
AT_200 = (640, 400)  # a 1280×800 screen at 200 %


def _fit(qtbot: Any, window: Any, screen: tuple[int, int]) -> None:
    from PySide6.QtCore import QRect, QSize

    from kb_app.ui.look.screen_fit import fit_window

    fit_window(window, QSize(1200, 760), QRect(0, 0, *screen))
    qtbot.waitUntil(lambda: window.width() <= screen[0] and window.height() <= screen[1])
    qtbot.wait(30)


def _fully_shown(widget: Any, area: Any) -> bool:
    """``widget`` is drawn whole inside the scroll area's visible part (nothing under the fold)."""
    from PySide6.QtCore import QRect

    top_left = widget.mapTo(area.viewport(), widget.rect().topLeft())
    return widget.isVisible() and area.viewport().rect().contains(QRect(top_left, widget.size()))


@pytest.mark.parametrize("screen", [SMALL_LAPTOP, AT_200], ids=["1024x600", "200%"])
def test_a_contact_with_seven_numbers_leaves_the_table_rows_and_buttons_in_view(
    qtbot: Any, window: Any, screen: tuple[int, int]
) -> None:
    from kb_app.ui.contacts.contacts_view import ContactRow
    from tests.ui.test_layout_state import SEVEN_NUMBERS

    _fit(qtbot, window, screen)
    window.open_view("contacts")
    view = window.view("contacts")
    if screen == AT_200:  # this narrow, the library gives the view its width (Ctrl+K brings it back)
        qtbot.waitUntil(lambda: not window.library_dock.isVisible())
    rows = [ContactRow(f"con-{n}", f"Kontakts {n}", "ngo", None, SEVEN_NUMBERS) for n in range(12)]
    view.model.set_rows(rows)
    view.filter.setText("Kontakts")
    view.table.selectRow(0)
    qtbot.wait(30)
    assert "+371 20000006" in view.details.text()  # the seventh number is in the details
    row_height = view.table.verticalHeader().defaultSectionSize()
    container = window.stack.currentWidget()
    assert view.table.viewport().height() >= 3 * row_height  # not squeezed to one or two rows
    assert container.verticalScrollBar().maximum() == 0  # the view fits: nothing under the fold
    for button in (view.copy_button, view.open_button, view.vcard_button, view.vcard_all_button):
        assert _fully_shown(button, container), button.text()


def test_the_details_never_show_a_contact_that_is_not_selected(qtbot: Any, window: Any) -> None:
    window.open_view("contacts")
    view = window.view("contacts")
    view.table.selectRow(1)
    assert "Valsts policija" in view.details.text()
    rect = view.table.visualRect(view.proxy.index(1, 0))
    qtbot.mouseClick(
        view.table.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier, rect.center()
    )  # Ctrl+click takes the selection away
    assert not view.table.selectionModel().selectedRows()
    assert "Valsts policija" not in view.details.text() and view.current_row() is None
    assert not view.open_button.isEnabled()


@pytest.mark.parametrize("screen", [SMALL_LAPTOP, AT_200], ids=["1024x600", "200%"])
def test_the_notes_panels_bottom_row_is_in_view(qtbot: Any, make_window: Any, screen: tuple[int, int]) -> None:
    window = make_window(language="lv")  # the default language, and the longer words
    _fit(qtbot, window, screen)
    window.open_location("con-policija")
    window.ctx.notes.add(
        "marupes-novads",
        "Mārupes sociālais dienests: pirms zvana policijai sazinieties ar "
        "dežurējošo sociālo darbinieku (darba laiks 8:00–17:00).",
        "con-policija",
    )
    window.notes.reload()
    window.focus_notes()  # the note is selected: its created and saved times fill the bottom row
    qtbot.wait(30)
    assert window.notes.status.text()
    area = window.notes_dock.widget()
    assert _fully_shown(window.notes.preview_button, area)
    assert _fully_shown(window.notes.status, area)
    status, editor = window.notes.status, window.notes.editor
    status_top = status.mapTo(area.viewport(), status.rect().topLeft()).y()
    editor_bottom = editor.mapTo(area.viewport(), editor.rect().bottomLeft()).y()
    assert editor_bottom < status_top  # the save status under the editor, not over it
    assert status.height() >= status.heightForWidth(status.width())  # every line of it shown
    assert area.verticalScrollBar().maximum() == 0  # nothing of the panel waits under the fold


UNSAFE = "\x00\x07\x1b\x7f\x85\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"


@given(st.text(alphabet=st.sampled_from(list(UNSAFE) + list("aāž<>&/ .k1\n\t"))))
def test_text_shown_from_a_file_keeps_every_safe_character_and_no_unsafe_one(text: str) -> None:
    from kb_app.core.platform.textsafe import strip_unsafe

    cleaned = strip_unsafe(text)
    assert not any(ch in UNSAFE for ch in cleaned)
    assert cleaned == "".join(ch for ch in text if ch not in UNSAFE)


def test_a_declined_pack_with_a_crafted_file_name_is_named_plainly(
    qtbot: Any, window: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    from kb_app.ui.dialogs import import_pack, trust_question

    crafted = tmp_path / "<b>jauns<b>\u202efdp.kbpack"
    shutil.copy(_pack_of_version(tmp_path, "0.8"), crafted)
    monkeypatch.setattr(trust_question, "ask_trust", lambda _parent, refusal: refusal.code == "unsigned")
    dialog = import_pack.ImportPackDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    dialog.import_file(crafted)
    qtbot.waitUntil(lambda: dialog.task is None and bool(dialog.notice), timeout=20_000)
    assert "\u202e" not in dialog.notice and "<b>jauns<b>fdp.kbpack" in dialog.notice
    assert dialog.drop.textFormat() == Qt.TextFormat.PlainText  # shown as typed, not as bold markup
