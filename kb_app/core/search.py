"""Full-text search over a library's SQLite FTS5 index (CONTRACT §1 semantics).

The indexer stored analyzed terms (folded, stemmed: kb_app.core.analysis) in a contentless FTS5
table with one column per field. A query is analyzed the same way and compiled into an FTS5
expression; ranking is SQLite's own ``bm25()`` with the column weights of libformat.FTS_COLUMNS, within tiers:

- documents whose title has every part of the query come first, then documents with every part,
  then documents with only some parts (rather than returning nothing); bm25 orders each tier;
- the last plain word also matches as a prefix: its completions come from the vocabulary (built
  from an ``fts5vocab`` table), most frequent first and capped, so a two-letter prefix costs four
  terms, not thousands;
- ``"quoted words"`` are FTS5 phrases; synonym groups from ``synonyms.txt`` become alternatives;
- a word of five or more letters that no document has finds close words (edit distance) instead,
  and a query that finds nothing suggests words of the library ("did you mean").

Snippets are cut from the stored plain text of the shown hits only (kb_app.core.snippets).
"""

from __future__ import annotations

import heapq
import sqlite3
import time
from array import array
from bisect import bisect_left
from collections import OrderedDict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field
from html import escape
from typing import Any, Protocol

from kb_app.core.analysis import analysis_lang, fold_prefix, term_for, tokenize
from kb_app.core.country import read_country
from kb_app.core.errors import LibraryError
from kb_app.core.libformat import FTS_COLUMNS, MAX_SYNONYM_ENTRIES
from kb_app.core.library import unpack_text
from kb_app.core.postings import (
    TermList,
    Tier,
    decode,
    doc_lengths,
    idf,
    norms,
    top_k,
)
from kb_app.core.query import Clause, ParsedQuery, parse_query
from kb_app.core.snippets import make_snippet, shorten

PREFIX_MIN_CHARS = 2
FUZZY_MIN_CHARS = 5
SUGGEST_MIN_PREFIX = 4
MAX_LIMIT = 1000
FAST_LIMIT = 100  # deeper result lists are ranked by bm25() in SQLite, which costs the same at any depth
DIRECT_SCORING = 500  # documents that have every part, up to this many, are scored one by one
CACHED_POSTINGS = 250_000  # postings of recently searched terms kept decoded (at most about 20 MB)
BM25_WEIGHTS = ", ".join(str(weight) for _, weight in FTS_COLUMNS)
Lang = str  # an analyzer's name (kb_app.core.analysis.ANALYZERS)


def prefix_cap(prefix: str) -> int:
    # Short prefixes match thousands of terms; only the most frequent few are worth searching.
    return 4 if len(prefix) <= 2 else 6 if len(prefix) == 3 else 10


@dataclass
class Hit:
    id: str
    type: str
    title: str
    lang: str
    score: float
    snippet: str
    municipality: str | None = None


@dataclass
class SearchResult:
    query: str
    total: int
    took_ms: float
    hits: list[Hit] = field(default_factory=list)
    suggestions: list[str] = field(default_factory=list)  # "did you mean", when nothing was found
    terms: frozenset[str] = frozenset()  # the index terms that matched: for highlighting

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "query": self.query,
            "total": self.total,
            "took_ms": round(self.took_ms, 2),
            "hits": [{k: v for k, v in asdict(h).items() if k != "municipality" or v} for h in self.hits],
        }
        if self.suggestions:
            out["suggestions"] = self.suggestions
        return out


@dataclass(frozen=True)
class Filters:
    type: str | None = None
    lang: str | None = None
    municipality: str | None = None


class SearchEngine(Protocol):
    """What the app needs of a full-text engine; ``Fts5SearchEngine`` is the one it has."""

    def search(self, query: str, *, limit: int = 10, filters: Filters | None = None) -> SearchResult: ...

    def warm_up(self) -> None: ...

    def close(self) -> None: ...


