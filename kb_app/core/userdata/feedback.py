"""Problem reports: a worker reports a wrong number or an outdated page to the trainer (docs/interface-contract.md §5).

Reports live in the user's database, in a ``feedback`` table created on first use (``CREATE TABLE
IF NOT EXISTS``: it stands beside the versioned schema of kb_app/core/userdata/user_db.py and never alters
it). ``kb-app feedback export`` writes them as a ``kb-app-feedback`` file; the trainer runs
``kb-app feedback collect`` over the files of many workers: duplicates (same item id) dropped,
grouped by document, newest first. A file that is not a feedback file, is from a newer version, is
too large or holds a bad item is refused with one line; the other files are still collected.

Each item may carry ``pack_version``, the library version the worker was reading when reporting
(an addition to docs/interface-contract.md §5; the file's ``pack`` is the library installed at export).
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from kb_app.core.platform.errors import KbError
from kb_app.core.platform.textsafe import clean_for_output
from kb_app.core.userdata.user_db import UserData, format_time, utc_now

FEEDBACK_FORMAT = "kb-app-feedback"
FEEDBACK_VERSION = 1
MAX_FILE_BYTES = 5 * 1024 * 1024
MAX_ITEMS = 10_000
MAX_TEXT = 4000
MAX_ID = 200
_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\Z")
_TABLE = """CREATE TABLE IF NOT EXISTS feedback (
    id TEXT PRIMARY KEY NOT NULL,
    doc_id TEXT NOT NULL,
    pack_id TEXT NOT NULL DEFAULT '',
    pack_version TEXT NOT NULL DEFAULT '',
    text TEXT NOT NULL,
    created_at TEXT NOT NULL)"""


class FeedbackRefused(KbError):
    """A report or a feedback file was refused; ``code`` for tests and translations, ``file`` the
    file's name (empty for a report typed in the window)."""

    def __init__(self, code: str, message: str, file: str = "") -> None:
        super().__init__(f"{file}: {message}" if file else message)
        self.code = code
        self.file = file


@dataclass(frozen=True)
class Report:
    id: str
    doc_id: str
    text: str
    created_at: str  # YYYY-MM-DDTHH:MM:SSZ
    pack_id: str = ""
    pack_version: str = ""


class FeedbackStore:
    def __init__(self, userdata: UserData, clock: Callable[[], datetime] = utc_now) -> None:
        self._db = userdata
        self._clock = clock
        with userdata.transaction() as conn:
            conn.execute(_TABLE)

    @property
    def userdata(self) -> UserData:
        return self._db

    def add(self, doc_id: str, text: str, pack_id: str = "", pack_version: str = "") -> Report:
        text = text.strip()
        if not text:
            raise FeedbackRefused("empty_text", "write what is wrong on the page first")
        if len(text) > MAX_TEXT:
            raise FeedbackRefused("text_too_long", f"the report is longer than {MAX_TEXT} characters")
        if not _is_id(doc_id):
            raise FeedbackRefused("bad_doc_id", "the page has no valid document id")
        report = Report(str(uuid.uuid4()), doc_id, text, format_time(self._clock()), pack_id, pack_version)
        with self._db.transaction() as conn:
            conn.execute(
                "INSERT INTO feedback (id, doc_id, pack_id, pack_version, text, created_at) VALUES (?, ?, ?, ?, ?, ?)",
                (report.id, report.doc_id, report.pack_id, report.pack_version, report.text, report.created_at),
            )
        return report

    def all_reports(self) -> list[Report]:
        rows = self._db.conn.execute(
            "SELECT id, doc_id, text, created_at, pack_id, pack_version FROM feedback ORDER BY created_at DESC, id"
        ).fetchall()
        return [Report(*row) for row in rows]

    def delete(self, report_id: str) -> bool:
        with self._db.transaction() as conn:
            return conn.execute("DELETE FROM feedback WHERE id = ?", (report_id,)).rowcount > 0


def feedback_file_bytes(
    reports: Iterable[Report],
    pack_id: str,
    pack_version: str,
    municipality: str | None,
    workshop_items: Iterable[dict[str, Any]] = (),
) -> bytes:
    data = {
        "format": FEEDBACK_FORMAT,
        "version": FEEDBACK_VERSION,
        "exported_at": format_time(utc_now()),
        "pack": {"id": pack_id, "version": pack_version},
        "municipality": municipality or None,
        "items": [
            {
                "id": r.id,
                "doc_id": r.doc_id,
                "text": r.text,
                "created_at": r.created_at,
                **({"pack_version": r.pack_version} if r.pack_version else {}),
            }
            for r in sorted(reports, key=lambda r: (r.created_at, r.id))
        ]
        + list(workshop_items),
    }
    return json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8") + b"\n"


