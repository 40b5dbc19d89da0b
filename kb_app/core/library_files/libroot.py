"""Which installed library is active: the pointer files of a profile's ``library/`` folder.

Kept apart from :mod:`kb_app.core.packs.install` (zip, hashing, indexing) because the desktop app reads
these pointers on its start path and polls them while it runs.
"""

from __future__ import annotations

import re
from pathlib import Path

from kb_app.core.library_files.libformat import CONTENT_DIR, CURRENT, LIBRARY_DB, MANIFEST_NAME, PREVIOUS

LIB_NAME = re.compile(r"lib-\d{8}T\d{6}Z-[0-9a-f]{12}(?:-\d+)?\Z")


def read_pointer(library_root: Path, name: str) -> str | None:
    try:
        value = (library_root / name).read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError):
        return None
    # Only ever a folder name of ours: a hand-edited pointer must not lead outside library_root.
    return value if LIB_NAME.match(value) else None


def is_usable(folder: Path) -> bool:
    """A complete installed folder (its index may still need rebuilding: libformat.index_is_current).

    Its ``content/`` is enough: a library whose database went missing is re-indexed from its own
    content (checked against its signed manifest first), never silently replaced by another one."""
    return (folder / MANIFEST_NAME).is_file() and ((folder / LIBRARY_DB).is_file() or (folder / CONTENT_DIR).is_dir())


def current_library(library_root: Path) -> Path | None:
    """The active library folder; PREVIOUS if CURRENT's folder went missing; None if neither."""
    for pointer in (CURRENT, PREVIOUS):
        name = read_pointer(library_root, pointer)
        if name is not None and is_usable(library_root / name):
            return library_root / name
    return None


def library_generation(library_root: Path) -> str:
    """Changes whenever another library is switched in: cheap enough for the GUI to poll."""
    return read_pointer(library_root, CURRENT) or ""
