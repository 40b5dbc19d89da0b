"""Notes API and the exchange file of docs/interface-contract.md §4 (issue 5 §5, §6)."""

from __future__ import annotations

import copy
import json
import re
import sqlite3
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from kb_app.cli import main
from kb_app.core.packs.install import install_pack
from kb_app.core.platform.errors import NotesError, NotFoundError
from kb_app.core.platform.paths import AppPaths
from kb_app.core.userdata import notes as notes_module
from kb_app.core.userdata.notes import (
    ImportResult,
    Note,
    NotesRefused,
    NotesStore,
    export_notes,
    import_notes,
    library_municipalities,
)
from kb_app.core.userdata.user_db import UserData, open_userdata
from tests.core.conftest_data import ALIASES, CODES, build_pack, tree_hash

NOTE_ID = "1b4e28ba-2fa1-11d2-883f-0016d3cca427"


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 11, 20, 9, 0, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def userdata(tmp_path: Path) -> Iterator[UserData]:
    with open_userdata(AppPaths(tmp_path / "profile")) as db:
        yield db


@pytest.fixture
def store(userdata: UserData) -> NotesStore:
    return NotesStore(userdata)


def _file(tmp_path: Path, notes: list[dict[str, Any]], **top: Any) -> Path:
    path = tmp_path / "notes.json"
    data = {"format": "kb-app-notes", "version": 1, "exported_at": "2026-11-27T10:00:00Z", "notes": notes, **top}
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def _note(**fields: Any) -> dict[str, Any]:
    return {
        "id": NOTE_ID,
        "municipality": "marupes-novads",
        "doc_id": "contact-valsts-policija",
        "body": "Markdown text",
        "created_at": "2026-11-20T09:12:00Z",
        "updated_at": "2026-11-21T15:40:00Z",
        "deleted": False,
        **fields,
    }


def _import(store: NotesStore, path: Path) -> ImportResult:
    return import_notes(store, path, CODES, ALIASES)


# --- the API -------------------------------------------------------------------------------------


def test_add_update_delete_undelete(userdata: UserData) -> None:
    clock = Clock()
    store = NotesStore(userdata, clock)
    note = store.add("riga", "first", "doc-a")
    assert re.fullmatch(r"[0-9a-f-]{36}", note.id) and note.created_at == "2026-11-20T09:00:00Z"
    assert store.get(note.id) == note
    edited = store.update(note.id, "second")
    # Same second: the edit still gets a later time, so it wins everywhere it travels.
    assert edited.updated_at == "2026-11-20T09:00:01Z"
    assert [v.body for v in store.history(note.id)] == ["first"]
    assert store.update(note.id, "second") == edited  # no change, no history entry
    deleted = store.delete(note.id)
    assert deleted.deleted and deleted.updated_at > edited.updated_at
    assert store.notes_for() == [] and store.notes_for(include_deleted=True) == [deleted]
    restored = store.undelete(note.id)
    assert not restored.deleted and restored.updated_at > deleted.updated_at
    with pytest.raises(NotFoundError):
        store.get("missing")
    with pytest.raises(NotesRefused) as refused:
        store.add("", "no municipality")
    assert refused.value.code == "no_municipality"


def test_reattach_moves_a_note(userdata: UserData) -> None:
    clock = Clock()
    store = NotesStore(userdata, clock)
    note = store.add("riga", "kept text", "doc-gone")
    moved = store.reattach(note.id, None)
    assert (moved.doc_id, moved.body, moved.created_at) == (None, "kept text", note.created_at)
    # Later than before even within the same second, so the move wins wherever it travels.
    assert moved.updated_at == "2026-11-20T09:00:01Z"
    assert store.get(note.id) == moved
    assert store.history(note.id) == []  # the text did not change
    assert [n.id for n in store.notes_for(municipality="riga", doc_id=None)] == [note.id]
    assert store.orphans(set()) == []
    assert store.reattach(note.id, None) == moved  # already there: nothing changes
    again = store.reattach(note.id, "doc-a")
    assert again.doc_id == "doc-a" and again.updated_at > moved.updated_at


