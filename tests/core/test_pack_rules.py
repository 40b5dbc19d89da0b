"""The pack format's refusal rules, each on the smallest input that shows it: the manifest's
fields, member names, the limits at their edges and the words of each refusal. No pack is built
here (tiny hand-made ZIPs and manifests), so that scripts/mutation.sh can run these once per
mutant of kb_app/core/packs/pack_file.py."""

from __future__ import annotations

import hashlib
import io
import json
import struct
import zipfile
from pathlib import Path
from typing import Any

import pytest

from kb_app.core.packs import pack_file
from kb_app.core.packs.pack_file import (
    MAX_MEMBER_SIZE,
    MAX_MEMBERS,
    PackRefused,
    load_manifest,
    make_manifest,
    read_manifest_only,
    shown,
    verify_pack,
    write_pack,
)
from kb_app.core.platform.errors import PackError
from tests.core.conftest_data import RawEntry, raw_zip

MiB = 1024 * 1024
SHA = "0" * 64
PACK_YAML = "content/pack.yaml"


def _manifest(**changes: Any) -> dict[str, Any]:
    manifest: dict[str, Any] = {
        "format_version": 2,
        "id": "t",
        "title": "T",
        "version": "1",
        "description": None,
        "built_at": "2026-11-27T10:00:00Z",
        "app_version": "0.1.0",
        "default_municipality": None,
        "counts": {"total": 1},
        "files": {PACK_YAML: {"sha256": SHA, "size": 0}},
    }
    manifest.update(changes)
    return manifest


def _refusal(manifest: dict[str, Any] | bytes) -> tuple[str, str]:
    data = manifest if isinstance(manifest, bytes) else json.dumps(manifest).encode("utf-8")
    with pytest.raises(PackRefused) as refused:
        load_manifest(data)
    return refused.value.code, str(refused.value)


def _invalid(**changes: Any) -> str:
    code, message = _refusal(_manifest(**changes))
    assert code == "manifest_invalid", message
    return message.removeprefix("its manifest.json is not valid: ")


# -- the manifest ----------------------------------------------------------------------------------
def test_a_valid_manifest_reads_back_with_its_bytes() -> None:
    data = json.dumps(_manifest(description="Apraksts", default_municipality="riga")).encode("utf-8")
    manifest = load_manifest(data)
    assert (manifest.id, manifest.title, manifest.description, manifest.default_municipality) == (
        "t",
        "T",
        "Apraksts",
        "riga",
    )
    assert manifest.raw_bytes == data and manifest.files[PACK_YAML].sha256 == SHA
    assert load_manifest(json.dumps(_manifest()).encode()).description == ""


@pytest.mark.parametrize(
    "data, code, message",
    [
        (b"{", "manifest_not_json", "its manifest.json is not valid JSON"),
        (b"\xff", "manifest_not_json", "its manifest.json is not valid JSON"),
        (b"[" * 100_000, "manifest_not_json", "its manifest.json is not valid JSON"),
        (b"[]", "manifest_not_json", "its manifest.json is not a JSON object"),
        (
            b'{"format_version": "2"}',
            "manifest_invalid",
            "its manifest.json is not valid: 'format_version' must be a whole number",
        ),
        (
            b'{"format_version": 0}',
            "manifest_invalid",
            "its manifest.json is not valid: 'format_version' must be a whole number",
        ),
        (
            b'{"format_version": 3}',
            "newer_format",
            "it was made for a newer version of the app (pack format 3, this app reads format 2); update the app first",
        ),
        (
            b'{"format_version": 1}',
            "old_format",
            "it is in the old pack format 1, which carried a search index; this app reads format 2 (content only). "
            "Ask its maker to rebuild it with 'kb-app build KNOWLEDGE_DIR -o FILE.kbpack' from this version of the app",
        ),
    ],
)
def test_each_unreadable_manifest_has_its_own_code_and_words(data: bytes, code: str, message: str) -> None:
    assert _refusal(data) == (code, message)


