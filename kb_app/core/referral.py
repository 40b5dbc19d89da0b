"""The referral sheet a worker hands over after the checklist: built from the content only (no Qt).

One page: who refers (municipality and service), the date, the indicator set(s) and the pack's
version, what was observed (strong signs marked), the next steps, and for every contact a channel
that works today (a labelled number with its source date, or the written route and the country's
emergency numbers when there is no number), stale facts marked. Its words are the pack's, in the
sheet's language (kb_app.core.labels). Lines are left blank for what the worker writes by hand.

Nothing here is stored: the note is only put on the sheet. The sheet has no field for the
client's name on purpose. Links are printed as text; a ``kb:`` address means nothing on paper.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from html import escape, unescape

from kb_app.core.contact_facts import ContactFact, contact_facts, status_text
from kb_app.core.country import page_labels, read_country
from kb_app.core.errors import KbError, NotFoundError
from kb_app.core.labels import EmergencyNumber, Labels, emergency_line
from kb_app.core.library import IndicatorRow, Library

BLANK = "_" * 18

def sheet_labels(sheet_or_labels: ReferralSheet | Labels) -> dict[str, str]:
    """The sheet's own words, in its language as the pack declares them (kb_app.core.labels)."""
    labels = sheet_or_labels.labels if isinstance(sheet_or_labels, ReferralSheet) else sheet_or_labels
    return labels.group("sheet")


class UnknownIndicatorError(KbError):
    """An indicator id the library does not have."""


@dataclass(frozen=True)
class ObservedSet:
    id: str
    title: str
    observed: tuple[IndicatorRow, ...]
    next_steps: tuple[str, ...]  # Markdown lines from the content
    contact_ids: tuple[str, ...]


@dataclass(frozen=True)
class SheetContact:
    id: str
    title: str
    facts: tuple[ContactFact, ...]
    if_no_phone: str

    @property
    def phones(self) -> tuple[ContactFact, ...]:
        return tuple(f for f in self.facts if f.kind == "phone")


@dataclass(frozen=True)
class ReferralSheet:
    day: date
    lang: str
    municipality: str  # the municipality's name; "" leaves a line to fill in
    service: str  # the service's name from the worker's settings; "" leaves a line
    pack_title: str
    pack_version: str
    sets: tuple[ObservedSet, ...]
    contacts: tuple[SheetContact, ...]
    note: str = ""
    labels: Labels = Labels("")  # the pack's texts for ``lang``
    emergency_numbers: tuple[EmergencyNumber, ...] = ()

    @property
    def observed_count(self) -> int:
        return sum(len(s.observed) for s in self.sets)

    @property
    def strong_count(self) -> int:
        return sum(1 for s in self.sets for row in s.observed if row.strong)


def municipality_name(library: Library, code: str | None) -> str:
    """The name of ``code`` (old codes resolve through aliases); "" for no code. An unknown code
    is an error: a sheet must not name a municipality that does not exist."""
    if not code:
        return ""
    resolved = library.resolve_municipality(code)
    if resolved is None:
        raise KbError(f"unknown municipality '{code}' (see kb-app municipalities)")
    return next(m.name for m in library.municipalities() if m.code == resolved)


