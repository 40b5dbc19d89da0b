"""The collector is held off while the window starts and comes back, with start-up's objects
frozen, at the first paint (kb_app.core.platform.start_gc)."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from kb_app.core.platform import start_gc


@pytest.fixture(autouse=True)
def _restore_collector() -> Iterator[None]:
    was_enabled = gc.isenabled()
    yield
    start_gc.release()
    gc.unfreeze()  # back into the oldest generation, as if never frozen
    if was_enabled:
        gc.enable()
    else:
        gc.disable()


def test_hold_turns_the_collector_off_and_release_turns_it_back_on_with_start_up_frozen() -> None:
    gc.enable()
    gc.unfreeze()
    start_gc.hold()
    assert not gc.isenabled() and start_gc.held()
    made_during_start = [object() for _ in range(10)]  # a list is tracked by the collector
    start_gc.release()
    assert gc.isenabled() and not start_gc.held()
    assert gc.get_freeze_count() > 0
    scanned = (o for generation in range(3) for o in gc.get_objects(generation=generation))
    assert all(o is not made_during_start for o in scanned)  # frozen: later passes skip it


def test_release_is_harmless_when_called_again_or_without_a_hold() -> None:
    gc.enable()
    gc.unfreeze()
    start_gc.release()  # no hold: nothing to give back, nothing frozen
    assert gc.isenabled() and gc.get_freeze_count() == 0
    start_gc.hold()
    start_gc.release()
    frozen = gc.get_freeze_count()
    start_gc.release()
    assert gc.isenabled() and gc.get_freeze_count() == frozen


def test_a_collector_someone_else_turned_off_stays_off() -> None:
    gc.disable()
    start_gc.hold()
    assert not start_gc.held()
    start_gc.release()
    assert not gc.isenabled()
