"""Indonesian dates and time zones: one formatter and one parser for the whole app.

Error codes raised here (DomainError): ``bad_date``.
Programming errors (month out of range, naive datetimes) raise plain ValueError.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from zoneinfo import ZoneInfo

from wbs_desktop.domain.errors import DomainError

ERROR_CODES: tuple[str, ...] = ("bad_date",)

#: Day names, Monday first (matches ``date.weekday()``).
DAY_NAMES_ID: tuple[str, ...] = (
    "Senin",
    "Selasa",
    "Rabu",
    "Kamis",
    "Jumat",
    "Sabtu",
    "Minggu",
)

#: Month names, January first (index = month - 1).
MONTH_NAMES_ID: tuple[str, ...] = (
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
)

_ROMAN_MONTHS: tuple[str, ...] = (
    "I",
    "II",
    "III",
    "IV",
    "V",
    "VI",
    "VII",
    "VIII",
    "IX",
    "X",
    "XI",
    "XII",
)

#: The office's zone: Kupang is on WITA (UTC+8, no daylight saving).
OFFICE_TZ = ZoneInfo("Asia/Makassar")

#: Indonesia's three zone abbreviations by UTC offset.
ZONE_LABELS: dict[timedelta, str] = {
    timedelta(hours=7): "WIB",
    timedelta(hours=8): "WITA",
    timedelta(hours=9): "WIT",
}


def _check_month(month: int) -> int:
    if isinstance(month, bool) or not isinstance(month, int) or not 1 <= month <= 12:
        raise ValueError(f"month must be 1..12, got {month!r}")
    return month


def day_name_id(d: date) -> str:
    """``Senin`` .. ``Minggu``."""
    return DAY_NAMES_ID[d.weekday()]


def month_name_id(month: int) -> str:
    """``Januari`` .. ``Desember``; ValueError outside 1..12."""
    return MONTH_NAMES_ID[_check_month(month) - 1]


def roman_month(month: int) -> str:
    """``I`` .. ``XII`` (used in letter numbers); ValueError outside 1..12."""
    return _ROMAN_MONTHS[_check_month(month) - 1]


def format_date_id(d: date) -> str:
    """``28 November 2026`` (no leading zero on the day)."""
    return f"{d.day} {MONTH_NAMES_ID[d.month - 1]} {d.year}"


def format_day_date_id(d: date) -> str:
    """``Sabtu, 28 November 2026``."""
    return f"{day_name_id(d)}, {format_date_id(d)}"


def format_time_id(t: time, zone_label: str | None = "WITA") -> str:
    """``09.00 WITA`` (Indonesian separates hours and minutes with a dot)."""
    text = f"{t.hour:02d}.{t.minute:02d}"
    return f"{text} {zone_label}" if zone_label else text


def zone_label(dt: datetime) -> str:
    """``WIB``/``WITA``/``WIT`` for Indonesia's offsets, else ``UTC+hh:mm``."""
    offset = dt.utcoffset()
    if offset is None:
        raise ValueError("a naive datetime has no time zone")
    label = ZONE_LABELS.get(offset)
    if label is not None:
        return label
    sign = "-" if offset < timedelta(0) else "+"
    minutes = abs(int(offset.total_seconds())) // 60
    return f"UTC{sign}{minutes // 60:02d}:{minutes % 60:02d}"


def format_datetime_id(dt: datetime) -> str:
    """``Sabtu, 28 November 2026 pukul 09.00 WITA``, in dt's own zone.

    Naive datetimes raise ValueError: convert with :func:`to_local` first.
    """
    label = zone_label(dt)
    return f"{format_day_date_id(dt.date())} pukul {format_time_id(dt.timetz(), label)}"


#: Environment variable that sets the clock of a process (tests run the CLI in a
#: subprocess at a chosen instant): an ISO datetime with its offset. Honoured
#: only after :func:`allow_clock_from_environment` (the test suite's start-up
#: calls it): a production run cannot be talked into another date (audit
#: times, summons rules) by an environment variable.
CLOCK_ENV = "WBS_NOW"

_clock: Callable[[], datetime] | None = None
_clock_from_environment = False


def allow_clock_from_environment(allowed: bool = True) -> None:
    """Let ``WBS_NOW`` set this process's clock (test processes only)."""
    global _clock_from_environment
    _clock_from_environment = allowed


