"""The user's database: WAL, integrity check with recovery, migrations, backups (issue 5 §4, §7)."""

from __future__ import annotations

import os
import sqlite3
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from kb_app.cli import main
from kb_app.core.platform.errors import UserDataError
from kb_app.core.platform.lock import ProfileLock
from kb_app.core.platform.paths import AppPaths
from kb_app.core.userdata import user_db as userdata_module
from kb_app.core.userdata.bookmarks import BookmarksAndHistory
from kb_app.core.userdata.notes import NotesStore
from kb_app.core.userdata.user_db import (
    APPLICATION_ID,
    MIGRATIONS,
    SCHEMA_VERSION,
    UserData,
    inspect_userdata,
    open_userdata,
)
from tests.core.conftest_data import tree_hash


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    return AppPaths(tmp_path / "profile")


def _notes(paths: AppPaths) -> list[str]:
    with open_userdata(paths) as userdata:
        return sorted(note.body for note in NotesStore(userdata).notes_for(include_deleted=True))


def _add(paths: AppPaths, body: str) -> None:
    with open_userdata(paths) as userdata:
        NotesStore(userdata).add("riga", body)


def test_new_database_settings(paths: AppPaths) -> None:
    with open_userdata(paths) as userdata:
        conn = userdata.conn
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        assert userdata.version == SCHEMA_VERSION
        assert userdata.integrity_ok() and not userdata.recovered
        userdata.set_setting("municipality", "riga")
        assert userdata.get_setting("municipality") == "riga"
        userdata.set_setting("municipality", None)
        assert userdata.get_setting("municipality", "none") == "none"
    assert paths.user_db.is_file()


