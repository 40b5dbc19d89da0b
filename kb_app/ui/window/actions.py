"""The registry of window commands: each command is declared once, here, with everything the
window needs to offer it (qutebrowser's command registration is the model).

An entry names its menu, its text, its shortcuts, the handler it runs, whether a separator comes
before it in its menu, and, for the toolbar, its place and short label. The handler is reached from
the window by code, ``lambda w: w.reader.back``, never by a string: static tools (vulture, a
rename, grep for callers) see each handler used, and a handler that does not exist fails when the
window is built (tests/ui/test_commands.py builds one). The window builds menus, toolbar and
shortcuts from this table alone, and the F1 dialog lists exactly what the menus offer. Adding a
command is one :func:`register` call (or one entry in the table below); CONTRIBUTING.md, "Add a
window command".
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, NamedTuple

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from kb_app.ui.shared.i18n import QT_TRANSLATE_NOOP

Key = QKeySequence.StandardKey
# Short toolbar labels keep the translation context they had when the window declared them.
SHORT_CONTEXT = "MainWindow"


class Command(NamedTuple):
    name: str
    menu: str  # one of MENUS: "file", "go", "view", "notes", "workshop", "tools", "help"
    text: str  # English source; translated when the action is built
    keys: tuple[str | QKeySequence.StandardKey, ...]
    # The main window → the method that runs the command (its own or a part's); checkable
    # commands' methods receive the new state. A function of the window, not the bound method
    # itself: the table is declared before any window exists.
    handler: Callable[[Any], Callable[..., object]]
    checkable: bool = False
    separator_before: bool = False  # in its menu
    toolbar: tuple[int, int] | None = None  # (section, position); sections are split by separators
    short: str = ""  # the toolbar's label (translated in SHORT_CONTEXT); the menu keeps ``text``


# fmt: off
_TABLE: tuple[Command, ...] = (
    Command("import_pack", "file", QT_TRANSLATE_NOOP("Actions", "&Import content pack…"), ("Ctrl+O",),
            lambda w: w.import_pack),
    Command("undo_import", "file", QT_TRANSLATE_NOOP("Actions", "&Undo last import…"), ("Ctrl+Alt+Z",),
            lambda w: w.undo_import),
    Command("print", "file", QT_TRANSLATE_NOOP("Actions", "&Print…"), (Key.Print,), lambda w: w.print_current,
            separator_before=True, toolbar=(3, 3), short=QT_TRANSLATE_NOOP("MainWindow", "Print")),
    Command("export_pdf", "file", QT_TRANSLATE_NOOP("Actions", "Export as P&DF…"), ("Ctrl+Shift+E",),
            lambda w: w.export_pdf, toolbar=(3, 4), short="PDF"),
    Command("open_saved_folder", "file", QT_TRANSLATE_NOOP("Actions", "Open the folder of the last &saved file"),
            ("Ctrl+Alt+F",), lambda w: w.open_saved_folder),
    Command("backup", "file", QT_TRANSLATE_NOOP("Actions", "&Back up my notes…"), ("Ctrl+Alt+B",), lambda w: w.backup,
            separator_before=True),
    Command("restore", "file", QT_TRANSLATE_NOOP("Actions", "&Restore notes from a backup…"), ("Ctrl+Alt+R",),
            lambda w: w.restore),
    Command("what_changed", "file", QT_TRANSLATE_NOOP("Actions", "What &changed in the library"), ("Ctrl+Alt+W",),
            lambda w: w.show_changes),
    Command("quit", "file", QT_TRANSLATE_NOOP("Actions", "&Quit"), (Key.Quit, "Ctrl+Q"), lambda w: w.close,
            separator_before=True),
    Command("search", "go", QT_TRANSLATE_NOOP("Actions", "&Search"), ("Ctrl+K",), lambda w: w.search.focus_field),
    # Ctrl+F: find in the page when the reader has focus, the library search anywhere else.
    Command("find", "go", QT_TRANSLATE_NOOP("Actions", "&Find in page"), (Key.Find,), lambda w: w.find_in_page,
            separator_before=True),
    Command("find_next", "go", QT_TRANSLATE_NOOP("Actions", "Find ne&xt"), (Key.FindNext, "F3"),
            lambda w: w.reader.find_next),
    Command("find_previous", "go", QT_TRANSLATE_NOOP("Actions", "Find pre&vious"), (Key.FindPrevious, "Shift+F3"),
            lambda w: w.reader.find_previous),
    Command("contents", "go", QT_TRANSLATE_NOOP("Actions", "Page c&ontents"), ("Ctrl+J",),
            lambda w: w.reader.contents.open_menu),
    Command("back", "go", QT_TRANSLATE_NOOP("Actions", "&Back"), (Key.Back, "Alt+Left"), lambda w: w.reader.back,
            toolbar=(1, 1), short=QT_TRANSLATE_NOOP("MainWindow", "◀ Back")),
    Command("forward", "go", QT_TRANSLATE_NOOP("Actions", "Forwar&d"), (Key.Forward, "Alt+Right"),
            lambda w: w.reader.forward, toolbar=(1, 2), short=QT_TRANSLATE_NOOP("MainWindow", "Forward ▶")),
    Command("home", "go", QT_TRANSLATE_NOOP("Actions", "&My municipality"), ("Alt+Home",), lambda w: w.go_home,
            toolbar=(1, 3), short=QT_TRANSLATE_NOOP("MainWindow", "My municipality")),
    Command("library", "go", QT_TRANSLATE_NOOP("Actions", "&Library"), ("Ctrl+L",), lambda w: w.show_library_list,
            separator_before=True),
    Command("bookmarks", "go", QT_TRANSLATE_NOOP("Actions", "Bookm&arks"), ("Ctrl+Shift+B",),
            lambda w: w.show_bookmarks),
    Command("recent", "go", QT_TRANSLATE_NOOP("Actions", "&Recently viewed"), ("Ctrl+H",), lambda w: w.show_recent),
    Command("reader", "go", QT_TRANSLATE_NOOP("Actions", "Document &text"), ("Ctrl+1",), lambda w: w.show_reader,
            separator_before=True),
    Command("contacts", "go", QT_TRANSLATE_NOOP("Actions", "&Contacts"), ("Ctrl+Shift+C",), lambda w: w.open_contacts,
            toolbar=(2, 1), short=QT_TRANSLATE_NOOP("MainWindow", "Contacts")),
    Command("checklist", "go", QT_TRANSLATE_NOOP("Actions", "Indicator chec&klist"), ("Ctrl+Shift+I",),
            lambda w: w.open_checklist, toolbar=(2, 2), short=QT_TRANSLATE_NOOP("MainWindow", "Checklist")),
    Command("workshop", "go", QT_TRANSLATE_NOOP("Actions", "&Workshop mode"), ("Ctrl+Shift+W",),
            lambda w: w.open_workshop, toolbar=(2, 3), short=QT_TRANSLATE_NOOP("MainWindow", "Workshop")),
    Command("bookmark", "go", QT_TRANSLATE_NOOP("Actions", "Bookmark t&his page"), ("Ctrl+D",),
            lambda w: w.toggle_bookmark,
            checkable=True, separator_before=True, toolbar=(3, 0), short=QT_TRANSLATE_NOOP("MainWindow", "☆ Bookmark")),
    Command("zoom_in", "view", QT_TRANSLATE_NOOP("Actions", "Zoom &in"), (Key.ZoomIn, "Ctrl+="), lambda w: w.zoom_in,
            toolbar=(3, 2), short="A+"),
    Command("zoom_out", "view", QT_TRANSLATE_NOOP("Actions", "Zoom &out"), (Key.ZoomOut,), lambda w: w.zoom_out,
            toolbar=(3, 1), short="A−"),
    Command("zoom_reset", "view", QT_TRANSLATE_NOOP("Actions", "&Normal size"), ("Ctrl+0",), lambda w: w.zoom_reset),
    Command("toggle_library", "view", QT_TRANSLATE_NOOP("Actions", "Show &library panel"), ("Ctrl+Shift+L",),
            lambda w: w.library_dock.setVisible, checkable=True, separator_before=True),
    Command("toggle_notes", "view", QT_TRANSLATE_NOOP("Actions", "Show no&tes panel"), ("Ctrl+Shift+N",),
            lambda w: w.set_notes_wanted, checkable=True),
    Command("next_panel", "view", QT_TRANSLATE_NOOP("Actions", "Next &panel"), ("F6", "Ctrl+Tab"),
            lambda w: w.next_panel, separator_before=True),
    Command("previous_panel", "view", QT_TRANSLATE_NOOP("Actions", "P&revious panel"), ("Shift+F6", "Ctrl+Shift+Tab"),
            lambda w: w.previous_panel),
    Command("full_screen", "view", QT_TRANSLATE_NOOP("Actions", "&Full screen"), ("F11",), lambda w: w.set_full_screen,
            checkable=True, separator_before=True),
    Command("new_note", "notes", QT_TRANSLATE_NOOP("Actions", "&New note"), (Key.New,), lambda w: w.new_note),
    Command("focus_notes", "notes", QT_TRANSLATE_NOOP("Actions", "Go to n&otes"), ("Ctrl+2",), lambda w: w.focus_notes),
    Command("delete_note", "notes", QT_TRANSLATE_NOOP("Actions", "&Delete note"), ("Ctrl+Shift+Del",),
            lambda w: w.notes.delete_current),
    Command("undo", "notes", QT_TRANSLATE_NOOP("Actions", "&Undo"), (Key.Undo,), lambda w: w.undo_stack.undo,
            separator_before=True),
    Command("redo", "notes", QT_TRANSLATE_NOOP("Actions", "&Redo"), (Key.Redo,), lambda w: w.undo_stack.redo),
    Command("export_notes", "notes", QT_TRANSLATE_NOOP("Actions", "&Export notes…"), ("Ctrl+Alt+E",),
            lambda w: w.export_notes, separator_before=True),
    Command("import_notes", "notes", QT_TRANSLATE_NOOP("Actions", "&Import notes…"), ("Ctrl+Alt+I",),
            lambda w: w.import_notes),
    Command("orphans", "notes", QT_TRANSLATE_NOOP("Actions", "Notes &without a document…"), ("Ctrl+Alt+O",),
            lambda w: w.show_orphans),
    Command("workshop_kit", "workshop", QT_TRANSLATE_NOOP("Actions", "&Prepare a workshop…"), ("Ctrl+Alt+K",),
            lambda w: w.prepare_workshop_kit),
    Command("report_problem", "tools", QT_TRANSLATE_NOOP("Actions", "Report a &problem with this page…"),
            ("Ctrl+Alt+P",), lambda w: w.report_problem),
    Command("municipality", "tools", QT_TRANSLATE_NOOP("Actions", "Choose my &municipality…"), ("Ctrl+Alt+M",),
            lambda w: w.choose_municipality),
    Command("settings", "tools", QT_TRANSLATE_NOOP("Actions", "&Settings…"), (Key.Preferences, "Ctrl+,"),
            lambda w: w.show_settings),
    Command("help", "help", QT_TRANSLATE_NOOP("Actions", "&Keyboard shortcuts"), (Key.HelpContents, "F1"),
            lambda w: w.show_help, separator_before=True),
    Command("about", "help", QT_TRANSLATE_NOOP("Actions", "&About"), ("Shift+F1",), lambda w: w.show_about),
)
MENUS: tuple[tuple[str, str], ...] = (
    ("file", QT_TRANSLATE_NOOP("Actions", "&File")), ("go", QT_TRANSLATE_NOOP("Actions", "&Go")),
    ("view", QT_TRANSLATE_NOOP("Actions", "&View")), ("notes", QT_TRANSLATE_NOOP("Actions", "&Notes")),
    ("workshop", QT_TRANSLATE_NOOP("Actions", "&Workshop")),
    ("tools", QT_TRANSLATE_NOOP("Actions", "&Tools")), ("help", QT_TRANSLATE_NOOP("Actions", "&Help")),
)
# fmt: on

COMMANDS: list[Command] = []


def register(command: Command) -> Command:
    """Add a command to every window built from now on; its menu and name are checked at once."""
    if command.menu not in dict(MENUS):
        raise ValueError(f"command {command.name!r}: no menu {command.menu!r}")
    if any(existing.name == command.name for existing in COMMANDS):
        raise ValueError(f"command {command.name!r} is registered twice")
    COMMANDS.append(command)
    return command


for _command in _TABLE:
    register(_command)


def menu_titles() -> dict[str, str]:
    return {menu: QCoreApplication.translate("Actions", text) for menu, text in MENUS}


def toolbar_commands() -> list[Command]:
    """The toolbar's commands in their order (sections in turn, then positions)."""
    return sorted((c for c in COMMANDS if c.toolbar is not None), key=lambda c: c.toolbar or (0, 0))