def set_clock(clock: Callable[[], datetime] | None) -> None:
    """Replace the clock (tests); None restores the real one."""
    global _clock
    _clock = clock


@contextmanager
def clock_at(moment: datetime) -> Iterator[None]:
    """Run the block as if it were ``moment``; the previous clock afterwards.

    For the demo office, which lives its invented past through the services
    (each act stamped and checked at its own date). Not thread-aware: the
    clock is the process's."""
    global _clock
    previous = _clock
    fixed = to_utc(moment)
    _clock = lambda: fixed  # noqa: E731 - a constant clock
    try:
        yield
    finally:
        _clock = previous


def utc_now() -> datetime:
    """The current time, aware, in UTC (the one clock of the app)."""
    if _clock is not None:
        return to_utc(_clock())
    fixed = os.environ.get(CLOCK_ENV) if _clock_from_environment else None
    if fixed:
        return to_utc(datetime.fromisoformat(fixed))
    return datetime.now(UTC)


def office_now() -> datetime:
    """The current time in the office's zone (WITA)."""
    return utc_now().astimezone(OFFICE_TZ)


def office_today() -> date:
    """The office's day in Kupang: every "today", due date and deadline starts here.

    At 23:30 UTC Kupang (UTC+8) is already on the next day.
    """
    return office_now().date()


def _require_aware(dt: datetime) -> None:
    if dt.tzinfo is None or dt.utcoffset() is None:
        raise ValueError("naive datetime: a time zone is required")


def to_utc(dt: datetime) -> datetime:
    """The same instant in UTC; naive datetimes raise ValueError."""
    _require_aware(dt)
    return dt.astimezone(UTC)


def to_local(dt: datetime, tz: tzinfo | None = None) -> datetime:
    """The same instant in ``tz`` (None = the workstation's zone); naive raises ValueError."""
    _require_aware(dt)
    return dt.astimezone(tz) if tz is not None else dt.astimezone()


_MONTHS_BY_NAME: dict[str, int] = {name.casefold(): i for i, name in enumerate(MONTH_NAMES_ID, 1)}
_MONTHS_BY_NAME["nopember"] = 11
_MONTHS_BY_NAME["pebruari"] = 2

_ISO_RE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})", re.ASCII)
_DMY_RE = re.compile(r"(\d{1,2})([/-])(\d{1,2})\2(\d{4})", re.ASCII)
_WORDS_RE = re.compile(r"(\d{1,2})\s+([^\W\d_]+)\s+(\d{4})", re.ASCII)
_DAY_PREFIX_RE = re.compile(r"([^\d,]+?)\s*,\s*(.*)", re.DOTALL)
_DAY_NAMES = frozenset(name.casefold() for name in DAY_NAMES_ID) | {"jum'at"}


def _bad_date(text: object) -> DomainError:
    return DomainError(f"not a date: {text!r}", code="bad_date", text=str(text))


def parse_date_id(text: str) -> date:
    """Parse ``2026-11-28``, ``28/11/2026``, ``28-11-2026`` or ``28 November 2026``.

    Month names are Indonesian, case-insensitive (``Nopember`` too); a leading day
    name (``Sabtu, 28 November 2026``) is allowed. Raises DomainError ``bad_date``.
    """
    if not isinstance(text, str):
        raise _bad_date(text)
    s = " ".join(text.split())
    prefix = _DAY_PREFIX_RE.fullmatch(s)
    if prefix is not None and prefix.group(1).casefold() in _DAY_NAMES:
        s = prefix.group(2)
    year: int
    month: int | None
    day: int
    if m := _ISO_RE.fullmatch(s):
        year, month, day = int(m.group(1)), int(m.group(2)), int(m.group(3))
    elif m := _DMY_RE.fullmatch(s):
        day, month, year = int(m.group(1)), int(m.group(3)), int(m.group(4))
    elif m := _WORDS_RE.fullmatch(s):
        month = _MONTHS_BY_NAME.get(m.group(2).casefold())
        if month is None:
            raise _bad_date(text)
        day, year = int(m.group(1)), int(m.group(3))
    else:
        raise _bad_date(text)
    try:
        return date(year, month, day)
    except ValueError:
        raise _bad_date(text) from None
