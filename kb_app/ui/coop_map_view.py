"""The cooperation map on screen and as a file: the core's SVG drawn by Qt's SVG renderer.

Rendering works in a worker thread too (QImage and QSvgRenderer need no window), which the kit's
PDF writer uses.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from kb_app.core.atomic import atomic_write_bytes


def svg_image(svg: str, scale: float = 1.0) -> QImage:
    """The SVG drawn on a white image ``scale`` times its own size (2–3 for print or a HiDPI screen)."""
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    size = renderer.defaultSize()
    image = QImage(QSize(max(1, round(size.width() * scale)), max(1, round(size.height() * scale))),
                   QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor(Qt.GlobalColor.white))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    renderer.render(painter)
    painter.end()
    return image


def export_map(svg: str, path: Path) -> Path:
    """Write the map as ``.svg`` (the text itself) or ``.png`` (drawn at twice its size)."""
    if path.suffix.lower() == ".svg":
        atomic_write_bytes(path, svg.encode("utf-8"))
        return path
    tmp = path.with_name(f".{path.name}.tmp.png")
    if not svg_image(svg, 2.0).save(str(tmp)):  # PNG, from the name
        tmp.unlink(missing_ok=True)
        raise OSError(f"could not write {path}")
    tmp.replace(path)
    return path
