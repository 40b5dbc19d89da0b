"""Notes and the notes exchange file of the project's interface contract (docs/interface-contract.md §4)
(bookmarks and history: :mod:`kb_app.core.userdata.bookmarks`).

Notes attach to stable document ids and to a municipality, never to rows of the library, so a
new content pack cannot take them away: a note whose document is gone is an orphan, listed so the
user can see it, never dropped. Notes are soft-deleted so a deletion can travel in an export.
"""

from __future__ import annotations

import builtins
import json
import re
import sqlite3
import unicodedata
import uuid
from collections.abc import Callable, Sequence
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, Final

from kb_app.core.library_files.libformat import open_readonly
from kb_app.core.platform.atomic import atomic_write_bytes
from kb_app.core.platform.errors import LibraryError, NotesError, NotFoundError
from kb_app.core.search.notes_search import (
    PLAIN,
    NoteHit,
    index_is_current,
    index_note,
    indexed_analysis,
    rebuild_notes_index,
    search_notes,
)
from kb_app.core.text.search_words import SearchWords
from kb_app.core.userdata.user_db import UserData, format_time, utc_now

NOTES_FORMAT = "kb-app-notes"
NOTES_VERSION = 1
MAX_NOTES_FILE_SIZE = 50 * 1024 * 1024
# One note is a local procedure or a few contacts: 20,000 characters is some eight printed pages,
# and far below the file limit, so that no single note can make a page, a notes search or the
# editor crawl (Qt lays out a 100,000-character line without spaces in seconds, 20,000 in about
# a tenth of one). Notes longer than this that are already stored are shown as a placeholder to
# delete (or export).
MAX_NOTE_LENGTH = 20_000
# How many notes (and JSON objects in all) a notes file may hold: each costs memory while parsing.
MAX_NOTES_IN_FILE = 50_000
MAX_JSON_OBJECTS = MAX_NOTES_IN_FILE + 10
# A colleague's clock may run a little ahead; a time further in the future than this is refused on
# import and never written, so that it cannot win every later merge (or overflow at 9999-12-31).
MAX_CLOCK_SKEW = timedelta(days=1)
MAX_DOC_ID_LENGTH = 200
_FIELDS = ("id", "municipality", "doc_id", "body", "created_at", "updated_at", "deleted")
_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\Z")
_TIME_EXAMPLE = "2026-11-20T09:12:00Z"


@dataclass(frozen=True)
class Note:
    id: str
    municipality: str
    doc_id: str | None
    body: str
    created_at: str  # YYYY-MM-DDTHH:MM:SSZ, so that text order is time order
    updated_at: str
    deleted: bool = False
    # True when the stored text is longer than MAX_NOTE_LENGTH and ``body`` holds only its start
    # (lists and previews): such a note can be exported or deleted, not edited.
    oversized: bool = False

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "municipality": self.municipality,
            "doc_id": self.doc_id,
            "body": self.body,
            "created_at": self.created_at,
            "updated_at": self.updated_at,
            "deleted": self.deleted,
        }


@dataclass(frozen=True)
class NoteVersion:
    """An older text of a note, kept when an edit or an import replaced it."""

    body: str
    updated_at: str
    replaced_at: str


@dataclass(frozen=True)
class ImportResult:
    added: int
    updated: int
    unchanged: int


class NotesRefused(NotesError):
    """A notes file or a note operation was refused; ``code`` names the reason for tests and for
    the GUI's translations (str() stays the English sentence the CLI prints).

    ``file`` is the notes file's name, ``note`` the 1-based position of the refused note in it and
    ``total`` how many notes the file holds, ``field`` the JSON field at fault; ``params`` hold the
    rest a translation may show (``version``, ``supported``, ``line``, ``column``, ``value``, …).
    """

    def __init__(
        self,
        code: str,
        message: str,
        *,
        file: str = "",
        note: int | None = None,
        total: int | None = None,
        field: str | None = None,
        **params: Any,
    ) -> None:
        super().__init__(message)
        self.code = code
        self.file = file
        self.note = note
        self.total = total
        self.field = field
        self.params = params


