"""Helpers for the pack, install, changes, notes and kill tests: tiny libraries, packs, raw ZIPs.

Plain functions rather than fixtures, so the hypothesis tests and the kill test's child processes
can use them too.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
import struct
import zipfile
import zlib
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from kb_app.core.packs.build import build_pack as build_real_pack

LIBRARY_SCHEMA = (
    """CREATE TABLE documents (id TEXT PRIMARY KEY, type TEXT, title TEXT, lang TEXT, summary TEXT,
       tags TEXT, updated TEXT, municipality TEXT, translation TEXT, related TEXT, sources TEXT,
       meta TEXT, body_md TEXT, html TEXT, text TEXT, path TEXT, content_hash TEXT)""",
    "CREATE TABLE municipalities (code TEXT PRIMARY KEY, name TEXT, kind TEXT, position INTEGER)",
    "CREATE TABLE municipality_aliases (alias TEXT PRIMARY KEY, code TEXT)",
    "CREATE TABLE info (key TEXT PRIMARY KEY, value TEXT)",
)

MUNICIPALITIES = [
    ("riga", "Rīga", "valstspilseta", 0),
    ("marupes-novads", "Mārupes novads", "novads", 1),
    ("madonas-novads", "Madonas novads", "novads", 2),
]
ALIASES = {"varaklanu-novads": "madonas-novads"}
CODES = {code for code, *_ in MUNICIPALITIES}

PACK_INFO: dict[str, Any] = {
    "id": "lv-test",
    "title": "Test library",
    "version": "2026.11.1",
    "description": "For tests.",
    "built_at": "2026-11-27T10:00:00Z",
    "app_version": "0.1.0",
    "default_municipality": None,
    "counts": {"article": 1, "contact": 1, "total": 2},
}


def doc(
    doc_id: str,
    doc_type: str = "article",
    title: str | None = None,
    body: str = "Text.",
    meta: dict[str, Any] | None = None,
    **extra: Any,
) -> dict[str, Any]:
    """A documents row; content_hash follows the content, as the real build's source hash does."""
    row = {
        "id": doc_id,
        "type": doc_type,
        "title": title or doc_id.replace("-", " ").title(),
        "lang": "lv",
        "summary": "",
        "tags": "[]",
        "updated": "2026-11-01",
        "municipality": None,
        "translation": None,
        "related": "[]",
        "sources": "[]",
        "meta": json.dumps(meta or {}, ensure_ascii=False),
        "body_md": body,
        "html": f"<p>{body}</p>",
        "text": body,
        "path": f"{doc_type}s/{doc_id}.md",
    }
    row.update(extra)
    row["content_hash"] = hashlib.sha256(json.dumps(row, sort_keys=True).encode()).hexdigest()
    return row


def police(phone: str = "+371 110") -> dict[str, Any]:
    return doc(
        "contact-valsts-policija",
        "contact",
        "Valsts policija",
        meta={"phones": [{"number": phone, "label": "Emergency"}], "website": "https://vp.gov.lv"},
    )


DEFAULT_DOCS = [doc("article-intro", title="Ievads"), police()]


def make_library_db(path: Path, docs: list[dict[str, Any]] | None = None, filler: int = 0) -> Path:
    """``filler`` extra articles of ~1 KB each make packs big enough for the kill test."""
    rows = list(DEFAULT_DOCS if docs is None else docs)
    rows += [doc(f"filler-{i}", body=f"Filler {i} " + "teksts " * 150) for i in range(filler)]
    path.parent.mkdir(parents=True, exist_ok=True)
    with closing(sqlite3.connect(path)) as conn:
        for statement in LIBRARY_SCHEMA:
            conn.execute(statement)
        columns = list(rows[0]) if rows else []
        for row in rows:
            conn.execute(
                f"INSERT INTO documents ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
                [row[c] for c in columns],
            )
        conn.executemany("INSERT INTO municipalities VALUES (?, ?, ?, ?)", MUNICIPALITIES)
        conn.executemany("INSERT INTO municipality_aliases VALUES (?, ?)", ALIASES.items())
        conn.commit()
    return path


DOC_MEMBER = "content/articles/article-intro.md"  # a member every test pack has


def _front_matter(row: dict[str, Any]) -> dict[str, Any]:
    front: dict[str, Any] = {"id": row["id"], "type": row["type"], "title": row["title"], "lang": row["lang"]}
    if row.get("updated"):
        front["updated"] = row["updated"]
    meta = json.loads(row.get("meta") or "{}")
    if row["type"] == "contact":  # the contact format: every fact with its source and that source's date
        facts = [
            {
                "kind": "phone",
                "value": p["number"],
                "label": p.get("label", ""),
                "source": "https://www.vp.gov.lv",
                "source_date": "2026-11",
            }
            for p in meta.pop("phones", [])
        ]
        if "website" in meta:
            facts.append(
                {
                    "kind": "website",
                    "value": meta.pop("website"),
                    "source": "https://www.vp.gov.lv",
                    "source_date": "2026-11",
                }
            )
        front.update({"category": "police", "facts": facts})
        if not any(f["kind"] == "phone" for f in facts):
            front["if_no_phone"] = "Write to the police."
    front.update(meta)
    return front


