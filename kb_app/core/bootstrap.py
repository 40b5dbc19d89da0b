"""Getting a usable library for a profile: the installed one (re-indexed when this app's analyzers
or schema differ from those that built it), or the bundled default on first use.

The default library is the pack shipped inside a frozen build or wheel (``kb_app/data``); in a
source checkout it is built from the repository's ``knowledge/`` folder. Neither needs a network.
Installing and re-indexing write the profile, so they run under the profile lock; a command that
finds the lock taken waits for the holder, and if the holder is a window that keeps it, reads a
temporary index built from the library's own content instead.
"""

from __future__ import annotations

import atexit
import hashlib
import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from kb_app.core.errors import LibraryError
from kb_app.core.libformat import index_is_current
from kb_app.core.library import Library
from kb_app.core.libroot import current_library
from kb_app.core.paths import AppPaths, bundled_pack, source_knowledge_dir

Progress = Callable[[int, int], None]
LOCK_WAIT_S = 120.0  # a first install or re-index takes seconds; a window holds the lock for good


def default_pack(paths: AppPaths) -> Path:
    """The bundled default pack; built from the source tree into the profile cache if needed."""
    shipped = bundled_pack()
    if shipped is not None:
        return shipped
    knowledge = source_knowledge_dir()
    if knowledge is None:
        raise LibraryError("no library is installed and this copy of the app has no bundled library; "
                           "import a content pack with 'kb-app pack import FILE'")
    from kb_app.core.build import build_pack

    paths.cache.mkdir(parents=True, exist_ok=True)
    out = paths.cache / f"default-{os.getpid()}.kbpack"  # never shared with another process
    build_pack(knowledge, out)
    return out


def ensure_library(paths: AppPaths, progress: Progress | None = None, *, lock_held: bool = False) -> Path:
    """The profile's active library folder, ready to search.

    Installs the default library on first use and re-indexes a library built by another version
    of the analyzers, both under the profile lock (``lock_held``: the caller has it already).
    """
    current = current_library(paths.library_root)
    if current is not None and index_is_current(current):
        return current
    if lock_held:
        return _prepare(paths, progress)
    from kb_app.core.lock import ProfileLock

    paths.ensure()
    lock = ProfileLock(paths.profile)
    if not lock.acquire(timeout=LOCK_WAIT_S if current is None else 2.0):
        if current is not None:
            return _temporary_index(current, progress)
        pid = lock.holder_pid()
        raise LibraryError(f"the profile {paths.profile} is in use by another kb-app"
                           f"{f' (process {pid})' if pid else ''}, which has not installed a library yet")
    try:
        return _prepare(paths, progress)
    finally:
        lock.release()


def _prepare(paths: AppPaths, progress: Progress | None) -> Path:
    """Under the lock: look again (another process may have done it meanwhile), then install or re-index."""
    from kb_app.core.install import install_pack, reindex

    current = current_library(paths.library_root)
    if current is not None:
        return current if index_is_current(current) else reindex(current, paths.library_root, progress)
    pack = default_pack(paths)
    try:
        return install_pack(pack, paths.library_root, progress=progress).library_dir
    finally:
        if pack.parent == paths.cache:  # built from source just for this install
            pack.unlink(missing_ok=True)


def _temporary_index(library_dir: Path, progress: Progress | None) -> Path:
    """A private, throw-away re-index of ``library_dir`` for a reader that cannot take the lock."""
    from kb_app.core.build import build_library_dir
    from kb_app.core.install import validated_content
    from kb_app.core.pack import PackRefused

    root = Path(tempfile.mkdtemp(prefix="kblib-"))
    atexit.register(shutil.rmtree, root, True)
    content = library_dir / "content"
    if not content.is_dir():
        from kb_app.core.migrate_v1 import write_content

        content = root / "content"
        write_content(library_dir, content)
    try:
        knowledge = validated_content(content, None)
    except PackRefused as exc:
        raise LibraryError(f"the installed library cannot be re-indexed: {exc}") from None
    build_library_dir(knowledge, root / "library", progress)
    shutil.copyfile(library_dir / "manifest.json", root / "library" / "manifest.json")
    return root / "library"


def open_library(paths: AppPaths, pack: str | Path | None = None, progress: Progress | None = None) -> Library:
    """The library a command reads: ``pack`` read directly when given, else the profile's."""
    if pack is not None:
        return Library(_unpack_to_temp(Path(pack), progress))
    return Library(ensure_library(paths, progress))


def _unpack_to_temp(pack: Path, progress: Progress | None = None) -> Path:
    """Verify, validate and index ``pack`` into a temporary folder removed at exit."""
    from kb_app.core.install import install_pack

    digest = hashlib.sha256(str(pack.resolve()).encode()).hexdigest()[:12]
    root = Path(tempfile.mkdtemp(prefix=f"kbpack-{digest}-"))
    atexit.register(shutil.rmtree, root, True)
    return install_pack(pack, root, progress=progress).library_dir
