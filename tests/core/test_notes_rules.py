"""The notes rules, each on the smallest input that shows it: the length limit at its edge, which
time an edit gets, the order of lists, what merging keeps, and each refusal of a notes file with
its words. Fast (one small user database per test, no library), so that scripts/mutation.sh can
run them once per mutant of kb_app/core/userdata/notes.py."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from kb_app.core.platform.errors import LibraryError, NotFoundError
from kb_app.core.platform.paths import AppPaths
from kb_app.core.userdata import notes as notes_module
from kb_app.core.userdata.notes import (
    MAX_NOTE_LENGTH,
    ImportResult,
    Note,
    NotesRefused,
    NotesStore,
    export_notes,
    fold_text,
    known_doc_ids,
    library_municipalities,
    read_notes_file,
)
from kb_app.core.userdata.user_db import UserData, open_userdata

NOTE_ID = "1b4e28ba-2fa1-11d2-883f-0016d3cca427"
START = datetime(2026, 11, 20, 9, 0, 0, tzinfo=UTC)
KNOWN = {"riga", "madonas-novads"}
ALIASES = {"varaklanu-novads": "madonas-novads", "old-gone": "nowhere"}


class Clock:
    def __init__(self) -> None:
        self.now = START

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def userdata(tmp_path: Path) -> Iterator[UserData]:
    with open_userdata(AppPaths(tmp_path / "profile")) as db:
        yield db


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def store(userdata: UserData, clock: Clock) -> NotesStore:
    return NotesStore(userdata, clock)


def _refused_by(call: Any, *args: Any) -> NotesRefused:
    with pytest.raises(NotesRefused) as refused:
        call(*args)
    return refused.value


# -- writing a note --------------------------------------------------------------------------------
def test_a_note_may_be_20000_characters_and_no_more(store: NotesStore) -> None:
    assert MAX_NOTE_LENGTH == 20_000
    note = store.add("riga", "x" * 20_000)
    refused = _refused_by(store.add, "riga", "x" * 20_001)
    assert refused.code == "note_too_long"
    assert str(refused) == "the note is 20,001 characters long, more than the 20,000 a note may have"
    assert refused.params == {"length": 20_001, "limit": 20_000, "id": ""}
    edit = _refused_by(store.update, note.id, "y" * 20_001)
    assert edit.code == "note_too_long" and edit.params["id"] == note.id
    assert store.get(note.id).body == "x" * 20_000


def test_a_lone_surrogate_is_refused_before_it_reaches_the_database(store: NotesStore) -> None:
    refused = _refused_by(store.add, "riga", "a\ud800b")
    assert refused.code == "bad_text"
    assert str(refused) == "the note's text holds a character that is not valid Unicode (a lone surrogate)"
    assert store.notes_for(include_deleted=True) == []


def test_a_note_is_found_by_its_id_in_any_case(store: NotesStore) -> None:
    note = store.add("riga", "teksts", "doc-a")
    assert store.get(note.id.upper()) == note
    with pytest.raises(NotFoundError) as missing:
        store.get("nav")
    assert str(missing.value) == "there is no note nav"


def test_an_edit_gets_now_or_one_second_after_the_text_it_replaces(store: NotesStore, clock: Clock) -> None:
    note = store.add("riga", "1")
    clock.now = START + timedelta(minutes=5)
    assert store.update(note.id, "2").updated_at == "2026-11-20T09:05:00Z"  # later: now
    clock.now = START  # the clock went back: one second after the last edit, so the edit still wins
    assert store.update(note.id, "3").updated_at == "2026-11-20T09:05:01Z"
    assert [v.body for v in store.history(note.id)] == ["2", "1"]  # newest first
    assert [v.updated_at for v in store.history(note.id)] == ["2026-11-20T09:05:00Z", "2026-11-20T09:00:00Z"]
    assert store.history(note.id.upper()) == store.history(note.id)


def test_a_stored_time_far_in_the_future_does_not_hold_edits_back(store: NotesStore, userdata: UserData) -> None:
    note = store.add("riga", "1")
    with userdata.transaction() as conn:
        conn.execute("UPDATE notes SET updated_at = '9999-12-31T23:59:59Z' WHERE id = ?", (note.id,))
    assert store.update(note.id, "2").updated_at == "2026-11-20T09:00:00Z"
    # Within the clock skew a time ahead is a real edit: one second after it.
    with userdata.transaction() as conn:
        conn.execute("UPDATE notes SET updated_at = '2026-11-21T09:00:00Z' WHERE id = ?", (note.id,))
    assert store.update(note.id, "3").updated_at == "2026-11-21T09:00:01Z"


def test_deleting_twice_changes_nothing_the_second_time(store: NotesStore, clock: Clock) -> None:
    note = store.add("riga", "1")
    clock.now = START + timedelta(hours=1)
    deleted = store.delete(note.id)
    assert (deleted.deleted, deleted.updated_at) == (True, "2026-11-20T10:00:00Z")
    clock.now = START + timedelta(hours=2)
    assert store.delete(note.id) == deleted
    assert store.get(note.id) == deleted
    assert store.search("1") == []


def test_a_document_id_may_be_200_printable_characters(store: NotesStore) -> None:
    note = store.add("riga", "1")
    assert store.reattach(note.id, "d" * 200).doc_id == "d" * 200
    refused = _refused_by(store.reattach, note.id, "d" * 201)
    assert (refused.code, str(refused)) == ("bad_doc_id", f"{'d' * 201!r} is not a document id")
    assert str(_refused_by(store.reattach, "nav", None)) == "there is no note nav"


# -- lists and search ------------------------------------------------------------------------------
def test_lists_show_the_newest_edit_first_and_ids_break_ties(store: NotesStore, clock: Clock) -> None:
    first = store.add("riga", "a")
    second = store.add("riga", "b")  # the same second as the first
    clock.now = START + timedelta(seconds=30)
    third = store.add("riga", "c")
    tied = sorted([first.id, second.id])
    assert [n.id for n in store.notes_for()] == [third.id, *tied]
    assert [n.id for n in store.search("")] == []
    assert [n.id for n in store.notes_for(municipality="riga", doc_id="doc-a")] == []


def test_a_note_stored_over_the_limit_is_shown_cut_and_marked(store: NotesStore, userdata: UserData) -> None:
    with userdata.transaction() as conn:
        conn.execute(
            "INSERT INTO notes (id, municipality, doc_id, body, created_at, updated_at, deleted) "
            "VALUES (?, 'riga', NULL, ?, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', 0)",
            (NOTE_ID, "x" * 20_000 + "TAIL"),
        )
    short = store.get(NOTE_ID, short=True)
    assert short.oversized and short.body == "x" * 20_000
    full = store.get(NOTE_ID)
    assert not full.oversized and full.body.endswith("TAIL")
    assert [n.oversized for n in store.notes_for()] == [True]
    assert [n.body for n in store.notes_for(full=True)] == ["x" * 20_000 + "TAIL"]
    assert store.search("tail") == []  # only the part a note may have is searched
    assert store.delete(NOTE_ID).oversized
    assert store.get(NOTE_ID).body.endswith("TAIL")  # deleting did not cut the stored text


def test_folding_drops_case_and_diacritics_only() -> None:
    assert fold_text("Ģimene ŠEIT ǅ") == "gimene seit dz"
    assert fold_text("ﬁ") == "fi"


# -- merging ---------------------------------------------------------------------------------------
def _note(body: str = "teksts", updated_at: str = "2026-11-20T10:00:00Z", **fields: Any) -> Note:
    values = {
        "id": NOTE_ID,
        "municipality": "riga",
        "doc_id": None,
        "body": body,
        "created_at": "2026-11-20T08:00:00Z",
        "updated_at": updated_at,
        "deleted": False,
        **fields,
    }
    return Note(**values)


def test_merge_counts_added_updated_and_unchanged(store: NotesStore) -> None:
    other = _note(id="2b4e28ba-2fa1-11d2-883f-0016d3cca427")
    assert store.merge([_note(), other]) == ImportResult(2, 0, 0)
    assert store.merge([_note("newer", "2026-11-20T11:00:00Z"), other]) == ImportResult(0, 1, 1)
    assert [v.body for v in store.history(NOTE_ID)] == ["teksts"]
    assert store.history(NOTE_ID)[0].replaced_at == "2026-11-20T09:00:00Z"  # when the import replaced it


def test_a_newer_deletion_with_the_same_text_keeps_no_history(store: NotesStore) -> None:
    store.merge([_note()])
    assert store.merge([_note(updated_at="2026-11-20T11:00:00Z", deleted=True)]) == ImportResult(0, 1, 0)
    assert store.history(NOTE_ID) == [] and store.get(NOTE_ID).deleted


def test_a_stored_time_beyond_the_skew_loses_to_any_other_time(store: NotesStore, userdata: UserData) -> None:
    store.merge([_note()])
    with userdata.transaction() as conn:
        conn.execute("UPDATE notes SET updated_at = '9999-12-31T23:59:59Z'")
    assert store.merge([_note("older but sane", "2026-01-01T00:00:00Z")]) == ImportResult(0, 1, 0)
    assert store.get(NOTE_ID).body == "older but sane"
    # The same bad time again is the same note: nothing to do.
    with userdata.transaction() as conn:
        conn.execute("UPDATE notes SET updated_at = '9999-12-31T23:59:59Z'")
    assert store.merge([_note("older but sane", "9999-12-31T23:59:59Z")]) == ImportResult(0, 0, 1)


# -- export ----------------------------------------------------------------------------------------
def test_export_lists_notes_in_the_order_they_were_written(store: NotesStore, clock: Clock, tmp_path: Path) -> None:
    first = store.add("riga", "a")
    clock.now = START + timedelta(minutes=1)
    second = store.add("madonas-novads", "b")
    clock.now = START + timedelta(minutes=2)
    store.update(first.id, "a2")  # edited last, still written first
    out = tmp_path / "out.json"
    assert export_notes(store, out) == 2
    text = out.read_text(encoding="utf-8")
    assert [n["id"] for n in json.loads(text)["notes"]] == [first.id, second.id]
    assert text.endswith("]\n}\n") and '\n "format": "kb-app-notes",' in text  # one-space indent, a final newline


def test_export_to_an_unwritable_place_is_one_clear_refusal(store: NotesStore, tmp_path: Path) -> None:
    store.add("riga", "a")
    blocker = tmp_path / "file"
    blocker.write_text("")
    refused = _refused_by(export_notes, store, blocker / "out.json")
    assert refused.code == "write_failed" and refused.file == "out.json"
    assert str(refused).startswith(f"cannot write {blocker / 'out.json'} (")


# -- reading a notes file --------------------------------------------------------------------------
def _file(tmp_path: Path, items: list[Any], **top: Any) -> Path:
    path = tmp_path / "n.json"
    path.write_text(json.dumps({"format": "kb-app-notes", "version": 1, "notes": items, **top}), encoding="utf-8")
    return path


def _raw(**fields: Any) -> dict[str, Any]:
    return {
        "id": NOTE_ID,
        "municipality": "riga",
        "doc_id": None,
        "body": "b",
        "created_at": "2026-11-20T08:00:00Z",
        "updated_at": "2026-11-20T08:00:00Z",
        "deleted": False,
        **fields,
    }


def _read(path: Path) -> list[Note]:
    return read_notes_file(path, KNOWN, ALIASES)


def _file_refusal(tmp_path: Path, items: list[Any], **top: Any) -> NotesRefused:
    return _refused_by(_read, _file(tmp_path, items, **top))


def test_the_file_s_head_is_checked_with_its_own_words(tmp_path: Path) -> None:
    assert str(_file_refusal(tmp_path, [], format="x")) == (
        "n.json: this is not a kb-app notes file (its 'format' is not 'kb-app-notes')"
    )
    refused = _file_refusal(tmp_path, [], version=0)
    assert (refused.code, str(refused)) == ("no_version", "n.json: the notes file has no valid 'version'")
    assert _file_refusal(tmp_path, [], version=True).code == "no_version"
    assert str(_file_refusal(tmp_path, [], version=2)) == (
        "n.json: the notes file was made by a newer version of the app (version 2, this app reads version 1); "
        "update the app"
    )
    assert str(_file_refusal(tmp_path, [], notes="x")) == "n.json: the notes file has no list of 'notes'"


def test_a_file_may_hold_as_many_notes_as_the_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(notes_module, "MAX_NOTES_IN_FILE", 2)
    ids = [f"{i}b4e28ba-2fa1-11d2-883f-0016d3cca427" for i in range(3)]
    assert len(_read(_file(tmp_path, [_raw(id=i) for i in ids[:2]]))) == 2
    refused = _file_refusal(tmp_path, [_raw(id=i) for i in ids])
    assert refused.code == "too_many_notes"
    assert str(refused) == "n.json: the file holds 3 notes, more than the 2 a notes file may have"
    assert refused.params == {"count": 3, "limit": 2}


def test_a_file_of_many_objects_is_refused_while_parsing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(notes_module, "MAX_JSON_OBJECTS", 3)
    path = tmp_path / "n.json"
    path.write_text('{"format": "kb-app-notes", "version": 1, "notes": [{}, {}]}', encoding="utf-8")  # 3 objects
    assert _refused_by(_read, path).code == "field_missing"  # parsed whole: the notes are looked at
    path.write_text('{"format": "kb-app-notes", "version": 1, "notes": [{}, {}, {}]}', encoding="utf-8")
    refused = _refused_by(_read, path)
    assert refused.code == "too_many_notes"
    assert str(refused) == "n.json: the file holds more than the 50,000 notes a notes file may have"


def test_a_file_over_50_mb_is_refused_with_its_size(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert notes_module.MAX_NOTES_FILE_SIZE == 50 * 1024 * 1024
    monkeypatch.setattr(notes_module, "MAX_NOTES_FILE_SIZE", 3 * 1024 * 1024)
    path = tmp_path / "n.json"
    path.write_bytes(b" " * (3 * 1024 * 1024))  # at the limit: read, and found empty
    assert _refused_by(_read, path).code == "not_json"
    path.write_bytes(b" " * (5 * 1024 * 1024))
    refused = _refused_by(_read, path)
    assert str(refused) == "n.json: the file is 5 MB, more than the 3 MB a notes file may have"
    assert refused.params == {"size_mb": 5, "max_mb": 3}


def test_an_unreadable_file_says_why(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _file(tmp_path, [])

    def denied(*_args: object, **_kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "open", denied)
    refused = _refused_by(_read, path)
    assert (refused.code, str(refused)) == ("unreadable", "n.json: the file cannot be read (Permission denied)")


def test_a_bad_note_is_named_by_its_place_and_nothing_is_read(tmp_path: Path) -> None:
    refused = _file_refusal(tmp_path, [_raw(), _raw(id="2" + NOTE_ID[1:], body=5), _raw()])
    assert str(refused) == "n.json: note 2 of 3: 'body' must be text; nothing was imported"
    assert (refused.note, refused.total, refused.field) == (2, 3, "body")


def test_an_imported_note_s_words_and_limits(tmp_path: Path) -> None:
    too_long = _file_refusal(tmp_path, [_raw(body="x" * 20_001)])
    assert too_long.code == "body_too_long"
    assert str(too_long) == (
        f"n.json: note 1 of 1: the note {NOTE_ID} is 20,001 characters long, more than the "
        "20,000 a note may have; nothing was imported"
    )
    assert _read(_file(tmp_path, [_raw(body="x" * 20_000)]))[0].body == "x" * 20_000
    surrogate = tmp_path / "s.json"
    lone = json.dumps(_raw(body="a")).replace('"a"', '"\\ud800"')  # JSON may spell one; Python cannot store it
    surrogate.write_text(f'{{"format": "kb-app-notes", "version": 1, "notes": [{lone}]}}', encoding="utf-8")
    assert _refused_by(_read, surrogate).code == "body_not_unicode"
    assert _file_refusal(tmp_path, [_raw(doc_id="d" * 201)]).code == "bad_doc_id"
    assert _read(_file(tmp_path, [_raw(doc_id="d" * 200)]))[0].doc_id == "d" * 200


def test_municipality_codes_and_aliases(tmp_path: Path) -> None:
    assert _read(_file(tmp_path, [_raw(municipality="varaklanu-novads")]))[0].municipality == "madonas-novads"
    refused = _file_refusal(tmp_path, [_raw(municipality="old-gone")])  # an alias to a code the library lacks
    assert refused.code == "unknown_municipality"
    assert "'municipality' 'old-gone' is not a municipality of the installed library" in str(refused)


def test_an_id_is_stored_in_lower_case(tmp_path: Path) -> None:
    assert _read(_file(tmp_path, [_raw(id=NOTE_ID.upper())]))[0].id == NOTE_ID


@pytest.mark.parametrize(
    "value, code",
    [
        ("2026-11-20T0800", "bad_time"),  # 16 characters is the shortest date and time
        ("2026-11-20T08:00", "no_time_zone"),
        ("2026-11-20T08:00:00.00000000000000+00:00", None),  # 40 characters is the longest
        ("2026-11-20T08:00:00.000000000000000+00:00", "bad_time"),
        ("2026-11-20 08:00:00Z", None),
        ("2026-11-20t08:00:00Z", None),
        ("2026-11-20X08:00:00Z", "bad_time"),
        ("2026-11-20T08:00:00+02:00", None),
        ("0001-01-01T00:30:00+01:00", "time_out_of_range"),
        ("2026-11-21T08:59:59Z", None),  # a day ahead of 08:00 today is still within the skew
    ],
)
def test_times_need_a_date_a_time_and_a_zone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, value: str, code: str | None
) -> None:
    monkeypatch.setattr(notes_module, "utc_now", lambda: datetime(2026, 11, 20, 9, 0, 0, tzinfo=UTC))
    path = _file(tmp_path, [_raw(updated_at=value)])
    if code is None:
        assert _read(path)[0].updated_at.endswith("Z")
    else:
        assert _refused_by(_read, path).code == code


def test_a_time_past_the_clock_skew_names_both_clocks(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(notes_module, "utc_now", lambda: datetime(2026, 11, 20, 9, 0, 0, tzinfo=UTC))
    assert _read(_file(tmp_path, [_raw(updated_at="2026-11-21T09:00:00Z")]))[0].updated_at == "2026-11-21T09:00:00Z"
    refused = _file_refusal(tmp_path, [_raw(updated_at="2026-11-21T09:00:01Z")])
    assert refused.code == "time_in_future"
    assert str(refused) == (
        "n.json: note 1 of 1: 'updated_at' 2026-11-21T09:00:01Z is in the future (this "
        "computer's time is 2026-11-20T09:00:00Z); check the clock of the computer that "
        "wrote the file; nothing was imported"
    )
    with_offset = _read(_file(tmp_path, [_raw(created_at="2026-11-20T10:00:00+02:00")]))[0]
    assert with_offset.created_at == "2026-11-20T08:00:00Z"


# -- the library's lists ---------------------------------------------------------------------------
def test_a_library_without_its_tables_is_a_clear_error(tmp_path: Path) -> None:
    db = tmp_path / "library.db"
    sqlite3.connect(db).close()
    with pytest.raises(LibraryError, match="the library's municipality list cannot be read"):
        library_municipalities(db)
    with pytest.raises(LibraryError, match="the library cannot be read"):
        known_doc_ids(db)


def test_known_doc_ids_are_the_library_s_documents(tmp_path: Path) -> None:
    from tests.core.conftest_data import make_library_db

    ids = known_doc_ids(make_library_db(tmp_path / "l.db"))
    assert "contact-valsts-policija" in ids and len(ids) >= 2
