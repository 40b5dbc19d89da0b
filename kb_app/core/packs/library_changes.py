"""What a new library changed against the one it replaces, shown after an import and on request.

Computed from the content itself, column by column and key by key: never from a hash or anything
else a pack asserts about itself, so a pack that quietly changes a hotline's number cannot claim
that nothing changed. Social workers act on contact details, so a changed phone number, e-mail or
address is marked ``important`` and listed first. A contact's list of numbers (or e-mails,
addresses...) is compared entry by entry: each changed entry is its own change with its label and
its whole old and new value, and the entries that did not change are not repeated. A changed
text is shown as a short word-level difference of the paragraphs that changed. The summary is
saved as ``changes.json`` beside the library it describes. Field names are codes here;
each document type declares their English words (:func:`field_label`), which the command line
prints and the window translates.
"""

from __future__ import annotations

import difflib
import json
import re
import sqlite3
import zlib
from collections.abc import Iterable, Sequence
from contextlib import closing
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, TypeVar

from kb_app.core.library_files.libformat import open_readonly
from kb_app.core.platform.errors import LibraryError

CHANGES_FORMAT = 1
# Columns of the documents table that are content; html, text, path and hashes are derived from it.
_COLUMNS = ("title", "type", "lang", "summary", "tags", "municipality", "updated", "sources", "related", "translation")
_BODY = "text"
_MAX_VALUE = 200
_CONTEXT_WORDS = 4  # unchanged words kept on each side of a change
_MAX_CHANGED_WORDS = 40  # of one removed or added run
_MAX_PARAGRAPHS = 6  # changed paragraphs shown per document
# A contact's ways of reaching it: a change here may send a victim to a wrong number.
IMPORTANT_FIELDS = frozenset({"phones", "emails", "address", "addresses"})
_ENTRY_VALUE_KEYS = ("number", "value", "address", "email")


def field_label(field: str) -> str:
    """English words for a field code, as its document type declares them (kb_app.core.content.doctypes);
    an unknown code reads as words, never as ``snake_case``."""
    # Imported here: the registry brings the schema, which reading a saved summary does not need.
    from kb_app.core.content.doctypes import field_labels

    return field_labels().get(field) or field.replace("_", " ").strip().capitalize() or field


@dataclass(frozen=True)
class DocRef:
    id: str
    type: str
    title: str


@dataclass(frozen=True)
class Segment:
    """A run of words in a word-level difference: ``same``, ``removed``, ``added`` or ``gap``
    (unchanged words left out)."""

    kind: str
    text: str


@dataclass(frozen=True)
class FieldChange:
    field: str
    old: str | None = None
    new: str | None = None
    important: bool = False
    # For the body: one tuple of segments per changed paragraph.
    paragraphs: tuple[tuple[Segment, ...], ...] = ()
    # For one entry of a list (a phone of several): the entry's label, so the worker sees which.
    label: str = ""


@dataclass(frozen=True)
class DocChange:
    id: str
    type: str
    title: str
    fields: tuple[FieldChange, ...] = ()

    @property
    def important(self) -> bool:
        return any(f.important for f in self.fields)


