"""vCard 3.0 (RFC 2426) for contact documents, so a number goes straight into a phone's address
book. Pure text: no Qt."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from kb_app.core.content.contact_facts import contact_facts, status_text


def _escape(value: str) -> str:
    return (
        value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n").replace("\n", "\\n")
    )


def _fold(line: str) -> str:
    """Lines longer than 75 octets continue on the next line after a space (RFC 2425 §5.8.1)."""
    out, current = [], b""
    for ch in line:
        encoded = ch.encode("utf-8")
        if len(current) + len(encoded) > 75:
            out.append(current.decode("utf-8"))
            current = b" "
        current += encoded
    out.append(current.decode("utf-8"))
    return "\r\n".join(out)


def contact_vcard(title: str, meta: dict[str, Any]) -> str:
    lines = ["BEGIN:VCARD", "VERSION:3.0", f"FN:{_escape(title)}", f"ORG:{_escape(title)}", f"N:{_escape(title)};;;;"]
    facts = contact_facts(meta)
    for fact in facts:
        if fact.kind == "phone":
            lines.append(f"TEL;TYPE=WORK,VOICE:{_escape(fact.value)}")
        elif fact.kind == "email":
            lines.append(f"EMAIL;TYPE=INTERNET:{_escape(fact.value)}")
        elif fact.kind == "website":
            lines.append(f"URL:{_escape(fact.value)}")
        elif fact.kind == "address":
            lines.append(f"ADR;TYPE=WORK:;;{_escape(fact.value)};;;;")
    # The note keeps each detail's age with it: a vCard travels without the app's warnings.
    notes = [
        f"{f.value}: {f.label + ', ' if f.label else ''}{status_text(f)}"
        for f in facts
        if f.kind in ("phone", "hours") or f.is_stale()
    ]
    if notes:
        lines.append(f"NOTE:{_escape('; '.join(notes))}")
    if meta.get("category"):
        lines.append(f"CATEGORIES:{_escape(str(meta['category']))}")
    lines.append("END:VCARD")
    return "\r\n".join(_fold(line) for line in lines) + "\r\n"


def vcards(contacts: Iterable[tuple[str, dict[str, Any]]]) -> str:
    return "".join(contact_vcard(title, meta) for title, meta in contacts)
