"""Working days: Monday–Friday minus national holidays and joint leave (cuti bersama).

Used for the summons rule (PP 94/2021: the summons is sent at least 7 working
days before the examination) and for other deadlines.

Error codes raised here (DomainError): ``summons_too_late`` (params: earliest,
working_days, min_days) and ``hearing_not_working_day`` (params: next).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum

from wbs_desktop.domain.errors import DomainError

ERROR_CODES: tuple[str, ...] = ("summons_too_late", "hearing_not_working_day")

SUMMONS_MIN_WORKING_DAYS = 7

#: How "at least 7 working days before" is read (shown to users and in letters' help).
SUMMONS_RULE_READING = (
    "At least 7 full working days (Monday to Friday, excluding national holidays and "
    "joint leave days) must lie strictly between the date of the summons letter and the "
    "hearing date, and the hearing itself must be on a working day."
)


class HolidayKind(StrEnum):
    HOLIDAY = "holiday"  # hari libur nasional
    CUTI_BERSAMA = "cuti_bersama"  # joint leave: civil servants do not work either


@dataclass(frozen=True, slots=True)
class Holiday:
    date: dt.date
    kind: HolidayKind = HolidayKind.HOLIDAY
    name: str = ""


def _h(iso: str, kind: HolidayKind, name: str) -> Holiday:
    return Holiday(dt.date.fromisoformat(iso), kind, name)


_HOL, _CB = HolidayKind.HOLIDAY, HolidayKind.CUTI_BERSAMA

#: SKB 3 Menteri 2026 (1497/2025, 2/2025, 5/2025): 17 holidays and 8 joint leave days.
DEFAULT_HOLIDAYS_2026: tuple[Holiday, ...] = (
    _h("2026-01-01", _HOL, "Tahun Baru Masehi"),
    _h("2026-01-16", _HOL, "Isra Mikraj Nabi Muhammad SAW"),
    _h("2026-02-16", _CB, "Tahun Baru Imlek"),
    _h("2026-02-17", _HOL, "Tahun Baru Imlek 2577 Kongzili"),
    _h("2026-03-18", _CB, "Hari Suci Nyepi"),
    _h("2026-03-19", _HOL, "Hari Suci Nyepi (Tahun Baru Saka 1948)"),
    _h("2026-03-20", _CB, "Idul Fitri 1447 H"),
    _h("2026-03-21", _HOL, "Idul Fitri 1447 H"),
    _h("2026-03-22", _HOL, "Idul Fitri 1447 H"),
    _h("2026-03-23", _CB, "Idul Fitri 1447 H"),
    _h("2026-03-24", _CB, "Idul Fitri 1447 H"),
    _h("2026-04-03", _HOL, "Wafat Yesus Kristus"),
    _h("2026-04-05", _HOL, "Kebangkitan Yesus Kristus (Paskah)"),
    _h("2026-05-01", _HOL, "Hari Buruh Internasional"),
    _h("2026-05-14", _HOL, "Kenaikan Yesus Kristus"),
    _h("2026-05-15", _CB, "Kenaikan Yesus Kristus"),
    _h("2026-05-27", _HOL, "Idul Adha 1447 H"),
    _h("2026-05-28", _CB, "Idul Adha 1447 H"),
    _h("2026-05-31", _HOL, "Hari Raya Waisak 2570 BE"),
    _h("2026-06-01", _HOL, "Hari Lahir Pancasila"),
    _h("2026-06-16", _HOL, "1 Muharam, Tahun Baru Islam 1448 H"),
    _h("2026-08-17", _HOL, "Proklamasi Kemerdekaan RI"),
    _h("2026-08-25", _HOL, "Maulid Nabi Muhammad SAW"),
    _h("2026-12-24", _CB, "Hari Raya Natal"),
    _h("2026-12-25", _HOL, "Hari Raya Natal"),
)

_ONE_DAY = dt.timedelta(days=1)


def _day(d: dt.date) -> dt.date:
    if isinstance(d, dt.datetime) or not isinstance(d, dt.date):
        raise TypeError(f"a date is required, not {type(d).__name__}")
    return d


class YearState(StrEnum):
    """Where a year's holiday list stands in the office."""

    CONFIRMED = "confirmed"  # an administrator checked it against the SKB
    PROPOSED = "proposed"  # pre-filled (from the ``holidays`` package or an import)
    MISSING = "missing"  # no list at all: only weekends are known


