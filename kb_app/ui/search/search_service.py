"""Searching off the GUI thread with one long-lived worker thread.

The search engine keeps per-thread state (its SQLite connection and vocabulary), so a single
worker owns it for the life of the library. The GUI never waits: a request is a queued signal;
only the newest request matters, so the worker skips any request that is already stale when it
gets to it, and the GUI drops any result whose sequence number is not the newest. At most one
search is in flight and one pending, so fast typing never builds a backlog.

The worker warms the engine up (opens the index, loads the vocabulary and synonyms) as its
first job; a keystroke that arrives before that is simply queued behind it. The same worker
searches the user's notes (kb_app.core.search.notes_search) on its own connection to the user's
database, so the GUI thread never runs a search.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from PySide6.QtCore import QObject, Signal, Slot

from kb_app.core.library.library_db import Library

if TYPE_CHECKING:
    from PySide6.QtCore import QThread

    from kb_app.core.text.search_words import SearchWords

RESULT_LIMIT = 30  # a side panel shows about ten; the count shows the total
NOTES_LIMIT = 20
NOTES_ONLY = "note"  # the type filter that searches the notes alone


class NotesScope(NamedTuple):
    """Which notes a search includes: those in the user's database ``db`` of ``municipality``
    (None: every municipality's)."""

    db: Path
    municipality: str | None


class SearchOutcome(NamedTuple):
    seq: int
    query: str
    doc_type: str
    result: Any = None  # kb_app.core.search.engine.SearchResult
    error: str = ""
    stale: bool = False  # skipped by the worker: a newer request was already waiting
    notes: tuple[Any, ...] = ()  # kb_app.core.search.notes_search.NoteHit, best first
    notes_total: int = 0


class _Latest:
    """The newest sequence number, read by the worker to skip stale requests."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._value = 0

    def next(self) -> int:
        with self._lock:
            self._value += 1
            return self._value

    @property
    def value(self) -> int:
        with self._lock:
            return self._value


class _Worker(QObject):
    done = Signal(object)  # SearchOutcome
    warmed = Signal()

    def __init__(self, latest: _Latest) -> None:
        super().__init__()
        self._latest = latest
        self._library: Library | None = None
        self._notes_db: Path | None = None
        self._notes_conn: sqlite3.Connection | None = None
        self._words: SearchWords | None = None  # the library's question words, for the notes

    @Slot(object)
    def set_library(self, library: Library | None) -> None:
        if self._library is not None:
            self._library.close()  # this thread's connection and searcher
        self._library = library
        self._words = None
        if library is not None:
            try:
                library.search_engine().warm_up()
            except Exception:  # a damaged index shows up as an error on the first search
                pass
        self.warmed.emit()

    @Slot(int, str, str, object)
    def search(self, seq: int, query: str, doc_type: str, scope: NotesScope | None = None) -> None:
        if seq != self._latest.value or self._library is None:
            # Stale: a newer request is already queued behind this one. Still answer, so the
            # GUI knows the worker is free.
            self.done.emit(SearchOutcome(seq, query, doc_type, stale=True))
            return
        try:
            if doc_type == NOTES_ONLY:
                from kb_app.core.search.engine import SearchResult

                result = SearchResult(query, 0, 0.0)
            else:
                from kb_app.ui.look.code_names import ui_lang

                result = self._library.search(
                    query, limit=RESULT_LIMIT, doc_type=doc_type or None, prefer_lang=ui_lang()
                )
        except Exception as exc:  # shown in the result list, never a crash
            self.done.emit(SearchOutcome(seq, query, doc_type, error=str(exc)))
            return
        notes: tuple[Any, ...] = ()
        total = 0
        if scope is not None and doc_type in ("", NOTES_ONLY):
            notes, total = self._search_notes(query, scope)
        self.done.emit(SearchOutcome(seq, query, doc_type, result=result, notes=notes, notes_total=total))

    def _search_notes(self, query: str, scope: NotesScope) -> tuple[tuple[Any, ...], int]:
        from kb_app.core.search.notes_search import search_notes

        try:
            if self._notes_conn is None or self._notes_db != scope.db:
                self._close_notes()
                # This thread's own connection (the GUI thread owns the other); it only reads.
                self._notes_conn = sqlite3.connect(scope.db, timeout=2)
                self._notes_conn.execute("PRAGMA query_only = ON")
                self._notes_db = scope.db
            if self._words is None and self._library is not None:
                from kb_app.core.text.search_words import search_words

                self._words = search_words(self._library.country())  # once per library
            hits, total = search_notes(
                self._notes_conn, query, municipality=scope.municipality, limit=NOTES_LIMIT, known_words=self._words
            )
        except sqlite3.Error:  # the notes cannot be read now: the documents are still shown
            self._close_notes()
            return (), 0
        return tuple(hits), total

    def _close_notes(self) -> None:
        if self._notes_conn is not None:
            self._notes_conn.close()
        self._notes_conn = None
        self._notes_db = None

    @Slot()
    def shutdown(self) -> None:
        if self._library is not None:
            self._library.close()
            self._library = None
        self._close_notes()


class SearchService(QObject):
    """GUI-side handle: ``request()`` returns at once; ``finished`` delivers the newest result."""

    finished = Signal(object)  # SearchOutcome
    warmed = Signal()
    _to_worker = Signal(int, str, str, object)
    _library_to_worker = Signal(object)
    _shutdown = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._latest = _Latest()
        self._thread: QThread | None = None
        self._worker: _Worker | None = None
        self._library: Library | None = None
        self._in_flight = False
        self._pending: tuple[int, str, str, NotesScope | None] | None = None
        self.is_warm = False
        # Asked at each request: which notes to search too (None: none).
        self.notes_scope: Callable[[], NotesScope | None] | None = None

    def set_library(self, library: Library | None) -> None:
        self._library = library
        self.is_warm = False
        if self._thread is not None:
            self._library_to_worker.emit(library)

    def start(self) -> None:
        """Start the worker thread and warm the engine up (call after the window is shown)."""
        if self._thread is not None:
            return
        from PySide6.QtCore import QThread  # after the first paint: importing it costs start-up time

        self._thread = QThread()
        self._thread.setObjectName("search")
        self._worker = _Worker(self._latest)
        self._worker.moveToThread(self._thread)
        self._to_worker.connect(self._worker.search)
        self._library_to_worker.connect(self._worker.set_library)
        self._shutdown.connect(self._worker.shutdown)
        self._worker.done.connect(self._on_done)
        self._worker.warmed.connect(self._on_warmed)
        self._thread.finished.connect(self._worker.deleteLater)
        self._thread.start()
        self._library_to_worker.emit(self._library)

    def request(self, query: str, doc_type: str = "") -> int:
        seq = self._latest.next()
        self._pending = (seq, query, doc_type, self.notes_scope() if self.notes_scope is not None else None)
        if self._thread is None:
            self.start()  # a first keystroke before start-up finished: queued behind warm-up
        self._dispatch()
        return seq

    def cancel(self) -> None:
        """Forget any pending or running request (the query was cleared)."""
        self._latest.next()
        self._pending = None

    @property
    def latest(self) -> int:
        return self._latest.value

    def _dispatch(self) -> None:
        if self._in_flight or self._pending is None:
            return
        seq, query, doc_type, scope = self._pending
        self._pending = None
        self._in_flight = True
        self._to_worker.emit(seq, query, doc_type, scope)

    def _on_done(self, outcome: SearchOutcome) -> None:
        if self._thread is None:
            return  # stopped (the window closed): a result posted just before must not reach closed data
        self._in_flight = False
        if outcome.seq == self._latest.value and not outcome.stale:
            self.finished.emit(outcome)
        self._dispatch()

    def _on_warmed(self) -> None:
        self.is_warm = True
        self.warmed.emit()

    def stop(self) -> None:
        if self._thread is None:
            return
        self._shutdown.emit()
        self._thread.quit()
        self._thread.wait()
        self._thread = None
        self._worker = None
