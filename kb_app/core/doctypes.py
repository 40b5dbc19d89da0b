"""The document types: each declared once, with everything the app does differently for it.

A type's entry says which front-matter keys it has (validation), what text of those keys search
reads besides the body, what the reader shows above and below the body, and how the interface
names it (:mod:`kb_app.core.doctype_names`, kept apart so the window's start path does not load the
schema). Adding a document type is one entry in :data:`DOC_TYPES` and one in ``TYPE_NAMES``, its
keys in knowledge/README.md and its words in the translations.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from kb_app.core import schema
from kb_app.core.contact_facts import ContactFact, contact_facts
from kb_app.core.country import AREA, CATEGORY, Country
from kb_app.core.doctype_names import TYPE_NAMES
from kb_app.core.labels import Labels
from kb_app.core.schema import GROUP, HELP_LINE, ROLE, STEP, Field, contact_fact, list_of, positive_int, slug, text

if TYPE_CHECKING:
    from kb_app.core.documents import Document

Titles = dict[str, str]


def _none(_doc: Document) -> list[str]:
    return []


def _no_html(_doc: Document, _page: Labels) -> str:
    return ""


def _no_tail(_doc: Document, _titles: Titles, _indicator_texts: Titles, _page: Labels) -> str:
    return ""


@dataclass(frozen=True)
class DocType:
    name: str  # a key of TYPE_NAMES, which says how the interface names it
    fields: dict[str, Field] = field(default_factory=dict)  # its own front-matter keys
    extra_text: Callable[[Document], list[str]] = _none  # searchable text held in those keys
    # Reader HTML above the body and below it (titles, indicator texts), with the pack's labels.
    above_body: Callable[[Document, Labels], str] = _no_html
    below_body: Callable[[Document, Titles, Titles, Labels], str] = _no_tail

    @property
    def label(self) -> str:
        return TYPE_NAMES[self.name].label

    @property
    def plural(self) -> str:
        return TYPE_NAMES[self.name].plural


def _list(meta: dict[str, Any], key: str) -> list[str]:
    return [str(x) for x in meta.get(key) or []]


def _contact_text(doc: Document) -> list[str]:
    meta = doc.meta
    parts = _list(meta, "services")
    parts += [str(meta[key]) for key in ("region", "if_no_phone") if meta.get(key)]
    page = doc.labels or Labels(doc.lang)
    parts += [_fact_line(fact, page) for fact in contact_facts(meta)]
    return parts


def _fact_line(fact: ContactFact, page: Labels) -> str:
    """A contact fact as one searchable line with its kind and label, as the page shows it:
    "Phone: anonymous helpline — +371 67312176" in the pack's words (a snippet shows it whole)."""
    from kb_app.core.render import fact_kind_label  # the page's own words; render is a build-time module

    kind = fact_kind_label(fact.kind, page)
    return f"{kind}: {fact.label} — {fact.value}" if fact.label else f"{kind}: {fact.value}"


def _indicators_text(doc: Document) -> list[str]:
    parts: list[str] = []
    for _gi, group, _ii, item in doc.indicator_items():
        parts += [str(group.get("title", "")), str(item.get("text", ""))]
    return parts + _list(doc.meta, "next_steps")


def _scenario_text(doc: Document) -> list[str]:
    meta = doc.meta
    parts = _list(meta, "questions")
    parts += [f"{r.get('institution', '')}: {r.get('role', '')}" for r in meta.get("roles") or []
              if isinstance(r, dict)]
    parts += [f"{s.get('title', '')}. {s.get('text', '')}" for s in meta.get("solution") or [] if isinstance(s, dict)]
    return parts


# Rendering needs markdown-it: imported when a library is built, never on the app's start path
# (the interface reads this registry for labels).

def _contact_head(doc: Document, page: Labels) -> str:
    from kb_app.core.render import contact_html

    return contact_html(doc.meta, page)


def _scenario_head(_doc: Document, page: Labels) -> str:
    from html import escape

    from kb_app.core.render import labels

    return f"<h2>{escape(labels(page)['situation'])}</h2>"


def _indicators_tail(doc: Document, titles: Titles, _indicator_texts: Titles, page: Labels) -> str:
    from kb_app.core.render import indicators_html

    return indicators_html(doc, titles, page)


def _scenario_tail(doc: Document, titles: Titles, indicator_texts: Titles, page: Labels) -> str:
    from kb_app.core.render import scenario_html

    return scenario_html(doc, titles, indicator_texts, page)


def _handout_tail(doc: Document, _titles: Titles, _indicator_texts: Titles, page: Labels) -> str:
    from kb_app.core.handout import help_lines_html

    return help_lines_html(doc.meta, page)


DOC_TYPES: dict[str, DocType] = {t.name: t for t in (
    DocType("article"),
    DocType(
        "indicators",
        {
            "area": Field(text, required=True),  # declared in country.yaml (fields_for)
            "groups": Field(list_of(GROUP, min_items=1), required=True),
            "next_steps": Field(list_of(text)),
            "contacts": Field(list_of(slug)),
        },
        _indicators_text,
        below_body=_indicators_tail,
    ),
    DocType(
        "contact",
        {
            "category": Field(text, required=True),  # declared in country.yaml (fields_for)
            "facts": Field(list_of(contact_fact)),
            "if_no_phone": Field(text),
            "services": Field(list_of(text)),
            "region": Field(text),
        },
        _contact_text,
        above_body=_contact_head,
    ),
    DocType(
        "scenario",
        {
            "questions": Field(list_of(text, min_items=1), required=True),
            "roles": Field(list_of(ROLE, min_items=1), required=True),
            "solution": Field(list_of(STEP, min_items=1), required=True),
            "duration_minutes": Field(positive_int),
            "indicators": Field(list_of(slug)),
        },
        _scenario_text,
        above_body=_scenario_head,
        below_body=_scenario_tail,
    ),
    DocType(
        "handout",
        {"help_lines": Field(list_of(HELP_LINE, min_items=1), required=True)},
        below_body=_handout_tail,
    ),
)}

# Keys whose values a country declares: key → (list in country.yaml, what a problem calls it).
DECLARED_KEYS = {"lang": ("languages", "languages"), "category": (CATEGORY, "contact categories"),
                 "area": (AREA, "indicator areas")}


def fields_for(doc_type: Any, country: Country | None = None) -> dict[str, Field]:
    """The keys a document of ``doc_type`` may have, checked against the folder's ``country``."""
    fields = {**schema.COMMON_FIELDS, "type": Field(schema.one_of(tuple(DOC_TYPES)), required=True)}
    if isinstance(doc_type, str) and doc_type in DOC_TYPES:
        fields.update(DOC_TYPES[doc_type].fields)
    for key, (kind, what) in DECLARED_KEYS.items():
        if key in fields:
            codes = None if country is None else (
                country.language_codes() if kind == "languages" else country.codes(kind))
            fields[key] = Field(schema.declared(codes, what), required=fields[key].required)
    return fields
