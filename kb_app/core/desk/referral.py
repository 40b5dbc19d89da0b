"""The referral sheet a worker hands over after the checklist: built from the content only (no Qt).

One A4 page for up to eight indicators, and for a dozen from four sets: who refers
(municipality, service and the office's own contact), the date, the indicator set(s) and the
pack's version, what was observed, set by set (strong signs marked), the next steps, the
municipality's own social service and orphans' court (from the worker's settings; a line to fill
in when not set), and for every contact a channel that works today (a labelled number with its
source date, or the written route and the country's emergency numbers when there is no number),
each stale fact marked and the mark explained once.
Lines are left blank for what the worker writes by hand. Its words are the pack's, in the sheet's
language (kb_app.core.content.labels).

Nothing here is stored: the note is only put on the sheet. The sheet has no field for the
client's name on purpose. Links are printed as text; a ``kb:`` address means nothing on paper.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from html import escape, unescape

from kb_app.core.content.contact_facts import ContactFact, contact_facts, status_text
from kb_app.core.content.country import page_labels
from kb_app.core.content.labels import EmergencyNumber, Labels, emergency_line
from kb_app.core.library.library_db import IndicatorRow, Library
from kb_app.core.platform.errors import KbError, NotFoundError

BLANK = "_" * 18


def sheet_labels(sheet_or_labels: ReferralSheet | Labels) -> dict[str, str]:
    """The sheet's own words, in its language as the pack declares them (kb_app.core.content.labels)."""
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
    office_contact: str = ""  # the worker's office (settings), as on the handouts
    social_service: str = ""  # the municipality's own social service and orphans' court (settings)
    orphans_court: str = ""
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


def build_sheet(
    library: Library,
    indicator_ids: Iterable[str],
    *,
    set_ids: Sequence[str] = (),
    municipality: str | None = None,
    service: str = "",
    note: str = "",
    lang: str | None = None,
    today: date | None = None,
    office_contact: str = "",
    social_service: str = "",
    orphans_court: str = "",
) -> ReferralSheet:
    """The sheet for the ticked ``indicator_ids``; ``set_ids`` adds sets shown even with nothing
    ticked (the checklist's current set); ``lang``: a language the library declares (default its
    first). Raises :class:`UnknownIndicatorError` for an id the library does not have."""
    country = library.country()
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
        sets.append(
            ObservedSet(
                doc.id,
                doc.title,
                observed,
                tuple(str(s) for s in doc.meta.get("next_steps") or []),
                tuple(str(c) for c in doc.meta.get("contacts") or []),
            )
        )
    contacts: list[SheetContact] = []
    for contact_id in dict.fromkeys(c for s in sets for c in s.contact_ids):
        try:
            contact = library.document(contact_id)
        except NotFoundError:  # a reference the build would have refused; leave it out, never fail
            continue
        contacts.append(
            SheetContact(
                contact.id,
                contact.title,
                tuple(contact_facts(contact.meta)),
                str(contact.meta.get("if_no_phone") or ""),
            )
        )
    return ReferralSheet(
        today or date.today(),
        lang,
        municipality_name(library, municipality),
        service.strip(),
        library.title,
        library.version,
        tuple(sets),
        tuple(contacts),
        note.strip(),
        office_contact.strip(),
        social_service.strip(),
        orphans_court.strip(),
        page_labels(country, lang),
        country.emergency_numbers if country else (),
    )


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
    from kb_app.core.content.render import inline_html  # brings markdown-it; only when a sheet is made

    return links_as_text(inline_html(markdown_text))


STALE_MARK = "⚠"


def _status(fact: ContactFact, labels: Labels, today: date) -> str:
    """The date a fact rests on, short: 'source dated 2022-12' or 'checked 2026-11-20 (…)'. The
    full status_text ends with the stale warning; on paper a ⚠ and one legend line say it once."""
    parts = status_text(fact, labels, today).partition("; ")[0].split(", ")
    text = parts[1] if fact.checked and len(parts) > 1 else parts[0]
    return f"{escape(text)} {STALE_MARK}" if fact.is_stale(today) else escape(text)


def _fact_text(fact: ContactFact) -> str:
    what = f" — {escape(fact.label)}" if fact.label else ""
    return f"<b>{escape(fact.value)}</b>{what}"


