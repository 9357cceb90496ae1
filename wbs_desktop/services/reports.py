"""The office's figures for a period: one service for the dashboard, the recap
files and ``wbs-admin report``.

What is counted: the reports *received* in the period (office dates, WITA),
each in the stage it is in now. Overdue is as of today. Cases marked as test,
duplicate or demo (``services.marking``) are left out of every figure and
counted apart. Every figure keeps the ids of its cases, so a click on a bar
opens the case list filtered to exactly those cases.

Times are working days of the office's calendar (``domain.calendar``) from the
day of receipt to the day of the first response (the first move out of
*received*), to the start of verification, and to the end (concluded or
closed), counted as the working days after the day of receipt up to and
including the day of the event.

Nothing here reads the reporter's identity. The accused's unit is encrypted
with the case: it is counted only over the cases the user holds a key to (an
administrator holds every case), and the figures say how many those were (see
the README, "What is plain and what is not").
"""

from __future__ import annotations

import calendar as _calendar
import statistics
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import and_, func, select

from wbs_desktop.domain.calendar import WorkingCalendar
from wbs_desktop.domain.catalog import Channel
from wbs_desktop.domain.dates import OFFICE_TZ, utc_now
from wbs_desktop.domain.roles import Action
from wbs_desktop.domain.stages import Outcome, Stage
from wbs_desktop.files import write_private_bytes
from wbs_desktop.services import settings as settings_store
from wbs_desktop.services.casefile import case_field, keys_for
from wbs_desktop.services.errors import ServiceError
from wbs_desktop.storage.models import Case, CaseEvent

if TYPE_CHECKING:
    from wbs_desktop.services.workspace import Workspace

#: Stages of a case still being worked.
OPEN_STAGES: tuple[Stage, ...] = (
    Stage.RECEIVED,
    Stage.VERIFICATION,
    Stage.AWAITING_INFO,
    Stage.INVESTIGATION,
    Stage.CLARIFICATION,
    Stage.EXAMINATION,
)
#: How a finished case ended: the three outcomes of a conclusion, and closed.
ENDINGS: tuple[str, ...] = (
    Outcome.SUBSTANTIATED.value,
    Outcome.NOT_SUBSTANTIATED.value,
    Outcome.REFERRED.value,
    Stage.CLOSED.value,
)
DUE_KINDS: tuple[str, ...] = ("first_response", "reply", "hearing")
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
    """One figure: its key (a stage, a type code, a month…), how many, which cases."""

    key: str
    ids: tuple[str, ...] = ()

    @property
    def count(self) -> int:
        return len(self.ids)


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


def elapsed_working_days(cal: WorkingCalendar, start: date, end: date) -> int:
    """Working days after ``start`` up to and including ``end`` (0 the same day)."""
    if end <= start:
        return 0
    return cal.working_days_between(start, end + timedelta(days=1))


def _office_day(at: datetime) -> date:
    return at.astimezone(OFFICE_TZ).date()


