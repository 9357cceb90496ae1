"""Logo files for the letterhead tests: a small PNG drawn here and an SVG."""

from __future__ import annotations

import io

from PIL import Image, ImageDraw

SVG = (
    b'<?xml version="1.0" encoding="UTF-8"?>\n'
    b'<svg xmlns="http://www.w3.org/2000/svg" width="100" height="120" viewBox="0 0 100 120">'
    b'<rect x="5" y="5" width="90" height="110" fill="#0b6623"/>'
    b'<circle cx="50" cy="60" r="30" fill="#ffd700"/></svg>'
)


def png(width: int = 200, height: int = 240) -> bytes:
    """A green shield-like block with a gold disc (RGBA PNG)."""
    image = Image.new("RGBA", (width, height), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.rectangle((8, 8, width - 8, height - 8), fill=(11, 102, 35, 255))
    draw.ellipse((width // 4, height // 3, 3 * width // 4, height // 3 + width // 2),
                 fill=(255, 215, 0, 255))
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()
