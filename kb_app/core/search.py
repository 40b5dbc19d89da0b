"""Full-text search over a built library: the one small interface in front of the engine.

The engine is whoosh (the ``whoosh-reloaded`` distribution: same code and index format as whoosh
2.7.4, but it imports cleanly on Python 3.12+, where 2.7.4 fails under ``-W error``). Whoosh is
pure Python, so its cost is per posting and per expanded term; the design keeps both small:

- terms are computed by :mod:`kb_app.core.analysis` at build and query time, and whoosh stores them
  as space-separated text (its own tokenizer pickled in the schema);
- the last word's prefix expansion and the misspelling fallback use an in-memory vocabulary with
  document frequencies (built into the library), capped and most-frequent first, instead of
  whoosh's unbounded ``Prefix``/``FuzzyTerm`` expansion;
- block-quality skipping stays on for the top hits; the total is counted without scoring;
- snippets are cut from the stored plain text of the shown hits only.
"""

from __future__ import annotations

import heapq
import json
import sqlite3
import time
from array import array
from bisect import bisect_left
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field
from html import escape
from pathlib import Path
from typing import Any, Protocol

from kb_app.core import ranking
from kb_app.core.analysis import LANGS, Lang, fold_prefix, normalize, term_for, tokenize
from kb_app.core.errors import LibraryError
from kb_app.core.library import unpack_text
from kb_app.core.query import Clause, ParsedQuery, parse_query

PREFIX_MIN_CHARS = 2
PREFIX_WEIGHT = 0.7  # a completed word ranks below the word typed in full
FUZZY_MIN_CHARS = 5
FUZZY_WEIGHT = 0.5
SNIPPET_CHARS = 180
MAX_LIMIT = 1000
TITLE_BONUS = 0.5  # a title made only of the query's words scores half as much again
EXACT_MAX = 160  # results this small are scored exactly, document by document


def prefix_cap(prefix: str) -> int:
    # Short prefixes match thousands of terms; only the most frequent few are worth scoring.
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

    def to_json(self) -> dict[str, Any]:
        return {
            "query": self.query,
            "total": self.total,
            "took_ms": round(self.took_ms, 2),
            "hits": [{k: v for k, v in asdict(h).items() if k != "municipality" or v} for h in self.hits],
        }


@dataclass(frozen=True)
class Filters:
    type: str | None = None
    lang: str | None = None
    municipality: str | None = None


class SearchEngine(Protocol):
    """What the app needs of a full-text engine; ``WhooshSearchEngine`` is the one it has."""

    def search(self, query: str, *, limit: int = 10, filters: Filters | None = None) -> SearchResult: ...

    def warm_up(self) -> None: ...

    def close(self) -> None: ...


class Vocabulary:
    """Every index term with its document frequency, sorted for prefix ranges."""

    def __init__(self, pairs: Iterable[tuple[str, int]]) -> None:
        items = sorted(pairs)
        self.terms: list[str] = [t for t, _ in items]
        self.df: dict[str, int] = dict(items)
        self._prefix_cache: dict[tuple[str, int], list[str]] = {}

    def __contains__(self, term: str) -> bool:
        return term in self.df

    def expand(self, prefix: str, cap: int) -> list[str]:
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
        from rapidfuzz import process
        from rapidfuzz.distance import Levenshtein

        found = process.extract(term, self.terms, scorer=Levenshtein.distance, score_cutoff=max_distance,
                                limit=limit * 4)
        found.sort(key=lambda m: (m[1], -self.df[m[0]]))
        return [m[0] for m in found[:limit]]


@dataclass
class _WordPlan:
    exact: set[str]
    expansions: list[str]
    fuzzy: list[str]

    def all_terms(self) -> set[str]:
        return self.exact | set(self.expansions) | set(self.fuzzy)


@dataclass(frozen=True)
class _IndexStats:
    doc_count: int
    text_lengths: array[int]
    head_lengths: array[int]
    avg_text: float
    avg_head: float
    pair_min_df: int


