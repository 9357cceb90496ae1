"""The demo office's bulk writer: the mass of demo cases, written the way the
services would have, in batches.

:func:`wbs_desktop.services.demo.generate_demo_data` hands this module the planned
cases that are not worked (:class:`wbs_desktop.domain.demo_plan.DemoCase`) ~1000 at
a time; :func:`write_batch` writes a batch in the caller's transaction, one
statement per table (``COPY`` on PostgreSQL, ``executemany`` on SQLite:
:func:`wbs_desktop.storage.bulk.insert_rows`), as ``intake.submit``,
``CaseService.assign`` and ``transition`` would have: the same field encryption
(``casefile.seal_complaint`` / ``seal_field``), key grants to every active admin
and the recovery key plus the assigned officer (``keys.case_grant_rows``), HMAC
index entries, encrypted timeline events, the demo mark. Their timelines claim
no letter or hearing. :func:`analyze` refreshes the planner's statistics
afterwards.

The acting admin's own grants on bulk cases are stored already *wrapped* under
their data key — the form the service gives a sealed grant on its first use —
which saves one key exchange per grant now and another at the first read.
"""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any, cast

from sqlalchemy import Table, func, insert, select, text, update
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from wbs_desktop.domain.complaint import ComplaintInput
from wbs_desktop.domain.dates import OFFICE_TZ
from wbs_desktop.domain.demo_plan import DemoCase
from wbs_desktop.domain.numbering import format_number
from wbs_desktop.domain.roles import Role
from wbs_desktop.domain.stages import Stage
from wbs_desktop.domain.text import normalize_nip, normalize_person_name
from wbs_desktop.domain.tracking import new_tracking_code, normalize_tracking_code
from wbs_desktop.services import settings as settings_store
from wbs_desktop.services.casefile import (
    MAX_REASON,
    REGISTER_COUNTER,
    seal_complaint,
    seal_field,
    to_json,
)
from wbs_desktop.storage import bulk, crypto
from wbs_desktop.storage import keys as keystore
from wbs_desktop.storage.models import (
    Case,
    CaseAssignment,
    CaseEvent,
    CaseIndex,
    CaseKeyGrant,
    Counter,
    User,
)
from wbs_desktop.storage.models import Office as OfficeRow

if TYPE_CHECKING:
    from wbs_desktop.services.context import Context

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Officer:
    """An active officer (or, when there is none, an admin) who may be assigned a case."""

    id: int
    username: str
    full_name: str
    nip: str  # normalized
    name_key: str  # normalize_person_name(full_name)
    recipient: keystore.Recipient


@dataclass
class BulkContext:
    """What every batch needs, read once: the acting admin, whom the case keys are
    sealed to, the officers, the register's pattern, the calendar and deadlines, the
    index keys; and the count of cases written per stage so far."""

    admin_id: int
    data_key: bytes  # the acting admin's: their grants are stored wrapped
    sealed_to: list[keystore.Recipient]  # other active admins and the recovery key
    officers: list[Officer]
    pattern: str
    calendar: Any
    deadlines: settings_store.Deadlines
    index_key: bytes
    tracking_key: bytes
    stage_counts: dict[Stage, int] = field(default_factory=dict)


def analyze(ws: Context) -> None:
    """``VACUUM (ANALYZE)`` of the tables just filled (PostgreSQL), once committed:
    the planner's statistics, so the register's covering indexes are used at
    once, and the visibility map, so they are read index-only — whatever the
    server's autovacuum does (see :func:`wbs_desktop.storage.bulk.vacuum_analyze`).
    If the server refuses (a role that does not own the tables), plain ANALYZE."""
    names = [_table(m).name for m in (Case, CaseKeyGrant, CaseIndex, CaseAssignment, CaseEvent)]
    engine = ws.office.db.engine
    try:
        bulk.vacuum_analyze(engine, names)
        return
    except DBAPIError as exc:
        log.warning("VACUUM (ANALYZE) after the demo data failed: %s", exc)
    with engine.connect() as conn:
        bulk.analyze(conn, names)
        conn.commit()


