"""A second country's pack in the window: its own contact categories and municipality kinds, with
the labels its country.yaml gives, and search in its language (no change to code)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from PySide6.QtCore import Qt

from kb_app.core.build import build_pack
from kb_app.core.install import install_pack
from kb_app.core.paths import AppPaths

LITHUANIAN = Path(__file__).resolve().parent.parent / "fixtures" / "knowledge-lt"


@pytest.fixture
def lt_profile(tmp_path: Path) -> Path:
    profile = tmp_path / "lt-profile"
    profile.mkdir()
    pack = tmp_path / "lt.kbpack"
    build_pack(LITHUANIAN, pack)
    install_pack(pack, AppPaths(profile).library_root)
    return profile


@pytest.mark.parametrize(("language", "category", "kind"), [
    ("en", "Municipal service", "city municipality"),
    ("lv", "Pašvaldības dienests", "pilsētas pašvaldība"),
])
def test_the_window_shows_the_declared_labels(qtbot: Any, make_window: Any, lt_profile: Path, language: str,
                                              category: str, kind: str) -> None:
    window = make_window(language=language, municipality="vilniaus-miesto", profile=lt_profile)
    qtbot.keyClick(window, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    view = window.view("contacts")
    labels = [view.category.itemText(i) for i in range(view.category.count())]
    assert category in labels
    row = next(i for i, r in enumerate(view.model.rows) if r.id == "kon-socialine-tarnyba")
    assert view.model.text(view.model.rows[row], "category") == category

    from kb_app.ui.dialogs.municipality import MunicipalityDialog

    dialog = MunicipalityDialog(window.ctx, window)
    shown = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    assert f"Vilniaus miesto savivaldybė  ({kind})" in shown
    dialog.reject()


def test_search_in_the_window_finds_an_inflected_lithuanian_word(user: Any, make_window: Any,
                                                                 lt_profile: Path) -> None:
    window = make_window(municipality="vilniaus-miesto", profile=lt_profile)
    user.search(window, "prekybos")
    assert any(row.location == "str-prekyba-zmonemis" for row in window.search.model.rows)
