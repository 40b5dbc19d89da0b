"""What the reader shows for a location: a document page, or the municipality's own page.

The HTML layout is in :mod:`kb_app.ui.reader.reader_pages`; this class gathers the records from the library and
notes store and the translated words for it.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from kb_app.core.platform.errors import NotFoundError
from kb_app.core.platform.textsafe import escape_html as escape
from kb_app.ui.look.code_names import type_names
from kb_app.ui.look.list_text import local_time
from kb_app.ui.reader.reader_pages import HOME, NoteView, document_page, home_page, message_page
from kb_app.ui.shared.context import AppContext


def _plain_html(body: str) -> str:
    """A note on the municipality page: its text as written (formatted in the notes panel)."""
    return "<p>" + escape(body).replace("\n", "<br>") + "</p>"


class PageSource(QObject):
    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx

    def render(self, location: str) -> tuple[str, str] | None:
        """(window title, HTML) for ``location``; None if the library has no such document."""
        library = self.ctx.library
        if location == HOME:
            return self._home_page()
        if library is None:
            return None
        try:
            doc = library.document(location)
        except NotFoundError:
            return None
        linking = set(library.backlinks(doc.id))
        backlinks = [d for d in library.documents() if d.id in linking] if linking else []
        labels = {"updated": self.tr("updated {0}"), "backlinks": self.tr("Pages that link here")}
        html = document_page(
            doc,
            labels=labels,
            type_names=type_names(),
            backlinks=backlinks,
            municipality_name=self.ctx.municipality_name(doc.municipality) if doc.municipality else "",
        )
        return doc.title, html

    def _home_page(self) -> tuple[str, str]:
        library, ctx = self.ctx.library, self.ctx
        name = ctx.municipality_name()
        if library is None:
            return self.tr("Library"), message_page(
                self.tr("Preparing the library"), self.tr("The library is being installed; this takes a moment.")
            )
        code = ctx.prefs.municipality
        notes = []
        if ctx.notes is not None and code:
            notes = [
                NoteView(_plain_html(n.body), local_time(n.updated_at))
                for n in ctx.notes.notes_for(municipality=code, doc_id=None)
            ]
        labels = {
            "no_municipality": self.tr("My municipality"),
            "home_intro": self.tr(
                "Your municipality's page: local documents, quick starts, and your own "
                "notes on local procedures and contacts (in the “My notes” panel)."
            ),
            "quick": self.tr("Start here"),
            "contacts": self.tr("Contacts: whom to call"),
            "checklist": self.tr("Indicator checklist: what did you notice?"),
            "workshop": self.tr("Workshop mode for trainers"),
            "indicator_sets": self.tr("Indicator sets"),
            "local": self.tr("Local documents"),
            "no_local": self.tr("The library has no documents specific to this municipality."),
            "notes": self.tr("My notes on this page"),
            "no_notes": self.tr("No notes yet. Add one in the notes panel (Ctrl+N)."),
            "scenarios": self.tr("Workshop scenarios"),
        }
        html = home_page(
            municipality_name=name,
            labels=labels,
            type_names=type_names(),
            local_docs=library.documents(municipality=code) if code else [],
            indicator_sets=library.documents(doc_type="indicators"),
            scenarios=library.documents(doc_type="scenario"),
            notes=notes,
        )
        return name or labels["no_municipality"], html
