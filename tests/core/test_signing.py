"""Signing keys and minisign-format signatures (issue 10 §1)."""

from __future__ import annotations

import base64
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kb_app.cli import main
from kb_app.core.packs.signing import (
    PublicKey,
    SigningError,
    fingerprint,
    generate_key,
    read_public_key,
    read_secret_key,
    sign,
    verify,
    write_key_pair,
)

MANIFEST = b'{"format_version": 2, "id": "lv-test", "files": {}}'
minisign = shutil.which("minisign")
needs_minisign = pytest.mark.skipif(minisign is None, reason="minisign is not installed")


@pytest.fixture(scope="module")
def key_pair(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("keys") / "trainer.key"
    write_key_pair(path, generate_key())
    return path


def test_sign_and_verify_round_trip(key_pair: Path) -> None:
    key = read_secret_key(key_pair)
    signature = sign(MANIFEST, key, signer="Biedrība «Patvērums»\tRīga", timestamp=1_800_000_000)
    info = verify(MANIFEST, signature)
    assert info.public_key == key.public_key == read_public_key(key_pair.with_name("trainer.key.pub"))
    assert info.fingerprint == fingerprint(key.public_key.key) and len(info.fingerprint) == 16
    assert info.signer == "Biedrība «Patvērums» Rīga"  # a tab would split the signed fields
    assert info.timestamp == 1_800_000_000


def test_fingerprint_is_the_minisign_key_id_of_our_keys(key_pair: Path) -> None:
    public = read_public_key(key_pair.with_name("trainer.key.pub"))
    assert public.minisign_id == public.fingerprint
    assert key_pair.with_name("trainer.key.pub").read_text().splitlines()[0].endswith(public.fingerprint)


@pytest.mark.parametrize("change", ["data", "signature", "comment", "global"])
def test_any_change_breaks_the_signature(key_pair: Path, change: str) -> None:
    signature = sign(MANIFEST, read_secret_key(key_pair), signer="Trainer")
    lines = signature.decode().splitlines()
    data = MANIFEST
    if change == "data":
        data = MANIFEST.replace(b"lv-test", b"lv-tesT")
    elif change == "signature":
        raw = bytearray(base64.b64decode(lines[1]))
        raw[-1] ^= 1
        lines[1] = base64.b64encode(bytes(raw)).decode()
    elif change == "comment":
        lines[2] = lines[2].replace("signer:Trainer", "signer:Someone else")
    else:
        raw = bytearray(base64.b64decode(lines[3]))
        raw[0] ^= 1
        lines[3] = base64.b64encode(bytes(raw)).decode()
    with pytest.raises(SigningError) as refused:
        verify(data, "\n".join(lines).encode())
    assert refused.value.code == "bad_signature"


def test_a_signature_claiming_another_key_is_refused(key_pair: Path) -> None:
    # Swap in another public key in the (signed) comment: the signature no longer verifies.
    other = generate_key().public_key
    mine = read_secret_key(key_pair).public_key
    text = sign(MANIFEST, read_secret_key(key_pair)).decode().replace(mine.encoded(), other.encoded())
    with pytest.raises(SigningError) as refused:
        verify(MANIFEST, text.encode())
    assert refused.value.code == "bad_signature"


@pytest.mark.parametrize(
    "signature",
    [
        b"",
        b"\xff\xfe",
        b"x" * 5000,
        b"untrusted comment: a\nnot base64!\ntrusted comment: b\nAAAA\n",
        b"untrusted comment: a\nAAAA\ntrusted comment: b\nAAAA\n",
        b"just one line\n",
    ],
)
def test_malformed_signature_files_are_refused_in_one_line(signature: bytes) -> None:
    with pytest.raises(SigningError) as refused:
        verify(MANIFEST, signature)
    assert refused.value.code == "bad_signature_file" and "\n" not in str(refused.value)


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=600) | st.text(max_size=600).map(str.encode))
def test_verify_never_raises_anything_but_signing_error(signature: bytes) -> None:
    with pytest.raises(SigningError):
        verify(MANIFEST, signature)


def test_plain_minisign_signature_needs_a_known_key(key_pair: Path) -> None:
    key = read_secret_key(key_pair)
    lines = sign(MANIFEST, key).decode().splitlines()
    # Without the key in the comment (as minisign writes it) the signature cannot be checked alone.
    from nacl.signing import SigningKey

    trusted = "timestamp:1\tfile:manifest.json"
    raw_sig = base64.b64decode(lines[1])[10:]
    lines[2] = f"trusted comment: {trusted}"
    lines[3] = base64.b64encode(SigningKey(key.seed).sign(raw_sig + trusted.encode()).signature).decode()
    plain = "\n".join(lines).encode()
    with pytest.raises(SigningError) as refused:
        verify(MANIFEST, plain)
    assert refused.value.code == "unknown_signer"
    assert verify(MANIFEST, plain, [generate_key().public_key, key.public_key]).public_key == key.public_key


