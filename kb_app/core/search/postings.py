"""Ranking without scoring every match: per-term postings that give FTS5's own bm25() scores.

FTS5's ``bm25()`` has to be evaluated on every document a query matches (about 2.5 µs a row here)
and recomputes each phrase's idf by scanning its whole doclist, for every statement. A word that
half the library contains therefore costs tens of milliseconds, whatever the top 10 is.

The indexer also writes, for each term, its postings: the documents that have it (ascending
rowids), the term's column-weighted frequency in each, and the same documents ordered by their
share of the score (best first). The score of a document for a query is then what ``bm25()`` in
``fts5_aux.c`` computes, in the same floating-point operations and the same phrase order, so the
two agree to the last bit (tests/core/test_engine.py compares them). The threshold algorithm
(Fagin, Lotem and Naor 2001) walks the ordered lists from the top and stops as soon as no document
not yet seen could beat the k-th best: the top 10 of a word that 20,000 documents have is read
from the first few dozen entries, and it is exact.

Two kinds of list per term: ``all`` (every column, weights libformat.FTS_COLUMNS) and ``title``
(the title column alone, as ``{title} : (…)`` sees it: idf from the documents with the term in
their title).

A typed prefix stands for its few most frequent completions (kb_app.core.search.prefixes), and they all
get the prefix's one idf. Their lists are long and their shares alike, so the threshold algorithm
walking them one by one reads almost all of each before it may stop. The indexer therefore also
stores, for each such set of completions, its documents ordered by their shares summed
(:class:`GroupOrder`, the best GROUP_KEEP and a bound on the rest): walked as one list, the top 10
of "pa" is settled from a few dozen entries. Every document is still scored in full by random
access, so the result is the same as adding up every list (tests/core/test_prefix_orders.py).
"""

from __future__ import annotations

import heapq
import math
import struct
import sys
import zlib
from array import array
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from operator import itemgetter
from typing import Protocol

from kb_app.core.library_files.libformat import FTS_COLUMNS

K1 = 1.2
B = 0.75
KP1 = K1 + 1.0  # evaluated as fts5_aux.c evaluates (k1 + 1.0)
WEIGHTS: tuple[int, ...] = tuple(int(weight) for _, weight in FTS_COLUMNS)
ACCUMULATE_BELOW = 8000  # lists with fewer postings in all are added up whole: cheaper than any walk
# Beside longer lists, lists of up to WHOLE_LIST_MAX postings (and up to WHOLE_READ_MAX together)
# are read whole before the threshold algorithm walks the rest (_read_whole).
WHOLE_LIST_MAX = 3000
WHOLE_READ_MAX = 6000
ORDER_MIN = 48  # shorter lists are ordered when read: storing their order costs more than sorting it
_HEADER = struct.Struct("<4I")  # postings in all columns, in the title, stored orders of each
# Documents kept in a prefix's stored order: the window asks for 30 hits, a query of several words
# weighs twice its limit, and a filter passes over some.
GROUP_KEEP = 160
_GROUP_HEADER = struct.Struct("<Id")  # documents stored, the largest sum of any other
_LITTLE = sys.byteorder == "little"


def _pack(values: array) -> bytes:  # type: ignore[type-arg]
    if not _LITTLE:
        values = array(values.typecode, values)
        values.byteswap()
    return values.tobytes()


def _unpack(typecode: str, data: bytes | memoryview) -> array:  # type: ignore[type-arg]
    values = array(typecode)
    values.frombytes(data)
    if not _LITTLE:
        values.byteswap()
    return values


def idf(rows: int, hits: int) -> float:
    """fts5_aux.c: log((N - n + 0.5) / (n + 0.5)), never below 1e-6."""
    value = math.log((rows - hits + 0.5) / (hits + 0.5))
    return value if value > 0.0 else 1e-6


