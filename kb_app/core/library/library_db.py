"""Read access to an installed library folder: ``library.db`` (documents and FTS5 index), ``manifest.json``.

Only the standard library's ``sqlite3`` on this path, opened read-only: the desktop app reads its
first screen from here. The search engine is created on first use, one per thread.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple, Self

from kb_app.core.library_files.libformat import CONTENT_DIR, LIBRARY_DB, MANIFEST_NAME, SCHEMA_VERSION, require_fts5
from kb_app.core.library_files.packed_text import MAX_TEXT_BYTES, unpack_text
from kb_app.core.platform.errors import LibraryError, NotFoundError
from kb_app.core.platform.textsafe import clean_block, clean_for_output

if TYPE_CHECKING:  # the engine loads on the first search, not on the start path
    from kb_app.core.content.country import Country
    from kb_app.core.search.engine import SearchEngine, SearchResult

DOC_COLUMNS = "id, type, title, lang, summary, tags, updated, municipality"


class _Frozen:
    """Read-only records without ``dataclasses``: defining a frozen dataclass compiles its
    methods from source, about 2 ms for these two on the start path (the library tree reads
    summaries before the first paint)."""

    __slots__ = ()
    _fields: tuple[str, ...] = ()

    def _values(self) -> tuple[Any, ...]:
        return tuple(getattr(self, name) for name in self._fields)

    def replace(self, **changes: Any) -> Self:
        """A copy with ``changes`` (what ``dataclasses.replace`` did)."""
        unknown = set(changes) - set(self._fields)
        if unknown:
            raise TypeError(f"{type(self).__name__} has no field {', '.join(sorted(unknown))}")
        return self._from_fields({**{name: getattr(self, name) for name in self._fields}, **changes})

    @classmethod
    def _from_fields(cls, fields: dict[str, Any]) -> Self:
        return cls(**fields)

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"{type(self).__name__} is read-only (cannot set {name!r})")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"{type(self).__name__} is read-only (cannot delete {name!r})")

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, _Frozen) or other.__class__ is not self.__class__:
            return NotImplemented
        return self._values() == other._values()

    def __hash__(self) -> int:
        return hash(self._values())

    def __repr__(self) -> str:
        inner = ", ".join(f"{name}={getattr(self, name)!r}" for name in self._fields)
        return f"{type(self).__name__}({inner})"


class DocumentSummary(_Frozen):
    __slots__ = ("id", "type", "title", "lang", "summary", "tags", "updated", "municipality")
    _fields: tuple[str, ...] = __slots__

    id: str
    type: str
    title: str
    lang: str
    summary: str
    tags: tuple[str, ...]
    updated: str | None
    municipality: str | None

    def __init__(
        self,
        id: str,  # the database's and the JSON output's names, also as keywords
        type: str,
        title: str,
        lang: str,
        summary: str = "",
        tags: tuple[str, ...] = (),
        updated: str | None = None,
        municipality: str | None = None,
    ) -> None:
        put = object.__setattr__
        put(self, "id", id)
        put(self, "type", type)
        put(self, "title", title)
        put(self, "lang", lang)
        put(self, "summary", summary)
        put(self, "tags", tags)
        put(self, "updated", updated)
        put(self, "municipality", municipality)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "type": self.type,
            "title": self.title,
            "lang": self.lang,
            "summary": self.summary,
            "tags": list(self.tags),
            "updated": self.updated,
            "municipality": self.municipality,
        }


class DocumentRecord(DocumentSummary):
    # No __slots__: cached_property keeps body_md in the instance's __dict__.
    _fields = (
        *DocumentSummary._fields,
        "translation",
        "related",
        "sources",
        "meta",
        "html",
        "text",
        "source",
        "source_hash",
    )

    translation: str | None
    related: tuple[str, ...]
    sources: tuple[str, ...]
    meta: dict[str, Any]
    html: str
    text: str
    source: Path | None  # the document's file in the library's content/
    source_hash: str  # SHA-256 of that file's text as it was verified and indexed

    def __init__(
        self,
        summary: DocumentSummary,
        *,
        translation: str | None = None,
        related: tuple[str, ...] = (),
        sources: tuple[str, ...] = (),
        meta: dict[str, Any] | None = None,
        html: str = "",
        text: str = "",
        source: Path | None = None,
        source_hash: str = "",
    ) -> None:
        super().__init__(*summary._values())
        put = object.__setattr__
        put(self, "translation", translation)
        put(self, "related", related)
        put(self, "sources", sources)
        put(self, "meta", {} if meta is None else meta)
        put(self, "html", html)
        put(self, "text", text)
        put(self, "source", source)
        put(self, "source_hash", source_hash)

    @classmethod
    def _from_fields(cls, fields: dict[str, Any]) -> Self:
        base = DocumentSummary(*(fields.pop(name) for name in DocumentSummary._fields))
        return cls(base, **fields)

    @cached_property
    def body_md(self) -> str:
        """The Markdown body, read from the library's own copy of the file when first asked for
        (the reader shows ``html``; few need the source, and the database does not store it twice).
        The file must still be the one the import verified: an edit on this computer is refused."""
        if self.source is None:
            return ""
        try:
            with open(self.source, "rb") as fh:
                raw = fh.read(MAX_TEXT_BYTES)
        except OSError as exc:
            raise LibraryError(f"cannot read {self.source.name} in the library: {exc.strerror or exc}") from None
        import hashlib  # ~2 ms: off the start path, as YAML is

        from kb_app.core.content.frontmatter import body_of  # YAML stays off the start path

        text = raw.decode("utf-8", errors="replace").removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
        if self.source_hash and hashlib.sha256(text.encode("utf-8")).hexdigest() != self.source_hash:
            raise LibraryError(
                f"{self.source.name} in the installed library was changed on this computer after "
                "it was verified, so it is not shown; import its pack again"
            )
        return body_of(text)


class MunicipalityRow(NamedTuple):
    code: str
    name: str
    kind: str


class IndicatorRow(NamedTuple):
    id: str
    doc_id: str
    group_id: str
    group_title: str
    text: str
    ask: str
    strong: bool


def _summary(row: sqlite3.Row | tuple[Any, ...]) -> DocumentSummary:
    # Titles are shown on one line in the window and the terminal: a library indexed before `check`
    # refused control and bidi characters may still hold some (kb_app.core.platform.textsafe).
    return DocumentSummary(
        row[0],
        row[1],
        clean_for_output(row[2]),
        row[3],
        clean_block(row[4] or ""),
        tuple(json.loads(row[5] or "[]")),
        row[6],
        row[7],
    )


class Library:
    """One unpacked library folder. Cheap to open; thread-safe (a connection per thread)."""

    def __init__(self, directory: Path) -> None:
        require_fts5()
        self.directory = Path(directory)
        self._db_path = self.directory / LIBRARY_DB
        if not self._db_path.is_file():
            raise LibraryError(f"no library database in {self.directory}")
        self._local = threading.local()
        try:
            version = int(self.connection().execute("PRAGMA user_version").fetchone()[0])
        except sqlite3.DatabaseError as exc:
            raise LibraryError(f"the library database is damaged: {exc}") from None
        if version != SCHEMA_VERSION:
            raise LibraryError(
                f"this library's index has schema {version}, this app reads {SCHEMA_VERSION}; "
                "it is rebuilt from its content on the next start"
            )

    # -- connections -----------------------------------------------------------------------
    def connection(self) -> sqlite3.Connection:
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is None:
            # immutable=1: the file never changes once installed, so SQLite skips locking.
            uri = self._db_path.resolve().as_uri() + "?mode=ro&immutable=1"
            conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
            # Room for the doclists of the words being typed (the default is 2 MB); the cache only
            # grows as pages are read.
            conn.execute("PRAGMA cache_size = -16384")
            self._local.conn = conn
        return conn

    def close(self) -> None:
        conn = getattr(self._local, "conn", None)
        if conn is not None:
            conn.close()
            self._local.conn = None
        engine = getattr(self._local, "engine", None)
        if engine is not None:
            engine.close()
            self._local.engine = None

    # -- metadata --------------------------------------------------------------------------
    def manifest(self) -> dict[str, Any]:
        path = self.directory / MANIFEST_NAME
        if path.is_file():
            try:
                data = json.loads(path.read_text("utf-8"))
                return data if isinstance(data, dict) else {}
            except (OSError, ValueError):
                return {}
        return {}

    def info(self) -> dict[str, str]:
        return {str(k): str(v) for k, v in self.connection().execute("SELECT key, value FROM info")}

    @property
    def title(self) -> str:
        return self.info().get("title", "")

    @property
    def version(self) -> str:
        return self.info().get("version", "")

    # -- documents -------------------------------------------------------------------------
    def documents(
        self, doc_type: str | None = None, lang: str | None = None, municipality: str | None = None
    ) -> list[DocumentSummary]:
        sql = f"SELECT {DOC_COLUMNS} FROM documents"
        where, args = [], []
        for column, value in (("type", doc_type), ("lang", lang), ("municipality", municipality)):
            if value:
                where.append(f"{column} = ?")
                args.append(value)
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY type, title COLLATE NOCASE"
        return [_summary(r) for r in self.connection().execute(sql, args)]

    def document_ids(self) -> set[str]:
        return {r[0] for r in self.connection().execute("SELECT id FROM documents")}

    def has(self, doc_id: str) -> bool:
        return self.connection().execute("SELECT 1 FROM documents WHERE id = ?", (doc_id,)).fetchone() is not None

    def document(self, doc_id: str) -> DocumentRecord:
        row = (
            self.connection()
            .execute(
                f"SELECT {DOC_COLUMNS}, translation, related, sources, meta, html, text, path, content_hash "
                "FROM documents WHERE id = ?",
                (doc_id,),
            )
            .fetchone()
        )
        if row is None:
            raise NotFoundError(f"no document with id '{doc_id}'")
        return DocumentRecord(
            _summary(row),
            translation=row[8],
            related=tuple(json.loads(row[9] or "[]")),
            sources=tuple(json.loads(row[10] or "[]")),
            meta=json.loads(row[11] or "{}"),
            html=unpack_text(row[12]),
            text=unpack_text(row[13]),
            source=self.directory / CONTENT_DIR / row[14] if row[14] else None,
            source_hash=row[15] or "",
        )

    def titles(self) -> dict[str, str]:
        return {r[0]: clean_for_output(r[1]) for r in self.connection().execute("SELECT id, title FROM documents")}

    def tags(self) -> list[tuple[str, int]]:
        counts: dict[str, int] = {}
        for (raw,) in self.connection().execute("SELECT tags FROM documents"):
            for tag in json.loads(raw or "[]"):
                counts[tag] = counts.get(tag, 0) + 1
        return sorted(counts.items(), key=lambda kv: kv[0].lower())

    def backlinks(self, doc_id: str) -> list[str]:
        return [
            r[0]
            for r in self.connection().execute("SELECT DISTINCT src FROM links WHERE dst = ? ORDER BY src", (doc_id,))
        ]

    def indicators(self, doc_id: str | None = None) -> list[IndicatorRow]:
        sql = "SELECT id, doc_id, group_id, group_title, text, ask, strong FROM indicators"
        args: tuple[str, ...] = ()
        if doc_id:
            sql += " WHERE doc_id = ?"
            args = (doc_id,)
        sql += " ORDER BY doc_id, position"
        return [
            IndicatorRow(r[0], r[1], r[2], r[3], r[4], r[5] or "", bool(r[6]))
            for r in self.connection().execute(sql, args)
        ]

    # -- municipalities --------------------------------------------------------------------
    def municipalities(self) -> list[MunicipalityRow]:
        return [
            MunicipalityRow(code, clean_for_output(name), kind)
            for code, name, kind in self.connection().execute(
                "SELECT code, name, kind FROM municipalities ORDER BY position"
            )
        ]

    def municipality_aliases(self) -> dict[str, str]:
        return dict(self.connection().execute("SELECT alias, code FROM municipality_aliases").fetchall())

    def resolve_municipality(self, code: str) -> str | None:
        """A current municipality code for ``code`` (old codes resolve through aliases)."""
        codes = {m.code for m in self.municipalities()}
        if code in codes:
            return code
        target = self.municipality_aliases().get(code)
        return target if target in codes else None

    def country(self) -> Country | None:
        """The country declaration this library was built with (None for a library without one),
        read once: the result list asks for its language names on every keystroke."""
        if not hasattr(self, "_country"):
            from kb_app.core.content.country import read_country  # not on the start path

            self._country = read_country(self.connection())
        return self._country

    # -- search ----------------------------------------------------------------------------
    def analysis_of(self, lang: str) -> str:
        """What text in the content language ``lang`` is analyzed with, as this library's
        country.yaml declares it (the analyzer and the language's folds; kb_app.core.text.analysis)."""
        from kb_app.core.text.analysis import analysis_lang

        country = self.country()
        return (country.analyzer_of(lang) if country is not None else None) or analysis_lang(lang)

    def search_engine(self) -> SearchEngine:
        engine = getattr(self._local, "engine", None)
        if engine is None:
            from kb_app.core.search.engine import Fts5SearchEngine

            engine = Fts5SearchEngine(self.connection)
            self._local.engine = engine
        return engine

    def search(
        self,
        query: str,
        *,
        limit: int = 10,
        doc_type: str | None = None,
        lang: str | None = None,
        municipality: str | None = None,
        prefer_lang: str | None = None,
    ) -> SearchResult:
        """``prefer_lang``: the language whose documents come first when the query's words do not
        say which language it is in (the window passes its interface language)."""
        from kb_app.core.search.engine import Filters

        return self.search_engine().search(
            query, limit=limit, filters=Filters(doc_type, lang, municipality, prefer_lang)
        )