@dataclass
class _Clause:
    """One part of a query and how to find its matching documents.

    ``any_of`` are index terms (a document matches with any one of them), ``all_pairs`` are word
    pairs a phrase needs (all of them), ``alternatives`` are synonym variants (any one of them).
    """

    any_of: tuple[str, ...] = ()
    weights: tuple[float, ...] = ()  # query weight of each term of any_of
    all_pairs: tuple[str, ...] = ()
    words: tuple[str, ...] = ()  # a phrase's own terms: where its candidates come from
    fixed_docs: frozenset[int] | None = None  # a phrase checked document by document
    alternatives: tuple[_Clause, ...] = ()
    all_of: tuple[_Clause, ...] = ()


class WhooshSearchEngine:
    """Searches one library folder (``library.db`` + ``index/``). One instance per thread."""

    def __init__(self, library_dir: Path, connect: Callable[[], sqlite3.Connection]) -> None:
        from whoosh import index as whoosh_index

        self._dir = Path(library_dir)
        try:
            self._index = whoosh_index.open_dir(str(self._dir / "index"), readonly=True)
        except Exception as exc:  # whoosh raises many types for a broken index
            raise LibraryError(f"the search index cannot be opened: {exc}") from None
        self._searcher = self._index.searcher()
        self._reader = self._searcher.reader()
        self._connect = connect
        self._vocab: Vocabulary | None = None
        self._synonyms: dict[str, list[tuple[tuple[str, ...], int]]] | None = None
        self._synonym_groups: list[list[tuple[str, ...]]] = []
        self._docnum_cache: dict[int, str] = {}
        self._docset_cache: dict[tuple[str, str], frozenset[int]] = {}
        self._postings_cache: dict[tuple[str, str], dict[int, float]] = {}
        self._df_cache: dict[tuple[str, str], int] = {}
        self._champion_cache: dict[str, dict[int, float]] = {}
        self._index_stats: _IndexStats | None = None
        self._title_terms: dict[int, frozenset[str]] = {}

    # -- lazily loaded helpers -------------------------------------------------------------
    @property
    def vocab(self) -> Vocabulary:
        if self._vocab is None:
            rows = self._connect().execute("SELECT term, df FROM vocab").fetchall()
            self._vocab = Vocabulary((str(t), int(d)) for t, d in rows)
        return self._vocab

    def _synonym_index(self) -> dict[str, list[tuple[tuple[str, ...], int]]]:
        if self._synonyms is None:
            rows = self._connect().execute("SELECT grp, phrase FROM synonyms ORDER BY grp, rowid").fetchall()
            groups: dict[int, list[tuple[str, ...]]] = {}
            for grp, phrase in rows:
                terms = tuple(t.term for t in tokenize(str(phrase), "lv"))
                if terms:
                    groups.setdefault(int(grp), []).append(terms)
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

    # -- document sets (for totals and filters), cached per term -----------------------------
    def _docs_of(self, field_name: str, term: str) -> frozenset[int]:
        key = (field_name, term)
        cached = self._docset_cache.get(key)
        if cached is None:
            try:
                cached = frozenset(self._reader.postings(field_name, term).all_ids())
            except Exception:  # whoosh's TermNotFound and friends: no documents
                cached = frozenset()
            if len(self._docset_cache) > 2048:
                self._docset_cache.clear()
            self._docset_cache[key] = cached
        return cached

    def _clause_docs(self, clause: _Clause) -> frozenset[int] | set[int]:
        if clause.fixed_docs is not None:
            return clause.fixed_docs
        if clause.alternatives:
            out: set[int] = set()
            for alt in clause.alternatives:
                out |= self._clause_docs(alt)
            return out
        if clause.all_of:
            return _intersect(self._clause_docs(c) for c in clause.all_of)
        if clause.all_pairs:
            return _intersect(self._docs_of("pairs", p) for p in clause.all_pairs)
        if len(clause.any_of) == 1:
            return self._docs_of("text", clause.any_of[0])
        union: set[int] = set()
        for term in clause.any_of:
            union |= self._docs_of("text", term)
        return union

    def _filter_docs(self, filters: Filters) -> set[int] | None:
        sets = [self._docs_of(name, value) for name, value in
                (("type", filters.type), ("lang", filters.lang), ("municipality", filters.municipality)) if value]
        if not sets:
            return None
        return set(_intersect(sets))

    # -- search ----------------------------------------------------------------------------
    def search(self, query: str, *, limit: int = 10, filters: Filters | None = None) -> SearchResult:
        started = time.perf_counter()
        limit = max(0, min(int(limit), MAX_LIMIT))
        filters = filters or Filters()
        parsed = parse_query(query)
        langs: Sequence[Lang] = (filters.lang,) if filters.lang in LANGS else LANGS  # type: ignore[assignment]
        built = self._build(parsed, langs)
        if built is None:
            return SearchResult(query, 0, (time.perf_counter() - started) * 1000)
        clauses, matched_terms = built
        allowed = self._filter_docs(filters)
        clause_docs = [self._clause_docs(c) for c in clauses]
        all_docs = _intersect(clause_docs)
        any_docs: set[int] | frozenset[int] = clause_docs[0] if len(clause_docs) == 1 else set().union(*clause_docs)
        if allowed is not None:
            all_docs = all_docs & allowed
            any_docs = any_docs & allowed
        top = self._rank(clauses, all_docs, limit, matched_terms)
        if len(top) < limit and len(any_docs) > len(all_docs):
            # Documents with only some of the words come after those with all of them.
            rest = set(any_docs) - set(all_docs)
            top.extend(self._rank(clauses, rest, limit - len(top), matched_terms))
        hits = self._hits(top, matched_terms)
        return SearchResult(query, len(any_docs), (time.perf_counter() - started) * 1000, hits)

    def _rank(self, clauses: list[_Clause], docs: set[int] | frozenset[int], limit: int,
              query_terms: set[str]) -> list[tuple[float, int]]:
        """The best ``limit`` of ``docs`` (see :mod:`kb_app.core.ranking` for why it is done so)."""
        if not docs or limit <= 0:
            return []
        if len(docs) <= EXACT_MAX:
            candidates = set(docs)
        else:
            pool: set[int] = set()
            for clause in clauses:
                pool |= self._candidates(clause)
            candidates = pool & docs if len(pool) < len(docs) else set(docs) & pool
            if len(candidates) < limit:
                # Champions cover too little of this result (filters, odd word mixes): add any others.
                for docnum in docs:
                    candidates.add(docnum)
                    if len(candidates) >= max(limit * 2, EXACT_MAX // 2):
                        break
        ordered = sorted(candidates)
        approx = [0.0] * len(ordered)
        for clause in clauses:
            for i, value in enumerate(self._clause_scores(clause, ordered, exact=False)):
                approx[i] += value
        shortlist = sorted(range(len(ordered)), key=lambda i: (-approx[i], ordered[i]))[: max(limit * 3, 24)]
        finalists = sorted(ordered[i] for i in shortlist)
        exact = [0.0] * len(finalists)
        for clause in clauses:
            for i, value in enumerate(self._clause_scores(clause, finalists, exact=True)):
                exact[i] += value
        for i, coverage in enumerate(self._title_coverage(finalists, query_terms)):
            exact[i] *= 1.0 + TITLE_BONUS * coverage
        ranked = sorted(zip(exact, finalists, strict=True), key=lambda sd: (-sd[0], sd[1]))
        return ranked[:limit]

    def _title_coverage(self, docnums: list[int], query_terms: set[str]) -> list[float]:
        """How much of each title the query names: 1.0 when the title is just the query's words.

        BM25 treats a title word like any other occurrence; a reader who types a document's title
        means that document, not a longer one that mentions the same words.
        """
        missing = [d for d in docnums if d not in self._title_terms]
        if missing:
            ids = {self._doc_id(d): d for d in missing}
            rows = self._connect().execute(
                f"SELECT id, title, lang FROM documents WHERE id IN ({','.join('?' * len(ids))})", list(ids))
            for doc_id, title, lang in rows:
                analysis_lang: Lang = "en" if lang == "en" else "lv"
                self._title_terms[ids[doc_id]] = frozenset(t.term for t in tokenize(title or "", analysis_lang))
        out = []
        for docnum in docnums:
            terms = self._title_terms.get(docnum, frozenset())
            out.append(len(terms & query_terms) / len(terms) if terms else 0.0)
        return out

    def _candidates(self, clause: _Clause) -> set[int] | frozenset[int]:
        if clause.fixed_docs is not None:
            return clause.fixed_docs
        if clause.alternatives or clause.all_of:
            out: set[int] = set()
            for part in clause.alternatives or clause.all_of:
                out |= self._candidates(part)
            return out
        phrase_docs = self._clause_docs(clause) if clause.all_pairs else None
        if phrase_docs is not None and len(phrase_docs) <= EXACT_MAX:
            return phrase_docs
        out = set()
        for term in clause.words or clause.any_of:
            champions = self._champions(term)
            out |= champions.keys() if champions is not None else self._docs_of("text", term)
        return out & phrase_docs if phrase_docs is not None else out

    def _clause_scores(self, clause: _Clause, docs: list[int], exact: bool) -> list[float]:
        totals = [0.0] * len(docs)
        if clause.all_of:
            for part in clause.all_of:
                for i, value in enumerate(self._clause_scores(part, docs, exact)):
                    totals[i] += value
            return totals
        if clause.alternatives:
            # Synonyms are one meaning written several ways: the best-matching way counts, so a
            # document using two of them does not score twice.
            for part in clause.alternatives:
                for i, value in enumerate(self._clause_scores(part, docs, exact)):
                    totals[i] = max(totals[i], value)
            return totals
        if clause.all_pairs or clause.fixed_docs is not None:
            # A phrase scores as its words do, in the documents where they stand together: the
            # same whether its pairs were indexed or its documents checked one by one.
            matching = self._clause_docs(clause)
            for term in clause.words:
                text = self._field_scores("text", term, docs)
                head = self._field_scores("head", term, docs)
                for i, d in enumerate(docs):
                    if d in matching:
                        totals[i] += text[i] + ranking.HEAD_BOOST * head[i]
            return totals
        for term, qweight in zip(clause.any_of, clause.weights, strict=True):
            champions = None if exact else self._champions(term)
            if champions is not None:
                floor = min(champions.values(), default=0.0) * 0.5
                for i, d in enumerate(docs):
                    totals[i] += qweight * champions.get(d, floor)
                continue
            text = self._field_scores("text", term, docs)
            head = self._field_scores("head", term, docs)
            for i in range(len(docs)):
                totals[i] += qweight * (text[i] + ranking.HEAD_BOOST * head[i])
        return totals

    def _field_scores(self, field_name: str, term: str, docs: list[int]) -> list[float]:
        """Exact BM25 of ``term`` in ``field_name`` for each of the sorted ``docs``."""
        stats = self._stats()
        weights = self._weights(field_name, term, docs)
        if not weights:
            return [0.0] * len(docs)
        df = self._df(field_name, term)
        idf = ranking.idf(stats.doc_count, df)
        lengths, avg = (stats.head_lengths, stats.avg_head) if field_name == "head" else (
            stats.text_lengths, stats.avg_text)
        return [ranking.bm25(idf, weights[d], lengths[d], avg) if d in weights else 0.0 for d in docs]

    def _weights(self, field_name: str, term: str, docs: list[int]) -> dict[int, float]:
        if self._df(field_name, term) <= ranking.COMMON_DF:
            key = (field_name, term)
            full = self._postings_cache.get(key)
            if full is None:
                full = {}
                try:
                    matcher = self._reader.postings(field_name, term)
                    while matcher.is_active():
                        full[matcher.id()] = matcher.weight()
                        matcher.next()
                except Exception:  # TermNotFound: no postings
                    full = {}
                if len(self._postings_cache) > 4096:
                    self._postings_cache.clear()
                self._postings_cache[key] = full
            return full
        found: dict[int, float] = {}
        try:
            matcher = self._reader.postings(field_name, term)
        except Exception:
            return found
        for docnum in docs:  # sorted: the matcher only moves forward
            if not matcher.is_active():
                break
            if matcher.id() < docnum:
                matcher.skip_to(docnum)
                if not matcher.is_active():
                    break
            if matcher.id() == docnum:
                found[docnum] = matcher.weight()
        return found

    def _df(self, field_name: str, term: str) -> int:
        if field_name == "text":
            return self.vocab.df.get(term, 0)
        key = (field_name, term)
        cached = self._df_cache.get(key)
        if cached is None:
            cached = int(self._reader.doc_frequency(field_name, term))
            self._df_cache[key] = cached
        return cached

    def _champions(self, term: str) -> dict[int, float] | None:
        if self.vocab.df.get(term, 0) <= ranking.COMMON_DF:
            return None
        cached = self._champion_cache.get(term)
        if cached is None:
            row = self._connect().execute("SELECT docs, scores FROM champions WHERE term = ?", (term,)).fetchone()
            cached = ranking.decode_champions(row[0], row[1]) if row else {}
            self._champion_cache[term] = cached
        return cached

    def _stats(self) -> _IndexStats:
        if self._index_stats is None:
            rows = dict(self._connect().execute("SELECT key, value FROM index_stats").fetchall())
            text, head = array("i"), array("i")
            text.frombytes(rows.get("text_lengths", b""))
            head.frombytes(rows.get("head_lengths", b""))
            count = max(1, len(text))
            pair_min_df = int(rows.get("pair_min_df", b"0") or 0)
            self._index_stats = _IndexStats(len(text), text, head, (sum(text) / count) or 1.0,
                                            (sum(head) / count) or 1.0, pair_min_df)
        return self._index_stats

    def _plan_word(self, word: str, langs: Sequence[Lang], prefix: bool) -> _WordPlan:
        vocab = self.vocab
        exact = {t for t in (term_for(word, lang) for lang in langs) if t}
        expansions: list[str] = []
        if prefix:
            folded = fold_prefix(word)
            if len(folded) >= PREFIX_MIN_CHARS:
                expansions = [t for t in vocab.expand(folded, prefix_cap(folded)) if t not in exact]
        fuzzy: list[str] = []
        if not any(t in vocab for t in exact) and not expansions and len(fold_prefix(word)) >= FUZZY_MIN_CHARS:
            for term in exact:
                distance = 1 if len(term) < 8 else 2
                fuzzy.extend(t for t in vocab.close_matches(term, distance) if t not in fuzzy)
        return _WordPlan(exact, expansions, fuzzy)

    def _word_clause(self, plan: _WordPlan) -> _Clause | None:
        vocab = self.vocab
        weighted = [(t, 1.0) for t in sorted(plan.exact) if t in vocab]
        weighted += [(t, PREFIX_WEIGHT) for t in plan.expansions]
        weighted += [(t, FUZZY_WEIGHT) for t in plan.fuzzy]
        if not weighted:
            return None
        return _Clause(any_of=tuple(t for t, _ in weighted), weights=tuple(w for _, w in weighted))

    def _terms_clause(self, terms: Sequence[str]) -> _Clause:
        """All of ``terms`` in this order: one term, or a phrase looked up by its word pairs."""
        from kb_app.core.build import pair_term

        if len(terms) == 1:
            return _Clause(any_of=(terms[0],), weights=(1.0,))
        pairs = tuple(pair_term(a, b) for a, b in zip(terms, terms[1:], strict=False))
        min_df = self._stats().pair_min_df
        if all(self.vocab.df.get(t, 0) > min_df for t in terms):
            return _Clause(all_pairs=pairs, words=tuple(terms))
        # A rarer word: its pairs are not indexed, but its few documents can be checked one by one.
        candidates = _intersect(self._docs_of("text", t) for t in terms)
        return _Clause(words=tuple(terms), fixed_docs=frozenset(self._verify_phrase(tuple(terms), candidates)))

    def _verify_phrase(self, terms: tuple[str, ...], docs: Iterable[int]) -> set[int]:
        docnums = list(docs)
        if not docnums:
            return set()
        by_id = {self._doc_id(d): d for d in docnums}
        rows = self._connect().execute(
            f"SELECT id, lang, title, tags, summary, text FROM documents WHERE id IN ({','.join('?' * len(by_id))})",
            list(by_id)).fetchall()
        found: set[int] = set()
        size = len(terms)
        for doc_id, lang, title, tags, summary, packed in rows:
            analysis_lang: Lang = "en" if lang == "en" else "lv"
            for section in (title or "", " ; ".join(json.loads(tags or "[]")), summary or "", unpack_text(packed)):
                seq = [t.term for t in tokenize(section, analysis_lang)]
                if any(tuple(seq[i:i + size]) == terms for i in range(len(seq) - size + 1)):
                    found.add(by_id[doc_id])
                    break
        return found

    def _build(self, parsed: ParsedQuery, langs: Sequence[Lang]) -> tuple[list[_Clause], set[str]] | None:
        clauses = list(parsed.clauses)
        synonyms = self._synonym_index()
        matched: set[str] = set()
        built: list[_Clause] = []
        i = 0
        while i < len(clauses):
            clause = clauses[i]
            is_last = i == len(clauses) - 1
            if clause.phrase:
                phrase = self._phrase_clause(clause, langs)
                if phrase is not None:
                    built.append(phrase[0])
                    matched |= phrase[1]
                i += 1
                continue
            span = self._synonym_span(clauses, i, synonyms)
            if span is not None:
                length, group = span
                alternatives = [self._terms_clause(alt) for alt in self._synonym_groups[group]]
                for alt in self._synonym_groups[group]:
                    matched |= set(alt)
                # The typed words also count on their own, wherever they stand in a document.
                own = [self._word_clause(self._plan_word(c.words[0], langs, False))
                       for c in clauses[i:i + length]]
                own_clauses = [c for c in own if c is not None]
                if len(own_clauses) == length > 1:
                    alternatives.append(_Clause(all_of=tuple(own_clauses)))
                built.append(_Clause(alternatives=tuple(alternatives)))
                i += length
                continue
            plan = self._plan_word(clause.words[0], langs, prefix=is_last and parsed.last_is_prefix)
            word = self._word_clause(plan)
            if word is not None:
                built.append(word)
                matched |= plan.all_terms()
            # A word no document has (and no close match) is left out rather than emptying the
            # result: the other words still find what they can.
            i += 1
        if not built:
            return None
        return built, matched

    def _phrase_clause(self, clause: Clause, langs: Sequence[Lang]) -> tuple[_Clause, set[str]] | None:
        alternatives = []
        terms_all: set[str] = set()
        for lang in langs:
            terms = tuple(t.term for t in tokenize(clause.text, lang))
            if terms and terms not in [a[0] for a in alternatives]:
                alternatives.append((terms, self._terms_clause(terms)))
                terms_all |= set(terms)
        if not alternatives:
            return None
        if len(alternatives) == 1:
            return alternatives[0][1], terms_all
        return _Clause(alternatives=tuple(a[1] for a in alternatives)), terms_all

    @staticmethod
    def _synonym_span(
        clauses: list[Clause], start: int, synonyms: dict[str, list[tuple[tuple[str, ...], int]]]
    ) -> tuple[int, int] | None:
        first = term_for(clauses[start].words[0], "lv")
        best: tuple[int, int] | None = None
        for alt, group in synonyms.get(first, ()):
            length = len(alt)
            window = clauses[start:start + length]
            if len(window) != length or any(c.phrase for c in window):
                continue
            if tuple(term_for(c.words[0], "lv") for c in window) == alt and (best is None or length > best[0]):
                best = (length, group)
        return best

    # -- hits ------------------------------------------------------------------------------
    def _hits(self, top: list[tuple[float, int]], matched_terms: set[str]) -> list[Hit]:
        if not top:
            return []
        ids = [self._doc_id(docnum) for _, docnum in top]
        placeholders = ",".join("?" * len(ids))
        rows = self._connect().execute(
            f"SELECT id, type, title, lang, municipality, summary, text FROM documents WHERE id IN ({placeholders})",
            ids,
        ).fetchall()
        by_id = {row[0]: row for row in rows}
        hits = []
        for (score, _docnum), doc_id in zip(top, ids, strict=True):
            row = by_id.get(doc_id)
            if row is None:
                continue
            _, doc_type, title, lang, municipality, summary, packed = row
            text = unpack_text(packed)
            snippet = make_snippet(text or "", matched_terms, lang) or make_snippet(summary or "", matched_terms, lang)
            if not snippet:
                snippet = escape(_shorten(summary or text or "", SNIPPET_CHARS))
            hits.append(Hit(doc_id, doc_type, title, lang, round(float(score), 3), snippet, municipality))
        return hits

    def _doc_id(self, docnum: int) -> str:
        cached = self._docnum_cache.get(docnum)
        if cached is None:
            cached = str(self._searcher.stored_fields(docnum)["id"])
            self._docnum_cache[docnum] = cached
        return cached

    def close(self) -> None:
        self._searcher.close()
        self._index.close()


def _intersect(sets: Iterable[frozenset[int] | set[int]]) -> frozenset[int] | set[int]:
    ordered = sorted(sets, key=len)
    if not ordered:
        return frozenset()
    result = ordered[0]
    for other in ordered[1:]:
        if not result:
            break
        result = result & other
    return result


def _shorten(text: str, size: int) -> str:
    text = " ".join(text.split())
    if len(text) <= size:
        return text
    cut = text.rfind(" ", 0, size)
    return text[: cut if cut > size // 2 else size] + " …"


def make_snippet(text: str, terms: set[str], lang: str) -> str:
    """A window of ``text`` around the first matched word, matches wrapped in ``<b>``; '' if none.

    The snippet is HTML: text is escaped, only the ``<b>`` marks are markup.
    """
    if not text or not terms:
        return ""
    analysis_lang: Lang = "en" if lang == "en" else "lv"
    tokens = list(tokenize(text, analysis_lang))
    first = next((t for t in tokens if t.term in terms), None)
    if first is None:
        return ""
    normalized = normalize(text)
    if len(normalized) != len(text):  # offsets are only valid when normalization kept lengths
        text = normalized
    start = max(0, first.start - SNIPPET_CHARS // 3)
    if start > 0:
        space = text.rfind(" ", 0, start)
        start = space + 1 if space >= 0 and first.start - space < SNIPPET_CHARS // 2 else start
    end = min(len(text), start + SNIPPET_CHARS)
    if end < len(text):
        space = text.rfind(" ", first.end, end)
        end = space if space > first.end else end
    out: list[str] = ["… " if start > 0 else ""]
    cursor = start
    for token in tokens:
        if token.start < start or token.end > end or token.term not in terms:
            continue
        out.append(escape(text[cursor:token.start]))
        out.append(f"<b>{escape(text[token.start:token.end])}</b>")
        cursor = token.end
    out.append(escape(text[cursor:end]))
    if end < len(text):
        out.append(" …")
    return " ".join("".join(out).split())