@dataclass(frozen=True)
class ChangeSummary:
    added: tuple[DocRef, ...] = ()
    removed: tuple[DocRef, ...] = ()
    changed: tuple[DocChange, ...] = ()  # important ones first
    first_install: bool = False
    old_label: str | None = None
    new_label: str | None = None
    total: int = 0  # documents in the new library
    replaced: bool = False  # the new library has another pack id: not an update of the old one

    @property
    def is_empty(self) -> bool:
        return not (self.added or self.removed or self.changed)

    @property
    def important(self) -> tuple[DocChange, ...]:
        return tuple(doc for doc in self.changed if doc.important)

    def labelled(self, old_label: str | None, new_label: str | None) -> ChangeSummary:
        return replace(self, old_label=old_label, new_label=new_label)

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": CHANGES_FORMAT,
            "first_install": self.first_install,
            "old": self.old_label,
            "new": self.new_label,
            "total": self.total,
            "replaced": self.replaced,
            "added": [_ref_dict(ref) for ref in self.added],
            "removed": [_ref_dict(ref) for ref in self.removed],
            "changed": [{**_ref_dict(doc), "fields": [_field_dict(f) for f in doc.fields]} for doc in self.changed],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ChangeSummary:
        try:
            return cls(
                added=tuple(DocRef(d["id"], d["type"], d["title"]) for d in data["added"]),
                removed=tuple(DocRef(d["id"], d["type"], d["title"]) for d in data["removed"]),
                changed=tuple(
                    DocChange(d["id"], d["type"], d["title"], tuple(_field_from_dict(f) for f in d["fields"]))
                    for d in data["changed"]
                ),
                first_install=bool(data.get("first_install")),
                old_label=data.get("old"),
                new_label=data.get("new"),
                total=int(data.get("total", 0)),
                replaced=bool(data.get("replaced", False)),
            )
        except (KeyError, TypeError, ValueError, AttributeError):
            raise LibraryError("the saved summary of changes is damaged") from None

    def to_text(self, limit: int | None = None) -> str:
        """Plain lines for the command line; ``limit`` caps the lines per section."""
        if self.first_install:
            return f"Library installed: {self.new_label or 'new library'}, {self.total} documents."
        lines = []
        if self.replaced:
            lines.append(
                f"The library is replaced by another one: {self.new_label or 'new library'}"
                + (f" (was {self.old_label})" if self.old_label else "")
            )
        elif self.new_label:
            lines.append(f"Content updated: {self.new_label}" + (f" (was {self.old_label})" if self.old_label else ""))
        if self.is_empty:
            lines.append("No documents were added, removed or changed.")
            return "\n".join(lines)
        lines.append(f"{len(self.added)} added, {len(self.removed)} removed, {len(self.changed)} changed.")
        if self.important:
            lines.append("Contact details changed (check these first):")
            lines.extend(_capped([_change_text(doc, important=True) for doc in self.important], limit))
        for heading, mark, refs in (("Added", "+", self.added), ("Removed", "-", self.removed)):
            if refs:
                lines.append(f"{heading}:")
                lines.extend(_capped([f"  {mark} {r.title} [{r.type}]" for r in refs], limit))
        # The contact details listed above are not repeated: these are the other changes.
        others = [doc for doc in self.changed if any(not f.important for f in doc.fields) or not doc.fields]
        if others:
            lines.append("Changed:")
            lines.extend(_capped([_change_text(doc, important=False) for doc in others], limit))
        return "\n".join(lines)


_Doc = TypeVar("_Doc", DocRef, DocChange)


def _ref_dict(ref: DocRef | DocChange) -> dict[str, str]:
    return {"id": ref.id, "type": ref.type, "title": ref.title}


def _field_dict(change: FieldChange) -> dict[str, Any]:
    data: dict[str, Any] = {"field": change.field, "old": change.old, "new": change.new}
    if change.important:
        data["important"] = True
    if change.label:
        data["label"] = change.label
    if change.paragraphs:
        data["paragraphs"] = [[[s.kind, s.text] for s in para] for para in change.paragraphs]
    return data


def _field_from_dict(data: dict[str, Any]) -> FieldChange:
    paragraphs = tuple(
        tuple(Segment(str(kind), str(text)) for kind, text in para) for para in data.get("paragraphs", ())
    )
    return FieldChange(
        data["field"],
        data.get("old"),
        data.get("new"),
        bool(data.get("important")),
        paragraphs,
        str(data.get("label") or ""),
    )


def _capped(items: list[str], limit: int | None) -> list[str]:
    if limit is None or len(items) <= limit:
        return items
    return [*items[:limit], f"  … and {len(items) - limit} more"]


def word_diff_text(paragraph: Sequence[Segment]) -> str:
    """``[-removed-]{+added+}`` marks, as ``git diff --word-diff`` writes them."""
    parts = []
    for segment in paragraph:
        if segment.kind == "removed":
            parts.append(f"[-{segment.text}-]")
        elif segment.kind == "added":
            parts.append(f"{{+{segment.text}+}}")
        elif segment.kind == "gap":
            parts.append("…")
        else:
            parts.append(segment.text)
    return " ".join(parts)


