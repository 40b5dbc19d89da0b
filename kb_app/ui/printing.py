"""Printing and PDF export of a page or a checklist summary.

Both start from the page's HTML and lay it out again with a print style sheet (paper is white
even when the screen is dark). PDF export runs as a task: a QTextDocument is reentrant and
QPdfWriter paints without the GUI, so the document is built and printed inside the worker
thread from a copy of the HTML, and the window stays responsive for long documents.
A physical printer is driven from the GUI thread, as QPrintDialog and native printers require.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QCoreApplication, QIODevice, QMarginsF
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import QFileDialog, QWidget

from kb_app.ui.context import AppContext
from kb_app.ui.safe_resources import SafeTextDocument
from kb_app.ui.tasks import Cancelled, ProgressDialog, Task, TaskContext
from kb_app.ui.theme import print_css

PDF_DPI = 300


def _document(html: str, title: str, font: QFont | None = None) -> QTextDocument:
    doc = SafeTextDocument()  # a printout loads no file or URL the page names
    doc.setDefaultStyleSheet(print_css())
    if font is not None:
        doc.setDefaultFont(font)
    doc.setHtml(html)
    doc.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, title)
    return doc


def write_pdf(html: str, title: str, path: Path, font: QFont | None = None, margin_mm: float = 18,
              whole_rows: bool = False) -> Path:
    """Lay out ``html`` on A4 and write it to ``path`` (safe to call from a worker thread).

    QTextDocument.print_ adds its own 2 cm inside ``margin_mm``; ``whole_rows`` (the one-page
    sheets) lays the page out here instead, inside ``margin_mm`` only, and moves a table that
    would be cut by a page break to the next page (kb_app.ui.sheet_pdf)."""
    from kb_app.core import write_failures

    # QPdfWriter fails silently on a full disk or a read-only folder: find out first, in words.
    problem = write_failures.probe(path.parent, sync=False)
    if problem is not None:
        code = errno.ENOSPC if problem == write_failures.DISK_FULL else errno.EROFS
        raise OSError(code, os.strerror(code), str(path.parent))
    font = _handout_font(html, title, font)
    if _is_handout(html):  # laid out exactly as handout_point_size measured it, wherever it is written
        margin_mm, whole_rows = _handout_margin_mm(), True
    tmp = path.with_name(f".{path.name}.tmp")
    _print_a4(html, title, str(tmp), font, margin_mm, whole_rows)
    if not tmp.is_file() or not tmp.stat().st_size:
        tmp.unlink(missing_ok=True)
        raise OSError(errno.EIO, "the PDF could not be written", str(path))
    tmp.replace(path)  # a half-written PDF never has the name the user chose
    return path


def _is_handout(html: str) -> bool:
    from kb_app.core.handout import HANDOUT_MARK

    return html.lstrip().startswith(HANDOUT_MARK)


def _handout_margin_mm() -> float:
    from kb_app.ui.sheet_pdf import SHEET_MARGIN_MM

    return SHEET_MARGIN_MM


def _handout_font(html: str, title: str, font: QFont | None) -> QFont | None:
    """A client handout's text as large as one page allows (:mod:`kb_app.ui.sheet_pdf`); any other
    page keeps ``font``."""
    if not _is_handout(html):
        return font
    from kb_app.ui.sheet_pdf import handout_point_size, sheet_font

    sized: QFont = sheet_font(handout_point_size(html, title))  # type: ignore[assignment]
    return sized


def _print_a4(html: str, title: str, target: str | QBuffer, font: QFont | None, margin_mm: float,
              whole_rows: bool = False) -> None:
    """Lay out ``html`` on A4 pages of a PDF written to a file name or an open buffer."""
    writer = QPdfWriter(target)
    writer.setTitle(title)
    writer.setCreator("kb-app")
    writer.setResolution(PDF_DPI)
    margins = QMarginsF(margin_mm, margin_mm, margin_mm, margin_mm)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     margins, QPageLayout.Unit.Millimeter))
    doc = _document(html, title, font)
    if whole_rows:
        from kb_app.ui.sheet_pdf import paginate_sheet

        paginate_sheet(doc, writer)
    doc.print_(writer)
    del writer  # closes the file


def pdf_bytes(html: str, title: str, font: QFont | None = None, margin_mm: float = 18,
              whole_rows: bool = False) -> bytes:
    """The PDF ``write_pdf`` would write, in memory (to measure a layout before writing it)."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    _print_a4(html, title, buffer, font, margin_mm, whole_rows)
    buffer.close()
    return bytes(buffer.data().data())


