"""The words the app adds to content on a page: headings, fact labels, the stale line, the referral
sheet's and the handout's own texts. They belong to the content's language and country, so a pack
declares them in its ``country.yaml`` (``labels``, per content language, knowledge/README.md); the
English texts here are the defaults for any text a pack does not give. Never another pack's
language: a Lithuanian page without declared labels reads English, not Latvian.

Groups, each one place that prints them:

- ``page``: the reader page of a document (render.py, the workshop view)
- ``fact``: the status line under each contact fact (contact_facts.status_text)
- ``sheet``: the referral sheet (referral.py)
- ``handout``: the client handout's and the pocket card's own words (handout.py)
- ``kit``: the workshop kit's group cards, trainer sheet and role cards (workshop_kit.py)
- ``record``: the record of a workshop session (workshop_sessions.py)
- ``map``: the step numbers on a cooperation map (coop_map.py)
- ``languages``: the names of languages, as a reader of this language says them (handout.py)
"""

from __future__ import annotations

import string
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

DEFAULTS: dict[str, dict[str, str]] = {
    "page": {
        "phones": "Phone",
        "emails": "E-mail",
        "website": "Website",
        "address": "Address",
        "hours": "Hours",
        "services": "What they do for a victim",
        "region": "Area",
        "if_no_phone": "No public number",
        "source": "Source",
        "questions": "Questions for the group",
        "roles": "Roles of institutions",
        "institution": "Institution",
        "role": "Role",
        "solution": "Model solution",
        "step": "Step",
        "next_steps": "Next steps",
        "contacts": "Whom to call",
        "sources": "Sources",
        "related": "See also",
        "strong": "strong sign",
        "ask": "How to ask",
        "situation": "Situation",
        "duration": "Suggested time",
        "minutes": "min",
        "indicators": "Signs in this case",
        "category": "Category",
    },
    "fact": {
        "source": "source dated {0}",
        "undated": "the source is undated",
        "not_checked": "not checked since",
        "checked": "checked {0} ({1})",
        "stale": "over 12 months old: check it before you rely on it",
        "stable": "a fixed national number",
    },
    "sheet": {
        "title": "Referral: possible human trafficking",
        "municipality": "Municipality",
        "service": "Service",
        "date": "Date",
        "sets": "Indicator set",
        "pack": "Library",
        "version": "version",
        "privacy": "This sheet deliberately has no name or other personal data of the client.",
        "observed": "Observed indicators",
        "none": "No indicators ticked.",
        "strong": "strong sign",
        "strong_count": "Strong signs: {0} — act now.",
        "note": "Notes",
        "next_steps": "Next steps",
        "contacts": "Whom to call",
        "phone": "Phone",
        "email": "E-mail",
        "website": "Website",
        "hours": "Hours",
        "no_phone": "How to reach them",
        "urgent": "Urgent",
        "or": "or",
        "stale_mark": "⚠ — the source or the last check is over 12 months old: check it before you rely on it.",
        "office": "Office contact",
        "local": "In the municipality",
        "social_service": "Social service",
        "orphans_court": "Orphans' court",
        "by_hand": "Filled in by the worker",
        "worker": "Worker, phone",
        "referred_to": "Referred to (whom)",
        "consent": "Client's consent (yes / no)",
        "next_meeting": "Next meeting",
        "signature": "Signature",
    },
    "handout": {
        "help_lines": "Where to call",
        "number": "Phone",
        "free": "free of charge",
        "office": "Your social service",
        "municipality": "Municipality",
        "service": "Service",
        "contact": "How to reach us",
        "date": "Given on",
        # 112 is the emergency number across Europe; a pack for a country without it says its own.
        "safety": "Keep this sheet only if it is safe for you. If it is not, ask for the small card or learn "
        "the number 112 by heart.",
        "card_title": "Useful numbers",
        "card_safety": "Keep this card only if it is safe for you.",
        "answers_in": "Language",
        "answers_in_many": "Languages",
        "not_confirmed": "{0} not confirmed",
    },
    "kit": {
        "group_cards": "Group cards",
        "trainer_sheet": "Trainer's sheet",
        "role_cards": "Role cards",
        "group": "Group {0} of {1}",
        "situation": "Situation",
        "questions": "Questions for the group",
        "answers": "Which institutions would you involve, and in what order?",
        "minutes": "min",
        "time": "Time",
        "reading": "Reading",
        "group_work": "Group work",
        "discussion": "Discussion",
        "roles": "Roles of institutions",
        "institution": "Institution",
        "role": "Role",
        "contact": "Contact",
        "map": "Cooperation map",
        "solution": "Model solution step by step",
        "involves": "Involves",
        "good_answer": "A good answer covers",
        "contacts": "Contacts",
        "what": "What it does",
        "when": "When to involve it",
        "reach": "How to reach it",
        "step": "step {0}",
        "no_contact": "No contact in the library: the institution is the worker's own or the municipality's.",
        "stale_mark": "⚠ — a fact over 12 months old or undated: check it before you rely on it.",
        "map_legend": "Dashed box: an institution the solution names that is not among the roles; dashed "
        "arrow back: the case returns to an institution already involved.",
        "pack": "Library",
        "version": "version",
        "model_order": "Institutions in the model's order (the groups' answers are compared with it)",
    },
    "record": {
        "title": "Workshop record",
        "date": "Date",
        "groups": "Groups",
        "group": "Group {0}",
        "order": "The group's order",
        "both": "Also in the model",
        "missed": "In the model, not named",
        "added": "Added by the group",
        "model": "The model solution's institutions in order",
        "privacy": "The record holds institution names only: no participant's name or other personal data.",
        "none": "—",
    },
    "map": {"step": "step", "steps": "steps"},
    # Language code → its name, as a reader of this language says it (the languages a help line
    # answers in). Any code may be a key; the default is the language's English label in
    # country.yaml's 'languages'.
    "languages": {},
}
FREE_KEYS = frozenset({"languages"})  # groups whose keys are language codes, not fixed names

