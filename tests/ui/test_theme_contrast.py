"""Every theme draws every control visibly (issue 21 row 5, WCAG 2.1: text 4.5:1, the parts of a
control that show its state and the focus ring 3:1): measured on rendered pixels, not assumed."""

from __future__ import annotations

from typing import Any

import pytest

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionViewItem

from kb_app.core.userdata.preferences import THEMES
from kb_app.ui.look.theme import (
    CONTROL_CONTRAST,
    TEXT_CONTRAST,
    contrast_ratio,
    focus_colors,
    reader_css,
    theme_palette,
)

R = QPalette.ColorRole


def test_contrast_ratio_is_wcags() -> None:
    assert contrast_ratio(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21.0)
    assert contrast_ratio(QColor("#777777"), QColor("#ffffff")) == pytest.approx(4.48, abs=0.01)
    assert contrast_ratio(QColor("#ffffff"), QColor("#777777")) == contrast_ratio(QColor("#777777"), QColor("#fff"))


@pytest.mark.parametrize("theme", [t for t in THEMES if t != "system"])
def test_every_fixed_theme_meets_wcag_for_text_and_focus(theme: str) -> None:
    palette = theme_palette(theme)
    assert palette is not None
    pairs = [
        (R.WindowText, R.Window),
        (R.Text, R.Base),
        (R.Text, R.AlternateBase),
        (R.ButtonText, R.Button),
        (R.HighlightedText, R.Highlight),
        (R.Link, R.Base),
        (R.PlaceholderText, R.Base),
        (R.ToolTipText, R.ToolTipBase),
    ]
    low = {
        f"{a.name}/{b.name}": round(contrast_ratio(palette.color(a), palette.color(b)), 2)
        for a, b in pairs
        if contrast_ratio(palette.color(a), palette.color(b)) < TEXT_CONTRAST
    }
    assert low == {}
    outer, _inner = focus_colors(theme, palette)
    for background in (R.Window, R.Base, R.Button):
        assert contrast_ratio(outer, palette.color(background)) >= CONTROL_CONTRAST, background
    # A ticked box is filled with the highlight: it must stand out from the row as a control does.
    assert contrast_ratio(palette.color(R.Highlight), palette.color(R.Base)) >= CONTROL_CONTRAST


@pytest.mark.parametrize("theme", [t for t in THEMES if t != "system"])
def test_page_colours_of_every_fixed_theme_are_readable(theme: str) -> None:
    import re

    palette = theme_palette(theme)
    assert palette is not None
    css = reader_css(palette)
    base = palette.color(R.Base)
    for name in ("a", ".muted, .meta", ".warn"):
        colour = re.search(re.escape(name) + r" \{ color: (#[0-9a-f]{6})", css)
        assert colour is not None, name
        assert contrast_ratio(QColor(colour.group(1)), base) >= TEXT_CONTRAST, (name, colour.group(1))


def _indicator(view: Any, item: Any) -> QRect:
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.rect = view.visualItemRect(item)
    option.features |= QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
    return view.style().subElementRect(QStyle.SubElement.SE_ItemViewItemCheckIndicator, option, view)


def _contrasting(image: QImage, rect: QRect, against: QColor) -> int:
    """How many pixels in ``rect`` stand out from ``against`` by a control's 3:1."""
    count = 0
    for x in range(rect.left(), rect.right() + 1):
        for y in range(rect.top(), rect.bottom() + 1):
            if contrast_ratio(image.pixelColor(x, y), against) >= CONTROL_CONTRAST:
                count += 1
    return count


@pytest.mark.parametrize("theme", THEMES)
def test_the_checklist_draws_ticked_and_unticked_boxes_in_every_theme(window: Any, theme: str) -> None:
    window.ctx.update_prefs(theme=theme)  # as the worker switches it in the settings
    window.open_view("checklist")
    view = window.view("checklist")
    ticked, unticked = view.items()[:2]
    ticked.setCheckState(Qt.CheckState.Checked)
    unticked.setCheckState(Qt.CheckState.Unchecked)
    view.indicators.setCurrentItem(view.items()[2])  # neither measured row is highlighted
    QApplication.processEvents()
    list_view = view.indicators
    image = list_view.viewport().grab().toImage()
    background = list_view.viewport().palette().color(R.Base)
    boxes = {}
    for name, item in (("ticked", ticked), ("unticked", unticked)):
        box = _indicator(list_view, item)
        assert box.width() >= 10 and box.height() >= 10
        boxes[name] = _contrasting(image, box, background)
    side = _indicator(list_view, unticked).width()
    # An unticked box is at least its outline (four sides) at 3:1; a ticked one far more.
    assert boxes["unticked"] >= 3 * side, (theme, boxes)
    assert boxes["ticked"] >= boxes["unticked"] + 2 * side, (theme, boxes)  # filled, with a tick


