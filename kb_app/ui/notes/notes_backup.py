"""Backing up the user's notes database to a file of their choice, and restoring from one.

Both are quick SQLite backup-API copies of a small file on the connection the GUI thread owns,
so they run in place. A restore first keeps a safety copy of the current notes.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from kb_app.core.operations import restore_backup
from kb_app.core.platform.errors import KbError
from kb_app.ui.look.folders import ask_open, ask_save
from kb_app.ui.look.saved_notice import announce_saved
from kb_app.ui.shared.context import AppContext
from kb_app.ui.shared.i18n import QT_TRANSLATE_NOOP


def backup_notes(ctx: AppContext, parent: QWidget, path: str | None = None) -> Path | None:
    if ctx.userdata is None:
        return None
    if path is None:
        path = ask_save(
            parent,
            ctx.settings,
            "backup",
            QCoreApplication.translate("Backup", "Back up my notes"),
            f"notes-backup-{datetime.now():%Y-%m-%d}.db",
            QCoreApplication.translate("Backup", "Notes backups (*.db)"),
        )
        if path is None:
            return None
    try:
        saved = ctx.userdata.backup_to(Path(path))
    except (KbError, OSError) as exc:
        QMessageBox.warning(parent, QCoreApplication.translate("Backup", "Backup failed"), userdata_error_text(exc))
        return None
    saved = Path(saved).absolute()
    announce_saved(parent, saved, QCoreApplication.translate("Backup", "Notes backed up to {0}").format(saved))
    return saved


def restore_notes(ctx: AppContext, parent: QWidget, path: str | None = None, confirm: bool = True) -> bool:
    if ctx.userdata is None or ctx.read_only:
        return False
    if path is None:
        path = ask_open(
            parent,
            ctx.settings,
            "backup",
            QCoreApplication.translate("Backup", "Restore notes"),
            QCoreApplication.translate("Backup", "Notes backups (*.db)"),
        )
        if path is None:
            return False
    if (
        confirm
        and QMessageBox.question(
            parent,
            QCoreApplication.translate("Backup", "Restore notes"),
            QCoreApplication.translate(
                "Backup",
                "Replace all your current notes, bookmarks and history with "
                "the backup {0}?\n\nA safety copy of the current notes is "
                "kept in the backups folder.",
            ).format(Path(path).name),
        )
        != QMessageBox.StandardButton.Yes
    ):
        return False
    ctx.flush_pending_edits()
    userdata = ctx.userdata
    try:
        # The whole database is replaced: the op's USER_DATA has every view reload.
        restored = ctx.run_op(lambda _task: restore_backup(userdata, Path(path)))
    except (KbError, OSError) as exc:
        QMessageBox.warning(parent, QCoreApplication.translate("Backup", "Restore failed"), userdata_error_text(exc))
        return False
    kept = Path(restored.value).absolute()
    announce_saved(
        parent,
        kept,
        QCoreApplication.translate("Backup", "Notes restored. The previous notes were kept as {0}").format(kept),
    )
    return True


# Why the notes database refused (UserDataError.code, from the core's userdata, lock and
# write_failures modules). Placeholder: {0}, the file or folder concerned.
USERDATA_REASONS: dict[str, str] = {
    "backup_failed": QT_TRANSLATE_NOOP(
        "Backup", "The backup {0} could not be written. Is the disk full or the folder read-only?"
    ),
    "in_use": QT_TRANSLATE_NOOP("Backup", "{0} is the notes database in use. Choose a backup file instead."),
    "restore_failed": QT_TRANSLATE_NOOP("Backup", "{0} could not be restored. Your current notes are unchanged."),
    "missing": QT_TRANSLATE_NOOP("Backup", "{0} does not exist."),
    "damaged": QT_TRANSLATE_NOOP("Backup", "{0} is damaged and cannot be restored."),
    "not_notes_db": QT_TRANSLATE_NOOP("Backup", "{0} is not a backup of this app's notes."),
    "foreign_schema": QT_TRANSLATE_NOOP(
        "Backup",
        "{0} is not a backup this app made: its structure differs "
        "from this app's own. Your current notes are unchanged.",
    ),
    "newer": QT_TRANSLATE_NOOP("Backup", "{0} was made by a newer version of the app. Update the app first."),
    "read_only": QT_TRANSLATE_NOOP(
        "Backup",
        "The notes could not be saved: the profile folder is read-only (a write-protected disk "
        "or no permission). Reading and searching still work.",
    ),
    "disk_full": QT_TRANSLATE_NOOP(
        "Backup", "The notes could not be saved: the disk is full. Free some space; reading and searching still work."
    ),
    "write_failed": QT_TRANSLATE_NOOP(
        "Backup", "The notes could not be saved: the disk refused the write. Reading and searching still work."
    ),
    "profile_read_only": QT_TRANSLATE_NOOP(
        "Backup",
        "Nothing can be changed in the profile {0}: it is read-only (a write-protected disk or no "
        "permission). Reading and searching still work.",
    ),
    "profile_disk_full": QT_TRANSLATE_NOOP(
        "Backup", "Nothing can be changed in the profile {0}: the disk is full. Reading and searching still work."
    ),
    "profile_write_failed": QT_TRANSLATE_NOOP(
        "Backup",
        "Nothing can be changed in the profile {0}: the disk refused the write. Reading and searching still work.",
    ),
}


def userdata_error_text(exc: BaseException) -> str:
    """A backup, restore or save refusal in the user's language; the core's English words otherwise."""
    code = getattr(exc, "code", "")
    name = getattr(exc, "file", "")
    if code not in USERDATA_REASONS and isinstance(exc, OSError):
        from kb_app.core.platform.write_failures import classify

        code, name = classify(exc), getattr(exc, "filename", "") or ""
    source = USERDATA_REASONS.get(code)
    return QCoreApplication.translate("Backup", source).format(name) if source else str(exc)
