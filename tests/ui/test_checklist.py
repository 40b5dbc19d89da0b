"""The indicator checklist: tick what was observed, read the summary, print it; store nothing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

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
    from kb_app.ui.paper.sheet_pdf import pdf_page_count

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


# -- issue 21 row 1: one case across indicator sets --------------------------------------------
@pytest.fixture
def bundled_window(make_window: Any, repo_pack: Path, tmp_path: Path) -> Any:
    """The main window on the bundled library: eight indicator sets."""
    from kb_app.core.packs.install import install_pack
    from kb_app.core.platform.paths import AppPaths

    profile = tmp_path / "bundled-profile"
    install_pack(repo_pack, AppPaths(profile).library_root)
    return make_window(language="en", profile=profile, start_search=False)


def _tick_id(qtbot: Any, view: Any, indicator_id: str) -> None:
    item = next(it for it in view.items() if it.data(Qt.ItemDataRole.UserRole + 1) == indicator_id)
    view.indicators.setFocus()
    view.indicators.setCurrentItem(item)
    qtbot.keyClick(view.indicators, Qt.Key.Key_Space)
    assert item.checkState() == Qt.CheckState.Checked


def _child_in_labour(qtbot: Any, window: Any) -> Any:
    window.open_checklist()  # (Ctrl+Shift+I: the keyboard tests above; a window without search may not be active yet)
    view = window.view("checklist")
    view.select_set("ind-darba-ekspluatacija")
    _tick_id(qtbot, view, "lab-ilo-maldinasana")
    _tick_id(qtbot, view, "lab-ilo-izolacija")
    view.select_set("ind-berni")
    _tick_id(qtbot, view, "chi-garas-darba-stundas")
    return view


def test_ticks_are_kept_per_set_and_the_summary_lists_every_set(qtbot: Any, bundled_window: Any) -> None:
    view = _child_in_labour(qtbot, bundled_window)
    view.select_set("ind-darba-ekspluatacija")  # back: the ticks of this set are still there
    assert view.ticked_here() == ["lab-ilo-maldinasana", "lab-ilo-izolacija"]
    assert view.ticked() == ["lab-ilo-maldinasana", "lab-ilo-izolacija", "chi-garas-darba-stundas"]
    text = view.view.toPlainText()
    assert "3 indicators observed · 2 sets" in text
    # Each sign under its own set, the sets in the order of the set list.
    body = text.split("3 indicators observed · 2 sets")[1]
    labour, children = body.index("Darba ekspluatācijas pazīmes"), body.index("Pazīmes, ka bērns")
    lie, isolation = body.index("SDO 2 — maldināšana"), body.index("SDO 4 — izolācija")
    child_sign = body.index("Bērns strādā")
    assert labour < lie < isolation < children < child_sign
    assert "2 strong signs observed" in text  # maldināšana and the child's long hours
    assert "Valsts darba inspekcija" in text and "Bērnu un pusaudžu uzticības tālrunis" in text


def test_the_referral_sheet_lists_every_set_of_the_case(qtbot: Any, bundled_window: Any) -> None:
    view = _child_in_labour(qtbot, bundled_window)
    _title, html = view.printable()
    observed = html.split("Observed indicators")[1].split("<h3")[0]
    assert (
        observed.index("Darba ekspluatācijas pazīmes")
        < observed.index("SDO 2 — maldināšana")
        < observed.index("Pazīmes, ka bērns")
        < observed.index("Bērns strādā")
    )


def test_clear_empties_the_whole_case_says_so_and_can_be_undone(qtbot: Any, bundled_window: Any) -> None:
    from kb_app.core.desk.case_draft import CASE_FILE
    from kb_app.core.userdata.drafts import draft_folders

    view = _child_in_labour(qtbot, bundled_window)
    view.observations.setPlainText("Pavadonis gaidīja ārā")
    draft = draft_folders(bundled_window.ctx.paths)[0] / CASE_FILE
    view.flush_case()
    assert draft.is_file()
    assert view.clear_button.text().replace("&", "") == "Clear all (3)"
    qtbot.mouseClick(view.clear_button, Qt.MouseButton.LeftButton)
    assert view.ticked() == [] and view.observations.toPlainText() == ""
    assert "Cleared 3 ticks in every set and the observations. Undo: Ctrl+Z." in view.case_status.text()
    assert not draft.exists() and view.undo_button.isVisible()
    view.indicators.setFocus()
    qtbot.keyClick(view.indicators, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert view.ticked() == ["lab-ilo-maldinasana", "lab-ilo-izolacija", "chi-garas-darba-stundas"]
    assert view.ticked_here() == ["chi-garas-darba-stundas"]
    assert view.observations.toPlainText() == "Pavadonis gaidīja ārā" and draft.is_file()
    assert not view.undo_button.isVisible()
    # What the worker writes after a Clear is a new case: Undo never overwrites it.
    qtbot.mouseClick(view.clear_button, Qt.MouseButton.LeftButton)
    view.observations.setPlainText("Jauns gadījums")
    assert not view.undo_button.isVisible()
    view.undo_clear()
    assert view.observations.toPlainText() == "Jauns gadījums" and view.ticked() == []


def test_the_case_survives_a_language_switch_and_ends_at_quit(qtbot: Any, bundled_window: Any) -> None:
    from kb_app.core.desk.case_draft import CASE_FILE
    from kb_app.core.userdata.drafts import draft_folders

    window = bundled_window
    view = _child_in_labour(qtbot, window)
    view.observations.setPlainText("Ieradās viens")
    window.ctx.update_prefs(language="lv")
    qtbot.waitUntil(lambda: window.ctx.main_window is not window)
    new = window.ctx.main_window
    again = new.view("checklist")
    assert again.ticked() == ["lab-ilo-maldinasana", "lab-ilo-izolacija", "chi-garas-darba-stundas"]
    assert again.set_id == "ind-berni" and again.ticked_here() == ["chi-garas-darba-stundas"]
    assert again.observations.toPlainText() == "Ieradās viens"
    assert "3" in again.case_status.text()
    new.close()  # the worker quits: the case ends with the session
    assert not (draft_folders(window.ctx.paths)[0] / CASE_FILE).exists()


def test_printing_the_sheet_lays_it_out_as_the_pdf(
    qtbot: Any, bundled_window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Paper and PDF match: the Print button gives the same one page as the PDF button."""
    from PySide6 import QtPrintSupport
    from PySide6.QtWidgets import QDialog

    from kb_app.ui.paper.sheet_pdf import pdf_page_count

    out = tmp_path / "printed.pdf"

    class PrintToFile:  # the system's print dialog, answered "Print" with a PDF printer chosen
        DialogCode = QDialog.DialogCode

        def __init__(self, printer: Any, _parent: Any) -> None:
            printer.setOutputFormat(QtPrintSupport.QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(str(out))

        def setWindowTitle(self, _title: str) -> None:
            pass

        def exec(self) -> Any:
            return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QtPrintSupport, "QPrintDialog", PrintToFile)
    view = _child_in_labour(qtbot, bundled_window)
    for indicator_id in ("chi-neiet-skola", "chi-nobiedets", "chi-ubago-zog", "chi-naudu-atdod", "chi-vecaks-draugs"):
        _tick_id(qtbot, view, indicator_id)
    assert len(view.ticked()) == 8
    view.print_button.click()
    assert out.is_file() and pdf_page_count(out) == 1


