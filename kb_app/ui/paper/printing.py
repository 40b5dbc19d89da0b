"""Printing and PDF export of a page or a checklist summary.

Both start from the page's HTML and lay it out again with a print style sheet (paper is white
even when the screen is dark). PDF export runs as a task: a QTextDocument is reentrant and
QPdfWriter paints without the GUI, so the document is built and printed inside the worker
thread from a copy of the HTML, and the window stays responsive for long documents.
A physical printer is driven from the GUI thread, as QPrintDialog and native printers require.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF
from PySide6.QtGui import QFont, QPageLayout
from PySide6.QtWidgets import QWidget

from kb_app.ui.paper.sheet_pdf import (
    SHEET_MARGIN_MM,
    handout_font,
    is_handout,
    paginate_sheet,
    paper_document,
    write_pdf,
)
from kb_app.ui.shared.context import AppContext
from kb_app.ui.shared.tasks import Cancelled, ProgressDialog, Task, TaskContext


def suggested_name(title: str) -> str:
    """The PDF's file name from its title."""
    safe = "".join(ch if ch.isalnum() or ch in " -_" else "_" for ch in title).strip() or "document"
    return f"{safe[:80]}.pdf"


def export_pdf(
    parent: QWidget,
    ctx: AppContext,
    html: str,
    title: str,
    path: str | None = None,
    *,
    font: QFont | None = None,
    margin_mm: float = 18,
    whole_rows: bool = False,
) -> Task | None:
    if path is None:
        from kb_app.ui.look.folders import ask_save

        path = ask_save(
            parent,
            ctx.settings,
            "pdf",
            QCoreApplication.translate("Printing", "Export as PDF"),
            suggested_name(title),
            QCoreApplication.translate("Printing", "PDF files (*.pdf)"),
        )
        if path is None:
            return None
    target = Path(path if path.lower().endswith(".pdf") else path + ".pdf").absolute()
    font = QFont(font if font is not None else parent.font())
    window = parent.window()
    show = getattr(window, "show_message", None)

    def work(task: TaskContext) -> Path:
        task.check()
        return write_pdf(html, title, target, font, margin_mm, whole_rows)

    def done(result: Path) -> None:
        from kb_app.ui.look.saved_notice import announce_saved

        announce_saved(window, result, QCoreApplication.translate("Printing", "Saved {0}").format(result))

    def failed(exc: BaseException) -> None:
        if callable(show) and not isinstance(exc, Cancelled):
            show(pdf_failure_text(exc))

    label = QCoreApplication.translate("Printing", "Writing {0}…").format(target.name)
    dialog = ProgressDialog(window, QCoreApplication.translate("Printing", "Export as PDF"), label)
    return ctx.tasks.start(work, on_done=done, on_error=failed, progress=dialog)


def pdf_failure_text(exc: BaseException) -> str:
    """Why a PDF could not be written, in plain words (a full disk, a read-only folder)."""
    from kb_app.core.platform import write_failures

    if isinstance(exc, OSError):
        code = write_failures.classify(exc)
        if code == write_failures.DISK_FULL:
            return QCoreApplication.translate("Printing", "Could not save the PDF: the disk is full.")
        if code == write_failures.READ_ONLY:
            return QCoreApplication.translate(
                "Printing",
                "Could not save the PDF: that folder cannot be written "
                "(read-only or no permission). Choose another folder.",
            )
    return QCoreApplication.translate("Printing", "Could not save the PDF: {0}").format(exc)


def print_document(
    parent: QWidget, html: str, title: str, *, font: QFont | None = None, margin_mm: float | None = None
) -> bool:
    """Print through the system's dialog; a ``margin_mm`` (the sheets) lays the page out as the PDF
    does, so paper and PDF match."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("Printing", "Print"))
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    doc = paper_document(html, title, handout_font(html, title, QFont(font if font is not None else parent.font())))
    if margin_mm is None and is_handout(html):
        margin_mm = SHEET_MARGIN_MM  # paper as the PDF: the size was chosen for that layout
    if margin_mm is not None:
        printer.setPageMargins(QMarginsF(margin_mm, margin_mm, margin_mm, margin_mm), QPageLayout.Unit.Millimeter)
        paginate_sheet(doc, printer)
    doc.print_(printer)
    return True
