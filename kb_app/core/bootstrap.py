"""Getting a usable library for a profile: the installed one, or the bundled default on first use.

The default library is the pack shipped inside a frozen build or wheel (``kb_app/data``); in a
source checkout it is built from the repository's ``knowledge/`` folder. Neither needs a network.
"""

from __future__ import annotations

import atexit
import hashlib
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from kb_app.core.errors import LibraryError
from kb_app.core.library import Library
from kb_app.core.paths import AppPaths, bundled_pack, source_knowledge_dir

Progress = Callable[[int, int], None]


def default_pack(paths: AppPaths, progress: Progress | None = None) -> Path:
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
    out = paths.cache / "default.kbpack"
    build_pack(knowledge, out, progress)
    return out


def ensure_library(paths: AppPaths, progress: Progress | None = None) -> Path:
    """The profile's active library folder, installing the default library on first use."""
    from kb_app.core.libroot import current_library

    current = current_library(paths.library_root)
    if current is not None:
        return current
    from kb_app.core.install import install_pack

    paths.ensure()
    pack = default_pack(paths, progress)
    result = install_pack(pack, paths.library_root, progress=progress)
    if pack.parent == paths.cache:  # built from source just for this install
        pack.unlink(missing_ok=True)
    return Path(result.library_dir)


def open_library(paths: AppPaths, pack: str | Path | None = None, progress: Progress | None = None) -> Library:
    """The library a command reads: ``pack`` read directly when given, else the profile's."""
    if pack is not None:
        return Library(_unpack_to_temp(Path(pack)))
    return Library(ensure_library(paths, progress))


def _unpack_to_temp(pack: Path) -> Path:
    from kb_app.core.pack import extract_verified

    digest = hashlib.sha256(str(pack.resolve()).encode()).hexdigest()[:12]
    root = Path(tempfile.mkdtemp(prefix=f"kbpack-{digest}-"))
    atexit.register(shutil.rmtree, root, True)
    target = root / "library"
    extract_verified(pack, target)
    return target
