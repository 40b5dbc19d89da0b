"""Opening the profile's library, and switching to a new one without a restart.

``library_generation`` changes whenever a pack is switched in (by this window or by
``kb-app pack import`` in a terminal); it is one small file read, cheap enough to poll.
"""

from __future__ import annotations

from kb_app.core.library.library_db import Library
from kb_app.ui.shared.context import AppContext


def installed_library(ctx: AppContext) -> tuple[Library, str] | None:
    """The profile's current library, if one is installed and indexed by this app's analyzers
    (installing and re-indexing are tasks, never on the GUI thread)."""
    from kb_app.core.library_files.libformat import index_is_current
    from kb_app.core.library_files.libroot import current_library, library_generation

    root = ctx.paths.library_root
    folder = current_library(root)
    if folder is None or not index_is_current(folder):
        return None
    return Library(folder), library_generation(root)


def reload_if_changed(ctx: AppContext) -> bool:
    """Switch to the library another process installed; True if it switched."""
    if ctx.pinned_pack:
        return False
    from kb_app.core.library_files.libroot import library_generation

    if library_generation(ctx.paths.library_root) == ctx.generation:
        return False
    opened = installed_library(ctx)
    if opened is None:
        return False
    ctx.set_library(*opened)
    return True
