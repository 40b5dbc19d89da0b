"""The trust question and the "what changed" dialog (issue 10 §2, §4)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QMessageBox

from kb_app.core.packs.library_changes import ChangeSummary, DocChange, DocRef, FieldChange, Segment
from kb_app.core.packs.signing import generate_key
from kb_app.core.packs.trust import Keystore, PackIdentity, TrustRefused, decide
from kb_app.ui.shared import i18n
from kb_app.ui.shared.resources import translations_dir

KEY = generate_key().public_key


def _refusal(code: str) -> TrustRefused:
    installed = PackIdentity(
        "lv-test", "Bibliotēka", "2026.12.1", "Trainer", content_digest="a", public_key=generate_key().public_key
    )
    incoming = {
        "unsigned": PackIdentity("lv-test", "Bibliotēka", "2026.12.2"),
        "unknown_key": PackIdentity("lv-test", "Bibliotēka", "2026.12.2", "<b>Kāds</b>", public_key=KEY),
        "key_changed": PackIdentity("lv-test", "Bibliotēka", "2026.12.2", "Kāds", public_key=KEY),
        "older_version": PackIdentity("lv-test", "Bibliotēka", "2026.11.1", "Trainer", public_key=installed.public_key),
        "same_version_changed": PackIdentity(
            "lv-test", "Bibliotēka", "2026.12.1", "Trainer", content_digest="b", public_key=installed.public_key
        ),
    }[code]
    keystore = Keystore()
    trust = code == "key_changed"
    if code == "key_changed":
        from kb_app.core.packs.trust import TrustedKey

        keystore = Keystore((TrustedKey(KEY, "Kāds", frozenset({"lv-test"})),))
        trust = False
    if code in ("older_version", "same_version_changed"):
        from kb_app.core.packs.trust import TrustedKey

        keystore = Keystore((TrustedKey(installed.public_key, "Trainer", frozenset({"*"})),))  # type: ignore[arg-type]
    # A new publisher, or no signature, is its own question only for a pack id not installed under a key.
    over = None if code in ("unsigned", "unknown_key") else installed
    with pytest.raises(TrustRefused) as refused:
        decide(incoming, over, keystore, trust=trust)
    assert refused.value.code == code
    return refused.value


@pytest.mark.usefixtures("qapp")
@pytest.mark.parametrize("code", ["unsigned", "unknown_key", "key_changed", "older_version", "same_version_changed"])
def test_trust_question_is_latvian_defaults_to_no(monkeypatch: Any, code: str) -> None:
    from kb_app.ui.dialogs import trust_question

    i18n.install("lv")
    try:
        refusal = _refusal(code)
        box = trust_question.trust_message_box(None, refusal)
        assert box.defaultButton() is box.button(QMessageBox.StandardButton.No)
        assert box.escapeButton() is box.button(QMessageBox.StandardButton.No)
        text = box.text()
        assert "Do you" not in text and "?" in text
        if code in ("unknown_key", "key_changed"):
            assert KEY.fingerprint in text
        if code == "unknown_key":  # the publisher's name is shown as text, never as markup
            assert "<b>&lt;b&gt;Kāds&lt;/b&gt;</b>" in text
        box.deleteLater()
        # Pressing Enter (the default) answers "no"; only "yes" trusts.
        monkeypatch.setattr(QMessageBox, "exec", lambda _self: QMessageBox.StandardButton.No)
        assert trust_question.ask_trust(None, refusal) is False
        monkeypatch.setattr(QMessageBox, "exec", lambda _self: QMessageBox.StandardButton.Yes)
        assert trust_question.ask_trust(None, refusal) is True
    finally:
        i18n.install("en")


@pytest.mark.usefixtures("qapp")
def test_a_bad_signature_is_never_a_question(monkeypatch: Any) -> None:
    from kb_app.ui.dialogs import trust_question

    monkeypatch.setattr(QMessageBox, "exec", lambda _self: QMessageBox.StandardButton.Yes)
    assert trust_question.ask_trust(None, TrustRefused("bad_version", "x")) is False


def _codes_raised(module: str, call: str) -> set[str]:
    source = (Path(__file__).parents[2] / module).read_text(encoding="utf-8")
    return set(re.findall(re.escape(call) + r'\(\s*"(\w+)"', source))


@pytest.mark.usefixtures("qapp")
def test_every_trust_and_signature_refusal_has_a_latvian_sentence() -> None:
    from kb_app.ui.dialogs.trust_question import TRUST_REASONS, refusal_sentence

    codes = _codes_raised("kb_app/core/packs/trust.py", "TrustRefused")
    codes |= _codes_raised("kb_app/core/packs/trust.py", "KeystoreError")
    codes |= _codes_raised("kb_app/core/packs/signing.py", "SigningError")
    codes |= {
        "unsigned",
        "unknown_key",
        "key_changed",
        "older_version",
        "same_version_changed",
        "other_library",
    }  # via refuse()
    assert {"bad_version", "keystore_damaged", "bad_signature", "key_permissions"} <= codes
    assert codes == set(TRUST_REASONS)
    translator = QTranslator()
    assert translator.load("kb_app_lv", str(translations_dir()))
    for code in codes:
        latvian = translator.translate("TrustQuestion", TRUST_REASONS[code])
        assert latvian and latvian != TRUST_REASONS[code], code
    assert refusal_sentence("no_such_code") is None


def _summary() -> ChangeSummary:
    return ChangeSummary(
        changed=(
            DocChange(
                "contact-116006",
                "contact",
                "Bezmaksas tālrunis",
                (
                    FieldChange("phones", "116 006", "+371 2000 0000", important=True),
                    FieldChange("verified_on", "2026-11-01", "2026-12-01"),
                ),
            ),
            DocChange(
                "article-a",
                "article",
                "Rīcība",
                (
                    FieldChange(
                        "text",
                        paragraphs=(
                            (
                                Segment("gap", ""),
                                Segment("same", "zvaniet uz"),
                                Segment("removed", "112"),
                                Segment("added", "113"),
                                Segment("same", "nekavējoties"),
                            ),
                        ),
                    ),
                ),
            ),
        ),
        added=(DocRef("new", "article", "Jauns raksts"),),
        old_label="Bibliotēka 2026.11.1",
        new_label="Bibliotēka 2026.12.1",
        total=40,
    )


@pytest.mark.usefixtures("qapp")
def test_what_changed_reads_like_latvian() -> None:
    from kb_app.ui.dialogs.changes_dialog import ChangesDialog

    i18n.install("lv")
    try:
        dialog = ChangesDialog(_summary())
        text = dialog.view.toPlainText()
        html = dialog.view.toHtml()
    finally:
        i18n.install("en")
    assert "verified_on" not in text and "phones" not in text
    assert "Tālruņa numuri" in text and "Pārbaudīts" in text
    # The changed contact detail comes first, before the other changes.
    assert text.index("+371 2000 0000") < text.index("Rīcība")
    assert "zvaniet uz 112 113 nekavējoties" in text
    assert "line-through" in html
    dialog.deleteLater()


@pytest.mark.usefixtures("qapp")
def test_a_changed_seventh_phone_is_one_whole_line_in_the_window(tmp_path: Path) -> None:
    """Issue 21 row 2: the window cut both phone lists at '…(Kurzemes r…' and struck the whole old
    list through, so a changed 7th number was invisible."""
    from kb_app.core.packs.library_changes import diff_libraries
    from kb_app.ui.dialogs.changes_dialog import ChangesDialog
    from tests.core.conftest_data import doc, make_library_db

    regions = [f"reģions {i}" for i in range(6)] + ["Kurzemes reģions (Liepāja, Ventspils, Kuldīga, Saldus)"]
    facts = [
        {"kind": "phone", "value": f"+371 2{i}000000", "label": label, "source": "x", "source_date": "2026-01"}
        for i, label in enumerate(regions)
    ]
    changed = [dict(f) for f in facts]
    changed[6]["value"] = "+371 29999999"
    old, new = (
        make_library_db(tmp_path / f"{name}.db", [doc("c", "contact", "Policija", meta={"facts": f})])
        for name, f in (("a", facts), ("b", changed))
    )
    summary = diff_libraries(old, new)
    dialog = ChangesDialog(summary)
    lines = dialog.view.toPlainText().splitlines()
    [line] = [line for line in lines if "+371 29999999" in line]
    assert line.endswith(f"Phone numbers — {regions[6]}: +371 26000000 → +371 29999999")
    assert not any("+371 20000000" in line or "reģions 0" in line for line in lines)  # unchanged: not repeated
    struck = re.findall(r"line-through[^>]*>([^<]*)<", dialog.view.toHtml())
    assert struck == ["+371 26000000"]  # only the old value of the changed number
    dialog.deleteLater()


# --- issue 19: the real fingerprint first, the signer's words inert -----------------------------------


@pytest.mark.usefixtures("qapp")
@pytest.mark.parametrize("code", ["unknown_key", "key_changed"])
def test_the_real_fingerprint_comes_first_in_a_fixed_width_font(code: str) -> None:
    from kb_app.ui.dialogs import trust_question

    refusal = _refusal(code)
    hostile = PackIdentity(
        "lv-test", "Bibliotēka\u202e", "2026.12.2", "Trainer \u202e" + KEY.fingerprint[::-1] + "\x1b[2K", public_key=KEY
    )
    refusal.incoming = hostile
    text = trust_question.question_text(refusal)
    grouped = KEY.fingerprint
    assert text.index(grouped) < text.index("Trainer") and text.index(grouped) < text.index("Bibliotēka")
    assert "font-family: monospace" in text[: text.index(grouped)]
    assert "\u202e" not in text and "\x1b" not in text
    box = trust_question.trust_message_box(None, refusal)
    expected = QMessageBox.Icon.Critical if code == "key_changed" else QMessageBox.Icon.Warning
    assert box.icon() == expected and box.defaultButton() is box.button(QMessageBox.StandardButton.No)
    box.deleteLater()


@pytest.mark.usefixtures("qapp")
def test_a_key_change_shows_both_keys_and_says_it_is_not_a_new_publisher() -> None:
    from kb_app.ui.dialogs import trust_question

    i18n.install("lv")
    try:
        refusal = _refusal("key_changed")
        text = trust_question.question_text(refusal)
        old = refusal.installed.fingerprint
        assert old in text and text.index(KEY.fingerprint) < text.index(old)
        assert "Tas nav jauns izdevējs" in text
    finally:
        i18n.install("en")


@pytest.mark.usefixtures("qapp")
def test_replacing_the_library_by_another_one_is_asked_first(monkeypatch: Any) -> None:
    from kb_app.ui.dialogs import trust_question

    installed = PackIdentity("lv-other", "Cita bibliotēka", "2026.1.1")
    with pytest.raises(TrustRefused) as refused:
        decide(
            PackIdentity("lv-test", "Bibliotēka", "2026.12.2"), installed, Keystore(), trust=True, replace_other=False
        )
    assert refused.value.code == "other_library" and refused.value.needs_replace
    i18n.install("lv")
    try:
        box = trust_question.trust_message_box(None, refused.value)
        assert "Cita bibliotēka" in box.text() and "Aizstāt" in box.text()
        assert box.defaultButton() is box.button(QMessageBox.StandardButton.No)
        box.deleteLater()
    finally:
        i18n.install("en")
    monkeypatch.setattr(QMessageBox, "exec", lambda _self: QMessageBox.StandardButton.Yes)
    assert trust_question.ask_trust(None, refused.value) is True


@pytest.mark.usefixtures("qapp")
def test_what_changed_says_when_the_library_is_replaced_by_another_one() -> None:
    from dataclasses import replace

    from kb_app.ui.dialogs.changes_dialog import ChangesDialog

    i18n.install("lv")
    try:
        dialog = ChangesDialog(replace(_summary(), replaced=True))
        text = dialog.view.toPlainText()
    finally:
        i18n.install("en")
    assert "Bibliotēka ir aizstāta ar citu" in text
