"""The demo office: complaints from across Nusa Tenggara Timur in every stage.

The plan (who, where, what, in which stage, and when) is made by the pure
:class:`wbs_desktop.domain.demo_plan.DemoGenerator` from the sample words of
:mod:`wbs_desktop.domain.demo_samples`. This module writes it:

* **worked cases** (a tenth of the office, at most :data:`DEFAULT_WORKED`, most in the stages
  of hearings) go through the public services, step by step at their own
  dates (:mod:`wbs_desktop.services.demo_worked`): submitted, marked as demo,
  assigned, verified, with notes, attachments, witnesses, hearings, attendance,
  minutes, letters and conclusions;
* **the mass of cases** is written in batches of ~1000 per transaction, one
  statement per table and batch (``COPY`` on PostgreSQL, ``executemany`` on
  SQLite: :func:`wbs_desktop.storage.bulk.insert_rows`), the way
  ``CaseService.submit``, ``assign`` and ``transition`` would have (same field
  encryption, key grants to every active admin and the recovery key plus the
  assigned officer, HMAC index entries, encrypted timeline events, the demo
  mark), so 100,000 cases take minutes instead of hours (1,000,000 on
  PostgreSQL: see the README). The planner's statistics are refreshed
  afterwards (``ANALYZE``). One audit entry per batch (``demo_data_generated``)
  stands for the cases of that batch. Their timelines claim no letter or hearing.

Cases are written oldest first, the worked ones in their place, so register
numbers follow the receiving dates. Admin only (``Action.DEMO_DATA``).

The acting admin's own grants on bulk cases are stored already *wrapped* under
their data key — the form the service gives a sealed grant on its first use —
which saves one key exchange per grant now and another at the first read.
"""

from __future__ import annotations

import secrets
import time as _time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any, cast

from sqlalchemy import Table, func, insert, select, text, update
from sqlalchemy.orm import Session

from wbs_desktop.domain.complaint import ComplaintInput
from wbs_desktop.domain.dates import OFFICE_TZ
from wbs_desktop.domain.demo_plan import DemoCase, DemoGenerator
from wbs_desktop.domain.numbering import format_number
from wbs_desktop.domain.roles import Action, Role
from wbs_desktop.domain.signatories import Official
from wbs_desktop.domain.stages import Stage
from wbs_desktop.domain.text import normalize_nip, normalize_person_name
from wbs_desktop.domain.tracking import new_tracking_code, normalize_tracking_code
from wbs_desktop.services import demo_worked
from wbs_desktop.services import settings as settings_store
from wbs_desktop.services.casefile import (
    MAX_REASON,
    REGISTER_COUNTER,
    seal_complaint,
    seal_field,
    to_json,
)
from wbs_desktop.services.errors import ServiceError
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

ProgressFn = Callable[[int, int], bool]  # (done, total) -> keep going?

DEFAULT_BATCH = 1000
MAX_CASES = 1_000_000
#: Cases worked through the services by default: a tenth of the office, at most
#: this many (each takes ~20 service calls and up to five letters, about a
#: second, so a big office has a worked sample, not a worked tenth).
DEFAULT_WORKED = 150
DEMO_HEAD_KEY = "kepala-demo"  # the demo office's head, who signs its letters


@dataclass(frozen=True, slots=True)
class DemoResult:
    cases: int
    first_register: str | None
    last_register: str | None
    stage_counts: dict[Stage, int]
    officers_created: tuple[str, ...]
    officer_password: str | None  # set when officers were created with a generated one
    seconds: float
    cancelled: bool = False
    worked: demo_worked.WorkedCounts = field(default_factory=demo_worked.WorkedCounts)


# ============================================================================
# Writing them


@dataclass(frozen=True, slots=True)
class _UserStub:
    username: str
    full_name: str
    nip: str
    role: str
    active: bool


@dataclass(frozen=True, slots=True)
class _Officer:
    id: int
    username: str
    full_name: str
    nip: str  # normalized
    name_key: str  # normalize_person_name(full_name)
    recipient: keystore.Recipient


@dataclass
class _Context:
    admin_id: int
    data_key: bytes  # the acting admin's: their grants are stored wrapped
    sealed_to: list[keystore.Recipient]  # other active admins and the recovery key
    officers: list[_Officer]
    pattern: str
    calendar: Any
    deadlines: settings_store.Deadlines
    index_key: bytes
    tracking_key: bytes
    stage_counts: dict[Stage, int] = field(default_factory=dict)