def test_keygen_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    keyfile = tmp_path / "trainer.key"
    assert main(["pack", "keygen", "-o", str(keyfile)]) == 0
    out = capsys.readouterr().out
    public = read_public_key(tmp_path / "trainer.key.pub")
    assert f"Fingerprint: {public.fingerprint}" in out
    assert read_secret_key(keyfile).public_key == public
    if os.name == "posix":
        assert keyfile.stat().st_mode & 0o777 == 0o600
    before = keyfile.read_bytes()
    assert main(["pack", "keygen", "-o", str(keyfile)]) == 1
    assert "already exists" in capsys.readouterr().err
    assert keyfile.read_bytes() == before


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_secret_key_readable_by_others_is_refused(key_pair: Path, tmp_path: Path) -> None:
    loose = tmp_path / "loose.key"
    shutil.copy(key_pair, loose)
    loose.chmod(0o644)
    with pytest.raises(SigningError) as refused:
        read_secret_key(loose)
    assert refused.value.code == "key_permissions" and "chmod 600" in str(refused.value)


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"hello\n",
        b"untrusted comment: x\n" + base64.b64encode(b"Ed" + bytes(40)) + b"\n",
        b"untrusted comment: x\n" + base64.b64encode(b"EdScB2" + bytes(152)) + b"\n",
        b"\x00\xff" * 10,
        b"untrusted comment: x\n" + b"A" * 5000,
    ],
)
def test_wrong_key_file_content_is_refused(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "bad.key"
    path.write_bytes(content)
    path.chmod(0o600)
    with pytest.raises(SigningError) as refused:
        read_secret_key(path)
    assert refused.value.code in {"bad_key_file", "encrypted_key"} and "\n" not in str(refused.value)
    assert str(refused.value).startswith("bad.key: ")


def test_damaged_secret_key_is_refused(key_pair: Path, tmp_path: Path) -> None:
    lines = key_pair.read_text().splitlines()
    raw = bytearray(base64.b64decode(lines[1]))
    raw[70] ^= 1  # a byte of the secret key: the checksum no longer matches
    damaged = tmp_path / "damaged.key"
    damaged.write_text(f"{lines[0]}\n{base64.b64encode(bytes(raw)).decode()}\n")
    damaged.chmod(0o600)
    with pytest.raises(SigningError, match="damaged"):
        read_secret_key(damaged)


def test_missing_key_file(tmp_path: Path) -> None:
    with pytest.raises(SigningError) as refused:
        read_secret_key(tmp_path / "nope.key")
    assert refused.value.code == "key_missing"


def test_public_key_decoding_refuses_other_things() -> None:
    for line in ("", "AAAA", base64.b64encode(b"Xx" + bytes(40)).decode()):
        with pytest.raises(SigningError):
            PublicKey.decode(line)


# --- compatibility with the minisign tool (Debian's `minisign` package) ----------------------------


@needs_minisign
def test_minisign_verifies_our_signature(key_pair: Path, tmp_path: Path) -> None:
    data = tmp_path / "manifest.json"
    data.write_bytes(MANIFEST)
    (tmp_path / "manifest.json.minisig").write_bytes(sign(MANIFEST, read_secret_key(key_pair), signer="Trainer"))
    done = subprocess.run(
        [minisign, "-Vm", str(data), "-p", str(key_pair.with_name("trainer.key.pub"))],
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert done.returncode == 0, done.stderr
    assert "signer:Trainer" in done.stdout
    data.write_bytes(MANIFEST + b" ")
    done = subprocess.run(
        [minisign, "-Vm", str(data), "-p", str(key_pair.with_name("trainer.key.pub"))],
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert done.returncode != 0


@needs_minisign
def test_we_verify_minisign_signatures_and_read_its_keys(tmp_path: Path) -> None:
    key, pub = tmp_path / "m.key", tmp_path / "m.pub"
    subprocess.run([minisign, "-G", "-W", "-s", str(key), "-p", str(pub)], check=True, capture_output=True, timeout=30)
    data = tmp_path / "manifest.json"
    data.write_bytes(MANIFEST)
    subprocess.run(
        [minisign, "-S", "-s", str(key), "-m", str(data), "-t", "by minisign"],
        check=True,
        capture_output=True,
        timeout=30,
    )
    public = read_public_key(pub)
    info = verify(MANIFEST, (tmp_path / "manifest.json.minisig").read_bytes(), [public])
    assert info.public_key == public and info.trusted_comment == "by minisign"
    # Its unencrypted secret key signs here too, and minisign checks what we signed.
    (tmp_path / "manifest.json.minisig").write_bytes(sign(MANIFEST, read_secret_key(key)))
    subprocess.run([minisign, "-Vm", str(data), "-p", str(pub)], check=True, capture_output=True, timeout=30)


def _with_comment(key_pair: Path, trusted: str) -> bytes:
    """A valid signature over MANIFEST whose trusted comment is ``trusted``, signed as minisign would."""
    from nacl.signing import SigningKey

    key = read_secret_key(key_pair)
    lines = sign(MANIFEST, key).decode().splitlines()
    raw_sig = base64.b64decode(lines[1])[10:]
    lines[2] = f"trusted comment: {trusted}"
    lines[3] = base64.b64encode(SigningKey(key.seed).sign(raw_sig + trusted.encode()).signature).decode()
    return "\n".join(lines).encode()


@pytest.mark.parametrize("stamp", ["²", "１２", "", "-1", "1e9", " 1", "1" * 16])
def test_a_timestamp_of_anything_but_ascii_digits_is_a_bad_signature_file(key_pair: Path, stamp: str) -> None:
    public = read_secret_key(key_pair).public_key
    signature = _with_comment(key_pair, f"timestamp:{stamp}\tfile:manifest.json\thashed\tkey:{public.encoded()}")
    with pytest.raises(SigningError) as refused:
        verify(MANIFEST, signature)
    assert refused.value.code == "bad_signature_file" and "timestamp" in str(refused.value)


@pytest.mark.parametrize("stamp", ["0", "1800000000", "9" * 15])
def test_ascii_timestamps_are_read(key_pair: Path, stamp: str) -> None:
    public = read_secret_key(key_pair).public_key
    signature = _with_comment(key_pair, f"timestamp:{stamp}\tfile:manifest.json\thashed\tkey:{public.encoded()}")
    assert verify(MANIFEST, signature).timestamp == int(stamp)
