"""vCard 3.0 (RFC 2426) for contact documents, so a number goes straight into a phone's address
book. Pure text: no Qt."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any


def _escape(value: str) -> str:
    return (value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\r\n", "\\n").replace("\n", "\\n"))


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
    lines = ["BEGIN:VCARD", "VERSION:3.0", f"FN:{_escape(title)}", f"ORG:{_escape(title)}",
             f"N:{_escape(title)};;;;"]
    for phone in meta.get("phones") or []:
        if isinstance(phone, dict) and phone.get("number"):
            lines.append(f"TEL;TYPE=WORK,VOICE:{_escape(str(phone['number']))}")
    lines.extend(f"EMAIL;TYPE=INTERNET:{_escape(str(e))}" for e in meta.get("emails") or [])
    if meta.get("website"):
        lines.append(f"URL:{_escape(str(meta['website']))}")
    if meta.get("address"):
        lines.append(f"ADR;TYPE=WORK:;;{_escape(str(meta['address']))};;;;")
    notes = []
    for phone in meta.get("phones") or []:
        if isinstance(phone, dict) and phone.get("label"):
            notes.append(f"{phone.get('number', '')}: {phone['label']}")
    if meta.get("hours"):
        notes.append(str(meta["hours"]))
    if meta.get("verified_on"):
        notes.append(f"verified {meta['verified_on']}")
    if notes:
        lines.append(f"NOTE:{_escape('; '.join(notes))}")
    if meta.get("category"):
        lines.append(f"CATEGORIES:{_escape(str(meta['category']))}")
    lines.append("END:VCARD")
    return "\r\n".join(_fold(line) for line in lines) + "\r\n"


def vcards(contacts: Iterable[tuple[str, dict[str, Any]]]) -> str:
    return "".join(contact_vcard(title, meta) for title, meta in contacts)
