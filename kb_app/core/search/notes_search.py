"""The worker's notes searched as documents are: the same analysis, weighting and snippets.

Each note's text is analyzed (folded, stemmed: kb_app.core.text.analysis) into its own FTS5 table in
the user's database, ``notes_fts`` (rowid = the note's rowid; userdata's migration creates it,
the first NotesStore fills it). NotesStore keeps it current on every write.

Which analysis: the installed library's main language, as its ``country.yaml`` declares it
(:func:`notes_analysis`: the first language's analyzer with its folds). A note has a municipality
but no language: the exchange file (docs/interface-contract.md §4) carries none, a worker writes notes in the
municipality's language, which is the country's main one, and a guess per note would give short
notes a coin toss. One analysis per index also keeps queries and notes comparable.

The index records what it was built with (analysis and version, setting ``notes_index``), and
every reader and writer of it uses that recorded analysis (:func:`indexed_analysis`), whatever
library is installed: a query is always analyzed as the notes were, and a note written while the
index is being rebuilt for another library is indexed as the rest of its index is. A library of
another country (another analysis) or a new analyzer version makes the index stale
(:func:`index_is_current`); the CLI rebuilds it at once, the window in a task
(:func:`rebuild_notes_index_at`, kb_app.ui.notes.notes_index).

A query is read as documents' queries are: question and function words weigh almost nothing,
the last word also matches as a prefix, every word is weighted by its rarity among the notes, and
coverage (the share of the query's weight a note holds, squared) scales the BM25 sum. The
municipality filter is part of the SQL, so a worker's own notes are never cut off behind others.
"""

from __future__ import annotations

import hashlib
import json
import math
import sqlite3
from collections import Counter
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from kb_app.core.search.query import parse_query
from kb_app.core.search.snippets import SnippetPart, best_snippet, shorten, showable
from kb_app.core.text.analysis import analyzer_for, fold_prefix, is_analyzer, term_for, terms_text
from kb_app.core.text.search_words import SearchWords, analyzer_words

if TYPE_CHECKING:
    from kb_app.core.content.country import Country

PLAIN = "plain"  # no library, or one that declares no language: folding only
INDEX_SETTING = "notes_index"  # {"analysis": ..., "version": ...} the notes' index was built with
MAX_INDEXED_CHARS = 20_000  # as notes.MAX_NOTE_LENGTH: an oversized note's tail is not searched
QUESTION_WEIGHT = 0.05
COVERAGE_FLOOR = 0.25
K1, B = 1.2, 0.75


def notes_analysis(country: Country | None) -> str:
    """What notes are analyzed with under a library of ``country``: its main language's analysis."""
    if country is None or not country.languages:
        return PLAIN
    return country.analyzer_of(country.main_language()) or PLAIN


def library_notes_analysis(library_db: Path) -> str:
    """:func:`notes_analysis` of the library whose database is ``library_db`` (read-only)."""
    from kb_app.core.content.country import read_country
    from kb_app.core.library_files.libformat import open_readonly
    from kb_app.core.platform.errors import LibraryError

    try:
        with closing(open_readonly(library_db)) as conn:
            return notes_analysis(read_country(conn))
    except (sqlite3.Error, LibraryError):  # no library to follow: the index stays as it was built
        return PLAIN


def _index_stamp(analysis: str) -> str:
    return json.dumps(
        {"analysis": analysis, "version": analyzer_for(analysis).version}, ensure_ascii=False, sort_keys=True
    )


def _recorded(conn: sqlite3.Connection) -> dict[str, str]:
    row = conn.execute("SELECT value FROM settings WHERE key = ?", (INDEX_SETTING,)).fetchone()
    try:
        value = json.loads(row[0]) if row is not None and row[0] else {}
    except ValueError:  # a version string from before the index recorded its analysis
        return {}
    return value if isinstance(value, dict) and isinstance(value.get("analysis"), str) else {}


def indexed_analysis(conn: sqlite3.Connection) -> str | None:
    """The analysis the index was built with, if it is one this app has (else it must be rebuilt)."""
    analysis = _recorded(conn).get("analysis")
    return analysis if analysis is not None and is_analyzer(analysis) else None


def index_is_current(conn: sqlite3.Connection, analysis: str) -> bool:
    """True when the index was built with ``analysis`` at its current version."""
    recorded = _recorded(conn)
    return (
        recorded.get("analysis") == analysis
        and is_analyzer(analysis)
        and recorded.get("version") == analyzer_for(analysis).version
    )


def create_notes_index(conn: sqlite3.Connection) -> None:
    """The migration: the table only. Which analysis fills it depends on the installed library,
    which the user's database does not know: the first NotesStore builds it (index_is_current)."""
    conn.execute("CREATE VIRTUAL TABLE notes_fts USING fts5(terms, tokenize='unicode61 remove_diacritics 0')")


