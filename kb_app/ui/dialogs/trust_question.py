"""The questions the window asks before it imports a pack this installation does not trust yet,
or one that would replace newer content with older (kb_app/core/packs/trust.py), and the sentences for
trust and signature refusals.

The import flow calls :func:`ask_trust` with the :class:`~kb_app.core.packs.trust.TrustRefused` that
:func:`~kb_app.core.packs.trust.decide` raised; on "yes" it decides again with ``trust=True`` (for
``refusal.needs_trust``) or ``allow_downgrade=True`` (for ``refusal.needs_downgrade``). The answer
the dialog starts on is "no": nothing is installed unless the user chooses to.
"""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from kb_app.core.platform.textsafe import clean_for_output
from kb_app.ui.shared.i18n import QT_TRANSLATE_NOOP

_CONTEXT = "TrustQuestion"

# One sentence per refusal code of kb_app/core/packs/trust.py and kb_app/core/packs/signing.py.
TRUST_REASONS: dict[str, str] = {
    # trust.py
    "unsigned": QT_TRANSLATE_NOOP("TrustQuestion", "The pack is not signed, so nobody vouches for its content."),
    "unknown_key": QT_TRANSLATE_NOOP("TrustQuestion", "The pack is signed by a publisher this app does not trust yet."),
    "key_changed": QT_TRANSLATE_NOOP(
        "TrustQuestion", "The installed library was signed by another publisher; someone else may have made this pack."
    ),
    "older_version": QT_TRANSLATE_NOOP("TrustQuestion", "The pack is older than the installed library."),
    "other_library": QT_TRANSLATE_NOOP(
        "TrustQuestion", "The pack is another library than the one installed; importing it replaces that library."
    ),
    "same_version_changed": QT_TRANSLATE_NOOP(
        "TrustQuestion", "The installed library has the same version but other content."
    ),
    "bad_version": QT_TRANSLATE_NOOP("TrustQuestion", "The pack's version is not a version this app can compare."),
    "builtin_key_damaged": QT_TRANSLATE_NOOP(
        "TrustQuestion", "A publisher key built into this app is damaged; install the app again."
    ),
    "keystore_damaged": QT_TRANSLATE_NOOP("TrustQuestion", "The list of publishers you trust is damaged."),
    "keystore_unreadable": QT_TRANSLATE_NOOP("TrustQuestion", "The list of publishers you trust cannot be read."),
    "keystore_newer": QT_TRANSLATE_NOOP(
        "TrustQuestion", "The list of publishers you trust was written by a newer version of the app."
    ),
    # signing.py
    "bad_signature": QT_TRANSLATE_NOOP(
        "TrustQuestion", "Its signature does not match: the pack was changed after it was signed."
    ),
    "bad_signature_file": QT_TRANSLATE_NOOP("TrustQuestion", "Its signature is damaged or not a signature."),
    "unknown_signer": QT_TRANSLATE_NOOP("TrustQuestion", "Its signature does not say which key made it."),
    "bad_public_key": QT_TRANSLATE_NOOP("TrustQuestion", "The publisher key it names is not a valid key."),
    "bad_key_file": QT_TRANSLATE_NOOP("TrustQuestion", "The key file is not a valid key."),
    "encrypted_key": QT_TRANSLATE_NOOP("TrustQuestion", "The key file is password-protected."),
    "key_permissions": QT_TRANSLATE_NOOP("TrustQuestion", "Other users could read the secret key file."),
    "key_missing": QT_TRANSLATE_NOOP("TrustQuestion", "The key file does not exist."),
    "key_unreadable": QT_TRANSLATE_NOOP("TrustQuestion", "The key file cannot be read."),
    "key_exists": QT_TRANSLATE_NOOP("TrustQuestion", "A key file of that name exists already."),
    "write_failed": QT_TRANSLATE_NOOP("TrustQuestion", "The key could not be written."),
}


def refusal_sentence(code: str) -> str | None:
    """The translated sentence for a trust or signature refusal; None for another code."""
    source = TRUST_REASONS.get(code)
    return None if source is None else QCoreApplication.translate(_CONTEXT, source)


def _shown(text: str, limit: int = 120) -> str:
    """Text from a pack, for rich text: control and bidi characters gone (U+202E would turn the
    fingerprint after it backwards), bounded, and escaped (a name is text, never markup)."""
    return escape(clean_for_output(text, limit=limit))


def fingerprint_html(fingerprint: str | None) -> str:
    """A key fingerprint in a fixed-width font (0 and O, 1 and l told apart), always left to right,
    written exactly as `kb-app pack keygen` and `pack verify` print it, for comparing letter by letter."""
    if not fingerprint:
        return "—"
    return f'<span style="font-family: monospace; font-size: large" dir="ltr"><b>{_shown(fingerprint)}</b></span>'


