"""The summons rules (PP 94/2021, PerBKN 6/2022) on the dates a letter prints.

Pure functions over a :class:`WorkingCalendar` and the office's day ("today" in
WITA). Each rule has a stable name (the error code); a broken rule carries the
earliest lawful date (or, for a window that closed, the latest one).

Rules:

- ``summons_too_late``: at least N full working days strictly between the
  letter and the examination (accused only; N = 7).
- ``hearing_not_working_day``: the examination is on a working day.
- ``letter_in_past`` / ``hearing_in_past``: neither is dated before today minus
  the grace the administrator sets (calendar days).
- ``year_without_holidays``: no examination counted across a year that has no
  holiday list at all (its holidays would count as working days).
- ``attendance_before_hearing``: attendance is recorded on or after the day.
- ``second_letter_too_early`` / ``second_letter_too_late``: the second summons'
  letter is dated from the first hearing day to N working days after it.

Error codes raised here (DomainError, through :class:`RuleBroken`): the rule names above.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from wbs_desktop.domain.calendar import SUMMONS_MIN_WORKING_DAYS, WorkingCalendar, YearState
from wbs_desktop.domain.errors import DomainError

SUMMONS_TOO_LATE = "summons_too_late"
HEARING_NOT_WORKING_DAY = "hearing_not_working_day"
LETTER_IN_PAST = "letter_in_past"
HEARING_IN_PAST = "hearing_in_past"
YEAR_WITHOUT_HOLIDAYS = "year_without_holidays"
ATTENDANCE_BEFORE_HEARING = "attendance_before_hearing"
SECOND_LETTER_TOO_EARLY = "second_letter_too_early"
SECOND_LETTER_TOO_LATE = "second_letter_too_late"
HEARING_BEFORE_LETTER = "hearing_before_letter"

ERROR_CODES: tuple[str, ...] = (
    SUMMONS_TOO_LATE,
    HEARING_NOT_WORKING_DAY,
    LETTER_IN_PAST,
    HEARING_IN_PAST,
    YEAR_WITHOUT_HOLIDAYS,
    ATTENDANCE_BEFORE_HEARING,
    SECOND_LETTER_TOO_EARLY,
    SECOND_LETTER_TOO_LATE,
    HEARING_BEFORE_LETTER,
)

#: Rules an administrator may set aside with a recorded reason (the others never).
OVERRIDABLE: frozenset[str] = frozenset(
    {
        SUMMONS_TOO_LATE,
        LETTER_IN_PAST,
        HEARING_IN_PAST,
        SECOND_LETTER_TOO_EARLY,
        SECOND_LETTER_TOO_LATE,
    }
)

#: Year-list warnings (not refusals): a deadline reaches into such a year.
YEAR_PROPOSED = "year_proposed"
YEAR_MISSING = "year_missing"


@dataclass(frozen=True, slots=True)
class SummonsRules:
    """The numbers of the rules (from the office settings)."""

    min_working_days: int = SUMMONS_MIN_WORKING_DAYS
    past_grace_days: int = 2  # calendar days a letter or hearing may lie before today
    second_letter_working_days: int = 7  # the 2nd letter at most N working days after the 1st day


@dataclass(frozen=True, slots=True)
class Violation:
    rule: str
    message: str
    earliest: dt.date | None = None
    latest: dt.date | None = None
    params: dict[str, object] = field(default_factory=dict)

    @property
    def overridable(self) -> bool:
        return self.rule in OVERRIDABLE

    def error(self) -> RuleBroken:
        return RuleBroken(self)


class RuleBroken(DomainError):
    """A summons rule refused a date; ``code`` is the rule's name."""

    def __init__(self, violation: Violation) -> None:
        params: dict[str, object] = {"rule": violation.rule, **violation.params}
        if violation.earliest is not None:
            params["earliest"] = violation.earliest
        if violation.latest is not None:
            params["latest"] = violation.latest
        super().__init__(violation.message, code=violation.rule, **params)
        self.violation = violation


