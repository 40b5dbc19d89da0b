"""File → Undo last import: back to the library before the last import, as `kb-app pack rollback`.

Switching is two small pointer files (kb_app/core/packs/install.py), quick enough for the GUI thread.
The user's notes are never touched; going back is possible once per import.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from kb_app.core.platform.errors import KbError
from kb_app.ui.shared.context import AppContext


def _tr(text: str) -> str:
    return QCoreApplication.translate("UndoImport", text)


def previous_label(ctx: AppContext) -> str | None:
    """ "Title version" of the library an undo would go back to; None when there is none."""
    from kb_app.core.library_files.libformat import PREVIOUS
    from kb_app.core.library_files.libroot import is_usable, library_generation, read_pointer
    from kb_app.core.packs.install import read_manifest

    root = ctx.paths.library_root
    previous = read_pointer(root, PREVIOUS)
    if previous is None or previous == library_generation(root) or not is_usable(root / previous):
        return None
    try:
        manifest = read_manifest(root / previous)
    except (KbError, OSError):
        return None
    from kb_app.core.platform.textsafe import strip_unsafe

    return strip_unsafe(f"{manifest.title} {manifest.version}")  # from the pack: no control or bidi characters


def undo_last_import(ctx: AppContext, parent: QWidget, confirm: bool = True) -> bool:
    """Ask, then switch back; True when the earlier library is now the one shown."""
    show = getattr(parent, "show_message", None)
    if ctx.read_only or ctx.pinned_pack:
        QMessageBox.information(
            parent,
            _tr("Undo last import"),
            _tr(
                "This window cannot change the library (it is read-only or reads a pack directly). Nothing was changed."
            ),
        )
        return False
    label = previous_label(ctx)
    if label is None:
        QMessageBox.information(
            parent, _tr("Undo last import"), _tr("There is no earlier library to go back to. Nothing was changed.")
        )
        return False
    if (
        confirm
        and QMessageBox.question(
            parent,
            _tr("Undo last import"),
            _tr(
                "Go back to the library before the last import ({0})?\n\nYour notes are not changed. "
                "Importing the newer pack again undoes this."
            ).format(label),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        != QMessageBox.StandardButton.Yes
    ):
        return False
    from kb_app.core.operations import rollback_library
    from kb_app.ui.shared.library_switch import installed_library

    def use_library(_result: object) -> None:
        opened = installed_library(ctx)
        if opened is not None:
            ctx.set_library(*opened, announce=False)

    try:
        ctx.run_op(lambda _task: rollback_library(ctx.paths, profile_locked=True), apply=use_library)
    except (KbError, OSError) as exc:
        QMessageBox.warning(
            parent, _tr("Undo last import"), _tr("Could not go back: {0}. Nothing was changed.").format(exc)
        )
        return False
    if callable(show):
        show(_tr("Back to {0}. Your notes are unchanged.").format(label))
    return True
