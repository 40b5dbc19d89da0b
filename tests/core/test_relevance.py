"""Relevance on what workers type (benchmarks/relevance_set.json), and the cases issue 20 names.

The set's judgments were written from the documents; the floors below are a little under what
the app measured when they were set, so that content edits do not trip them, while a ranking or
snippet change that loses answers does.
"""

from __future__ import annotations

import re
import sys
from html import unescape
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kb_app.core.library.library_db import Library

REPO = Path(__file__).resolve().parent.parent.parent
sys.path.insert(0, str(REPO / "benchmarks"))

import relevance  # noqa: E402

FLOORS = {"hit@3": 0.93, "mrr@5": 0.85, "ndcg@5": 0.85, "answer_visible": 0.9}


@pytest.fixture(scope="module")
def lib(tmp_path_factory: pytest.TempPathFactory) -> Library:
    return relevance.build_bundled_library(tmp_path_factory.mktemp("relevance") / "lib")


def test_the_set_is_what_the_issue_asks_for() -> None:
    judged = relevance.load_set()
    kinds = [j.kind for j in judged]
    assert len(judged) >= 60
    assert all(kinds.count(kind) >= len(judged) // 3 - 1 for kind in ("question", "burst", "folded"))
    assert all(j.answers and 2 in j.grades.values() for j in judged)


def test_app_keeps_its_floors_and_beats_plain_fts5(lib: Library) -> None:
    results = relevance.run(lib, relevance.load_set())
    app = results.pop("app")
    assert results and set(FLOORS) <= set(app), app  # the baselines ran, and every floor was measured
    for measure, floor in FLOORS.items():
        assert app[measure] >= floor, (measure, app)
        best_baseline = max(r[measure] for r in results.values())
        assert app[measure] >= best_baseline, (measure, app, results)


def top3(lib: Library, query: str) -> list[tuple[str, str]]:
    return [(h.id, h.snippet) for h in lib.search(query, limit=3).hits]


def plain(snippet: str) -> str:
    return unescape(re.sub(r"<[^>]*>", "", snippet))


@pytest.mark.parametrize(
    ("query", "doc_id", "answer"),
    [
        # The issue's examples: the page that answers lands in the top 3, its snippet shows the answer.
        ("ka rikoties ja cilveks negrib policiju", "scn-negrib-policiju", "policij"),
        ("darba devejs paturejis pasi", "ind-darba-ekspluatacija", "darba devējs patur personas dokumentus"),
        ("darba inspekcija anonīmi", "contact-vdi", "anonīmais uzticības tālrunis"),
        ("valsts kompensācija cietušajam", "contact-tiesu-administracija", "valsts kompensāciju"),
        ("uzturēšanās atļauja upurim", "art-tresas-valsts-pilsoni", "uzturēšanās atļauj"),
        ("bērna intīmie attēli", "ind-tiessaistes-vervesana", "intīmus attēlus"),
    ],
)
def test_issue_queries_land_in_the_top_3_with_the_answer_shown(
    lib: Library, query: str, doc_id: str, answer: str
) -> None:
    hits = dict(top3(lib, query))
    assert doc_id in hits, (query, list(hits))
    assert answer.lower() in plain(hits[doc_id]).lower(), hits[doc_id]


def test_common_words_do_not_outvote_a_title_with_the_rare_ones(lib: Library) -> None:
    # Many pages hold "rīkoties", "cilvēks" and "policija"; the scenario's title holds "negrib".
    assert [h.id for h in lib.search("ka rikoties ja cilveks negrib policiju", limit=1).hits] == ["scn-negrib-policiju"]


def test_a_multi_word_synonym_is_marked_whole_never_a_lone_word(lib: Library) -> None:
    # synonyms.txt: "VDI, Valsts darba inspekcija": "Valsts" alone is no match for "VDI".
    snippets = [h.snippet for h in lib.search("VDI", limit=10).hits]
    assert any("<b>Valsts darba inspekcija</b>" in s for s in snippets), snippets
    assert not any(re.search(r"<b>Valsts</b>|<b>darba</b>", s) for s in snippets), snippets


def test_contact_facts_are_searched_with_their_labels(lib: Library) -> None:
    hit = lib.search("Drošā māja tālrunis", limit=1).hits[0]
    assert hit.id == "contact-drosa-maja"
    assert re.search(r"<b>Tālrunis</b>: .* \+371 \d{8}", hit.snippet), hit.snippet


def test_a_summary_that_states_the_answer_is_the_snippet(lib: Library) -> None:
    hits = dict(top3(lib, "SIVA lēmums termiņš"))
    assert "3 darba dienu laikā" in plain(hits["contact-siva"])


def test_a_translation_is_folded_into_its_original_for_a_latvian_query(lib: Library) -> None:
    hits = lib.search("bērns ko darīt šodien", limit=10).hits
    ids = [h.id for h in hits]
    assert ids[0] == "art-berni-sodien" and "art-berni-sodien-en" not in ids
    assert hits[0].translations == (("art-berni-sodien-en", "en"),)
    assert lib.search("bērns ko darīt šodien").to_json()["hits"][0]["translations"] == [
        {"id": "art-berni-sodien-en", "lang": "en"}
    ]


def test_an_english_query_prefers_the_english_page(lib: Library) -> None:
    hits = lib.search("what to do if the victim is a child", limit=3).hits
    assert hits[0].id == "art-berni-sodien-en"
    assert hits[0].translations == (("art-berni-sodien", "lv"),)


def test_a_word_that_names_a_type_nudges_that_type_up(lib: Library) -> None:
    assert lib.search("krīzes tālrunis", limit=1).hits[0].type == "contact"
    assert lib.search("ubagošana pazīmes", limit=1).hits[0].id == "ind-piespiedu-noziedziba-ubagosana"
    plain_rank = [h.id for h in lib.search("ubagošana piespiedu", limit=10).hits].index("scn-gimene-ubago")
    nudged = [h.id for h in lib.search("ubagošana piespiedu gadījums", limit=10).hits]
    assert nudged.index("scn-gimene-ubago") < plain_rank and nudged.index("scn-gimene-ubago") <= 1, nudged


@pytest.mark.parametrize(
    "query",
    [
        "tulks patversme",
        "pase darba devējs paturējis",
        "krīzes tālrunis vakarā",
        "ka rikoties ja cilveks negrib policiju",
    ],
)
def test_total_counts_every_document_with_a_part(lib: Library, query: str) -> None:
    from kb_app.core.search.engine import Filters, Fts5SearchEngine, _filter_sql, _with_loose
    from kb_app.core.search.query import parse_query

    engine = lib.search_engine()
    assert isinstance(engine, Fts5SearchEngine)
    parts = engine._parts(parse_query(query), engine.query_analyzers(None))
    for filters in (Filters(), Filters(type="contact")):
        where, args = _filter_sql(filters)
        counted = engine._count(" OR ".join(_with_loose(p) for p in parts), where, args)
        assert lib.search(query, doc_type=filters.type).total == counted > 0, (query, filters)


def test_when_the_words_do_not_tell_the_language_the_preferred_one_stands_for_both(lib: Library) -> None:
    # "154" is a word of both translations: the window's interface language decides, else the
    # library's first language.
    def first(prefer: str | None) -> tuple[str, tuple[tuple[str, str], ...]]:
        hit = lib.search("154", limit=1, prefer_lang=prefer).hits[0]
        return hit.id, hit.translations

    assert first("en") == ("art-what-is-human-trafficking", (("art-kas-ir-cilvektirdznieciba", "lv"),))
    assert first("lv") == first(None) == ("art-kas-ir-cilvektirdznieciba", (("art-what-is-human-trafficking", "en"),))


@pytest.mark.parametrize("limit", [1, 3, 50])
@pytest.mark.parametrize(
    "query",
    [
        '"darba inspekcija"',
        '"cilvēku tirdzniecība"',
        '"uzticības tālrunis"',
        '"darba devējs"',
        '"pirmā kontakta"',
        '"valsts policija"',
    ],
)
def test_a_phrase_lists_every_document_it_counts(lib: Library, query: str, limit: int) -> None:
    result = lib.search(query, limit=limit)
    assert result.total > 0 and len(result.hits) == min(result.total, limit), (result.total, len(result.hits))
    for hit in result.hits:  # the phrase is marked as one, never a lone word of it
        assert not re.search(r"<b>[^ <]+</b>", hit.snippet), hit.snippet


WORDS = [
    "internetā",
    "dot",
    "valsts",
    "policija",
    "VDI",
    "cilvēku",
    "tirdzniecība",
    "kā",
    "ko",
    '"',
    "darba",
    "devējs",
    "pase",
    "tālrunis",
    "upuris",
    "child",
    "victim",
    "ā",
    "rehabil",
    "specialistu",
    "komisjia",
]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.lists(st.sampled_from(WORDS), min_size=1, max_size=6),
    st.sampled_from([{}, {"doc_type": "contact"}, {"lang": "en"}, {"prefer_lang": "en"}]),
    st.sampled_from([1, 3, 10, 30, 150]),
)
def test_any_mix_of_words_synonyms_and_filters_counts_every_hit_once(
    lib: Library, words: list[str], filters: dict[str, str], limit: int
) -> None:
    result = lib.search(" ".join(words), limit=limit, **filters)  # type: ignore[arg-type]
    ids = [h.id for h in result.hits]
    assert result.total >= len(ids) and len(ids) == len(set(ids)), (words, filters, result.total, ids)
