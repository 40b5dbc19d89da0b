"""Render kb-app.svg (this folder) to kb-app.png and a multi-size kb-app.ico (PNG entries).

Run from the repository root: QT_QPA_PLATFORM=offscreen python resources/icons/make_icons.py
"""

import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

app = QGuiApplication(sys.argv[:1])
icons = Path("resources/icons")
renderer = QSvgRenderer(str(icons / "kb-app.svg"))


def png(size):
    img = QImage(size, size, QImage.Format.Format_ARGB32)
    img.fill(Qt.GlobalColor.transparent)
    p = QPainter(img)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(p)
    p.end()
    ba = QByteArray()
    buf = QBuffer(ba)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    img.save(buf, "PNG")
    buf.close()
    return bytes(ba)


(icons / "kb-app.png").write_bytes(png(256))
sizes = [16, 24, 32, 48, 64, 128, 256]
blobs = [png(s) for s in sizes]
header = struct.pack("<HHH", 0, 1, len(sizes))
offset = 6 + 16 * len(sizes)
entries = b""
for s, b in zip(sizes, blobs, strict=True):
    entries += struct.pack("<BBBBHHII", s % 256, s % 256, 0, 0, 1, 32, len(b), offset)
    offset += len(b)
(icons / "kb-app.ico").write_bytes(header + entries + b"".join(blobs))
print("ok", [len(b) for b in blobs])
