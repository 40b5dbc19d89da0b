"""Opening a profile for the window: settings, the single-writer lock and the user's database.

A second window on the same profile gets no lock and opens read-only: it can read and search,
but notes, bookmarks, imports and restores are switched off (two writers would fight over the
notes database and the library folder).
"""

from __future__ import annotations

from kb_app.core.platform.errors import KbError
from kb_app.core.platform.paths import AppPaths
from kb_app.ui.shared.context import AppContext
from kb_app.ui.shared.qt_settings import Settings


def open_context(paths: AppPaths, *, pinned_pack: bool = False, with_user_data: bool = True) -> AppContext:
    """Settings and the lock; the user's database too unless the caller opens it later
    (the app does, right after the first paint: the first screen does not need it)."""
    from kb_app.core.platform import write_failures
    from kb_app.core.platform.lock import ProfileLock
    from kb_app.ui.notes.notes_index import follow_library

    try:
        paths.ensure()
    except OSError:
        pass  # the lock below finds out why, in a word the window can say
    lock = ProfileLock(paths.profile)
    read_only = not lock.acquire()
    # A profile on a write-protected stick or a full disk: open read-only and say why (a banner).
    problem = lock.problem if read_only else write_failures.probe(paths.profile, sync=False)
    ctx = AppContext(
        paths, Settings(paths.profile), read_only=read_only or problem is not None, pinned_pack=pinned_pack
    )
    ctx.write_problem = problem or ""
    ctx.lock = lock
    follow_library(ctx)
    if with_user_data:
        open_user_data(ctx)
    return ctx


def open_user_data(ctx: AppContext) -> None:
    """Open notes, bookmarks and history (integrity check and recovery included) and tell the
    widgets, which show them from then on."""
    from kb_app.core.op_changes import USER_DATA

    try:
        from kb_app.core.userdata.bookmarks import BookmarksAndHistory
        from kb_app.core.userdata.notes import NotesStore
        from kb_app.core.userdata.user_db import open_userdata

        ctx.userdata = open_userdata(ctx.paths)
        # The index follows the library in a task (kb_app.ui.notes.notes_index), never here.
        ctx.notes = NotesStore(ctx.userdata, rebuild=False)
        ctx.bookmarks = BookmarksAndHistory(ctx.userdata)
    except KbError as exc:
        # A notes database from a newer app, or beyond repair: the library still works.
        ctx.userdata_error = str(exc)
    ctx.announce(USER_DATA)
