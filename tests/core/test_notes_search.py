"""Notes searched as documents are: the same analysis and weighting, own FTS5 table, municipality first."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from kb_app.cli import main
from kb_app.core.content.country import parse_country
from kb_app.core.packs.build import build_pack
from kb_app.core.packs.install import install_pack
from kb_app.core.platform.paths import AppPaths
from kb_app.core.search import notes_search
from kb_app.core.text.analysis import is_analyzer
from kb_app.core.userdata.notes import NotesStore
from kb_app.core.userdata.user_db import MIGRATIONS, UserData, open_userdata

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
LATVIAN = "latvian"  # the bundled library's main language's analyzer


@pytest.fixture
def userdata(tmp_path: Path) -> Iterator[UserData]:
    with open_userdata(AppPaths(tmp_path / "profile")) as db:
        yield db


@pytest.fixture
def store(userdata: UserData) -> NotesStore:
    return NotesStore(userdata, analysis=LATVIAN)


def lithuanian() -> str:
    """What notes are analyzed with under the Lithuanian fixture's library."""
    data = yaml.safe_load((FIXTURES / "knowledge-lt" / "country.yaml").read_text("utf-8"))
    return notes_search.notes_analysis(parse_country(data, lambda *_: None, is_analyzer))


def found(store: NotesStore, query: str, municipality: str | None = None, limit: int = 20) -> list[str]:
    return [hit.body for hit in store.search_ranked(query, municipality, limit)[0]]


def test_inflected_and_folded_words_find_the_note(store: NotesStore) -> None:
    store.add("riga", "Klientam darba devējs atņēma pasi.")
    for query in ("pasēm", "pase", "PASES", "darba devejs", "atnem pas"):
        assert found(store, query) == ["Klientam darba devējs atņēma pasi."], query


def test_question_words_weigh_almost_nothing(store: NotesStore) -> None:
    store.add("riga", "Kur ir kas, kur ir kas, kur un kad.")
    store.add("riga", "Bāriņtiesas tālrunis: 67000000.")
    assert found(store, "kur ir bāriņtiesas tālrunis")[0] == "Bāriņtiesas tālrunis: 67000000."


def test_rare_words_outweigh_common_ones(store: NotesStore) -> None:
    for n in range(6):
        store.add("riga", f"Sociālais dienests, sociālais darbinieks {n}.")
    store.add("riga", "Sociālais dienests sadarbojas ar ONAP.")
    assert found(store, "onap sociālais")[0] == "Sociālais dienests sadarbojas ar ONAP."


def test_own_municipality_is_filtered_before_the_cut(store: NotesStore) -> None:
    for n in range(40):
        store.add("marupes-novads", f"Patversme {n}: patversme, patversme.")
    store.add("riga", "Mūsu patversme Rīgā.")
    hits, total = store.search_ranked("patversme", municipality="riga", limit=20)
    assert [h.body for h in hits] == ["Mūsu patversme Rīgā."] and total == 1
    assert store.search_ranked("patversme", limit=20)[1] == 41


def test_the_index_follows_every_write(store: NotesStore) -> None:
    note = store.add("riga", "Pirmā versija par tulku.")
    store.update(note.id, "Otrā versija par patversmi.")
    assert found(store, "tulks") == [] and found(store, "patversme") == ["Otrā versija par patversmi."]
    store.delete(note.id)
    assert found(store, "patversme") == []
    store.undelete(note.id)
    assert found(store, "patversme") == ["Otrā versija par patversmi."]


def test_snippet_marks_the_matched_words_and_escapes(store: NotesStore) -> None:
    store.add("riga", "<script>x</script> Zvanīt uz krīzes tālruni 116123 vakarā.")
    hit = store.search_ranked("krīzes tālrunis")[0][0]
    assert "<b>krīzes</b> <b>tālruni</b>" in hit.snippet and "<script>" not in hit.snippet


def test_last_word_is_a_prefix_while_typing(store: NotesStore) -> None:
    store.add("riga", "Rehabilitācijas kurss sākas pirmdien.")
    assert found(store, "rehabil") == ["Rehabilitācijas kurss sākas pirmdien."]


