"""Text analysis shared by the index, the query parser, snippets and ``kb-app analyze``.

One function turns a word into the term the index stores. Every analyzer first folds the word
(:func:`fold`: NFC, lower case, Unicode decomposition without its combining marks, a small table
for letters that do not decompose, and any folds the language declares), then stems the folded
word, so that a word written with and without its diacritics always gives the same term. For
Latvian: the stem override table and the light stemmer over folded text (``tirdzniecības``,
``tirdznieciba`` and ``TIRDZNIECĪBU`` all give ``tirdzniecib``). For English: English stopwords
and the Snowball English (Porter2) stemmer. Any other language a pack declares uses
``snowball:<language>`` (Snowball's stemmer) or ``plain`` (folding only). ``ANALYZERS`` is the
registry: each analyzer is declared there once, and a pack's ``country.yaml`` names the analyzer
of each of its languages and its extra folds (:func:`analyzer_for`, :func:`with_folds`). Code that
has a language code resolves it through the library's declaration (``Country.analyzer_of``).

The index (SQLite FTS5) stores these terms, not the words: ``ANALYZER_VERSION`` is recorded with
every locally built index, and a library whose index was built with another version is re-indexed
from its own content before it is searched (libformat.index_is_current).
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from kb_app.core.text.analysis_version import ANALYZER_VERSION as ANALYZER_VERSION  # re-exported
from kb_app.core.text.analysis_version import ANALYZER_VERSIONS, SNOWBALL_VERSION
from kb_app.core.text.stemmer_lv import stem_folded

# Each analyzer's version lives in kb_app.core.text.analysis_version (bump it there when its output
# changes); ANALYZER_VERSION, which the index records, joins them all.

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


# Letters that Unicode does not decompose into a base letter and a mark, which readers still type
# as the base letter.
_UNDECOMPOSED = str.maketrans(
    {
        "ł": "l",
        "ø": "o",
        "đ": "d",
        "ß": "ss",
        "æ": "ae",
        "œ": "oe",
        "ŀ": "l",
        "ħ": "h",
        "ı": "i",
        "þ": "th",
        "ð": "d",
        "ŧ": "t",
        "ŋ": "n",
        "ƒ": "f",
        "ɨ": "i",
        "ʉ": "u",
    }
)
# Letters that do decompose but are letters of their own which writers always type as such: the
# Russian, Ukrainian and Belarusian й (folded to и it would also hide the endings -ый, -ой, -ий
# from the stemmers).
_KEPT = frozenset("й")


@lru_cache(maxsize=200_000)
def fold(word: str) -> str:
    """A lower-case word without its diacritics, for any Latin or Cyrillic script: NFKD minus the
    combining marks (ā → a, ą → a, ё → е), the table above for ł ø đ ß…; ``й`` stays."""
    if word.isascii():
        return word.lower()
    out = []
    for ch in word.lower():
        if ch in _KEPT or ch.isascii():
            out.append(ch)
        elif (undecomposed := ch.translate(_UNDECOMPOSED)) != ch:  # before decomposing: ŀ is l and ·
            out.append(undecomposed)
        else:  # and after: ǿ is ø with a mark
            out.extend(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
    return "".join(out).lower().translate(_UNDECOMPOSED)


@lru_cache(maxsize=1)
def lv_stopwords() -> frozenset[str]:
    text = resources.files("kb_app.core").joinpath("data/stopwords_lv.txt").read_text("utf-8")
    words = (line.strip() for line in text.splitlines())
    # Folded, because "ari" typed without its long vowel is the stopword "arī" all the same.
    return frozenset(fold(w) for w in words if w and not w.startswith("#"))


# English question and function words that are no stopwords: weightless in a query, as the
# Latvian list beside the stopwords (data/question_words_lv.txt).
_EN_QUESTION_WORDS = frozenset(
    "what how where who whom whose which why should could would must i my me our help need".split()
)


@lru_cache(maxsize=1)
def lv_question_words() -> frozenset[str]:
    """Latvian question and function words, folded: a query's words that weigh almost nothing."""
    text = resources.files("kb_app.core").joinpath("data/question_words_lv.txt").read_text("utf-8")
    words = (line.strip() for line in text.splitlines())
    return frozenset(fold(w) for w in words if w and not w.startswith("#"))


_EN_WORDS = _EN_QUESTION_WORDS | _EN_STOPWORDS  # the English analyzer's question words


