"""Sheets (referral, handout) as PDF without a window: what the command line uses.

The layout is the app's own (QTextDocument on QPdfWriter, written here for the window's
:mod:`kb_app.ui.paper.printing` too), so the command line and the window give the same paper. Only a
QGuiApplication is needed (fonts and layout), and on a machine without a display the offscreen
platform is used.
"""

from __future__ import annotations

import errno
import os
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from PySide6.QtCore import QBuffer
    from PySide6.QtGui import QFont, QTextDocument

# Families with Latvian, Russian and Ukrainian letters, tried in order before Qt's own fallback:
# DejaVu is what scripts/bootstrap.sh installs on Linux; the others ship with Windows and macOS.
SHEET_FAMILIES = ["DejaVu Sans", "Noto Sans", "Segoe UI", "Arial", "Helvetica"]
SHEET_POINT_SIZE = 8.5
SHEET_MIN_POINT_SIZE = 7.0  # a sheet set smaller to fit one page is still read without a lens (DejaVu Sans)
SHEET_SHRINK_STEP = 0.25
# The sheet is laid out by paginate_sheet, not with QTextDocument.print_'s own 2 cm: office
# printers print to 4-5 mm from the edge, and 10 mm (was 12) lets a four-set sheet fit one page.
SHEET_MARGIN_MM = 10.0
_PAGE_RE = re.compile(rb"/Type\s*/Page(?![a-zA-Z])")


def ensure_gui_application() -> object:
    """The running QGuiApplication, or a new one; offscreen when there is no display."""
    no_display = sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    )
    if no_display:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance()
    return app if app is not None else QGuiApplication(["kb-app"])


# A client reads the handout, often without glasses and in a second language: its text is as large
# as still fits one page, never under 11 pt (issue 21, row 10).
HANDOUT_MIN_POINT_SIZE = 11.0
HANDOUT_MAX_POINT_SIZE = 16.0


def sheet_font(point_size: float = SHEET_POINT_SIZE) -> QFont:
    from PySide6.QtGui import QFont

    font = QFont()
    font.setFamilies(SHEET_FAMILIES)
    font.setPointSizeF(point_size)
    return font


def handout_point_size(html: str, title: str) -> float:
    """The largest size, in half points from 11 to 16 pt, at which ``html`` stays on one A4 page
    (11 pt when even that takes more: the text never gets smaller than a client can read)."""
    ensure_gui_application()

    def fits(size: float) -> bool:
        pdf = pdf_bytes(html, title, sheet_font(size), SHEET_MARGIN_MM, whole_rows=True)  # type: ignore[arg-type]
        return len(_PAGE_RE.findall(pdf)) <= 1

    low, high = int(HANDOUT_MIN_POINT_SIZE * 2), int(HANDOUT_MAX_POINT_SIZE * 2)
    if not fits(low / 2):
        return HANDOUT_MIN_POINT_SIZE
    while low < high:  # fits(low / 2) holds throughout
        middle = (low + high + 1) // 2
        if fits(middle / 2):
            low = middle
        else:
            high = middle - 1
    return low / 2


def paginate_sheet(doc: Any, device: Any) -> None:
    """Lay ``doc`` out in pages of ``device`` (a QPdfWriter or QPrinter whose margins are set).

    Every table a page break would cut starts on a new page: a contact whose number is on one
    page and whose name is on the next is misread (a table taller than a page is left to split).
    A sheet that then runs a little over one page is set a little smaller, not below
    :data:`SHEET_MIN_POINT_SIZE`, when that makes it one page. ``print_`` then prints the
    document as laid out here (its page size is set), scaled 1:1."""
    from PySide6.QtCore import QSizeF

    doc.documentLayout().setPaintDevice(device)
    doc.setPageSize(QSizeF(device.width(), device.height()))
    _keep_tables_whole(doc)
    if doc.pageCount() <= 1:
        return
    font = doc.defaultFont()
    start = size = font.pointSizeF()
    while size - SHEET_SHRINK_STEP >= SHEET_MIN_POINT_SIZE - 1e-9:
        size -= SHEET_SHRINK_STEP
        font.setPointSizeF(size)
        doc.setDefaultFont(font)
        _keep_tables_whole(doc)
        if doc.pageCount() <= 1:
            return
    font.setPointSizeF(start)  # too long for one page at a readable size: the normal size, on more pages
    doc.setDefaultFont(font)
    _keep_tables_whole(doc)


