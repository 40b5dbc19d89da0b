"""The document types: each declared once, with everything the app does differently for it.

A type's entry says how the interface names it (singular, plural, its entry in the search filter),
which front-matter keys it has (validation) and how a change of each is named, which of those keys
refer to other documents (checked by ``kb-app check``), what further checks a document of the type
must pass, what text of its keys search reads besides the body, and what the reader shows above and
below the body. Adding a document type is one entry in :data:`DOC_TYPES` (CONTRIBUTING.md, "Add a
document type"); the window's start path reads the names from a table generated from this registry
(kb_app/ui/look/doc_type_names.py, written by kb_app.ui.look.doc_type_table) so that it never loads the schema.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from kb_app.core.content import schema
from kb_app.core.content.contact_facts import ContactFact, contact_facts, phones
from kb_app.core.content.country import AREA, CATEGORY, Country
from kb_app.core.content.labels import Labels
from kb_app.core.content.schema import (
    GROUP,
    HELP_LINE,
    ROLE,
    STEP,
    Field,
    contact_fact,
    list_of,
    positive_int,
    slug,
    text,
)

if TYPE_CHECKING:
    from kb_app.core.content.documents import Document

Titles = dict[str, str]
# A problem a check finds in one document's front matter: where (a key path) and what.
Finding = tuple[schema.Path_, str]
# What a reference key may name besides a document of some type: an indicator of any indicator set.
INDICATOR = "indicator"


@dataclass(frozen=True)
class Reference:
    """A front-matter key whose values name other documents: ``key`` is a dotted path where ``*``
    steps into every item of a list (``solution.*.contacts.*``); ``to`` is the type the named
    document must have (None: any document; :data:`INDICATOR`: an indicator id). ``check`` looks
    at the entry that holds the reference together with the document it names, with the country's
    calling code, and returns a problem as (key in that entry, message), or None."""

    key: str
    to: str | None = None
    check: Callable[[dict[str, Any], Document, str], tuple[str, str] | None] | None = None


def reference_values(data: dict[str, Any], key: str) -> Iterator[tuple[schema.Path_, Any, Any]]:
    """(path, value, the dict or list holding it) for each value ``key`` (a :class:`Reference` key)
    reaches in ``data``; values of the wrong shape are skipped (validation reports them)."""

    def walk(node: Any, steps: list[str], path: schema.Path_) -> Iterator[tuple[schema.Path_, Any, Any]]:
        step, rest = steps[0], steps[1:]
        children: list[tuple[str | int, Any]] = []
        if step == "*" and isinstance(node, list):
            children = list(enumerate(node))
        elif step != "*" and isinstance(node, dict) and step in node:
            children = [(step, node[step])]
        for where, child in children:
            if rest:
                yield from walk(child, rest, (*path, where))
            else:
                yield (*path, where), child, node

    return walk(data, key.split("."), ())


def _none(_doc: Document) -> list[str]:
    return []


def _no_html(_doc: Document, _page: Labels) -> str:
    return ""


def _no_tail(_doc: Document, _titles: Titles, _indicator_texts: Titles, _page: Labels) -> str:
    return ""


@dataclass(frozen=True)
class DocType:
    name: str  # the code front matter gives as ``type``
    # How the interface names it, in English; the window translates them (context "Labels").
    label: str  # singular, for a badge next to a title
    plural: str  # a heading of the library tree
    fields: dict[str, Field] = field(default_factory=dict)  # its own front-matter keys
    # How "what changed" names a change of each of those keys (and of any other key its changes
    # name); the window translates them (context "Changes").
    field_labels: dict[str, str] = field(default_factory=dict)
    references: tuple[Reference, ...] = ()  # which of its keys name other documents
    checks: tuple[Callable[[dict[str, Any]], list[Finding]], ...] = ()  # more than each key's own rule
    extra_text: Callable[[Document], list[str]] = _none  # searchable text held in those keys
    # Reader HTML above the body and below it (titles, indicator texts), with the pack's labels.
    above_body: Callable[[Document, Labels], str] = _no_html
    below_body: Callable[[Document, Titles, Titles, Labels], str] = _no_tail
    in_search_filter: bool = True  # offered in "Search in:"
    filter_label: str = ""  # its name there when shorter than ``plural``

    def __post_init__(self) -> None:
        unnamed = set(self.fields) - set(self.field_labels)
        if unnamed:  # a change of that key would read as its code
            raise ValueError(f"document type {self.name!r}: no field label for {sorted(unnamed)}")


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
    from kb_app.core.content.render import fact_kind_label  # the page's own words; render is a build-time module

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
    parts += [
        f"{r.get('institution', '')}: {r.get('role', '')}" for r in meta.get("roles") or [] if isinstance(r, dict)
    ]
    parts += [f"{s.get('title', '')}. {s.get('text', '')}" for s in meta.get("solution") or [] if isinstance(s, dict)]
    return parts


# Rendering needs markdown-it: imported when a library is built, never on the app's start path
# (the interface reads this registry for labels).


def _contact_head(doc: Document, page: Labels) -> str:
    from kb_app.core.content.render import contact_html

    return contact_html(doc.meta, page)


def _scenario_head(_doc: Document, page: Labels) -> str:
    from html import escape

    from kb_app.core.content.render import labels

    return f"<h2>{escape(labels(page)['situation'])}</h2>"


def _indicators_tail(doc: Document, titles: Titles, _indicator_texts: Titles, page: Labels) -> str:
    from kb_app.core.content.render import indicators_html

    return indicators_html(doc, titles, page)


def _scenario_tail(doc: Document, titles: Titles, indicator_texts: Titles, page: Labels) -> str:
    from kb_app.core.content.render import scenario_html

    return scenario_html(doc, titles, indicator_texts, page)


def _handout_tail(doc: Document, _titles: Titles, _indicator_texts: Titles, page: Labels) -> str:
    from kb_app.core.content.render import help_lines_html

    return help_lines_html(doc.meta, page)


# Checks of one document beyond each key's own rule.


def _unique_group_ids(data: dict[str, Any]) -> list[Finding]:
    groups = data.get("groups")
    found: list[Finding] = []
    seen: set[str] = set()
    for gi, group in enumerate(groups if isinstance(groups, list) else []):
        if isinstance(group, dict) and isinstance(group.get("id"), str):
            if group["id"] in seen:
                found.append((("groups", gi, "id"), f"duplicate group id '{group['id']}' in this document"))
            seen.add(group["id"])
    return found


def _reachable(data: dict[str, Any]) -> list[Finding]:
    """A worker must be able to reach every service: a phone, or a sentence saying what to do instead."""
    raw = data.get("facts")
    facts: list[Any] = raw if isinstance(raw, list) else []
    if any(isinstance(f, dict) and f.get("kind") == "phone" for f in facts) or data.get("if_no_phone"):
        return []
    return [(("id",), "a contact needs a phone fact, or 'if_no_phone': what a worker does when no number is public")]


def _pocket_card_size(data: dict[str, Any]) -> list[Finding]:
    """A handout's pocket card (the help lines with a card_name) has 2 or 3 numbers, or none at all."""
    lines = data.get("help_lines")
    card = [
        i
        for i, line in enumerate(lines if isinstance(lines, list) else [])
        if isinstance(line, dict) and isinstance(line.get("card_name"), str) and line["card_name"].strip()
    ]
    if len(card) in (0, 2, 3):
        return []
    where = card[3] if len(card) > 3 else card[0]
    return [
        (
            ("help_lines", where, "card_name"),
            f"a pocket card holds 2 or 3 numbers, but {len(card)} help lines have a card_name",
        )
    ]