def _change_text(doc: DocChange, important: bool) -> str:
    fields = [f for f in doc.fields if f.important == important]
    head = f"  * {doc.title} [{doc.type}]"
    named = [field_label(f.field) for f in fields if f.old is None and f.new is None and not f.paragraphs]
    if named:
        head += ": " + ", ".join(named)
    rows = []
    for f in fields:
        mark = "!" if f.important else " "
        if f.paragraphs:
            rows.append(f"     {mark}{field_label(f.field)}:")
            rows.extend(f"        {word_diff_text(para)}" for para in f.paragraphs)
        elif f.old is not None or f.new is not None:
            label = f" — {f.label}" if f.label else ""
            rows.append(f"     {mark}{field_label(f.field)}{label}: {f.old or '(none)'} → {f.new or '(none)'}")
    return "\n".join([head, *rows])


def diff_libraries(old_db: Path | None, new_db: Path) -> ChangeSummary:
    """Compare two library databases; ``old_db`` None means this is the first library."""
    new = _documents(new_db)
    if old_db is None:
        return ChangeSummary(added=_sorted(_ref(row) for row in new.values()), first_install=True, total=len(new))
    old = _documents(old_db)
    added = tuple(_ref(new[i]) for i in new.keys() - old.keys())
    removed = tuple(_ref(old[i]) for i in old.keys() - new.keys())
    changed = []
    for doc_id in new.keys() & old.keys():
        if "source" in old[doc_id] and "source" in new[doc_id] and old[doc_id]["hash"] == new[doc_id]["hash"]:
            # Both built here (schema 4): the hash is this machine's of the file, not the pack's
            # claim (issue 10), so the same hash is the same document, and its text need not be read.
            continue
        for doc in (old[doc_id], new[doc_id]):
            if "source" in doc:
                doc["body"] = _content_body(*doc.pop("source"))
        fields = field_changes(old[doc_id], new[doc_id])
        if fields:
            changed.append(DocChange(doc_id, new[doc_id]["type"], new[doc_id]["title"], fields))
    ordered = sorted(_sorted(changed), key=lambda doc: not doc.important)  # stable: important first
    return ChangeSummary(added=_sorted(added), removed=_sorted(removed), changed=tuple(ordered), total=len(new))


def _sorted(items: Iterable[_Doc]) -> tuple[_Doc, ...]:
    return tuple(sorted(items, key=lambda doc: (doc.type, doc.title.casefold(), doc.id)))


def _ref(row: dict[str, Any]) -> DocRef:
    return DocRef(row["id"], row["type"], row["title"])


def _documents(db: Path) -> dict[str, dict[str, Any]]:
    from kb_app.core.library_files.packed_text import unpack_text

    with closing(open_readonly(db)) as conn:
        conn.row_factory = sqlite3.Row
        try:
            present = {str(row[1]) for row in conn.execute("PRAGMA table_info(documents)")}
            wanted = [c for c in ("id", *_COLUMNS, "meta", "content_hash", "path", "body_md") if c in present]
            # Not the stored pages and texts: a summary of twenty thousand documents needs none.
            rows = conn.execute(f"SELECT {', '.join(wanted)} FROM documents").fetchall()
        except sqlite3.Error as exc:
            raise LibraryError(f"the library database {db} cannot be read ({exc})") from None
    docs: dict[str, dict[str, Any]] = {}
    for row in rows:
        raw = dict(row)
        if not isinstance(raw.get("id"), str):
            continue
        doc: dict[str, Any] = {column: raw.get(column) for column in _COLUMNS}
        doc["id"] = raw["id"]
        doc["title"] = str(raw.get("title") or raw["id"])
        doc["type"] = str(raw.get("type") or "")
        doc["meta"] = raw.get("meta")
        doc["hash"] = raw.get("content_hash")
        if "body_md" in raw:  # libraries of schema 3 and older stored the Markdown
            try:
                doc["body"] = unpack_text(raw["body_md"])
            except (zlib.error, UnicodeDecodeError) as exc:
                raise LibraryError(f"the library database {db} holds a damaged text ({exc})") from None
        else:
            doc["source"] = (db.parent, raw.get("path"))
        docs[doc["id"]] = doc
    return docs


