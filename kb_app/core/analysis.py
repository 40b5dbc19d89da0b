"""Text analysis shared by the index, the query parser, snippets and ``kb-app analyze``.

One function turns a word into the term the index stores. For Latvian: NFC, lower case,
diacritic folding, the stem override table, then the light stemmer over folded text, so that
``tirdzniecības``, ``tirdznieciba`` and ``TIRDZNIECĪBU`` all give ``tirdzniecib``. For English:
lower case, folding, English stopwords and the Snowball English (Porter2) stemmer.

The index (SQLite FTS5) stores these terms, not the words: ``ANALYZER_VERSION`` is recorded with
every locally built index, and a library whose index was built with another version is re-indexed
from its own content before it is searched (libformat.index_is_current).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Literal

from kb_app.core.stemmer_lv import fold, stem_folded

Lang = Literal["lv", "en"]
LANGS: tuple[Lang, ...] = ("lv", "en")

# Bump when any analyzer's output changes (stemmer, overrides, stopwords, folding): installed
# indexes are then rebuilt on the next start. tests/core/test_analysis.py pins sample terms.
ANALYZER_VERSION = "lv-light-1;en-snowball-1"

# Words are letters and digits; an apostrophe or hyphen splits words (as Lucene's tokenizer does).
WORD_RE = re.compile(r"[^\W_]+", re.UNICODE)

# The stemmer deliberately does not undo t→š, d→ž, s→š; these stems are frequent in this field and
# would otherwise split one word in two (sieviete / sieviešu). Keys and values are folded stems.
STEM_OVERRIDES: dict[str, str] = {
    "sievies": "sieviet",  # sieviešu, sievieši ↔ sieviete
    "viries": "viriet",  # vīrieši, vīriešu ↔ vīrietis
    "iestaz": "iestad",  # iestāžu ↔ iestāde
    "kliens": "klient",  # klienšu ↔ kliente
    "briz": "brid",  # brīžu ↔ brīdis
}

_EN_STOPWORDS = frozenset(
    "a an and are as at be by can for from have if in is it may of on or that the to us we when "
    "will with yet you your this these those was were been not no do does did so than then there".split()
)


@dataclass(frozen=True, slots=True)
class Token:
    """A word of the source text: its index term, its position and where it stands in the text."""

    term: str
    pos: int
    start: int
    end: int


@lru_cache(maxsize=1)
def lv_stopwords() -> frozenset[str]:
    text = resources.files("kb_app.core").joinpath("data/stopwords_lv.txt").read_text("utf-8")
    words = (line.strip() for line in text.splitlines())
    # Folded, because "ari" typed without its long vowel is the stopword "arī" all the same.
    return frozenset(fold(w) for w in words if w and not w.startswith("#"))


def normalize(text: str) -> str:
    """NFC and lower case; NFD input would otherwise split words at combining marks."""
    return unicodedata.normalize("NFC", text).lower()


@lru_cache(maxsize=200_000)
def _lv_term(word: str) -> str:
    folded = fold(word)
    if folded in lv_stopwords():
        return ""
    stemmed = stem_folded(folded)
    return STEM_OVERRIDES.get(stemmed, stemmed)


@lru_cache(maxsize=1)
def _en_stemmer() -> Callable[[str], str]:
    import snowballstemmer

    return snowballstemmer.stemmer("english").stemWord  # type: ignore[no-any-return]


@lru_cache(maxsize=200_000)
def _en_term(word: str) -> str:
    folded = fold(word)
    if folded in _EN_STOPWORDS:
        return ""
    return _en_stemmer()(folded)


def analysis_lang(lang: str | None) -> Lang:
    """The analyzer a document or query in ``lang`` is analyzed with."""
    return "en" if lang == "en" else "lv"


def _lookup(lang: str) -> Callable[[str], str]:
    return _en_term if analysis_lang(lang) == "en" else _lv_term


def term_for(word: str, lang: Lang = "lv") -> str:
    """The index term of one normalized word ('' for a stopword)."""
    return _lookup(lang)(word)


def analyze_word(word: str, lang: Lang = "lv") -> str:
    """Public form for ``kb-app analyze``: any input, one term ('' for a stopword or no word)."""
    terms = [t.term for t in tokenize(word, lang)]
    return " ".join(terms)


def tokenize(text: str, lang: Lang = "lv") -> Iterator[Token]:
    """Tokens of ``text`` with their index terms; stopwords are dropped and do not take a position."""
    normalized = normalize(text)
    # NFC and lower() keep length for Latvian text; where they do not (rare scripts), offsets
    # would drift, so fall back to offsets in the normalized string.
    pos = 0
    lookup = _lookup(lang)
    for match in WORD_RE.finditer(normalized):
        term = lookup(match.group())
        if not term:
            continue
        yield Token(term, pos, match.start(), match.end())
        pos += 1


def terms_text(text: str, lang: Lang = "lv") -> str:
    """Space-separated terms, the form the FTS5 columns are fed with."""
    lookup = _lookup(lang)
    out = [lookup(w) for w in WORD_RE.findall(normalize(text))]
    return " ".join(t for t in out if t)


def terms_and_words(text: str, lang: Lang, words: dict[str, str]) -> str:
    """Like :func:`terms_text`, and records in ``words`` the first word seen for each new term."""
    lookup = _lookup(lang)
    out = []
    for word in WORD_RE.findall(normalize(text)):
        term = lookup(word)
        if term:
            out.append(term)
            if term not in words:
                words[term] = word
    return " ".join(out)


def fold_prefix(text: str) -> str:
    """A partly typed word as a prefix of index terms (lower case, folded, not stemmed)."""
    return fold(normalize(text))
