"""The workshop kit's three PDFs, for the command line and the window alike.

The HTML comes from :mod:`kb_app.core.workshop.kit`. Group cards and role cards are written by
the referral sheet's own writer (:func:`kb_app.ui.paper.sheet_pdf.write_sheet_pdf`). The trainer sheet
also carries the cooperation maps, images the app draws itself (the document loads no file or
URL), so it is laid out here with the same page, font and document as the sheets, with the maps
added to the document first. No window is needed: this runs in a worker thread too.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from kb_app.ui.paper.sheet_pdf import (
    PDF_DPI,
    SHEET_MARGIN_MM,
    ensure_gui_application,
    paper_document,
    pdf_page_count,
    sheet_font,
    write_sheet_pdf,
)

MAP_SCALE = 3.0  # the maps drawn at three times their size: sharp on paper


def write_kit_pdf(html: str, title: str, path: Path, maps: dict[str, str] | None = None) -> int:
    """Write one of the kit's documents; the number of pages."""
    if not maps:
        return write_sheet_pdf(html, title, path)
    ensure_gui_application()
    from PySide6.QtCore import QMarginsF, QUrl
    from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

    from kb_app.core.platform import write_failures
    from kb_app.ui.look.coop_map_view import svg_image

    path = Path(path)
    problem = write_failures.probe(path.parent, sync=False)  # QPdfWriter fails silently: ask first
    if problem is not None:
        code = errno.ENOSPC if problem == write_failures.DISK_FULL else errno.EROFS
        raise OSError(code, os.strerror(code), str(path.parent))
    doc = paper_document(html, title, sheet_font())  # type: ignore[arg-type]
    for name, svg in maps.items():
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), svg_image(svg, MAP_SCALE))
    tmp = path.with_name(f".{path.name}.tmp")
    writer = QPdfWriter(str(tmp))
    writer.setTitle(title)
    writer.setCreator("kb-app")
    writer.setResolution(PDF_DPI)
    margins = QMarginsF(SHEET_MARGIN_MM, SHEET_MARGIN_MM, SHEET_MARGIN_MM, SHEET_MARGIN_MM)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait, margins, QPageLayout.Unit.Millimeter
        )
    )
    doc.print_(writer)
    del writer  # closes the file
    if not tmp.is_file() or not tmp.stat().st_size:
        tmp.unlink(missing_ok=True)
        raise OSError(errno.EIO, "the PDF could not be written", str(path))
    tmp.replace(path)  # a half-written PDF never has the name the user chose
    return pdf_page_count(path)


def write_kit(kit: Any, folder: Path, progress: Callable[[int, int], None] | None = None) -> list[tuple[Path, int]]:
    """Write the kit's three PDFs into ``folder``: (path, pages) of each. ``progress`` is called
    before each file (a cancelled task raises there)."""
    from kb_app.core.workshop.kit import MAP_URL, kit_documents, kit_maps

    maps = kit_maps(kit)
    documents = kit_documents(kit)
    written = []
    for done, (name, title, html) in enumerate(documents):
        if progress is not None:
            progress(done, len(documents))
        written.append((folder / name, write_kit_pdf(html, title, folder / name, maps if MAP_URL in html else None)))
    if progress is not None:
        progress(len(documents), len(documents))
    return written