def test_text_fields_are_required_non_empty_short_and_without_control_characters() -> None:
    manifest = _manifest()
    del manifest["title"]
    assert _refusal(manifest)[1].endswith("'title' is missing")
    assert _invalid(title="  ") == "'title' must be a non-empty text"
    assert _invalid(version=2) == "'version' must be a non-empty text"
    assert _invalid(description=7) == "'description' must be a text or null"
    assert _invalid(title="x" * 2001) == "'title' is too long or holds control characters"
    assert _invalid(title="a\x1b[2J") == "'title' is too long or holds control characters"
    assert _invalid(description="a\u202eb") == "'description' is too long or holds control characters"
    # The longest allowed title, and a description over several lines, are fine.
    assert load_manifest(json.dumps(_manifest(title="x" * 2000, description="a\nb")).encode()).title == "x" * 2000


def test_counts_map_short_type_names_to_whole_numbers() -> None:
    words = "'counts' must map document types to whole numbers"
    for counts in ([1], {"a": -1}, {"a": True}, {"a": 1.0}, {"x" * 64: 1}):
        assert _invalid(counts=counts) == words, counts
    assert load_manifest(json.dumps(_manifest(counts={"x" * 63: 0})).encode()).counts == {"x" * 63: 0}


def test_files_need_a_checksum_and_a_size_and_must_list_pack_yaml() -> None:
    assert _invalid(files=[]) == "'files' must list the pack's files"
    for name in ("manifest.json", "manifest.json.minisig", "content/x/", "../x.md"):
        assert _invalid(files={PACK_YAML: {"sha256": SHA, "size": 0}, name: {"sha256": SHA, "size": 0}}) == (
            f"'files' has an unusable entry {name!r}"
        )
    for entry in (
        {"sha256": SHA},
        {"size": 0},
        {"sha256": "A" * 64, "size": 0},
        {"sha256": SHA + "0", "size": 0},
        {"sha256": SHA, "size": -1},
        {"sha256": SHA, "size": True},
        [SHA, 0],
    ):
        assert _invalid(files={PACK_YAML: entry}) == f"'files' entry {PACK_YAML!r} needs a 'sha256' and a 'size'"
    assert _invalid(files={"content/a.md": {"sha256": SHA, "size": 0}}) == "'files' does not list content/pack.yaml"


def test_document_count_is_the_total_or_else_the_sum_of_the_types() -> None:
    with_total = load_manifest(json.dumps(_manifest(counts={"article": 2, "contact": 3, "total": 4})).encode())
    assert with_total.document_count == 4
    without = load_manifest(json.dumps(_manifest(counts={"article": 2, "contact": 3})).encode())
    assert without.document_count == 5


def test_total_size_adds_every_member() -> None:
    files = {PACK_YAML: {"sha256": SHA, "size": 3}, "content/a.md": {"sha256": SHA, "size": 4}}
    assert load_manifest(json.dumps(_manifest(files=files)).encode()).total_size == 7


# -- member names ----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "name, code",
    [
        ("content\\a.md", "backslash"),
        ("/content/a.md", "absolute_path"),
        ("c:content/a.md", "drive_letter"),
        ("content/../a.md", "traversal"),
        ("content/a b.md", "bad_name"),
        ("content/-a.md", "bad_name"),
        ("content/" + "a" * 126 + ".md", "bad_name"),
        ("content/COM1.md", "bad_name"),
        ("content/lpt².md", "bad_name"),
        ("content/aux", "bad_name"),
        ("content/a.", "bad_name"),
        ("README.md", "unexpected_member"),
        ("content/README.md", "unexpected_member"),
        ("content/articles/readme.MD", "unexpected_member"),
        ("content/a.txt", "unexpected_member"),
        ("content/articles/pack.yaml", "unexpected_member"),
        ("other/a.md", "directory"),
        ("content/a/b/c/d.md", "directory"),
        ("content/a/b/c/", "directory"),
        ("other/", "directory"),
    ],
)
def test_an_unsafe_or_misplaced_name_is_refused_with_its_reason(name: str, code: str) -> None:
    problem = pack_file._name_problem(name)
    assert problem is not None and problem[0] == code, problem


