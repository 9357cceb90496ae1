"""Letter and register numbers from a pattern such as ``800/{seq:03d}/BKD/{roman_month}/{year}``.

Tokens: ``{seq}`` (required; optional spec ``d``, ``3d`` or ``03d``, width up to 20),
``{year}`` (4 digits), ``{month}`` (2 digits), ``{roman_month}`` (I..XII), ``{unit}``,
``{code}``. ``{{`` and ``}}`` are literal braces. The pattern is parsed here, never
handed to ``str.format``, so attribute or index access (``{seq.__class__}``) is impossible.

Error code (DomainError): ``bad_number_pattern`` with param ``reason``, one of
:data:`PATTERN_ERROR_REASONS`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from wbs_desktop.domain.dates import roman_month
from wbs_desktop.domain.errors import DomainError

ERROR_CODES: tuple[str, ...] = ("bad_number_pattern",)

PATTERN_ERROR_REASONS: tuple[str, ...] = (
    "empty",
    "too_long",
    "control_characters",
    "unbalanced_braces",
    "unknown_token",  # param: token
    "bad_format_spec",  # param: token
    "missing_seq",
)

DEFAULT_LETTER_PATTERN = "800/{seq:03d}/BKD/{roman_month}/{year}"
DEFAULT_REGISTER_PATTERN = "WBS-{year}-{seq:05d}"

TOKENS: frozenset[str] = frozenset({"seq", "year", "month", "roman_month", "unit", "code"})
PATTERN_MAX_LENGTH = 200

_SEQ_SPEC_RE = re.compile(r"(0?)([1-9][0-9]?)?d", re.ASCII)
_MAX_WIDTH = 20


@dataclass(frozen=True, slots=True)
class _Token:
    name: str
    spec: str = ""


def _bad(reason: str, message: str, **params: object) -> DomainError:
    return DomainError(
        f"bad number pattern: {message}", code="bad_number_pattern", reason=reason, **params
    )


def _parse(pattern: str) -> list[str | _Token]:
    if not isinstance(pattern, str) or not pattern.strip():
        raise _bad("empty", "the pattern is empty")
    if len(pattern) > PATTERN_MAX_LENGTH:
        raise _bad("too_long", f"at most {PATTERN_MAX_LENGTH} characters", max=PATTERN_MAX_LENGTH)
    if any(ord(ch) < 32 or ord(ch) == 127 for ch in pattern):
        raise _bad("control_characters", "control characters are not allowed")
    parts: list[str | _Token] = []
    literal: list[str] = []
    i, n = 0, len(pattern)
    while i < n:
        ch = pattern[i]
        if ch in "{}" and pattern.startswith(ch * 2, i):
            literal.append(ch)
            i += 2
            continue
        if ch == "}":
            raise _bad("unbalanced_braces", f"a '}}' without '{{' at position {i + 1}")
        if ch != "{":
            literal.append(ch)
            i += 1
            continue
        end = pattern.find("}", i + 1)
        inner = pattern[i + 1 : end] if end != -1 else ""
        if end == -1 or "{" in inner:
            raise _bad("unbalanced_braces", f"a '{{' without '}}' at position {i + 1}")
        name, colon, spec = inner.partition(":")
        if name not in TOKENS:
            raise _bad("unknown_token", f"unknown token {{{inner}}}", token=inner)
        if colon and (name != "seq" or not _valid_seq_spec(spec)):
            raise _bad("bad_format_spec", f"format not allowed in {{{inner}}}", token=inner)
        if literal:
            parts.append("".join(literal))
            literal = []
        parts.append(_Token(name, spec))
        i = end + 1
    if literal:
        parts.append("".join(literal))
    if not any(isinstance(p, _Token) and p.name == "seq" for p in parts):
        raise _bad("missing_seq", "the pattern needs {seq}")
    return parts


def _valid_seq_spec(spec: str) -> bool:
    m = _SEQ_SPEC_RE.fullmatch(spec)
    return m is not None and int(m.group(2) or 0) <= _MAX_WIDTH


def check_pattern(pattern: str) -> None:
    """Raise DomainError ``bad_number_pattern`` unless the pattern is usable."""
    _parse(pattern)


def format_number(pattern: str, *, seq: int, on: date, unit: str = "BKD", code: str = "800") -> str:
    """The number for sequence ``seq`` dated ``on``; e.g. ``800/007/BKD/XI/2026``."""
    if isinstance(seq, bool) or not isinstance(seq, int) or seq < 0:
        raise ValueError(f"seq must be a non-negative integer, got {seq!r}")
    values = {
        "year": f"{on.year:04d}",
        "month": f"{on.month:02d}",
        "roman_month": roman_month(on.month),
        "unit": unit,
        "code": code,
    }
    out: list[str] = []
    for part in _parse(pattern):
        if isinstance(part, str):
            out.append(part)
        elif part.name == "seq":
            out.append(format(seq, part.spec or "d"))
        else:
            out.append(values[part.name])
    return "".join(out)