def _facts_lines(facts: Sequence[ContactFact], label: str, labels: Labels, today: date) -> list[str]:
    """Facts of one kind, one line per run of consecutive facts that rest on the same date: seven
    regional numbers from one source say their date (and its ⚠) once, for all seven; a number
    with another date starts a line of its own, so a mark never spreads to a fact it is not about."""
    lines: list[str] = []
    run: list[ContactFact] = []
    for fact in [*facts, None]:
        if run and (fact is None or _status(fact, labels, today) != _status(run[0], labels, today)):
            lines.append(
                f"{escape(label)} "
                + "; ".join(_fact_text(f) for f in run)
                + f' <span class="muted"><small>({_status(run[0], labels, today)})</small></span>'
            )
            run = []
        if fact is not None:
            run.append(fact)
    return lines


def shown_facts(contact: SheetContact) -> list[ContactFact]:
    """The facts the sheet prints: numbers and hours; e-mail and website only when there is no
    number (then they are the way in)."""
    kinds = ("phone", "hours") if contact.phones else ("phone", "hours", "email", "website")
    return [f for kind in kinds for f in contact.facts if f.kind == kind]


def contact_channels_html(
    contact: SheetContact, labels: Labels, today: date, emergency_numbers: tuple[EmergencyNumber, ...] = ()
) -> str:
    """Every usable channel of one contact: labelled numbers with their dates; with no number,
    the written route from the content, its e-mail, and the country's emergency numbers."""
    lab = sheet_labels(labels)
    words = {"phone": lab["phone"], "hours": lab["hours"], "email": lab["email"], "website": lab["website"]}
    shown = shown_facts(contact)

    def of(kind: str) -> list[str]:
        return _facts_lines([f for f in shown if f.kind == kind], words[kind], labels, today)

    lines = of("phone") + of("hours")
    if not contact.phones:
        if contact.if_no_phone:
            lines.append(f"{escape(lab['no_phone'])}: {paper_html(contact.if_no_phone)}")
        lines += of("email") + of("website")
        if urgent := emergency_line(emergency_numbers, labels.lang, lab):
            lines.append(f"<b>{escape(urgent)}</b>")
    return "<br>".join(lines)


_TIGHT = ' style="margin-top:0px; margin-bottom:0px; -qt-list-indent:1"'


def _h(text: str) -> str:
    # Tight headings: the whole sheet must fit one A4 page for up to eight indicators.
    return f'<h3 style="font-size:medium; margin-top:5px; margin-bottom:1px">{escape(text)}</h3>'


def _blank(label: str) -> str:
    return f"<td>{escape(label)}:<br>{BLANK}</td>"


def _observed_html(sheet: ReferralSheet, lab: dict[str, str]) -> list[str]:
    if not sheet.observed_count:
        return [f"<p>{escape(lab['none'])}</p>"]
    parts = []
    if sheet.strong_count:
        parts.append(f'<p class="warn"{_TIGHT}>{escape(lab["strong_count"].format(sheet.strong_count))}</p>')
    for observed_set in sheet.sets:
        if not observed_set.observed:
            continue
        if len([s for s in sheet.sets if s.observed]) > 1:  # one case across sets: each set named
            parts.append(f'<p style="margin-top:3px; margin-bottom:0px"><b>{escape(observed_set.title)}</b></p>')
        parts.append(f"<ul{_TIGHT}>")
        for row in observed_set.observed:
            strong = f' <b class="warn">({escape(lab["strong"])})</b>' if row.strong else ""
            parts.append(f"<li>{escape(row.group_title)}: {escape(row.text)}{strong}</li>")
        parts.append("</ul>")
    return parts


def _local_html(sheet: ReferralSheet, lab: dict[str, str]) -> str:
    """The municipality's own social service and orphans' court, from the worker's settings: the
    first calls for a child or an adult who needs a place today. A line to fill in when not set."""
    where = f" ({escape(sheet.municipality)})" if sheet.municipality else ""
    return (
        f'<p style="margin-top:0px; margin-bottom:3px"><b>{escape(lab["local"])}{where}:</b> '
        f"{escape(lab['social_service'])}: <b>{escape(sheet.social_service) or BLANK}</b> · "
        f"{escape(lab['orphans_court'])}: <b>{escape(sheet.orphans_court) or BLANK}</b></p>"
    )


CONTACTS_PER_BLOCK = 8  # a block is never cut by a page break; eight take half a page


def _contact_block(contact: SheetContact, sheet: ReferralSheet) -> str:
    return (
        f'<p style="margin-top:0px; margin-bottom:3px"><b>{escape(contact.title)}</b><br>'
        f"{contact_channels_html(contact, sheet.labels, sheet.day, sheet.emergency_numbers)}</p>"
    )


COLUMN_LETTERS = 60  # about what a line of a contacts column holds


