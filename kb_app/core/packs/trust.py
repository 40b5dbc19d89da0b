"""Which content packs this installation accepts: the trust policy of issue 10, as pure functions.

Trusted keys are the ones built into the app (``kb_app/data/trusted_keys/*.pub``: a trainer's
installer build adds the trainer's public key there; the file's name is the publisher's name) and
the ones the user accepted, kept per pack id in the profile's ``trusted_keys.json``.

:func:`decide` refuses, with :class:`TrustRefused` and a ``code``:

``unsigned``              the pack has no signature (unless ``trust``)
``unknown_key``           it is signed by a key not trusted for its pack id (unless ``trust``)
``key_changed``           that pack id was installed signed by another key (unless ``trust``); asked
                          before ``unknown_key``: a stranger signing a library the worker has
``older_version``         it is older than the installed pack of that id (unless ``allow_downgrade``)
``same_version_changed``  same version as the installed one, other content (unless ``allow_downgrade``)
``bad_version``           a version that is not dotted integers (always)
``other_library``         another pack id than the installed library's (only when the window asks)

Versions and keys are compared with the highest version, and the key of the last import, that the
profile ever had of the pack id (``history``, kept by :mod:`kb_app.core.packs.pack_history`), not only
with the current library: importing A in between does not make an older B new again.

A pack the user accepted with ``trust`` is remembered by calling :func:`remember` after the
install succeeded, so a refused or failed import leaves the profile unchanged.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from enum import Enum
from pathlib import Path

from kb_app.core.packs.signing import PublicKey, SigningError, read_public_key
from kb_app.core.platform.errors import PackError
from kb_app.core.platform.textsafe import clean_for_output

KEYSTORE_NAME = "trusted_keys.json"
KEYSTORE_FORMAT = "kb-app-trusted-keys"
KEYSTORE_VERSION = 1
MAX_KEYSTORE_BYTES = 1024 * 1024
MAX_KEYS = 1000
MAX_PACKS_PER_KEY = 1000
ANY_PACK = "*"  # built-in keys vouch for every pack id
# Which refusals the user may override, and with which flag; the window asks one question each.
TRUST_CODES = frozenset({"unsigned", "unknown_key", "key_changed"})
DOWNGRADE_CODES = frozenset({"older_version", "same_version_changed"})
REPLACE_CODE = "other_library"  # asked by the window only; the command line reports it in the changes
_VERSION = re.compile(r"\d{1,9}(\.\d{1,9}){0,7}\Z")


class TrustRefused(PackError):
    """A pack refused by the trust policy; ``code`` as in the module's docstring, ``incoming`` and
    ``installed`` for the question the window asks."""

    def __init__(
        self,
        code: str,
        message: str,
        incoming: PackIdentity | None = None,
        installed: PackIdentity | None = None,
        history: KnownPack | None = None,
    ) -> None:
        super().__init__(message)
        self.code = code
        self.incoming = incoming
        self.installed = installed
        self.history = history  # the highest version and key of this pack id the profile had

    @property
    def needs_trust(self) -> bool:
        return self.code in TRUST_CODES

    @property
    def needs_downgrade(self) -> bool:
        return self.code in DOWNGRADE_CODES

    @property
    def needs_replace(self) -> bool:
        return self.code == REPLACE_CODE


class KeystoreError(PackError):
    """The profile's ``trusted_keys.json`` cannot be used; ``code`` as for the other refusals."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


@dataclass(frozen=True)
class PackIdentity:
    """What the policy needs to know about a pack (incoming, or the installed one)."""

    pack_id: str
    title: str
    version: str
    publisher: str = ""  # the name the signature or pack gives; shown, never trusted by itself
    fingerprint: str | None = None  # None: unsigned
    content_digest: str = ""
    public_key: PublicKey | None = None  # needed to remember an incoming key

    def __post_init__(self) -> None:
        if self.public_key is not None and self.fingerprint is None:
            object.__setattr__(self, "fingerprint", self.public_key.fingerprint)
        if self.public_key is not None and self.public_key.fingerprint != self.fingerprint:
            raise ValueError("the fingerprint does not belong to the public key")

    @property
    def signed(self) -> bool:
        return self.fingerprint is not None