def load_context(ws: Context) -> BulkContext:
    """The office as the bulk writer needs it (see :class:`BulkContext`)."""
    actor = ws.actor
    assert actor.index_key is not None and actor.tracking_key is not None
    with ws.read() as session:
        office = session.scalars(select(OfficeRow)).one()
        admins = list(
            session.scalars(
                select(User).where(User.role == Role.ADMIN.value, User.active.is_(True))
            )
        )
        officers = list(
            session.scalars(
                select(User)
                .where(User.role == Role.OFFICER.value, User.active.is_(True))
                .order_by(User.id)
            )
        )
        if not officers:
            officers = admins
        trust = ws.office.trust

        def recipient(u: User) -> keystore.Recipient:
            # Keys are sealed only to a record that matches its certificate.
            if trust is not None:
                return trust.recipient(session, u)
            return keystore.Recipient(keystore.user_holder(u.id), u.id, u.exchange_public)

        if trust is not None:
            admins = trust.certified_admins(session)
        sealed_to = [recipient(u) for u in admins if u.id != actor.id]
        sealed_to.append(
            trust.recovery_recipient(session)
            if trust is not None
            else keystore.Recipient(keystore.RECOVERY_HOLDER, None, office.recovery_public)
        )
        return BulkContext(
            admin_id=actor.id,
            data_key=actor.secrets.data_key,
            sealed_to=sealed_to,
            officers=[
                Officer(
                    u.id,
                    u.username,
                    u.full_name,
                    normalize_nip(u.nip),
                    normalize_person_name(u.full_name),
                    recipient(u),
                )
                for u in officers
            ],
            pattern=settings_store.get(session, "numbering.register"),
            calendar=settings_store.calendar(session),
            deadlines=settings_store.deadlines(session),
            index_key=actor.index_key,
            tracking_key=actor.tracking_key,
        )


def _reserve_numbers(session: Session, name: str, year: int, n: int) -> int:
    """Take ``n`` consecutive numbers of a yearly counter; returns the first.

    Like :func:`wbs_desktop.storage.db.next_number` (same counter, same
    transaction discipline), ``n`` at a time.
    """
    value = session.execute(
        update(Counter)
        .where(Counter.name == name, Counter.year == year)
        .values(value=Counter.value + n)
        .returning(Counter.value)
    ).scalar_one_or_none()
    if value is None:
        session.execute(insert(Counter).values(name=name, year=year, value=n))
        value = n
    return int(value) - n + 1


def _grant_rows(
    ctx: BulkContext, case_id: str, keys: keystore.CaseKeys, officer: Officer | None
) -> list[dict[str, Any]]:
    """The grants ``keystore.grant_case_keys`` would add (and the acting admin's
    already re-wrapped, as after their first use)."""
    recipients = list(ctx.sealed_to)
    if (
        officer is not None
        and officer.id != ctx.admin_id
        and all(r.holder != officer.recipient.holder for r in recipients)
    ):
        recipients.append(officer.recipient)
    return keystore.case_grant_rows(case_id, keys, recipients, owner=(ctx.admin_id, ctx.data_key))


def accused_keys(c: ComplaintInput) -> tuple[str, str]:
    """The accused's look-up keys: normalized name and NIP (either may be empty)."""
    return normalize_person_name(c.accused.name), normalize_nip(c.accused.nip)


def _index_rows(
    ctx: BulkContext, case_id: str, tracking: str, accused: tuple[str, str]
) -> list[dict[str, Any]]:
    """The look-up entries the case service adds for a new case."""
    name, nip = accused
    entries = [("tracking", normalize_tracking_code(tracking))]
    if name:
        entries.append(("accused_name", name))
    if nip:
        entries.append(("accused_nip", nip))
    return [
        {
            "case_id": case_id,
            "kind": kind,
            "digest": crypto.index_digest(
                ctx.tracking_key if kind == "tracking" else ctx.index_key, kind, v
            ),
        }
        for kind, v in entries
    ]