class WorkingCalendar:
    """Monday–Friday minus the given holidays (plain dates count as holidays).

    ``years`` tells, per year, whether its list is confirmed or only proposed;
    without it every year with a listed day counts as confirmed.
    """

    def __init__(
        self,
        holidays: Iterable[dt.date | Holiday] = DEFAULT_HOLIDAYS_2026,
        years: Mapping[int, YearState] | None = None,
    ) -> None:
        off: dict[dt.date, Holiday] = {}
        for item in holidays:
            h = item if isinstance(item, Holiday) else Holiday(_day(item))
            off.setdefault(h.date, h)
        self._off = off
        if years is None:
            years = {d.year: YearState.CONFIRMED for d in off}
        self._years = {int(y): YearState(s) for y, s in years.items() if s != YearState.MISSING}

    def year_state(self, year: int) -> YearState:
        return self._years.get(year, YearState.MISSING)

    def unconfirmed_years(self, *days: dt.date) -> tuple[int, ...]:
        """The years from the first to the last of ``days`` whose list is not confirmed."""
        if not days:
            return ()
        first, last = min(_day(d) for d in days), max(_day(d) for d in days)
        return tuple(
            y
            for y in range(first.year, last.year + 1)
            if self.year_state(y) != YearState.CONFIRMED
        )

    @property
    def holidays(self) -> tuple[Holiday, ...]:
        """The holiday list, by date."""
        return tuple(sorted(self._off.values(), key=lambda h: h.date))

    @property
    def covered_years(self) -> frozenset[int]:
        """Years with a holiday list (confirmed or proposed); outside them only weekends
        are known."""
        return frozenset(self._years)

    def covers(self, d: dt.date) -> bool:
        """Whether the holiday list knows ``d``'s year (else the GUI should warn)."""
        return _day(d).year in self.covered_years

    def holiday_on(self, d: dt.date) -> Holiday | None:
        return self._off.get(_day(d))

    def is_working_day(self, d: dt.date) -> bool:
        d = _day(d)
        return d.weekday() < 5 and d not in self._off

    def next_working_day(self, d: dt.date) -> dt.date:
        """``d`` itself when it is a working day, else the first one after it."""
        d = _day(d)
        while not self.is_working_day(d):
            d += _ONE_DAY
        return d

    def add_working_days(self, d: dt.date, n: int) -> dt.date:
        """The n-th working day after ``d`` (``d`` itself for n = 0)."""
        d = _day(d)
        if n < 0:
            raise ValueError("n must not be negative")
        while n:
            d += _ONE_DAY
            if self.is_working_day(d):
                n -= 1
        return d

    def working_days_between(self, a: dt.date, b: dt.date) -> int:
        """Working days strictly between ``a`` and ``b`` (0 when b <= a + 1 day)."""
        a, b = _day(a), _day(b)
        first, last = a + _ONE_DAY, b - _ONE_DAY
        if last < first:
            return 0
        days = (last - first).days + 1
        weeks, rest = divmod(days, 7)
        weekdays = weeks * 5 + sum((first.weekday() + i) % 7 < 5 for i in range(rest))
        holidays = sum(1 for h in self._off if first <= h <= last and h.weekday() < 5)
        return weekdays - holidays

    def earliest_hearing_date(
        self, letter_date: dt.date, min_days: int = SUMMONS_MIN_WORKING_DAYS
    ) -> dt.date:
        """The first working day with ``min_days`` full working days after the letter."""
        return self.add_working_days(letter_date, min_days + 1)

    def check_hearing_date(
        self,
        letter_date: dt.date,
        hearing_date: dt.date,
        min_days: int = SUMMONS_MIN_WORKING_DAYS,
    ) -> None:
        """Raise DomainError when the hearing breaks the summons rule (see the reading)."""
        earliest = self.earliest_hearing_date(letter_date, min_days)
        if _day(hearing_date) < earliest:
            between = self.working_days_between(letter_date, hearing_date)
            raise DomainError(
                f"only {between} full working days between the summons and the hearing, "
                f"{min_days} required; the earliest hearing date is {earliest.isoformat()}",
                code="summons_too_late",
                earliest=earliest,
                working_days=between,
                min_days=min_days,
            )
        if not self.is_working_day(hearing_date):
            following = self.next_working_day(hearing_date)
            raise DomainError(
                f"{hearing_date.isoformat()} is not a working day; "
                f"the next one is {following.isoformat()}",
                code="hearing_not_working_day",
                next=following,
            )

    def due_date(self, start: dt.date, working_days: int) -> dt.date:
        """The deadline ``working_days`` working days after ``start``."""
        return self.add_working_days(start, working_days)
