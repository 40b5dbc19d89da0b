"""Keyboard-first (issue 21 row 9): unique Alt mnemonics in every dialog and in the window, F6 and
Ctrl+Tab between the window's panels while Tab stays inside one, a focus ring anyone can see."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QGroupBox,
    QLabel,
    QMenu,
    QMenuBar,
    QTabWidget,
    QWidget,
)

MNEMONIC = re.compile(r"&([^&\s])")


def _letter(text: str) -> str | None:
    found = MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).casefold() if found else None


def mnemonics(top: QWidget) -> dict[str, list[str]]:
    """Every Alt mnemonic a user can press in ``top`` as it is shown now: buttons, labels of a
    control, group boxes, tabs and the menu bar's menus."""
    texts: list[str] = []
    for widget in top.findChildren(QWidget):
        if not widget.isVisibleTo(top) or widget.window() is not top:
            continue
        if isinstance(widget, QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QTabWidget):
            texts.extend(widget.tabText(i) for i in range(widget.count()) if widget.isTabVisible(i))
        elif isinstance(widget, QMenuBar):
            texts.extend(action.text() for action in widget.actions() if action.isVisible())
    found: dict[str, list[str]] = {}
    for text in texts:
        letter = _letter(text)
        if letter is not None:
            found.setdefault(letter, []).append(text)
    return found


def clashes(top: QWidget) -> dict[str, list[str]]:
    return {letter: texts for letter, texts in mnemonics(top).items() if len(texts) > 1}


def menu_clashes(menu: QMenu) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for action in menu.actions():
        letter = _letter(action.text()) if not action.isSeparator() else None
        if letter is not None:
            found.setdefault(letter, []).append(action.text())
    return {letter: texts for letter, texts in found.items() if len(texts) > 1}


def _dialogs(window: Any) -> Iterator[tuple[str, Callable[[], QWidget]]]:
    """Every dialog of the app, built as the window builds it."""
    from kb_app.core.packs.library_changes import ChangeSummary
    from kb_app.ui.dialogs.about import AboutDialog
    from kb_app.ui.dialogs.changes_dialog import ChangesDialog
    from kb_app.ui.dialogs.feedback_dialog import ReportProblemDialog
    from kb_app.ui.dialogs.import_pack import ImportPackDialog
    from kb_app.ui.dialogs.municipality import MunicipalityDialog
    from kb_app.ui.dialogs.settings_dialog import SettingsDialog
    from kb_app.ui.notes.orphans import OrphansDialog
    from kb_app.ui.window.shortcuts_help import HelpDialog

    ctx = window.ctx
    yield "settings", lambda: SettingsDialog(ctx, window)
    yield "about", lambda: AboutDialog(ctx, window)
    yield "changes", lambda: ChangesDialog(ChangeSummary(), window)
    yield "report a problem", lambda: ReportProblemDialog(ctx, "con-policija", "Valsts policija", window)
    yield "help", lambda: HelpDialog(window.actions_by_name, window)
    yield "import", lambda: ImportPackDialog(ctx, window)
    yield "municipality", lambda: MunicipalityDialog(ctx, window)
    yield "orphans", lambda: OrphansDialog(ctx, window.undo_stack, window)


@pytest.mark.parametrize("language", ["lv", "en"])
def test_every_dialog_has_unique_mnemonics(qtbot: Any, make_window: Any, language: str) -> None:
    window = make_window(language=language, start_search=False)
    problems: dict[str, Any] = {}
    for name, build in _dialogs(window):
        dialog = build()
        qtbot.addWidget(dialog)
        dialog.show()
        if clashes(dialog):
            problems[name] = clashes(dialog)
        dialog.close()
    assert problems == {}, "\n" + "\n".join(f"{k}: {v}" for k, v in problems.items())


def test_every_dialog_fits_a_screen_at_200_percent(qtbot: Any, make_window: Any, monkeypatch: Any) -> None:
    # A 1280×800 screen at 200 % has 640×400 logical pixels: the municipality dialog (480 high)
    # opened with its OK button below the screen's edge.
    from PySide6.QtCore import QRect

    from kb_app.ui.look import screen_fit

    screen = QRect(0, 0, 640, 400)
    room = screen.size() - screen_fit.FRAME_ALLOWANCE
    monkeypatch.setattr(screen_fit, "available_geometry", lambda _widget: screen)
    window = make_window(start_search=False)
    too_big: dict[str, tuple[int, int]] = {}
    for name, build in _dialogs(window):
        dialog = build()
        qtbot.addWidget(dialog)
        dialog.show()
        QApplication.processEvents()
        if dialog.width() > room.width() or dialog.height() > room.height():
            too_big[name] = (dialog.width(), dialog.height())
        dialog.close()
    assert too_big == {}, f"room {room.width()}×{room.height()}: {too_big}"


