"""What happens when a link in the reader is activated.

The app is offline: ``kb:`` links open in place, ``app:`` links trigger an in-app view, phone
numbers and e-mail addresses are copied (a social worker dials from a desk phone or a mobile),
and web addresses open in the system browser only after the user confirms.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum
from typing import TYPE_CHECKING
from urllib.parse import unquote

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:  # imported where used: each PySide class costs start-up time when first imported
    from PySide6.QtCore import QUrl


class LinkKind(Enum):
    DOCUMENT = "kb"
    APP = "app"
    PHONE = "tel"
    EMAIL = "mailto"
    WEB = "web"
    OTHER = "other"


def classify(url: QUrl) -> tuple[LinkKind, str]:
    """The kind of a link and its payload (doc id with optional #anchor, number, address, URL)."""
    scheme = url.scheme().lower()
    if scheme == "kb":
        target = url.path()
        if url.hasFragment():
            target += "#" + url.fragment()
        return LinkKind.DOCUMENT, target
    if scheme == "app":
        return LinkKind.APP, url.path()
    if scheme == "tel":
        return LinkKind.PHONE, unquote(url.path())
    if scheme == "mailto":
        return LinkKind.EMAIL, unquote(url.path())
    if scheme in ("http", "https"):
        return LinkKind.WEB, url.toString()
    if not scheme and url.hasFragment():
        return LinkKind.DOCUMENT, "#" + url.fragment()
    return LinkKind.OTHER, url.toString()


def confirm_external(parent: QWidget | None, url: str) -> bool:
    from PySide6.QtWidgets import QMessageBox

    title = QCoreApplication.translate("LinkHandler", "Open web page?")
    text = QCoreApplication.translate(
        "LinkHandler", "This link leads to the internet:\n\n{0}\n\nOpen it in your web browser?"
    ).format(url)
    box = QMessageBox(
        QMessageBox.Icon.Question,
        title,
        text,
        QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel,
        parent,
    )
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    return box.exec() == QMessageBox.StandardButton.Open


class LinkHandler(QObject):
    open_document = Signal(str)  # doc id, possibly with "#anchor"
    open_app_view = Signal(str)  # "contacts", "checklist", "workshop"
    message = Signal(str)  # a short status message for the user

    def __init__(
        self,
        parent_widget: QWidget,
        confirm: Callable[[QWidget | None, str], bool] = confirm_external,
        open_url: Callable[[QUrl], bool] | None = None,
    ) -> None:
        super().__init__(parent_widget)
        self._widget = parent_widget
        self._confirm = confirm
        self._open_url = open_url

    def activate(self, url: QUrl) -> None:
        kind, value = classify(url)
        if kind is LinkKind.DOCUMENT:
            self.open_document.emit(value)
        elif kind is LinkKind.APP:
            self.open_app_view.emit(value)
        elif kind is LinkKind.PHONE:
            QGuiApplication.clipboard().setText(value)
            self.message.emit(self.tr("Phone number {0} copied").format(value))
        elif kind is LinkKind.EMAIL:
            QGuiApplication.clipboard().setText(value)
            self.message.emit(self.tr("E-mail address {0} copied").format(value))
        elif kind is LinkKind.WEB:
            if self._confirm(self._widget, value):
                from PySide6.QtCore import QUrl

                if self._open_url is None:
                    from PySide6.QtGui import QDesktopServices

                    QDesktopServices.openUrl(QUrl(value))  # the system browser, after the user said yes
                else:
                    self._open_url(QUrl(value))
        else:
            self.message.emit(self.tr("This link cannot be opened: {0}").format(value))
