"""Small helpers for widgets that must stay usable in a narrow window or at 200 % scaling."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QToolButton, QVBoxLayout, QWidget


def compact_combo(combo: QComboBox, chars: int = 10) -> QComboBox:
    """A combo box sized for ``chars`` characters rather than its longest entry (the popup still
    shows entries in full): long indicator-set or scenario titles must not widen the window."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(chars)
    return combo


def labelled(combo: QComboBox, text: str, above: bool = False) -> QWidget:
    """The combo box behind a visible label that is its buddy. On Linux Qt names a combo box by
    its current value ("Visur") and says what it is for only through a label relation, so a
    screen reader hears what the box filters only from a buddy label beside it. ``above`` puts
    the label over the box, for rows that have no width to spare (200 % scaling)."""
    box = QWidget(combo.parentWidget())
    label = QLabel(text, box)
    combo.setParent(box)
    label.setBuddy(combo)
    layout = QVBoxLayout(box) if above else QHBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0 if above else -1)
    layout.addWidget(label)
    layout.addWidget(combo, 1)
    return box


def describe(button: QPushButton, description: str) -> QPushButton:
    """A short label on the button, the full meaning for tooltips and screen readers. The label
    stays the accessible name: a speech-control user says what they see (WCAG 2.5.3)."""
    button.setToolTip(description)
    button.setAccessibleDescription(description)
    return button


def clearable(field: QLineEdit) -> QLineEdit:
    """A line edit with Qt's clear button, the button named for screen readers (Qt leaves it
    without a name)."""
    field.setClearButtonEnabled(True)
    for button in field.findChildren(QToolButton):
        button.setAccessibleName(QCoreApplication.translate("Widgets", "Clear"))
    return field
