"""The whole reader page of one document: its summary, what its document type adds above and
below the body, the body, related documents and sources. Above both the document-type registry
and :mod:`kb_app.core.content.render`, whose parts the registry's entries use."""

from __future__ import annotations

import zlib
from html import escape

from kb_app.core.content.doctypes import DOC_TYPES
from kb_app.core.content.documents import Document
from kb_app.core.content.labels import Labels
from kb_app.core.content.markdown import render_html, strip_leading_h1
from kb_app.core.content.render import labels, link_html, source_html


def document_html(doc: Document, titles: dict[str, str], indicator_texts: dict[str, str], page: Labels) -> str:
    """The full reader HTML of one document (without the page title, which the reader adds);
    ``page``: the pack's labels for the document's language (Country.page_labels)."""
    lab = {key: escape(text) for key, text in labels(page).items()}
    doc_type = DOC_TYPES.get(doc.type)
    parts: list[str] = []
    if doc.summary:
        parts.append(f'<p class="summary"><i>{escape(doc.summary)}</i></p>')
    if doc_type is not None and (above := doc_type.above_body(doc, page)):
        parts.append(above)
    parts.append(
        zlib.decompress(doc.body_html).decode("utf-8")
        if doc.body_html is not None
        else render_html(strip_leading_h1(doc.body))
    )
    if doc_type is not None and (below := doc_type.below_body(doc, titles, indicator_texts, page)):
        parts.append(below)
    if doc.related:
        parts.append(
            f"<h2>{lab['related']}</h2><ul>"
            + "".join(f"<li>{link_html(r, titles)}</li>" for r in doc.related)
            + "</ul>"
        )
    if doc.sources:
        parts.append(
            f'<h3>{lab["sources"]}</h3><ul class="sources">'
            + "".join(f"<li>{source_html(s)}</li>" for s in doc.sources)
            + "</ul>"
        )
    return "\n".join(parts)