class _BadNote(ValueError):
    """One note of a file is unusable: the words for the CLI, the code and field for the GUI."""

    def __init__(self, code: str, message: str, field: str | None = None, **params: Any) -> None:
        super().__init__(message)
        self.code = code
        self.field = field
        self.params = params


class _AnyDoc:
    def __repr__(self) -> str:
        return "ANY"


ANY: Final = _AnyDoc()


def fold_text(text: str) -> str:
    """Lower case without diacritics, so 'gimene' finds 'Ģimene'."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _note(row: sqlite3.Row) -> Note:
    oversized = bool(row["oversized"]) if "oversized" in row.keys() else False
    return Note(
        row["id"],
        row["municipality"],
        row["doc_id"],
        row["body"],
        row["created_at"],
        row["updated_at"],
        bool(row["deleted"]),
        oversized,
    )


# Lists, previews and searches read at most MAX_NOTE_LENGTH characters of a body: an oversized note
# from before the limit (or written by another tool) must not stall a page.
_SHORT_COLUMNS = (
    f"id, municipality, doc_id, substr(body, 1, {MAX_NOTE_LENGTH}) AS body, created_at, "
    f"updated_at, deleted, length(body) > {MAX_NOTE_LENGTH} AS oversized"
)


def parse_time(stamp: str) -> datetime:
    return datetime.strptime(stamp, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)


def _is_plausible(stamp: str, now: datetime) -> bool:
    """False for a stored time beyond the clock skew (written before the limit existed)."""
    return stamp <= format_time(now + MAX_CLOCK_SKEW)


def _text_problem(text: str) -> str | None:
    """Why ``text`` cannot be a note's body: a refusal code, or None."""
    if len(text) > MAX_NOTE_LENGTH:
        return "note_too_long"
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate: SQLite and every other tool would choke on it
        return "bad_text"
    return None


