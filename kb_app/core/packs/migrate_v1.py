"""Libraries installed from format 1 packs (whoosh index inside): rebuilt locally from their own content.

A format 1 library folder holds ``library.db`` whose ``documents`` table kept every document's front
matter (as columns and ``meta``) and Markdown body (zlib-compressed). That is enough to write the
knowledge folder again, validate it with today's validator and index it with today's analyzers.
The old whoosh index is never opened. Nothing here trusts the old database's sizes: every
decompression is bounded.
"""

from __future__ import annotations

import json
import sqlite3
import zlib
from contextlib import closing
from pathlib import Path
from typing import Any

import yaml

from kb_app.core.platform.errors import LibraryError

MAX_TEXT = 4 * 1024 * 1024  # far above any valid document (validate.MAX_DOCUMENT_BYTES)
_COMMON = (
    "id",
    "type",
    "title",
    "lang",
    "summary",
    "tags",
    "updated",
    "municipality",
    "translation",
    "related",
    "sources",
)


def is_format1(library_dir: Path) -> bool:
    return (library_dir / "library.db").is_file() and not (library_dir / "content").is_dir()


def bounded_text(value: bytes | str | None) -> str:
    """A zlib column of the old format, refusing anything that inflates past MAX_TEXT."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value[:MAX_TEXT]
    inflater = zlib.decompressobj()
    try:
        data = inflater.decompress(value, MAX_TEXT + 1)
    except zlib.error as exc:
        raise LibraryError(f"the old library database is damaged ({exc})") from None
    if len(data) > MAX_TEXT or inflater.unconsumed_tail:
        raise LibraryError("the old library database holds a document far larger than any valid one")
    return data.decode("utf-8", errors="replace")


def write_content(library_dir: Path, content: Path) -> dict[str, str]:
    """Write ``content/`` (documents, pack.yaml, municipalities.yaml, synonyms.txt); return the pack info."""
    uri = (library_dir / "library.db").resolve().as_uri() + "?mode=ro"
    try:
        with closing(sqlite3.connect(uri, uri=True)) as conn:
            info = {str(k): str(v) for k, v in conn.execute("SELECT key, value FROM info")}
            rows = conn.execute(f"SELECT {', '.join(_COMMON)}, meta, body_md, path FROM documents ORDER BY id")
            content.mkdir(parents=True)
            for row in rows:
                _write_document(content, dict(zip((*_COMMON, "meta", "body_md", "path"), row, strict=True)))
            municipalities = [
                {"code": c, "name": n, "kind": k}
                for c, n, k in conn.execute("SELECT code, name, kind FROM municipalities ORDER BY position")
            ]
            aliases = dict(conn.execute("SELECT alias, code FROM municipality_aliases").fetchall())
            groups: dict[int, list[str]] = {}
            try:
                for grp, phrase in conn.execute("SELECT grp, phrase FROM synonyms ORDER BY grp, rowid"):
                    groups.setdefault(int(grp), []).append(str(phrase))
            except sqlite3.OperationalError:
                pass  # built from a folder without synonyms.txt
    except sqlite3.Error as exc:
        raise LibraryError(f"the old library database cannot be read ({exc})") from None
    pack = {key: info[key] for key in ("id", "title", "version", "description") if info.get(key)}
    if info.get("default_municipality"):
        pack["default_municipality"] = info["default_municipality"]
    _yaml(content / "pack.yaml", pack)
    muni: dict[str, Any] = {"municipalities": municipalities}
    if aliases:
        muni["aliases"] = aliases
    _yaml(content / "municipalities.yaml", muni)
    if groups:
        (content / "synonyms.txt").write_text(
            "".join(", ".join(group) + "\n" for _, group in sorted(groups.items())), encoding="utf-8"
        )
    return pack


def _write_document(content: Path, row: dict[str, Any]) -> None:
    front: dict[str, Any] = {}
    for key in _COMMON:
        value = row[key]
        if key in ("tags", "related", "sources"):
            value = json.loads(value or "[]")
        if value not in (None, "", []):
            front[key] = value
    meta = json.loads(row["meta"] or "{}")
    front.update(meta if isinstance(meta, dict) else {})
    body = bounded_text(row["body_md"])
    relative = Path(str(row["path"] or f"{row['type']}s/{row['id']}.md"))
    target = content / relative
    if ".." in relative.parts or relative.is_absolute() or target.exists():
        target = content / f"{row['id']}.md"
    target.parent.mkdir(parents=True, exist_ok=True)
    header = yaml.safe_dump(front, allow_unicode=True, sort_keys=False)
    target.write_text(f"---\n{header}---\n\n{body}", encoding="utf-8")


def _yaml(path: Path, data: dict[str, Any]) -> None:
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
