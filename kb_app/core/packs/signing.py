"""Ed25519 keys and detached signatures in minisign's file formats.

A trainer signs a pack's ``manifest.json`` (which hashes every other member); the signature is a
minisign signature file, so ``minisign -Vm manifest.json -p KEY.pub`` checks it too. Key files are
minisign's as well: the secret key is the *unencrypted* kind (``minisign -G -W``), because the app
signs from a build script where nobody types a password; it is protected by its file mode instead.

The **fingerprint** of a public key is the first 8 bytes of SHA-256 of the 32-byte Ed25519 public
key, as 16 upper-case hex digits. Keys made by ``kb-app pack keygen`` use it as their minisign key
id too, so ``minisign`` prints the same 16 digits. (A key made by minisign itself has a random key
id; its fingerprint here is still the SHA-256 one, which cannot be chosen by whoever made the key.)

The signature's trusted comment (signed, one line, tab-separated ``name:value`` fields like
minisign's own) carries the signer's public key and name, so that a user can be asked to trust a
key the app has never seen; whether it *is* trusted is decided by :mod:`kb_app.core.packs.trust`.

PyNaCl (libsodium) does the cryptography: a 1.4 MB wheel against cryptography's 4.8 MB, for an
installer that must stay under 90 MB.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import os
import re
import stat
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from nacl.exceptions import BadSignatureError
from nacl.signing import SigningKey, VerifyKey

from kb_app.core.platform.errors import KbError

PUBLIC_KEY_SUFFIX = ".pub"
MAX_SIGNATURE_BYTES = 4096
MAX_KEY_FILE_BYTES = 4096
MAX_SIGNER_LENGTH = 120
MAX_TRUSTED_COMMENT = 1024
_ALG_PREHASHED = b"ED"  # Ed25519 over BLAKE2b-512 of the data: minisign's default since 0.8
_ALG_LEGACY = b"Ed"  # Ed25519 over the data itself
_KDF_NONE = b"\0\0"
_KDF_SCRYPT = b"Sc"
_CHECKSUM_ALG = b"B2"
_SECRET_KEY_LEN = 2 + 2 + 2 + 32 + 8 + 8 + 8 + 64 + 32
_COMMENT = "untrusted comment: "
_TRUSTED = "trusted comment: "
_TIMESTAMP = re.compile(r"[0-9]{1,15}", re.ASCII)


class SigningError(KbError):
    """A key or signature was refused; ``code`` names the reason for tests and translations."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


def fingerprint(public_key: bytes) -> str:
    """16 hex digits that name a public key (see the module's docstring)."""
    return hashlib.sha256(public_key).digest()[:8].hex().upper()


@dataclass(frozen=True)
class PublicKey:
    key: bytes  # 32 bytes, Ed25519
    key_id: bytes  # 8 bytes, minisign's key number (little-endian on the wire)

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.key)

    @property
    def minisign_id(self) -> str:
        """The key id as minisign prints it."""
        return int.from_bytes(self.key_id, "little").to_bytes(8, "big").hex().upper()

    def encoded(self) -> str:
        """The one base64 line of a minisign public key file (what ``minisign -P`` takes)."""
        return base64.b64encode(b"Ed" + self.key_id + self.key).decode("ascii")

    def file_text(self) -> str:
        return f"{_COMMENT}minisign public key {self.minisign_id}\n{self.encoded()}\n"

    @classmethod
    def decode(cls, line: str) -> PublicKey:
        raw = _b64(line.strip(), "bad_public_key", "the public key is not valid base64")
        if len(raw) != 42 or raw[:2] != b"Ed":
            raise SigningError("bad_public_key", "this is not an Ed25519 public key in minisign's format")
        return cls(raw[10:], raw[2:10])