@pytest.mark.parametrize(
    "name",
    [
        "manifest.json",
        "manifest.json.minisig",
        "content/pack.yaml",
        "content/country.yaml",
        "content/municipalities.yaml",
        "content/synonyms.txt",
        "content/a/b/c.md",
        "content/a/b/",
        "content/_a-b.c.md",
        "content/" + "a" * 125 + ".md",
        "content/console.md",
        "content/COM10.md",
    ],
)
def test_a_name_in_the_pack_layout_is_accepted(name: str) -> None:
    assert pack_file._name_problem(name) is None


def test_refusals_say_what_is_wrong_with_the_name() -> None:
    assert pack_file._name_problem("content/../x.md") == (
        "traversal",
        "the path 'content/../x.md' climbs out with '..' and could write outside the library",
    )
    assert pack_file._name_problem("/x") == (
        "absolute_path",
        "the path '/x' is absolute and could write outside the library",
    )
    assert pack_file._name_problem("content/nul.md") == (
        "bad_name",
        "the file name 'content/nul.md' cannot exist on Windows",
    )
    assert pack_file._name_problem("x.exe") == (
        "unexpected_member",
        "it holds 'x.exe'; a pack holds only its manifest and content/",
    )


def test_a_name_in_a_message_is_one_short_safe_line() -> None:
    assert shown("a\nb\x1b\u202e") == "'a?b??'"
    assert shown("x" * 60) == repr("x" * 60)
    assert shown("x" * 61) == repr("x" * 59 + "…")
    assert shown("abcdef", limit=4) == repr("abc…")


def test_sizes_in_messages_are_bytes_below_a_mebibyte() -> None:
    assert pack_file._mib(MiB - 1) == f"{MiB - 1} bytes"
    assert pack_file._mib(MiB) == "1 MB"
    assert pack_file._mib(256 * MiB) == "256 MB"


# -- building --------------------------------------------------------------------------------------
def _info(**changes: Any) -> dict[str, Any]:
    return {**{key: value for key, value in _manifest().items() if key not in ("format_version", "files")}, **changes}


def test_building_names_every_missing_info_key() -> None:
    info = _info()
    del info["title"], info["counts"]
    with pytest.raises(PackError) as refused:
        make_manifest([(PACK_YAML, b"")], info)
    assert str(refused.value) == "cannot build the pack: title, counts missing from the pack info"


def test_building_refuses_the_manifest_s_own_name_and_a_bad_name() -> None:
    with pytest.raises(PackError) as reserved:
        make_manifest([(PACK_YAML, b""), ("manifest.json", b"{}")], _info())
    assert str(reserved.value) == "cannot build the pack: manifest.json is reserved"
    with pytest.raises(PackError) as bad:
        make_manifest([(PACK_YAML, b""), ("x.exe", b"")], _info())
    assert str(bad.value) == "cannot build the pack: it holds 'x.exe'; a pack holds only its manifest and content/"


def test_building_lists_each_member_s_checksum_and_size_in_name_order(tmp_path: Path) -> None:
    big = tmp_path / "big.md"
    big.write_bytes(b"x" * (300 * 1024))  # read in chunks
    manifest = make_manifest([(PACK_YAML, b"id: t\n"), ("content/a.md", big)], _info())
    assert list(manifest.raw["files"]) == ["content/a.md", PACK_YAML]
    assert manifest.files["content/a.md"].sha256 == hashlib.sha256(big.read_bytes()).hexdigest()
    assert manifest.files["content/a.md"].size == 300 * 1024
    assert manifest.files[PACK_YAML].sha256 == hashlib.sha256(b"id: t\n").hexdigest()
    assert manifest.raw["format_version"] == 2


def test_a_member_may_be_2_mib_and_no_more() -> None:
    make_manifest([(PACK_YAML, b""), ("content/a.md", b"x" * MAX_MEMBER_SIZE)], _info())
    with pytest.raises(PackError) as refused:
        make_manifest([(PACK_YAML, b""), ("content/a.md", b"x" * (MAX_MEMBER_SIZE + 1))], _info())
    assert str(refused.value) == ("cannot build the pack: content/a.md is 2 MB, above the 2 MB a pack member may have")


