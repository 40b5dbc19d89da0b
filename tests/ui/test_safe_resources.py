"""No text view loads a local or network resource (issue 13 §6): the reader, the notes preview,
printing and PDF, and the workshop, each tried with file:, UNC, http(s): and data: URLs."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from PySide6.QtCore import QUrl
from PySide6.QtGui import QColor, QImage, QTextDocument

# A real 6x6 red PNG on disk: if any view read it, its resource would be that image.
URLS = {
    "file": "file://{png}",
    "bare path": "{png}",
    "UNC": r"\\fileserver\share\secret.png",
    "file URL with host": "file://fileserver/share/secret.png",
    "http": "http://example.invalid/track.png",
    "https": "https://example.invalid/track.png",
    "data": "data:image/png;base64,{b64}",
}


@pytest.fixture
def png(tmp_path: Path) -> Path:
    image = QImage(6, 6, QImage.Format.Format_RGB32)
    image.fill(QColor("red"))
    path = tmp_path / "secret.png"
    assert image.save(str(path))
    return path


def _url(kind: str, png: Path) -> str:
    import base64

    return URLS[kind].format(png=png, b64=base64.b64encode(png.read_bytes()).decode("ascii"))


def _loaded(doc: QTextDocument, url: str) -> QImage:
    """The image the document holds for ``url`` after laying itself out."""
    doc.setTextWidth(400)
    doc.size()  # lays out: images are requested now
    resource = doc.resource(QTextDocument.ResourceType.ImageResource, QUrl(url))
    if resource is None:
        return QImage()
    return resource.toImage() if hasattr(resource, "toImage") else QImage(resource)


def _assert_blocked(doc: QTextDocument, url: str) -> None:
    image = _loaded(doc, url)
    assert image.width() == 1 and image.height() == 1, f"{url!r} gave {image.size()}"  # the guard's pixel
    assert image.pixelColor(0, 0).alpha() == 0


@pytest.mark.usefixtures("qapp")
def test_a_plain_document_would_read_the_file(png: Path) -> None:
    """The hazard is real: without the guard Qt reads the file an <img> names."""
    doc = QTextDocument()
    doc.setHtml(f'<p><img src="file://{png}"></p>')
    assert _loaded(doc, f"file://{png}").size().width() == 6


@pytest.mark.parametrize("kind", list(URLS))
def test_reader_loads_nothing(window: Any, png: Path, kind: str) -> None:
    url = _url(kind, png)
    browser = window.reader.browser
    browser.setHtml(
        f'<p style="background-image: url({url})">x <img src="{url}"></p><link rel="stylesheet" href="{url}">'
    )
    _assert_blocked(browser.document(), url)


@pytest.mark.parametrize("kind", list(URLS))
def test_notes_preview_loads_nothing(user: Any, window: Any, png: Path, kind: str) -> None:
    url = _url(kind, png)
    notes = window.notes
    window.ctx.notes.add(user.municipality, f"Attēls: ![x]({url})", "con-policija")
    window.open_location("con-policija")
    notes.preview_button.setChecked(True)
    assert notes.preview.isVisible()
    _assert_blocked(notes.preview.document(), url)


@pytest.mark.usefixtures("qapp")
@pytest.mark.parametrize("kind", list(URLS))
def test_printing_and_pdf_load_nothing(png: Path, tmp_path: Path, kind: str) -> None:
    from kb_app.ui.paper import printing

    url = _url(kind, png)
    html = f'<h1>Lapa</h1><p><img src="{url}"></p>'
    _assert_blocked(printing.paper_document(html, "Lapa"), url)
    out = printing.write_pdf(html, "Lapa", tmp_path / "lapa.pdf")
    assert out.read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize("kind", list(URLS))
def test_workshop_loads_nothing(qtbot: Any, window: Any, png: Path, kind: str) -> None:
    url = _url(kind, png)
    window.open_view("workshop")
    workshop = window._workshop
    qtbot.waitExposed(workshop)
    workshop.view.setHtml(f'<p>Solis <img src="{url}"></p>')
    _assert_blocked(workshop.view.document(), url)
    workshop.close()
