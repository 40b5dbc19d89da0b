"""Sheets (referral, handout) as PDF without a window: what the command line uses.

The layout is the app's own (QTextDocument on QPdfWriter, see :mod:`kb_app.ui.printing`), so the
command line and the window give the same paper. Only a QGuiApplication is needed (fonts and
layout), and on a machine without a display the offscreen platform is used.
"""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

# Families with Latvian, Russian and Ukrainian letters, tried in order before Qt's own fallback:
# DejaVu is what scripts/bootstrap.sh installs on Linux; the others ship with Windows and macOS.
SHEET_FAMILIES = ["DejaVu Sans", "Noto Sans", "Segoe UI", "Arial", "Helvetica"]
SHEET_POINT_SIZE = 8.5
SHEET_MARGIN_MM = 0.0  # QTextDocument.print_ keeps its own 2 cm
_PAGE_RE = re.compile(rb"/Type\s*/Page(?![a-zA-Z])")


def ensure_gui_application() -> object:
    """The running QGuiApplication, or a new one; offscreen when there is no display."""
    no_display = sys.platform.startswith("linux") and not (os.environ.get("DISPLAY")
                                                           or os.environ.get("WAYLAND_DISPLAY"))
    if no_display:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance()
    return app if app is not None else QGuiApplication(["kb-app"])


def sheet_font() -> object:
    from PySide6.QtGui import QFont

    font = QFont()
    font.setFamilies(SHEET_FAMILIES)
    font.setPointSizeF(SHEET_POINT_SIZE)
    return font


def pdf_page_count(path: Path) -> int:
    """Pages of a PDF Qt wrote (its page objects are never compressed into object streams)."""
    return len(_PAGE_RE.findall(Path(path).read_bytes()))


def write_sheet_pdf(html: str, title: str, path: Path) -> int:
    """Write ``html`` to ``path`` as an A4 PDF; returns the number of pages."""
    ensure_gui_application()
    from kb_app.ui.printing import write_pdf

    write_pdf(html, title, Path(path), sheet_font(), SHEET_MARGIN_MM)  # type: ignore[arg-type]
    return pdf_page_count(path)
