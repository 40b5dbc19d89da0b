"""The user's recent searches, newest first, kept in the profile's settings.ini.

Settings rather than the notes database: they are a convenience of this computer's window, not
user data that backups, exports or imports should carry. The user can clear them (Go menu).
"""

from __future__ import annotations

import json

from kb_app.ui.shared.qt_settings import Settings

MAX_RECENT = 10
KEY = "recent_queries"


def remembered(previous: list[str], query: str, limit: int = MAX_RECENT) -> list[str]:
    """``query`` first, then the earlier ones without it (compared ignoring case), at most ``limit``."""
    query = " ".join(query.split())
    if not query:
        return previous[:limit]
    return [query, *(q for q in previous if q.casefold() != query.casefold())][:limit]


class RecentQueries:
    def __init__(self, settings: Settings, *, writable: bool = True) -> None:
        self._settings = settings
        self._writable = writable

    def load(self) -> list[str]:
        try:
            values = json.loads(self._settings.value(KEY, "[]"))
        except ValueError:
            return []
        return [v for v in values if isinstance(v, str) and v.strip()][:MAX_RECENT] if isinstance(values, list) else []

    def add(self, query: str) -> list[str]:
        queries = remembered(self.load(), query)
        if self._writable:
            self._settings.set_value(KEY, json.dumps(queries, ensure_ascii=False))
        return queries

    def clear(self) -> None:
        if self._writable:
            self._settings.set_value(KEY, "[]")
