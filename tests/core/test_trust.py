"""The trust policy: which packs this installation accepts (issue 10 §2)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kb_app.core.packs.signing import generate_key
from kb_app.core.packs.trust import (
    Keystore,
    KeystoreError,
    KnownPack,
    Outcome,
    PackIdentity,
    TrustRefused,
    builtin_keys,
    compare_versions,
    decide,
    forget,
    keystore_path,
    load_keystore,
    parse_version,
    remember,
)
from tests.core.conftest_data import tree_hash

TRAINER = generate_key().public_key
STRANGER = generate_key().public_key


def pack(
    version: str = "2026.12.1",
    key: object = TRAINER,
    digest: str = "d1",
    pack_id: str = "lv-test",
    publisher: str = "Trainer",
) -> PackIdentity:
    return PackIdentity(pack_id, "Test library", version, publisher, content_digest=digest, public_key=key)  # type: ignore[arg-type]


@pytest.fixture
def builtin(tmp_path: Path) -> Path:
    folder = tmp_path / "builtin"
    folder.mkdir()
    (folder / "Biedrība Patvērums.pub").write_text(TRAINER.file_text(), encoding="ascii")
    return folder


@pytest.fixture
def profile(tmp_path: Path) -> Path:
    path = tmp_path / "profile"
    path.mkdir()
    return path


def _refused(incoming: PackIdentity, installed: PackIdentity | None, keystore: Keystore, **flags: bool) -> str:
    with pytest.raises(TrustRefused) as refused:
        decide(incoming, installed, keystore, **flags)
    assert "\n" not in str(refused.value)
    return refused.value.code


def test_versions_compare_as_dotted_integers() -> None:
    assert compare_versions("2026.12.1", "2026.11.1") == 1
    assert compare_versions("2026.9.1", "2026.10.1") == -1  # not text order
    assert compare_versions("2026.11", "2026.11.0") == 0
    for bad in ("", "2026.x", "1..2", "v1", "1.2.", " 1", "1" * 12):
        with pytest.raises(ValueError):
            parse_version(bad)


def test_builtin_key_is_trusted_for_any_pack(builtin: Path, profile: Path) -> None:
    keystore = load_keystore(profile, builtin)
    decision = decide(pack(pack_id="lv-anything"), None, keystore)
    assert decision.outcome is Outcome.NEW and not decision.remember
    assert decision.trusted_key is not None and decision.trusted_key.publisher == "Biedrība Patvērums"


def test_newer_version_is_an_update(builtin: Path, profile: Path) -> None:
    decision = decide(pack("2026.12.1"), pack("2026.11.1"), load_keystore(profile, builtin))
    assert decision.outcome is Outcome.UPDATE and decision.overridden == ()
    same = decide(pack("2026.12.1"), pack("2026.12.1"), load_keystore(profile, builtin))
    assert same.outcome is Outcome.SAME


def test_unsigned_pack_needs_trust(builtin: Path, profile: Path) -> None:
    keystore = load_keystore(profile, builtin)
    assert _refused(pack(key=None), None, keystore) == "unsigned"
    decision = decide(pack(key=None), None, keystore, trust=True)
    assert decision.overridden == ("unsigned",) and not decision.remember  # no key to remember


def test_unknown_key_needs_trust_and_is_remembered_for_that_pack_only(builtin: Path, profile: Path) -> None:
    keystore = load_keystore(profile, builtin)
    incoming = pack(key=STRANGER, publisher="Kāds cits")
    assert _refused(incoming, None, keystore) == "unknown_key"
    decision = decide(incoming, None, keystore, trust=True)
    assert decision.remember and decision.overridden == ("unknown_key",)
    remember(profile, incoming)
    keystore = load_keystore(profile, builtin)
    assert decide(incoming, None, keystore).remember is False
    stored = keystore.find(STRANGER.fingerprint)
    assert stored is not None and stored.publisher == "Kāds cits" and stored.packs == {"lv-test"}
    # Trusted for lv-test, not for another pack id.
    assert _refused(pack(key=STRANGER, pack_id="lv-other"), None, keystore) == "unknown_key"
    remember(profile, pack(key=STRANGER, pack_id="lv-other"))
    assert load_keystore(profile, builtin).find(STRANGER.fingerprint).packs == {"lv-test", "lv-other"}


def test_key_change_needs_trust(builtin: Path, profile: Path) -> None:
    remember(profile, pack(key=STRANGER))
    keystore = load_keystore(profile, builtin)
    installed = pack("2026.11.1", key=TRAINER)
    # Even a key the app trusts may not silently take over a pack another key made.
    assert _refused(pack("2026.12.1", key=STRANGER), installed, keystore) == "key_changed"
    # An unsigned pack in place of a signed library is the same stronger question (issue 19 row 4).
    assert _refused(pack("2026.12.1", key=None), installed, keystore) == "key_changed"
    assert _refused(pack("2026.12.1", key=None), installed, keystore, trust=False) == "key_changed"
    assert decide(pack("2026.12.1", key=STRANGER), installed, keystore, trust=True).overridden == ("key_changed",)
    # An unsigned installed pack being replaced by a signed, trusted one is the ordinary first update.
    assert decide(pack("2026.12.1"), pack("2026.11.1", key=None), keystore).outcome is Outcome.UPDATE


def test_older_version_needs_allow_downgrade(builtin: Path, profile: Path) -> None:
    keystore = load_keystore(profile, builtin)
    installed = pack("2026.12.1")
    assert _refused(pack("2026.11.1"), installed, keystore) == "older_version"
    assert _refused(pack("2026.11.1"), installed, keystore, trust=True) == "older_version"
    decision = decide(pack("2026.11.1"), installed, keystore, allow_downgrade=True)
    assert decision.outcome is Outcome.DOWNGRADE and decision.overridden == ("older_version",)


def test_same_version_with_other_content_needs_allow_downgrade(builtin: Path, profile: Path) -> None:
    keystore = load_keystore(profile, builtin)
    assert _refused(pack(digest="d2"), pack(digest="d1"), keystore) == "same_version_changed"
    assert decide(pack(digest="d2"), pack(digest="d1"), keystore, allow_downgrade=True).outcome is Outcome.DOWNGRADE


def test_trust_questions_come_before_the_downgrade_question(builtin: Path, profile: Path) -> None:
    keystore = load_keystore(profile, builtin)
    incoming, installed = pack("2026.1.1", key=STRANGER), pack("2026.12.1")
    # A stranger's key on an installed pack id is asked as a key change, not as a new publisher.
    assert _refused(incoming, installed, keystore) == "key_changed"
    assert _refused(incoming, installed, keystore, trust=True) == "older_version"
    decision = decide(incoming, installed, keystore, trust=True, allow_downgrade=True)
    assert decision.overridden == ("key_changed", "older_version") and decision.remember


def test_bad_version_is_always_refused(builtin: Path, profile: Path) -> None:
    keystore = load_keystore(profile, builtin)
    assert _refused(pack("next"), None, keystore, trust=True, allow_downgrade=True) == "bad_version"
    assert _refused(pack("next"), pack(), keystore, trust=True, allow_downgrade=True) == "bad_version"


def test_other_pack_id_installed_is_no_downgrade(builtin: Path, profile: Path) -> None:
    decision = decide(pack("2020.1.1", pack_id="lv-new"), pack("2026.12.1"), load_keystore(profile, builtin))
    assert decision.outcome is Outcome.NEW


def test_refusals_leave_the_profile_unchanged(builtin: Path, profile: Path) -> None:
    remember(profile, pack(key=STRANGER))
    before = tree_hash(profile)
    keystore = load_keystore(profile, builtin)
    cases = [
        (pack(key=None), None),
        (pack(key=generate_key().public_key), None),
        (pack("2026.12.2", key=STRANGER), pack()),
        (pack("2026.1.1"), pack()),
        (pack(digest="x"), pack()),
        (pack("bad"), None),
    ]
    codes = set()
    for incoming, installed in cases:
        with pytest.raises(TrustRefused) as refused:
            decide(incoming, installed, keystore)
        codes.add(refused.value.code)
    assert codes == {"unsigned", "unknown_key", "key_changed", "older_version", "same_version_changed", "bad_version"}
    assert tree_hash(profile) == before


def test_forget(builtin: Path, profile: Path) -> None:
    remember(profile, pack(key=STRANGER))
    assert forget(profile, STRANGER.fingerprint)
    assert not forget(profile, STRANGER.fingerprint)
    assert load_keystore(profile, builtin).find(STRANGER.fingerprint) is None


def test_remembering_needs_a_key(profile: Path) -> None:
    with pytest.raises(ValueError):
        remember(profile, pack(key=None))


def test_fingerprint_must_match_its_key() -> None:
    with pytest.raises(ValueError):
        PackIdentity("lv-test", "T", "1", fingerprint=STRANGER.fingerprint, public_key=TRAINER)
    assert PackIdentity("lv-test", "T", "1", fingerprint="ABCD").signed


@pytest.mark.parametrize(
    "content",
    [
        b"not json",
        b"[]",
        b'{"format": "other"}',
        b'{"format": "kb-app-trusted-keys", "version": 1}',
        b'{"format": "kb-app-trusted-keys", "version": 1, "keys": [{"public_key": "AAAA", "packs": []}]}',
        b'{"format": "kb-app-trusted-keys", "version": 1, "keys": [{"public_key": "'
        + TRAINER.encoded().encode()
        + b'", "packs": ["*"]}]}',
        b'{"format": "kb-app-trusted-keys", "version": 2, "keys": []}',
        b"\xff\xfe",
        b"[" * 100_000,
    ],
)
def test_damaged_keystore_is_refused_not_overwritten(profile: Path, content: bytes) -> None:
    keystore_path(profile).write_bytes(content)
    before = tree_hash(profile)
    with pytest.raises(KeystoreError) as refused:
        load_keystore(profile)
    assert refused.value.code in {"keystore_damaged", "keystore_newer"} and "\n" not in str(refused.value)
    with pytest.raises(KeystoreError):
        remember(profile, pack(key=STRANGER))
    assert tree_hash(profile) == before


def test_keystore_file_format(profile: Path) -> None:
    remember(profile, pack(key=STRANGER, publisher="Kāds"))
    data = json.loads(keystore_path(profile).read_text(encoding="utf-8"))
    assert data["format"] == "kb-app-trusted-keys" and data["version"] == 1
    [entry] = data["keys"]
    assert entry["public_key"] == STRANGER.encoded() and entry["fingerprint"] == STRANGER.fingerprint
    assert entry["packs"] == ["lv-test"] and entry["publisher"] == "Kāds" and entry["added_at"].endswith("Z")


def test_damaged_builtin_key_is_refused(tmp_path: Path) -> None:
    (tmp_path / "bad.pub").write_text("nonsense")
    with pytest.raises(KeystoreError) as refused:
        builtin_keys(tmp_path)
    assert refused.value.code == "builtin_key_damaged"
    assert builtin_keys(tmp_path / "absent") == ()


def test_trust_on_an_already_trusted_key_remembers_nothing(builtin: Path, profile: Path) -> None:
    decision = decide(pack(), None, load_keystore(profile, builtin), trust=True)  # the built-in key
    assert not decision.remember and decision.overridden == ()
    remember(profile, pack(key=STRANGER))
    decision = decide(pack(key=STRANGER), None, load_keystore(profile, builtin), trust=True)
    assert not decision.remember and decision.overridden == ()


def _refused_with(
    incoming: PackIdentity, installed: PackIdentity | None, keystore: Keystore, history: KnownPack | None, **flags: bool
) -> TrustRefused:
    with pytest.raises(TrustRefused) as refused:
        decide(incoming, installed, keystore, history=history, **flags)
    return refused.value


def test_the_highest_version_and_key_a_profile_had_count_after_another_library(builtin: Path, profile: Path) -> None:
    keystore = load_keystore(profile, builtin)
    other = pack("2026.1.1", pack_id="lv-other")
    history = KnownPack("lv-test", "2026.12.1", TRAINER.fingerprint)
    older = _refused_with(pack("2026.11.1"), other, keystore, history)
    assert older.code == "older_version" and "2026.12.1" in str(older) and older.history == history
    assert (
        decide(pack("2026.11.1"), other, keystore, history=history, allow_downgrade=True).outcome is Outcome.DOWNGRADE
    )
    assert decide(pack("2026.12.1"), other, keystore, history=history).outcome is Outcome.NEW
    assert decide(pack("2026.12.2"), other, keystore, history=history).outcome is Outcome.NEW
    remember(profile, pack(key=STRANGER))  # even a key the user trusts for the id
    stranger = _refused_with(pack("2026.12.2", key=STRANGER), other, load_keystore(profile, builtin), history)
    assert stranger.code == "key_changed" and TRAINER.fingerprint in str(stranger)
    assert STRANGER.fingerprint in str(stranger)


def test_the_window_is_asked_before_one_library_replaces_another(builtin: Path, profile: Path) -> None:
    keystore = load_keystore(profile, builtin)
    other = pack("2026.1.1", pack_id="lv-other")
    assert _refused_with(pack(), other, keystore, None, replace_other=False).code == "other_library"
    assert decide(pack(), other, keystore).outcome is Outcome.NEW  # the command line: reported, not asked
    assert decide(pack("2026.12.2"), pack(), keystore, replace_other=False).outcome is Outcome.UPDATE


def test_an_installed_library_with_a_broken_version_is_a_refusal_not_a_crash(builtin: Path, profile: Path) -> None:
    keystore = load_keystore(profile, builtin)
    history = KnownPack("lv-test", "2026.12.1", TRAINER.fingerprint)
    assert _refused_with(pack("2026.12.2"), pack("next"), keystore, history).code == "bad_version"
