"""Full-text search over a library's SQLite FTS5 index (docs/interface-contract.md §1 semantics).

The indexer stored analyzed terms (folded, stemmed: kb_app.core.text.analysis) in a contentless FTS5
table with one column per field. A query is analyzed the same way into parts (a word, or a
synonym group with the words typed for it):

- word queries are ranked by weighted BM25F with coverage (:meth:`Fts5SearchEngine._ranked_weighted`):
  rare words and title or tag matches weigh most, question and function words almost nothing,
  and the share of the query's weight a document holds scales its score; a document's
  translations are folded into its hit, the one in the query's language first;
- a quoted phrase is a part whose words FTS5 checks stand in a row; a library without postings
  (and lists deeper than FAST_LIMIT) are ranked by SQLite's own ``bm25()`` in tiers: the title
  has every part, the document has every part, it has some;
- the last plain word also matches as a prefix: its completions come from the vocabulary (built
  from an ``fts5vocab`` table), most frequent first and capped, so a two-letter prefix costs four
  terms, not thousands;
- a word of five or more letters that no document has finds close words (edit distance) instead,
  and a query that finds nothing suggests words of the library ("did you mean").

Snippets are the best passage of the stored plain text of the shown hits (kb_app.core.search.snippets).
"""

from __future__ import annotations

import math
import sqlite3
import time
import zlib
from array import array
from collections import OrderedDict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field, replace
from html import escape
from typing import Any, Protocol

from kb_app.core.content.country import read_country
from kb_app.core.library_files.libformat import FTS_COLUMNS, MAX_SYNONYM_ENTRIES
from kb_app.core.library_files.packed_text import unpack_text
from kb_app.core.platform.errors import LibraryError
from kb_app.core.search.postings import (
    GroupOrder,
    TermList,
    Tier,
    decode,
    doc_lengths,
    group_key,
    norms,
    top_k,
)
from kb_app.core.search.prefixes import PREFIX_MIN_CHARS, completions, prefix_cap
from kb_app.core.search.query import Clause, ParsedQuery, parse_query
from kb_app.core.search.snippets import Slots, SnippetPart, best_snippet, shorten, showable
from kb_app.core.text.analysis import (
    FOLDS_MARK,
    LATVIAN_ANALYZER,
    analysis_lang,
    fold_prefix,
    is_english_word,
    is_latvian_word,
    term_for,
    tokenize,
)
from kb_app.core.text.search_words import SearchWords, search_words

FUZZY_MIN_CHARS = 5
SUGGEST_MIN_PREFIX = 4
MAX_LIMIT = 1000
FAST_LIMIT = 100  # deeper result lists are ranked by bm25() in SQLite, which costs the same at any depth
CACHED_POSTINGS = 250_000  # postings of recently searched terms kept decoded (at most about 20 MB)
BM25_WEIGHTS = ", ".join(str(weight) for _, weight in FTS_COLUMNS)
# Ranking of word queries (Fts5SearchEngine._ranked_weighted); measured on benchmarks/relevance.py.
QUESTION_WEIGHT = 0.05  # "kā", "ko", "kur", "darīt": they ask, they do not name what is asked about
CANDIDATES = 20  # documents ranked by weighted BM25F before coverage reorders them (at least)
# Documents with every weighty part join the candidates when FTS5 finds this many or fewer: more
# would each be scored from every term's list, and the best of them are among the candidates anyway.
WITH_EVERY_PART = 100
COUNT_IN_PYTHON = 30_000  # postings up to which the total is a set union here, not an FTS5 count
COVERAGE_FLOOR = 0.25  # a document with none of the query's weight in it would keep this share
TITLE_BONUS = 0.6  # up to this much more when the title holds all of the query's weight
WHOLE_TITLE = 1.5  # and this much more when the title holds every part ("Kas ir cilvēku tirdzniecība")
TYPE_NUDGE = 1.5  # "tālrunis", "gadījums", "pazīmes" name a kind of document
TYPE_WORD_WEIGHT = 0.4  # such a word as content: it says more about the page wanted than its topic
LOOSE = 0.6  # a library word sharing a typed word's first LOOSE_PREFIX letters ("paturējis": "patur")
LOOSE_PREFIX = 5
LOOSE_TERMS = 8  # the most frequent such words, at most
LOOSE_UP_TO = 1000  # loose words for a typed word in at most this many documents (their lists cost)
SCATTERED = 0.5  # words of a multi-word part that do not stand in a row count half
OTHER_LANGUAGE = 0.5  # a document in another language than the query's
Lang = str  # an analyzer's name (kb_app.core.text.analysis.ANALYZERS)


