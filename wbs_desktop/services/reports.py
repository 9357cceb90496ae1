"""The office's figures for a period: one service for the dashboard, the recap
files and ``wbs-admin report``.

What is counted: the reports *received* in the period (office dates, WITA),
each in the stage it is in now. Overdue is as of today. Cases marked as test,
duplicate or demo (``services.marking``) are left out of every figure and
counted apart. The figures are counted in SQL over plain columns of the
period's cases (a grouped scan of one covering index; the durations and the
months from one read of the period's milestones, ``report_durations``: the
first response and verification times are kept on the case); ``case_ids``
lists exactly the cases of a figure, so a click on a bar opens the case list
filtered to those cases.

Times are working days of the office's calendar (``domain.calendar``) from the
day of receipt to the day of the first response (the first move out of
*received*), to the start of verification, and to the end (concluded or
closed), counted as the working days after the day of receipt up to and
including the day of the event.

Nothing here reads the reporter's identity. The accused's unit is encrypted
with the case: it is counted only over the cases the user holds a key to (an
administrator holds every case), and the figures say how many those were (see
the README, "What is plain and what is not"). That is the slow part at 100,000
cases, so it is asked for apart (``with_unit_figures``): the dashboard paints
the rest first.
"""

from __future__ import annotations

import dataclasses
import json
import logging
from collections import Counter
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import and_, case, func, select
from sqlalchemy.sql.elements import UnaryExpression
from sqlalchemy.sql.operators import custom_op

from wbs_desktop.domain.catalog import Channel
from wbs_desktop.domain.dates import OFFICE_TZ, utc_now
from wbs_desktop.domain.roles import Action
from wbs_desktop.domain.stages import OPEN_STAGES, Stage
from wbs_desktop.services import report_units
from wbs_desktop.services import settings as settings_store
from wbs_desktop.services.casefile import column_decryptor
from wbs_desktop.services.errors import IntegrityBroken
from wbs_desktop.services.report_durations import (
    FINISHED,
    counted,
    durations_and_months,
    unmarked,
)
from wbs_desktop.services.report_model import (
    DUE_KINDS,
    ENDINGS,
    MARKS,
    NO_UNIT,
    Bucket,
    Figures,
    Period,
)
from wbs_desktop.services.report_model import Duration as Duration  # callers import it here
from wbs_desktop.storage import bulk, crypto
from wbs_desktop.storage import keys as keystore
from wbs_desktop.storage.models import Case

if TYPE_CHECKING:
    from wbs_desktop.services.context import Context

log = logging.getLogger(__name__)

#: Cases read and decrypted per statement for the unit figures.
UNIT_BLOCK = 500
_ACCUSED = column_decryptor(Case.accused_ct)


def _office_day(at: datetime) -> date:
    return at.astimezone(OFFICE_TZ).date()


#: The share of the register a period must reach for a scan of all of it in the
#: order of ``ix_cases_figures_grouped`` (no sort) to beat a range scan of the
#: period in ``ix_cases_figures`` and a sort of what it found. SQLite, 100,000
#: cases, the query of ``_cells``: ≈ 0.9 µs per entry scanned in group order,
#: ≈ 2.7 µs per entry found by the range and sorted: a third.
GROUPED_SHARE = 1 / 3
#: The columns the counts are grouped by, in the order of ``ix_cases_figures_grouped``.
_GROUPED = (Case.outcome, Case.due_kind, Case.stage, Case.channel, Case.complaint_type,
            Case.mark)


def _grouped_scan_pays(session: Any, period: Period) -> bool:
    """Whether the period holds a large share of the register (by time: its
    overlap with the first to the last receipt). Two index look-ups (one min()
    or max() per SELECT: SQLite scans for both at once)."""
    first, last = session.execute(
        select(select(func.min(Case.received_at)).scalar_subquery(),
               select(func.max(Case.received_at)).scalar_subquery())).one()
    if first is None or last is None or last <= first:
        return True
    overlap = min(last, period.end_utc) - max(first, period.start_utc)
    return overlap / (last - first) >= GROUPED_SHARE


