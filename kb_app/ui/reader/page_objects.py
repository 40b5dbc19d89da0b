"""The links and headings of a page shown in a QTextBrowser, as objects a screen reader can reach.

Measured with Qt 6.11 on Linux (AT-SPI, scripts/a11y_probe.py): Qt exposes a read-only
QTextBrowser as one "label" with a Text interface and nothing else: no Hypertext, no link or
heading objects; Tab moves the highlight from link to link without any focus event, so a screen
reader says nothing while Enter opens a link the user never heard. Qt's own interface for the
browser cannot be extended from Python, and PySide cannot implement a whole Text interface
(its out-parameter methods are not overridable), so the browser keeps Qt's interface (text and
caret) and each link and heading gets a small child widget of the viewport, placed over it and
transparent to the mouse, whose accessible interface says role Link (with press and focus
actions) or role Heading (with its level). When Tab puts the browser's highlight on a link, that
link object gets the focus event.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import shiboken6
from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt, QTimer, QUrl
from PySide6.QtGui import (
    QAccessible,
    QAccessibleActionInterface,
    QAccessibleAttributesInterface,
    QAccessibleEvent,
    QAccessibleInterface,
    QAccessibleObject,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QTextBrowser, QWidget

from kb_app.core.platform.textsafe import strip_unsafe
from kb_app.ui.a11y.accessible import ChildlessAccessible


@dataclass(frozen=True)
class Spot:
    """A link (``href`` set) or a heading (``level`` set) of the page, by document position."""

    text: str
    start: int
    end: int
    href: str = ""
    level: int = 0


def page_spots(doc: QTextDocument) -> list[Spot]:
    """The page's headings and links in reading order; a link split over formats is one link."""
    spots: list[Spot] = []
    block = doc.begin()
    while block.isValid():
        level = block.blockFormat().headingLevel()
        if level and strip_unsafe(block.text()).strip():
            spots.append(Spot(block.text(), block.position(), block.position() + block.length() - 1, level=level))
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            href = fragment.charFormat().anchorHref() if fragment.charFormat().isAnchor() else ""
            if href:
                last = spots[-1] if spots else None
                if last is not None and last.href == href and last.end == fragment.position():
                    spots[-1] = Spot(
                        last.text + fragment.text(), last.start, fragment.position() + fragment.length(), href=href
                    )
                else:
                    spots.append(
                        Spot(fragment.text(), fragment.position(), fragment.position() + fragment.length(), href=href)
                    )
            it += 1
        block = block.next()
    # Names as spoken: no control or bidi characters, one space; a link with no text is named by
    # where it goes (an unnamed link is a silent Tab stop).
    return [Spot(" ".join(strip_unsafe(s.text).split()) or s.href, s.start, s.end, s.href, s.level) for s in spots]


class SpotWidget(QWidget):
    """Where one link or heading sits on the viewport; paints nothing and takes no input."""

    def __init__(self, spot: Spot, objects: PageObjects, parent: QWidget) -> None:
        super().__init__(parent)
        self.spot = spot
        self.objects = objects
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    # The viewport is asked for each time, not kept: with a screen reader on the bus the Python
    # object kept for it was found "already deleted" while the viewport lived on, and every link's
    # state() failed (no FOCUSED, no parent: the AT-SPI Tab walk saw the reader focused instead).
    def viewport_rect(self) -> QRect:
        viewport = self.parentWidget()
        return viewport.rect() if viewport is not None else QRect()

    def viewport(self) -> QWidget | None:
        return self.parentWidget()


