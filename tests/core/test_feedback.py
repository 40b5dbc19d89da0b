"""Problem reports and the trainer's merged list (docs/interface-contract.md §5, issue 10 §5)."""

from __future__ import annotations

import json
import uuid
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kb_app.cli import main
from kb_app.core.platform.paths import AppPaths
from kb_app.core.userdata.feedback import (
    MAX_ITEMS,
    FeedbackRefused,
    FeedbackStore,
    collect,
    export_feedback,
    read_feedback_file,
)
from kb_app.core.userdata.user_db import open_userdata
from tests.core.conftest_data import tree_hash


def _item(
    doc_id: str = "contact-vdi",
    text: str = "Tālrunis vairs neatbild",
    created: str = "2026-11-30T08:15:00Z",
    item_id: str | None = None,
) -> dict[str, Any]:
    return {"id": item_id or str(uuid.uuid4()), "doc_id": doc_id, "text": text, "created_at": created}


def _file(path: Path, entries: list[Any], **overrides: Any) -> Path:
    data = {
        "format": "kb-app-feedback",
        "version": 1,
        "exported_at": "2026-12-01T10:00:00Z",
        "pack": {"id": "lv-test", "version": "2026.12.1"},
        "municipality": "marupes-novads",
        "items": entries,
        **overrides,
    }
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_report_export_and_collect_round_trip(tmp_path: Path) -> None:
    paths = AppPaths(tmp_path / "profile")
    with open_userdata(paths) as userdata:
        store = FeedbackStore(userdata)
        first = store.add("contact-vdi", "  Tālrunis vairs neatbild  ", "lv-test", "2026.12.1")
        store.add("article-intro", "Saite nedarbojas", "lv-test", "2026.12.1")
        assert {r.text for r in store.all_reports()} == {"Tālrunis vairs neatbild", "Saite nedarbojas"}  # stripped
        out = tmp_path / "feedback.json"
        assert export_feedback(store, out, "lv-test", "2026.12.1", "marupes-novads") == 2
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["format"] == "kb-app-feedback" and data["version"] == 1
    assert data["pack"] == {"id": "lv-test", "version": "2026.12.1"} and data["municipality"] == "marupes-novads"
    assert {i["id"] for i in data["items"]} >= {first.id}
    assert set(data["items"][0]) >= {"id", "doc_id", "text", "created_at"}
    items = read_feedback_file(out)
    assert {i.doc_id for i in items} == {"contact-vdi", "article-intro"}


@pytest.mark.parametrize(
    "doc_id, text, code",
    [("contact-vdi", "   ", "empty_text"), ("contact-vdi", "x" * 5000, "text_too_long"), ("", "Teksts", "bad_doc_id")],
)
def test_bad_reports_are_refused(tmp_path: Path, doc_id: str, text: str, code: str) -> None:
    with open_userdata(AppPaths(tmp_path / "p")) as userdata:
        store = FeedbackStore(userdata)
        with pytest.raises(FeedbackRefused) as refused:
            store.add(doc_id, text)
        assert refused.value.code == code and store.all_reports() == []


def test_collect_merges_dedupes_groups_newest_first(tmp_path: Path) -> None:
    shared = _item("contact-vdi", "Tālrunis vairs neatbild", "2026-11-30T08:15:00Z")
    a = _file(tmp_path / "a.json", [shared, _item("article-intro", "Novecojis", "2026-11-01T10:00:00+02:00")])
    b = _file(
        tmp_path / "b.json",
        [
            shared,
            _item("contact-vdi", "Adrese mainījusies", "2026-12-01T09:00:00Z"),
            _item("gone-doc", "Kur šī lapa?", "2026-11-15T09:00:00Z"),
        ],
        municipality=None,
    )
    collection = collect([a, b], titles={"contact-vdi": "VDI", "article-intro": "Ievads"})
    assert collection.files_read == 2 and collection.items == 4 and collection.duplicates == 1
    assert [d.doc_id for d in collection.documents] == ["contact-vdi", "gone-doc", "article-intro"]
    vdi = collection.documents[0]
    assert [i.text for i in vdi.items] == ["Adrese mainījusies", "Tālrunis vairs neatbild"]
    assert vdi.title == "VDI" and not collection.documents[1].in_library
    assert collection.documents[2].items[0].created_at == "2026-11-01T08:00:00Z"  # normalised to UTC
    text = collection.to_text()
    assert "gone-doc — not in the library (1)" in text
    data = collection.to_json()
    assert data["documents"][1] == {
        "doc_id": "gone-doc",
        "title": None,
        "in_library": False,
        "items": [{**data["documents"][1]["items"][0], "text": "Kur šī lapa?"}],
    }


