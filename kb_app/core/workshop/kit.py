"""The printable workshop kit (docs/interface-contract.md §1 ``kb-app workshop kit``): its three documents as HTML.

``group-cards``: per scenario and group one page marked "Grupa 1 no N", with the situation, the
questions and lines to write on; never the roles or the model solution (a test checks that no
sentence of either reaches it). ``trainer-sheet``: per scenario the timing, the roles, the
cooperation map, the staged model solution, the questions with the points a good answer covers,
and the contacts with their numbers and source dates. ``role-cards``: one card per institution the
scenarios involve: what it does, when to involve it, how to reach it (the library's contact, with
the referral sheet's stale-fact marks).

No Qt: the window and the command line lay this HTML out on A4 with the same code as the referral
sheet (:mod:`kb_app.ui.paper.sheet_pdf`). The trainer sheet names each map as ``coopmap:<scenario id>``;
:func:`kit_maps` gives their SVG for the writer to render.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from html import escape
from typing import Any

from kb_app.core.content.contact_facts import contact_facts
from kb_app.core.content.country import Country, page_labels
from kb_app.core.content.labels import EmergencyNumber, Labels
from kb_app.core.desk.referral import SheetContact, contact_channels_html, links_as_text, paper_html
from kb_app.core.library.library_db import DocumentRecord, Library
from kb_app.core.platform.errors import KbError, NotFoundError
from kb_app.core.workshop.coop_map import build_map, map_svg
from kb_app.core.workshop.model_answers import model_institutions

KIT_FILES = ("group-cards.pdf", "trainer-sheet.pdf", "role-cards.pdf")
MAX_GROUPS = 12
MAP_URL = "coopmap:"
MAP_BOX = (460, 380)  # px (of the A4 text width, about 640) the map may take on the trainer sheet
DEFAULT_MINUTES = 30
# Share of a scenario's time per stage: reading the situation, the group's work on the
# questions, the discussion against the model solution. The timer of workshop mode uses them too.
STAGE_SHARES = (("reading", 0.2), ("group_work", 0.5), ("discussion", 0.3))


def kit_labels(labels: Labels) -> dict[str, str]:
    """The kit's own words, in its language as the pack declares them (kb_app.core.content.labels)."""
    return labels.group("kit")


class UnknownScenarioError(KbError):
    """An id the library does not have, or one that is not a scenario."""


@dataclass(frozen=True)
class Kit:
    scenarios: tuple[DocumentRecord, ...]
    groups: int
    lang: str
    day: date
    pack_title: str
    pack_version: str
    contacts: dict[str, DocumentRecord]  # every contact a role or a step of the scenarios names
    titles: dict[str, str]
    country: Country | None = None  # the library's declaration: the kit's words and emergency numbers

    @property
    def labels(self) -> Labels:
        return self.labels_of(self.lang)

    def labels_of(self, lang: str) -> Labels:
        return page_labels(self.country, lang)


def stage_minutes(duration: Any) -> list[tuple[str, int]]:
    """The scenario's time split into its stages, whole minutes that add up to the total."""
    try:
        total = int(duration) if duration else DEFAULT_MINUTES
    except (TypeError, ValueError):
        total = DEFAULT_MINUTES
    total = max(total, len(STAGE_SHARES))
    minutes = [max(1, round(total * share)) for _, share in STAGE_SHARES]
    minutes[1] += total - sum(minutes)  # rounding goes to the group work
    return [(stage, m) for (stage, _), m in zip(STAGE_SHARES, minutes, strict=True)]


