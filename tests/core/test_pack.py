"""Writing packs, and refusing hostile ones (issue 5 §1): each refusal has its own reason, and an
attempted import leaves the profile byte-for-byte as it was."""

from __future__ import annotations

import json
import os
import random
import time
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kb_app.cli import main
from kb_app.core.packs import pack_file as pack_module
from kb_app.core.packs.install import install_pack
from kb_app.core.packs.pack_file import (
    FORMAT_VERSION,
    MAX_MEMBERS,
    Manifest,
    PackRefused,
    extract_verified,
    verify_pack,
    write_pack,
)
from kb_app.core.platform.errors import PackError
from kb_app.core.platform.paths import AppPaths
from kb_app.core.userdata.notes import NotesStore
from kb_app.core.userdata.user_db import open_userdata
from tests.core.conftest_data import (
    DOC_MEMBER,
    RawEntry,
    build_pack,
    entry_for_manifest,
    manifest_of,
    pack_entries,
    raw_zip,
    tree_hash,
    with_manifest,
)

MiB = 1024 * 1024
Edit = Callable[[list[RawEntry]], list[RawEntry]]


@pytest.fixture(scope="module")
def valid_pack(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_pack(tmp_path_factory.mktemp("valid"))


# --- writing -------------------------------------------------------------------------------------


def _members(tmp_path: Path) -> list[tuple[str, Path | bytes]]:
    doc = tmp_path / "a.md"
    doc.write_text("---\nid: a\n---\nText\n", encoding="utf-8")
    return [("content/pack.yaml", b"id: t\n"), ("content/articles/a.md", doc), ("content/synonyms.txt", b"")]


def test_write_pack_is_deterministic_and_well_formed(tmp_path: Path) -> None:
    members = _members(tmp_path)
    info = {**_info(), "default_municipality": "riga", "counts": {"article": 1, "total": 1}}
    first = write_pack(members, tmp_path / "a.kbpack", info)
    os.utime(tmp_path / "a.md", (0, 0))  # file times must not leak into the pack
    write_pack(list(reversed(members)), tmp_path / "b.kbpack", info)
    assert (tmp_path / "a.kbpack").read_bytes() == (tmp_path / "b.kbpack").read_bytes()

    with zipfile.ZipFile(tmp_path / "a.kbpack") as zf:
        infos = zf.infolist()
        assert [i.filename for i in infos] == [
            "manifest.json",
            "content/articles/a.md",
            "content/pack.yaml",
            "content/synonyms.txt",
        ]
        assert {i.date_time for i in infos} == {(1980, 1, 1, 0, 0, 0)}
        assert {i.external_attr >> 16 for i in infos} == {0o100644}
        assert {i.compress_type for i in infos} == {zipfile.ZIP_DEFLATED}
        raw = json.loads(zf.read("manifest.json"))
    assert raw["format_version"] == FORMAT_VERSION == 2
    assert raw["default_municipality"] == "riga"
    assert set(raw["files"]) == {"content/articles/a.md", "content/pack.yaml", "content/synonyms.txt"}
    assert first == verify_pack(tmp_path / "a.kbpack")
    assert json.loads(first.to_json()) == raw
    assert first.document_count == 1


def test_failed_build_leaves_no_half_pack(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    members = _members(tmp_path)
    out = tmp_path / "out" / "p.kbpack"
    write_pack(members, out, {**_info()})
    before = out.read_bytes()
    calls = []

    def failing(zf: zipfile.ZipFile, name: str, source: object) -> None:
        calls.append(name)
        if len(calls) == 2:
            raise OSError("disk full")
        original(zf, name, source)

    original = pack_module._write_member
    monkeypatch.setattr(pack_module, "_write_member", failing)
    with pytest.raises(OSError):
        write_pack(members, out, {**_info(), "version": "2"})
    assert out.read_bytes() == before
    assert sorted(p.name for p in out.parent.iterdir()) == ["p.kbpack"]


@pytest.mark.parametrize(
    ("change", "words"),
    [
        (lambda m, _: m.pop(0), "pack.yaml"),
        (lambda m, _: m.append(("library.db", b"SQLite format 3\0")), "only its manifest"),
        (lambda m, _: m.append(("index/MAIN_1.toc", b"x")), "outside content"),
        (lambda m, _: m.append(("content/a.pkl", b"x")), "Markdown documents"),
        (lambda m, _: m.append(("content/bad name.md", b"x")), "not allowed"),
        (lambda _, i: i.pop("title"), "title"),
        (lambda _, i: i.update(counts=[1]), "counts"),
    ],
)
def test_write_pack_refuses_bad_input(
    tmp_path: Path, change: Callable[[list[Any], dict[str, object]], object], words: str
) -> None:
    members = _members(tmp_path)
    info = _info()
    change(members, info)
    with pytest.raises(PackError, match=words):
        write_pack(members, tmp_path / "p.kbpack", info)
    assert not list(tmp_path.glob("*.kbpack*")) and not list(tmp_path.glob(".*"))


def _info() -> dict[str, object]:
    return {
        "id": "t",
        "title": "T",
        "version": "1",
        "description": "",
        "built_at": "2026-11-27T10:00:00Z",
        "app_version": "0.1.0",
        "default_municipality": None,
        "counts": {"total": 2},
    }


# --- hostile packs ---------------------------------------------------------------------------------


def _tamper(entries: list[RawEntry]) -> list[RawEntry]:
    out = []
    for entry in entries:
        if entry.name == DOC_MEMBER:
            data = bytearray(entry.data)
            data[20] ^= 0x01  # same size, other bytes: only the checksum can tell
            entry = RawEntry(entry.name, bytes(data))
        out.append(entry)
    return out


def _resized(entries: list[RawEntry]) -> list[RawEntry]:
    return [RawEntry(e.name, e.data + b"\0") if e.name == DOC_MEMBER else e for e in entries]


def _add(name: str, data: bytes = b"evil", **kw: object) -> Edit:
    def change(entries: list[RawEntry]) -> list[RawEntry]:
        return [*entries, RawEntry(name, data, **kw)]  # type: ignore[arg-type]

    return change


def _add_listed(name: str, **kw: object) -> Edit:
    """Add a member AND list it in the manifest, so only the name/kind check can refuse it."""

    def change(entries: list[RawEntry]) -> list[RawEntry]:
        entry, listing = entry_for_manifest(name, b"data")
        for key, value in kw.items():
            setattr(entry, key, value)
        manifest = manifest_of(entries)
        manifest["files"][name] = listing
        return [*with_manifest(entries, manifest), entry]

    return change


def _manifest_edit(change: Callable[[dict[str, Any]], object]) -> Edit:
    def apply(entries: list[RawEntry]) -> list[RawEntry]:
        manifest = manifest_of(entries)
        change(manifest)
        return with_manifest(entries, manifest)

    return apply


def _bomb_declared(entries: list[RawEntry]) -> list[RawEntry]:
    return [RawEntry(e.name, e.data, declared_size=4000 * MiB) if e.name == DOC_MEMBER else e for e in entries]


def _bomb_ratio(entries: list[RawEntry]) -> list[RawEntry]:
    zeros = b"\0" * (2 * MiB)  # deflates about 1000:1
    entry, listing = entry_for_manifest("content/bomb.md", zeros)
    manifest = manifest_of(entries)
    manifest["files"]["content/bomb.md"] = listing
    return [*with_manifest(entries, manifest), entry]


def _bomb_lying(entries: list[RawEntry]) -> list[RawEntry]:
    """Declares 10 bytes, but its deflate stream would expand to 256 MB."""
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    chunk = b"\0" * MiB
    stream = b"".join(packer.compress(chunk) for _ in range(256)) + packer.flush()
    data = b"0123456789"
    entry, listing = entry_for_manifest("content/lie.md", data)
    entry.compressed = stream
    manifest = manifest_of(entries)
    manifest["files"]["content/lie.md"] = listing
    return [*with_manifest(entries, manifest), entry]


def _manifest_lying(entries: list[RawEntry]) -> list[RawEntry]:
    """A manifest that declares its own small size but whose stream inflates to 512 MB."""
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    stream = b"".join(packer.compress(b" " * MiB) for _ in range(512)) + packer.flush()
    out = []
    for entry in entries:
        if entry.name == "manifest.json":
            entry = RawEntry("manifest.json", entry.data, compressed=stream)
        out.append(entry)
    return out


def _many_large(entries: list[RawEntry]) -> list[RawEntry]:
    big = [
        RawEntry(f"content/big-{i}.md", b"x", method=zipfile.ZIP_STORED, declared_size=2 * MiB, declared_csize=2 * MiB)
        for i in range(130)
    ]
    return [*entries, *big]


def _overlapping(entries: list[RawEntry]) -> list[RawEntry]:
    index = next(i for i, e in enumerate(entries) if e.name == DOC_MEMBER)
    return [*entries, RawEntry("content/copy.md", entries[index].data, same_offset_as=index)]


def _too_many(entries: list[RawEntry]) -> list[RawEntry]:
    return [*entries, *(RawEntry(f"content/f{i}.md", b"") for i in range(MAX_MEMBERS))]


# Damage to the file as a whole: valid pack bytes → hostile bytes.
BYTE_CASES: dict[str, tuple[Callable[[bytes], bytes], str]] = {
    "empty file": (lambda _: b"", "empty"),
    "random bytes": (lambda _: random.Random(5).randbytes(20_000), "not_zip"),
    "text file": (lambda _: b"just some text\n" * 100, "not_zip"),
    "truncated": (lambda valid: valid[: len(valid) // 2], "truncated"),
    "truncated tail": (lambda valid: valid[:-1], "truncated"),
}

# Hostile archives: the valid pack's members → the members of a hand-made ZIP.
ENTRY_CASES: dict[str, tuple[Edit, str]] = {
    "tampered member": (_tamper, "hash_mismatch"),
    "resized member": (_resized, "size_mismatch"),
    "extra member": (_add("content/extra.md"), "extra_member"),
    "extra top-level file": (_add("autorun.exe"), "unexpected_member"),
    "missing member": (lambda e: [x for x in e if x.name != DOC_MEMBER], "missing_member"),
    "path traversal": (_add_listed("../../evil.txt"), "traversal"),
    "traversal inside content": (_add("content/../../evil"), "traversal"),
    "absolute path": (_add("/tmp/evil.txt"), "absolute_path"),
    "drive letter": (_add("C:/Windows/evil.dll"), "drive_letter"),
    "backslashes": (_add("content\\..\\..\\evil"), "backslash"),
    "symlink member": (_add_listed("content/link.md", external_attr=0o120777 << 16), "link"),
    "fifo member": (_add_listed("content/fifo.md", external_attr=0o010644 << 16), "special_file"),
    "other folder": (_add("data/", b""), "directory"),
    "folder entry with data": (_add("content/x/", b"hidden"), "directory_data"),
    "nested too deep": (_add_listed("content/a/b/c/d.md"), "directory"),
    "odd file name": (_add_listed("content/con .md"), "bad_name"),
    "windows device name": (_add_listed("content/articles/nul.md"), "bad_name"),
    "trailing dot": (_add_listed("content/articles/x.md."), "bad_name"),
    "pickle member": (_add_listed("content/index.pkl"), "unexpected_member"),
    "sqlite member": (_add_listed("library.db"), "unexpected_member"),
    "whoosh index": (_add_listed("index/_MAIN_1.toc"), "directory"),
    "duplicate member": (lambda e: [*e, next(x for x in e if x.name == DOC_MEMBER)], "duplicate"),
    "case duplicate": (_add("content/articles/Article-Intro.md"), "duplicate"),
    "encrypted member": (_add_listed("content/enc.md", flag_bits=1), "encrypted"),
    "bzip2 member": (_add_listed("content/bz.md", method=zipfile.ZIP_BZIP2), "compression"),
    "zip bomb (declared size)": (_bomb_declared, "member_too_large"),
    "zip bomb (ratio)": (_bomb_ratio, "ratio"),
    "zip bomb (size lie)": (_bomb_lying, "damaged"),
    "zip bomb (total)": (_many_large, "total_too_large"),
    "zip bomb (manifest lies)": (_manifest_lying, "damaged"),
    "zip bomb (overlap)": (_overlapping, "overlap"),
    "too many members": (_too_many, "too_many_members"),
    "newer format": (_manifest_edit(lambda m: m.update(format_version=3)), "newer_format"),
    "old format (whoosh index)": (_manifest_edit(lambda m: m.update(format_version=1)), "old_format"),
    "control characters in title": (_manifest_edit(lambda m: m.update(title="Evil\x1b[2J\rtitle")), "manifest_invalid"),
    "missing manifest": (lambda e: [x for x in e if x.name != "manifest.json"], "no_manifest"),
    "manifest not JSON": (lambda e: with_manifest(e, b"{not json"), "manifest_not_json"),
    "manifest not UTF-8": (lambda e: with_manifest(e, b"\xff\xfe{}"), "manifest_not_json"),
    "manifest is a list": (lambda e: with_manifest(e, b"[1, 2]"), "manifest_not_json"),
    "manifest missing key": (_manifest_edit(lambda m: m.pop("title")), "manifest_invalid"),
    "manifest wrong type": (_manifest_edit(lambda m: m.update(counts=[3])), "manifest_invalid"),
    "manifest bool version": (_manifest_edit(lambda m: m.update(format_version=True)), "manifest_invalid"),
    "manifest bad checksum": (
        _manifest_edit(lambda m: m["files"][DOC_MEMBER].update(sha256="abc")),
        "manifest_invalid",
    ),
    "manifest lists itself": (
        _manifest_edit(lambda m: m["files"].update({"manifest.json": {"sha256": "0" * 64, "size": 1}})),
        "manifest_invalid",
    ),
}

HOSTILE = {name: code for name, (_, code) in (BYTE_CASES | ENTRY_CASES).items()}

_hostile_cache: dict[str, bytes] = {}


def _hostile_bytes(case: str, valid_pack: Path) -> bytes:
    if case not in _hostile_cache:
        if case in BYTE_CASES:
            _hostile_cache[case] = BYTE_CASES[case][0](valid_pack.read_bytes())
        else:
            _hostile_cache[case] = raw_zip(ENTRY_CASES[case][0](pack_entries(valid_pack)))
    return _hostile_cache[case]


@pytest.mark.parametrize("case", list(HOSTILE))
def test_hostile_pack_refused_with_own_reason(case: str, valid_pack: Path, tmp_path: Path) -> None:
    bad = tmp_path / "hostile.kbpack"
    bad.write_bytes(_hostile_bytes(case, valid_pack))
    started = time.perf_counter()
    with pytest.raises(PackRefused) as refused:
        verify_pack(bad)
    assert time.perf_counter() - started < 3, "refusals must be quick, zip bombs included"
    assert refused.value.code == HOSTILE[case], str(refused.value)
    message = str(refused.value)
    assert message.startswith("hostile.kbpack: ") and "\n" not in message and len(message) < 250


@pytest.mark.parametrize("case", list(HOSTILE))
def test_hostile_import_leaves_profile_unchanged(
    case: str, valid_pack: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    profile = tmp_path / "profile"
    paths = AppPaths(profile)
    install_pack(valid_pack, paths.library_root)
    with open_userdata(paths) as userdata:
        NotesStore(userdata).add("riga", "keep me", "article-intro")
    bad = tmp_path / "hostile.kbpack"
    bad.write_bytes(_hostile_bytes(case, valid_pack))
    before = tree_hash(profile)

    with pytest.raises(PackRefused) as refused:
        install_pack(bad, paths.library_root)
    assert refused.value.code == HOSTILE[case]
    assert tree_hash(profile) == before

    capsys.readouterr()
    assert main(["pack", "import", str(bad), "--profile", str(profile)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("kb-app: hostile.kbpack: ") and err.count("\n") == 1
    assert tree_hash(profile) == before


def test_refused_pack_never_creates_the_library_folder(valid_pack: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.kbpack"
    bad.write_bytes(_hostile_bytes("tampered member", valid_pack))
    root = tmp_path / "profile" / "library"
    with pytest.raises(PackRefused):
        install_pack(bad, root)
    assert not (tmp_path / "profile").exists()


def test_missing_file_and_folder_are_refused(tmp_path: Path) -> None:
    with pytest.raises(PackRefused) as missing:
        verify_pack(tmp_path / "nope.kbpack")
    assert missing.value.code == "missing"
    with pytest.raises(PackRefused) as folder:
        verify_pack(tmp_path)
    assert folder.value.code == "not_a_file"


def test_newer_format_message_tells_to_update(valid_pack: Path, tmp_path: Path) -> None:
    bad = tmp_path / "new.kbpack"
    bad.write_bytes(_hostile_bytes("newer format", valid_pack))
    with pytest.raises(PackRefused, match="made for a newer version of the app"):
        verify_pack(bad)


def test_extract_verified_unpacks_and_reports_progress(valid_pack: Path, tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    manifest = extract_verified(valid_pack, tmp_path / "out", progress=lambda d, t: seen.append((d, t))).manifest
    assert isinstance(manifest, Manifest)
    assert sorted(str(p.relative_to(tmp_path / "out")) for p in (tmp_path / "out").rglob("*")) == [
        "content",
        "content/articles",
        "content/articles/article-intro.md",
        "content/contacts",
        "content/contacts/contact-valsts-policija.md",
        "content/country.yaml",
        "content/municipalities.yaml",
        "content/pack.yaml",
        "manifest.json",
    ]
    done = [d for d, _ in seen]
    assert done == sorted(done) and seen[-1][0] == seen[-1][1] == 2 * manifest.total_size
    with pytest.raises(FileExistsError):
        extract_verified(valid_pack, tmp_path / "out")


def test_extract_cancelled_leaves_nothing(valid_pack: Path, tmp_path: Path) -> None:
    calls = []

    def cancel() -> bool:
        calls.append(1)
        return len(calls) > 4

    with pytest.raises(PackRefused) as refused:
        extract_verified(valid_pack, tmp_path / "out", cancel=cancel)
    assert refused.value.code == "cancelled"
    assert not (tmp_path / "out").exists()


def test_pack_swapped_between_check_and_unpack_is_refused(valid_pack: Path, tmp_path: Path) -> None:
    path = tmp_path / "swap.kbpack"
    path.write_bytes(valid_pack.read_bytes())
    other = build_pack(tmp_path, "other.kbpack", version="9.9").read_bytes()

    def progress(done: int, total: int) -> None:
        if done * 2 >= total and path.read_bytes() != other:
            path.write_bytes(other)

    with pytest.raises(PackRefused) as refused:
        extract_verified(path, tmp_path / "out", progress=progress)
    assert refused.value.code == "changed"
    assert not (tmp_path / "out").exists()


def test_cli_pack_info(valid_pack: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["pack", "info", str(valid_pack)]) == 0
    out = capsys.readouterr().out
    assert "Test library" in out and "2026.11.1" in out and "Documents:" in out
    assert main(["pack", "info", str(valid_pack), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["id"] == "lv-test"


def test_cli_pack_info_invalid(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.kbpack"
    bad.write_bytes(b"PK\x03\x04" + b"\0" * 100)
    assert main(["pack", "info", str(bad)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "incomplete" in err


# --- fuzzing -------------------------------------------------------------------------------------

_mutation = st.one_of(
    st.tuples(st.just("flip"), st.lists(st.tuples(st.integers(0, 10**9), st.integers(0, 255)), min_size=1, max_size=8)),
    st.tuples(st.just("cut"), st.integers(0, 10**9)),
    st.tuples(st.just("insert"), st.tuples(st.integers(0, 10**9), st.binary(min_size=1, max_size=64))),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(mutation=_mutation)
def test_mutated_pack_is_accepted_or_refused_cleanly(
    mutation: tuple[str, object], valid_pack: Path, tmp_path: Path
) -> None:
    data = bytearray(valid_pack.read_bytes())
    kind, arg = mutation
    if kind == "flip":
        for pos, value in arg:  # type: ignore[attr-defined]
            data[pos % len(data)] = value
    elif kind == "cut":
        del data[arg % len(data) :]  # type: ignore[operator]
    else:
        pos, blob = arg  # type: ignore[misc]
        data[pos % len(data) : pos % len(data)] = blob
    path = tmp_path / "fuzz.kbpack"
    path.write_bytes(bytes(data))
    try:
        result = verify_pack(path)
    except PackError as exc:
        assert str(exc) and "\n" not in str(exc)
    else:
        assert isinstance(result, Manifest)