def rebuild_notes_index(conn: sqlite3.Connection, analysis: str) -> None:
    """Every note analyzed again with ``analysis``, in the caller's transaction."""
    rows = conn.execute(f"SELECT rowid, substr(body, 1, {MAX_INDEXED_CHARS}) FROM notes WHERE deleted = 0")
    _write_index(conn, analysis, [(rowid, note_terms(str(body), analysis)) for rowid, body in rows.fetchall()])


def _write_index(conn: sqlite3.Connection, analysis: str, entries: list[tuple[int, str]]) -> None:
    conn.execute("DELETE FROM notes_fts")
    conn.executemany("INSERT INTO notes_fts(rowid, terms) VALUES (?, ?)", entries)
    conn.execute("INSERT OR REPLACE INTO settings(key, value) VALUES (?, ?)", (INDEX_SETTING, _index_stamp(analysis)))


def rebuild_notes_index_at(db: Path, analysis: str, progress: Callable[[int, int], None] | None = None) -> bool:
    """Rebuild the index of the user's database at ``db`` on a connection of its own (for a worker
    thread), holding the write lock only to write: the notes are read and analyzed first, and a
    note written meanwhile is analyzed again under the lock. False if it was already current."""
    with closing(sqlite3.connect(db, timeout=10, isolation_level=None)) as conn:
        if index_is_current(conn, analysis):
            return False
        sql = f"SELECT rowid, substr(body, 1, {MAX_INDEXED_CHARS}) FROM notes WHERE deleted = 0"
        total = int(conn.execute("SELECT count(*) FROM notes WHERE deleted = 0").fetchone()[0])
        analyzed: dict[tuple[int, bytes], str] = {}  # (rowid, digest of the text analyzed) → terms
        for done, (rowid, body) in enumerate(conn.execute(sql), 1):
            analyzed[rowid, _digest(str(body))] = note_terms(str(body), analysis)
            if progress is not None:
                progress(done, max(total, done))
        conn.execute("BEGIN IMMEDIATE")
        try:
            entries = [
                (
                    rowid,
                    terms
                    if (terms := analyzed.get((rowid, _digest(str(body))))) is not None
                    else note_terms(str(body), analysis),
                )
                for rowid, body in conn.execute(sql)
            ]
            _write_index(conn, analysis, entries)
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    return True


def _digest(body: str) -> bytes:
    return hashlib.blake2b(body.encode("utf-8", "surrogatepass"), digest_size=16).digest()


def note_terms(body: str, analysis: str) -> str:
    return terms_text(body[:MAX_INDEXED_CHARS], analysis)


def index_note(conn: sqlite3.Connection, note_id: str) -> None:
    """Bring one note's entry up to date (after it was written, in the same transaction), analyzed
    as the index was built: as search_notes reads it."""
    row = conn.execute(
        f"SELECT rowid, deleted, substr(body, 1, {MAX_INDEXED_CHARS}) FROM notes WHERE id = ?", (note_id,)
    ).fetchone()
    if row is None:
        return
    rowid, deleted, body = row
    conn.execute("DELETE FROM notes_fts WHERE rowid = ?", (rowid,))
    if not deleted:
        analysis = indexed_analysis(conn) or PLAIN
        conn.execute("INSERT INTO notes_fts(rowid, terms) VALUES (?, ?)", (rowid, note_terms(str(body), analysis)))


@dataclass(frozen=True)
class NoteHit:
    id: str
    municipality: str
    doc_id: str | None
    body: str  # at most MAX_INDEXED_CHARS
    score: float
    snippet: str  # HTML: escaped text, matches in <b>


@dataclass(frozen=True)
class _Word:
    terms: tuple[str, ...]
    prefix: str | None
    weight: float


def _words(query: str, analysis: str, known: SearchWords) -> list[_Word]:
    parsed = parse_query(query)
    words: list[_Word] = []
    clauses = list(parsed.clauses)
    for index, clause in enumerate(clauses):
        last = index == len(clauses) - 1 and parsed.last_is_prefix
        for word in clause.words:
            term = term_for(word, analysis)
            prefix = fold_prefix(word, analysis) if last and len(fold_prefix(word, analysis)) >= 2 else None
            if not term and prefix is None:
                continue  # a stopword
            words.append(_Word((term,) if term else (), prefix, QUESTION_WEIGHT if known.is_question(word) else 1.0))
    if words and all(w.weight < 1.0 for w in words):
        words = [_Word(w.terms, w.prefix, 1.0) for w in words]
    return words