@dataclass
class Hit:
    id: str
    type: str
    title: str
    lang: str
    score: float
    snippet: str
    municipality: str | None = None
    # The same document in other languages ((id, language) pairs): shown on this hit, not as hits.
    translations: tuple[tuple[str, str], ...] = ()


@dataclass
class SearchResult:
    query: str
    total: int
    took_ms: float
    hits: list[Hit] = field(default_factory=list)
    suggestions: list[str] = field(default_factory=list)  # "did you mean", when nothing was found
    terms: frozenset[str] = frozenset()  # the index terms that matched: for highlighting
    # The query's parts as snippets mark them: the reader marks an opened hit's page with them
    # (snippets.marked_spans), synonyms of several words as one.
    marks: tuple[SnippetPart, ...] = ()

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "query": self.query,
            "total": self.total,
            "took_ms": round(self.took_ms, 2),
            "hits": [_hit_json(h) for h in self.hits],
        }
        if self.suggestions:
            out["suggestions"] = self.suggestions
        return out


def _hit_json(hit: Hit) -> dict[str, Any]:
    out = {k: v for k, v in asdict(hit).items() if k not in ("municipality", "translations")}
    if hit.municipality:
        out["municipality"] = hit.municipality
    if hit.translations:
        out["translations"] = [{"id": doc_id, "lang": lang} for doc_id, lang in hit.translations]
    return out