def test_a_pack_may_hold_256_mib_and_no_more(monkeypatch: pytest.MonkeyPatch) -> None:
    assert pack_file.MAX_TOTAL_SIZE == 256 * MiB
    monkeypatch.setattr(pack_file, "MAX_TOTAL_SIZE", 10)  # the comparison and the words, on small members
    make_manifest([(PACK_YAML, b"12345"), ("content/a.md", b"12345")], _info())
    with pytest.raises(PackError) as refused:
        make_manifest([(PACK_YAML, b"12345"), ("content/a.md", b"123456")], _info())
    assert str(refused.value) == "cannot build the pack: it would be 11 bytes, above the 10 bytes a pack may have"


def test_a_signed_pack_carries_its_signature_after_the_manifest(tmp_path: Path) -> None:
    out = tmp_path / "sub" / "p.kbpack"
    write_pack([(PACK_YAML, b"id: t\n")], out, _info(), sign=lambda data: b"sig:" + hashlib.sha256(data).digest())
    with zipfile.ZipFile(out) as zf:
        assert [i.filename for i in zf.infolist()] == ["manifest.json", "manifest.json.minisig", PACK_YAML]
        assert {i.create_system for i in zf.infolist()} == {3}
        signature = zf.read("manifest.json.minisig")
        assert signature == b"sig:" + hashlib.sha256(zf.read("manifest.json")).digest()
    assert read_manifest_only(out).id == "t"


# -- refusing a received file ----------------------------------------------------------------------
def _zip(tmp_path: Path, entries: list[RawEntry], name: str = "p.kbpack") -> Path:
    path = tmp_path / name
    path.write_bytes(raw_zip(entries))
    return path


def _pack_entries(*extra: RawEntry, manifest_files: dict[str, bytes] | None = None) -> list[RawEntry]:
    files = {PACK_YAML: b"id: t\n", **(manifest_files or {})}
    listing = {name: {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)} for name, data in files.items()}
    manifest = json.dumps(_manifest(files=listing)).encode()
    return [RawEntry("manifest.json", manifest), RawEntry(PACK_YAML, files[PACK_YAML]), *extra]


def _refused(path: Path) -> PackRefused:
    with pytest.raises(PackRefused) as refused:
        verify_pack(path)
    return refused.value


def test_a_minimal_pack_is_accepted(tmp_path: Path) -> None:
    assert verify_pack(_zip(tmp_path, _pack_entries())).id == "t"


def test_a_file_over_256_mib_is_refused_before_it_is_read(tmp_path: Path) -> None:
    path = tmp_path / "huge.kbpack"
    with path.open("wb") as fh:
        fh.truncate(256 * MiB + 1)  # sparse: no disk space used
    refused = _refused(path)
    assert refused.code == "too_large"
    assert str(refused) == "huge.kbpack: the file is 256 MB, larger than the 256 MB a content pack may be"
    with path.open("wb") as fh:
        fh.truncate(256 * MiB)  # at the limit: read, and found not to be a ZIP
    assert _refused(path).code == "not_zip"


def _end_record(entries: int, dir_size: int) -> bytes:
    return struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, entries, entries, dir_size, 0, 0)


def test_a_declared_directory_too_big_is_refused_before_zipfile_reads_it(tmp_path: Path) -> None:
    many = tmp_path / "many.kbpack"
    many.write_bytes(b"PK\x03\x04" + b"\0" * 100 + _end_record(MAX_MEMBERS + 1, 0))
    refused = _refused(many)
    assert refused.code == "too_many_members"
    assert str(refused) == "many.kbpack: it holds more than the 60000 files a content pack may have"
    large = tmp_path / "large.kbpack"
    large.write_bytes(b"PK\x03\x04" + b"\0" * 100 + _end_record(1, 16 * MiB + 1))
    assert _refused(large).code == "too_many_members"
    # At both limits the end record passes; this file then fails as the damaged ZIP it is.
    edge = tmp_path / "edge.kbpack"
    edge.write_bytes(b"PK\x03\x04" + b"\0" * 100 + _end_record(MAX_MEMBERS, 16 * MiB))
    assert _refused(edge).code == "damaged"