@dataclass(frozen=True)
class SecretKey:
    seed: bytes  # 32 bytes; libsodium's 64-byte secret key is seed + public key
    key_id: bytes

    @property
    def public_key(self) -> PublicKey:
        return PublicKey(bytes(SigningKey(self.seed).verify_key), self.key_id)

    def file_text(self) -> str:
        sk = self.seed + self.public_key.key
        checksum = hashlib.blake2b(_ALG_LEGACY + self.key_id + sk, digest_size=32).digest()
        raw = _ALG_LEGACY + _KDF_NONE + _CHECKSUM_ALG + bytes(32) + bytes(8) + bytes(8) + self.key_id + sk + checksum
        return (
            f"{_COMMENT}kb-app secret key {self.public_key.fingerprint} (unencrypted: keep this file private)\n"
            f"{base64.b64encode(raw).decode('ascii')}\n"
        )

    @classmethod
    def decode(cls, line: str) -> SecretKey:
        raw = _b64(line.strip(), "bad_key_file", "the secret key is not valid base64")
        if len(raw) != _SECRET_KEY_LEN or raw[:2] != _ALG_LEGACY or raw[4:6] != _CHECKSUM_ALG:
            raise SigningError("bad_key_file", "this is not an Ed25519 secret key in minisign's format")
        if raw[2:4] == _KDF_SCRYPT:
            raise SigningError(
                "encrypted_key",
                "the secret key is password-protected; kb-app signs with an "
                "unprotected key (make one with 'kb-app pack keygen' or 'minisign -G -W')",
            )
        if raw[2:4] != _KDF_NONE:
            raise SigningError("bad_key_file", "the secret key uses a key protection this app does not know")
        key_id, sk, checksum = raw[54:62], raw[62:126], raw[126:158]
        # minisign -W leaves the checksum zero; one we (or an encrypting minisign) wrote must match.
        if checksum != bytes(32) and checksum != hashlib.blake2b(_ALG_LEGACY + key_id + sk, digest_size=32).digest():
            raise SigningError("bad_key_file", "the secret key file is damaged (its checksum does not match)")
        key = cls(sk[:32], key_id)
        if key.public_key.key != sk[32:]:
            raise SigningError("bad_key_file", "the secret key file is damaged (its two halves do not match)")
        return key


@dataclass(frozen=True)
class SignatureInfo:
    """What a valid signature says: who signed (by key) and the signed comment's fields."""

    public_key: PublicKey
    signer: str  # the name the signer gave; self-asserted, shown next to the fingerprint
    timestamp: int | None
    trusted_comment: str

    @property
    def fingerprint(self) -> str:
        return self.public_key.fingerprint


def generate_key() -> SecretKey:
    seed = os.urandom(32)
    public = bytes(SigningKey(seed).verify_key)
    # The key id is the fingerprint's bytes, stored so that minisign prints the same digits.
    return SecretKey(seed, hashlib.sha256(public).digest()[:8][::-1])


def write_key_pair(path: Path, key: SecretKey) -> Path:
    """Write the secret key (mode 0600, never over an existing file) and ``path.pub``; returns
    the public key file."""
    public_path = public_key_path(path)
    for existing in (path, public_path):
        if existing.exists():
            raise SigningError(
                "key_exists", f"{existing} already exists; choose another name (an existing key is never overwritten)"
            )
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(key.file_text().encode("ascii"))
        public_path.write_text(key.public_key.file_text(), encoding="ascii")
    except OSError as exc:
        raise SigningError("write_failed", f"cannot write the key to {path} ({exc.strerror or exc})") from None
    return public_path


def public_key_path(secret_path: Path) -> Path:
    return secret_path.with_name(secret_path.name + PUBLIC_KEY_SUFFIX)


def read_secret_key(path: Path) -> SecretKey:
    """Load a secret key file; refuses one that others may read (POSIX) or that is not a key."""
    lines = _key_file_lines(path, "secret key")
    if os.name == "posix":
        mode = path.stat().st_mode
        if mode & (stat.S_IRWXG | stat.S_IRWXO):
            raise SigningError(
                "key_permissions",
                f"{path.name}: the secret key may be read by other users "
                f"(mode {stat.S_IMODE(mode):04o}); run 'chmod 600 {path}' first",
            )
    try:
        return SecretKey.decode(lines[1])
    except SigningError as exc:
        raise SigningError(exc.code, f"{path.name}: {exc}") from None


def read_public_key(path: Path) -> PublicKey:
    lines = _key_file_lines(path, "public key")
    try:
        return PublicKey.decode(lines[1])
    except SigningError as exc:
        raise SigningError(exc.code, f"{path.name}: {exc}") from None


def _key_file_lines(path: Path, what: str) -> list[str]:
    try:
        if not path.is_file():
            raise SigningError("key_missing", f"{path}: there is no {what} file here")
        raw = path.read_bytes()[: MAX_KEY_FILE_BYTES + 1]
    except OSError as exc:
        raise SigningError(
            "key_unreadable", f"{path.name}: the {what} cannot be read ({exc.strerror or exc})"
        ) from None
    if len(raw) > MAX_KEY_FILE_BYTES:
        raise SigningError("bad_key_file", f"{path.name}: far too large for a {what} file")
    try:
        lines = raw.decode("ascii").splitlines()
    except UnicodeDecodeError:
        raise SigningError("bad_key_file", f"{path.name}: this is not a {what} file") from None
    if len(lines) < 2 or not lines[0].startswith(_COMMENT):
        raise SigningError("bad_key_file", f"{path.name}: this is not a {what} file (expected minisign's two lines)")
    return lines


