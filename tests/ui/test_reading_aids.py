"""Reading aids: find in page, the query's words marked on the opened page, contents of long
pages, "did you mean" when nothing is found, and recent searches."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument

from kb_app.ui.reader.highlight import find_spans, fold_same_length, query_terms, term_spans
from kb_app.ui.reader.reader_pages import HOME
from kb_app.ui.reader.toc import MIN_HEADINGS, heading_count, headings
from kb_app.ui.search.recent_queries import MAX_RECENT, remembered
from kb_app.ui.search.search_service import SearchOutcome

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


# -- pure parts ---------------------------------------------------------------------------
def test_find_ignores_case_and_diacritics() -> None:
    text = "Krāpšana un KRĀPŠANAS shēmas; krapsana."
    assert [text[a:b] for a, b in find_spans(text, "krapsana")] == ["Krāpšana", "KRĀPŠANA", "krapsana"]
    assert find_spans(text, "   ") == []


@given(st.text(max_size=60))
def test_folding_keeps_offsets(text: str) -> None:
    assert len(fold_same_length(text)) == len(text)


def test_query_words_match_their_inflected_forms() -> None:
    text = "Ekspluatācijas mērķis ir ekspluatācija; cits vārds."
    spans = term_spans(text, query_terms("ekspluatācija", "latvian"), "latvian")
    assert [text[a:b] for a, b in spans] == ["Ekspluatācijas", "ekspluatācija"]


def test_recent_queries_newest_first_without_repeats() -> None:
    assert remembered(["policija", "vdi"], "VDI") == ["VDI", "policija"]
    assert remembered(["a"], "  ") == ["a"]
    many = [str(n) for n in range(MAX_RECENT)]
    assert remembered(many, "new") == ["new", *many[: MAX_RECENT - 1]]


def test_headings_of_a_page_skip_its_title() -> None:
    doc = QTextDocument()
    doc.setHtml("<h1>Title</h1><p>x</p><h2>One</h2><p>y</p><h3>Two</h3><h2>Three</h2>")
    assert [(h.level, h.text) for h in headings(doc)] == [(2, "One"), (3, "Two"), (2, "Three")]


def test_heading_count_from_the_source_skips_empty_headings_and_reads_through_tags() -> None:
    html = "<h1>T</h1><h2> </h2><h2><a href='x'>One</a></h2><H3 class=a>Two</H3><h4>\n<b></b></h4><h6>Six</h6>"
    doc = QTextDocument()
    doc.setHtml(html)
    assert heading_count(html) == len(headings(doc)) == 3


def test_heading_count_from_the_source_agrees_with_every_laid_out_page(window: Any) -> None:
    # Before the first paint the contents button takes its place from the page's source: on no
    # page may it then appear or vanish once the page's real headings are read.
    locations = [HOME, *sorted(window.ctx.library.document_ids())]
    with_contents = 0
    for location in locations:
        page = window.pages.render(location)
        assert page is not None, location
        doc = QTextDocument()
        doc.setHtml(page[1])
        assert heading_count(page[1]) == len(headings(doc)), location
        with_contents += len(headings(doc)) >= MIN_HEADINGS
    assert len(locations) >= 10 and with_contents >= 2


def test_the_first_frame_has_the_contents_button_in_place_and_its_entries_come_right_after(
    qtbot: Any, installed_profile: Any
) -> None:
    from kb_app.core.platform.paths import AppPaths
    from kb_app.ui.shared import i18n
    from kb_app.ui.shared.library_switch import installed_library
    from kb_app.ui.window.mainwindow import MainWindow
    from kb_app.ui.window.profile import open_context

    ctx = open_context(AppPaths(installed_profile))
    i18n.install("en")
    ctx.set_library(*installed_library(ctx))
    window = ctx.main_window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.start()
    reader = window.reader
    assert reader.location == HOME and not reader.contents.isHidden() and reader.contents.entries == []
    frames: list[Any] = []
    window.shown.connect(lambda: frames.append(reader.browser.geometry()))
    window.show()
    qtbot.waitUntil(lambda: bool(frames and reader.contents.entries), timeout=5000)
    assert len(reader.contents.entries) >= MIN_HEADINGS and reader.contents.isVisible()
    assert reader.browser.geometry() == frames[0]  # the page did not move when the entries came
    window.close()
    ctx.close()


# -- in the window ------------------------------------------------------------------------
def _focus_reader(qtbot: Any, window: Any, location: str) -> None:
    window.open_location(location)
    window.reader.browser.setFocus()
    qtbot.waitUntil(window.reader.browser.hasFocus)


def test_ctrl_f_in_the_reader_finds_in_page(qtbot: Any, window: Any, user: Any) -> None:
    _focus_reader(qtbot, window, "art-definicija")
    bar = window.reader.find_bar
    qtbot.keyClick(window.reader.browser, Qt.Key.Key_F, CTRL)
    assert bar.isVisible() and bar.field.hasFocus()
    user.type(bar.field, "vervesana")  # typed without the long vowels
    assert len(bar.spans) == 2
    assert bar.current_text == "vervēšana" and bar.count.text() == "1 of 2"
    assert len(window.reader.browser.extraSelections()) == 2
    qtbot.keyClick(bar.field, Qt.Key.Key_F3)
    assert bar.current == 1 and bar.count.text() == "2 of 2"
    qtbot.keyClick(bar.field, Qt.Key.Key_F3, SHIFT)
    assert bar.current == 0
    qtbot.keyClick(bar.field, Qt.Key.Key_Return)
    assert bar.current == 1
    qtbot.keyClick(bar.field, Qt.Key.Key_Escape)
    assert not bar.isVisible()
    assert window.reader.browser.hasFocus()
    assert window.reader.browser.extraSelections() == []


def test_ctrl_f_outside_the_reader_goes_to_the_search(qtbot: Any, window: Any) -> None:
    window.library_panel.tree.setFocus()
    qtbot.waitUntil(window.library_panel.tree.hasFocus)
    qtbot.keyClick(window.library_panel.tree, Qt.Key.Key_F, CTRL)
    assert window.search.field.hasFocus()
    assert not window.reader.find_bar.isVisible()


def test_no_match_says_so(qtbot: Any, window: Any, user: Any) -> None:
    _focus_reader(qtbot, window, "art-definicija")
    qtbot.keyClick(window.reader.browser, Qt.Key.Key_F, CTRL)
    user.type(window.reader.find_bar.field, "zebra")
    assert window.reader.find_bar.count.text() == "No matches"


def test_opened_result_marks_the_query_words(qtbot: Any, window: Any, user: Any) -> None:
    user.search(window, "ekspluatācija")
    qtbot.keyClick(window.search.field, Qt.Key.Key_Return)
    marks = window.reader.query_marks
    assert window.reader.location
    text = window.reader.document().toPlainText()
    marked = {text[a:b].casefold() for a, b in marks.spans}
    assert marked and all(m.startswith("ekspluatācij") for m in marked)
    assert len(window.reader.browser.extraSelections()) == len(marks.spans)
    window.open_location("con-policija")  # moving on clears the marks
    assert marks.spans == [] and window.reader.browser.extraSelections() == []


def test_opened_result_marks_a_synonym_of_several_words_as_one(qtbot: Any, window: Any, user: Any) -> None:
    """ "VDI" finds the page that names the inspectorate in full: the page marks "Valsts darba
    inspekcijā" as one mark, as the hit's snippet does, and no word of it alone (the title's
    "Darba", "darba devējs", "darba inspekcijai")."""
    user.search(window, "VDI")
    panel = window.search
    locations = [row.location for row in panel.model.rows]
    assert "art-darba-tiesibas" in locations
    assert "<b>Valsts darba inspekcijā</b>" in panel.model.rows[locations.index("art-darba-tiesibas")].snippet
    qtbot.keyClick(panel.field, Qt.Key.Key_Down)
    for _ in range(locations.index("art-darba-tiesibas")):
        qtbot.keyClick(panel.results, Qt.Key.Key_Down)
    qtbot.keyClick(panel.results, Qt.Key.Key_Return)
    assert window.reader.location == "art-darba-tiesibas"
    text = window.reader.document().toPlainText()
    assert text.count("darba") + text.count("Darba") > 2  # the page says "darba" apart from the name too
    marked = [text[a:b] for a, b in window.reader.query_marks.spans]
    assert marked == ["Valsts darba inspekcijā"]
    assert len(window.reader.browser.extraSelections()) == 1
    # Typed in full, the name is marked whole the same way, its words never alone.
    user.search(window, "valsts darba inspekcija")
    qtbot.keyClick(panel.field, Qt.Key.Key_Down)
    locations = [row.location for row in panel.model.rows]
    for _ in range(locations.index("art-darba-tiesibas")):
        qtbot.keyClick(panel.results, Qt.Key.Key_Down)
    qtbot.keyClick(panel.results, Qt.Key.Key_Return)
    assert [text[a:b] for a, b in window.reader.query_marks.spans] == ["Valsts darba inspekcijā"]


def test_long_page_has_contents_reachable_by_keyboard(qtbot: Any, window: Any) -> None:
    reader = window.reader
    body = "".join(f"<h2>Part {n}</h2>" + "<p>text</p>" * 40 for n in range(1, 5))
    reader._show(("Long", f"<h1>Long</h1>{body}"), "")
    assert reader.contents.isVisible()
    assert [h.text for h in reader.contents.entries] == ["Part 1", "Part 2", "Part 3", "Part 4"]
    reader.browser.setFocus()
    qtbot.keyClick(reader.browser, Qt.Key.Key_J, CTRL)
    menu = reader.contents.menu()
    qtbot.waitUntil(menu.isVisible)
    qtbot.keyClick(menu, Qt.Key.Key_Down)
    qtbot.keyClick(menu, Qt.Key.Key_Down)
    qtbot.keyClick(menu, Qt.Key.Key_Return)
    block = reader.document().findBlock(reader.contents.entries[2].position)
    top = reader.document().documentLayout().blockBoundingRect(block).top()
    assert reader.browser.verticalScrollBar().value() == min(int(top), reader.browser.verticalScrollBar().maximum())
    assert reader.browser.verticalScrollBar().value() > 0
    reader._show(("Short", "<h1>Short</h1><h2>Only</h2><p>x</p>"), "")
    assert not reader.contents.isVisible()


@dataclass
class FakeResult:
    """A result as the search engine returns it once it suggests terms (SearchResult.suggestions)."""

    query: str
    total: int = 0
    hits: list[Any] = field(default_factory=list)
    suggestions: list[str] = field(default_factory=list)


def test_nothing_found_offers_the_librarys_words(qtbot: Any, window: Any, monkeypatch: Any) -> None:
    panel = window.search
    monkeypatch.setattr(window.search_service, "request", lambda *_args: None)
    panel.focus_field()
    panel.field.setText("krāpniecisk")
    window.search_service.finished.emit(
        SearchOutcome(
            seq=99, query="krāpniecisk", doc_type="", result=FakeResult("krāpniecisk", suggestions=["krāpšana"])
        )
    )
    assert panel.count_label.text() == "Nothing found"
    buttons = panel.suggestion_buttons()
    assert [b.text() for b in buttons] == ["krāpšana"] and panel.suggestions.isVisible()
    qtbot.keyClick(panel.field, Qt.Key.Key_Down)  # keyboard: Down reaches the suggestion
    assert buttons[0].hasFocus()
    qtbot.keyClick(buttons[0], Qt.Key.Key_Space)
    assert panel.field.text() == "krāpšana"


def test_results_without_suggestions_field_show_none(window: Any, user: Any) -> None:
    user.search(window, "zzzqqq")
    assert window.search.count_label.text() == "Nothing found"
    assert not window.search.suggestions.isVisible()


def test_recent_searches_are_remembered_and_offered(qtbot: Any, window: Any, user: Any) -> None:
    user.search(window, "policija")
    qtbot.keyClick(window.search.field, Qt.Key.Key_Return)
    assert window.search.recent.load()[0] == "policija"
    window.search.clear()
    window.search.focus_field()
    qtbot.keyClick(window.search.field, Qt.Key.Key_Down)
    menu = window.search.recent_menu
    qtbot.waitUntil(menu.isVisible)
    assert menu.actions()[0].text() == "policija"
    qtbot.keyClick(menu, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.search.shown_query == "policija", timeout=5000)
