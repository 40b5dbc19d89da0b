"""``kb-app pack status``: what library a profile has, who signed it, when it came."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from kb_app.core.library_files.libformat import PREVIOUS
from kb_app.core.library_files.libroot import current_library, read_pointer


def _installed_at(folder: Path) -> str | None:
    stamp = folder.name.split("-")[1] if folder.name.count("-") >= 2 else ""
    try:
        return datetime.strptime(stamp, "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    except ValueError:
        return None


def library_status(library_root: Path) -> dict[str, Any]:
    """``id``, ``title``, ``version``, ``signed``, ``publisher`` (key fingerprint or None),
    ``installed_at`` and ``previous_version`` of the installed library (all None when there is none)."""
    from kb_app.core.packs.pack_trust import installed_identity

    status: dict[str, Any] = dict.fromkeys(
        ("id", "title", "version", "signed", "publisher", "installed_at", "previous_version")
    )
    current = current_library(library_root)
    who = installed_identity(current)
    if current is None or who is None:
        return status
    status.update(
        id=who.pack_id,
        title=who.title,
        version=who.version,
        signed=who.signed,
        publisher=who.fingerprint,
        installed_at=_installed_at(current),
    )
    previous = read_pointer(library_root, PREVIOUS)
    if previous is not None and previous != current.name:
        before = installed_identity(library_root / previous)
        status["previous_version"] = before.version if before is not None else None
    return status