def figures(ws: Workspace, period: Period, *, with_units: bool = True) -> Figures:
    """The figures of ``period`` (admin). Reads plain columns and the timeline's
    stage moves; the accused's unit only from cases the user holds a key to."""
    actor = ws.actor
    actor.require(Action.VIEW_REPORTS)
    today = _office_day(utc_now())
    lo, hi = period.start_utc, period.end_utc
    in_period = and_(Case.received_at >= lo, Case.received_at < hi)
    with ws.read() as session:
        rows = session.execute(
            select(
                Case.id,
                Case.received_at,
                Case.stage,
                Case.stage_changed_at,
                Case.outcome,
                Case.channel,
                Case.complaint_type,
                Case.due_date,
                Case.due_kind,
                Case.mark,
                Case.version,
            )
            .where(in_period)
            .order_by(Case.received_at, Case.register_seq)
        ).all()
        first_move = dict(
            session.execute(
                select(CaseEvent.case_id, func.min(CaseEvent.at))
                .join(Case, Case.id == CaseEvent.case_id)
                .where(in_period, CaseEvent.from_stage == Stage.RECEIVED.value,
                       CaseEvent.to_stage.is_not(None))
                .group_by(CaseEvent.case_id)
            ).all()
        )
        verified = dict(
            session.execute(
                select(CaseEvent.case_id, func.min(CaseEvent.at))
                .join(Case, Case.id == CaseEvent.case_id)
                .where(in_period, CaseEvent.to_stage == Stage.VERIFICATION.value)
                .group_by(CaseEvent.case_id)
            ).all()
        )
        cal = settings_store.calendar(session)
        types = {t.code: t.label_id for t in settings_store.complaint_types(session)}
        counted = [r for r in rows if r.mark is None]
        units: dict[str, str] = {}
        if with_units:
            units = _units(ws, session, {r.id: r.version for r in counted})
    ws.flush_rewraps()
    office_name = ws.office.office_name()

    excluded = tuple(Bucket(m, tuple(r.id for r in rows if r.mark == m)) for m in MARKS)
    by_stage = tuple(
        Bucket(s.value, tuple(r.id for r in counted if r.stage == s.value)) for s in OPEN_STAGES
    )
    finished_rows = [r for r in counted if r.stage in (Stage.CONCLUDED.value, Stage.CLOSED.value)]

    def ending(r: Any) -> str:
        return str(r.outcome) if r.stage == Stage.CONCLUDED.value else Stage.CLOSED.value

    endings: dict[str, list[str]] = {e: [] for e in ENDINGS}
    for r in finished_rows:
        endings.setdefault(ending(r), []).append(r.id)
    by_ending = tuple(Bucket(e, tuple(endings[e])) for e in ENDINGS)
    overdue_rows = [
        r
        for r in counted
        if r.due_date is not None
        and r.due_date < today
        and r.stage not in (Stage.CONCLUDED.value, Stage.CLOSED.value)
    ]
    months: dict[str, list[str]] = {m: [] for m in period.months()}
    for r in counted:
        day = _office_day(r.received_at)
        months[f"{day.year:04d}-{day.month:02d}"].append(r.id)

    def grouped(key: Any, order: Iterable[str] | None = None) -> tuple[Bucket, ...]:
        groups: dict[str, list[str]] = {}
        for r in counted:
            groups.setdefault(key(r), []).append(r.id)
        if order is not None:
            return tuple(Bucket(k, tuple(groups.get(k, ()))) for k in order)
        ranked = sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0]))
        return tuple(Bucket(k, tuple(v)) for k, v in ranked)

    by_unit: tuple[Bucket, ...] = ()
    if with_units:
        readable = [r for r in counted if r.id in units]
        spelled = _spellings(units.values())
        groups: dict[str, list[str]] = {}
        for r in readable:
            groups.setdefault(spelled[_unit_key(units[r.id])], []).append(r.id)
        ranked = sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0] == NO_UNIT, kv[0]))
        by_unit = tuple(Bucket(k, tuple(v)) for k, v in ranked)

    # Many cases share a day: each conversion and each count is made once.
    day_of: dict[datetime, date] = {}
    spans: dict[tuple[date, date], int] = {}

    def office_day(at: datetime) -> date:
        d = day_of.get(at)
        if d is None:
            d = day_of[at] = _office_day(at)
        return d

    def working_days(start: date, end: date) -> int:
        n = spans.get((start, end))
        if n is None:
            n = spans[(start, end)] = elapsed_working_days(cal, start, end)
        return n

    def duration(key: str, ends: dict[str, datetime]) -> Duration:
        days = [
            working_days(office_day(r.received_at), office_day(ends[r.id]))
            for r in counted
            if r.id in ends
        ]
        if not days:
            return Duration(key, 0, None, None)
        return Duration(key, len(days), statistics.fmean(days), float(statistics.median(days)))

    concluded_at = {r.id: r.stage_changed_at for r in finished_rows}
    return Figures(
        period=period,
        made_at=utc_now(),
        made_by=actor.user.full_name,
        office_name=office_name,
        today=today,
        received=Bucket("received", tuple(r.id for r in counted)),
        in_progress=Bucket("in_progress", tuple(i for b in by_stage for i in b.ids)),
        by_stage=by_stage,
        finished=Bucket("finished", tuple(r.id for r in finished_rows)),
        by_ending=by_ending,
        overdue=Bucket("overdue", tuple(r.id for r in overdue_rows)),
        overdue_by_kind=tuple(
            Bucket(k, tuple(r.id for r in overdue_rows if r.due_kind == k)) for k in DUE_KINDS
        ),
        by_month=tuple(Bucket(m, tuple(ids)) for m, ids in months.items()),
        by_type=grouped(lambda r: r.complaint_type),
        by_channel=grouped(lambda r: r.channel, [c.value for c in Channel]),
        by_unit=by_unit,
        units_readable=len(units),
        durations=(
            duration("first_response", first_move),
            duration("verification", verified),
            duration("conclusion", concluded_at),
        ),
        excluded=excluded,
        type_labels=types,
    )