def _sequences(keys: tuple[str | QKeySequence.StandardKey, ...]) -> list[QKeySequence]:
    out: list[QKeySequence] = []
    for key in keys:
        if isinstance(key, str):
            out.append(QKeySequence(key))
        else:
            out.extend(QKeySequence.keyBindings(key))
    unique: list[QKeySequence] = []
    for seq in out:
        if not seq.isEmpty() and seq not in unique:
            unique.append(seq)
    return unique


def handler_of(command: Command, window: QWidget) -> Callable[..., object]:
    """The method ``command`` runs on ``window``; an error names the command whose handler is missing."""
    try:
        handler = command.handler(window)
    except AttributeError as exc:
        raise AttributeError(f"command {command.name!r}: {exc}") from exc
    if not callable(handler):
        raise TypeError(f"command {command.name!r}: its handler on {type(window).__name__} is not callable")
    return handler


def build(parent: QWidget) -> dict[str, QAction]:
    """One QAction per registered command, running its handler on ``parent`` (the main window)."""
    actions: dict[str, QAction] = {}
    for command in COMMANDS:
        action = QAction(QCoreApplication.translate("Actions", command.text), parent)
        action.setObjectName(command.name)
        action.setShortcuts(_sequences(command.keys))
        action.setCheckable(command.checkable)
        action.setProperty("group", command.menu)
        slot = handler_of(command, parent)
        # triggered: user actions only, not setChecked() from code. Checkable actions pass their
        # new state explicitly (PySide picks the argument-less overload otherwise).
        if command.checkable:
            action.triggered.connect(lambda _checked=False, a=action, s=slot: s(a.isChecked()))
        else:
            action.triggered.connect(lambda _checked=False, s=slot: s())
        parent.addAction(action)  # shortcuts work even while a menu bar is hidden (full screen)
        actions[command.name] = action
    return actions
