"""The one-page client handout and its pocket card: a ``handout`` document of the library, in the
client's language, with the help lines from its front matter and the worker's own office (no Qt).

The handout's words are content (knowledge/handouts/); the few headings the sheet adds are the
pack's labels for the handout's language (``handout`` and ``languages`` in country.yaml,
kb_app.core.content.labels; English where a pack gives none). Links print as text: the client reads this
on paper. Paper a client
carries can be found by the person who controls them, so every sheet and card opens with a safety
line, and the card carries no word that says what the help is about.
"""

from __future__ import annotations

import re
from datetime import date
from html import escape
from typing import Any

from kb_app.core.content.labels import Labels
from kb_app.core.content.render import handout_labels, help_lines_html
from kb_app.core.library.library_db import DocumentRecord, Library

BLANK = "_" * 36
CARDS_PER_PAGE = 4
# Marks a handout's HTML so that paper output can size its text to fill the page (a comment:
# nothing shows it).
HANDOUT_MARK = "<!-- kb-app:handout -->"


class NoCardError(ValueError):
    """The handout names fewer than two help lines for the pocket card."""


def library_labels(library: Library, lang: str) -> Labels:
    """The labels the installed pack declares for ``lang``."""
    from kb_app.core.content.country import page_labels

    return page_labels(library.country(), lang)


def find_handout(library: Library, lang: str) -> DocumentRecord | None:
    """The library's handout in ``lang`` (the first by title when there are several)."""
    found = library.documents(doc_type="handout", lang=lang)
    return library.document(found[0].id) if found else None


def _safety_line(text: str) -> str:
    return f'<p class="safety" style="border:1px solid #000; padding:4px"><b>{escape(text)}</b></p>'


def handout_html(
    doc: DocumentRecord,
    *,
    labels: Labels,
    municipality: str = "",
    service: str = "",
    office_contact: str = "",
    today: date | None = None,
) -> str:
    """The handout as safe HTML for paper; empty office details leave lines to write on.
    ``labels``: the pack's for the handout's language (:func:`library_labels`)."""
    from kb_app.core.content.markdown import render_html, strip_leading_h1
    from kb_app.core.desk.referral import links_as_text

    lab = handout_labels(labels)
    contact_lines = (
        escape(office_contact.strip()).replace("\n", "<br>") if office_contact.strip() else BLANK[: len(BLANK) // 2]
    )
    short_blank = BLANK[: len(BLANK) // 2]
    issued = (today or date.today()).isoformat()
    office = (
        f'<tr><td valign="top"><b>{escape(lab["municipality"])}:</b></td>'
        f"<td>{escape(municipality.strip()) or short_blank}</td>"
        f'<td valign="top"><b>{escape(lab["service"])}:</b></td>'
        f"<td>{escape(service.strip()) or short_blank}</td></tr>"
        f'<tr><td valign="top"><b>{escape(lab["contact"])}:</b></td><td>{contact_lines}</td>'
        f'<td valign="top"><b>{escape(lab["date"])}:</b></td><td valign="top">{issued}</td></tr>'
    )
    parts = [
        HANDOUT_MARK,
        f'<h1 style="margin-bottom:4px">{escape(doc.title)}</h1>',
        _safety_line(lab["safety"]),
        links_as_text(render_html(strip_leading_h1(doc.body_md))),
        help_lines_html(doc.meta, labels),
        f"<h2>{escape(lab['office'])}</h2>",
        f'<table class="office" cellpadding="2">{office}</table>',
    ]
    # Headings sit close to their text: the sheet must hold all of it on one page in large type.
    return re.sub(r"<h2(?=[\s>])", '<h2 style="margin-top:8px; margin-bottom:3px"', "\n".join(parts))


def card_lines(doc: DocumentRecord) -> list[dict[str, Any]]:
    """The help lines the content chose for the pocket card (those with a neutral ``card_name``)."""
    return [
        line
        for line in doc.meta.get("help_lines") or []
        if isinstance(line, dict) and str(line.get("card_name", "")).strip()
    ]


def card_html(doc: DocumentRecord, *, labels: Labels, office_contact: str = "") -> str:
    """One pocket card: a neutral title, the safety line, two or three numbers with neutral names
    and, when the settings have it, the office's own contact. Raises NoCardError without two lines."""
    lines = card_lines(doc)
    if len(lines) < 2:
        raise NoCardError(
            f"the handout '{doc.id}' names {len(lines)} help line(s) for the card (card_name); a card needs 2 or 3"
        )
    lab = handout_labels(labels)
    # One number above its name, never side by side: a card's column is narrow, and a number or a
    # word broken across lines cannot be dialled or read.
    numbers = "".join(
        f'<p style="margin-bottom:2px"><span style="font-size:x-large; white-space:nowrap"><b>'
        f"{escape(str(line['number'])).replace(' ', '&nbsp;')}</b></span><br>"
        f"{escape(str(line['card_name']))}</p>"
        for line in lines[:3]
    )
    office = escape(office_contact.strip()).replace("\n", "<br>") if office_contact.strip() else BLANK[:20]
    return (
        f'<p style="font-size:large"><b>{escape(lab["card_title"])}</b></p>'
        f"{numbers}"
        f"<p>{office}</p>"
        f"<p><small>{escape(lab['card_safety'])}</small></p>"
    )


def cards_page_html(doc: DocumentRecord, *, labels: Labels, office_contact: str = "") -> str:
    """Four copies of the card on one A4 page, two by two, with dashed lines to cut along."""
    card = card_html(doc, labels=labels, office_contact=office_contact)
    cell = f'<td width="50%" valign="top" style="border:1px dashed #000; padding:14px">{card}</td>'
    rows = "".join(f"<tr>{cell}{cell}</tr>" for _ in range(CARDS_PER_PAGE // 2))
    return f'{HANDOUT_MARK}<table width="100%" cellspacing="0" cellpadding="14">{rows}</table>'
