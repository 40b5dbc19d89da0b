"""Hostile notes files, damaged user databases, read-only profiles and full disks (issue 13).

Each test is one row of the issue's table: it failed before the fix and passes now.
"""

from __future__ import annotations

import errno
import json
import shutil
import sqlite3
import time
from collections.abc import Iterator
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from kb_app.cli import main
from kb_app.core.packs.install import install_pack
from kb_app.core.platform import write_failures
from kb_app.core.platform.errors import UserDataError
from kb_app.core.platform.lock import ProfileLock
from kb_app.core.platform.paths import AppPaths
from kb_app.core.userdata.notes import MAX_NOTE_LENGTH, NotesRefused, NotesStore, export_notes, import_notes
from kb_app.core.userdata.user_db import UserData, format_time, open_userdata, utc_now
from tests.core.conftest_data import ALIASES, CODES, build_pack
from tests.filesystems import fill, remount_read_only, simulate_unwritable, tmpfs

NOTE_ID = "1b4e28ba-2fa1-11d2-883f-0016d3cca427"


def _note(**fields: Any) -> dict[str, Any]:
    return {
        "id": NOTE_ID,
        "municipality": "riga",
        "doc_id": None,
        "body": "text",
        "created_at": "2026-11-20T09:12:00Z",
        "updated_at": "2026-11-21T15:40:00Z",
        "deleted": False,
        **fields,
    }


def _write_file(path: Path, notes: list[dict[str, Any]]) -> Path:
    path.write_text(
        json.dumps({"format": "kb-app-notes", "version": 1, "exported_at": "2026-11-27T10:00:00Z", "notes": notes}),
        encoding="utf-8",
    )
    return path


@pytest.fixture
def store(tmp_path: Path) -> Iterator[NotesStore]:
    with open_userdata(AppPaths(tmp_path / "profile")) as userdata:
        yield NotesStore(userdata)


@pytest.fixture
def cli_profile(tmp_path: Path) -> Path:
    profile = tmp_path / "cli-profile"
    install_pack(build_pack(tmp_path), AppPaths(profile).library_root)
    return profile


def _stored_body_length(store: NotesStore, note_id: str) -> int:
    return int(store._conn.execute("SELECT length(body) FROM notes WHERE id = ?", (note_id,)).fetchone()[0])


def _insert_raw(store: NotesStore, note_id: str, body: str, updated_at: str = "2026-11-21T15:40:00Z") -> None:
    """A note as an older app version (before the limits) or another tool may have stored it."""
    with store._db.transaction() as conn:
        conn.execute(
            "INSERT INTO notes VALUES (?, 'riga', NULL, ?, '2026-11-20T09:12:00Z', ?, 0)", (note_id, body, updated_at)
        )


# --- notes: size --------------------------------------------------------------------------------


def test_a_note_of_nearly_50_mb_is_refused_quickly_and_named(store: NotesStore, tmp_path: Path) -> None:
    path = _write_file(
        tmp_path / "big.json", [_note(id=NOTE_ID.replace("1b", "2b")), _note(body="x" * (50 * 1024 * 1024 - 10_000))]
    )
    started = time.perf_counter()
    with pytest.raises(NotesRefused) as refused:
        import_notes(store, path, CODES, ALIASES)
    assert time.perf_counter() - started < 5
    exc = refused.value
    assert (exc.code, exc.note, exc.total, exc.field) == ("body_too_long", 2, 2, "body")
    assert NOTE_ID in str(exc) and f"{MAX_NOTE_LENGTH:,}" in str(exc)
    assert store.notes_for(include_deleted=True) == []


def test_the_store_refuses_a_note_over_the_limit(store: NotesStore) -> None:
    note = store.add("riga", "x" * MAX_NOTE_LENGTH)  # exactly the limit is fine
    with pytest.raises(NotesRefused) as refused:
        store.update(note.id, "x" * (MAX_NOTE_LENGTH + 1))
    assert refused.value.code == "note_too_long" and refused.value.params["id"] == note.id
    with pytest.raises(NotesRefused):
        store.add("riga", "y" * (MAX_NOTE_LENGTH + 1))
    assert store.get(note.id).body == "x" * MAX_NOTE_LENGTH


