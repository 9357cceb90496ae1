"""What the office's figures are made of: the period asked for (``Period``), a
counted figure (``Bucket``), a time to act (``Duration``) and the whole set
(``Figures``), with the fixed orders they are shown in. Counted by
:mod:`wbs_desktop.services.reports`; drawn by the dashboard, written by
:mod:`wbs_desktop.services.recap` and ``wbs-admin report``."""

from __future__ import annotations

import calendar as _calendar
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from wbs_desktop.domain.dates import OFFICE_TZ
from wbs_desktop.domain.stages import DeadlineKind, Outcome, Stage
from wbs_desktop.services.errors import ServiceError

#: How a finished case ended: the three outcomes of a conclusion, and closed.
ENDINGS: tuple[str, ...] = (
    Outcome.SUBSTANTIATED.value,
    Outcome.NOT_SUBSTANTIATED.value,
    Outcome.REFERRED.value,
    Stage.CLOSED.value,
)
DUE_KINDS: tuple[str, ...] = tuple(k.value for k in DeadlineKind)
MARKS: tuple[str, ...] = ("test", "duplicate", "demo")
DURATIONS: tuple[str, ...] = ("first_response", "verification", "conclusion")
#: The key of the unit bucket for cases whose accused has no unit written.
NO_UNIT = ""
MAX_DAYS = 3660


@dataclass(frozen=True, slots=True)
class Period:
    """Office dates, both inclusive. ``kind``: month, quarter, semester, year, range."""

    start: date
    end: date
    kind: str = "range"
    #: Count the cases marked as demo data (a demo office, a training session):
    #: off for every figure handed upward; test and duplicate are never counted.
    count_demo: bool = False

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ServiceError("the period ends before it starts", code="period_reversed")
        if (self.end - self.start).days > MAX_DAYS:
            raise ServiceError("the period is longer than ten years", code="period_too_long")

    @classmethod
    def month(cls, year: int, month: int) -> Period:
        last = _calendar.monthrange(year, month)[1]
        return cls(date(year, month, 1), date(year, month, last), "month")

    @classmethod
    def quarter(cls, year: int, quarter: int) -> Period:
        first = 3 * (quarter - 1) + 1
        return cls(date(year, first, 1), cls.month(year, first + 2).end, "quarter")

    @classmethod
    def semester(cls, year: int, half: int) -> Period:
        first = 6 * (half - 1) + 1
        return cls(date(year, first, 1), cls.month(year, first + 5).end, "semester")

    @classmethod
    def year(cls, year: int) -> Period:
        return cls(date(year, 1, 1), date(year, 12, 31), "year")

    @property
    def start_utc(self) -> datetime:
        return datetime.combine(self.start, time.min, OFFICE_TZ).astimezone(UTC)

    @property
    def end_utc(self) -> datetime:
        """The first instant after the period."""
        return datetime.combine(self.end + timedelta(days=1), time.min, OFFICE_TZ).astimezone(UTC)

    def months(self) -> list[str]:
        """``YYYY-MM`` of every month the period touches."""
        result = []
        y, m = self.start.year, self.start.month
        while (y, m) <= (self.end.year, self.end.month):
            result.append(f"{y:04d}-{m:02d}")
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
        return result


@dataclass(frozen=True, slots=True)
class Bucket:
    """One figure: its key (a stage, a type code, a month…) and how many cases.

    ``ids``: the cases themselves where they had to be read one by one anyway (the
    unit of the accused); the others are counted in SQL and ``case_ids`` lists them
    when asked (a click on the figure)."""

    key: str
    count: int = 0
    ids: tuple[str, ...] | None = None


@dataclass(frozen=True, slots=True)
class Duration:
    """Working days from receipt to a milestone, over the cases that reached it."""

    key: str  # first_response | verification | conclusion
    count: int
    mean: float | None
    median: float | None


@dataclass(frozen=True, slots=True)
class Figures:
    period: Period
    made_at: datetime
    made_by: str
    office_name: str
    today: date
    received: Bucket
    in_progress: Bucket
    by_stage: tuple[Bucket, ...]  # OPEN_STAGES, in procedure order
    finished: Bucket
    by_ending: tuple[Bucket, ...]  # ENDINGS
    overdue: Bucket
    overdue_by_kind: tuple[Bucket, ...]  # DUE_KINDS
    by_month: tuple[Bucket, ...]  # key YYYY-MM, every month of the period
    by_type: tuple[Bucket, ...]  # most first
    by_channel: tuple[Bucket, ...]  # Channel order
    by_unit: tuple[Bucket, ...]  # most first; key NO_UNIT for "not stated"
    #: Cases of the period whose unit the user could read / all of them.
    units_readable: int
    durations: tuple[Duration, ...]  # DURATIONS
    excluded: tuple[Bucket, ...]  # MARKS: left out of every figure above
    type_labels: dict[str, str] = field(default_factory=dict)
    #: False until ``with_unit_figures`` filled ``by_unit`` and ``units_readable``.
    units_counted: bool = True

    def bucket(self, name: str) -> Bucket | None:
        """A figure by a dotted name (``stage.verification``, ``type.pungli``…),
        as the dashboard and the CLI name them."""
        group, _, key = name.partition(".")
        table: dict[str, Iterable[Bucket]] = {
            "stage": self.by_stage,
            "ending": self.by_ending,
            "overdue": self.overdue_by_kind,
            "month": self.by_month,
            "type": self.by_type,
            "channel": self.by_channel,
            "unit": self.by_unit,
            "excluded": self.excluded,
        }
        if not key:
            single = {
                "received": self.received,
                "in_progress": self.in_progress,
                "finished": self.finished,
                "overdue": self.overdue,
            }
            return single.get(group)
        return next((b for b in table.get(group, ()) if b.key == key), None)

    def as_dict(self) -> dict[str, Any]:
        """Counts only (no ids): what ``wbs-admin report --json`` prints."""

        def counts(buckets: Iterable[Bucket]) -> dict[str, int]:
            return {b.key: b.count for b in buckets}

        return {
            "office": self.office_name,
            "period": {
                "kind": self.period.kind,
                "from": self.period.start.isoformat(),
                "to": self.period.end.isoformat(),
                "count_demo": self.period.count_demo,
            },
            "made_at": self.made_at.isoformat(),
            "made_by": self.made_by,
            "today": self.today.isoformat(),
            "received": self.received.count,
            "in_progress": self.in_progress.count,
            "by_stage": counts(self.by_stage),
            "finished": self.finished.count,
            "by_ending": counts(self.by_ending),
            "overdue": self.overdue.count,
            "overdue_by_kind": counts(self.overdue_by_kind),
            "by_month": counts(self.by_month),
            "by_type": counts(self.by_type),
            "by_channel": counts(self.by_channel),
            "by_unit": counts(self.by_unit),
            "units_readable": self.units_readable,
            "working_days": {
                d.key: {
                    "cases": d.count,
                    "mean": None if d.mean is None else round(d.mean, 2),
                    "median": d.median,
                }
                for d in self.durations
            },
            "excluded": counts(self.excluded),
        }
