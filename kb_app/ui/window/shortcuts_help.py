"""F1: every command and its keyboard shortcuts, read from the window's actions."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kb_app.ui.look.screen_fit import fit_dialog
from kb_app.ui.window import actions as action_table


class HelpDialog(QDialog):
    def __init__(self, actions: dict[str, QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        groups = {k: v.replace("&", "") for k, v in action_table.menu_titles().items()}
        rows = [
            (
                groups.get(a.property("group"), ""),
                a.text().replace("&", ""),
                ", ".join(s.toString(QKeySequence.SequenceFormat.NativeText) for s in a.shortcuts()),
            )
            for a in actions.values()
        ]
        rows += [
            (self.tr("Search"), self.tr("Move through results / open"), self.tr("Down, Up, Enter")),
            (self.tr("Search"), self.tr("Clear the search"), "Esc"),
            (self.tr("Workshop"), self.tr("Reveal next / previous step"), self.tr("Space or Right / Left")),
            (self.tr("Workshop"), self.tr("Leave full screen or the workshop"), "Esc"),
            (self.tr("Workshop"), self.tr("Start or pause the stage timer / five more minutes"), "T / +"),
            (self.tr("Workshop"), self.tr("Record the groups' answers"), "G"),
            (self.tr("Workshop"), self.tr("Projector text size"), "P"),
            (self.tr("Workshop"), self.tr("Export the cooperation map / write the session record"), "Ctrl+E / Ctrl+R"),
            (self.tr("Notes"), self.tr("Delete the selected note"), self.tr("Delete (in the list)")),
        ]
        self.table = QTableWidget(len(rows), 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("Menu"), self.tr("Command"), self.tr("Keys")])
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for r, values in enumerate(rows):
            for c, value in enumerate(values):
                self.table.setItem(r, c, QTableWidgetItem(value))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        intro = QLabel(
            self.tr(
                "Everything in the app can be done with the keyboard. Tab moves between "
                "panels; these keys work everywhere in the main window."
            ),
            self,
        )
        intro.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        fit_dialog(self, QSize(640, 560))
