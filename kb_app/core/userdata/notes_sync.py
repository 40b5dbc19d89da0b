"""An office folder for notes: each installation writes its notes to its own file in a shared
folder and merges every other installation's file found there (docs/interface-contract.md §4 rules: by id, the later
``updated_at`` wins, deletions travel).

Only plain notes files (``notes-<installation id>.json``, the format of docs/interface-contract.md §4) are read or
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

import hashlib
import json
import re
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from kb_app.core.op_changes import NOTES, NOTHING, OpResult
from kb_app.core.platform.errors import NotesError
from kb_app.core.platform.textsafe import clean_for_output
from kb_app.core.userdata.notes import NOTES_FORMAT, NOTES_VERSION, Note, NotesRefused, NotesStore, read_notes_file
from kb_app.core.userdata.user_db import format_time, utc_now

INSTALLATION_ID_FILE = "installation-id"
FILE_PREFIX = "notes-"
FILE_SUFFIX = ".json"
MAX_FILES = 500  # an office folder, not an archive
MAX_LISTED = 20_000  # names looked at (each costs a stat on a network share)
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
    installation: str = ""  # the id to write under: a fresh one when another writer shared ours
    clone_detected: bool = False
    notices: list[str] = field(default_factory=list)  # said to the user, but nothing was refused


@dataclass(frozen=True)
class SyncResult:
    own_file: Path
    files_merged: int
    added: int
    updated: int
    written: int  # notes in this installation's file
    refused: tuple[FileRefusal, ...] = ()
    notices: tuple[str, ...] = ()


def installation_id(profile: Path) -> str:
    """A random id for this installation, made once and kept in the profile."""
    path = profile / INSTALLATION_ID_FILE
    try:
        text = path.read_text(encoding="ascii").strip()
        return str(uuid.UUID(text))
    except (OSError, ValueError):
        pass
    from kb_app.core.platform.atomic import atomic_write_bytes

    new = str(uuid.uuid4())
    profile.mkdir(parents=True, exist_ok=True)
    atomic_write_bytes(path, new.encode("ascii") + b"\n")
    return new


def own_file_name(installation: str) -> str:
    return f"{FILE_PREFIX}{installation}{FILE_SUFFIX}"


def check_folder(folder: Path) -> None:
    """Refuse a folder that is not there (a network drive not connected) before anything is done."""
    if not folder.exists():
        raise SyncRefused(
            "folder_missing", f"the notes folder {folder} does not exist (is the network drive connected?)"
        )
    if not folder.is_dir():
        raise SyncRefused("not_a_folder", f"{folder} is a file, not a folder")


def read_folder(
    folder: Path,
    installation: str,
    known_municipalities: set[str],
    aliases: dict[str, str],
    *,
    profile: Path | None = None,
) -> FolderContents:
    """Read and check every other installation's notes file; a bad file is refused on its own.

    Files are taken newest first, and empty ones skipped without counting, so a folder filled
    with junk named like notes files cannot crowd out a colleague's real file; whatever is not
    read is counted and named. With ``profile``, "our" file is checked for another writer (a
    copied profile or PC image has our installation id): then it is merged like a colleague's,
    and this installation takes a fresh id (``contents.installation``) and says so.
    """
    check_folder(folder)
    contents = FolderContents(installation=installation)
    own = own_file_name(installation)
    writer = _own_file_writer(profile, folder, folder / own) if profile is not None else "ours"
    if writer != "ours":
        # Merging it is always safe (our own notes change nothing), and a clone's notes are a colleague's.
        try:
            contents.notes.append((own, read_notes_file(folder / own, known_municipalities, aliases)))
        except NotesRefused as exc:
            contents.refused.append(FileRefusal(own, exc.code, str(exc)))
    if writer == "another" and profile is not None:
        contents.installation = new_installation_id(profile)
        contents.clone_detected = True
        contents.notices.append(
            f"{own} was also written by another installation with this one's id (a copied profile or PC "
            f"image); its notes are merged, and this installation now writes {own_file_name(contents.installation)}"
        )
        own = own_file_name(contents.installation)
    try:
        candidates = []
        for entry in folder.iterdir():
            if _FILE_NAME.match(entry.name) and entry.name != own:
                candidates.append((entry.stat().st_mtime_ns, entry.stat().st_size, entry.name))
                if len(candidates) > MAX_LISTED:
                    break
    except OSError as exc:
        raise SyncRefused(
            "folder_unreadable", f"the notes folder {folder} cannot be read ({exc.strerror or exc})"
        ) from None
    candidates.sort(key=lambda c: (-c[0], c[2]))  # newest first: the colleagues syncing now
    empty = [name for _mtime, size, name in candidates if size == 0]
    if empty:
        contents.refused.append(
            FileRefusal(
                empty[0],
                "empty_files",
                f"{len(empty)} empty notes file{'' if len(empty) == 1 else 's'} skipped: {_names(empty)}",
            )
        )
    unread: list[str] = []
    for _mtime, size, name in candidates:
        if size == 0:
            continue
        if len(contents.notes) >= MAX_FILES:
            unread.append(name)
            continue
        try:
            contents.notes.append((name, read_notes_file(folder / name, known_municipalities, aliases)))
        except NotesRefused as exc:
            contents.refused.append(FileRefusal(name, exc.code, str(exc)))
    if unread:
        contents.refused.append(
            FileRefusal(
                unread[0],
                "too_many_files",
                (
                    f"the folder holds more than {MAX_FILES} notes files; the {len(unread)} oldest were not read: "
                    f"{_names(unread)}"
                ),
            )
        )
    return contents


def _names(names: list[str], shown: int = 5) -> str:
    listed = ", ".join(clean_for_output(name, limit=60) for name in names[:shown])
    return listed + (f" and {len(names) - shown} more" if len(names) > shown else "")


# --- one writer per file: noticing a copied installation ---------------------------------------------

SYNC_STATE_FILE = "office-sync.json"  # in the profile: what this installation last wrote, per folder


def _state(profile: Path) -> dict[str, str]:
    try:
        data = json.loads((profile / SYNC_STATE_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    written = data.get("written") if isinstance(data, dict) else None
    return (
        {k: v for k, v in written.items() if isinstance(k, str) and isinstance(v, str)}
        if isinstance(written, dict)
        else {}
    )


def _folder_key(folder: Path) -> str:
    try:
        return str(folder.resolve())
    except OSError:
        return str(folder.absolute())


def _own_file_writer(profile: Path, folder: Path, own_file: Path) -> str:
    """ "ours" when ``own_file`` is what this installation last wrote there (or is absent);
    "another" when it is not; "unknown" when this installation has no record of a write there
    (a first sync by this app version): then the file is merged but the id kept, and a clone that
    did keep a record is the one that notices."""
    try:
        data = own_file.read_bytes()
    except OSError:
        return "ours"  # absent, or unreadable: the write will say so
    recorded = _state(profile).get(_folder_key(folder))
    if recorded is None:
        return "unknown"
    return "ours" if recorded == hashlib.sha256(data).hexdigest() else "another"


def _remember_written(profile: Path, folder: Path, data: bytes) -> None:
    from kb_app.core.platform.atomic import atomic_write_bytes

    state = _state(profile)
    state[_folder_key(folder)] = hashlib.sha256(data).hexdigest()
    atomic_write_bytes(profile / SYNC_STATE_FILE, json.dumps({"written": state}, indent=1).encode("utf-8"))


def new_installation_id(profile: Path) -> str:
    """A fresh id for an installation that found another writer of its file."""
    from kb_app.core.platform.atomic import atomic_write_bytes

    new = str(uuid.uuid4())
    atomic_write_bytes(profile / INSTALLATION_ID_FILE, new.encode("ascii") + b"\n")
    return new


def merge(store: NotesStore, contents: FolderContents) -> OpResult[tuple[int, int]]:
    """Merge what :func:`read_folder` found (the window's sync and :func:`sync_folder`): the
    notes added and updated."""
    added = updated = 0
    for _name, notes in contents.notes:
        result = store.merge(notes)
        added += result.added
        updated += result.updated
    return OpResult(NOTES if added or updated else NOTHING, (added, updated))


def own_file_bytes(store: NotesStore) -> tuple[bytes, int]:
    """This installation's file: every note, deleted ones too (docs/interface-contract.md §4, as notes export)."""
    notes = sorted(store.notes_for(include_deleted=True), key=lambda note: (note.created_at, note.id))
    data = {
        "format": NOTES_FORMAT,
        "version": NOTES_VERSION,
        "exported_at": format_time(utc_now()),
        "notes": [note.to_json() for note in notes],
    }
    return json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8") + b"\n", len(notes)


def write_own_file(folder: Path, installation: str, data: bytes, *, profile: Path | None = None) -> Path:
    """Write this installation's file; with ``profile``, remember what was written (see read_folder)."""
    from kb_app.core.platform.atomic import atomic_write_bytes

    check_folder(folder)
    path = folder / own_file_name(installation)
    try:
        atomic_write_bytes(path, data, shared=True)  # colleagues' accounts read it
        if profile is not None:
            _remember_written(profile, folder, data)
    except OSError as exc:
        raise SyncRefused("write_failed", f"cannot write {path} ({exc.strerror or exc})") from None
    return path


def sync_folder(
    store: NotesStore,
    folder: Path,
    installation: str,
    known_municipalities: set[str],
    aliases: dict[str, str],
    *,
    profile: Path | None = None,
) -> SyncResult:
    """Merge the others' notes, then write ours (with theirs merged in, so the folder converges)."""
    contents = read_folder(folder, installation, known_municipalities, aliases, profile=profile)
    added, updated = merge(store, contents).value
    data, count = own_file_bytes(store)
    path = write_own_file(folder, contents.installation, data, profile=profile)
    return SyncResult(
        path, len(contents.notes), added, updated, count, tuple(contents.refused), tuple(contents.notices)
    )
