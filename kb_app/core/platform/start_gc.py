"""The cyclic garbage collector, held off while the window starts.

Starting the window allocates ~30,000 long-lived objects (modules, classes, PySide's types and
enums, widgets' wrappers) and no garbage cycles at all (measured: ``gc.collect()`` at the first
paint finds 0 unreachable objects). Yet the collector runs ~50 times on the way, each pass
scanning the young objects for cycles that are not there: ~6 ms of a ~165 ms start.

So the collector is off from the start of ``kb-app gui`` to the window's first paint. There the
objects made so far are frozen (``gc.freeze``: moved where later passes never scan them, as they
will live as long as the process) and the collector is back on for everything that follows.
"""

from __future__ import annotations

import gc

_held = False


def hold() -> None:
    """Turn the collector off until :func:`release`, unless someone else already turned it off."""
    global _held
    if gc.isenabled():
        gc.disable()
        _held = True


def release() -> None:
    """Freeze what start-up made and turn the collector back on; nothing if :func:`hold` did not
    turn it off (a caller who disabled it keeps it disabled). Safe to call more than once."""
    global _held
    if _held:
        _held = False
        gc.freeze()
        gc.enable()


def held() -> bool:
    return _held