def test_reattach_refuses_missing_deleted_and_bad_targets(store: NotesStore) -> None:
    note = store.add("riga", "text", "doc-gone")
    for doc_id in ("", "   ", "x" * 201, "line\nbreak"):
        with pytest.raises(NotesRefused) as refused:
            store.reattach(note.id, doc_id)
        assert (refused.value.code, refused.value.field) == ("bad_doc_id", "doc_id")
    with pytest.raises(NotesRefused) as refused:
        store.reattach("no-such-note", None)
    assert refused.value.code == "note_missing" and isinstance(refused.value, NotesError)
    store.delete(note.id)
    with pytest.raises(NotesRefused) as refused:
        store.reattach(note.id, None)
    assert refused.value.code == "note_deleted"
    assert store.get(note.id).doc_id == "doc-gone"


def test_reattach_travels_through_export_and_import(store: NotesStore, tmp_path: Path) -> None:
    path = _file(tmp_path, [_note(doc_id="doc-gone")])
    _import(store, path)
    with open_userdata(AppPaths(tmp_path / "other")) as other_db:
        other = NotesStore(other_db)
        _import(other, path)
        store.reattach(NOTE_ID, None)
        export_notes(store, tmp_path / "moved.json")
        assert _import(other, tmp_path / "moved.json") == ImportResult(0, 1, 0)
        assert other.get(NOTE_ID).doc_id is None and other.history(NOTE_ID) == []


def test_list_filters(store: NotesStore) -> None:
    page = store.add("riga", "on the municipality page")
    on_doc = store.add("riga", "on a document", "doc-a")
    other = store.add("marupes-novads", "elsewhere", "doc-a")
    assert {n.id for n in store.notes_for(municipality="riga")} == {page.id, on_doc.id}
    assert [n.id for n in store.notes_for(municipality="riga", doc_id=None)] == [page.id]
    assert {n.id for n in store.notes_for(doc_id="doc-a")} == {on_doc.id, other.id}


def test_search_ignores_case_and_diacritics(store: NotesStore) -> None:
    hit = store.add("riga", "Ģimenes krīzes centrs ŠEIT")
    store.add("riga", "cits teksts")
    gone = store.add("riga", "gimenes dzēsts")
    store.delete(gone.id)
    assert [n.id for n in store.search("GIMENES krizes")] == [hit.id]
    assert [n.id for n in store.search("šeit")] == [hit.id]
    assert store.search("   ") == []


def test_orphans_are_listed_not_dropped(store: NotesStore) -> None:
    kept = store.add("riga", "document is gone", "doc-gone")
    store.add("riga", "document exists", "doc-a")
    store.add("riga", "municipality page")
    assert [n.id for n in store.orphans({"doc-a"})] == [kept.id]
    assert len(store.notes_for()) == 3


# --- export and import ---------------------------------------------------------------------------


def test_export_format(store: NotesStore, tmp_path: Path) -> None:
    live = store.add("riga", "Rīgas piezīme", "doc-a")
    gone = store.add("marupes-novads", "dzēsta")
    store.delete(gone.id)
    out = tmp_path / "out.json"
    assert export_notes(store, out) == 2
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["format"] == "kb-app-notes" and data["version"] == 1
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", data["exported_at"])
    by_id = {n["id"]: n for n in data["notes"]}
    assert by_id[live.id] == live.to_json()
    assert by_id[gone.id]["deleted"] is True
    for note in data["notes"]:
        assert set(note) == {"id", "municipality", "doc_id", "body", "created_at", "updated_at", "deleted"}
        assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", note["updated_at"])
    assert "Rīgas" in out.read_text(encoding="utf-8")  # real UTF-8, not \\u escapes
    assert export_notes(store, out, municipality="riga") == 1


def test_round_trip(store: NotesStore, tmp_path: Path) -> None:
    notes = [store.add("riga", f"note {i}", f"doc-{i}") for i in range(5)]
    store.delete(notes[0].id)
    path = tmp_path / "export.json"
    export_notes(store, path)
    with open_userdata(AppPaths(tmp_path / "other")) as other_db:
        other = NotesStore(other_db)
        assert _import(other, path) == ImportResult(added=5, updated=0, unchanged=0)
        assert sorted(other.notes_for(include_deleted=True), key=lambda n: n.id) == sorted(
            store.notes_for(include_deleted=True), key=lambda n: n.id
        )
        assert _import(other, path) == ImportResult(added=0, updated=0, unchanged=5)


