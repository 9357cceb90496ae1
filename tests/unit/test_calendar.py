"""Working days, the 2026 holiday table and the 7-working-day summons rule."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from wbs_desktop.domain.calendar import (
    DEFAULT_HOLIDAYS_2026,
    SUMMONS_RULE_READING,
    Holiday,
    HolidayKind,
    WorkingCalendar,
)
from wbs_desktop.domain.errors import DomainError

CAL = WorkingCalendar()
D = date


def test_default_table_matches_the_decree() -> None:
    rows = {(h.date.isoformat(), h.kind.value) for h in DEFAULT_HOLIDAYS_2026}
    assert rows == {
        ("2026-01-01", "holiday"),
        ("2026-01-16", "holiday"),
        ("2026-02-16", "cuti_bersama"),
        ("2026-02-17", "holiday"),
        ("2026-03-18", "cuti_bersama"),
        ("2026-03-19", "holiday"),
        ("2026-03-20", "cuti_bersama"),
        ("2026-03-21", "holiday"),
        ("2026-03-22", "holiday"),
        ("2026-03-23", "cuti_bersama"),
        ("2026-03-24", "cuti_bersama"),
        ("2026-04-03", "holiday"),
        ("2026-04-05", "holiday"),
        ("2026-05-01", "holiday"),
        ("2026-05-14", "holiday"),
        ("2026-05-15", "cuti_bersama"),
        ("2026-05-27", "holiday"),
        ("2026-05-28", "cuti_bersama"),
        ("2026-05-31", "holiday"),
        ("2026-06-01", "holiday"),
        ("2026-06-16", "holiday"),
        ("2026-08-17", "holiday"),
        ("2026-08-25", "holiday"),
        ("2026-12-24", "cuti_bersama"),
        ("2026-12-25", "holiday"),
    }
    assert len(DEFAULT_HOLIDAYS_2026) == 25
    kinds = [h.kind for h in DEFAULT_HOLIDAYS_2026]
    assert kinds.count(HolidayKind.HOLIDAY) == 17
    assert kinds.count(HolidayKind.CUTI_BERSAMA) == 8
    assert all(h.name for h in DEFAULT_HOLIDAYS_2026)
    assert list(DEFAULT_HOLIDAYS_2026) == sorted(DEFAULT_HOLIDAYS_2026, key=lambda h: h.date)


def test_is_working_day() -> None:
    assert CAL.is_working_day(D(2026, 11, 27))  # Friday
    assert not CAL.is_working_day(D(2026, 11, 28))  # Saturday
    assert not CAL.is_working_day(D(2026, 11, 29))  # Sunday
    assert not CAL.is_working_day(D(2026, 8, 17))  # Independence Day, Monday
    assert not CAL.is_working_day(D(2026, 2, 16))  # cuti bersama counts too
    assert CAL.is_working_day(D(2026, 8, 18))


def test_holiday_on_and_listing() -> None:
    h = CAL.holiday_on(D(2026, 12, 24))
    assert h is not None and h.kind is HolidayKind.CUTI_BERSAMA and h.name == "Hari Raya Natal"
    assert CAL.holiday_on(D(2026, 12, 23)) is None
    assert CAL.holidays == DEFAULT_HOLIDAYS_2026


def test_plain_dates_and_custom_lists() -> None:
    cal = WorkingCalendar([D(2026, 11, 27), Holiday(D(2026, 11, 26), HolidayKind.CUTI_BERSAMA)])
    assert not cal.is_working_day(D(2026, 11, 27))
    assert not cal.is_working_day(D(2026, 11, 26))
    assert cal.is_working_day(D(2026, 8, 17))  # not in this list
    assert cal.holiday_on(D(2026, 11, 27)) == Holiday(D(2026, 11, 27), HolidayKind.HOLIDAY, "")
    empty = WorkingCalendar([])
    assert empty.is_working_day(D(2026, 1, 1))
    assert empty.covered_years == frozenset()


def test_covered_years() -> None:
    assert CAL.covered_years == frozenset({2026})
    assert CAL.covers(D(2026, 5, 5))
    assert not CAL.covers(D(2027, 1, 1))


def test_datetimes_are_refused() -> None:
    with pytest.raises(TypeError):
        CAL.is_working_day(datetime(2026, 11, 27, 9, 0))  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        WorkingCalendar(["2026-01-01"])  # type: ignore[list-item]


def test_next_working_day() -> None:
    assert CAL.next_working_day(D(2026, 11, 27)) == D(2026, 11, 27)
    assert CAL.next_working_day(D(2026, 11, 28)) == D(2026, 11, 30)
    assert CAL.next_working_day(D(2026, 3, 18)) == D(2026, 3, 25)  # Nyepi + Idul Fitri
    assert CAL.next_working_day(D(2026, 12, 24)) == D(2026, 12, 28)


def test_add_working_days() -> None:
    assert CAL.add_working_days(D(2026, 11, 27), 0) == D(2026, 11, 27)
    assert CAL.add_working_days(D(2026, 11, 28), 0) == D(2026, 11, 28)
    assert CAL.add_working_days(D(2026, 11, 26), 1) == D(2026, 11, 27)
    assert CAL.add_working_days(D(2026, 11, 27), 1) == D(2026, 11, 30)  # over a weekend
    assert CAL.add_working_days(D(2026, 11, 28), 1) == D(2026, 11, 30)
    assert CAL.add_working_days(D(2026, 8, 14), 1) == D(2026, 8, 18)  # weekend + 17 Aug
    assert CAL.add_working_days(D(2026, 11, 23), 5) == D(2026, 11, 30)
    with pytest.raises(ValueError):
        CAL.add_working_days(D(2026, 11, 27), -1)


def brute_between(cal: WorkingCalendar, a: date, b: date) -> int:
    n, d = 0, a + timedelta(days=1)
    while d < b:
        n += cal.is_working_day(d)
        d += timedelta(days=1)
    return n


def test_working_days_between() -> None:
    assert CAL.working_days_between(D(2026, 11, 27), D(2026, 11, 30)) == 0
    assert CAL.working_days_between(D(2026, 11, 23), D(2026, 11, 27)) == 3
    assert CAL.working_days_between(D(2026, 11, 27), D(2026, 11, 27)) == 0
    assert CAL.working_days_between(D(2026, 11, 30), D(2026, 11, 27)) == 0
    assert CAL.working_days_between(D(2026, 3, 13), D(2026, 4, 1)) == 7
    # 2026: 261 weekdays; 25 days off of which 4 fall on a weekend (21-22 Mar, 5 Apr, 31 May).
    assert CAL.working_days_between(D(2025, 12, 31), D(2027, 1, 1)) == 261 - (25 - 4)


@pytest.mark.parametrize("start", [D(2025, 12, 20) + timedelta(days=i) for i in range(0, 400, 9)])
def test_working_days_between_matches_counting(start: date) -> None:
    for span in (0, 1, 2, 6, 7, 8, 13, 30, 100):
        end = start + timedelta(days=span)
        assert CAL.working_days_between(start, end) == brute_between(CAL, start, end)


def test_worked_example_idul_fitri() -> None:
    """Reference: letter Fri 13 Mar 2026 -> earliest hearing Wed 1 Apr 2026."""
    letter = D(2026, 3, 13)
    assert CAL.add_working_days(letter, 7) == D(2026, 3, 31)
    earliest = CAL.earliest_hearing_date(letter)
    assert earliest == D(2026, 4, 1)
    assert earliest.weekday() == 2  # Wednesday
    CAL.check_hearing_date(letter, D(2026, 4, 1))
    with pytest.raises(DomainError) as info:
        CAL.check_hearing_date(letter, D(2026, 3, 31))
    assert info.value.code == "summons_too_late"
    assert info.value.params["earliest"] == D(2026, 4, 1)
    assert info.value.params["working_days"] == 6
    assert info.value.params["min_days"] == 7


def test_earliest_across_a_weekend() -> None:
    # Mon 23 Nov: 24, 25, 26, 27, 30 Nov, 1, 2 Dec are the seven -> Thu 3 Dec.
    assert CAL.earliest_hearing_date(D(2026, 11, 23)) == D(2026, 12, 3)
    # A letter signed on a Saturday counts from Monday.
    assert CAL.earliest_hearing_date(D(2026, 11, 28)) == D(2026, 12, 9)


def test_earliest_across_a_holiday() -> None:
    # Thu 13 Aug: 14, (15, 16 weekend), (17 Aug off), 18, 19, 20, 21, 24, (25 Maulid) 26
    assert CAL.earliest_hearing_date(D(2026, 8, 13)) == D(2026, 8, 27)
    without = WorkingCalendar([])
    assert without.earliest_hearing_date(D(2026, 8, 13)) == D(2026, 8, 25)


def test_earliest_across_christmas() -> None:
    # Fri 18 Dec: 21, 22, 23, (24, 25 off), 28, 29, 30, 31 -> earliest Fri 1 Jan 2027 on the
    # 2026 list, which does not know New Year 2027 (covers() says so).
    assert CAL.earliest_hearing_date(D(2026, 12, 18)) == D(2027, 1, 1)
    assert not CAL.covers(D(2027, 1, 1))


def test_earliest_across_year_end_with_next_years_list() -> None:
    cal = WorkingCalendar([*DEFAULT_HOLIDAYS_2026, Holiday(D(2027, 1, 1), name="Tahun Baru")])
    assert cal.earliest_hearing_date(D(2026, 12, 18)) == D(2027, 1, 4)
    assert cal.earliest_hearing_date(D(2026, 12, 28)) == D(2027, 1, 8)
    assert cal.working_days_between(D(2026, 12, 28), D(2027, 1, 8)) == 7


def test_min_days_is_a_parameter() -> None:
    assert CAL.earliest_hearing_date(D(2026, 11, 23), min_days=0) == D(2026, 11, 24)
    assert CAL.earliest_hearing_date(D(2026, 11, 27), min_days=0) == D(2026, 11, 30)
    assert CAL.earliest_hearing_date(D(2026, 11, 23), min_days=3) == D(2026, 11, 27)
    CAL.check_hearing_date(D(2026, 11, 23), D(2026, 11, 27), min_days=3)
    with pytest.raises(DomainError):
        CAL.check_hearing_date(D(2026, 11, 23), D(2026, 11, 26), min_days=3)


def test_hearing_must_be_a_working_day() -> None:
    letter = D(2026, 3, 13)
    with pytest.raises(DomainError) as info:
        CAL.check_hearing_date(letter, D(2026, 4, 3))  # Good Friday
    assert info.value.code == "hearing_not_working_day"
    assert info.value.params["next"] == D(2026, 4, 6)
    with pytest.raises(DomainError) as info:
        CAL.check_hearing_date(letter, D(2026, 4, 4))  # Saturday
    assert info.value.code == "hearing_not_working_day"
    CAL.check_hearing_date(letter, D(2026, 4, 6))


def test_too_early_and_on_a_weekend_reports_too_late_first() -> None:
    with pytest.raises(DomainError) as info:
        CAL.check_hearing_date(D(2026, 3, 13), D(2026, 3, 28))
    assert info.value.code == "summons_too_late"


def test_due_date() -> None:
    assert CAL.due_date(D(2026, 3, 13), 7) == D(2026, 3, 31)
    assert CAL.due_date(D(2026, 12, 21), 3) == D(2026, 12, 28)
    assert CAL.due_date(D(2026, 11, 27), 0) == D(2026, 11, 27)


def test_reading_is_one_sentence() -> None:
    assert "strictly between" in SUMMONS_RULE_READING
    assert SUMMONS_RULE_READING.count(". ") == 0 and SUMMONS_RULE_READING.endswith(".")
