"""The Latvian light stemmer (Kreslins 1996, as in Apache Lucene's ``LatvianStemmer``).

Two entry points:

- :func:`stem` is the algorithm exactly as specified (lower-case NFC input, one suffix at most,
  un-palatalization after six suffixes). It is kept to test against the published behaviour.
- :func:`stem_folded` runs the same algorithm over diacritic-free text with a folded suffix
  table. The search index uses it, because a word typed with and without diacritics must give the
  same term: ``sievietēm`` strips ``ēm`` while ``sievietem`` would match no row of the original
  table. Folding first makes both spellings the same string before any rule is applied.
"""

from __future__ import annotations

from collections.abc import Callable

# (suffix, vowel count that must be exceeded, undo palatalization)
_AFFIXES: tuple[tuple[str, int, bool], ...] = (
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
)

_VOWELS = frozenset("aeiouāēīū")
_FOLDED_VOWELS = frozenset("aeiou")

FOLD_TABLE = str.maketrans(
    {
        "ā": "a",
        "č": "c",
        "ē": "e",
        "ģ": "g",
        "ī": "i",
        "ķ": "k",
        "ļ": "l",
        "ņ": "n",
        "š": "s",
        "ū": "u",
        "ž": "z",
        "ō": "o",
        "ŗ": "r",
    }
)


def fold(text: str) -> str:
    """Remove Latvian diacritics from lower-case text (ā→a, š→s …)."""
    return text.translate(FOLD_TABLE)


def _folded_affixes() -> tuple[tuple[str, int, bool], ...]:
    seen: set[str] = set()
    rows = []
    for suffix, vc, undo in _AFFIXES:
        folded = fold(suffix)
        # Table order decides: the first row with a given folded suffix wins, as it would
        # have for the written form.
        if folded not in seen:
            seen.add(folded)
            rows.append((folded, vc, undo))
    return tuple(rows)


_FOLDED_AFFIXES = _folded_affixes()


def _vowel_count(token: str, vowels: frozenset[str]) -> int:
    return sum(map(vowels.__contains__, token))


def _unpalatalize(stem: str, first_suffix_char: str) -> str:
    if first_suffix_char == "u":
        if stem.endswith("kš"):
            return stem[:-1] + "st"
        if stem.endswith("ņņ"):
            return stem[:-2] + "nn"
    if stem[-2:] in ("pj", "bj", "mj", "vj"):
        return stem[:-1]
    pairs = {"šņ": "sn", "žņ": "zn", "šļ": "sl", "žļ": "zl", "ļņ": "ln", "ļļ": "ll"}
    if stem[-2:] in pairs:
        return stem[:-2] + pairs[stem[-2:]]
    last = {"č": "c", "ļ": "l", "ņ": "n"}
    if stem[-1:] in last:
        return stem[:-1] + last[stem[-1]]
    return stem


def _unpalatalize_folded(stem: str, _first_suffix_char: str) -> str:
    # In folded text only the labial+j rule still changes anything; š/ņ/ļ/č are gone already.
    if stem[-2:] in ("pj", "bj", "mj", "vj"):
        return stem[:-1]
    return stem


def _by_last_letter(affixes: tuple[tuple[str, int, bool], ...]) -> dict[str, tuple[tuple[str, int, bool], ...]]:
    """The rows a token can match, by its last letter, in table order (the first match wins)."""
    groups: dict[str, list[tuple[str, int, bool]]] = {}
    for row in affixes:
        groups.setdefault(row[0][-1], []).append(row)
    return {letter: tuple(rows) for letter, rows in groups.items()}


_AFFIXES_BY_LAST = _by_last_letter(_AFFIXES)
_FOLDED_AFFIXES_BY_LAST = _by_last_letter(_FOLDED_AFFIXES)


def _strip(
    token: str,
    affixes: dict[str, tuple[tuple[str, int, bool], ...]],
    vowels: frozenset[str],
    unpalatalize: Callable[[str, str], str],
) -> str:
    """One suffix at most: the first row whose three conditions hold (spec §3)."""
    rows = affixes.get(token[-1:])
    if not rows:
        return token
    vowel_count = _vowel_count(token, vowels)
    # The spec counts UTF-16 code units: one per character below U+10000.
    length = len(token) if token.isascii() or max(token) < "\U00010000" else len(token.encode("utf-16-le")) // 2
    for suffix, vc, undo in rows:
        if vowel_count > vc and length >= len(suffix) + 3 and token.endswith(suffix):
            base = token[: -len(suffix)]
            return unpalatalize(base, suffix[0]) if undo else base
    return token


def stem(token: str) -> str:
    """Stem one lower-case NFC token exactly as Lucene's ``LatvianStemmer`` does."""
    return _strip(token, _AFFIXES_BY_LAST, _VOWELS, _unpalatalize)


def stem_folded(folded_token: str) -> str:
    """Stem a token that is already lower-case and diacritic-free (see module doc)."""
    return _strip(folded_token, _FOLDED_AFFIXES_BY_LAST, _FOLDED_VOWELS, _unpalatalize_folded)