@dataclass(frozen=True)
class KnownPack:
    """A pack id this profile had installed: its highest version, and the key of its last import."""

    pack_id: str
    highest_version: str
    fingerprint: str | None  # None: that import was unsigned


@dataclass(frozen=True)
class TrustedKey:
    public_key: PublicKey
    publisher: str
    packs: frozenset[str]
    builtin: bool = False
    added_at: str = ""

    @property
    def fingerprint(self) -> str:
        return self.public_key.fingerprint

    def covers(self, pack_id: str) -> bool:
        return ANY_PACK in self.packs or pack_id in self.packs


@dataclass(frozen=True)
class Keystore:
    keys: tuple[TrustedKey, ...] = ()

    def trusted_for(self, fingerprint: str, pack_id: str) -> TrustedKey | None:
        return next((k for k in self.keys if k.fingerprint == fingerprint and k.covers(pack_id)), None)

    def find(self, fingerprint: str) -> TrustedKey | None:
        """A built-in key first: its publisher name is the one the app vouches for."""
        matches = sorted((k for k in self.keys if k.fingerprint == fingerprint), key=lambda k: not k.builtin)
        return matches[0] if matches else None


class Outcome(Enum):
    NEW = "new"  # no pack of this id installed
    UPDATE = "update"  # a newer version
    SAME = "same"  # same version and content: reinstalling changes nothing
    DOWNGRADE = "downgrade"  # older, or same version with other content, allowed by the user


@dataclass(frozen=True)
class Decision:
    outcome: Outcome
    remember: bool  # call remember() after the install: the user accepted an untrusted key
    trusted_key: TrustedKey | None  # the key that vouches for the pack, if one does
    overridden: tuple[str, ...] = field(default=())  # the refusal codes the user's flags overrode


def parse_version(version: str) -> tuple[int, ...]:
    """``2026.11.1`` → (2026, 11, 1); raises ValueError for anything else."""
    if not isinstance(version, str) or not _VERSION.match(version):
        raise ValueError(f"{version!r} is not a version of dotted numbers like 2026.11.1")
    return tuple(int(part) for part in version.split("."))


def compare_versions(a: str, b: str) -> int:
    """-1, 0 or 1; missing trailing parts count as 0 (2026.11 == 2026.11.0)."""
    pa, pb = parse_version(a), parse_version(b)
    width = max(len(pa), len(pb))
    pa, pb = pa + (0,) * (width - len(pa)), pb + (0,) * (width - len(pb))
    return (pa > pb) - (pa < pb)