@pytest.mark.parametrize("theme", ["dark", "contrast"])
def test_boxes_and_panels_follow_a_theme_chosen_while_the_window_is_open(window: Any, theme: str) -> None:
    window.open_location("con-policija")
    window.set_notes_wanted(True)
    reminder = window.notes.reminder
    window.ctx.update_prefs(theme=theme)
    QApplication.processEvents()
    image = reminder.grab().toImage()
    fill = image.pixelColor(image.width() // 2, image.height() - 3)
    window_colour = window.palette().color(R.Window)
    assert contrast_ratio(fill, window_colour) < 1.6  # the note hint box is no longer a white patch
    text = reminder.palette().color(R.WindowText)
    assert contrast_ratio(text, fill) >= TEXT_CONTRAST


def test_the_link_with_keyboard_focus_has_a_ring_of_theme_contrast(qtbot: Any, window: Any) -> None:
    from kb_app.ui.a11y import focus_ring

    window.ctx.update_prefs(theme="dark")
    window.open_location("art-definicija")
    browser = window.reader.browser
    window.show_reader()
    qtbot.wait(50)  # the page is laid out again in the new colours
    qtbot.keyClick(browser, Qt.Key.Key_Tab)  # the first link of the page
    cursor = browser.textCursor()
    assert cursor.hasSelection() and cursor.charFormat().isAnchor()
    ring = focus_ring.install(QApplication.instance()).link_ring_of(browser)
    assert ring is not None
    qtbot.waitUntil(lambda: ring.isVisible() and bool(ring.rects), timeout=2000)
    QApplication.processEvents()
    image = browser.viewport().grab().toImage()
    link = ring.rects[0]
    outer, _inner = focus_colors("dark")
    page = browser.viewport().palette().color(R.Base)
    assert contrast_ratio(outer, page) >= CONTROL_CONTRAST
    # Each side of the ring is drawn 2 px wide in the ring's colour, around the link.
    for point in (
        QPoint(link.center().x(), link.top()),
        QPoint(link.center().x(), link.top() + 1),
        QPoint(link.left(), link.center().y()),
        QPoint(link.right(), link.center().y()),
    ):
        assert image.pixelColor(point) == outer, point
    qtbot.keyClick(browser, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: bool(ring.rects) and ring.rects[0] != link, timeout=2000)  # on to the next link


@pytest.mark.parametrize("theme", THEMES)
def test_fields_lists_and_buttons_have_an_edge_anyone_can_see(qtbot: Any, window: Any, theme: str) -> None:
    window.ctx.update_prefs(theme=theme)
    window.open_location("con-policija")
    window.set_notes_wanted(True)
    qtbot.wait(20)  # the style switch after the first paint, and the repaint
    outside = window.palette().color(R.Window)
    for control in (window.search.field, window.notes.list, window.notes.editor, window.notes.new_button):
        image = control.grab().toImage()
        middle = image.height() // 2
        # The left edge, a few pixels deep: some pixel of the frame stands out from the window by 3:1.
        edge = max(contrast_ratio(image.pixelColor(x, middle), outside) for x in range(3))
        assert edge >= CONTROL_CONTRAST, (theme, type(control).__name__, round(edge, 2))


@pytest.mark.parametrize("theme", ["light", "dark", "contrast"])
def test_the_old_source_warning_in_contact_details_is_readable(window: Any, theme: str) -> None:
    import re

    window.ctx.update_prefs(theme=theme)
    window.open_view("contacts")
    view = window.view("contacts")
    warned = [row for row in view.shown_rows() if any(f.is_stale() for f in row.facts)]
    assert warned  # the test library has old sources
    view.table.selectRow(view.shown_rows().index(warned[0]))
    colours = re.findall(r"color:\s*(#[0-9a-fA-F]{6})", view.details.text())
    assert colours
    background = view.details.palette().color(R.Window)
    for colour in colours:
        assert contrast_ratio(QColor(colour), background) >= TEXT_CONTRAST, (theme, colour)