def generate_demo_data(
    ws: Context,
    count: int,
    *,
    seed: int | str | None = None,
    batch_size: int = DEFAULT_BATCH,
    progress: ProgressFn | None = None,
    officer_password: str | None = None,
    now: datetime | None = None,
    worked: int | None = None,
    step_progress: ProgressFn | None = None,
) -> DemoResult:
    """Add ``count`` demo cases (admin only), ``worked`` of them (default
    a tenth of ``count``, at most :data:`DEFAULT_WORKED`) worked through the services.

    Officers are created first when the office has none (with
    ``officer_password``, or a generated one returned in the result); they then
    do the work of their cases themselves. ``progress(done, total)`` is called
    after each committed batch of cases, then ``step_progress(done, total)``
    after each step of the worked cases; returning False stops there (what is
    committed stays).
    """
    actor = ws.actor
    actor.require(Action.DEMO_DATA)
    if count < 1 or count > MAX_CASES:
        raise ServiceError(f"the number of demo cases must be 1 to {MAX_CASES:,}")
    if actor.index_key is None or actor.tracking_key is None:
        raise ServiceError("this account holds no office index key")
    started = _time.monotonic()
    types = [t.code for t in ws.cases.complaint_types()]
    with ws.read() as session:
        users = [
            _UserStub(*row)
            for row in session.execute(
                select(User.username, User.full_name, User.nip, User.role, User.active)
            )
        ]
        rules = settings_store.summons_rules(session)
    generator = DemoGenerator(
        seed,
        types,
        now=now,
        avoid_names=[u.full_name for u in users],
        avoid_nips=[u.nip for u in users],
    )

    created, generated_password = _ensure_officers(ws, generator, users, officer_password)
    _ensure_signer(ws, generator)
    ctx = _load_context(ws)
    if not ctx.officers:
        raise ServiceError("no active officer or admin to assign the demo cases to")
    workers = _workers(ws, ctx, (officer_password or generated_password) if created else None)

    wanted = min(count, min(DEFAULT_WORKED, count // 10) if worked is None else worked)
    plan = generator.skeleton(count, worked=wanted, calendar=ctx.calendar)
    worked_cases: list[demo_worked.WorkedCase] = []
    planned = {sk.index: generator.case(sk, ctx.calendar, rules) for sk in plan if sk.worked}
    done = reported = 0
    first = last = None
    cancelled = False
    pending: list[DemoCase] = []

    def flush() -> bool:
        nonlocal done, first, last
        if not pending:
            return True
        with ws.write() as session:
            registers = _write_batch(ws, session, ctx, pending)
            ws.record(
                session,
                "demo_data_generated",
                details={"count": len(pending), "first": registers[0], "last": registers[-1]},
            )
        first = first or registers[0]
        last = registers[-1]
        done += len(pending)
        pending.clear()
        return report()

    def report() -> bool:
        nonlocal reported
        reported = done
        return progress is None or progress(done, count) or done >= count

    for sk in plan:
        dc = planned.get(sk.index) or generator.case(sk)
        if not dc.worked:
            pending.append(dc)
            if len(pending) >= max(batch_size, 1) and not flush():
                cancelled = True
                break
            continue
        officer = _pick_officer(ctx, dc.officer_slot, _accused_keys(dc.complaint))
        if officer is None:  # every officer is the accused: left in the bulk
            pending.append(generator.case(sk))
            continue
        if not flush():
            cancelled = True
            break
        case_id, register = demo_worked.submit(ws, dc)
        worked_cases.append(
            demo_worked.WorkedCase(
                dc,
                case_id,
                register,
                officer.id,
                officer.full_name,
                workers.get(officer.id, ws),
            )
        )
        ctx.stage_counts[dc.stage] = ctx.stage_counts.get(dc.stage, 0) + 1
        first = first or register
        last = register
        done += 1
    if not cancelled:
        cancelled = not flush()
        if not cancelled and reported != done:
            report()  # the last case was a worked one
    if done:
        _analyze(ws)

    counts = demo_worked.WorkedCounts()
    steps = sum(len(w.demo.work) for w in worked_cases)
    stepped = 0
    if not cancelled:

        def step_done() -> bool:
            nonlocal stepped
            stepped += 1
            return step_progress is None or step_progress(stepped, steps) or stepped >= steps

        cancelled = not demo_worked.replay(ws, worked_cases, counts, step_done)
    for worker in {id(w): w for w in workers.values()}.values():
        worker.logout()
    return DemoResult(
        cases=sum(ctx.stage_counts.values()),
        first_register=first,
        last_register=last,
        stage_counts=dict(ctx.stage_counts),
        officers_created=tuple(created),
        officer_password=generated_password,
        seconds=_time.monotonic() - started,
        cancelled=cancelled,
        worked=counts,
    )


def _analyze(ws: Context) -> None:
    """Planner statistics for the tables just filled (PostgreSQL): the register's
    covering indexes are used at once, not after autovacuum's next ANALYZE."""
    with ws.office.db.engine.connect() as conn:
        bulk.analyze(
            conn,
            [_table(m).name for m in (Case, CaseKeyGrant, CaseIndex, CaseAssignment, CaseEvent)],
        )
        conn.commit()


def _workers(ws: Context, ctx: _Context, password: str | None) -> dict[int, Context]:
    """The officers' own workspaces (their password is known when this run made
    them): they work their cases; otherwise the administrator does."""
    if password is None:
        return {}
    return {
        o.id: ws.office.login(o.username, password) for o in ctx.officers if o.id != ctx.admin_id
    }


def _ensure_officers(
    ws: Context, generator: DemoGenerator, users: list[_UserStub], password: str | None
) -> tuple[list[str], str | None]:
    """Create the demo officers through the account service when there are none."""
    if any(u.active and u.role == Role.OFFICER.value for u in users):
        return [], None
    generated = None
    if password is None:
        generated = password = "Demo-" + "-".join(
            "".join(secrets.choice("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(4))
            for _ in range(3)
        )
    taken = {u.username for u in users}
    created = []
    for username, full_name, nip, position in generator.officer_identities():
        if username in taken:
            continue
        ws.accounts.add_user(
            username, full_name, Role.OFFICER, password, nip=nip, position=position
        )
        created.append(username)
    return created, generated


def _ensure_signer(ws: Context, generator: DemoGenerator) -> None:
    """A demo head of the office who signs every letter, when nobody signs yet
    (so the demo's letters read as the office's would: name, pangkat, NIP)."""
    from wbs_desktop.letters.model import LetterKind
    from wbs_desktop.services.signatories import DEFAULT_SIGNER, SignatoryService

    service = SignatoryService(ws)
    if service.signers() or service.signer_of(LetterKind.SUMMONS_ACCUSED).configured:
        return
    name, nip, rank = generator.head_identity()
    service.set_official(Official(DEMO_HEAD_KEY, name, nip, rank, service.head_position()))
    service.set_signer(DEFAULT_SIGNER, DEMO_HEAD_KEY)


def _load_context(ws: Context) -> _Context:
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
        return _Context(
            admin_id=actor.id,
            data_key=actor.secrets.data_key,
            sealed_to=sealed_to,
            officers=[
                _Officer(
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
    ctx: _Context, case_id: str, keys: keystore.CaseKeys, officer: _Officer | None
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


def _accused_keys(c: ComplaintInput) -> tuple[str, str]:
    """The accused's look-up keys: normalized name and NIP (either may be empty)."""
    return normalize_person_name(c.accused.name), normalize_nip(c.accused.nip)


def _index_rows(
    ctx: _Context, case_id: str, tracking: str, accused: tuple[str, str]
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


def _pick_officer(ctx: _Context, slot: int | None, accused: tuple[str, str]) -> _Officer | None:
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


def _write_batch(ws: Context, session: Session, ctx: _Context, batch: list[DemoCase]) -> list[str]:
    conn = session.connection()
    first_seq: dict[int, int] = {}
    per_year: dict[int, int] = {}
    for dc in batch:
        year = dc.complaint.received_at.astimezone(OFFICE_TZ).year
        per_year[year] = per_year.get(year, 0) + 1
    for year, n in per_year.items():
        first_seq[year] = _reserve_numbers(session, REGISTER_COUNTER, year, n)

    case_rows: list[dict[str, Any]] = []
    grant_rows: list[dict[str, Any]] = []
    index_rows: list[dict[str, Any]] = []
    assignment_rows: list[dict[str, Any]] = []
    event_rows: list[dict[str, Any]] = []
    event_payloads: list[tuple[keystore.CaseKeys, bytes]] = []
    registers: list[str] = []
    for dc in batch:
        c = dc.complaint
        received_day = c.received_at.astimezone(OFFICE_TZ).date()
        seq = first_seq[received_day.year]
        first_seq[received_day.year] = seq + 1
        register = format_number(ctx.pattern, seq=seq, on=received_day)
        registers.append(register)
        case_id = uuid.uuid4().hex
        keys = keystore.CaseKeys.generate()
        tracking = new_tracking_code()
        accused = _accused_keys(c)
        officer = _pick_officer(ctx, dc.officer_slot, accused)

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
            event_rows.append(
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
            event_payloads.append((keys, payload))

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

        case_rows.append(
            {
                "id": case_id,
                "register_number": register,
                "register_year": received_day.year,
                "register_seq": seq,
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
        grant_rows += _grant_rows(ctx, case_id, keys, officer)
        index_rows += _index_rows(ctx, case_id, tracking, accused)
        if officer is not None:
            assigned_at = next((e.at for e in dc.events if e.kind == "assigned"), last.at)
            assignment_rows.append(
                {
                    "case_id": case_id,
                    "user_id": officer.id,
                    "assigned_at": assigned_at,
                    "assigned_by": ctx.admin_id,
                }
            )
        ctx.stage_counts[dc.stage] = ctx.stage_counts.get(dc.stage, 0) + 1

    bulk.insert_rows(conn, _table(Case), case_rows)
    bulk.insert_rows(conn, _table(CaseKeyGrant), grant_rows)
    bulk.insert_rows(conn, _table(CaseIndex), index_rows)
    bulk.insert_rows(conn, _table(CaseAssignment), assignment_rows)
    ids = _event_ids(session, len(event_rows))
    for row, event_id, (keys, payload) in zip(event_rows, ids, event_payloads, strict=True):
        row["id"] = event_id
        row["detail_ct"] = seal_field(keys, CaseEvent.detail_ct, event_id, payload)
    bulk.insert_rows(conn, _table(CaseEvent), event_rows)
    return registers


__all__ = ["DemoCase", "DemoGenerator", "DemoResult", "generate_demo_data"]