def test_a_file_of_millions_of_objects_is_refused_without_parsing_them_all(store: NotesStore, tmp_path: Path) -> None:
    path = tmp_path / "objects.json"
    path.write_bytes(b'{"format": "kb-app-notes", "version": 1, "notes": [' + b"{}," * 5_000_000 + b"{}]}")
    started = time.perf_counter()
    with pytest.raises(NotesRefused) as refused:
        import_notes(store, path, CODES, ALIASES)
    assert refused.value.code == "too_many_notes"
    assert time.perf_counter() - started < 3


def test_an_oversized_note_already_stored_costs_no_more_than_the_limit(store: NotesStore, tmp_path: Path) -> None:
    _insert_raw(store, NOTE_ID, "ā" * (5 * 1024 * 1024) + " needle")
    store.add("riga", "a small one with the needle")
    started = time.perf_counter()
    for _ in range(3):
        listed = store.notes_for(municipality="riga", doc_id=None)
        found = store.search("needle")
    assert time.perf_counter() - started < 1.5  # was 3-4 s per search
    big = next(n for n in listed if n.id == NOTE_ID)
    assert big.oversized and len(big.body) == MAX_NOTE_LENGTH
    assert [n.body for n in found] == ["a small one with the needle"]  # a body's first MAX_NOTE_LENGTH only
    assert store.get(NOTE_ID, short=True).oversized
    # Nothing is lost: an export carries the whole text.
    export_notes(store, tmp_path / "all.json")
    exported = {n["id"]: n for n in json.loads((tmp_path / "all.json").read_text("utf-8"))["notes"]}
    assert len(exported[NOTE_ID]["body"]) == 5 * 1024 * 1024 + 7
    # Deleting it does not rewrite its text.
    deleted = store.delete(NOTE_ID)
    assert deleted.deleted and _stored_body_length(store, NOTE_ID) == 5 * 1024 * 1024 + 7


# --- notes: times -------------------------------------------------------------------------------


@pytest.mark.parametrize("stamp", ["9999-12-31T23:59:59Z", "9999-12-31T23:59:59-05:00"])
def test_a_time_far_in_the_future_is_refused(store: NotesStore, tmp_path: Path, stamp: str) -> None:
    path = _write_file(tmp_path / "n.json", [_note(updated_at=stamp)])
    with pytest.raises(NotesRefused) as refused:
        import_notes(store, path, CODES, ALIASES)
    assert refused.value.code in ("time_in_future", "time_out_of_range")
    assert refused.value.field == "updated_at" and store.notes_for(include_deleted=True) == []


def test_clock_skew_is_tolerated_but_not_more(store: NotesStore, tmp_path: Path) -> None:
    soon = format_time(utc_now() + timedelta(hours=2))
    later = format_time(utc_now() + timedelta(days=2))
    with pytest.raises(NotesRefused) as refused:
        import_notes(
            store, _write_file(tmp_path / "n.json", [_note(created_at=later, updated_at=later)]), CODES, ALIASES
        )
    assert (refused.value.code, refused.value.field) == ("time_in_future", "created_at")
    assert (
        import_notes(
            store, _write_file(tmp_path / "n.json", [_note(created_at=soon, updated_at=soon)]), CODES, ALIASES
        ).added
        == 1
    )