@dataclass(frozen=True)
class Filters:
    type: str | None = None
    lang: str | None = None
    municipality: str | None = None
    # Not a filter: the language to prefer when the query's words do not tell (the UI language).
    prefer_lang: str | None = None


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
        best = completions(self.terms, self.df, prefix, cap)
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
        found = process.extract(
            term, candidates, scorer=Levenshtein.distance, score_cutoff=max_distance, limit=limit * 4
        )
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
    terms): such parts are ranked from postings (kb_app.core.search.postings); None sends the query to bm25().
    """

    expr: str
    terms: frozenset[str]
    phrases: tuple[str, ...] | None = None
    # What the part matches, term by term (snippets.SnippetPart): each alternative is words in a
    # row, each word any of its terms. Empty for a quoted phrase, which FTS5 must check.
    alternatives: tuple[Slots, ...] = ()
    weight: float = 1.0  # a question or function word weighs QUESTION_WEIGHT
    # FTS5's expression for the part's words standing in a row (its multi-word alternatives as
    # phrases); None when every alternative is one word. Scattered words count SCATTERED.
    adjacent: str | None = None
    # Words of the library that share the typed word's first LOOSE_PREFIX letters ("paturējis":
    # "patur", "paturēt"), counted at LOOSE: Latvian verbs and participles stem apart.
    loose: frozenset[str] = frozenset()
    typed_row: Slots | None = None  # the words typed for a multi-word synonym: they may stand apart


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
        self._words: SearchWords | None = None
        self._rank_stats: _Ranking | None = None
        self._rank_stats_read = False
        self._lists: OrderedDict[str, tuple[TermList, TermList]] = OrderedDict()
        self._group_orders: dict[str, GroupOrder | None] = {}
        self._group_orders_stored: bool | None = None
        self._cached_postings = 0
        self._allowed_cache: dict[tuple[str | None, ...], frozenset[int]] = {}
        self._row_count: int | None = None
        self._doc_kinds: dict[int, tuple[str, str]] | None = None
        self._translations_of: dict[str, tuple[tuple[str, str], ...]] | None = None
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
            self._words = search_words(country)
        return self._analyzers

    @property
    def words(self) -> SearchWords:
        """The question and type words of the library's languages (kb_app.core.text.search_words)."""
        _ = self.analyzers
        return self._words or SearchWords()

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
        self._kinds()
        self._translation_index()
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
        if all(p.weight < 1.0 for p in parts):  # only question words ("kas ir"): they are the query
            parts = [replace(p, weight=1.0) for p in parts]
        # The query's own language; else the one asked for (the window's interface language); else
        # the library's first language, the one its documents are written in.
        prefer = (
            None
            if filters.lang
            else (self._query_language(parsed) or filters.prefer_lang or next(iter(self.analyzers), None))
        )
        if ranking is not None and all(p.alternatives for p in parts):
            nudged = self.words.named_types(w for c in parsed.clauses for w in c.words)
            top, total = self._ranked_weighted(parts, ranking, filters, where, args, limit, prefer, nudged)
        else:
            top, total = self._ranked(exprs, where, args, limit)
        terms = frozenset().union(*(p.terms for p in parts))
        marks = self._snippet_parts(parts)
        hits = self._hits(top, marks, limit, prefer)
        suggestions = [] if total else self._suggestions(parsed, langs)
        return SearchResult(query, total, _ms(started), hits, suggestions, terms, tuple(marks))

    def _code_analyzed_with(self, analyzer: str) -> str | None:
        """The declared language analyzed with ``analyzer`` (folds aside), if the library has one."""
        return next((code for code, a in self.analyzers.items() if a.partition(FOLDS_MARK)[0] == analyzer), None)

    def _query_language(self, parsed: ParsedQuery) -> str | None:
        """The language code the query is written in, or None when its words do not tell.

        Each word votes for the languages whose analyzer makes of it a term the library has
        when another language's does not ("vardnica": Latvian; "steps"… both: no vote), and
        letters and function words only one language writes vote too (ā, š…; "what", "the")."""
        analyzers = self.analyzers
        if len(set(analyzers.values())) < 2:
            return None
        votes: dict[str, int] = {}
        vocab = self.vocab
        # The languages analyzed as Latvian and as English, whatever their codes: what the
        # analyzers know of their letters and function words votes for them.
        latvian, english = self._code_analyzed_with(LATVIAN_ANALYZER.name), self._code_analyzed_with("english")
        for word in (w for c in parsed.clauses for w in c.words):
            known = {code for code, analyzer in analyzers.items() if (t := term_for(word, analyzer)) and t in vocab}
            if latvian and is_latvian_word(word):
                known = {latvian}
            elif english and is_english_word(word):
                known = {english}
            if known and len(known) < len(analyzers):
                for code in known:
                    votes[code] = votes.get(code, 0) + 1
        if not votes:
            return None
        best = max(votes.values())
        leaders = [code for code in analyzers if votes.get(code) == best]
        return leaders[0] if len(leaders) == 1 else None

    def _rows(self) -> int:
        if self._row_count is None:
            ranking = self._ranking()
            self._row_count = (
                ranking.rows
                if ranking is not None
                else int(self._connect().execute("SELECT count(*) FROM documents").fetchone()[0])
            )
        return self._row_count

    def _importance(self, part: _Part) -> float:
        df = self.vocab.df
        return part.weight * _part_idf(part, lambda t: df.get(t, 0), self._rows())

    def _snippet_parts(self, parts: Sequence[_Part]) -> list[SnippetPart]:
        # Question words ("ko", "cik ilgi") still help choose between passages, but are not marked
        # when the query has words that name something: a bold "ko" says nothing.
        named = any(p.weight > QUESTION_WEIGHT for p in parts)
        return [
            SnippetPart(
                p.alternatives or ((frozenset(p.terms),),),
                self._importance(p),
                mark=not named or p.weight > QUESTION_WEIGHT,
            )
            for p in parts
        ]

    def _ranked_weighted(
        self,
        parts: list[_Part],
        ranking: _Ranking,
        filters: Filters,
        where: str,
        args: list[Any],
        limit: int,
        prefer: str | None,
        nudged: frozenset[str] = frozenset(),
    ) -> tuple[list[tuple[int, float]], int]:
        """Every candidate (rowid, score), best first, by weighted BM25F with coverage; and the total.

        A part (a word, or a synonym group and the words typed for it) scores in a document its
        BM25F share (the word's frequency over the columns weighted title 8, tags 5, summary 2,
        body 1, saturated once) times the part's idf and weight; a synonym's words in a row count
        as one occurrence, and all of a group's variants share one idf, so a rare spelling is no
        better than a common one. The sum is then scaled by coverage (the share of the query's
        weight the document holds), squared, so a document with the rare words beats one with
        every common word; up by the share its title holds, and more when the title holds every
        part; by a nudge for the type a query word names; and down for another language than
        the query's.

        The candidates are the best by the same sum alone (postings.top_k: exact and fast) and,
        when FTS5 finds few, every document with all the parts that weigh.
        """
        terms = sorted({t for p in parts for alt in p.alternatives for slot in alt for t in slot})
        lists = {t: self._term_lists(t) for t in terms}
        part_idf = [_part_idf(p, lambda t: len(lists[t][0]), ranking.rows) for p in parts]
        term_weight: dict[str, float] = {}
        for p, value in zip(parts, part_idf, strict=True):
            for t in {t for alt in p.alternatives for slot in alt for t in slot}:
                term_weight[t] = max(term_weight.get(t, 0.0), value * p.weight * (LOOSE if t in p.loose else 1.0))
        allowed = self._allowed(filters) if where else None
        # One part: coverage is the same for every document, so the best by the sum are nearly
        # the answer; several: coverage reorders, so more are weighed.
        wanted = limit + 5 if len(parts) == 1 else max(CANDIDATES, 2 * limit)
        candidates: set[int] = set()
        weighty = [p for p in parts if p.weight >= 1.0]
        # With a phrase (or a multi-word synonym) this also finds the documents that have its words
        # in a row, which the terms' lists alone would not tell.
        if len(weighty) > 1 or any(p.adjacent is not None for p in weighty):
            rows = (
                self._connect()
                .execute(
                    f"SELECT rowid FROM fts WHERE fts MATCH ?{where} LIMIT ?",
                    [" AND ".join(p.expr for p in weighty), *args, WITH_EVERY_PART + 1],
                )
                .fetchall()
            )
            if len(rows) <= WITH_EVERY_PART:
                candidates.update(r for (r,) in rows)
        if len(candidates) < wanted:
            # Else the documents with every weighty part are enough: coverage puts them first (as
            # the earlier ranking's tiers did), and reading long lists for the rest costs most.
            tier = Tier(
                [lists[t][0] for t in terms],
                [term_weight[t] for t in terms],
                [[i] for i in range(len(terms))],
                False,
                set(),
                allowed,
                groups=self._groups(parts, terms),
            )
            candidates.update(rowid for rowid, _ in top_k(tier, wanted, ranking.norms))
        if len(parts) == 1 and len(terms) == 1 and not where:
            total = len(lists[terms[0]][0])
        elif all(p.adjacent is None for p in parts) and sum(len(lists[t][0]) for t in terms) <= COUNT_IN_PYTHON:
            # Without phrases, the documents found are those in any term's list: a set union here
            # costs less than FTS5 counting the same lists.
            found: set[int] = set().union(*(lists[t][0].rowids for t in terms))
            total = len(found & allowed) if allowed is not None else len(found)
        else:
            total = self._count(" OR ".join(_with_loose(p) for p in parts), where, args)
        if not candidates:
            return [], total
        adjacent = self._adjacent(parts, candidates)
        shares = {t: lists[t][0].lookup(len(candidates), ranking.norms) for t in terms}
        importance = [p.weight * value for p, value in zip(parts, part_idf, strict=True)]
        full = sum(importance) or 1.0
        kinds = self._kinds()

        def slot_share(slot: frozenset[str], loose: frozenset[str], rowid: int) -> float | None:
            found = [share * (LOOSE if t in loose else 1.0) for t in slot if (share := shares[t](rowid)) is not None]
            return max(found) if found else None

        scored: list[tuple[int, float]] = []
        for rowid in candidates:
            total_score = covered = in_title = 0.0
            titled = 0
            for index, part in enumerate(parts):
                in_row = index not in adjacent or rowid in adjacent[index]
                best: float | None = None
                title = False
                apart = True
                for alternative in part.alternatives:
                    if len(alternative) > 1 and not in_row and alternative != part.typed_row:
                        continue  # a synonym's words must stand in a row, as its FTS5 phrase requires
                    values = [slot_share(slot, part.loose, rowid) for slot in alternative]
                    if any(v is None for v in values):
                        continue
                    value = sum(v for v in values if v is not None) / len(values)
                    together = len(alternative) == 1 or in_row
                    if not together:
                        value *= SCATTERED
                    if best is None or value > best:
                        best = value
                    apart = apart and not together
                    title = title or all(any(lists[t][1].freq(rowid) for t in slot) for slot in alternative)
                if best is None:
                    continue
                total_score += part.weight * part_idf[index] * best
                covered += importance[index] * (SCATTERED if apart else 1.0)
                if title:
                    in_title += importance[index]
                    titled += 1
            if not covered:
                continue  # only parts of a multi-word synonym, apart: no match
            coverage = covered / full
            score = total_score * (COVERAGE_FLOOR + (1 - COVERAGE_FLOOR) * coverage * coverage)
            score *= 1 + TITLE_BONUS * in_title / full
            if titled == len(parts) and len(parts) > 1:
                score *= WHOLE_TITLE  # the title is what the worker typed, question words and all
            doc_type, lang = kinds.get(rowid, ("", ""))
            if doc_type in nudged:
                score *= TYPE_NUDGE
            if prefer is not None and lang != prefer:
                score *= OTHER_LANGUAGE
            scored.append((rowid, score))
        scored.sort(key=lambda item: (-item[1], item[0]))
        return scored, total

    def _groups(self, parts: list[_Part], terms: list[str]) -> list[tuple[list[int], GroupOrder]]:
        """The stored orders of the parts' completions (a prefix's terms), as Tier.groups over
        ``terms``; a list is in one group at most."""
        out: list[tuple[list[int], GroupOrder]] = []
        taken: set[str] = set()
        for part in parts:
            if part.phrases is None or len(part.phrases) < 2 or taken.intersection(part.phrases):
                continue
            order = self._group_order(part.phrases)
            if order is not None:
                out.append(([terms.index(t) for t in part.phrases], order))
                taken.update(part.phrases)
        return out

    def _group_order(self, group: Iterable[str]) -> GroupOrder | None:
        key = group_key(group)
        if key in self._group_orders:
            return self._group_orders[key]
        order = None
        if self._group_orders_stored is not False:
            try:
                row = self._connect().execute("SELECT data FROM prefix_orders WHERE terms = ?", (key,)).fetchone()
                self._group_orders_stored = True
            except sqlite3.Error:  # a library indexed before prefix orders were stored
                row, self._group_orders_stored = None, False
            try:
                order = GroupOrder.decode(bytes(row[0])) if row else None
            except (ValueError, zlib.error):
                order = None  # a damaged order: the lists are added up instead, as without one
        if len(self._group_orders) > 4096:
            self._group_orders.clear()
        self._group_orders[key] = order
        return order

    def _adjacent(self, parts: list[_Part], candidates: set[int]) -> dict[int, set[int]]:
        """Part index → the candidates that have its words in a row, for parts of several words."""
        out: dict[int, set[int]] = {}
        ids = sorted(candidates)
        for index, part in enumerate(parts):
            if part.adjacent is not None:
                rows = (
                    self._connect()
                    .execute(
                        f"SELECT rowid FROM fts WHERE fts MATCH ? AND rowid IN ({','.join('?' * len(ids))})",
                        [part.adjacent, *ids],
                    )
                    .fetchall()
                )
                out[index] = {r for (r,) in rows}
        return out

    def _kinds(self) -> dict[int, tuple[str, str]]:
        """rowid → (type, language) of every document: read once (a few hundred KB for 20,000
        documents), where a query per search would cost more than the ranking."""
        if self._doc_kinds is None:
            interned: dict[str, str] = {}
            rows = self._connect().execute("SELECT rowid, type, lang FROM documents").fetchall()
            self._doc_kinds = {
                int(r): (interned.setdefault(str(t), str(t)), interned.setdefault(str(lang), str(lang)))
                for r, t, lang in rows
            }
        return self._doc_kinds

    def _translation_index(self) -> dict[str, tuple[tuple[str, str], ...]]:
        """id → (id, language) of the documents that are its translations (either one naming the
        other in ``translation``), read once."""
        if self._translations_of is None:
            rows = (
                self._connect()
                .execute(
                    "SELECT id, lang, translation FROM documents WHERE translation IS NOT NULL AND translation != ''"
                )
                .fetchall()
            )
            langs = {str(i): str(lang) for i, lang, _ in rows}
            pairs: dict[str, set[tuple[str, str]]] = {}
            for doc_id, lang, other in rows:
                if other == doc_id:
                    continue
                pairs.setdefault(str(other), set()).add((str(doc_id), str(lang)))
                if str(other) in langs:
                    pairs.setdefault(str(doc_id), set()).add((str(other), langs[str(other)]))
                else:  # the translation does not name this one back: its language from the documents
                    row = self._connect().execute("SELECT lang FROM documents WHERE id = ?", (other,)).fetchone()
                    if row is not None:
                        pairs.setdefault(str(doc_id), set()).add((str(other), str(row[0])))
            self._translations_of = {k: tuple(sorted(v)) for k, v in pairs.items()}
        return self._translations_of

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
        return int(
            self._connect().execute(f"SELECT count(*) FROM fts WHERE fts MATCH ?{where}", [match, *args]).fetchone()[0]
        )

    def _bm25_tier(
        self, match: str, where: str, args: list[Any], top: list[tuple[int, float]], limit: int
    ) -> list[tuple[int, float]]:
        """The best of ``match`` by bm25() in SQLite, leaving out the documents already in ``top``."""
        seen = tuple(rowid for rowid, _ in top)
        skip = f" AND rowid NOT IN ({','.join('?' * len(seen))})" if seen else ""
        rows = (
            self._connect()
            .execute(
                f"SELECT rowid, bm25(fts, {BM25_WEIGHTS}) AS rank FROM fts WHERE fts MATCH ?{where}{skip} "
                "ORDER BY rank, rowid LIMIT ?",
                [match, *args, *seen, limit - len(top)],
            )
            .fetchall()
        )
        return [(int(rowid), -float(rank)) for rowid, rank in rows]

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
        rows = (
            self._connect()
            .execute(
                f"SELECT rowid, bm25(fts, {BM25_WEIGHTS}) AS rank FROM fts WHERE fts MATCH ? ORDER BY rank, rowid "
                "LIMIT ?",
                [expr, limit],
            )
            .fetchall()
        )
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
                part = self._synonym_part(clauses[i : i + length], group, langs)
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
        weight = QUESTION_WEIGHT if self.words.is_question(word) else 1.0
        if weight == 1.0 and self.words.names_a_type(terms):
            weight = TYPE_WORD_WEIGHT  # it names the kind of page wanted (TYPE_NUDGE), less what it is about
        folded = fold_prefix(word)
        loose: list[str] = []
        # Only for a word the library has in few documents or none: a common one needs no help,
        # and its relatives' long lists would only cost time.
        if (
            not prefix
            and weight == 1.0
            and len(folded) > LOOSE_PREFIX
            and max((self.vocab.df.get(t, 0) for t in terms), default=0) <= LOOSE_UP_TO
        ):
            loose = [t for t in self.vocab.expand(folded[:LOOSE_PREFIX], LOOSE_TERMS) if t not in terms]
        return _Part(
            _any([_quote((t,)) for t in terms]),
            frozenset(terms + loose),
            tuple(terms),
            ((frozenset(terms + loose),),),
            weight,
            loose=frozenset(loose),
        )

    def _phrase_part(self, clause: Clause, langs: Sequence[Lang]) -> _Part | None:
        alternatives: list[tuple[str, ...]] = []
        for lang in langs:
            terms = tuple(t.term for t in tokenize(clause.text, lang))
            if terms and terms not in alternatives and all(t in self.vocab for t in terms):
                alternatives.append(terms)
        if not alternatives:
            return None
        expr = _any([_quote(alt) for alt in alternatives])
        # Ranked as any part is, its words in a row checked by FTS5 (``adjacent``), marked as one.
        return _Part(
            expr,
            frozenset(t for alt in alternatives for t in alt),
            alternatives=tuple(tuple(frozenset((t,)) for t in alt) for alt in alternatives),
            adjacent=expr if any(len(alt) > 1 for alt in alternatives) else None,
        )

    def _synonym_part(self, clauses: list[Clause], group: int, langs: Sequence[Lang]) -> _Part:
        alternatives = [alt for alt in self._synonym_groups[group] if all(t in self.vocab for t in alt)]
        exprs = [_quote(alt) for alt in alternatives]
        terms = {t for alt in alternatives for t in alt}
        slots: list[Slots] = [tuple(frozenset((t,)) for t in alt) for alt in alternatives]
        typed_row: Slots | None = None
        # The typed words also count on their own, wherever they stand in a document.
        own = [self._word_part(c.words[0], langs, False) for c in clauses]
        if own and all(p is not None for p in own):
            parts = [p for p in own if p is not None]
            exprs.append(parts[0].expr if len(parts) == 1 else "(" + " AND ".join(p.expr for p in parts) + ")")
            terms |= {t for p in parts for t in (p.phrases or p.terms)}
            typed_row = tuple(frozenset(p.phrases or p.terms) for p in parts)  # as typed: no loose words
            slots.append(typed_row)
        if not exprs:  # no variant is in this library: the group still matches nothing, cheaply
            exprs = [_quote(self._synonym_groups[group][0])]
        rows = [alt for alt in dict.fromkeys(slots) if len(alt) > 1]
        adjacent = (
            _any(
                [
                    _any(
                        [
                            "(" + " + ".join(_quote((t,)) for t in combo) + ")" if len(combo) > 1 else _quote(combo)
                            for combo in _combinations(alt)
                        ]
                    )
                    for alt in rows
                ]
            )
            if rows
            else None
        )
        return _Part(
            _any(exprs),
            frozenset(terms),
            alternatives=tuple(dict.fromkeys(slots)),
            adjacent=adjacent,
            typed_row=typed_row,
        )

    def _synonym_span(
        self, clauses: list[Clause], start: int, synonyms: dict[str, list[tuple[tuple[str, ...], int]]]
    ) -> tuple[int, int] | None:
        main = self.main_analyzer
        first = term_for(clauses[start].words[0], main)
        best: tuple[int, int] | None = None
        for alt, group in synonyms.get(first, ()):
            length = len(alt)
            window = clauses[start : start + length]
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
                    text = " ".join([*words[:index], vocab.word[candidate], *words[index + 1 :]])
                    if text not in out:
                        out.append(text)
        return out[:limit]

    # -- hits ------------------------------------------------------------------------------
    def _hits(
        self, top: list[tuple[int, float]], parts: list[SnippetPart], limit: int, prefer: str | None = None
    ) -> list[Hit]:
        """The first ``limit`` hits of ``top``, a document's translations folded into its hit: the
        one in the query's language (``prefer``) stands for both, else the higher ranked."""
        if not top or limit <= 0:
            return []
        top = top[: 2 * limit + 4]  # folding translations away takes at most one of each pair
        rowids = [rowid for rowid, _ in top]
        rows = (
            self._connect()
            .execute(
                "SELECT rowid, id, type, title, lang, municipality, summary, text, translation FROM documents "
                f"WHERE rowid IN ({','.join('?' * len(rowids))})",
                rowids,
            )
            .fetchall()
        )
        by_rowid = {row[0]: row for row in rows}
        kept: list[tuple[Any, float]] = []
        shown: set[str] = set()
        by_id = {row[1]: row for row in rows}
        for rowid, score in top:
            row = by_rowid.get(rowid)
            if row is None:
                continue
            partner = by_id.get(row[8])
            if prefer is not None and row[4] != prefer and partner is not None and partner[4] == prefer:
                row = partner  # its translation in the query's language stands for both, in its place
            if row[1] in shown or row[8] in shown:
                continue  # it, or its translation, is a hit already
            kept.append((row, score))
            shown.add(row[1])
            if len(kept) == limit:
                break
        translations = self._translation_index()
        hits = []
        for row, score in kept:
            _, doc_id, doc_type, title, lang, municipality, summary, packed, _ = row
            text = unpack_text(packed)
            snippet = best_snippet(text, summary or "", parts, self._analyzer_of(lang), title)
            if not snippet:
                snippet = escape(showable(shorten(summary or text or "")))
            hits.append(
                Hit(
                    doc_id,
                    doc_type,
                    title,
                    lang,
                    float(f"{score:.4g}"),
                    snippet,
                    municipality,
                    translations.get(doc_id, ()),
                )
            )
        return hits

    def close(self) -> None:
        self._vocab = None