def _digits(number: str, calling_code: str = "") -> str:
    """The number without the country's calling code (country.yaml), which a handout may leave out."""
    digits = "".join(ch for ch in number if ch.isdigit())
    if calling_code and digits.startswith(calling_code) and len(digits) > len(calling_code) + 5:
        return digits[len(calling_code) :]
    return digits


def _number_of_its_contact(line: dict[str, Any], contact: Document, calling_code: str) -> tuple[str, str] | None:
    """A handout's number must be one of its contact's phone facts: a client's copy never
    carries a number the trainers do not track (and check) in the contact itself."""
    if not isinstance(line.get("number"), str):
        return None
    known = {_digits(number, calling_code) for number, _label in phones(contact.meta)}
    if _digits(line["number"], calling_code) in known:
        return None
    return "number", f"number {line['number']!r} is not a phone of '{contact.id}'"


DOC_TYPES: dict[str, DocType] = {
    t.name: t
    for t in (
        DocType("article", "Article", "Articles"),
        DocType(
            "indicators",
            "Indicators",
            "Indicator sets",
            {
                "area": Field(text, required=True),  # declared in country.yaml (fields_for)
                "groups": Field(list_of(GROUP, min_items=1), required=True),
                "next_steps": Field(list_of(text)),
                "contacts": Field(list_of(slug)),
            },
            {"area": "Area", "groups": "Indicators", "next_steps": "Next steps", "contacts": "Contacts"},
            references=(Reference("contacts.*", "contact"),),
            checks=(_unique_group_ids,),
            extra_text=_indicators_text,
            below_body=_indicators_tail,
        ),
        DocType(
            "contact",
            "Contact",
            "Contacts",
            {
                "category": Field(text, required=True),  # declared in country.yaml (fields_for)
                "facts": Field(list_of(contact_fact)),
                "if_no_phone": Field(text),
                "services": Field(list_of(text)),
                "region": Field(text),
            },
            {
                "category": "Category",
                "facts": "Contact details",
                "if_no_phone": "When there is no phone number",
                "services": "Services",
                "region": "Region",
                # What changes name a contact's facts by (kb_app.core.packs.library_changes compares them per kind),
                # and keys of the older contact format a saved record of changes may still name.
                "phones": "Phone numbers",
                "emails": "E-mail addresses",
                "address": "Address",
                "addresses": "Addresses",
                "website": "Website",
                "hours": "Opening hours",
                "verified_on": "Checked on",
                "source": "Source",
            },
            checks=(_reachable,),
            extra_text=_contact_text,
            above_body=_contact_head,
        ),
        DocType(
            "scenario",
            "Scenario",
            "Workshop scenarios",
            {
                "questions": Field(list_of(text, min_items=1), required=True),
                "roles": Field(list_of(ROLE, min_items=1), required=True),
                "solution": Field(list_of(STEP, min_items=1), required=True),
                "duration_minutes": Field(positive_int),
                "indicators": Field(list_of(slug)),
            },
            {
                "questions": "Questions",
                "roles": "Roles",
                "solution": "Solution",
                "duration_minutes": "Duration (minutes)",
                "indicators": "Indicators",
            },
            references=(
                Reference("roles.*.contact", "contact"),
                Reference("solution.*.contacts.*", "contact"),
                Reference("indicators.*", INDICATOR),
            ),
            extra_text=_scenario_text,
            above_body=_scenario_head,
            below_body=_scenario_tail,
            filter_label="Scenarios",
        ),
        DocType(
            "handout",
            "Client handout",
            "Client handouts",
            {"help_lines": Field(list_of(HELP_LINE, min_items=1), required=True)},
            {"help_lines": "Help lines"},
            references=(Reference("help_lines.*.contact", "contact", _number_of_its_contact),),
            checks=(_pocket_card_size,),
            below_body=_handout_tail,
        ),
    )
}