def build_kit(
    library: Library,
    scenario_ids: Iterable[str],
    *,
    groups: int = 3,
    lang: str | None = None,
    today: date | None = None,
) -> Kit:
    """The kit for ``scenario_ids`` (in the order given, each once). With ``lang``, a scenario that
    has a translation in that language is used in it. Raises :class:`UnknownScenarioError`."""
    ids = list(dict.fromkeys(i.strip() for i in scenario_ids if i.strip()))
    if not ids:
        raise UnknownScenarioError("no scenario id given")
    if not 1 <= groups <= MAX_GROUPS:
        raise KbError(f"--groups must be between 1 and {MAX_GROUPS}, got {groups}")
    docs: list[DocumentRecord] = []
    for scenario_id in ids:
        try:
            doc = library.document(scenario_id)
        except NotFoundError:
            raise UnknownScenarioError(f"unknown scenario id: {scenario_id}") from None
        if doc.type != "scenario":
            raise UnknownScenarioError(f"not a scenario: {scenario_id} is a {doc.type}")
        if lang and doc.lang != lang and doc.translation and library.has(doc.translation):
            doc = library.document(doc.translation)
        docs.append(doc)
    contacts: dict[str, DocumentRecord] = {}
    for doc in docs:
        for contact_id in _contact_ids(doc):
            if contact_id not in contacts:
                try:
                    contacts[contact_id] = library.document(contact_id)
                except NotFoundError:  # the build refuses such a reference; never fail on paper
                    continue
    return Kit(
        tuple(docs),
        groups,
        lang or docs[0].lang,
        today or date.today(),
        library.title,
        library.version,
        contacts,
        library.titles(),
        library.country(),
    )


def _contact_ids(doc: DocumentRecord) -> list[str]:
    ids = [str(r["contact"]) for r in _roles(doc) if r.get("contact")]
    ids += [str(c) for s in _steps(doc) for c in s.get("contacts") or []]
    return list(dict.fromkeys(ids))


def _roles(doc: DocumentRecord) -> list[dict[str, Any]]:
    return [r for r in doc.meta.get("roles") or [] if isinstance(r, dict)]


def _steps(doc: DocumentRecord) -> list[dict[str, Any]]:
    return [s for s in doc.meta.get("solution") or [] if isinstance(s, dict)]


def _body_html(doc: DocumentRecord) -> str:
    from kb_app.core.content.markdown import render_html, strip_leading_h1

    return links_as_text(render_html(strip_leading_h1(doc.body_md)))


def _page(first: bool) -> str:
    return "" if first else ' style="page-break-before: always"'


def _head(text: str, first: bool) -> str:
    return f'<h1 style="font-size:large; margin-bottom:2px"{_page(first)}>{escape(text)}</h1>'


def _h(text: str) -> str:
    return f'<h3 style="margin-top:8px; margin-bottom:3px">{escape(text)}</h3>'


def _footer(kit: Kit, lab: dict[str, str]) -> str:
    return (
        f'<p class="muted"><small>{escape(lab["pack"])}: {escape(kit.pack_title)}, {escape(lab["version"])} '
        f"{escape(kit.pack_version)} · {escape(kit.day.isoformat())}</small></p>"
    )


def _timing(doc: DocumentRecord, lab: dict[str, str]) -> str:
    stages = stage_minutes(doc.meta.get("duration_minutes"))
    total = sum(m for _, m in stages)
    parts = ", ".join(f"{escape(lab[stage])} {m} {lab['minutes']}" for stage, m in stages)
    return f"<p><b>{escape(lab['time'])}: {total} {lab['minutes']}</b> ({parts})</p>"


def group_cards_html(kit: Kit) -> str:
    """One page per scenario and group: the situation, the questions, room for the answers."""
    lab = kit_labels(kit.labels)
    parts: list[str] = []
    for doc in kit.scenarios:
        # Room to write by hand: three lines a question, a numbered row per institution.
        questions = "".join(
            f"<li>{paper_html(str(q))}<br>&nbsp;<hr>&nbsp;<hr>&nbsp;<hr></li>" for q in doc.meta.get("questions") or []
        )
        lines = "".join(f'<tr><td width="6%" align="right">{n}.</td><td>&nbsp;</td></tr>' for n in range(1, 7))
        for group in range(1, kit.groups + 1):
            parts.append(_head(lab["group"].format(group, kit.groups), not parts))
            parts.append(f'<h2 style="margin-top:2px">{escape(doc.title)}</h2>')
            parts.append(_timing(doc, lab))
            parts.append(_h(lab["situation"]) + _body_html(doc))
            parts.append(_h(lab["questions"]) + f"<ol>{questions}</ol>")
            parts.append(
                _h(lab["answers"]) + f'<table border="1" cellspacing="0" cellpadding="4" width="100%">{lines}</table>'
            )
    return "\n".join(parts)


