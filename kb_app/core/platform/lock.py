"""One writer per profile: an OS file lock on ``profile/.lock``.

The lock is taken with ``flock`` (POSIX) or ``msvcrt.locking`` (Windows), so it dies with the
process that holds it: a crashed or killed app never leaves a profile locked. The file also
holds the holder's process id, so the second instance can say who has the profile.

A profile that cannot be written at all (a write-protected stick, a locked-down PC, a full disk)
has no lock to take: ``acquire()`` then says False and ``problem`` says why, so the window can
open read-only and the command line can say so in words.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path
from types import TracebackType

from kb_app.core.platform import write_failures
from kb_app.core.platform.errors import UserDataError

LOCK_NAME = ".lock"
# Windows locks are mandatory: lock a byte past the pid so others can still read the pid.
_WINDOWS_LOCK_OFFSET = 1 << 20

if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(fd: int) -> bool:
        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


class ProfileLock:
    """``acquire()`` is False while another live process (or another ProfileLock) holds it."""

    def __init__(self, profile: Path, wait: float = 2.0) -> None:
        self.profile = profile
        self.wait = wait  # how long ``with ProfileLock(...)`` waits for a short-lived holder
        self.path = profile / LOCK_NAME
        self._fd: int | None = None
        # Why the last acquire() failed when it was not another holder: a write_failures code.
        self.problem: str | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self, timeout: float = 0.0) -> bool:
        if self._fd is not None:
            return True
        self.problem = None
        try:
            self.profile.mkdir(parents=True, exist_ok=True)
            # Not O_TRUNC: the pid in the file belongs to the holder until we have the lock.
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o600)
        except OSError as exc:
            self.problem = write_failures.classify(exc)
            return False
        deadline = time.monotonic() + timeout
        while not _try_lock(fd):
            if time.monotonic() >= deadline:
                os.close(fd)
                return False
            time.sleep(0.05)
        try:
            os.ftruncate(fd, 0)
            os.lseek(fd, 0, os.SEEK_SET)
            os.write(fd, f"{os.getpid()}\n".encode("ascii"))
        except OSError:
            pass  # a full disk: the lock holds all the same, only the pid for messages is missing
        self._fd = fd
        return True

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        try:
            try:
                os.ftruncate(fd, 0)  # no stale pid for the next reader
            except OSError:
                pass
            _unlock(fd)
        finally:
            os.close(fd)

    def holder_pid(self) -> int | None:
        """The process id written by the current holder (meaningful when acquire() failed)."""
        try:
            text = self.path.read_text(encoding="ascii").strip()
        except (OSError, UnicodeDecodeError):
            return None
        return int(text) if text.isdigit() else None

    def __enter__(self) -> ProfileLock:
        if not self.acquire(timeout=self.wait):
            if self.problem is not None:
                raise UserDataError(
                    f"cannot change the profile {self.profile}: "
                    f"{write_failures.describe(self.problem)}; reading and searching still "
                    "work",
                    code=f"profile_{self.problem}",
                    file=str(self.profile),
                )
            pid = self.holder_pid()
            holder = f" (process {pid})" if pid else ""
            raise UserDataError(
                f"the profile {self.profile} is in use by another kb-app{holder}; close it and try again"
            )
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.release()
