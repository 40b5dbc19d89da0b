"""The checks front matter is made of, and the keys every document has (knowledge/README.md).

Each type's own keys are declared with the type, in kb_app.core.content.doctypes.

Validation never raises: every check reports ``(path, message)`` through a callback, so one run
lists all problems of a file.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from kb_app.core.content.contact_facts import FACT_KINDS, SOURCE_DATE_RE, UNDATED, parse_source_date

# Where a value sits in front matter (as kb_app.core.content.frontmatter names it); spelled out here so that
# the checks, and the document types built from them, load without YAML on the app's start path.
Path_ = tuple[str | int, ...]

Report = Callable[[Path_, str], None]
Check = Callable[[Any, Path_, Report], None]

SLUG_RE = re.compile(r"^[a-z0-9][a-z0-9-]{1,79}$")
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _type_name(value: Any) -> str:
    return {
        str: "text",
        int: "a number",
        float: "a number",
        bool: "yes/no",
        list: "a list",
        dict: "a mapping",
        type(None): "empty",
    }.get(type(value), type(value).__name__)


def text(value: Any, path: Path_, report: Report) -> None:
    if not isinstance(value, str):
        report(path, f"'{_key(path)}' must be text, not {_type_name(value)}")
    elif not value.strip():
        report(path, f"'{_key(path)}' must not be empty")


def slug(value: Any, path: Path_, report: Report) -> None:
    if not isinstance(value, str) or not SLUG_RE.match(value):
        report(path, f"'{_key(path)}' must be a slug of a-z, 0-9 and '-' (2-80 chars), got {value!r}")


def iso_date(value: Any, path: Path_, report: Report) -> None:
    if not isinstance(value, str) or not DATE_RE.match(value):
        report(path, f"'{_key(path)}' must be a date YYYY-MM-DD, got {value!r}")
        return
    try:
        date.fromisoformat(value)
    except ValueError:
        report(path, f"'{_key(path)}' is not a real date: {value}")


def source_date(value: Any, path: Path_, report: Report) -> None:
    """The date a source itself carries: YYYY-MM or YYYY-MM-DD, or the word 'undated'."""
    if value == UNDATED:
        return
    if not isinstance(value, str) or not SOURCE_DATE_RE.match(value):
        report(path, f"'{_key(path)}' must be YYYY-MM, YYYY-MM-DD or 'undated', got {value!r}")
    elif parse_source_date(value) is None:
        report(path, f"'{_key(path)}' is not a real date: {value}")
    elif parse_source_date(value) > date.today():  # type: ignore[operator]
        report(path, f"'{_key(path)}' is in the future: {value}")


def boolean(value: Any, path: Path_, report: Report) -> None:
    if not isinstance(value, bool):
        report(path, f"'{_key(path)}' must be true or false, got {value!r}")


def positive_int(value: Any, path: Path_, report: Report) -> None:
    if not isinstance(value, int) or isinstance(value, bool) or value <= 0:
        report(path, f"'{_key(path)}' must be a whole number above 0, got {value!r}")


def one_of(choices: tuple[str, ...]) -> Check:
    def check(value: Any, path: Path_, report: Report) -> None:
        if value not in choices:
            report(path, f"'{_key(path)}' must be one of {', '.join(choices)}; got {value!r}")

    return check


def declared(codes: tuple[str, ...] | None, what: str) -> Check:
    """A code the folder's country.yaml declares under ``what``; with no declaration (reported once,
    at country.yaml) any text passes."""

    def check(value: Any, path: Path_, report: Report) -> None:
        if codes is None:
            text(value, path, report)
        elif value not in codes:
            report(
                path,
                f"'{_key(path)}' must be one of the {what} declared in country.yaml "
                f"({', '.join(codes)}); got {value!r}",
            )

    return check


def web_url(value: Any, path: Path_, report: Report) -> None:
    text(value, path, report)
    if isinstance(value, str) and value.strip() and not re.match(r"^https?://\S+$", value.strip()):
        report(path, f"'{_key(path)}' must start with http:// or https://, got {value!r}")


def email(value: Any, path: Path_, report: Report) -> None:
    if not isinstance(value, str) or not re.match(r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$", value, re.I):
        report(path, f"'{_key(path)}' has an invalid e-mail address: {value!r}")


def list_of(item: Check, *, min_items: int = 0) -> Check:
    def check(value: Any, path: Path_, report: Report) -> None:
        if not isinstance(value, list):
            report(path, f"'{_key(path)}' must be a list, not {_type_name(value)}")
            return
        if len(value) < min_items:
            report(path, f"'{_key(path)}' needs at least {min_items} item(s)")
        for index, element in enumerate(value):
            item(element, (*path, index), report)

    return check


@dataclass(frozen=True)
class Field:
    check: Check
    required: bool = False


def mapping(fields: dict[str, Field], what: str) -> Check:
    """A YAML mapping with known keys only."""

    def check(value: Any, path: Path_, report: Report) -> None:
        if not isinstance(value, dict):
            report(path, f"each {what} must be a mapping of keys, not {_type_name(value)}")
            return
        validate_fields(value, fields, path, report, what)

    return check


def validate_fields(data: dict[Any, Any], fields: dict[str, Field], path: Path_, report: Report, what: str) -> None:
    for key in data:
        if key not in fields:
            known = ", ".join(sorted(fields))
            hint = RETIRED_KEYS.get(str(key)) if "facts" in fields else None
            report(
                (*path, str(key)),
                f"'{key}' is no longer used in {what}: {hint}"
                if hint
                else f"unknown key '{key}' in {what} (allowed: {known})",
            )
    for key, spec in fields.items():
        if key not in data:
            if spec.required:
                report(path, f"missing required key '{key}' in {what}")
        elif data[key] is None:
            if spec.required:
                report((*path, key), f"'{key}' is empty")
        else:
            spec.check(data[key], (*path, key), report)


# Contact keys of the first format, and what replaced them (knowledge/README.md).
RETIRED_KEYS = {
    "verified_on": "a check is per fact now ('checked_on' with 'checked_by'), and only for a real call or "
    "a visit to the live site",
    "source": "each fact names its own 'source' and 'source_date'; sources of the body go under 'sources'",
    **{
        key: f"write it as an entry of 'facts' (kind: {kind})"
        for key, kind in (
            ("phones", "phone"),
            ("emails", "email"),
            ("website", "website"),
            ("address", "address"),
            ("hours", "hours"),
        )
    },
}


def _key(path: Path_) -> str:
    named = [p for p in path if isinstance(p, str)]
    return named[-1] if named else "value"


FACT_FIELDS: dict[str, Field] = {
    "kind": Field(one_of(FACT_KINDS), required=True),
    "value": Field(text, required=True),
    "label": Field(text),
    "source": Field(text, required=True),
    "source_date": Field(source_date, required=True),
    "checked_on": Field(iso_date),
    "checked_by": Field(text),
    # A number fixed by law or an EU decision (112, 116006): never marked stale. What fixes it is
    # its own source, so the flag is never a bare claim.
    "stable": Field(boolean),
    "stable_source": Field(text),
}
PHONE_RE = re.compile(r"^\+?[0-9][0-9 ]{1,19}$")


def contact_fact(value: Any, path: Path_, report: Report) -> None:
    """One fact of a contact: its own source and source date; a real check names who and when."""
    if not isinstance(value, dict):
        report(path, f"each fact must be a mapping of keys, not {_type_name(value)}")
        return
    validate_fields(value, FACT_FIELDS, path, report, "fact")
    kind, raw = value.get("kind"), value.get("value")
    if isinstance(raw, str) and raw.strip():
        if kind == "phone" and not PHONE_RE.match(raw.strip()):
            report((*path, "value"), f"a phone 'value' holds digits, spaces and a leading + only, got {raw!r}")
        elif kind == "email":
            email(raw, (*path, "value"), report)
        elif kind == "website":
            web_url(raw, (*path, "value"), report)
    if value.get("checked_on") and not value.get("checked_by"):
        report(
            (*path, "checked_on"),
            "'checked_on' needs 'checked_by': the role of the person who called or opened the live site",
        )
    if value.get("checked_by") and not value.get("checked_on"):
        report((*path, "checked_by"), "'checked_by' needs 'checked_on': the date of the real check")
    if value.get("stable") is True and kind != "phone":
        report((*path, "stable"), "'stable' marks a phone number fixed by law, not a '" + str(kind) + "'")
    elif value.get("stable") is True and not str(value.get("stable_source") or "").strip():
        report((*path, "stable"), "'stable: true' needs 'stable_source': the law or decision that fixes the number")
    if value.get("stable_source") and value.get("stable") in (None, False):
        report((*path, "stable_source"), "'stable_source' belongs with 'stable: true'")
    checked = value.get("checked_on")
    if isinstance(checked, str) and DATE_RE.match(checked) and checked > date.today().isoformat():
        report((*path, "checked_on"), f"'checked_on' is in the future: {checked}")


INDICATOR = mapping(
    # 'source': where this one sign comes from (a list, or the authors' own), when a checklist mixes sources.
    {
        "id": Field(slug, required=True),
        "text": Field(text, required=True),
        "ask": Field(text),
        "strong": Field(boolean),
        "source": Field(text),
    },
    "indicator",
)
GROUP = mapping(
    {
        "id": Field(slug, required=True),
        "title": Field(text, required=True),
        "indicators": Field(list_of(INDICATOR, min_items=1), required=True),
    },
    "indicator group",
)
ROLE = mapping(
    {"institution": Field(text, required=True), "role": Field(text, required=True), "contact": Field(slug)},
    "role",
)
STEP = mapping(
    {"title": Field(text, required=True), "text": Field(text, required=True), "contacts": Field(list_of(slug))},
    "solution step",
)

LANGUAGE_CODE_RE = re.compile(r"^[a-z]{2,3}$")


def language_code(value: Any, path: Path_, report: Report) -> None:
    if not isinstance(value, str) or not LANGUAGE_CODE_RE.match(value):
        report(path, f"'{_key(path)}' must be a language code such as lv, ru or en, got {value!r}")


HELP_LINE = mapping(
    {
        "number": Field(text, required=True),
        "name": Field(text, required=True),
        "hours": Field(text, required=True),
        "free": Field(boolean),
        "contact": Field(slug),
        # The languages the line is known to answer in (a source says so); the sheet tells a reader whose
        # language is not among them that it is not confirmed.
        "languages": Field(list_of(language_code)),
        # A neutral name for the pocket card (no word that says what the help is about); the lines that
        # have one are the card's numbers.
        "card_name": Field(text),
    },
    "help line",
)

COMMON_FIELDS: dict[str, Field] = {
    "id": Field(slug, required=True),
    "type": Field(text, required=True),  # one of the registered types (doctypes.fields_for)
    "title": Field(text, required=True),
    "lang": Field(text, required=True),  # one of country.yaml's languages (fields_for)
    "tags": Field(list_of(text)),
    "summary": Field(text),
    "updated": Field(iso_date),
    "municipality": Field(slug),
    "translation": Field(slug),
    "related": Field(list_of(slug)),
    "sources": Field(list_of(text)),
    # Remarks for trainers only (what the sources leave open): listed by `kb-app check --todo`,
    # never shown to workers and never put into a pack.
    "trainer_notes": Field(list_of(text)),
}
