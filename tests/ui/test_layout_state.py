"""Layout and state: windows fit the screen at any scale, contact details never widen the window,
the notes panel stays as the user left it, dialogs start in Documents, messages time out."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtWidgets import QFileDialog, QWidget

from kb_app.ui.contacts.contacts_view import ContactRow
from kb_app.ui.look.folders import documents_dir
from kb_app.ui.look.screen_fit import FRAME_ALLOWANCE, fit_window, fitted_rect
from kb_app.ui.window import mainwindow as mainwindow_module

SCREEN_200 = QRect(0, 0, 640, 400)  # a 1280×800 screen at 200 %
SMALL_LAPTOP = QRect(0, 0, 1024, 600)

_SOURCE = {"source": "https://www.drosamaja.lv", "source_date": "2026-10"}
SEVEN_NUMBERS = {
    "category": "shelter",
    "region": "Visa Latvija",
    "facts": [
        {"kind": "address", "value": "Rīga, adrese pēc pieprasījuma", **_SOURCE},
        {"kind": "hours", "value": "visu diennakti", **_SOURCE},
        *(
            {"kind": "phone", "value": f"+371 2000000{n}", "label": label, **_SOURCE}
            for n, label in enumerate(
                (
                    "uzticības tālrunis",
                    "krīzes tālrunis",
                    "sociālais darbinieks",
                    "jurists",
                    "psihologs",
                    "koordinatore",
                    "vadītāja",
                )
            )
        ),
        {"kind": "email", "value": "info@drosa-maja.example", **_SOURCE},
        {"kind": "email", "value": "palidziba@drosa-maja.example", **_SOURCE},
    ],
}


def _inside(child: QWidget, root: QWidget) -> bool:
    top_left = child.mapTo(root, QPoint(0, 0))
    return root.rect().contains(QRect(top_left, child.size()))


def test_fitted_rect_shrinks_and_moves_into_the_screen() -> None:
    rect = fitted_rect(QRect(900, 700, 2400, 1520), SCREEN_200)
    assert rect.width() <= 640 - FRAME_ALLOWANCE.width() and rect.height() <= 400 - FRAME_ALLOWANCE.height()
    assert SCREEN_200.contains(rect)
    assert fitted_rect(QRect(10, 10, 300, 200), SCREEN_200) == QRect(10, 10, 300, 200)


def test_main_window_fits_a_screen_at_200_percent(qtbot: Any, window: Any) -> None:
    fit_window(window, QSize(1200, 760), SCREEN_200)
    qtbot.wait(10)
    assert SCREEN_200.contains(QRect(window.pos(), window.size()))
    hint = window.minimumSizeHint()
    assert hint.width() <= 640 and hint.height() <= 400 - FRAME_ALLOWANCE.height()


def test_workshop_fits_a_small_laptop_with_its_close_button(qtbot: Any, window: Any) -> None:
    window.open_workshop()
    workshop = window._workshop
    fit_window(workshop, QSize(1100, 760), SMALL_LAPTOP)
    qtbot.waitUntil(lambda: workshop.width() <= 1024)
    assert workshop.minimumSizeHint().width() <= 1024 and workshop.minimumSizeHint().height() <= 568
    assert SMALL_LAPTOP.contains(QRect(workshop.pos(), workshop.size()))
    assert workshop.close_button.isVisible() and _inside(workshop.close_button, workshop)
    workshop.resize(700, 450)  # resizable, not fixed
    qtbot.waitUntil(lambda: workshop.width() == 700)
    workshop.close()


def test_a_contact_with_seven_numbers_keeps_the_view_in_the_window(qtbot: Any, window: Any) -> None:
    window.resize(1200, 760)
    window.open_view("contacts")
    view = window.view("contacts")
    rows = [*view.model.rows, ContactRow("con-drosa-maja", "Drošā māja", "shelter", None, SEVEN_NUMBERS)]
    view.model.set_rows(rows)
    view.filter.setText("Drošā")
    qtbot.waitUntil(lambda: view.current_row() is not None and view.current_row().id == "con-drosa-maja")
    qtbot.wait(20)
    assert len(view.copy_values()) == 9  # seven numbers and two addresses, in one menu
    container = window.stack.currentWidget()
    assert view.minimumSizeHint().width() <= container.viewport().width()
    assert container.horizontalScrollBar().maximum() == 0
    for widget in (view.copy_button, view.open_button, view.vcard_button, view.vcard_all_button, view.table):
        assert widget.isVisible() and _inside(widget, container.viewport())
    name_column = view.table.horizontalHeader().sectionViewportPosition(0)
    assert name_column == 0 and view.table.columnWidth(0) >= 120
    assert "uzticības tālrunis" in view.details.text()


def test_notes_panel_survives_a_language_switch_from_the_checklist(qtbot: Any, make_window: Any) -> None:
    window = make_window(start_search=False)
    window.resize(1200, 760)
    window.open_view("checklist")
    assert not window.notes_dock.isVisible()  # the checklist gets the width
    window.ctx.update_prefs(language="lv")
    qtbot.waitUntil(lambda: window.ctx.main_window is not window)
    new = window.ctx.main_window
    new.open_view("checklist")
    new.show_reader()
    assert new.notes_dock.isVisible()


def test_notes_panel_comes_back_beside_the_document_after_a_narrow_run(qtbot: Any, make_window: Any) -> None:
    first = make_window(start_search=False)
    first.resize(640, 400)  # e.g. 200 % scaling
    qtbot.waitUntil(lambda: bool(first.tabifiedDockWidgets(first.library_dock)))
    first.close()
    first.ctx.close()
    second = make_window(start_search=False)
    second.resize(1200, 760)
    qtbot.waitUntil(lambda: not second.tabifiedDockWidgets(second.library_dock))
    assert second.notes_dock.isVisible() and second.library_dock.isVisible()
    assert second.notes_wanted


def test_hiding_the_notes_panel_is_remembered(make_window: Any) -> None:
    first = make_window(start_search=False)
    first.notes_dock.close()  # its own close button
    first.close()
    first.ctx.close()
    second = make_window(start_search=False)
    assert not second.notes_dock.isVisible()
    second.focus_notes()  # Ctrl+2 brings it back, and that is remembered too
    assert second.notes_dock.isVisible() and second.notes_wanted


def test_export_dialogs_start_in_documents(window: Any, monkeypatch: Any, tmp_path: Path) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.delenv("XDG_DOCUMENTS_DIR", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / ".config"))
    (tmp_path / "Documents").mkdir()
    assert documents_dir() == tmp_path / "Documents"
    seen: list[str] = []

    def fake_dialog(_parent: Any, _title: str, start: str, _filter: str = "") -> tuple[str, str]:
        seen.append(start)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake_dialog)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", fake_dialog)
    window.open_view("contacts")
    window.view("contacts").export_vcard()
    window.export_pdf()
    from kb_app.ui.dialogs.import_pack import ImportPackDialog

    ImportPackDialog(window.ctx, window)._choose()
    assert len(seen) == 3
    assert all(tmp_path / "Documents" in (Path(s), Path(s).parent) for s in seen), seen


def test_status_messages_time_out(qtbot: Any, window: Any, monkeypatch: Any) -> None:
    monkeypatch.setattr(mainwindow_module, "STATUS_MS", 50)
    window.show_message("Copied: 112")
    assert window.statusBar().currentMessage() == "Copied: 112"
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == "", timeout=2000)
