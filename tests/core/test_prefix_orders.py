"""Stored prefix orders (postings.GroupOrder): a short prefix's completions walked as one list rank
exactly as adding up every posting of every completion does, for the hits a worker sees while
typing, with filters and any limit; and a library without them (or with a damaged one) searches
the same."""

from __future__ import annotations

import random
import sqlite3
import sys
from array import array
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest

from kb_app.core.content.knowledge import load_knowledge
from kb_app.core.library.library_db import Library
from kb_app.core.packs.build import build_library_dir
from kb_app.core.search import indexer, postings
from kb_app.core.search.engine import Filters, Fts5SearchEngine
from kb_app.core.search.postings import GroupOrder, Tier

REPO = Path(__file__).resolve().parent.parent.parent
sys.path.insert(0, str(REPO / "benchmarks"))

from corpus import Corpus  # noqa: E402
from search_bench import write_knowledge as write_corpus  # noqa: E402

# On 2,500 documents no prefix has the 8,000 postings that get an order on a large library: here
# every prefix with more than a few hundred gets one, and the threshold algorithm is tried on any
# tier (as on a large library) so that the stored orders are what settles it.
MIN_POSTINGS = 300


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Library]:
    root = tmp_path_factory.mktemp("prefix-orders")
    write_corpus(Corpus(2500, seed=20), root / "knowledge")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(indexer, "ACCUMULATE_BELOW", MIN_POSTINGS)
        build_library_dir(load_knowledge(root / "knowledge"), root / "lib")
    library = Library(root / "lib")
    yield library
    library.close()


def typed_queries(engine: Fts5SearchEngine, rng: random.Random) -> list[str]:
    """What a worker types on the way to a word or two: every 2-4 letter start of frequent words,
    alone and after a whole word, with and without diacritics."""
    vocab = engine.vocab
    frequent = sorted(vocab.terms, key=lambda t: -vocab.df[t])[:120]
    words = [vocab.word[t] for t in frequent]
    queries = [w[:n] for w in words for n in (2, 3, 4) if len(w) > n]
    queries += [f"{rng.choice(words)} {w[:n]}" for w in rng.sample(words, 40) for n in (2, 3)]
    return list(dict.fromkeys(queries))


def results(library: Library, queries: list[str], limit: int, filters: Filters) -> dict[str, Any]:
    engine = library.search_engine()
    assert isinstance(engine, Fts5SearchEngine)
    out = {}
    for query in queries:
        result = engine.search(query, limit=limit, filters=filters).to_json()
        del result["took_ms"]
        out[query] = result
    return out


