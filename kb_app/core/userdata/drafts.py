"""Recovery drafts: note text the database would not take (a full disk, a read-only profile, a
note over the length limit) is kept in a small file instead, and offered back at the next start.

The profile's ``drafts`` folder comes first; when the profile cannot be written, the system's
temporary folder (often another disk, and writable on locked-down PCs) holds it. A draft that fits
nowhere stays in the window's memory only, and the window says so.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import tempfile
import uuid
from dataclasses import asdict, dataclass
from pathlib import Path

from kb_app.core.platform.atomic import atomic_write_bytes
from kb_app.core.platform.paths import AppPaths
from kb_app.core.userdata.notes import MAX_NOTES_FILE_SIZE
from kb_app.core.userdata.user_db import format_time, utc_now

DRAFTS_FOLDER = "drafts"
# A draft holds one note: its text may be over the note limit (that may be why it is a draft, e.g.
# a huge paste), but never more than a whole notes file may hold.
MAX_DRAFT_FILE = MAX_NOTES_FILE_SIZE + 4096


@dataclass(frozen=True)
class Draft:
    key: str  # the note's id, or "new-…" for a note that was never stored
    note_id: str | None
    municipality: str
    doc_id: str | None
    body: str
    saved_at: str

    @staticmethod
    def for_note(
        note_id: str | None, municipality: str, doc_id: str | None, body: str, key: str | None = None
    ) -> Draft:
        return Draft(
            key or note_id or f"new-{uuid.uuid4()}", note_id, municipality, doc_id, body, format_time(utc_now())
        )


def draft_folders(paths: AppPaths) -> list[Path]:
    """Where drafts go, first choice first. The fallback is named after the profile, so two
    profiles on one computer do not offer each other's drafts."""
    tag = hashlib.sha256(str(paths.profile.resolve()).encode("utf-8")).hexdigest()[:16]
    return [paths.profile / DRAFTS_FOLDER, Path(tempfile.gettempdir()) / f"kb-app-drafts-{tag}"]


def _file_name(key: str) -> str:
    return "draft-" + "".join(ch for ch in key if ch.isalnum() or ch == "-")[:80] + ".json"


def save_draft(folders: list[Path], draft: Draft) -> Path | None:
    """Write ``draft`` to the first folder that takes it; None if none did (memory only).
    A copy in a later folder is removed, so one draft is never offered twice."""
    data = json.dumps(asdict(draft), ensure_ascii=False).encode("utf-8", "surrogatepass")
    for index, folder in enumerate(folders):
        target = folder / _file_name(draft.key)
        try:
            folder.mkdir(parents=True, exist_ok=True)
            atomic_write_bytes(target, data)
        except OSError:
            continue
        for other in folders[index + 1 :]:
            with contextlib.suppress(OSError):
                (other / _file_name(draft.key)).unlink(missing_ok=True)
        return target
    return None


def discard_draft(folders: list[Path], key: str) -> None:
    for folder in folders:
        with contextlib.suppress(OSError):
            (folder / _file_name(key)).unlink(missing_ok=True)


def load_drafts(folders: list[Path]) -> list[Draft]:
    """Every readable draft, oldest first; unreadable or foreign files are skipped, not deleted."""
    found: dict[str, Draft] = {}
    for folder in folders:
        try:
            files = sorted(folder.glob("draft-*.json"))
        except OSError:
            continue
        for path in files:
            draft = _read(path)
            if draft is not None and draft.key not in found:
                found[draft.key] = draft
    return sorted(found.values(), key=lambda d: (d.saved_at, d.key))


def _read(path: Path) -> Draft | None:
    try:
        if path.stat().st_size > MAX_DRAFT_FILE:
            return None
        with path.open("rb") as fh:
            data = json.loads(fh.read(MAX_DRAFT_FILE + 1).decode("utf-8", "surrogatepass"))
        draft = Draft(**data)
    except (OSError, ValueError, TypeError, RecursionError):
        return None
    if not all(isinstance(getattr(draft, name), str) for name in ("key", "municipality", "body", "saved_at")):
        return None
    if draft.note_id is not None and not isinstance(draft.note_id, str):
        return None
    if draft.doc_id is not None and not isinstance(draft.doc_id, str):
        return None
    return draft
