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

from kb_app.core.library.library_db import Library
from kb_app.core.library_files.libformat import index_is_current
from kb_app.core.library_files.libroot import current_library
from kb_app.core.platform.errors import LibraryError
from kb_app.core.platform.paths import AppPaths, bundled_pack, source_knowledge_dir

Progress = Callable[[int, int], None]
LOCK_WAIT_S = 120.0  # a first install or re-index takes seconds; a window holds the lock for good


def default_pack(paths: AppPaths) -> Path:
    """The bundled default pack; built from the source tree into the profile cache if needed."""
    shipped = bundled_pack()
    if shipped is not None:
        return shipped
    knowledge = source_knowledge_dir()
    if knowledge is None:
        raise LibraryError(
            "no library is installed and this copy of the app has no bundled library; "
            "import a content pack with 'kb-app pack import FILE'"
        )
    from kb_app.core.packs.build import build_pack

    paths.cache.mkdir(parents=True, exist_ok=True)
    out = paths.cache / f"default-{os.getpid()}.kbpack"  # never shared with another process
    build_pack(knowledge, out)
    return out


def ensure_library(paths: AppPaths, progress: Progress | None = None, *, lock_held: bool = False) -> Path:
    """The profile's active library folder, ready to search.

    Installs the default library on first use, installs the bundled library when it is a newer
    version of the installed pack, and re-indexes a library built by another version of the
    analyzers, all under the profile lock (``lock_held``: the caller has it already).
    """
    current = current_library(paths.library_root)
    stale_index = current is not None and not index_is_current(current)
    if current is not None and not stale_index and not bundled_is_newer(current):
        return current
    if lock_held:
        return _prepare(paths, progress)
    from kb_app.core.platform.lock import ProfileLock

    try:
        paths.ensure()
    except OSError:
        pass  # a read-only profile: the lock below fails, and an installed library is still read
    lock = ProfileLock(paths.profile)
    if not lock.acquire(timeout=LOCK_WAIT_S if current is None else 2.0):
        if current is not None:  # a window holds the profile: it updates it; this command reads
            return _temporary_index(current, progress) if stale_index else current
        pid = lock.holder_pid()
        raise LibraryError(
            f"the profile {paths.profile} is in use by another kb-app"
            f"{f' (process {pid})' if pid else ''}, which has not installed a library yet"
        )
    try:
        return _prepare(paths, progress)
    finally:
        lock.release()


def _prepare(paths: AppPaths, progress: Progress | None) -> Path:
    """Under the lock: look again (another process may have done it meanwhile), then install or re-index."""
    from kb_app.core.packs.install import reindex

    current = current_library(paths.library_root)
    if current is not None and bundled_is_newer(current):
        return _install_default(paths, progress)
    if current is not None:
        return current if index_is_current(current) else reindex(current, paths.library_root, progress)
    return _install_default(paths, progress)


def update_from_bundled(paths: AppPaths, progress: Progress | None = None, *, lock_held: bool = False) -> Path | None:
    """Install the bundled library when it is a newer version of the installed pack id; the new
    folder, or None when there is nothing newer (or the lock is taken by another process)."""
    current = current_library(paths.library_root)
    if current is None or not bundled_is_newer(current):
        return None
    if lock_held:
        return _install_default(paths, progress)
    from kb_app.core.platform.lock import ProfileLock

    lock = ProfileLock(paths.profile)
    if not lock.acquire(timeout=2.0):
        return None
    try:
        current = current_library(paths.library_root)
        return _install_default(paths, progress) if current is not None and bundled_is_newer(current) else None
    finally:
        lock.release()


def bundled_identity() -> tuple[str, str] | None:
    """(pack id, version) of the library that comes with this app, read without building it."""
    shipped = bundled_pack()
    if shipped is not None:
        from kb_app.core.packs.pack_file import PackRefused, read_manifest_only

        try:
            manifest = read_manifest_only(shipped)
        except PackRefused:
            return None
        return manifest.id, manifest.version
    knowledge = source_knowledge_dir()
    if knowledge is None:
        return None
    import yaml

    try:
        data = yaml.safe_load((knowledge / "pack.yaml").read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError, UnicodeDecodeError):
        return None
    if not isinstance(data, dict) or not data.get("id") or data.get("version") is None:
        return None
    return str(data["id"]), str(data["version"])


def bundled_is_newer(library_dir: Path) -> bool:
    """True when the app's bundled library has ``library_dir``'s pack id and a newer version."""
    from kb_app.core.packs.trust import compare_versions

    bundled = bundled_identity()
    installed = _installed_identity(library_dir)
    if bundled is None or installed is None or bundled[0] != installed[0]:
        return False
    try:
        return compare_versions(bundled[1], installed[1]) > 0
    except ValueError:
        return False


def _installed_identity(library_dir: Path) -> tuple[str, str] | None:
    import json

    try:
        data = json.loads((library_dir / "manifest.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict):
        return None
    return str(data.get("id", "")), str(data.get("version", ""))


def _install_default(paths: AppPaths, progress: Progress | None) -> Path:
    from kb_app.core.packs.install import install_pack

    pack = default_pack(paths)
    try:
        return install_pack(pack, paths.library_root, progress=progress).library_dir
    finally:
        if pack.parent == paths.cache:  # built from source just for this install
            pack.unlink(missing_ok=True)


def _temporary_index(library_dir: Path, progress: Progress | None) -> Path:
    """A private, throw-away re-index of ``library_dir`` for a reader that cannot take the lock."""
    from kb_app.core.packs.build import build_library_dir
    from kb_app.core.packs.install import validated_content
    from kb_app.core.packs.pack_file import PackRefused

    root = Path(tempfile.mkdtemp(prefix="kblib-"))
    atexit.register(shutil.rmtree, root, True)
    content = root / "content"
    if not (library_dir / "content").is_dir():
        from kb_app.core.packs.migrate_v1 import write_content

        write_content(library_dir, content)
    else:
        from kb_app.core.packs.install import copy_verified_content

        copy_verified_content(library_dir, root)  # what the import verified, nothing edited since
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
        return Library(_unpack_to_temp(Path(pack), paths.profile, progress))
    return Library(ensure_library(paths, progress))


def _unpack_to_temp(pack: Path, profile: Path, progress: Progress | None = None) -> Path:
    """Verify (signature included: a bad one is refused as on import), validate and index ``pack``
    into a temporary folder removed at exit; who vouches for it is recorded there
    (:func:`kb_app.core.packs.pack_trust.read_verification`) for the "not verified" banner."""
    from kb_app.core.packs.install import install_pack
    from kb_app.core.packs.pack_trust import ReadCheck

    digest = hashlib.sha256(str(pack.resolve()).encode()).hexdigest()[:12]
    root = Path(tempfile.mkdtemp(prefix=f"kbpack-{digest}-"))
    atexit.register(shutil.rmtree, root, True)
    check = ReadCheck(profile)
    library_dir = install_pack(pack, root, progress=progress, check=check).library_dir
    check.write(library_dir)
    return library_dir
