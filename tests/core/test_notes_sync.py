"""The office notes folder: `kb-app notes sync DIR` (CONTRACT §1 and §4, issue 10 §6)."""

from __future__ import annotations

import json
import shutil
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from kb_app.cli import main
from kb_app.core.install import install_pack
from kb_app.core.notes import NotesStore
from kb_app.core.notes_sync import SyncRefused, installation_id, own_file_name, sync_folder
from kb_app.core.paths import AppPaths
from kb_app.core.userdata import open_userdata
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


def test_two_installations_converge_through_one_folder(office: tuple[Path, Path, Path],
                                                        capsys: pytest.CaptureFixture[str]) -> None:
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


def test_a_bad_file_in_the_folder_is_skipped_with_a_reason(office: tuple[Path, Path, Path],
                                                           capsys: pytest.CaptureFixture[str]) -> None:
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


def test_missing_folder_is_refused_with_the_profile_unchanged(office: tuple[Path, Path, Path],
                                                               capsys: pytest.CaptureFixture[str]) -> None:
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
