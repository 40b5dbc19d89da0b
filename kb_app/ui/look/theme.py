"""Themes (follow the system, light, dark, high contrast), the focus ring's colours, and the
reader's style sheet built from the palette.

"system" leaves the palette to Qt, which follows the system's light/dark scheme. The others set
the Fusion style with an explicit palette, the one combination that honours a palette on every
platform (the native Windows and macOS styles ignore it). Rendered HTML gets a document style
sheet computed from the palette (a fixed dark link colour is unreadable on a dark background).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from PySide6.QtWidgets import QStyle

_system_style: list[str] = []  # the platform's own style, to return to from a fixed theme
_theme_style: list[QStyle] = []  # keeps the Python side of the proxy style alive while Qt uses it
_applied: list[str] = []  # the theme applied last

# WCAG 2.1: text needs 4.5:1 against its background (1.4.3), the parts of a control that say its
# state (a check box's box and tick) and the focus ring 3:1 (1.4.11).
TEXT_CONTRAST = 4.5
CONTROL_CONTRAST = 3.0


def relative_luminance(color: QColor) -> float:
    """WCAG 2.1's relative luminance of an sRGB colour."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF())


def contrast_ratio(a: QColor, b: QColor) -> float:
    """WCAG 2.1's contrast ratio, 1 (none) to 21 (black on white)."""
    la, lb = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def is_dark(palette: QPalette | None = None) -> bool:
    pal = palette if palette is not None else QApplication.palette()
    return pal.color(QPalette.ColorRole.Window).lightness() < 128


def reader_css(palette: QPalette | None = None) -> str:
    pal = palette if palette is not None else QApplication.palette()
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


def _palette(colors: dict[QPalette.ColorRole, str], disabled_text: str) -> QPalette:
    palette = QPalette()
    for role, color in colors.items():
        palette.setColor(role, QColor(color))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(disabled_text))
    return palette


def theme_palette(theme: str) -> QPalette | None:
    """The palette of a fixed theme; None for "system"."""
    R = QPalette.ColorRole
    if theme == "light":
        return _palette(
            {
                R.Window: "#f3f3f3",
                R.WindowText: "#000000",
                R.Base: "#ffffff",
                R.AlternateBase: "#f0f0f0",
                R.Text: "#000000",
                R.Button: "#e8e8e8",
                R.ButtonText: "#000000",
                R.Highlight: "#005fcc",
                R.HighlightedText: "#ffffff",
                R.Link: "#0645ad",
                R.ToolTipBase: "#ffffdc",
                R.ToolTipText: "#000000",
                R.PlaceholderText: "#5f6368",
            },
            "#8a8a8a",
        )
    if theme == "dark":
        return _palette(
            {
                R.Window: "#202124",
                R.WindowText: "#e8eaed",
                R.Base: "#16171a",
                R.AlternateBase: "#26282c",
                R.Text: "#e8eaed",
                R.Button: "#303134",
                R.ButtonText: "#e8eaed",
                R.Highlight: "#4d90fe",
                R.HighlightedText: "#000000",
                R.Link: "#8ab4f8",
                R.ToolTipBase: "#303134",
                R.ToolTipText: "#e8eaed",
                R.PlaceholderText: "#9aa0a6",
            },
            "#80868b",
        )
    if theme == "contrast":
        return _palette(
            {
                R.Window: "#000000",
                R.WindowText: "#ffffff",
                R.Base: "#000000",
                R.AlternateBase: "#1a1a1a",
                R.Text: "#ffffff",
                R.Button: "#000000",
                R.ButtonText: "#ffffff",
                R.Highlight: "#ffff00",
                R.HighlightedText: "#000000",
                R.Link: "#ffff00",
                R.ToolTipBase: "#000000",
                R.ToolTipText: "#ffffff",
                R.PlaceholderText: "#c0c0c0",
                R.Light: "#ffffff",
                R.Mid: "#ffffff",
                R.Dark: "#ffffff",
                R.Shadow: "#ffffff",
            },
            "#a0a0a0",
        )
    return None


def focus_colors(theme: str, palette: QPalette | None = None) -> tuple[QColor, QColor]:
    """Outer and inner colour of the focus ring."""
    if theme == "contrast":
        return QColor("#ffff00"), QColor("#000000")
    if is_dark(palette):
        return QColor("#8ab4f8"), QColor("#000000")
    return QColor("#005fcc"), QColor("#ffffff")


