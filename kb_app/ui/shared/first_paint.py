"""Work the first frame does not show, done right after the main window's first paint.

A Python ``eventFilter`` or ``changeEvent`` is handed a plain ``QEvent``, and to hand it over
PySide works out which of ~50 event classes it is by building every one of them: ~3 ms of a
~160 ms start, paid by the first event of any kind that reaches such a handler. The first frame
needs none of them: they follow keys, focus, a later change of a panel's layout, or fix what a
screen reader is told. So while the window starts (:func:`hold`, from ``kb-app gui``), the
widgets queue those handlers here, and the window's first paint attaches them (:func:`painted`).
At any other time (a view opened later, a dialog, a test) :func:`after_first_paint` runs its
work at once.
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6

_waiting: list[tuple[Callable[[], object], object]] | None = None


def hold() -> None:
    """Queue work from now until :func:`painted`: called once, just before the main window is made."""
    global _waiting
    if _waiting is None:
        _waiting = []


def holding() -> bool:
    return _waiting is not None


def after_first_paint(work: Callable[[], object], owner: object = None) -> None:
    """Run ``work`` now, or, while the window starts, right after its first paint; not at all if
    ``owner`` (the Qt object the work is for) is deleted by then."""
    if _waiting is None:
        work()
    else:
        _waiting.append((work, owner))


def drop() -> None:
    """Forget the queued work and stop queueing (the window closed before its first paint)."""
    global _waiting
    _waiting = None


def painted() -> None:
    """The main window has been painted once: run the queued work, in order, and stop queueing."""
    global _waiting
    waiting, _waiting = _waiting, None
    for work, owner in waiting or ():
        if owner is None or shiboken6.isValid(owner):
            work()