def test_migration_indexes_the_notes_an_older_version_left(tmp_path: Path) -> None:
    paths = AppPaths(tmp_path / "profile")
    paths.user_db.parent.mkdir(parents=True)
    with closing(sqlite3.connect(paths.user_db, isolation_level=None)) as conn:
        for step in MIGRATIONS[:2]:
            step(conn)
        conn.execute("PRAGMA user_version = 2")
        conn.execute(
            "INSERT INTO notes VALUES ('1b4e28ba-2fa1-11d2-883f-0016d3cca427', 'riga', NULL, "
            "'Ģimenes atbalsta centrs', '2026-01-01T00:00:00Z', '2026-01-02T00:00:00Z', 0)"
        )
    with open_userdata(paths) as userdata:
        assert found(NotesStore(userdata, analysis=LATVIAN), "gimene") == ["Ģimenes atbalsta centrs"]


def test_an_index_of_another_analyzer_version_is_rebuilt(userdata: UserData) -> None:
    NotesStore(userdata, analysis=LATVIAN).add("riga", "Tulks pa tālruni.")
    with userdata.transaction() as conn:
        conn.execute("DELETE FROM notes_fts")
        conn.execute("UPDATE settings SET value = 'older' WHERE key = ?", (notes_search.INDEX_SETTING,))
    assert found(NotesStore(userdata, analysis=LATVIAN), "tulks") == ["Tulks pa tālruni."]


def test_notes_are_analyzed_as_the_librarys_main_language() -> None:
    assert lithuanian() == "snowball:lithuanian"
    assert notes_search.notes_analysis(None) == notes_search.PLAIN


LT_NOTE = "Prekybos žmonėmis aukos kreipėsi į tarnybose dirbančius."


def test_a_lithuanian_librarys_notes_find_inflected_lithuanian_words(userdata: UserData) -> None:
    store = NotesStore(userdata, analysis=lithuanian())
    store.add("vilniaus-miesto", LT_NOTE)
    # "tarnyba" and "tarnybose" are one word only to the Lithuanian stemmer (the Latvian one keeps
    # "tarnybos"), as "zmones" and "žmonėmis" are.
    for query in ("prekyba", "tarnyba", "zmones aukos", "TARNYBA"):
        assert found(store, query) == [LT_NOTE], query


def test_switching_to_another_countrys_library_rebuilds_the_notes_index(userdata: UserData) -> None:
    latvian_note = "Cilvēku tirdzniecības upuris zvanīja."
    NotesStore(userdata, analysis=LATVIAN).add("riga", latvian_note)
    NotesStore(userdata, analysis=LATVIAN).add("vilniaus-miesto", LT_NOTE)
    assert found(NotesStore(userdata, analysis=LATVIAN), "tarnyba") == []
    store = NotesStore(userdata, analysis=lithuanian())
    assert notes_search.indexed_analysis(userdata.conn) == lithuanian()
    assert found(store, "tarnyba") == [LT_NOTE]
    back = NotesStore(userdata, analysis=LATVIAN)  # and back: the Latvian notes as before
    assert notes_search.indexed_analysis(userdata.conn) == LATVIAN
    assert found(back, "tirdzniecība upuri") == [latvian_note] and found(back, "tarnyba") == []


def test_a_store_that_does_not_rebuild_writes_as_the_index_was_built(userdata: UserData) -> None:
    assert NotesStore(userdata, analysis=LATVIAN, rebuild=False).index_is_current()  # no notes: no work
    NotesStore(userdata, analysis=LATVIAN).add("riga", "Pirmā piezīme.")
    waiting = NotesStore(userdata, analysis=lithuanian(), rebuild=False)
    assert not waiting.index_is_current()
    waiting.add("vilniaus-miesto", LT_NOTE)  # analyzed as the (Latvian) index is, and searched so
    assert notes_search.indexed_analysis(userdata.conn) == LATVIAN
    assert found(waiting, "tarnyba") == [] and found(waiting, "tarnybose") == [LT_NOTE]


def test_the_rebuild_on_its_own_connection_indexes_a_note_edited_meanwhile(userdata: UserData) -> None:
    store = NotesStore(userdata, analysis=LATVIAN)
    first = store.add("vilniaus-miesto", "Pirmoji versija apie vertėją.")
    for n in range(3):
        store.add("vilniaus-miesto", f"Kita pastaba {n}.")
    edited: list[int] = []

    def edit_while_analyzing(done: int, _total: int) -> None:
        if not edited:  # the notes are read and being analyzed: the window's thread writes
            store.update(first.id, LT_NOTE)
            edited.append(done)

    assert notes_search.rebuild_notes_index_at(userdata.path, lithuanian(), edit_while_analyzing)
    assert edited and notes_search.index_is_current(userdata.conn, lithuanian())
    assert found(store, "tarnyba") == [LT_NOTE] and found(store, "vertejas") == []
    assert not notes_search.rebuild_notes_index_at(userdata.path, lithuanian())  # current: nothing to do


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=60))
def test_any_query_is_answered(tmp_path_factory: pytest.TempPathFactory, query: str) -> None:
    with open_userdata(AppPaths(tmp_path_factory.mktemp("p"))) as userdata:
        store = NotesStore(userdata, analysis=LATVIAN)
        store.add("riga", "Pase, tulks un patversme.")
        hits, total = store.search_ranked(query)
        assert total >= len(hits)


