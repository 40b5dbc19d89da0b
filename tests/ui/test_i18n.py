"""Languages: Latvian by default with correct diacritics, English switchable; fonts present."""

from __future__ import annotations

from typing import Any

import pytest

from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtGui import QFontDatabase

from kb_app.core.userdata.preferences import Preferences
from kb_app.ui.shared import i18n
from kb_app.ui.shared.resources import translations_dir


@pytest.mark.usefixtures("qapp")
def test_qt_sees_at_least_one_font_family() -> None:
    # With no fonts every glyph is a box and nothing else would fail.
    assert QFontDatabase.families()


@pytest.mark.usefixtures("qapp")
def test_latvian_qm_loads_and_translates_a_known_string() -> None:
    translator = QTranslator()
    assert translator.load("kb_app_lv", str(translations_dir()))
    assert translator.translate("SearchPanel", "Search") == "Meklēt"
    assert translator.translate("Actions", "&Quit") == "&Iziet"
    assert translator.translate("SearchPanel", "%n result(s)", "", 21) == "%n rezultāts"


@pytest.mark.usefixtures("qapp")
def test_install_switches_language() -> None:
    assert i18n.install("lv")
    assert QCoreApplication.translate("NotesPanel", "Delete note") == "Dzēst piezīmi"
    assert i18n.install("en")
    assert QCoreApplication.translate("NotesPanel", "Delete note") == "Delete note"
    assert QCoreApplication.translate("SearchPanel", "%n result(s)", "", 1) == "1 result"


def test_latvian_is_the_default() -> None:
    assert Preferences().language == "lv"
    assert Preferences.from_mapping({"language": "xx"}).language == "lv"


def test_default_window_is_latvian(make_window: Any) -> None:
    window = make_window(language="lv", start_search=False)
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus[:2] == ["&Fails", "&Pāriet"]
    assert window.search.field.placeholderText() == "Meklēt (Ctrl+K)"
    assert "Nekad nerakstiet šeit klienta vārdu" in window.notes.reminder.text()
    assert window.library_panel.tabText(0) == "Bibliotēka"


def test_switching_to_english_in_settings_rebuilds_the_window(qtbot: Any, make_window: Any) -> None:
    from kb_app.ui.dialogs.settings_dialog import SettingsDialog

    window = make_window(language="lv", start_search=False)
    window.open_location("con-policija")
    dialog = SettingsDialog(window.ctx, window)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.accept()
    qtbot.waitUntil(lambda: window.ctx.main_window is not window)
    new = window.ctx.main_window
    assert new.isVisible() and not window.isVisible()
    assert new.search.field.placeholderText() == "Search (Ctrl+K)"
    assert new.reader.location == "con-policija"
    assert window.ctx.settings.load().language == "en"


def test_latvian_file_dialog_has_no_english_labels(qtbot: Any) -> None:
    from PySide6.QtWidgets import QFileDialog, QLabel

    from kb_app.ui.shared.qt_strings import QT_DIALOG_STRINGS

    try:
        assert i18n.install("lv")
        dialog = QFileDialog(None, "x")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        qtbot.addWidget(dialog)
        labels = [label.text() for label in dialog.findChildren(QLabel) if label.text()]
        assert labels and not {"&Look in:", "Files of &type:", "File &name:"} & set(labels), labels
        assert "&Meklēt:" in labels
        assert len(QT_DIALOG_STRINGS) == 2
    finally:
        i18n.install("en")


def test_every_latvian_string_is_translated() -> None:
    import xml.etree.ElementTree as ET

    root = ET.parse(translations_dir() / "kb_app_lv.ts").getroot()
    missing = [
        m.findtext("source")
        for m in root.iter("message")
        if (t := m.find("translation")) is None
        or t.get("type") in ("unfinished", "obsolete")
        or not ("".join(t.itertext()).strip())
    ]
    assert missing == []


def test_text_size_reads_as_a_percentage(make_window: Any) -> None:
    from kb_app.ui.dialogs.settings_dialog import SettingsDialog

    window = make_window(language="lv", start_search=False)
    dialog = SettingsDialog(window.ctx, window)
    assert dialog.zoom.text() == "100 %"
    dialog.zoom.stepBy(2)
    assert dialog.zoom.text() == "120 %" and dialog.zoom.steps() == 2
    dialog.reject()


def test_library_tree_shows_the_ui_language_first(make_window: Any) -> None:
    from kb_app.ui.search.library_panel import LANGUAGE_ROLE, LOCATION_ROLE

    window = make_window(language="lv", start_search=False)
    tree = window.library_panel.tree
    tops = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    english = [t for t in tops if t.data(0, LANGUAGE_ROLE) == "en"]
    assert len(english) == 1 and english[0].text(0) == "Angliski (1)"
    assert tops.index(english[0]) > 0
    first_group_docs = [tops[0].child(i).data(0, LOCATION_ROLE) for i in range(tops[0].childCount())]
    assert "art-definition-en" not in first_group_docs and "art-definicija" in first_group_docs