def norms(lengths: Sequence[int], avgdl: float) -> array:  # type: ignore[type-arg]
    """Per rowid, the length part of fts5_aux.c's denominator, ``k1 * (1 - b + b * D / avgdl)``:
    computed once, the same double the C code computes for each row."""
    return array("d", [K1 * (1 - B + B * length / avgdl) for length in lengths])


def share_n(freq: float, norm: float) -> float:
    """A term's score in a document before its idf, as fts5_aux.c computes it:
    ``(f * (k1 + 1.0)) / (f + k1 * (1 - b + b * D / avgdl))``, with the document's :func:`norms` entry."""
    return (freq * KP1) / (freq + norm)


class PostingsBuilder:
    """Collects postings while documents are indexed (in ascending rowid order)."""

    def __init__(self) -> None:
        self._all: dict[str, tuple[array, array]] = {}  # type: ignore[type-arg]
        self._title: dict[str, tuple[array, array]] = {}  # type: ignore[type-arg]
        self.lengths = array("I", [0])  # document length in tokens, by rowid (rowid 0 unused)
        self.tokens = 0

    def add(self, rowid: int, columns: Sequence[str]) -> None:
        """``columns``: the document's analyzed columns (space-separated terms), FTS_COLUMNS order."""
        while len(self.lengths) < rowid:
            self.lengths.append(0)
        counted = [Counter(text.split()) for text in columns]  # counting in C: the body is most of it
        length = sum(sum(counts.values()) for counts in counted)
        weighted = dict(counted[-1]) if WEIGHTS[-1] == 1 else {}
        for counts, weight in zip(counted if not weighted else counted[:-1], WEIGHTS, strict=False):
            for term, n in counts.items():
                weighted[term] = weighted.get(term, 0) + weight * n
        self.lengths.append(length)
        self.tokens += length
        title = {term: WEIGHTS[0] * n for term, n in counted[0].items()}
        for target, freqs in ((self._all, weighted), (self._title, title)):
            for term, freq in freqs.items():
                entry = target.get(term)
                if entry is None:
                    entry = target[term] = (array("I"), array("I"))
                entry[0].append(rowid)
                entry[1].append(freq)

    @property
    def rows(self) -> int:
        return len(self.lengths) - 1

    def stats(self) -> tuple[int, int]:
        """(rows, tokens): what FTS5 must report too (libformat's check before postings are used)."""
        return self.rows, self.tokens

    def blobs(self) -> Iterator[tuple[str, int, bytes]]:
        """(term, documents with it in the title, compressed postings) for every term."""
        avgdl = self.tokens / self.rows if self.rows else 1.0
        by_rowid = norms(self.lengths, avgdl)
        for term, (rowids, freqs) in self._all.items():
            title_rowids, title_freqs = self._title.get(term, (array("I"), array("I")))
            parts = [rowids, freqs, title_rowids, title_freqs]
            orders = []
            for ids, fs in ((rowids, freqs), (title_rowids, title_freqs)):
                order = _order(ids, fs, by_rowid) if len(ids) >= ORDER_MIN else array("I")
                orders.append(order)
            header = _HEADER.pack(len(rowids), len(title_rowids), len(orders[0]), len(orders[1]))
            body = b"".join(_pack(values) for values in (*parts, *orders))
            yield term, len(title_rowids), zlib.compress(header + body, 6)

    def group_blobs(self, groups: Iterable[Sequence[str]]) -> Iterator[tuple[str, bytes]]:
        """(:func:`group_key`, compressed :class:`GroupOrder`) of each group of terms: its
        documents by the sum of their shares in the group's ``all`` lists, the best GROUP_KEEP."""
        keep = GROUP_KEEP
        avgdl = self.tokens / self.rows if self.rows else 1.0
        by_rowid = norms(self.lengths, avgdl)
        for terms in groups:
            if not all(term in self._all for term in terms):
                continue  # not a term of these postings: no order, the lists are added up instead
            sums: dict[int, float] = {}
            for term in terms:
                rowids, freqs = self._all[term]
                get = sums.get
                for rowid, freq in zip(rowids, freqs, strict=True):
                    sums[rowid] = get(rowid, 0.0) + (freq * KP1) / (freq + by_rowid[rowid])
            best = heapq.nsmallest(keep + 1, sums.items(), key=lambda item: (-item[1], item[0]))
            rest = best[keep][1] if len(best) > keep else 0.0
            kept = best[:keep]
            order = GroupOrder(array("I", [r for r, _ in kept]), array("d", [v for _, v in kept]), rest)
            yield group_key(terms), zlib.compress(order.encode(), 6)