def build_sheet(library: Library, indicator_ids: Iterable[str], *, set_ids: Sequence[str] = (),
                municipality: str | None = None, service: str = "", note: str = "", lang: str | None = None,
                today: date | None = None) -> ReferralSheet:
    """The sheet for the ticked ``indicator_ids``; ``set_ids`` adds sets shown even with nothing
    ticked (the checklist's current set); ``lang``: a language the library declares (default its
    first). Raises :class:`UnknownIndicatorError` for an id the library does not have."""
    country = read_country(library.connection())
    if country is not None and lang and lang not in country.language_codes():
        raise KbError(f"the library has no language '{lang}' (it declares {', '.join(country.language_codes())})")
    lang = lang or (country.main_language() if country else "")
    rows = library.indicators()
    by_id = {row.id: row for row in rows}
    chosen = [i.strip() for i in indicator_ids if i.strip()]
    unknown = [i for i in chosen if i not in by_id]
    if unknown:
        raise UnknownIndicatorError(f"unknown indicator id: {', '.join(unknown)}")
    wanted_sets = list(dict.fromkeys([*set_ids, *(by_id[i].doc_id for i in chosen)]))
    chosen_set = set(chosen)
    sets: list[ObservedSet] = []
    for set_id in wanted_sets:
        try:
            doc = library.document(set_id)
        except NotFoundError:
            raise UnknownIndicatorError(f"unknown indicator set: {set_id}") from None
        observed = tuple(r for r in rows if r.doc_id == set_id and r.id in chosen_set)
        sets.append(ObservedSet(doc.id, doc.title, observed, tuple(str(s) for s in doc.meta.get("next_steps") or []),
                                tuple(str(c) for c in doc.meta.get("contacts") or [])))
    contacts: list[SheetContact] = []
    for contact_id in dict.fromkeys(c for s in sets for c in s.contact_ids):
        try:
            contact = library.document(contact_id)
        except NotFoundError:  # a reference the build would have refused; leave it out, never fail
            continue
        contacts.append(SheetContact(contact.id, contact.title, tuple(contact_facts(contact.meta)),
                                     str(contact.meta.get("if_no_phone") or "")))
    return ReferralSheet(today or date.today(), lang, municipality_name(library, municipality), service.strip(),
                         library.title, library.version, tuple(sets), tuple(contacts), note.strip(),
                         page_labels(country, lang), country.emergency_numbers if country else ())


_ANCHOR_RE = re.compile(r'<a\s+href="([^"]*)"[^>]*>(.*?)</a>', re.S)


def links_as_text(html: str) -> str:
    """Anchors of safe rendered HTML as plain text for paper: a document link keeps its words, a
    web link its words and address; ``tel:``/``mailto:`` their words (which are the number)."""

    def plain(match: re.Match[str]) -> str:
        url, words = unescape(match[1]), match[2]
        if url.startswith(("http://", "https://")) and unescape(re.sub(r"<[^>]+>", "", words)).strip() != url:
            return f"{words} ({escape(url)})"
        return words

    return _ANCHOR_RE.sub(plain, html)


def paper_html(markdown_text: str) -> str:
    """One line of content as inline HTML for paper (links as text)."""
    from kb_app.core.render import inline_html  # brings markdown-it; only when a sheet is made

    return links_as_text(inline_html(markdown_text))


def _status(fact: ContactFact, labels: Labels, today: date) -> str:
    """The date a fact rests on, short: 'source dated 2022-12' or 'checked 2026-11-20 (…)'. The
    full status_text ends with the stale warning; on paper a ⚠ and one legend line say it once."""
    parts = status_text(fact, labels, today).partition("; ")[0].split(", ")
    text = parts[1] if fact.checked and len(parts) > 1 else parts[0]
    return f"{escape(text)} ⚠" if fact.is_stale(today) else escape(text)


def _fact_line(fact: ContactFact, label: str, labels: Labels, today: date) -> str:
    what = f" — {escape(fact.label)}" if fact.label else ""
    return (f"{escape(label)} <b>{escape(fact.value)}</b>{what} "
            f'<span class="muted"><small>({_status(fact, labels, today)})</small></span>')


def contact_channels_html(contact: SheetContact, labels: Labels, today: date,
                          emergency_numbers: tuple[EmergencyNumber, ...] = ()) -> str:
    """Every usable channel of one contact: labelled numbers with their dates; with no number,
    the written route from the content, its e-mail, and the country's emergency numbers."""
    lab = sheet_labels(labels)
    lines = [_fact_line(f, lab["phone"], labels, today) for f in contact.phones]
    lines += [_fact_line(f, lab["hours"], labels, today) for f in contact.facts if f.kind == "hours"]
    if not contact.phones:
        if contact.if_no_phone:
            lines.append(f"{escape(lab['no_phone'])}: {paper_html(contact.if_no_phone)}")
        lines += [_fact_line(f, lab["email"], labels, today) for f in contact.facts if f.kind == "email"]
        lines += [_fact_line(f, lab["website"], labels, today) for f in contact.facts if f.kind == "website"]
        if urgent := emergency_line(emergency_numbers, labels.lang, lab):
            lines.append(f"<b>{escape(urgent)}</b>")
    return "<br>".join(lines)


