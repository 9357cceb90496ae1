"""The letter fonts and per-character font fallback.

The letters are set in Liberation Serif (metric-compatible with Times New
Roman, the usual face of Indonesian official letters). A character that face
lacks is drawn with the first fallback that has it: DejaVu Sans (Arabic,
Hebrew, Cyrillic, Greek, symbols), Noto Emoji (emoji, monochrome), Droid Sans
Fallback (Chinese and Japanese). A character no shipped font has is drawn as
the empty-box glyph of DejaVu Sans but keeps its real code point in the PDF's
text layer, so copying or extracting the text still gives what was typed.

All files live in ``resources/fonts/`` (see its README for provenance and
licences). Fonts are registered with reportlab under ``WBS-*`` names on first
use; the large fallbacks are only read when a text needs them.

:func:`markup` is the one way user text enters a reportlab Paragraph: it
escapes markup characters, keeps line breaks, applies the fallback, and puts
right-to-left runs into visual order.
"""

from __future__ import annotations

import threading
import unicodedata
from xml.sax.saxutils import escape

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont

from wbs_desktop.letters import text as textprep
from wbs_desktop.paths import resource_path

SERIF = "WBS-Serif"
SERIF_BOLD = "WBS-Serif-Bold"
MONO_BOLD = "WBS-Mono-Bold"
SANS = "WBS-Sans"
EMOJI = "WBS-Emoji"
CJK = "WBS-CJK"
LAST_RESORT = "WBS-LastResort"

FONT_FILES: dict[str, str] = {
    SERIF: "LiberationSerif-Regular.ttf",
    SERIF_BOLD: "LiberationSerif-Bold.ttf",
    MONO_BOLD: "LiberationMono-Bold.ttf",
    SANS: "DejaVuSans.ttf",
    EMOJI: "NotoEmoji-Regular.ttf",
    CJK: "DroidSansFallback-CJK.ttf",
    LAST_RESORT: "DejaVuSans.ttf",
}

#: Tried in this order for a character the base font lacks.
FALLBACKS: tuple[str, ...] = (SANS, EMOJI, CJK)

_lock = threading.RLock()
_loaded: dict[str, TTFont] = {}
_choice_cache: dict[tuple[str, int], str] = {}


class _LastResortFont(TTFont):
    """DejaVu Sans under another name, taught on demand to draw any code point as .notdef."""

    def adopt(self, cp: int) -> None:
        face = self.face
        if cp not in face.charToGlyph:
            face.charToGlyph[cp] = 0
            face.charWidths[cp] = face.hmetrics[0][0] if face.hmetrics else face.defaultWidth


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """reportlab's ToUnicode CMap, fixed for code points above U+FFFF.

    reportlab 4/5 writes ``<1F600>`` (five hex digits, invalid) for an emoji;
    a CMap destination must be UTF-16BE, i.e. a surrogate pair ``<D83DDE00>``.
    Identical output to reportlab's for the Basic Multilingual Plane.
    """

    def utf16(cp: int) -> str:
        return (
            cp.to_bytes(2, "big").hex().upper()
            if cp <= 0xFFFF
            else chr(cp).encode("utf-16-be").hex().upper()
        )

    cmap = [
        "/CIDInit /ProcSet findresource begin",
        "12 dict begin",
        "begincmap",
        "/CIDSystemInfo",
        f"<< /Registry ({fontname})",
        f"/Ordering ({fontname})",
        "/Supplement 0",
        ">> def",
        f"/CMapName /{fontname} def",
        "/CMapType 2 def",
        "1 begincodespacerange",
        f"<00> <{len(subset) - 1:02X}>",
        "endcodespacerange",
        f"{len(subset)} beginbfchar",
        *(f"<{i:02X}> <{utf16(v)}>" for i, v in enumerate(subset)),
        "endbfchar",
        "endcmap",
        "CMapName currentdict /CMap defineresource pop",
        "end",
        "end",
    ]
    return "\n".join(cmap)


def _patch_reportlab() -> None:
    if "<1F600>" in ttfonts.makeToUnicodeCMap("X", [0x1F600]):
        ttfonts.makeToUnicodeCMap = _to_unicode_cmap


