"""A second country's pack in the window: its own contact categories and municipality kinds, with
the labels its country.yaml gives, and search in its language (no change to code)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from PySide6.QtCore import Qt

from kb_app.core.packs.build import build_pack
from kb_app.core.packs.install import install_pack
from kb_app.core.platform.paths import AppPaths

LITHUANIAN = Path(__file__).resolve().parent.parent / "fixtures" / "knowledge-lt"


@pytest.fixture
def lt_profile(tmp_path: Path) -> Path:
    profile = tmp_path / "lt-profile"
    profile.mkdir()
    pack = tmp_path / "lt.kbpack"
    build_pack(LITHUANIAN, pack)
    install_pack(pack, AppPaths(profile).library_root)
    return profile


@pytest.mark.parametrize(
    ("language", "category", "kind"),
    [
        ("en", "Municipal service", "city municipality"),
        ("lv", "Pašvaldības dienests", "pilsētas pašvaldība"),
    ],
)
def test_the_window_shows_the_declared_labels(
    qtbot: Any, make_window: Any, lt_profile: Path, language: str, category: str, kind: str
) -> None:
    window = make_window(language=language, municipality="vilniaus-miesto", profile=lt_profile)
    qtbot.keyClick(window, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    view = window.view("contacts")
    labels = [view.category.itemText(i) for i in range(view.category.count())]
    assert category in labels
    row = next(i for i, r in enumerate(view.model.rows) if r.id == "kon-socialine-tarnyba")
    assert view.model.text(view.model.rows[row], "category") == category

    from kb_app.ui.dialogs.municipality import MunicipalityDialog

    dialog = MunicipalityDialog(window.ctx, window)
    shown = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    assert f"Vilniaus miesto savivaldybė  ({kind})" in shown
    dialog.reject()


def test_search_in_the_window_finds_an_inflected_lithuanian_word(user: Any, make_window: Any, lt_profile: Path) -> None:
    window = make_window(municipality="vilniaus-miesto", profile=lt_profile)
    user.search(window, "prekybos")
    assert any(row.location == "str-prekyba-zmonemis" for row in window.search.model.rows)


def test_a_lithuanian_page_reads_lithuanian_and_marks_the_words_typed_without_diacritics(
    qtbot: Any, user: Any, make_window: Any, lt_profile: Path
) -> None:
    window = make_window(language="lv", municipality="vilniaus-miesto", profile=lt_profile)
    user.search(window, "vertejas")  # typed without the ė
    qtbot.keyClick(window.search.field, Qt.Key.Key_Return)
    assert window.reader.location
    text = window.reader.document().toPlainText()
    marked = {text[a:b].casefold() for a, b in window.reader.query_marks.spans}
    assert marked and all(m.startswith("vertėj") for m in marked)
    window.open_location("kon-socialine-tarnyba")
    page = window.reader.document().toPlainText()
    assert "El. paštas" in page and "Darbo laikas" in page
    assert not any(latvian in page for latvian in ("Tālrunis", "E-pasts", "Darba laiks", "avots", "ā", "ē", "ī"))


def test_the_library_tree_names_a_language_by_the_packs_label(make_window: Any, lt_profile: Path) -> None:
    from kb_app.ui.search.library_panel import LANGUAGE_ROLE

    window = make_window(language="en", municipality="vilniaus-miesto", profile=lt_profile, start_search=False)
    tree = window.library_panel.tree
    tops = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    lithuanian = [t for t in tops if t.data(0, LANGUAGE_ROLE) == "lt"]
    assert len(lithuanian) == 1 and lithuanian[0].text(0) == "Lithuanian (7)"  # the handout is in its own group


def test_a_handout_in_another_language_is_named_in_that_language(make_window: Any, lt_profile: Path) -> None:
    """The handouts group starts each entry with its language as the client would name it: the
    pack's own word for a language the interface does not know ("lietuvių", not "lt")."""
    window = make_window(language="en", municipality="vilniaus-miesto", profile=lt_profile, start_search=False)
    tree = window.library_panel.tree
    titles: list[str] = []
    stack = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    while stack:
        item = stack.pop()
        titles.append(item.text(0))
        stack.extend(item.child(i) for i in range(item.childCount()))
    assert "lietuvių: Jūsų teisės ir kur kreiptis pagalbos" in titles, titles


def test_notes_written_under_a_latvian_library_are_searched_as_lithuanian_after_the_switch(
    qtbot: Any, user: Any, make_window: Any, lt_profile: Path, monkeypatch: Any
) -> None:
    import threading

    from kb_app.core.search import notes_search
    from kb_app.core.userdata.notes import NotesStore
    from kb_app.core.userdata.user_db import open_userdata

    note = "Prekybos žmonėmis aukos kreipėsi į tarnybose dirbančius."
    with open_userdata(AppPaths(lt_profile)) as userdata:  # indexed while the library was Latvian
        NotesStore(userdata, analysis="latvian").add("vilniaus-miesto", note)
    threads: list[str] = []
    original = notes_search.rebuild_notes_index_at

    def recorded(*args: Any, **kwargs: Any) -> bool:
        threads.append(threading.current_thread().name)
        return original(*args, **kwargs)

    monkeypatch.setattr(notes_search, "rebuild_notes_index_at", recorded)
    window = make_window(municipality="vilniaus-miesto", profile=lt_profile)
    qtbot.waitUntil(lambda: window.ctx.notes.index_is_current(), timeout=10_000)
    assert threads and threading.main_thread().name not in threads
    assert notes_search.indexed_analysis(window.ctx.userdata.conn) == "snowball:lithuanian"
    user.search(window, "tarnyba")  # one word with "tarnybose" only to the Lithuanian stemmer
    notes = [r for r in window.search.model.rows if r.kind == "note"]
    assert [n.title for n in notes] == [note] and "<b>tarnybose</b>" in notes[0].snippet


def test_a_pack_opened_with_pack_leaves_the_profiles_notes_index_alone(
    qtbot: Any, lt_profile: Path, tmp_path: Path
) -> None:
    from kb_app.core.library.library_db import Library
    from kb_app.core.library_files.libroot import current_library
    from kb_app.core.search import notes_search
    from kb_app.core.userdata.notes import NotesStore
    from kb_app.core.userdata.user_db import open_userdata
    from kb_app.ui.window.profile import open_context

    profile = tmp_path / "latvian-profile"
    with open_userdata(AppPaths(profile)) as userdata:
        NotesStore(userdata, analysis="latvian").add("riga", "Bāriņtiesas tālrunis.")
    lithuanian = current_library(AppPaths(lt_profile).library_root)
    assert lithuanian is not None
    pinned = open_context(AppPaths(profile), pinned_pack=True)  # as `kb-app gui --pack lt.kbpack`
    try:
        pinned.set_library(Library(lithuanian))
        qtbot.wait(200)
        assert not pinned.tasks.busy and notes_search.indexed_analysis(pinned.userdata.conn) == "latvian"
    finally:
        pinned.close()
