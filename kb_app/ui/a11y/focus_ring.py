"""A focus ring that anyone can see: a thick two-colour outline around the widget with keyboard
focus, drawn over the window by one overlay per window.

Styles draw focus as they please (Fusion: a faint 1 px border; some not at all on item views),
and a style sheet would replace the native look of every widget it touches. An overlay works
with every style and theme: 3 px in the theme's focus colour with a 1 px contrasting edge inside,
so it shows on light, dark and coloured backgrounds alike.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QRectF, Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QMenu, QTextBrowser, QWidget

from kb_app.ui.shared.first_paint import after_first_paint

if TYPE_CHECKING:
    from PySide6.QtGui import QPaintEvent

RING = 3  # px of the outer colour
EDGE = 1  # px of the contrasting inner edge


class _Ring(QWidget):
    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("focusRing")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.outer = QColor("#005fcc")
        self.inner = QColor("#ffffff")
        self.hide()

    def place(self, rect: QRect) -> None:
        from PySide6.QtGui import QRegion  # imported when a ring is first shown, not at start-up

        self.setGeometry(rect)
        width = RING + EDGE
        self.setMask(QRegion(self.rect()).subtracted(QRegion(self.rect().adjusted(width, width, -width, -width))))
        self.raise_()
        self.show()

    def paintEvent(self, _event: QPaintEvent) -> None:
        from PySide6.QtGui import QPainter

        painter = QPainter(self)
        outer = self.rect()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.outer)
        painter.drawRect(outer)
        painter.setBrush(self.inner)
        painter.drawRect(outer.adjusted(RING, RING, -RING, -RING))
        painter.end()


LINK_RING = 2  # px around the link that has the keyboard focus inside a page


class _LinkRing(QWidget):
    """A ring around the link Tab selected in a text browser (Qt marks it with a thin dotted line
    that is lost on a dark page). It lives on the browser's viewport and follows the page's scroll."""

    def __init__(self, browser: QTextBrowser, ring: FocusRing) -> None:
        # On the browser until there is a link to ring (see _attach): the browser often has the
        # focus before the first paint, when asking for its viewport (a widget Qt made) would
        # have PySide build a wrapper type for every widget class it might be (~5 ms).
        super().__init__(browser)
        self._attached = False
        self.setObjectName("focusRing")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.browser = browser
        self._owner = ring
        self.rects: list[QRect] = []
        browser.cursorPositionChanged.connect(self.follow)
        browser.selectionChanged.connect(self.follow)
        browser.verticalScrollBar().valueChanged.connect(self.follow)
        browser.horizontalScrollBar().valueChanged.connect(self.follow)
        # Tab to a link changes the browser's selection without any signal: look again after it.
        browser.installEventFilter(self)
        self.hide()

    _AFTER = (QEvent.Type.KeyPress, QEvent.Type.FocusIn, QEvent.Type.FocusOut, QEvent.Type.MouseButtonRelease)

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.follow()
        elif event.type() in self._AFTER:
            QTimer.singleShot(0, self, self.follow)  # dropped if the page goes first (a rebuilt window)
        return False

    def _attach(self) -> QWidget:
        """Move onto the viewport (which clips the ring and scrolls with the page) and follow its size."""
        viewport = self.browser.viewport()
        if not self._attached:
            self._attached = True
            self.setParent(viewport)
            viewport.installEventFilter(self)
        return viewport

    def link_rects(self) -> list[QRect]:
        """One rectangle per line of the focused link, in viewport coordinates; [] without one."""
        browser = self.browser
        cursor = browser.textCursor()
        if not browser.hasFocus() or not cursor.hasSelection():
            return []
        from PySide6.QtGui import QTextCursor

        probe = QTextCursor(cursor)
        probe.setPosition(cursor.selectionStart() + 1)  # the format of the selection's first character
        if not probe.charFormat().isAnchor():
            return []
        lines: dict[int, QRect] = {}
        for position in range(cursor.selectionStart(), cursor.selectionEnd() + 1):
            probe.setPosition(position)
            rect = browser.cursorRect(probe)
            line = lines.get(rect.top())
            lines[rect.top()] = rect if line is None else line.united(rect)
        pad = LINK_RING + 1
        return [r.adjusted(-pad, -1, pad, 1) for r in lines.values()]

    def follow(self) -> None:
        if not shiboken6.isValid(self) or not shiboken6.isValid(self.browser):
            return
        self.rects = self.link_rects()
        if not self.rects:
            self.hide()
            return
        viewport = self._attach()
        self.setGeometry(viewport.rect())
        self.raise_()
        self.show()
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:
        from PySide6.QtGui import QPainter, QPen

        painter = QPainter(self)
        for color, width, inset in ((self._owner.outer, LINK_RING, 0), (self._owner.inner, 1, LINK_RING)):
            pen = QPen(color, width)
            pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            for rect in self.rects:
                inner = rect.adjusted(inset, inset, -inset, -inset)
                half = width / 2
                painter.drawRect(QRectF(inner).adjusted(half, half, -half, -half))
        painter.end()


class FocusRing(QObject):
    """Follows QApplication.focusChanged; one per application (see :func:`install`)."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._target: QWidget | None = None
        self._rings: dict[int, _Ring] = {}
        self.outer = QColor("#005fcc")
        self.inner = QColor("#ffffff")
        self._pending = False
        self._link_rings: dict[int, _LinkRing] = {}
        # The ring follows its widget with an event filter, so it starts after the window's first
        # paint (kb_app.ui.shared.first_paint), from the widget that has the focus by then.
        after_first_paint(lambda: self._follow_focus(app), owner=self)

    def _follow_focus(self, app: QApplication) -> None:
        app.focusChanged.connect(self._on_focus)
        if app.focusWidget() is not None:
            self._on_focus(None, app.focusWidget())

    def set_colors(self, outer: QColor, inner: QColor) -> None:
        self.outer, self.inner = outer, inner
        for ring in self._live_rings():
            ring.outer, ring.inner = outer, inner
            ring.update()
        for link_ring in self._link_rings.values():
            if shiboken6.isValid(link_ring):
                link_ring.update()
        self.place()

    def ring_of(self, widget: QWidget) -> _Ring | None:
        ring = self._rings.get(id(widget.window()))
        return ring if ring is not None and shiboken6.isValid(ring) else None

    def _live_rings(self) -> list[_Ring]:
        return [r for r in self._rings.values() if shiboken6.isValid(r)]

    def _on_focus(self, _old: Any, new: Any) -> None:
        if self._target is not None and shiboken6.isValid(self._target):
            self._target.removeEventFilter(self)
        self._target = new if isinstance(new, QWidget) and self._wants_ring(new) else None
        if self._target is not None:
            self._target.installEventFilter(self)
        for link_ring in list(self._link_rings.values()):
            if shiboken6.isValid(link_ring):
                link_ring.follow()
        if isinstance(new, QTextBrowser) and self.link_ring_of(new) is None:
            self._link_rings[id(new)] = _LinkRing(new, self)
        self.place()

    def link_ring_of(self, browser: QTextBrowser) -> _LinkRing | None:
        # Keyed by id(): a new browser may get the id of a deleted one, so check whose ring it is.
        link_ring = self._link_rings.get(id(browser))
        if link_ring is None or not shiboken6.isValid(link_ring) or link_ring.browser is not browser:
            return None
        return link_ring

    @staticmethod
    def _wants_ring(widget: QWidget) -> bool:
        window = widget.window()
        return widget is not window and not isinstance(window, QMenu) and not widget.objectName() == "focusRing"

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Move, QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.Hide):
            self._schedule()
        return False

    def _schedule(self) -> None:
        if not self._pending:
            self._pending = True
            QTimer.singleShot(0, self.place)

    def place(self) -> None:
        self._pending = False
        for shown in self._live_rings():
            shown.hide()
        target = self._target
        if target is None or not shiboken6.isValid(target) or not target.isVisible():
            return
        window = target.window()
        ring = self.ring_of(target)
        if ring is None:
            ring = _Ring(window)
            self._rings[id(window)] = ring
        ring.outer, ring.inner = self.outer, self.inner
        width = RING + EDGE
        rect = QRect(target.mapTo(window, QPoint(0, 0)), target.size()).adjusted(-width, -width, width, width)
        ring.place(rect.intersected(window.rect()))


_instance: FocusRing | None = None


def install(app: QApplication) -> FocusRing:
    global _instance
    if _instance is None or not shiboken6.isValid(_instance):
        _instance = FocusRing(app)
    return _instance