def _cells(
    ws: Context, period: Period, in_period: Any, today: date
) -> tuple[list[Any], dict[str, str]]:
    """One aggregate scan of the period's cases: how many per outcome, deadline
    kind, stage, channel, type and mark, and in each of those groups how many are
    overdue today. Grouped in the order of ``ix_cases_figures_grouped``, so a
    long period is counted without a sort; SQLite, which has no statistics to
    judge by, is kept from the range scan when the period is a large share of the
    register (PostgreSQL's planner chooses with its own). The months come with
    the durations (``report_durations``)."""
    with ws.read() as session:
        finished = Case.stage.in_(FINISHED)
        late = case((and_(Case.due_date < today, ~finished), 1), else_=0)
        if session.get_bind().dialect.name == "sqlite" and _grouped_scan_pays(session, period):
            # ``+received_at``: SQLite's documented way to keep a term from choosing
            # an index; with no range to search, the scan in group order wins.
            received = UnaryExpression(Case.received_at.expression, operator=custom_op("+"),
                                       type_=Case.received_at.type)
            in_period = and_(received >= period.start_utc, received < period.end_utc)
        query = (
            select(*_GROUPED, func.count(), func.sum(late))
            .where(in_period)
            .group_by(*_GROUPED)
        )
        groups = list(session.execute(query).all())
        types = {t.code: t.label_id for t in settings_store.complaint_types(session)}
    return groups, types


def figures(ws: Context, period: Period, *, with_units: bool = True) -> Figures:
    """The figures of ``period`` (admin), counted in SQL over plain columns and the
    timeline's stage moves. The accused's unit (encrypted) only with ``with_units``
    and only from cases the user holds a key to: see ``unit_figures``."""
    actor = ws.actor
    actor.require(Action.VIEW_REPORTS)
    today = _office_day(utc_now())
    in_period = and_(Case.received_at >= period.start_utc, Case.received_at < period.end_utc)
    # The durations and months (with the calendar they need) are counted on a
    # second connection while this one counts the rest (two cores, SQLite and
    # PostgreSQL).
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="figures") as pool:
        timing = pool.submit(durations_and_months, ws, period)
        try:
            groups, types = _cells(ws, period, in_period, today)
        finally:
            durations, by_month = timing.result()

    office_name = ws.office.office_name()

    excluded: Counter[str] = Counter()
    stages: Counter[str] = Counter()
    endings: Counter[str] = Counter()
    overdue: Counter[str] = Counter()
    months: Counter[str] = Counter(dict(zip(period.months(), by_month, strict=True)))
    by_type: Counter[str] = Counter()
    channels: Counter[str] = Counter()
    for outcome, due_kind, stage, channel, ctype, mark, n, late in groups:
        if mark is not None and not (period.count_demo and mark == "demo"):
            excluded[mark] += n
            continue
        stages[stage] += n
        if stage == Stage.CONCLUDED.value:
            endings[str(outcome)] += n
        elif stage == Stage.CLOSED.value:
            endings[Stage.CLOSED.value] += n
        if late:
            overdue[str(due_kind)] += late
        by_type[ctype] += n
        channels[channel] += n

    def ordered(counts: Counter[str], order: Iterable[str]) -> tuple[Bucket, ...]:
        return tuple(Bucket(k, counts.get(k, 0)) for k in order)

    def ranked(counts: Counter[str]) -> tuple[Bucket, ...]:
        most_first = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
        return tuple(Bucket(k, n) for k, n in most_first)

    by_stage = ordered(stages, (s.value for s in OPEN_STAGES))
    by_ending = ordered(endings, ENDINGS)
    f = Figures(
        period=period,
        made_at=utc_now(),
        made_by=actor.user.full_name,
        office_name=office_name,
        today=today,
        received=Bucket("received", stages.total()),
        in_progress=Bucket("in_progress", sum(b.count for b in by_stage)),
        by_stage=by_stage,
        finished=Bucket("finished", sum(stages.get(s, 0) for s in FINISHED)),
        by_ending=by_ending,
        overdue=Bucket("overdue", overdue.total()),
        overdue_by_kind=ordered(overdue, DUE_KINDS),
        by_month=ordered(months, period.months()),
        by_type=ranked(by_type),
        by_channel=ordered(channels, (c.value for c in Channel)),
        by_unit=(),
        units_readable=0,
        durations=durations,
        excluded=ordered(excluded, MARKS),
        type_labels=types,
        units_counted=False,
    )
    return with_unit_figures(ws, f) if with_units else f