def _check_style() -> QStyle:
    """Fusion, with check boxes drawn in the palette's own contrasting colours.

    Fusion outlines an unticked box in a shade of the window colour (invisible on dark and high
    contrast backgrounds) and draws the tick thin. Here an unticked box is a 2 px frame in the text
    colour and a ticked one is filled with the highlight colour, the tick drawn over it in the
    highlighted-text colour: each pair meets the theme's text contrast, so the 3:1 a control needs
    holds in every fixed theme."""
    from PySide6.QtCore import QPointF, QRectF, Qt
    from PySide6.QtGui import QPainter, QPen, QPolygonF
    from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleOption

    boxes = (QStyle.PrimitiveElement.PE_IndicatorItemViewItemCheck, QStyle.PrimitiveElement.PE_IndicatorCheckBox)
    # Fusion outlines fields, lists and buttons in the window colour darkened by 40 %: under 3:1 on
    # every palette (about 2:1 on light, 1.2:1 on dark). These get a 1 px edge in the placeholder
    # colour, which each theme keeps at 4.5:1 against the field (theme_palette; the test checks).
    framed = (
        QStyle.PrimitiveElement.PE_FrameLineEdit,
        QStyle.PrimitiveElement.PE_Frame,
        QStyle.PrimitiveElement.PE_PanelButtonCommand,
    )
    framed_controls = (QStyle.ComplexControl.CC_ComboBox, QStyle.ComplexControl.CC_SpinBox)

    def edge(option: QStyleOption, painter: QPainter) -> None:
        rect = option.rect
        if rect.width() < 6 or rect.height() < 6:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setPen(QPen(option.palette.color(QPalette.ColorRole.PlaceholderText), 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(rect.adjusted(0, 0, -1, -1))
        painter.restore()

    class CheckStyle(QProxyStyle):
        def drawComplexControl(
            self,
            control: QStyle.ComplexControl,
            option: QStyleOption,  # noqa: N802
            painter: QPainter,
            widget: object = None,
        ) -> None:
            super().drawComplexControl(control, option, painter, widget)  # type: ignore[arg-type]
            if control in framed_controls:
                edge(option, painter)

        def drawPrimitive(
            self,
            element: QStyle.PrimitiveElement,
            option: QStyleOption,  # noqa: N802
            painter: QPainter,
            widget: object = None,
        ) -> None:
            if element not in boxes:
                super().drawPrimitive(element, option, painter, widget)  # type: ignore[arg-type]
                if element in framed and not (
                    element == QStyle.PrimitiveElement.PE_Frame and option.state & QStyle.StateFlag.State_Raised
                ):
                    edge(option, painter)
                return
            pal = option.palette
            state = option.state
            enabled = bool(state & QStyle.StateFlag.State_Enabled)
            group = QPalette.ColorGroup.Normal if enabled else QPalette.ColorGroup.Disabled
            side = min(option.rect.width(), option.rect.height(), 18) - 2
            box = QRectF(0, 0, side, side)
            box.moveCenter(QRectF(option.rect).center())
            ticked = bool(state & (QStyle.StateFlag.State_On | QStyle.StateFlag.State_NoChange))
            painter.save()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            frame = pal.color(group, QPalette.ColorRole.Text)
            fill = pal.color(group, QPalette.ColorRole.Highlight if ticked else QPalette.ColorRole.Base)
            painter.setPen(QPen(frame, 2))
            painter.setBrush(fill)
            painter.drawRoundedRect(box.adjusted(1, 1, -1, -1), 2, 2)
            mark = QPen(pal.color(group, QPalette.ColorRole.HighlightedText), max(2.0, side / 7))
            mark.setCapStyle(Qt.PenCapStyle.RoundCap)
            mark.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            painter.setPen(mark)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            x, y, w = box.x(), box.y(), box.width()
            if state & QStyle.StateFlag.State_NoChange:
                painter.drawLine(QPointF(x + w * 0.25, y + w * 0.5), QPointF(x + w * 0.75, y + w * 0.5))
            elif state & QStyle.StateFlag.State_On:
                tick = [
                    QPointF(x + w * 0.22, y + w * 0.52),
                    QPointF(x + w * 0.42, y + w * 0.72),
                    QPointF(x + w * 0.78, y + w * 0.3),
                ]
                painter.drawPolyline(QPolygonF(tick))
            painter.restore()

    return CheckStyle("Fusion")


_first_paint_done: list[bool] = []  # truthy once the first window has been painted


def finish_system_style(app: QApplication) -> None:
    """Right after the first paint: the readable check boxes for "system" on Fusion (Linux), which
    apply_theme leaves out of the start-up path. Nothing moves: only check boxes draw differently."""
    if _first_paint_done:
        return
    _first_paint_done.append(True)
    if _applied and _applied[-1] == "system" and _system_style_name(app).lower() == "fusion":
        apply_theme(app, "system")


def _system_style_name(app: QApplication) -> str:
    """The platform's own style, read the first time a decision needs it (always before a fixed
    theme replaces it). Not at start-up with "system": ``app.style()`` makes PySide build wrapper
    types for every QStyle subclass and enum, ~4 ms the first frame does not need."""
    if not _system_style:
        _system_style.append(app.style().name())
    return _system_style[0]


def apply_theme(app: QApplication, theme: str) -> None:
    """Switch the whole application to ``theme`` (widgets repaint; the reader re-renders its CSS
    on the palette change) and colour the focus ring to match."""
    from kb_app.ui.a11y import focus_ring

    was_fixed = bool(_applied) and theme_palette(_applied[-1]) is not None
    _applied[:] = [theme]
    palette = theme_palette(theme)
    # At start-up "system" keeps the platform's style until the first paint (see finish_system_style):
    # a style switch costs tens of milliseconds, and the first screen has no check box.
    if palette is not None or (_first_paint_done and _system_style_name(app).lower() == "fusion"):
        # Fixed themes, and "system" where the platform's style is Fusion itself (Linux desktops):
        # Fusion's own check boxes are faint on any palette.
        if not _theme_style or app.style() is not _theme_style[0]:
            _system_style_name(app)  # remembered before it is replaced
            style = _check_style()
            _theme_style[:] = [style]
            app.setStyle(style)
        if palette is not None:
            app.setPalette(palette)
        elif was_fixed:
            app.setPalette(app.style().standardPalette())
    elif was_fixed:  # back from a fixed theme: the platform's style and palette again
        app.setStyle(_system_style_name(app))
        app.setPalette(app.style().standardPalette())
    ring = focus_ring.install(app)
    ring.set_colors(*focus_colors(theme, app.palette()))
    # A style sheet resolves palette(...) once, when it is set: set it again for the new colours
    # (the notes panel's reminder stayed white on a dark theme).
    for widget in app.allWidgets():
        sheet = widget.styleSheet()
        if "palette(" in sheet:
            widget.setStyleSheet("")
            widget.setStyleSheet(sheet)
