"""Building packs: deterministic members, a complete manifest, and refusal of invalid content."""

from __future__ import annotations

import json
import shutil
import zipfile
from pathlib import Path

import pytest

from kb_app.core.packs.build import BuildError, build_pack
from kb_app.core.packs.pack_file import verify_pack

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "knowledge"


def test_same_folder_builds_same_member_hashes(tmp_path: Path) -> None:
    first = build_pack(FIXTURE, tmp_path / "a.kbpack")
    second = build_pack(FIXTURE, tmp_path / "b.kbpack")
    assert {k: v.sha256 for k, v in first.files.items()} == {k: v.sha256 for k, v in second.files.items()}
    assert set(first.files) == {
        f"content/{p.relative_to(FIXTURE).as_posix()}"
        for p in FIXTURE.rglob("*")
        if p.suffix in (".md", ".yaml", ".txt")
    }


def test_source_date_epoch_makes_the_whole_pack_identical(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1764237600")
    build_pack(FIXTURE, tmp_path / "a.kbpack")
    build_pack(FIXTURE, tmp_path / "b.kbpack")
    assert (tmp_path / "a.kbpack").read_bytes() == (tmp_path / "b.kbpack").read_bytes()


def test_manifest_has_what_the_contract_asks(fixture_pack: Path) -> None:
    with zipfile.ZipFile(fixture_pack) as zf:
        manifest = json.loads(zf.read("manifest.json"))
    assert isinstance(manifest["format_version"], int)
    for key in ("id", "title", "version", "built_at", "counts", "files"):
        assert manifest[key]
    assert manifest["counts"] == {"article": 5, "contact": 2, "indicators": 1, "scenario": 1, "total": 9}
    assert all(len(entry["sha256"]) == 64 for entry in manifest["files"].values())
    assert verify_pack(fixture_pack).id == "test-library"


def test_invalid_content_builds_nothing(tmp_path: Path) -> None:
    root = tmp_path / "k"
    shutil.copytree(FIXTURE, root)
    (root / "bad.md").write_text("---\nid: bad\ntype: article\n---\n\n", "utf-8")
    with pytest.raises(BuildError) as info:
        build_pack(root, tmp_path / "out.kbpack")
    assert len(info.value.problems) >= 2
    assert not (tmp_path / "out.kbpack").exists()
    assert list(tmp_path.glob("kbbuild-*")) == []  # staging cleaned
