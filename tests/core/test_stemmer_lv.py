"""The Latvian stemmer against a plain reading of its specification.

The reference below is the specification's algorithm written the slow, obvious way (the table in
§2 copied row by row, every row tried in order, §4 rule by rule). The module groups the rows by
last letter and counts UTF-16 units only when it must; on any word both must agree, and so must
the folded path the index uses with the folded table (the first row of each folded suffix).
"""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from kb_app.core.text.stemmer_lv import fold, stem, stem_folded

# LATVIAN-STEMMER.md §2: (suffix, vc, undo palatalization), in the table's order.
SPEC_TABLE = [
    ("ajiem", 3, False),
    ("ajai", 3, False),
    ("ajam", 2, False),
    ("ajām", 2, False),
    ("ajos", 2, False),
    ("ajās", 2, False),
    ("iem", 2, True),
    ("ajā", 2, False),
    ("ais", 2, False),
    ("ai", 2, False),
    ("ei", 2, False),
    ("ām", 1, False),
    ("am", 1, False),
    ("ēm", 1, False),
    ("īm", 1, False),
    ("im", 1, False),
    ("um", 1, False),
    ("us", 1, True),
    ("as", 1, False),
    ("ās", 1, False),
    ("es", 1, False),
    ("os", 1, True),
    ("ij", 1, False),
    ("īs", 1, False),
    ("ēs", 1, False),
    ("is", 1, False),
    ("ie", 1, False),
    ("u", 1, True),
    ("a", 1, True),
    ("i", 1, True),
    ("e", 1, False),
    ("ā", 1, False),
    ("ē", 1, False),
    ("ī", 1, False),
    ("ū", 1, False),
    ("o", 1, False),
    ("s", 0, False),
    ("š", 0, False),
]


def _utf16_length(token: str) -> int:
    return len(token.encode("utf-16-le")) // 2


def _unpalatalize(st: str, first: str) -> str:
    """§4, rule by rule."""
    if first == "u":
        if st.endswith("kš"):
            return st[:-1] + "st"
        if st.endswith("ņņ"):
            return st[:-2] + "nn"
    for before, after in (
        ("pj", "p"),
        ("bj", "b"),
        ("mj", "m"),
        ("vj", "v"),
        ("šņ", "sn"),
        ("žņ", "zn"),
        ("šļ", "sl"),
        ("žļ", "zl"),
        ("ļņ", "ln"),
        ("ļļ", "ll"),
        ("č", "c"),
        ("ļ", "l"),
        ("ņ", "n"),
    ):
        if st.endswith(before):
            return st[: -len(before)] + after
    return st


def _unpalatalize_folded(st: str, _first: str) -> str:
    """Folded text has no š, ņ, ļ or č left: only the labial + j rule can change anything."""
    return st[:-1] if st[-2:] in ("pj", "bj", "mj", "vj") else st


def _first_row_per_folded_suffix() -> list[tuple[str, int, bool]]:
    rows: dict[str, tuple[str, int, bool]] = {}
    for suffix, vc, undo in SPEC_TABLE:
        rows.setdefault(fold(suffix), (fold(suffix), vc, undo))
    return list(rows.values())


def reference_stem(
    token: str, table: list[tuple[str, int, bool]] = SPEC_TABLE, vowels: str = "aeiouāēīū", unpalatalize=_unpalatalize
) -> str:  # type: ignore[no-untyped-def]
    """§3: the first row whose three conditions hold, one suffix at most."""
    vowel_count = sum(c in vowels for c in token)
    for suffix, vc, undo in table:
        if vowel_count > vc and _utf16_length(token) >= len(suffix) + 3 and token.endswith(suffix):
            st = token[: -len(suffix)]
            return unpalatalize(st, suffix[0]) if undo else st
    return token


FOLDED_TABLE = _first_row_per_folded_suffix()
LETTERS = "aābcčdeēfgģhiījkķlļmnņoprsštuūvzž"
SUFFIXES = [suffix for suffix, _, _ in SPEC_TABLE]
# What §4 undoes, to stand before a suffix: each row's U flag and each rule then shows.
PALATAL = ["kš", "ņņ", "pj", "bj", "mj", "vj", "šņ", "žņ", "šļ", "žļ", "ļņ", "ļļ", "č", "ļ", "ņ"]
# A short start, maybe a palatal pair, and a table suffix: every row, its vowel-count limit and
# the three-letter stem rule come up within a few hundred words. An astral character (𐀀 is the
# first) counts two UTF-16 units in the spec.
WORDS = st.builds(
    lambda start, middle, suffix: start + middle + suffix,
    st.text(alphabet=LETTERS + "😀\U00010000", max_size=4),
    st.sampled_from(["", *PALATAL]),
    st.sampled_from(SUFFIXES),
)


@settings(max_examples=1000)
@given(WORDS)
@example("brie")
@example("strie")
@example("xxxajiem")
@example("😀das")
@example("usa")
@example("\U00010000aus")
@example("bratum")
@example("kaajos")
def test_the_stemmer_does_what_the_specification_says(word: str) -> None:
    assert stem(word) == reference_stem(word)


@settings(max_examples=1000)
@given(WORDS.map(fold))
@example("govju")
@example("xajiem")
@example("😀das")
def test_the_folded_stemmer_runs_the_same_algorithm_over_the_folded_table(word: str) -> None:
    assert stem_folded(word) == reference_stem(word, FOLDED_TABLE, "aeiou", _unpalatalize_folded)


@pytest.mark.parametrize(("suffix", "undo"), [(suffix, undo) for suffix, _, undo in SPEC_TABLE])
def test_every_row_of_the_table_strips_its_suffix(suffix: str, undo: bool) -> None:
    # "rotat" ends in no palatal pair and makes no earlier row match: each row alone decides.
    assert stem("rotat" + suffix) == "rotat"
    assert stem_folded(fold("rotat" + suffix)) == "rotat"
    # After "lāč" the row's U flag shows: §4 makes the č a c, or leaves it.
    assert stem("lāč" + suffix) == ("lāc" if undo else "lāč")


def test_the_folded_table_keeps_the_first_row_of_each_folded_suffix() -> None:
    assert [s for s, _, _ in FOLDED_TABLE].count("as") == 1
    assert ("as", 1, False) in FOLDED_TABLE and ("a", 1, True) in FOLDED_TABLE
    assert stem_folded("sievietem") == "sieviet"  # ēm folded is em: the row the written form would take
