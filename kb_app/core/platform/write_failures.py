"""Why a write failed, in one word the window and the command line can explain: a read-only
profile (write-protected USB stick, locked-down PC) or a full disk are situations to work around,
not bugs, so they get codes instead of "unexpected error: OSError".
"""

from __future__ import annotations

import errno
import os
import sqlite3
from pathlib import Path
from typing import Final

READ_ONLY: Final = "read_only"
DISK_FULL: Final = "disk_full"
WRITE_FAILED: Final = "write_failed"

# A probe this big must fit before the profile counts as writable: SQLite needs a few pages for a
# transaction and its journal, so "one free block" is not enough to save a note.
PROBE_BYTES = 64 * 1024

_READ_ONLY_ERRNOS = {errno.EROFS, errno.EACCES, errno.EPERM}
_FULL_ERRNOS = {errno.ENOSPC, errno.EFBIG} | ({errno.EDQUOT} if hasattr(errno, "EDQUOT") else set())
# SQLite result codes (the low byte of sqlite_errorcode).
_SQLITE_READONLY, _SQLITE_IOERR, _SQLITE_FULL, _SQLITE_CANTOPEN = 8, 10, 13, 14


def classify(exc: BaseException) -> str:
    """READ_ONLY, DISK_FULL or WRITE_FAILED for an OSError or sqlite3.Error raised by a write."""
    if isinstance(exc, OSError):
        if exc.errno in _FULL_ERRNOS:
            return DISK_FULL
        if exc.errno in _READ_ONLY_ERRNOS:
            return READ_ONLY
        return WRITE_FAILED
    if isinstance(exc, sqlite3.Error):
        code = (getattr(exc, "sqlite_errorcode", 0) or 0) & 0xFF
        if code == _SQLITE_FULL:
            return DISK_FULL
        if code in (_SQLITE_READONLY, _SQLITE_CANTOPEN):
            return READ_ONLY
        return WRITE_FAILED
    return WRITE_FAILED


def describe(code: str) -> str:
    """The English words for a code (the command line's; the window translates the code)."""
    return {
        READ_ONLY: "the profile folder cannot be written (read-only disk or no permission)",
        DISK_FULL: "the disk is full",
    }.get(code, "the profile folder cannot be written")


def probe(folder: Path, *, sync: bool = True) -> str | None:
    """None if ``folder`` takes a small write now; else why not (READ_ONLY, DISK_FULL, WRITE_FAILED).

    Writes, flushes and removes a scratch file: free-space figures lie on network drives and
    quotas, and a write-protected stick often reports space it will not give. ``sync=False``
    skips the flush when only a read-only folder matters (that fails at once).
    """
    scratch = folder / f".write-probe-{os.urandom(16).hex()}"  # not uuid: it costs the window's start
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd = os.open(scratch, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
        try:
            if os.write(fd, b"\0" * PROBE_BYTES) < PROBE_BYTES:  # a short write: the disk ran out
                raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
            if sync:
                os.fsync(fd)
        finally:
            os.close(fd)
    except OSError as exc:
        return classify(exc)
    finally:
        try:
            scratch.unlink(missing_ok=True)
        except OSError:
            pass
    return None
