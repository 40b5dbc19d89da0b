"""What a new library changed against the one it replaces, shown after an import and on request.

Social workers act on contact details, so for contacts the summary carries the old and new value
of every changed field (a new phone number matters); for other documents the field names are
enough. The summary is saved as ``changes.json`` beside the library it describes.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from contextlib import closing
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, TypeVar

from kb_app.core.errors import LibraryError

CHANGES_FORMAT = 1
# Compared column by column when content_hash says a document changed; body text is reported as
# one field because a diff of Markdown is not what a social worker needs here.
_COLUMNS = ("title", "type", "lang", "summary", "tags", "municipality", "updated")
_BODY = "text"
_MAX_VALUE = 200
_TYPES_WITH_VALUES = frozenset({"contact"})


@dataclass(frozen=True)
class DocRef:
    id: str
    type: str
    title: str


@dataclass(frozen=True)
class FieldChange:
    field: str
    old: str | None = None
    new: str | None = None


@dataclass(frozen=True)
class DocChange:
    id: str
    type: str
    title: str
    fields: tuple[FieldChange, ...] = ()


@dataclass(frozen=True)
class ChangeSummary:
    added: tuple[DocRef, ...] = ()
    removed: tuple[DocRef, ...] = ()
    changed: tuple[DocChange, ...] = ()
    first_install: bool = False
    old_label: str | None = None
    new_label: str | None = None
    total: int = 0  # documents in the new library

    @property
    def is_empty(self) -> bool:
        return not (self.added or self.removed or self.changed)

    def labelled(self, old_label: str | None, new_label: str | None) -> ChangeSummary:
        return replace(self, old_label=old_label, new_label=new_label)

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": CHANGES_FORMAT,
            "first_install": self.first_install,
            "old": self.old_label,
            "new": self.new_label,
            "total": self.total,
            "added": [_ref_dict(ref) for ref in self.added],
            "removed": [_ref_dict(ref) for ref in self.removed],
            "changed": [{**_ref_dict(doc), "fields": [
                {"field": f.field, "old": f.old, "new": f.new} for f in doc.fields]}
                for doc in self.changed],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ChangeSummary:
        try:
            return cls(
                added=tuple(DocRef(d["id"], d["type"], d["title"]) for d in data["added"]),
                removed=tuple(DocRef(d["id"], d["type"], d["title"]) for d in data["removed"]),
                changed=tuple(DocChange(d["id"], d["type"], d["title"], tuple(
                    FieldChange(f["field"], f.get("old"), f.get("new")) for f in d["fields"]))
                    for d in data["changed"]),
                first_install=bool(data.get("first_install")),
                old_label=data.get("old"), new_label=data.get("new"), total=int(data.get("total", 0)))
        except (KeyError, TypeError, ValueError):
            raise LibraryError("the saved summary of changes is damaged") from None

    def to_text(self, limit: int | None = None) -> str:
        """Plain lines for the CLI and the GUI's dialog; ``limit`` caps the lines per section."""
        if self.first_install:
            return f"Library installed: {self.new_label or 'new library'}, {self.total} documents."
        lines = []
        if self.new_label:
            lines.append(f"Content updated: {self.new_label}"
                         + (f" (was {self.old_label})" if self.old_label else ""))
        if self.is_empty:
            lines.append("No documents were added, removed or changed.")
            return "\n".join(lines)
        lines.append(f"{len(self.added)} added, {len(self.removed)} removed, "
                     f"{len(self.changed)} changed.")
        for heading, mark, refs in (("Added", "+", self.added), ("Removed", "-", self.removed)):
            if refs:
                lines.append(f"{heading}:")
                lines.extend(_capped([f"  {mark} {r.title} [{r.type}]" for r in refs], limit))
        if self.changed:
            lines.append("Changed:")
            lines.extend(_capped([_change_text(doc) for doc in self.changed], limit))
        return "\n".join(lines)


_Doc = TypeVar("_Doc", DocRef, DocChange)


def _ref_dict(ref: DocRef | DocChange) -> dict[str, str]:
    return {"id": ref.id, "type": ref.type, "title": ref.title}


def _capped(items: list[str], limit: int | None) -> list[str]:
    if limit is None or len(items) <= limit:
        return items
    return [*items[:limit], f"  … and {len(items) - limit} more"]


