"""Search semantics (docs/interface-contract.md §1) on the tiny fixture library, and relevance on the real library."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kb_app.core.content.knowledge import index_columns, load_knowledge
from kb_app.core.library.library_db import Library
from kb_app.core.packs.build import build_library_dir
from kb_app.core.search.engine import SearchResult
from kb_app.core.search.query import parse_query
from kb_app.core.text.analysis import WORD_RE, analysis_lang, normalize, term_for

REPO_KNOWLEDGE = Path(__file__).resolve().parent.parent.parent / "knowledge"


@pytest.fixture(scope="module")
def lib(fixture_library_dir: Path) -> Library:
    return Library(fixture_library_dir)


@pytest.fixture(scope="module")
def repo_lib(tmp_path_factory: pytest.TempPathFactory) -> Library:
    dest = tmp_path_factory.mktemp("repo-lib") / "lib"
    build_library_dir(load_knowledge(REPO_KNOWLEDGE), dest)
    return Library(dest)


def ids(result: object) -> list[str]:
    return [h.id for h in result.hits]  # type: ignore[attr-defined]


@pytest.mark.parametrize("query", ["tirdzniecība", "tirdznieciba", "tirdzniecības", "TIRDZNIECĪBU", "tirdz"])
def test_diacritics_case_inflection_and_prefix_find_the_same_document(lib: Library, query: str) -> None:
    assert ids(lib.search(query))[0] == "art-definicija"


def test_last_word_matches_as_prefix(lib: Library) -> None:
    assert "art-rehabilitacija" in ids(lib.search("rehabilit"))
    assert ids(lib.search("bāriņties"))[0] == "art-barintiesa"


def test_title_weighs_more_than_body(lib: Library) -> None:
    result = lib.search("rehabilitācija")
    assert ids(result)[0] == "art-rehabilitacija"  # title match beats the contact that mentions it


def test_all_words_rank_before_some_words(lib: Library) -> None:
    result = lib.search("policija alga")
    top = ids(result)
    both = {"art-darba-tiesibas", "sc-buvlaukums"}  # documents with both words
    assert set(top[: len(both)]) == both
    assert "con-policija" in top  # only one of the words: still found, after them
    assert result.total == len(result.hits)


def test_phrase_needs_adjacent_words(lib: Library) -> None:
    assert ids(lib.search('"darba inspekcija"')) == ["art-darba-tiesibas"]
    assert ids(lib.search('"inspekcija darba"')) == []


def test_misspelt_long_word_still_finds(lib: Library) -> None:
    assert "art-rehabilitacija" in ids(lib.search("rehabilitaacija"))
    assert lib.search("xyzzyq").total == 0


def test_synonyms_from_the_knowledge_folder(lib: Library) -> None:
    # synonyms.txt: "VDI, Valsts darba inspekcija"; "cilvēktirdzniecība, cilvēku tirdzniecība"
    assert ids(lib.search("VDI")) == ["art-darba-tiesibas"]
    found = ids(lib.search("cilvēktirdzniecība"))
    assert "art-definicija" in found and "art-darba-tiesibas" in found


def test_filters(lib: Library) -> None:
    assert sorted(ids(lib.search("tirdzniecība", doc_type="contact"))) == ["con-patverums", "con-policija"]
    assert all(h.lang == "en" for h in lib.search("trafficking", lang="en").hits)
    assert ids(lib.search("bērna", municipality="marupes-novads")) == ["art-barintiesa"]
    assert lib.search("tirdzniecība", municipality="riga").total == 0


def test_english_documents_use_english_stemming(lib: Library) -> None:
    assert ids(lib.search("victim"))[0] == "art-definition-en"
    assert ids(lib.search("deceive", lang="en")) == ["art-definition-en"]


def test_limit_and_total(lib: Library) -> None:
    full = lib.search("tirdzniecība", limit=10)
    one = lib.search("tirdzniecība", limit=1)
    assert one.total == full.total >= 3
    assert len(one.hits) == 1 and one.hits[0].id == full.hits[0].id
    assert lib.search("tirdzniecība", limit=0).hits == []


def test_snippets_mark_matched_words_and_escape_html(lib: Library) -> None:
    hit = lib.search("bāriņtiesa").hits[0]
    assert re.search(r"<b>bāriņties\w*</b>", hit.snippet, re.IGNORECASE), hit.snippet
    assert "<script" not in hit.snippet


def test_stopwords_only_and_empty_queries_find_nothing(lib: Library) -> None:
    found = {query: lib.search(query).total for query in ("", "   ", "un ir", '""', "!!!")}
    assert found == dict.fromkeys(found, 0)
    assert lib.search("un ir tirdzniecība").total > 0  # the stopwords were dropped, not the query


def test_json_shape(lib: Library) -> None:
    data = lib.search("tirdzniecība").to_json()
    assert set(data) == {"query", "total", "took_ms", "hits"}
    assert set(data["hits"][0]) >= {"id", "type", "title", "lang", "score", "snippet"}
    scores = [h["score"] for h in data["hits"]]
    assert scores == sorted(scores, reverse=True)


FIXTURE_KNOWLEDGE = Path(__file__).resolve().parent.parent / "fixtures" / "knowledge"
_FIXTURE = load_knowledge(FIXTURE_KNOWLEDGE)
_ANALYZERS = _FIXTURE.country.analyzers() if _FIXTURE.country else {}
# Every index term of each fixture document, found here from its text, not read back from the index.
DOC_TERMS = {d.id: frozenset(" ".join(index_columns(d, {}, _ANALYZERS)).split()) for d in _FIXTURE.documents}
DOC_ANALYZER = {d.id: _ANALYZERS.get(d.lang) or analysis_lang(d.lang) for d in _FIXTURE.documents}
LIBRARY_WORDS = sorted(
    {w for d in _FIXTURE.documents for w in WORD_RE.findall(f"{d.title} {d.search_text}") if len(w) > 2}
)
_word = st.sampled_from(LIBRARY_WORDS)
# What people type: the library's words whole, half typed, in capitals, or anything at all.
_typed = st.one_of(_word, _word.map(lambda w: w[: max(2, len(w) // 2)]), _word.map(str.upper), st.text(max_size=8))
QUERIES = (
    st.lists(_typed, max_size=4).map(" ".join)
    | st.lists(_typed, min_size=2, max_size=3).map(lambda ws: '"' + " ".join(ws) + '"')
    | st.text(max_size=80)
)


def _found_ids(result: SearchResult) -> set[str]:
    return {h.id for h in result.hits} | {other for h in result.hits for other, _ in h.translations}


@settings(max_examples=200, deadline=None)
@given(QUERIES)
def test_any_query_finds_only_documents_holding_a_matched_term_best_first_and_the_same_each_time(
    lib: Library, query: str
) -> None:
    result = lib.search(query, limit=20)  # more than the fixture has: every match is a hit
    again = lib.search(query, limit=20)
    assert [(h.id, h.score) for h in again.hits] == [(h.id, h.score) for h in result.hits]
    scores = [h.score for h in result.hits]
    assert scores == sorted(scores, reverse=True)
    assert result.total >= len(result.hits) == len({h.id for h in result.hits})
    # A hit (or a translation folded into it) holds one of the terms the query matched.
    unfounded = [
        h.id
        for h in result.hits
        if not any(DOC_TERMS[i] & result.terms for i in [h.id, *(t for t, _ in h.translations)])
    ]
    assert unfounded == [], sorted(result.terms)


@settings(max_examples=100, deadline=None)
@given(_word)
def test_a_word_typed_whole_finds_every_document_that_has_it(lib: Library, word: str) -> None:
    having = {
        doc_id
        for doc_id, terms in DOC_TERMS.items()
        if (term := term_for(normalize(word), DOC_ANALYZER[doc_id])) and term in terms
    }
    assert having <= _found_ids(lib.search(word, limit=20))


@given(st.text(max_size=600))
def test_query_parser_never_raises(text: str) -> None:
    parsed = parse_query(text)
    assert len(parsed.clauses) <= 12
    assert all(c.words for c in parsed.clauses)


def test_query_parser_phrases_and_prefix() -> None:
    parsed = parse_query('bērni "darba inspekcija" pas')
    assert [c.phrase for c in parsed.clauses] == [False, True, False]
    assert parsed.last_is_prefix
    assert not parse_query('"darba inspekcija"').last_is_prefix
    assert parse_query('"darba insp').clauses[0].phrase  # an unclosed quote while typing


# What a Latvian reader typed, and the document they meant: it must be in the top 3.
RELEVANCE = [
    ("fiktiva laulība", "art-fiktivas-laulibas"),
    ("bariņtiesa", "contact-barintiesa"),
    ("valsts darba inspekcija", "contact-vdi"),
    ("VDI", "contact-vdi"),
    ("drosa maja", "contact-drosa-maja"),
    ("rehabilitacijas pakalpojums", "art-socialas-rehabilitacijas-pakalpojums"),
    ("tulku", "art-darbs-ar-tulku"),
    ("ubagosana", "ind-piespiedu-noziedziba-ubagosana"),
    ("supervizija", "art-pasaprupe-un-supervizija"),
    ("116006", "contact-116006"),
    ("vārdnīca", "art-vardnica"),
    ("specialistu komisija", "art-specialistu-komisija"),
    ("datu aizsardzība", "art-datu-aizsardziba-un-piekrisana"),
    ("pirma saruna", "art-pirma-saruna-un-drosiba"),
    ("darba ekspluatacijas pazimes", "ind-darba-ekspluatacija"),
    ("victims rights", "art-victims-rights"),
    ("identification steps", "art-identification-step-by-step"),
    ("kas ir cilvēku tirdzniecība", "art-kas-ir-cilvektirdznieciba"),
    ("bērni", "art-berni-sodien"),
    ("tiessaiste vervesana", "ind-tiessaistes-vervesana"),
    ("majsaimniecibas kalpiba", "ind-majsaimniecibas-kalpiba"),
    ("ukrainas begle", "scn-ukrainas-begle-majoklis"),
    ("negrib policiju", "scn-negrib-policiju"),
    ("kompensācija", "art-cietuso-tiesibas"),
    ("juridiskā palīdzība", "contact-tiesu-administracija"),
    ("IOM", "contact-iom-riga"),
    ("robezsardze", "contact-valsts-robezsardze"),
    ("seminārs", "art-seminars-2023"),
    ("GRETA", "art-greta-un-tip"),
    ("statistika", "art-statistika"),
    ("pasaprupe", "art-pasaprupe-un-supervizija"),
    ("sadarbiba starp iestadem", "art-starpinstitucionala-sadarbiba"),
    ("speciālistu komis", "art-specialistu-komisija"),
    ("fiktīvās laulīb", "art-fiktivas-laulibas"),
    ("tulk", "art-darbs-ar-tulku"),
    ("kompensacijas", "art-cietuso-tiesibas"),
]


@pytest.mark.parametrize(("query", "expected"), RELEVANCE)
def test_relevance_top3_on_the_real_library(repo_lib: Library, query: str, expected: str) -> None:
    top3 = ids(repo_lib.search(query, limit=3))
    assert expected in top3, f"{query!r}: {top3}"