def test_a_stored_time_of_9999_breaks_nothing_and_loses_every_merge(store: NotesStore, tmp_path: Path) -> None:
    _insert_raw(store, NOTE_ID, "from before the limit", updated_at="9999-12-31T23:59:59Z")
    edited = store.update(NOTE_ID, "edited")  # was OverflowError
    assert edited.updated_at <= format_time(utc_now() + timedelta(minutes=1))
    _insert_raw(store, NOTE_ID.replace("1b", "5b"), "other", updated_at="9999-12-31T23:59:59Z")
    store.reattach(NOTE_ID.replace("1b", "5b"), "doc-a")
    store.delete(NOTE_ID.replace("1b", "5b"))
    store.undelete(NOTE_ID.replace("1b", "5b"))
    # A colleague's later edit of a note stored with a bad time is taken, not "unchanged".
    _insert_raw(store, NOTE_ID.replace("1b", "6b"), "bad time", updated_at="9999-12-31T23:59:59Z")
    path = _write_file(
        tmp_path / "n.json",
        [_note(id=NOTE_ID.replace("1b", "6b"), body="colleague", updated_at=format_time(utc_now()))],
    )
    result = import_notes(store, path, CODES, ALIASES)
    assert result.updated == 1 and store.get(NOTE_ID.replace("1b", "6b")).body == "colleague"


# --- notes: text --------------------------------------------------------------------------------