def _content_body(library_dir: Path, path: object) -> str:
    """A document's Markdown body from the library's content/ (where schema 4 keeps it)."""
    from kb_app.core.content.frontmatter import body_of
    from kb_app.core.library_files.libformat import CONTENT_DIR
    from kb_app.core.library_files.packed_text import MAX_TEXT_BYTES

    if not isinstance(path, str) or not path:
        return ""
    try:
        with open(library_dir / CONTENT_DIR / path, "rb") as fh:
            return body_of(fh.read(MAX_TEXT_BYTES).decode("utf-8", errors="replace"))
    except OSError:
        return ""


def field_changes(old: dict[str, Any], new: dict[str, Any]) -> tuple[FieldChange, ...]:
    """Every content field that differs, important ones first, then in the document's order."""
    pairs: list[tuple[str, Any, Any]] = [(c, _json_or_text(old.get(c)), _json_or_text(new.get(c))) for c in _COLUMNS]
    old_meta, new_meta = _meta(old.get("meta")), _meta(new.get("meta"))
    pairs += [
        (key, old_meta.get(key), new_meta.get(key)) for key in [*new_meta, *(k for k in old_meta if k not in new_meta)]
    ]
    is_contact = new.get("type") == "contact" or old.get("type") == "contact"
    changes = []
    for name, a, b in pairs:
        if _empty(a) and _empty(b) or a == b:
            continue
        if name in _PER_ENTRY_FIELDS and (isinstance(a, list) or isinstance(b, list)):
            changes.extend(entry_changes(name, _as_list(a), _as_list(b), is_contact and name in IMPORTANT_FIELDS))
            continue
        important = is_contact and name in IMPORTANT_FIELDS and _entry_values(a) != _entry_values(b)
        changes.append(FieldChange(name, _render(a), _render(b), important))
    if old.get("body", "") != new.get("body", ""):
        changes.append(FieldChange(_BODY, paragraphs=paragraph_changes(old.get("body", ""), new.get("body", ""))))
    return tuple(sorted(changes, key=lambda f: not f.important))


# Lists of ways to reach someone: compared entry by entry, so that one changed number of seven is
# one line naming it, and the six that stayed are not repeated.
_PER_ENTRY_FIELDS = frozenset({"phones", "emails", "address", "addresses", "website", "hours"})
# What an entry says about its own source; a change here alone is not a changed number.
_ENTRY_SOURCE_KEYS = (
    ("source", "source"),
    ("source_date", "source date"),
    ("checked_on", "checked on"),
    ("checked_by", "checked by"),
)


def _as_list(value: Any) -> list[Any]:
    if _empty(value):
        return []
    return value if isinstance(value, list) else [value]


def _entry_parts(item: Any) -> tuple[str, str]:
    """(value, label) of one entry: a plain string, or a mapping with number/value and label."""
    if isinstance(item, dict):
        found = next((item[k] for k in _ENTRY_VALUE_KEYS if k in item), None)
        value = str(found) if found is not None else (_render_whole(item) or "")
        return " ".join(value.split()), " ".join(str(item.get("label") or "").split())
    return " ".join(str(item).split()), ""


def _source_text(item: Any) -> str:
    if not isinstance(item, dict):
        return ""
    return "; ".join(f"{words} {item[key]}" for key, words in _ENTRY_SOURCE_KEYS if item.get(key))


def _with_label(value: str, label: str) -> str:
    return f"{value} ({label})" if label else value


