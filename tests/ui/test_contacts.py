"""The contacts table: sorting, filtering, one-click copy, vCard, the mark on old details."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from kb_app.ui.contacts_view import COLUMNS, is_stale


def _open(qtbot: Any, window: Any) -> Any:
    qtbot.keyClick(window, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    view = window.view("contacts")
    assert window.current_view() is view
    return view


def _names(view: Any) -> list[str]:
    return [row.title for row in view.shown_rows()]


def test_all_contacts_sorted_by_name(qtbot: Any, window: Any) -> None:
    view = _open(qtbot, window)
    names = _names(view)
    assert len(names) == 2 and names[0].startswith("Patvērums") and names[1] == "Valsts policija"
    view.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert _names(view)[0] == "Valsts policija"


def test_filter_by_text_and_by_service(qtbot: Any, window: Any) -> None:
    view = _open(qtbot, window)
    qtbot.keyClicks(view.filter, "112")
    assert _names(view) == ["Valsts policija"]
    view.filter.clear()
    view.category.setCurrentIndex(view.category.findData("ngo"))
    assert len(_names(view)) == 1 and _names(view)[0].startswith("Patvērums")
    view.category.setCurrentIndex(0)
    view.scope.setCurrentIndex(view.scope.findData("mine"))  # no contact is local to Mārupe
    assert _names(view) == []
    assert "No contact matches" in view.details.text()
    view.scope.setCurrentIndex(view.scope.findData("national"))
    assert len(_names(view)) == 2


def test_one_click_copies_a_phone_or_email(qtbot: Any, window: Any) -> None:
    view = _open(qtbot, window)
    qtbot.keyClicks(view.filter, "policija")
    phone = view.proxy.index(0, COLUMNS.index("phone"))
    rect = view.table.visualRect(phone)
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert QGuiApplication.clipboard().text() == "112"
    email = view.proxy.index(0, COLUMNS.index("email"))
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=view.table.visualRect(email).center())
    assert QGuiApplication.clipboard().text() == "kanceleja@vp.gov.lv"
    assert "kanceleja@vp.gov.lv" in window.statusBar().currentMessage()
    assert view.copy_values() == ["112", "kanceleja@vp.gov.lv"]


def test_old_verification_is_marked(qtbot: Any, window: Any) -> None:
    view = _open(qtbot, window)
    verified = {row.title: view.model.item(i, COLUMNS.index("verified")).text()
                for i, row in enumerate(view.model.rows)}
    assert verified["Valsts policija"] == "2026-11-20" or not is_stale("2026-11-20")
    stale = next(v for k, v in verified.items() if k.startswith("Patvērums"))
    assert stale == "⚠ 2024-01-10"
    qtbot.keyClicks(view.filter, "patv")
    assert "more than 12 months ago" in view.details.text()


def test_staleness_rule() -> None:
    today = date(2026, 11, 27)
    assert not is_stale("2026-01-10", today)
    assert is_stale("2025-11-26", today)
    assert is_stale("not a date", today)


def test_vcard_export(qtbot: Any, window: Any, tmp_path: Path) -> None:
    view = _open(qtbot, window)
    qtbot.keyClicks(view.filter, "policija")
    path = view.export_vcard(path=str(tmp_path / "policija.vcf"))
    text = path.read_bytes().decode("utf-8")
    assert text.startswith("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Valsts policija\r\n")
    assert "TEL;TYPE=WORK,VOICE:112\r\n" in text and "EMAIL;TYPE=INTERNET:kanceleja@vp.gov.lv" in text
    view.filter.clear()
    both = view.export_vcard(all_shown=True, path=str(tmp_path / "all.vcf"))
    assert both.read_bytes().decode("utf-8").count("BEGIN:VCARD") == 2


def test_double_click_opens_the_contact_page(qtbot: Any, window: Any) -> None:
    view = _open(qtbot, window)
    qtbot.keyClicks(view.filter, "policija")
    name = view.proxy.index(0, 0)
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=view.table.visualRect(name).center())
    qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=view.table.visualRect(name).center())
    assert window.current_view() is window.reader
    assert window.reader.location == "con-policija"
