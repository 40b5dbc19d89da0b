"""One guard for every text view: nothing a page, a note or a printout names is ever loaded.

The app's text is text-only and the app is offline, so an ``<img>``, a Markdown image, a CSS
``background-image`` or a ``<link rel=stylesheet>`` may name anything: ``file:///etc/...``,
``\\\\host\\share\\x.png`` or ``file://host/share/x.png`` (on Windows these reach the network),
``http(s):`` or a ``data:`` URL (a decompression bomb as an image). Overriding ``loadResource`` on
the browser and answering "nothing" is not enough: when a resource comes back empty, Qt's image
handler opens the named file itself. So every image request is answered with a transparent
one-pixel image, and every other resource with nothing, on the document itself.

Use :class:`SafeTextBrowser` for a view and :class:`SafeTextDocument` for a document laid out
without a view (printing, PDF).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QTextBrowser, QWidget

if TYPE_CHECKING:  # imported where used: each PySide class costs start-up time when first imported
    from PySide6.QtCore import QUrl

_IMAGE = QTextDocument.ResourceType.ImageResource.value


def blocked_resource(kind: Any) -> Any:
    """What every resource request gets: a blank pixel for an image (a null answer would make Qt
    read the file itself), empty bytes for a style sheet or anything else."""
    from PySide6.QtCore import QByteArray
    from PySide6.QtGui import QImage

    if getattr(kind, "value", kind) == _IMAGE:
        image = QImage(1, 1, QImage.Format.Format_ARGB32)
        image.fill(0)
        return image
    return QByteArray()


class SafeTextDocument(QTextDocument):
    """A text document that loads no resource: no file, no share, no network, no data: URL."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)

    def loadResource(self, kind: int, _name: QUrl | str) -> Any:  # noqa: N802 - Qt's name
        return blocked_resource(kind)


class SafeTextBrowser(QTextBrowser):
    """A QTextBrowser on a :class:`SafeTextDocument` that follows no link by itself."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDocument(SafeTextDocument(self))
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)

    def setDocument(self, document: QTextDocument) -> None:  # noqa: N802 - Qt's name
        if not isinstance(document, SafeTextDocument):
            raise TypeError("a SafeTextBrowser shows only a SafeTextDocument")
        super().setDocument(document)

    def loadResource(self, kind: int, _name: QUrl | str) -> Any:  # noqa: N802 - Qt's name
        # QTextBrowser asks this itself for setSource(); the document asks its own loadResource.
        return blocked_resource(kind)