def question_text(refusal: Any) -> str:
    """The question in plain words. For a signed pack the real key fingerprint comes first, in a
    fixed-width font, before anything the pack says about itself (the name is the signer's claim)."""
    incoming, installed = refusal.incoming, refusal.installed
    history = getattr(refusal, "history", None)
    pack = QCoreApplication.translate("TrustQuestion", "“{0}”, version {1}").format(
        _shown(incoming.title or incoming.pack_id), _shown(incoming.version, 40)
    )
    publisher = (
        _shown(incoming.publisher, 80)
        if incoming.publisher
        else QCoreApplication.translate("TrustQuestion", "(no name given)")
    )
    fingerprint = fingerprint_html(incoming.fingerprint)
    old = _shown(installed.version, 40) if installed is not None else "—"
    if (
        history is not None
        and installed is not None
        and history.pack_id == incoming.pack_id
        and installed.pack_id != incoming.pack_id
    ):
        old = _shown(history.highest_version, 40)  # the newest of this library the worker ever had
    known = (
        installed.fingerprint
        if installed is not None and installed.pack_id == incoming.pack_id
        else history.fingerprint
        if history is not None
        else None
    )
    old_fingerprint = fingerprint_html(known)
    if refusal.code == "unsigned":
        body = QCoreApplication.translate(
            "TrustQuestion",
            "The content pack {0} is not signed, so this app cannot tell who made it or whether "
            "it was changed on the way.",
        ).format(pack)
        advice = QCoreApplication.translate(
            "TrustQuestion", "Import it only if you received it from your trainer in person."
        )
        ask = QCoreApplication.translate("TrustQuestion", "Do you trust this pack?")
    elif refusal.code == "unknown_key":
        body = QCoreApplication.translate(
            "TrustQuestion",
            "Key fingerprint: {0}<br>The content pack {1} is signed with this key, which this "
            "app does not know yet. The signer calls itself <b>{2}</b>.",
        ).format(fingerprint, pack, publisher)
        advice = QCoreApplication.translate(
            "TrustQuestion",
            "Compare the fingerprint with the one your trainer gave you, for example by phone. "
            "The name alone proves nothing: anyone can write any name.",
        )
        ask = QCoreApplication.translate("TrustQuestion", "Do you trust this publisher for this library from now on?")
    elif refusal.code == "key_changed":
        body = QCoreApplication.translate(
            "TrustQuestion",
            "This pack's key: {0}<br>Your library's key: {1}<br><b>The content pack {2} is "
            "signed by another key than your library.</b> The signer calls itself "
            "<b>{3}</b>.",
        ).format(fingerprint, old_fingerprint, pack, publisher)
        advice = QCoreApplication.translate(
            "TrustQuestion",
            "This is not a new publisher: someone else may be passing off their own content as "
            "your library. Import it only if your trainer told you, in person or by phone, that "
            "the key changed, and the new key is the one above.",
        )
        ask = QCoreApplication.translate("TrustQuestion", "Do you trust the new key for this library from now on?")
    elif refusal.code == "other_library":
        current = _shown(installed.title or installed.pack_id) if installed is not None else "—"
        body = QCoreApplication.translate(
            "TrustQuestion", "The content pack {0} is another library than the one you have (“{1}”)."
        ).format(pack, current)
        advice = QCoreApplication.translate(
            "TrustQuestion", "Importing it replaces your library with this one; your notes stay."
        )
        ask = QCoreApplication.translate("TrustQuestion", "Replace your library with this one?")
    elif refusal.code == "older_version":
        body = QCoreApplication.translate(
            "TrustQuestion", "The content pack {0} is older than the library you have (version {1})."
        ).format(pack, old)
        advice = QCoreApplication.translate(
            "TrustQuestion", "Importing it replaces newer information, such as phone numbers, with older."
        )
        ask = QCoreApplication.translate("TrustQuestion", "Do you really want to go back to the older version?")
    else:  # same_version_changed
        body = QCoreApplication.translate(
            "TrustQuestion", "You already have version {0} of this library, but the content of this pack is different."
        ).format(escape(incoming.version))
        advice = QCoreApplication.translate(
            "TrustQuestion", "Two packs with one version number should not differ. Ask your trainer which one is right."
        )
        ask = QCoreApplication.translate("TrustQuestion", "Replace the library you have with this pack?")
    return f"<p>{body}</p><p>{advice}</p><p><b>{ask}</b></p>"


def trust_message_box(parent: QWidget | None, refusal: Any) -> QMessageBox:
    box = QMessageBox(parent)
    # A key change is the one a forger needs a "yes" to: it looks as serious as it is.
    box.setIcon(QMessageBox.Icon.Critical if refusal.code == "key_changed" else QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("TrustQuestion", "Check before importing"))
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setText(question_text(refusal))
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    box.setEscapeButton(QMessageBox.StandardButton.No)
    return box


def ask_trust(parent: QWidget | None, refusal: Any) -> bool:
    """True only when the user chose "yes" for a refusal that a flag may override."""
    if refusal.code not in (
        "unsigned",
        "unknown_key",
        "key_changed",
        "older_version",
        "same_version_changed",
        "other_library",
    ):
        return False
    return trust_message_box(parent, refusal).exec() == QMessageBox.StandardButton.Yes
