"""Exporting and importing notes: the same core functions as ``kb-app notes export|import``
(CONTRACT §4), so a file from one tool always works in the other."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from kb_app.core.errors import KbError
from kb_app.ui.context import AppContext


def export_notes_dialog(ctx: AppContext, parent: QWidget, path: str | None = None) -> int | None:
    from kb_app.core.notes import export_notes

    if ctx.notes is None:
        return None
    if path is None:
        default = Path.home() / f"kb-app-notes-{datetime.now():%Y-%m-%d}.json"
        path, _ = QFileDialog.getSaveFileName(parent, QCoreApplication.translate("NotesIO", "Export notes"),
                                              str(default),
                                              QCoreApplication.translate("NotesIO", "Notes files (*.json)"))
        if not path:
            return None
    if ctx.main_window is not None:
        ctx.main_window.notes.flush()
    try:
        count = export_notes(ctx.notes, Path(path))
    except (KbError, OSError) as exc:
        QMessageBox.warning(parent, QCoreApplication.translate("NotesIO", "Export failed"), str(exc))
        return None
    text = QCoreApplication.translate("NotesIO", "%n note(s) exported to {0}", "", count)
    _message(parent, text.format(Path(path).name))
    return count


def import_notes_dialog(ctx: AppContext, parent: QWidget, path: str | None = None) -> object | None:
    from kb_app.core.notes import import_notes

    if ctx.notes is None or ctx.library is None or ctx.read_only:
        return None
    if path is None:
        path, _ = QFileDialog.getOpenFileName(parent, QCoreApplication.translate("NotesIO", "Import notes"),
                                              str(Path.home()),
                                              QCoreApplication.translate("NotesIO", "Notes files (*.json)"))
        if not path:
            return None
    known = {m.code for m in ctx.library.municipalities()}
    try:
        result = import_notes(ctx.notes, Path(path), known, ctx.library.municipality_aliases())
    except (KbError, OSError) as exc:
        QMessageBox.warning(parent, QCoreApplication.translate("NotesIO", "Import refused"), str(exc))
        return None
    ctx.notes_changed.emit()
    text = QCoreApplication.translate("NotesIO", "Notes imported: {0} new, {1} updated, {2} unchanged")
    _message(parent, text.format(
        result.added, result.updated, result.unchanged))
    return result


def _message(parent: QWidget, text: str) -> None:
    show = getattr(parent.window(), "show_message", None)
    if callable(show):
        show(text)
