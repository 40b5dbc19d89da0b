"""A scroll area that scrolls only what cannot shrink.

``QScrollArea.setWidgetResizable(True)`` makes a panel with word-wrapped labels as tall as its
*preferred* height for the width, so at 1024×600 the notes panel scrolled although it could
shrink to fit: its bottom row (save status, preview) sat under the fold. Here the widget is as
large as the viewport, and taller only when its minimum height at that width is taller.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget

from kb_app.ui.shared.first_paint import after_first_paint


class FitScrollArea(QScrollArea):
    def __init__(self, widget: QWidget, parent: QWidget | None = None, *, sideways: bool = False) -> None:
        super().__init__(parent)
        # A viewport made in Python, set up as QScrollArea sets up its own: fit() runs before the
        # first paint, and asking for the viewport Qt made would have PySide build a wrapper type
        # for every widget class it might be (~5 ms of start-up).
        self._viewport = QWidget(self)
        self._viewport.setObjectName("qt_scrollarea_viewport")
        self._viewport.setAutoFillBackground(True)
        self._viewport.setBackgroundRole(QPalette.ColorRole.NoRole)
        self.setViewport(self._viewport)
        self.setFrameShape(QFrame.Shape.NoFrame)
        if not sideways:
            self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidgetResizable(False)
        self.setWidget(widget)
        after_first_paint(lambda: _FitOnLayoutChange(self, widget), owner=self)

    def minimum_height(self, width: int) -> int:
        widget = self.widget()
        if widget is None:
            return 0
        layout = widget.layout()
        if layout is not None and layout.hasHeightForWidth():
            return max(layout.totalMinimumHeightForWidth(width), widget.minimumHeight())
        return widget.minimumSizeHint().expandedTo(widget.minimumSize()).height()

    def fit(self) -> None:
        widget = self.widget()
        if widget is None:
            return
        width = max(self._viewport.width(), widget.minimumSizeHint().width())
        height = max(self._viewport.height(), self.minimum_height(width))
        if widget.size().width() != width or widget.size().height() != height:
            widget.resize(width, height)

    def resizeEvent(self, event: object) -> None:
        super().resizeEvent(event)  # type: ignore[arg-type]
        self.fit()


class _FitOnLayoutChange(QObject):
    """Fits the area again when its widget's layout asks for another size (a label's text grew).

    A separate object, not an ``eventFilter`` of the area (which QScrollArea would call with every
    event of the widget): an event filter is attached after the window's first paint
    (kb_app.ui.shared.first_paint), and the area's own resizeEvent sizes the first frame."""

    def __init__(self, area: FitScrollArea, widget: QWidget) -> None:
        super().__init__(area)
        self._area = area
        self._widget = widget
        widget.installEventFilter(self)
        area.fit()  # for a change made before anything watched

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self._widget and event.type() == QEvent.Type.LayoutRequest and self._area.widget() is watched:
            self._area.fit()
        return False