def sign(
    data: bytes, key: SecretKey, *, signer: str = "", file_name: str = "manifest.json", timestamp: int | None = None
) -> bytes:
    """A minisign signature file over ``data``; ``signer`` (a publisher's name) is signed with it."""
    public = key.public_key
    signing_key = SigningKey(key.seed)
    stamp = int(time.time()) if timestamp is None else timestamp
    fields = [f"timestamp:{stamp}", f"file:{_clean(file_name)}", "hashed", f"key:{public.encoded()}"]
    if signer.strip():
        fields.append(f"signer:{_clean(signer)[:MAX_SIGNER_LENGTH]}")
    trusted = "\t".join(fields)
    signature = signing_key.sign(hashlib.blake2b(data, digest_size=64).digest()).signature
    global_signature = signing_key.sign(signature + trusted.encode("utf-8")).signature
    text = (
        f"{_COMMENT}signature from kb-app secret key {public.fingerprint}\n"
        f"{base64.b64encode(_ALG_PREHASHED + key.key_id + signature).decode('ascii')}\n"
        f"{_TRUSTED}{trusted}\n"
        f"{base64.b64encode(global_signature).decode('ascii')}\n"
    )
    return text.encode("utf-8")


def verify(data: bytes, signature: bytes, keys: Iterable[PublicKey] = ()) -> SignatureInfo:
    """Check a minisign signature over ``data``; raises SigningError with a one-line reason.

    The public key comes from the signature's trusted comment (as ``kb-app`` writes it) or, for a
    plain minisign signature, from ``keys`` by key id. A valid signature says nothing about trust.
    """
    if len(signature) > MAX_SIGNATURE_BYTES:
        raise SigningError("bad_signature_file", "the signature file is far too large")
    try:
        lines = signature.decode("utf-8").splitlines()
    except UnicodeDecodeError:
        raise SigningError("bad_signature_file", "the signature file is not text") from None
    while lines and not lines[-1].strip():
        lines.pop()
    if len(lines) != 4 or not lines[0].startswith(_COMMENT) or not lines[2].startswith(_TRUSTED):
        raise SigningError("bad_signature_file", "the signature file is not in minisign's format")
    sig_raw = _b64(lines[1], "bad_signature_file", "the signature is not valid base64")
    global_sig = _b64(lines[3], "bad_signature_file", "the signature is not valid base64")
    if len(sig_raw) != 74 or sig_raw[:2] not in (_ALG_PREHASHED, _ALG_LEGACY) or len(global_sig) != 64:
        raise SigningError("bad_signature_file", "the signature is not an Ed25519 signature in minisign's format")
    algorithm, key_id, sig = sig_raw[:2], sig_raw[2:10], sig_raw[10:]
    trusted = lines[2][len(_TRUSTED) :]
    if len(trusted) > MAX_TRUSTED_COMMENT:
        raise SigningError("bad_signature_file", "the signature's comment is far too long")
    fields = _comment_fields(trusted)
    public = _signing_key(fields, key_id, keys)
    verifier = VerifyKey(public.key)
    message = hashlib.blake2b(data, digest_size=64).digest() if algorithm == _ALG_PREHASHED else data
    try:
        verifier.verify(message, sig)
    except BadSignatureError:
        raise SigningError(
            "bad_signature",
            "the signature does not match: the content was changed after "
            "it was signed, or it was signed with another key",
        ) from None
    try:
        verifier.verify(sig + trusted.encode("utf-8"), global_sig)
    except BadSignatureError:
        raise SigningError("bad_signature", "the signature's comment was changed after signing") from None
    return SignatureInfo(public, fields.get("signer", ""), _timestamp(fields), trusted)


def _timestamp(fields: dict[str, str]) -> int | None:
    """Seconds since 1970, ASCII digits only (``str.isdigit`` also takes "²", which int() refuses)."""
    stamp = fields.get("timestamp")
    if stamp is None:
        return None
    if not _TIMESTAMP.fullmatch(stamp):
        raise SigningError("bad_signature_file", "the signature's timestamp is not a number of seconds")
    return int(stamp)


def _signing_key(fields: dict[str, str], key_id: bytes, keys: Iterable[PublicKey]) -> PublicKey:
    if "key" in fields:
        embedded = PublicKey.decode(fields["key"])
        if embedded.key_id != key_id:
            raise SigningError("bad_signature", "the signature names another key than the one it carries")
        return embedded
    for candidate in keys:
        if candidate.key_id == key_id:
            return candidate
    raise SigningError("unknown_signer", "the signature does not carry its public key, and no known key has its key id")


def _comment_fields(trusted: str) -> dict[str, str]:
    fields: dict[str, str] = {}
    for part in trusted.split("\t"):
        name, sep, value = part.partition(":")
        if sep:
            fields.setdefault(name, value)
    return fields


def _clean(text: str) -> str:
    """One line with no tabs: the trusted comment's fields are tab-separated."""
    return " ".join("".join(ch if ch.isprintable() else " " for ch in text).split())


def _b64(text: str, code: str, message: str) -> bytes:
    try:
        return base64.b64decode(text.strip(), validate=True)
    except (binascii.Error, ValueError):
        raise SigningError(code, message) from None
