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


#: How the month is written in a number built from fields.
MONTH_STYLES: tuple[str, ...] = ("roman", "number", "none")
#: Separators an office uses between the parts of a number.
SEPARATORS: tuple[str, ...] = ("/", "-", ".")
_FIELD_FORBIDDEN = "{}"


@dataclass(frozen=True, slots=True)
class NumberParts:
    """A number pattern as the office thinks of it, field by field.

    In order: prefix, classification code, (year, when ``year_first``), the
    sequence with ``seq_width`` digits, unit code, month, year; empty fields are
    left out, the rest joined by ``separator``. ``800/007/BKD/XI/2026`` is
    ``code="800", seq_width=3, unit="BKD", month="roman", year=True``;
    ``WBS-2026-00001`` is ``prefix="WBS", year_first=True, seq_width=5,
    separator="-", month="none"``.
    """

    prefix: str = ""
    code: str = ""
    seq_width: int = 3
    unit: str = ""
    month: str = "roman"
    year: bool = True
    year_first: bool = False
    separator: str = "/"

    def to_pattern(self) -> str:
        """The pattern (``{seq:03d}`` syntax) these fields stand for; DomainError
        ``bad_number_pattern`` when a field cannot be part of a number."""
        if self.separator not in SEPARATORS:
            raise _bad("unknown_token", f"separator {self.separator!r}", token=self.separator)
        if self.month not in MONTH_STYLES:
            raise _bad("unknown_token", f"month style {self.month!r}", token=self.month)
        if not 1 <= self.seq_width <= _MAX_WIDTH:
            raise _bad("bad_format_spec", f"{self.seq_width} digits", token="seq")  # noqa: S106
        for text in (self.prefix, self.code, self.unit):
            if any(ch in _FIELD_FORBIDDEN for ch in text):
                raise _bad("unbalanced_braces", "braces are not allowed in a number field")
        year = ["{year}"] if self.year else []
        month = {"roman": ["{roman_month}"], "number": ["{month}"], "none": []}[self.month]
        seq = [f"{{seq:0{self.seq_width}d}}"]
        literal = [p.strip() for p in (self.prefix, self.code) if p.strip()]
        unit = [self.unit.strip()] if self.unit.strip() else []
        parts = literal + (year + seq if self.year_first else seq) + unit + month
        if not self.year_first:
            parts += year
        pattern = self.separator.join(parts)
        check_pattern(pattern)
        return pattern

    @classmethod
    def from_pattern(cls, pattern: str) -> NumberParts | None:
        """The fields of ``pattern``, or None when it is not one these fields can
        express (the settings then show it as it is, read-only)."""
        for sep in SEPARATORS:
            pieces = pattern.split(sep)
            seq = [i for i, p in enumerate(pieces) if re.fullmatch(r"\{seq:0(\d{1,2})d\}", p)]
            if len(seq) != 1:
                continue
            at = seq[0]
            before, after = pieces[:at], pieces[at + 1 :]
            year_first = bool(before) and before[-1] == "{year}"
            if year_first:
                before = before[:-1]
            if len(before) > 2 or any("{" in p or "}" in p or not p for p in before):
                continue
            prefix, code = "", ""
            if len(before) == 2:
                prefix, code = before
            elif before and any(ch.isdigit() for ch in before[0]):
                code = before[0]  # "800": a classification code
            elif before:
                prefix = before[0]  # "WBS", "B": a prefix
            unit = ""
            if after and "{" not in after[0] and after[0]:
                unit, after = after[0], after[1:]
            month = "none"
            if after and after[0] in ("{roman_month}", "{month}"):
                month = "roman" if after[0] == "{roman_month}" else "number"
                after = after[1:]
            year = year_first
            if not year_first and after == ["{year}"]:
                year, after = True, []
            if after:
                continue
            width = int(pieces[at][6:-2])  # "{seq:0NNd}"
            parts = cls(prefix, code, width, unit, month, year, year_first, sep)
            try:
                if parts.to_pattern() == pattern:
                    return parts
            except DomainError:
                continue
        return None
