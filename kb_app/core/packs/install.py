"""Installing a pack into a profile: verify, validate, index locally, switch with one rename.

Layout of ``library_root``::

    lib-20261127T100000Z-3f2a9c1b7d4e/   manifest.json, content/, library.db, index.json, changes.json
    CURRENT                              name of the active folder
    PREVIOUS                             name of the folder before it (one rollback)

A pack carries only data (kb_app.core.packs.pack_file): it is verified, its content validated again with the
same validator as ``kb-app check``, and its database and FTS5 index built here, all in a
``.partial`` staging folder. The pointer files are replaced with ``os.replace``, atomic on POSIX
and Windows alike, so a crash at any moment leaves CURRENT naming a complete folder: the old one or
the new one. Folders are only deleted once nothing points at them. Callers hold the profile's
ProfileLock.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import secrets
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

from kb_app import __version__
from kb_app.core.content.country import infer_declaration
from kb_app.core.content.documents import Knowledge
from kb_app.core.content.validate import validate_knowledge
from kb_app.core.library_files.libformat import (
    CHANGES_FILE,
    CONTENT_DIR,
    CURRENT,
    LIBRARY_DB,
    MANIFEST_NAME,
    PREVIOUS,
    open_readonly,
)
from kb_app.core.library_files.libroot import current_library, is_usable, library_generation, read_pointer
from kb_app.core.packs.build import content_files, document_counts
from kb_app.core.packs.library_changes import ChangeSummary, diff_libraries
from kb_app.core.packs.migrate_v1 import is_format1, write_content
from kb_app.core.packs.pack_file import (
    SIGNATURE_NAME,
    Cancel,
    Check,
    Manifest,
    PackRefused,
    Progress,
    VerifiedPack,
    load_manifest,
    make_manifest,
    open_verified,
    shown,
)
from kb_app.core.platform.atomic import atomic_write_bytes, fsync_dir
from kb_app.core.platform.errors import LibraryError, PackError
from kb_app.core.platform.parallel import Cancelled, WorkerFailed
from kb_app.core.search.indexer import build_index

__all__ = [
    "InstallResult",
    "atomic_write_bytes",
    "copy_verified_content",
    "install_pack",
    "install_verified",
    "last_changes",
    "read_manifest",
    "reindex",
    "rollback",
    "unpack_progress",
    "verify_installed",
]

PARTIAL_SUFFIX = ".partial"
_OURS = re.compile(r"lib-.*\Z|\.(?:CURRENT|PREVIOUS|changes\.json)\..*\.tmp\Z")  # folders and temp files
# Share of the progress bar per phase: unpacking (a hashing pass, then a copying one), validating, indexing.
_PHASES = (("unpack", 0.35), ("validate", 0.15), ("index", 0.5))


class LibraryChanged(LibraryError):
    """The installed content no longer matches what its import verified (edited on this computer)."""

    code = "library_changed"


@dataclass(frozen=True)
class InstallResult:
    library_dir: Path
    manifest: Manifest
    previous_dir: Path | None
    changes: ChangeSummary


class _Phases:
    """One progress bar over the phases of an install, in thousandths."""

    def __init__(self, progress: Progress | None, phases: tuple[tuple[str, float], ...] = _PHASES) -> None:
        self._progress = progress
        self._starts: dict[str, tuple[float, float]] = {}
        at = 0.0
        for name, share in phases:
            self._starts[name] = (at, share)
            at += share

    def of(self, name: str) -> Progress | None:
        if self._progress is None:
            return None
        start, share = self._starts[name]
        report = self._progress

        def progress(done: int, total: int) -> None:
            report(int(1000 * (start + share * (done / total if total else 1.0))), 1000)

        return progress


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


def install_pack(
    pack: Path,
    library_root: Path,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    check: Check | None = None,
) -> InstallResult:
    """Verify ``pack``, build its library here and make it current; on failure the profile is unchanged.

    ``check`` sees what the pack declares (manifest, signature) before anything is unpacked: the
    caller's trust decisions.
    """
    # open_verified checks the whole pack before anything is created, library_root included.
    with open_verified(pack, progress=unpack_progress(progress), cancel=cancel, check=check, passes=2) as verified:
        return install_verified(verified, library_root, progress, cancel)


def unpack_progress(progress: Progress | None) -> Progress | None:
    """The share of an install's progress bar that verifying and unpacking the pack fill."""
    return _Phases(progress).of("unpack")


