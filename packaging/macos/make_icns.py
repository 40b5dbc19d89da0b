"""Render ``resources/icons/kb-app.svg`` into ``packaging/macos/kb-app.icns`` (the macOS app icon).

    QT_QPA_PLATFORM=offscreen python packaging/macos/make_icns.py

Uses only PySide6 (QtSvg renders each size; PNG-compressed ICNS entries, which macOS reads since
10.7), so it runs on any platform without Pillow or iconutil. The ``.icns`` is committed; run this
again when the SVG changes. Windows uses ``resources/icons/kb-app.ico``, Linux the PNG/SVG.
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

REPO = Path(__file__).resolve().parents[2]
SVG = REPO / "resources" / "icons" / "kb-app.svg"
OUT = Path(__file__).resolve().parent / "kb-app.icns"
# ICNS element types that hold a PNG, and their pixel size (the @2x ones are Retina variants).
ELEMENTS = (
    ("icp4", 16),
    ("icp5", 32),
    ("icp6", 64),
    ("ic07", 128),
    ("ic08", 256),
    ("ic09", 512),
    ("ic10", 1024),
    ("ic11", 32),
    ("ic12", 64),
    ("ic13", 256),
    ("ic14", 512),
)


def render_png(renderer: QSvgRenderer, size: int) -> bytes:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data)


def icns(entries: list[tuple[str, bytes]]) -> bytes:
    body = b"".join(kind.encode("ascii") + struct.pack(">I", 8 + len(png)) + png for kind, png in entries)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    app = QGuiApplication(sys.argv[:1])  # noqa: F841 - QPainter needs the application object
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        print(f"cannot read {SVG}", file=sys.stderr)
        return 1
    pngs: dict[int, bytes] = {}
    entries = [(kind, pngs.setdefault(size, render_png(renderer, size))) for kind, size in ELEMENTS]
    OUT.write_bytes(icns(entries))
    print(f"wrote {OUT} ({OUT.stat().st_size} bytes, {len(entries)} images)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
