"""The figures' working-day durations and received-per-month counts, from one
read of a period's counted cases (``services.reports`` counts the rest).

Each case's office days (receipt, first response, start of verification, end:
concluded or closed), from the times kept on the case, are packed into one
integer in SQL. SQLite hands them over as one ``group_concat`` string, counted
per key in Python (77,000 rows of one integer each, fetched one by one, cost
as much again as reading them in SQLite; its sort of the keys costs more);
PostgreSQL groups by the key on the server. From the keys' receipt days come
the counts per month too (no range count per month), and from the office
calendar's running count of working days, each pair of days' working days:
the working days after the day of receipt up to and including the day of the
event.
"""

from __future__ import annotations

import functools
import sqlite3
from bisect import bisect_right
from collections import Counter
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import (
    BigInteger,
    Date,
    Integer,
    and_,
    case,
    cast,
    func,
    literal_column,
    or_,
    select,
    text,
    type_coerce,
)

from wbs_desktop.domain.calendar import WorkingCalendar
from wbs_desktop.domain.stages import FINAL_STAGE_VALUES
from wbs_desktop.services import settings as settings_store
from wbs_desktop.services.report_model import DURATIONS, Duration, Period
from wbs_desktop.storage.models import Case

if TYPE_CHECKING:
    from wbs_desktop.services.context import Context

FINISHED: tuple[str, ...] = tuple(sorted(FINAL_STAGE_VALUES))
EPOCH = date(1970, 1, 1)

#: ``unixepoch()`` (SQLite 3.38): an integer from the stored text at about a third of
#: what ``julianday`` with modifiers costs per row.
_SQLITE_UNIXEPOCH = sqlite3.sqlite_version_info >= (3, 38)

#: Bits per office day number + 1 in the packed key (0: none; to 2149).
_DAY_BITS = 16
_DAY_MASK = (1 << _DAY_BITS) - 1


def elapsed_working_days(cal: WorkingCalendar, start: date, end: date) -> int:
    """Working days after ``start`` up to and including ``end`` (0 the same day)."""
    if end <= start:
        return 0
    return cal.working_days_between(start, end + timedelta(days=1))


def unmarked(period: Period) -> Any:
    """The cases the period's figures count: unmarked (and demo when asked)."""
    plain: Any = Case.mark.is_(None)
    if period.count_demo:
        plain = or_(plain, Case.mark == "demo")
    return plain


def counted(period: Period) -> Any:
    return and_(Case.received_at >= period.start_utc, Case.received_at < period.end_utc,
                unmarked(period))


def _office_day_number(session: Any, at: Any) -> Any:
    """Days since 1970-01-01 of a UTC column's office date, in SQL (an integer)."""
    if session.get_bind().dialect.name == "postgresql":
        return cast(at + text("interval '8 hours'"), Date) - literal_column("DATE '1970-01-01'")
    if _SQLITE_UNIXEPOCH:  # WITA is UTC+8 all year: whole days of office time
        return (type_coerce(func.unixepoch(at), Integer) + 8 * 3600) // 86400
    return cast(func.julianday(at, "+8 hours", "start of day") - 2440587.5, Integer)


def _keys(session: Any, period: Period, base: int) -> dict[int, int]:
    """The period's counted cases per packed key (receipt, first response,
    verification, end): four fields of ``_DAY_BITS``, each an office day number
    + 1 (0: none), the receipt's counted from ``base`` (so above 0)."""
    day = functools.partial(_office_day_number, session)
    # Spelled out, not IN: the statement is compiled once for the driver's cursor.
    finished = or_(*(Case.stage == stage for stage in FINISHED))
    ended = case((finished, Case.stage_changed_at), else_=None)

    def packed(at: Any, shift: int) -> Any:  # bits apart: a product and a sum
        return cast(func.coalesce(day(at), -1) + 1, BigInteger) * (1 << shift)

    received = cast(day(Case.received_at) - base, BigInteger) * (1 << 3 * _DAY_BITS)
    key = (received + packed(Case.first_response_at, 2 * _DAY_BITS)
           + packed(Case.verified_at, _DAY_BITS) + packed(ended, 0))
    conn = session.connection()
    if conn.dialect.name == "postgresql":
        column = select(key.label("k")).where(counted(period)).subquery().c.k
        return dict(conn.execute(  # type: ignore[arg-type]
            select(column, func.count()).group_by(column)).all())
    # One row: the keys as decimal text (all above 0), counted as text.
    joined = conn.execute(select(func.group_concat(key)).where(counted(period))).scalar()
    return {int(k): n for k, n in Counter(joined.split(",") if joined else ()).items()}


