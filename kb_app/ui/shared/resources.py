"""Where the app's own files (translations, icons) are: beside the package in a source checkout,
under ``sys._MEIPASS`` in a PyInstaller build."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path


@cache
def resources_dir() -> Path:
    meipass = getattr(sys, "_MEIPASS", None)
    candidates = [Path(meipass) / "resources"] if meipass else []
    candidates.append(Path(__file__).resolve().parents[3] / "resources")
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    return candidates[-1]


def translations_dir() -> Path:
    return resources_dir() / "translations"


def icon_path(name: str = "kb-app") -> Path:
    png = resources_dir() / "icons" / f"{name}.png"
    return png if png.is_file() else resources_dir() / "icons" / f"{name}.svg"