class Vocabulary:
    """Every index term with its document frequency and a word it stands for, sorted for prefixes."""

    def __init__(self, rows: Iterable[tuple[str, int, str]]) -> None:
        items = sorted(rows)
        self.terms: list[str] = [t for t, _, _ in items]
        self.df: dict[str, int] = {t: d for t, d, _ in items}
        self.word: dict[str, str] = {t: w or t for t, _, w in items}
        self._by_initial: dict[str, list[str]] = {}
        for term in self.terms:
            self._by_initial.setdefault(term[:1], []).append(term)
        self._prefix_cache: dict[tuple[str, int], list[str]] = {}

    def __contains__(self, term: str) -> bool:
        return term in self.df

    def expand(self, prefix: str, cap: int) -> list[str]:
        """The ``cap`` most frequent terms that start with ``prefix``."""
        key = (prefix, cap)
        cached = self._prefix_cache.get(key)
        if cached is not None:
            return cached
        lo = bisect_left(self.terms, prefix)
        hi = bisect_left(self.terms, prefix + "\uffff", lo)
        candidates = self.terms[lo:hi]
        best = heapq.nlargest(cap, candidates, key=self.df.__getitem__) if len(candidates) > cap else candidates
        if len(self._prefix_cache) > 4096:
            self._prefix_cache.clear()
        self._prefix_cache[key] = best
        return best

    def close_matches(self, term: str, max_distance: int, limit: int = 4) -> list[str]:
        """Terms within ``max_distance`` edits, nearest and most frequent first.

        Only terms with the same first letter are compared: a slip of the first letter is rare,
        and it keeps the cost a fraction of the vocabulary.
        """
        from rapidfuzz import process
        from rapidfuzz.distance import Levenshtein

        candidates = self._by_initial.get(term[:1], [])
        found = process.extract(term, candidates, scorer=Levenshtein.distance, score_cutoff=max_distance,
                                limit=limit * 4)
        found.sort(key=lambda m: (m[1], -self.df[m[0]]))
        return [m[0] for m in found[:limit]]

    def sharing_prefix(self, term: str, limit: int = 3) -> list[str]:
        """Most frequent terms sharing the longest prefix (at least SUGGEST_MIN_PREFIX letters) with ``term``."""
        for size in range(len(term) - 1, SUGGEST_MIN_PREFIX - 1, -1):
            found = self.expand(term[:size], limit)
            if found:
                return found
        return []


@dataclass(frozen=True)
class _Part:
    """One part of the query as an FTS5 expression, and the terms it can match (for snippets).

    ``phrases``: the expression's single-term phrases in order, when it is nothing else (an OR of
    terms): such parts are ranked from postings (kb_app.core.postings); None sends the query to bm25().
    """

    expr: str
    terms: frozenset[str]
    phrases: tuple[str, ...] | None = None


def _quote(terms: Sequence[str]) -> str:
    # Terms are letters and digits only (analysis.WORD_RE); quoting keeps FTS5 keywords literal.
    return '"' + " ".join(t.replace('"', '""') for t in terms) + '"'


def _any(exprs: Sequence[str]) -> str:
    return exprs[0] if len(exprs) == 1 else "(" + " OR ".join(exprs) + ")"


@dataclass(frozen=True)
class _Ranking:
    rows: int
    norms: array  # type: ignore[type-arg]  # by rowid: postings.norms