def test_the_my_office_block_of_settings_goes_on_the_sheet(qtbot: Any, user: Any, window: Any) -> None:
    """Issue 21 row 8: the sheet had no local social service or orphans' court, and the office
    contact was printed on handouts only. The worker types them once, in Settings."""
    from kb_app.ui.dialogs.settings_dialog import SettingsDialog

    dialog = SettingsDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    for field, text in (
        (dialog.office_contact, "tel 67000000"),
        (dialog.social_service, "67000001"),
        (dialog.orphans_court, "67000002"),
    ):
        field.setFocus()
        user.type(field, text)
    dialog.accept()
    assert window.ctx.settings.load().orphans_court_contact == "67000002"
    view = _open(qtbot, window)
    _tick(qtbot, view, "Algu neizmaksā")
    _title, html = view.printable()
    assert "<b>Office contact:</b> tel 67000000</td>" in html
    assert "Social service: <b>67000001</b> · Orphans&#x27; court: <b>67000002</b>" in html


def test_after_a_crash_the_kept_case_is_announced_and_comes_back(
    qtbot: Any, make_window: Any, installed_profile: Path
) -> None:
    from kb_app.core.desk.case_draft import ChecklistCase, save_case
    from kb_app.core.platform.paths import AppPaths
    from kb_app.core.userdata.drafts import draft_folders

    # What the window of a crashed session left behind.
    save_case(draft_folders(AppPaths(installed_profile)), ChecklistCase({"ind-darbs": ("lab-pase",)}, "", "ind-darbs"))
    window = make_window(start_search=False)
    expected = "An unfinished checklist case was kept (1 tick): Ctrl+Shift+I opens it."
    assert window.statusBar().currentMessage() != expected  # not before the first screen is up
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == expected, timeout=5000)
    window.open_checklist()
    view = window.view("checklist")
    assert view.ticked() == ["lab-pase"] and "1 indicator observed" in view.view.toPlainText()
    assert view.case_status.text() == "An unfinished case was brought back: 1 indicator ticked."