class NotesStore:
    """Notes on top of one :class:`UserData` connection.

    ``analysis``: what the notes' search index should be built with, the installed library's
    (kb_app.core.search.notes_search.notes_analysis); None keeps the index as it was built (a store that
    lists, exports or deletes needs no library). ``rebuild``: make a stale index current now; the
    window passes False and rebuilds it in a task (kb_app.ui.notes.notes_index) unless there are no
    notes to analyze. Until then every write and search uses the analysis the index records."""

    def __init__(
        self,
        userdata: UserData,
        clock: Callable[[], datetime] = utc_now,
        *,
        analysis: str | None = None,
        rebuild: bool = True,
    ) -> None:
        self._db = userdata
        self._clock = clock
        self._conn = userdata.conn
        self._conn.create_function("kb_fold", 1, fold_text, deterministic=True)
        self.analysis = PLAIN
        self.follow(analysis or indexed_analysis(self._conn) or PLAIN, rebuild=rebuild)

    def follow(self, analysis: str, *, rebuild: bool = True) -> bool:
        """Build the search index with ``analysis`` from now on (another library's); True when
        the index is current. Without ``rebuild`` only an index of no notes is rebuilt (at no cost)."""
        self.analysis = analysis
        if self.index_is_current():
            return True
        no_notes = self._conn.execute("SELECT NOT EXISTS (SELECT 1 FROM notes WHERE deleted = 0)").fetchone()[0]
        if not (rebuild or no_notes):
            return False
        with self._db.transaction() as conn:  # another library's analysis or analyzer version
            rebuild_notes_index(conn, analysis)
        return True

    def index_is_current(self) -> bool:
        """True when the search index was built with this store's analysis (a read-only profile's
        index counts as current: it cannot be rebuilt, and searches read it as it was built)."""
        return self._db.read_only or index_is_current(self._conn, self.analysis)

    def _rows(self, sql: str, args: Sequence[object] = ()) -> sqlite3.Cursor:
        # Row objects on this cursor only: the connection is shared with UserData.
        cursor = self._conn.cursor()
        cursor.row_factory = sqlite3.Row
        return cursor.execute(sql, args)

    def _now(self) -> str:
        return format_time(self._clock())

    def _after(self, previous: str) -> str:
        """Now, but strictly later than ``previous``: every edit must win over the text it replaced,
        even two edits within one second or a clock that went backwards. A ``previous`` beyond the
        clock skew is a bad stamp (say 9999-12-31), not a time to outbid: now wins over it."""
        moment = self._clock()
        now = format_time(moment)
        if now > previous or not _is_plausible(previous, moment):
            return now
        return format_time(parse_time(previous) + timedelta(seconds=1))

    def _check_body(self, body: str, note_id: str | None = None) -> None:
        problem = _text_problem(body)
        if problem == "note_too_long":
            raise NotesRefused(
                problem,
                f"the note is {len(body):,} characters long, more than the {MAX_NOTE_LENGTH:,} a note may have",
                length=len(body),
                limit=MAX_NOTE_LENGTH,
                id=note_id or "",
            )
        if problem is not None:
            raise NotesRefused(
                problem,
                "the note's text holds a character that is not valid Unicode (a lone surrogate)",
                id=note_id or "",
            )

    # --- notes -----------------------------------------------------------------------------------

    def add(self, municipality: str, body: str, doc_id: str | None = None) -> Note:
        if not municipality:
            raise NotesRefused("no_municipality", "a note needs a municipality")
        self._check_body(body)
        now = self._now()
        note = Note(str(uuid.uuid4()), municipality, doc_id, body, now, now, False)
        with self._db.transaction() as conn:
            _insert(conn, note)
        return note

    def get(self, note_id: str, *, short: bool = False) -> Note:
        """The note; ``short``: at most MAX_NOTE_LENGTH characters of its text (for showing it)."""
        columns = _SHORT_COLUMNS if short else "*"
        # Ids are stored in lower case (as files are read); "notes delete 1B4E…" means the same note.
        row = self._rows(f"SELECT {columns} FROM notes WHERE id = ?", (note_id.lower(),)).fetchone()
        if row is None:
            raise NotFoundError(f"there is no note {note_id}")
        return _note(row)

    def update(self, note_id: str, body: str) -> Note:
        self._check_body(body, note_id)
        with self._db.transaction() as conn:
            old = self.get(note_id)
            if old.body == body:
                return old
            new = Note(
                old.id, old.municipality, old.doc_id, body, old.created_at, self._after(old.updated_at), old.deleted
            )
            _keep_history(conn, old, new.updated_at)
            _replace(conn, new)
        return new

    def reattach(self, note_id: str, doc_id: str | None) -> Note:
        """Move a note to another document (``None``: the municipality's own page), e.g. a note
        whose document a newer library dropped. The text is unchanged, so nothing goes to the
        history; ``updated_at`` moves so that the move wins when an export reaches another computer."""
        if doc_id is not None and not _is_doc_id(doc_id):
            raise NotesRefused("bad_doc_id", f"{doc_id!r} is not a document id", field="doc_id")
        with self._db.transaction() as conn:
            row = self._rows("SELECT * FROM notes WHERE id = ?", (note_id.lower(),)).fetchone()
            if row is None:
                raise NotesRefused("note_missing", f"there is no note {note_id}")
            old = _note(row)
            if old.deleted:
                raise NotesRefused("note_deleted", f"the note {note_id} is deleted")
            if old.doc_id == doc_id:
                return old
            new = Note(
                old.id, old.municipality, doc_id, old.body, old.created_at, self._after(old.updated_at), old.deleted
            )
            _replace(conn, new)
        return new

    def delete(self, note_id: str) -> Note:
        return self._set_deleted(note_id, True)

    def undelete(self, note_id: str) -> Note:
        return self._set_deleted(note_id, False)

    def _set_deleted(self, note_id: str, deleted: bool) -> Note:
        with self._db.transaction() as conn:
            old = self.get(note_id, short=True)
            if old.deleted == deleted:
                return old
            # updated_at moves so that the deletion wins when the export reaches another computer.
            # Only these two columns change: an oversized body is not read and written again.
            updated_at = self._after(old.updated_at)
            conn.execute(
                "UPDATE notes SET deleted = ?, updated_at = ? WHERE id = ?", (int(deleted), updated_at, old.id)
            )
            index_note(conn, old.id)
        return Note(old.id, old.municipality, old.doc_id, old.body, old.created_at, updated_at, deleted, old.oversized)

    def notes_for(
        self,
        municipality: str | None = None,
        doc_id: str | None | _AnyDoc = ANY,
        include_deleted: bool = False,
        *,
        full: bool = False,
    ) -> builtins.list[Note]:
        """Notes, newest edit first. ``doc_id=None`` means notes on the municipality's own page.
        Bodies are cut at MAX_NOTE_LENGTH (``oversized`` says so) unless ``full``."""
        where, args = [], []
        if municipality is not None:
            where.append("municipality = ?")
            args.append(municipality)
        if doc_id is None:
            where.append("doc_id IS NULL")
        elif not isinstance(doc_id, _AnyDoc):
            where.append("doc_id = ?")
            args.append(doc_id)
        if not include_deleted:
            where.append("deleted = 0")
        columns = "*" if full else _SHORT_COLUMNS
        sql = f"SELECT {columns} FROM notes" + (" WHERE " + " AND ".join(where) if where else "")
        return [_note(row) for row in self._rows(sql + " ORDER BY updated_at DESC, id", args)]

    def search_ranked(
        self, query: str, municipality: str | None = None, limit: int = 20, *, known_words: SearchWords | None = None
    ) -> tuple[builtins.list[NoteHit], int]:
        """Notes ranked as documents are (kb_app.core.search.notes_search), and how many match;
        ``known_words``: the library's question words (kb_app.core.text.search_words)."""
        return search_notes(self._conn, query, municipality=municipality, limit=limit, known_words=known_words)

    def search(self, text: str) -> builtins.list[Note]:
        needle = fold_text(text.strip())
        if not needle:
            return []
        # Only the part of a body a note may have is searched: an oversized one costs no more.
        rows = self._rows(
            f"SELECT {_SHORT_COLUMNS} FROM notes WHERE deleted = 0 "
            f"AND instr(kb_fold(substr(body, 1, {MAX_NOTE_LENGTH})), ?) > 0 "
            "ORDER BY updated_at DESC, id",
            (needle,),
        )
        return [_note(row) for row in rows]

    def orphans(self, known_doc_ids: set[str]) -> builtins.list[Note]:
        """Notes whose document the installed library no longer has: shown, never dropped."""
        return [note for note in self.notes_for() if note.doc_id is not None and note.doc_id not in known_doc_ids]

    def history(self, note_id: str) -> builtins.list[NoteVersion]:
        rows = self._rows(
            "SELECT body, updated_at, replaced_at FROM note_history WHERE note_id = ? ORDER BY id DESC",
            (note_id.lower(),),
        )
        return [NoteVersion(row["body"], row["updated_at"], row["replaced_at"]) for row in rows]

    def merge(self, notes: Sequence[Note]) -> ImportResult:
        """Merge validated notes by id in ONE transaction: the later ``updated_at`` wins; the text
        it replaces goes to the note's history; an equal or older one changes nothing. A stored
        time beyond the clock skew (from before that was refused) counts as older than any."""
        added = updated = 0
        moment = self._clock()
        with self._db.transaction() as conn:
            for note in notes:
                row = self._rows("SELECT * FROM notes WHERE id = ?", (note.id,)).fetchone()
                if row is None:
                    _insert(conn, note)
                    added += 1
                elif note.updated_at > row["updated_at"] or (
                    not _is_plausible(row["updated_at"], moment) and note.updated_at != row["updated_at"]
                ):
                    if row["body"] != note.body:
                        _keep_history(conn, _note(row), self._now())
                    _replace(conn, note)
                    updated += 1
        return ImportResult(added, updated, len(notes) - added - updated)