def write_knowledge(root: Path, docs: list[dict[str, Any]] | None = None, filler: int = 0, **info: Any) -> Path:
    """A valid knowledge folder from ``doc()`` rows; ``filler`` extra articles of ~1 KB each."""
    rows = list(DEFAULT_DOCS if docs is None else docs)
    rows += [doc(f"filler-{i}", body=f"Filler {i} " + "teksts " * 150) for i in range(filler)]
    pack = {**PACK_INFO, **info}
    root.mkdir(parents=True, exist_ok=True)
    meta = {
        "id": pack["id"],
        "title": pack["title"],
        "version": pack["version"],
        "description": pack["description"] or "For tests.",
    }
    if pack.get("default_municipality"):
        meta["default_municipality"] = pack["default_municipality"]
    (root / "pack.yaml").write_text(yaml.safe_dump(meta, allow_unicode=True), encoding="utf-8")
    shutil.copyfile(Path(__file__).resolve().parents[2] / "knowledge" / "country.yaml", root / "country.yaml")
    (root / "municipalities.yaml").write_text(
        yaml.safe_dump(
            {
                "municipalities": [
                    {"code": c, "name": n, "kind": "state-city" if k != "novads" else "novads"}
                    for c, n, k, _ in MUNICIPALITIES
                ],
                "aliases": ALIASES,
            },
            allow_unicode=True,
        ),
        encoding="utf-8",
    )
    for row in rows:
        path = root / f"{row['type']}s" / f"{row['id']}.md"
        path.parent.mkdir(parents=True, exist_ok=True)
        header = yaml.safe_dump(_front_matter(row), allow_unicode=True, sort_keys=False)
        path.write_text(f"---\n{header}---\n\n{row['body_md']}\n", encoding="utf-8")
    return root


def build_pack(
    folder: Path, name: str = "test.kbpack", docs: list[dict[str, Any]] | None = None, filler: int = 0, **info: Any
) -> Path:
    """A valid pack written with the real build from a generated knowledge folder."""
    knowledge = write_knowledge(folder / f"{name}.knowledge", docs, filler, **info)
    out = folder / name
    build_real_pack(knowledge, out)
    return out


def tree_hash(root: Path) -> str:
    """Names and contents of everything under ``root``: equal hashes mean nothing changed."""
    digest = hashlib.sha256()
    if not root.exists():
        return "absent"
    for path in sorted(root.rglob("*")):
        digest.update(str(path.relative_to(root)).encode() + b"\0")
        if path.is_file():
            digest.update(path.read_bytes())
        digest.update(b"\1")
    return digest.hexdigest()


# --- raw ZIP writing: zipfile refuses to write most of what hostile packs need -------------------


@dataclass
class RawEntry:
    name: str
    data: bytes = b""
    method: int = zipfile.ZIP_DEFLATED
    external_attr: int = 0o100644 << 16
    flag_bits: int = 0
    declared_size: int | None = None  # lie about the uncompressed size
    declared_csize: int | None = None
    compressed: bytes | None = None  # use these bytes as the member's stored stream
    same_offset_as: int | None = None  # point the directory entry at another entry's data
    extra: dict[str, int] = field(default_factory=dict)


def _deflate(data: bytes) -> bytes:
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    return packer.compress(data) + packer.flush()


def raw_zip(entries: list[RawEntry]) -> bytes:
    body = bytearray()
    central = bytearray()
    offsets: list[int] = []
    for entry in entries:
        name = entry.name.encode("utf-8")
        if entry.compressed is not None:
            stream = entry.compressed
        else:
            stream = _deflate(entry.data) if entry.method == zipfile.ZIP_DEFLATED else entry.data
        crc = zlib.crc32(entry.data)
        size = len(entry.data) if entry.declared_size is None else entry.declared_size
        csize = len(stream) if entry.declared_csize is None else entry.declared_csize
        if entry.same_offset_as is not None:
            offset = offsets[entry.same_offset_as]
        else:
            offset = len(body)
            body += (
                struct.pack(
                    "<4s5H3L2H",
                    b"PK\x03\x04",
                    20,
                    entry.flag_bits | 0x800,
                    entry.method,
                    0,
                    33,
                    crc,
                    csize,
                    size,
                    len(name),
                    0,
                )
                + name
                + stream
            )
        offsets.append(offset)
        central += (
            struct.pack(
                "<4s6H3L5H2L",
                b"PK\x01\x02",
                (3 << 8) | 20,
                20,
                entry.flag_bits | 0x800,
                entry.method,
                0,
                33,
                crc,
                csize,
                size,
                len(name),
                0,
                0,
                0,
                0,
                entry.external_attr,
                offset,
            )
            + name
        )
    end = struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, len(entries), len(entries), len(central), len(body), 0)
    return bytes(body + central + end)


def pack_entries(pack: Path) -> list[RawEntry]:
    """The members of a valid pack, ready to be altered and rewritten with raw_zip."""
    with zipfile.ZipFile(pack) as zf:
        return [RawEntry(info.filename, zf.read(info)) for info in zf.infolist()]


def manifest_of(entries: list[RawEntry]) -> dict[str, Any]:
    return json.loads(next(e.data for e in entries if e.name == "manifest.json"))


def with_manifest(entries: list[RawEntry], manifest: dict[str, Any] | bytes) -> list[RawEntry]:
    data = manifest if isinstance(manifest, bytes) else json.dumps(manifest).encode()
    return [RawEntry(e.name, data) if e.name == "manifest.json" else e for e in entries]


def entry_for_manifest(name: str, data: bytes) -> tuple[RawEntry, dict[str, Any]]:
    """A new member and the manifest 'files' entry that makes it legitimate."""
    return RawEntry(name, data), {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
