"""The preferences move once from the window's old settings.ini (QSettings, prefs/ group) to the
plain preferences.json the CLI reads (issue 25); the window's layout stays in settings.ini."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from PySide6.QtCore import QByteArray, QSettings

from kb_app.core.platform.paths import resolve_profile
from kb_app.core.userdata.preferences import FILE_NAME, Preferences, PreferencesFile
from kb_app.ui.shared.qt_settings import Settings
from kb_app.ui.window.profile import open_context

OLD_PREFS = {
    "language": "en",
    "municipality": "jelgava",
    "zoom": 3,
    "theme": "dark",
    "office_contact": 'tālr. 63000000, darba dienās 8–17; "Birojs"',
    "notes_folder": "/srv/Biroja mape/piezīmes",
    "service_name": "@mūsu dienests",
}


def _old_window_settings(profile: Path) -> None:
    """settings.ini as the window before preferences.json wrote it."""
    qs = QSettings(str(profile / "settings.ini"), QSettings.Format.IniFormat)
    qs.setValue("version", 1)
    qs.beginGroup("prefs")
    for key, value in OLD_PREFS.items():
        qs.setValue(key, value)
    qs.endGroup()
    qs.setValue("state/geometry", QByteArray(b"\x01\xd9\xd0\xcb"))
    qs.sync()


@pytest.mark.usefixtures("qapp")
def test_the_first_start_moves_the_preferences_and_keeps_the_layout(profile: Path) -> None:
    _old_window_settings(profile)
    ctx = open_context(resolve_profile(str(profile)), with_user_data=False)
    try:
        assert ctx.prefs == Preferences.from_mapping(OLD_PREFS) and ctx.prefs.theme == "dark"
        written = json.loads((profile / FILE_NAME).read_text("utf-8"))
        assert {key: written[key] for key in OLD_PREFS} == OLD_PREFS
        assert ctx.settings.state("geometry") == QByteArray(b"\x01\xd9\xd0\xcb")
        ctx.update_prefs(municipality="riga")  # a choice made in the window goes to the new file
        assert PreferencesFile(profile).load().municipality == "riga"
    finally:
        if ctx.lock is not None:
            ctx.lock.release()

    # Once moved, the old group is no longer read: a later change there (an old app) is not taken.
    qs = QSettings(str(profile / "settings.ini"), QSettings.Format.IniFormat)
    qs.setValue("prefs/municipality", "ventspils")
    qs.sync()
    assert Settings(profile).load().municipality == "riga"


@pytest.mark.usefixtures("qapp")
def test_a_window_that_may_not_write_reads_the_old_settings_and_moves_nothing(profile: Path) -> None:
    _old_window_settings(profile)
    prefs = Settings(profile).load(migrate=False)
    assert prefs.municipality == "jelgava" and prefs.office_contact == OLD_PREFS["office_contact"]
    assert not (profile / FILE_NAME).exists()
