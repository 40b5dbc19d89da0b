"""Workshop mode: the scenario large, questions, then the solution step by step with the keys."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt


def _open(qtbot: Any, window: Any) -> Any:
    window.open_location("sc-buvlaukums")
    qtbot.keyClick(window, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    workshop = window._workshop
    qtbot.waitExposed(workshop)
    workshop.activateWindow()
    qtbot.waitActive(workshop)  # as for the trainer: the workshop window has the keyboard
    return workshop


def test_space_and_arrows_reveal_step_by_step(qtbot: Any, window: Any) -> None:
    workshop = _open(qtbot, window)
    assert workshop.scenarios.currentData() == "sc-buvlaukums"
    text = workshop.view.toPlainText()
    assert "Jānis atgriezās" in text and "Kādas pazīmes" not in text
    assert workshop.revealed_kinds == ["situation"]
    qtbot.keyClick(workshop, Qt.Key.Key_Space)
    assert "Kādas pazīmes jūs redzat?" in workshop.view.toPlainText()
    qtbot.keyClick(workshop, Qt.Key.Key_Right)
    assert workshop.revealed_kinds == ["situation", "questions", "roles"]
    assert "Sociālais dienests" in workshop.view.toPlainText()
    qtbot.keyClick(workshop, Qt.Key.Key_Space)
    assert "Uzklausīt" in workshop.view.toPlainText() and "Nosūtīt" not in workshop.view.toPlainText()
    qtbot.keyClick(workshop, Qt.Key.Key_Space)
    assert "Nosūtīt" in workshop.view.toPlainText()
    assert not workshop.next_button.isEnabled()
    qtbot.keyClick(workshop, Qt.Key.Key_Left)
    assert "Nosūtīt" not in workshop.view.toPlainText()
    assert workshop.progress.text() == "Part 4 of 5"


def test_roles_are_a_table(qtbot: Any, window: Any) -> None:
    workshop = _open(qtbot, window)
    qtbot.keyClick(workshop, Qt.Key.Key_End)
    html = workshop.view.toHtml()
    assert "<table" in html and "Valsts policija" in workshop.view.toPlainText()


def test_full_screen_toggle_and_escape(qtbot: Any, window: Any) -> None:
    workshop = _open(qtbot, window)
    qtbot.keyClick(workshop, Qt.Key.Key_F11)
    assert workshop.full_button.isChecked()
    qtbot.keyClick(workshop, Qt.Key.Key_Escape)
    assert not workshop.full_button.isChecked()
    qtbot.keyClick(workshop, Qt.Key.Key_Escape)
    assert not workshop.isVisible()


def test_text_size_is_large_and_adjustable(qtbot: Any, window: Any) -> None:
    workshop = _open(qtbot, window)
    size = workshop.view.font().pointSizeF()
    assert size >= window.reader.browser.font().pointSizeF() + 6
    qtbot.keyClick(workshop, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert workshop.view.font().pointSizeF() == size + 1
    workshop.close()
    assert window.ctx.prefs.workshop_zoom == workshop.zoom
