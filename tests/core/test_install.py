"""Atomic install, rollback and recovery of the library pointer (issue 5 §2, §5)."""

from __future__ import annotations

import hashlib
import json
import pickle
import shutil
import sqlite3
import time
import zipfile
from collections.abc import Callable
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest

from kb_app.cli import main
from kb_app.core.library_files.libformat import CURRENT, PREVIOUS
from kb_app.core.library_files.libroot import current_library, library_generation
from kb_app.core.packs import install as install_module
from kb_app.core.packs.install import install_pack, last_changes, read_manifest, rollback, verify_installed
from kb_app.core.packs.pack_file import PackRefused
from kb_app.core.platform.errors import LibraryError, PackError
from kb_app.core.platform.paths import AppPaths
from kb_app.core.userdata.notes import NotesStore, known_doc_ids
from kb_app.core.userdata.user_db import open_userdata
from tests.core.conftest_data import (
    DEFAULT_DOCS,
    DOC_MEMBER,
    RawEntry,
    build_pack,
    doc,
    police,
    raw_zip,
    tree_hash,
)


@pytest.fixture(scope="module")
def packs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("packs")
    new_docs = [doc("article-intro", title="Ievads"), police("+371 6700 0000"), doc("article-new", title="Jauns")]
    return {
        "a": build_pack(folder, "a.kbpack", version="1"),
        "b": build_pack(folder, "b.kbpack", docs=new_docs, version="2"),
        "c": build_pack(folder, "c.kbpack", docs=[DEFAULT_DOCS[1]], version="3"),
    }


def _folders(root: Path) -> list[str]:
    return sorted(p.name for p in root.iterdir() if p.is_dir())


def test_first_install_layout(packs: dict[str, Path], tmp_path: Path) -> None:
    root = tmp_path / "library"
    assert current_library(root) is None and library_generation(root) == ""
    result = install_pack(packs["a"], root)
    assert result.library_dir.parent == root and result.previous_dir is None
    assert current_library(root) == result.library_dir
    assert (root / CURRENT).read_text() == result.library_dir.name == library_generation(root)
    assert not (root / PREVIOUS).exists()
    assert sorted(p.name for p in result.library_dir.iterdir()) == [
        "changes.json",
        "content",
        "index.json",
        "library.db",
        "manifest.json",
    ]
    assert result.changes.first_install and result.changes.total == 2
    assert verify_installed(result.library_dir).version == "1"
    assert read_manifest(result.library_dir) == result.manifest


def test_update_keeps_previous_and_records_changes(packs: dict[str, Path], tmp_path: Path) -> None:
    root = tmp_path / "library"
    first = install_pack(packs["a"], root)
    second = install_pack(packs["b"], root)
    assert second.previous_dir == first.library_dir
    assert (root / PREVIOUS).read_text() == first.library_dir.name
    assert library_generation(root) == second.library_dir.name != first.library_dir.name
    changes = second.changes
    assert [d.id for d in changes.added] == ["article-new"]
    assert [d.id for d in changes.changed] == ["contact-valsts-policija"]
    phones = next(f for f in changes.changed[0].fields if f.field == "phones")
    assert (phones.label, phones.old, phones.new) == ("Emergency", "+371 110", "+371 6700 0000")
    assert last_changes(root) == changes
    assert json.loads((second.library_dir / "changes.json").read_text())["new"] == "Test library 2"

    third = install_pack(packs["c"], root)
    # Only CURRENT and PREVIOUS survive a switch.
    assert _folders(root) == sorted([second.library_dir.name, third.library_dir.name])
    assert [d.id for d in third.changes.removed] == ["article-intro", "article-new"]


def test_rollback_once(packs: dict[str, Path], tmp_path: Path) -> None:
    root = tmp_path / "library"
    first = install_pack(packs["a"], root)
    second = install_pack(packs["b"], root)
    assert rollback(root) == first.library_dir
    assert current_library(root) == first.library_dir
    assert not (root / PREVIOUS).exists()
    assert _folders(root) == [first.library_dir.name]
    assert not second.library_dir.exists()
    with pytest.raises(PackError, match="no earlier library"):
        rollback(root)


def test_rollback_without_previous(packs: dict[str, Path], tmp_path: Path) -> None:
    root = tmp_path / "library"
    with pytest.raises(PackError):
        rollback(root)
    install_pack(packs["a"], root)
    with pytest.raises(PackError):
        rollback(root)


def test_current_pointing_at_missing_folder_falls_back(packs: dict[str, Path], tmp_path: Path) -> None:
    root = tmp_path / "library"
    first = install_pack(packs["a"], root)
    second = install_pack(packs["b"], root)
    shutil.rmtree(second.library_dir)
    assert current_library(root) == first.library_dir
    shutil.rmtree(first.library_dir)
    assert current_library(root) is None
    # The next install repairs the profile.
    third = install_pack(packs["c"], root)
    assert current_library(root) == third.library_dir
    assert third.changes.first_install


