"""The user's own database: notes, bookmarks, reading history and settings.

Nobody else has a copy of a social worker's notes, so this file is treated as the most valuable
thing in the profile: every open runs ``PRAGMA integrity_check``; a damaged file (an empty one, a
wrong header, a failed check) is moved aside (never deleted) and the best backup takes its place:
the newest one, the fullest among copies of the same second, and never an empty copy while one with
notes exists; backups rotate daily; the schema only ever migrates forward, and a file from a newer
app is left untouched. A profile that cannot be written is opened read-only: the notes are shown,
and every failed write says why (read-only, disk full) through :class:`UserDataError` codes.
"""

from __future__ import annotations

import os
import re
import sqlite3
import tempfile
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import TracebackType

from kb_app.core.platform import write_failures
from kb_app.core.platform.atomic import fsync_dir
from kb_app.core.platform.errors import UserDataError
from kb_app.core.platform.paths import AppPaths
from kb_app.core.platform.textsafe import clean_for_output

APPLICATION_ID = 0x4B424E54  # "KBNT": tells our files from any other SQLite file on restore
AUTO_BACKUP_KEEP = 7
AUTO_BACKUP_EVERY = timedelta(days=1)
_STAMP = "%Y%m%d-%H%M%S"
_AUTO_BACKUP = re.compile(r"userdata-(\d{8}-\d{6})\.db\Z")
# Safety copies (before a restore or a migration) carry a suffix so rotation leaves them alone,
# but recovery still considers them.
_ANY_BACKUP = re.compile(r"userdata-(\d{8}-\d{6})(?:-[a-z0-9-]+)?\.db\Z")
# SQLITE_CORRUPT and SQLITE_NOTADB: the only errors that mean the file itself is bad. "Locked" or
# "cannot open" must never send a good file aside.
_DAMAGE_CODES = (11, 26)


def _create_tables(conn: sqlite3.Connection) -> None:
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute("""CREATE TABLE notes (
        id TEXT PRIMARY KEY NOT NULL,
        municipality TEXT NOT NULL,
        doc_id TEXT,
        body TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)))""")
    conn.execute("""CREATE TABLE note_history (
        id INTEGER PRIMARY KEY,
        note_id TEXT NOT NULL REFERENCES notes(id) ON DELETE CASCADE,
        body TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        replaced_at TEXT NOT NULL)""")
    conn.execute("CREATE TABLE bookmarks (doc_id TEXT PRIMARY KEY NOT NULL, created_at TEXT NOT NULL)")
    conn.execute("""CREATE TABLE history (
        id INTEGER PRIMARY KEY, doc_id TEXT NOT NULL, viewed_at TEXT NOT NULL)""")
    conn.execute("CREATE TABLE settings (key TEXT PRIMARY KEY NOT NULL, value TEXT)")


def _add_lookup_indexes(conn: sqlite3.Connection) -> None:
    # The notes panel lists a municipality's or a document's notes on every page change.
    conn.execute("CREATE INDEX notes_by_municipality ON notes(municipality, updated_at)")
    conn.execute("CREATE INDEX notes_by_doc ON notes(doc_id)")
    conn.execute("CREATE INDEX note_history_by_note ON note_history(note_id)")
    conn.execute("CREATE INDEX history_by_time ON history(viewed_at)")


def _add_notes_search(conn: sqlite3.Connection) -> None:
    # Notes searched with the analysis documents get (kb_app.core.search.notes_search).
    from kb_app.core.search.notes_search import create_notes_index

    create_notes_index(conn)


# MIGRATIONS[n] takes a database from version n to n + 1. Append only; never edit a released one.
def _add_workshop_sessions(conn: sqlite3.Connection) -> None:
    # Read and written by kb_app.core.userdata.workshop_sessions, which imports this module for UserData.
    conn.execute("""CREATE TABLE workshop_sessions (
        id TEXT PRIMARY KEY NOT NULL,
        scenario_id TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        model TEXT NOT NULL DEFAULT '[]',
        groups TEXT NOT NULL DEFAULT '[]')""")


MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [
    _create_tables,
    _add_lookup_indexes,
    _add_workshop_sessions,
    _add_notes_search,
]
SCHEMA_VERSION = len(MIGRATIONS)


@dataclass(frozen=True)
class Recovery:
    """What happened when the database failed its integrity check, for the GUI to tell the user."""

    reason: str
    damaged_copy: Path
    restored_from: Path | None  # None: no good backup, the user starts with an empty database
    kind: str = "damaged"  # "empty" (zero bytes), "not_database" (wrong header) or "damaged"


def utc_now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


def format_time(moment: datetime) -> str:
    """YYYY-MM-DDTHH:MM:SSZ: the exchange format, and text order equals time order (strftime
    would not zero-pad years below 1000 on every platform)."""
    t = moment.astimezone(UTC)
    return f"{t.year:04d}-{t.month:02d}-{t.day:02d}T{t.hour:02d}:{t.minute:02d}:{t.second:02d}Z"


class UserData:
    """One connection to the user's database. Open with :func:`open_userdata` or :meth:`open`."""

    def __init__(
        self, path: Path, backups: Path, conn: sqlite3.Connection, recovery: Recovery | None, read_only: bool = False
    ) -> None:
        self.path = path
        self.backups = backups
        self.conn = conn
        self.recovery = recovery
        self.read_only = read_only  # opened from a profile that cannot be written: no changes
        self.read_only_reason = write_failures.READ_ONLY if read_only else ""  # or DISK_FULL

    @classmethod
    def open(cls, path: Path, backups: Path) -> UserData:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            problem = write_failures.classify(exc)
            raise UserDataError(
                f"the profile folder {path.parent} cannot be created: {write_failures.describe(problem)}",
                code=f"profile_{problem}",
                file=str(path.parent),
            ) from None
        problem = write_failures.probe(path.parent, sync=False)
        if problem in (write_failures.READ_ONLY, write_failures.DISK_FULL):
            # Not even SQLite's -shm file could be made: show the notes as they are, change nothing.
            return cls.open_read_only(path, backups, problem)
        recovery = None
        try:
            conn = _connect_checked(path)
        except _Damaged as damage:
            recovery = _recover(path, backups, str(damage), damage.kind)
            if recovery.restored_from is None and damage.kind == "empty":
                recovery = None  # nothing was in it and nothing to restore: a new database, no alarm
            try:
                conn = _connect_checked(path)
            except _Damaged as again:
                raise UserDataError(f"the notes database cannot be repaired ({again})") from None
        db = cls(path, backups, conn, recovery)
        try:
            db._migrate()
            db._drop_foreign_code()
        except BaseException:
            conn.close()
            raise
        return db

    @classmethod
    def open_read_only(cls, path: Path, backups: Path, reason: str = write_failures.READ_ONLY) -> UserData:
        """The notes of a profile that cannot be written (a write-protected stick, a locked-down PC):
        shown as they are, nothing repaired or migrated. No database yet: an empty one in memory."""
        conn: sqlite3.Connection | None = None
        if path.is_file() and path.stat().st_size > 0:
            for query in ("mode=ro", "immutable=1"):  # immutable: a WAL database whose -shm cannot be made
                try:
                    conn = sqlite3.connect(f"{path.resolve().as_uri()}?{query}", uri=True, isolation_level=None)
                    if conn.execute("PRAGMA quick_check").fetchall() != [("ok",)]:
                        raise sqlite3.DatabaseError("integrity check failed")
                    _check_identity(conn, path)
                    break
                except sqlite3.Error:
                    if conn is not None:
                        conn.close()
                    conn = None
        if conn is None:
            conn = sqlite3.connect(":memory:", isolation_level=None)
            for migration in MIGRATIONS:
                migration(conn)
        conn.execute("PRAGMA query_only = ON")
        db = cls(path, backups, conn, None, read_only=True)
        db.read_only_reason = reason
        return db

    @property
    def recovered(self) -> bool:
        return self.recovery is not None

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> UserData:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction: all of it is stored, or (on error or a kill) none of it.

        A write the disk refuses (full, read-only, an I/O error) raises :class:`UserDataError` with
        the code ``disk_full``, ``read_only`` or ``write_failed``: nothing of it was stored."""
        if self.read_only:
            raise UserDataError(
                f"the notes cannot be changed: {write_failures.describe(self.read_only_reason)}",
                code=self.read_only_reason,
                file=self.path.name,
            )
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            raise _write_error(exc, self.path) from None
        try:
            yield self.conn
        except BaseException as exc:
            if self.conn.in_transaction:
                try:
                    self.conn.execute("ROLLBACK")
                except sqlite3.Error:
                    pass  # SQLite already rolled back (a full disk does that)
            if isinstance(exc, sqlite3.OperationalError) and _is_write_failure(exc):
                raise _write_error(exc, self.path) from None
            raise
        try:
            self.conn.execute("COMMIT")
        except sqlite3.OperationalError as exc:
            if self.conn.in_transaction:
                try:
                    self.conn.execute("ROLLBACK")
                except sqlite3.Error:
                    pass
            raise _write_error(exc, self.path) from None

    @property
    def version(self) -> int:
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    def integrity_ok(self) -> bool:
        return self.conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]

    def get_setting(self, key: str, default: str | None = None) -> str | None:
        row = self.conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return default if row is None else row[0]

    def set_setting(self, key: str, value: str | None) -> None:
        with self.transaction() as conn:
            if value is None:
                conn.execute("DELETE FROM settings WHERE key = ?", (key,))
            else:
                conn.execute(
                    "INSERT INTO settings (key, value) VALUES (?, ?) "
                    "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                    (key, value),
                )

    def _migrate(self) -> None:
        start = self.version
        if start == SCHEMA_VERSION:
            return
        if start > 0:
            self.backup_to(self.backups / f"userdata-{utc_now():{_STAMP}}-before-v{SCHEMA_VERSION}.db")
        for target in range(start + 1, SCHEMA_VERSION + 1):
            with self.transaction() as conn:
                if self.version >= target:  # another process migrated meanwhile
                    continue
                MIGRATIONS[target - 1](conn)
                conn.execute(f"PRAGMA user_version = {target}")

    def _drop_foreign_code(self) -> None:
        """Triggers and views the app's migrations never made (a backup restored by an older app
        could bring them): they would rewrite every later note and ride along into each daily
        backup. Tables stay, with whatever they hold; only code that acts on its own goes."""
        try:
            expected = expected_schema(self.version)
        except sqlite3.Error:
            return  # a migration that needs more than a bare connection: never a reason not to open
        found = _schema_of(self.conn)
        foreign = [(kind, name) for kind, name, _, _ in found - expected if kind in ("trigger", "view")]
        if not foreign:
            return
        with self.transaction() as conn:
            for kind, name in foreign:
                conn.execute(f'DROP {kind.upper()} IF EXISTS "{name.replace(chr(34), chr(34) * 2)}"')

    # --- backups ---------------------------------------------------------------------------------

    def backup_to(self, dest: Path) -> Path:
        """Write a consistent copy (SQLite's backup API, safe while others read) to ``dest``."""
        try:
            dest.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp_name = tempfile.mkstemp(dir=dest.parent, prefix=f".{dest.name}.", suffix=".tmp")
            os.close(fd)
            try:
                with closing(sqlite3.connect(tmp_name)) as out:
                    self.conn.backup(out)
                    # A standalone file: no -wal beside it, readable from read-only media.
                    out.execute("PRAGMA journal_mode=DELETE")
                _fsync_file(Path(tmp_name))
                os.replace(tmp_name, dest)
            except BaseException:
                Path(tmp_name).unlink(missing_ok=True)
                raise
            fsync_dir(dest.parent)
        except (OSError, sqlite3.Error) as exc:
            raise UserDataError(
                f"the backup {dest} could not be written ({exc})", code="backup_failed", file=Path(dest).name
            ) from None
        return dest

    def backup_if_due(self, now: datetime | None = None) -> Path | None:
        """Take the daily automatic backup if the last one is a day old; keep the newest seven."""
        if self.read_only:
            return None  # nothing can change, so nothing new to keep; and nowhere to write it
        now = (now or utc_now()).astimezone(UTC)
        autos = _auto_backups(self.backups)
        if autos and now - autos[-1][0] < AUTO_BACKUP_EVERY:
            return None
        dest = self.backup_to(self.backups / f"userdata-{now:{_STAMP}}.db")
        for _, old in _auto_backups(self.backups)[:-AUTO_BACKUP_KEEP]:
            old.unlink(missing_ok=True)
        return dest

    def restore_from(self, source: Path) -> Path:
        """Replace the database with ``source``; returns the safety copy of what was here before."""
        inspect_userdata(source)
        if source.resolve() == self.path.resolve():
            raise UserDataError(
                "that file is the database in use; choose a backup file", code="in_use", file=source.name
            )
        safety = self.backup_to(self.backups / f"userdata-{utc_now():{_STAMP}}-before-restore.db")
        try:
            with closing(_connect_readonly(source)) as src:
                src.backup(self.conn)
        except sqlite3.Error as exc:
            raise UserDataError(
                f"{source.name} could not be restored ({exc})", code="restore_failed", file=source.name
            ) from None
        self.conn.execute("PRAGMA journal_mode=WAL")
        self._migrate()
        return safety


def open_userdata(paths: AppPaths) -> UserData:
    paths.ensure()
    return UserData.open(paths.user_db, paths.backups)


def inspect_userdata(path: Path) -> int:
    """Check that ``path`` is a sound user database this app can read; returns its schema version."""
    if not path.is_file():
        raise UserDataError(f"{path.name} does not exist", code="missing", file=path.name)
    try:
        with closing(_connect_readonly(path)) as conn:
            if conn.execute("PRAGMA integrity_check").fetchall() != [("ok",)]:
                raise UserDataError(f"{path.name} is damaged", code="damaged", file=path.name)
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            schema = _schema_of(conn)
    except sqlite3.Error:
        raise UserDataError(
            f"{path.name} is not a kb-app notes database", code="not_notes_db", file=path.name
        ) from None
    if app_id != APPLICATION_ID or version < 1:
        raise UserDataError(f"{path.name} is not a kb-app notes database", code="not_notes_db", file=path.name)
    if version > SCHEMA_VERSION:
        raise UserDataError(
            f"{path.name} was made by a newer version of the app; update the app first", code="newer", file=path.name
        )
    try:
        expected = expected_schema(int(version))
    except sqlite3.Error as exc:
        raise UserDataError(
            f"{path.name} cannot be checked against this app's schema ({exc})", code="restore_failed", file=path.name
        ) from None
    if schema != expected:
        raise UserDataError(
            f"{path.name} is not a database this app made: its structure differs "
            f"({_first_difference(schema, expected)})",
            code="foreign_schema",
            file=path.name,
        )
    return int(version)


SchemaRow = tuple[str, str, str, str | None]


def _schema_of(conn: sqlite3.Connection) -> frozenset[SchemaRow]:
    rows = conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
    # A virtual table's shadow tables (FTS5's x_data, x_idx…) are written by SQLite itself, whose
    # wording may differ between the versions that made the backup and that read it: they are
    # compared by name, under a virtual table whose own statement must match exactly.
    virtual = [
        name + "_"
        for kind, name, _, sql in rows
        if kind == "table" and isinstance(sql, str) and sql.upper().startswith("CREATE VIRTUAL TABLE")
    ]
    return frozenset(
        (
            kind,
            name,
            tbl_name,
            None
            if kind == "table" and name.startswith(tuple(virtual)) and name not in {v[:-1] for v in virtual}
            else sql,
        )
        for kind, name, tbl_name, sql in rows
    )


def expected_schema(version: int) -> frozenset[SchemaRow]:
    """The schema (tables, indexes, triggers, views) this app's own migrations give at ``version``.

    Built by running them on an empty in-memory database, so whatever a migration adds (a search
    table, its shadow tables) is expected exactly as written and nothing else is: a file that only
    claims our ids may carry triggers that rewrite every later note, and those must never come in.
    """
    with closing(sqlite3.connect(":memory:", isolation_level=None)) as conn:
        for migration in MIGRATIONS[:version]:
            migration(conn)
        return _schema_of(conn)


def _schema_order(row: SchemaRow) -> tuple[int, str]:
    kinds = ("table", "view", "trigger", "index")  # a missing table explains its missing indexes
    return (kinds.index(row[0]) if row[0] in kinds else len(kinds), row[1])


def _first_difference(found: frozenset[SchemaRow], expected: frozenset[SchemaRow]) -> str:
    missing = sorted(expected - found, key=_schema_order)
    if missing:
        kind, name = missing[0][:2]
        altered = any(row[:2] == (kind, name) for row in found)
        return f"the {kind} {name!r} is {'altered' if altered else 'missing'}"
    kind, name = sorted(found - expected, key=_schema_order)[0][:2]
    return f"an unexpected {kind} {clean_for_output(name, limit=60)!r}"


def _is_write_failure(exc: sqlite3.Error) -> bool:
    return (
        write_failures.classify(exc) != write_failures.WRITE_FAILED
        or (getattr(exc, "sqlite_errorcode", 0) or 0) & 0xFF == 10
    )  # SQLITE_IOERR


def _write_error(exc: sqlite3.Error, path: Path) -> Exception:
    """A failed write as a UserDataError the user can act on; other errors as they are."""
    if not _is_write_failure(exc):
        return exc
    problem = write_failures.classify(exc)
    return UserDataError(
        f"the notes could not be saved: {write_failures.describe(problem)} ({exc})", code=problem, file=path.name
    )


class _Damaged(Exception):
    def __init__(self, reason: str, kind: str = "damaged") -> None:
        super().__init__(reason)
        self.kind = kind


def _connect_checked(path: Path) -> sqlite3.Connection:
    if _is_empty_file(path):
        raise _Damaged("the file is empty (0 bytes)", "empty")
    try:
        conn = sqlite3.connect(path, isolation_level=None, timeout=10)
    except sqlite3.Error as exc:
        raise UserDataError(f"the notes database cannot be opened ({exc})") from None
    try:
        try:
            rows = conn.execute("PRAGMA integrity_check").fetchall()
        except sqlite3.DatabaseError as exc:
            code = getattr(exc, "sqlite_errorcode", 0) & 0xFF
            if code in _DAMAGE_CODES:
                raise _Damaged(str(exc), "not_database" if code == 26 else "damaged") from None
            raise UserDataError(f"the notes database cannot be opened ({exc})") from None
        if rows != [("ok",)]:
            raise _Damaged(str(rows[0][0]) if rows else "integrity check gave no answer")
        _check_identity(conn, path)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA foreign_keys=ON")
        # FULL: a power cut after a saved note must not lose it; the writes here are tiny.
        conn.execute("PRAGMA synchronous=FULL")
    except BaseException:
        conn.close()
        raise
    return conn


def _is_empty_file(path: Path) -> bool:
    """A zero-byte database beside no write-ahead log: truncated by a crash, a sync tool or a full
    disk. (Zero bytes with a non-empty -wal is a new database whose first writes sit in the log.)"""
    try:
        if not path.is_file() or path.stat().st_size:
            return False
        wal = Path(f"{path}-wal")
        return not (wal.is_file() and wal.stat().st_size)
    except OSError:
        return False


def _check_identity(conn: sqlite3.Connection, path: Path) -> None:
    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version > SCHEMA_VERSION:
        raise UserDataError(
            f"the notes database {path} was made by a newer version of the app "
            f"(schema {version}, this app knows up to {SCHEMA_VERSION}); "
            "update the app to open it"
        )
    has_tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] > 0
    if app_id != APPLICATION_ID and (version > 0 or has_tables):
        raise UserDataError(f"{path} is not a kb-app notes database")


