"""One core operation per writing action: what each returns (OpChanges and the value shown), the
command line calling the same function as the window, and a pack's hashes checked once."""

from __future__ import annotations

import uuid
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from kb_app.cli import main
from kb_app.core import operations
from kb_app.core.library_files.libroot import current_library
from kb_app.core.op_changes import LIBRARY, NOTES, NOTHING, USER_DATA, OpResult
from kb_app.core.packs import pack_file as pack_module
from kb_app.core.packs.pack_file import read_manifest_only
from kb_app.core.platform.errors import NotFoundError
from kb_app.core.platform.lock import ProfileLock
from kb_app.core.platform.paths import AppPaths
from kb_app.core.userdata.notes import NotesStore
from kb_app.core.userdata.notes_sync import merge, read_folder, write_own_file
from kb_app.core.userdata.user_db import open_userdata
from tests.core.conftest_data import build_pack, doc


@pytest.fixture(scope="module")
def packs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("op-packs")
    return {
        "1": build_pack(folder, "one.kbpack", version="1"),
        "2": build_pack(
            folder,
            "two.kbpack",
            docs=[doc("article-intro", title="Ievads"), doc("article-new", title="Jauns")],
            version="2",
        ),
    }


def _count_hash_passes(monkeypatch: pytest.MonkeyPatch) -> Counter[str]:
    """Every member read with its SHA-256 checked, by name."""
    checked: Counter[str] = Counter()
    real = pack_module._stream

    def counting(zf: Any, info: Any, entry: Any, ticker: Any, write: Any = None, hashed: bool = True) -> None:
        if hashed:
            checked[info.filename] += 1
        real(zf, info, entry, ticker, write, hashed)

    monkeypatch.setattr(pack_module, "_stream", counting)
    return checked