class Fts5SearchEngine:
    """Searches one library's ``library.db``. One instance per thread (its connection is per thread)."""

    def __init__(self, connect: Callable[[], sqlite3.Connection]) -> None:
        self._connect = connect
        self._vocab: Vocabulary | None = None
        self._synonyms: dict[str, list[tuple[tuple[str, ...], int]]] | None = None
        self._synonym_groups: list[list[tuple[str, ...]]] = []
        self._analyzers: dict[str, str] | None = None
        self._rank_stats: _Ranking | None = None
        self._rank_stats_read = False
        self._lists: OrderedDict[str, tuple[TermList, TermList]] = OrderedDict()
        self._cached_postings = 0
        self._allowed_cache: dict[tuple[str | None, ...], frozenset[int]] = {}
        try:
            connect().execute("SELECT 1 FROM fts LIMIT 0")
        except sqlite3.Error as exc:
            raise LibraryError(f"the search index cannot be opened: {exc}") from None

    # -- lazily loaded helpers -------------------------------------------------------------
    @property
    def vocab(self) -> Vocabulary:
        if self._vocab is None:
            rows = self._connect().execute("SELECT term, df, word FROM vocab").fetchall()
            self._vocab = Vocabulary((str(t), int(d), str(w)) for t, d, w in rows)
        return self._vocab

    @property
    def analyzers(self) -> dict[str, str]:
        """Language code → analyzer name, as the library's country declaration gives them."""
        if self._analyzers is None:
            country = read_country(self._connect())
            self._analyzers = country.analyzers() if country is not None else {}
        return self._analyzers

    def _analyzer_of(self, lang: str) -> str:
        return self.analyzers.get(lang) or analysis_lang(lang)

    @property
    def main_analyzer(self) -> str:
        """The analyzer of the first declared language: the one synonyms.txt is written in."""
        return next(iter(self.analyzers.values()), analysis_lang(None))

    def query_analyzers(self, lang: str | None) -> tuple[Lang, ...]:
        """A query is read as each declared language would be (one language with a filter)."""
        if lang:
            return (self._analyzer_of(lang),)
        return tuple(dict.fromkeys(self.analyzers.values())) or (analysis_lang(None),)

    def _synonym_index(self) -> dict[str, list[tuple[tuple[str, ...], int]]]:
        if self._synonyms is None:
            rows = self._connect().execute("SELECT grp, phrase FROM synonyms ORDER BY grp, rowid").fetchall()
            groups: dict[int, list[tuple[str, ...]]] = {}
            for grp, phrase in rows:
                terms = tuple(t.term for t in tokenize(str(phrase), self.main_analyzer))
                group = groups.setdefault(int(grp), [])
                if terms and len(group) < MAX_SYNONYM_ENTRIES:  # a hostile group must not slow every search
                    group.append(terms)
            self._synonym_groups = list(groups.values())
            index: dict[str, list[tuple[tuple[str, ...], int]]] = {}
            for gi, alternatives in enumerate(self._synonym_groups):
                for alt in alternatives:
                    index.setdefault(alt[0], []).append((alt, gi))
            self._synonyms = index
        return self._synonyms

    def warm_up(self) -> None:
        """Load what the first keystroke would otherwise wait for."""
        _ = self.vocab
        self._synonym_index()
        self.search("a", limit=1)

    # -- search ----------------------------------------------------------------------------
    def search(self, query: str, *, limit: int = 10, filters: Filters | None = None) -> SearchResult:
        started = time.perf_counter()
        limit = max(0, min(int(limit), MAX_LIMIT))
        filters = filters or Filters()
        parsed = parse_query(query)
        langs = self.query_analyzers(filters.lang)
        parts = self._parts(parsed, langs) if not parsed.empty else []
        if not parts:
            suggestions = self._suggestions(parsed, langs) if not parsed.empty else []
            return SearchResult(query, 0, _ms(started), [], suggestions)
        where, args = _filter_sql(filters)
        exprs = [p.expr for p in parts]
        ranking = self._ranking() if limit <= FAST_LIMIT else None
        if ranking is not None and all(p.phrases is not None for p in parts):
            top, total = self._ranked_from_postings(parts, ranking, filters, where, args, limit)
        else:
            top, total = self._ranked(exprs, where, args, limit)
        terms = frozenset().union(*(p.terms for p in parts))
        hits = self._hits(top, terms)
        suggestions = [] if total else self._suggestions(parsed, langs)
        return SearchResult(query, total, _ms(started), hits, suggestions, terms)

    def _ranked(self, exprs: list[str], where: str, args: list[Any], limit: int) -> tuple[list[tuple[int, float]], int]:
        """The top ``limit`` (rowid, score) and the total of documents with any part.

        Tiers first, bm25 within each: the title has every part (a title made of what the user
        typed names the document they mean), the document has every part, it has some of them.
        Each tier is its own query, ``LIMIT``ed to what is still missing: one query that sorted
        by tier would have to test every matching document against the others (measured 5x slower).
        """
        every = " AND ".join(exprs)
        some = " OR ".join(exprs)
        total = self._count(some, where, args)
        top: list[tuple[int, float]] = []
        tiers = [f"{{title}} : ({every})", every] + ([some] if len(exprs) > 1 else [])
        for tier in tiers:
            if len(top) >= min(limit, total):
                break
            top += self._bm25_tier(tier, where, args, top, limit)
        return top, total

    def _count(self, match: str, where: str, args: list[Any]) -> int:
        return int(self._connect().execute(f"SELECT count(*) FROM fts WHERE fts MATCH ?{where}",
                                           [match, *args]).fetchone()[0])

    def _bm25_tier(self, match: str, where: str, args: list[Any], top: list[tuple[int, float]], limit: int
                   ) -> list[tuple[int, float]]:
        """The best of ``match`` by bm25() in SQLite, leaving out the documents already in ``top``."""
        seen = tuple(rowid for rowid, _ in top)
        skip = f" AND rowid NOT IN ({','.join('?' * len(seen))})" if seen else ""
        rows = self._connect().execute(
            f"SELECT rowid, bm25(fts, {BM25_WEIGHTS}) AS rank FROM fts WHERE fts MATCH ?{where}{skip} "
            "ORDER BY rank, rowid LIMIT ?", [match, *args, *seen, limit - len(top)]).fetchall()
        return [(int(rowid), -float(rank)) for rowid, rank in rows]

    def _ranked_from_postings(self, parts: list[_Part], ranking: _Ranking, filters: Filters, where: str,
                              args: list[Any], limit: int) -> tuple[list[tuple[int, float]], int]:
        """What :meth:`_ranked` returns (the same tiers, documents and scores), from postings."""
        phrases = [t for p in parts for t in p.phrases or ()]
        part_index, start = [], 0
        for p in parts:
            size = len(p.phrases or ())
            part_index.append(list(range(start, start + size)))
            start += size
        term_lists = [self._term_lists(t) for t in phrases]
        if len(phrases) == 1 and not where:
            total = len(term_lists[0][0])
        else:
            total = self._count(" OR ".join(p.expr for p in parts), where, args)
        allowed = self._allowed(filters) if where else None
        tiers = [(1, True), (0, True)] + ([(0, False)] if len(parts) > 1 else [])
        every_expr = " AND ".join(p.expr for p in parts)
        top: list[tuple[int, float]] = []
        for kind, every in tiers:
            if len(top) >= min(limit, total):
                break
            lists = [pair[kind] for pair in term_lists]
            tier = Tier(lists, [idf(ranking.rows, len(lst)) for lst in lists], part_index, every,
                        {rowid for rowid, _ in top}, allowed)
            if every and len(parts) > 1:
                # FTS5 finds the documents that have every part without ranking them (a merge of
                # doclists); when they are few, they are scored one by one.
                match = f"{{title}} : ({every_expr})" if kind == 1 else every_expr
                rows = self._connect().execute(f"SELECT rowid FROM fts WHERE fts MATCH ?{where} LIMIT ?",
                                               [match, *args, DIRECT_SCORING + 1]).fetchall()
                if len(rows) <= DIRECT_SCORING:
                    tier.candidates = [r for (r,) in rows]
            top += top_k(tier, limit - len(top), ranking.norms)
        return top, total

    def _ranking(self) -> _Ranking | None:
        if not self._rank_stats_read:
            self._rank_stats_read = True
            try:
                row = self._connect().execute("SELECT rows, tokens, lengths FROM ranking").fetchone()
            except sqlite3.Error:
                row = None
            if row is not None and int(row[0]) > 0:
                lengths = doc_lengths(bytes(row[2]))
                if len(lengths) == int(row[0]) + 1:
                    self._rank_stats = _Ranking(int(row[0]), norms(lengths, int(row[1]) / int(row[0])))
        return self._rank_stats

    def _term_lists(self, term: str) -> tuple[TermList, TermList]:
        cached = self._lists.pop(term, None)
        if cached is None:
            row = self._connect().execute("SELECT data FROM postings WHERE term = ?", (term,)).fetchone()
            cached = decode(bytes(row[0])) if row else (TermList(array("I"), array("I"), None),) * 2
            self._cached_postings += len(cached[0])
            while self._cached_postings > CACHED_POSTINGS and self._lists:
                _, old = self._lists.popitem(last=False)
                self._cached_postings -= len(old[0])
        self._lists[term] = cached
        return cached

    def _allowed(self, filters: Filters) -> frozenset[int]:
        key = (filters.type, filters.lang, filters.municipality)
        if key not in self._allowed_cache:
            conditions, args = _filter_conditions(filters)
            rows = self._connect().execute(f"SELECT rowid FROM documents WHERE {conditions}", args).fetchall()
            self._allowed_cache = {key: frozenset(r for (r,) in rows)}
        return self._allowed_cache[key]

    def ranked_expression(self, expr: str, limit: int) -> list[tuple[int, float]]:
        """The top ``limit`` documents of one FTS5 expression by bm25 alone (tests compare it)."""
        rows = self._connect().execute(
            f"SELECT rowid, bm25(fts, {BM25_WEIGHTS}) AS rank FROM fts WHERE fts MATCH ? ORDER BY rank, rowid "
            "LIMIT ?", [expr, limit]).fetchall()
        return [(int(rowid), -float(rank)) for rowid, rank in rows]

    # -- compiling the query ---------------------------------------------------------------
    def _parts(self, parsed: ParsedQuery, langs: Sequence[Lang]) -> list[_Part]:
        clauses = list(parsed.clauses)
        synonyms = self._synonym_index()
        parts: list[_Part] = []
        i = 0
        while i < len(clauses):
            clause = clauses[i]
            if clause.phrase:
                part = self._phrase_part(clause, langs)
                i += 1
            elif (span := self._synonym_span(clauses, i, synonyms)) is not None:
                length, group = span
                part = self._synonym_part(clauses[i:i + length], group, langs)
                i += length
            else:
                prefix = i == len(clauses) - 1 and parsed.last_is_prefix
                part = self._word_part(clause.words[0], langs, prefix)
                i += 1
            # A word no document has (and no close match) is left out rather than emptying the
            # result: the other words still find what they can.
            if part is not None:
                parts.append(part)
        return parts

    def _word_terms(self, word: str, langs: Sequence[Lang], prefix: bool) -> list[str]:
        vocab = self.vocab
        exact = sorted({t for t in (term_for(word, lang) for lang in langs) if t and t in vocab})
        expansions: list[str] = []
        if prefix:
            folded = fold_prefix(word, langs[0] if langs else "plain")
            if len(folded) >= PREFIX_MIN_CHARS:
                expansions = [t for t in vocab.expand(folded, prefix_cap(folded)) if t not in exact]
        if exact or expansions:
            return exact + expansions
        fuzzy: list[str] = []
        if len(fold_prefix(word)) >= FUZZY_MIN_CHARS:
            for term in sorted({t for t in (term_for(word, lang) for lang in langs) if t}):
                distance = 1 if len(term) < 8 else 2
                fuzzy.extend(t for t in vocab.close_matches(term, distance) if t not in fuzzy)
        return fuzzy

    def _word_part(self, word: str, langs: Sequence[Lang], prefix: bool) -> _Part | None:
        terms = self._word_terms(word, langs, prefix)
        if not terms:
            return None
        return _Part(_any([_quote((t,)) for t in terms]), frozenset(terms), tuple(terms))

    def _phrase_part(self, clause: Clause, langs: Sequence[Lang]) -> _Part | None:
        alternatives: list[tuple[str, ...]] = []
        for lang in langs:
            terms = tuple(t.term for t in tokenize(clause.text, lang))
            if terms and terms not in alternatives and all(t in self.vocab for t in terms):
                alternatives.append(terms)
        if not alternatives:
            return None
        return _Part(_any([_quote(alt) for alt in alternatives]), frozenset(t for alt in alternatives for t in alt))

    def _synonym_part(self, clauses: list[Clause], group: int, langs: Sequence[Lang]) -> _Part:
        alternatives = [alt for alt in self._synonym_groups[group] if all(t in self.vocab for t in alt)]
        exprs = [_quote(alt) for alt in alternatives]
        terms = {t for alt in alternatives for t in alt}
        # The typed words also count on their own, wherever they stand in a document.
        own = [self._word_part(c.words[0], langs, False) for c in clauses]
        if own and all(p is not None for p in own):
            parts = [p for p in own if p is not None]
            exprs.append(parts[0].expr if len(parts) == 1 else "(" + " AND ".join(p.expr for p in parts) + ")")
            terms |= {t for p in parts for t in p.terms}
        if not exprs:  # no variant is in this library: the group still matches nothing, cheaply
            exprs = [_quote(self._synonym_groups[group][0])]
        return _Part(_any(exprs), frozenset(terms))

    def _synonym_span(
        self, clauses: list[Clause], start: int, synonyms: dict[str, list[tuple[tuple[str, ...], int]]]
    ) -> tuple[int, int] | None:
        main = self.main_analyzer
        first = term_for(clauses[start].words[0], main)
        best: tuple[int, int] | None = None
        for alt, group in synonyms.get(first, ()):
            length = len(alt)
            window = clauses[start:start + length]
            if len(window) != length or any(c.phrase for c in window):
                continue
            if tuple(term_for(c.words[0], main) for c in window) == alt and (best is None or length > best[0]):
                best = (length, group)
        return best

    def _suggestions(self, parsed: ParsedQuery, langs: Sequence[Lang], limit: int = 3) -> list[str]:
        """Words of the library close to the query's words, as whole queries to try instead."""
        words = [w for c in parsed.clauses for w in c.words]
        vocab = self.vocab
        out: list[str] = []
        for index, word in enumerate(words):
            for term in sorted({t for t in (term_for(word, lang) for lang in langs) if t}):
                if term in vocab:
                    continue
                found = vocab.close_matches(term, 2, limit) or vocab.sharing_prefix(term, limit)
                for candidate in found:
                    text = " ".join([*words[:index], vocab.word[candidate], *words[index + 1:]])
                    if text not in out:
                        out.append(text)
        return out[:limit]

    # -- hits ------------------------------------------------------------------------------
    def _hits(self, top: list[tuple[int, float]], terms: frozenset[str]) -> list[Hit]:
        if not top:
            return []
        rowids = [rowid for rowid, _ in top]
        rows = self._connect().execute(
            "SELECT rowid, id, type, title, lang, municipality, summary, text FROM documents "
            f"WHERE rowid IN ({','.join('?' * len(rowids))})", rowids).fetchall()
        by_rowid = {row[0]: row for row in rows}
        hits = []
        wanted = set(terms)
        for rowid, score in top:
            row = by_rowid.get(rowid)
            if row is None:
                continue
            _, doc_id, doc_type, title, lang, municipality, summary, packed = row
            text = unpack_text(packed)
            analyzer = self._analyzer_of(lang)
            snippet = make_snippet(text, wanted, analyzer) or make_snippet(summary or "", wanted, analyzer)
            if not snippet:
                snippet = escape(shorten(summary or text or ""))
            hits.append(Hit(doc_id, doc_type, title, lang, float(f"{score:.4g}"), snippet, municipality))
        return hits

    def close(self) -> None:
        self._vocab = None


def _filter_conditions(filters: Filters) -> tuple[str, list[Any]]:
    """The documents a filter keeps, as a condition on the documents table ('' for all)."""
    conditions, args = [], []
    for column, value in (("type", filters.type), ("lang", filters.lang), ("municipality", filters.municipality)):
        if value:
            conditions.append(f"{column} = ?")
            args.append(value)
    return " AND ".join(conditions), args


def _filter_sql(filters: Filters) -> tuple[str, list[Any]]:
    conditions, args = _filter_conditions(filters)
    if not conditions:
        return "", []
    return f" AND rowid IN (SELECT rowid FROM documents WHERE {conditions})", args


def _ms(started: float) -> float:
    return (time.perf_counter() - started) * 1000