def kit_maps(kit: Kit) -> dict[str, str]:
    """``coopmap:<id>`` → the SVG of that scenario's cooperation map, for the trainer sheet."""
    return {
        f"{MAP_URL}{doc.id}": map_svg(build_map(doc.meta, kit.titles, kit.labels_of(doc.lang)), doc.title)
        for doc in kit.scenarios
    }


def _emergency(kit: Kit) -> tuple[EmergencyNumber, ...]:
    return kit.country.emergency_numbers if kit.country is not None else ()


def _sheet_contact(doc: DocumentRecord) -> SheetContact:
    return SheetContact(doc.id, doc.title, tuple(contact_facts(doc.meta)), str(doc.meta.get("if_no_phone") or ""))


def _map_img(doc: DocumentRecord, kit: Kit) -> str:
    coop = build_map(doc.meta, kit.titles, kit.labels_of(doc.lang))
    scale = min(1.0, MAP_BOX[0] / max(coop.width, 1), MAP_BOX[1] / max(coop.height, 1))
    return (
        f'<p align="center"><img src="{MAP_URL}{escape(doc.id)}" width="{coop.width * scale:.0f}" '
        f'height="{coop.height * scale:.0f}"></p>'
    )


def trainer_sheet_html(kit: Kit) -> str:
    lab = kit_labels(kit.labels)
    parts: list[str] = []
    for doc in kit.scenarios:
        stale = False
        parts.append(_head(doc.title, not parts))
        parts.append(_timing(doc, lab))
        if doc.summary:
            parts.append(f"<p><i>{escape(doc.summary)}</i></p>")
        parts.append(
            _h(lab["roles"]) + '<table border="1" cellspacing="0" cellpadding="3" width="100%">'
            f'<tr><th align="left">{escape(lab["institution"])}</th>'
            f'<th align="left">{escape(lab["role"])}</th></tr>'
        )
        for role in _roles(doc):
            parts.append(
                f'<tr><td valign="top" width="30%"><b>{escape(str(role.get("institution", "")))}</b>'
                f"</td><td>{paper_html(str(role.get('role', '')))}</td></tr>"
            )
        parts.append("</table>")
        parts.append(_h(lab["solution"]) + "<ol>")
        for step in _steps(doc):
            who = [kit.titles.get(str(c), str(c)) for c in step.get("contacts") or []]
            involves = f"<br><small>{escape(lab['involves'])}: {escape('; '.join(who))}</small>" if who else ""
            parts.append(
                f"<li><b>{escape(str(step.get('title', '')))}</b> — {paper_html(str(step.get('text', '')))}"
                f"{involves}</li>"
            )
        parts.append("</ol>")
        parts.append(
            _h(lab["map"]) + _map_img(doc, kit) + f'<p class="muted"><small>{escape(lab["map_legend"])}</small></p>'
        )
        parts.append(
            _h(lab["questions"])
            + "<ol>"
            + "".join(f"<li>{paper_html(str(q))}</li>" for q in doc.meta.get("questions") or [])
            + "</ol>"
        )
        parts.append(
            f"<p><b>{escape(lab['good_answer'])}:</b> "
            + escape("; ".join(str(s.get("title", "")) for s in _steps(doc)))
            + "</p>"
        )
        # The order the groups' answers are compared with in workshop mode (the map's rows).
        order = " → ".join(m.label for m in model_institutions(doc.meta, kit.titles))
        parts.append(f"<p><b>{escape(lab['model_order'])}:</b> {escape(order)}</p>")
        contacts = [kit.contacts[c] for c in _contact_ids(doc) if c in kit.contacts]
        if contacts:
            parts.append(_h(lab["contacts"]) + '<table border="1" cellspacing="0" cellpadding="3" width="100%">')
            for contact in contacts:
                sheet_contact = _sheet_contact(contact)
                stale = stale or any(f.is_stale(kit.day) for f in sheet_contact.facts)
                channels = contact_channels_html(sheet_contact, kit.labels, kit.day, _emergency(kit))
                parts.append(
                    f'<tr><td valign="top" width="28%"><b>{escape(contact.title)}</b></td><td>{channels}</td></tr>'
                )
            parts.append("</table>")
        if stale:
            parts.append(f'<p class="muted"><small>{escape(lab["stale_mark"])}</small></p>')
        parts.append(_footer(kit, lab))
    return "\n".join(parts)


