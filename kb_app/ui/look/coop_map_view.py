"""The cooperation map on screen and as a file: the core's SVG drawn by Qt.

Drawn through QImageReader and Qt's ``qsvg`` image-format plugin, which the frozen app ships for
its icons, rather than the QtSvg Python module (which the build leaves out). Works in a worker
thread too (no window is needed), which the kit's PDF writer uses.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QColor, QImage, QImageReader, QPainter

from kb_app.core.platform.atomic import atomic_write_bytes


def svg_image(svg: str, scale: float = 1.0) -> QImage:
    """The SVG drawn on a white image ``scale`` times its own size (2–3 for print or a HiDPI screen)."""
    data = QByteArray(svg.encode("utf-8"))
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer, QByteArray(b"svg"))
    size = reader.size()
    target = QSize(max(1, round(size.width() * scale)), max(1, round(size.height() * scale)))
    reader.setScaledSize(target)
    drawing = reader.read()
    if drawing.isNull():
        raise OSError(f"the map could not be drawn: {reader.errorString()}")
    image = QImage(target, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor(Qt.GlobalColor.white))
    painter = QPainter(image)
    painter.drawImage(0, 0, drawing)
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
