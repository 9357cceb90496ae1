"""Letter and register number patterns."""

from __future__ import annotations

from datetime import date

import pytest

from wbs_desktop.domain import numbering
from wbs_desktop.domain.errors import DomainError
from wbs_desktop.domain.numbering import (
    DEFAULT_LETTER_PATTERN,
    DEFAULT_REGISTER_PATTERN,
    check_pattern,
    format_number,
)

NOV = date(2026, 11, 28)


def test_default_patterns() -> None:
    assert DEFAULT_LETTER_PATTERN == "800/{seq:03d}/BKD/{roman_month}/{year}"
    assert DEFAULT_REGISTER_PATTERN == "WBS-{year}-{seq:05d}"
    assert format_number(DEFAULT_LETTER_PATTERN, seq=7, on=NOV) == "800/007/BKD/XI/2026"
    assert format_number(DEFAULT_REGISTER_PATTERN, seq=42, on=NOV) == "WBS-2026-00042"
    check_pattern(DEFAULT_LETTER_PATTERN)
    check_pattern(DEFAULT_REGISTER_PATTERN)


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        ("{seq}", "7"),
        ("{seq:d}", "7"),
        ("{seq:3d}", "  7"),
        ("{seq:04d}", "0007"),
        ("{code}/{seq}/{unit}/{month}/{year}", "800/7/BKD/11/2026"),
        ("{unit}.{roman_month}.{seq:02d}", "BKD.XI.07"),
        ("{{{seq}}}", "{7}"),
        ("a{{b}}c-{seq}", "a{b}c-7"),
        ("Nomor: {seq} — Kupang", "Nomor: 7 — Kupang"),
    ],
)
def test_tokens(pattern: str, expected: str) -> None:
    assert format_number(pattern, seq=7, on=NOV) == expected


def test_unit_code_and_dates() -> None:
    assert (
        format_number("{code}/{seq:03d}/{unit}/{roman_month}/{year}",
                      seq=123, on=date(2027, 1, 5), unit="BKD.II", code="862")
        == "862/123/BKD.II/I/2027"
    )  # fmt: skip
    with pytest.raises(DomainError):
        # {seq} is required even when only dates are wanted
        format_number("{month}-{roman_month}", seq=1, on=date(2026, 4, 1))
    assert format_number("{seq}-{month}-{roman_month}", seq=1, on=date(2026, 4, 1)) == "1-04-IV"
    assert format_number("{seq}/{roman_month}", seq=1, on=date(2026, 12, 1)) == "1/XII"


def test_values_are_not_reinterpreted() -> None:
    assert format_number("{unit}/{seq}", seq=1, on=NOV, unit="{seq.__class__}") == (
        "{seq.__class__}/1"
    )


def test_large_sequence_overflows_width() -> None:
    assert format_number(DEFAULT_LETTER_PATTERN, seq=1234, on=NOV) == "800/1234/BKD/XI/2026"


@pytest.mark.parametrize("seq", [-1, True, 1.0, "7"])
def test_bad_sequence(seq: object) -> None:
    with pytest.raises(ValueError):
        format_number(DEFAULT_LETTER_PATTERN, seq=seq, on=NOV)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("pattern", "reason"),
    [
        ("", "empty"),
        ("   ", "empty"),
        ("{seq}" + "x" * 200, "too_long"),
        ("{seq}\n", "control_characters"),
        ("{seq", "unbalanced_braces"),
        ("seq}", "unbalanced_braces"),
        ("{seq}}", "unbalanced_braces"),
        ("{{seq}", "unbalanced_braces"),
        ("{se{q}", "unbalanced_braces"),
        ("{seq.__class__}", "unknown_token"),
        ("{seq.__class__.__mro__}", "unknown_token"),
        ("{seq[0]}", "unknown_token"),
        ("{seq!r}", "unknown_token"),
        ("{0}", "unknown_token"),
        ("{}", "unknown_token"),
        ("{SEQ}", "unknown_token"),
        ("{ seq }", "unknown_token"),
        ("{seq}/{nomor}", "unknown_token"),
        ("{seq:x}", "bad_format_spec"),
        ("{seq:03}", "bad_format_spec"),
        ("{seq:>5d}", "bad_format_spec"),
        ("{seq:,d}", "bad_format_spec"),
        ("{seq:99d}", "bad_format_spec"),
        ("{seq:021d}", "bad_format_spec"),
        ("{seq:}", "bad_format_spec"),
        ("{seq}/{year:04d}", "bad_format_spec"),
        ("{seq}/{unit:>10}", "bad_format_spec"),
        ("{year}/{month}", "missing_seq"),
        ("800/BKD", "missing_seq"),
        ("{{seq}}", "missing_seq"),
    ],
)
def test_bad_patterns(pattern: str, reason: str) -> None:
    with pytest.raises(DomainError) as info:
        check_pattern(pattern)
    assert info.value.code == "bad_number_pattern"
    assert info.value.params["reason"] == reason
    assert reason in numbering.PATTERN_ERROR_REASONS
    with pytest.raises(DomainError):
        format_number(pattern, seq=1, on=NOV)


def test_width_twenty_is_allowed() -> None:
    assert format_number("{seq:020d}", seq=5, on=NOV) == "0" * 19 + "5"


def test_unknown_token_is_named() -> None:
    with pytest.raises(DomainError) as info:
        check_pattern("{seq}/{nomor}")
    assert info.value.params["token"] == "nomor"