@dataclass
class _Card:
    title: str
    contact: DocumentRecord | None
    roles: list[tuple[str, str]]  # (scenario title, the role's text)
    steps: list[tuple[str, int, str]]  # (scenario title, step number, step title)


def role_cards(kit: Kit) -> list[_Card]:
    """One card per institution: a contact the scenarios name (in a role or a step), or a role
    without a contact (by its name); in the order the scenarios first name them."""
    cards: dict[str, _Card] = {}
    for doc in kit.scenarios:
        for role in _roles(doc):
            contact_id = str(role["contact"]) if role.get("contact") else None
            key = contact_id or " ".join(str(role.get("institution", "")).split()).casefold()
            contact = kit.contacts.get(contact_id) if contact_id else None
            card = cards.setdefault(
                key, _Card(contact.title if contact else str(role.get("institution", "")), contact, [], [])
            )
            card.roles.append((doc.title, f"{role.get('institution', '')}: {role.get('role', '')}"))
        for number, step in enumerate(_steps(doc), start=1):
            for contact_id in (str(c) for c in step.get("contacts") or []):
                contact = kit.contacts.get(contact_id)
                if contact is None:
                    continue
                card = cards.setdefault(contact_id, _Card(contact.title, contact, [], []))
                card.steps.append((doc.title, number, str(step.get("title", ""))))
    return list(cards.values())


def role_cards_html(kit: Kit) -> str:
    """The cards one after another, each a framed box to cut out (several fit on a page)."""
    lab = kit_labels(kit.labels)
    parts = [f'<h1 style="font-size:large; margin-bottom:6px">{escape(lab["role_cards"])}</h1>']
    stale = False
    for card in role_cards(kit):
        body: list[str] = [f'<p style="font-size:large; margin-bottom:2px"><b>{escape(card.title)}</b></p>']
        what = [str(s) for s in (card.contact.meta.get("services") or [])] if card.contact else []
        body.append(_h(lab["what"]) + '<ul style="margin-top:0px; margin-bottom:0px">')
        body.extend(f"<li>{paper_html(s)}</li>" for s in what)
        body.extend(
            f'<li>{paper_html(text)} <small class="muted">({escape(scenario)})</small></li>'
            for scenario, text in card.roles
        )
        body.append("</ul>")
        if card.steps:
            body.append(_h(lab["when"]) + '<ul style="margin-top:0px; margin-bottom:0px">')
            body.extend(
                f"<li>{escape(scenario)}, {escape(lab['step'].format(number))}: <b>{escape(title)}</b></li>"
                for scenario, number, title in card.steps
            )
            body.append("</ul>")
        body.append(_h(lab["reach"]))
        if card.contact is None:
            body.append(f"<p>{escape(lab['no_contact'])}</p>")
        else:
            sheet_contact = _sheet_contact(card.contact)
            stale = stale or any(f.is_stale(kit.day) for f in sheet_contact.facts)
            body.append(f"<p>{contact_channels_html(sheet_contact, kit.labels, kit.day, _emergency(kit))}</p>")
        parts.append(
            '<table class="role-card" border="1" cellspacing="0" cellpadding="8" width="100%" '
            f'style="margin-bottom:10px"><tr><td>{"".join(body)}</td></tr></table>'
        )
    if stale:
        parts.append(f'<p class="muted"><small>{escape(lab["stale_mark"])}</small></p>')
    parts.append(_footer(kit, lab))
    return "\n".join(parts)


def kit_documents(kit: Kit) -> list[tuple[str, str, str]]:
    """(file name, title, HTML) of the kit's three documents, in the order they are written."""
    lab = kit_labels(kit.labels)
    return [
        (KIT_FILES[0], lab["group_cards"], group_cards_html(kit)),
        (KIT_FILES[1], lab["trainer_sheet"], trainer_sheet_html(kit)),
        (KIT_FILES[2], lab["role_cards"], role_cards_html(kit)),
    ]
