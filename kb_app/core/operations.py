"""The operations behind the user's actions that write: one function each, called by the command
line and by the window alike, each returning an :class:`~kb_app.core.op_changes.OpResult`: what
it changed (the ``OpChanges`` the window announces to its views) and what the caller shows (the
installed library, the notes merged, ...).

The checks a refusal needs run before the profile is touched (a refused import leaves the profile
as it was, not even a lock file); the writes then happen under the profile's lock, which the
window holds for as long as it is open (``profile_locked``).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from kb_app.core.op_changes import LIBRARY, NOTES, NOTHING, USER_DATA, OpResult
from kb_app.core.platform.paths import AppPaths

if TYPE_CHECKING:
    from kb_app.core.packs.install import InstallResult
    from kb_app.core.packs.pack_file import Cancel, Manifest, Progress
    from kb_app.core.userdata.drafts import Draft
    from kb_app.core.userdata.feedback import FeedbackStore, Report
    from kb_app.core.userdata.notes import ImportResult, Note, NotesStore
    from kb_app.core.userdata.user_db import UserData


@contextmanager
def _writing_profile(paths: AppPaths, profile_locked: bool) -> Iterator[None]:
    from kb_app.core.platform.lock import ProfileLock

    if profile_locked:  # the window's own lock: a second one on the same file would refuse it
        yield
        return
    try:
        paths.ensure()
    except OSError:
        pass  # a read-only or full disk: the lock below says so in words
    with ProfileLock(paths.profile):
        yield


def import_pack(
    pack: Path,
    paths: AppPaths,
    *,
    trust: bool = False,
    allow_downgrade: bool = False,
    replace_other: bool = True,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    profile_locked: bool = False,
) -> OpResult[InstallResult]:
    """Import a content pack as the profile's library.

    The pack is read through once with every member's hash checked, and the trust decisions
    (signature, known key, version) taken, before the profile is touched at all, not even its
    lock file; then, under the lock, the same open file is unpacked, validated, indexed and
    switched in, and a key the user chose to trust is remembered. Raises PackRefused (or
    TrustRefused: the user may override with ``trust``, ``allow_downgrade``, ``replace_other``).
    """
    from kb_app.core.library_files.libroot import current_library
    from kb_app.core.packs.install import install_verified, unpack_progress
    from kb_app.core.packs.pack_file import open_verified
    from kb_app.core.packs.pack_trust import TrustCheck

    check = TrustCheck(
        paths.profile,
        current_library(paths.library_root),
        trust=trust,
        allow_downgrade=allow_downgrade,
        replace_other=replace_other,
    )
    with open_verified(pack, progress=unpack_progress(progress), cancel=cancel, check=check, passes=2) as verified:
        with _writing_profile(paths, profile_locked):
            # Decided again against the library installed now: another import may have run
            # meanwhile (the check reads no content, only what the pack and the profile declare).
            check.installed = current_library(paths.library_root)
            check(verified.opened)
            result = install_verified(verified, paths.library_root, progress, cancel)
            check.remember_if_accepted()
    return OpResult(LIBRARY, result)


def rollback_library(paths: AppPaths, *, profile_locked: bool = False) -> OpResult[Manifest]:
    """Back to the library before the last import (once); the manifest of the one now current."""
    from kb_app.core.packs.install import read_manifest, rollback

    with _writing_profile(paths, profile_locked):
        manifest = read_manifest(rollback(paths.library_root))
    return OpResult(LIBRARY, manifest)


def restore_backup(userdata: UserData, backup: Path) -> OpResult[Path]:
    """Replace the user's database with ``backup`` (checked first); the safety copy of the old one."""
    return OpResult(USER_DATA, userdata.restore_from(backup))


def merge_notes(store: NotesStore, notes: Sequence[Note]) -> OpResult[ImportResult]:
    """Merge notes read from an exchange file (validated whole by read_notes_file)."""
    result = store.merge(notes)
    return OpResult(NOTES if result.added or result.updated else NOTHING, result)


def delete_note(store: NotesStore, note_id: str) -> OpResult[str | None]:
    """Soft-delete a note (the deletion travels in exports): its id, or None when it was deleted
    already (nothing changed). NotFoundError when there is no such note."""
    from kb_app.core.platform.errors import NotFoundError

    try:
        note = store.get(note_id, short=True)
    except NotFoundError:
        raise NotFoundError(f"there is no note {note_id}") from None
    if note.deleted:
        return OpResult(NOTHING, None)
    store.delete(note.id)
    return OpResult(NOTES, note.id)


def undelete_note(store: NotesStore, note_id: str) -> OpResult[str]:
    store.undelete(note_id)
    return OpResult(NOTES, note_id)


def save_note(
    store: NotesStore, note_id: str | None, body: str, *, municipality: str = "", doc_id: str | None = None
) -> OpResult[Note]:
    """The notes editor's save: a new note (``note_id`` None) of ``municipality`` beside
    ``doc_id``, or the new text of an existing one."""
    note = store.add(municipality, body, doc_id) if note_id is None else store.update(note_id, body)
    return OpResult(NOTES, note)


def reattach_note(store: NotesStore, note_id: str, doc_id: str | None) -> OpResult[Note]:
    """Move a note to another document (None: the municipality's own page)."""
    return OpResult(NOTES, store.reattach(note_id, doc_id))


def restore_draft(store: NotesStore, draft: Draft, folders: list[Path], municipality: str) -> OpResult[str]:
    """Store a recovery draft's text: into its note if that still exists, else as a new note (of
    the draft's municipality, else ``municipality``); the draft file is removed only once the
    text is stored. The note's id."""
    from kb_app.core.platform.errors import NotFoundError
    from kb_app.core.userdata.drafts import discard_draft

    note_id = None
    if draft.note_id is not None:
        try:
            existing = store.get(draft.note_id, short=True)
        except NotFoundError:
            existing = None
        if existing is not None and not existing.deleted and not existing.oversized:
            note_id = store.update(existing.id, draft.body).id
    if note_id is None:
        note_id = store.add(draft.municipality or municipality, draft.body, draft.doc_id).id
    discard_draft(folders, draft.key)
    return OpResult(NOTES, note_id)


def report_problem(
    store: FeedbackStore, doc_id: str, text: str, pack_id: str = "", pack_version: str = ""
) -> OpResult[Report]:
    """Keep a worker's problem report on a page for the trainer's export. No view lists the
    reports, so nothing is announced."""
    return OpResult(NOTHING, store.add(doc_id, text, pack_id, pack_version))
