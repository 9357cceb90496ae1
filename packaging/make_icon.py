"""Draw the app icon: resources/icons/wbs-desktop.png (256 px) and .ico (16–256 px).

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/make_icon.py

Drawn with QPainter so it needs nothing but Qt and can be redrawn at will: a
dark blue rounded square (the office), a white shield (protection of the
reporter) and a speech mark (a report being made), "WBS" beneath. The .ico
holds PNG images of 16, 24, 32, 48, 64, 128 and 256 pixels (Windows Vista
and later read PNG entries), written directly: Qt's ICO writer keeps one size.
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QImage,
    QPainter,
    QPainterPath,
    QPen,
)

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256)
NAVY = QColor("#16406b")
GOLD = QColor("#f2b705")


def draw(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = size / 256.0
    p.scale(s, s)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(NAVY)
    p.drawRoundedRect(QRectF(8, 8, 240, 240), 44, 44)
    shield = QPainterPath()
    shield.moveTo(128, 34)
    shield.lineTo(204, 62)
    shield.cubicTo(204, 130, 178, 176, 128, 206)
    shield.cubicTo(78, 176, 52, 130, 52, 62)
    shield.closeSubpath()
    p.setBrush(QColor("white"))
    p.drawPath(shield)
    # A speech bubble on the shield: someone speaking up.
    bubble = QPainterPath()
    bubble.addRoundedRect(QRectF(88, 76, 80, 56), 16, 16)
    tail = QPainterPath()
    tail.moveTo(104, 126)
    tail.lineTo(96, 152)
    tail.lineTo(126, 128)
    tail.closeSubpath()
    p.setBrush(GOLD)
    p.drawPath(bubble.united(tail))
    p.setBrush(NAVY)
    for x in (108, 128, 148):
        p.drawEllipse(QPointF(x, 104), 7, 7)
    if size >= 48:  # the letters only where they can be read
        font = QFont("DejaVu Sans")
        font.setPixelSize(40)
        font.setBold(True)
        p.setFont(font)
        p.setPen(QPen(QColor("white")))
        p.drawText(QRectF(8, 196, 240, 48), Qt.AlignmentFlag.AlignCenter, "WBS")
    p.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def ico_bytes(images: list[bytes], sizes: tuple[int, ...]) -> bytes:
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries = b""
    for size, data in zip(sizes, images, strict=True):
        dim = 0 if size >= 256 else size  # 0 means 256 in an ICO directory
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    return header + entries + b"".join(images)


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    from PySide6.QtGui import QFontDatabase

    QFontDatabase.addApplicationFont(str(ROOT / "resources" / "fonts" / "DejaVuSans.ttf"))
    OUT.mkdir(parents=True, exist_ok=True)
    images = [png_bytes(draw(size)) for size in SIZES]
    (OUT / "wbs-desktop.png").write_bytes(images[-1])
    (OUT / "wbs-desktop.ico").write_bytes(ico_bytes(images, SIZES))
    print(f"wrote {OUT / 'wbs-desktop.png'} and {OUT / 'wbs-desktop.ico'} ({len(SIZES)} sizes)")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
