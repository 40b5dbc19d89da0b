"""What a ticked indicator checklist adds up to, taken only from the content (no Qt).

For every indicator set of the case with a tick: which groups of signs are present and how many
strong signs were seen; then the next steps and the contacts those sets name, each said once.
The summary has no field for a client's name, and nothing here is stored: the caller prints or
saves it only when the user asks.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from html import escape

from kb_app.core.content.contact_facts import phones as contact_phones
from kb_app.core.library.library_db import IndicatorRow, Library


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
class SetSummary:
    """One indicator set of the case."""

    set_id: str
    set_title: str
    groups: tuple[GroupResult, ...]  # only groups with at least one ticked sign
    group_count: int

    @property
    def ticked_count(self) -> int:
        return sum(len(g.ticked) for g in self.groups)

    @property
    def strong_count(self) -> int:
        return sum(len(g.strong) for g in self.groups)


@dataclass(frozen=True)
class Summary:
    """The whole case: every set with a tick (the set on screen when nothing is ticked), then the
    next steps and contacts of those sets, each said once."""

    sets: tuple[SetSummary, ...]
    next_steps: tuple[str, ...]  # Markdown lines from the content
    contacts: tuple[ContactLine, ...]
    observations: str

    @property
    def ticked_sets(self) -> tuple[SetSummary, ...]:
        return tuple(s for s in self.sets if s.groups)

    @property
    def ticked_count(self) -> int:
        return sum(s.ticked_count for s in self.sets)

    @property
    def strong_count(self) -> int:
        return sum(s.strong_count for s in self.sets)


def _set_summary(library: Library, set_id: str, chosen: set[str]) -> SetSummary:
    doc = library.document(set_id)
    groups: dict[str, list[IndicatorRow]] = {}
    titles: dict[str, str] = {}
    for row in library.indicators(set_id):
        groups.setdefault(row.group_id, []).append(row)
        titles[row.group_id] = row.group_title
    results = tuple(
        GroupResult(titles[g], tuple(r for r in rows if r.id in chosen), len(rows))
        for g, rows in groups.items()
        if any(r.id in chosen for r in rows)
    )
    return SetSummary(set_id, doc.title, results, len(groups))


def summarize(
    library: Library, ticks: Mapping[str, Iterable[str]], current_set: str, observations: str = ""
) -> Summary:
    """``ticks``: set id → ticked ids, in the order the sets are listed."""
    chosen = {i for ids in ticks.values() for i in ids}
    wanted = [set_id for set_id, ids in ticks.items() if any(True for _ in ids)] or [current_set]
    sets = tuple(_set_summary(library, set_id, chosen) for set_id in wanted)
    steps: dict[str, None] = {}
    contacts: dict[str, ContactLine] = {}
    for set_id in wanted:
        doc = library.document(set_id)
        steps.update(dict.fromkeys(str(step) for step in doc.meta.get("next_steps") or []))
        for contact_id in doc.meta.get("contacts") or []:
            if str(contact_id) in contacts:
                continue
            try:
                contact = library.document(str(contact_id))
            except Exception:  # a reference the build would have refused; skip rather than fail
                continue
            phones = tuple(number for number, _label in contact_phones(contact.meta))
            contacts[contact.id] = ContactLine(contact.id, contact.title, phones)
    return Summary(sets, tuple(steps), tuple(contacts.values()), observations.strip())


def summary_html(
    summary: Summary, labels: Mapping[str, str], set_overview: Callable[[SetSummary], str] | None = None
) -> str:
    """``labels`` are the translated words, ``set_overview`` says one set's counts in them; content
    lines go through the core's safe renderer."""
    # Imported here, never at start-up: the renderer brings markdown-it with it.
    from kb_app.core.content.render import inline_html

    titles = " · ".join(s.set_title for s in (summary.ticked_sets or summary.sets))
    parts = [
        f"<h1>{escape(labels['title'])}</h1>",
        f'<p class="meta">{escape(titles)} · {escape(labels["date"])}</p>',
        f"<p><i>{escape(labels['privacy'])}</i></p>",
    ]
    ticked = summary.ticked_sets
    if not ticked:
        parts.append(f"<p>{escape(labels['none'])}</p>")
    else:
        parts.append(f"<p><b>{escape(labels['overview'])}</b></p>")
        if summary.strong_count:
            parts.append(f'<p class="warn">{escape(labels["strong_warning"])}</p>')
        for result in ticked:  # one case across sets: each set with its own signs
            parts.append(f"<h2>{escape(result.set_title)}</h2>")
            if set_overview is not None:
                parts.append(f"<p>{escape(set_overview(result))}</p>")
            for group in result.groups:
                parts.append(f"<h3>{escape(group.title)} ({len(group.ticked)}/{group.total})</h3><ul>")
                for row in group.ticked:
                    strong = f' <b class="warn">({escape(labels["strong"])})</b>' if row.strong else ""
                    parts.append(f"<li>{escape(row.text)}{strong}</li>")
                parts.append("</ul>")
    if summary.observations:
        parts.append(
            f"<h2>{escape(labels['observations'])}</h2><p>{escape(summary.observations).replace(chr(10), '<br>')}</p>"
        )
    if summary.next_steps and ticked:
        parts.append(f"<h2>{escape(labels['next_steps'])}</h2><ol>")
        parts.extend(f"<li>{inline_html(step)}</li>" for step in summary.next_steps)
        parts.append("</ol>")
    if summary.contacts and ticked:
        parts.append(f"<h2>{escape(labels['contacts'])}</h2><ul>")
        for c in summary.contacts:
            phones = f" — {escape(', '.join(c.phones))}" if c.phones else ""
            parts.append(f'<li><a href="kb:{escape(c.id)}">{escape(c.title)}</a>{phones}</li>')
        parts.append("</ul>")
    return "\n".join(parts)
