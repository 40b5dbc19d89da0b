"""An office folder for notes: each installation writes its notes to its own file in a shared
folder and merges every other installation's file found there (CONTRACT §4 rules: by id, the later
``updated_at`` wins, deletions travel).

Only plain notes files (``notes-<installation id>.json``, the CONTRACT §4 format) are read or
written there: a SQLite file on a network share can be damaged by two writers or by the share's
locking, so the user's database never leaves the profile. Each file has exactly one writer (the
installation it is named after) and is replaced atomically, so a reader sees the old or the new
file, never half of one. Two installations that sync in turn converge: after A, B, A every note is
in both.

The work comes in three steps so that the window can run the slow ones (reading and writing the
share) off the GUI thread: :func:`read_folder`, :func:`merge`, :func:`write_own_file`.
:func:`sync_folder` does all three for the command line.
"""

from __future__ import annotations

import json
import re
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from kb_app.core.errors import NotesError
from kb_app.core.notes import NOTES_FORMAT, NOTES_VERSION, Note, NotesRefused, NotesStore, read_notes_file
from kb_app.core.userdata import format_time, utc_now

INSTALLATION_ID_FILE = "installation-id"
FILE_PREFIX = "notes-"
FILE_SUFFIX = ".json"
MAX_FILES = 500  # an office folder, not an archive
_FILE_NAME = re.compile(r"notes-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.json\Z")


class SyncRefused(NotesError):
    """The folder itself cannot be used; ``code`` for the window's translation."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


@dataclass(frozen=True)
class FileRefusal:
    file: str
    code: str
    reason: str  # one English line, as the command line prints it


@dataclass
class FolderContents:
    notes: list[tuple[str, list[Note]]] = field(default_factory=list)  # (file name, its notes)
    refused: list[FileRefusal] = field(default_factory=list)


@dataclass(frozen=True)
class SyncResult:
    own_file: Path
    files_merged: int
    added: int
    updated: int
    written: int  # notes in this installation's file
    refused: tuple[FileRefusal, ...] = ()


def installation_id(profile: Path) -> str:
    """A random id for this installation, made once and kept in the profile."""
    path = profile / INSTALLATION_ID_FILE
    try:
        text = path.read_text(encoding="ascii").strip()
        return str(uuid.UUID(text))
    except (OSError, ValueError):
        pass
    from kb_app.core.atomic import atomic_write_bytes

    new = str(uuid.uuid4())
    profile.mkdir(parents=True, exist_ok=True)
    atomic_write_bytes(path, new.encode("ascii") + b"\n")
    return new


def own_file_name(installation: str) -> str:
    return f"{FILE_PREFIX}{installation}{FILE_SUFFIX}"


def check_folder(folder: Path) -> None:
    """Refuse a folder that is not there (a network drive not connected) before anything is done."""
    if not folder.exists():
        raise SyncRefused("folder_missing", f"the notes folder {folder} does not exist (is the network drive "
                          "connected?)")
    if not folder.is_dir():
        raise SyncRefused("not_a_folder", f"{folder} is a file, not a folder")


def read_folder(folder: Path, installation: str, known_municipalities: set[str],
                aliases: dict[str, str]) -> FolderContents:
    """Read and check every other installation's notes file; a bad file is refused on its own."""
    check_folder(folder)
    own = own_file_name(installation)
    contents = FolderContents()
    try:
        names = sorted(entry.name for entry in folder.iterdir()
                       if _FILE_NAME.match(entry.name) and entry.name != own)
    except OSError as exc:
        raise SyncRefused("folder_unreadable", f"the notes folder {folder} cannot be read "
                          f"({exc.strerror or exc})") from None
    if len(names) > MAX_FILES:
        contents.refused.append(FileRefusal("", "too_many_files", f"the folder holds {len(names)} notes files; "
                                            f"only the first {MAX_FILES} were read"))
        names = names[:MAX_FILES]
    for name in names:
        try:
            contents.notes.append((name, read_notes_file(folder / name, known_municipalities, aliases)))
        except NotesRefused as exc:
            contents.refused.append(FileRefusal(name, exc.code, str(exc)))
    return contents


def merge(store: NotesStore, contents: FolderContents) -> tuple[int, int]:
    """Merge what :func:`read_folder` found; returns (added, updated)."""
    added = updated = 0
    for _name, notes in contents.notes:
        result = store.merge(notes)
        added += result.added
        updated += result.updated
    return added, updated


def own_file_bytes(store: NotesStore) -> tuple[bytes, int]:
    """This installation's file: every note, deleted ones too (CONTRACT §4, as notes export)."""
    notes = sorted(store.notes_for(include_deleted=True), key=lambda note: (note.created_at, note.id))
    data = {"format": NOTES_FORMAT, "version": NOTES_VERSION, "exported_at": format_time(utc_now()),
            "notes": [note.to_json() for note in notes]}
    return json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8") + b"\n", len(notes)


def write_own_file(folder: Path, installation: str, data: bytes) -> Path:
    from kb_app.core.atomic import atomic_write_bytes

    check_folder(folder)
    path = folder / own_file_name(installation)
    try:
        atomic_write_bytes(path, data)
    except OSError as exc:
        raise SyncRefused("write_failed", f"cannot write {path} ({exc.strerror or exc})") from None
    return path


def sync_folder(store: NotesStore, folder: Path, installation: str, known_municipalities: set[str],
                aliases: dict[str, str]) -> SyncResult:
    """Merge the others' notes, then write ours (with theirs merged in, so the folder converges)."""
    contents = read_folder(folder, installation, known_municipalities, aliases)
    added, updated = merge(store, contents)
    data, count = own_file_bytes(store)
    path = write_own_file(folder, installation, data)
    return SyncResult(path, len(contents.notes), added, updated, count, tuple(contents.refused))