def test_client_handouts_of_every_language_are_one_group(make_window: Any, tmp_path: Any, repo_pack: Any) -> None:
    """Issue 21, row 10: the worker picks the client's language from one list, not from four."""
    from kb_app.core.packs.install import install_pack
    from kb_app.core.platform.paths import AppPaths
    from kb_app.ui.search.library_panel import LANGUAGE_ROLE, LOCATION_ROLE

    profile = tmp_path / "repo-profile"
    install_pack(repo_pack, AppPaths(profile).library_root)
    window = make_window(language="lv", start_search=False, profile=profile)
    tree = window.library_panel.tree
    tops = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    groups = [t for t in tops if not t.data(0, LANGUAGE_ROLE)]  # the UI language's type groups
    handouts = [g for g in groups if g.text(0).startswith("Izdales materiāli klientiem")]
    assert len(handouts) == 1, [g.text(0) for g in groups]
    assert handouts[0].text(0).endswith("(4)")
    children = [handouts[0].child(i) for i in range(handouts[0].childCount())]
    assert [c.data(0, LOCATION_ROLE) for c in children] == [
        "handout-tiesibas-lv",
        "handout-tiesibas-ru",
        "handout-tiesibas-en",
        "handout-tiesibas-uk",
    ]
    assert children[1].text(0) == "русский: Ваши права и где найти помощь"
    for top in tops:  # no other language's group holds a handout
        if top.data(0, LANGUAGE_ROLE):
            ids = [
                group.child(j).data(0, LOCATION_ROLE)
                for group in (top.child(i) for i in range(top.childCount()))
                for j in range(group.childCount())
            ]
            assert ids and not any(doc_id.startswith("handout-") for doc_id in ids), top.text(0)


def test_a_handout_exported_from_the_window_is_one_page_with_the_safety_line(
    qtbot: Any, make_window: Any, tmp_path: Any, repo_pack: Any
) -> None:
    """The window's Export as PDF gives the same paper as `kb-app handout`: large type on one page."""
    import shutil
    import subprocess

    from kb_app.core.packs.install import install_pack
    from kb_app.core.platform.paths import AppPaths
    from kb_app.ui.paper.sheet_pdf import pdf_page_count

    profile = tmp_path / "repo-profile"
    install_pack(repo_pack, AppPaths(profile).library_root)
    window = make_window(language="lv", start_search=False, profile=profile)
    window.open_location("handout-tiesibas-uk")
    title, html = window.current_printable()
    assert title == "Ваші права і де шукати допомоги" and "лише якщо це для вас безпечно" in html
    assert window.export_pdf_to(str(tmp_path / "handout.pdf")) is not None
    qtbot.waitUntil(lambda: "handout.pdf" in window.saved_notice.label.text(), timeout=20_000)
    pdf = tmp_path / "handout.pdf"
    assert pdf_page_count(pdf) == 1
    if shutil.which("pdftotext"):
        bbox = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
        # A body word's box height in points: 12.9 at 11 pt, 11.7 at 10 pt, 9.9 at the sheets' 8.5 pt.
        word = next(line for line in bbox.splitlines() if ">перекладач.<" in line)
        y_min, y_max = (float(word.split(f'{k}="')[1].split('"')[0]) for k in ("yMin", "yMax"))
        assert y_max - y_min >= 12.5


def test_strings_marked_with_the_typed_marker_reach_lupdate_and_the_latvian_file(tmp_path: Any) -> None:
    """Tables of strings translated later are marked with kb_app.ui.shared.i18n.QT_TRANSLATE_NOOP (typed
    ``-> str``, where PySide's is ``-> object``); lupdate must still find them by that name."""
    import ast
    import shutil
    import subprocess
    import sys
    import xml.etree.ElementTree as ET
    from pathlib import Path

    ui = Path(i18n.__file__).parents[1]  # kb_app/ui, every folder of the window
    marked = set()
    for path in ui.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and getattr(node.func, "id", "") == "QT_TRANSLATE_NOOP"
                and all(isinstance(arg, ast.Constant) for arg in node.args)
            ):
                marked.add((node.args[0].value, node.args[1].value))
    assert len(marked) > 150  # the command table, the dialogs' messages, Qt's own two labels

    def pairs(ts: Path) -> set[tuple[str | None, str | None]]:
        return {
            (ctx.findtext("name"), m.findtext("source"))
            for ctx in ET.parse(ts).getroot().iter("context")
            for m in ctx.iter("message")
        }

    assert marked <= pairs(translations_dir() / "kb_app_lv.ts")
    lupdate = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    if lupdate is None:
        pytest.skip("pyside6-lupdate is not installed beside this Python")
    sample = tmp_path / "sample.py"
    sample.write_text(
        "from kb_app.ui.shared.i18n import QT_TRANSLATE_NOOP\n"
        'MESSAGES = {"x": QT_TRANSLATE_NOOP("Sample", "Marked for later")}\n',
        encoding="utf-8",
    )
    subprocess.run([lupdate, str(sample), "-ts", str(tmp_path / "sample.ts")], check=True, capture_output=True)
    assert pairs(tmp_path / "sample.ts") == {("Sample", "Marked for later")}
    assert i18n.QT_TRANSLATE_NOOP("Sample", "Marked for later") == "Marked for later"