def _insert(conn: sqlite3.Connection, note: Note) -> None:
    conn.execute(
        "INSERT INTO notes (id, municipality, doc_id, body, created_at, updated_at, deleted) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        (note.id, note.municipality, note.doc_id, note.body, note.created_at, note.updated_at, int(note.deleted)),
    )
    index_note(conn, note.id)


def _replace(conn: sqlite3.Connection, note: Note) -> None:
    conn.execute(
        "UPDATE notes SET municipality = ?, doc_id = ?, body = ?, created_at = ?, updated_at = ?, "
        "deleted = ? WHERE id = ?",
        (note.municipality, note.doc_id, note.body, note.created_at, note.updated_at, int(note.deleted), note.id),
    )
    index_note(conn, note.id)


def _keep_history(conn: sqlite3.Connection, old: Note, replaced_at: str) -> None:
    conn.execute(
        "INSERT INTO note_history (note_id, body, updated_at, replaced_at) VALUES (?, ?, ?, ?)",
        (old.id, old.body, old.updated_at, replaced_at),
    )


# --- the exchange file (docs/interface-contract.md §4) ---------------------------------------------


def export_notes(store: NotesStore, path: Path, municipality: str | None = None) -> int:
    """Write the notes (deleted ones too, so deletions travel) to ``path``; returns how many."""
    notes = sorted(
        store.notes_for(municipality=municipality, include_deleted=True, full=True),
        key=lambda note: (note.created_at, note.id),
    )
    data = {
        "format": NOTES_FORMAT,
        "version": NOTES_VERSION,
        "exported_at": format_time(utc_now()),
        "notes": [note.to_json() for note in notes],
    }
    try:
        atomic_write_bytes(path, json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8") + b"\n", shared=True)
    except OSError as exc:
        raise NotesRefused(
            "write_failed",
            f"cannot write {path} ({exc.strerror or exc})",
            file=path.name,
            reason=exc.strerror or str(exc),
        ) from None
    return len(notes)


def import_notes(
    store: NotesStore, path: Path, known_municipalities: set[str], aliases: dict[str, str]
) -> ImportResult:
    return store.merge(read_notes_file(path, known_municipalities, aliases))


def read_notes_file(path: Path, known_municipalities: set[str], aliases: dict[str, str]) -> list[Note]:
    """Parse and validate a whole notes file before anything is stored; any bad note refuses all."""
    name = path.name
    data = _load_json(path)
    if not isinstance(data, dict) or data.get("format") != NOTES_FORMAT:
        raise NotesRefused(
            "not_notes_file",
            f"{name}: this is not a kb-app notes file (its 'format' is not '{NOTES_FORMAT}')",
            file=name,
            field="format",
        )
    version = data.get("version")
    if type(version) is not int or version < 1:
        raise NotesRefused("no_version", f"{name}: the notes file has no valid 'version'", file=name, field="version")
    if version > NOTES_VERSION:
        raise NotesRefused(
            "newer_version",
            f"{name}: the notes file was made by a newer version of the app "
            f"(version {version}, this app reads version {NOTES_VERSION}); update the app",
            file=name,
            field="version",
            version=version,
            supported=NOTES_VERSION,
        )
    items = data.get("notes")
    if not isinstance(items, list):
        raise NotesRefused("no_notes_list", f"{name}: the notes file has no list of 'notes'", file=name, field="notes")
    if len(items) > MAX_NOTES_IN_FILE:
        raise NotesRefused(
            "too_many_notes",
            f"{name}: the file holds {len(items):,} notes, more than the {MAX_NOTES_IN_FILE:,} a notes file may have",
            file=name,
            count=len(items),
            limit=MAX_NOTES_IN_FILE,
        )
    now = utc_now()
    notes: list[Note] = []
    seen: set[str] = set()
    for index, item in enumerate(items):
        try:
            note = _parse_note(item, known_municipalities, aliases, now)
            if note.id in seen:
                raise _BadNote("duplicate_id", f"its id {note.id} appears earlier in the file too", "id", value=note.id)
        except _BadNote as exc:
            raise NotesRefused(
                exc.code,
                f"{name}: note {index + 1} of {len(items)}: {exc}; nothing was imported",
                file=name,
                note=index + 1,
                total=len(items),
                field=exc.field,
                **exc.params,
            ) from None
        seen.add(note.id)
        notes.append(note)
    return notes


class _TooManyObjects(Exception):
    pass


def _counting_hook() -> Callable[[list[tuple[str, Any]]], dict[str, Any]]:
    """An ``object_pairs_hook`` that stops the parse once the file holds more JSON objects than
    a notes file can: a file of millions of ``{}`` would otherwise take gigabytes to refuse."""
    count = 0

    def hook(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        nonlocal count
        count += 1
        if count > MAX_JSON_OBJECTS:
            raise _TooManyObjects
        return dict(pairs)

    return hook


def _load_json(path: Path) -> Any:
    name = path.name
    try:
        if not path.is_file():
            if not path.exists():
                raise NotesRefused("missing", f"{name}: the file does not exist", file=name)
            raise NotesRefused("not_a_file", f"{name}: this is a folder, not a notes file", file=name)
        with path.open("rb") as fh:
            # Read one byte past the limit, whatever stat said: a file may grow while it is read.
            raw = fh.read(MAX_NOTES_FILE_SIZE + 1)
        if len(raw) > MAX_NOTES_FILE_SIZE:
            size_mb = max(path.stat().st_size, len(raw)) // (1024 * 1024)
            max_mb = MAX_NOTES_FILE_SIZE // (1024 * 1024)
            raise NotesRefused(
                "too_large",
                f"{name}: the file is {size_mb} MB, more than the {max_mb} MB a notes file may have",
                file=name,
                size_mb=size_mb,
                max_mb=max_mb,
            )
    except OSError as exc:
        raise NotesRefused(
            "unreadable",
            f"{name}: the file cannot be read ({exc.strerror or exc})",
            file=name,
            reason=exc.strerror or str(exc),
        ) from None
    try:
        text = raw.decode("utf-8-sig")  # Notepad adds a byte-order mark
    except UnicodeDecodeError:
        raise NotesRefused(
            "not_utf8", f"{name}: the file is not UTF-8 text, so it is not a notes file", file=name
        ) from None
    del raw
    try:
        return json.loads(text, object_pairs_hook=_counting_hook())
    except _TooManyObjects:
        raise NotesRefused(
            "too_many_notes",
            f"{name}: the file holds more than the {MAX_NOTES_IN_FILE:,} notes a notes file may have",
            file=name,
            count=MAX_JSON_OBJECTS,
            limit=MAX_NOTES_IN_FILE,
        ) from None
    except json.JSONDecodeError as exc:
        raise NotesRefused(
            "not_json",
            f"{name}: the file is not valid JSON (line {exc.lineno}, column {exc.colno})",
            file=name,
            line=exc.lineno,
            column=exc.colno,
        ) from None
    except (ValueError, RecursionError):
        raise NotesRefused("not_json", f"{name}: the file is not valid JSON", file=name) from None


def _is_doc_id(doc_id: object) -> bool:
    return (
        isinstance(doc_id, str) and bool(doc_id.strip()) and len(doc_id) <= MAX_DOC_ID_LENGTH and doc_id.isprintable()
    )


def _parse_note(item: object, known: set[str], aliases: dict[str, str], now: datetime) -> Note:
    """Raises _BadNote naming the field, in words for the person who sent the file."""
    if not isinstance(item, dict):
        raise _BadNote("not_object", "it is not a JSON object")
    for key in _FIELDS:
        if key not in item:
            raise _BadNote("field_missing", f"the field '{key}' is missing", key)
    note_id = item["id"]
    if not isinstance(note_id, str) or not _UUID.match(note_id):
        raise _BadNote("bad_id", "'id' is not a UUID (like 1b4e28ba-2fa1-11d2-883f-0016d3cca427)", "id")
    municipality = item["municipality"]
    if not isinstance(municipality, str):
        raise _BadNote("bad_municipality", "'municipality' must be a municipality code", "municipality")
    code = municipality if municipality in known else aliases.get(municipality)
    if code is None or code not in known:
        raise _BadNote(
            "unknown_municipality",
            f"'municipality' {municipality!r} is not a municipality of the installed library",
            "municipality",
            value=municipality,
        )
    doc_id = item["doc_id"]
    if doc_id is not None and not _is_doc_id(doc_id):
        raise _BadNote("bad_doc_id", "'doc_id' must be a document id or null", "doc_id")
    body = item["body"]
    if not isinstance(body, str):
        raise _BadNote("bad_body", "'body' must be text", "body")
    problem = _text_problem(body)
    if problem == "note_too_long":
        raise _BadNote(
            "body_too_long",
            f"the note {note_id} is {len(body):,} characters long, more than the {MAX_NOTE_LENGTH:,} a note may have",
            "body",
            value=note_id,
            length=len(body),
            limit=MAX_NOTE_LENGTH,
        )
    if problem is not None:
        raise _BadNote(
            "body_not_unicode",
            f"the text of note {note_id} holds a character that is not valid Unicode (a lone surrogate)",
            "body",
            value=note_id,
        )
    if type(item["deleted"]) is not bool:
        raise _BadNote("bad_deleted", "'deleted' must be true or false", "deleted")
    created_at, updated_at = _parse_time(item, "created_at", now), _parse_time(item, "updated_at", now)
    return Note(note_id.lower(), code, doc_id, body, created_at, updated_at, item["deleted"])


def _parse_time(item: dict[str, Any], key: str, now: datetime) -> str:
    value = item[key]
    # Date and time are both required: a bare date would silently mean midnight.
    if not isinstance(value, str) or not 16 <= len(value) <= 40 or value[10:11] not in ("T", "t", " "):
        raise _BadNote("bad_time", f"'{key}' must be a date and time like {_TIME_EXAMPLE}", key)
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise _BadNote("bad_time", f"'{key}' must be a date and time like {_TIME_EXAMPLE}", key) from None
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise _BadNote("no_time_zone", f"'{key}' has no time zone; write it like {_TIME_EXAMPLE} (Z means UTC)", key)
    try:
        stamp = format_time(moment)
    except OverflowError:
        raise _BadNote("time_out_of_range", f"'{key}' is out of range", key) from None
    if not _is_plausible(stamp, now):
        raise _BadNote(
            "time_in_future",
            f"'{key}' {value} is in the future (this computer's time is "
            f"{format_time(now)}); check the clock of the computer that wrote the file",
            key,
            value=value,
        )
    return stamp


def library_municipalities(library_db: Path) -> tuple[set[str], dict[str, str]]:
    """The municipality codes notes may use, and the aliases that resolve to them."""
    with closing(open_readonly(library_db)) as conn:
        try:
            codes = {row[0] for row in conn.execute("SELECT code FROM municipalities")}
            aliases = {row[0]: row[1] for row in conn.execute("SELECT alias, code FROM municipality_aliases")}
        except sqlite3.Error as exc:
            raise LibraryError(f"the library's municipality list cannot be read ({exc})") from None
    return codes, aliases


def known_doc_ids(library_db: Path) -> set[str]:
    with closing(open_readonly(library_db)) as conn:
        try:
            return {row[0] for row in conn.execute("SELECT id FROM documents")}
        except sqlite3.Error as exc:
            raise LibraryError(f"the library cannot be read ({exc})") from None