def _with_loose(part: _Part) -> str:
    """The part's FTS5 expression with its loose words too (``expr`` stays what bm25() ranks)."""
    return _any([part.expr, *(_quote((t,)) for t in sorted(part.loose))]) if part.loose else part.expr


def _combinations(slots: Slots, cap: int = 8) -> list[tuple[str, ...]]:
    """The term sequences a row of slots stands for (the first ``cap``: a word has few terms)."""
    combos: list[tuple[str, ...]] = [()]
    for slot in slots:
        combos = [c + (t,) for c in combos for t in sorted(slot)][:cap]
    return combos


def smooth_idf(rows: int, hits: int) -> float:
    """Lucene's BM25 idf, ``log(1 + (N - n + 0.5) / (n + 0.5))``: never negative, so a word that
    most of a small library has ("rehabilitācija" in a library about it) still counts a little,
    where fts5's idf would floor it to nothing."""
    return math.log(1.0 + (rows - hits + 0.5) / (hits + 0.5))


def _part_idf(part: _Part, df: Callable[[str], int], rows: int) -> float:
    """One idf for a part, whichever of its variants a document uses: from the most documents any
    variant could be in (a row of words: its rarest word's; a word: its most frequent term's).
    Loose words do not count."""
    alternatives = part.alternatives or ((frozenset(part.terms),),)
    hits = max(
        min(max((df(t) for t in slot if t not in part.loose), default=0) for slot in alt) for alt in alternatives
    )
    return smooth_idf(rows, hits)


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
