"""A document as the reader shows it: its Markdown body plus its structured keys, as safe HTML.

Rendered once at build time and stored in the library, so the desktop app never needs
markdown-it on its start path. Every value from content is escaped here; Markdown goes through
the safe renderer of :mod:`kb_app.core.content.markdown`. The words a page adds to content (headings, fact
labels) are the pack's, for the document's language (``Labels``, kb_app.core.content.labels).
"""

from __future__ import annotations

from datetime import date
from html import escape
from typing import Any

from kb_app.core.content.contact_facts import ContactFact, contact_facts, status_text
from kb_app.core.content.documents import Document
from kb_app.core.content.labels import Labels
from kb_app.core.content.markdown import is_allowed_link, render_html


def labels(page: Labels) -> dict[str, str]:
    """The headings and words a reader page adds, in the page's language (kb_app.core.content.labels)."""
    return page.group("page")


def link_html(target: str, titles: dict[str, str]) -> str:
    return f'<a href="kb:{escape(target)}">{escape(titles.get(target, target))}</a>'


def inline_html(text: str) -> str:
    """One value of content (a list item, a table cell) as safe HTML to place inline: rendered
    like any Markdown, but a single paragraph loses its ``<p>`` so it sits inside the item."""
    html = render_html(text).strip()
    if html.startswith("<p>") and html.endswith("</p>") and html.count("<p>") == 1:
        html = html[3:-4]
    return html


def source_html(value: str) -> str:
    value = value.strip()
    if value.startswith(("http://", "https://")) and is_allowed_link(value) and " " not in value:
        return f'<a href="{escape(value)}">{escape(value)}</a>'
    return inline_html(value)


_KIND_KEYS = {"phone": "phones", "email": "emails", "website": "website", "address": "address", "hours": "hours"}


def fact_kind_label(kind: str, page: Labels) -> str:
    """The heading the page gives a kind of contact fact ("Phone", "E-mail"… in the pack's words)."""
    return labels(page).get(_KIND_KEYS.get(kind, ""), kind)


def _fact_value_html(fact: ContactFact) -> str:
    value = escape(fact.value)
    if fact.kind == "phone":
        tel = "".join(ch for ch in fact.value if ch.isdigit() or ch == "+")
        return f'<a href="tel:{escape(tel)}">{value}</a>'
    if fact.kind == "email":
        return f'<a href="mailto:{value}">{value}</a>'
    if fact.kind == "website":
        return source_html(fact.value)
    return value


def _fact_html(fact: ContactFact, page: Labels, today: date | None) -> str:
    label = f' <span class="muted">({escape(fact.label)})</span>' if fact.label else ""
    status = escape(status_text(fact, page, today))
    if fact.stable and fact.stable_source:  # why its age does not matter, with its own source
        status += f" ({escape(fact.stable_source)})"
    if fact.is_stale(today):
        status = f"⚠ {status}"
    source = fact.source
    where = (
        f' · <a href="{escape(source)}">{escape(labels(page)["source"].lower())}</a>'
        if source.startswith(("http://", "https://")) and is_allowed_link(source) and " " not in source
        else f" · {escape(source)}"
    )
    return f'{_fact_value_html(fact)}{label}<br><span class="muted"><small>{status}{where}</small></span>'


def contact_html(meta: dict[str, Any], page: Labels, today: date | None = None) -> str:
    """The contact card: every fact with its own source date and check, stale ones marked.

    Rendered when the library is built, so "stale" is judged on that day; the contacts window
    judges it again on the day it is opened."""
    lab = {key: escape(text) for key, text in labels(page).items()}
    rows: list[tuple[str, str]] = []
    facts = contact_facts(meta)
    for kind, key in _KIND_KEYS.items():
        of_kind = [f for f in facts if f.kind == kind]
        if of_kind:
            rows.append((lab[key], "<br>".join(_fact_html(f, page, today) for f in of_kind)))
        if kind == "phone" and not of_kind and meta.get("if_no_phone"):
            rows.append((lab["if_no_phone"], inline_html(str(meta["if_no_phone"]))))
    if meta.get("region"):
        rows.append((lab["region"], escape(str(meta["region"]))))
    if meta.get("services"):
        rows.append(
            (lab["services"], "<ul>" + "".join(f"<li>{inline_html(str(s))}</li>" for s in meta["services"]) + "</ul>")
        )
    cells = "".join(f'<tr><th align="left" valign="top">{k}</th><td>{v}</td></tr>' for k, v in rows)
    return f'<table class="contact-card" cellpadding="4">{cells}</table>'


def indicators_html(doc: Document, titles: dict[str, str], page: Labels) -> str:
    lab = {key: escape(text) for key, text in labels(page).items()}
    parts: list[str] = []
    for group in doc.meta.get("groups") or []:
        if not isinstance(group, dict):
            continue
        parts.append(f'<h2 id="{escape(str(group.get("id", "")))}">{escape(str(group.get("title", "")))}</h2><ul>')
        for item in group.get("indicators") or []:
            if not isinstance(item, dict):
                continue
            strong = f' <b class="strong">({lab["strong"]})</b>' if item.get("strong") else ""
            ask = (
                f'<br><span class="ask"><i>{lab["ask"]}:</i> {inline_html(str(item["ask"]))}</span>'
                if item.get("ask")
                else ""
            )
            parts.append(
                f'<li id="{escape(str(item.get("id", "")))}">{inline_html(str(item.get("text", "")))}{strong}{ask}</li>'
            )
        parts.append("</ul>")
    steps = doc.meta.get("next_steps") or []
    if steps:
        parts.append(f"<h2>{lab['next_steps']}</h2><ol>")
        parts.extend(f"<li>{inline_html(str(s))}</li>" for s in steps)
        parts.append("</ol>")
    contacts = doc.meta.get("contacts") or []
    if contacts:
        parts.append(f"<h2>{lab['contacts']}</h2><ul>")
        parts.extend(f"<li>{link_html(str(c), titles)}</li>" for c in contacts)
        parts.append("</ul>")
    return "".join(parts)


