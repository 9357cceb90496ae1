"""Reading a generated PDF back.

Letters are checked by their text, not by trusting the code that wrote them.
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import tempfile
import unicodedata
from pathlib import Path

from pypdf import PdfReader

# Invisible format characters (joiners, variation selectors, tags): not drawn, not expected back.
_INVISIBLE = re.compile(
    "[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufe00-\ufe0f\ufeff\U000e0000-\U000e0fff]"
)
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def reader(pdf: bytes) -> PdfReader:
    assert pdf.startswith(b"%PDF-"), pdf[:20]
    assert pdf.rstrip().endswith(b"%%EOF")
    return PdfReader(io.BytesIO(pdf), strict=True)


def pages_text(pdf: bytes) -> list[str]:
    return [page.extract_text() or "" for page in reader(pdf).pages]


def text(pdf: bytes) -> str:
    return "\n".join(pages_text(pdf))


def layout_text(pdf: bytes) -> str:
    """The text as pdftotext reads it (the tool the office's own checks use);
    pypdf's reading where poppler-utils is not installed (CI installs it)."""
    if shutil.which("pdftotext") is None:
        return text(pdf)
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "letter.pdf"
        source.write_bytes(pdf)
        out = subprocess.run(
            ["pdftotext", "-layout", str(source), "-"], check=True, capture_output=True
        )
    return out.stdout.decode("utf-8")


def body(pdf: bytes) -> str:
    """All pages' text without the "- n -" page numbers (which cut text flowing over a page end)."""
    return "\n".join(
        line
        for page in pages_text(pdf)
        for line in page.splitlines()
        if not re.fullmatch(r"\s*- \d+ -\s*", line)
    )


def norm(value: str) -> str:
    """Compare modulo whitespace and line breaks; Arabic presentation forms back to letters."""
    value = unicodedata.normalize("NFKC", value)
    value = _INVISIBLE.sub("", value)
    value = _CONTROLS.sub("", value)
    return re.sub(r"\s+", "", value)


def assert_says(pdf_text: str, *expected: str) -> None:
    flat = norm(pdf_text)
    for item in expected:
        assert norm(item) in flat, f"{item!r} not found in the PDF text:\n{pdf_text[:3000]}"


def assert_in_order(pdf_text: str, items: list[str] | tuple[str, ...]) -> None:
    flat = norm(pdf_text)
    pos = -1
    for item in items:
        found = flat.find(norm(item), pos + 1)
        assert found > pos, f"{item!r} missing or out of order"
        pos = found


def unembedded_fonts(pdf: bytes) -> set[str]:
    """The names of the fonts the PDF refers to without embedding them (pages and forms)."""
    missing: set[str] = set()
    seen: set[int] = set()

    def check_font(font: object) -> None:
        font = font.get_object()  # type: ignore[attr-defined]
        if font.get("/Subtype") == "/Type0":
            for descendant in font["/DescendantFonts"]:
                check_font(descendant)
            return
        if font.get("/Subtype") == "/Type3":
            return  # glyphs drawn by the PDF itself
        descriptor = font.get("/FontDescriptor")
        descriptor = descriptor.get_object() if descriptor is not None else None
        if descriptor is None or not any(
            k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")
        ):
            missing.add(str(font.get("/BaseFont")))

    def walk(resources: object) -> None:
        if resources is None:
            return
        resources = resources.get_object()  # type: ignore[attr-defined]
        if id(resources) in seen:
            return
        seen.add(id(resources))
        for font in (resources.get("/Font") or {}).values():
            check_font(font)
        for xobject in (resources.get("/XObject") or {}).values():
            walk(xobject.get_object().get("/Resources"))

    doc = reader(pdf)
    for page in doc.pages:
        walk(page.get("/Resources"))
    return missing