class SpotAccessible(
    ChildlessAccessible, QAccessibleObject, QAccessibleActionInterface, QAccessibleAttributesInterface
):
    """Role Link (press, focus) or Heading (level) for one :class:`SpotWidget`."""

    def __init__(self, widget: SpotWidget) -> None:
        QAccessibleObject.__init__(self, widget)
        QAccessibleActionInterface.__init__(self)
        QAccessibleAttributesInterface.__init__(self)
        self._widget = widget
        self._spot = widget.spot  # still answerable once the widget is gone

    def _alive(self) -> SpotWidget | None:
        # A new page deletes the old objects while a screen reader may still hold them.
        return self._widget if shiboken6.isValid(self._widget) else None

    @property
    def spot(self) -> Spot:
        return self._spot

    def interface_cast(self, kind: QAccessible.InterfaceType) -> Any:
        # PySide makes one C++ object per base class; Qt wants the one of the asked interface, as
        # a VoidPtr (a plain int, even 0, is taken for an object and crashes the caller).
        pointers = shiboken6.getCppPointer(self)
        if kind == QAccessible.InterfaceType.ActionInterface:
            return shiboken6.VoidPtr(pointers[1])
        if kind == QAccessible.InterfaceType.AttributesInterface and self.spot.level:
            return shiboken6.VoidPtr(pointers[2])
        return shiboken6.VoidPtr(0)

    def role(self) -> QAccessible.Role:
        return QAccessible.Role.Heading if self.spot.level else QAccessible.Role.Link

    def text(self, kind: QAccessible.Text) -> str:
        if kind == QAccessible.Text.Name:
            return self.spot.text
        if kind == QAccessible.Text.Value and self.spot.href:
            return self.spot.href
        return ""

    def state(self) -> QAccessible.State:
        state = QAccessible.State()
        widget = self._alive()
        if widget is None:
            state.invisible = True
            return state
        if not widget.isVisible():
            state.invisible = True
        elif not widget.geometry().intersects(widget.viewport_rect()):
            state.offscreen = True
        if self.spot.href:
            state.focusable = True
            state.linked = True
            state.focused = widget.objects.focused_spot() == self.spot
        return state

    def rect(self) -> QRect:
        widget = self._alive()
        return QRect(widget.mapToGlobal(QPoint(0, 0)), widget.size()) if widget is not None else QRect()

    def parent(self) -> QAccessibleInterface | None:  # type: ignore[override]  # None once the page is gone
        widget = self._alive()
        viewport = widget.viewport() if widget is not None else None
        return QAccessible.queryAccessibleInterface(viewport) if viewport is not None else None

    # -- actions ----------------------------------------------------------------------------
    def actionNames(self) -> list[str]:  # noqa: N802 - Qt's name
        if self.spot.href:
            return [QAccessibleActionInterface.pressAction(), QAccessibleActionInterface.setFocusAction()]
        return [QAccessibleActionInterface.setFocusAction()]

    def doAction(self, name: str) -> None:  # noqa: N802 - Qt's name
        widget = self._alive()
        if widget is None:
            return
        if name == QAccessibleActionInterface.pressAction() and self.spot.href:
            widget.objects.activate(self.spot)
        elif name == QAccessibleActionInterface.setFocusAction():
            widget.objects.focus(self.spot)

    # -- attributes -------------------------------------------------------------------------
    def attributeKeys(self) -> list[QAccessible.Attribute]:  # noqa: N802 - Qt's name
        return [QAccessible.Attribute.Level] if self.spot.level else []

    def attributeValue(self, key: QAccessible.Attribute) -> Any:  # noqa: N802 - Qt's name
        return self.spot.level if key == QAccessible.Attribute.Level and self.spot.level else None


def _factory(_class_name: str, obj: QObject) -> QAccessibleInterface | None:
    return SpotAccessible(obj) if isinstance(obj, SpotWidget) else None


_factory_installed = False


def _install_factory() -> None:
    global _factory_installed  # noqa: PLW0603 - once per process, Qt keeps the list
    if not _factory_installed:
        QAccessible.installFactory(_factory)
        _factory_installed = True