def group_key(terms: Iterable[str]) -> str:
    """The stored name of a set of terms' order: the terms, sorted, a space between."""
    return " ".join(sorted(terms))


@dataclass(frozen=True)
class GroupOrder:
    """The documents that have any of a few terms, by the sum of their shares (scores before idf)
    in those terms' ``all`` lists, best first: the first ``len(rowids)``, and ``rest``, which no
    other document's sum exceeds (0.0: there are no others)."""

    rowids: array  # type: ignore[type-arg]
    sums: array  # type: ignore[type-arg]
    rest: float

    def __len__(self) -> int:
        return len(self.rowids)

    def encode(self) -> bytes:
        return _GROUP_HEADER.pack(len(self.rowids), self.rest) + _pack(self.rowids) + _pack(self.sums)

    @classmethod
    def decode(cls, blob: bytes) -> GroupOrder:
        """ValueError when the blob is not what :meth:`encode` wrote (compressed)."""
        raw = zlib.decompress(blob)
        count, rest = _GROUP_HEADER.unpack_from(raw)
        if _GROUP_HEADER.size + 12 * count != len(raw) or not rest >= 0.0:
            raise ValueError("a prefix order of another shape")
        view = memoryview(raw)[_GROUP_HEADER.size :]
        return cls(_unpack("I", view[: 4 * count]), _unpack("d", view[4 * count :]), rest)

    def rowid(self, position: int) -> int:
        return int(self.rowids[position])

    def share(self, position: int) -> float:
        return float(self.sums[position])


def _order(rowids: Sequence[int], freqs: Sequence[int], norms: Sequence[float]) -> array:  # type: ignore[type-arg]
    """Positions in ``rowids`` by share descending, ties in rowid order (as ORDER BY rank, rowid)."""
    shares = [(f * KP1) / (f + norms[r]) for r, f in zip(rowids, freqs, strict=True)]
    return array("I", sorted(range(len(shares)), key=shares.__getitem__, reverse=True))


@dataclass
class TermList:
    """One term's postings of one kind, ready for sorted and random access."""

    rowids: array  # type: ignore[type-arg]
    freqs: array  # type: ignore[type-arg]
    order: array | None  # type: ignore[type-arg]
    _walk: Walk | None = None
    _shares: array | None = None  # type: ignore[type-arg]
    _by_rowid: dict[int, float] | None = None

    def __len__(self) -> int:
        return len(self.rowids)

    def freq(self, rowid: int) -> int:
        i = bisect_left(self.rowids, rowid)
        return self.freqs[i] if i < len(self.rowids) and self.rowids[i] == rowid else 0

    def ordered(self, norms: Sequence[float]) -> array:  # type: ignore[type-arg]
        if self.order is None:
            self.order = _order(self.rowids, self.freqs, norms)
        return self.order

    def shares(self, norms: Sequence[float]) -> array:  # type: ignore[type-arg]
        """Each posting's share (score before idf), in rowid order."""
        if self._shares is None:
            self._shares = array(
                "d", [(f * KP1) / (f + norms[r]) for r, f in zip(self.rowids, self.freqs, strict=True)]
            )
        return self._shares

    def share_of(self, norms: Sequence[float]) -> dict[int, float]:
        """rowid → share, for random access by the thousand."""
        if self._by_rowid is None:
            self._by_rowid = dict(zip(self.rowids, self.shares(norms), strict=True))
        return self._by_rowid

    def lookup(self, lookups: int, norms: Sequence[float]) -> Callable[[int], float | None]:
        """rowid → share (None when absent), for ``lookups`` lookups: a dictionary when it pays
        (or is there already), a binary search per lookup when few are asked of a long list."""
        if self._by_rowid is not None or lookups * 16 >= len(self.rowids):
            return self.share_of(norms).get

        def searched(rowid: int) -> float | None:
            freq = self.freq(rowid)
            return share_n(freq, norms[rowid]) if freq else None

        return searched

    def walk(self, norms: Sequence[float]) -> Walk:
        if self._walk is None:
            self._walk = Walk(self, norms)
        return self._walk


