"""Work queued for the window's first paint (kb_app.ui.shared.first_paint): event filters the
first frame does not need, attached right after it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from PySide6.QtCore import QObject

from kb_app.ui.shared import first_paint


@pytest.fixture(autouse=True)
def _not_holding() -> Iterator[None]:
    first_paint.drop()
    yield
    first_paint.drop()


def test_outside_start_up_work_runs_at_once() -> None:
    done: list[str] = []
    first_paint.after_first_paint(lambda: done.append("now"))
    assert done == ["now"] and not first_paint.holding()


def test_while_the_window_starts_work_waits_for_the_first_paint_and_runs_in_order() -> None:
    done: list[str] = []
    first_paint.hold()
    first_paint.after_first_paint(lambda: done.append("filter"))
    first_paint.after_first_paint(lambda: done.append("ring"))
    assert done == [] and first_paint.holding()
    first_paint.painted()
    assert done == ["filter", "ring"] and not first_paint.holding()
    first_paint.painted()  # a second paint runs nothing again
    first_paint.after_first_paint(lambda: done.append("later"))
    assert done == ["filter", "ring", "later"]


@pytest.mark.usefixtures("qapp")
def test_work_for_an_object_deleted_before_the_paint_is_skipped() -> None:
    import shiboken6

    done: list[str] = []
    gone, kept = QObject(), QObject()
    first_paint.hold()
    first_paint.after_first_paint(lambda: done.append("gone"), owner=gone)
    first_paint.after_first_paint(lambda: done.append("kept"), owner=kept)
    shiboken6.delete(gone)
    first_paint.painted()
    assert done == ["kept"]


def test_a_window_closed_before_its_first_paint_leaves_nothing_queued() -> None:
    done: list[str] = []
    first_paint.hold()
    first_paint.after_first_paint(lambda: done.append("never"))
    first_paint.drop()
    first_paint.painted()
    assert done == [] and not first_paint.holding()
    first_paint.after_first_paint(lambda: done.append("now"))
    assert done == ["now"]


def test_hold_twice_keeps_what_was_queued() -> None:
    done: list[str] = []
    first_paint.hold()
    first_paint.after_first_paint(lambda: done.append("first"))
    first_paint.hold()
    first_paint.painted()
    assert done == ["first"]
