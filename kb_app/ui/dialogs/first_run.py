"""What to tell the user once the window is up: a repaired notes database, a read-only window,
and (on first start) the question which municipality they work for."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from kb_app.ui.dialogs.municipality import pick_municipality
from kb_app.ui.notes.recovered_drafts import offer_drafts
from kb_app.ui.shared.context import AppContext


def after_start(ctx: AppContext, window: QWidget) -> None:
    if ctx.userdata_error:
        text = QCoreApplication.translate(
            "FirstRun", "Your notes database cannot be opened:\n{0}\n\nThe library works as usual."
        )
        QMessageBox.warning(
            window, QCoreApplication.translate("FirstRun", "Notes are not available"), text.format(ctx.userdata_error)
        )
    recovery = getattr(ctx.userdata, "recovery", None)
    if recovery is not None:
        if recovery.restored_from is not None:
            text = QCoreApplication.translate(
                "FirstRun",
                "Your notes database was damaged ({0}). It was replaced by the backup {1}. "
                "The damaged file was kept as {2}.",
            ).format(_reason(recovery), recovery.restored_from.name, recovery.damaged_copy.name)
        else:
            text = QCoreApplication.translate(
                "FirstRun",
                "Your notes database was damaged ({0}) and there was no backup to restore. The app "
                "starts with empty notes; the damaged file was kept as {1}.",
            ).format(_reason(recovery), recovery.damaged_copy.name)
        QMessageBox.warning(window, QCoreApplication.translate("FirstRun", "Notes database repaired"), text)
    if ctx.read_only and not ctx.write_problem:  # a read-only disk: the window's banner says why
        text = QCoreApplication.translate(
            "FirstRun",
            "The app is already open with this profile in another window. This window can read "
            "and search, but notes, bookmarks and imports are switched off here. Close the other "
            "window to edit.",
        )
        QMessageBox.information(window, QCoreApplication.translate("FirstRun", "Opened read-only"), text)
    if not ctx.prefs.municipality and ctx.library is not None:
        pick_municipality(ctx, window)
    offer_drafts(ctx, window)  # note texts an earlier failed save kept


def _reason(recovery: object) -> str:
    """What was wrong with the database, in the user's language (SQLite's English words otherwise)."""
    kind = getattr(recovery, "kind", "")
    texts = {
        "empty": QCoreApplication.translate("FirstRun", "the file was empty"),
        "not_database": QCoreApplication.translate("FirstRun", "the file was not a database any more"),
        "damaged": QCoreApplication.translate("FirstRun", "the integrity check failed"),
    }
    return texts.get(kind, str(getattr(recovery, "reason", "")))
