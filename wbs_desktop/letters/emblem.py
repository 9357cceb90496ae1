"""The logo at the left of the kop: a configured PNG/JPEG, or our neutral emblem.

We may not ship the provincial coat of arms, so the default is a plain
emblem drawn here in vector (a shield with a star, a balance and waves):
sharp at any size, a few hundred bytes in the PDF, identical on every run.
"""

from __future__ import annotations

import io
import math
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable, Image

from wbs_desktop.letters.errors import LetterError

NAVY = colors.HexColor("#1B3A6B")
GOLD = colors.HexColor("#C9A227")
PALE = colors.HexColor("#F4EFD9")


class Emblem(Flowable):
    """A neutral shield emblem, ``width`` wide and 1.2 times as tall."""

    def __init__(self, width: float) -> None:
        super().__init__()
        self.width = width
        self.height = width * 1.2

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.width, self.height

    def _shield(self, inset: float) -> object:
        w, h = self.width, self.height
        c = self.canv
        p = c.beginPath()
        left, right, top = inset, w - inset, h - inset
        shoulder = h * 0.42
        p.moveTo(left, top)
        p.lineTo(right, top)
        p.lineTo(right, shoulder)
        p.curveTo(right, shoulder * 0.45, w * 0.5 + w * 0.18, inset + h * 0.06, w / 2, inset)
        p.curveTo(w * 0.5 - w * 0.18, inset + h * 0.06, left, shoulder * 0.45, left, shoulder)
        p.close()
        return p

    def draw(self) -> None:
        c = self.canv
        w, h = self.width, self.height
        c.saveState()
        c.setLineJoin(1)
        # shield: navy rim, pale field, thin inner rule
        c.setFillColor(NAVY)
        c.setStrokeColor(NAVY)
        c.drawPath(self._shield(0), stroke=0, fill=1)
        c.setFillColor(PALE)
        c.drawPath(self._shield(w * 0.07), stroke=0, fill=1)
        c.setLineWidth(0.6)
        c.drawPath(self._shield(w * 0.11), stroke=1, fill=0)
        # five-pointed star at the top
        cx, cy, r_out = w / 2, h * 0.78, w * 0.13
        r_in = r_out * 0.382
        star = c.beginPath()
        for i in range(10):
            r = r_out if i % 2 == 0 else r_in
            a = math.pi / 2 + i * math.pi / 5
            x, y = cx + r * math.cos(a), cy + r * math.sin(a)
            if i == 0:
                star.moveTo(x, y)
            else:
                star.lineTo(x, y)
        star.close()
        c.setFillColor(GOLD)
        c.setStrokeColor(NAVY)
        c.setLineWidth(0.4)
        c.drawPath(star, stroke=1, fill=1)
        # balance: post, beam, two pans
        c.setStrokeColor(NAVY)
        c.setLineWidth(w * 0.025)
        post_x, beam_y = w / 2, h * 0.56
        c.line(post_x, h * 0.33, post_x, beam_y + h * 0.03)
        c.line(w * 0.26, beam_y, w * 0.74, beam_y)
        c.line(w * 0.38, h * 0.33, w * 0.62, h * 0.33)
        c.setLineWidth(w * 0.012)
        for px in (w * 0.3, w * 0.7):
            c.line(px - w * 0.04, beam_y, px - w * 0.08, beam_y - h * 0.12)
            c.line(px + w * 0.04, beam_y, px + w * 0.08, beam_y - h * 0.12)
            pan = c.beginPath()
            pan.moveTo(px - w * 0.11, beam_y - h * 0.12)
            pan.curveTo(
                px - w * 0.08,
                beam_y - h * 0.2,
                px + w * 0.08,
                beam_y - h * 0.2,
                px + w * 0.11,
                beam_y - h * 0.12,
            )
            pan.close()
            c.setFillColor(GOLD)
            c.drawPath(pan, stroke=1, fill=1)
        # waves of the island sea
        c.setLineWidth(w * 0.02)
        for k in range(2):
            y = h * (0.25 - 0.075 * k)
            x0, x1 = w * (0.27 + 0.06 * k), w * (0.73 - 0.06 * k)
            seg = (x1 - x0) / 4
            wave = c.beginPath()
            wave.moveTo(x0, y)
            for s in range(4):
                xa = x0 + s * seg
                dy = h * 0.025 * (1 if s % 2 == 0 else -1)
                wave.curveTo(xa + seg / 3, y + dy, xa + 2 * seg / 3, y + dy, xa + seg, y)
            c.drawPath(wave, stroke=1, fill=0)
        c.restoreState()


def logo_flowable(
    logo_path: str | None, max_width: float, max_height: float, data: bytes | None = None
) -> Flowable:
    """The configured logo (``data``, else the file ``logo_path``) scaled into the
    box, or the emblem when neither is set."""
    if data:
        return _scaled(data, "the office logo", max_width, max_height)
    if logo_path is None or not str(logo_path).strip():
        return Emblem(min(max_width, max_height / 1.2))
    path = Path(logo_path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise LetterError(
            f"the letterhead logo cannot be read: {path} ({exc})",
            code="letter_bad_logo",
            path=str(path),
        ) from exc
    return _scaled(data, str(path), max_width, max_height)


def _scaled(data: bytes, path: str, max_width: float, max_height: float) -> Flowable:
    try:
        iw, ih = ImageReader(io.BytesIO(data)).getSize()
    except Exception as exc:  # unreadable, missing, not an image
        raise LetterError(
            f"the letterhead logo cannot be read: {path} ({exc})",
            code="letter_bad_logo",
            path=str(path),
        ) from exc
    if not data.startswith((b"\x89PNG", b"\xff\xd8")):
        raise LetterError(
            f"the letterhead logo must be a PNG or JPEG file: {path}",
            code="letter_bad_logo",
            path=str(path),
        )
    if iw <= 0 or ih <= 0:
        raise LetterError(
            f"the letterhead logo is empty: {path}", code="letter_bad_logo", path=str(path)
        )
    scale = min(max_width / iw, max_height / ih)
    return Image(io.BytesIO(data), width=iw * scale, height=ih * scale)


def emblem_pdf(width: float = 60.0) -> bytes:
    """A one-page PDF holding only the default emblem (for the settings' preview)."""
    from reportlab.pdfgen.canvas import Canvas

    emblem = Emblem(width)
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=(emblem.width, emblem.height), invariant=True)
    emblem.drawOn(canvas, 0, 0)
    canvas.save()
    return out.getvalue()