def install_verified(
    verified: VerifiedPack, library_root: Path, progress: Progress | None = None, cancel: Cancel | None = None
) -> InstallResult:
    """Unpack a verified pack (opened with ``unpack_progress(progress)``), validate its content,
    build its database here and make it current; on failure the profile is unchanged."""
    phases = _Phases(progress)
    partial = _partial_name(library_root)
    verified.unpack(partial)
    manifest = verified.manifest
    try:
        with _building(partial):
            knowledge = validated_content(partial / CONTENT_DIR, phases.of("validate"), cancel)
            _check_declarations(manifest, knowledge)
            build_index(knowledge, partial, phases.of("index"), cancel, release_text=True)
            del knowledge  # twenty thousand documents are not needed for the switch and its summary
    except BaseException:
        _remove(partial)
        raise
    return _switch_in(partial, library_root, manifest)


def reindex(
    library_dir: Path, library_root: Path, progress: Progress | None = None, cancel: Cancel | None = None
) -> Path:
    """Rebuild an installed library's database from its own ``content/`` and switch to the result.

    For an app update that changed the analyzer or the schema: the index is never queried with
    terms of another analyzer. Notes and the PREVIOUS library are untouched.
    """
    phases = _Phases(progress, (("validate", 0.2), ("index", 0.8)))
    partial = _partial_name(library_root)
    try:
        with _building(partial):
            partial.mkdir()
            if is_format1(library_dir):
                _migrate_format1(library_dir, partial)
            else:
                copy_verified_content(library_dir, partial)
            for extra in (SIGNATURE_NAME, CHANGES_FILE):
                if (library_dir / extra).is_file() and not (partial / extra).exists():
                    shutil.copyfile(library_dir / extra, partial / extra)
            infer_declaration(partial / CONTENT_DIR)  # content of a pack older than country.yaml
            knowledge = validated_content(partial / CONTENT_DIR, phases.of("validate"), cancel)
            build_index(knowledge, partial, phases.of("index"), cancel, release_text=True)
            del knowledge
    except BaseException:
        _remove(partial)
        raise
    final = _complete(partial, library_root)
    if library_generation(library_root) == library_dir.name or read_pointer(library_root, CURRENT) is None:
        atomic_write_bytes(library_root / CURRENT, final.name.encode("ascii"))
    else:  # it was PREVIOUS that needed rebuilding (CURRENT's folder went missing)
        atomic_write_bytes(library_root / PREVIOUS, final.name.encode("ascii"))
    _clean(library_root)
    return final


def copy_verified_content(library_dir: Path, dest: Path) -> Manifest:
    """Copy ``library_dir``'s manifest, and exactly the content it lists, to ``dest``; every file
    hashed as it is copied, and the manifest's signature checked again when it has one.

    What is re-indexed is what was verified at import: a document edited on this computer, a file
    added to ``content/`` or a manifest rewritten to match is refused in words (LibraryError with
    code ``library_changed``), never indexed while `pack status` still says "signed"."""
    from kb_app.core.packs.pack_trust import identity

    manifest = read_manifest(library_dir)
    signature = library_dir / SIGNATURE_NAME
    label = f"{manifest.title} {manifest.version}"

    def changed(what: str) -> LibraryError:
        return LibraryChanged(
            f"the installed library {label} was changed on this computer ({what}), so it is "
            "not used; import its pack again, or go back with 'kb-app pack rollback'"
        )

    if signature.is_file():
        try:
            identity(manifest, signature.read_bytes())
        except (PackRefused, OSError):
            raise changed("its list of files no longer matches its signature") from None
    listed = set(manifest.files)
    content = library_dir / CONTENT_DIR
    extra = sorted(
        str(path.relative_to(library_dir).as_posix())
        for path in content.rglob("*")
        if path.is_file() and path.relative_to(library_dir).as_posix() not in listed
    )
    if extra:
        raise changed(f"{shown(extra[0])} was added")
    for name, entry in sorted(manifest.files.items()):
        target = dest / name
        target.parent.mkdir(parents=True, exist_ok=True)
        digest = hashlib.sha256()
        try:
            with (library_dir / name).open("rb") as source, target.open("wb") as out:
                while chunk := source.read(1024 * 1024):
                    digest.update(chunk)
                    out.write(chunk)
        except FileNotFoundError:
            raise changed(f"{shown(name)} is missing") from None
        if digest.hexdigest() != entry.sha256:
            raise changed(f"{shown(name)} differs from the signed pack")
    shutil.copyfile(library_dir / MANIFEST_NAME, dest / MANIFEST_NAME)
    return manifest