def with_unit_figures(ws: Context, f: Figures) -> Figures:
    """``f`` with its figures by unit of the accused (when it has none yet)."""
    if f.units_counted:
        return f
    by_unit, readable = unit_figures(ws, f.period)
    return dataclasses.replace(f, by_unit=by_unit, units_readable=readable, units_counted=True)


def unit_figures(ws: Context, period: Period) -> tuple[tuple[Bucket, ...], int]:
    """The period's counted cases by unit of the accused, from the cases the user
    holds a key to (decrypted here, on the user's computer, once per case version and
    session), and how many cases that was. Slow the first time at 100,000 cases: the
    dashboard asks for it after its first paint, off the GUI thread."""
    ws.actor.require(Action.VIEW_REPORTS)
    in_period = and_(Case.received_at >= period.start_utc, Case.received_at < period.end_utc)
    with ws.read() as session:
        # The units kept from earlier sessions (the user's units file), once.
        token = report_units.audit_head(session)
        refused, stale_file = report_units.load(ws, session)
        # Two index-only scans (ix_cases_listing holds the version and the order,
        # ix_cases_figures the mark), not a read of 76,000 case rows with their
        # ciphertexts at 100,000 cases; Core rows (no ORM loading).
        conn = session.connection()
        listed = conn.execute(
            select(Case.id, Case.version).where(in_period)
            .order_by(Case.received_at, Case.register_seq)
        ).all()
        left_out = set(bulk.first_column(conn, select(Case.id).where(in_period,
                                                                     ~unmarked(period))))
        versions = {i: v for i, v in listed if i not in left_out}
        units, decrypted = _units(ws, session, versions)
    if refused:
        with ws.write() as session:  # the grants re-wrapped on first use are stored too
            ws.record(session, "search_index_refused", details={"reason": refused,
                                                                "file": "units"})
    else:
        ws.flush_rewraps()
    if decrypted or stale_file:
        try:
            report_units.save(ws, token)
        except OSError as exc:  # counted again next time
            log.warning("the units file could not be written (%s)", exc.strerror)
    spelled = _spellings(Counter(units.values()))
    groups: dict[str, list[str]] = {name: [] for name in spelled.values()}
    for case_id, unit in zip(versions, map(units.get, versions), strict=True):
        if unit is not None:
            groups[spelled[unit]].append(case_id)
    ranked = sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0] == NO_UNIT, kv[0]))
    return tuple(Bucket(k, len(v), tuple(v)) for k, v in ranked), len(units)


def _bucket_where(f: Figures, name: str) -> Any:
    """The condition on ``cases`` that picks exactly the cases of a figure."""
    group, _, key = name.partition(".")
    in_period = and_(Case.received_at >= f.period.start_utc,
                     Case.received_at < f.period.end_utc)
    if group == "excluded":
        return and_(in_period, Case.mark == key)
    counts = counted(f.period)
    finished = Case.stage.in_(FINISHED)
    late = and_(Case.due_date < f.today, ~finished)
    if not key:
        return {
            "received": counts,
            "in_progress": and_(counts, Case.stage.in_([s.value for s in OPEN_STAGES])),
            "finished": and_(counts, finished),
            "overdue": and_(counts, late),
        }[group]
    if group == "stage":
        return and_(counts, Case.stage == key)
    if group == "ending":
        if key == Stage.CLOSED.value:
            return and_(counts, Case.stage == key)
        return and_(counts, Case.stage == Stage.CONCLUDED.value, Case.outcome == key)
    if group == "overdue":
        return and_(counts, late, Case.due_kind == key)
    if group == "month":
        year, month = (int(x) for x in key.split("-"))
        start = max(date(year, month, 1), f.period.start)
        end = min(Period.month(year, month).end, f.period.end)
        days = Period(start, end)
        return and_(counts, Case.received_at >= days.start_utc, Case.received_at < days.end_utc)
    if group == "type":
        return and_(counts, Case.complaint_type == key)
    if group == "channel":
        return and_(counts, Case.channel == key)
    raise KeyError(name)


