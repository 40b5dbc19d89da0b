"""Hostile files in the window (issue 19 rows 2, 3, 5, 11): a pack opened with --pack that no
trusted key vouches for carries a banner, one library replacing another is asked about first, and
text from someone's notes file is shown inert."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from kb_app.core.platform.paths import AppPaths
from tests.core.conftest_data import build_pack


def test_an_unsigned_pack_opened_directly_carries_a_not_verified_banner(
    qtbot: Any, profile: Path, fixture_pack: Path, monkeypatch: Any
) -> None:
    from kb_app.ui.shared import i18n
    from kb_app.ui.window.mainwindow import MainWindow
    from kb_app.ui.window.profile import open_context
    from kb_app.ui.window.startup import Boot

    ctx = open_context(AppPaths(profile), pinned_pack=True, with_user_data=False)
    i18n.install("lv")
    try:
        window = ctx.main_window = MainWindow(ctx)
        qtbot.addWidget(window)
        boot = Boot(ctx, window, pack=str(fixture_pack), quit_after_ready=False)
        monkeypatch.setattr(boot, "_after_ready", lambda: None)
        boot.begin()
        qtbot.waitUntil(lambda: boot.ready_ms is not None, timeout=20_000)
        assert window.banner.isVisible() and window.banner.text.startswith("Nav pārbaudīts")
        assert "nav parakstīta" in window.banner.text
        window.close()
    finally:
        i18n.install("en")
        ctx.close()


def test_an_installed_library_has_no_such_banner(make_window: Any) -> None:
    window = make_window()
    assert not window.banner.isVisible()


def test_a_pack_of_another_id_is_asked_about_before_it_replaces_the_library(
    qtbot: Any, window: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    from kb_app.ui.dialogs import changes_dialog as changes
    from kb_app.ui.dialogs import import_pack, trust_question

    other = build_pack(tmp_path, "other.kbpack", id="lv-other", title="Cita bibliotēka", version="2026.1.1")
    asked: list[str] = []
    answers = {"unsigned": True, "other_library": False}
    monkeypatch.setattr(
        trust_question, "ask_trust", lambda _parent, refusal: asked.append(refusal.code) or answers[refusal.code]
    )
    monkeypatch.setattr(import_pack.QMessageBox, "warning", lambda *_args: 0)
    shown: list[str] = []
    monkeypatch.setattr(changes.ChangesDialog, "exec", lambda self: shown.append(self.view.toPlainText()) or 0)
    before = window.ctx.library.directory
    dialog = import_pack.ImportPackDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    dialog.import_file(other)
    qtbot.waitUntil(lambda: dialog.task is None and bool(dialog.notice), timeout=20_000)  # declined: calm
    assert asked == ["unsigned", "other_library"] and window.ctx.library.directory == before, dialog.error
    assert not dialog.error
    answers["other_library"] = True
    asked.clear()
    dialog.import_file(other)
    qtbot.waitUntil(lambda: dialog.result_dir is not None, timeout=20_000)
    assert asked == ["unsigned", "other_library"] and window.ctx.library.directory != before
    assert shown and "The library is replaced by another one" in shown[0]


@pytest.mark.usefixtures("qapp")
def test_a_refused_notes_file_is_described_without_its_control_codes(tmp_path: Path) -> None:
    from kb_app.core.userdata.notes import NotesRefused, read_notes_file
    from kb_app.ui.notes.notes_io import notes_refusal_text

    bad = tmp_path / "kolēģe\u202eetoN.json"
    bad.write_text(
        '{"format": "kb-app-notes", "version": 1, "exported_at": "2026-12-07T09:00:00Z", "notes": '
        '[{"id": "1b4e28ba-2fa1-11d2-883f-0016d3cca427", "municipality": "r\\u001b[2Jiga\\u202e", '
        '"doc_id": null, "body": "x", "created_at": "2026-12-01T10:00:00Z", '
        '"updated_at": "2026-12-01T10:00:00Z", "deleted": false}]}',
        encoding="utf-8",
    )
    with pytest.raises(NotesRefused) as refused:
        read_notes_file(bad, {"riga"}, {})
    text = notes_refusal_text(refused.value)
    assert text and "\u202e" not in text and "\x1b" not in text and "kolēģe" in text
