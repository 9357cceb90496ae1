"""The summons rules with the dates spelled out (PP 94/2021, the 2026 SKB and the
2027 list proposed from the holidays package)."""

from __future__ import annotations

from datetime import date

import pytest

from wbs_desktop.domain.calendar import DEFAULT_HOLIDAYS_2026, WorkingCalendar, YearState
from wbs_desktop.domain.holiday_source import proposed_year
from wbs_desktop.domain.summons import (
    RuleBroken,
    check_attendance,
    check_summons,
    propose_second_summons,
    summons_violations,
    year_warnings,
)

CAL = WorkingCalendar(
    DEFAULT_HOLIDAYS_2026 + proposed_year(2027),
    {2026: YearState.CONFIRMED, 2027: YearState.PROPOSED},
)
TODAY = date(2026, 12, 17)


def _rule(letter: date, day: date, **kw: object) -> RuleBroken:
    with pytest.raises(RuleBroken) as err:
        check_summons(CAL, letter, day, today=kw.pop("today", TODAY), **kw)  # type: ignore[arg-type]
    return err.value


def test_letter_of_thursday_17_december_2026() -> None:
    # 18, 21, 22, 23, 28, 29, 30 Dec: seven full working days (24 Dec joint leave,
    # 25 Dec Christmas, weekends out), so Thu 31 Dec is the earliest examination.
    assert CAL.earliest_hearing_date(date(2026, 12, 17)) == date(2026, 12, 31)
    assert check_summons(CAL, date(2026, 12, 17), date(2026, 12, 31), today=TODAY) == ()
    err = _rule(date(2026, 12, 17), date(2026, 12, 30))
    assert err.code == "summons_too_late"
    assert err.params["earliest"] == date(2026, 12, 31)
    assert err.params["working_days"] == 6


def test_new_year_2027_is_not_a_working_day() -> None:
    assert not CAL.is_working_day(date(2027, 1, 1))
    err = _rule(date(2026, 12, 17), date(2027, 1, 1))
    assert err.code == "hearing_not_working_day"
    assert err.params["earliest"] == date(2027, 1, 4)


def test_past_dates_beyond_the_grace_are_refused() -> None:
    today = date(2026, 12, 17)
    err = _rule(date(2026, 12, 14), date(2026, 12, 31), today=today)  # grace 2 days: 15 Dec
    assert err.code == "letter_in_past" and err.params["earliest"] == date(2026, 12, 15)
    assert check_summons(CAL, date(2026, 12, 15), date(2026, 12, 29), today=today) == ()
    err = _rule(date(2026, 12, 1), date(2026, 12, 14), today=today, accused=False)
    assert err.code == "letter_in_past"
    # An override sets the overridable rules aside and says which.
    aside = check_summons(CAL, date(2026, 12, 1), date(2026, 12, 14), today=today, overridden=True)
    assert [v.rule for v in aside] == ["letter_in_past", "hearing_in_past"]


def test_a_year_without_a_list_is_refused_and_a_proposed_one_warns() -> None:
    only_2026 = WorkingCalendar(DEFAULT_HOLIDAYS_2026, {2026: YearState.CONFIRMED})
    with pytest.raises(RuleBroken) as err:
        check_summons(only_2026, date(2026, 12, 28), date(2027, 1, 8), today=TODAY)
    assert err.value.code == "year_without_holidays" and err.value.params["year"] == 2027
    warnings = year_warnings(CAL, date(2026, 12, 28), date(2027, 1, 8))
    assert [(w.code, w.year) for w in warnings] == [("year_proposed", 2027)]
    assert year_warnings(CAL, date(2026, 12, 1), date(2026, 12, 31)) == ()


def test_attendance_only_from_the_hearing_day() -> None:
    with pytest.raises(RuleBroken) as err:
        check_attendance(date(2026, 12, 31), today=date(2026, 12, 30))
    assert err.value.code == "attendance_before_hearing"
    assert err.value.params["earliest"] == date(2026, 12, 31)
    check_attendance(date(2026, 12, 31), today=date(2026, 12, 31))


def test_second_summons_window() -> None:
    # First hearing Thu 31 Dec 2026. 1 Jan 2027 (New Year) and 5 Jan (Isra Mikraj, as
    # proposed for 2027) are off: the 7th working day after it is Wed 13 Jan 2027.
    first = date(2026, 12, 31)
    today = date(2026, 12, 31)
    err = _rule(date(2026, 12, 30), date(2027, 1, 12), today=today, first_hearing_day=first)
    assert err.code == "second_letter_too_early" and err.params["earliest"] == first
    ok = check_summons(
        CAL, date(2027, 1, 13), date(2027, 1, 25), today=today, first_hearing_day=first
    )
    assert ok == ()
    # Thu 14 Jan is the 8th working day after the first hearing: too late.
    err = _rule(date(2027, 1, 14), date(2027, 1, 26), today=today, first_hearing_day=first)
    assert err.code == "second_letter_too_late" and err.params["latest"] == date(2027, 1, 13)
    # Its own examination: 7 full working days after its letter again.
    err = _rule(date(2027, 1, 4), date(2027, 1, 12), today=today, first_hearing_day=first)
    assert err.code == "summons_too_late" and err.params["earliest"] == date(2027, 1, 15)
    p = propose_second_summons(CAL, first, today=today)
    assert (p.letter_date, p.earliest_day, p.latest_letter_date) == (
        date(2026, 12, 31),
        date(2027, 1, 14),
        date(2027, 1, 13),
    )
    assert (
        summons_violations(CAL, p.letter_date, p.earliest_day, today=today, first_hearing_day=first)
        == ()
    )


def test_the_office_day_is_kupangs(monkeypatch: pytest.MonkeyPatch) -> None:
    from datetime import UTC, datetime

    from wbs_desktop.domain import dates

    # 23:30 UTC on Wed 16 Dec 2026: Kupang (WITA, UTC+8) is on Thu 17 Dec, 07.30.
    monkeypatch.setenv(dates.CLOCK_ENV, "2026-12-16T23:30:00+00:00")
    assert dates.utc_now() == datetime(2026, 12, 16, 23, 30, tzinfo=UTC)
    assert dates.office_today() == date(2026, 12, 17)
    assert dates.office_now().strftime("%H:%M") == "07:30"
    assert dates.zone_label(dates.office_now()) == "WITA"
    from wbs_desktop.services.cases import office_today

    assert office_today() == date(2026, 12, 17)


def test_a_production_process_ignores_the_clock_variable() -> None:
    """``WBS_NOW`` moves the clock only where the test suite allowed it by code."""
    import os
    import subprocess
    import sys

    from wbs_desktop.domain import dates

    code = "from wbs_desktop.domain import dates; print(dates.utc_now().year)"
    env = {**os.environ, dates.CLOCK_ENV: "2001-02-03T04:05:06+00:00"}
    plain = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    assert plain.stdout.strip() != "2001"
    allowed = subprocess.run(
        [sys.executable, "-c",
         "from wbs_desktop.domain import dates; dates.allow_clock_from_environment(); " + code
         .split("; ", 1)[1]],
        env=env, capture_output=True, text=True, check=True,
    )
    assert allowed.stdout.strip() == "2001"
