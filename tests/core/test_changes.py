"""What a new library changed (issue 5 §3)."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kb_app.core.library_files.packed_text import pack_text
from kb_app.core.packs.library_changes import (
    ChangeSummary,
    DocChange,
    FieldChange,
    Segment,
    diff_libraries,
    entry_changes,
    field_label,
    paragraph_changes,
    word_diff,
    word_diff_text,
)
from kb_app.core.platform.errors import LibraryError
from tests.core.conftest_data import doc, make_library_db, police, tree_hash


def _libraries(tmp_path: Path) -> tuple[Path, Path]:
    old = make_library_db(
        tmp_path / "old.db",
        [
            doc("article-intro", title="Ievads"),
            doc("article-gone", title="Vecs raksts"),
            doc("article-edited", title="Rediģējams", body="Old text."),
            police("+371 110"),
            doc("contact-same", "contact", "Nemainīgs", meta={"phones": [{"number": "1", "label": "a"}]}),
        ],
    )
    new = make_library_db(
        tmp_path / "new.db",
        [
            doc("article-intro", title="Ievads"),
            doc("article-edited", title="Rediģēts", body="New text."),
            doc("scenario-new", "scenario", "Jauns scenārijs"),
            doc(
                "contact-valsts-policija",
                "contact",
                "Valsts policija",
                meta={
                    "phones": [{"number": "+371 6700 0000", "label": "Emergency"}],
                    "website": "https://vp.gov.lv",
                    "hours": "24/7",
                },
            ),
            doc("contact-same", "contact", "Nemainīgs", meta={"phones": [{"number": "1", "label": "a"}]}),
        ],
    )
    return old, new


def test_diff_reports_added_removed_changed(tmp_path: Path) -> None:
    old, new = _libraries(tmp_path)
    before = tree_hash(tmp_path)
    summary = diff_libraries(old, new)
    assert tree_hash(tmp_path) == before  # read-only
    assert [(d.id, d.title) for d in summary.added] == [("scenario-new", "Jauns scenārijs")]
    assert [(d.id, d.title) for d in summary.removed] == [("article-gone", "Vecs raksts")]
    # A contact whose phone number changed comes first, its phone first of its fields.
    assert [d.id for d in summary.changed] == ["contact-valsts-policija", "article-edited"]
    contact, article = summary.changed
    assert article.title == "Rediģēts"
    assert article.fields == (
        FieldChange("title", "Rediģējams", "Rediģēts"),
        FieldChange(
            "text", paragraphs=((Segment("removed", "Old"), Segment("added", "New"), Segment("same", "text.")),)
        ),
    )
    assert contact.important and not article.important
    assert contact.fields[0] == FieldChange("phones", "+371 110", "+371 6700 0000", important=True, label="Emergency")
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
    assert "Contact details changed (check these first):" in text
    assert "  * Rediģēts [article]" in text
    assert "      Title: Rediģējams → Rediģēts" in text
    assert "        [-Old-] {+New+} text." in text
    assert "     !Phone numbers — Emergency: +371 110 → +371 6700 0000" in text
    assert "      Opening hours: (none) → 24/7" in text
    assert "      hours:" not in text  # a field code never reaches the reader


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
    assert "  * X [article]: Tags" in summary.to_text()


def test_summary_saved_by_an_older_version_still_reads() -> None:
    data = {
        "added": [],
        "removed": [],
        "changed": [
            {"id": "c", "type": "contact", "title": "C", "fields": [{"field": "phones", "old": "1", "new": "2"}]}
        ],
    }
    assert ChangeSummary.from_dict(data).changed[0].fields == (FieldChange("phones", "1", "2"),)


def test_what_the_pack_asserts_is_ignored(tmp_path: Path) -> None:
    # Issue 10: a pack that changed the hotline's number but kept its content_hash was reported as
    # "nothing changed". The summary now reads the content itself.
    hotline = doc(
        "contact-116006",
        "contact",
        "Bezmaksas tālrunis",
        meta={"phones": [{"number": "116 006", "label": "Diennakts"}], "verified_on": "2026-11-01"},
    )
    forged = {
        **hotline,
        "meta": json.dumps(
            {"phones": [{"number": "+371 2000 0000", "label": "Diennakts"}], "verified_on": "2026-12-01"}
        ),
    }
    assert forged["content_hash"] == hotline["content_hash"]
    summary = diff_libraries(
        make_library_db(tmp_path / "old.db", [hotline]), make_library_db(tmp_path / "new.db", [forged])
    )
    [change] = summary.changed
    assert change.important
    assert change.fields[0] == FieldChange("phones", "116 006", "+371 2000 0000", True, label="Diennakts")
    assert FieldChange("verified_on", "2026-11-01", "2026-12-01") in change.fields
    assert "Checked on: 2026-11-01 → 2026-12-01" in summary.to_text()


def test_compressed_bodies_are_read(tmp_path: Path) -> None:
    # The real build stores body_md zlib-compressed.
    old = make_library_db(tmp_path / "old.db", [doc("a")])
    new = make_library_db(tmp_path / "new.db", [doc("a")])
    for db, body in ((old, "Zvaniet 112."), (new, "Zvaniet 113.")):
        with closing(sqlite3.connect(db)) as conn:
            conn.execute("UPDATE documents SET body_md = ?, content_hash = ?", (pack_text(body), body))
            conn.commit()
    [change] = diff_libraries(old, new).changed
    assert word_diff_text(change.fields[0].paragraphs[0]) == "Zvaniet [-112.-] {+113.+}"


@pytest.mark.parametrize(
    "old, new, important",
    [
        # The contact redesign: entries carrying their source; only the values a person uses matter.
        ([{"number": "1", "source": "a"}], [{"number": "2", "source": "a"}], True),
        ([{"value": "x@y.lv", "source_date": "2026-01-01"}], [{"value": "x@y.lv", "source_date": "2026-02-01"}], False),
        ("Rīga, Brīvības 1", "Rīga, Brīvības 2", True),
        ([{"value": "Rīga, Brīvības 1"}], [{"value": "Rīga,  Brīvības 1", "source": "x"}], False),
        (["a@b.lv"], ["a@b.lv", "c@d.lv"], True),
    ],
)
def test_contact_detail_changes(tmp_path: Path, old: object, new: object, important: bool) -> None:
    key = "emails" if "@" in json.dumps([old, new]) else "phones" if "number" in json.dumps(old) else "address"
    a = make_library_db(tmp_path / "a.db", [doc("c", "contact", meta={key: old})])
    b = make_library_db(tmp_path / "b.db", [doc("c", "contact", meta={key: new})])
    [change] = diff_libraries(a, b).changed
    assert change.fields[0].field == key and change.fields[0].important is important


def test_phone_of_an_article_is_not_a_contact_detail(tmp_path: Path) -> None:
    a = make_library_db(tmp_path / "a.db", [doc("x", meta={"phones": ["1"]})])
    b = make_library_db(tmp_path / "b.db", [doc("x", meta={"phones": ["2"]})])
    assert not diff_libraries(a, b).changed[0].important


def test_word_diff_keeps_a_little_context() -> None:
    old = "Vispirms zvaniet uz bezmaksas diennakts tālruni 116 006 un pastāstiet par situāciju sīkāk."
    new = "Vispirms zvaniet uz bezmaksas diennakts tālruni 116 007 un pastāstiet par situāciju sīkāk."
    expected = "… bezmaksas diennakts tālruni 116 [-006-] {+007+} un pastāstiet par situāciju …"
    assert word_diff_text(word_diff(old, new)) == expected


def test_paragraph_changes_show_only_changed_paragraphs() -> None:
    old = "Pirmā rindkopa paliek.\n\nOtrā tiek mainīta šeit.\n\nTrešā tiek izņemta."
    new = "Pirmā rindkopa paliek.\n\nOtrā tika mainīta šeit.\n\nJauna ceturtā."
    texts = [word_diff_text(p) for p in paragraph_changes(old, new)]
    assert texts == ["Otrā [-tiek-] {+tika+} mainīta šeit.", "[-Trešā tiek izņemta.-] {+Jauna ceturtā.+}"]
    many = "\n\n".join(f"p{i}" for i in range(20))
    shown = paragraph_changes(many, many.replace("p", "q"), max_paragraphs=3)
    assert len(shown) == 4 and shown[-1] == (Segment("gap", "+17"),)


def test_every_field_a_document_can_have_has_words() -> None:
    from kb_app.core.content.doctypes import DOC_TYPES, field_labels
    from kb_app.core.content.schema import COMMON_FIELDS

    declared = field_labels()
    for fields in [COMMON_FIELDS, *(t.fields for t in DOC_TYPES.values())]:
        for name in fields:
            if name == "id":
                continue
            assert name in declared, name  # its words are declared, not guessed from the code
    assert field_label("if_no_phone") == "When there is no phone number"
    assert field_label("some_new_key") == "Some new key"


def test_markdown_marks_are_not_shown_but_link_addresses_are() -> None:
    old = "Zvaniet **uz** [tālruni](tel:116006) tūlīt."
    new = "Zvaniet **uz** [tālruni](tel:116007) tūlīt."
    [paragraph] = paragraph_changes(old, new)
    assert word_diff_text(paragraph) == "Zvaniet uz tālruni [-(tel:116006)-] {+(tel:116007)+} tūlīt."


def test_contact_details_are_not_repeated_under_changed(tmp_path: Path) -> None:
    old, new = _libraries(tmp_path)
    text = diff_libraries(old, new).to_text()
    assert text.count("+371 6700 0000") == 1
    assert text.index("Phone numbers") < text.index("Changed:") < text.index("Opening hours")


def test_unchanged_files_are_not_read_and_changed_ones_come_from_content(tmp_path: Path) -> None:
    """Schema 4 keeps the Markdown in content/ only: a changed document's text is read from there,
    an unchanged one (same file hash) is not read at all."""

    def library(folder: Path, body: str) -> Path:
        db = make_library_db(folder / "library.db", [doc("a", body=body), doc("b")])
        with closing(sqlite3.connect(db)) as conn:
            conn.execute("ALTER TABLE documents DROP COLUMN body_md")
            conn.execute("UPDATE documents SET content_hash = 'same' WHERE id = 'b'")
            conn.execute("UPDATE documents SET content_hash = ? WHERE id = 'a'", (body,))
            conn.commit()
        for doc_id, text in (("a", body), ("b", "Text.")):
            path = folder / "content" / "articles" / f"{doc_id}.md"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(f"---\nid: {doc_id}\n---\n{text}\n", encoding="utf-8")
        return db

    old = library(tmp_path / "old", "Zvaniet 112.")
    new = library(tmp_path / "new", "Zvaniet 113.")
    (tmp_path / "old" / "content" / "articles" / "b.md").unlink()  # unchanged: never opened
    [change] = diff_libraries(old, new).changed
    assert change.id == "a"
    assert word_diff_text(change.fields[0].paragraphs[0]) == "Zvaniet [-112.-] {+113.+}"


# -- issue 21 row 2: each changed fact is its own line, whole ----------------------------------------
def _fact(value: str, label: str, kind: str = "phone", source_date: str = "2026-01") -> dict[str, str]:
    return {"kind": kind, "value": value, "label": label, "source": "https://vp.gov.lv", "source_date": source_date}


REGIONS = [
    "Rīgas reģions",
    "Vidzemes reģions",
    "Latgales reģions",
    "Zemgales reģions",
    "Sēlijas reģions",
    "Pierīgas reģions",
    "Kurzemes reģions (Liepāja, Ventspils, Kuldīga un Saldus)",
    "Diennakts dežūrdaļa",
]


def _seven_phones(tmp_path: Path, seventh: str) -> ChangeSummary:
    numbers = [f"+371 2{i}000000" for i in range(8)]
    old = [_fact(n, r) for n, r in zip(numbers, REGIONS, strict=True)]
    new = [dict(f) for f in old]
    new[6]["value"] = seventh
    a = make_library_db(tmp_path / "a.db", [doc("c", "contact", "Valsts policija", meta={"facts": old})])
    b = make_library_db(tmp_path / "b.db", [doc("c", "contact", "Valsts policija", meta={"facts": new})])
    return diff_libraries(a, b).labelled("1", "2")


def test_a_changed_seventh_phone_is_one_whole_line(tmp_path: Path) -> None:
    summary = _seven_phones(tmp_path, "+371 29999999")
    [change] = summary.changed
    assert change.fields == (FieldChange("phones", "+371 26000000", "+371 29999999", True, label=REGIONS[6]),)
    text = summary.to_text()
    assert f"     !Phone numbers — {REGIONS[6]}: +371 26000000 → +371 29999999" in text.splitlines()
    for unchanged in ("+371 20000000", "+371 25000000", "+371 27000000", "Rīgas reģions"):
        assert unchanged not in text  # the numbers that stayed are not repeated
    assert "…" not in text


def test_a_reordered_list_changes_nothing_and_added_and_removed_entries_say_so(tmp_path: Path) -> None:
    one, two = _fact("+371 1", "a"), _fact("+371 2", "b")
    a = make_library_db(tmp_path / "a.db", [doc("c", "contact", meta={"facts": [one, two]})])
    b = make_library_db(tmp_path / "b.db", [doc("c", "contact", meta={"facts": [two, one]})])
    assert diff_libraries(a, b).is_empty
    c = make_library_db(
        tmp_path / "c.db",
        [
            doc(
                "c",
                "contact",
                meta={"facts": [two, _fact("+371 2", "b", "email"), _fact("+371 3", "c"), _fact("+371 4", "d")]},
            )
        ],
    )
    [change] = diff_libraries(a, c).changed
    # One number left and two came: the first new one takes the old one's place (with both labels
    # said, as nothing else ties them), the other is added.
    assert change.fields == (
        FieldChange("phones", "+371 1 (a)", "+371 3 (c)", True),
        FieldChange("phones", None, "+371 4", True, label="d"),
        FieldChange("emails", None, "+371 2", True, label="b"),
    )
    d = make_library_db(tmp_path / "d.db", [doc("c", "contact", meta={"facts": [two]})])
    [change] = diff_libraries(a, d).changed
    assert change.fields == (FieldChange("phones", "+371 1", None, True, label="a"),)
    assert "     !Phone numbers — a: +371 1 → (none)" in diff_libraries(a, d).to_text()


def test_a_new_source_date_alone_is_not_a_changed_number(tmp_path: Path) -> None:
    a = make_library_db(tmp_path / "a.db", [doc("c", "contact", meta={"facts": [_fact("+371 1", "a")]})])
    b = make_library_db(
        tmp_path / "b.db", [doc("c", "contact", meta={"facts": [_fact("+371 1", "a", source_date="2026-11")]})]
    )
    [change] = diff_libraries(a, b).changed
    assert not change.important
    assert change.fields == (
        FieldChange(
            "phones",
            "source https://vp.gov.lv; source date 2026-01",
            "source https://vp.gov.lv; source date 2026-11",
            label="+371 1 (a)",
        ),
    )


def test_a_long_value_is_never_cut(tmp_path: Path) -> None:
    long_hours = "darbdienās 8:00–17:00, piektdienās 8:00–15:00; " * 10
    a = make_library_db(tmp_path / "a.db", [doc("c", "contact", meta={"facts": [_fact("8–17", "", "hours")]})])
    b = make_library_db(tmp_path / "b.db", [doc("c", "contact", meta={"facts": [_fact(long_hours, "", "hours")]})])
    [change] = diff_libraries(a, b).changed
    assert change.fields[0].new == " ".join(long_hours.split())


def test_an_entry_label_survives_the_saved_summary(tmp_path: Path) -> None:
    summary = _seven_phones(tmp_path, "+371 29999999")
    assert ChangeSummary.from_dict(json.loads(json.dumps(summary.to_dict()))) == summary


_NUMBERS = st.lists(st.from_regex(r"\+371 [0-9]{8}", fullmatch=True), min_size=1, max_size=9, unique=True)


@given(_NUMBERS, st.randoms(use_true_random=False))
def test_a_reordered_list_of_entries_changes_nothing(numbers: list[str], rnd: Any) -> None:
    old = [{"number": n, "label": f"l{i}"} for i, n in enumerate(numbers)]
    new = list(old)
    rnd.shuffle(new)
    assert entry_changes("phones", old, new, True) == []


@given(_NUMBERS, st.data())
def test_one_changed_entry_is_one_whole_change_named_by_its_label(numbers: list[str], data: Any) -> None:
    old = [{"number": n, "label": f"reģions {i}"} for i, n in enumerate(numbers)]
    which = data.draw(st.integers(0, len(old) - 1))
    value = data.draw(st.from_regex(r"\+371 9[0-9]{7}", fullmatch=True))
    new = [dict(e) for e in old]
    new[which]["number"] = value
    assert entry_changes("phones", old, new, True) == [
        FieldChange("phones", numbers[which], value, True, label=f"reģions {which}")
    ]
