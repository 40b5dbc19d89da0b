"""The office notes folder: `kb-app notes sync DIR` (docs/interface-contract.md §1 and §4, issue 10 §6)."""

from __future__ import annotations

import json
import os
import shutil
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from kb_app.cli import main
from kb_app.core.packs.install import install_pack
from kb_app.core.platform.paths import AppPaths
from kb_app.core.userdata.notes import NotesStore
from kb_app.core.userdata.notes_sync import SyncRefused, installation_id, own_file_name, sync_folder
from kb_app.core.userdata.user_db import open_userdata
from tests.core.conftest_data import CODES, build_pack, tree_hash


class Clock:
    """Each installation's clock; tests move it on so that edits have later times."""

    def __init__(self) -> None:
        self.now = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        self.now += timedelta(seconds=1)
        return self.now


CLOCK = Clock()


@pytest.fixture
def office(tmp_path: Path) -> tuple[Path, Path, Path]:
    pack = build_pack(tmp_path)
    profiles = []
    for name in ("a", "b"):
        profile = tmp_path / name
        install_pack(pack, AppPaths(profile).library_root)
        profiles.append(profile)
    folder = tmp_path / "share"
    folder.mkdir()
    return profiles[0], profiles[1], folder


def _notes(profile: Path) -> dict[str, tuple[str, bool]]:
    with open_userdata(AppPaths(profile)) as userdata:
        return {n.id: (n.body, n.deleted) for n in NotesStore(userdata).notes_for(include_deleted=True)}


def _edit(profile: Path, action: str, *args: str) -> str:
    with open_userdata(AppPaths(profile)) as userdata:
        store = NotesStore(userdata, clock=CLOCK)
        note = getattr(store, action)(*args)
        return str(note.id)


def _sync(profile: Path, folder: Path) -> int:
    return main(["notes", "sync", str(folder), "--profile", str(profile)])


