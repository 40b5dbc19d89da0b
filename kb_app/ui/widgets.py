"""Small helpers for widgets that must stay usable in a narrow window or at 200 % scaling."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLineEdit, QPushButton, QToolButton


def compact_combo(combo: QComboBox, chars: int = 10) -> QComboBox:
    """A combo box sized for ``chars`` characters rather than its longest entry (the popup still
    shows entries in full): long indicator-set or scenario titles must not widen the window."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(chars)
    return combo


def describe(button: QPushButton, description: str) -> QPushButton:
    """A short label on the button, the full meaning for tooltips and screen readers."""
    button.setToolTip(description)
    button.setAccessibleName(description)
    return button


def clearable(field: QLineEdit) -> QLineEdit:
    """A line edit with Qt's clear button, the button named for screen readers (Qt leaves it
    without a name)."""
    field.setClearButtonEnabled(True)
    for button in field.findChildren(QToolButton):
        button.setAccessibleName(QCoreApplication.translate("Widgets", "Clear"))
    return field
