"""Who vouches for a pack: its signature checked against the keys this app trusts, before import.

A pack's manifest hashes every member, so a valid Ed25519 signature over the manifest covers the
whole content. ``kb_app.core.packs.trust`` holds the policy (unsigned, unknown key, key changed, older
version); this module feeds it what a pack and the installed library declare, as a check that
:func:`kb_app.core.packs.install.install_pack` runs before anything is unpacked.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path

from kb_app.core.library_files.libformat import MANIFEST_NAME, PREVIOUS
from kb_app.core.library_files.libroot import read_pointer
from kb_app.core.packs.pack_file import SIGNATURE_NAME, Manifest, Opened, PackRefused, load_manifest
from kb_app.core.packs.pack_history import load_history, merged, record_installed
from kb_app.core.packs.signing import SigningError, verify
from kb_app.core.packs.trust import Decision, Keystore, KnownPack, PackIdentity, decide, load_keystore
from kb_app.core.platform.errors import LibraryError
from kb_app.core.platform.textsafe import clean_for_output


def content_digest(manifest: Manifest) -> str:
    """The content's identity: every member's hash, not the build time or the app that built it."""
    listing = "\n".join(f"{name} {entry.sha256}" for name, entry in sorted(manifest.files.items()))
    return hashlib.sha256(listing.encode("utf-8")).hexdigest()


def identity(manifest: Manifest, signature: bytes | None) -> PackIdentity:
    """What a pack declares about itself, its signature checked: a bad one is refused, always."""
    if signature is None:
        return PackIdentity(manifest.id, manifest.title, manifest.version, content_digest=content_digest(manifest))
    try:
        info = verify(load_manifest_bytes(manifest), signature)
    except SigningError as exc:
        raise PackRefused(
            exc.code if exc.code == "bad_signature" else "bad_signature_file", f"its signature is not valid: {exc}"
        ) from None
    return PackIdentity(
        manifest.id,
        manifest.title,
        manifest.version,
        publisher=info.signer,
        content_digest=content_digest(manifest),
        public_key=info.public_key,
    )


def load_manifest_bytes(manifest: Manifest) -> bytes:
    return manifest.raw_bytes if manifest.raw_bytes else manifest.to_json().encode("utf-8")


def installed_identity(library_dir: Path | None) -> PackIdentity | None:
    """The identity the current library was installed with (its signature checked again)."""
    if library_dir is None:
        return None
    try:
        data = (library_dir / MANIFEST_NAME).read_bytes()
        manifest = load_manifest(data)
    except (OSError, PackRefused):
        return None
    signature_path = library_dir / SIGNATURE_NAME
    signature = signature_path.read_bytes() if signature_path.is_file() else None
    try:
        return identity(manifest, signature)
    except PackRefused:
        return PackIdentity(manifest.id, manifest.title, manifest.version, content_digest=content_digest(manifest))


@dataclass
class TrustCheck:
    """The import's check: call it with what the pack declares; it raises TrustRefused or remembers
    the decision (so that an accepted key is remembered once the install succeeded)."""

    profile: Path
    installed: Path | None
    trust: bool = False
    allow_downgrade: bool = False
    keystore: Keystore | None = None
    replace_other: bool = True  # False: refuse another pack id as "other_library" (the window asks)
    decision: Decision | None = field(default=None, init=False)
    incoming: PackIdentity | None = field(default=None, init=False)
    replaced: PackIdentity | None = field(default=None, init=False)

    def __call__(self, opened: Opened) -> None:
        incoming = identity(opened.manifest, opened.signature)
        keystore = self.keystore if self.keystore is not None else load_keystore(self.profile)
        installed = installed_identity(self.installed)
        self.decision = decide(
            incoming,
            installed,
            keystore,
            trust=self.trust,
            allow_downgrade=self.allow_downgrade,
            history=self.known(incoming.pack_id),
            replace_other=self.replace_other,
        )
        self.incoming = incoming
        self.replaced = installed  # counted into the record too: it may predate the record

    def known(self, pack_id: str) -> KnownPack | None:
        """What the profile had of ``pack_id``: its record, and the libraries still on disk (a
        profile from before the record, or one whose record was lost)."""
        record = load_history(self.profile).get(pack_id)
        on_disk = []
        if self.installed is not None:
            previous = read_pointer(self.installed.parent, PREVIOUS)
            if previous:
                on_disk.append(installed_identity(self.installed.parent / previous))
            on_disk.append(installed_identity(self.installed))  # last: the latest key
        for library in on_disk:
            if library is not None and library.pack_id == pack_id:
                record = merged(record, library)
        return record

    def remember_if_accepted(self) -> None:
        """After the install succeeded: remember an accepted key, and the versions and keys of
        the library replaced and the one installed."""
        from kb_app.core.packs.trust import remember

        if self.decision is None or self.incoming is None:
            return
        if self.decision.remember:
            remember(self.profile, self.incoming)
        try:
            record_installed(self.profile, self.replaced, self.incoming)
        except OSError:
            pass  # the library is installed; its folder on disk still counts for the next check


def signature_status(pack: Path) -> tuple[Manifest, PackIdentity]:
    """For ``kb-app pack verify``: the verified manifest and who signed it (bad signatures raise)."""
    from kb_app.core.packs.pack_file import verify_pack

    seen: list[PackIdentity] = []
    manifest = verify_pack(pack, check=lambda opened: seen.append(identity(opened.manifest, opened.signature)))
    if not seen:
        raise LibraryError("the pack could not be read")
    return manifest, seen[0]


# --- reading a pack directly (--pack): verified as an import is, and marked when not trusted ----

VERIFICATION_NAME = "verification.json"  # beside library.db, in a --pack reading's temporary folder only


@dataclass(frozen=True)
class Verification:
    """Who vouches for a pack read with ``--pack``: ``status`` is "verified" (signed by a key this
    app trusts for its id), "unsigned" or "unknown_key"; a bad signature never gets this far."""

    status: str
    fingerprint: str | None = None
    publisher: str = ""

    @property
    def verified(self) -> bool:
        return self.status == "verified"

    def warning(self, pack_name: str) -> str:
        """One line for the command line (the window translates ``status`` itself)."""
        if self.status == "unsigned":
            why = "it is not signed"
        else:
            why = f"it is signed with key {self.fingerprint}, which this app does not trust for it"
        return (
            f"NOT VERIFIED: {clean_for_output(pack_name, limit=80)}: {why}; anyone may have written or "
            "changed what it says"
        )


@dataclass
class ReadCheck:
    """The check for reading a pack without installing it: the signature verified exactly as on
    import (a bad one refuses the pack); no trust question, but the result is recorded."""

    profile: Path
    verification: Verification | None = field(default=None, init=False)

    def __call__(self, opened: Opened) -> None:
        incoming = identity(opened.manifest, opened.signature)
        if incoming.fingerprint is None:
            self.verification = Verification("unsigned")
            return
        trusted = load_keystore(self.profile).trusted_for(incoming.fingerprint, incoming.pack_id)
        self.verification = Verification(
            "verified" if trusted is not None else "unknown_key", incoming.fingerprint, incoming.publisher
        )

    def write(self, library_dir: Path) -> None:
        if self.verification is None:
            raise LibraryError("the pack was not checked")
        data = {
            "status": self.verification.status,
            "fingerprint": self.verification.fingerprint,
            "publisher": self.verification.publisher,
        }
        (library_dir / VERIFICATION_NAME).write_text(json.dumps(data), encoding="utf-8")


def read_verification(library_dir: Path) -> Verification | None:
    """The verification of a ``--pack`` reading; None for an installed library (verified on import)."""
    try:
        data = json.loads((library_dir / VERIFICATION_NAME).read_text(encoding="utf-8"))
        return Verification(str(data["status"]), data.get("fingerprint"), str(data.get("publisher") or ""))
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError):
        return Verification("unsigned")  # unreadable: say nothing good about it
