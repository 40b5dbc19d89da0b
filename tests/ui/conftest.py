"""Fixtures for the window tests: a profile with the test library installed, and the real main
window on it, driven the way a user drives it (qtbot key presses and clicks)."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

import shiboken6
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QTextBrowser, QWidget

from kb_app.core.platform.paths import AppPaths
from kb_app.ui.shared import i18n
from kb_app.ui.window import pyside_fix

# Before any widget exists (see kb_app/ui/window/pyside_fix.py: PySide6 6.12.0 on Python 3.11).
pyside_fix.apply()

# The offscreen screen is 800×600 unless configured; windows now fit the screen they open on, so
# the tests get the common laptop size the app is designed for (small screens have own tests).
if os.environ.get("QT_QPA_PLATFORM") == "offscreen":
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={Path(__file__).with_name('offscreen_screen.json')}"

MUNICIPALITY = "marupes-novads"


@pytest.fixture
def make_window(qtbot: Any, installed_profile: Path) -> Iterator[Callable[..., Any]]:
    """Build the main window on the installed test profile; closed and released afterwards."""
    from kb_app.ui.shared.library_switch import installed_library
    from kb_app.ui.window.mainwindow import MainWindow
    from kb_app.ui.window.profile import open_context

    opened: list[tuple[Any, Any]] = []

    def make(
        language: str = "en", municipality: str = MUNICIPALITY, start_search: bool = True, profile: Path | None = None
    ) -> Any:
        ctx = open_context(AppPaths(profile or installed_profile))
        ctx.update_prefs(language=language, municipality=municipality)
        i18n.install(language)
        library = installed_library(ctx)
        assert library is not None
        ctx.set_library(*library)
        window = ctx.main_window = MainWindow(ctx)
        window.start()
        window.show()
        qtbot.waitExposed(window)
        if start_search:
            with qtbot.waitSignal(window.search_service.warmed, timeout=10_000):
                window.search_service.start()
        opened.append((window, ctx))
        return window

    yield make
    from kb_app.ui.look.theme import apply_theme

    apply_theme(QApplication.instance(), "system")  # a test that switched theme leaves none behind
    QApplication.processEvents()  # the palette change reaches the windows while their data is open
    for window, ctx in opened:
        for each in {id(w): w for w in (ctx.main_window, window) if w is not None}.values():
            if shiboken6.isValid(each):  # a language switch deletes the old window
                each.close()
        ctx.close()
    i18n.install("en")


@pytest.fixture
def window(make_window: Callable[..., Any]) -> Any:
    return make_window()


class User:
    """What a user does with keyboard and mouse, for the tests to read like a user's steps."""

    municipality = MUNICIPALITY

    def __init__(self, qtbot: Any) -> None:
        self.qtbot = qtbot

    @staticmethod
    def type(widget: QWidget, text: str) -> None:
        """Key presses carrying each character (QTest.keyClicks only knows ASCII)."""
        for ch in text:
            key = ord(ch.upper()) if ch.isascii() and ch.isalnum() else (Qt.Key.Key_Space if ch == " " else 0)
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, ch))

    def click_link(self, browser: QTextBrowser, href: str) -> None:
        """Click the first link to ``href`` where it is drawn."""
        doc = browser.document()
        block = doc.begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                fragment = it.fragment()
                if fragment.charFormat().anchorHref() == href:
                    cursor = QTextCursor(doc)
                    cursor.setPosition(fragment.position() + fragment.length() // 2)
                    browser.setTextCursor(cursor)
                    browser.ensureCursorVisible()
                    point = browser.cursorRect(cursor).center()
                    self.qtbot.mouseClick(browser.viewport(), Qt.MouseButton.LeftButton, pos=point)
                    return
                it += 1
            block = block.next()
        raise AssertionError(f"no link to {href!r} on the page")

    def search(self, window: Any, text: str) -> None:
        """Type ``text`` into the search field and wait until its results are shown."""
        window.search.focus_field()
        self.type(window.search.field, text)
        self.qtbot.waitUntil(lambda: window.search.shown_query == text.strip(), timeout=5000)


@pytest.fixture
def user(qtbot: Any) -> User:
    return User(qtbot)


MODAL_WATCHDOG_S = 60


@pytest.fixture(autouse=True)
def no_modal_dialog_left_open(request: pytest.FixtureRequest) -> Iterator[None]:
    """A modal dialog nobody answers would hang the whole run (and CI with it): close any that stays
    open for a minute, and fail the test that left it."""
    if "qapp" not in request.fixturenames and "qtbot" not in request.fixturenames:
        yield
        return
    request.getfixturevalue("qapp")  # the timer needs the application
    from PySide6.QtCore import QTimer

    seen: dict[int, int] = {}
    stuck: list[str] = []

    def check() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            seen.clear()
            return
        key = id(dialog)
        seen[key] = seen.get(key, 0) + 1
        if seen[key] >= MODAL_WATCHDOG_S:
            stuck.append(f"{type(dialog).__name__} {dialog.windowTitle()!r}")
            dialog.close()

    timer = QTimer()
    timer.timeout.connect(check)
    timer.start(1000)
    yield
    timer.stop()
    assert not stuck, f"a modal dialog stayed open with nobody to answer it: {stuck}"
