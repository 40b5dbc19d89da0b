"""Bookmarks and the reading history: each write says what it changed."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from kb_app.core.op_changes import BOOKMARKS, HISTORY, NOTHING, OpChanges
from kb_app.core.platform import write_failures
from kb_app.core.platform.errors import UserDataError
from kb_app.core.platform.paths import AppPaths
from kb_app.core.userdata.bookmarks import HISTORY_KEEP, BookmarksAndHistory
from kb_app.core.userdata.user_db import UserData, open_userdata


@pytest.fixture
def userdata(tmp_path: Path) -> Iterator[UserData]:
    with open_userdata(AppPaths(tmp_path / "profile")) as db:
        yield db


@pytest.fixture
def reading(userdata: UserData) -> BookmarksAndHistory:
    return BookmarksAndHistory(userdata)


def test_bookmarks_and_history(reading: BookmarksAndHistory) -> None:
    assert reading.add_bookmark("doc-a") == BOOKMARKS
    reading.add_bookmark("doc-a")
    assert reading.bookmarks() == ["doc-a"] and reading.is_bookmarked("doc-a")
    assert reading.remove_bookmark("doc-a") == BOOKMARKS
    assert not reading.is_bookmarked("doc-a")
    for doc_id in ["a", "b", "a", "c"]:
        assert reading.record_view(doc_id) == HISTORY
    assert reading.recently_viewed() == ["c", "a", "b"]
    assert reading.clear_history() == HISTORY
    assert reading.recently_viewed() == []


def test_history_keeps_the_latest_views(reading: BookmarksAndHistory, userdata: UserData) -> None:
    for n in range(HISTORY_KEEP + 5):
        reading.record_view(f"doc-{n}")
    assert userdata.conn.execute("SELECT count(*) FROM history").fetchone()[0] == HISTORY_KEEP
    assert reading.recently_viewed(1) == [f"doc-{HISTORY_KEEP + 4}"]


def test_a_view_the_disk_refuses_is_not_remembered_and_changes_nothing(
    reading: BookmarksAndHistory, userdata: UserData, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(*_args: object, **_kwargs: object) -> None:
        raise UserDataError("disk full", code=write_failures.DISK_FULL)

    monkeypatch.setattr(userdata, "transaction", full)
    assert reading.record_view("doc-a") == NOTHING
    assert reading.recently_viewed() == []


def test_changes_combine_and_say_whether_anything_changed() -> None:
    assert not NOTHING and BOOKMARKS
    both = BOOKMARKS | HISTORY
    assert both == OpChanges(bookmarks=True, history=True) and not both.notes