def test_a_lone_surrogate_is_a_clear_refusal(
    cli_profile: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "surrogate.json"
    path.write_text(
        json.dumps(
            {
                "format": "kb-app-notes",
                "version": 1,
                "exported_at": "2026-11-27T10:00:00Z",
                "notes": [_note(body="half a pair: \ud800")],
            }
        ),
        encoding="utf-8",
    )
    assert "\\ud800" in path.read_text("utf-8")
    assert main(["notes", "import", str(path), "--profile", str(cli_profile)]) == 1
    err = capsys.readouterr().err
    assert "unexpected" not in err and "not valid Unicode" in err and NOTE_ID in err
    with open_userdata(AppPaths(cli_profile)) as userdata:
        with pytest.raises(NotesRefused) as refused:
            NotesStore(userdata).add("riga", "typed \udc80")
    assert refused.value.code == "bad_text"


# --- kb-app notes delete ----------------------------------------------------------------------------


def test_cli_notes_delete(cli_profile: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    args = ["--profile", str(cli_profile)]
    with open_userdata(AppPaths(cli_profile)) as userdata:
        store = NotesStore(userdata)
        _insert_raw(store, NOTE_ID, "y" * (MAX_NOTE_LENGTH * 50))  # one the window cannot show
        kept = store.add("riga", "kept")
    assert main(["notes", "delete", NOTE_ID.upper(), *args]) == 0
    assert NOTE_ID in capsys.readouterr().out
    assert main(["notes", "delete", NOTE_ID, *args]) == 1  # already deleted
    assert main(["notes", "delete", "no-such-note", *args]) == 1
    err = capsys.readouterr().err
    assert err.count("kb-app: there is no note") == 2 and "unexpected" not in err
    # The deletion travels like any other (docs/interface-contract.md §4).
    assert main(["notes", "export", "-o", str(tmp_path / "out.json"), *args]) == 0
    exported = {n["id"]: n for n in json.loads((tmp_path / "out.json").read_text("utf-8"))["notes"]}
    assert exported[NOTE_ID]["deleted"] is True and exported[kept.id]["deleted"] is False


# --- damaged user databases -------------------------------------------------------------------------


def _with_notes(paths: AppPaths, count: int) -> None:
    with open_userdata(paths) as userdata:
        store = NotesStore(userdata)
        for i in range(count):
            store.add("riga", f"note {i}")


def test_a_zero_length_database_beside_a_backup_is_recovered(tmp_path: Path) -> None:
    paths = AppPaths(tmp_path / "profile")
    _with_notes(paths, 3)
    with open_userdata(paths) as userdata:
        backup = userdata.backup_if_due()
    paths.user_db.write_bytes(b"")
    for suffix in ("-wal", "-shm"):
        Path(f"{paths.user_db}{suffix}").unlink(missing_ok=True)
    with open_userdata(paths) as userdata:
        recovery = userdata.recovery
        assert recovery is not None and recovery.kind == "empty" and recovery.restored_from == backup
        assert recovery.damaged_copy.is_file() and recovery.damaged_copy.stat().st_size == 0  # kept aside
        assert len(NotesStore(userdata).notes_for()) == 3


def test_a_zero_length_database_without_backups_is_just_new(tmp_path: Path) -> None:
    paths = AppPaths(tmp_path / "profile")
    paths.ensure()
    paths.user_db.write_bytes(b"")
    with open_userdata(paths) as userdata:
        assert userdata.recovery is None and NotesStore(userdata).notes_for() == []


def test_a_wrong_header_is_recognised(tmp_path: Path) -> None:
    paths = AppPaths(tmp_path / "profile")
    _with_notes(paths, 2)
    with open_userdata(paths) as userdata:
        userdata.backup_if_due()
        userdata.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(paths.user_db.read_bytes())
    data[:16] = b"Not SQLite here!"
    paths.user_db.write_bytes(bytes(data))
    with open_userdata(paths) as userdata:
        assert userdata.recovery is not None and userdata.recovery.kind == "not_database"
        assert len(NotesStore(userdata).notes_for()) == 2


def test_backups_of_the_same_second_restore_the_one_with_the_data(tmp_path: Path) -> None:
    paths = AppPaths(tmp_path / "profile")
    _with_notes(paths, 30)
    stamp = "20261130-120000"
    with open_userdata(paths) as userdata:
        userdata.backup_to(paths.backups / f"userdata-{stamp}.db")
        userdata.backup_to(paths.backups / f"userdata-{stamp}-before-restore.db")
    with open_userdata(AppPaths(tmp_path / "empty")) as empty:  # e.g. a manual backup of a fresh profile
        empty.backup_to(paths.backups / f"userdata-{stamp}-manual.db")
    paths.user_db.write_bytes(b"")
    with open_userdata(paths) as userdata:
        assert userdata.recovery is not None and userdata.recovery.restored_from is not None
        assert "manual" not in userdata.recovery.restored_from.name
        assert len(NotesStore(userdata).notes_for()) == 30


def test_a_newer_empty_backup_does_not_win_over_an_older_full_one(tmp_path: Path) -> None:
    paths = AppPaths(tmp_path / "profile")
    _with_notes(paths, 5)
    with open_userdata(paths) as userdata:
        older = userdata.backup_if_due(datetime(2026, 11, 1, tzinfo=UTC))
    with open_userdata(AppPaths(tmp_path / "empty")) as empty:
        empty.backup_to(paths.backups / "userdata-20261129-080000.db")
    paths.user_db.write_bytes(b"\0" * 4096)
    with open_userdata(paths) as userdata:
        assert userdata.recovery is not None and userdata.recovery.restored_from == older
        assert len(NotesStore(userdata).notes_for()) == 5


# --- read-only profile and full disk -------------------------------------------------------------


@pytest.fixture(params=["tmpfs", "simulated"])
def read_only_profile(
    request: pytest.FixtureRequest, cli_profile: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Path]:
    """The CLI profile, with two notes, on a file system that refuses every write."""
    with open_userdata(AppPaths(cli_profile)) as userdata:
        NotesStore(userdata).add("riga", "readable on a locked stick")
        NotesStore(userdata).add("riga", "second")
    if request.param == "simulated":
        simulate_unwritable(monkeypatch, cli_profile, errno.EROFS)
        yield cli_profile
        return
    with tmpfs(tmp_path / "stick", 16 * 1024) as mounted:
        if not mounted:
            pytest.skip("cannot mount a tmpfs here; the simulated case covers this machine")
        profile = tmp_path / "stick" / "profile"
        shutil.copytree(cli_profile, profile, symlinks=True)
        assert remount_read_only(tmp_path / "stick")
        yield profile


def test_read_only_profile_reads_and_refuses_writes_in_words(
    read_only_profile: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lock = ProfileLock(read_only_profile)
    assert not lock.acquire() and lock.problem == write_failures.READ_ONLY
    args = ["--profile", str(read_only_profile)]
    # Reading still works: export to a writable place.
    assert main(["notes", "export", "-o", str(tmp_path / "out.json"), *args]) == 0
    assert len(json.loads((tmp_path / "out.json").read_text("utf-8"))["notes"]) == 2
    notes_file = _write_file(tmp_path / "in.json", [_note()])
    capsys.readouterr()
    assert main(["notes", "import", str(notes_file), *args]) == 1
    err = capsys.readouterr().err
    assert "unexpected" not in err and "cannot be written" in err and err.count("\n") == 1
    pack = build_pack(tmp_path, "newer.kbpack", version="2")
    assert main(["pack", "import", str(pack), *args, "--trust", "--allow-downgrade"]) == 1
    err = capsys.readouterr().err
    assert "unexpected" not in err and "cannot be written" in err
    with open_userdata(AppPaths(read_only_profile)) as userdata:
        assert userdata.read_only
        store = NotesStore(userdata)
        assert sorted(n.body for n in store.notes_for()) == ["readable on a locked stick", "second"]
        with pytest.raises(UserDataError) as refused:
            store.add("riga", "cannot be stored")
        assert refused.value.code == write_failures.READ_ONLY


@pytest.fixture(params=["tmpfs", "simulated"])
def full_profile(
    request: pytest.FixtureRequest, cli_profile: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Path]:
    with open_userdata(AppPaths(cli_profile)) as userdata:
        NotesStore(userdata).add("riga", "already there")
    if request.param == "simulated":
        simulate_unwritable(monkeypatch, cli_profile, errno.ENOSPC)
        yield cli_profile
        return
    with tmpfs(tmp_path / "small", 16 * 1024) as mounted:
        if not mounted:
            pytest.skip("cannot mount a tmpfs here; the simulated case covers this machine")
        profile = tmp_path / "small" / "profile"
        shutil.copytree(cli_profile, profile, symlinks=True)
        fill(tmp_path / "small")
        yield profile


def test_full_disk_import_says_so(full_profile: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert write_failures.probe(full_profile) == write_failures.DISK_FULL
    notes_file = _write_file(tmp_path / "in.json", [_note(body="w" * 50_000)])
    capsys.readouterr()
    assert main(["notes", "import", str(notes_file), "--profile", str(full_profile)]) == 1
    err = capsys.readouterr().err
    assert "unexpected" not in err and err.count("\n") == 1
    with open_userdata(AppPaths(full_profile)) as userdata:
        assert [n.body for n in NotesStore(userdata).notes_for()] == ["already there"]


def test_a_full_database_is_a_typed_refusal_and_keeps_what_was_stored(tmp_path: Path) -> None:
    with open_userdata(AppPaths(tmp_path / "profile")) as userdata:
        store = NotesStore(userdata)
        note = store.add("riga", "before the disk filled up")
        pages = userdata.conn.execute("PRAGMA page_count").fetchone()[0]
        userdata.conn.execute(f"PRAGMA max_page_count = {pages}")  # SQLite's own "disk is full"
        with pytest.raises(UserDataError) as refused:
            store.update(note.id, "z" * (MAX_NOTE_LENGTH - 10))
        assert refused.value.code == write_failures.DISK_FULL
        assert store.get(note.id).body == "before the disk filled up"
        assert userdata.integrity_ok()


def test_write_failure_codes() -> None:
    assert write_failures.classify(OSError(errno.ENOSPC, "full")) == write_failures.DISK_FULL
    assert write_failures.classify(OSError(errno.EROFS, "ro")) == write_failures.READ_ONLY
    assert write_failures.classify(OSError(errno.EIO, "io")) == write_failures.WRITE_FAILED
    with closing(sqlite3.connect(":memory:")) as conn:
        conn.execute("CREATE TABLE t (x)")
        conn.execute("PRAGMA query_only = ON")
        with pytest.raises(sqlite3.Error) as caught:
            conn.execute("INSERT INTO t VALUES (1)")
    assert write_failures.classify(caught.value) == write_failures.READ_ONLY


def test_read_only_userdata_without_a_database_is_empty_not_an_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = AppPaths(tmp_path / "profile")
    paths.ensure()
    simulate_unwritable(monkeypatch, paths.profile, errno.EROFS)
    with UserData.open(paths.user_db, paths.backups) as userdata:
        assert userdata.read_only and NotesStore(userdata).notes_for() == []
    assert not paths.user_db.exists()