def _unit_key(unit: str) -> str:
    return " ".join(unit.split()).casefold()


def _spellings(units: Iterable[str]) -> dict[str, str]:
    """Each unit's key → its most frequent spelling (units typed by hand vary in case)."""
    seen: dict[str, Counter[str]] = {}
    for unit in units:
        clean = " ".join(unit.split())
        seen.setdefault(clean.casefold(), Counter())[clean] += 1
    return {k: c.most_common(1)[0][0] for k, c in seen.items()}


def _units(ws: Workspace, session: Any, versions: dict[str, int]) -> dict[str, str]:
    """The accused's unit of each case (id → its version) the user holds a key to."""
    if not versions:
        return {}
    result: dict[str, str] = {}
    # Decrypted once per case version and session (dropped at log out).
    held = ws.actor.report_units
    todo = []
    for case_id, version in versions.items():
        known = held.get(case_id)
        if known is not None and known[0] == version:
            result[case_id] = known[1]
        else:
            todo.append(case_id)
    for start in range(0, len(todo), 500):
        chunk = todo[start : start + 500]
        rows = session.execute(
            select(Case.id, Case.key_version, Case.version, Case.register_number,
                   Case.accused_ct).where(Case.id.in_(chunk))
        ).all()
        keys = keys_for(session, ws.actor, rows)
        for r in rows:
            k = keys.get(r.id)
            if k is None:
                continue
            data = case_field(r, k, Case.accused_ct)
            unit = str(data.get("unit") or "")
            result[r.id] = unit
            held[r.id] = (r.version, unit)
    return result


class ReportService:
    """The reports' calls for one session, as the window's controller uses them."""

    def __init__(self, ws: Workspace) -> None:
        self.ws = ws

    def figures(self, period: Period) -> Figures:
        return figures(self.ws, period)

    def export(self, f: Figures, *, xlsx: str | None = None, pdf: str | None = None) -> list[Any]:
        from wbs_desktop.services import recap

        return recap.export(self.ws, f, xlsx=xlsx, pdf=pdf)

    def case_mark(self, case_id: str) -> Any:
        from wbs_desktop.services import marking

        return marking.case_mark(self.ws, case_id)

    def set_mark(self, case_id: str, mark: str | None, *, duplicate_of: str | None = None,
                 reason: str = "", expected_version: int | None = None) -> Any:
        from wbs_desktop.services import marking

        return marking.set_mark(
            self.ws, case_id, marking.Mark(mark) if mark else None,
            duplicate_of=duplicate_of, reason=reason, expected_version=expected_version,
        )

    # --- the case register ---------------------------------------------------------

    def register(self, ids: list[str], *, with_accused: bool = False,
                 progress: Any = None) -> Any:
        from wbs_desktop.services import register

        return register.build(self.ws, ids, with_accused=with_accused, progress=progress)

    def record_register(self, reg: Any, kind: str) -> None:
        from wbs_desktop.services import register

        register.record(self.ws, reg, kind)

    def export_register(self, ids: list[str], path: str, kind: str, *,
                        with_accused: bool = False, progress: Any = None) -> Any:
        """Build, audit and write the register as ``kind`` (xlsx | csv), privately."""
        from wbs_desktop.services import register

        self.ws.actor.require(Action.EXPORT)
        reg = register.build(self.ws, ids, with_accused=with_accused, progress=progress)
        if kind == "csv":
            data = register.to_csv(reg)
        else:
            data = register.to_xlsx(reg, title="Register Pengaduan WBS",
                                    made_by=self.ws.actor.user.full_name)
        register.record(self.ws, reg, kind)
        return write_private_bytes(path, data)
