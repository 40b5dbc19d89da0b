"""The contacts table: sorting, filtering, one-click copy, vCard, the mark on old details."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from kb_app.core.content.contact_facts import ContactFact
from kb_app.ui.contacts.contacts_view import COLUMNS, ColumnNeed, ContactRow, share_width, weakest_fact


def _open(qtbot: Any, window: Any) -> Any:
    qtbot.keyClick(window, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    view = window.view("contacts")
    assert window.current_view() is view
    return view


def _names(view: Any) -> list[str]:
    return [row.title for row in view.shown_rows()]


def test_all_contacts_sorted_by_name(qtbot: Any, window: Any) -> None:
    view = _open(qtbot, window)
    names = _names(view)
    assert len(names) == 2 and names[0].startswith("Patvērums") and names[1] == "Valsts policija"
    view.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert _names(view)[0] == "Valsts policija"


def test_filter_by_text_and_by_service(qtbot: Any, window: Any) -> None:
    view = _open(qtbot, window)
    qtbot.keyClicks(view.filter, "112")
    assert _names(view) == ["Valsts policija"]
    view.filter.clear()
    view.category.setCurrentIndex(view.category.findData("ngo"))
    assert len(_names(view)) == 1 and _names(view)[0].startswith("Patvērums")
    view.category.setCurrentIndex(0)
    view.scope.setCurrentIndex(view.scope.findData("mine"))  # no contact is local to Mārupe
    assert _names(view) == []
    assert "No contact matches" in view.details.text()
    view.scope.setCurrentIndex(view.scope.findData("national"))
    assert len(_names(view)) == 2


def test_one_click_copies_a_phone_or_email(qtbot: Any, window: Any) -> None:
    view = _open(qtbot, window)
    qtbot.keyClicks(view.filter, "policija")
    phone = view.proxy.index(0, COLUMNS.index("phone"))
    rect = view.table.visualRect(phone)
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert QGuiApplication.clipboard().text() == "112"
    email = view.proxy.index(0, COLUMNS.index("email"))
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=view.table.visualRect(email).center())
    assert QGuiApplication.clipboard().text() == "kanceleja@vp.gov.lv"
    assert "kanceleja@vp.gov.lv" in window.statusBar().currentMessage()
    assert view.copy_values() == ["112", "kanceleja@vp.gov.lv"]


def test_each_detail_says_its_source_date_and_old_ones_are_marked(qtbot: Any, window: Any) -> None:
    view = _open(qtbot, window)
    shown = {row.title: view.model.item(i, COLUMNS.index("checked")).text() for i, row in enumerate(view.model.rows)}
    stale = next(v for k, v in shown.items() if k.startswith("Patvērums"))
    assert stale == "⚠ source 2024-01-10"
    qtbot.keyClicks(view.filter, "patv")
    details = view.details.text()
    assert "source dated 2024-01-10, not checked since" in details
    assert "over 12 months" in details
    # Trainers' remarks never reach the window.
    assert "darba laiks" not in details


def test_a_real_check_is_shown_with_who_and_when(qtbot: Any, window: Any) -> None:
    view = _open(qtbot, window)
    qtbot.keyClicks(view.filter, "policija")
    details = view.details.text()
    assert "checked 2026-11-20 (mācību koordinators)" in details
    assert "source dated 2026-11, not checked since" in details


def _fact(source_date: str, checked_on: str | None = None) -> ContactFact:
    return ContactFact(
        "phone", "112", "", "https://example.lv", source_date, checked_on, "koordinators" if checked_on else None
    )


def test_staleness_rule_takes_the_newer_of_source_and_check() -> None:
    today = date(2026, 11, 27)
    assert not _fact("2026-01-10").is_stale(today)
    assert _fact("2025-11-26").is_stale(today)
    assert _fact("2025-11").is_stale(today)  # a month counts from its first day
    assert not _fact("2020-11", checked_on="2026-03-01").is_stale(today)
    assert not _fact("undated", checked_on="2026-11-01").is_stale(today)
    # Issue 21 row 4: the mark means "check before you rely on this". An undated source is said in
    # words (and listed by check --todo), not marked; a number fixed by law is never marked.
    assert not _fact("undated").is_stale(today) and _fact("undated").undated
    fixed = replace(_fact("2019-01"), stable=True, stable_source="Direktīva (ES) 2018/1972")
    assert not fixed.is_stale(today) and not fixed.undated
    # The row is judged by a fact that is really stale, not by an undated one or a fixed number.
    assert weakest_fact([_fact("2026-01"), _fact("undated"), _fact("2022-12")]) == _fact("2022-12")
    assert weakest_fact([fixed, _fact("2026-01"), _fact("undated")]) == _fact("undated")
    assert weakest_fact([fixed, _fact("2026-01")]) == _fact("2026-01")
    # Sorted by what needs checking first: a contact with only a fixed number comes last.
    rows = [
        ContactRow(name, name, "emergency", None, {"facts": facts})
        for name, facts in (
            (
                "fixed",
                [
                    {
                        "kind": "phone",
                        "value": "112",
                        "source": "x",
                        "source_date": "undated",
                        "stable": True,
                        "stable_source": "y",
                    }
                ],
            ),
            ("undated", [{"kind": "phone", "value": "1", "source": "x", "source_date": "undated"}]),
            ("old", [{"kind": "phone", "value": "2", "source": "x", "source_date": "2022-12"}]),
        )
    ]
    assert [r.title for r in sorted(rows, key=lambda r: r.sort_date)] == ["undated", "old", "fixed"]


def test_the_detail_marks_each_stale_fact_and_says_an_undated_source_in_words(
    qtbot: Any,  # type: ignore[no-untyped-def]
    bundled_window: Any,
) -> None:
    """Issue 21 row 4: ⚠ stood on almost every contact, 112 and 110 included, and a hotline
    re-sourced yesterday kept it because its e-mail had no date."""
    view = _open(qtbot, bundled_window)
    qtbot.keyClicks(view.filter, "112")
    row = view.current_row()
    assert row is not None and row.id == "contact-112"
    details = view.details.text()
    assert "⚠" not in details and "pastāvīgs valsts numurs (Eiropas Elektronisko sakaru kodekss" in details
    assert "⚠" not in view.model.text(row, "checked")
    view.filter.clear()
    qtbot.keyClicks(view.filter, "patv")
    details = view.details.text()
    lines = details.split("<br>")
    stale = [i for i, line in enumerate(lines) if "⚠" in line]
    dated_old = [i for i, line in enumerate(lines) if "avots: 2022-12-12" in line]
    assert stale and stale == dated_old  # exactly the facts over a year old carry the mark
    assert all("vecāks par 12 mēnešiem" in lines[i] for i in stale)
    # A row is marked exactly when one of its facts is over a year old, and says which date.
    for r in view.model.rows:
        text = view.model.text(r, "checked")
        assert text.startswith("⚠") is any(f.is_stale() for f in r.facts), r.id
    marked = [r.id for r in view.model.rows if view.model.text(r, "checked").startswith("⚠")]
    assert not {"contact-112", "contact-valsts-policija", "contact-116006", "contact-nmpd-113"} & set(marked)


@pytest.fixture
def bundled_window(make_window: Any, repo_pack: Path, tmp_path: Path) -> Any:
    """The main window on the bundled library: 26 contacts, long names, several numbers each."""
    from kb_app.core.packs.install import install_pack
    from kb_app.core.platform.paths import AppPaths

    profile = tmp_path / "bundled-profile"
    install_pack(repo_pack, AppPaths(profile).library_root)
    return make_window(language="lv", profile=profile, start_search=False)


def _table_fits(qtbot: Any, view: Any) -> None:
    """No sideways scrolling, the name column gets a usable share, and phones are never cut."""
    table = view.table
    qtbot.wait(20)
    viewport = table.viewport().width()
    visible = [c for c in range(len(COLUMNS)) if not table.isColumnHidden(c)]
    assert sum(table.columnWidth(c) for c in visible) <= viewport
    assert table.horizontalScrollBar().maximum() == 0
    longest_name = max(table.fontMetrics().horizontalAdvance(row.title) for row in view.model.rows)
    assert table.columnWidth(0) >= min(0.3 * viewport, longest_name)
    phone = COLUMNS.index("phone")
    assert not table.isColumnHidden(phone)
    widest_phone = max(
        table.fontMetrics().horizontalAdvance(view.model.item(r, phone).text()) for r in range(view.model.rowCount())
    )
    assert table.columnWidth(phone) > widest_phone


@pytest.mark.parametrize("width", [1200, 1000])
@pytest.mark.parametrize("font_scale", [1, 2])
def test_all_contacts_fit_the_window_without_sideways_scrolling(
    qtbot: Any, bundled_window: Any, width: int, font_scale: int
) -> None:
    window = bundled_window
    window.resize(width, 760)
    view = _open(qtbot, window)
    assert len(view.model.rows) > 20
    if font_scale != 1:  # the text at 200 %: the table has half the room, in letters
        font = view.font()
        font.setPointSizeF(font.pointSizeF() * font_scale)
        view.setFont(font)
    _table_fits(qtbot, view)
    name = view.proxy.index(0, 0)
    full_name = view.current_row().title
    assert name.data(Qt.ItemDataRole.ToolTipRole) == full_name
    assert full_name in view.details.text()


def test_narrowing_the_window_hides_the_least_needed_columns_first(qtbot: Any, bundled_window: Any) -> None:
    window = bundled_window
    window.resize(1200, 760)
    view = _open(qtbot, window)
    shown_wide = [c for c in COLUMNS if not view.table.isColumnHidden(COLUMNS.index(c))]
    assert shown_wide == list(COLUMNS)
    font = view.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    view.setFont(font)
    _table_fits(qtbot, view)
    hidden = [c for c in COLUMNS if view.table.isColumnHidden(COLUMNS.index(c))]
    assert hidden and "name" not in hidden and "phone" not in hidden
    # What a hidden column said is still in the panel under the table.
    qtbot.keyClicks(view.filter, "MARTA")
    row = view.current_row()
    assert row is not None and str(row.meta.get("region")) in view.details.text()


_needs = st.lists(
    st.builds(
        lambda desired, slack, rank, hideable: ColumnNeed(desired, max(1, desired - slack), rank, hideable),
        st.integers(1, 600),
        st.integers(0, 600),
        st.integers(0, 9),
        st.booleans(),
    ),
    min_size=1,
    max_size=8,
)


@given(needs=_needs, available=st.integers(0, 3000))
def test_shared_widths_fit_whenever_the_columns_that_must_stay_fit(needs: list[ColumnNeed], available: int) -> None:
    widths = share_width(needs, available)
    assert widths[0] is not None  # the name is never hidden
    for need, width in zip(needs, widths, strict=True):
        assert width is not None or need.hideable
    must_stay = needs[0].minimum + sum(n.minimum for n in needs[1:] if not n.hideable)
    if must_stay > available:
        return  # too narrow even for the name and the numbers: sideways scrolling is the lesser evil
    shown = [(n, w) for n, w in zip(needs, widths, strict=True) if w is not None]
    assert sum(w for _, w in shown) == available  # no gap at the right, no sideways scrolling
    assert all(w >= n.minimum for n, w in shown)
    used = sum(n.minimum for n, _ in shown)
    for need, width in zip(needs, widths, strict=True):  # no column hidden that would have fitted
        assert width is not None or used + need.minimum > available


def test_contacts_at_200_percent_need_no_sideways_scrolling(qtbot: Any, bundled_window: Any) -> None:
    """A 1280×800 screen at 200 % is 640×400 logical pixels: the window fits it, and neither the
    contacts view nor its table scrolls sideways; every button stays on screen."""
    from PySide6.QtCore import QRect, QSize

    from kb_app.ui.look.screen_fit import fit_window

    window = bundled_window
    fit_window(window, QSize(1200, 760), QRect(0, 0, 640, 400))
    view = _open(qtbot, window)
    qtbot.waitUntil(lambda: window.width() <= 640)
    container = window.stack.currentWidget()
    # In a window this narrow the library gives the view its width (Ctrl+K brings it back).
    qtbot.waitUntil(lambda: not window.library_dock.isVisible())
    qtbot.wait(20)
    assert container.horizontalScrollBar().maximum() == 0
    for button in (view.copy_button, view.open_button, view.vcard_button, view.vcard_all_button):
        corner = button.mapTo(container.viewport(), button.rect().topRight())
        assert button.isVisible() and corner.x() < container.viewport().width()
    _table_fits(qtbot, view)
    window.resize(1200, 760)  # wide again: the buttons go back on one line
    qtbot.waitUntil(lambda: view.vcard_all_button.y() == view.copy_button.y())


def test_new_rows_refit_the_columns(qtbot: Any, window: Any) -> None:
    window.resize(1200, 760)
    view = _open(qtbot, window)
    phone = COLUMNS.index("phone")
    long_number = "+371 6700000000000000000000"
    meta = {
        "category": "ngo",
        "facts": [{"kind": "phone", "value": long_number, "source": "https://example.lv", "source_date": "2026-10"}],
    }
    view.model.set_rows([*view.model.rows, ContactRow("con-long", "Garais numurs", "ngo", None, meta)])
    needed = view.table.fontMetrics().horizontalAdvance(long_number)
    qtbot.waitUntil(lambda: view.table.columnWidth(phone) > needed)
    _table_fits(qtbot, view)
