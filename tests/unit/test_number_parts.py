"""Number patterns as the office's fields (domain.numbering.NumberParts): the
fields give the pattern, a pattern made of fields gives them back, anything
else is left to the CLI."""

from __future__ import annotations

from datetime import date

import pytest

from wbs_desktop.domain.errors import DomainError
from wbs_desktop.domain.numbering import (
    DEFAULT_LETTER_PATTERN,
    DEFAULT_REGISTER_PATTERN,
    NumberParts,
    format_number,
)


@pytest.mark.parametrize(
    ("parts", "pattern", "number"),
    [
        (NumberParts(code="800", unit="BKD"), DEFAULT_LETTER_PATTERN, "800/007/BKD/XI/2026"),
        (NumberParts(prefix="WBS", seq_width=5, month="none", year_first=True, separator="-"),
         DEFAULT_REGISTER_PATTERN, "WBS-2026-00007"),
        (NumberParts(prefix="B", code="800.1.3.3", seq_width=4, unit="BKD.WBS", month="number"),
         "B/800.1.3.3/{seq:04d}/BKD.WBS/{month}/{year}", "B/800.1.3.3/0007/BKD.WBS/11/2026"),
        (NumberParts(code="094", unit="BKD", month="none", year=False, separator="."),
         "094.{seq:03d}.BKD", "094.007.BKD"),
    ],
)
def test_fields_make_the_pattern_and_come_back(parts: NumberParts, pattern: str,
                                               number: str) -> None:
    assert parts.to_pattern() == pattern
    assert NumberParts.from_pattern(pattern) == parts
    assert format_number(pattern, seq=7, on=date(2026, 11, 3)) == number


@pytest.mark.parametrize(
    "pattern", ["{seq}", "X{seq:03d}", "{year}{seq:03d}", "800/{seq:03d}/{unit}"]
)
def test_other_patterns_are_not_fields(pattern: str) -> None:
    assert NumberParts.from_pattern(pattern) is None


@pytest.mark.parametrize(
    "parts",
    [NumberParts(unit="BKD{x}"), NumberParts(seq_width=0), NumberParts(separator="|"),
     NumberParts(month="weekly")],
)
def test_bad_fields_are_refused(parts: NumberParts) -> None:
    with pytest.raises(DomainError) as caught:
        parts.to_pattern()
    assert caught.value.code == "bad_number_pattern"
