"""The window's side of the office notes folder (kb_app/core/userdata/notes_sync.py): when the user chose a
folder in the settings, notes are synced once at once, then when the window starts and when it closes.

On start the slow parts (reading and writing the shared folder, which may be a network drive) run
off the GUI thread; merging into the user's database stays on it, where its connection lives. On
quit the window is closing anyway, so the sync runs at once, before the database is closed.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from kb_app.core.op_changes import OpChanges
from kb_app.ui.shared.context import AppContext


def _folder(ctx: AppContext) -> Path | None:
    folder = getattr(ctx.prefs, "notes_folder", "")
    if not folder or ctx.read_only or ctx.notes is None or ctx.library is None:
        return None
    return Path(folder)


def _known(ctx: AppContext) -> tuple[set[str], dict[str, str]]:
    assert ctx.library is not None
    return {m.code for m in ctx.library.municipalities()}, ctx.library.municipality_aliases()


def _say(window: Any, text: str) -> None:
    show = getattr(window, "show_message", None)
    if callable(show):
        show(text)


def _result_text(added: int, updated: int, refused: int) -> str:
    text = QCoreApplication.translate("OfficeSync", "Notes synced with the office folder: {0} new, {1} updated.")
    text = text.format(added, updated)
    if refused:
        unread = QCoreApplication.translate(
            "OfficeSync", "{0} files in the folder could not be read (made by a newer app, or damaged)."
        )
        text += " " + unread.format(refused)
    return text


def _clone_text() -> str:
    return QCoreApplication.translate(
        "OfficeSync",
        "Another installation wrote notes under this one's id (a copied profile or computer "
        "image); its notes were merged and this installation now uses a new id.",
    )


def _failed_text(exc: BaseException) -> str:
    return QCoreApplication.translate("OfficeSync", "The office notes folder could not be used: {0}").format(exc)


def sync_on_start(window: Any) -> Any:
    """Start a sync in the background once per window context; returns the task, or None."""
    ctx: AppContext = window.ctx
    if getattr(ctx, "_office_synced_on_start", False):
        return None
    if ctx.notes is None and ctx.userdata is None and not ctx.userdata_error and not ctx.read_only:
        # The app opens the user's database just after the first paint: sync once it is open.
        if not getattr(ctx, "_office_sync_waiting", False):
            ctx._office_sync_waiting = True  # type: ignore[attr-defined]

            def opened(changes: OpChanges, _handler: object | None) -> None:
                if changes.notes:  # the user's database is open (or failed to open)
                    ctx.operation_did_execute.disconnect(opened)
                    sync_on_start(window)

            ctx.operation_did_execute.connect(opened)
        return None
    folder = _folder(ctx)
    if folder is None:
        return None
    ctx._office_synced_on_start = True  # type: ignore[attr-defined]  # a language switch rebuilds the window
    return _sync_in_background(window, folder)


def sync_after_choosing(window: Any) -> Any:
    """The user just chose the office folder: sync once now, and say what was merged and when the
    folder is synced from now on (the result stays in the status bar with "Open folder")."""
    ctx: AppContext = window.ctx
    folder = _folder(ctx)
    if folder is None:
        return None

    def report(text: str) -> None:
        from kb_app.ui.look.saved_notice import announce_saved

        when = QCoreApplication.translate(
            "OfficeSync", "From now on the folder is synced when the app starts and when it closes."
        )
        announce_saved(ctx.main_window or window, folder, f"{text} {when}")  # a language switch rebuilt it

    return _sync_in_background(window, folder, report)


def _sync_in_background(window: Any, folder: Path, report: Any = None) -> Any:
    from kb_app.core.userdata.notes_sync import installation_id, merge, own_file_bytes, read_folder, write_own_file

    ctx: AppContext = window.ctx
    say = report if report is not None else (lambda text: _say(window, text))
    codes, aliases = _known(ctx)
    installation = installation_id(ctx.paths.profile)

    def read(_task: Any) -> Any:
        return read_folder(folder, installation, codes, aliases, profile=ctx.paths.profile)

    def merged(contents: Any) -> None:
        if ctx.notes is None or ctx.read_only:
            return
        store = ctx.notes
        added, updated = ctx.run_op(lambda _task: merge(store, contents)).value
        data, _count = own_file_bytes(store)
        result = _result_text(added, updated, len(contents.refused))
        if contents.clone_detected:  # a copied profile or PC image wrote under our id: we took a new one
            result = f"{_clone_text()} {result}"
        ctx.tasks.start(
            lambda _task: write_own_file(folder, contents.installation, data, profile=ctx.paths.profile),
            on_done=lambda _path: say(result),
            on_error=lambda exc: _say(window, _failed_text(exc)),
            writes=True,
        )

    return ctx.tasks.start(read, on_done=merged, on_error=lambda exc: _say(window, _failed_text(exc)))


def sync_on_quit(window: Any) -> bool:
    """Sync now (the window is closing); True if it ran without an error."""
    ctx: AppContext = window.ctx
    folder = _folder(ctx)
    if folder is None or ctx.notes is None:
        return False
    from kb_app.core.platform.errors import KbError
    from kb_app.core.userdata.notes_sync import installation_id, sync_folder

    codes, aliases = _known(ctx)
    try:
        sync_folder(ctx.notes, folder, installation_id(ctx.paths.profile), codes, aliases, profile=ctx.paths.profile)
    except (KbError, OSError, sqlite3.Error):
        return False  # the next start says what is wrong; a closing window has nobody to tell
    return True
