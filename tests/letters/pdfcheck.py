"""Reading a generated PDF back.

Letters are checked by their text, not by trusting the code that wrote them.
"""

from __future__ import annotations

import io
import re
import unicodedata

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
