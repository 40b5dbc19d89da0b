"""Colours that follow the system light/dark scheme, and the reader's style sheet built from them.

Widgets take their colours from the palette, which Qt already sets from the system scheme; the
only thing to add is a document style sheet for rendered HTML, whose colours must be computed
from that palette (a fixed dark link colour is unreadable on a dark background).
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QPalette


def is_dark(palette: QPalette | None = None) -> bool:
    pal = palette or QGuiApplication.palette()
    return pal.color(QPalette.ColorRole.Window).lightness() < 128


def reader_css(palette: QPalette | None = None) -> str:
    pal = palette or QGuiApplication.palette()
    text = pal.color(QPalette.ColorRole.Text)
    link = pal.color(QPalette.ColorRole.Link)
    dark = is_dark(pal)
    if dark and link.lightness() < 140:
        link = link.lighter(170)
    muted = "#a0a0a0" if dark else "#5f6368"
    rule = "#555555" if dark else "#c8c8c8"
    warn = "#ffb74d" if dark else "#a04000"
    note_bg = "#2f3a45" if dark else "#eef5fb"
    return f"""
body {{ color: {text.name()}; }}
a {{ color: {link.name()}; }}
h1 {{ font-size: x-large; margin-bottom: 4px; }}
h2 {{ font-size: large; margin-top: 14px; }}
h3 {{ font-size: medium; }}
.muted, .meta {{ color: {muted}; }}
.warn {{ color: {warn}; font-weight: bold; }}
.reminder {{ background-color: {note_bg}; }}
table.roles, table.contact-card, table.grid {{ border-color: {rule}; }}
th {{ text-align: left; }}
code {{ font-family: monospace; }}
"""


def print_css() -> str:
    """Paper is white whatever the screen's scheme: fixed dark colours for print and PDF."""
    return """
body { color: #000000; }
a { color: #1a4f8b; }
h1 { font-size: x-large; }
h2 { font-size: large; margin-top: 12px; }
.muted, .meta { color: #555555; }
.warn { color: #a04000; font-weight: bold; }
th { text-align: left; }
"""


def mark_colors(palette: QPalette | None = None) -> tuple[QColor, QColor]:
    """Background and text of the query's words on a page opened from search."""
    if is_dark(palette):
        return QColor("#7a5c00"), QColor("#ffffff")
    return QColor("#fff176"), QColor("#000000")


def find_colors(palette: QPalette | None = None) -> tuple[QColor, QColor]:
    """Background and text of find-in-page matches (the current one is the selection)."""
    if is_dark(palette):
        return QColor("#00695c"), QColor("#ffffff")
    return QColor("#ffcc80"), QColor("#000000")
