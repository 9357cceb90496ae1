"""Which files may be attached to a case: an allow-list, checked by name and content.

The office needs scanned letters and photos (PDF, JPEG, PNG, TIFF), plain text
and Word/Excel/PowerPoint documents without macros. Everything else is
refused, and so is a file whose content is not what its extension says (a
Windows program renamed ``bukti.pdf``), a name with control, invisible or
look-alike characters (``bukti.exе`` with a Cyrillic ``е``; a right-to-left
override) and an NTFS alternate-stream name (``bukti.exe::$DATA``).

Content is recognised with ``puremagic`` (a maintained, pure-Python signature
database: no native libmagic to ship on Windows), plus the stricter checks
below for what it cannot tell apart (the Office Open XML kinds, macros, text).
HEIC is not on the list: no library the project keeps reads it, so it could be
neither checked nor shown.
"""

from __future__ import annotations

import io
import unicodedata
import zipfile
from pathlib import PurePath

from wbs_desktop.domain.errors import DomainError

DEFAULT_MAX_BYTES = 25 * 1024 * 1024

#: extension → kind. Only these are accepted.
ALLOWED = {
    "pdf": "pdf",
    "jpg": "jpeg",
    "jpeg": "jpeg",
    "png": "png",
    "tif": "tiff",
    "tiff": "tiff",
    "txt": "text",
    "docx": "docx",
    "xlsx": "xlsx",
    "pptx": "pptx",
}
#: What the app can show itself (the rest can only be saved where the user chooses).
VIEWABLE = frozenset({"pdf", "jpeg", "png", "tiff", "text"})

_OOXML_MAIN = {
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
    "pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml",
}
_SIGNATURES = {
    "pdf": (b"%PDF-",),
    "jpeg": (b"\xff\xd8\xff",),
    "png": (b"\x89PNG\r\n\x1a\n",),
    "tiff": (b"II*\x00", b"MM\x00*"),
}
#: Scripts that look-alike letters come from (mixed with Latin letters: refused).
_CONFUSABLE_SCRIPTS = ("CYRILLIC", "GREEK", "ARMENIAN", "CHEROKEE", "COPTIC")


class AttachmentRefused(DomainError):
    code = "attachment_refused"


def _unsafe_character(name: str) -> str | None:
    """The first character that makes ``name`` unsafe to show or to trust, if any."""
    if unicodedata.normalize("NFKC", name) != name:
        for ch in name:
            if unicodedata.normalize("NFKC", ch) != ch:
                return ch
    latin = any("LATIN" in unicodedata.name(ch, "") for ch in name if ch.isalpha())
    for ch in name:
        if unicodedata.category(ch) in ("Cc", "Cf", "Co", "Cs", "Cn", "Zl", "Zp"):
            return ch
        if latin and ch.isalpha() and any(
                s in unicodedata.name(ch, "") for s in _CONFUSABLE_SCRIPTS):
            return ch
    return None


def content_kind(data: bytes) -> str:
    """What the bytes are, by content: an ``ALLOWED`` kind, ``ooxml-macro`` or
    the extension puremagic names (``exe``, ``zip``…), or ``unknown``."""
    for kind, magics in _SIGNATURES.items():
        if any(data.startswith(m) for m in magics) or (
                kind == "pdf" and b"%PDF-" in data[:1024]):
            return kind
    if data.startswith(b"PK\x03\x04"):
        return _ooxml_kind(data)
    sure, guess = _puremagic_extension(data)
    if sure:
        return sure
    if _is_text(data):
        return "text"
    return guess or "unknown"


def _puremagic_extension(data: bytes) -> tuple[str, str]:
    """(a confident match, the best weaker guess) as extensions, "" where none."""
    import puremagic

    try:
        matches = puremagic.magic_string(data[:65536])
    except (puremagic.PureError, ValueError):
        return "", ""
    named = [m for m in matches if m.extension]
    if not named:
        return "", ""
    best = max(named, key=lambda m: m.confidence)
    extension = best.extension.lstrip(".").casefold()
    return (extension if best.confidence >= 0.8 else ""), extension


def _ooxml_kind(data: bytes) -> str:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = {n.casefold() for n in archive.namelist()}
            if "[content_types].xml" not in names:
                return "zip"
            types = archive.read(next(
                n for n in archive.namelist() if n.casefold() == "[content_types].xml")
            ).decode("utf-8", "replace")
    except (zipfile.BadZipFile, OSError, ValueError, StopIteration):
        return "unknown"
    if "macroenabled" in types.casefold() or any(n.endswith("vbaproject.bin") for n in names):
        return "ooxml-macro"
    for kind, main in _OOXML_MAIN.items():
        if main in types:
            return kind
    return "zip"


def _is_text(data: bytes) -> bool:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return False
    return not any(unicodedata.category(c) == "Cc" and c not in "\t\r\n\f" for c in text)


def check_attachment(filename: str, size: int, *, max_bytes: int = DEFAULT_MAX_BYTES,
                     data: bytes | None = None) -> str:
    """Return the cleaned file name, or raise AttachmentRefused with code
    ``attachment_no_name``, ``attachment_empty``, ``attachment_too_large``,
    ``attachment_name_unsafe`` (``character``: its code point, U+XXXX),
    ``attachment_stream_name``, ``attachment_type_refused`` (``extension``),
    ``attachment_macros`` or ``attachment_content_mismatch`` (``extension``,
    ``detected``). ``data``: the content, checked against the extension."""
    raw = filename.replace("\\", "/")
    name = PurePath(raw).name.strip() if raw.strip() else ""
    if not name:
        raise AttachmentRefused("the file has no name", code="attachment_no_name")
    if ":" in name:  # bukti.exe::$DATA, bukti.pdf:payload.exe (NTFS alternate streams)
        raise AttachmentRefused("an alternate data stream name", code="attachment_stream_name")
    bad = _unsafe_character(name)
    if bad is not None:
        point = f"U+{ord(bad):04X}"
        raise AttachmentRefused(f"the name holds the character {point}",
                                code="attachment_name_unsafe", character=point)
    if size <= 0:
        raise AttachmentRefused("the file is empty", code="attachment_empty")
    if size > max_bytes:
        raise AttachmentRefused(
            f"the file is {size} bytes; the limit is {max_bytes}",
            code="attachment_too_large",
            size=size,
            limit=max_bytes,
        )
    extension = name.rsplit(".", 1)[1].casefold().strip() if "." in name.strip(".") else ""
    if extension not in ALLOWED:
        raise AttachmentRefused(
            f"files of type .{extension} are not accepted",
            code="attachment_type_refused",
            extension=extension,
        )
    if data is not None:
        detected = content_kind(data)
        if detected == "ooxml-macro":
            raise AttachmentRefused("an Office document with macros", code="attachment_macros")
        if detected != ALLOWED[extension]:
            raise AttachmentRefused(
                f"the content is {detected}, not .{extension}",
                code="attachment_content_mismatch",
                extension=extension,
                detected=detected,
            )
    return name


def kind_of(filename: str) -> str:
    """The kind an accepted file name stands for ("" when not on the list)."""
    extension = filename.rsplit(".", 1)[-1].casefold() if "." in filename else ""
    return ALLOWED.get(extension, "")
