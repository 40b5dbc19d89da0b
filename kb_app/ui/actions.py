"""Every command of the main window as a QAction with a shortcut, grouped for the help dialog.

Declared in one table so the F1 dialog lists exactly what the menus offer, and a test can check
that every action has a shortcut.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

Key = QKeySequence.StandardKey


@dataclass(frozen=True)
class ActionSpec:
    name: str
    group: str  # a menu: "file", "go", "view", "notes", "tools", "help"
    text: str  # English source; translated when the action is built
    keys: tuple[str | QKeySequence.StandardKey, ...]
    checkable: bool = False


# fmt: off
SPECS: tuple[ActionSpec, ...] = (
    ActionSpec("import_pack", "file", QT_TRANSLATE_NOOP("Actions", "&Import content pack…"), ("Ctrl+O",)),
    ActionSpec("print", "file", QT_TRANSLATE_NOOP("Actions", "&Print…"), (Key.Print,)),
    ActionSpec("export_pdf", "file", QT_TRANSLATE_NOOP("Actions", "Export as P&DF…"), ("Ctrl+Shift+E",)),
    ActionSpec("backup", "file", QT_TRANSLATE_NOOP("Actions", "&Back up my notes…"), ("Ctrl+Alt+B",)),
    ActionSpec("restore", "file", QT_TRANSLATE_NOOP("Actions", "&Restore notes from a backup…"), ("Ctrl+Alt+R",)),
    ActionSpec("what_changed", "file", QT_TRANSLATE_NOOP("Actions", "What &changed in the library"),
               ("Ctrl+Alt+W",)),
    ActionSpec("quit", "file", QT_TRANSLATE_NOOP("Actions", "&Quit"), (Key.Quit, "Ctrl+Q")),
    ActionSpec("search", "go", QT_TRANSLATE_NOOP("Actions", "&Search"), ("Ctrl+K",)),
    # Ctrl+F: find in the page when the reader has focus, the library search anywhere else.
    ActionSpec("find", "go", QT_TRANSLATE_NOOP("Actions", "&Find in page"), (Key.Find,)),
    ActionSpec("find_next", "go", QT_TRANSLATE_NOOP("Actions", "Find ne&xt"), (Key.FindNext, "F3")),
    ActionSpec("find_previous", "go", QT_TRANSLATE_NOOP("Actions", "Find pre&vious"),
               (Key.FindPrevious, "Shift+F3")),
    ActionSpec("contents", "go", QT_TRANSLATE_NOOP("Actions", "Page c&ontents"), ("Ctrl+J",)),
    ActionSpec("back", "go", QT_TRANSLATE_NOOP("Actions", "&Back"), (Key.Back, "Alt+Left")),
    ActionSpec("forward", "go", QT_TRANSLATE_NOOP("Actions", "&Forward"), (Key.Forward, "Alt+Right")),
    ActionSpec("home", "go", QT_TRANSLATE_NOOP("Actions", "&My municipality"), ("Alt+Home",)),
    ActionSpec("library", "go", QT_TRANSLATE_NOOP("Actions", "&Library"), ("Ctrl+L",)),
    ActionSpec("bookmarks", "go", QT_TRANSLATE_NOOP("Actions", "Book&marks"), ("Ctrl+Shift+B",)),
    ActionSpec("recent", "go", QT_TRANSLATE_NOOP("Actions", "&Recently viewed"), ("Ctrl+H",)),
    ActionSpec("reader", "go", QT_TRANSLATE_NOOP("Actions", "&Document text"), ("Ctrl+1",)),
    ActionSpec("contacts", "go", QT_TRANSLATE_NOOP("Actions", "&Contacts"), ("Ctrl+Shift+C",)),
    ActionSpec("checklist", "go", QT_TRANSLATE_NOOP("Actions", "Indicator chec&klist"), ("Ctrl+Shift+I",)),
    ActionSpec("workshop", "go", QT_TRANSLATE_NOOP("Actions", "&Workshop mode"), ("Ctrl+Shift+W",)),
    ActionSpec("bookmark", "go", QT_TRANSLATE_NOOP("Actions", "Book&mark this page"), ("Ctrl+D",), checkable=True),
    ActionSpec("zoom_in", "view", QT_TRANSLATE_NOOP("Actions", "Zoom &in"), (Key.ZoomIn, "Ctrl+=")),
    ActionSpec("zoom_out", "view", QT_TRANSLATE_NOOP("Actions", "Zoom &out"), (Key.ZoomOut,)),
    ActionSpec("zoom_reset", "view", QT_TRANSLATE_NOOP("Actions", "&Normal size"), ("Ctrl+0",)),
    ActionSpec("toggle_library", "view", QT_TRANSLATE_NOOP("Actions", "Show &library panel"), ("Ctrl+Shift+L",),
               checkable=True),
    ActionSpec("toggle_notes", "view", QT_TRANSLATE_NOOP("Actions", "Show &notes panel"), ("Ctrl+Shift+N",),
               checkable=True),
    ActionSpec("full_screen", "view", QT_TRANSLATE_NOOP("Actions", "&Full screen"), ("F11",), checkable=True),
    ActionSpec("new_note", "notes", QT_TRANSLATE_NOOP("Actions", "&New note"), (Key.New,)),
    ActionSpec("focus_notes", "notes", QT_TRANSLATE_NOOP("Actions", "Go to &notes"), ("Ctrl+2",)),
    ActionSpec("delete_note", "notes", QT_TRANSLATE_NOOP("Actions", "&Delete note"), ("Ctrl+Shift+Del",)),
    ActionSpec("undo", "notes", QT_TRANSLATE_NOOP("Actions", "&Undo"), (Key.Undo,)),
    ActionSpec("redo", "notes", QT_TRANSLATE_NOOP("Actions", "&Redo"), (Key.Redo,)),
    ActionSpec("export_notes", "notes", QT_TRANSLATE_NOOP("Actions", "&Export notes…"), ("Ctrl+Alt+E",)),
    ActionSpec("import_notes", "notes", QT_TRANSLATE_NOOP("Actions", "&Import notes…"), ("Ctrl+Alt+I",)),
    ActionSpec("orphans", "notes", QT_TRANSLATE_NOOP("Actions", "Notes without a &document…"), ("Ctrl+Alt+O",)),
    ActionSpec("report_problem", "tools", QT_TRANSLATE_NOOP("Actions", "Report a &problem with this page…"),
               ("Ctrl+Alt+P",)),
    ActionSpec("municipality", "tools", QT_TRANSLATE_NOOP("Actions", "Choose my &municipality…"), ("Ctrl+Alt+M",)),
    ActionSpec("settings", "tools", QT_TRANSLATE_NOOP("Actions", "&Settings…"), (Key.Preferences, "Ctrl+,")),
    ActionSpec("help", "help", QT_TRANSLATE_NOOP("Actions", "&Keyboard shortcuts"), (Key.HelpContents, "F1")),
    ActionSpec("about", "help", QT_TRANSLATE_NOOP("Actions", "&About"), ("Shift+F1",)),
)
GROUPS: tuple[tuple[str, str], ...] = (
    ("file", QT_TRANSLATE_NOOP("Actions", "&File")), ("go", QT_TRANSLATE_NOOP("Actions", "&Go")),
    ("view", QT_TRANSLATE_NOOP("Actions", "&View")), ("notes", QT_TRANSLATE_NOOP("Actions", "&Notes")),
    ("tools", QT_TRANSLATE_NOOP("Actions", "&Tools")), ("help", QT_TRANSLATE_NOOP("Actions", "&Help")),
)
# fmt: on


def group_titles() -> dict[str, str]:
    return {group: QCoreApplication.translate("Actions", text) for group, text in GROUPS}


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


def build(parent: QWidget, slots: dict[str, Callable[..., object]]) -> dict[str, QAction]:
    actions: dict[str, QAction] = {}
    for spec in SPECS:
        action = QAction(QCoreApplication.translate("Actions", spec.text), parent)
        action.setObjectName(spec.name)
        action.setShortcuts(_sequences(spec.keys))
        action.setCheckable(spec.checkable)
        action.setProperty("group", spec.group)
        slot = slots.get(spec.name)
        if slot is not None:
            # triggered: user actions only, not setChecked() from code. Checkable actions pass
            # their new state explicitly (PySide picks the argument-less overload otherwise).
            if spec.checkable:
                action.triggered.connect(lambda _checked=False, a=action, s=slot: s(a.isChecked()))
            else:
                action.triggered.connect(lambda _checked=False, s=slot: s())
        parent.addAction(action)  # shortcuts work even while a menu bar is hidden (full screen)
        actions[spec.name] = action
    return actions
