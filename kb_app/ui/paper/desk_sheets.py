"""The window's side of the desk sheets: the referral sheet of the checklist and the client
handout of the page being read, laid out as one A4 page (see :mod:`kb_app.ui.paper.sheet_pdf`).

The builders are the core's (:mod:`kb_app.core.desk.referral`, :mod:`kb_app.core.desk.handout`), the same
the command line uses; here only the worker's settings are filled in. Nothing is stored.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from kb_app.core.platform.errors import KbError
from kb_app.ui.shared.context import AppContext


def sheet_lang(ctx: AppContext) -> str:
    """The sheet in the UI language when the library's content has that language, else in the
    library's first: its headings are the pack's (kb_app.core.content.labels)."""
    country = ctx.library.country() if ctx.library is not None else None
    if country is None or ctx.prefs.language in country.language_codes():
        return ctx.prefs.language
    return country.main_language()


def referral_printable(ctx: AppContext, set_ids: Sequence[str], ticked: Sequence[str], note: str) -> tuple[str, str]:
    """The referral sheet for every ticked indicator, whatever set it is in; ``set_ids`` are the
    sets named on the sheet even with nothing ticked in them (the one on screen)."""
    from kb_app.core.desk.referral import build_sheet, sheet_html

    library = ctx.library
    if library is None or not (set_ids or ticked):
        return QCoreApplication.translate("Desk", "Referral sheet"), ""
    office: dict[str, Any] = {
        "service": ctx.prefs.service_name,
        "note": note,
        "lang": sheet_lang(ctx),
        "office_contact": ctx.prefs.office_contact,
        "social_service": ctx.prefs.social_service_contact,
        "orphans_court": ctx.prefs.orphans_court_contact,
    }
    try:
        sheet = build_sheet(library, ticked, set_ids=set_ids, municipality=ctx.prefs.municipality or None, **office)
    except KbError:  # a municipality code the installed library no longer knows: leave the line blank
        sheet = build_sheet(library, ticked, set_ids=set_ids, **office)
    return QCoreApplication.translate("Desk", "Referral sheet"), sheet_html(sheet)


def handout_printable(ctx: AppContext, doc_id: str) -> tuple[str, str] | None:
    """The handout sheet when ``doc_id`` is a handout of the library, else None."""
    from kb_app.core.desk.handout import handout_html, library_labels

    library = ctx.library
    if library is None or not library.has(doc_id):
        return None
    doc = library.document(doc_id)
    if doc.type != "handout":
        return None
    html = handout_html(
        doc,
        labels=library_labels(library, doc.lang),
        municipality=ctx.municipality_name() if ctx.prefs.municipality else "",
        service=ctx.prefs.service_name,
        office_contact=ctx.prefs.office_contact,
    )
    return doc.title, html


def save_sheet_pdf(parent: QWidget, ctx: AppContext, title: str, html: str, path: str | None = None) -> Any:
    """Export as PDF with the sheet's own font size and margins (one A4 page for a typical case)."""
    from kb_app.ui.paper import printing
    from kb_app.ui.paper.sheet_pdf import SHEET_MARGIN_MM, sheet_font

    return printing.export_pdf(
        parent,
        ctx,
        html,
        title,
        path,
        font=sheet_font(),  # type: ignore[arg-type]
        margin_mm=SHEET_MARGIN_MM,
        whole_rows=True,
    )
