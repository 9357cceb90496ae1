"""The office's logo as the letters print it: checked by its content, SVG turned
into a PNG once (when it is set), never trusted by its file name.

reportlab draws PNG and JPEG but not SVG, so an SVG logo is rasterised with
QtSvg when an administrator sets it (GUI or CLI) and both are stored: the SVG
as given (for the settings preview and a later re-render) and the PNG the
letters draw. Qt is imported only here and only for an SVG.
"""

from __future__ import annotations

import io
import xml.etree.ElementTree as ET

from reportlab.lib.utils import ImageReader

from wbs_desktop.letters.errors import LetterError

#: Largest logo file accepted (the settings are read with every letter).
MAX_LOGO_BYTES = 512 * 1024
#: Height in pixels of the PNG made from an SVG: ~600 dpi at 2.4 cm.
SVG_RASTER_HEIGHT = 560
FORMATS = ("png", "jpeg", "svg")
_APP: object = None  # the CLI's offscreen QGuiApplication, kept for the process


def _bad(message: str, reason: str) -> LetterError:
    return LetterError(message, code="letter_bad_logo", reason=reason)


def logo_format(data: bytes) -> str:
    """``png``, ``jpeg`` or ``svg`` judged from the bytes; LetterError
    ``letter_bad_logo`` (param ``reason``: too_big, empty, not_image, bad_svg)."""
    if not data:
        raise _bad("the logo file is empty", "empty")
    if len(data) > MAX_LOGO_BYTES:
        raise _bad(f"the logo file is larger than {MAX_LOGO_BYTES // 1024} KB", "too_big")
    if data.startswith((b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff")):
        try:
            width, height = ImageReader(io.BytesIO(data)).getSize()
        except Exception as exc:  # a truncated or damaged image
            raise _bad(f"the logo image cannot be read ({exc})", "not_image") from exc
        if width <= 0 or height <= 0:
            raise _bad("the logo image is empty", "empty")
        return "png" if data.startswith(b"\x89PNG") else "jpeg"
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith((b"<?xml", b"<svg", b"<!--")):
        _check_svg(data)
        return "svg"
    raise _bad("the logo must be a PNG, JPEG or SVG image", "not_image")


def _check_svg(data: bytes) -> None:
    if b"<!doctype" in data.lower() or b"<!entity" in data.lower():
        raise _bad("the SVG logo may not declare a DOCTYPE or entities", "bad_svg")
    try:
        root = ET.fromstring(data)  # noqa: S314 - no DTD (refused above): no entity expansion
    except ET.ParseError as exc:
        raise _bad(f"the SVG logo is not well-formed ({exc})", "bad_svg") from exc
    if root.tag.rsplit("}", 1)[-1] != "svg":
        raise _bad("the file is XML but not an SVG image", "bad_svg")


def rasterize_svg(data: bytes, height: int = SVG_RASTER_HEIGHT) -> bytes:
    """A PNG of the SVG, ``height`` pixels high, transparent background."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    global _APP
    if QGuiApplication.instance() is None:  # the CLI: text in an SVG needs fonts
        # A QApplication (not only a QGuiApplication): whatever runs later in this
        # process (a test session, a GUI) can still use it.
        from PySide6.QtWidgets import QApplication

        _APP = QApplication(["wbs-admin", "-platform", "offscreen"])
    renderer = QSvgRenderer(QByteArray(data))
    if not renderer.isValid():
        raise _bad("the SVG logo cannot be drawn", "bad_svg")
    size = renderer.defaultSize()
    if size.width() <= 0 or size.height() <= 0:
        box = renderer.viewBoxF()
        ratio = box.width() / box.height() if box.height() > 0 else 1.0
    else:
        ratio = size.width() / size.height()
    ratio = min(max(ratio, 0.1), 10.0)
    width = max(1, round(height * ratio))
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter, QRectF(0, 0, width, height))
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs say bytes; PySide6 wants str
    return bytes(buffer.data().data())