def _load(name: str) -> TTFont:
    with _lock:
        font = _loaded.get(name)
        if font is None:
            path = resource_path("fonts", FONT_FILES[name])
            if not path.is_file():
                raise FileNotFoundError(f"letter font missing: {path}")
            if name == LAST_RESORT:
                font = _LastResortFont(name, str(path))
                # reportlab shares one registration per face name: give this copy its own
                font.face.name = b"WBS-LastResort"
            else:
                font = TTFont(name, str(path))
            pdfmetrics.registerFont(font)
            _loaded[name] = font
        return font


def ensure_fonts() -> None:
    """Register the base fonts (cheap after the first call)."""
    with _lock:
        if SERIF in _loaded:
            return
        _patch_reportlab()
        for name in (SERIF, SERIF_BOLD, MONO_BOLD):
            _load(name)
        pdfmetrics.registerFontFamily(
            SERIF, normal=SERIF, bold=SERIF_BOLD, italic=SERIF, boldItalic=SERIF_BOLD
        )
        for name in (SANS, EMOJI, CJK, LAST_RESORT, MONO_BOLD):
            addMapping(name, 0, 0, name)
            addMapping(name, 1, 0, name)
            addMapping(name, 0, 1, name)
            addMapping(name, 1, 1, name)


def has_glyph(font_name: str, cp: int) -> bool:
    return cp in _load(font_name).face.charToGlyph


def font_for(base: str, cp: int) -> str:
    """The font that draws code point ``cp`` in text set in ``base``."""
    key = (base, cp)
    found = _choice_cache.get(key)
    if found is not None:
        return found
    with _lock:
        if has_glyph(base, cp):
            found = base
        else:
            found = next((f for f in FALLBACKS if has_glyph(f, cp)), LAST_RESORT)
            if found == LAST_RESORT:
                font = _load(LAST_RESORT)
                assert isinstance(font, _LastResortFont)
                font.adopt(cp)
        _choice_cache[key] = found
    return found


def _runs(text: str, base: str) -> list[tuple[str, str]]:
    """Split one line into (font, text) runs; marks stay with their base character."""
    runs: list[tuple[str, str]] = []
    current_font = base
    buf: list[str] = []
    for ch in text:
        cp = ord(ch)
        if ch == " ":
            font = base
        elif unicodedata.category(ch) in ("Mn", "Me") and buf and has_glyph(current_font, cp):
            font = current_font
        else:
            font = font_for(base, cp)
        if font != current_font and buf:
            runs.append((current_font, "".join(buf)))
            buf = []
        current_font = font
        buf.append(ch)
    if buf:
        runs.append((current_font, "".join(buf)))
    return runs


def _single_font(segment: str, base: str) -> str | None:
    """A font that has every character of ``segment``, base font first."""
    for font in (base, *FALLBACKS):
        if all(has_glyph(font, ord(ch)) for ch in segment):
            return font
    return None


def markup(value: object, base: str = SERIF) -> str:
    """Paragraph markup that prints ``value`` exactly: escaped, line breaks kept, every glyph found.

    A right-to-left run is kept in one font where possible: PDF readers
    restore the logical order of a run drawn in one piece, not across pieces.
    """
    ensure_fonts()
    cleaned = textprep.clean("" if value is None else str(value))
    lines = []
    for line in cleaned.split("\n"):
        parts = []
        for is_rtl, segment in textprep.visual_segments(line):
            segment = textprep.drop_invisible(segment)
            single = _single_font(segment, base) if is_rtl else None
            runs = [(single, segment)] if single else _runs(segment, base)
            for font, run in runs:
                escaped = escape(run, {'"': "&quot;", "'": "&#39;"})
                parts.append(escaped if font == base else f'<font face="{font}">{escaped}</font>')
        lines.append("".join(parts))
    return "<br/>".join(lines)


def plain_width(value: str, font: str, size: float) -> float:
    """Width of a short text (labels) in ``font`` without fallback."""
    ensure_fonts()
    return pdfmetrics.stringWidth(value, font, size)