@pytest.mark.parametrize("content", ["../../etc", "", "lib-x/../../y", "\0\0", "lib-20261127T100000Z-zzz"])
def test_hand_edited_pointer_is_ignored(packs: dict[str, Path], tmp_path: Path, content: str) -> None:
    root = tmp_path / "library"
    first = install_pack(packs["a"], root)
    second = install_pack(packs["b"], root)
    (root / CURRENT).write_text(content)
    assert current_library(root) == first.library_dir  # PREVIOUS still names a good folder
    assert second.library_dir.exists()


def test_partial_leftovers_are_cleaned_by_next_install(packs: dict[str, Path], tmp_path: Path) -> None:
    root = tmp_path / "library"
    first = install_pack(packs["a"], root)
    (root / "lib-20200101T000000Z-deadbeef.partial" / "index").mkdir(parents=True)
    (root / "lib-20200101T000000Z-0123456789ab").mkdir()  # complete but never switched in
    (root / ".CURRENT.abc.tmp").write_text("half")
    (root / "README.txt").write_text("not ours: left alone")
    second = install_pack(packs["b"], root)
    assert sorted(p.name for p in root.iterdir()) == sorted(
        [CURRENT, PREVIOUS, "README.txt", first.library_dir.name, second.library_dir.name]
    )