def scenario_html(doc: Document, titles: dict[str, str], indicator_texts: dict[str, str], page: Labels) -> str:
    lab = {key: escape(text) for key, text in labels(page).items()}
    meta = doc.meta
    parts: list[str] = []
    if meta.get("duration_minutes"):
        parts.append(f'<p class="muted">{lab["duration"]}: {int(meta["duration_minutes"])} {lab["minutes"]}</p>')
    parts.append(f"<h2>{lab['questions']}</h2><ol>")
    parts.extend(f"<li>{inline_html(str(q))}</li>" for q in meta.get("questions") or [])
    parts.append("</ol>")
    parts.append(roles_table_html(meta.get("roles") or [], page, titles))
    parts.append(f"<h2>{lab['solution']}</h2><ol>")
    for step in meta.get("solution") or []:
        if isinstance(step, dict):
            parts.append(solution_step_html(step, titles))
    parts.append("</ol>")
    inds = [str(i) for i in meta.get("indicators") or []]
    if inds:
        parts.append(f"<h2>{lab['indicators']}</h2><ul>")
        parts.extend(f"<li>{escape(indicator_texts.get(i, i))}</li>" for i in inds)
        parts.append("</ul>")
    return "".join(parts)


def roles_table_html(roles: list[Any], page: Labels, titles: dict[str, str]) -> str:
    lab = {key: escape(text) for key, text in labels(page).items()}
    rows = []
    for role in roles:
        if not isinstance(role, dict):
            continue
        name = escape(str(role.get("institution", "")))
        if role.get("contact"):
            target = str(role["contact"])
            name = f'<a href="kb:{escape(target)}" title="{escape(titles.get(target, target))}">{name}</a>'
        rows.append(f'<tr><td valign="top"><b>{name}</b></td><td>{inline_html(str(role.get("role", "")))}</td></tr>')
    return (
        f'<h2>{lab["roles"]}</h2><table class="roles" border="1" cellspacing="0" cellpadding="6">'
        f'<tr><th align="left">{lab["institution"]}</th><th align="left">{lab["role"]}</th></tr>'
        + "".join(rows)
        + "</table>"
    )


def solution_step_html(step: dict[str, Any], titles: dict[str, str]) -> str:
    contacts = step.get("contacts") or []
    who = (
        ' <span class="muted">→ ' + ", ".join(link_html(str(c), titles) for c in contacts) + "</span>"
        if contacts
        else ""
    )
    return f"<li><b>{escape(str(step.get('title', '')))}</b><br>{inline_html(str(step.get('text', '')))}{who}</li>"


def handout_labels(labels: Labels) -> dict[str, str]:
    """The handout's own headings, in its language as the pack declares them."""
    return labels.group("handout")


def languages_text(line: dict[str, Any], labels: Labels) -> str:
    """Which languages the line answers in, said to a reader of the handout's language; when the
    reader's own language is not among them, that it is not confirmed (empty when the content
    says nothing)."""
    codes = [str(code) for code in line.get("languages") or []]
    if not codes:
        return ""
    lang = labels.lang
    names = labels.group("languages")
    lab = handout_labels(labels)
    label = lab["answers_in"] if len(codes) == 1 else lab["answers_in_many"]
    said = f"{label}: {', '.join(names.get(code, code) for code in codes)}"
    return said if lang in codes else f"{said}; {lab['not_confirmed'].format(names.get(lang, lang))}"


def help_lines_html(meta: dict[str, Any], labels: Labels) -> str:
    """The help lines as a table: the number large, who answers, when and in which languages."""
    lab = handout_labels(labels)
    rows = []
    for line in meta.get("help_lines") or []:
        if not isinstance(line, dict):
            continue
        # Three short lines a row: who, when (and free of charge), in which languages.
        free = f" ({escape(lab['free'])})" if line.get("free") else ""
        spoken = languages_text(line, labels)
        spoken_html = f"<br><i>{escape(spoken)}</i>" if spoken else ""
        number = escape(str(line.get("number", ""))).replace(" ", "&nbsp;")
        rows.append(
            f'<tr><td valign="top" width="27%"><span style="font-size:large; white-space:nowrap">'
            f"<b>{number}</b></span></td>"
            f"<td><b>{escape(str(line.get('name', '')))}</b><br>"
            f"{escape(str(line.get('hours', '')))}{free}{spoken_html}</td></tr>"
        )
    return (
        f"<h2>{escape(lab['help_lines'])}</h2>"
        '<table class="help-lines" border="1" cellspacing="0" cellpadding="3" width="100%">'
        + "".join(rows)
        + "</table>"
    )
