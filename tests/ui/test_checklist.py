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
    assert window.ctx.notes.notes_for() == []
    assert window.ctx.userdata.path.read_bytes() == before


def test_referral_sheet_pdf_from_the_checklist(qtbot: Any, user: Any, window: Any, tmp_path: Path) -> None:
    from kb_app.ui.sheet_pdf import pdf_page_count

    view = _open(qtbot, window)
    _tick(qtbot, view, "Algu neizmaksā")
    view.observations.setFocus()
    user.type(view.observations, "Pavadonis gaidīja ārā")
    profile = window.ctx.paths.profile
    db_before = window.ctx.userdata.path.read_bytes()
    files_before = sorted(p for p in profile.rglob("*") if p.is_file())
    title, html = window.current_printable()
    assert title == "Referral sheet" and "Algu neizmaksā" in html and "Pavadonis gaidīja ārā" in html
    assert "kb:" not in html and "Mārupes novads" in html  # the worker's municipality, links as text
    assert view.save_pdf(str(tmp_path / "referral")) is not None
    qtbot.waitUntil(lambda: str(tmp_path / "referral.pdf") in window.saved_notice.label.text(), timeout=10_000)
    pdf = tmp_path / "referral.pdf"
    assert pdf.read_bytes().startswith(b"%PDF") and pdf_page_count(pdf) == 1
    assert window.ctx.userdata.path.read_bytes() == db_before  # the note and ticks are on paper only
    assert sorted(p for p in profile.rglob("*") if p.is_file()) == files_before


def test_contact_link_in_summary_opens_it(qtbot: Any, user: Any, window: Any) -> None:

    view = _open(qtbot, window)
    _tick(qtbot, view, "Algu neizmaksā")
    user.click_link(view.view, "kb:con-patverums")
    assert window.reader.location == "con-patverums"
