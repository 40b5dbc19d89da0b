"""The highest version of each pack id this profile ever had installed, and the key it came with.

The downgrade and key checks of :mod:`kb_app.core.packs.trust` used to look at the current library only:
with B 2.1 installed, importing A and then the older B 1.1 went through as a "new" library, and a
stranger's key on B was then only "unknown". This record (``installed_packs.json`` in the profile)
remembers every pack id, so going back or switching keys on any of them is asked about.

Only this installation writes the file, after an import succeeded; a damaged or foreign file is
read as empty (the libraries still on disk, current and previous, are always counted as well).
"""

from __future__ import annotations

import json
from pathlib import Path

from kb_app.core.packs.trust import KnownPack, PackIdentity, compare_versions, parse_version

HISTORY_NAME = "installed_packs.json"
HISTORY_FORMAT = "kb-app-installed-packs"
MAX_HISTORY_BYTES = 1024 * 1024
MAX_PACK_IDS = 1000


def history_path(profile: Path) -> Path:
    return profile / HISTORY_NAME


def load_history(profile: Path) -> dict[str, KnownPack]:
    path = history_path(profile)
    try:
        if not path.is_file() or path.stat().st_size > MAX_HISTORY_BYTES:
            return {}
        data = json.loads(path.read_bytes().decode("utf-8"))
    except (OSError, UnicodeDecodeError, ValueError, RecursionError):
        return {}
    if not isinstance(data, dict) or data.get("format") != HISTORY_FORMAT or not isinstance(data.get("packs"), list):
        return {}
    records: dict[str, KnownPack] = {}
    for item in data["packs"][:MAX_PACK_IDS]:
        try:
            pack_id, version, fingerprint = item["id"], item["highest_version"], item.get("fingerprint")
            parse_version(version)
            if not isinstance(pack_id, str) or not (fingerprint is None or isinstance(fingerprint, str)):
                continue
        except (KeyError, TypeError, ValueError, AttributeError):
            continue
        records[pack_id] = KnownPack(pack_id, version, fingerprint)
    return records


def merged(record: KnownPack | None, identity: PackIdentity | None) -> KnownPack | None:
    """``record`` with ``identity`` (a library installed at some point) counted in: the higher
    version, and the key of ``identity``, which is the later of the two."""
    if identity is None or (record is not None and identity.pack_id != record.pack_id):
        return record
    try:
        parse_version(identity.version)
    except ValueError:
        return record
    if record is None:
        return KnownPack(identity.pack_id, identity.version, identity.fingerprint)
    highest = (
        identity.version if compare_versions(identity.version, record.highest_version) > 0 else record.highest_version
    )
    return KnownPack(record.pack_id, highest, identity.fingerprint)


def record_installed(profile: Path, *identities: PackIdentity | None) -> None:
    """Count ``identities`` (in the order they were installed) into the profile's record."""
    from kb_app.core.platform.atomic import atomic_write_bytes

    records = load_history(profile)
    for identity in identities:
        if identity is None:
            continue
        updated = merged(records.get(identity.pack_id), identity)
        if updated is not None:
            records[identity.pack_id] = updated
    data = {
        "format": HISTORY_FORMAT,
        "version": 1,
        "packs": [
            {"id": r.pack_id, "highest_version": r.highest_version, "fingerprint": r.fingerprint}
            for r in list(records.values())[-MAX_PACK_IDS:]
        ],
    }
    profile.mkdir(parents=True, exist_ok=True)
    atomic_write_bytes(history_path(profile), json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8"))
