"""The library's records are hand-written read-only classes (a frozen dataclass costs start-up
time to define): they must behave as the frozen dataclasses they replace did."""

from __future__ import annotations

from dataclasses import FrozenInstanceError, dataclass, field, replace
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kb_app.core.library.library_db import DocumentRecord, DocumentSummary


@dataclass(frozen=True)
class ReferenceSummary:
    id: str
    type: str
    title: str
    lang: str
    summary: str = ""
    tags: tuple[str, ...] = ()
    updated: str | None = None
    municipality: str | None = None


@dataclass(frozen=True)
class ReferenceRecord(ReferenceSummary):
    translation: str | None = None
    related: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    meta: dict[str, Any] = field(default_factory=dict)
    html: str = ""
    text: str = ""
    source: Path | None = None
    source_hash: str = ""


words = st.text(max_size=8)
maybe = st.none() | words
summaries = st.tuples(words, words, words, words, words, st.lists(words, max_size=3).map(tuple), maybe, maybe)


@given(summaries, summaries)
def test_summaries_compare_hash_and_print_as_the_dataclass_did(a: tuple[Any, ...], b: tuple[Any, ...]) -> None:
    mine_a, mine_b = DocumentSummary(*a), DocumentSummary(*b)
    ref_a, ref_b = ReferenceSummary(*a), ReferenceSummary(*b)
    assert (mine_a == mine_b) == (ref_a == ref_b)
    assert (mine_a != mine_b) == (ref_a != ref_b)
    assert hash(mine_a) == hash(DocumentSummary(*a))
    assert repr(mine_a).removeprefix("DocumentSummary") == repr(ref_a).removeprefix("ReferenceSummary")
    assert mine_a.to_json()["tags"] == list(ref_a.tags)
    assert {name: getattr(mine_a, name) for name in ReferenceSummary.__dataclass_fields__} == ref_a.__dict__


@given(summaries, maybe, st.lists(words, max_size=2).map(tuple), st.dictionaries(words, words, max_size=2))
def test_records_hold_what_they_are_given(
    base: tuple[Any, ...], translation: str | None, related: tuple[str, ...], meta: dict[str, str]
) -> None:
    mine = DocumentRecord(DocumentSummary(*base), translation=translation, related=related, meta=meta, html="<p>x</p>")
    fields = ReferenceSummary(*base).__dict__
    ref = ReferenceRecord(**fields, translation=translation, related=related, meta=meta, html="<p>x</p>")
    assert {name: getattr(mine, name) for name in ReferenceRecord.__dataclass_fields__} == ref.__dict__
    assert repr(mine).removeprefix("DocumentRecord") == repr(ref).removeprefix("ReferenceRecord")
    again = DocumentRecord(
        DocumentSummary(*base), translation=translation, related=related, meta=dict(meta), html="<p>x</p>"
    )
    assert mine == again
    assert (mine == DocumentRecord(DocumentSummary(*base))) == (ref == ReferenceRecord(**fields))


def test_records_are_read_only_and_unhashable_like_the_dataclass() -> None:
    summary = DocumentSummary("a", "article", "Title", "lv")
    record = DocumentRecord(summary, meta={"k": "v"})
    for obj in (summary, record):
        with pytest.raises(AttributeError):
            obj.title = "changed"
        with pytest.raises(AttributeError):
            del obj.title
    with pytest.raises(FrozenInstanceError):
        ReferenceSummary("a", "article", "Title", "lv").title = "changed"  # type: ignore[misc]
    # A record holds a dict, so neither can be hashed.
    with pytest.raises(TypeError):
        hash(record)
    with pytest.raises(TypeError):
        hash(ReferenceRecord("a", "article", "Title", "lv", meta={"k": "v"}))
    # A summary and a record of the same document are different kinds of thing.
    assert summary != DocumentRecord(summary)
    assert ReferenceSummary("a", "article", "Title", "lv") != ReferenceRecord("a", "article", "Title", "lv")
    assert record.meta is not DocumentRecord(summary).meta
    assert DocumentRecord(summary).meta == {}


def test_a_records_markdown_is_read_once(tmp_path: Path) -> None:
    source = tmp_path / "doc.md"
    source.write_text("---\nid: a\n---\n# Title\n\nBody\n", encoding="utf-8")
    record = DocumentRecord(DocumentSummary("a", "article", "Title", "lv"), source=source)
    first = record.body_md
    assert "Body" in first
    source.write_text("---\nid: a\n---\n# Other\n", encoding="utf-8")
    assert record.body_md == first


@given(summaries, words, st.dictionaries(words, words, max_size=2))
def test_replace_makes_the_copy_dataclasses_replace_made(
    base: tuple[Any, ...], title: str, meta: dict[str, str]
) -> None:
    summary = DocumentSummary(*base)
    fields = ReferenceSummary(*base).__dict__
    assert summary.replace(title=title).to_json() == {**summary.to_json(), "title": title}
    assert repr(summary.replace(title=title)).removeprefix("DocumentSummary") == repr(
        replace(ReferenceSummary(*base), title=title)
    ).removeprefix("ReferenceSummary")
    record = DocumentRecord(summary, html="<p>x</p>")
    changed = record.replace(meta=meta, title=title)
    reference = replace(ReferenceRecord(**fields, html="<p>x</p>"), meta=meta, title=title)
    assert type(changed) is DocumentRecord
    assert {name: getattr(changed, name) for name in ReferenceRecord.__dataclass_fields__} == reference.__dict__
    with pytest.raises(TypeError):
        record.replace(colour="red")
