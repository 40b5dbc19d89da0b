"""The one-page client handout: a ``handout`` document of the library, in the client's language,
with the help lines from its front matter and the worker's own office at the bottom (no Qt).

The handout's words are content (knowledge/handouts/); the few headings the sheet adds are the
pack's labels for the handout's language (kb_app.core.labels, English where a pack gives none).
Links print as text: the client reads this on paper.
"""

from __future__ import annotations

from datetime import date
from html import escape
from typing import Any

from kb_app.core.labels import Labels
from kb_app.core.library import DocumentRecord, Library

BLANK = "_" * 36


def handout_labels(labels: Labels) -> dict[str, str]:
    """The handout's own headings, in its language as the pack declares them (kb_app.core.labels)."""
    return labels.group("handout")


def library_labels(library: Library, lang: str) -> Labels:
    """The labels the installed pack declares for ``lang``."""
    from kb_app.core.country import page_labels, read_country

    return page_labels(read_country(library.connection()), lang)


def find_handout(library: Library, lang: str) -> DocumentRecord | None:
    """The library's handout in ``lang`` (the first by title when there are several)."""
    found = library.documents(doc_type="handout", lang=lang)
    return library.document(found[0].id) if found else None


def help_lines_html(meta: dict[str, Any], labels: Labels) -> str:
    """The help lines as a table: the number large, who answers and when beside it."""
    lab = handout_labels(labels)
    rows = []
    for line in meta.get("help_lines") or []:
        if not isinstance(line, dict):
            continue
        free = f" ({escape(lab['free'])})" if line.get("free") else ""
        rows.append(f'<tr><td valign="top" width="30%"><span style="font-size:large"><b>'
                    f"{escape(str(line.get('number', '')))}</b></span></td>"
                    f"<td><b>{escape(str(line.get('name', '')))}</b>{free}<br>"
                    f"{escape(str(line.get('hours', '')))}</td></tr>")
    return (f"<h2>{escape(lab['help_lines'])}</h2>"
            '<table class="help-lines" border="1" cellspacing="0" cellpadding="5" width="100%">'
            + "".join(rows) + "</table>")


def handout_html(doc: DocumentRecord, *, labels: Labels, municipality: str = "", service: str = "",
                 office_contact: str = "", today: date | None = None) -> str:
    """The handout as safe HTML for paper; empty office details leave lines to write on.
    ``labels``: the pack's for the handout's language (:func:`library_labels`)."""
    from kb_app.core.markdown import render_html, strip_leading_h1
    from kb_app.core.referral import links_as_text

    lab = handout_labels(labels)
    contact_lines = escape(office_contact.strip()).replace("\n", "<br>") if office_contact.strip() else \
        f"{BLANK}<br>{BLANK}"
    office = [(lab["municipality"], escape(municipality.strip()) or BLANK),
              (lab["service"], escape(service.strip()) or BLANK),
              (lab["contact"], contact_lines)]
    parts = [f'<h1 style="margin-bottom:4px">{escape(doc.title)}</h1>',
             links_as_text(render_html(strip_leading_h1(doc.body_md))),
             help_lines_html(doc.meta, labels),
             f"<h2>{escape(lab['office'])}</h2>",
             '<table class="office" cellpadding="3">'
             + "".join(f'<tr><td valign="top"><b>{escape(k)}:</b></td><td>{v}</td></tr>' for k, v in office)
             + "</table>",
             f'<p class="muted"><small>{escape(lab["date"])}: {(today or date.today()).isoformat()}</small></p>']
    return "\n".join(parts)
