"""Writing files so that a crash leaves the old content or the new one, never a mix.

One place for the temp-file, fsync, replace-with-retry dance: pointer files, packs, notes files
and backups all go through here.
"""

from __future__ import annotations

import os
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO


def fsync_dir(path: Path) -> None:
    """Make a rename or a new file in ``path`` durable (POSIX; Windows cannot open folders)."""
    if os.name == "nt":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def replace_retrying(source: str | Path, target: Path) -> None:
    """``os.replace`` that rides out Windows' brief sharing violations.

    On Windows a reader that has the target open (the GUI polling CURRENT) makes ``os.replace``
    fail for a moment; POSIX never gets here twice.
    """
    for attempt in range(20):
        try:
            os.replace(source, target)
            return
        except PermissionError:
            if os.name != "nt" or attempt == 19:
                raise
            time.sleep(0.05)


def atomic_write(path: Path, write: Callable[[BinaryIO], object], *, shared: bool = False) -> None:
    """Call ``write`` on a temporary file beside ``path``, make it durable, then swap it in.

    The temporary file is private (0600); ``shared`` gives the result the permissions any new file
    gets here (0644 under the usual umask): a pack, an export or an office-folder notes file is
    made for colleagues to read, and a colleague's account could not read a 0600 file."""
    fd, tmp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w+b") as fh:
            write(fh)
            fh.flush()
            if shared and os.name == "posix":
                os.fchmod(fh.fileno(), 0o666 & ~current_umask())
            os.fsync(fh.fileno())
        replace_retrying(tmp_name, path)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise
    fsync_dir(path.parent)


def atomic_write_bytes(path: Path, data: bytes, *, shared: bool = False) -> None:
    atomic_write(path, lambda fh: fh.write(data), shared=shared)


def current_umask() -> int:
    """The process's umask, read without changing it where the system tells it (Linux); setting it
    for a moment elsewhere would briefly affect files other threads create."""
    try:
        for line in Path("/proc/self/status").read_text(encoding="ascii").splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask
