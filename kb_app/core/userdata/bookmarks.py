"""Bookmarks and the reading history ("recently viewed") in the user's database.

Like notes they hold stable document ids, never rows of the library, so a new content pack
cannot take them away; a bookmark of a document a newer library dropped is simply not shown.
Each write returns what it changed (:mod:`kb_app.core.op_changes`).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import datetime

from kb_app.core.op_changes import BOOKMARKS, HISTORY, NOTHING, OpChanges
from kb_app.core.platform import write_failures
from kb_app.core.platform.errors import UserDataError
from kb_app.core.userdata.user_db import UserData, format_time, utc_now

HISTORY_KEEP = 1000


class BookmarksAndHistory:
    """Bookmarks and recently viewed pages on top of one :class:`UserData` connection."""

    def __init__(self, userdata: UserData, clock: Callable[[], datetime] = utc_now) -> None:
        self._db = userdata
        self._clock = clock
        self._conn = userdata.conn

    def _now(self) -> str:
        return format_time(self._clock())

    def _doc_ids(self, sql: str, args: tuple[object, ...] = ()) -> list[str]:
        cursor = self._conn.cursor()
        cursor.row_factory = sqlite3.Row  # on this cursor only: the connection is shared
        return [row["doc_id"] for row in cursor.execute(sql, args)]

    # --- bookmarks ---------------------------------------------------------------------------------

    def add_bookmark(self, doc_id: str) -> OpChanges:
        with self._db.transaction() as conn:
            conn.execute("INSERT OR IGNORE INTO bookmarks (doc_id, created_at) VALUES (?, ?)", (doc_id, self._now()))
        return BOOKMARKS

    def remove_bookmark(self, doc_id: str) -> OpChanges:
        with self._db.transaction() as conn:
            conn.execute("DELETE FROM bookmarks WHERE doc_id = ?", (doc_id,))
        return BOOKMARKS

    def is_bookmarked(self, doc_id: str) -> bool:
        row = self._conn.execute("SELECT 1 FROM bookmarks WHERE doc_id = ?", (doc_id,)).fetchone()
        return row is not None

    def bookmarks(self) -> list[str]:
        return self._doc_ids("SELECT doc_id FROM bookmarks ORDER BY created_at DESC, doc_id")

    # --- reading history ---------------------------------------------------------------------------

    def record_view(self, doc_id: str) -> OpChanges:
        """Remember a page for "recently viewed". A convenience: when the disk refuses the write
        (full, read-only) the page is simply not remembered, reading goes on."""
        try:
            with self._db.transaction() as conn:
                conn.execute("INSERT INTO history (doc_id, viewed_at) VALUES (?, ?)", (doc_id, self._now()))
                conn.execute("DELETE FROM history WHERE id <= (SELECT max(id) FROM history) - ?", (HISTORY_KEEP,))
        except UserDataError as exc:
            if exc.code not in (write_failures.DISK_FULL, write_failures.READ_ONLY, write_failures.WRITE_FAILED):
                raise
            return NOTHING
        return HISTORY

    def recently_viewed(self, limit: int = 50) -> list[str]:
        return self._doc_ids("SELECT doc_id FROM history GROUP BY doc_id ORDER BY max(id) DESC LIMIT ?", (limit,))

    def clear_history(self) -> OpChanges:
        with self._db.transaction() as conn:
            conn.execute("DELETE FROM history")
        return HISTORY
