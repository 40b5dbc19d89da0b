"""Windows that fit the screen they open on, at any scaling.

A size remembered on a large monitor, or the default size at 200 % scaling (a 1280×800 screen is
640×400 logical pixels), must never open a window larger than the screen's available area with
its title bar or buttons out of reach.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

# Room for a window manager's frame and title bar before the window is shown (unknown until then).
FRAME_ALLOWANCE = QSize(8, 32)


def available_geometry(widget: QWidget) -> QRect:
    screen = widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1024, 600)


def fitted_rect(wanted: QRect, available: QRect, frame: QSize = FRAME_ALLOWANCE) -> QRect:
    """``wanted`` shrunk to fit ``available`` (less the frame) and moved inside it."""
    width = max(1, min(wanted.width(), available.width() - frame.width()))
    height = max(1, min(wanted.height(), available.height() - frame.height()))
    left = min(max(wanted.left(), available.left()), available.right() + 1 - width - frame.width())
    top = min(max(wanted.top(), available.top()), available.bottom() + 1 - height - frame.height())
    return QRect(max(left, available.left()), max(top, available.top()), width, height)


def fit_window(widget: QWidget, preferred: QSize | None = None, available: QRect | None = None) -> QRect:
    """Resize (to ``preferred`` or the current size) and move ``widget`` so it fits the screen."""
    area = available if available is not None else available_geometry(widget)
    frame = FRAME_ALLOWANCE
    if widget.isVisible():
        frame = widget.frameGeometry().size() - widget.geometry().size()
    size = preferred if preferred is not None else widget.size()
    wanted = QRect(widget.pos(), size)
    if preferred is not None and not widget.isVisible():
        # Centred on the screen the first time.
        wanted.moveCenter(area.center())
    rect = fitted_rect(wanted, area, frame)
    widget.resize(rect.size())
    widget.move(rect.topLeft())
    return rect


def fit_dialog(dialog: QWidget, preferred: QSize, available: QRect | None = None) -> QSize:
    """Give ``dialog`` its ``preferred`` size, or less where the screen is smaller (a 1280×800
    screen at 200 % has 640×400 logical pixels: a 480-pixel dialog put its buttons below the
    screen's edge). Unlike :func:`fit_window` it is not moved: Qt centres a dialog over its parent."""
    area = available if available is not None else available_geometry(dialog)
    size = preferred.boundedTo(area.size() - FRAME_ALLOWANCE).expandedTo(QSize(1, 1))
    dialog.resize(size)
    return size