BAD_FILES: list[tuple[str, Any]] = [
    ("not_json", b"{not json"),
    ("not_json", b"\xff\xfe\x00"),
    ("not_feedback_file", {"format": "kb-app-notes", "version": 1}),
    ("newer_version", {"version": 2}),
    ("no_version", {"version": "1"}),
    ("bad_pack", {"pack": "lv-test"}),
    ("no_items", {"items": {}}),
    ("bad_municipality", {"municipality": 5}),
    ("bad_item", {"items": [_item(item_id="not-a-uuid")]}),
    ("bad_item", {"items": [_item(created="2026-11-30")]}),
    ("bad_item", {"items": [_item(created="2026-11-30T08:15:00")]}),
    ("bad_item", {"items": [_item(text="")]}),
    ("bad_item", {"items": [_item(doc_id="")]}),
    ("bad_item", {"items": [{"id": str(uuid.uuid4())}]}),
    ("bad_item", {"items": ["text"]}),
    ("too_many_items", {"items": [_item()] * (MAX_ITEMS + 1)}),
    ("not_json", b"[" * 50_000),
]


@pytest.mark.parametrize("code, content", BAD_FILES)
def test_bad_file_is_refused_and_the_others_still_collected(tmp_path: Path, code: str, content: Any) -> None:
    bad = tmp_path / "bad.json"
    if isinstance(content, bytes):
        bad.write_bytes(content)
    else:
        _file(bad, [_item()], **content)
    good = _file(tmp_path / "good.json", [_item()])
    collection = collect([bad, good])
    [refusal] = collection.refused
    assert refusal.code == code and refusal.file == "bad.json"
    assert str(refusal).startswith("bad.json: ") and "\n" not in str(refusal)
    assert collection.files_read == 1 and collection.items == 1


def test_oversized_and_missing_files(tmp_path: Path) -> None:
    big = tmp_path / "big.json"
    big.write_bytes(b" " * (5 * 1024 * 1024 + 1))
    collection = collect([big, tmp_path / "missing.json", tmp_path])
    assert [r.code for r in collection.refused] == ["too_large", "missing", "missing"]


@settings(max_examples=150, deadline=None)
@given(
    st.recursive(
        st.none() | st.booleans() | st.integers() | st.text(max_size=20),
        lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4),
        max_leaves=20,
    )
)
def test_collect_never_fails_on_any_json(tmp_path_factory: pytest.TempPathFactory, value: Any) -> None:
    path = tmp_path_factory.mktemp("fuzz") / "f.json"
    for data in (
        value,
        {"format": "kb-app-feedback", "version": 1, "pack": {"id": "a", "version": "1"}, "items": [value]},
    ):
        path.write_text(json.dumps(data), encoding="utf-8")
        collection = collect([path])
        assert collection.files_read + len(collection.refused) == 1


def test_cli_export_and_collect(profile: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with open_userdata(AppPaths(profile)) as userdata:
        FeedbackStore(userdata).add("contact-vdi", "Tālrunis vairs neatbild", "lv-test", "2026.12.1")
    out = tmp_path / "out.json"
    assert main(["feedback", "export", "-o", str(out)]) == 0
    assert "Exported 1 problem report" in capsys.readouterr().out
    assert main(["feedback", "collect", str(out), str(out), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["items"] == 1 and data["duplicates"] == 1
    assert data["documents"][0]["items"][0]["text"] == "Tālrunis vairs neatbild"
    bad = _file(tmp_path / "new.json", [], version=9)
    before = tree_hash(profile)
    assert main(["feedback", "collect", str(bad), str(out)]) == 1
    captured = capsys.readouterr()
    assert "new.json: the feedback file was made by a newer version" in captured.err
    assert "Tālrunis vairs neatbild" in captured.out
    assert tree_hash(profile) == before
