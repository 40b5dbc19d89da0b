"""What a new library changed: added, removed and changed documents, with old and new values of
contact fields (a changed phone number is what a social worker must notice)."""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QUrl
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QTextBrowser, QVBoxLayout, QWidget

from kb_app.ui.context import AppContext
from kb_app.ui.labels import type_names
from kb_app.ui.theme import reader_css


class Changes(QObject):
    """Plural strings of this module: lupdate recognises a plural only as ``self.tr(text, "", n)``.

    The class name is the translation context the module's other strings use.
    """

    def documents(self, count: int) -> str:
        return self.tr("{0}: %n document(s).", "", count)


def changes_html(summary: Any) -> str:
    names = type_names()
    parts = []
    if summary.first_install:
        parts.append("<h2>{}</h2><p>{}</p>".format(
            escape(QCoreApplication.translate("Changes", "Library installed")),
            escape(Changes().documents(summary.total).format(summary.new_label or ""))))
        return "".join(parts)
    parts.append("<h2>{}</h2>".format(escape(QCoreApplication.translate("Changes", "Content updated"))))
    if summary.old_label or summary.new_label:
        parts.append(f"<p>{escape(summary.old_label or '?')} → <b>{escape(summary.new_label or '?')}</b></p>")
    if summary.is_empty:
        none = QCoreApplication.translate("Changes", "No documents were added, removed or changed.")
        parts.append(f"<p>{escape(none)}</p>")
        return "".join(parts)

    def doc_list(title: str, refs: Any, link: bool) -> None:
        if not refs:
            return
        parts.append(f"<h3>{escape(title)} ({len(refs)})</h3><ul>")
        for ref in refs:
            label = escape(ref.title)
            if link:
                label = f'<a href="kb:{escape(ref.id)}">{label}</a>'
            parts.append(f'<li>{label} <span class="muted">({escape(names.get(ref.type, ref.type))})</span>')
            fields = getattr(ref, "fields", ())
            if fields:
                parts.append("<ul>")
                for f in fields:
                    if f.old is None and f.new is None:
                        parts.append(f"<li>{escape(f.field)}</li>")
                    else:
                        parts.append(f"<li>{escape(f.field)}: {escape(f.old or '—')} → "
                                     f"<b>{escape(f.new or '—')}</b></li>")
                parts.append("</ul>")
            parts.append("</li>")
        parts.append("</ul>")

    doc_list(QCoreApplication.translate("Changes", "Changed"), summary.changed, True)
    doc_list(QCoreApplication.translate("Changes", "Added"), summary.added, True)
    doc_list(QCoreApplication.translate("Changes", "Removed"), summary.removed, False)
    return "".join(parts)


class ChangesDialog(QDialog):
    def __init__(self, summary: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("What changed in the library"))
        self.view = QTextBrowser(self)
        self.view.setOpenLinks(False)
        self.view.setAccessibleName(self.tr("Changes"))
        self.view.document().setDefaultStyleSheet(reader_css())
        self.view.setHtml(changes_html(summary))
        self.view.anchorClicked.connect(self._open)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.resize(560, 480)

    def _open(self, url: QUrl) -> None:
        opener = getattr(self.parentWidget(), "open_location", None)
        if url.scheme() == "kb" and callable(opener):
            opener(url.path())
            self.accept()


def show_last_changes(ctx: AppContext, parent: QWidget) -> None:
    from kb_app.core.errors import KbError
    from kb_app.core.install import last_changes

    try:
        summary = last_changes(ctx.paths.library_root)
    except KbError as exc:
        QMessageBox.warning(parent, QCoreApplication.translate("Changes", "What changed"), str(exc))
        return
    if summary is None:
        QMessageBox.information(parent, QCoreApplication.translate("Changes", "What changed"),
                                QCoreApplication.translate("Changes", "There is no record of changes for the "
                                                                      "library in use."))
        return
    ChangesDialog(summary, parent).exec()
