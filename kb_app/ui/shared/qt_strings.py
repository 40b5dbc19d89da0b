"""Latvian for the few strings of Qt's own dialogs that Qt's ``qtbase_lv.qm`` leaves in English.

PySide6 ships ``qtbase_lv.qm`` (loaded by :mod:`kb_app.ui.shared.i18n`), but it lacks the current source
text of two QFileDialog labels, so the file dialog said "Look in:" and "Files of type:". Listing
them here, in Qt's own translation context, lets lupdate keep them in our ``kb_app_lv.ts``; our
translator is consulted for what Qt's does not have.
"""

from __future__ import annotations

from kb_app.ui.shared.i18n import QT_TRANSLATE_NOOP

QT_DIALOG_STRINGS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)