class PageObjects(QObject):
    """Keeps one :class:`SpotWidget` per link and heading of ``browser``'s page, in place."""

    def __init__(self, browser: QTextBrowser, activate: Callable[[QUrl], None]) -> None:
        super().__init__(browser)
        _install_factory()
        self._browser = browser
        self._activate = activate
        self.widgets: list[SpotWidget] = []
        self._last_focus: Spot | None = None
        self._place_timer = QTimer(self)  # once after a burst of layout changes
        self._place_timer.setSingleShot(True)
        self._place_timer.setInterval(0)
        self._place_timer.timeout.connect(self.place)
        browser.cursorPositionChanged.connect(self._on_cursor)
        browser.document().documentLayout().documentSizeChanged.connect(lambda _s: self._place_timer.start())
        browser.viewport().installEventFilter(self)
        # Tab to a link moves the highlight with no signal at all (not cursorPositionChanged,
        # selectionChanged or highlighted): look once the key has been handled.
        browser.installEventFilter(self)

    def rebuild(self) -> None:
        """The page changed: new objects for its links and headings."""
        for widget in self.widgets:
            widget.hide()
            widget.deleteLater()
        viewport = self._browser.viewport()
        self.widgets = [SpotWidget(spot, self, viewport) for spot in page_spots(self._browser.document())]
        self._last_focus = None
        self.place()
        for widget in self.widgets:
            widget.show()

    def place(self) -> None:
        """Put each object over its text, in viewport coordinates (the viewport moves its
        children when it scrolls; a new layout needs this again)."""
        browser = self._browser
        doc = browser.document()
        layout = doc.documentLayout()
        offset = QPoint(browser.horizontalScrollBar().value(), browser.verticalScrollBar().value())
        for widget in self.widgets:
            spot = widget.spot
            if spot.level:
                rect = layout.blockBoundingRect(doc.findBlock(spot.start)).toRect().translated(-offset)
            else:
                rect = self._cursor_rect(spot.start).united(self._cursor_rect(spot.end))
            widget.setGeometry(rect.adjusted(0, 0, 1, 1))

    def _cursor_rect(self, position: int) -> QRect:
        cursor = QTextCursor(self._browser.document())
        cursor.setPosition(min(position, self._browser.document().characterCount() - 1))
        return self._browser.cursorRect(cursor)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Resize and watched is not self._browser:
            self._place_timer.start()
        elif event.type() in (QEvent.Type.KeyPress, QEvent.Type.FocusIn, QEvent.Type.FocusOut):
            QTimer.singleShot(0, self, self._on_cursor)
        return False

    # -- focus ------------------------------------------------------------------------------
    def focused_spot(self) -> Spot | None:
        """The link Tab has highlighted, while the browser has the keyboard."""
        if not self._browser.hasFocus():
            return None
        cursor = self._browser.textCursor()
        if not cursor.hasSelection():
            return None
        for widget in self.widgets:
            spot = widget.spot
            if spot.href and cursor.selectionStart() == spot.start and cursor.selectionEnd() == spot.end:
                return spot
        return None

    def _on_cursor(self) -> None:
        spot = self.focused_spot()
        if spot is None or spot == self._last_focus:
            self._last_focus = spot
            return
        self._last_focus = spot
        widget = next(w for w in self.widgets if w.spot == spot)
        QAccessible.updateAccessibility(QAccessibleEvent(widget, QAccessible.Event.Focus))

    def focus(self, spot: Spot) -> None:
        """Highlight ``spot`` as Tab would (a screen reader's "focus this link"), or put the caret
        on a heading."""
        cursor = QTextCursor(self._browser.document())
        cursor.setPosition(spot.start)
        if spot.href:
            cursor.setPosition(spot.end, QTextCursor.MoveMode.KeepAnchor)
        self._browser.setFocus(Qt.FocusReason.OtherFocusReason)
        self._browser.setTextCursor(cursor)
        self._browser.ensureCursorVisible()

    def activate(self, spot: Spot) -> None:
        self._activate(QUrl(spot.href))