# The keys every document has (schema.COMMON_FIELDS), with its body, as "what changed" names them.
COMMON_FIELD_LABELS: dict[str, str] = {
    "title": "Title",
    "type": "Type",
    "lang": "Language",
    "summary": "Summary",
    "tags": "Tags",
    "municipality": "Municipality",
    "updated": "Updated",
    "sources": "Sources",
    "related": "Related",
    "translation": "Translation",
    "text": "Text",
    "trainer_notes": "Notes for trainers",
}
# Every document may name others in these keys (translation is also checked for its language).
COMMON_REFERENCES = (Reference("translation"), Reference("related.*"))

# Keys whose values a country declares: key → (list in country.yaml, what a problem calls it).
DECLARED_KEYS = {
    "lang": ("languages", "languages"),
    "category": (CATEGORY, "contact categories"),
    "area": (AREA, "indicator areas"),
}


def fields_for(doc_type: Any, country: Country | None = None) -> dict[str, Field]:
    """The keys a document of ``doc_type`` may have, checked against the folder's ``country``."""
    fields = {**schema.COMMON_FIELDS, "type": Field(schema.one_of(tuple(DOC_TYPES)), required=True)}
    if isinstance(doc_type, str) and doc_type in DOC_TYPES:
        fields.update(DOC_TYPES[doc_type].fields)
    for key, (kind, what) in DECLARED_KEYS.items():
        if key in fields:
            codes = (
                None if country is None else (country.language_codes() if kind == "languages" else country.codes(kind))
            )
            fields[key] = Field(schema.declared(codes, what), required=fields[key].required)
    return fields


def field_labels() -> dict[str, str]:
    """Every key a change can name → its English words, common keys first, then each type's."""
    labels = dict(COMMON_FIELD_LABELS)
    for doc_type in DOC_TYPES.values():
        for key, label in doc_type.field_labels.items():
            if labels.setdefault(key, label) != label:  # one translation per key in the window
                raise ValueError(f"field {key!r} is named both {labels[key]!r} and {label!r}")
    return labels
