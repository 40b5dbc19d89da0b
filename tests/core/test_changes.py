"""What a new library changed (issue 5 §3)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kb_app.core.changes import ChangeSummary, DocChange, FieldChange, diff_libraries
from kb_app.core.errors import LibraryError
from tests.core.conftest_data import doc, make_library_db, police, tree_hash


def _libraries(tmp_path: Path) -> tuple[Path, Path]:
    old = make_library_db(tmp_path / "old.db", [
        doc("article-intro", title="Ievads"),
        doc("article-gone", title="Vecs raksts"),
        doc("article-edited", title="Rediģējams", body="Old text."),
        police("+371 110"),
        doc("contact-same", "contact", "Nemainīgs", meta={"phones": [{"number": "1", "label": "a"}]}),
    ])
    new = make_library_db(tmp_path / "new.db", [
        doc("article-intro", title="Ievads"),
        doc("article-edited", title="Rediģēts", body="New text."),
        doc("scenario-new", "scenario", "Jauns scenārijs"),
        doc("contact-valsts-policija", "contact", "Valsts policija",
            meta={"phones": [{"number": "+371 6700 0000", "label": "Emergency"}], "website": "https://vp.gov.lv",
                  "hours": "24/7"}),
        doc("contact-same", "contact", "Nemainīgs", meta={"phones": [{"number": "1", "label": "a"}]}),
    ])
    return old, new


def test_diff_reports_added_removed_changed(tmp_path: Path) -> None:
    old, new = _libraries(tmp_path)
    before = tree_hash(tmp_path)
    summary = diff_libraries(old, new)
    assert tree_hash(tmp_path) == before  # read-only
    assert [(d.id, d.title) for d in summary.added] == [("scenario-new", "Jauns scenārijs")]
    assert [(d.id, d.title) for d in summary.removed] == [("article-gone", "Vecs raksts")]
    assert [d.id for d in summary.changed] == ["article-edited", "contact-valsts-policija"]
    article, contact = summary.changed
    assert article.title == "Rediģēts"
    # Other documents: only which fields changed.
    assert article.fields == (FieldChange("title"), FieldChange("text"))
    # Contacts: old and new values, so a new phone number is visible.
    assert FieldChange("phones", "+371 110 (Emergency)", "+371 6700 0000 (Emergency)") in contact.fields
    assert FieldChange("hours", None, "24/7") in contact.fields
    assert summary.total == 5 and not summary.first_install


def test_first_install(tmp_path: Path) -> None:
    _, new = _libraries(tmp_path)
    summary = diff_libraries(None, new).labelled(None, "Test 2")
    assert summary.first_install and len(summary.added) == 5 and not summary.removed
    assert summary.to_text() == "Library installed: Test 2, 5 documents."


def test_round_trip_and_text(tmp_path: Path) -> None:
    old, new = _libraries(tmp_path)
    summary = diff_libraries(old, new).labelled("Test 1", "Test 2")
    data = json.loads(json.dumps(summary.to_dict()))
    assert ChangeSummary.from_dict(data) == summary
    text = summary.to_text()
    assert text.splitlines()[:2] == ["Content updated: Test 2 (was Test 1)", "1 added, 1 removed, 2 changed."]
    assert "  + Jauns scenārijs [scenario]" in text
    assert "  - Vecs raksts [article]" in text
    assert "  * Rediģēts [article]: title, text" in text
    assert "      phones: +371 110 (Emergency) → +371 6700 0000 (Emergency)" in text
    assert "      hours: (none) → 24/7" in text


def test_no_changes(tmp_path: Path) -> None:
    old, _ = _libraries(tmp_path)
    summary = diff_libraries(old, old)
    assert summary.is_empty
    assert "No documents were added, removed or changed." in summary.to_text()


def test_text_limit(tmp_path: Path) -> None:
    old = make_library_db(tmp_path / "old.db", [])
    new = make_library_db(tmp_path / "new.db", [doc(f"a-{i}") for i in range(30)])
    text = diff_libraries(old, new).to_text(limit=10)
    assert text.count("  + ") == 10 and "… and 20 more" in text


def test_long_values_are_shortened(tmp_path: Path) -> None:
    old = make_library_db(tmp_path / "old.db", [doc("c", "contact", meta={"address": "a"})])
    new = make_library_db(tmp_path / "new.db", [doc("c", "contact", meta={"address": "x" * 1000})])
    change = diff_libraries(old, new).changed[0].fields[0]
    assert change.field == "address" and change.new is not None and len(change.new) == 200


def test_unreadable_database(tmp_path: Path) -> None:
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"garbage" * 1000)
    with pytest.raises(LibraryError):
        diff_libraries(None, bad)
    with pytest.raises(LibraryError):
        diff_libraries(None, tmp_path / "missing.db")


@pytest.mark.parametrize("data", [{}, {"added": [{"id": 1}]}, {"added": [], "removed": [], "changed": [{}]}])
def test_damaged_summary(data: dict[str, object]) -> None:
    with pytest.raises(LibraryError):
        ChangeSummary.from_dict(data)


def test_change_without_values_is_listed_by_name() -> None:
    summary = ChangeSummary(changed=(DocChange("x", "article", "X", (FieldChange("tags"),)),))
    assert "  * X [article]: tags" in summary.to_text()