def entry_changes(field: str, old: list[Any], new: list[Any], important: bool) -> list[FieldChange]:
    """One change per entry that changed, in the new list's order, removed entries last.

    Entries are paired by their value first (a reordered list changes nothing), then by their
    label (the "Kurzemes reģions" number whose digits changed), then by position. Values are
    whole: a cut number is a wrong number."""
    old_parts, new_parts = [_entry_parts(i) for i in old], [_entry_parts(i) for i in new]
    pair: dict[int, int] = {}  # new index → old index
    for part in (0, 1):  # the value, then the label
        free_old = [i for i in range(len(old)) if i not in pair.values()]
        for j in range(len(new)):
            key = _normalise(new_parts[j][part])
            if j in pair or not key:
                continue
            match = next((i for i in free_old if _normalise(old_parts[i][part]) == key), None)
            if match is not None:
                pair[j] = match
                free_old.remove(match)
    free_old = [i for i in range(len(old)) if i not in pair.values()]
    for j in range(len(new)):
        if j not in pair and free_old:
            pair[j] = free_old.pop(0)
    out: list[FieldChange] = []
    for j, (new_value, new_label) in enumerate(new_parts):
        if j not in pair:
            out.append(FieldChange(field, None, new_value, important, label=new_label))
            continue
        old_value, old_label = old_parts[pair[j]]
        if _normalise(old_value) != _normalise(new_value):
            if _normalise(old_label) == _normalise(new_label):
                out.append(FieldChange(field, old_value, new_value, important, label=new_label))
            else:
                out.append(
                    FieldChange(field, _with_label(old_value, old_label), _with_label(new_value, new_label), important)
                )
        elif _normalise(old_label) != _normalise(new_label):
            # The same number now answers for someone else: as important as a new number.
            out.append(
                FieldChange(field, _with_label(old_value, old_label), _with_label(new_value, new_label), important)
            )
        elif _source_text(old[pair[j]]) != _source_text(new[j]):
            out.append(
                FieldChange(
                    field,
                    _source_text(old[pair[j]]) or None,
                    _source_text(new[j]) or None,
                    label=_with_label(new_value, new_label),
                )
            )
    out += [
        FieldChange(field, old_parts[i][0], None, important, label=old_parts[i][1])
        for i in sorted(set(range(len(old))) - set(pair.values()))
    ]
    return out


def _empty(value: Any) -> bool:
    return value is None or value == "" or value == [] or value == {}


def _entry_values(value: Any) -> list[str]:
    """The values a person dials or writes to, whatever shape the entries have (a plain string, or
    a mapping with ``number``/``value`` beside ``label``, ``source``, ``source_date``...)."""
    if _empty(value):
        return []
    items = value if isinstance(value, list) else [value]
    values = []
    for item in items:
        if isinstance(item, dict):
            found = next((item[k] for k in _ENTRY_VALUE_KEYS if k in item), None)
            values.append(_normalise(str(found)) if found is not None else json.dumps(item, sort_keys=True))
        else:
            values.append(_normalise(str(item)))
    return sorted(values)


def _normalise(text: str) -> str:
    return " ".join(text.split()).casefold()


# A contact's facts (kb_app.core.content.contact_facts) are compared per kind, so that a changed phone
# number is reported as one, apart from a changed opening time.
_FACT_FIELDS = {"phone": "phones", "email": "emails", "address": "addresses", "website": "website", "hours": "hours"}


def _meta(raw: Any) -> dict[str, Any]:
    value = _json_or_text(raw)
    if not isinstance(value, dict):
        return {}
    facts = value.get("facts")
    if isinstance(facts, list):
        value = {k: v for k, v in value.items() if k != "facts"}
        for fact in facts:
            if isinstance(fact, dict):
                key = _FACT_FIELDS.get(str(fact.get("kind")), "facts")
                value.setdefault(key, []).append(fact)
    return value


def _json_or_text(raw: Any) -> Any:
    if isinstance(raw, bytes):
        raw = raw.decode("utf-8", "replace")
    if isinstance(raw, str) and raw[:1] in ("[", "{"):
        try:
            return json.loads(raw)
        except ValueError:
            return raw
    return raw


