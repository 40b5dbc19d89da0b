"""After a file is saved: the message names its full path, with a button that opens its folder.

A worker who exported a PDF for the case file must find it again; "Saved feedback.json" does not
say where. The main window keeps the notice in its status bar (Ctrl+Alt+F opens the folder too);
a dialog without a main window behind it shows the same as a message box.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QPushButton, QWidget


def open_folder(path: Path) -> bool:
    """Show the folder ``path`` is in, in the system's file manager (a local file URL only)."""
    folder = path if path.is_dir() else path.parent
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


class SavedNotice(QWidget):
    """The last saved file in the status bar: its full path and "Open folder"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path: Path | None = None
        self.label = QLabel(self)
        self.label.setTextFormat(Qt.TextFormat.PlainText)  # a file name is text, never markup
        self.button = QPushButton(self.tr("Open folder"), self)
        self.button.setAccessibleName(self.tr("Open the folder of the saved file"))
        self.button.clicked.connect(self.open_folder)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        self.hide()

    def show_saved(self, path: Path, text: str) -> None:
        from kb_app.core.platform.textsafe import strip_unsafe

        self.path = path  # the real path opens the folder; what is shown is cleaned
        self.label.setText(strip_unsafe(text))
        self.label.setToolTip(strip_unsafe(str(path)))
        self.show()

    def open_folder(self) -> bool:
        return self.path is not None and open_folder(self.path)


def announce_saved(widget: QWidget | None, path: Path, text: str) -> None:
    """Tell the user ``text`` (which names ``path`` in full) where they can open the folder:
    the main window's status bar when there is one behind ``widget``, else a message box."""
    owner = widget
    while owner is not None:
        show = getattr(owner, "show_saved", None)
        if callable(show):
            show(path, text)
            return
        owner = owner.parentWidget()
    from kb_app.core.platform.textsafe import strip_unsafe

    box = QMessageBox(
        QMessageBox.Icon.Information,
        QCoreApplication.translate("SavedNotice", "Saved"),
        strip_unsafe(text),
        QMessageBox.StandardButton.Ok,
        widget,
    )
    box.setTextFormat(Qt.TextFormat.PlainText)  # a file name is text, never markup
    button = box.addButton(QCoreApplication.translate("SavedNotice", "Open folder"), QMessageBox.ButtonRole.ActionRole)
    box.exec()
    if box.clickedButton() is button:
        open_folder(path)