def _keep_tables_whole(doc: Any, rounds: int = 50) -> None:
    from PySide6.QtGui import QTextFormat, QTextTable

    layout = doc.documentLayout()
    tables = [f for f in doc.rootFrame().childFrames() if isinstance(f, QTextTable)]
    for table in tables:  # from scratch: a smaller font moves the page breaks
        fmt = table.format()
        if fmt.pageBreakPolicy():
            fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_Auto)
            table.setFormat(fmt)
    page = doc.pageSize().height()
    for _ in range(rounds):  # each move shifts what follows; a sheet needs a handful at most
        for table in tables:
            box = layout.frameBoundingRect(table)
            first, last = int(box.top() // page), int((box.bottom() - 1) // page)
            fmt = table.format()
            if first != last and box.height() < page and not fmt.pageBreakPolicy():
                fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                table.setFormat(fmt)
                break
        else:
            return


def pdf_page_count(path: Path) -> int:
    """Pages of a PDF Qt wrote (its page objects are never compressed into object streams)."""
    return len(_PAGE_RE.findall(Path(path).read_bytes()))


def write_sheet_pdf(html: str, title: str, path: Path) -> int:
    """Write ``html`` to ``path`` as an A4 PDF; returns the number of pages."""
    ensure_gui_application()
    write_pdf(html, title, Path(path), sheet_font(), SHEET_MARGIN_MM, whole_rows=True)  # type: ignore[arg-type]
    return pdf_page_count(path)


# -- A4 PDFs: the window's export and print, and the command line's sheets ------------------------
PDF_DPI = 300


def paper_document(html: str, title: str, font: QFont | None = None) -> QTextDocument:
    from PySide6.QtGui import QTextDocument

    from kb_app.ui.look.safe_resources import SafeTextDocument
    from kb_app.ui.look.theme import print_css

    doc = SafeTextDocument()  # a printout loads no file or URL the page names
    doc.setDefaultStyleSheet(print_css())
    if font is not None:
        doc.setDefaultFont(font)
    doc.setHtml(html)
    doc.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, title)
    return doc


def write_pdf(
    html: str, title: str, path: Path, font: QFont | None = None, margin_mm: float = 18, whole_rows: bool = False
) -> Path:
    """Lay out ``html`` on A4 and write it to ``path`` (safe to call from a worker thread).

    QTextDocument.print_ adds its own 2 cm inside ``margin_mm``; ``whole_rows`` (the one-page
    sheets) lays the page out here instead, inside ``margin_mm`` only, and moves a table that
    would be cut by a page break to the next page (paginate_sheet)."""
    from kb_app.core.platform import write_failures

    # QPdfWriter fails silently on a full disk or a read-only folder: find out first, in words.
    problem = write_failures.probe(path.parent, sync=False)
    if problem is not None:
        code = errno.ENOSPC if problem == write_failures.DISK_FULL else errno.EROFS
        raise OSError(code, os.strerror(code), str(path.parent))
    font = handout_font(html, title, font)
    if is_handout(html):  # laid out exactly as handout_point_size measured it, wherever it is written
        margin_mm, whole_rows = SHEET_MARGIN_MM, True
    tmp = path.with_name(f".{path.name}.tmp")
    _print_a4(html, title, str(tmp), font, margin_mm, whole_rows)
    if not tmp.is_file() or not tmp.stat().st_size:
        tmp.unlink(missing_ok=True)
        raise OSError(errno.EIO, "the PDF could not be written", str(path))
    tmp.replace(path)  # a half-written PDF never has the name the user chose
    return path


def is_handout(html: str) -> bool:
    from kb_app.core.desk.handout import HANDOUT_MARK

    return html.lstrip().startswith(HANDOUT_MARK)


def handout_font(html: str, title: str, font: QFont | None) -> QFont | None:
    """A client handout's text as large as one page allows (handout_point_size); any other page
    keeps ``font``."""
    if not is_handout(html):
        return font
    sized: QFont = sheet_font(handout_point_size(html, title))  # type: ignore[assignment]
    return sized


def _print_a4(
    html: str, title: str, target: str | QBuffer, font: QFont | None, margin_mm: float, whole_rows: bool = False
) -> None:
    """Lay out ``html`` on A4 pages of a PDF written to a file name or an open buffer."""
    from PySide6.QtCore import QMarginsF
    from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter

    writer = QPdfWriter(target)
    writer.setTitle(title)
    writer.setCreator("kb-app")
    writer.setResolution(PDF_DPI)
    margins = QMarginsF(margin_mm, margin_mm, margin_mm, margin_mm)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait, margins, QPageLayout.Unit.Millimeter
        )
    )
    doc = paper_document(html, title, font)
    if whole_rows:
        paginate_sheet(doc, writer)
    doc.print_(writer)
    del writer  # closes the file


def pdf_bytes(
    html: str, title: str, font: QFont | None = None, margin_mm: float = 18, whole_rows: bool = False
) -> bytes:
    """The PDF ``write_pdf`` would write, in memory (to measure a layout before writing it)."""
    from PySide6.QtCore import QBuffer, QIODevice

    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    _print_a4(html, title, buffer, font, margin_mm, whole_rows)
    buffer.close()
    return bytes(buffer.data().data())