# Letters Latvian writes and English does not: a query word with one is Latvian (search's vote
# for the query's language between the languages analyzed as Latvian and as English).
LV_LETTERS = frozenset("āčēģīķļņšūž")


def is_latvian_word(word: str) -> bool:
    """A normalized word with a letter of Latvian's own (ā, š…)."""
    return any(ch in LV_LETTERS for ch in word)


def is_english_word(word: str) -> bool:
    """A normalized word only English writes: one of its stop or question words."""
    return word in _EN_STOPWORDS or word in _EN_QUESTION_WORDS


@lru_cache(maxsize=1)
def lv_type_words() -> dict[str, frozenset[str]]:
    """Document type → the index terms of the words that name it (data/type_words_lv.txt)."""
    text = resources.files("kb_app.core").joinpath("data/type_words_lv.txt").read_text("utf-8")
    out: dict[str, frozenset[str]] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#") or ":" not in line:
            continue
        doc_type, words = line.split(":", 1)
        out[doc_type.strip()] = frozenset(t.term for t in tokenize(words, "latvian"))
    return out


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

    stem: Callable[[str], str] = snowballstemmer.stemmer("english").stemWord
    return stem


@lru_cache(maxsize=200_000)
def _en_term(word: str) -> str:
    folded = fold(word)
    if folded in _EN_STOPWORDS:
        return ""
    return _en_stemmer()(folded)


def _plain_term(word: str) -> str:
    return fold(word)


@lru_cache(maxsize=64)
def _snowball_term(language: str) -> Callable[[str], str]:
    """Snowball's stemmer for ``language`` over the folded word. Stemming the written word would
    suit the stemmer better (Lithuanian endings carry ą, ę, ų), but then ``vertėjų`` and ``verteju``
    could stem apart and a query typed without diacritics would miss; one term for both spellings
    is what search promises (docs/interface-contract.md §1), and the endings fold to endings the stemmer also knows."""
    import snowballstemmer

    stem = snowballstemmer.stemmer(language).stemWord

    @lru_cache(maxsize=200_000)
    def term(word: str) -> str:
        return fold(stem(fold(word)))

    return term


def _no_words() -> frozenset[str]:
    return frozenset()


def _no_types() -> dict[str, frozenset[str]]:
    return {}


@dataclass(frozen=True)
class Analyzer:
    """One way of turning a normalized word into its index term ('' for a stopword)."""

    name: str
    version: str  # part of ANALYZER_VERSION: change it whenever ``term`` would give other output
    term: Callable[[str], str]
    lang: str | None = None  # the language it is the project's own analyzer for, if any
    # Its language's question and function words (folded), and document type → the index terms of
    # the words naming it: data of the analyzer, as its stopwords are (kb_app.core.text.search_words).
    question_words: Callable[[], frozenset[str]] = _no_words
    type_words: Callable[[], dict[str, frozenset[str]]] = _no_types


SNOWBALL_PREFIX = "snowball:"
FOLDS_MARK = " folds "  # "<analyzer> folds <JSON>": an analyzer with a language's own folds

# The registry: each analyzer declared once. A pack's country.yaml names one for each language.
LATVIAN_ANALYZER = Analyzer(
    "latvian",
    ANALYZER_VERSIONS["latvian"],
    _lv_term,
    "lv",
    lambda: lv_question_words() | lv_stopwords(),
    lambda: lv_type_words(),
)
ANALYZERS: dict[str, Analyzer] = {
    a.name: a
    for a in (
        LATVIAN_ANALYZER,
        Analyzer("english", ANALYZER_VERSIONS["english"], _en_term, "en", lambda: _EN_WORDS),
        Analyzer("plain", ANALYZER_VERSIONS["plain"], _plain_term),
    )
}


def with_folds(analyzer: str, folds: dict[str, str]) -> str:
    """The analysis of a language whose country.yaml adds ``folds`` to ``analyzer``: a plain string,
    so that it travels wherever an analyzer's name does (worker processes, caches)."""
    if not folds:
        return analyzer
    return f"{analyzer}{FOLDS_MARK}{json.dumps(folds, ensure_ascii=False, sort_keys=True)}"


def declared_folds(analyzer: str) -> dict[str, str]:
    """The folds a language adds to ``analyzer`` (:func:`with_folds`); {} for none."""
    _base, mark, folds = analyzer.partition(FOLDS_MARK)
    parsed: dict[str, str] = json.loads(folds) if mark else {}
    return parsed