def durations_and_months(ws: Context, period: Period) -> tuple[tuple[Duration, ...], list[int]]:
    """Working days from receipt to each milestone (DURATIONS), over the cases that
    reached it, and the counted cases received in each of ``period.months()``."""
    base = (period.start - EPOCH).days - 1
    with ws.read() as session:
        cal = settings_store.calendar(session)
        keys = _keys(session, period, base)
    # Per month: the receipt days (the top field + base) against each month's first day.
    firsts = [(date(int(m[:4]), int(m[5:]), 1) - EPOCH).days for m in period.months()[1:]]
    by_month = [0] * (len(firsts) + 1)
    receipts: Counter[int] = Counter()
    for k, n in keys.items():
        receipts[k >> 3 * _DAY_BITS] += n
    for r, n in receipts.items():
        by_month[bisect_right(firsts, r + base)] += n
    # Each field is a day number + 1 (0: the case has no such day); the receipt's
    # plus base. at[v]: the running count of working days on the day v - 1.
    fields = [[k >> shift & _DAY_MASK for k in keys] for shift in (2 * _DAY_BITS, _DAY_BITS, 0)]
    seen = {r + base + 1 for r in receipts}.union(*map(set, fields)) - {0}
    first = min(seen, default=1)
    at = [0] * first + _running_working_days(cal, first - 1, max(seen, default=0) - 1)
    starts = [at[(k >> 3 * _DAY_BITS) + base + 1] for k in keys]
    counts = list(keys.values())
    histograms: list[Counter[int]] = []
    for field in fields:  # ≈ 15,000 keys a year at 100,000 cases
        histogram = [0] * (at[-1] + 1)  # working days → cases (a list: cheaper than a dict)
        for start, e, n in zip(starts, field, counts, strict=True):
            if e:
                d = at[e] - start
                histogram[d if d > 0 else 0] += n
        histograms.append(Counter({d: n for d, n in enumerate(histogram) if n}))
    durations = tuple(_duration(k, h) for k, h in zip(DURATIONS, histograms, strict=True))
    return durations, by_month


def _duration(key: str, histogram: Counter[int]) -> Duration:
    """Mean and median of the working days a histogram counts (days → how many)."""
    total = histogram.total()
    if not total:
        return Duration(key, 0, None, None)
    mean = sum(d * n for d, n in histogram.items()) / total
    return Duration(key, total, mean, _median(histogram, total))


def _running_working_days(cal: WorkingCalendar, first: int, last: int) -> list[int]:
    """Index i: working days from day ``first`` to day ``first + i`` (day numbers)."""
    day = EPOCH + timedelta(days=first)
    out, n = [], 0
    for _ in range(first, last + 1):
        n += cal.is_working_day(day)
        out.append(n)
        day += timedelta(days=1)
    return out


def _median(histogram: Counter[int], total: int) -> float:
    """The median of the values a histogram counts (the mean of the middle two when even)."""
    lo_rank, hi_rank = (total - 1) // 2, total // 2
    seen, lo = 0, None
    for value in sorted(histogram):
        seen += histogram[value]
        if lo is None and seen > lo_rank:
            lo = value
        if seen > hi_rank:
            return (float(lo if lo is not None else value) + value) / 2
    raise AssertionError("empty histogram")