def test_cli_search_with_notes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    profile = tmp_path / "profile"
    with open_userdata(AppPaths(profile)) as userdata:
        NotesStore(userdata).add("riga", "Mūsu bāriņtiesas tālrunis 67000000\u202e")
    assert main(["search", "bāriņtiesa", "--notes", "--json", "--profile", str(profile)]) == 0
    data = json.loads(capsys.readouterr().out)
    notes = [h for h in data["hits"] if h["type"] == "note"]
    assert len(notes) == 1 and notes[0]["municipality"] == "riga" and "<b>bāriņtiesas</b>" in notes[0]["snippet"]
    assert any(h["type"] != "note" for h in data["hits"])
    assert main(["search", "bāriņtiesa", "--profile", str(profile), "--json"]) == 0
    assert all(h["type"] != "note" for h in json.loads(capsys.readouterr().out)["hits"])
    assert main(["search", "bāriņtiesa", "--notes", "--profile", str(profile)]) == 0
    out = capsys.readouterr().out
    assert "[note]" in out and "\u202e" not in out


def test_cli_search_with_notes_under_a_lithuanian_library(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    profile = tmp_path / "profile"
    build_pack(FIXTURES / "knowledge-lt", tmp_path / "lt.kbpack")
    install_pack(tmp_path / "lt.kbpack", AppPaths(profile).library_root)
    with open_userdata(AppPaths(profile)) as userdata:  # a profile whose notes were indexed as Latvian
        NotesStore(userdata, analysis=LATVIAN).add("vilniaus-miesto", LT_NOTE)
    assert main(["search", "tarnyba", "--notes", "--json", "--profile", str(profile)]) == 0
    notes = [h for h in json.loads(capsys.readouterr().out)["hits"] if h["type"] == "note"]
    assert len(notes) == 1 and notes[0]["lang"] == "lt" and "<b>tarnybose</b>" in notes[0]["snippet"]


def test_cli_search_names_the_translations_folded_into_a_hit(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["search", "bērns ko darīt šodien", "--limit", "1", "--profile", str(tmp_path / "p")]) == 0
    out = capsys.readouterr().out
    assert "art-berni-sodien  " in out and "(also en: art-berni-sodien-en)" in out


def test_the_librarys_question_words_weigh_almost_nothing_in_notes_too(userdata: UserData) -> None:
    from kb_app.core.text.search_words import search_words

    data = yaml.safe_load((FIXTURES / "knowledge-lt" / "country.yaml").read_text("utf-8"))
    words = search_words(parse_country(data, lambda *_: None, is_analyzer))
    store = NotesStore(userdata, analysis=lithuanian())
    store.add("vilniaus-miesto", "Kaip, kur ir kada: kaip kur ir kada, kaip kur.")
    store.add("vilniaus-miesto", LT_NOTE)
    query = "kaip kur ir kada tarnyba"
    assert store.search_ranked(query, known_words=words)[0][0].body == LT_NOTE
    # Snowball's Lithuanian has no list of its own: without the pack's words they count in full.
    assert store.search_ranked(query)[0][0].body != LT_NOTE


def test_cli_search_of_another_pack_leaves_the_profiles_notes_index_alone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    profile = tmp_path / "profile"
    with open_userdata(AppPaths(profile)) as userdata:
        NotesStore(userdata, analysis=LATVIAN).add("riga", "Bāriņtiesas tālrunis.")
    build_pack(FIXTURES / "knowledge-lt", tmp_path / "lt.kbpack")
    assert (
        main(
            ["search", "tālruni", "--notes", "--json", "--pack", str(tmp_path / "lt.kbpack"), "--profile", str(profile)]
        )
        == 0
    )
    notes = [h for h in json.loads(capsys.readouterr().out)["hits"] if h["type"] == "note"]
    assert [n["municipality"] for n in notes] == ["riga"]  # read as its index was built: Latvian
    with open_userdata(AppPaths(profile)) as userdata:
        assert notes_search.indexed_analysis(userdata.conn) == LATVIAN