class Walk:
    """A term list in score order, its rowids and shares computed a block at a time and kept."""

    BLOCK = 64

    def __init__(self, terms: TermList, norms: Sequence[float]) -> None:
        self._terms = terms
        self._order = terms.ordered(norms)
        self._norms = norms
        self.rowids: list[int] = []
        self.shares: list[float] = []

    def _extend(self, upto: int) -> None:
        rowids, freqs, norms = self._terms.rowids, self._terms.freqs, self._norms
        for i in self._order[len(self.rowids) : upto + self.BLOCK]:
            rowid = rowids[i]
            self.rowids.append(rowid)
            self.shares.append(share_n(freqs[i], norms[rowid]))

    def rowid(self, position: int) -> int:
        if position >= len(self.rowids):
            self._extend(position)
        return self.rowids[position]

    def share(self, position: int) -> float:
        if position >= len(self.shares):
            self._extend(position)
        return self.shares[position]


def decode(blob: bytes) -> tuple[TermList, TermList]:
    """(all columns, title) lists of a term; ValueError when the blob is not what blobs() wrote."""
    raw = zlib.decompress(blob)
    n, nt, no, nto = _HEADER.unpack_from(raw)
    sizes = (n, n, nt, nt, no, nto)
    if _HEADER.size + 4 * sum(sizes) != len(raw) or no not in (0, n) or nto not in (0, nt):
        raise ValueError("postings of another shape")
    view = memoryview(raw)[_HEADER.size :]
    arrays = []
    for size in sizes:
        arrays.append(_unpack("I", view[: 4 * size]))
        view = view[4 * size :]
    rowids, freqs, title_rowids, title_freqs, order, title_order = arrays
    return (
        TermList(rowids, freqs, order if no else None),
        TermList(title_rowids, title_freqs, title_order if nto else None),
    )


@dataclass
class Tier:
    """One tier of a query: its phrases (single terms, in the FTS5 expression's order, repeats
    kept), which phrases make up each part, and whether a document needs every part or one."""

    lists: list[TermList]
    idfs: list[float]
    parts: list[list[int]]
    every: bool
    exclude: set[int] = field(default_factory=set)
    allowed: frozenset[int] | None = None
    candidates: list[int] | None = None  # every document that can match, when known and few
    # Lists (indices) that the threshold algorithm reads in one stored order (a tier that needs
    # any part): the same document from each at once, by the sum of its shares.
    groups: list[tuple[list[int], GroupOrder]] = field(default_factory=list)


def _score(idfs: Sequence[float], freqs: Sequence[int], norm: float) -> float:
    score = 0.0
    for q, freq in enumerate(freqs):
        if freq:
            score = score + idfs[q] * share_n(freq, norm)
    return score


def _best(scored: Iterable[tuple[int, float]], k: int) -> list[tuple[int, float]]:
    """The ``k`` best (rowid, score): highest score first, ties by rowid (ORDER BY rank, rowid)."""
    items = list(scored)
    if k <= 0 or not items:
        return []
    if len(items) > k:
        cut = heapq.nlargest(k, map(itemgetter(1), items))[-1]
        items = [item for item in items if item[1] >= cut]
    return sorted(items, key=lambda item: (-item[1], item[0]))[:k]