def decide(
    incoming: PackIdentity,
    installed: PackIdentity | None,
    keystore: Keystore,
    *,
    trust: bool = False,
    allow_downgrade: bool = False,
    history: KnownPack | None = None,
    replace_other: bool = True,
) -> Decision:
    """Whether ``incoming`` may replace ``installed``; raises TrustRefused otherwise.

    ``history`` is what this profile had installed of ``incoming``'s pack id before (its highest
    version and the key of its last import), whatever the current library is. A key other than
    that one is the first and strongest question: it is not a new publisher but someone signing
    a library the worker already has. The trust questions come before the downgrade question, so
    the window asks them in that order. With ``replace_other`` False (the window's first try), a
    pack of another id than the installed library is refused last as ``other_library``: the
    window asks before one library replaces another.
    """
    overridden: list[str] = []

    def refuse(code: str, message: str, allowed: bool) -> None:
        if not allowed:
            raise TrustRefused(code, message, incoming, installed, history)
        overridden.append(code)

    same_id = installed if installed is not None and installed.pack_id == incoming.pack_id else None
    known_key = same_id.fingerprint if same_id is not None else history.fingerprint if history else None
    vouching = None if incoming.fingerprint is None else keystore.trusted_for(incoming.fingerprint, incoming.pack_id)
    if known_key is not None and known_key != incoming.fingerprint:
        now = f"key {incoming.fingerprint}" if incoming.fingerprint else "no signature"
        refuse(
            "key_changed",
            f"the pack {incoming.pack_id} {incoming.version} is signed by another key than "
            f"your {'current' if same_id else 'earlier'} library {incoming.pack_id} (fingerprints: this pack "
            f"{now}, your library key {known_key}); someone else may have made it (--trust to accept it)",
            trust,
        )
    elif incoming.fingerprint is None:
        refuse(
            "unsigned",
            f"the pack {incoming.pack_id} {incoming.version} is not signed, so nobody vouches for "
            "its content; import it only if you got it from your trainer in person (--trust)",
            trust,
        )
    elif vouching is None:
        refuse(
            "unknown_key",
            f"the pack {incoming.pack_id} {incoming.version} is signed with key "
            f"{incoming.fingerprint}{_by(incoming)}, which this app does not trust for it; check the "
            "key with your trainer, then import with --trust",
            trust,
        )
    outcome = Outcome.NEW
    highest = _highest(same_id.version if same_id else None, history.highest_version if history else None)
    if highest is not None:
        try:
            order = compare_versions(incoming.version, highest)
            installed_now = same_id is not None and compare_versions(same_id.version, incoming.version) == 0
        except ValueError as exc:
            raise TrustRefused("bad_version", f"the version cannot be compared: {exc}", incoming, installed) from None
        if order < 0:
            where = (
                "the installed"
                if same_id is not None and same_id.version == highest
                else "the highest version this profile had installed,"
            )
            refuse(
                "older_version",
                f"{incoming.pack_id} {incoming.version} is older than {where} {highest} (--allow-downgrade to go back)",
                allow_downgrade,
            )
            outcome = Outcome.DOWNGRADE
        elif installed_now and same_id is not None and incoming.content_digest != same_id.content_digest:
            refuse(
                "same_version_changed",
                f"{incoming.pack_id} {incoming.version} is already installed with "
                "other content under the same version (--allow-downgrade to replace it)",
                allow_downgrade,
            )
            outcome = Outcome.DOWNGRADE
        elif installed_now:
            outcome = Outcome.SAME
        else:
            # Not installed now: a newer one, or the highest one back after another library.
            outcome = Outcome.UPDATE if same_id is not None else Outcome.NEW
    else:
        try:
            parse_version(incoming.version)
        except ValueError as exc:
            raise TrustRefused("bad_version", f"the version cannot be compared: {exc}", incoming, installed) from None
    if installed is not None and same_id is None:
        refuse(
            "other_library",
            f"the pack {incoming.pack_id} is another library than the installed "
            f"{installed.pack_id}; importing it replaces that library",
            replace_other,
        )
    remember_key = incoming.public_key is not None and vouching is None and trust
    return Decision(outcome, remember_key, vouching, tuple(overridden))


def _highest(*versions: str | None) -> str | None:
    best: str | None = None
    for version in versions:
        if version is None:
            continue
        try:
            if best is None or compare_versions(version, best) > 0:
                best = version
        except ValueError:
            best = best or version  # compared (and refused as bad_version) by the caller
    return best


def _by(identity: PackIdentity) -> str:
    # The signer's own words: cleaned and bounded, never able to print a line of their own.
    return f" (says it is from {clean_for_output(identity.publisher, limit=80)!r})" if identity.publisher else ""


# --- the keystore ---------------------------------------------------------------------------------


def builtin_keys_dir() -> Path:
    """``kb_app/data/trusted_keys``: inside a frozen app too, where kb_app/ lives in _MEIPASS."""
    return Path(__file__).resolve().parents[2] / "data" / "trusted_keys"


def builtin_keys(folder: Path | None = None) -> tuple[TrustedKey, ...]:
    """Every ``*.pub`` in the folder; a broken one is a build mistake and refuses loudly."""
    folder = builtin_keys_dir() if folder is None else folder
    if not folder.is_dir():
        return ()
    keys = []
    for path in sorted(folder.glob("*.pub")):
        try:
            public = read_public_key(path)
        except SigningError as exc:
            raise KeystoreError(
                "builtin_key_damaged", f"the built-in trusted key {path.name} cannot be read ({exc})"
            ) from None
        keys.append(TrustedKey(public, path.stem, frozenset({ANY_PACK}), builtin=True))
    return tuple(keys)


