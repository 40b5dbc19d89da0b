"""The reader: links, history, zoom, bookmarks, recent pages, print/PDF."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QGuiApplication


def test_document_shows_title_and_body(window: Any) -> None:
    window.open_location("art-definicija")
    text = window.reader.browser.toPlainText()
    assert text.startswith("Kas ir cilvēku tirdzniecība")
    assert "Trīs elementi" in text
    assert "Kas ir cilvēku tirdzniecība" in window.windowTitle()


def test_kb_link_opens_in_place_and_back_forward_work(qtbot: Any, user: Any, window: Any) -> None:
    window.open_location("art-definicija")
    user.click_link(window.reader.browser, "kb:con-policija")
    assert window.reader.location == "con-policija"
    assert "Valsts policija" in window.reader.browser.toPlainText()
    qtbot.keyClick(window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.reader.location == "art-definicija"
    qtbot.keyClick(window, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert window.reader.location == "con-policija"
    assert window.actions_by_name["back"].isEnabled()
    assert not window.actions_by_name["forward"].isEnabled()


def test_phone_and_mail_links_are_copied(user: Any, window: Any) -> None:
    window.open_location("con-policija")
    user.click_link(window.reader.browser, "tel:112")
    assert QGuiApplication.clipboard().text() == "112"
    assert "112" in window.statusBar().currentMessage()
    user.click_link(window.reader.browser, "mailto:kanceleja@vp.gov.lv")
    assert QGuiApplication.clipboard().text() == "kanceleja@vp.gov.lv"
    assert window.reader.location == "con-policija"


def test_web_links_open_only_after_confirmation(user: Any, window: Any) -> None:
    asked: list[str] = []
    opened: list[str] = []
    links = window.reader.links
    links._open_url = lambda url: opened.append(url.toString()) or True
    links._confirm = lambda _parent, url: asked.append(url) or False
    window.open_location("con-policija")
    user.click_link(window.reader.browser, "https://www.vp.gov.lv")
    assert asked == ["https://www.vp.gov.lv"] and opened == []
    links._confirm = lambda _parent, _url: True
    links.activate(QUrl("https://www.vp.gov.lv"))
    assert opened == ["https://www.vp.gov.lv"]
    assert window.reader.location == "con-policija"


def test_zoom_keys_change_and_remember_text_size(qtbot: Any, window: Any) -> None:
    size = window.reader.browser.font().pointSizeF()
    qtbot.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert window.reader.browser.font().pointSizeF() == size + 2
    assert window.ctx.prefs.zoom == 2
    assert window.ctx.settings.load().zoom == 2
    qtbot.keyClick(window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert window.ctx.prefs.zoom == 1
    qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert window.reader.browser.font().pointSizeF() == size


def test_bookmark_and_recently_viewed(qtbot: Any, window: Any) -> None:
    window.open_location("con-patverums")
    qtbot.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert window.actions_by_name["bookmark"].isChecked()
    qtbot.keyClick(window, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    bookmarks = window.library_panel.bookmarks
    assert window.library_panel.currentWidget() is bookmarks
    assert bookmarks.item(0).text().startswith("Patvērums")
    window.open_location("art-definicija")
    qtbot.keyClick(window, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    recent = [window.library_panel.recent.item(i).text() for i in range(window.library_panel.recent.count())]
    assert recent[0].startswith("Kas ir cilvēku tirdzniecība") and recent[1].startswith("Patvērums")
    window.library_panel.recent.setCurrentRow(1)
    qtbot.keyClick(window.library_panel.recent, Qt.Key.Key_Return)
    assert window.reader.location == "con-patverums"
    qtbot.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)  # again: removed
    assert window.ctx.bookmarks is not None and window.ctx.bookmarks.bookmarks() == []


def test_library_tree_opens_documents(qtbot: Any, window: Any) -> None:
    tree = window.library_panel.tree
    top = [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]
    # English UI: the one English document first; the Latvian ones in their own group.
    assert top[0] == "Articles (1)" and any(t.startswith("In Latvian (") for t in top)
    assert top[-1] == "By tag"
    item = window.library_panel._items["art-rehabilitacija"]
    tree.setCurrentItem(item)
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert window.reader.location == "art-rehabilitacija"
    tags = tree.topLevelItem(tree.topLevelItemCount() - 1)
    tree.setCurrentItem(tags)
    qtbot.keyClick(tree, Qt.Key.Key_Return)  # Enter on a heading opens it
    assert tags.isExpanded()
    by_tag = {tags.child(i).text(0): tags.child(i) for i in range(tags.childCount())}
    assert "likums (1)" in by_tag
    law = by_tag["likums (1)"]
    law.setExpanded(True)
    tree.setCurrentItem(law.child(0))
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert window.reader.location == "art-definicija"


def test_home_page_lists_quick_starts(qtbot: Any, user: Any, window: Any) -> None:
    qtbot.keyClick(window, Qt.Key.Key_Home, Qt.KeyboardModifier.AltModifier)
    text = window.reader.browser.toPlainText()
    assert text.startswith("Mārupes novads")
    assert "Darba ekspluatācijas pazīmes" in text  # the indicator set
    user.click_link(window.reader.browser, "app:contacts")
    assert window.current_view() is window.view("contacts")


def test_pdf_export_runs_off_the_gui_thread(qtbot: Any, window: Any, tmp_path: Path) -> None:
    from kb_app.ui.paper import printing

    window.open_location("art-definicija")
    title, html = window.current_printable()
    target = tmp_path / "definicija.pdf"
    assert printing.export_pdf(window, window.ctx, html, title, path=str(target)) is not None
    qtbot.waitUntil(lambda: "definicija.pdf" in window.saved_notice.label.text(), timeout=10_000)
    data = target.read_bytes()
    assert data.startswith(b"%PDF") and len(data) > 1000
    assert str(target) in window.saved_notice.label.text()  # the whole path, where it can be found again


def test_the_last_page_opens_at_the_next_start(make_window: Any) -> None:
    first = make_window(start_search=False)
    first.open_location("con-policija")
    first.close()
    first.ctx.close()
    second = make_window(start_search=False)
    assert second.reader.location == "con-policija"