def pick_officer(ctx: BulkContext, slot: int | None, accused: tuple[str, str]) -> Officer | None:
    """The officer for the slot, skipping one who is the accused (conflict of interest)."""
    if slot is None:
        return None
    name, nip = accused
    for k in range(len(ctx.officers)):
        officer = ctx.officers[(slot + k) % len(ctx.officers)]
        if officer.name_key != name and not (nip and officer.nip == nip):
            return officer
    return None


def _event_ids(session: Session, n: int) -> list[int]:
    """``n`` fresh ids for timeline events, taken before the rows are written: the
    encrypted detail binds its row id. Safe because writers are serialised (the
    write transaction holds the audit head); on PostgreSQL they come from the
    column's own sequence."""
    if n == 0:
        return []
    if session.get_bind().dialect.name == "postgresql":
        rows = session.execute(
            text(
                "SELECT nextval(pg_get_serial_sequence('case_events', 'id')) "
                "FROM generate_series(1, :n)"
            ),
            {"n": n},
        )
        return [int(v) for (v,) in rows]
    top = session.scalar(select(func.max(CaseEvent.id))) or 0
    return list(range(top + 1, top + n + 1))


def _table(model: type[Any]) -> Table:
    return cast(Table, model.__table__)


@dataclass
class Prepared:
    """A batch's rows, made without the database (:func:`prepare`, possibly in a
    worker process): all but the register numbers and the timeline events' ids,
    which :func:`write_prepared` takes in the write transaction. ``event_payloads``
    holds each event's case keys and clear detail, sealed once its id is known."""

    received_days: list[date] = field(default_factory=list)
    stages: list[Stage] = field(default_factory=list)
    cases: list[dict[str, Any]] = field(default_factory=list)
    grants: list[dict[str, Any]] = field(default_factory=list)
    index: list[dict[str, Any]] = field(default_factory=list)
    assignments: list[dict[str, Any]] = field(default_factory=list)
    events: list[dict[str, Any]] = field(default_factory=list)
    event_payloads: list[tuple[keystore.CaseKeys, bytes]] = field(default_factory=list)


def write_batch(
    ws: Context, session: Session, ctx: BulkContext, batch: list[DemoCase]
) -> list[str]:
    """Write ``batch`` in ``session``'s transaction; returns their register numbers."""
    return write_prepared(session, ctx, prepare(ctx, batch))