def keystore_path(profile: Path) -> Path:
    return profile / KEYSTORE_NAME


def load_keystore(profile: Path, builtin_folder: Path | None = None) -> Keystore:
    """Built-in keys plus the ones the user accepted; never writes anything."""
    return Keystore(builtin_keys(builtin_folder) + _read_user_keys(keystore_path(profile)))


def _read_user_keys(path: Path) -> tuple[TrustedKey, ...]:
    damaged = f"the list of trusted keys {path} is damaged"
    try:
        if not path.exists():
            return ()
        if path.stat().st_size > MAX_KEYSTORE_BYTES:
            raise KeystoreError("keystore_damaged", f"{damaged} (far too large)")
        data = json.loads(path.read_bytes().decode("utf-8"))
    except OSError as exc:
        raise KeystoreError(
            "keystore_unreadable", f"the list of trusted keys {path} cannot be read ({exc.strerror or exc})"
        ) from None
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise KeystoreError("keystore_damaged", f"{damaged} (not valid JSON)") from None
    if not isinstance(data, dict) or data.get("format") != KEYSTORE_FORMAT:
        raise KeystoreError("keystore_damaged", f"{damaged} (not a kb-app list of trusted keys)")
    version = data.get("version")
    if type(version) is not int or version > KEYSTORE_VERSION or version < 1:
        raise KeystoreError(
            "keystore_newer",
            f"the list of trusted keys {path} was written by a newer version of the app; update the app",
        )
    items = data.get("keys")
    if not isinstance(items, list) or len(items) > MAX_KEYS:
        raise KeystoreError("keystore_damaged", f"{damaged} (no valid list of keys)")
    keys = []
    for item in items:
        try:
            public = PublicKey.decode(item["public_key"])
            packs = item["packs"]
            if (
                not isinstance(packs, list)
                or len(packs) > MAX_PACKS_PER_KEY
                or not all(isinstance(p, str) and p and p != ANY_PACK for p in packs)
            ):
                raise ValueError("packs")
            keys.append(
                TrustedKey(
                    public,
                    str(item.get("publisher", ""))[:200],
                    frozenset(packs),
                    added_at=str(item.get("added_at", ""))[:40],
                )
            )
        except (SigningError, KeyError, TypeError, ValueError):
            raise KeystoreError("keystore_damaged", f"{damaged} (key {len(keys) + 1} is not valid)") from None
    return tuple(keys)


def remember(profile: Path, incoming: PackIdentity, *, now: datetime | None = None) -> Path:
    """Trust ``incoming``'s key for its pack id from now on (call after the install succeeded)."""
    if incoming.public_key is None:
        raise ValueError("an unsigned pack has no key to remember")
    path = keystore_path(profile)
    keys = list(_read_user_keys(path))
    stamp = (now or datetime.now(UTC)).strftime("%Y-%m-%dT%H:%M:%SZ")
    for i, key in enumerate(keys):
        if key.public_key == incoming.public_key:
            keys[i] = replace(key, packs=key.packs | {incoming.pack_id}, publisher=key.publisher or incoming.publisher)
            break
    else:
        keys.append(TrustedKey(incoming.public_key, incoming.publisher, frozenset({incoming.pack_id}), added_at=stamp))
    _write_user_keys(path, keys)
    return path


def forget(profile: Path, fingerprint: str) -> bool:
    """Stop trusting a key the user accepted; True if there was one."""
    path = keystore_path(profile)
    keys = list(_read_user_keys(path))
    kept = [k for k in keys if k.fingerprint != fingerprint]
    if len(kept) == len(keys):
        return False
    _write_user_keys(path, kept)
    return True


def _write_user_keys(path: Path, keys: Iterable[TrustedKey]) -> None:
    from kb_app.core.platform.atomic import atomic_write_bytes

    data = {
        "format": KEYSTORE_FORMAT,
        "version": KEYSTORE_VERSION,
        "keys": [
            {
                "public_key": k.public_key.encoded(),
                "fingerprint": k.fingerprint,
                "publisher": k.publisher,
                "packs": sorted(k.packs),
                "added_at": k.added_at,
            }
            for k in keys
        ],
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write_bytes(path, json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8") + b"\n")