def suggested_path(title: str, settings: Any = None) -> str:
    """The PDF's file name from its title, in the folder PDFs were last saved to (else Documents)."""
    from kb_app.ui.folders import start_path

    safe = "".join(ch if ch.isalnum() or ch in " -_" else "_" for ch in title).strip() or "document"
    return start_path(settings, "pdf", f"{safe[:80]}.pdf")


def export_pdf(parent: QWidget, ctx: AppContext, html: str, title: str, path: str | None = None, *,
               font: QFont | None = None, margin_mm: float = 18, whole_rows: bool = False) -> Task | None:
    if path is None:
        path, _ = QFileDialog.getSaveFileName(parent, QCoreApplication.translate("Printing", "Export as PDF"),
                                              suggested_path(title, ctx.settings),
                                              QCoreApplication.translate("Printing", "PDF files (*.pdf)"))
        if not path:
            return None
        from kb_app.ui.folders import remember

        remember(ctx.settings, "pdf", path)
    target = Path(path if path.lower().endswith(".pdf") else path + ".pdf").absolute()
    font = QFont(font if font is not None else parent.font())
    window = parent.window()
    show = getattr(window, "show_message", None)

    def work(task: TaskContext) -> Path:
        task.check()
        return write_pdf(html, title, target, font, margin_mm, whole_rows)

    def done(result: Path) -> None:
        from kb_app.ui.saved_notice import announce_saved

        announce_saved(window, result, QCoreApplication.translate("Printing", "Saved {0}").format(result))

    def failed(exc: BaseException) -> None:
        if callable(show) and not isinstance(exc, Cancelled):
            show(pdf_failure_text(exc))

    label = QCoreApplication.translate("Printing", "Writing {0}…").format(target.name)
    dialog = ProgressDialog(window, QCoreApplication.translate("Printing", "Export as PDF"), label)
    return ctx.tasks.start(work, on_done=done, on_error=failed, progress=dialog)


def pdf_failure_text(exc: BaseException) -> str:
    """Why a PDF could not be written, in plain words (a full disk, a read-only folder)."""
    from kb_app.core import write_failures

    if isinstance(exc, OSError):
        code = write_failures.classify(exc)
        if code == write_failures.DISK_FULL:
            return QCoreApplication.translate("Printing", "Could not save the PDF: the disk is full.")
        if code == write_failures.READ_ONLY:
            return QCoreApplication.translate("Printing", "Could not save the PDF: that folder cannot be written "
                                                          "(read-only or no permission). Choose another folder.")
    return QCoreApplication.translate("Printing", "Could not save the PDF: {0}").format(exc)


def print_document(parent: QWidget, html: str, title: str, *, font: QFont | None = None,
                   margin_mm: float | None = None) -> bool:
    """Print through the system's dialog; a ``margin_mm`` (the sheets) lays the page out as the PDF
    does, so paper and PDF match."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("Printing", "Print"))
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    doc = _document(html, title, _handout_font(html, title, QFont(font if font is not None else parent.font())))
    if margin_mm is None and _is_handout(html):
        margin_mm = _handout_margin_mm()  # paper as the PDF: the size was chosen for that layout
    if margin_mm is not None:
        from kb_app.ui.sheet_pdf import paginate_sheet

        printer.setPageMargins(QMarginsF(margin_mm, margin_mm, margin_mm, margin_mm), QPageLayout.Unit.Millimeter)
        paginate_sheet(doc, printer)
    doc.print_(printer)
    return True
