"""Installing a verified pack into a profile: unpack beside the current library, switch with one rename.

Layout of ``library_root``::

    lib-20261127T100000Z-3f2a9c1b7d4e/   manifest.json, library.db, index/, changes.json
    CURRENT                              name of the active folder
    PREVIOUS                             name of the folder before it (one rollback)

The pointer files are replaced with ``os.replace``, which is atomic on POSIX and Windows alike, so a
crash at any moment leaves CURRENT naming a complete folder: the old one or the new one. Folders
are only deleted once nothing points at them. Callers hold the profile's ProfileLock.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import secrets
import shutil
import sqlite3
import tempfile
import time
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from kb_app.core.changes import ChangeSummary, diff_libraries, open_readonly
from kb_app.core.errors import LibraryError, PackError
from kb_app.core.libroot import (
    CHANGES_FILE,
    CURRENT,
    PREVIOUS,
    current_library,
    is_usable,
    library_generation,
    read_pointer,
)
from kb_app.core.pack import (
    LIBRARY_DB,
    MANIFEST_NAME,
    Cancel,
    Manifest,
    PackRefused,
    Progress,
    extract_verified,
    fsync_dir,
    load_manifest,
)

PARTIAL_SUFFIX = ".partial"
_OURS = re.compile(r"lib-.*\Z|\.(?:CURRENT|PREVIOUS)\..*\.tmp\Z")


@dataclass(frozen=True)
class InstallResult:
    library_dir: Path
    manifest: Manifest
    previous_dir: Path | None
    changes: ChangeSummary


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write ``path`` so that a crash leaves either the old content or the new, never a mix."""
    fd, tmp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        _replace_retrying(tmp_name, path)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise
    fsync_dir(path.parent)


def _replace_retrying(source: str, target: Path) -> None:
    # On Windows a reader that has the target open (the GUI polling CURRENT) makes os.replace fail
    # for a moment; POSIX never gets here twice.
    for attempt in range(20):
        try:
            os.replace(source, target)
            return
        except PermissionError:
            if os.name != "nt" or attempt == 19:
                raise
            time.sleep(0.05)


def read_manifest(library_dir: Path) -> Manifest:
    try:
        return load_manifest((library_dir / MANIFEST_NAME).read_bytes())
    except (OSError, PackError) as exc:
        raise LibraryError(f"the installed library {library_dir.name} is damaged ({exc})") from None


def last_changes(library_root: Path) -> ChangeSummary | None:
    """The summary saved by the import that brought in the current library, if any."""
    current = current_library(library_root)
    if current is None or not (current / CHANGES_FILE).is_file():
        return None
    try:
        data = json.loads((current / CHANGES_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        raise LibraryError("the saved summary of changes cannot be read") from None
    if not isinstance(data, dict):
        raise LibraryError("the saved summary of changes is damaged")
    return ChangeSummary.from_dict(data)


def install_pack(pack: Path, library_root: Path, progress: Progress | None = None,
                 cancel: Cancel | None = None) -> InstallResult:
    """Verify ``pack`` and make it the current library; on failure the profile is unchanged."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    partial = library_root / f"lib-{stamp}-{secrets.token_hex(4)}{PARTIAL_SUFFIX}"
    # extract_verified checks the whole pack before it creates anything, library_root included.
    manifest = extract_verified(pack, partial, progress, cancel)
    try:
        digest = hashlib.sha256((partial / MANIFEST_NAME).read_bytes()).hexdigest()[:12]
        final = _free_name(library_root, f"lib-{stamp}-{digest}")
        os.rename(partial, final)
        fsync_dir(library_root)
    except BaseException:
        _remove(partial)
        raise
    try:
        previous = current_library(library_root)
        changes = _changes(previous, final, manifest)
        atomic_write_bytes(final / CHANGES_FILE,
                           json.dumps(changes.to_dict(), ensure_ascii=False, indent=1).encode("utf-8"))
        if previous is not None:
            atomic_write_bytes(library_root / PREVIOUS, previous.name.encode("ascii"))
        atomic_write_bytes(library_root / CURRENT, final.name.encode("ascii"))  # the switch
    except BaseException:
        if library_generation(library_root) != final.name:
            _remove(final)
        raise
    _clean(library_root)
    return InstallResult(final, manifest, previous, changes)


def _free_name(library_root: Path, base: str) -> Path:
    candidate, n = library_root / base, 1
    while candidate.exists():
        n += 1
        candidate = library_root / f"{base}-{n}"
    return candidate


def _changes(previous: Path | None, final: Path, manifest: Manifest) -> ChangeSummary:
    new_label = _label(manifest)
    try:
        _check_database(final / LIBRARY_DB)
    except LibraryError as exc:
        raise PackRefused("bad_library", f"the pack's library database cannot be used ({exc})") from None
    if previous is not None:
        try:
            old = read_manifest(previous)
            # The title rarely changes; repeating a long one on both sides hides the versions.
            old_label = old.version if old.title == manifest.title else _label(old)
            return diff_libraries(previous / LIBRARY_DB, final / LIBRARY_DB).labelled(old_label, new_label)
        except LibraryError:
            pass  # a damaged old library is no reason to refuse its replacement
    return diff_libraries(None, final / LIBRARY_DB).labelled(None, new_label)


def _check_database(db: Path) -> None:
    with closing(open_readonly(db)) as conn:
        try:
            result = conn.execute("PRAGMA quick_check").fetchone()
        except sqlite3.Error as exc:
            raise LibraryError(str(exc)) from None
    if result is None or result[0] != "ok":
        raise LibraryError(f"integrity check: {result[0] if result else 'no answer'}")


def _label(manifest: Manifest) -> str:
    return f"{manifest.title} {manifest.version}"


def rollback(library_root: Path) -> Path:
    """Switch back to the library before the current one; possible once per import."""
    current = library_generation(library_root)
    previous = read_pointer(library_root, PREVIOUS)
    if previous is None or previous == current or not is_usable(library_root / previous):
        raise PackError("there is no earlier library to go back to")
    atomic_write_bytes(library_root / CURRENT, previous.encode("ascii"))
    (library_root / PREVIOUS).unlink(missing_ok=True)
    fsync_dir(library_root)
    _clean(library_root)
    return library_root / previous


def verify_installed(library_dir: Path) -> Manifest:
    """Re-hash an installed folder against its manifest (repair checks and the kill test)."""
    manifest = read_manifest(library_dir)
    for name, entry in manifest.files.items():
        digest = hashlib.sha256()
        try:
            with (library_dir / name).open("rb") as fh:
                while chunk := fh.read(1024 * 1024):
                    digest.update(chunk)
        except OSError:
            raise LibraryError(f"the installed library is missing {name}") from None
        if digest.hexdigest() != entry.sha256:
            raise LibraryError(f"the installed file {name} is damaged")
    return manifest


def _clean(library_root: Path) -> None:
    """Delete folders nothing points at: older libraries and leftovers of interrupted installs."""
    keep = {read_pointer(library_root, CURRENT), read_pointer(library_root, PREVIOUS)}
    for entry in library_root.iterdir():
        if entry.name not in keep and _OURS.match(entry.name):
            _remove(entry)


def _remove(path: Path) -> None:
    # A library still open in a running window cannot be deleted on Windows; the next install
    # tries again, so failure here is harmless.
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    else:
        try:
            path.unlink(missing_ok=True)
        except OSError:
            pass