@dataclass(frozen=True, slots=True)
class Warning:
    """A deadline reaches into a year whose holiday list is not confirmed."""

    code: str  # year_proposed | year_missing | letter_in_past
    year: int
    earliest: dt.date | None = None  # letter_in_past: the earliest lawful examination

    def as_dict(self) -> dict[str, object]:
        return {"code": self.code, "year": self.year, "message": self.message}

    @property
    def message(self) -> str:
        if self.code == LETTER_IN_PAST:
            return (
                "the letter date is in the past; counted from today the earliest lawful "
                f"examination is {self.earliest.isoformat() if self.earliest else '-'}"
            )
        if self.code == YEAR_MISSING:
            return (
                f"there is no holiday list for {self.year}: its national holidays and joint "
                "leave days count as working days"
            )
        return (
            f"the holiday list for {self.year} is only proposed: an administrator has not "
            "confirmed it against the SKB yet"
        )


def year_warnings(cal: WorkingCalendar, *days: dt.date) -> tuple[Warning, ...]:
    """A warning per year from the first to the last day whose list is not confirmed."""
    return tuple(
        Warning(YEAR_MISSING if cal.year_state(y) == YearState.MISSING else YEAR_PROPOSED, y)
        for y in cal.unconfirmed_years(*days)
    )


def earliest_lawful_hearing(
    cal: WorkingCalendar,
    letter_date: dt.date,
    *,
    today: dt.date,
    rules: SummonsRules = SummonsRules(),
    accused: bool = True,
) -> dt.date:
    """The first examination day the rules allow for a letter of ``letter_date``."""
    start = max(letter_date, today)
    if accused:
        return cal.earliest_hearing_date(start, rules.min_working_days)
    return cal.next_working_day(max(letter_date, today))


def _missing_years(cal: WorkingCalendar, a: dt.date, b: dt.date) -> list[int]:
    return [y for y in range(a.year, b.year + 1) if cal.year_state(y) == YearState.MISSING]