def _expr(word: _Word) -> str:
    alternatives = [f'"{t}"' for t in word.terms]
    if word.prefix:
        alternatives.append(f'"{word.prefix}"*')
    return "(" + " OR ".join(alternatives) + ")"


def _has(word: _Word, counts: Counter[str]) -> int:
    found = sum(counts.get(t, 0) for t in word.terms)
    if word.prefix:
        found = max(found, sum(n for t, n in counts.items() if t.startswith(word.prefix) and t not in word.terms))
    return found


def search_notes(
    conn: sqlite3.Connection,
    query: str,
    *,
    municipality: str | None = None,
    limit: int = 20,
    known_words: SearchWords | None = None,
) -> tuple[list[NoteHit], int]:
    """The best ``limit`` notes for ``query`` (not deleted; of ``municipality`` when given) and how
    many match. ``conn``: any connection to the user's database (the search worker opens its own).
    The query is analyzed as the index was built (:func:`indexed_analysis`); ``known_words``: the
    library's question words (kb_app.core.text.search_words.search_words), else its analyzer's own."""
    try:
        analysis = indexed_analysis(conn) or PLAIN
    except sqlite3.OperationalError:  # no settings table: not a user's database this app made
        return [], 0
    words = _words(query, analysis, known_words if known_words is not None else analyzer_words(analysis))
    if not words or limit <= 0:
        return [], 0
    match = " OR ".join(_expr(w) for w in words)
    where = " AND municipality = ?" if municipality is not None else ""
    try:
        # Every match, filtered to the municipality's notes here and ranked here: joined in SQL,
        # SQLite would run the MATCH once per note of the municipality (measured 15 times slower);
        # bm25() would rank them all too, without the weights.
        allowed = {
            r
            for (r,) in conn.execute(
                f"SELECT rowid FROM notes WHERE deleted = 0{where}", [municipality] if municipality is not None else []
            )
        }
        rows = [
            row
            for row in conn.execute("SELECT rowid, terms FROM notes_fts WHERE notes_fts MATCH ?", (match,))
            if row[0] in allowed
        ]
        if not rows:
            return [], 0
        everyone = int(conn.execute("SELECT count(*) FROM notes WHERE deleted = 0").fetchone()[0]) or 1
        document_frequency = [
            int(conn.execute("SELECT count(*) FROM notes_fts WHERE notes_fts MATCH ?", (_expr(w),)).fetchone()[0])
            for w in words
        ]
    except sqlite3.OperationalError:  # no index (a database this version could not migrate): no hits
        return [], 0
    idfs = [math.log(1.0 + (everyone - n + 0.5) / (n + 0.5)) for n in document_frequency]
    importance = [w.weight * value for w, value in zip(words, idfs, strict=True)]
    full = sum(importance) or 1.0
    split = [str(terms).split() for _, terms in rows]
    average = max(sum(map(len, split)) / len(split), 1.0)
    scored = []
    for (rowid, _), terms in zip(rows, split, strict=True):
        counts = Counter(terms)  # counted in C: a note's terms are most of the work
        score = covered = 0.0
        for word, weight in zip(words, importance, strict=True):
            tf = _has(word, counts)
            if tf:
                score += weight * (tf * (K1 + 1)) / (tf + K1 * (1 - B + B * len(terms) / average))
                covered += weight
        coverage = covered / full
        scored.append((score * (COVERAGE_FLOOR + (1 - COVERAGE_FLOOR) * coverage * coverage), rowid, terms))
    scored.sort(key=lambda item: (-item[0], item[1]))
    best = scored[:limit]
    notes = {
        int(r[0]): r[1:]
        for r in conn.execute(
            f"SELECT rowid, id, municipality, doc_id, substr(body, 1, {MAX_INDEXED_CHARS}) FROM notes "
            f"WHERE rowid IN ({','.join('?' * len(best))})",
            [rowid for _, rowid, _ in best],
        ).fetchall()
    }
    hits = []
    for score, rowid, terms in best:
        if rowid not in notes:
            continue
        note_id, owner, doc_id, body = notes[rowid]
        parts = [
            SnippetPart(((frozenset(w.terms) | _prefixed(w, terms),),), weight)
            for w, weight in zip(words, importance, strict=True)
        ]
        snippet = best_snippet(str(body), "", [p for p in parts if p.alternatives[0][0]], analysis)
        hits.append(
            NoteHit(
                str(note_id),
                str(owner),
                doc_id,
                str(body),
                round(score, 4),
                snippet or escape(showable(shorten(str(body)))),
            )
        )
    return hits, len(rows)


def _prefixed(word: _Word, terms: list[str]) -> frozenset[str]:
    """The note's terms that the typed prefix completes to (for marking them)."""
    if not word.prefix:
        return frozenset()
    return frozenset(t for t in terms if t.startswith(word.prefix))
