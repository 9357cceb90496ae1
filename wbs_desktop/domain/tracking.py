"""Tracking codes the reporter reads over the phone: ``XXXX-XXXX-XXXX``.

Alphabet (23 symbols, a prime): ``346789ACDEFHJKMNPRTVWXY``. Left out because they
are confused when written, read or heard: the round shapes 0/O/Q,
1/I/L, 2/Z, 5/S, U/V (U dropped), B/8 (B dropped) and G/6 (G dropped).
When typing, B is read as 8, G as 6 and U as V (each pair keeps one member, so
the mapping is unambiguous); 0, O, Q, 1, I, L, 2, Z, 5 and S are refused.

11 random symbols (≈ 50 bits, from :mod:`secrets`) and a check symbol: with
symbol values v and weights 1..12, sum(w·v) ≡ 0 (mod 23). Because 23 is prime,
every single-symbol typo and every swap of two adjacent symbols (indeed of any
two symbols up to 11 apart) changes the sum, so it is detected.

Error code (DomainError): ``bad_tracking_code`` with param ``reason``:
``length``, ``characters`` or ``check``.
"""

from __future__ import annotations

import re
import secrets
import unicodedata

from wbs_desktop.domain.errors import DomainError

ERROR_CODES: tuple[str, ...] = ("bad_tracking_code",)

TRACKING_ALPHABET = "346789ACDEFHJKMNPRTVWXY"
TRACKING_LENGTH = 12
GROUP = 4

#: Typed look-alikes of symbols we keep.
LOOK_ALIKES: dict[str, str] = {"B": "8", "G": "6", "U": "V"}

_BASE = len(TRACKING_ALPHABET)
_VALUE = {ch: i for i, ch in enumerate(TRACKING_ALPHABET)}
_SEPARATORS_RE = re.compile(r"[\s\-\u2010-\u2015\u2212]+")

assert _BASE == 23 and len(set(TRACKING_ALPHABET)) == _BASE
assert not set(LOOK_ALIKES) & set(TRACKING_ALPHABET)


def _weighted_sum(symbols: str) -> int:
    return sum((i + 1) * _VALUE[ch] for i, ch in enumerate(symbols)) % _BASE


def check_symbol(body: str) -> str:
    """The check symbol for the first 11 symbols."""
    if len(body) != TRACKING_LENGTH - 1 or any(ch not in _VALUE for ch in body):
        raise ValueError("the body is 11 symbols of the tracking alphabet")
    # Solve s + 12·v ≡ 0 (mod 23) for v.
    inverse_of_weight = pow(TRACKING_LENGTH, -1, _BASE)
    value = (-_weighted_sum(body) * inverse_of_weight) % _BASE
    return TRACKING_ALPHABET[value]


def new_tracking_code() -> str:
    """A fresh random code, formatted ``XXXX-XXXX-XXXX``."""
    body = "".join(secrets.choice(TRACKING_ALPHABET) for _ in range(TRACKING_LENGTH - 1))
    return _group(body + check_symbol(body))


def _bad(reason: str, message: str) -> DomainError:
    return DomainError(message, code="bad_tracking_code", reason=reason)


def normalize_tracking_code(text: str) -> str:
    """The 12 symbols of a typed code (upper-cased, separators removed, look-alikes mapped).

    Raises DomainError ``bad_tracking_code`` on a wrong length, a character that is
    never used, or a failed check symbol (a typo).
    """
    if not isinstance(text, str):
        raise _bad("characters", "a tracking code is text")
    s = _SEPARATORS_RE.sub("", unicodedata.normalize("NFKC", text)).upper()
    s = "".join(LOOK_ALIKES.get(ch, ch) for ch in s)
    if len(s) != TRACKING_LENGTH:
        raise _bad("length", f"a tracking code has {TRACKING_LENGTH} characters, not {len(s)}")
    bad = sorted({ch for ch in s if ch not in _VALUE})
    if bad:
        raise _bad("characters", f"characters never used in tracking codes: {''.join(bad)}")
    if _weighted_sum(s) != 0:
        raise _bad("check", "the tracking code has a typo (its check character does not match)")
    return s


def _group(raw: str) -> str:
    return "-".join(raw[i : i + GROUP] for i in range(0, len(raw), GROUP))


def format_tracking_code(raw: str) -> str:
    """``XXXX-XXXX-XXXX`` for a code typed in any accepted form."""
    return _group(normalize_tracking_code(raw))


def is_valid_tracking_code(text: str) -> bool:
    try:
        normalize_tracking_code(text)
    except DomainError:
        return False
    return True
