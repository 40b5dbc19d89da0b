"""What a new library changed: changed contact details first and highlighted (a changed phone
number is what a social worker must notice), then changed documents with old and new values and
a word-level difference of changed paragraphs, then added and removed documents. Field names are
shown in the UI's language."""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QSize, QUrl
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QVBoxLayout, QWidget

from kb_app.ui.look import doc_type_names
from kb_app.ui.look.code_names import type_names
from kb_app.ui.look.safe_resources import SafeTextBrowser
from kb_app.ui.look.screen_fit import fit_dialog
from kb_app.ui.look.theme import is_dark, reader_css
from kb_app.ui.shared.context import AppContext


class Changes(QObject):
    """Plural strings of this module: lupdate recognises a plural only as ``self.tr(text, "", n)``.

    The class name is the translation context the module's other strings use.
    """

    def documents(self, count: int) -> str:
        return self.tr("{0}: %n document(s).", "", count)


def field_names() -> dict[str, str]:
    """The words for the content's field codes, as the document types declare them (kb_app.core.content.doctypes)."""
    return {code: QCoreApplication.translate("Changes", text) for code, text in doc_type_names.FIELD_NAMES.items()}


def _colours() -> dict[str, str]:
    if is_dark():
        return {"removed": "#ff8a80", "added": "#a5d6a7", "important": "#4a3b10", "border": "#ffb74d"}
    return {"removed": "#b3261e", "added": "#1b5e20", "important": "#fff4d6", "border": "#a04000"}


def _segments_html(paragraph: Any, colours: dict[str, str]) -> str:
    parts = []
    for segment in paragraph:
        text = escape(segment.text)
        if segment.kind == "removed":
            parts.append(f'<span style="color:{colours["removed"]}; text-decoration: line-through">{text}</span>')
        elif segment.kind == "added":
            parts.append(
                f'<span style="color:{colours["added"]}; font-weight: bold; text-decoration: underline">{text}</span>'
            )
        elif segment.kind == "gap":
            parts.append(f"… {text}".strip() if text else "…")
        else:
            parts.append(text)
    return " ".join(parts)


def _field_html(change: Any, names: dict[str, str], colours: dict[str, str]) -> str:
    from kb_app.core.packs.library_changes import field_label

    name = escape(names.get(change.field) or field_label(change.field))
    if change.paragraphs:
        rows = "".join(f"<li>{_segments_html(p, colours)}</li>" for p in change.paragraphs)
        return f"<li>{name}:<ul>{rows}</ul></li>"
    if change.old is None and change.new is None:
        return f"<li>{name}</li>"
    if getattr(change, "label", ""):
        name += f" — {escape(change.label)}"  # which of the contact's numbers: the line names it
    # Only a value that went is struck through; an added entry has nothing to strike.
    old = (
        f'<span style="color:{colours["removed"]}; text-decoration: line-through">{escape(change.old)}</span>'
        if change.old is not None
        else "—"
    )
    line = f"{name}: {old} → <b>{escape(change.new or '—')}</b>"
    if change.important:
        return f'<li><span style="background-color:{colours["important"]}">⚠ <b>{line}</b></span></li>'
    return f"<li>{line}</li>"


def changes_html(summary: Any) -> str:
    names = type_names()
    fields = field_names()
    colours = _colours()
    parts = []
    if summary.first_install:
        parts.append(
            "<h2>{}</h2><p>{}</p>".format(
                escape(QCoreApplication.translate("Changes", "Library installed")),
                escape(Changes().documents(summary.total).format(summary.new_label or "")),
            )
        )
        return "".join(parts)
    heading = (
        QCoreApplication.translate("Changes", "The library is replaced by another one")
        if getattr(summary, "replaced", False)
        else QCoreApplication.translate("Changes", "Content updated")
    )
    parts.append(f"<h2>{escape(heading)}</h2>")
    if summary.old_label or summary.new_label:
        parts.append(f"<p>{escape(summary.old_label or '?')} → <b>{escape(summary.new_label or '?')}</b></p>")
    if summary.is_empty:
        none = QCoreApplication.translate("Changes", "No documents were added, removed or changed.")
        parts.append(f"<p>{escape(none)}</p>")
        return "".join(parts)

    def doc_list(title: str, refs: Any, link: bool, important: bool = False) -> None:
        if not refs:
            return
        heading = f"<h3>{escape(title)} ({len(refs)})</h3>"
        if important:
            heading = (
                f'<table width="100%" cellpadding="6" style="background-color:{colours["important"]}; '
                f'border: 2px solid {colours["border"]}"><tr><td>{heading}<p>'
                + escape(
                    QCoreApplication.translate(
                        "Changes", "Check these before you give a number or an address to anyone."
                    )
                )
                + "</p>"
            )
        parts.append(heading + "<ul>")
        for ref in refs:
            label = escape(ref.title)
            if link:
                label = f'<a href="kb:{escape(ref.id)}">{label}</a>'
            parts.append(f'<li>{label} <span class="muted">({escape(names.get(ref.type, ref.type))})</span>')
            changes = [f for f in getattr(ref, "fields", ()) if f.important == important]
            if changes:
                parts.append("<ul>" + "".join(_field_html(f, fields, colours) for f in changes) + "</ul>")
            parts.append("</li>")
        parts.append("</ul>" + ("</td></tr></table>" if important else ""))

    doc_list(QCoreApplication.translate("Changes", "Changed contact details"), summary.important, True, True)
    # The contact details shown above are not repeated: here are the other changes.
    others = [doc for doc in summary.changed if any(not f.important for f in doc.fields) or not doc.fields]
    doc_list(QCoreApplication.translate("Changes", "Changed"), others, True)
    doc_list(QCoreApplication.translate("Changes", "Added"), summary.added, True)
    doc_list(QCoreApplication.translate("Changes", "Removed"), summary.removed, False)
    return "".join(parts)


class ChangesDialog(QDialog):
    def __init__(self, summary: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("What changed in the library"))
        self.view = SafeTextBrowser(self)
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
        fit_dialog(self, QSize(560, 480))

    def _open(self, url: QUrl) -> None:
        opener = getattr(self.parentWidget(), "open_location", None)
        if url.scheme() == "kb" and callable(opener):
            opener(url.path())
            self.accept()


def show_last_changes(ctx: AppContext, parent: QWidget) -> None:
    from kb_app.core.packs.install import last_changes
    from kb_app.core.platform.errors import KbError

    try:
        summary = last_changes(ctx.paths.library_root)
    except KbError as exc:
        QMessageBox.warning(parent, QCoreApplication.translate("Changes", "What changed"), str(exc))
        return
    if summary is None:
        QMessageBox.information(
            parent,
            QCoreApplication.translate("Changes", "What changed"),
            QCoreApplication.translate("Changes", "There is no record of changes for the library in use."),
        )
        return
    ChangesDialog(summary, parent).exec()