def test_a_language_switch_keeps_the_checklist_on_screen(qtbot: Any, make_window: Any) -> None:
    window = make_window(start_search=False)
    window.open_checklist()
    view = window.view("checklist")
    _tick(qtbot, view, "Algu neizmaksā")
    window.ctx.update_prefs(language="lv")
    qtbot.waitUntil(lambda: window.ctx.main_window is not window)
    new = window.ctx.main_window
    assert new.current_view() is new.view("checklist") and new.view("checklist").ticked() == ["lab-nemaksa"]


def test_in_a_narrow_window_the_checklist_gets_the_library_s_width(qtbot: Any, window: Any) -> None:
    # 200 % on a 1024×600 screen: 512 logical pixels; beside the library the checklist was cut.
    window.resize(520, 300)
    qtbot.waitUntil(lambda: bool(window.tabifiedDockWidgets(window.library_dock)))
    view = _open(qtbot, window)
    qtbot.waitUntil(lambda: not window.library_dock.isVisible())
    assert view.sets.isVisible() and view.indicators.isVisible()
    # Its rows are not squeezed to two: the page around the list scrolls instead.
    assert view.indicators.height() >= view.indicators.fontMetrics().lineSpacing() * 8
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)  # search: the library comes
    assert window.library_dock.isVisible() and window.search.field.hasFocus()
    window.open_location("con-policija")  # back to a document: the library stays beside it
    assert window.library_dock.isVisible()
    _open(qtbot, window)
    qtbot.waitUntil(lambda: not window.library_dock.isVisible())
    window.resize(1200, 760)  # wide again: the library is back beside the checklist
    qtbot.waitUntil(lambda: window.library_dock.isVisible())


def test_a_library_the_worker_closed_stays_closed(qtbot: Any, window: Any) -> None:
    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    window.resize(520, 300)
    qtbot.keyClick(window, Qt.Key.Key_L, ctrl_shift)  # the worker hides the library
    assert not window.library_dock.isVisible()
    _open(qtbot, window)
    window.open_location("con-policija")
    assert not window.library_dock.isVisible()


def test_quitting_on_the_checklist_in_a_narrow_window_keeps_the_library_for_next_time(
    qtbot: Any, make_window: Any
) -> None:
    first = make_window(start_search=False)
    first.resize(520, 300)
    qtbot.waitUntil(lambda: bool(first.tabifiedDockWidgets(first.library_dock)))
    first.open_view("checklist")
    qtbot.waitUntil(lambda: not first.library_dock.isVisible())
    first.close()  # saves the layout
    first.ctx.close()
    second = make_window(start_search=False)
    assert second.library_dock.isVisible()
    second.resize(520, 300)
    second.open_view("checklist")
    qtbot.waitUntil(lambda: not second.library_dock.isVisible())
    toggle = second.actions_by_name["toggle_library"]
    toggle.trigger()
    assert second.library_dock.isVisible()  # shown by the worker: it is theirs again
    toggle.trigger()
    second.open_location("con-policija")
    assert not second.library_dock.isVisible()  # hidden by the worker: it stays hidden
