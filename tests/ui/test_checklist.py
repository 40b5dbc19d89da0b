"""The indicator checklist: tick what was observed, read the summary, print it; store nothing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt


def _open(qtbot: Any, window: Any) -> Any:
    qtbot.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    view = window.view("checklist")
    assert window.current_view() is view
    return view


def _tick(qtbot: Any, view: Any, text: str) -> None:
    item = next(it for it in view.items() if it.text().startswith(text))
    view.indicators.setFocus()
    view.indicators.setCurrentItem(item)
    qtbot.keyClick(view.indicators, Qt.Key.Key_Space)
    assert item.checkState() == Qt.CheckState.Checked


def test_summary_shows_groups_next_steps_and_contacts(qtbot: Any, window: Any) -> None:
    view = _open(qtbot, window)
    assert view.sets.currentText() == "Darba ekspluatācijas pazīmes"
    assert "No indicators ticked yet." in view.view.toPlainText()
    _tick(qtbot, view, "Algu neizmaksā")
    _tick(qtbot, view, "Darba devējs tur pasi")
    summary = view.view.toPlainText()
    assert "2 indicators observed · 1 group present of 2" in summary
    assert "Darba apstākļi (2/2)" in summary and "Dzīves apstākļi" not in summary
    assert "1 strong sign observed" in summary
    assert "Pārrunājiet situāciju ar kolēģi." in summary  # next steps from the content
    assert "Valsts policija — 112" in summary  # contacts from the content, with their numbers
    assert "name" not in [label.lower() for label in summary.splitlines()]  # no name field anywhere


def test_free_text_goes_into_the_summary(qtbot: Any, user: Any, window: Any) -> None:
    view = _open(qtbot, window)
    _tick(qtbot, view, "Dzīvo darbavietā")
    view.observations.setFocus()
    user.type(view.observations, "Guļ konteinerā")
    assert "Guļ konteinerā" in view.view.toPlainText()


def test_nothing_is_stored_and_clear_forgets(qtbot: Any, window: Any) -> None:
    view = _open(qtbot, window)
    before = window.ctx.userdata.path.read_bytes()
    _tick(qtbot, view, "Algu neizmaksā")
    qtbot.mouseClick(view.clear_button, Qt.MouseButton.LeftButton)
    assert view.ticked() == []
    assert window.ctx.notes.list() == []
    assert window.ctx.userdata.path.read_bytes() == before


def test_summary_exports_to_pdf(qtbot: Any, window: Any, tmp_path: Path) -> None:
    from kb_app.ui import printing

    view = _open(qtbot, window)
    _tick(qtbot, view, "Algu neizmaksā")
    title, html = window.current_printable()
    assert title == "Indicator summary" and "Algu neizmaksā" in html
    assert printing.export_pdf(view, window.ctx, html, title, path=str(tmp_path / "summary")) is not None
    qtbot.waitUntil(lambda: "summary.pdf" in window.statusBar().currentMessage(), timeout=10_000)
    assert (tmp_path / "summary.pdf").read_bytes().startswith(b"%PDF")


def test_contact_link_in_summary_opens_it(qtbot: Any, user: Any, window: Any) -> None:

    view = _open(qtbot, window)
    _tick(qtbot, view, "Algu neizmaksā")
    user.click_link(view.view, "kb:con-patverums")
    assert window.reader.location == "con-patverums"