def top_k(tier: Tier, k: int, norms: Sequence[float]) -> list[tuple[int, float]]:
    """The ``k`` best (rowid, score) of ``tier`` by bm25, ties by rowid.

    Known candidates are scored one by one. When a document needs every part, the threshold
    algorithm gets a short budget (it may have to read far down each list, past documents that
    have one part at the top and lack another, or that an earlier tier took), then the documents
    of the rarest part are scored. Otherwise short lists are added up whole, and long ones go to
    the threshold algorithm (its short lists read whole first), added up whole after all if it
    has not finished within its budget.
    """
    if tier.candidates is not None:
        return _best(_scored_candidates(tier, norms), k)
    if tier.every and len(tier.parts) > 1:
        found = threshold_top_k(tier, k, norms, budget=200)
        return found if found is not None else driven_top_k(tier, k, norms)
    if len(tier.lists) == 1 or sum(len(lst) for lst in tier.lists) > ACCUMULATE_BELOW:
        found = threshold_top_k(tier, k, norms, whole=_read_whole(tier))
        if found is not None:
            return found
    return accumulated_top_k(tier, k, norms)


def accumulated_top_k(tier: Tier, k: int, norms: Sequence[float]) -> list[tuple[int, float]]:
    """Every posting of every list scored and added up, list by list in phrase order (the order in
    which bm25() adds them, so the sums are the same to the last bit). For tiers that need any
    part (or have one); :func:`driven_top_k` serves those that need every part."""
    scores: dict[int, float] = {}
    for p, lst in enumerate(tier.lists):
        get = scores.get
        idf_p = tier.idfs[p]
        for rowid, value in zip(lst.rowids, lst.shares(norms), strict=True):
            scores[rowid] = get(rowid, 0.0) + idf_p * value
    keep = _keep(tier)
    return _best(scores.items() if keep is None else ((r, sc) for r, sc in scores.items() if keep(r)), k)


def driven_top_k(tier: Tier, k: int, norms: Sequence[float]) -> list[tuple[int, float]]:
    """Every part needed: the documents that have every part (set intersections, in C), scored one
    by one from a dictionary per list; the sums in phrase order, as bm25() adds them."""
    parts = sorted(tier.parts, key=lambda part: sum(len(tier.lists[q]) for q in part))
    rows: set[int] = set().union(*(tier.lists[q].rowids for q in parts[0]))
    for part in parts[1:]:
        if len(part) == 1:
            rows &= tier.lists[part[0]].share_of(norms).keys()
        else:
            rows &= set().union(*(tier.lists[q].rowids for q in part))
    return _best(_scored(tier, rows, norms), k)


def _keep(tier: Tier) -> Callable[[int], bool] | None:
    """Which documents an any-part tier may return, or None for all that have one of its terms."""
    if not tier.exclude and tier.allowed is None:
        return None

    def keep(rowid: int) -> bool:
        return rowid not in tier.exclude and (tier.allowed is None or rowid in tier.allowed)

    return keep


def _read_whole(tier: Tier) -> list[int]:
    """The short lists of an any-part tier that has long ones too, to be read whole before the
    threshold algorithm walks the long ones: a rare word's few hundred documents next to
    "cilvēks", which nearly every document has, at an idf near nothing. Walking them in score
    order beside lists of alike shares would read them to the end anyway, one document at a time."""
    if tier.every:
        return []
    grouped = {index for indices, _ in tier.groups for index in indices}
    ungrouped = sorted((len(lst), index) for index, lst in enumerate(tier.lists) if index not in grouped)
    whole: list[int] = []
    read = 0
    for size, index in ungrouped:
        if size > WHOLE_LIST_MAX or read + size > WHOLE_READ_MAX:
            break
        whole.append(index)
        read += size
    return whole if len(whole) < len(tier.lists) else []