def test_a_cut_off_end_record_is_named_truncated_or_not_a_zip(tmp_path: Path) -> None:
    cut = tmp_path / "cut.kbpack"
    cut.write_bytes(b"PK\x03\x04" + b"\0" * 100 + _end_record(1, 0)[:21])
    refused = _refused(cut)
    assert refused.code == "truncated"
    assert str(refused) == (
        "cut.kbpack: the file is incomplete (cut off while copying or downloading); copy it again from the original"
    )
    other = tmp_path / "other.kbpack"
    other.write_bytes(b"MZ" + b"\0" * 100)
    assert str(_refused(other)) == "other.kbpack: this is not a content pack (not a ZIP archive)"


def test_a_member_may_unpack_to_2_mib_and_the_manifest_to_16(tmp_path: Path) -> None:
    at_limit = _pack_entries(RawEntry("content/a.md", b"x", declared_size=MAX_MEMBER_SIZE))
    assert _refused(_zip(tmp_path, at_limit, "a.kbpack")).code != "member_too_large"
    over = _pack_entries(RawEntry("content/a.md", b"x", declared_size=MAX_MEMBER_SIZE + 1))
    refused = _refused(_zip(tmp_path, over, "b.kbpack"))
    assert refused.code == "member_too_large"
    assert str(refused) == "b.kbpack: 'content/a.md' would unpack to 2 MB, more than the 2 MB allowed"
    manifest = _pack_entries()[0]
    big_manifest = [RawEntry("manifest.json", manifest.data, declared_size=2 * MiB + 1), *_pack_entries()[1:]]
    assert _refused(_zip(tmp_path, big_manifest, "c.kbpack")).code != "member_too_large"
    huge_manifest = [RawEntry("manifest.json", manifest.data, declared_size=16 * MiB + 1), *_pack_entries()[1:]]
    assert _refused(_zip(tmp_path, huge_manifest, "d.kbpack")).code == "member_too_large"


