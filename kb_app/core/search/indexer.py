"""Build ``library.db`` (documents and the SQLite FTS5 index) from validated content, on this machine.

The pack carries only data; the index is always ours. Terms come from :mod:`kb_app.core.text.analysis`
(folded and stemmed) and go into a contentless FTS5 table, one column per field, so ranking is
SQLite's own exact ``bm25()`` with column weights (libformat.FTS_COLUMNS). The vocabulary with
document frequencies comes out of an ``fts5vocab`` table and is kept for prefix completion and the
misspelling fallback.
"""

from __future__ import annotations

import json
import os
import sqlite3
import zlib
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

from kb_app import __version__
from kb_app.core.content.country import country_rows, page_labels
from kb_app.core.content.documents import Document, Knowledge, PreparedIndex
from kb_app.core.content.knowledge import index_columns
from kb_app.core.content.markdown import kb_link_target
from kb_app.core.content.page_html import document_html
from kb_app.core.library_files.libformat import (
    INDEX_INFO,
    LIBRARY_DB,
    SCHEMA,
    SCHEMA_VERSION,
    index_signature,
    require_fts5,
)
from kb_app.core.library_files.packed_text import pack_text
from kb_app.core.platform.atomic import atomic_write_bytes
from kb_app.core.platform.parallel import Cancelled
from kb_app.core.search.postings import ACCUMULATE_BELOW, PostingsBuilder, pack_lengths
from kb_app.core.search.prefixes import ordered_prefix_groups

PAGE_SIZE = 16384
Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]


class IndexCancelled(Cancelled):
    """The caller's cancel callback asked to stop; nothing usable was left behind."""


def _prepared_columns(prepared: PreparedIndex) -> tuple[str, str, str, str]:
    title, tags, summary, body = zlib.decompress(prepared.terms).decode("utf-8").split("\n")
    return title, tags, summary, body


# Front matter for trainers only: validated and listed by 'kb-app check --todo', never stored for the app.
TRAINER_ONLY_KEYS = frozenset({"trainer_notes"})


def _shown_meta(doc: Document) -> dict[str, object]:
    return {k: v for k, v in doc.meta.items() if k not in TRAINER_ONLY_KEYS}


def write_library_db(
    db_path: Path,
    knowledge: Knowledge,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    *,
    release_text: bool = False,
) -> None:
    """Write ``db_path`` (which must not exist) for valid ``knowledge``; documents in id order.

    ``release_text``: each document's body and plain text are dropped once written (an import
    that has no further use for them keeps its peak memory down on a large library)."""
    docs = sorted(knowledge.documents, key=lambda d: d.id)
    titles = {d.id: d.title for d in docs}
    indicator_texts = {
        str(item.get("id")): str(item.get("text", "")) for d in docs for _gi, _g, _ii, item in d.indicator_items()
    }
    words: dict[str, str] = {}
    total = len(docs)
    analyzers = knowledge.country.analyzers() if knowledge.country else {}
    # Worker processes prepared every document while loading it (content.load_knowledge): their
    # terms, stored text and first words are what index_columns and pack_text would give here.
    use_prepared = knowledge.index_words is not None and all(d.prepared is not None for d in docs)
    if use_prepared and knowledge.index_words is not None:
        words = knowledge.index_words
    postings = PostingsBuilder()
    with closing(sqlite3.connect(db_path)) as conn:
        # A fresh file nobody reads until it is complete: durability comes from the final fsync.
        conn.execute("PRAGMA journal_mode = OFF")
        conn.execute("PRAGMA synchronous = OFF")
        # A document's compressed page and text (about 2 KB) leave most of a 4 KB page unused; in
        # 16 KB pages they pack (measured on 20,000 documents: 21 MB of 67 MB unused at 4 KB).
        conn.execute(f"PRAGMA page_size = {PAGE_SIZE}")
        conn.executescript(SCHEMA)
        with conn:
            for rowid, doc in enumerate(docs, start=1):
                prepared = doc.prepared if use_prepared else None
                conn.execute(
                    "INSERT INTO documents VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    (
                        rowid,
                        doc.id,
                        doc.type,
                        doc.title,
                        doc.lang,
                        doc.summary,
                        json.dumps(doc.tags, ensure_ascii=False),
                        doc.updated,
                        doc.municipality,
                        doc.translation,
                        json.dumps(doc.related, ensure_ascii=False),
                        json.dumps(doc.sources, ensure_ascii=False),
                        json.dumps(_shown_meta(doc), ensure_ascii=False, sort_keys=True, default=str),
                        pack_text(
                            document_html(doc, titles, indicator_texts, page_labels(knowledge.country, doc.lang))
                        ),
                        prepared.text if prepared else pack_text(doc.search_text),
                        doc.path.relative_to(knowledge.root).as_posix(),
                        doc.content_hash,
                    ),
                )
                columns = _prepared_columns(prepared) if prepared else index_columns(doc, words, analyzers)
                conn.execute("INSERT INTO fts(rowid, title, tags, summary, body) VALUES (?,?,?,?,?)", (rowid, *columns))
                postings.add(rowid, columns)
                # Twenty thousand cached plain texts would double the import's memory; it is
                # recomputed on demand by whoever asks again.
                doc.__dict__.pop("search_text", None)
                if release_text:
                    doc.body = doc.plain = ""
                    doc.body_html = doc.prepared = None
                if rowid % 250 == 0 or rowid == total:
                    if cancel is not None and cancel():
                        raise IndexCancelled
                    if progress is not None:
                        progress(rowid, total)
            _write_tables(conn, knowledge, docs)
            conn.execute("CREATE VIRTUAL TABLE temp.fts_rows USING fts5vocab(main, fts, row)")
            conn.execute("INSERT INTO vocab(term, df, word) SELECT term, doc, '' FROM temp.fts_rows")
            conn.executemany("UPDATE vocab SET word = ? WHERE term = ?", ((w, t) for t, w in words.items()))
            conn.execute("DROP TABLE temp.fts_rows")
            conn.execute("INSERT INTO fts(fts) VALUES ('optimize')")
            _write_postings(conn, postings)
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        conn.execute("VACUUM")
    with open(db_path, "rb+") as fh:
        os.fsync(fh.fileno())