def test_two_installations_converge_through_one_folder(
    office: tuple[Path, Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    a, b, folder = office
    shared = _edit(a, "add", "marupes-novads", "Sociālais dienests strādā līdz 17", None)
    _edit(a, "add", "riga", "Tikai A", None)
    only_b = _edit(b, "add", "madonas-novads", "Tikai B", "contact-valsts-policija")
    assert _sync(a, folder) == 0
    assert _sync(b, folder) == 0
    assert "1 other installation file merged (2 added, 0 updated)" in capsys.readouterr().out
    assert _sync(a, folder) == 0
    assert _notes(a) == _notes(b) and len(_notes(a)) == 3
    # An edit and a deletion travel too; the later edit wins.
    _edit(b, "update", shared, "Sociālais dienests strādā līdz 18")
    _edit(a, "delete", only_b)
    for profile in (a, b, a, b):
        assert _sync(profile, folder) == 0
    assert _notes(a) == _notes(b)
    assert _notes(a)[shared] == ("Sociālais dienests strādā līdz 18", False)
    assert _notes(a)[only_b][1] is True
    # Each installation has exactly its own file; nothing else was written to the folder.
    names = sorted(p.name for p in folder.iterdir())
    assert names == sorted(own_file_name(installation_id(p)) for p in (a, b))
    # Syncing again changes nothing in either database.
    before = [tree_hash(p / "userdata.db") for p in (a, b)]
    assert _sync(a, folder) == 0 and _sync(b, folder) == 0
    assert [tree_hash(p / "userdata.db") for p in (a, b)] == before


def test_installation_id_is_stable(tmp_path: Path) -> None:
    first = installation_id(tmp_path)
    assert installation_id(tmp_path) == first and str(uuid.UUID(first)) == first
    (tmp_path / "installation-id").write_text("garbage")
    assert installation_id(tmp_path) != first  # a damaged id is replaced, not trusted


def test_a_bad_file_in_the_folder_is_skipped_with_a_reason(
    office: tuple[Path, Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    a, b, folder = office
    _edit(b, "add", "riga", "No B", None)
    assert _sync(b, folder) == 0
    newer = folder / own_file_name(str(uuid.uuid4()))
    newer.write_text(json.dumps({"format": "kb-app-notes", "version": 99, "notes": []}))
    hostile = folder / own_file_name(str(uuid.uuid4()))
    hostile.write_bytes(b"[" * 100_000)
    # A database someone put on the share is never opened: only notes-<uuid>.json files are read.
    shutil.copy(b / "userdata.db", folder / "userdata.db")
    (folder / "notes-not-an-id.json").write_text("{}")
    outside = {p.name: p.read_bytes() for p in folder.iterdir()}
    capsys.readouterr()
    assert _sync(a, folder) == 1
    err = capsys.readouterr().err
    assert "newer version" in err and "not valid JSON" in err and err.count("\n") == 2
    assert list(_notes(a).values()) == [("No B", False)]  # the good file was still merged
    assert {p.name: p.read_bytes() for p in folder.iterdir() if p.name in outside} == outside


def test_missing_folder_is_refused_with_the_profile_unchanged(
    office: tuple[Path, Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    a, _b, folder = office
    before = tree_hash(a)
    assert _sync(a, folder / "not-connected") == 1
    assert "does not exist (is the network drive connected?)" in capsys.readouterr().err
    (folder / "file").write_text("x")
    assert _sync(a, folder / "file") == 1
    assert tree_hash(a) == before


def test_sync_folder_api(tmp_path: Path) -> None:
    with open_userdata(AppPaths(tmp_path / "p")) as userdata:
        store = NotesStore(userdata, clock=CLOCK)
        store.add("riga", "Piezīme", None)
        with pytest.raises(SyncRefused):
            sync_folder(store, tmp_path / "absent", "x", CODES, {})
        folder = tmp_path / "share"
        folder.mkdir()
        result = sync_folder(store, folder, str(uuid.uuid4()), CODES, {})
        assert result.written == 1 and result.files_merged == 0 and result.refused == ()
        assert json.loads(result.own_file.read_text(encoding="utf-8"))["format"] == "kb-app-notes"


# --- issue 19 rows 8, 9, 10 ------------------------------------------------------------------------


def test_a_cloned_installation_is_noticed_and_takes_a_fresh_id(
    office: tuple[Path, Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    a, _b, folder = office
    _edit(a, "add", "riga", "Pirms kopēšanas", None)
    assert _sync(a, folder) == 0
    clone = a.parent / "clone"
    shutil.copytree(a, clone)  # a copied profile: the same installation id, the same record
    assert installation_id(clone) == installation_id(a)
    _edit(a, "add", "riga", "Tikai oriģinālā", None)
    _edit(clone, "add", "riga", "Tikai kopijā", None)
    assert _sync(a, folder) == 0
    capsys.readouterr()
    assert _sync(clone, folder) == 0
    err = capsys.readouterr().err
    assert "also written by another installation with this one's id" in err
    assert installation_id(clone) != installation_id(a)
    for profile in (a, clone, a):
        assert _sync(profile, folder) == 0
    bodies = {body for body, _ in _notes(a).values()}
    assert (
        bodies == {body for body, _ in _notes(clone).values()} == {"Pirms kopēšanas", "Tikai oriģinālā", "Tikai kopijā"}
    )
    names = sorted(p.name for p in folder.iterdir())
    assert names == sorted(own_file_name(installation_id(p)) for p in (a, clone))


def test_a_first_sync_adopts_its_own_file_without_a_new_id(office: tuple[Path, Path, Path]) -> None:
    """An installation that synced with an older app has no record yet: its file is merged, its id kept."""
    a, _b, folder = office
    _edit(a, "add", "riga", "Vecā versija", None)
    assert _sync(a, folder) == 0
    (a / "office-sync.json").unlink()
    first = installation_id(a)
    assert _sync(a, folder) == 0 and installation_id(a) == first


def test_junk_files_cannot_crowd_out_a_colleagues_file(
    office: tuple[Path, Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    a, b, folder = office
    _edit(b, "add", "riga", "Kolēģes piezīme", None)
    assert _sync(b, folder) == 0
    for i in range(500):  # named to sort before any real id
        (folder / f"notes-00000000-0000-4000-8000-{i:012d}.json").write_bytes(b"")
    capsys.readouterr()
    assert _sync(a, folder) == 1
    err = capsys.readouterr().err
    assert "500 empty notes files skipped: notes-00000000-0000-4000-8000-" in err and "and 495 more" in err
    assert [body for body, _ in _notes(a).values()] == ["Kolēģes piezīme"]


def test_more_files_than_read_are_counted_and_named_oldest_left(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kb_app.core.userdata import notes_sync

    monkeypatch.setattr(notes_sync, "MAX_FILES", 2)
    folder = tmp_path / "share"
    folder.mkdir()
    for age, name in enumerate(("c", "a", "b")):
        path = folder / own_file_name(str(uuid.uuid5(uuid.NAMESPACE_DNS, name)))
        path.write_text(json.dumps({"format": "kb-app-notes", "version": 1, "notes": []}))
        os.utime(path, (1_800_000_000 - age * 100, 1_800_000_000 - age * 100))
    contents = notes_sync.read_folder(folder, str(uuid.uuid4()), CODES, {})
    oldest = own_file_name(str(uuid.uuid5(uuid.NAMESPACE_DNS, "b")))
    assert [name for name, _ in contents.notes] == [
        own_file_name(str(uuid.uuid5(uuid.NAMESPACE_DNS, n))) for n in ("c", "a")
    ]
    assert [(r.code, r.file) for r in contents.refused] == [("too_many_files", oldest)]
    assert oldest in contents.refused[0].reason


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_shared_files_get_the_folders_normal_permissions(office: tuple[Path, Path, Path], tmp_path: Path) -> None:
    a, _b, folder = office
    old = os.umask(0o022)
    try:
        _edit(a, "add", "riga", "Kopīga", None)
        assert _sync(a, folder) == 0
        assert main(["notes", "export", "-o", str(tmp_path / "export.json"), "--profile", str(a)]) == 0
        assert main(["feedback", "export", "-o", str(tmp_path / "reports.json"), "--profile", str(a)]) == 0
        assert main(["build", str(tmp_path / "test.kbpack.knowledge"), "-o", str(tmp_path / "built.kbpack")]) == 0
        assert main(["pack", "keygen", "-o", str(tmp_path / "secret.key")]) == 0
    finally:
        os.umask(old)
    for shared in (
        folder / own_file_name(installation_id(a)),
        tmp_path / "export.json",
        tmp_path / "reports.json",
        tmp_path / "built.kbpack",
    ):
        assert shared.stat().st_mode & 0o777 == 0o644, shared
    assert (tmp_path / "secret.key").stat().st_mode & 0o777 == 0o600
