"""When this process started, for ``ready in N ms`` (docs/interface-contract.md §1 counts from process start)."""

from __future__ import annotations

import os
import sys
import time

_IMPORTED_AT = time.time()


def process_start_epoch() -> float:
    """Wall-clock time the OS started this process; the module's import time if unknown."""
    if sys.platform.startswith("linux"):
        try:
            with open("/proc/self/stat", "rb") as fh:
                fields = fh.read().rsplit(b")", 1)[1].split()
            start_ticks = int(fields[19])  # field 22 (starttime), counted after "pid (comm)"
            with open("/proc/uptime", "rb") as fh:
                uptime = float(fh.read().split()[0])
            ticks = os.sysconf("SC_CLK_TCK")
            return time.time() - uptime + start_ticks / ticks
        except (OSError, ValueError, IndexError):
            return _IMPORTED_AT
    if sys.platform == "win32":
        try:
            import ctypes
            from ctypes import wintypes

            creation, exit_, kernel, user = (wintypes.FILETIME() for _ in range(4))
            handle = ctypes.windll.kernel32.GetCurrentProcess()  # type: ignore[attr-defined]
            if ctypes.windll.kernel32.GetProcessTimes(  # type: ignore[attr-defined]
                handle, ctypes.byref(creation), ctypes.byref(exit_), ctypes.byref(kernel), ctypes.byref(user)
            ):
                filetime = (creation.dwHighDateTime << 32) | creation.dwLowDateTime
                return filetime / 10_000_000 - 11_644_473_600
        except (OSError, AttributeError, ValueError):
            return _IMPORTED_AT
    return _IMPORTED_AT


def ms_since_start() -> int:
    return max(0, round((time.time() - process_start_epoch()) * 1000))