def threshold_top_k(
    tier: Tier, k: int, norms: Sequence[float], budget: int = 600, whole: Sequence[int] = ()
) -> list[tuple[int, float]] | None:
    """The threshold algorithm, or None when it would read more than ``budget`` entries (or past
    the end of a group's stored order).

    The lists ``whole`` (of a tier that needs any part) are read first, to the end: each of
    their documents scored in full. Then sorted access always takes the list (or group of lists,
    :attr:`Tier.groups`) whose next entry could add most; every document seen is scored in full
    by random access (binary search) into every list. It stops when the k-th score is above what
    any unseen document could reach, or (every part needed) when one part's lists are exhausted,
    since every document that has all parts has then been seen.
    """
    walks, weights, lengths, rests = _sources(tier, norms, skip=frozenset(whole))
    count = len(walks)
    cursor = [0] * count

    def entry(p: int, position: int) -> float:
        """What the entry at ``position`` of source ``p`` could add; -1.0 past the end of all."""
        if position < lengths[p]:
            return weights[p] * walks[p].share(position)
        return weights[p] * rests[p] if rests[p] > 0.0 else -1.0

    nxt = [entry(p, 0) for p in range(count)]
    bound = sum(v for v in nxt if v > 0.0)
    seen = set(tier.exclude)
    best: list[tuple[float, int]] = []  # min-heap of (score, -rowid): the k-th best on top
    if whole and not tier.every:
        rows = _whole_read(
            tier, whole, k, sum(weights[p] * walks[p].share(0) for p in range(count) if lengths[p]), seen, norms
        )
        for rowid, score in _scored(tier, rows[0], norms):
            _keep_best(best, k, (score, -rowid))
        seen |= rows[1]
    parts = tier.parts
    every = tier.every
    allowed = tier.allowed
    while k > 0 and count:
        # A margin far above rounding: an unseen document whose score equals the bound could
        # still tie, and ties go to the smaller rowid. The running bound is checked exactly.
        if len(best) == k and best[0][0] > bound * (1 + 1e-9):
            bound = sum(v for v in nxt if v > 0.0)
            if best[0][0] > bound * (1 + 1e-9):
                break
        p = max(range(count), key=nxt.__getitem__) if count > 1 else 0
        if nxt[p] < 0.0:
            break  # every list read to its end
        budget -= 1
        if budget < 0 or cursor[p] == lengths[p]:
            return None  # too far, or past what a group's order keeps
        rowid = walks[p].rowid(cursor[p])
        cursor[p] += 1
        following = entry(p, cursor[p])
        bound += max(following, 0.0) - nxt[p]
        nxt[p] = following
        if following < 0.0 and every and any(all(nxt[q] < 0.0 for q in part) for part in parts):
            k = _offer(best, k, tier, rowid, seen, norms)
            break  # every document with all parts has been seen
        if rowid in seen:
            continue
        if allowed is not None and rowid not in allowed:
            seen.add(rowid)
            continue
        k = _offer(best, k, tier, rowid, seen, norms)
    return [(-neg, score) for score, neg in sorted(best, reverse=True)]


def _whole_read(
    tier: Tier, whole: Sequence[int], k: int, others: float, seen: set[int], norms: Sequence[float]
) -> tuple[list[int], set[int]]:
    """The documents of the lists ``whole`` that must be scored in full, and all of them.

    Their scores from those lists alone are added up first. The lists walked beside them can add
    at most ``others`` (their first entries) to any document, so one whose sum plus ``others`` is
    below the k-th best sum cannot reach the top ``k``: it is not scored in full, and then no
    document's share of "cilvēks" (in every document, at an idf near nothing) is ever looked up."""
    partial: dict[int, float] = {}
    for index in whole:
        get = partial.get
        idf_p = tier.idfs[index]
        for rowid, value in zip(tier.lists[index].rowids, tier.lists[index].shares(norms), strict=True):
            partial[rowid] = get(rowid, 0.0) + idf_p * value
    rows = set(partial) - seen
    kept = [r for r in rows if tier.allowed is None or r in tier.allowed]
    if len(kept) <= k:
        return kept, rows
    kth = heapq.nlargest(k, (partial[r] for r in kept))[-1]
    # A margin far above rounding: the partial sums are added in another order than full scores.
    floor = kth * (1 - 1e-9) - others * (1 + 1e-9)
    return [r for r in kept if partial[r] >= floor], rows