def test_stored_prefix_orders_rank_as_adding_up_every_posting(
    library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    engine = library.search_engine()
    assert isinstance(engine, Fts5SearchEngine)
    queries = typed_queries(engine, random.Random(5))
    settled = 0
    original = postings.threshold_top_k

    def counted(tier: Tier, *args: Any, **kwargs: Any) -> list[tuple[int, float]] | None:
        nonlocal settled
        found = original(tier, *args, **kwargs)
        settled += bool(tier.groups) and found is not None
        return found

    cases = [
        (10, Filters()),
        (30, Filters()),
        (3, Filters()),
        (10, Filters(type="article")),
        (10, Filters(type="contact")),
    ]
    # Reference: no stored orders, and every tier of several lists added up whole.
    full = Library(library.directory)
    full_engine = full.search_engine()
    assert isinstance(full_engine, Fts5SearchEngine)
    full_engine._group_orders_stored = False
    monkeypatch.setattr(postings, "ACCUMULATE_BELOW", 10**9)
    want = [results(full, queries, limit, filters) for limit, filters in cases]
    assert sum(bool(r["hits"]) for r in want[0].values()) > 0.9 * len(queries)
    full.close()

    monkeypatch.setattr(postings, "ACCUMULATE_BELOW", 0)
    monkeypatch.setattr(postings, "threshold_top_k", counted)
    got = [results(library, queries, limit, filters) for limit, filters in cases]
    assert sum(order is not None for order in engine._group_orders.values()) > 100
    for want_case, got_case in zip(want, got, strict=True):
        for query in queries:
            assert got_case[query] == want_case[query], query
    # Most of them were settled from the stored orders, not by adding up after all.
    assert settled > 2 * len(queries), (settled, len(queries))


def test_a_short_stored_order_stops_exactly_or_hands_over(library: Library) -> None:
    """A stored order ends with a bound on every document past it: the threshold algorithm stops
    within it when that bound allows, else hands over (None) to adding up, never returns less."""
    engine = library.search_engine()
    assert isinstance(engine, Fts5SearchEngine)
    ranking = engine._ranking()
    assert ranking is not None
    with closing(sqlite3.connect(library.directory / "library.db")) as conn:
        keys = [str(k) for (k,) in conn.execute("SELECT terms FROM prefix_orders ORDER BY terms")]
    assert len(keys) > 50
    rng = random.Random(8)
    settled = handed_over = 0
    for key in keys:
        terms = key.split()
        stored = engine._group_order(terms)
        assert stored is not None and len(stored) == postings.GROUP_KEEP
        for keep in (4, 12, 40):
            order = GroupOrder(stored.rowids[:keep], stored.sums[:keep], stored.sums[keep])
            weight = rng.choice((1.0, 0.05, 2.7))
            others = rng.sample(engine.vocab.terms, rng.randint(0, 2))
            names = sorted(set(terms + others))
            lists = [engine._term_lists(t)[0] for t in names]
            weights = [weight if t in terms else rng.uniform(0.1, 3.0) for t in names]
            allowed = frozenset(rng.sample(range(1, ranking.rows + 1), ranking.rows // 2)) if keep == 12 else None
            tier = Tier(
                lists,
                weights,
                [[i] for i in range(len(names))],
                False,
                set(),
                allowed,
                groups=[([names.index(t) for t in terms], order)],
            )
            k = rng.choice((1, 3, 10))
            found = postings.threshold_top_k(tier, k, ranking.norms)
            if found is None:
                handed_over += 1
                continue
            settled += 1
            assert found == postings.accumulated_top_k(tier, k, ranking.norms), (key, keep, k)
    assert settled > 100 and handed_over > 10, (settled, handed_over)


def test_order_sums_are_the_shares_of_the_lists(library: Library) -> None:
    engine = library.search_engine()
    assert isinstance(engine, Fts5SearchEngine)
    ranking = engine._ranking()
    assert ranking is not None
    with closing(sqlite3.connect(library.directory / "library.db")) as conn:
        key = str(conn.execute("SELECT terms FROM prefix_orders ORDER BY terms LIMIT 1").fetchone()[0])
    order = engine._group_order(key.split())
    assert order is not None
    lists = [engine._term_lists(t)[0] for t in key.split()]
    sums: dict[int, float] = {}
    for lst in lists:
        for rowid, share in lst.share_of(ranking.norms).items():
            sums[rowid] = sums.get(rowid, 0.0) + share
    ranked = sorted(sums.items(), key=lambda item: (-item[1], item[0]))
    assert list(order.rowids) == [r for r, _ in ranked[: len(order)]]
    assert list(order.sums) == pytest.approx([s for _, s in ranked[: len(order)]], rel=1e-12)
    assert order.rest == pytest.approx(ranked[len(order)][1], rel=1e-12)


@pytest.mark.parametrize("damage", ["drop", "garble"])
def test_a_library_without_usable_orders_searches_the_same(library: Library, tmp_path: Path, damage: str) -> None:
    queries = typed_queries(library.search_engine(), random.Random(2))[::7]  # type: ignore[arg-type]
    want = results(library, queries, 10, Filters())
    copy = tmp_path / "lib"
    copy.mkdir()
    (copy / "library.db").write_bytes((library.directory / "library.db").read_bytes())
    with closing(sqlite3.connect(copy / "library.db")) as conn:
        if damage == "drop":
            conn.execute("DROP TABLE prefix_orders")
        else:
            conn.execute("UPDATE prefix_orders SET data = ?", (bytes(array("I", range(40))),))
        conn.commit()
    damaged = Library(copy)
    assert results(damaged, queries, 10, Filters()) == want
    engine = damaged.search_engine()
    assert isinstance(engine, Fts5SearchEngine)
    assert engine._group_orders and not any(engine._group_orders.values())
    damaged.close()
