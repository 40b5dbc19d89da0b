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


def _run(*args: str) -> bool:
    try:
        return subprocess.run(args, capture_output=True, timeout=20).returncode == 0
    except (OSError, subprocess.SubprocessError):
        return False


@contextmanager
def tmpfs(mount_point: Path, size_kb: int) -> Iterator[bool]:
    """A tmpfs of ``size_kb`` at ``mount_point``; yields False (and mounts nothing) if not allowed."""
    mount_point.mkdir(parents=True, exist_ok=True)
    mounted = (shutil.which("mount") is not None and hasattr(os, "geteuid") and os.geteuid() == 0
               and _run("mount", "-t", "tmpfs", "-o", f"size={size_kb}k,mode=0755", "tmpfs", str(mount_point)))
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
