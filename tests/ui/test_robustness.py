"""Things a user never sees when they work: a pack installed from the terminal is picked up,
the dark scheme keeps text readable, and the PySide6 reference-count guard holds."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor, QPalette

from kb_app.core.platform.paths import AppPaths
from kb_app.ui.look.theme import is_dark, reader_css
from kb_app.ui.window import pyside_fix


def test_a_pack_installed_from_the_command_line_is_picked_up(window: Any, fixture_pack: Path, monkeypatch: Any) -> None:
    from kb_app.core.packs.install import install_pack
    from kb_app.ui.dialogs import changes_dialog as changes

    shown: list[str] = []
    monkeypatch.setattr(changes.ChangesDialog, "exec", lambda self: shown.append(self.view.toPlainText()) or 0)
    window.open_location("con-policija")
    before = window.ctx.library.directory
    install_pack(fixture_pack, AppPaths(window.ctx.paths.profile).library_root)  # as `kb-app pack import`
    window.check_library_generation()
    assert window.ctx.library.directory != before
    assert window.reader.location == "con-policija"  # still there, from the new library
    assert shown and "Content updated" in shown[0]
    window.check_library_generation()  # nothing new: nothing happens
    assert len(shown) == 1


def test_dark_palette_gives_light_text_and_links() -> None:
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Window, QColor("#202124"))
    palette.setColor(QPalette.ColorRole.Text, QColor("#e8eaed"))
    palette.setColor(QPalette.ColorRole.Link, QColor("#1a0dab"))
    assert is_dark(palette)
    css = reader_css(palette)
    assert "color: #e8eaed" in css
    link = css.split("a { color: ")[1][:7]
    assert QColor(link).lightness() > 140  # a dark link colour was lightened for the dark background


def test_reference_count_guard_keeps_the_app_alive(qapp: Any) -> None:
    pyside_fix.apply()
    probe = QObject()
    for _ in range(50_000):  # more void calls than None had references without the guard
        probe.setObjectName("x")
    assert probe.objectName() == "x"
    assert qapp is not None


@pytest.mark.usefixtures("qapp")
def test_reference_count_probe_leaves_a_held_collector_off() -> None:
    import gc

    was_enabled = gc.isenabled()
    gc.disable()  # as kb_app.core.platform.start_gc holds it while the window starts
    try:
        pyside_fix.bug_present()
        assert not gc.isenabled()
    finally:
        if was_enabled:
            gc.enable()
