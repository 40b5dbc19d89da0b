"""The on-disk format of an installed library: file names, database schema, index signature.

An installed library is a folder ``lib-<stamp>-<hash>/`` in the profile's ``library/`` root::

    manifest.json   the pack's manifest, as verified at import
    content/        the pack's validated content (Markdown, pack.yaml, ...): what re-indexing reads
    library.db      documents and the FTS5 index, built on this machine from content/
    index.json      which schema and analyzers built library.db (read on every start)
    changes.json    what the import that brought this library in changed

Kept free of heavy imports: the desktop app reads these names on its start path.
"""

from __future__ import annotations

import json
import sqlite3
from functools import lru_cache
from pathlib import Path

from kb_app.core.platform.errors import LibraryError
from kb_app.core.text import analysis_version

MANIFEST_NAME = "manifest.json"
CONTENT_DIR = "content"
LIBRARY_DB = "library.db"
INDEX_INFO = "index.json"
CHANGES_FILE = "changes.json"
CURRENT = "CURRENT"
PREVIOUS = "PREVIOUS"

# 1: whoosh index in the pack (format 1 packs). 2: FTS5 index built locally from content/.
# 3: the country declaration (table country). 4: postings for ranking (kb_app.core.search.postings); the
# Markdown source is read from content/ (kept beside library.db), not stored twice. 5: a contact's
# facts are searched as labelled lines ("Tālrunis: anonīmais uzticības tālrunis — +371 …").
# 6: the best documents of a short prefix's completions, stored (table prefix_orders).
SCHEMA_VERSION = 6
# Entries in one synonym group: `kb-app check` refuses more, and the search engine reads no more
# (a group of 20,000 made every search for one of its words take over a second).
MAX_SYNONYM_ENTRIES = 50

# FTS5 columns in order, with their bm25() weights (docs/interface-contract.md §1: title and tags above the rest).
FTS_COLUMNS: tuple[tuple[str, float], ...] = (("title", 8.0), ("tags", 5.0), ("summary", 2.0), ("body", 1.0))

SCHEMA = f"""
CREATE TABLE documents (
    rowid INTEGER PRIMARY KEY,  -- the FTS5 rowid of the document's index row
    id TEXT NOT NULL UNIQUE, type TEXT NOT NULL, title TEXT NOT NULL, lang TEXT NOT NULL,
    summary TEXT, tags TEXT, updated TEXT, municipality TEXT, translation TEXT, related TEXT,
    sources TEXT, meta TEXT, html BLOB, text BLOB, path TEXT, content_hash TEXT
);
CREATE INDEX documents_type ON documents(type);
CREATE TABLE indicators (id TEXT PRIMARY KEY, doc_id TEXT, group_id TEXT, group_title TEXT, position INTEGER,
                         text TEXT, ask TEXT, strong INTEGER);
CREATE TABLE links (src TEXT, dst TEXT);
CREATE INDEX links_dst ON links(dst);
CREATE TABLE municipalities (code TEXT PRIMARY KEY, name TEXT, kind TEXT, position INTEGER);
CREATE TABLE municipality_aliases (alias TEXT PRIMARY KEY, code TEXT);
CREATE TABLE synonyms (grp INTEGER, phrase TEXT);
CREATE TABLE info (key TEXT PRIMARY KEY, value TEXT);
-- The pack's country.yaml (kb_app.core.content.country): list is languages, contact_categories, ...
CREATE TABLE country (list TEXT, code TEXT, position INTEGER, analyzer TEXT, labels TEXT);
-- Every index term: its document frequency and the word it most often stands for ("did you mean").
CREATE TABLE vocab (term TEXT PRIMARY KEY, df INTEGER NOT NULL, word TEXT NOT NULL) WITHOUT ROWID;
-- Each term's postings (kb_app.core.search.postings), and the document lengths bm25 needs; empty when
-- FTS5 counted other totals than the postings did (search then ranks with bm25() alone).
CREATE TABLE postings (term TEXT PRIMARY KEY, title_df INTEGER NOT NULL, data BLOB NOT NULL);
CREATE TABLE ranking (rows INTEGER NOT NULL, tokens INTEGER NOT NULL, lengths BLOB NOT NULL);
-- For the completions of a short prefix with long lists (kb_app.core.search.prefixes), their best
-- documents by shares summed (kb_app.core.search.postings.GroupOrder); terms: the completions, sorted.
CREATE TABLE prefix_orders (terms TEXT PRIMARY KEY, data BLOB NOT NULL) WITHOUT ROWID;
-- Contentless: the text lives in documents; the index holds analyzed terms (stems, folded).
CREATE VIRTUAL TABLE fts USING fts5({", ".join(name for name, _ in FTS_COLUMNS)},
                                    content='', tokenize='unicode61 remove_diacritics 0');
"""


@lru_cache(maxsize=1)
def require_fts5() -> None:
    """Refuse to run on a Python whose SQLite lacks FTS5 (python.org's and Debian's have it;
    some standalone builds do not): every search would fail otherwise."""
    conn = sqlite3.connect(":memory:")
    try:
        conn.execute("CREATE VIRTUAL TABLE probe USING fts5(text)")
    except sqlite3.OperationalError:
        raise LibraryError(
            f"this Python's SQLite {sqlite3.sqlite_version} has no FTS5 full-text search; "
            "install Python from python.org (Windows, macOS) or your Linux distribution, "
            "or use the installer, which brings its own"
        ) from None
    finally:
        conn.close()


def index_signature() -> dict[str, object]:
    """What a library.db built now records; any difference means it must be re-indexed."""
    return {"schema": SCHEMA_VERSION, "analyzer": analysis_version.ANALYZER_VERSION}


def read_index_info(folder: Path) -> dict[str, object] | None:
    try:
        data = json.loads((folder / INDEX_INFO).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def index_is_current(folder: Path) -> bool:
    """True when ``folder``'s library.db was built by this app's schema and analyzers."""
    info = read_index_info(folder)
    if info is None or not (folder / LIBRARY_DB).is_file():  # a deleted database: rebuilt from content/
        return False
    return all(info.get(key) == value for key, value in index_signature().items())


def open_readonly(db: Path) -> sqlite3.Connection:
    """A read-only connection to a library database (installed libraries never change)."""
    if not db.is_file():
        raise LibraryError(f"the library database {db} is missing")
    try:
        return sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise LibraryError(f"the library database {db} cannot be opened ({exc})") from None
