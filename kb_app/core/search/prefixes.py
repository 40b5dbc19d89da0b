"""Which index terms a partly typed word stands for, and which of those sets the index ranks ahead.

The last word of a query also matches as a prefix: its completions are the most frequent terms
that start with it, capped, so a two-letter prefix costs four terms, not thousands. The search
engine (kb_app.core.search.engine.Vocabulary) and the indexer (the prefix orders it stores, see
kb_app.core.search.postings.GroupOrder) pick completions with this one function, so a stored order is
found for exactly the terms a search asks for.
"""

from __future__ import annotations

import heapq
from bisect import bisect_left
from collections.abc import Iterator, Mapping, Sequence

PREFIX_MIN_CHARS = 2
# Prefixes of up to this many letters get a stored order of their completions' best documents
# when those lists are long: at five letters one completion has most postings, and its own
# order settles the top (measured: benchmarks/search_bench.py, typing).
ORDERED_PREFIX_MAX_CHARS = 4


def prefix_cap(prefix: str) -> int:
    # Short prefixes match thousands of terms; only the most frequent few are worth searching.
    return 4 if len(prefix) <= 2 else 6 if len(prefix) == 3 else 10


def completions(terms: Sequence[str], df: Mapping[str, int], prefix: str, cap: int) -> list[str]:
    """The ``cap`` most frequent of the sorted ``terms`` that start with ``prefix`` (ties: the
    first in sorted order)."""
    lo = bisect_left(terms, prefix)
    hi = bisect_left(terms, prefix + "\uffff", lo)
    candidates = terms[lo:hi]
    if len(candidates) > cap:
        return heapq.nlargest(cap, candidates, key=df.__getitem__)
    return list(candidates)


def ordered_prefix_groups(terms: Sequence[str], df: Mapping[str, int], min_postings: int) -> Iterator[tuple[str, ...]]:
    """The completions (sorted) of every prefix of PREFIX_MIN_CHARS to ORDERED_PREFIX_MAX_CHARS
    letters that has more than one and, together, more than ``min_postings`` postings; each set once."""
    seen: set[tuple[str, ...]] = set()
    for size in range(PREFIX_MIN_CHARS, ORDERED_PREFIX_MAX_CHARS + 1):
        for prefix in sorted({term[:size] for term in terms if len(term) >= size}):
            group = tuple(sorted(completions(terms, df, prefix, prefix_cap(prefix))))
            if len(group) > 1 and group not in seen and sum(df[t] for t in group) > min_postings:
                seen.add(group)
                yield group
