"""About: the app's version and the content pack in use (title and content version)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from kb_app import APP_DISPLAY_NAME, __version__
from kb_app.ui.look.screen_fit import fit_dialog
from kb_app.ui.shared.context import AppContext


class AboutDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About"))
        library = ctx.library
        info = library.info() if library is not None else {}
        rows = [
            (self.tr("App version"), __version__),
            (self.tr("Content pack"), info.get("title", "") or self.tr("none installed")),
            (self.tr("Content version"), info.get("version", "")),
            (
                self.tr("Built"),
                info.get("built_at", "") or (library.manifest().get("built_at", "") if library is not None else ""),
            ),
            (self.tr("Profile folder"), str(ctx.paths.profile)),
        ]
        table = "".join(f"<tr><th align='left'>{escape(k)}</th><td>{escape(str(v))}</td></tr>" for k, v in rows if v)
        about = self.tr(
            "An offline knowledge base for social workers who meet possible victims of human "
            "trafficking. It works without an internet connection."
        )
        self.label = QLabel(
            f"<h2>{escape(APP_DISPLAY_NAME)}</h2><p>{escape(about)}</p><table cellpadding='3'>{table}</table>", self
        )
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.label.setAccessibleDescription(self.tr("About this app"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(buttons)
        fit_dialog(self, QSize(480, 320))