def _folding_first(term: Callable[[str], str], folds: dict[str, str]) -> Callable[[str], str]:
    table = str.maketrans(folds)

    @lru_cache(maxsize=200_000)
    def folded_term(word: str) -> str:
        return term(word.translate(table))

    return folded_term


def snowball_languages() -> tuple[str, ...]:
    import snowballstemmer

    return tuple(snowballstemmer.algorithms())


def is_analyzer(name: str) -> bool:
    """True for a name a country.yaml may give: a registered analyzer or ``snowball:<language>``
    (or either with a language's folds, :func:`with_folds`)."""
    name = name.partition(FOLDS_MARK)[0]
    if name in ANALYZERS:
        return True
    return name.startswith(SNOWBALL_PREFIX) and name[len(SNOWBALL_PREFIX) :] in snowball_languages()


@lru_cache(maxsize=64)
def analyzer_for(name: str) -> Analyzer:
    """The analyzer called ``name``; raises ValueError for a name that is none (see is_analyzer)."""
    if name in ANALYZERS:
        return ANALYZERS[name]
    base, mark, folds = name.partition(FOLDS_MARK)
    if mark and is_analyzer(base):
        inner = analyzer_for(base)
        return Analyzer(name, f"{inner.version}+folds", _folding_first(inner.term, json.loads(folds)))
    if is_analyzer(name):
        language = name[len(SNOWBALL_PREFIX) :]
        return Analyzer(name, SNOWBALL_VERSION, _snowball_term(language))
    raise ValueError(f"unknown analyzer {name!r}")


def analysis_lang(lang: str | None) -> str:
    """The analyzer for a language code when no country declaration is at hand (a knowledge folder
    from before country.yaml, kb_app.core.content.country.infer_declaration): the project's own analyzer
    for that language, else ``plain``. A library always has a declaration: use its analyzer_of."""
    for analyzer in ANALYZERS.values():
        if analyzer.lang is not None and analyzer.lang == lang:
            return analyzer.name
    return "plain"


def _lookup(analyzer: str) -> Callable[[str], str]:
    """``analyzer`` is an analyzer's name or, where no declaration is at hand, a language code."""
    return analyzer_for(analyzer if is_analyzer(analyzer) else analysis_lang(analyzer)).term


def term_for(word: str, analyzer: str) -> str:
    """The index term of one normalized word ('' for a stopword)."""
    return _lookup(analyzer)(word)


def analyze_word(word: str, analyzer: str) -> str:
    """Public form for ``kb-app analyze``: any input, one term ('' for a stopword or no word)."""
    terms = [t.term for t in tokenize(word, analyzer)]
    return " ".join(terms)


def tokenize(text: str, analyzer: str) -> Iterator[Token]:
    """Tokens of ``text`` with their index terms; stopwords are dropped and do not take a position."""
    normalized = normalize(text)
    # NFC and lower() keep length for Latvian text; where they do not (rare scripts), offsets
    # would drift, so fall back to offsets in the normalized string.
    pos = 0
    lookup = _lookup(analyzer)
    for match in WORD_RE.finditer(normalized):
        term = lookup(match.group())
        if not term:
            continue
        yield Token(term, pos, match.start(), match.end())
        pos += 1


def terms_text(text: str, analyzer: str) -> str:
    """Space-separated terms, the form the FTS5 columns are fed with."""
    lookup = _lookup(analyzer)
    out = [lookup(w) for w in WORD_RE.findall(normalize(text))]
    return " ".join(t for t in out if t)


def terms_and_words(text: str, analyzer: str, words: dict[str, str]) -> str:
    """Like :func:`terms_text`, and records in ``words`` the first word seen for each new term."""
    found = WORD_RE.findall(normalize(text))
    terms = list(map(_lookup(analyzer), found))
    # The first word of each term, without a Python step per word: reversed, the first wins.
    for term, word in dict(zip(reversed(terms), reversed(found), strict=True)).items():
        if term and term not in words:
            words[term] = word
    return " ".join(filter(None, terms))


def fold_prefix(text: str, analyzer: str = "plain") -> str:
    """A partly typed word as a prefix of index terms (lower case, folded, not stemmed); with the
    folds of ``analyzer``'s language when it declares any."""
    folds: dict[str, str | int | None] = dict(declared_folds(analyzer))
    word = normalize(text)
    return fold(word.translate(str.maketrans(folds)) if folds else word)