def case_ids(ws: Context, f: Figures, name: str) -> tuple[str, ...]:
    """The ids of exactly the cases a figure counts (``stage.verification``,
    ``month.2026-03``…), oldest first: what a click on a bar or a number lists."""
    ws.actor.require(Action.VIEW_REPORTS)
    bucket = f.bucket(name)
    if bucket is None:
        return ()
    if bucket.ids is not None:
        return bucket.ids
    with ws.read() as session:
        return tuple(
            session.execute(
                select(Case.id).where(_bucket_where(f, name))
                .order_by(Case.received_at, Case.register_seq)
            ).scalars()
        )


def _unit_key(unit: str) -> str:
    return " ".join(unit.split()).casefold()


def _spellings(units: Counter[str]) -> dict[str, str]:
    """Each unit as written (with how many cases) → the most frequent spelling of
    its key (units typed by hand vary in case and spaces)."""
    seen: dict[str, Counter[str]] = {}
    for unit, n in units.items():
        clean = " ".join(unit.split())
        seen.setdefault(clean.casefold(), Counter())[clean] += n
    best = {k: c.most_common(1)[0][0] for k, c in seen.items()}
    return {unit: best[_unit_key(unit)] for unit in units}


def _units(ws: Context, session: Any, versions: dict[str, int]) -> tuple[dict[str, str], int]:
    """The accused's unit of each case (id → its version) the user holds a key to,
    and how many of them were decrypted here (not known from earlier).

    Core rows and content keys only (``load_case_grants(content_only=True)``, as the
    search does): a statistic never opens a case's identity key. Keys already open in
    the session are used as they are; the ones opened here are not kept."""
    if not versions:
        return {}, 0
    actor = ws.actor
    result: dict[str, str] = {}
    # Decrypted once per case version and session (dropped at log out).
    held = actor.report_units
    todo = []
    for (case_id, version), known in zip(versions.items(), map(held.get, versions),
                                         strict=True):
        if known is not None and known[0] == version:
            result[case_id] = known[1]
        else:
            todo.append(case_id)
    opened = actor.case_keys
    decrypted = 0
    dialect = session.get_bind().dialect.name
    for start in range(0, len(todo), UNIT_BLOCK):
        chunk = todo[start : start + UNIT_BLOCK]
        rows = session.execute(
            select(Case.id, Case.key_version, Case.version, Case.register_number,
                   Case.accused_ct).where(bulk.among(dialect, Case.id, chunk))
        ).all()
        missing = [r.id for r in rows if (r.id, r.key_version) not in opened]
        grants = (keystore.load_case_grants(session, actor.holder, missing, content_only=True)
                  if missing else {})
        found: dict[str, tuple[int, str]] = {}
        for r in rows:
            keys = opened.get((r.id, r.key_version))
            try:
                if keys is None:
                    keys = keystore.open_case_keys(actor.unlocker, grants.get(r.id, ()),
                                                   r.key_version)
                    if keys is None:  # no grant: not the user's case
                        continue
                data = json.loads(_ACCUSED(keys.content_for(r.accused_ct), r.accused_ct, r.id))
            except (crypto.CryptoError, ValueError) as exc:
                raise IntegrityBroken(
                    f"case {r.register_number}: stored data failed its check (accused_ct)"
                ) from exc
            found[r.id] = (r.version, str(data.get("unit") or ""))
        held.update(found)
        decrypted += len(found)
        result.update((case_id, unit) for case_id, (_v, unit) in found.items())
    return result, decrypted


class ReportService:
    """The reports' calls for one session, as the window's controller uses them."""

    def __init__(self, ws: Context) -> None:
        self.ws = ws

    def figures(self, period: Period, *, with_units: bool = True) -> Figures:
        return figures(self.ws, period, with_units=with_units)

    def with_unit_figures(self, f: Figures) -> Figures:
        return with_unit_figures(self.ws, f)

    def case_ids(self, f: Figures, name: str) -> tuple[str, ...]:
        return case_ids(self.ws, f, name)

    def export(self, f: Figures, *, xlsx: str | None = None, pdf: str | None = None) -> list[Any]:
        from wbs_desktop.services import recap

        return recap.export(self.ws, with_unit_figures(self.ws, f), xlsx=xlsx, pdf=pdf)

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

        return register.export(self.ws, ids, path, kind, with_accused=with_accused,
                               progress=progress)[1]