def export_feedback(store: FeedbackStore, path: Path, pack_id: str, pack_version: str, municipality: str | None) -> int:
    from kb_app.core.platform.atomic import atomic_write_bytes
    from kb_app.core.userdata.workshop_sessions import WorkshopSessions, feedback_items

    reports = store.all_reports()
    workshops = feedback_items(WorkshopSessions(store.userdata).all())  # what groups found hard
    try:
        atomic_write_bytes(
            path, feedback_file_bytes(reports, pack_id, pack_version, municipality, workshops), shared=True
        )
    except OSError as exc:
        raise FeedbackRefused("write_failed", f"cannot write {path} ({exc.strerror or exc})") from None
    return len(reports)


# --- the trainer's side -----------------------------------------------------------------------------


@dataclass(frozen=True)
class CollectedItem:
    id: str
    doc_id: str
    text: str
    created_at: str
    pack_id: str
    pack_version: str
    municipality: str | None
    file: str
    kind: str = "report"  # or "workshop": a session's groups beside the model (kb_app.core.userdata.workshop_sessions)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "text": self.text,
            "created_at": self.created_at,
            "pack_id": self.pack_id,
            "pack_version": self.pack_version,
            "municipality": self.municipality,
            "file": self.file,
        }


@dataclass(frozen=True)
class DocumentReports:
    doc_id: str
    title: str | None  # None: the trainer's library has no such document (any more)
    items: tuple[CollectedItem, ...]  # newest first

    @property
    def in_library(self) -> bool:
        return self.title is not None


@dataclass
class Collection:
    documents: list[DocumentReports] = field(default_factory=list)
    files_read: int = 0
    items: int = 0
    duplicates: int = 0
    refused: list[FeedbackRefused] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "format": "kb-app-feedback-collection",
            "version": 1,
            "files_read": self.files_read,
            "items": self.items,
            "duplicates": self.duplicates,
            "refused": [{"file": r.file, "code": r.code, "reason": str(r)} for r in self.refused],
            "documents": [
                {
                    "doc_id": d.doc_id,
                    "title": d.title,
                    "in_library": d.in_library,
                    "items": [i.to_json() for i in d.items],
                }
                for d in self.documents
            ],
        }

    def to_text(self) -> str:
        lines = [
            f"{self.items} report{'' if self.items == 1 else 's'} from {self.files_read} "
            f"file{'' if self.files_read == 1 else 's'} ({self.duplicates} duplicate"
            f"{'' if self.duplicates == 1 else 's'} dropped)."
        ]
        # Every field here came from someone's file: each is cleaned to one inert line.
        for doc in self.documents:
            title = clean_for_output(doc.title) if doc.in_library else "not in the library"
            lines.append(f"\n{clean_for_output(doc.doc_id)} — {title} ({len(doc.items)})")
            for item in doc.items:
                where = clean_for_output(", ".join(filter(None, [item.municipality, item.pack_version])))
                text = clean_for_output(" ".join(item.text.split()))
                lines.append(f"  {clean_for_output(item.created_at)}{f' [{where}]' if where else ''}: {text}")
        return "\n".join(lines)


