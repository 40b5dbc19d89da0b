"""A guard against a reference-counting bug in PySide6 6.12.0 on CPython 3.11.

That release returns ``None`` from every void method (``setText``, ``setData``, ``setVisible``…)
and ``True`` from ``Signal.emit`` without taking a reference, as if the interpreter had
immortal singletons (CPython 3.12+, PEP 683). On 3.11 each call drops one reference: ``None``
starts with ~5,000, so a window aborts with "Fatal Python error: none_dealloc" after a few
seconds of use. PySide6 6.11.3 does not have the bug.

The guard detects the bug by measuring it (so a fixed release is left alone) and, if present,
gives the three singletons a very large reference count, which is what 3.12 does for them.
The real fix is a PySide6 release without the bug, or Python 3.12+.
"""

from __future__ import annotations

import gc
import sys

_BUMP = 1 << 40  # more calls than a process can make; far from overflowing Py_ssize_t
_PROBE_CALLS = 64
applied = False


def bug_present() -> bool:
    from PySide6.QtCore import QObject

    probe = QObject()
    was_enabled = gc.isenabled()  # off while the window starts (kb_app.core.platform.start_gc)
    gc.disable()  # a collection during the probe would move the count for other reasons
    try:
        before = sys.getrefcount(None)
        for _ in range(_PROBE_CALLS):
            probe.setObjectName("probe")
        lost = before - sys.getrefcount(None)
    finally:
        if was_enabled:
            gc.enable()
    return lost >= _PROBE_CALLS


def apply() -> bool:
    """Make ``None``, ``True`` and ``False`` effectively immortal if this PySide6 needs it."""
    global applied
    if applied or sys.version_info >= (3, 12) or hasattr(sys, "gettotalrefcount"):
        return applied  # immortal singletons already, or a debug build (different object layout)
    if not bug_present():
        return False
    import ctypes  # only when needed: loading it is a measurable part of the window's start

    for singleton in (None, True, False):
        # ob_refcnt is the first field of every object in a release build of CPython 3.11.
        ctypes.c_ssize_t.from_address(id(singleton)).value += _BUMP
    applied = True
    return True
