"""Accessibility: named controls, a sane focus order, every view reachable by keyboard."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QWidget,
)

NAMED = (QLineEdit, QComboBox, QAbstractItemView, QPlainTextEdit, QTextBrowser)


def _buddy_of(widget: QWidget) -> str:
    parent = widget.parentWidget()
    labels = parent.findChildren(QLabel) if parent is not None else []
    return next((label.text() for label in labels if label.buddy() is widget), "")


def _unnamed(root: QWidget) -> list[str]:
    missing = []
    for kind in NAMED:
        for widget in root.findChildren(kind):
            if isinstance(widget, QHeaderView) or "QComboBox" in type(widget.parent()).__name__:
                continue  # parts of a table or of a combo box, named through their owner
            if widget.isVisibleTo(root) and not (widget.accessibleName() or _buddy_of(widget)):
                missing.append(f"{type(widget).__name__} in {type(widget.parent()).__name__}")
    for button in root.findChildren(QPushButton):
        if button.isVisibleTo(root) and not (button.accessibleName() or button.text().replace("&", "")):
            missing.append("QPushButton without text")
    return missing


def test_controls_have_accessible_names(window: Any) -> None:
    window.open_location("con-policija")
    assert _unnamed(window) == []
    for name in ("contacts", "checklist"):
        window.open_view(name)
        assert _unnamed(window.view(name)) == [], name
    window.open_workshop()
    assert _unnamed(window._workshop) == []


def test_tab_moves_from_search_to_filter_to_results(qtbot: Any, window: Any) -> None:
    window.search.focus_field()
    qtbot.keyClick(window.search.field, Qt.Key.Key_Tab)
    assert window.search.type_filter.hasFocus()


def test_every_view_is_reachable_by_keyboard(qtbot: Any, window: Any) -> None:
    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window, Qt.Key.Key_C, ctrl_shift)
    assert window.current_view() is window.view("contacts")
    assert not window.notes_dock.isVisible()  # the table gets the width
    qtbot.keyClick(window, Qt.Key.Key_I, ctrl_shift)
    assert window.current_view() is window.view("checklist")
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.current_view() is window.reader
    assert window.notes_dock.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.notes.new_button.hasFocus()  # no notes yet: the button that writes one, not an empty list
    qtbot.keyClick(window, Qt.Key.Key_L, ctrl_shift)
    assert not window.library_dock.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_L, ctrl_shift)
    assert window.library_dock.isVisible()


def test_narrow_window_puts_notes_in_a_tab(qtbot: Any, window: Any) -> None:
    window.resize(700, 500)  # e.g. 1400 px at 200 % scaling
    qtbot.waitUntil(lambda: bool(window.tabifiedDockWidgets(window.library_dock)))
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.notes.new_button.isVisible() and window.notes.new_button.hasFocus()
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.library_panel.tree.isVisible()
    window.resize(1200, 760)
    qtbot.waitUntil(lambda: not window.tabifiedDockWidgets(window.library_dock))
    assert window.notes_dock.isVisible() and window.library_dock.isVisible()


def _unnamed_in_tree(root: QWidget) -> list[str]:
    """Walk the accessibility tree as a screen reader does; every interactive element shown must
    have a name (its text, or the accessible name the code gives it)."""
    from PySide6.QtGui import QAccessible

    role = QAccessible.Role
    interactive = {
        role.PushButton,
        role.CheckBox,
        role.RadioButton,
        role.ComboBox,
        role.EditableText,
        role.SpinBox,
        role.List,
        role.Table,
        role.Tree,
        role.ButtonMenu,
        role.ButtonDropDown,
        role.Slider,
        role.PageTab,
        role.Link,
    }
    containers = {role.List, role.Table, role.Tree}  # their rows are named by their content
    missing: list[str] = []

    def walk(iface: Any, path: str, depth: int) -> None:
        if iface is None or not iface.isValid() or depth > 40:
            return
        state = iface.state()
        if state.invisible or state.offscreen:
            return
        kind = iface.role()
        name = iface.text(QAccessible.Text.Name).strip()
        here = f"{path}/{kind.name}"
        if kind in interactive and not name:
            obj = iface.object()
            missing.append(f"{here} ({type(obj).__name__} {obj.objectName() if obj else ''})")
        if kind in containers:
            return
        for i in range(iface.childCount()):
            walk(iface.child(i), here, depth + 1)

    walk(QAccessible.queryAccessibleInterface(root), "", 0)
    return missing


def test_accessibility_tree_of_each_screen_names_every_control(qtbot: Any, window: Any, user: Any) -> None:
    window.open_location("art-definicija")
    window.reader.find_bar.open_bar()
    screens = {"reader": window}
    user.search(window, "policija")
    assert _unnamed_in_tree(window) == [], "search"
    window.search.clear()
    for name in ("contacts", "checklist"):
        window.open_view(name)
        qtbot.wait(10)
        screens[name] = window
        assert _unnamed_in_tree(window) == [], name
    window.show_reader()
    assert _unnamed_in_tree(window) == [], "reader"
    window.open_workshop()
    qtbot.waitExposed(window._workshop)
    assert _unnamed_in_tree(window._workshop) == [], "workshop"
    from kb_app.ui.dialogs.settings_dialog import SettingsDialog

    dialog = SettingsDialog(window.ctx, window)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert _unnamed_in_tree(dialog) == [], "settings"
    dialog.reject()