def _connect_readonly(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None)


def _recover(path: Path, backups: Path, reason: str, kind: str = "damaged") -> Recovery:
    damaged = path.with_name(f"{path.stem}.damaged-{utc_now():{_STAMP}}{path.suffix}")
    n = 1
    while damaged.exists():  # two recoveries within a second must not overwrite the first copy
        n += 1
        damaged = path.with_name(f"{path.stem}.damaged-{utc_now():{_STAMP}}-{n}{path.suffix}")
    try:
        for suffix in ("", "-wal", "-shm"):
            source = Path(f"{path}{suffix}")
            if source.exists():
                os.replace(source, Path(f"{damaged}{suffix}"))
    except OSError as exc:
        raise UserDataError(
            f"the notes database is damaged ({reason}) and could not be moved aside "
            f"({exc.strerror or exc}); close other kb-app windows and try again"
        ) from None
    for candidate in _best_backups_first(backups):
        try:
            _copy_database(candidate, path)
        except (sqlite3.Error, OSError):
            continue
        return Recovery(reason, damaged, candidate, kind)
    return Recovery(reason, damaged, None, kind)


def _copy_database(source: Path, dest: Path) -> None:
    tmp = dest.with_name(f".{dest.name}.restore.tmp")
    tmp.unlink(missing_ok=True)
    try:
        with closing(_connect_readonly(source)) as src, closing(sqlite3.connect(tmp)) as out:
            src.backup(out)
        _fsync_file(tmp)
        os.replace(tmp, dest)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    fsync_dir(dest.parent)