def _corrupt_header(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[:100] = os.urandom(100)
    path.write_bytes(bytes(data))


def _corrupt_pages(path: Path) -> None:
    data = bytearray(path.read_bytes())
    assert len(data) > 3 * 4096
    for page in range(1, len(data) // 4096):
        data[page * 4096 + 8 : page * 4096 + 200] = b"\xa5" * 192  # page headers and cell pointers
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("corrupt", [_corrupt_header, _corrupt_pages])
def test_damaged_database_recovers_from_latest_good_backup(paths: AppPaths, corrupt: object) -> None:
    _add(paths, "in both backups")
    with open_userdata(paths) as userdata:
        older = userdata.backup_if_due(datetime(2026, 11, 1, tzinfo=UTC))
    _add(paths, "in the newer backup")
    with open_userdata(paths) as userdata:
        newer = userdata.backup_if_due(datetime(2026, 11, 5, tzinfo=UTC))
    for i in range(40):
        _add(paths, f"after the backups {i} " + "x" * 200)
    damaged_bytes_before = paths.user_db.read_bytes()
    corrupt(paths.user_db)  # type: ignore[operator]
    damaged = paths.user_db.read_bytes()
    assert damaged != damaged_bytes_before

    with open_userdata(paths) as userdata:
        assert userdata.recovery is not None
        assert userdata.recovery.restored_from == newer
        assert userdata.recovery.damaged_copy.read_bytes() == damaged  # kept, never deleted
        assert userdata.integrity_ok()
        assert userdata.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert _notes(paths) == ["in both backups", "in the newer backup"]
    assert older is not None and older.exists()


def test_damaged_newest_backup_falls_back_to_older(paths: AppPaths) -> None:
    _add(paths, "old")
    with open_userdata(paths) as userdata:
        older = userdata.backup_if_due(datetime(2026, 11, 1, tzinfo=UTC))
        newer = userdata.backup_if_due(datetime(2026, 11, 5, tzinfo=UTC))
    assert older and newer
    newer.write_bytes(b"broken backup" * 500)
    _corrupt_header(paths.user_db)
    with open_userdata(paths) as userdata:
        assert userdata.recovery is not None and userdata.recovery.restored_from == older
    assert _notes(paths) == ["old"]


def test_damaged_database_without_backups_starts_empty(paths: AppPaths) -> None:
    _add(paths, "lost")
    _corrupt_header(paths.user_db)
    with open_userdata(paths) as userdata:
        assert userdata.recovery is not None and userdata.recovery.restored_from is None
        assert userdata.recovery.damaged_copy.exists()
    assert _notes(paths) == []
    # A second recovery must not overwrite the first damaged copy.
    _corrupt_header(paths.user_db)
    with open_userdata(paths) as userdata:
        assert userdata.recovered
    assert len(list(paths.profile.glob("userdata.damaged-*"))) == 2


def test_busy_database_is_not_mistaken_for_damage(paths: AppPaths) -> None:
    _add(paths, "mine")
    with closing(sqlite3.connect(paths.user_db, isolation_level=None)) as other:
        other.execute("BEGIN IMMEDIATE")
        other.execute("INSERT INTO settings VALUES ('x', 'y')")
        with open_userdata(paths) as userdata:
            assert not userdata.recovered
        other.execute("ROLLBACK")
    assert not list(paths.profile.glob("userdata.damaged-*"))


def test_database_from_newer_app_is_refused_untouched(paths: AppPaths) -> None:
    _add(paths, "future")
    with closing(sqlite3.connect(paths.user_db)) as conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    before = tree_hash(paths.profile)
    with pytest.raises(UserDataError, match="newer version of the app"):
        open_userdata(paths)
    assert tree_hash(paths.profile) == before


def test_foreign_sqlite_file_is_refused_untouched(paths: AppPaths) -> None:
    paths.ensure()
    with closing(sqlite3.connect(paths.user_db)) as conn:
        conn.execute("CREATE TABLE other (x)")
        conn.commit()
    before = tree_hash(paths.profile)
    with pytest.raises(UserDataError, match="not a kb-app"):
        open_userdata(paths)
    assert tree_hash(paths.profile) == before


def _database_at(path: Path, version: int) -> None:
    """A database as an older app version left it, with data in every table that existed then."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with closing(sqlite3.connect(path, isolation_level=None)) as conn:
        for step in MIGRATIONS[:version]:
            step(conn)
        conn.execute(f"PRAGMA user_version = {version}")
        if version >= 1:
            conn.execute(
                "INSERT INTO notes VALUES ('1b4e28ba-2fa1-11d2-883f-0016d3cca427', 'riga', 'doc-a', "
                "'Ģimenes atbalsts', '2026-01-01T00:00:00Z', '2026-01-02T00:00:00Z', 0)"
            )
            conn.execute(
                "INSERT INTO note_history (note_id, body, updated_at, replaced_at) VALUES "
                "('1b4e28ba-2fa1-11d2-883f-0016d3cca427', 'old', '2026-01-01T00:00:00Z', "
                "'2026-01-02T00:00:00Z')"
            )
            conn.execute("INSERT INTO bookmarks VALUES ('doc-a', '2026-01-01T00:00:00Z')")
            conn.execute("INSERT INTO history (doc_id, viewed_at) VALUES ('doc-a', '2026-01-01T00:00:00Z')")
            conn.execute("INSERT INTO settings VALUES ('municipality', 'riga')")


def _schema(path: Path) -> list[tuple[str, str]]:
    with closing(sqlite3.connect(path)) as conn:
        return sorted(conn.execute("SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL").fetchall())


@pytest.mark.parametrize("version", range(SCHEMA_VERSION))
def test_migrates_from_every_earlier_version(tmp_path: Path, version: int) -> None:
    paths = AppPaths(tmp_path / "profile")
    _database_at(paths.user_db, version)
    with open_userdata(paths) as userdata:
        assert userdata.version == SCHEMA_VERSION and userdata.integrity_ok()
        store = NotesStore(userdata)
        if version >= 1:
            note = store.get("1b4e28ba-2fa1-11d2-883f-0016d3cca427")
            assert note.body == "Ģimenes atbalsts" and note.doc_id == "doc-a"
            assert [v.body for v in store.history(note.id)] == ["old"]
            reading = BookmarksAndHistory(userdata)
            assert reading.bookmarks() == ["doc-a"] and reading.recently_viewed() == ["doc-a"]
            assert userdata.get_setting("municipality") == "riga"
            # The database as it was is kept before migrating.
            assert len(list(paths.backups.glob(f"userdata-*-before-v{SCHEMA_VERSION}.db"))) == 1
        else:
            assert store.notes_for() == []
    fresh = AppPaths(tmp_path / "fresh")
    open_userdata(fresh).close()
    assert _schema(paths.user_db) == _schema(fresh.user_db)


def test_failed_migration_changes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    paths = AppPaths(tmp_path / "profile")
    _database_at(paths.user_db, SCHEMA_VERSION - 1)

    def broken(conn: sqlite3.Connection) -> None:
        conn.execute("CREATE TABLE half_done (x)")
        raise RuntimeError("migration bug")

    monkeypatch.setattr(userdata_module, "MIGRATIONS", [*MIGRATIONS[:-1], broken])
    with pytest.raises(RuntimeError):
        open_userdata(paths)
    with closing(sqlite3.connect(paths.user_db)) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION - 1
        assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'half_done'").fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM notes").fetchone()[0] == 1


def test_backup_rotation_keeps_seven(paths: AppPaths) -> None:
    start = datetime(2026, 11, 1, 8, 0, tzinfo=UTC)
    with open_userdata(paths) as userdata:
        made = [userdata.backup_if_due(start + timedelta(days=day)) for day in range(10)]
        assert all(made)
        assert userdata.backup_if_due(start + timedelta(days=9, hours=23)) is None  # not due yet
        safety = userdata.backup_to(paths.backups / "userdata-20200101-000000-before-restore.db")
    autos = sorted(p.name for p in paths.backups.glob("userdata-????????-??????.db"))
    assert autos == sorted(p.name for p in made[-7:] if p)
    assert safety.exists()  # safety copies are not rotated away
    assert inspect_userdata(made[-1]) == SCHEMA_VERSION  # type: ignore[arg-type]
    assert not list(paths.backups.glob("*-wal"))


def test_backup_and_restore(paths: AppPaths, tmp_path: Path) -> None:
    _add(paths, "before backup")
    with open_userdata(paths) as userdata:
        backup = userdata.backup_to(tmp_path / "manual.db")
    _add(paths, "after backup")
    with open_userdata(paths) as userdata:
        safety = userdata.restore_from(backup)
        assert userdata.integrity_ok()
    assert _notes(paths) == ["before backup"]
    with open_userdata(AppPaths(tmp_path / "check")) as other:
        other.restore_from(safety)
        assert sorted(n.body for n in NotesStore(other).notes_for()) == ["after backup", "before backup"]


def test_restore_older_version_migrates(paths: AppPaths, tmp_path: Path) -> None:
    old = tmp_path / "old.db"
    _database_at(old, 1)
    with closing(sqlite3.connect(old)) as conn:
        conn.execute("PRAGMA journal_mode=DELETE")
    with open_userdata(paths) as userdata:
        userdata.restore_from(old)
        assert userdata.version == SCHEMA_VERSION
        assert NotesStore(userdata).get("1b4e28ba-2fa1-11d2-883f-0016d3cca427").body == "Ģimenes atbalsts"


def _foreign(path: Path) -> None:
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("CREATE TABLE t (x)")
        conn.commit()


def _newer(path: Path) -> None:
    _database_at(path, SCHEMA_VERSION)
    with closing(sqlite3.connect(path)) as conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")


@pytest.mark.parametrize(
    ("make", "words"),
    [
        (lambda p: p.write_bytes(os.urandom(5000)), "not a kb-app"),
        (lambda p: p.write_bytes(b""), "not a kb-app"),
        (_foreign, "not a kb-app"),
        (_newer, "newer version"),
        (lambda _: None, "does not exist"),
    ],
)
def test_restore_refuses_bad_files(paths: AppPaths, tmp_path: Path, make: object, words: str) -> None:
    _add(paths, "keep")
    source = tmp_path / "source.db"
    make(source)  # type: ignore[operator]
    before = tree_hash(paths.profile)
    with open_userdata(paths) as userdata, pytest.raises(UserDataError, match=words):
        userdata.restore_from(source)
    assert tree_hash(paths.profile) == before
    assert _notes(paths) == ["keep"]


def test_restore_refuses_the_database_itself(paths: AppPaths) -> None:
    _add(paths, "x")
    with open_userdata(paths) as userdata, pytest.raises(UserDataError, match="in use"):
        userdata.restore_from(paths.user_db)


def test_profile_lock_single_writer(tmp_path: Path) -> None:
    profile = tmp_path / "profile"
    first, second = ProfileLock(profile), ProfileLock(profile)
    assert first.acquire()
    assert not second.acquire()
    assert second.holder_pid() == os.getpid()
    with pytest.raises(UserDataError, match="in use by another kb-app"), ProfileLock(profile, wait=0):
        pass
    first.release()
    assert second.acquire() and second.held
    second.release()


def test_cli_backup_and_restore(paths: AppPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _add(paths, "one")
    out = tmp_path / "copy.db"
    assert main(["backup", "-o", str(out), "--profile", str(paths.profile)]) == 0
    assert main(["backup", "--profile", str(paths.profile)]) == 0
    assert len(list(paths.backups.glob("userdata-*-manual.db"))) == 1
    _add(paths, "two")
    assert main(["restore", str(out), "--profile", str(paths.profile)]) == 0
    assert "Restored" in capsys.readouterr().out
    assert _notes(paths) == ["one"]
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"nope")
    assert main(["restore", str(bad), "--profile", str(paths.profile)]) == 1
    assert capsys.readouterr().err.count("\n") == 1


def test_userdata_class_open(tmp_path: Path) -> None:
    with UserData.open(tmp_path / "sub" / "u.db", tmp_path / "b") as userdata:
        assert userdata.version == SCHEMA_VERSION


def _with_note_wiping_triggers(path: Path) -> None:
    """Issue 19 row 1: our ids, a clean integrity check, and two triggers that empty every new
    note's body and wipe its history."""
    _database_at(path, SCHEMA_VERSION)
    with closing(sqlite3.connect(path, isolation_level=None)) as conn:
        conn.execute(
            "CREATE TRIGGER blank AFTER INSERT ON notes BEGIN UPDATE notes SET body = '' WHERE id = NEW.id; END"
        )
        conn.execute("CREATE TRIGGER forget AFTER INSERT ON note_history BEGIN DELETE FROM note_history; END")


def _without_notes_table(path: Path) -> None:
    _database_at(path, SCHEMA_VERSION)
    with closing(sqlite3.connect(path, isolation_level=None)) as conn:
        conn.execute("DROP TABLE note_history")
        conn.execute("DROP TABLE notes")


def _with_extra_view(path: Path) -> None:
    _database_at(path, SCHEMA_VERSION)
    with closing(sqlite3.connect(path, isolation_level=None)) as conn:
        conn.execute("CREATE VIEW everything AS SELECT * FROM notes")


def _with_altered_column(path: Path) -> None:
    """The same table names, one column's rules loosened: the sql text differs."""
    _database_at(path, SCHEMA_VERSION)
    with closing(sqlite3.connect(path, isolation_level=None)) as conn:
        conn.execute("PRAGMA writable_schema = ON")
        conn.execute(
            "UPDATE sqlite_master SET sql = replace(sql, 'CHECK (deleted IN (0, 1))', '') WHERE name = 'notes'"
        )


@pytest.mark.parametrize(
    ("make", "words"),
    [
        (_with_note_wiping_triggers, "unexpected trigger 'blank'"),
        (_without_notes_table, "table 'note_history' is missing"),
        (_with_extra_view, "unexpected view 'everything'"),
        (_with_altered_column, "table 'notes' is altered"),
    ],
)
def test_restore_accepts_only_the_apps_own_schema(
    paths: AppPaths, tmp_path: Path, make: object, words: str, capsys: pytest.CaptureFixture[str]
) -> None:
    _add(paths, "keep")
    source = tmp_path / "backup.db"
    make(source)  # type: ignore[operator]
    before = tree_hash(paths.profile)
    assert main(["restore", str(source), "--profile", str(paths.profile)]) == 1
    err = capsys.readouterr().err
    assert words in err and err.count("\n") == 1
    assert tree_hash(paths.profile) == before
    assert _notes(paths) == ["keep"]


def test_restore_accepts_every_version_the_app_itself_made(tmp_path: Path) -> None:
    accepted = []
    for version in range(1, SCHEMA_VERSION + 1):
        old = tmp_path / f"v{version}.db"
        _database_at(old, version)
        accepted.append(inspect_userdata(old))
    assert accepted == list(range(1, len(MIGRATIONS) + 1)) and len(accepted) > 1


def test_recovery_skips_a_backup_with_a_foreign_schema(paths: AppPaths) -> None:
    """The automatic recovery after damage picks backups with the same check as restore."""
    trap = paths.backups / "userdata-20990101-000000.db"
    _with_note_wiping_triggers(trap)
    paths.user_db.parent.mkdir(parents=True, exist_ok=True)
    paths.user_db.write_bytes(os.urandom(4096))
    with open_userdata(paths) as userdata:
        assert userdata.recovery is not None and userdata.recovery.restored_from != trap
        triggers = userdata.conn.execute("SELECT count(*) FROM sqlite_master WHERE type = 'trigger'").fetchone()
        assert triggers == (0,)


def test_opening_drops_triggers_an_older_restore_let_in(paths: AppPaths) -> None:
    _with_note_wiping_triggers(paths.user_db)
    with open_userdata(paths) as userdata:
        store = NotesStore(userdata)
        note = store.add("riga", "stays written")
        store.update(note.id, "second text")
        assert store.get(note.id).body == "second text"
        assert len(store.history(note.id)) == 1
        backup = userdata.backup_to(paths.backups / "userdata-20990101-000000.db")
    assert inspect_userdata(backup) == SCHEMA_VERSION


def test_a_search_table_added_by_a_migration_is_expected_with_its_shadow_tables(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another engineer's migration (a notes search table) needs no change here; SQLite's own
    wording of the shadow tables may differ between versions, a table of another name may not."""

    def add_search(conn: sqlite3.Connection) -> None:
        conn.execute("CREATE VIRTUAL TABLE notes_search USING fts5(body)")

    monkeypatch.setattr(userdata_module, "MIGRATIONS", [*MIGRATIONS, add_search])
    monkeypatch.setattr(userdata_module, "SCHEMA_VERSION", len(MIGRATIONS) + 1)
    backup = tmp_path / "with-search.db"
    _database_at(backup, len(MIGRATIONS))
    with closing(sqlite3.connect(backup, isolation_level=None)) as conn:
        add_search(conn)
        conn.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 1}")
        conn.execute("PRAGMA writable_schema = ON")
        conn.execute(
            "UPDATE sqlite_master SET sql = replace(sql, 'WITHOUT ROWID', ' WITHOUT ROWID') "
            "WHERE name = 'notes_search_config'"
        )
    assert inspect_userdata(backup) == len(MIGRATIONS) + 1
    with closing(sqlite3.connect(backup, isolation_level=None)) as conn:
        conn.execute("CREATE TABLE notes_search_smuggled (x)")
    with pytest.raises(UserDataError, match="unexpected table 'notes_search_smuggled'"):
        inspect_userdata(backup)
