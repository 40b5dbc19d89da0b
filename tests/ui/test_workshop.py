"""Workshop mode: the scenario large, questions, then the solution step by step with the keys."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from PySide6.QtCore import Qt


def _open(qtbot: Any, window: Any) -> Any:
    window.open_location("sc-buvlaukums")
    qtbot.keyClick(window, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    workshop = window._workshop
    qtbot.waitExposed(workshop)
    workshop.activateWindow()
    qtbot.waitActive(workshop)  # as for the trainer: the workshop window has the keyboard
    return workshop


def test_space_and_arrows_reveal_step_by_step(qtbot: Any, window: Any) -> None:
    workshop = _open(qtbot, window)
    assert workshop.scenarios.currentData() == "sc-buvlaukums"
    text = workshop.view.toPlainText()
    assert "Jānis atgriezās" in text and "Kādas pazīmes" not in text
    assert workshop.revealed_kinds == ["situation"]
    qtbot.keyClick(workshop, Qt.Key.Key_Space)
    assert "Kādas pazīmes jūs redzat?" in workshop.view.toPlainText()
    qtbot.keyClick(workshop, Qt.Key.Key_Right)
    assert workshop.revealed_kinds == ["situation", "questions", "roles"]
    assert "Sociālais dienests" in workshop.view.toPlainText()
    qtbot.keyClick(workshop, Qt.Key.Key_Space)
    assert "Uzklausīt" in workshop.view.toPlainText() and "Nosūtīt" not in workshop.view.toPlainText()
    qtbot.keyClick(workshop, Qt.Key.Key_Space)
    assert "Nosūtīt" in workshop.view.toPlainText()
    assert not workshop.next_button.isEnabled()
    qtbot.keyClick(workshop, Qt.Key.Key_Left)
    assert "Nosūtīt" not in workshop.view.toPlainText()
    assert workshop.progress.text() == "Part 4 of 5"


def test_roles_are_a_table(qtbot: Any, window: Any) -> None:
    workshop = _open(qtbot, window)
    qtbot.keyClick(workshop, Qt.Key.Key_End)
    html = workshop.view.toHtml()
    assert "<table" in html and "Valsts policija" in workshop.view.toPlainText()


def test_full_screen_toggle_and_escape(qtbot: Any, window: Any) -> None:
    workshop = _open(qtbot, window)
    qtbot.keyClick(workshop, Qt.Key.Key_F11)
    assert workshop.full_button.isChecked()
    qtbot.keyClick(workshop, Qt.Key.Key_Escape)
    assert not workshop.full_button.isChecked()
    qtbot.keyClick(workshop, Qt.Key.Key_Escape)
    assert not workshop.isVisible()


def test_text_size_is_large_and_adjustable(qtbot: Any, window: Any) -> None:
    workshop = _open(qtbot, window)
    size = workshop.view.font().pointSizeF()
    assert size >= window.reader.browser.font().pointSizeF() + 6
    qtbot.keyClick(workshop, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert workshop.view.font().pointSizeF() == size + 1
    workshop.close()
    assert window.ctx.prefs.workshop_zoom == workshop.zoom


def _type_answer(qtbot: Any, workshop: Any, name: str) -> None:
    from tests.ui.conftest import User

    User.type(workshop.lab.answers.entry, name)
    popup = workshop.lab.answers.entry.completer().popup()
    if popup.isVisible():  # what the trainer typed, not the first completion
        qtbot.keyClick(popup, Qt.Key.Key_Escape)
    qtbot.keyClick(workshop.lab.answers.entry, Qt.Key.Key_Return)


def test_two_groups_answers_beside_the_model_after_the_reveal(qtbot: Any, window: Any) -> None:
    from kb_app.core.userdata.workshop_sessions import WorkshopSessions

    workshop = _open(qtbot, window)
    workshop.activateWindow()  # typing needs the keyboard focus in this window, as for the trainer
    qtbot.waitUntil(workshop.isActiveWindow)
    qtbot.keyClick(workshop, Qt.Key.Key_G)
    assert workshop.lab.answers.isVisible() and workshop.lab.answers.entry.hasFocus()
    assert "personal data" in workshop.lab.answers.privacy.text()
    _type_answer(qtbot, workshop, "Skola")
    _type_answer(qtbot, workshop, "sociālais  DIENESTS")
    qtbot.keyClick(workshop.lab.answers.entry, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)  # dienests first
    assert workshop.lab.answers.groups[0] == ["sociālais DIENESTS", "Skola"]
    qtbot.keyClick(workshop.lab.answers.entry, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)  # group 2
    _type_answer(qtbot, workshop, "Valsts policija")
    qtbot.keyClick(workshop.lab.answers.entry, Qt.Key.Key_Escape)
    assert workshop.revealed_kinds == ["situation"]  # typing Space or arrows in the panel revealed nothing
    qtbot.keyClick(workshop, Qt.Key.Key_End)  # the trainer reveals the model
    text = workshop.view.toPlainText()
    assert "The groups beside the model" in text or "Grupas blakus modelim" in text
    table = text[text.index("Added by the group") :]
    group1 = table[table.index("Group 1") : table.index("Group 2")]
    group2 = table[table.index("Group 2") :]
    assert "Sociālais dienests" in group1 and "Valsts policija" in group1 and "Skola" in group1
    assert group2.split() == ["Group", "2", "Valsts", "policija", "Sociālais", "dienests", "—"]
    stored = WorkshopSessions(window.ctx.userdata).all()
    assert [s.groups for s in stored] == [(("sociālais DIENESTS", "Skola"), ("Valsts policija",))]
    assert [m.label for m in stored[0].model] == ["Sociālais dienests", "Valsts policija"]
    workshop.close()  # closed and opened again the same day: the groups' answers are back
    workshop = _open(qtbot, window)
    assert workshop.lab.answers.groups == [["sociālais DIENESTS", "Skola"], ["Valsts policija"]]


def test_map_under_the_revealed_solution_and_exported(qtbot: Any, window: Any, tmp_path: Any) -> None:
    from PySide6.QtGui import QImage, QTextDocument

    workshop = _open(qtbot, window)
    assert "Sadarbības karte" not in workshop.view.toHtml()
    qtbot.keyClick(workshop, Qt.Key.Key_End)
    assert 'src="coopmap:current"' in workshop.view.toHtml()
    image = workshop.view.document().resource(QTextDocument.ResourceType.ImageResource, "coopmap:current")
    assert isinstance(image, QImage) and image.width() > 200
    png, svg = tmp_path / "map.png", tmp_path / "map.svg"
    assert workshop.lab.export_map(str(png)) is not None and workshop.lab.export_map(str(svg)) is not None  # tasks
    qtbot.waitUntil(lambda: png.exists() and svg.exists(), timeout=10_000)
    assert QImage(str(png)).width() > 400
    assert svg.read_text("utf-8").startswith("<svg") and "Valsts policija" in svg.read_text("utf-8")


def test_the_map_export_dialog_starts_in_documents_and_remembers_its_folder(
    qtbot: Any, window: Any, tmp_path: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QFileDialog

    from kb_app.ui.look import folders

    documents = tmp_path / "Documents"
    documents.mkdir()
    monkeypatch.setattr(folders, "documents_dir", lambda: documents)
    starts: list[str] = []
    answers = [str(tmp_path / "cases" / "map.png"), ""]
    (tmp_path / "cases").mkdir()

    def save(_parent: Any, _title: str, start: str, _filter: str) -> tuple[str, str]:
        starts.append(start)
        return answers.pop(0), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save)
    workshop = _open(qtbot, window)
    qtbot.keyClick(workshop, Qt.Key.Key_End)
    assert workshop.lab.export_map() is not None
    qtbot.waitUntil(lambda: (tmp_path / "cases" / "map.png").exists(), timeout=10_000)
    assert workshop.lab.export_map() is None  # cancelled
    # Documents at first (not the home or the working folder), then where the last map went.
    assert [Path(s).parent for s in starts] == [documents, tmp_path / "cases"]


def test_stage_timer_follows_the_reveal_and_is_driven_by_keys(qtbot: Any, window: Any) -> None:
    workshop = _open(qtbot, window)
    now = [100.0]
    workshop.lab.timer._clock = lambda: now[0]
    timer = workshop.lab.timer
    assert timer.stage == "reading" and timer.remaining == 6 * 60 and not timer.running
    qtbot.keyClick(workshop, Qt.Key.Key_T)
    now[0] += 61
    assert timer.running and timer.remaining == 299
    timer.refresh()
    assert "04:59" in timer.label.text()
    qtbot.keyClick(workshop, Qt.Key.Key_T)  # pause: time stands still
    now[0] += 600
    assert not timer.running and timer.remaining == 299
    qtbot.keyClick(workshop, Qt.Key.Key_Plus)
    assert timer.remaining == 599
    qtbot.keyClick(workshop, Qt.Key.Key_Space)  # the questions: the group's own minutes
    assert timer.stage == "group_work" and timer.remaining == 15 * 60
    qtbot.keyClick(workshop, Qt.Key.Key_T)
    now[0] += 15 * 60 + 10
    timer.refresh()
    assert "−00:10" in timer.label.text() and "b03000" in timer.label.styleSheet()  # past zero: counts on, marked


def test_projector_step_and_back(qtbot: Any, window: Any) -> None:
    workshop = _open(qtbot, window)
    size = workshop.view.font().pointSizeF()
    qtbot.keyClick(workshop, Qt.Key.Key_P)
    assert workshop.lab.projector_button.isChecked() and workshop.view.font().pointSizeF() >= size + 8
    qtbot.keyClick(workshop, Qt.Key.Key_P)
    assert workshop.view.font().pointSizeF() == size


def test_prepare_a_workshop_writes_the_kit_off_the_gui_thread(qtbot: Any, window: Any, tmp_path: Any) -> None:
    from PySide6.QtWidgets import QApplication

    from kb_app.ui.workshop.workshop_kit_dialog import WorkshopKitDialog

    window.open_location("sc-buvlaukums")
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, WorkshopKitDialog) and w.isVisible())
    assert dialog.chosen() == ["sc-buvlaukums"]  # the scenario open in the reader
    qtbot.keyClick(dialog.list, Qt.Key.Key_Space)  # Space unticks and ticks the scenario under the cursor
    assert dialog.chosen() == []
    qtbot.keyClick(dialog.list, Qt.Key.Key_Space)
    assert dialog.chosen() == ["sc-buvlaukums"]
    dialog.folder.setText(str(tmp_path / "kit"))
    dialog.groups.setValue(2)
    with qtbot.waitSignal(dialog.finished, timeout=60_000):
        task = dialog.write()
        assert task is not None  # the PDFs are written by a task, not in this call
    assert sorted(p.name for p in (tmp_path / "kit").iterdir()) == [
        "group-cards.pdf",
        "role-cards.pdf",
        "trainer-sheet.pdf",
    ]
    assert [pages for _, pages in dialog.written][0] == 2  # one page per group


def test_prepare_a_workshop_without_a_scenario_says_so(qtbot: Any, window: Any) -> None:
    from kb_app.ui.workshop.workshop_kit_dialog import WorkshopKitDialog

    dialog = WorkshopKitDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    assert dialog.write() is None and dialog.error.text() == "Tick at least one scenario."


def test_session_record_pdf_is_one_page_with_each_group(qtbot: Any, window: Any, tmp_path: Any) -> None:
    import shutil
    import subprocess

    from kb_app.ui.paper.sheet_pdf import pdf_page_count

    workshop = _open(qtbot, window)
    for group, name in enumerate(("Valsts policija", "Skola")):
        if group:
            workshop.lab.answers.add_group()
        workshop.lab.answers.add(name)
    out = tmp_path / "record.pdf"
    assert workshop.lab.export_record(str(out)) is not None  # a task: the window stays responsive
    qtbot.waitUntil(out.exists, timeout=30_000)
    assert pdf_page_count(out) == 1
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
        assert "Group 1" in text and "Group 2" in text and "Skola" in text and "personal data" in text  # UI is English


def test_dragging_a_name_reorders_the_groups_answer(qtbot: Any, window: Any) -> None:
    from PySide6.QtCore import QModelIndex

    workshop = _open(qtbot, window)
    panel = workshop.lab.answers
    for name in ("Skola", "Valsts policija", "Sociālais dienests"):
        panel.add(name)
    completions = panel.entry.completer().model()
    names = [completions.index(i, 0).data() for i in range(completions.rowCount())]
    assert "Sociālais dienests" in names  # a role of the scenario
    assert 'Patvērums "Drošā māja"' in names  # a contact of the library
    assert panel.list.model().moveRows(QModelIndex(), 2, 1, QModelIndex(), 0)  # what a drop does
    assert panel.groups[0] == ["Sociālais dienests", "Skola", "Valsts policija"]
    stored = workshop.lab.session()
    assert stored.groups == (("Sociālais dienests", "Skola", "Valsts policija"),)


def test_small_screen_and_projector_each_revealed_part_is_in_view(qtbot: Any, window: Any) -> None:
    from PySide6.QtCore import QPoint

    workshop = _open(qtbot, window)
    workshop.resize(1024, 600)
    qtbot.keyClick(workshop, Qt.Key.Key_P)  # the projector's text size: the worst case for the fold
    shown = 1
    while workshop.next_button.isEnabled():
        qtbot.keyClick(workshop, Qt.Key.Key_Space)
        shown += 1
        view = workshop.view
        first_words = workshop.stages[shown - 1].html
        doc_text = view.toPlainText()
        top = view.cursorForPosition(QPoint(4, 4)).position()
        bottom = view.cursorForPosition(QPoint(view.viewport().width() - 4, view.viewport().height() - 4)).position()
        start = doc_text.rfind(_plain(first_words))  # where the new part starts
        assert start >= 0 and top <= start <= bottom, (shown, top, start, bottom)
    assert shown == len(workshop.stages) >= 4  # every part was revealed and looked at


def _plain(html: str) -> str:
    import re
    from html import unescape

    lines = [line.strip() for line in unescape(re.sub(r"<[^>]+>", "\n", html)).split("\n")]
    return next(line for line in lines if line)[:20]


@pytest.mark.usefixtures("qapp")
def test_every_bundled_scenarios_map_labels_fit_their_boxes() -> None:
    """The layout estimates label widths from letter counts; here the real font measures them."""
    from pathlib import Path

    from PySide6.QtGui import QFont, QFontMetricsF

    from kb_app.core.content.knowledge import load_knowledge
    from kb_app.core.workshop.coop_map import FONT_PX, PAD, build_map

    knowledge = load_knowledge(Path(__file__).resolve().parents[2] / "knowledge")
    titles = {d.id: d.title for d in knowledge.documents}
    font = QFont()
    font.setFamilies(["DejaVu Sans", "Noto Sans", "Segoe UI", "Arial"])  # as the SVG names them
    font.setPixelSize(FONT_PX)
    font.setBold(True)
    metrics = QFontMetricsF(font)
    scenarios = [d for d in knowledge.documents if d.type == "scenario"]
    assert len(scenarios) >= 12
    for doc in scenarios:
        for node in build_map(doc.meta, titles).nodes:
            for line in node.lines:
                assert metrics.horizontalAdvance(line) <= node.rect.w - 2 * PAD, (doc.id, line)
