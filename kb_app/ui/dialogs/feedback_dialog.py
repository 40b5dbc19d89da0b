"""'Report a problem with this page': a worker tells the trainer that a number does not answer or a
page is out of date. The report (document id, library version, free text) is kept in the user's
database; "Export for the trainer…" writes the kb-app-feedback file of the project's interface
contract (docs/interface-contract.md §5), the same as ``kb-app feedback export``. The dialog reminds
that no client data belongs in a report."""

from __future__ import annotations

from datetime import datetime
from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kb_app.ui.look.screen_fit import fit_dialog
from kb_app.ui.shared.context import AppContext
from kb_app.ui.shared.i18n import QT_TRANSLATE_NOOP

# One sentence per FeedbackRefused.code a report typed in the window can meet.
REPORT_REASONS: dict[str, str] = {
    "empty_text": QT_TRANSLATE_NOOP("Feedback", "Write what is wrong on the page first."),
    "text_too_long": QT_TRANSLATE_NOOP("Feedback", "The report is too long; keep it to a few sentences."),
    "bad_doc_id": QT_TRANSLATE_NOOP("Feedback", "This page cannot be reported."),
    "write_failed": QT_TRANSLATE_NOOP(
        "Feedback", "The file could not be written (is the disk full or the folder read-only?)."
    ),
}


def reason_text(exc: BaseException) -> str:
    source = REPORT_REASONS.get(str(getattr(exc, "code", "")))
    return QCoreApplication.translate("Feedback", source) if source else str(exc)


class ReportProblemDialog(QDialog):
    def __init__(self, ctx: AppContext, doc_id: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.doc_id = doc_id
        self.saved: Any = None
        library = ctx.library
        self.pack_id = str(library.manifest().get("id", "")) if library is not None else ""
        self.pack_version = library.version if library is not None else ""
        self.setWindowTitle(self.tr("Report a problem with this page"))
        about = QLabel(
            self.tr("<b>{0}</b><br>Document: {1} · library version {2}").format(
                escape(title), escape(doc_id), escape(self.pack_version or "—")
            ),
            self,
        )
        about.setWordWrap(True)
        self.reminder = QLabel(
            self.tr(
                "Do not write a client's name or anything else about a client here. The "
                "report goes to your trainer so that the page can be corrected."
            ),
            self,
        )
        self.reminder.setWordWrap(True)
        self.reminder.setProperty("class", "reminder")
        self.reminder.setStyleSheet("font-weight: bold")
        self.text = QPlainTextEdit(self)
        self.text.setPlaceholderText(self.tr("What is wrong? For example: the phone number does not answer."))
        self.text.setAccessibleName(self.tr("What is wrong on this page"))
        self.text.setTabChangesFocus(True)
        self.export_button = QPushButton(self.tr("&Export reports for the trainer…"), self)
        self.export_button.clicked.connect(self.export)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addWidget(self.reminder)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        if not ctx.can_write or ctx.userdata is None:
            self.text.setEnabled(False)
            self.save_button.setEnabled(False)
            self.reminder.setText(
                self.tr("This window is read-only (the app is open in another window), so it cannot save a report.")
            )
        self.text.setFocus()
        fit_dialog(self, QSize(480, 360))

    def _store(self) -> Any:
        from kb_app.core.userdata.feedback import FeedbackStore

        userdata = self._ctx.userdata
        assert userdata is not None  # Save and Export do nothing without it
        return FeedbackStore(userdata)

    def accept(self) -> None:
        from kb_app.core.operations import report_problem
        from kb_app.core.platform.errors import KbError

        if self._ctx.userdata is None:  # read-only: Save is off, and Enter must not reach it either
            return
        store, text = self._store(), self.text.toPlainText()
        try:
            self.saved = self._ctx.run_op(
                lambda _task: report_problem(store, self.doc_id, text, self.pack_id, self.pack_version)
            ).value
        except KbError as exc:
            QMessageBox.warning(self, self.tr("Report not saved"), reason_text(exc))
            return
        show = getattr(self.parentWidget(), "show_message", None)
        if callable(show):
            show(self.tr("Report saved. Export the reports for your trainer from this dialog."))
        super().accept()

    def export(self, path: str | None = None) -> int | None:
        from kb_app.core.platform.errors import KbError
        from kb_app.core.userdata.feedback import export_feedback

        if self._ctx.userdata is None:
            return None
        if not path:
            from kb_app.ui.look.folders import ask_save

            path = ask_save(
                self,
                self._ctx.settings,
                "feedback",
                self.tr("Export reports for the trainer"),
                f"kb-app-feedback-{datetime.now():%Y-%m-%d}.json",
                self.tr("Feedback files (*.json)"),
            )
            if path is None:
                return None
        try:
            count = export_feedback(
                self._store(), Path(path), self.pack_id, self.pack_version, self._ctx.prefs.municipality or None
            )
        except (KbError, OSError) as exc:
            QMessageBox.warning(self, self.tr("Export failed"), reason_text(exc))
            return None
        from kb_app.ui.look.saved_notice import announce_saved

        target = Path(path).absolute()
        announce_saved(
            self, target, self.tr("Reports written to {1}: {0}. Send this file to your trainer.").format(count, target)
        )
        return count


def report_problem(ctx: AppContext, parent: QWidget, location: str) -> ReportProblemDialog | None:
    """Open the dialog for the document shown at ``location``; None when no document is shown."""
    doc_id = location.partition("#")[0]
    library = ctx.library
    if library is None or not doc_id or not library.has(doc_id):
        show = getattr(parent, "show_message", None)
        if callable(show):
            show(QCoreApplication.translate("Feedback", "Open a document first, then report a problem with it."))
        return None
    dialog = ReportProblemDialog(ctx, doc_id, library.titles().get(doc_id, doc_id), parent)
    dialog.open()
    return dialog
