"""The facts of a contact document, each with its own source, source date and (optional) real check.

A contact's ``facts`` key is a list of entries (knowledge/README.md):

    {kind, value, label?, source, source_date, checked_on?, checked_by?}

``source_date`` is the date the source itself carries (``YYYY-MM`` or ``YYYY-MM-DD``, or
``undated``); ``checked_on`` is a real check (a call, the live site) by the role in
``checked_by``. A fact is *stale* when the newer of the two dates is more than twelve months
before today: the one mark a worker sees means "check this before you rely on it". A source with
no date is not marked; it is said in words where the fact is shown in full. A national emergency
or hotline number the content marks ``stable`` (with ``stable_source``, what fixes the number: a
law or an EU decision) is never stale.

Plain data, no Qt and no Markdown: the window, the renderer, the vCard export, the referral sheet
and ``kb-app check --todo`` all read contacts through this module.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from kb_app.core.content.labels import Labels
from kb_app.core.platform.ui_languages import FALLBACK_UI_LANG

FACT_KINDS = ("phone", "email", "website", "address", "hours")
UNDATED = "undated"
STALE_AFTER_DAYS = 365
SOURCE_DATE_RE = re.compile(r"^(\d{4})-(\d{2})(?:-(\d{2}))?$")


def parse_source_date(value: Any) -> date | None:
    """``YYYY-MM`` (read as the 1st of that month, the cautious reading) or ``YYYY-MM-DD``.
    None for ``undated`` or anything unreadable."""
    match = SOURCE_DATE_RE.match(str(value or "").strip())
    if not match:
        return None
    year, month, day = int(match[1]), int(match[2]), int(match[3] or 1)
    try:
        return date(year, month, day)
    except ValueError:
        return None


@dataclass(frozen=True)
class ContactFact:
    kind: str
    value: str
    label: str
    source: str
    source_date: str  # as written: YYYY-MM, YYYY-MM-DD or "undated"
    checked_on: str | None = None
    checked_by: str | None = None
    index: int = 0  # position in the document's ``facts`` list (for line numbers)
    stable: bool = False  # a number fixed by law (112, 116006...): its age says nothing
    stable_source: str = ""

    @property
    def checked(self) -> bool:
        return bool(self.checked_on and self.checked_by)

    def newest_date(self) -> date | None:
        """The newer of the source's date and the date of a real check."""
        dates = [
            d
            for d in (parse_source_date(self.source_date), parse_source_date(self.checked_on) if self.checked else None)
            if d
        ]
        return max(dates) if dates else None

    def is_stale(self, today: date | None = None) -> bool:
        """Dated, and the date more than twelve months old: check it before relying on it."""
        if self.stable:
            return False
        newest = self.newest_date()
        return newest is not None and ((today or date.today()) - newest).days > STALE_AFTER_DAYS

    @property
    def undated(self) -> bool:
        """No date at all and not a fixed number: said in words, not marked."""
        return not self.stable and self.newest_date() is None


def contact_facts(meta: Mapping[str, Any]) -> list[ContactFact]:
    """Every well-formed entry of ``meta['facts']``, in the order written."""
    out: list[ContactFact] = []
    for index, raw in enumerate(meta.get("facts") or []):
        if not isinstance(raw, dict) or raw.get("kind") not in FACT_KINDS or not raw.get("value"):
            continue
        out.append(
            ContactFact(
                kind=str(raw["kind"]),
                value=str(raw["value"]).strip(),
                label=str(raw.get("label") or "").strip(),
                source=str(raw.get("source") or "").strip(),
                source_date=str(raw.get("source_date") or UNDATED),
                checked_on=str(raw["checked_on"]) if raw.get("checked_on") else None,
                checked_by=str(raw["checked_by"]) if raw.get("checked_by") else None,
                index=index,
                stable=raw.get("stable") is True,
                stable_source=str(raw.get("stable_source") or "").strip(),
            )
        )
    return out


def of_kind(meta: Mapping[str, Any], kind: str) -> list[ContactFact]:
    return [f for f in contact_facts(meta) if f.kind == kind]


def phones(meta: Mapping[str, Any]) -> list[tuple[str, str]]:
    """(number, label) of every phone fact."""
    return [(f.value, f.label) for f in of_kind(meta, "phone")]


def emails(meta: Mapping[str, Any]) -> list[str]:
    return [f.value for f in of_kind(meta, "email")]


def newest_date(meta: Mapping[str, Any]) -> date | None:
    dates = [d for d in (f.newest_date() for f in contact_facts(meta)) if d]
    return max(dates) if dates else None


def status_text(fact: ContactFact, labels: Labels | None = None, today: date | None = None) -> str:
    """'source dated 2022-12, not checked since', plus the stale warning when it applies; 'a fixed
    national number' for a fixed number; in the words the pack declares for the page's language
    (``labels``; English without)."""
    words = (labels or Labels(FALLBACK_UI_LANG)).group("fact")
    if fact.stable:
        return words["stable"]
    dated = parse_source_date(fact.source_date) is not None
    parts = [words["source"].format(fact.source_date) if dated else words["undated"]]
    if fact.checked:
        parts.append(words["checked"].format(fact.checked_on, fact.checked_by))
    elif dated:
        parts.append(words["not_checked"])
    text = ", ".join(parts)
    if fact.is_stale(today):
        text += "; " + words["stale"]
    return text


def todo_action(fact: ContactFact) -> str:
    """What a trainer does to check one fact (English, like every check message)."""
    verb = {
        "phone": "call",
        "email": "confirm on the live site the e-mail",
        "website": "open",
        "address": "confirm on the live site the address",
        "hours": "confirm by phone or on the live site the hours",
    }[fact.kind]
    label = f" ({fact.label})" if fact.label else ""
    return f"{verb} {fact.value}{label}"
