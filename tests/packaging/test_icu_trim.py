"""The Linux build's smaller ICU data library (packaging/pyinstaller/icu_trim.py), issue 25 item 8.

The rebuilt library is loaded by the real Qt of the venv (``LD_LIBRARY_PATH`` wins over Qt's
``$ORIGIN`` run path), which must still sort Latvian the Latvian way and name a time zone in Latvian.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "packaging" / "pyinstaller"))

import icu_trim  # noqa: E402

QT_LIB = Path(__import__("PySide6").__file__).parent / "Qt" / "lib"
WHEEL_ICU = sorted(QT_LIB.glob("libicudata.so.*"))
pytestmark = pytest.mark.skipif(not WHEEL_ICU, reason="this PySide6 wheel brings no ICU (Windows, macOS)")
MAX_TRIMMED_MB = 5

PROBE = """
import sys
from PySide6.QtCore import QCollator, QLocale, QTimeZone
words = ["zēns", "čaka", "cits", "Ābele", "b"]
print(sorted(words, key=QCollator(QLocale("lv_LV")).sortKey))
print(sorted(words, key=QCollator(QLocale("en_US")).sortKey))
print(QTimeZone(b"Europe/Riga").displayName(QTimeZone.StandardTime, QTimeZone.LongName, QLocale("lv")))
print([line.split()[-1] for line in open("/proc/self/maps") if "libicudata" in line][0])
"""


def test_the_package_is_read_and_written_back_byte_for_byte() -> None:
    package = icu_trim._elf_symbol_bytes(WHEEL_ICU[0].read_bytes(), f"icudt{WHEEL_ICU[0].suffix[1:]}_dat")
    header, items = icu_trim._items(package)
    assert len(items) > 1000 and items == sorted(items)
    assert icu_trim._package(header, items) == package


def test_only_the_interface_languages_and_shared_tables_are_kept() -> None:
    assert icu_trim.kept("icudt73l/coll/lv.res") and icu_trim.kept("icudt73l/coll/ucadata.icu")
    assert icu_trim.kept("icudt73l/lv.res") and icu_trim.kept("icudt73l/en_US_POSIX.res")
    assert not icu_trim.kept("icudt73l/coll/zh.res") and not icu_trim.kept("icudt73l/brkitr/cjdict.dict")
    assert not icu_trim.kept("icudt73l/ibm-943_P15A-2003.cnv") and not icu_trim.kept("icudt73l/de.res")


@pytest.mark.skipif(shutil.which("cc") is None and shutil.which("gcc") is None, reason="no C compiler")
def test_qt_sorts_and_names_in_latvian_with_the_trimmed_library(tmp_path: Path) -> None:
    trimmed = icu_trim.build_trimmed_library(WHEEL_ICU[0], tmp_path / "icu")
    assert trimmed.stat().st_size < MAX_TRIMMED_MB * 1e6 < WHEEL_ICU[0].stat().st_size
    env = {**os.environ, "LD_LIBRARY_PATH": str(trimmed.parent), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, env=env, timeout=60, check=False
    )
    assert done.returncode == 0, done.stderr
    latvian, english, zone, loaded = done.stdout.splitlines()
    assert loaded == str(trimmed)
    assert latvian == str(["Ābele", "b", "cits", "čaka", "zēns"])  # č is a letter of its own after c
    assert english == str(["Ābele", "b", "čaka", "cits", "zēns"])
    assert zone == "Austrumeiropas ziemas laiks"
