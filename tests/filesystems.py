"""Small real file systems for the fault tests: a read-only one and a full one (issue 13).

Mounting needs root (or a container that allows it); where it is not allowed the helpers return
False and the tests fall back to a simulated ``OSError`` at the same seam, so they never skip.
"""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any


def _run(*args: str) -> bool:
    try:
        return subprocess.run(args, capture_output=True, timeout=20).returncode == 0
    except (OSError, subprocess.SubprocessError):
        return False


@contextmanager
def tmpfs(mount_point: Path, size_kb: int) -> Iterator[bool]:
    """A tmpfs of ``size_kb`` at ``mount_point``; yields False (and mounts nothing) if not allowed."""
    mount_point.mkdir(parents=True, exist_ok=True)
    mounted = (
        shutil.which("mount") is not None
        and hasattr(os, "geteuid")
        and os.geteuid() == 0
        and _run("mount", "-t", "tmpfs", "-o", f"size={size_kb}k,mode=0755", "tmpfs", str(mount_point))
    )
    try:
        yield mounted
    finally:
        if mounted:
            _run("umount", "-l", str(mount_point))


def remount_read_only(mount_point: Path) -> bool:
    return _run("mount", "-o", "remount,ro", str(mount_point))


def fill(folder: Path) -> Path:
    """Write a file into ``folder`` until its disk has no byte left; returns the file."""
    filler = folder / "filler.bin"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        for block in (65536, 4096, 512, 1):
            try:
                while os.write(fd, b"\0" * block) == block:
                    pass
            except OSError as exc:
                if exc.errno != errno.ENOSPC:
                    raise
    finally:
        os.close(fd)
    return filler


def simulate_unwritable(monkeypatch: Any, folder: Path, code: int) -> None:
    """Where no small file system can be mounted: every new file (ENOSPC) or every write-open (EROFS)
    under ``folder`` fails the way the kernel would fail it (SQLite's own writes are caught by the
    read-only open)."""
    real_open = os.open
    prefix = str(folder)

    def guarded(path: Any, flags: int, *args: Any, **kwargs: Any) -> int:
        writes = flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT)
        new = flags & os.O_CREAT and not os.path.exists(path)
        if str(path).startswith(prefix) and (new if code == errno.ENOSPC else writes):
            raise OSError(code, os.strerror(code), str(path))
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", guarded)