def test_a_member_packed_over_fifty_to_one_is_a_zip_bomb(tmp_path: Path) -> None:
    size = 256 * 1024 + 1  # small members are exempt: tiny files compress oddly
    stored = RawEntry("content/a.md", b"x", method=zipfile.ZIP_STORED, declared_size=size, declared_csize=size // 50)
    refused = _refused(_zip(tmp_path, _pack_entries(stored), "bomb.kbpack"))
    assert refused.code == "ratio"
    assert str(refused) == (
        "bomb.kbpack: 'content/a.md' is packed suspiciously tightly "
        f"({size // 50} bytes → {size} bytes); this looks like a zip bomb"
    )
    at_ratio = RawEntry(
        "content/a.md", b"x", method=zipfile.ZIP_STORED, declared_size=size, declared_csize=-(-size // 50)
    )
    assert _refused(_zip(tmp_path, _pack_entries(at_ratio), "ok.kbpack")).code != "ratio"
    exempt = RawEntry("content/a.md", b"x", method=zipfile.ZIP_STORED, declared_size=256 * 1024, declared_csize=1)
    assert _refused(_zip(tmp_path, _pack_entries(exempt), "small.kbpack")).code != "ratio"


def test_members_may_add_up_to_256_mib_and_no_more(tmp_path: Path) -> None:
    def of(count: int, last: int) -> list[RawEntry]:
        sizes = [2 * MiB] * count + [last]
        return _pack_entries(
            *(
                RawEntry(f"content/b{i}.md", b"x", method=zipfile.ZIP_STORED, declared_size=size, declared_csize=size)
                for i, size in enumerate(sizes)
            )
        )

    manifest_and_yaml = sum(len(e.data) for e in _pack_entries())
    exact = 256 * MiB - manifest_and_yaml - 127 * 2 * MiB
    refused = _refused(_zip(tmp_path, of(127, exact + 1), "over.kbpack"))
    assert refused.code == "total_too_large"
    assert str(refused) == "over.kbpack: it would unpack to more than the 256 MB a content pack may have"
    assert _refused(_zip(tmp_path, of(127, exact), "at.kbpack")).code != "total_too_large"


def test_an_empty_folder_entry_is_allowed_and_one_with_data_is_not(tmp_path: Path) -> None:
    folder = RawEntry("content/x/", b"", method=zipfile.ZIP_STORED)
    assert verify_pack(_zip(tmp_path, _pack_entries(folder), "ok.kbpack")).id == "t"
    deflated_empty = RawEntry("content/x/", b"")  # an empty deflate stream: 2 bytes
    assert verify_pack(_zip(tmp_path, _pack_entries(deflated_empty), "ok2.kbpack")).id == "t"
    hidden = RawEntry("content/x/", b"", method=zipfile.ZIP_STORED, compressed=b"abc")
    refused = _refused(_zip(tmp_path, _pack_entries(hidden), "bad.kbpack"))
    assert refused.code == "directory_data"
    assert str(refused) == "bad.kbpack: the folder entry 'content/x/' carries data"


def test_a_small_member_is_read_whole_up_to_its_limit() -> None:
    with zipfile.ZipFile(io.BytesIO(raw_zip([RawEntry("manifest.json", b"x" * 600)]))) as zf:
        info = zf.getinfo("manifest.json")
        assert pack_file._read_small(zf, info, 600, "manifest_too_large", "too large") == b"x" * 600
        with pytest.raises(PackRefused) as refused:
            pack_file._read_small(zf, info, 599, "manifest_too_large", "its manifest.json is far too large")
    assert (refused.value.code, str(refused.value)) == ("manifest_too_large", "its manifest.json is far too large")


def test_reading_a_member_checks_its_size_and_checksum_on_the_way() -> None:
    data = b"a" * 1000
    with zipfile.ZipFile(io.BytesIO(raw_zip([RawEntry("content/a.md", data)]))) as zf:
        info = zf.getinfo("content/a.md")
        ticker = pack_file._Ticker(None, None, 1)
        right = pack_file.FileEntry(hashlib.sha256(data).hexdigest(), 1000)
        written: list[bytes] = []
        pack_file._stream(zf, info, right, ticker, written.append)
        assert b"".join(written) == data and ticker.done == 1000
        for entry, code, words in [
            (pack_file.FileEntry(right.sha256, 999), "size_mismatch", "unpacks to more than its manifest says"),
            (pack_file.FileEntry(right.sha256, 1001), "size_mismatch", "is shorter than its manifest says"),
            (pack_file.FileEntry(SHA, 1000), "hash_mismatch", "does not match its checksum"),
        ]:
            with pytest.raises(PackRefused) as refused:
                pack_file._stream(zf, info, entry, pack_file._Ticker(None, None, 1))
            assert refused.value.code == code and words in str(refused.value)
        # Unpacking reads without hashing again: the checksum was checked once already.
        pack_file._stream(zf, info, pack_file.FileEntry(SHA, 1000), pack_file._Ticker(None, None, 1), hashed=False)


def test_progress_covers_every_pass_and_cancel_stops_it() -> None:
    seen: list[tuple[int, int]] = []
    ticker = pack_file._Ticker(lambda done, total: seen.append((done, total)), None, 2)
    ticker.begin(100)
    ticker.begin(999)  # a second begin does not reset the total
    ticker.add(30)
    assert seen == [(0, 200), (30, 200)]
    assert ticker.total == 200 and ticker.done == 30
    stopped = pack_file._Ticker(None, lambda: True, 1)
    with pytest.raises(PackRefused) as refused:
        stopped.add(1)
    assert (refused.value.code, str(refused.value)) == ("cancelled", "the import was cancelled")


def test_the_file_s_name_heads_every_refusal_short_and_clean(tmp_path: Path) -> None:
    long_name = "a\x1b" + "x" * 70 + ".kbpack"
    path = tmp_path / long_name
    path.write_bytes(b"")
    message = str(_refused(path))
    assert message == "a?" + "x" * 57 + "…: the file is empty"


def test_a_damaged_file_s_message_is_cut_to_one_short_line() -> None:
    assert pack_file._short(ValueError("x" * 80)) == "x" * 80
    assert pack_file._short(ValueError("x" * 81)) == "x" * 77 + "..."
    assert pack_file._short(ValueError("  ")) == "ValueError"


def test_an_unreadable_file_is_named_unreadable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _zip(tmp_path, _pack_entries())

    def denied(*_args: object, **_kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(pack_file, "_open_pack", denied)
    refused = _refused(path)
    assert (refused.code, str(refused)) == ("unreadable", "p.kbpack: the file cannot be read (Permission denied)")


def _hash_listed(name: str, listed: bytes, stored: bytes) -> list[RawEntry]:
    """A pack whose manifest lists ``name`` as ``listed`` while the member holds ``stored``."""
    return _pack_entries(RawEntry(name, stored), manifest_files={name: listed})


@pytest.mark.parametrize(
    "entries, message",
    [
        (_pack_entries(RawEntry("content/a.md"), RawEntry("content/A.md")), "it holds 'content/A.md' twice"),
        (
            _pack_entries(RawEntry("content/l.md", external_attr=0o120777 << 16)),
            "'content/l.md' is a link; content packs may not contain links",
        ),
        (
            _pack_entries(RawEntry("content/f.md", external_attr=0o010644 << 16)),
            "'content/f.md' is a special file, not a plain file",
        ),
        (_pack_entries(RawEntry("content/e.md", flag_bits=1)), "'content/e.md' is encrypted"),
        (
            _pack_entries(RawEntry("content/b.md", method=zipfile.ZIP_BZIP2)),
            "'content/b.md' uses a compression this app does not read",
        ),
        (
            _pack_entries(RawEntry("content/x.md", b"x")),
            "it holds 'content/x.md', which its manifest does not list (a file was added after the pack was built)",
        ),
        (_pack_entries(manifest_files={"content/m.md": b"m"}), "'content/m.md', listed in its manifest, is missing"),
        (
            _hash_listed("content/a.md", b"aa", b"a"),
            "'content/a.md' has a different size than its manifest says (the pack was altered or damaged)",
        ),
        (
            _hash_listed("content/a.md", b"ab", b"ba"),
            "'content/a.md' does not match its checksum (the pack was altered or damaged after it was built)",
        ),
        (_pack_entries()[1:], "it has no manifest.json, so it is not a content pack"),
        (
            _pack_entries(RawEntry("content/a/b/c/", b"")),
            "it holds the folder 'content/a/b/c/'; only folders inside content/ are allowed",
        ),
        (_pack_entries(RawEntry("data/a.md")), "'data/a.md' is outside content/ or nested too deep"),
        (_pack_entries(RawEntry("content\\a.md")), "the path 'content\\\\a.md' uses backslashes"),
        (_pack_entries(RawEntry("C:x.md")), "the path 'C:x.md' names a drive and could write outside the library"),
        (_pack_entries(RawEntry("content/a b.md")), "the file name 'content/a b.md' is not allowed in a content pack"),
        (
            _pack_entries(RawEntry("content/a.txt")),
            "it holds 'content/a.txt'; the content of a pack is Markdown documents and its pack.yaml, "
            "municipalities.yaml and synonyms.txt only",
        ),
    ],
)
def test_each_refusal_of_a_received_pack_says_what_is_wrong(
    tmp_path: Path, entries: list[RawEntry], message: str
) -> None:
    assert str(_refused(_zip(tmp_path, entries))) == f"p.kbpack: {message}"


def test_a_damaged_file_is_named_damaged_with_what_to_do(tmp_path: Path) -> None:
    edge = tmp_path / "edge.kbpack"
    edge.write_bytes(b"PK\x03\x04" + b"\0" * 100 + _end_record(1, 50))
    message = str(_refused(edge))
    assert message.startswith("edge.kbpack: the file is damaged (") and message.endswith(
        "); copy it again from the original"
    )