def _change_text(doc: DocChange) -> str:
    head = f"  * {doc.title} [{doc.type}]"
    valued = [f for f in doc.fields if f.old is not None or f.new is not None]
    named = [f.field for f in doc.fields if f.old is None and f.new is None]
    if named:
        head += ": " + ", ".join(named)
    rows = [f"      {f.field}: {f.old or '(none)'} → {f.new or '(none)'}" for f in valued]
    return "\n".join([head, *rows])


def open_readonly(db: Path) -> sqlite3.Connection:
    """A read-only connection to a library database (installed libraries never change)."""
    if not db.is_file():
        raise LibraryError(f"the library database {db} is missing")
    try:
        return sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise LibraryError(f"the library database {db} cannot be opened ({exc})") from None


def diff_libraries(old_db: Path | None, new_db: Path) -> ChangeSummary:
    """Compare two library databases; ``old_db`` None means this is the first library."""
    new = _documents(new_db)
    if old_db is None:
        return ChangeSummary(added=_sorted(_ref(row) for row in new.values()), first_install=True,
                             total=len(new))
    old = _documents(old_db)
    added = tuple(_ref(new[i]) for i in new.keys() - old.keys())
    removed = tuple(_ref(old[i]) for i in old.keys() - new.keys())
    changed = tuple(
        DocChange(new[i]["id"], new[i]["type"], new[i]["title"], _field_changes(old[i], new[i]))
        for i in new.keys() & old.keys() if old[i]["content_hash"] != new[i]["content_hash"])
    return ChangeSummary(added=_sorted(added), removed=_sorted(removed), changed=_sorted(changed),
                         total=len(new))


def _sorted(items: Iterable[_Doc]) -> tuple[_Doc, ...]:
    return tuple(sorted(items, key=lambda doc: (doc.type, doc.title.casefold(), doc.id)))


def _ref(row: dict[str, Any]) -> DocRef:
    return DocRef(row["id"], row["type"], row["title"])


def _documents(db: Path) -> dict[str, dict[str, Any]]:
    with closing(open_readonly(db)) as conn:
        conn.row_factory = sqlite3.Row
        try:
            rows = conn.execute(
                f"SELECT id, content_hash, meta, body_md, {', '.join(_COLUMNS)} FROM documents").fetchall()
        except sqlite3.Error as exc:
            raise LibraryError(f"the library database {db} cannot be read ({exc})") from None
    docs = {}
    for row in rows:
        doc = dict(row)
        doc["title"] = doc["title"] or doc["id"]
        doc["type"] = doc["type"] or ""
        docs[doc["id"]] = doc
    return docs


def _field_changes(old: dict[str, Any], new: dict[str, Any]) -> tuple[FieldChange, ...]:
    with_values = new["type"] in _TYPES_WITH_VALUES
    pairs: list[tuple[str, Any, Any]] = [(c, _json_or_text(old[c]), _json_or_text(new[c]))
                                         for c in _COLUMNS]
    old_meta, new_meta = _meta(old["meta"]), _meta(new["meta"])
    pairs += [(key, old_meta.get(key), new_meta.get(key))
              for key in [*new_meta, *(k for k in old_meta if k not in new_meta)]]
    changes = [FieldChange(name, *((_render(a), _render(b)) if with_values else (None, None)))
               for name, a, b in pairs if a != b]
    if old["body_md"] != new["body_md"]:
        changes.append(FieldChange(_BODY))
    return tuple(changes)


def _meta(raw: str | None) -> dict[str, Any]:
    value = _json_or_text(raw)
    return value if isinstance(value, dict) else {}


def _json_or_text(raw: Any) -> Any:
    if isinstance(raw, str) and raw[:1] in ("[", "{"):
        try:
            return json.loads(raw)
        except ValueError:
            return raw
    return raw


def _render(value: Any) -> str | None:
    """One readable line: phones as 'number (label)', lists comma-separated."""
    if value is None or value == "" or value == []:
        return None
    if isinstance(value, list):
        text = ", ".join(filter(None, (_render(item) for item in value)))
    elif isinstance(value, dict):
        if "number" in value or ("kind" in value and "value" in value):  # a phone; a contact fact
            number, label = value.get("number", value.get("value")), value.get("label")
            text = f"{number} ({label})" if label else str(number)
        else:
            text = "; ".join(f"{k}: {_render(v)}" for k, v in value.items() if _render(v))
    else:
        text = str(value)
    return text if len(text) <= _MAX_VALUE else text[:_MAX_VALUE - 1] + "…"