def test_failure_after_unpacking_leaves_profile_unchanged(
    packs: dict[str, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = tmp_path / "library"
    install_pack(packs["a"], root)
    before = tree_hash(root)

    def broken(*_args: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(install_module, "atomic_write_bytes", broken)
    with pytest.raises(OSError):
        install_pack(packs["b"], root)
    assert tree_hash(root) == before


def _rewritten(pack: Path, out: Path, change: Callable[[dict[str, bytes], dict[str, Any]], None]) -> Path:
    """``pack`` with its members and manifest changed, every hash made to match again."""
    with zipfile.ZipFile(pack) as zf:
        members = {name: zf.read(name) for name in zf.namelist() if name != "manifest.json"}
        manifest = json.loads(zf.read("manifest.json"))
    change(members, manifest)
    manifest["files"] = {
        name: {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)} for name, data in members.items()
    }
    entries = [
        RawEntry("manifest.json", json.dumps(manifest).encode()),
        *(RawEntry(n, d) for n, d in sorted(members.items())),
    ]
    out.write_bytes(raw_zip(entries))
    return out


def _pickle_as_markdown(members: dict[str, bytes], _manifest: dict[str, Any]) -> None:
    members[DOC_MEMBER] = pickle.dumps({"x": 1}, protocol=4)


def _sqlite_as_markdown(members: dict[str, bytes], _manifest: dict[str, Any]) -> None:
    members[DOC_MEMBER] = b"SQLite format 3\x00" + bytes(4000)


def _broken_front_matter(members: dict[str, bytes], _manifest: dict[str, Any]) -> None:
    members[DOC_MEMBER] = b"---\nid: [unclosed\n---\nText\n"


def _huge_table(members: dict[str, bytes], _manifest: dict[str, Any]) -> None:
    rows = "".join(f"| {i} | rinda |\n" for i in range(100_000))
    members[DOC_MEMBER] = members[DOC_MEMBER] + b"\n| a | b |\n|---|---|\n" + rows.encode()


def _counts_lie(_members: dict[str, bytes], manifest: dict[str, Any]) -> None:
    manifest["counts"] = {"article": 500, "total": 500}


def _title_lie(_members: dict[str, bytes], manifest: dict[str, Any]) -> None:
    manifest["title"] = "Oficiālā bibliotēka"


@pytest.mark.parametrize(
    ("change", "code"),
    [
        (_pickle_as_markdown, "invalid_content"),
        (_sqlite_as_markdown, "invalid_content"),
        (_broken_front_matter, "invalid_content"),
        (_huge_table, "invalid_content"),
        (_counts_lie, "manifest_mismatch"),
        (_title_lie, "manifest_mismatch"),
    ],
)
def test_content_that_fails_validation_is_refused(tmp_path: Path, change: Callable[..., None], code: str) -> None:
    """Hashes prove nothing about content: a pack whose members hash right is still validated."""
    root = tmp_path / "library"
    install_pack(build_pack(tmp_path, "good.kbpack"), root)
    before = tree_hash(root)
    bad = _rewritten(build_pack(tmp_path, "base.kbpack"), tmp_path / "bad.kbpack", change)
    started = time.perf_counter()
    with pytest.raises(PackRefused) as refused:
        install_pack(bad, root)
    assert time.perf_counter() - started < 5
    assert refused.value.code == code, str(refused.value)
    assert "\n" not in str(refused.value) and len(str(refused.value)) < 400
    assert tree_hash(root) == before


def test_cancelled_install_leaves_profile_unchanged(packs: dict[str, Path], tmp_path: Path) -> None:
    root = tmp_path / "library"
    install_pack(packs["a"], root)
    before = tree_hash(root)
    calls = []
    with pytest.raises(PackRefused):
        install_pack(packs["b"], root, cancel=lambda: calls.append(1) or len(calls) > 3)
    assert tree_hash(root) == before


def test_imports_never_touch_notes_and_orphans_are_kept(packs: dict[str, Path], tmp_path: Path) -> None:
    paths = AppPaths(tmp_path / "profile")
    install_pack(packs["b"], paths.library_root)
    with open_userdata(paths) as userdata:
        store = NotesStore(userdata)
        kept = store.add("riga", "about the new article", "article-new")
        store.add("riga", "about the police", "contact-valsts-policija")
    userdata_hash = tree_hash(paths.profile / "userdata.db")

    result = install_pack(packs["c"], paths.library_root)  # drops article-new
    assert tree_hash(paths.profile / "userdata.db") == userdata_hash
    with open_userdata(paths) as userdata:
        store = NotesStore(userdata)
        orphans = store.orphans(known_doc_ids(result.library_dir / "library.db"))
        assert [n.id for n in orphans] == [kept.id]
        assert len(store.notes_for()) == 2


def test_changes_file_damaged(packs: dict[str, Path], tmp_path: Path) -> None:
    root = tmp_path / "library"
    result = install_pack(packs["a"], root)
    (result.library_dir / "changes.json").write_text("[]")
    with pytest.raises(LibraryError):
        last_changes(root)
    (result.library_dir / "changes.json").unlink()
    assert last_changes(root) is None


def test_installed_database_is_opened_read_only(packs: dict[str, Path], tmp_path: Path) -> None:
    root = tmp_path / "library"
    first = install_pack(packs["a"], root)
    install_pack(packs["b"], root)  # diff reads the first library
    verify_installed(first.library_dir)  # hashes unchanged: nothing wrote to it
    with closing(sqlite3.connect(first.library_dir / "library.db")) as conn:
        assert conn.execute("SELECT count(*) FROM documents").fetchone()[0] == 2


def test_verify_installed_detects_damage(packs: dict[str, Path], tmp_path: Path) -> None:
    result = install_pack(packs["a"], tmp_path / "library")
    (result.library_dir / DOC_MEMBER).write_bytes(b"changed")
    with pytest.raises(LibraryError, match="damaged"):
        verify_installed(result.library_dir)


def test_cli_import_rollback_and_changes(
    packs: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    profile = str(tmp_path / "profile")
    assert main(["pack", "changes", "--profile", profile]) == 0
    assert "No content pack" in capsys.readouterr().out
    assert main(["pack", "import", str(packs["a"]), "--profile", profile, "--trust"]) == 0
    assert "Installed Test library 1 (2 documents)." in capsys.readouterr().out
    assert main(["pack", "import", str(packs["b"]), "--profile", profile, "--trust"]) == 0
    out = capsys.readouterr().out
    assert "Content updated: Test library 2 (was 1)" in out
    assert "1 added, 0 removed, 1 changed." in out
    assert "     !Phone numbers — Emergency: +371 110 → +371 6700 0000" in out.splitlines()
    assert main(["pack", "changes", "--profile", profile]) == 0
    assert "     !Phone numbers — Emergency: +371 110 → +371 6700 0000" in capsys.readouterr().out.splitlines()
    assert main(["pack", "changes", "--json", "--profile", profile]) == 0
    assert json.loads(capsys.readouterr().out)["added"][0]["id"] == "article-new"
    assert main(["pack", "rollback", "--profile", profile]) == 0
    assert "Back to Test library 1." in capsys.readouterr().out
    assert main(["pack", "rollback", "--profile", profile]) == 1
    assert "no earlier library" in capsys.readouterr().err


# --- issue 19 row 6 and the read-only note: re-indexing reads only what the import verified ---------


def _installed_signed(tmp_path: Path, capsys: pytest.CaptureFixture[str], *ids: str) -> tuple[Path, Path]:
    from kb_app.cli import main
    from tests.core.conftest_data import write_knowledge

    key = tmp_path / "keys" / "trainer.key"
    key.parent.mkdir()
    assert main(["pack", "keygen", "-o", str(key)]) == 0
    profile = tmp_path / "profile"
    for pack_id in ids:
        knowledge = write_knowledge(tmp_path / f"{pack_id}.k", None, id=pack_id, title=f"Library {pack_id}")
        pack = tmp_path / f"{pack_id}.kbpack"
        assert main(["build", str(knowledge), "-o", str(pack), "--sign", str(key)]) == 0
        assert main(["pack", "import", str(pack), "--trust", "--profile", str(profile)]) == 0
    capsys.readouterr()
    library = AppPaths(profile).library_root
    current = library / (library / "CURRENT").read_text().strip()
    return profile, current


def _status(profile: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, Any]:
    from kb_app.cli import main

    assert main(["pack", "status", "--json", "--profile", str(profile)]) == 0
    return dict(json.loads(capsys.readouterr().out))


@pytest.mark.parametrize("ids", [("lv-a",), ("lv-b", "lv-a")])
def test_a_deleted_database_is_rebuilt_from_the_librarys_own_content(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], ids: tuple[str, ...]
) -> None:
    from kb_app.cli import main

    profile, current = _installed_signed(tmp_path, capsys, *ids)
    (current / "library.db").unlink()
    assert main(["show", "article-intro", "--profile", str(profile)]) == 0
    assert "Ievads" in capsys.readouterr().out
    status = _status(profile, capsys)
    # Neither the bundled library nor the previous one took its place.
    assert status["id"] == "lv-a" and status["signed"] is True


@pytest.mark.parametrize("tamper", ["edit", "add", "delete"])
def test_content_changed_on_this_computer_is_never_indexed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], tamper: str
) -> None:
    from kb_app.cli import main

    profile, current = _installed_signed(tmp_path, capsys, "lv-a")
    article = current / "content" / "articles" / "article-intro.md"
    if tamper == "edit":
        article.write_text(
            article.read_text(encoding="utf-8").replace("Text.", "Zvaniet +371 20000000."), encoding="utf-8"
        )
    elif tamper == "add":
        (article.parent / "article-fake.md").write_text(
            "---\nid: article-fake\ntype: article\ntitle: Fake\nlang: lv\n---\n\nZvaniet +371 20000000.\n",
            encoding="utf-8",
        )
    else:
        article.unlink()
    (current / "index.json").unlink()  # what makes the next command re-index
    before = tree_hash(profile / "library")
    assert main(["search", "Zvaniet", "--profile", str(profile)]) == 1
    out, err = capsys.readouterr()
    assert "20000000" not in out and "was changed on this computer" in err and err.count("\n") == 1
    assert tree_hash(profile / "library") == before
    assert _status(profile, capsys)["id"] == "lv-a"