def prepare(ctx: BulkContext, batch: list[DemoCase]) -> Prepared:
    """The rows of ``batch`` (see :class:`Prepared`): the cases sealed, their keys
    granted, their look-up entries and timelines. No database access."""
    out = Prepared()
    for dc in batch:
        c = dc.complaint
        received_day = c.received_at.astimezone(OFFICE_TZ).date()
        case_id = uuid.uuid4().hex
        keys = keystore.CaseKeys.generate()
        tracking = new_tracking_code()
        accused = accused_keys(c)
        officer = pick_officer(ctx, dc.officer_slot, accused)

        last = dc.events[-1]
        version = 1
        updated_by = ctx.admin_id
        stage_changed_at = dc.events[0].at
        awaiting_since: date | None = None
        for ev in dc.events:
            actor_id = officer.id if ev.by_officer and officer is not None else ctx.admin_id
            detail = dict(ev.detail)
            kind = ev.kind
            if kind == "assigned":
                if officer is None:
                    continue
                detail["officer"] = officer.full_name
            if kind != "submitted":
                version += 1
                updated_by = actor_id
            if kind == "transition":
                stage_changed_at = ev.at
                if ev.to_stage == Stage.AWAITING_INFO:
                    awaiting_since = ev.at.astimezone(OFFICE_TZ).date()
            out.events.append(
                {
                    "case_id": case_id,
                    "at": ev.at,
                    "actor_id": actor_id,
                    "kind": kind,
                    "from_stage": ev.from_stage.value if ev.from_stage else None,
                    "to_stage": ev.to_stage.value if ev.to_stage else None,
                    "detail_ct": None,
                }
            )
            payload = to_json({"reason": ev.reason[:MAX_REASON], **detail})
            out.event_payloads.append((keys, payload))

        due_date: date | None = None
        due_kind: str | None = None
        if dc.stage == Stage.RECEIVED:
            due_date = ctx.calendar.add_working_days(
                received_day, ctx.deadlines.first_response_working_days
            )
            due_kind = "first_response"
        elif dc.stage == Stage.AWAITING_INFO and awaiting_since is not None:
            due_date = awaiting_since + timedelta(days=ctx.deadlines.reply_days)
            due_kind = "reply"

        out.received_days.append(received_day)
        out.stages.append(dc.stage)
        out.cases.append(
            {
                "id": case_id,
                "register_number": None,  # write_prepared
                "register_year": received_day.year,
                "register_seq": None,
                "received_at": c.received_at,
                "channel": c.channel.value,
                "complaint_type": c.complaint_type,
                "stage": dc.stage.value,
                "stage_changed_at": stage_changed_at,
                "first_response_at": min(
                    (e.at for e in dc.events if e.from_stage == Stage.RECEIVED and e.to_stage),
                    default=None,
                ),
                "verified_at": min(
                    (e.at for e in dc.events if e.to_stage == Stage.VERIFICATION), default=None
                ),
                "outcome": dc.outcome.value if dc.outcome else None,
                "due_date": due_date,
                "due_kind": due_kind,
                "created_by": ctx.admin_id,
                "created_at": dc.events[0].at,
                "updated_at": last.at,
                "updated_by": updated_by,
                "version": version,
                "key_version": keys.version,
                "mark": "demo",  # left out of the figures (services.reports)
                **seal_complaint(case_id, keys, c, tracking),
            }
        )
        out.grants += _grant_rows(ctx, case_id, keys, officer)
        out.index += _index_rows(ctx, case_id, tracking, accused)
        if officer is not None:
            assigned_at = next((e.at for e in dc.events if e.kind == "assigned"), last.at)
            out.assignments.append(
                {
                    "case_id": case_id,
                    "user_id": officer.id,
                    "assigned_at": assigned_at,
                    "assigned_by": ctx.admin_id,
                }
            )
    return out


def write_prepared(session: Session, ctx: BulkContext, p: Prepared) -> list[str]:
    """Write a prepared batch in ``session``'s transaction: its register numbers
    taken (in the batch's order), its events' ids taken and their details sealed
    to them; returns the register numbers."""
    conn = session.connection()
    first_seq: dict[int, int] = {}
    per_year: dict[int, int] = {}
    for day in p.received_days:
        per_year[day.year] = per_year.get(day.year, 0) + 1
    for year, n in per_year.items():
        first_seq[year] = _reserve_numbers(session, REGISTER_COUNTER, year, n)
    registers: list[str] = []
    for row, day, stage in zip(p.cases, p.received_days, p.stages, strict=True):
        seq = first_seq[day.year]
        first_seq[day.year] = seq + 1
        register = format_number(ctx.pattern, seq=seq, on=day)
        registers.append(register)
        row["register_number"] = register
        row["register_seq"] = seq
        ctx.stage_counts[stage] = ctx.stage_counts.get(stage, 0) + 1

    bulk.insert_rows(conn, _table(Case), p.cases)
    bulk.insert_rows(conn, _table(CaseKeyGrant), p.grants)
    bulk.insert_rows(conn, _table(CaseIndex), p.index)
    bulk.insert_rows(conn, _table(CaseAssignment), p.assignments)
    ids = _event_ids(session, len(p.events))
    for row, event_id, (keys, payload) in zip(p.events, ids, p.event_payloads, strict=True):
        row["id"] = event_id
        row["detail_ct"] = seal_field(keys, CaseEvent.detail_ct, event_id, payload)
    bulk.insert_rows(conn, _table(CaseEvent), p.events)
    return registers


__all__ = [
    "BulkContext",
    "Officer",
    "Prepared",
    "accused_keys",
    "analyze",
    "load_context",
    "pick_officer",
    "prepare",
    "write_batch",
    "write_prepared",
]