def _lines(block: str) -> int:
    """About how many lines ``block`` takes in a column: each of its lines wrapped (the name is
    the first), and one for the space below it."""
    text = re.sub(r"<(?!br)[^>]+>", "", block)
    return 1 + sum(-(-len(unescape(line)) // COLUMN_LETTERS) for line in text.split("<br>"))


def _balanced_split(blocks: Sequence[str]) -> int:
    """Where a block's contacts go from the first column to the second: the columns as even as
    their lines are (rows of cells side by side left up to a third of the space empty)."""
    sizes = [_lines(b) for b in blocks]
    total = sum(sizes)
    return min(range(1, len(blocks) + 1), key=lambda k: (max(sum(sizes[:k]), total - sum(sizes[:k])), -k))


def _contacts_html(sheet: ReferralSheet, lab: dict[str, str]) -> list[str]:
    blocks = [_contact_block(c, sheet) for c in sheet.contacts]
    # Each run of CONTACTS_PER_BLOCK contacts is one table of two columns, read down: the PDF moves
    # a table a page break would cut to the next page whole (kb_app.ui.paper.sheet_pdf), so a contact's
    # name and numbers are never on two pages, and the columns flow, which saves the space rows of
    # unequal cells leave (a four-set sheet then fits one page).
    tables = []
    for start in range(0, len(blocks), CONTACTS_PER_BLOCK):
        run = blocks[start : start + CONTACTS_PER_BLOCK]
        split = _balanced_split(run)
        columns = ["".join(run[:split]), "".join(run[split:])]
        tables.append(
            '<table class="contacts" border="1" cellspacing="0" cellpadding="1" width="100%" '
            'style="margin-top:0px; margin-bottom:0px"><tr>'
            + "".join(f'<td valign="top" width="50%">{column}</td>' for column in columns)
            + "</tr></table>"
        )
    parts = [_h(lab["contacts"]), _local_html(sheet, lab), *tables]
    # The legend exactly when the mark is on the sheet: a mark nobody explains is noise, and a
    # legend for a mark that is not there teaches the reader to skip it.
    if any(f.is_stale(sheet.day) for c in sheet.contacts for f in shown_facts(c)):
        parts.append(
            f'<p class="muted" style="margin-top:2px; margin-bottom:0px"><small>{escape(lab["stale_mark"])}</small></p>'
        )
    return parts


def sheet_html(sheet: ReferralSheet) -> str:
    """The whole sheet as safe HTML (every value from content or the user escaped)."""
    lab = sheet_labels(sheet)
    today = sheet.day

    def field(key: str, value: str, span: int = 1) -> str:
        colspan = f' colspan="{span}"' if span > 1 else ""
        return f"<td{colspan}><b>{escape(lab[key])}:</b> {value or BLANK}</td>"

    parts = [
        f'<h1 style="font-size:large; margin-top:0px; margin-bottom:3px">{escape(lab["title"])}</h1>',
        '<table class="sheet-head" cellpadding="1" width="100%">'
        f"<tr>{field('municipality', escape(sheet.municipality))}{field('date', escape(today.isoformat()))}</tr>"
        f"<tr>{field('service', escape(sheet.service))}"
        f"{field('sets', escape('; '.join(s.title for s in sheet.sets)))}</tr>"
        f"<tr>{field('office', escape(sheet.office_contact), 2)}</tr></table>",
        f'<p class="muted" style="margin-top:2px; margin-bottom:0px"><small>{escape(lab["pack"])}: '
        f"{escape(sheet.pack_title)}, {escape(lab['version'])} {escape(sheet.pack_version)}. "
        f"<i>{escape(lab['privacy'])}</i></small></p>",
        _h(lab["observed"]),
        *_observed_html(sheet, lab),
    ]
    if sheet.note:
        parts.append(_h(lab["note"]) + f"<p{_TIGHT}>{escape(sheet.note).replace(chr(10), '<br>')}</p>")
    # A step two sets share is said once: the worker does it once.
    steps = list(dict.fromkeys(step for s in sheet.sets for step in s.next_steps))
    if steps:
        parts.append(_h(lab["next_steps"]) + f"<ol{_TIGHT}>")
        parts.extend(f"<li>{paper_html(step)}</li>" for step in steps)
        parts.append("</ol>")
    parts.extend(_contacts_html(sheet, lab))
    parts.append(
        f'<p class="muted" style="margin-top:6px; margin-bottom:0px"><small>{escape(lab["by_hand"])}:'
        '</small></p><table class="by-hand" cellpadding="2" width="100%">'
        "<tr>"
        + "".join(_blank(lab[key]) for key in ("worker", "referred_to", "consent", "next_meeting", "signature"))
        + "</tr></table>"
    )
    return "\n".join(parts)