def test_merge_rules(store: NotesStore, tmp_path: Path) -> None:
    assert _import(store, _file(tmp_path, [_note()])) == ImportResult(1, 0, 0)
    before = _stored(tmp_path / "profile")
    # Equal time, other text: nothing changes.
    assert _import(store, _file(tmp_path, [_note(body="conflict")])) == ImportResult(0, 0, 1)
    # Older: nothing changes.
    assert _import(store, _file(tmp_path, [_note(body="old", updated_at="2026-11-01T00:00:00Z")])) == ImportResult(
        0, 0, 1
    )
    assert store.get(NOTE_ID).body == "Markdown text" and store.history(NOTE_ID) == []
    # Importing the same file twice changes nothing, not even bytes on disk.
    assert _stored(tmp_path / "profile") == before
    # Newer wins; the replaced text goes to history. +02:00 is compared in UTC.
    newer = _note(body="newer", updated_at="2026-11-22T12:00:00+02:00", deleted=True)
    assert _import(store, _file(tmp_path, [newer])) == ImportResult(0, 1, 0)
    note = store.get(NOTE_ID)
    assert (note.body, note.updated_at, note.deleted) == ("newer", "2026-11-22T10:00:00Z", True)
    assert [v.body for v in store.history(NOTE_ID)] == ["Markdown text"]
    assert _import(store, _file(tmp_path, [newer])) == ImportResult(0, 0, 1)


def test_local_edit_after_import_wins_over_reimport(store: NotesStore, tmp_path: Path) -> None:
    path = _file(tmp_path, [_note()])
    _import(store, path)
    store.update(NOTE_ID, "edited here")
    assert _import(store, path) == ImportResult(0, 0, 1)
    assert store.get(NOTE_ID).body == "edited here"


def test_alias_resolves_to_its_municipality(store: NotesStore, tmp_path: Path) -> None:
    _import(store, _file(tmp_path, [_note(municipality="varaklanu-novads")]))
    assert store.get(NOTE_ID).municipality == "madonas-novads"


def test_orphan_notes_are_imported(store: NotesStore, tmp_path: Path) -> None:
    _import(
        store, _file(tmp_path, [_note(doc_id="no-such-document"), _note(id=NOTE_ID.replace("1b", "2b"), doc_id=None)])
    )
    assert [n.doc_id for n in store.orphans({"contact-valsts-policija"})] == ["no-such-document"]


def _drop(key: str) -> Callable[[dict[str, Any]], None]:
    return lambda note: note.pop(key)


# case: (change, words in the English message, code, field)
BAD_NOTES: dict[str, tuple[dict[str, Any] | Callable[[dict[str, Any]], None], str, str, str]] = {
    "bad uuid": ({"id": "not-a-uuid"}, "'id' is not a UUID", "bad_id", "id"),
    "uuid without dashes": ({"id": NOTE_ID.replace("-", "")}, "'id' is not a UUID", "bad_id", "id"),
    "numeric id": ({"id": 5}, "'id' is not a UUID", "bad_id", "id"),
    "naive time": (
        {"updated_at": "2026-11-21T15:40:00"},
        "'updated_at' has no time zone",
        "no_time_zone",
        "updated_at",
    ),
    "date only": ({"created_at": "2026-11-21"}, "'created_at' must be a date and time", "bad_time", "created_at"),
    "nonsense time": (
        {"created_at": "yesterday at noon"},
        "'created_at' must be a date and time",
        "bad_time",
        "created_at",
    ),
    "impossible date": (
        {"created_at": "2026-02-30T10:00:00Z"},
        "'created_at' must be a date and time",
        "bad_time",
        "created_at",
    ),
    "time as number": ({"updated_at": 1700000000}, "'updated_at' must be a date and time", "bad_time", "updated_at"),
    "unknown municipality": (
        {"municipality": "atlantis"},
        "'municipality' 'atlantis' is not",
        "unknown_municipality",
        "municipality",
    ),
    "municipality null": ({"municipality": None}, "'municipality' must be", "bad_municipality", "municipality"),
    "doc_id number": ({"doc_id": 7}, "'doc_id' must be", "bad_doc_id", "doc_id"),
    "doc_id empty": ({"doc_id": ""}, "'doc_id' must be", "bad_doc_id", "doc_id"),
    "body number": ({"body": 5}, "'body' must be text", "bad_body", "body"),
    "deleted as text": ({"deleted": "false"}, "'deleted' must be true or false", "bad_deleted", "deleted"),
    "deleted as number": ({"deleted": 0}, "'deleted' must be true or false", "bad_deleted", "deleted"),
    **{
        f"missing {key}": (_drop(key), f"the field '{key}' is missing", "field_missing", key)
        for key in ("id", "municipality", "doc_id", "body", "created_at", "updated_at", "deleted")
    },
}


