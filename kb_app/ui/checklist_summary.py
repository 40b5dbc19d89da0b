"""What a ticked indicator checklist adds up to, taken only from the content (no Qt).

Which groups of signs are present and how many strong signs were seen; then the indicator set's
own next steps and the contacts it names. The summary has no field for a client's name, and
nothing here is stored: the caller prints or saves it only when the user asks.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from html import escape

from kb_app.core.contact_facts import phones as contact_phones
from kb_app.core.library import IndicatorRow, Library


@dataclass(frozen=True)
class GroupResult:
    title: str
    ticked: tuple[IndicatorRow, ...]
    total: int

    @property
    def strong(self) -> tuple[IndicatorRow, ...]:
        return tuple(i for i in self.ticked if i.strong)


@dataclass(frozen=True)
class ContactLine:
    id: str
    title: str
    phones: tuple[str, ...]


@dataclass(frozen=True)
class Summary:
    set_id: str
    set_title: str
    groups: tuple[GroupResult, ...]  # only groups with at least one ticked sign
    group_count: int
    next_steps: tuple[str, ...]  # Markdown lines from the content
    contacts: tuple[ContactLine, ...]
    observations: str

    @property
    def ticked_count(self) -> int:
        return sum(len(g.ticked) for g in self.groups)

    @property
    def strong_count(self) -> int:
        return sum(len(g.strong) for g in self.groups)


def summarize(library: Library, set_id: str, ticked: Iterable[str], observations: str = "") -> Summary:
    doc = library.document(set_id)
    chosen = set(ticked)
    groups: dict[str, list[IndicatorRow]] = {}
    titles: dict[str, str] = {}
    for row in library.indicators(set_id):
        groups.setdefault(row.group_id, []).append(row)
        titles[row.group_id] = row.group_title
    results = tuple(GroupResult(titles[g], tuple(r for r in rows if r.id in chosen), len(rows))
                    for g, rows in groups.items() if any(r.id in chosen for r in rows))
    contacts = []
    for contact_id in doc.meta.get("contacts") or []:
        try:
            contact = library.document(str(contact_id))
        except Exception:  # a reference the build would have refused; skip rather than fail
            continue
        phones = tuple(number for number, _label in contact_phones(contact.meta))
        contacts.append(ContactLine(contact.id, contact.title, phones))
    return Summary(set_id, doc.title, results, len(groups),
                   tuple(str(s) for s in doc.meta.get("next_steps") or []), tuple(contacts),
                   observations.strip())


def summary_html(summary: Summary, labels: Mapping[str, str]) -> str:
    """``labels`` are the translated words; content lines go through the core's safe renderer."""
    # Imported here, never at start-up: the renderer brings markdown-it with it.
    from kb_app.core.render import inline_html

    parts = [f"<h1>{escape(labels['title'])}</h1>",
             f"<p class=\"meta\">{escape(summary.set_title)} · {escape(labels['date'])}</p>",
             f"<p><i>{escape(labels['privacy'])}</i></p>"]
    if not summary.groups:
        parts.append(f"<p>{escape(labels['none'])}</p>")
    else:
        parts.append(f"<p><b>{escape(labels['overview'])}</b></p>")
        if summary.strong_count:
            parts.append(f'<p class="warn">{escape(labels["strong_warning"])}</p>')
        parts.append(f"<h2>{escape(labels['groups'])}</h2>")
        for group in summary.groups:
            parts.append(f"<h3>{escape(group.title)} ({len(group.ticked)}/{group.total})</h3><ul>")
            for row in group.ticked:
                strong = f' <b class="warn">({escape(labels["strong"])})</b>' if row.strong else ""
                parts.append(f"<li>{escape(row.text)}{strong}</li>")
            parts.append("</ul>")
    if summary.observations:
        parts.append(f"<h2>{escape(labels['observations'])}</h2>"
                     f"<p>{escape(summary.observations).replace(chr(10), '<br>')}</p>")
    if summary.next_steps and summary.groups:
        parts.append(f"<h2>{escape(labels['next_steps'])}</h2><ol>")
        parts.extend(f"<li>{inline_html(step)}</li>" for step in summary.next_steps)
        parts.append("</ol>")
    if summary.contacts and summary.groups:
        parts.append(f"<h2>{escape(labels['contacts'])}</h2><ul>")
        for c in summary.contacts:
            phones = f" — {escape(', '.join(c.phones))}" if c.phones else ""
            parts.append(f'<li><a href="kb:{escape(c.id)}">{escape(c.title)}</a>{phones}</li>')
        parts.append("</ul>")
    return "\n".join(parts)
