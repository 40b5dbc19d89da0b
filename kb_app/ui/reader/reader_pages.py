"""HTML for the reader's pages, built from library records (no Qt, no content logic beyond layout).

The document body is the safe HTML the build stored; everything added here is escaped. Words of
the user interface come in as ``labels`` already translated by the caller.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import NamedTuple

from kb_app.core.library.library_db import DocumentRecord, DocumentSummary
from kb_app.core.platform.textsafe import escape_html as escape

HOME = "@home"  # the location of the user's municipality page


class NoteView(NamedTuple):
    """What a page shows of a note: already rendered HTML and a human timestamp."""

    html: str
    stamp: str


def _doc_links(docs: Iterable[DocumentSummary], type_names: Mapping[str, str] | None = None) -> str:
    """A list of links; with ``type_names`` each entry says what kind of document it is."""
    items = []
    for d in docs:
        kind = (
            f' <span class="muted">({escape(type_names.get(d.type, d.type))})</span>' if type_names is not None else ""
        )
        items.append(f'<li><a href="kb:{escape(d.id)}">{escape(d.title)}</a>{kind}</li>')
    return "<ul>" + "".join(items) + "</ul>" if items else ""


def document_page(
    doc: DocumentRecord,
    *,
    labels: Mapping[str, str],
    type_names: Mapping[str, str],
    backlinks: Iterable[DocumentSummary] = (),
    municipality_name: str = "",
) -> str:
    meta = [escape(type_names.get(doc.type, doc.type))]
    if doc.updated:
        meta.append(escape(labels["updated"].format(doc.updated)))
    if municipality_name:
        meta.append(escape(municipality_name))
    if doc.tags:
        meta.append(escape(", ".join(doc.tags)))
    parts = [f"<h1>{escape(doc.title)}</h1>", f'<p class="meta">{" · ".join(meta)}</p>', doc.html]
    back = _doc_links(backlinks, type_names)
    if back:
        parts.append(f"<h3>{escape(labels['backlinks'])}</h3>{back}")
    return "\n".join(parts)


def home_page(
    *,
    municipality_name: str,
    labels: Mapping[str, str],
    type_names: Mapping[str, str],
    local_docs: Iterable[DocumentSummary],
    indicator_sets: Iterable[DocumentSummary],
    scenarios: Iterable[DocumentSummary],
    notes: Iterable[NoteView],
) -> str:
    """The municipality's own page: local content, quick starts and the standalone notes."""
    parts = [
        f"<h1>{escape(municipality_name or labels['no_municipality'])}</h1>",
        f'<p class="meta">{escape(labels["home_intro"])}</p>',
        "<h2>{}</h2><ul>".format(escape(labels["quick"])),
        f'<li><a href="app:contacts">{escape(labels["contacts"])}</a></li>',
        f'<li><a href="app:checklist">{escape(labels["checklist"])}</a></li>',
        f'<li><a href="app:workshop">{escape(labels["workshop"])}</a></li>',
        "</ul>",
    ]
    sets = _doc_links(indicator_sets)
    if sets:
        parts.append(f"<h2>{escape(labels['indicator_sets'])}</h2>{sets}")
    local = _doc_links(local_docs, type_names)
    parts.append(
        f"<h2>{escape(labels['local'])}</h2>" + (local or f'<p class="muted">{escape(labels["no_local"])}</p>')
    )
    note_list = list(notes)
    parts.append(f"<h2>{escape(labels['notes'])}</h2>")
    if note_list:
        for note in note_list:
            parts.append(f'<p class="muted">{escape(note.stamp)}</p>{note.html}<hr>')
    else:
        parts.append(f'<p class="muted">{escape(labels["no_notes"])}</p>')
    scen = _doc_links(scenarios)
    if scen:
        parts.append(f"<h2>{escape(labels['scenarios'])}</h2>{scen}")
    return "\n".join(parts)


def message_page(title: str, text: str) -> str:
    return f"<h1>{escape(title)}</h1><p>{escape(text)}</p>"