def _write_postings(conn: sqlite3.Connection, postings: PostingsBuilder) -> None:
    # The scores agree with bm25() only if both count the same rows and tokens: when FTS5's
    # tokenizer cut some column differently, no postings are written and bm25() ranks alone.
    if fts5_totals(conn) != postings.stats():
        return
    conn.executemany("INSERT INTO postings VALUES (?,?,?)", postings.blobs())
    conn.execute("INSERT INTO ranking VALUES (?,?,?)", (*postings.stats(), pack_lengths(postings.lengths)))
    # The completions the search engine picks for a prefix, from the same vocabulary and function.
    df = {str(term): int(count) for term, count in conn.execute("SELECT term, df FROM vocab")}
    groups = ordered_prefix_groups(sorted(df), df, ACCUMULATE_BELOW)
    conn.executemany("INSERT INTO prefix_orders VALUES (?,?)", postings.group_blobs(groups))


def fts5_totals(conn: sqlite3.Connection) -> tuple[int, int]:
    """(rows, tokens in all columns) as FTS5 keeps them for bm25 (its 'averages' record)."""
    row = conn.execute("SELECT block FROM fts_data WHERE id = 1").fetchone()
    values = _varints(bytes(row[0])) if row else []
    return (values[0], sum(values[1:])) if values else (0, 0)


def _varints(data: bytes) -> list[int]:
    """SQLite's varints (big-endian groups of 7 bits, a ninth byte of 8)."""
    out, pos = [], 0
    while pos < len(data):
        value = 0
        for n in range(9):
            byte = data[pos]
            pos += 1
            if n == 8:
                value = (value << 8) | byte
                break
            value = (value << 7) | (byte & 0x7F)
            if not byte & 0x80:
                break
        out.append(value)
    return out


def _write_tables(conn: sqlite3.Connection, knowledge: Knowledge, docs: list[Document]) -> None:
    conn.executemany(
        "INSERT INTO indicators VALUES (?,?,?,?,?,?,?,?)",
        (
            (
                str(item["id"]),
                d.id,
                str(group.get("id", "")),
                str(group.get("title", "")),
                gi * 1000 + ii,
                str(item.get("text", "")),
                str(item.get("ask", "") or ""),
                1 if item.get("strong") else 0,
            )
            for d in docs
            for gi, group, ii, item in d.indicator_items()
        ),
    )
    links = sorted(
        {(d.id, target[0]) for d in docs for link in d.links if (target := kb_link_target(link.url))}
        | {(d.id, r) for d in docs for r in d.related}
    )
    conn.executemany("INSERT INTO links VALUES (?,?)", links)
    conn.executemany(
        "INSERT INTO municipalities VALUES (?,?,?,?)",
        ((m.code, m.name, m.kind, i) for i, m in enumerate(knowledge.municipalities)),
    )
    conn.executemany("INSERT INTO municipality_aliases VALUES (?,?)", sorted(knowledge.aliases.items()))
    conn.executemany(
        "INSERT INTO synonyms VALUES (?,?)",
        ((g, phrase) for g, group in enumerate(knowledge.synonyms) for phrase in group),
    )
    if knowledge.country is not None:
        conn.executemany("INSERT INTO country VALUES (?,?,?,?,?)", country_rows(knowledge.country))
    pack = knowledge.pack
    signature = index_signature()
    conn.executemany(
        "INSERT INTO info VALUES (?,?)",
        (
            ("id", pack.id),
            ("title", pack.title),
            ("version", pack.version),
            ("description", pack.description),
            ("default_municipality", pack.default_municipality or ""),
            ("app_version", __version__),
            ("analyzer", str(signature["analyzer"])),
            ("schema", str(signature["schema"])),
        ),
    )


def write_index_info(folder: Path) -> None:
    """Record which schema and analyzers built ``folder/library.db`` (written last: it marks it complete)."""
    atomic_write_bytes(folder / INDEX_INFO, json.dumps(index_signature(), sort_keys=True).encode("utf-8"))


def build_index(
    knowledge: Knowledge,
    folder: Path,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    *,
    release_text: bool = False,
) -> None:
    """``folder/library.db`` and ``folder/index.json`` for valid ``knowledge``."""
    require_fts5()
    db = folder / LIBRARY_DB
    db.unlink(missing_ok=True)
    try:
        write_library_db(db, knowledge, progress, cancel, release_text=release_text)
    except BaseException:
        db.unlink(missing_ok=True)
        raise
    write_index_info(folder)
