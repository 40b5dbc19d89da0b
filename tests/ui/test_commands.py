"""The command registry: one entry gives a window command its menu item, shortcut, toolbar button
and handler."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu

from kb_app.ui.window import actions as action_table
from kb_app.ui.window.actions import Command


def _menu(window: Any, title: str) -> QMenu:
    for action in window.menuBar().actions():
        if action.text() == title:
            menu = action.menu()
            assert isinstance(menu, QMenu)
            return menu
    raise AssertionError(f"no menu {title!r}")


def test_a_command_registered_once_is_in_its_menu_toolbar_and_help_and_runs(
    qtbot: Any, make_window: Callable[..., Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(action_table, "COMMANDS", list(action_table.COMMANDS))
    action_table.register(
        Command(
            "bigger_text",
            "tools",
            "Much &bigger text",
            ("Ctrl+Alt+Shift+J",),
            lambda w: w.zoom_in,
            separator_before=True,
            toolbar=(2, 9),
            short="A++",
        )
    )
    window = make_window()
    action = window.actions_by_name["bigger_text"]

    tools = _menu(window, "&Tools")
    assert tools.actions()[-1] is action and tools.actions()[-2].isSeparator()
    assert action.shortcut().toString() == "Ctrl+Alt+Shift+J"
    bar = window.toolbar.actions()
    assert bar[bar.index(window.actions_by_name["workshop"]) + 1] is action
    assert action.iconText() == "A++" and action.toolTip() == "Much bigger text (Ctrl+Alt+Shift+J)"

    from kb_app.ui.window.shortcuts_help import HelpDialog

    dialog = HelpDialog(window.actions_by_name, window)
    qtbot.addWidget(dialog)
    rows = {dialog.table.item(r, 1).text(): dialog.table.item(r, 2).text() for r in range(dialog.table.rowCount())}
    assert rows["Much bigger text"] == "Ctrl+Alt+Shift+J"

    before = window.reader.zoom
    window.activateWindow()
    qtbot.keyClick(
        window,
        Qt.Key.Key_J,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert window.reader.zoom == before + 1


def test_the_menus_keep_every_command_in_table_order(window: Any) -> None:
    for title in ("&File", "&Go", "&View", "&Notes", "&Tools", "&Help"):
        names = [a.objectName() for a in _menu(window, title).actions() if not a.isSeparator()]
        group = [c.name for c in action_table.COMMANDS if action_table.menu_titles()[c.menu] == title]
        assert names == group
    toolbar = [a.objectName() for a in window.toolbar.actions() if not a.isSeparator()]
    assert toolbar == [
        "back",
        "forward",
        "home",
        "contacts",
        "checklist",
        "workshop",
        "bookmark",
        "zoom_out",
        "zoom_in",
        "print",
        "export_pdf",
    ]
    assert sum(a.isSeparator() for a in window.toolbar.actions()) == 2


def test_a_command_is_refused_twice_or_without_a_menu(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(action_table, "COMMANDS", list(action_table.COMMANDS))
    with pytest.raises(ValueError, match="twice"):
        action_table.register(Command("quit", "file", "Quit again", ("Ctrl+Alt+Q",), lambda w: w.close))
    with pytest.raises(ValueError, match="no menu"):
        action_table.register(Command("elsewhere", "window", "Elsewhere", ("Ctrl+Alt+Y",), lambda w: w.close))


def test_every_registered_command_runs_a_method_the_window_has(window: Any) -> None:
    parts = {
        window,
        window.reader,
        window.reader.contents,
        window.search,
        window.notes,
        window.undo_stack,
        window.library_dock,
    }
    assert len(action_table.COMMANDS) > 30
    for command in action_table.COMMANDS:
        handler = action_table.handler_of(command, window)
        assert getattr(handler, "__self__", None) in parts, command.name  # a bound method of the window or a part
        assert window.actions_by_name[command.name].objectName() == command.name


def test_a_command_whose_handler_is_missing_is_named_when_the_window_is_built(
    make_window: Callable[..., Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(action_table, "COMMANDS", list(action_table.COMMANDS))
    action_table.register(Command("nowhere", "tools", "Nowhere", ("Ctrl+Alt+Shift+Y",), lambda w: w.no_such_method))
    with pytest.raises(AttributeError, match="command 'nowhere': .*no_such_method"):
        make_window()
