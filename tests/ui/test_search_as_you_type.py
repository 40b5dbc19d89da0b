"""Search as you type: what a user sees while typing, moving with arrows and opening a hit."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt


def test_typing_shows_hits_with_count_and_bold_snippets(user: Any, window: Any) -> None:
    user.search(window, "policija")
    panel = window.search
    assert panel.results.isVisible()
    assert not window.library_panel.isVisible()  # the hit list takes the browser's place
    titles = [row.title for row in panel.model.rows]
    assert "Valsts policija" in titles
    assert "result" in panel.count_label.text()
    assert any("<b>" in row.snippet for row in panel.model.rows)


def test_diacritics_and_inflection_do_not_matter(user: Any, window: Any) -> None:
    user.search(window, "tirdznieciba")
    assert any(row.location == "art-definicija" for row in window.search.model.rows)


def test_arrow_keys_and_enter_open_a_hit(qtbot: Any, user: Any, window: Any) -> None:
    user.search(window, "patverums")
    panel = window.search
    assert panel.model.rowCount() >= 1
    qtbot.keyClick(panel.field, Qt.Key.Key_Down)
    assert panel.results.hasFocus()
    qtbot.keyClick(panel.results, Qt.Key.Key_Return)
    assert window.reader.location == panel.model.rows[0].location
    assert "Drošā māja" in window.reader.browser.toPlainText()


def test_enter_in_the_field_opens_the_best_hit(qtbot: Any, user: Any, window: Any) -> None:
    user.search(window, "policija")
    qtbot.keyClick(window.search.field, Qt.Key.Key_Return)
    assert window.reader.location == window.search.model.rows[0].location


def test_type_filter_limits_hits(qtbot: Any, user: Any, window: Any) -> None:
    user.search(window, "policija")
    panel = window.search
    assert {row.location for row in panel.model.rows} - {"con-policija", "con-patverums"}
    panel.type_filter.setCurrentIndex(panel.type_filter.findData("contact"))
    qtbot.waitUntil(lambda: all(r.type_label == "Contact" for r in panel.model.rows) and panel.model.rowCount() > 0)


def test_ctrl_k_and_ctrl_f_focus_the_field_and_escape_clears(qtbot: Any, user: Any, window: Any) -> None:
    window.reader.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert window.search.field.hasFocus()
    window.reader.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search.field.hasFocus()
    user.search(window, "darbs")
    qtbot.keyClick(window.search.field, Qt.Key.Key_Escape)
    assert window.search.field.text() == ""
    assert window.library_panel.isVisible()


def test_only_the_newest_query_is_shown(qtbot: Any, window: Any) -> None:
    panel = window.search
    shown: list[str] = []
    panel.results_shown.connect(lambda _seq: shown.append(panel.shown_query))
    panel.focus_field()
    for text in ("p", "po", "pol", "poli", "polic", "policija"):
        panel.field.setText(text)  # faster than any search: most requests go stale
    qtbot.waitUntil(lambda: panel.shown_query == "policija")
    qtbot.wait(100)
    assert shown[-1] == "policija"
    assert panel.shown_query == "policija"


def test_first_keystroke_before_warm_up_is_answered(qtbot: Any, user: Any, make_window: Any) -> None:
    window = make_window(start_search=False)
    assert window.search_service._thread is None
    window.search.focus_field()
    user.type(window.search.field, "policija")
    qtbot.waitUntil(lambda: window.search.shown_query == "policija", timeout=10_000)
    assert window.search.model.rowCount() > 0


def test_notes_are_searched_and_marked(qtbot: Any, user: Any, window: Any) -> None:
    window.ctx.notes.add(user.municipality, "Zvanīt dežurantam Zilonim pirms vizītes", "con-policija")
    window.ctx.notes.add("riga", "Zilonis cits — citas pašvaldības piezīme", None)
    user.search(window, "zilonim")
    rows = window.search.model.rows
    notes = [r for r in rows if r.kind == "note"]
    assert len(notes) == 1  # only the user's own municipality
    assert "My note" in notes[0].type_label and "Valsts policija" in notes[0].type_label
    assert "<b>Zilonim</b>" in notes[0].snippet
    window.search.results.setCurrentIndex(window.search.model.index(rows.index(notes[0]), 0))
    qtbot.keyClick(window.search.results, Qt.Key.Key_Return)
    assert window.reader.location == "con-policija"
    assert window.notes.editor.toPlainText().startswith("Zvanīt dežurantam")


def test_notes_only_filter(user: Any, window: Any) -> None:
    window.ctx.notes.add(user.municipality, "Policijas iecirknis Mārupē: kabinets 12", None)
    panel = window.search
    panel.type_filter.setCurrentIndex(panel.type_filter.findData("note"))
    user.search(window, "kabinets")
    assert [r.kind for r in panel.model.rows] == ["note"]
    assert panel.model.rows[0].location == "@home"


def test_own_notes_are_searched_off_the_gui_thread_and_not_cut_behind_colleagues(
    user: Any, window: Any, monkeypatch: Any
) -> None:
    import threading

    from kb_app.core.search import notes_search

    threads: list[str] = []
    original = notes_search.search_notes

    def recorded(*args: Any, **kwargs: Any) -> Any:
        threads.append(threading.current_thread().name)
        return original(*args, **kwargs)

    monkeypatch.setattr(notes_search, "search_notes", recorded)
    for n in range(30):  # a colleague's synced notes, every one about the same word
        window.ctx.notes.add("riga", f"Pasēm {n}: pase, pase, pase", None)
    window.ctx.notes.add(user.municipality, "Klienta pase ir pie darba devēja", None)
    user.search(window, "pasēm")
    notes = [r for r in window.search.model.rows if r.kind == "note"]
    assert [n.title for n in notes] == ["Klienta pase ir pie darba devēja"]
    assert "<b>pase</b>" in notes[0].snippet
    assert threads and threading.main_thread().name not in threads


def test_a_result_opens_at_its_title_with_the_first_match_marked_below(qtbot: Any, user: Any, window: Any) -> None:
    user.search(window, "inspekcija")
    qtbot.keyClick(window.search.field, Qt.Key.Key_Return)
    reader = window.reader
    assert reader.location and reader.query_marks.spans
    # The same on a page whose first match is far below its title.
    filler = "<p>Teksts bez meklētā vārda.</p>" * 120
    reader._show(("Garš", f"<h1>Garš raksts</h1>{filler}<p>Darba inspekcija pieņem sūdzības.</p>"), "")
    assert reader.query_marks.mark("inspekcija", "latvian") == 1
    assert reader.browser.verticalScrollBar().maximum() > 0
    assert reader.browser.verticalScrollBar().value() == 0  # the title is in view
    first = reader.query_marks.spans[0][0]
    assert reader.browser.textCursor().position() == first  # find-next and the keyboard start there
    assert reader.document().findBlock(first).text().startswith("Darba inspekcija")


def test_a_translation_shows_on_its_originals_hit_not_as_its_own(user: Any, window: Any) -> None:
    user.search(window, "tirdzniecība")
    rows = window.search.model.rows
    ids = [r.location for r in rows]
    assert "art-definicija" in ids and "art-definition-en" not in ids
    row = rows[ids.index("art-definicija")]
    assert row.type_label.endswith("also in English"), row.type_label


def test_the_hit_list_made_after_start_sits_below_the_field_and_after_recent_in_tab_order(
    qtbot: Any, user: Any, window: Any
) -> None:
    # Hidden until a query is typed, the list is not built before the first paint: made later, it
    # must still come where the panel declared it, in the layout and in the Tab order.
    panel = window.search
    user.search(window, "policija")
    results = panel.results
    assert results.isVisible() and panel.model.rowCount() > 0
    assert results.geometry().top() > panel.field.geometry().bottom()
    assert results.geometry().top() >= panel.suggestions.geometry().top()
    panel.recent_button.setFocus()
    qtbot.waitUntil(panel.recent_button.hasFocus)
    qtbot.keyClick(panel.recent_button, Qt.Key.Key_Tab)
    qtbot.waitUntil(results.hasFocus)  # Tab from Recent reaches the list, as when it was built first
    assert panel.layout().indexOf(results) == panel.layout().indexOf(panel.suggestions) + 1
