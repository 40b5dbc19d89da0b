"""Every journey by keyboard alone, as a user without a mouse does it; the focus ring shows where
the keyboard is at each step."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QRect, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from kb_app.ui.a11y import focus_ring

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _focus() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def _ring_is_around(widget: QWidget) -> bool:
    ring = focus_ring.install(QApplication.instance()).ring_of(widget)
    if ring is None or not ring.isVisible():
        return False
    target = QRect(widget.mapTo(widget.window(), widget.rect().topLeft()), widget.size())
    return ring.geometry().contains(target.intersected(widget.window().rect()))


def _tab_until(qtbot: Any, found: Callable[[QWidget], bool], limit: int = 25) -> QWidget:
    for _ in range(limit):
        if found(_focus()):
            return _focus()
        qtbot.keyClick(_focus(), Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached it; focus on {type(_focus()).__name__}")


def _in_popup_later(qtbot: Any, *keys: Qt.Key) -> None:
    """Keys for a menu or dialog that runs its own event loop (press them once it is open)."""

    def press() -> None:
        target = QApplication.activePopupWidget() or QApplication.activeModalWidget()
        if target is None:
            QTimer.singleShot(20, press)
            return
        for key in keys:
            qtbot.keyClick(QApplication.activePopupWidget() or target, key)

    QTimer.singleShot(50, press)


def test_search_open_result_find_in_page(qtbot: Any, window: Any, user: Any) -> None:
    qtbot.keyClick(window, Qt.Key.Key_K, CTRL)
    assert window.search.field.hasFocus() and _ring_is_around(window.search.field)
    user.type(window.search.field, "policija")
    qtbot.waitUntil(lambda: window.search.shown_query == "policija", timeout=5000)
    qtbot.keyClick(window.search.field, Qt.Key.Key_Down)
    assert window.search.results.hasFocus() and _ring_is_around(window.search.results)
    qtbot.keyClick(window.search.results, Qt.Key.Key_Up)  # back to the field from the first hit…
    qtbot.keyClick(window.search.field, Qt.Key.Key_Return)  # …where Enter opens the first hit
    assert window.reader.location == window.search.model.rows[0].location
    assert window.reader.browser.hasFocus()
    qtbot.keyClick(window.reader.browser, Qt.Key.Key_F, CTRL)
    bar = window.reader.find_bar
    user.type(bar.field, "policij")
    assert bar.spans and bar.current == 0
    qtbot.keyClick(bar.field, Qt.Key.Key_F3)
    assert bar.current == (1 if len(bar.spans) > 1 else 0)
    assert _ring_is_around(bar.field)


def test_contacts_select_copy_number(qtbot: Any, window: Any, user: Any) -> None:
    qtbot.keyClick(window, Qt.Key.Key_C, CTRL_SHIFT)
    view = window.view("contacts")
    assert view.filter.hasFocus()
    user.type(view.filter, "policija")
    assert view.current_row() is not None and view.current_row().id == "con-policija"
    _tab_until(qtbot, lambda w: w is view.copy_button)
    assert _ring_is_around(view.copy_button)
    QGuiApplication.clipboard().clear()
    _in_popup_later(qtbot, Qt.Key.Key_Down, Qt.Key.Key_Return)
    qtbot.keyClick(view.copy_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: QGuiApplication.clipboard().text() == "112", timeout=3000)


def test_checklist_mark_and_read_the_summary(qtbot: Any, window: Any) -> None:
    qtbot.keyClick(window, Qt.Key.Key_I, CTRL_SHIFT)
    view = window.view("checklist")
    _tab_until(qtbot, lambda w: w is view.indicators)
    qtbot.waitUntil(lambda: _ring_is_around(view.indicators))
    qtbot.keyClick(view.indicators, Qt.Key.Key_Down)
    qtbot.keyClick(view.indicators, Qt.Key.Key_Space)
    assert "1 indicator observed" in view.view.toPlainText()


def test_add_a_note(qtbot: Any, window: Any, user: Any) -> None:
    window.open_location("con-policija")
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)
    assert window.notes.editor.hasFocus() and _ring_is_around(window.notes.editor)
    user.type(window.notes.editor, "Dezurdala 112")
    qtbot.waitUntil(
        lambda: (
            [n.body for n in window.ctx.notes.notes_for(municipality=user.municipality, doc_id="con-policija")]
            == ["Dezurdala 112"]
        ),
        timeout=3000,
    )
    qtbot.keyClick(window, Qt.Key.Key_2, CTRL)  # Ctrl+2 now lands on the list, on the note
    assert window.notes.list.hasFocus() and window.notes.list.currentRow() == 0
    assert _ring_is_around(window.notes.list)


def test_ctrl_2_without_notes_lands_on_a_visible_control(qtbot: Any, window: Any) -> None:
    window.open_location("con-policija")
    qtbot.keyClick(window, Qt.Key.Key_2, CTRL)
    assert window.notes.new_button.hasFocus() and _ring_is_around(window.notes.new_button)


def test_switch_theme(qtbot: Any, window: Any) -> None:
    from kb_app.ui.look.theme import is_dark

    assert window.ctx.prefs.theme == "system"

    errors: list[BaseException] = []

    def choose_dark() -> None:
        dialog = QApplication.activeModalWidget()
        # The dialog must also have the keyboard: on a busy machine it is shown a moment before.
        if dialog is None or not dialog.isAncestorOf(QApplication.focusWidget()):
            QTimer.singleShot(20, choose_dark)
            return
        try:
            combo = _tab_until(qtbot, lambda w: w is getattr(dialog, "theme", None))
            for _ in range(combo.findData("dark")):
                qtbot.keyClick(combo, Qt.Key.Key_Down)
            qtbot.keyClick(combo, Qt.Key.Key_Return)
        except BaseException as exc:  # a failure here must fail the test, not leave the dialog open
            errors.append(exc)
            dialog.reject()

    QTimer.singleShot(50, choose_dark)
    qtbot.keyClick(window, Qt.Key.Key_Comma, CTRL)
    assert not errors, errors
    assert window.ctx.prefs.theme == "dark"
    assert is_dark(QApplication.palette())
    qtbot.waitUntil(lambda: "color: #e8eaed" in window.reader.document().defaultStyleSheet())