@pytest.mark.parametrize("case", list(BAD_NOTES))
def test_bad_note_refuses_whole_file(store: NotesStore, tmp_path: Path, case: str) -> None:
    change, words, code, field = BAD_NOTES[case]
    bad = _note(id="3b4e28ba-2fa1-11d2-883f-0016d3cca427")
    if callable(change):
        change(bad)
    else:
        bad.update(change)
    good = _note()
    before = _stored(tmp_path / "profile")
    with pytest.raises(NotesRefused) as refused:
        _import(store, _file(tmp_path, [good, bad]))
    message = str(refused.value)
    assert message.startswith("notes.json: note 2 of 2: ") and words in message, message
    assert "\n" not in message
    exc = refused.value
    assert (exc.code, exc.file, exc.note, exc.total, exc.field) == (code, "notes.json", 2, 2, field)
    assert store.notes_for(include_deleted=True) == []
    assert _stored(tmp_path / "profile") == before


def _stored(profile: Path) -> list[bytes]:
    """The database and its write-ahead log; the -shm index changes on every read."""
    return [path.read_bytes() for path in sorted(profile.glob("userdata.db*")) if not path.name.endswith("-shm")]


BAD_FILES: dict[str, tuple[bytes, str, str]] = {
    "not JSON": (b'{"format": ', "not valid JSON (line 1", "not_json"),
    "not UTF-8": ('{"format": "kb-app-notes", "body": "Rīga"}'.encode("utf-16"), "not UTF-8", "not_utf8"),
    "latin-1": ('{"x": "R\xefga"}'.encode("latin-1"), "not UTF-8", "not_utf8"),
    "array": (b"[]", "not a kb-app notes file", "not_notes_file"),
    "unknown format": (
        b'{"format": "other-app", "version": 1, "notes": []}',
        "not a kb-app notes file",
        "not_notes_file",
    ),
    "newer version": (
        b'{"format": "kb-app-notes", "version": 2, "notes": []}',
        "newer version of the app",
        "newer_version",
    ),
    "version as text": (b'{"format": "kb-app-notes", "version": "1", "notes": []}', "no valid 'version'", "no_version"),
    "no notes list": (b'{"format": "kb-app-notes", "version": 1, "notes": {}}', "no list of 'notes'", "no_notes_list"),
    "note not object": (b'{"format": "kb-app-notes", "version": 1, "notes": [1]}', "not a JSON object", "not_object"),
    "deep nesting": (b"[" * 100_000 + b"]" * 100_000, "not valid JSON", "not_json"),
    "huge number": (
        b'{"format": "kb-app-notes", "version": 1' + b"0" * 5000 + b', "notes": []}',
        "not valid JSON",
        "not_json",
    ),
    "empty": (b"", "not valid JSON", "not_json"),
}


@pytest.mark.parametrize("case", list(BAD_FILES))
def test_bad_file_refused(store: NotesStore, tmp_path: Path, case: str) -> None:
    data, words, code = BAD_FILES[case]
    path = tmp_path / "notes.json"
    path.write_bytes(data)
    with pytest.raises(NotesRefused, match=re.escape(words)) as refused:
        _import(store, path)
    assert (refused.value.code, refused.value.file) == (code, "notes.json")


def test_refusal_details_for_translations(store: NotesStore, tmp_path: Path) -> None:
    path = tmp_path / "notes.json"
    path.write_bytes(b'{"format": "kb-app-notes", "version": 7, "notes": []}')
    with pytest.raises(NotesRefused) as refused:
        _import(store, path)
    assert refused.value.params == {"version": 7, "supported": 1}
    path.write_bytes(b'{\n  "format": ]')
    with pytest.raises(NotesRefused) as refused:
        _import(store, path)
    assert refused.value.params == {"line": 2, "column": 13}
    with pytest.raises(NotesRefused) as refused:
        _import(store, _file(tmp_path, [_note(municipality="atlantis")]))
    assert refused.value.params == {"value": "atlantis"}