@pytest.mark.parametrize("language", ["lv", "en"])
def test_every_menu_and_view_of_the_window_has_unique_mnemonics(make_window: Any, language: str) -> None:
    window = make_window(language=language, start_search=False)
    problems: dict[str, Any] = {}
    for action in window.menuBar().actions():
        menu = action.menu()
        if menu_clashes(menu):
            problems[action.text()] = menu_clashes(menu)
    window.show_reader()
    window.set_notes_wanted(True)
    for view in ("reader", "contacts", "checklist"):
        if view != "reader":
            window.open_view(view)
        QApplication.processEvents()
        if clashes(window):
            problems[view] = clashes(window)
    assert problems == {}, "\n" + "\n".join(f"{k}: {v}" for k, v in problems.items())


def test_the_mnemonic_walk_sees_a_clash() -> None:
    from PySide6.QtWidgets import QPushButton, QVBoxLayout

    dialog = QDialog()
    layout = QVBoxLayout(dialog)
    for text in ("&Kopēt", "&Kopā", "Pie&vienot"):
        layout.addWidget(QPushButton(text, dialog))
    assert clashes(dialog) == {"k": ["&Kopēt", "&Kopā"]}
    dialog.deleteLater()


NO_MODIFIER = Qt.KeyboardModifier.NoModifier


def _press(qtbot: Any, window: Any, key: Qt.Key, modifiers: Qt.KeyboardModifier = NO_MODIFIER) -> QWidget:
    qtbot.keyClick(QApplication.focusWidget() or window, key, modifiers)
    focus = QApplication.focusWidget()
    assert focus is not None
    return focus


def _panel_of(window: Any, widget: QWidget) -> str:
    for name, panel in (
        ("library", window.library_dock),
        ("page", window.centralWidget()),
        ("notes", window.notes_dock),
    ):
        if panel is widget or panel.isAncestorOf(widget):
            return name
    return "elsewhere"


@pytest.mark.parametrize(
    ("forward", "backward"),
    [
        ((Qt.Key.Key_F6, Qt.KeyboardModifier.NoModifier), (Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier)),
        (
            (Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier),
            (Qt.Key.Key_Backtab, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier),
        ),
    ],
)
def test_f6_and_ctrl_tab_move_between_panels(qtbot: Any, window: Any, forward: Any, backward: Any) -> None:
    window.open_location("art-definicija")
    window.set_notes_wanted(True)
    window.show_reader()
    assert _panel_of(window, QApplication.focusWidget()) == "page"
    visited = [_panel_of(window, _press(qtbot, window, *forward)) for _ in range(3)]
    assert visited == ["notes", "library", "page"]
    visited = [_panel_of(window, _press(qtbot, window, *backward)) for _ in range(3)]
    assert visited == ["library", "notes", "page"]


def test_tab_stays_inside_the_panel_and_a_panel_is_entered_where_it_was_left(qtbot: Any, window: Any) -> None:
    window.open_location("art-definicija")
    window.set_notes_wanted(True)
    window.show_reader()
    for _ in range(40):  # every link of the page, and round again: never into the notes or the library
        assert _panel_of(window, _press(qtbot, window, Qt.Key.Key_Tab)) == "page"
    notes_first = window.next_panel() or QApplication.focusWidget()
    assert _panel_of(window, notes_first) == "notes"
    seen = {id(_press(qtbot, window, Qt.Key.Key_Tab)) for _ in range(12)}
    assert all(_panel_of(window, w) == "notes" for w in window.notes_dock.findChildren(QWidget) if id(w) in seen)
    assert _panel_of(window, QApplication.focusWidget()) == "notes"
    for _ in range(12):
        assert (
            _panel_of(window, _press(qtbot, window, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)) == "notes"
        )
    left_at = QApplication.focusWidget()
    window.next_panel()
    window.previous_panel()
    assert QApplication.focusWidget() is left_at  # back where the worker left the panel