def summons_violations(
    cal: WorkingCalendar,
    letter_date: dt.date,
    hearing_day: dt.date,
    *,
    today: dt.date,
    rules: SummonsRules = SummonsRules(),
    accused: bool = True,
    first_hearing_day: dt.date | None = None,
) -> tuple[Violation, ...]:
    """Every rule the dates of a summons (or invitation) break, in the order to tell.

    ``accused``: the 7-working-day rule applies (a civil servant summoned for a
    disciplinary examination). ``first_hearing_day``: the letter is the second
    summons after absence at that hearing.
    """
    out: list[Violation] = []
    missing = _missing_years(cal, min(letter_date, hearing_day), max(letter_date, hearing_day))
    if missing:
        out.append(
            Violation(
                YEAR_WITHOUT_HOLIDAYS,
                f"there is no holiday list for {missing[0]}: add or import it before "
                "scheduling into that year",
                params={"year": missing[0]},
            )
        )
        return tuple(out)
    if hearing_day < letter_date:
        out.append(
            Violation(
                HEARING_BEFORE_LETTER,
                "the hearing cannot be before the letter",
                earliest=earliest_lawful_hearing(
                    cal, letter_date, today=today, rules=rules, accused=accused
                ),
            )
        )
    floor = today - dt.timedelta(days=rules.past_grace_days)
    if letter_date < floor:
        out.append(
            Violation(
                LETTER_IN_PAST,
                f"the letter is dated {letter_date.isoformat()}, in the past; the earliest "
                f"lawful letter date is {floor.isoformat()}",
                earliest=floor,
                params={"grace_days": rules.past_grace_days},
            )
        )
    if first_hearing_day is not None:
        latest = cal.add_working_days(first_hearing_day, rules.second_letter_working_days)
        if letter_date < first_hearing_day:
            out.append(
                Violation(
                    SECOND_LETTER_TOO_EARLY,
                    "the second summons cannot be dated before the first hearing day; the "
                    f"earliest lawful letter date is {first_hearing_day.isoformat()}",
                    earliest=first_hearing_day,
                    latest=latest,
                )
            )
        elif letter_date > latest:
            out.append(
                Violation(
                    SECOND_LETTER_TOO_LATE,
                    f"the second summons must be dated at most "
                    f"{rules.second_letter_working_days} working days after the first hearing "
                    f"day, by {latest.isoformat()}",
                    earliest=first_hearing_day,
                    latest=latest,
                    params={"working_days": rules.second_letter_working_days},
                )
            )
    earliest = earliest_lawful_hearing(cal, letter_date, today=today, rules=rules, accused=accused)
    if hearing_day < floor:
        out.append(
            Violation(
                HEARING_IN_PAST,
                f"the hearing day {hearing_day.isoformat()} is in the past; the earliest "
                f"lawful hearing day is {earliest.isoformat()}",
                earliest=earliest,
                params={"grace_days": rules.past_grace_days},
            )
        )
    if accused and hearing_day >= letter_date:
        period_earliest = cal.earliest_hearing_date(letter_date, rules.min_working_days)
        if hearing_day < period_earliest:
            between = cal.working_days_between(letter_date, hearing_day)
            out.append(
                Violation(
                    SUMMONS_TOO_LATE,
                    f"only {between} full working days between the summons and the hearing, "
                    f"{rules.min_working_days} required; the earliest hearing date is "
                    f"{period_earliest.isoformat()}",
                    earliest=period_earliest,
                    params={"working_days": between, "min_days": rules.min_working_days},
                )
            )
    if not cal.is_working_day(hearing_day):
        following = cal.next_working_day(hearing_day)
        out.append(
            Violation(
                HEARING_NOT_WORKING_DAY,
                f"{hearing_day.isoformat()} is not a working day; the next one is "
                f"{following.isoformat()}",
                earliest=max(following, earliest) if hearing_day >= letter_date else following,
                params={"next": following},
            )
        )
    return tuple(out)


def check_summons(
    cal: WorkingCalendar,
    letter_date: dt.date,
    hearing_day: dt.date,
    *,
    today: dt.date,
    rules: SummonsRules = SummonsRules(),
    accused: bool = True,
    first_hearing_day: dt.date | None = None,
    overridden: bool = False,
) -> tuple[Violation, ...]:
    """Raise :class:`RuleBroken` for the first rule broken (an override sets aside the
    overridable ones); return the rules set aside."""
    found = summons_violations(
        cal,
        letter_date,
        hearing_day,
        today=today,
        rules=rules,
        accused=accused,
        first_hearing_day=first_hearing_day,
    )
    for v in found:
        if not (overridden and v.overridable):
            raise v.error()
    return found


def check_attendance(hearing_day: dt.date, *, today: dt.date) -> None:
    """Attendance is recorded on or after the hearing day."""
    if today < hearing_day:
        raise Violation(
            ATTENDANCE_BEFORE_HEARING,
            f"attendance can be recorded from the hearing day {hearing_day.isoformat()} on",
            earliest=hearing_day,
        ).error()


@dataclass(frozen=True, slots=True)
class SecondSummons:
    """The earliest lawful dates of the second summons after absence."""

    letter_date: dt.date
    earliest_day: dt.date
    latest_letter_date: dt.date


def propose_second_summons(
    cal: WorkingCalendar,
    first_hearing_day: dt.date,
    *,
    today: dt.date,
    rules: SummonsRules = SummonsRules(),
) -> SecondSummons:
    """The letter on the first working day from the first hearing day (or today, when
    later), its examination the earliest the 7-working-day rule allows."""
    letter = cal.next_working_day(max(first_hearing_day, today))
    return SecondSummons(
        letter_date=letter,
        earliest_day=cal.earliest_hearing_date(letter, rules.min_working_days),
        latest_letter_date=cal.add_working_days(
            first_hearing_day, rules.second_letter_working_days
        ),
    )
