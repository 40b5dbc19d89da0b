"""The user's preferences as a plain file the window and the CLI share (kb_app.core.userdata.preferences, issue 25)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import kb_app.cli
from kb_app.core.userdata.preferences import (
    FILE_NAME,
    MAX_FILE_BYTES,
    MAX_TEXT_CHARS,
    Preferences,
    PreferencesFile,
    read_ini_group,
)

# What the window's QSettings wrote before (kb_app.ui.shared.qt_settings, prefs/ group), quoting and all.
OLD_SETTINGS_INI = """[General]
version=1

[prefs]
language=en
municipality=jelgava
office_contact="tālr. 63000000, darba dienās 8–17\\t\\"Birojs\\"; \\x41"
service_name=@@home
zoom=3

[state]
geometry=@ByteArray(\\x1\\xd9\\xd0\\xcb)
"""


def test_a_profile_without_the_file_has_the_defaults_and_latvian(tmp_path: Path) -> None:
    prefs_file = PreferencesFile(tmp_path)
    assert prefs_file.load() == Preferences() and Preferences().language == "lv"
    assert prefs_file.problem == "" and not prefs_file.migrated


def test_choices_are_kept_with_the_keys_of_a_newer_app(tmp_path: Path) -> None:
    (tmp_path / FILE_NAME).write_text(
        json.dumps(
            {"version": 2, "municipality": "riga", "zoom": 2, "font": "Atkinson", "shortcuts": {"search": "Ctrl+K"}}
        )
    )
    prefs_file = PreferencesFile(tmp_path)
    prefs = prefs_file.load()
    assert prefs.municipality == "riga" and prefs.zoom == 2
    prefs_file.save(Preferences(municipality="valmieras-novads", office_contact="tālr. 64207100"))
    written = json.loads((tmp_path / FILE_NAME).read_text("utf-8"))
    assert written["font"] == "Atkinson" and written["shortcuts"] == {"search": "Ctrl+K"}
    assert written["municipality"] == "valmieras-novads" and written["version"] == 1
    assert "tālr. 64207100" in (tmp_path / FILE_NAME).read_text("utf-8")  # readable, not \u-escaped
    assert PreferencesFile(tmp_path).load().office_contact == "tālr. 64207100"


def test_hand_edited_values_are_brought_within_limits(tmp_path: Path) -> None:
    (tmp_path / FILE_NAME).write_text(
        json.dumps(
            {
                "language": "xx",
                "theme": "neon",
                "zoom": 99,
                "workshop_zoom": "-7",
                "municipality": 12,
                "service_name": "x" * 10_000,
                "office_contact": "tālr.\u202e 112\x1b[2J\nrinda",
                "notes_folder": ["not", "a", "path"],
            }
        )
    )
    prefs = PreferencesFile(tmp_path).load()
    assert (prefs.language, prefs.theme, prefs.zoom, prefs.workshop_zoom) == ("lv", "system", 12, 0)
    assert prefs.municipality == "" and prefs.notes_folder == ""
    assert len(prefs.service_name) == MAX_TEXT_CHARS
    assert prefs.office_contact == "tālr. 112[2J rinda"  # no terminal or bidi control, one line


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b'{"municipality": "riga",\n', "preferences.json: not valid JSON (line 2)"),
        (b'["riga"]', "preferences.json: not a JSON object"),
        (b'{"municipality": "r\xeega"}', "preferences.json: not UTF-8 text"),
        (b" " * (MAX_FILE_BYTES + 1), "preferences.json: larger than 256 KB, not read"),
    ],
)
def test_an_unreadable_file_gives_defaults_and_is_kept_aside(tmp_path: Path, content: bytes, problem: str) -> None:
    (tmp_path / FILE_NAME).write_bytes(content)
    prefs_file = PreferencesFile(tmp_path)
    assert prefs_file.load() == Preferences() and prefs_file.problem == problem
    prefs_file.save(Preferences(municipality="riga"))
    assert (tmp_path / (FILE_NAME + ".unreadable")).read_bytes() == content  # nothing the user wrote is lost
    assert PreferencesFile(tmp_path).load().municipality == "riga"


def test_the_old_settings_are_read_until_the_window_moves_them(tmp_path: Path) -> None:
    (tmp_path / "settings.ini").write_text(OLD_SETTINGS_INI, "utf-8")
    prefs_file = PreferencesFile(tmp_path)
    prefs = prefs_file.load()
    assert prefs_file.migrated and not (tmp_path / FILE_NAME).exists()  # reading writes nothing
    assert (prefs.language, prefs.municipality, prefs.zoom) == ("en", "jelgava", 3)
    assert prefs.office_contact == 'tālr. 63000000, darba dienās 8–17 "Birojs"; A' and prefs.service_name == "@home"
    assert read_ini_group(tmp_path / "settings.ini", "state") == {}  # a typed value is no preference


def _cli_in_subprocess(profile: Path, code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "KB_APP_PROFILE": str(profile)},
        timeout=120,
    )


def test_importing_every_cli_module_loads_no_qt(profile: Path) -> None:
    modules = sorted(
        f"kb_app.cli.{p.stem}" for p in Path(kb_app.cli.__file__).parent.glob("*.py") if p.stem != "__init__"
    )
    assert "kb_app.cli.desk_cmds" in modules
    code = (
        "import sys\n"
        + "".join(f"import {m}\n" for m in modules)
        + "bad = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))]\nassert not bad, bad\n"
    )
    result = _cli_in_subprocess(profile, code)
    assert result.returncode == 0, result.stderr


def test_the_referral_sheet_takes_the_office_from_the_preferences_without_qt(
    profile: Path, tmp_path: Path, repo_pack: Path
) -> None:
    PreferencesFile(profile).save(Preferences(municipality="valmieras-novads", office_contact="tālr. 64207100"))
    out = tmp_path / "sheet.html"
    code = (
        "import sys\nfrom kb_app.cli import main\n"
        f"code = main(['referral', '--pack', {str(repo_pack)!r}, '--indicators', 'gen-runa-cits', "
        f"'-o', {str(out)!r}])\n"
        "assert code == 0, code\nassert not [m for m in sys.modules if m.startswith('PySide6')]\n"
    )
    result = _cli_in_subprocess(profile, code)
    assert result.returncode == 0, result.stderr
    text = out.read_text("utf-8")
    assert "<b>Biroja kontakts:</b> tālr. 64207100</td>" in text and "Valmieras novads" in text


def test_the_cli_says_in_one_line_when_the_preferences_cannot_be_read(
    profile: Path, tmp_path: Path, repo_pack: Path
) -> None:
    (profile / FILE_NAME).write_text("{oops")
    out = tmp_path / "sheet.html"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "kb_app",
            "referral",
            "--pack",
            str(repo_pack),
            "--indicators",
            "gen-runa-cits",
            "-o",
            str(out),
        ],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "KB_APP_PROFILE": str(profile)},
        timeout=120,
    )
    assert result.returncode == 0 and out.is_file()
    assert (
        "kb-app: warning: preferences.json: not valid JSON (line 1); the office details are left empty"
        in result.stderr.splitlines()
    ) and "Traceback" not in result.stderr