def test_import_pack_returns_library_and_checks_each_member_hash_once(
    packs: dict[str, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    hashed = _count_hash_passes(monkeypatch)
    paths = AppPaths(tmp_path / "profile")
    done = operations.import_pack(packs["1"], paths, trust=True)
    assert done.changes == LIBRARY
    assert done.value.manifest.version == "1" and done.value.library_dir.is_dir()
    members = set(read_manifest_only(packs["1"]).files)
    assert members and set(hashed) == members
    assert set(hashed.values()) == {1}  # was 2 in the window and 3 on the command line


def test_the_cli_import_checks_each_member_hash_once(
    packs: dict[str, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    hashed = _count_hash_passes(monkeypatch)
    assert main(["pack", "import", str(packs["1"]), "--trust", "--profile", str(tmp_path / "p")]) == 0
    assert "Installed" in capsys.readouterr().out
    assert sorted(hashed) == sorted(read_manifest_only(packs["1"]).files)
    assert set(hashed.values()) == {1}


def test_the_cli_import_calls_the_core_operation(
    packs: dict[str, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[tuple[Path, dict[str, Any]]] = []
    real = operations.import_pack

    def spy(pack: Path, paths: AppPaths, **options: Any) -> Any:
        calls.append((pack, options))
        return real(pack, paths, **options)

    monkeypatch.setattr(operations, "import_pack", spy)
    assert main(["pack", "import", str(packs["1"]), "--trust", "--profile", str(tmp_path / "p")]) == 0
    assert [(pack, options["trust"]) for pack, options in calls] == [(packs["1"], True)]


def test_a_pack_written_to_in_place_after_its_check_is_refused_and_nothing_installed(
    packs: dict[str, Path], tmp_path: Path
) -> None:
    target = tmp_path / "swapped.kbpack"
    target.write_bytes(packs["1"].read_bytes())
    other = packs["2"].read_bytes()

    def swap_after_the_check(done: int, total: int) -> None:
        # Thousandths of the whole import: reading the pack is its first 35 %, hashing the half of it.
        if total == 1000 and 175 <= done < 350 and target.read_bytes() != other:
            target.write_bytes(other)  # the same file, new bytes: the open handle sees them

    paths = AppPaths(tmp_path / "profile")
    with pytest.raises(pack_module.PackRefused) as refused:
        operations.import_pack(target, paths, trust=True, progress=swap_after_the_check)
    assert refused.value.code == "changed"
    assert current_library(paths.library_root) is None
    assert not list(paths.library_root.glob("lib-*")) if paths.library_root.exists() else True


def test_rollback_returns_library_and_the_manifest_gone_back_to(packs: dict[str, Path], tmp_path: Path) -> None:
    paths = AppPaths(tmp_path / "profile")
    operations.import_pack(packs["1"], paths, trust=True)
    operations.import_pack(packs["2"], paths, trust=True)
    back = operations.rollback_library(paths)
    assert back.changes == LIBRARY and back.value.version == "1"


def test_an_operation_of_the_window_takes_no_second_lock(packs: dict[str, Path], tmp_path: Path) -> None:
    paths = AppPaths(tmp_path / "profile")
    paths.ensure()
    with ProfileLock(paths.profile):  # as the window holds it while open
        assert operations.import_pack(packs["1"], paths, trust=True, profile_locked=True).changes == LIBRARY
        assert operations.import_pack(packs["2"], paths, trust=True, profile_locked=True).changes == LIBRARY
        assert operations.rollback_library(paths, profile_locked=True).value.version == "1"


def test_note_operations_say_whether_notes_changed(tmp_path: Path) -> None:
    with open_userdata(AppPaths(tmp_path / "profile")) as userdata:
        store = NotesStore(userdata)
        note = store.add("riga", "Zvanīt policijai", "article-intro")
        deleted = operations.delete_note(store, note.id)
        assert deleted == OpResult(NOTES, note.id) and store.get(note.id, short=True).deleted
        assert operations.delete_note(store, note.id) == OpResult(NOTHING, None)  # already deleted
        assert operations.undelete_note(store, note.id) == OpResult(NOTES, note.id)
        assert not store.get(note.id, short=True).deleted
        with pytest.raises(NotFoundError, match="there is no note nope"):
            operations.delete_note(store, "nope")
        copy = store.get(note.id)
        with open_userdata(AppPaths(tmp_path / "other")) as other_data:
            other = NotesStore(other_data)
            assert operations.merge_notes(other, [copy]).changes == NOTES
            again = operations.merge_notes(other, [copy])
            assert again.changes == NOTHING and (again.value.added, again.value.updated) == (0, 0)
            assert [n.body for n in other.notes_for("riga")] == ["Zvanīt policijai"]


def test_restore_returns_user_data_and_the_safety_copy(tmp_path: Path) -> None:
    paths = AppPaths(tmp_path / "profile")
    with open_userdata(paths) as userdata:
        NotesStore(userdata).add("riga", "Pirms", None)
        backup = userdata.backup_to(tmp_path / "backup.db")
        NotesStore(userdata).add("riga", "Pēc", None)
        restored = operations.restore_backup(userdata, backup)
        assert restored.changes == USER_DATA and restored.value.is_file()
        assert [n.body for n in NotesStore(userdata).notes_for("riga")] == ["Pirms"]


def test_merging_a_synced_folder_returns_notes_only_when_something_was_new(tmp_path: Path) -> None:
    from kb_app.core.userdata.notes_sync import own_file_bytes

    folder = tmp_path / "share"
    folder.mkdir()
    with open_userdata(AppPaths(tmp_path / "a")) as a_data, open_userdata(AppPaths(tmp_path / "b")) as b_data:
        a, b = NotesStore(a_data), NotesStore(b_data)
        a.add("riga", "No A", None)
        write_own_file(folder, str(uuid.uuid4()), own_file_bytes(a)[0])
        me = str(uuid.uuid4())
        assert merge(b, read_folder(folder, me, {"riga"}, {})) == OpResult(NOTES, (1, 0))
        assert merge(b, read_folder(folder, me, {"riga"}, {})) == OpResult(NOTHING, (0, 0))


def test_saving_and_moving_a_note_return_notes(tmp_path: Path) -> None:
    with open_userdata(AppPaths(tmp_path / "profile")) as userdata:
        store = NotesStore(userdata)
        created = operations.save_note(store, None, "Pirmais", municipality="riga", doc_id="article-intro")
        assert created.changes == NOTES and created.value.body == "Pirmais"
        edited = operations.save_note(store, created.value.id, "Otrais")
        assert edited.changes == NOTES and store.get(created.value.id).body == "Otrais"
        moved = operations.reattach_note(store, created.value.id, None)
        assert moved.changes == NOTES and store.get(created.value.id).doc_id is None


def test_a_restored_draft_becomes_its_note_and_the_draft_is_gone(tmp_path: Path) -> None:
    from kb_app.core.userdata.drafts import Draft, draft_folders, load_drafts, save_draft

    paths = AppPaths(tmp_path / "profile")
    folders = draft_folders(paths)
    with open_userdata(paths) as userdata:
        store = NotesStore(userdata)
        note = store.add("riga", "Vecais", "article-intro")
        save_draft(folders, Draft.for_note(note.id, "riga", "article-intro", "Neizdevās saglabāt"))
        [draft] = load_drafts(folders)
        restored = operations.restore_draft(store, draft, folders, "riga")
        assert restored == OpResult(NOTES, note.id) and store.get(note.id).body == "Neizdevās saglabāt"
        assert load_drafts(folders) == []


def test_a_problem_report_is_kept_and_announces_nothing(tmp_path: Path) -> None:
    from kb_app.core.userdata.feedback import FeedbackStore

    with open_userdata(AppPaths(tmp_path / "profile")) as userdata:
        store = FeedbackStore(userdata)
        kept = operations.report_problem(store, "article-intro", "Novecojis tālrunis", "lv", "1")
        assert kept.changes == NOTHING and [r.id for r in store.all_reports()] == [kept.value.id]


def test_the_cli_writes_through_the_same_operations_as_the_window(
    packs: dict[str, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    profile = tmp_path / "profile"
    for pack in (packs["1"], packs["2"]):
        assert main(["pack", "import", str(pack), "--trust", "--profile", str(profile)]) == 0
    with open_userdata(AppPaths(profile)) as userdata:
        note = NotesStore(userdata).add("riga", "Piezīme", "article-intro")
    assert main(["notes", "export", "-o", str(tmp_path / "notes.json"), "--profile", str(profile)]) == 0
    assert main(["backup", "-o", str(tmp_path / "backup.db"), "--profile", str(profile)]) == 0
    called: list[str] = []
    for name in ("delete_note", "merge_notes", "restore_backup", "rollback_library"):
        real = getattr(operations, name)
        monkeypatch.setattr(
            operations, name, lambda *a, _real=real, _name=name, **k: called.append(_name) or _real(*a, **k)
        )
    assert main(["notes", "delete", note.id, "--profile", str(profile)]) == 0
    assert main(["notes", "import", str(tmp_path / "notes.json"), "--profile", str(profile)]) == 0
    assert main(["restore", str(tmp_path / "backup.db"), "--profile", str(profile)]) == 0
    assert main(["pack", "rollback", "--profile", str(profile)]) == 0
    assert called == ["delete_note", "merge_notes", "restore_backup", "rollback_library"]
    assert "Back to" in capsys.readouterr().out