class _Sorted(Protocol):
    def rowid(self, position: int) -> int: ...

    def share(self, position: int) -> float: ...


def _sources(
    tier: Tier, norms: Sequence[float], skip: frozenset[int] = frozenset()
) -> tuple[list[_Sorted], list[float], list[int], list[float]]:
    """What the threshold algorithm reads in sorted order: (walks, weights, lengths, rests).

    A list is walked on its own at its idf; a group's lists as one stored order, at their largest
    idf (so its sums bound what their documents can add), with the bound of what lies past its
    end as its rest. A list's rest is -1.0: nothing past it. Lists in ``skip`` were read whole.
    Tiers that need every part walk lists alone, as their stopping rule counts lists.
    """
    grouped: dict[int, int] = {}
    groups = [] if tier.every else tier.groups
    for g, (indices, _) in enumerate(groups):
        grouped.update((index, g) for index in indices)
    walks: list[_Sorted] = []
    weights: list[float] = []
    lengths: list[int] = []
    rests: list[float] = []
    for index, lst in enumerate(tier.lists):
        if index not in grouped and index not in skip:
            walks.append(lst.walk(norms))
            weights.append(tier.idfs[index])
            lengths.append(len(lst))
            rests.append(-1.0)
    for indices, order in groups:
        walks.append(order)
        weights.append(max(tier.idfs[index] for index in indices))
        lengths.append(len(order))
        rests.append(order.rest if order.rest > 0.0 else -1.0)
    return walks, weights, lengths, rests


def _offer(
    best: list[tuple[float, int]], k: int, tier: Tier, rowid: int, seen: set[int], norms: Sequence[float]
) -> int:
    """Score ``rowid`` (unless seen) and keep it among the ``k`` best; returns ``k``."""
    if rowid in seen or (tier.allowed is not None and rowid not in tier.allowed):
        return k
    seen.add(rowid)
    freqs = [lst.freq(rowid) for lst in tier.lists]
    if tier.every and not all(any(freqs[q] for q in part) for part in tier.parts):
        return k
    _keep_best(best, k, (_score(tier.idfs, freqs, norms[rowid]), -rowid))
    return k


def _keep_best(best: list[tuple[float, int]], k: int, item: tuple[float, int]) -> None:
    """Keep (score, -rowid) ``item`` in the min-heap ``best`` if it is among the ``k`` best."""
    if len(best) < k:
        heapq.heappush(best, item)
    elif item > best[0]:
        heapq.heapreplace(best, item)


def _scored_candidates(tier: Tier, norms: Sequence[float]) -> Iterator[tuple[int, float]]:
    # FTS5 found them with the tier's own expression: they have what the tier needs.
    return _scored(tier, tier.candidates or (), norms)


def _scored(tier: Tier, rows: Iterable[int], norms: Sequence[float]) -> Iterator[tuple[int, float]]:
    """(rowid, score) of the ``rows`` the tier keeps (``rows`` already have what it needs)."""
    rows = list(rows)
    pairs = [(idf_p, lst.lookup(len(rows), norms)) for idf_p, lst in zip(tier.idfs, tier.lists, strict=True)]
    for rowid in rows:
        if rowid in tier.exclude or (tier.allowed is not None and rowid not in tier.allowed):
            continue
        score = 0.0
        for idf_p, share_of in pairs:
            value = share_of(rowid)
            if value is not None:
                score = score + idf_p * value
        yield rowid, score


def doc_lengths(blob: bytes) -> array:  # type: ignore[type-arg]
    return _unpack("I", zlib.decompress(blob))


def pack_lengths(lengths: Iterable[int]) -> bytes:
    return zlib.compress(_pack(array("I", lengths)), 6)