_TIGHT = ' style="margin-top:0px; margin-bottom:0px"'


def _h(text: str) -> str:
    # Tight headings: the whole sheet must fit one A4 page for a typical case.
    return f'<h3 style="margin-top:8px; margin-bottom:3px">{escape(text)}</h3>'


def _blank(label: str) -> str:
    return f"<td>{escape(label)}:<br>{BLANK}</td>"


def sheet_html(sheet: ReferralSheet) -> str:
    """The whole sheet as safe HTML (every value from content or the user escaped)."""
    lab = sheet_labels(sheet)
    today = sheet.day

    def field(key: str, value: str) -> str:
        return f"<td><b>{escape(lab[key])}:</b> {value or BLANK}</td>"

    parts = [f'<h1 style="font-size:large; margin-bottom:4px">{escape(lab["title"])}</h1>',
             '<table class="sheet-head" cellpadding="2" width="100%">'
             f"<tr>{field('municipality', escape(sheet.municipality))}{field('date', escape(today.isoformat()))}</tr>"
             f"<tr>{field('service', escape(sheet.service))}"
             f"{field('sets', escape('; '.join(s.title for s in sheet.sets)))}</tr></table>",
             f'<p class="muted"><small>{escape(lab["pack"])}: {escape(sheet.pack_title)}, {escape(lab["version"])} '
             f"{escape(sheet.pack_version)}. <i>{escape(lab['privacy'])}</i></small></p>",
             _h(lab['observed'])]
    if not sheet.observed_count:
        parts.append(f"<p>{escape(lab['none'])}</p>")
    else:
        if sheet.strong_count:
            parts.append(f'<p class="warn">{escape(lab["strong_count"].format(sheet.strong_count))}</p>')
        for observed_set in sheet.sets:
            if not observed_set.observed:
                continue
            if len(sheet.sets) > 1:
                parts.append(f"<p><b>{escape(observed_set.title)}</b></p>")
            parts.append(f"<ul{_TIGHT}>")
            for row in observed_set.observed:
                strong = f' <b class="warn">({escape(lab["strong"])})</b>' if row.strong else ""
                parts.append(f"<li>{escape(row.group_title)}: {escape(row.text)}{strong}</li>")
            parts.append("</ul>")
    if sheet.note:
        parts.append(_h(lab['note']) + f"<p>{escape(sheet.note).replace(chr(10), '<br>')}</p>")
    steps = list(dict.fromkeys(step for s in sheet.sets for step in s.next_steps))
    if steps:
        parts.append(_h(lab['next_steps']) + f"<ol{_TIGHT}>")
        parts.extend(f"<li>{paper_html(step)}</li>" for step in steps)
        parts.append("</ol>")
    if sheet.contacts:
        parts.append(_h(lab['contacts']) +
                     '<table class="contacts" border="1" cellspacing="0" cellpadding="3" width="100%">')
        for contact in sheet.contacts:
            channels = contact_channels_html(contact, sheet.labels, today, sheet.emergency_numbers)
            parts.append(f'<tr><td valign="top" width="24%"><b>{escape(contact.title)}</b></td>'
                         f"<td>{channels}</td></tr>")
        parts.append("</table>")
        if any(f.is_stale(today) for c in sheet.contacts for f in c.facts):
            parts.append(f'<p class="muted"><small>{escape(lab["stale_mark"])}</small></p>')
    parts.append(f'<p class="muted" style="margin-top:8px; margin-bottom:0px"><small>{escape(lab["by_hand"])}:'
                 '</small></p><table class="by-hand" cellpadding="3" width="100%">'
                 "<tr>" + "".join(_blank(lab[key]) for key in ("worker", "referred_to", "consent", "next_meeting",
                                                                              "signature")) + "</tr></table>")
    return "\n".join(parts)
