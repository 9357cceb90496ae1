"""Rupiah amounts typed the way people in the office write them.

"2.500.000", "Rp 2.500.000,00", "2,5 juta", "Rp2,5jt", "750 ribu", "1,2 miliar"
are all understood; the dot groups thousands and the comma marks decimals
(Indonesian usage). An amount that can only be read one way in English
grouping ("2,500,000") is accepted too. Anything that could mean two amounts
("2,500" without a word after it: two and a half rupiah or two thousand five
hundred?) or is not whole rupiah ("2.500,50") is refused with a reason code
(``DomainError.code == "bad_amount"``, ``params["reason"]``), never guessed:
the field used to drop every non-digit, so "Rp 2,5 juta" was saved as Rp 25.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from wbs_desktop.domain.errors import DomainError

#: The words after a number, and what they multiply it by.
MULTIPLIERS: dict[str, int] = {
    "ribu": 1_000,
    "rb": 1_000,
    "k": 1_000,
    "juta": 1_000_000,
    "jt": 1_000_000,
    "miliar": 1_000_000_000,
    "milyar": 1_000_000_000,
    "m": 1_000_000_000,
    "triliun": 1_000_000_000_000,
    "t": 1_000_000_000_000,
}
#: More characters than any amount needs ("Rp 999.999.999.999.999,00").
MAX_LENGTH = 40

_PREFIX_RE = re.compile(r"^(?:rp|idr)\.?\s*", re.IGNORECASE)
_SUFFIX_RE = re.compile(r"^(?P<number>.*?)\s*(?P<word>[a-z]+)\.?\s*(?:rupiah)?$", re.IGNORECASE)
_RUPIAH_RE = re.compile(r"\s*(?:rupiah|,-|-)$", re.IGNORECASE)
_NUMBER_CHARS = re.compile(r"^[0-9.,]+$")
_GROUPED = re.compile(r"^\d{1,3}(?:[.]\d{3})+$")
_GROUPED_EN = re.compile(r"^\d{1,3}(?:,\d{3})+$")


def _bad(reason: str, message: str, text: str) -> DomainError:
    return DomainError(message, code="bad_amount", reason=reason, text=text)


def parse_rupiah(text: str) -> int | None:
    """The amount in whole rupiah; None for an empty field.

    Raises :class:`DomainError` (code ``bad_amount``) with ``reason`` one of
    ``not_a_number``, ``ambiguous``, ``not_whole``, ``negative``, ``too_long``.
    """
    original = text
    text = " ".join(text.split())
    if not text:
        return None
    if len(text) > MAX_LENGTH:
        raise _bad("too_long", "the amount is too long", original)
    if text.startswith("-"):
        raise _bad("negative", "the amount cannot be negative", original)
    text = _PREFIX_RE.sub("", text)
    text = _RUPIAH_RE.sub("", text).strip()
    multiplier = 1
    match = _SUFFIX_RE.match(text)
    if match is not None:
        word = match.group("word").lower()
        if word not in MULTIPLIERS:
            raise _bad("not_a_number", f"{word!r} is not a number word (ribu, juta, miliar)",
                       original)
        multiplier = MULTIPLIERS[word]
        text = match.group("number").strip()
    text = text.replace(" ", "")
    if text.startswith("-"):
        raise _bad("negative", "the amount cannot be negative", original)
    if not text or not _NUMBER_CHARS.match(text) or not text[0].isdigit():
        raise _bad("not_a_number", "write the amount in digits, e.g. 2.500.000 or 2,5 juta",
                   original)
    value = _number(text, scaled=multiplier > 1, original=original) * multiplier
    if value != value.to_integral_value():
        raise _bad("not_whole", "the amount must be whole rupiah", original)
    return int(value)


def _number(text: str, *, scaled: bool, original: str) -> Decimal:
    """The number in ``text`` (digits, dots, commas)."""
    if "," in text and "." in text:
        if text.rfind(",") > text.rfind("."):  # 2.500.000,00: Indonesian
            whole, _, fraction = text.rpartition(",")
            if not _GROUPED.match(whole):
                raise _bad("ambiguous", "dots group thousands: 2.500.000,00", original)
            return _decimal(whole.replace(".", "") + "." + fraction, original)
        whole, _, fraction = text.rpartition(".")  # 2,500,000.00: English
        if not _GROUPED_EN.match(whole):
            raise _bad("ambiguous", "dots group thousands: 2.500.000,00", original)
        return _decimal(whole.replace(",", "") + "." + fraction, original)
    if "," in text:
        if text.count(",") > 1:
            if _GROUPED_EN.match(text):
                return _decimal(text.replace(",", ""), original)
            raise _bad("ambiguous", "a comma marks the decimals: 2,5 juta", original)
        whole, _, fraction = text.partition(",")
        if len(fraction) == 3 and not scaled:
            # "2,500": two and a half, or two thousand five hundred?
            raise _bad("ambiguous", "write 2.500 (thousands) or 2,5 juta", original)
        return _decimal(whole + "." + fraction, original)
    if "." in text:
        if _GROUPED.match(text):
            return _decimal(text.replace(".", ""), original)
        if scaled and text.count(".") == 1:  # "2.5 juta": a decimal point before a word
            return _decimal(text, original)
        raise _bad("ambiguous", "dots group thousands: 2.500.000", original)
    return _decimal(text, original)


def _decimal(text: str, original: str) -> Decimal:
    try:
        return Decimal(text)
    except InvalidOperation:
        raise _bad("not_a_number", "write the amount in digits", original) from None