def read_feedback_file(path: Path) -> list[CollectedItem]:
    """Parse and check a whole file; raises FeedbackRefused (one line naming the file)."""
    name = path.name
    try:
        if not path.is_file():
            raise FeedbackRefused(
                "missing",
                "the file does not exist" if not path.exists() else "this is a folder, not a feedback file",
                name,
            )
        if path.stat().st_size > MAX_FILE_BYTES:
            raise FeedbackRefused(
                "too_large",
                f"the file is larger than the {MAX_FILE_BYTES // (1024 * 1024)} MB a feedback file may have",
                name,
            )
        raw = path.read_bytes()[: MAX_FILE_BYTES + 1]
    except OSError as exc:
        raise FeedbackRefused("unreadable", f"the file cannot be read ({exc.strerror or exc})", name) from None
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise FeedbackRefused("not_json", "the file is not UTF-8 text, so it is not a feedback file", name) from None
    except (ValueError, RecursionError):
        raise FeedbackRefused("not_json", "the file is not valid JSON", name) from None
    if not isinstance(data, dict) or data.get("format") != FEEDBACK_FORMAT:
        raise FeedbackRefused(
            "not_feedback_file", f"this is not a kb-app feedback file (its 'format' is not '{FEEDBACK_FORMAT}')", name
        )
    version = data.get("version")
    if type(version) is not int or version < 1:
        raise FeedbackRefused("no_version", "the feedback file has no valid 'version'", name)
    if version > FEEDBACK_VERSION:
        raise FeedbackRefused(
            "newer_version",
            f"the feedback file was made by a newer version of the app "
            f"(version {version}, this app reads version {FEEDBACK_VERSION}); update the app",
            name,
        )
    pack = data.get("pack")
    if not isinstance(pack, dict) or not isinstance(pack.get("id"), str) or not isinstance(pack.get("version"), str):
        raise FeedbackRefused("bad_pack", "'pack' must hold the library's 'id' and 'version'", name)
    municipality = data.get("municipality")
    if municipality is not None and not _is_id(municipality):
        raise FeedbackRefused("bad_municipality", "'municipality' must be a municipality code or null", name)
    items = data.get("items")
    if not isinstance(items, list):
        raise FeedbackRefused("no_items", "the feedback file has no list of 'items'", name)
    if len(items) > MAX_ITEMS:
        raise FeedbackRefused("too_many_items", f"the file holds more than {MAX_ITEMS} reports", name)
    result = []
    for index, item in enumerate(items):
        problem = _item_problem(item)
        if problem:
            raise FeedbackRefused(
                "bad_item", f"report {index + 1} of {len(items)}: {problem}; nothing in this file was collected", name
            )
        result.append(
            CollectedItem(
                item["id"].lower(),
                item["doc_id"],
                item["text"],
                format_time(datetime.fromisoformat(item["created_at"])),
                pack["id"][:MAX_ID],
                str(item.get("pack_version") or pack["version"])[:MAX_ID],
                municipality,
                name,
                str(item.get("kind") or "report"),
            )
        )
    return result


def _item_problem(item: object) -> str:
    if not isinstance(item, dict):
        return "it is not a JSON object"
    for key in ("id", "doc_id", "text", "created_at"):
        if key not in item:
            return f"the field '{key}' is missing"
    if not isinstance(item["id"], str) or not _UUID.match(item["id"]):
        return "'id' is not a UUID"
    if not _is_id(item["doc_id"]):
        return "'doc_id' is not a document id"
    if not isinstance(item["text"], str) or not item["text"].strip() or len(item["text"]) > MAX_TEXT:
        return f"'text' must be text of 1 to {MAX_TEXT} characters"
    if item.get("kind", "report") not in ("report", "workshop"):
        return "'kind' must be 'report' or 'workshop'"
    if "pack_version" in item and not (item["pack_version"] is None or _is_id(item["pack_version"])):
        return "'pack_version' must be a version"
    value = item["created_at"]
    if not isinstance(value, str) or not 16 <= len(value) <= 40 or value[10:11] not in ("T", "t", " "):
        return "'created_at' must be a date and time like 2026-11-30T08:15:00Z"
    try:
        moment = datetime.fromisoformat(value)
        if moment.utcoffset() is None:
            return "'created_at' has no time zone (write it like 2026-11-30T08:15:00Z)"
        format_time(moment)
    except (ValueError, OverflowError):
        return "'created_at' must be a date and time like 2026-11-30T08:15:00Z"
    return ""


def _is_id(value: object) -> bool:
    return isinstance(value, str) and bool(value.strip()) and len(value) <= MAX_ID and value.isprintable()


def collect(paths: Iterable[Path], titles: dict[str, str] | None = None) -> Collection:
    """Merge feedback files: same item id once, grouped by document, newest first (documents
    ordered by their newest report). ``titles`` (the trainer's library) marks unknown documents."""
    collection = Collection()
    seen: dict[str, CollectedItem] = {}
    for path in paths:
        try:
            items = read_feedback_file(path)
        except FeedbackRefused as exc:
            collection.refused.append(exc)
            continue
        collection.files_read += 1
        for item in items:
            if item.id in seen:
                collection.duplicates += 1
                continue
            seen[item.id] = item
    groups: dict[str, list[CollectedItem]] = {}
    for item in seen.values():
        groups.setdefault(item.doc_id, []).append(item)
    documents = []
    for doc_id, items in groups.items():
        items.sort(key=lambda i: (i.created_at, i.id), reverse=True)
        title = doc_id if titles is None else titles.get(doc_id)
        documents.append(DocumentReports(doc_id, title, tuple(items)))
    documents.sort(key=lambda d: (d.items[0].created_at, d.doc_id), reverse=True)
    collection.documents = documents
    collection.items = len(seen)
    return collection