def test_a_document_edited_after_the_import_is_not_shown_from_its_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from kb_app.cli import main

    profile, current = _installed_signed(tmp_path, capsys, "lv-a")
    assert main(["show", "article-intro", "--profile", str(profile)]) == 0
    assert "Text." in capsys.readouterr().out
    article = current / "content" / "articles" / "article-intro.md"
    article.write_text(article.read_text(encoding="utf-8").replace("Text.", "Zvaniet +371 20000000."), encoding="utf-8")
    assert main(["show", "article-intro", "--profile", str(profile)]) == 1
    out, err = capsys.readouterr()
    assert "20000000" not in out and "changed on this computer" in err
    # The page itself comes from the database the import built: still the verified text.
    assert main(["show", "article-intro", "--format", "text", "--profile", str(profile)]) == 0
    assert "Text." in capsys.readouterr().out


def test_a_reader_that_cannot_take_the_lock_also_refuses_changed_content(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The window holds the profile: a command builds a private index instead, from verified content only."""
    from kb_app.core.library.bootstrap import ensure_library
    from kb_app.core.packs.install import LibraryChanged
    from kb_app.core.platform.lock import ProfileLock

    profile, current = _installed_signed(tmp_path, capsys, "lv-a")
    article = current / "content" / "articles" / "article-intro.md"
    article.write_text(article.read_text(encoding="utf-8") + "\nZvaniet +371 20000000.\n", encoding="utf-8")
    (current / "index.json").unlink()
    window = ProfileLock(profile)
    assert window.acquire()
    try:
        with pytest.raises(LibraryChanged, match="changed on this computer"):
            ensure_library(AppPaths(profile))
    finally:
        window.release()


def test_the_record_of_installed_packs_survives_damage(tmp_path: Path) -> None:
    from kb_app.core.packs.pack_history import history_path, load_history, record_installed
    from kb_app.core.packs.trust import PackIdentity

    record_installed(tmp_path, PackIdentity("lv-b", "B", "2026.2.1"), PackIdentity("lv-b", "B", "2026.1.1"))
    assert load_history(tmp_path)["lv-b"].highest_version == "2026.2.1"
    history_path(tmp_path).write_text("{not json", encoding="utf-8")
    assert load_history(tmp_path) == {}
    record_installed(tmp_path, PackIdentity("lv-a", "A", "2026.1.1"))  # a damaged record is replaced
    assert set(load_history(tmp_path)) == {"lv-a"}