def _fsync_file(path: Path) -> None:
    with path.open("rb+") as fh:
        os.fsync(fh.fileno())


def _auto_backups(backups: Path) -> list[tuple[datetime, Path]]:
    return sorted(_stamped(backups, _AUTO_BACKUP))


def _data_amount(path: Path) -> int:
    """How much of the user's own work a sound backup holds (notes, deleted ones too, their older
    texts and bookmarks; not reading history); -1 for a file that is not a usable backup."""
    try:
        inspect_userdata(path)
        with closing(_connect_readonly(path)) as conn:
            return int(
                conn.execute(
                    "SELECT (SELECT count(*) FROM notes) + (SELECT count(*) FROM note_history)"
                    " + (SELECT count(*) FROM bookmarks)"
                ).fetchone()[0]
            )
    except (UserDataError, sqlite3.Error, OSError):
        return -1


def _best_backups_first(backups: Path) -> list[Path]:
    """Usable backups, best first: the newest; among copies made in the same second (names carry
    seconds only, e.g. a safety copy before a restore and the restored file) the one with the most
    data; and an empty copy only when no backup holds any data at all."""
    ranked = []
    for stamp, path in _stamped(backups, _ANY_BACKUP):
        amount = _data_amount(path)
        if amount < 0:
            continue
        try:
            mtime = path.stat().st_mtime_ns
        except OSError:
            continue
        ranked.append((amount > 0, stamp, amount, mtime, path.name, path))
    ranked.sort(reverse=True)
    return [entry[-1] for entry in ranked]


def _stamped(backups: Path, pattern: re.Pattern[str]) -> Iterator[tuple[datetime, Path]]:
    if not backups.is_dir():
        return
    for path in backups.iterdir():
        match = pattern.match(path.name)
        if match:
            yield datetime.strptime(match.group(1), _STAMP).replace(tzinfo=UTC), path
