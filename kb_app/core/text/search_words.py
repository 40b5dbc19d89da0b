"""The words of a query that ask rather than name, and the words that name a kind of page, per language.

Question and function words ("kā", "ko darīt", "what", "kaip") weigh almost nothing in a query;
words that name a document type ("tālrunis", "telefonas": contact) weigh less as content and nudge
that type up (kb_app.core.search.engine, kb_app.core.search.notes_search). Both are facts of a language, so they
come from two places and nowhere else:

- the analyzer a language is read with: the project's own analyzers carry their lists as data,
  beside their stopwords (``Analyzer.question_words`` and ``type_words``, kb_app.core.text.analysis);
- the pack's ``country.yaml``, table ``search_words``, for each content language: its own
  question words and type words, added to the analyzer's (knowledge/README.md). A language read
  with ``snowball:<language>`` or ``plain`` has no lists but these.

A query's language is not known for sure, so a word counts as a question word in any of the
library's languages, and a word names a type when its term in one language is that language's
type word.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from kb_app.core.text.analysis import FOLDS_MARK, analyzer_for, fold, term_for, tokenize


class _Language(Protocol):
    @property
    def code(self) -> str: ...
    @property
    def analysis(self) -> str: ...


class _Declaration(Protocol):
    """What this module reads of a country declaration (kb_app.core.content.country.Country, which reads
    this module to parse ``search_words``: named by its shape, not imported)."""

    @property
    def languages(self) -> Sequence[_Language]: ...
    @property
    def search_words(self) -> Mapping[str, DeclaredWords]: ...


SEARCH_WORDS = "search_words"  # the table of country.yaml
QUESTION, TYPES = "question", "types"


@dataclass(frozen=True)
class DeclaredWords:
    """What a pack declares for one content language: the words as written."""

    question: tuple[str, ...] = ()
    types: Mapping[str, tuple[str, ...]] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {QUESTION: list(self.question), TYPES: {k: list(v) for k, v in self.types.items()}}

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> DeclaredWords:
        return cls(tuple(data.get(QUESTION, ())), {str(k): tuple(v) for k, v in data.get(TYPES, {}).items()})


@dataclass(frozen=True)
class SearchWords:
    """A library's question words (folded) and, per analysis, document type → the terms naming it."""

    question: frozenset[str] = frozenset()
    types: Mapping[str, Mapping[str, frozenset[str]]] = field(default_factory=dict)

    def is_question(self, word: str) -> bool:
        return fold(word) in self.question

    def names_a_type(self, terms: Iterable[str]) -> bool:
        """True when one of ``terms`` (a word's terms in the library's languages) names a type."""
        wanted = set(terms)
        return any(wanted & words for table in self.types.values() for words in table.values())

    def named_types(self, words: Iterable[str]) -> frozenset[str]:
        """The document types the query's ``words`` name, each read in each language's analysis."""
        words = list(words)
        found: set[str] = set()
        for analysis, table in self.types.items():
            terms = {term_for(w, analysis) for w in words}
            found.update(doc_type for doc_type, named in table.items() if named & terms)
        return frozenset(found)


def _words(value: Any) -> tuple[str, ...] | None:
    """Words as a text separated by spaces or as a list of words; None for anything else."""
    if isinstance(value, str):
        return tuple(value.split())
    if isinstance(value, list) and all(isinstance(w, str) and w.strip() for w in value):
        return tuple(w.strip() for w in value)
    return None


def parse_search_words(
    value: Any, languages: Sequence[str], report: Any, doc_types: Collection[str] | None = None
) -> dict[str, DeclaredWords]:
    """``search_words`` of country.yaml: content language → its words, each problem reported;
    a type word must name one of ``doc_types`` (the registry's, passed in: the registry reads the
    country declaration, so this module cannot read the registry)."""
    out: dict[str, DeclaredWords] = {}
    if not isinstance(value, dict):
        report(
            (SEARCH_WORDS,),
            f"'{SEARCH_WORDS}' maps each content language to its words, e.g. "
            "{lt: {question: kaip kur ką, types: {contact: telefonas adresas}}}",
        )
        return out
    for lang, entry in value.items():
        where: tuple[str | int, ...] = (SEARCH_WORDS, str(lang))
        if lang not in languages:
            report(where, f"search words for {str(lang)!r}, a language 'languages' does not declare")
            continue
        if not isinstance(entry, dict):
            report(where, f"the search words of {str(lang)!r} are {{{QUESTION}: ..., {TYPES}: {{...}}}}")
            continue
        for key in entry:
            if key not in (QUESTION, TYPES):
                report((*where, str(key)), f"unknown key {str(key)!r} (allowed: {QUESTION}, {TYPES})")
        question = _words(entry.get(QUESTION, ""))
        if question is None:
            report((*where, QUESTION), "'question' is the words, separated by spaces (or a list of words)")
            question = ()
        types: dict[str, tuple[str, ...]] = {}
        raw_types = entry.get(TYPES, {})
        if not isinstance(raw_types, dict):
            report((*where, TYPES), f"'{TYPES}' maps a document type ({', '.join(doc_types or ())}) to its words")
            raw_types = {}
        for doc_type, words in raw_types.items():
            named = _words(words)
            if doc_types is not None and doc_type not in doc_types:
                report(
                    (*where, TYPES, str(doc_type)),
                    f"unknown document type {str(doc_type)!r} (allowed: {', '.join(doc_types)})",
                )
            elif named is None:
                report((*where, TYPES, str(doc_type)), "the words, separated by spaces (or a list of words)")
            else:
                types[str(doc_type)] = named
        out[str(lang)] = DeclaredWords(question, types)
    return out


def search_words(country: _Declaration | None) -> SearchWords:
    """The words of every language ``country`` declares: its analyzers' and the pack's own."""
    if country is None:
        return SearchWords()
    question: set[str] = set()
    types: dict[str, dict[str, frozenset[str]]] = {}
    for language in country.languages:
        analysis = language.analysis
        analyzer = analyzer_for(analysis.partition(FOLDS_MARK)[0])
        declared = country.search_words.get(language.code, DeclaredWords())
        question |= analyzer.question_words()
        question |= {fold(w) for w in declared.question}
        table = types.setdefault(analysis, {})
        for doc_type, terms in analyzer.type_words().items():
            table[doc_type] = table.get(doc_type, frozenset()) | terms
        for doc_type, words in declared.types.items():
            terms = frozenset(t.term for t in tokenize(" ".join(words), analysis))
            table[doc_type] = table.get(doc_type, frozenset()) | terms
    return SearchWords(frozenset(question), {a: t for a, t in types.items() if t})


def analyzer_words(analysis: str) -> SearchWords:
    """The words ``analysis``'s analyzer knows by itself (no library at hand)."""
    analyzer = analyzer_for(analysis.partition(FOLDS_MARK)[0])
    table = analyzer.type_words()
    return SearchWords(analyzer.question_words(), {analysis: table} if table else {})
