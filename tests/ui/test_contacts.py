"""The contacts table: sorting, filtering, one-click copy, vCard, the mark on old details."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from kb_app.core.contact_facts import ContactFact
from kb_app.ui.contacts_view import COLUMNS, weakest_fact


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


def test_each_detail_says_its_source_date_and_old_ones_are_marked(qtbot: Any, window: Any) -> None:
    view = _open(qtbot, window)
    shown = {row.title: view.model.item(i, COLUMNS.index("checked")).text()
             for i, row in enumerate(view.model.rows)}
    stale = next(v for k, v in shown.items() if k.startswith("Patvērums"))
    assert stale == "⚠ source 2024-01-10"
    qtbot.keyClicks(view.filter, "patv")
    details = view.details.text()
    assert "source dated 2024-01-10, not checked since" in details
    assert "over 12 months" in details
    # Trainers' remarks never reach the window.
    assert "darba laiks" not in details


def test_a_real_check_is_shown_with_who_and_when(qtbot: Any, window: Any) -> None:
    view = _open(qtbot, window)
    qtbot.keyClicks(view.filter, "policija")
    details = view.details.text()
    assert "checked 2026-11-20 (mācību koordinators)" in details
    assert "source dated 2026-11, not checked since" in details


def _fact(source_date: str, checked_on: str | None = None) -> ContactFact:
    return ContactFact("phone", "112", "", "https://example.lv", source_date, checked_on,
                       "koordinators" if checked_on else None)


def test_staleness_rule_takes_the_newer_of_source_and_check() -> None:
    today = date(2026, 11, 27)
    assert not _fact("2026-01-10").is_stale(today)
    assert _fact("2025-11-26").is_stale(today)
    assert _fact("2025-11").is_stale(today)  # a month counts from its first day
    assert not _fact("2020-11", checked_on="2026-03-01").is_stale(today)
    assert _fact("undated").is_stale(today)
    assert not _fact("undated", checked_on="2026-11-01").is_stale(today)
    assert weakest_fact([_fact("2026-01"), _fact("undated"), _fact("2022-12")]) == _fact("undated")