Declared = Mapping[str, Mapping[str, str]]  # group → key → text, for one content language


@dataclass(frozen=True)
class Labels:
    """The texts for one content language: what its pack declares, over the English defaults."""

    lang: str
    declared: Declared = field(default_factory=dict)
    # The names of the declared languages in English: the defaults of the 'languages' group.
    language_names: Mapping[str, str] = field(default_factory=dict)

    def group(self, name: str) -> dict[str, str]:
        defaults = self.language_names if name == "languages" else DEFAULTS[name]
        return {**defaults, **self.declared.get(name, {})}


@dataclass(frozen=True)
class EmergencyNumber:
    """A number the country's referral sheet prints for a contact that has none of its own."""

    number: str
    labels: dict[str, str] = field(default_factory=dict, hash=False, compare=False)

    def label(self, lang: str) -> str:
        return self.labels.get(lang) or self.labels.get("en") or ""


def emergency_line(numbers: tuple[EmergencyNumber, ...], lang: str, sheet: Mapping[str, str]) -> str:
    """'Urgent: 112 (emergency) or 110 (police)' in the sheet's language; '' when none are declared."""
    shown = [f"{n.number} ({n.label(lang)})" if n.label(lang) else n.number for n in numbers]
    if not shown:
        return ""
    listed = shown[0] if len(shown) == 1 else f"{', '.join(shown[:-1])} {sheet['or']} {shown[-1]}"
    return f"{sheet['urgent']}: {listed}"


def _fields(text: str) -> set[str] | None:
    """The ``{…}`` fields of ``text``; None when its braces do not parse."""
    try:
        return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}
    except ValueError:
        return None


Report = Callable[[tuple[str | int, ...], str], None]


def parse_labels(value: Any, report: Report) -> dict[str, dict[str, dict[str, str]]]:
    """``labels`` of country.yaml: content language → group → key → text, each problem reported."""
    out: dict[str, dict[str, dict[str, str]]] = {}
    if not isinstance(value, dict):
        report(
            ("labels",),
            "'labels' maps each content language to its groups of texts, e.g. {lt: {page: {phones: Telefonas}}}",
        )
        return out
    for lang, groups in value.items():
        where: tuple[str | int, ...] = ("labels", str(lang))
        if not isinstance(groups, dict):
            report(where, f"the labels of {str(lang)!r} map groups ({', '.join(DEFAULTS)}) to their texts")
            continue
        for group, texts in groups.items():
            if group not in DEFAULTS:
                report((*where, str(group)), f"unknown label group {str(group)!r} (allowed: {', '.join(DEFAULTS)})")
                continue
            if not isinstance(texts, dict):
                report((*where, group), f"the '{group}' labels map each key to its text")
                continue
            for key, text in texts.items():
                at = (*where, group, str(key))
                if group in FREE_KEYS:
                    if not (
                        isinstance(key, str)
                        and key.isascii()
                        and key.isalpha()
                        and key.islower()
                        and len(key) in (2, 3)
                        and isinstance(text, str)
                        and text.strip()
                    ):
                        report(at, f"'{group}' maps language codes (e.g. lt) to their names, got {key!r}")
                    else:
                        out.setdefault(str(lang), {}).setdefault(group, {})[key] = text.strip()
                elif key not in DEFAULTS[group]:
                    report(at, f"unknown label {str(key)!r} in '{group}' (allowed: {', '.join(DEFAULTS[group])})")
                elif not isinstance(text, str) or not text.strip():
                    report(at, f"the label '{group}.{key}' must be a non-empty text")
                elif _fields(text) != _fields(DEFAULTS[group][key]):
                    wanted = " and ".join(f"{{{f}}}" for f in sorted(_fields(DEFAULTS[group][key]) or ())) or "no {…}"
                    report(
                        at,
                        f"the label '{group}.{key}' must have {wanted} where the value goes, "
                        f"like the English '{DEFAULTS[group][key]}'",
                    )
                else:
                    out.setdefault(str(lang), {}).setdefault(group, {})[str(key)] = text.strip()
    return out
