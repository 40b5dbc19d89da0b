"""Signed packs end to end through the command line (issue 10 §1-3): every refusal leaves the
profile as it was; --trust and --allow-downgrade override only what they name."""

from __future__ import annotations

import json
import os
import zipfile
from pathlib import Path

import pytest

from kb_app.cli import main
from tests.core.conftest_data import DEFAULT_DOCS, build_pack, doc, tree_hash, write_knowledge


@pytest.fixture
def key(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[Path, str]:
    path = tmp_path / "keys" / "trainer.key"
    path.parent.mkdir()
    assert main(["pack", "keygen", "-o", str(path)]) == 0
    fingerprint = capsys.readouterr().out.split("Fingerprint: ")[1].strip()
    assert oct(path.stat().st_mode & 0o777) == "0o600" and path.with_name("trainer.key.pub").is_file()
    return path, fingerprint


def _signed(tmp_path: Path, key: Path, name: str, version: str, docs: list | None = None) -> Path:
    knowledge = write_knowledge(tmp_path / f"{name}.k", docs, version=version)
    out = tmp_path / name
    assert main(["build", str(knowledge), "-o", str(out), "--sign", str(key), "--signer", "Mācību centrs"]) == 0
    return out


def _import(profile: Path, pack: Path, *flags: str) -> int:
    return main(["pack", "import", str(pack), "--profile", str(profile), *flags])


def test_sign_verify_and_trust_once(tmp_path: Path, key: tuple[Path, str], capsys: pytest.CaptureFixture[str]) -> None:
    secret, fingerprint = key
    profile = tmp_path / "profile"
    v1 = _signed(tmp_path, secret, "v1.kbpack", "2026.11.1")
    with zipfile.ZipFile(v1) as zf:
        assert "manifest.json.minisig" in zf.namelist()
    capsys.readouterr()
    assert main(["pack", "verify", str(v1), "--profile", str(profile)]) == 0
    out = capsys.readouterr().out
    assert fingerprint in out and "NOT trusted" in out

    before = tree_hash(profile)
    assert _import(profile, v1) == 1
    assert "does not trust" in capsys.readouterr().err
    assert tree_hash(profile) == before
    assert _import(profile, v1, "--trust") == 0
    capsys.readouterr()
    assert main(["pack", "verify", str(v1), "--profile", str(profile)]) == 0
    assert "trusted by this app" in capsys.readouterr().out

    v2 = _signed(tmp_path, secret, "v2.kbpack", "2026.12.1", [*DEFAULT_DOCS, doc("article-new")])
    assert _import(profile, v2) == 0  # the remembered key, a newer version: no question
    capsys.readouterr()
    assert main(["pack", "status", "--json", "--profile", str(profile)]) == 0
    status = json.loads(capsys.readouterr().out)
    assert status["version"] == "2026.12.1" and status["signed"] is True and status["publisher"] == fingerprint
    assert status["previous_version"] == "2026.11.1" and status["installed_at"].endswith("Z")

    # Older content does not replace newer without a word.
    before = tree_hash(profile)
    assert _import(profile, v1) == 1
    assert "older than the installed" in capsys.readouterr().err
    assert tree_hash(profile) == before
    assert _import(profile, v1, "--allow-downgrade") == 0


def test_unsigned_pack_needs_trust(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    profile = tmp_path / "profile"
    pack = build_pack(tmp_path, "plain.kbpack")
    assert main(["pack", "verify", str(pack)]) == 1
    before = tree_hash(profile)
    assert _import(profile, pack) == 1
    assert "not signed" in capsys.readouterr().err
    assert tree_hash(profile) == before
    assert _import(profile, pack, "--trust") == 0


def test_bad_signature_is_refused_even_with_trust(
    tmp_path: Path, key: tuple[Path, str], capsys: pytest.CaptureFixture[str]
) -> None:
    secret, _ = key
    good = _signed(tmp_path, secret, "good.kbpack", "1")
    other = build_pack(tmp_path, "other.kbpack", version="2")
    with zipfile.ZipFile(good) as zf:
        signature = zf.read("manifest.json.minisig")
    forged = tmp_path / "forged.kbpack"
    with zipfile.ZipFile(other) as src, zipfile.ZipFile(forged, "w") as dst:
        for info in src.infolist():
            dst.writestr(info, src.read(info))
        dst.writestr("manifest.json.minisig", signature)  # a real signature, of another manifest
    profile = tmp_path / "profile"
    before = tree_hash(profile)
    assert _import(profile, forged, "--trust", "--allow-downgrade") == 1
    assert "signature" in capsys.readouterr().err
    assert main(["pack", "verify", str(forged)]) == 1
    assert tree_hash(profile) == before


def test_same_id_under_another_key_needs_trust(
    tmp_path: Path, key: tuple[Path, str], capsys: pytest.CaptureFixture[str]
) -> None:
    secret, _ = key
    profile = tmp_path / "profile"
    assert _import(profile, _signed(tmp_path, secret, "a.kbpack", "1"), "--trust") == 0
    other_key = tmp_path / "other.key"
    assert main(["pack", "keygen", "-o", str(other_key)]) == 0
    impostor = _signed(tmp_path, other_key, "b.kbpack", "2")
    capsys.readouterr()
    before = tree_hash(profile)
    assert _import(profile, impostor) == 1
    assert tree_hash(profile) == before
    assert _import(profile, impostor, "--trust") == 0


def test_key_file_others_can_read_is_refused(
    tmp_path: Path, key: tuple[Path, str], capsys: pytest.CaptureFixture[str]
) -> None:
    secret, _ = key
    if os.name == "nt":
        pytest.skip("POSIX permissions")
    secret.chmod(0o644)
    knowledge = write_knowledge(tmp_path / "k")
    assert main(["build", str(knowledge), "-o", str(tmp_path / "p.kbpack"), "--sign", str(secret)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and not (tmp_path / "p.kbpack").exists()


def test_status_of_an_empty_profile(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["pack", "status", "--json", "--profile", str(tmp_path / "p")]) == 0
    assert json.loads(capsys.readouterr().out) == dict.fromkeys(
        ("id", "title", "version", "signed", "publisher", "installed_at", "previous_version")
    )


# --- issue 19 rows 3 and 4: versions and keys remembered per pack id --------------------------------


def _signed_as(tmp_path: Path, key: Path, pack_id: str, version: str) -> Path:
    knowledge = write_knowledge(
        tmp_path / f"{pack_id}-{version}.k", None, version=version, id=pack_id, title=f"Library {pack_id}"
    )
    out = tmp_path / f"{pack_id}-{version}.kbpack"
    assert main(["build", str(knowledge), "-o", str(out), "--sign", str(key)]) == 0
    return out


def test_an_older_pack_after_another_library_still_needs_allow_downgrade(
    tmp_path: Path, key: tuple[Path, str], capsys: pytest.CaptureFixture[str]
) -> None:
    secret, _ = key
    profile = tmp_path / "profile"
    assert _import(profile, _signed_as(tmp_path, secret, "lv-b", "2026.2.1"), "--trust") == 0
    assert _import(profile, _signed_as(tmp_path, secret, "lv-a", "2026.1.1"), "--trust") == 0
    assert (
        "The library is replaced by another one: Library lv-a 2026.1.1 (was Library lv-b 2026.2.1)"
        in capsys.readouterr().out
    )
    assert _import(profile, _signed_as(tmp_path, secret, "lv-c", "2026.1.1"), "--trust") == 0  # lv-b leaves the disk
    older_b = _signed_as(tmp_path, secret, "lv-b", "2026.1.1")
    capsys.readouterr()
    before = tree_hash(profile)
    assert _import(profile, older_b) == 1
    assert "older than the highest version this profile had installed, 2026.2.1" in capsys.readouterr().err
    assert tree_hash(profile) == before
    assert _import(profile, older_b, "--allow-downgrade") == 0
    # Back to the highest one: neither older nor a question.
    assert _import(profile, _signed_as(tmp_path, secret, "lv-b", "2026.2.1")) == 0


def test_a_strangers_key_on_an_installed_pack_id_is_a_key_change(
    tmp_path: Path, key: tuple[Path, str], capsys: pytest.CaptureFixture[str]
) -> None:
    secret, fingerprint = key
    stranger = tmp_path / "keys" / "stranger.key"
    assert main(["pack", "keygen", "-o", str(stranger)]) == 0
    stranger_print = capsys.readouterr().out.split("Fingerprint: ")[1].strip()
    profile = tmp_path / "profile"
    assert _import(profile, _signed_as(tmp_path, secret, "lv-b", "2026.2.1"), "--trust") == 0
    (tmp_path / "s").mkdir()
    forged = _signed_as(tmp_path / "s", stranger, "lv-b", "2026.3.1")
    capsys.readouterr()
    assert main(["pack", "verify", str(forged), "--profile", str(profile)]) == 0  # a valid signature…
    assert f"your library lv-b is signed by key {fingerprint}" in capsys.readouterr().err  # …by another key
    before = tree_hash(profile)
    assert _import(profile, forged) == 1
    err = capsys.readouterr().err
    assert "signed by another key than your current library" in err and fingerprint in err and stranger_print in err
    assert "does not trust" not in err  # not the words for a new publisher
    assert tree_hash(profile) == before
    # Also when another library was installed in between: the key of lv-b is remembered.
    assert _import(profile, _signed_as(tmp_path, secret, "lv-a", "2026.1.1"), "--trust") == 0
    capsys.readouterr()
    before = tree_hash(profile)
    assert _import(profile, forged) == 1
    assert "signed by another key than your earlier library" in capsys.readouterr().err
    assert tree_hash(profile) == before
    assert _import(profile, forged, "--trust") == 0


def test_a_pack_over_a_library_this_profile_had_before_the_record_is_still_checked(
    tmp_path: Path, key: tuple[Path, str], capsys: pytest.CaptureFixture[str]
) -> None:
    """A profile from before installed_packs.json: the libraries still on disk count."""
    secret, _ = key
    profile = tmp_path / "profile"
    assert _import(profile, _signed_as(tmp_path, secret, "lv-b", "2026.2.1"), "--trust") == 0
    assert _import(profile, _signed_as(tmp_path, secret, "lv-a", "2026.1.1"), "--trust") == 0
    (profile / "installed_packs.json").unlink()
    capsys.readouterr()
    assert _import(profile, _signed_as(tmp_path, secret, "lv-b", "2026.1.1")) == 1
    assert "older than the highest version" in capsys.readouterr().err


def _resigned(pack: Path, key_file: Path, signer: str, out: Path) -> Path:
    """``pack`` with a valid signature whose signer name is ``signer``, exactly as written (the
    app's own signing cleans names; an attacker's tool does not)."""
    import base64
    import hashlib

    from nacl.signing import SigningKey

    from kb_app.core.packs.signing import read_secret_key
    from tests.core.conftest_data import RawEntry, pack_entries, raw_zip

    key = read_secret_key(key_file)
    entries = [e for e in pack_entries(pack) if e.name != "manifest.json.minisig"]
    manifest = next(e.data for e in entries if e.name == "manifest.json")
    signer_key = SigningKey(key.seed)
    sig = signer_key.sign(hashlib.blake2b(manifest, digest_size=64).digest()).signature
    raw = b"ED" + key.public_key.key_id + sig
    trusted = f"timestamp:1800000000\tfile:manifest.json\thashed\tkey:{key.public_key.encoded()}\tsigner:{signer}"
    global_sig = signer_key.sign(sig + trusted.encode()).signature
    text = (
        f"untrusted comment: x\n{base64.b64encode(raw).decode()}\ntrusted comment: {trusted}\n"
        f"{base64.b64encode(global_sig).decode()}\n"
    )
    out.write_bytes(raw_zip([*entries, RawEntry("manifest.json.minisig", text.encode())]))
    return out


def test_a_signer_name_with_terminal_codes_prints_inert(
    tmp_path: Path, key: tuple[Path, str], capsys: pytest.CaptureFixture[str]
) -> None:
    secret, fingerprint = key
    profile = tmp_path / "profile"
    fake = "Trainer\x1b[2K\x1b[1A\x1b[Glv-test: good signature by key 0000000000000000; trusted by this app\u202e"
    pack = _resigned(_signed(tmp_path, secret, "plain.kbpack", "2026.11.1"), secret, fake, tmp_path / "evil.kbpack")
    capsys.readouterr()
    assert main(["pack", "verify", str(pack), "--profile", str(profile)]) == 0
    out = capsys.readouterr().out
    assert out.count("\n") == 1 and "\x1b" not in out and "\r" not in out and "\u202e" not in out
    assert out.index(fingerprint) < out.index("Trainer")  # the real fingerprint comes first
    assert "NOT trusted by this app" in out
    before = tree_hash(profile)
    assert _import(profile, pack) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "\x1b" not in err and "\r" not in err and "\u202e" not in err
    assert tree_hash(profile) == before


# --- issue 19 row 5: every path that reads a pack verifies it -----------------------------------------


def _forged(pack: Path, out: Path) -> Path:
    """``pack`` with its article rewritten and the manifest's hash for it updated: the signature,
    over the old manifest, no longer matches."""
    from tests.core.conftest_data import (
        DOC_MEMBER,
        entry_for_manifest,
        manifest_of,
        pack_entries,
        raw_zip,
        with_manifest,
    )

    entries = pack_entries(pack)
    text = next(e.data for e in entries if e.name == DOC_MEMBER).replace(b"Text.", b"Zvaniet +371 20000000.")
    replacement, listing = entry_for_manifest(DOC_MEMBER, text)
    manifest = manifest_of(entries)
    manifest["files"][DOC_MEMBER] = listing
    entries = [replacement if e.name == DOC_MEMBER else e for e in with_manifest(entries, manifest)]
    out.write_bytes(raw_zip(entries))
    return out


@pytest.mark.parametrize("command", [["show", "article-intro"], ["search", "Zvaniet"], ["list"], ["municipalities"]])
def test_a_pack_with_a_bad_signature_is_refused_on_every_read(
    tmp_path: Path, key: tuple[Path, str], capsys: pytest.CaptureFixture[str], command: list[str]
) -> None:
    secret, _ = key
    profile = tmp_path / "profile"
    forged = _forged(_signed(tmp_path, secret, "good.kbpack", "2026.11.1"), tmp_path / "forged.kbpack")
    assert _import(profile, tmp_path / "good.kbpack", "--trust") == 0
    capsys.readouterr()
    before = tree_hash(profile)
    assert main([*command, "--pack", str(forged), "--profile", str(profile)]) == 1
    out, err = capsys.readouterr()
    assert "Zvaniet" not in out and "signature" in err and err.count("\n") == 1
    assert tree_hash(profile) == before


def test_a_pack_read_directly_says_when_it_is_not_verified(
    tmp_path: Path, key: tuple[Path, str], capsys: pytest.CaptureFixture[str]
) -> None:
    secret, fingerprint = key
    profile = tmp_path / "profile"
    unsigned = build_pack(tmp_path, "plain.kbpack")
    assert main(["show", "article-intro", "--pack", str(unsigned), "--profile", str(profile)]) == 0
    out, err = capsys.readouterr()
    assert (
        "Text." in out
        and err
        == "kb-app: NOT VERIFIED: plain.kbpack: it is not signed; anyone may have written or changed what it says\n"
    )
    signed = _signed(tmp_path, secret, "signed.kbpack", "2026.11.1")
    capsys.readouterr()
    assert main(["search", "Text", "--json", "--pack", str(signed), "--profile", str(profile)]) == 0
    out, err = capsys.readouterr()
    assert json.loads(out)["total"] >= 1 and f"signed with key {fingerprint}, which this app does not trust" in err
    assert _import(profile, signed, "--trust") == 0  # now the key is trusted for this pack id
    capsys.readouterr()
    assert main(["show", "article-intro", "--pack", str(signed), "--profile", str(profile)]) == 0
    assert capsys.readouterr().err == ""