def _migrate_format1(library_dir: Path, partial: Path) -> None:
    """content/ and a format 2 manifest for a library installed from a format 1 pack."""
    write_content(library_dir, partial / CONTENT_DIR)
    content = partial / CONTENT_DIR
    infer_declaration(content)  # format 1 packs declared no country
    knowledge = validated_content(content, None)
    try:
        old = json.loads((library_dir / MANIFEST_NAME).read_text("utf-8"))
    except (OSError, ValueError):
        old = {}
    pack = knowledge.pack
    info = {
        "id": pack.id,
        "title": pack.title,
        "version": pack.version,
        "description": pack.description,
        "built_at": str(old.get("built_at") or "1970-01-01T00:00:00Z"),
        "app_version": __version__,
        "default_municipality": pack.default_municipality,
        "counts": document_counts(knowledge),
    }
    members: list[tuple[str, Path | bytes]] = [
        (f"{CONTENT_DIR}/{name}", source) for name, source in content_files(knowledge)
    ]
    atomic_write_bytes(partial / MANIFEST_NAME, make_manifest(members, info).to_json().encode("utf-8"))


def _partial_name(library_root: Path) -> Path:
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    return library_root / f"lib-{stamp}-{secrets.token_hex(4)}{PARTIAL_SUFFIX}"


def _final_name(library_root: Path, partial: Path) -> Path:
    stamp = partial.name.split("-")[1]
    digest = hashlib.sha256((partial / MANIFEST_NAME).read_bytes()).hexdigest()[:12]
    return _free_name(library_root, f"lib-{stamp}-{digest}")


@contextmanager
def _building(partial: Path) -> Iterator[None]:
    """The library's own failures in the words of a refusal: a full disk is not a damaged pack."""
    try:
        yield
    except Cancelled:  # the indexer's IndexCancelled, or a cancel while the content was read
        raise PackRefused("cancelled", "the import was cancelled") from None
    except sqlite3.Error as exc:
        raise PackRefused(
            "write_failed", f"the library database could not be built in {partial.parent} ({exc})"
        ) from None
    except OSError as exc:
        raise PackRefused(
            "write_failed", f"the library could not be written to {partial.parent} ({exc.strerror or exc})"
        ) from None


def validated_content(content: Path, progress: Progress | None, cancel: Cancel | None = None) -> Knowledge:
    """``content`` checked as ``kb-app check`` does, ready for the indexer; refused with the first problem.

    A large library is read, and analyzed for the index, by worker processes (content.load_knowledge)."""
    try:
        # Pages come from the kept HTML: the Markdown source is not held.
        knowledge = validate_knowledge(content, keep_bodies=False, index_terms=True, progress=progress, cancel=cancel)
    except WorkerFailed as exc:  # this machine's failure (memory, a bug), not the pack's: no refusal code
        raise LibraryError(f"the content could not be checked ({exc})") from None
    if knowledge.problems:
        first = knowledge.problems[0].format(content)
        more = len(knowledge.problems) - 1
        raise PackRefused(
            "invalid_content",
            f"its content does not pass the checks: {first[:200]}" + (f" (and {more} more)" if more else ""),
        )
    for document in knowledge.documents:
        document.front_matter = None  # line numbers are only for problems, and there are none
    if progress is not None:
        progress(1, 1)
    return knowledge


def _check_declarations(manifest: Manifest, knowledge: Knowledge) -> None:
    """The manifest is a claim; the validated content is the truth. They must agree."""
    pack = knowledge.pack
    for key, declared, actual in (
        ("id", manifest.id, pack.id),
        ("title", manifest.title, pack.title),
        ("version", manifest.version, pack.version),
    ):
        if declared != actual:
            raise PackRefused(
                "manifest_mismatch", f"its manifest says {key} {declared[:60]!r} but its content says {actual[:60]!r}"
            )
    counts = document_counts(knowledge)
    if {k: v for k, v in manifest.counts.items() if v} != {k: v for k, v in counts.items() if v}:
        raise PackRefused("manifest_mismatch", "its manifest's document counts do not match its content")


def _complete(partial: Path, library_root: Path) -> Path:
    """Give a finished staging folder its final name (nothing points at it yet)."""
    try:
        final = _final_name(library_root, partial)
        os.rename(partial, final)
        fsync_dir(library_root)
    except BaseException:
        _remove(partial)
        raise
    return final


def _switch_in(partial: Path, library_root: Path, manifest: Manifest) -> InstallResult:
    final = _complete(partial, library_root)
    try:
        previous = current_library(library_root)
        changes = _changes(previous, final, manifest)
        atomic_write_bytes(
            final / CHANGES_FILE, json.dumps(changes.to_dict(), ensure_ascii=False, indent=1).encode("utf-8")
        )
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
            old_label = old.version if old.title == manifest.title and old.id == manifest.id else _label(old)
            changes = diff_libraries(previous / LIBRARY_DB, final / LIBRARY_DB).labelled(old_label, new_label)
            return replace(changes, replaced=old.id != manifest.id)
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
    """Re-hash an installed folder's content against its manifest (repair checks and the kill test)."""
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