def _render(value: Any) -> str | None:
    """One readable line: phones as 'number (label)', lists comma-separated."""
    text = _render_whole(value)
    return None if text is None else _shorten(text, _MAX_VALUE)


def _render_whole(value: Any) -> str | None:
    if _empty(value):
        return None
    if isinstance(value, list):
        text = ", ".join(filter(None, (_render(item) for item in value)))
    elif isinstance(value, dict):
        main = next((value[k] for k in (*_ENTRY_VALUE_KEYS, "text", "title") if k in value), None)
        if main is not None:
            label = value.get("label")
            text = f"{main} ({label})" if label else str(main)
        else:
            text = "; ".join(f"{k}: {r}" for k, v in value.items() if (r := _render(v)))
    else:
        text = str(value)
    return text


def _shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


# --- word-level differences of the body ----------------------------------------------------------

_LINK = re.compile(r"\[([^\]\n]*)\]\(([^)\s]*)\)")
_EMPHASIS = re.compile(r"\*\*|__|(?<!\w)[*_](?=\S)|(?<=\S)[*_](?!\w)|`")


def _plain(paragraph: str) -> str:
    """Markdown marks a reader never sees are left out; a link keeps its address (it is content)."""
    text = _LINK.sub(lambda m: f"{m.group(1)} ({m.group(2)})" if m.group(2) else m.group(1), paragraph)
    text = re.sub(r"^\s{0,3}(#{1,6}|[-*+]|\d{1,3}[.)]|>)\s+", "", text, flags=re.MULTILINE)
    return " ".join(_EMPHASIS.sub("", text).split())


def _paragraphs(text: str) -> list[str]:
    return [plain for p in re.split(r"\n\s*\n", text) if (plain := _plain(p))]


def paragraph_changes(old: str, new: str, max_paragraphs: int = _MAX_PARAGRAPHS) -> tuple[tuple[Segment, ...], ...]:
    """The changed paragraphs, each as a short word-level difference with a little context."""
    old_p, new_p = _paragraphs(old), _paragraphs(new)
    result: list[tuple[Segment, ...]] = []
    matcher = difflib.SequenceMatcher(None, old_p, new_p, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        removed, added = old_p[i1:i2], new_p[j1:j2]
        if tag == "replace" and len(removed) == len(added):
            result.extend(word_diff(a, b) for a, b in zip(removed, added, strict=True))
        else:
            result.append(word_diff(" ".join(removed), " ".join(added)))
    if len(result) > max_paragraphs:
        result = [*result[:max_paragraphs], (Segment("gap", f"+{len(result) - max_paragraphs}"),)]
    return tuple(result)


def word_diff(old: str, new: str) -> tuple[Segment, ...]:
    a, b = old.split(), new.split()
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    opcodes = matcher.get_opcodes()
    segments: list[Segment] = []
    for index, (tag, i1, i2, j1, j2) in enumerate(opcodes):
        if tag == "equal":
            segments.extend(_context(a[i1:i2], first=index == 0, last=index == len(opcodes) - 1))
            continue
        if i2 > i1:
            segments.append(Segment("removed", _words(a[i1:i2])))
        if j2 > j1:
            segments.append(Segment("added", _words(b[j1:j2])))
    return tuple(segments)


def _context(words: list[str], first: bool, last: bool) -> list[Segment]:
    n = _CONTEXT_WORDS
    if first and last:
        return [Segment("same", " ".join(words))]
    if first:
        return ([Segment("gap", "")] if len(words) > n else []) + [Segment("same", " ".join(words[-n:]))]
    if last:
        return [Segment("same", " ".join(words[:n]))] + ([Segment("gap", "")] if len(words) > n else [])
    if len(words) <= 2 * n:
        return [Segment("same", " ".join(words))]
    return [Segment("same", " ".join(words[:n])), Segment("gap", ""), Segment("same", " ".join(words[-n:]))]


def _words(words: list[str]) -> str:
    if len(words) <= _MAX_CHANGED_WORDS:
        return " ".join(words)
    return " ".join(words[:_MAX_CHANGED_WORDS]) + " …"