def test_duplicate_ids_refused(store: NotesStore, tmp_path: Path) -> None:
    with pytest.raises(NotesRefused, match="note 2 of 2: its id .* appears earlier") as refused:
        _import(store, _file(tmp_path, [_note(), _note(body="again")]))
    assert (refused.value.code, refused.value.field, refused.value.params) == ("duplicate_id", "id", {"value": NOTE_ID})


def test_byte_order_mark_accepted(store: NotesStore, tmp_path: Path) -> None:
    path = _file(tmp_path, [_note()])
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    assert _import(store, path).added == 1


def test_too_large_and_missing_files(store: NotesStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(notes_module, "MAX_NOTES_FILE_SIZE", 100)
    with pytest.raises(NotesRefused, match="more than") as refused:
        _import(store, _file(tmp_path, [_note()]))
    assert refused.value.code == "too_large"
    with pytest.raises(NotesRefused, match="does not exist") as refused:
        _import(store, tmp_path / "nope.json")
    assert refused.value.code == "missing"
    with pytest.raises(NotesRefused, match="folder") as refused:
        _import(store, tmp_path)
    assert refused.value.code == "not_a_file"


def test_import_is_one_transaction(store: NotesStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    notes = [_note(id=f"{i:08x}-2fa1-11d2-883f-0016d3cca427") for i in range(50)]
    path = _file(tmp_path, notes)
    calls = []
    original = notes_module._insert

    def failing(conn: sqlite3.Connection, note: Note) -> None:
        calls.append(note)
        if len(calls) == 30:
            raise sqlite3.OperationalError("disk I/O error")
        original(conn, note)

    monkeypatch.setattr(notes_module, "_insert", failing)
    with pytest.raises(sqlite3.OperationalError):
        _import(store, path)
    assert store.notes_for() == []


def test_library_municipalities(tmp_path: Path) -> None:
    from tests.core.conftest_data import make_library_db

    codes, aliases = library_municipalities(make_library_db(tmp_path / "l.db"))
    assert codes == CODES and aliases == ALIASES


# --- CLI -----------------------------------------------------------------------------------------


@pytest.fixture
def cli_profile(tmp_path: Path) -> Path:
    profile = tmp_path / "cli-profile"
    install_pack(build_pack(tmp_path), AppPaths(profile).library_root)
    return profile


def test_cli_notes_export_import(cli_profile: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _file(tmp_path, [_note(), _note(id=NOTE_ID.replace("1b", "4b"), municipality="varaklanu-novads")])
    args = ["--profile", str(cli_profile)]
    assert main(["notes", "import", str(path), *args]) == 0
    assert "2 added, 0 updated, 0 unchanged" in capsys.readouterr().out
    userdata_before = tree_hash(cli_profile / "userdata.db")
    assert main(["notes", "import", str(path), *args]) == 0
    assert "0 added, 0 updated, 2 unchanged" in capsys.readouterr().out
    assert tree_hash(cli_profile / "userdata.db") == userdata_before

    out = tmp_path / "exported.json"
    assert main(["notes", "export", "-o", str(out), *args]) == 0
    assert len(json.loads(out.read_text())["notes"]) == 2
    assert main(["notes", "export", "-o", str(out), "--municipality", "varaklanu-novads", *args]) == 0
    assert [n["municipality"] for n in json.loads(out.read_text())["notes"]] == ["madonas-novads"]
    capsys.readouterr()
    assert main(["notes", "export", "-o", str(out), "--municipality", "atlantis", *args]) == 1
    assert "not a municipality" in capsys.readouterr().err


def test_cli_refused_notes_file_leaves_profile_unchanged(
    cli_profile: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = copy.deepcopy(_note(updated_at="2026-11-21 15:40"))
    path = _file(tmp_path, [bad])
    before = tree_hash(cli_profile)
    assert main(["notes", "import", str(path), "--profile", str(cli_profile)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("kb-app: notes.json: note 1 of 1: 'updated_at'") and err.count("\n") == 1
    assert tree_hash(cli_profile) == before
