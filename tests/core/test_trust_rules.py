"""The trust policy's finer rules: which question a refusal asks, what the keystore file may hold,
and what remembering and forgetting a key writes (what mutation testing found unchecked)."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

import kb_app
from kb_app.core.packs.signing import generate_key
from kb_app.core.packs.trust import (
    Keystore,
    KeystoreError,
    KnownPack,
    Outcome,
    PackIdentity,
    TrustedKey,
    TrustRefused,
    builtin_keys,
    builtin_keys_dir,
    compare_versions,
    decide,
    forget,
    keystore_path,
    load_keystore,
    parse_version,
    remember,
)

TRAINER = generate_key().public_key
STRANGER = generate_key().public_key


def _user_keys(keystore: Keystore) -> tuple[TrustedKey, ...]:
    """The keys the user accepted (the built-in ones are the app's)."""
    return tuple(key for key in keystore.keys if not key.builtin)


def pack(
    version: str = "2026.12.1",
    key: object = TRAINER,
    digest: str = "d1",
    pack_id: str = "lv-test",
    publisher: str = "Trainer",
) -> PackIdentity:
    return PackIdentity(pack_id, "Test library", version, publisher, content_digest=digest, public_key=key)  # type: ignore[arg-type]


def refusal(
    incoming: PackIdentity, installed: PackIdentity | None, keystore: Keystore | None = None, **flags: object
) -> TrustRefused:
    with pytest.raises(TrustRefused) as refused:
        decide(incoming, installed, keystore or Keystore(), **flags)  # type: ignore[arg-type]
    return refused.value


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


def test_each_refusal_asks_its_own_question(builtin: Path, profile: Path) -> None:
    keystore = load_keystore(profile, builtin)
    unsigned = refusal(pack(key=None), None, keystore)
    unknown = refusal(pack(key=STRANGER), None, keystore)
    older = refusal(pack("2026.1.1"), pack("2026.12.1"), keystore)
    other = refusal(pack(pack_id="lv-other"), pack(), keystore, replace_other=False)
    asked = {r.code: (r.needs_trust, r.needs_downgrade, r.needs_replace) for r in (unsigned, unknown, older, other)}
    assert asked == {
        "unsigned": (True, False, False),
        "unknown_key": (True, False, False),
        "older_version": (False, True, False),
        "other_library": (False, False, True),
    }
    changed = refusal(pack("2026.12.1", digest="d2"), pack("2026.12.1"), keystore)
    assert (changed.code, changed.needs_trust, changed.needs_downgrade) == ("same_version_changed", False, True)
    assert older.incoming == pack("2026.1.1") and older.installed == pack("2026.12.1")
    assert "is not signed, so nobody vouches for its content" in str(unsigned) and "(--trust)" in str(unsigned)
    assert "check the key with your trainer, then import with --trust" in str(unknown)


def test_a_key_change_says_whether_the_library_is_the_current_or_an_earlier_one(builtin: Path, profile: Path) -> None:
    keystore = load_keystore(profile, builtin)
    current = refusal(pack(key=STRANGER), pack(), keystore)
    earlier = refusal(
        pack(key=STRANGER), None, keystore, history=KnownPack("lv-test", "2026.12.1", TRAINER.fingerprint)
    )
    unsigned = refusal(pack(key=None), pack(), keystore)
    assert current.code == earlier.code == unsigned.code == "key_changed"
    assert "your current library" in str(current) and "your earlier library" in str(earlier)
    assert f"this pack key {STRANGER.fingerprint}" in str(current) and "this pack no signature" in str(unsigned)
    assert current.needs_trust and not current.needs_downgrade


def test_an_unknown_key_names_the_signer_as_the_signer_says_it(profile: Path) -> None:
    said = refusal(pack(key=STRANGER, publisher="Biedrība\x1b[2J"), None, load_keystore(profile, None))
    assert "(says it is from 'Biedrība" in str(said) and "\x1b" not in str(said)
    assert "(says it is from" not in str(refusal(pack(key=STRANGER, publisher=""), None))


def test_an_older_pack_names_what_it_is_older_than(builtin: Path, profile: Path) -> None:
    keystore = load_keystore(profile, builtin)
    installed = refusal(pack("2026.1.1"), pack("2026.12.1"), keystore)
    had = refusal(pack("2026.1.1"), None, keystore, history=KnownPack("lv-test", "2026.12.1", TRAINER.fingerprint))
    assert "older than the installed 2026.12.1" in str(installed)
    assert "older than the highest version this profile had installed, 2026.12.1" in str(had)


def test_the_outcome_of_each_accepted_import(builtin: Path, profile: Path) -> None:
    keystore = load_keystore(profile, builtin)
    history = KnownPack("lv-test", "2026.11.1", TRAINER.fingerprint)
    assert decide(pack(), None, keystore).outcome is Outcome.NEW
    assert decide(pack(), None, keystore, history=history).outcome is Outcome.NEW  # back after another library
    assert decide(pack(), pack("2026.11.1"), keystore).outcome is Outcome.UPDATE
    assert decide(pack(), pack(), keystore).outcome is Outcome.SAME
    same_after_other = decide(pack(), pack(pack_id="lv-other"), keystore, history=history)
    assert same_after_other.outcome is Outcome.NEW and same_after_other.overridden == ("other_library",)
    assert decide(pack(), None, keystore).trusted_key == keystore.trusted_for(TRAINER.fingerprint, "lv-test")


def test_a_version_that_cannot_be_compared_is_refused_with_or_without_history(builtin: Path, profile: Path) -> None:
    keystore = load_keystore(profile, builtin)
    assert refusal(pack("2026.x"), None, keystore).code == "bad_version"
    assert "the version cannot be compared: '2026.x' is not a version" in str(refusal(pack("2026.x"), pack(), keystore))
    assert refusal(pack("2026.x"), pack(), keystore, allow_downgrade=True).code == "bad_version"
    damaged_record = KnownPack("lv-test", "nonsense", TRAINER.fingerprint)
    assert refusal(pack(), None, keystore, history=damaged_record).code == "bad_version"


@pytest.mark.parametrize(
    ("version", "parts"),
    [("1", (1,)), ("2026.11.1", (2026, 11, 1)), ("123456789.0.0.0.0.0.0.0", (123456789, 0, 0, 0, 0, 0, 0, 0))],
)
def test_versions_of_up_to_eight_parts_of_nine_digits(version: str, parts: tuple[int, ...]) -> None:
    assert parse_version(version) == parts


@pytest.mark.parametrize("version", ["1234567890", "1.2.3.4.5.6.7.8.9", "", "1.", ".1", "1.2\n", 2026])
def test_anything_else_is_no_version(version: object) -> None:
    with pytest.raises(ValueError, match="is not a version"):
        parse_version(version)  # type: ignore[arg-type]


def test_versions_compare_part_by_part_with_missing_parts_zero() -> None:
    pairs = (
        ("2026.11", "2026.11.0"),
        ("2026.11.0", "2026.11"),
        ("2026.11", "2026.11.1"),
        ("2026.11.1", "2026.11"),
        ("2026.12", "2026.11.9"),
        ("10.0", "9.0"),
    )
    assert [compare_versions(a, b) for a, b in pairs] == [0, 0, -1, 1, 1, 1]


def test_the_built_in_key_is_the_one_found_first_and_user_keys_are_the_others(builtin: Path, profile: Path) -> None:
    remember(profile, pack(key=TRAINER, publisher="Someone else"))  # the same key, accepted by the user
    remember(profile, pack(key=STRANGER, publisher="Stranger"))
    keystore = load_keystore(profile, builtin)
    assert keystore.find(TRAINER.fingerprint).builtin  # type: ignore[union-attr]
    assert keystore.find(TRAINER.fingerprint).publisher == "Biedrība Patvērums"  # type: ignore[union-attr]
    assert [k.publisher for k in _user_keys(keystore)] == ["Someone else", "Stranger"]
    assert keystore.find(generate_key().public_key.fingerprint) is None
    assert keystore.trusted_for(STRANGER.fingerprint, "lv-test") is not None
    assert keystore.trusted_for(STRANGER.fingerprint, "lv-other") is None
    assert keystore.trusted_for(TRAINER.fingerprint, "any-pack-at-all") is not None  # built in: every pack


def test_remembering_a_known_key_adds_the_pack_and_keeps_its_name_and_date(profile: Path) -> None:
    first = datetime(2026, 12, 1, 8, 30, 5, tzinfo=UTC)
    remember(profile, pack(key=STRANGER, publisher="Stranger"), now=first)
    remember(
        profile, pack(key=STRANGER, publisher="Other name", pack_id="lv-other"), now=datetime(2026, 12, 2, tzinfo=UTC)
    )
    data = json.loads(keystore_path(profile).read_text("utf-8"))
    assert data["format"] == "kb-app-trusted-keys" and data["version"] == 1
    assert [(k["publisher"], k["packs"], k["added_at"], k["fingerprint"]) for k in data["keys"]] == [
        ("Stranger", ["lv-other", "lv-test"], "2026-12-01T08:30:05Z", STRANGER.fingerprint)
    ]


def test_remembering_fills_a_name_the_key_did_not_have(profile: Path) -> None:
    remember(profile, pack(key=STRANGER, publisher=""))
    remember(profile, pack(key=STRANGER, publisher="Stranger", pack_id="lv-other"))
    assert [k.publisher for k in _user_keys(load_keystore(profile, None))] == ["Stranger"]


def test_forgetting_a_key_never_accepted_writes_nothing(profile: Path) -> None:
    assert forget(profile, STRANGER.fingerprint) is False
    assert not keystore_path(profile).exists()
    remember(profile, pack(key=STRANGER))
    remember(profile, pack(key=TRAINER))
    assert forget(profile, STRANGER.fingerprint) is True
    assert [k.fingerprint for k in _user_keys(load_keystore(profile, None))] == [TRAINER.fingerprint]


def _keystore(profile: Path, data: object) -> None:
    keystore_path(profile).write_text(json.dumps(data), encoding="utf-8")


def _key(**fields: object) -> dict[str, object]:
    return {"public_key": STRANGER.encoded(), "packs": ["lv-test"], **fields}


@pytest.mark.parametrize(
    ("data", "code"),
    [
        ({"format": "kb-app-trusted-keys", "version": 2, "keys": []}, "keystore_newer"),
        ({"format": "kb-app-trusted-keys", "version": 0, "keys": []}, "keystore_newer"),
        ({"format": "kb-app-trusted-keys", "version": "1", "keys": []}, "keystore_newer"),
        ({"format": "other", "version": 1, "keys": []}, "keystore_damaged"),
        ({"version": 1, "keys": []}, "keystore_damaged"),
        ({"format": "kb-app-trusted-keys", "version": 1, "keys": {}}, "keystore_damaged"),
        ({"format": "kb-app-trusted-keys", "version": 1, "keys": [_key(packs=["*"])]}, "keystore_damaged"),
        ({"format": "kb-app-trusted-keys", "version": 1, "keys": [_key(packs=[""])]}, "keystore_damaged"),
        ({"format": "kb-app-trusted-keys", "version": 1, "keys": [_key(packs="lv-test")]}, "keystore_damaged"),
        ({"format": "kb-app-trusted-keys", "version": 1, "keys": [_key(packs=["x"] * 1001)]}, "keystore_damaged"),
        ({"format": "kb-app-trusted-keys", "version": 1, "keys": [_key(), {"packs": []}]}, "keystore_damaged"),
    ],
)
def test_a_keystore_the_app_did_not_write_is_refused(profile: Path, data: object, code: str) -> None:
    _keystore(profile, data)
    with pytest.raises(KeystoreError) as refused:
        load_keystore(profile, None)
    assert refused.value.code == code


def test_a_damaged_keystore_says_which_key_is_bad(profile: Path) -> None:
    _keystore(profile, {"format": "kb-app-trusted-keys", "version": 1, "keys": [_key(), {"packs": []}]})
    with pytest.raises(KeystoreError, match=r"key 2 is not valid"):
        load_keystore(profile, None)


def test_a_keystore_of_the_most_the_app_writes_is_read(profile: Path) -> None:
    _keystore(
        profile,
        {
            "format": "kb-app-trusted-keys",
            "version": 1,
            "keys": [
                _key(
                    packs=[f"p{i}" for i in range(1000)],
                    publisher="N" * 300,
                    added_at="2026-12-01T08:30:05Z and more than forty characters",
                )
            ],
        },
    )
    (key,) = _user_keys(load_keystore(profile, None))
    stamp = "2026-12-01T08:30:05Z and more than forty characters"
    assert len(key.packs) == 1000 and key.publisher == "N" * 200 and key.added_at == stamp[:40]
    assert not key.builtin


def test_a_keystore_over_a_megabyte_is_not_read(profile: Path) -> None:
    keystore_path(profile).write_bytes(b" " * (1024 * 1024 + 1))
    with pytest.raises(KeystoreError, match="far too large") as refused:
        load_keystore(profile, None)
    assert refused.value.code == "keystore_damaged"
    empty = json.dumps({"format": "kb-app-trusted-keys", "version": 1, "keys": []}).encode()
    keystore_path(profile).write_bytes(b" " * (1024 * 1024 - len(empty)) + empty)  # exactly one megabyte
    assert load_keystore(profile, None).keys == ()


def test_a_keystore_that_cannot_be_read_says_so(profile: Path) -> None:
    keystore_path(profile).mkdir()
    with pytest.raises(KeystoreError) as refused:
        load_keystore(profile, None)
    assert refused.value.code == "keystore_unreadable" and "cannot be read" in str(refused.value)


def test_built_in_keys_vouch_for_every_pack_under_their_file_name(builtin: Path, tmp_path: Path) -> None:
    (key,) = builtin_keys(builtin)
    assert (key.publisher, key.builtin, key.fingerprint) == ("Biedrība Patvērums", True, TRAINER.fingerprint)
    assert key.covers("anything")
    assert builtin_keys(tmp_path / "no-such-folder") == ()
    assert builtin_keys_dir() == Path(kb_app.__file__).parent / "data" / "trusted_keys"
    assert builtin_keys_dir().is_dir()  # shipped with the app (its keys are added by whoever builds it)


def test_a_user_key_covers_only_its_packs() -> None:
    key = TrustedKey(STRANGER, "Stranger", frozenset({"lv-test"}))
    assert key.covers("lv-test") and not key.covers("lv-other") and not key.builtin


def test_an_identity_knows_whether_it_is_signed() -> None:
    assert pack().signed and not pack(key=None).signed
    assert PackIdentity("a", "A", "1", fingerprint=TRAINER.fingerprint).signed


def test_the_keystore_keeps_its_file_name_across_versions(profile: Path) -> None:
    # Profiles made by earlier versions hold their accepted keys under this name.
    assert keystore_path(profile) == profile / "trusted_keys.json"


@pytest.mark.parametrize(("count", "refused"), [(1000, False), (1001, True)])
def test_a_keystore_holds_at_most_a_thousand_keys(profile: Path, count: int, refused: bool) -> None:
    _keystore(profile, {"format": "kb-app-trusted-keys", "version": 1, "keys": [_key()] * count})
    if refused:
        with pytest.raises(KeystoreError, match="no valid list of keys"):
            load_keystore(profile, None)
    else:
        assert len(_user_keys(load_keystore(profile, None))) == count


def test_a_pack_that_names_no_publisher_is_named_by_its_key_only() -> None:
    anonymous = PackIdentity("lv-test", "Test library", "2026.12.1", public_key=STRANGER)
    said = refusal(anonymous, None)
    assert said.code == "unknown_key" and "says it is from" not in str(said)
    assert f"signed with key {STRANGER.fingerprint}, which" in str(said)


def test_an_older_pack_is_measured_against_the_highest_version_installed_or_had(builtin: Path, profile: Path) -> None:
    keystore = load_keystore(profile, builtin)
    had_more = KnownPack("lv-test", "2026.12.1", TRAINER.fingerprint)
    had_less = KnownPack("lv-test", "2026.11.1", TRAINER.fingerprint)
    below_had = refusal(pack("2026.12.0"), pack("2026.11.1"), keystore, history=had_more)
    below_installed = refusal(pack("2026.12.0"), pack("2026.12.1"), keystore, history=had_less)
    assert "than the highest version this profile had installed, 2026.12.1" in str(below_had)
    assert "than the installed 2026.12.1" in str(below_installed)


def test_a_long_publisher_name_is_cut_in_the_refusal() -> None:
    said = str(refusal(pack(key=STRANGER, publisher="N" * 200), None))
    assert "N" * 79 + "…" in said and "N" * 80 not in said


@pytest.mark.parametrize(
    ("incoming", "installed", "begins", "ends"),
    [
        (pack(key=None), None, "the pack lv-test 2026.12.1 is not signed", "in person (--trust)"),
        (pack(key=STRANGER), None, "the pack lv-test 2026.12.1 is signed with key", "then import with --trust"),
        (pack(key=STRANGER), pack(), "the pack lv-test 2026.12.1 is signed by another key", "(--trust to accept it)"),
        (pack("2026.1.1"), pack(), "lv-test 2026.1.1 is older than", "(--allow-downgrade to go back)"),
        (
            pack(digest="d2"),
            pack(),
            "lv-test 2026.12.1 is already installed with other content",
            "(--allow-downgrade to replace it)",
        ),
        (pack(pack_id="lv-other"), pack(), "the pack lv-other is another library", "replaces that library"),
        (pack("x"), None, "the version cannot be compared", "like 2026.11.1"),
    ],
)
def test_each_refusal_is_one_sentence_that_names_the_pack_and_the_way_on(
    builtin: Path, profile: Path, incoming: PackIdentity, installed: PackIdentity | None, begins: str, ends: str
) -> None:
    said = str(refusal(incoming, installed, load_keystore(profile, builtin), replace_other=False))
    assert said.startswith(begins) and said.endswith(ends) and "\n" not in said


@pytest.mark.parametrize(
    ("content", "ends"),
    [
        (b"{", "is damaged (not valid JSON)"),
        (b"[]", "is damaged (not a kb-app list of trusted keys)"),
        (
            b'{"format": "kb-app-trusted-keys", "version": 9}',
            "was written by a newer version of the app; update the app",
        ),
    ],
)
def test_a_damaged_keystore_says_what_is_wrong(profile: Path, content: bytes, ends: str) -> None:
    keystore_path(profile).write_bytes(content)
    with pytest.raises(KeystoreError) as refused:
        load_keystore(profile, None)
    assert str(refused.value).startswith(f"the list of trusted keys {keystore_path(profile)}")
    assert str(refused.value).endswith(ends)


def test_a_key_saved_without_a_name_or_date_reads_as_having_none(profile: Path, builtin: Path) -> None:
    _keystore(profile, {"format": "kb-app-trusted-keys", "version": 1, "keys": [_key()]})
    (key,) = _user_keys(load_keystore(profile, None))
    assert (key.publisher, key.added_at) == ("", "")
    assert builtin_keys(builtin)[0].added_at == ""


def test_remembering_makes_the_profile_folder_when_it_is_new(tmp_path: Path) -> None:
    profile = tmp_path / "new" / "profile"
    remember(profile, pack(key=STRANGER))
    assert load_keystore(profile, None).trusted_for(STRANGER.fingerprint, "lv-test") is not None


def test_an_unreadable_record_of_an_earlier_import_does_not_hide_the_installed_version(
    builtin: Path, profile: Path
) -> None:
    keystore = load_keystore(profile, builtin)
    damaged_record = KnownPack("lv-test", "nonsense", TRAINER.fingerprint)
    assert decide(pack("2026.12.2"), pack(), keystore, history=damaged_record).outcome is Outcome.UPDATE
