"""The demo office: complaints from across Nusa Tenggara Timur in every stage.

The plan (who, where, what, in which stage, and when) is made by the pure
:class:`wbs_desktop.domain.demo_plan.DemoGenerator` from the sample words of
:mod:`wbs_desktop.domain.demo_samples`. This module writes it:

* **worked cases** (a tenth of the office, at most :data:`DEFAULT_WORKED`, most in the stages
  of hearings) go through the public services, step by step at their own
  dates (:mod:`wbs_desktop.services.demo_worked`): submitted, marked as demo,
  assigned, verified, with notes, attachments, witnesses, hearings, attendance,
  minutes, letters and conclusions;
* **the mass of cases** is written in batches of ~1000 per transaction by the
  bulk writer (:mod:`wbs_desktop.services.demo_bulk`), the way the services would
  have, so 100,000 cases take minutes instead of hours (1,000,000 on
  PostgreSQL: see the README). One audit entry per batch
  (``demo_data_generated``) stands for the cases of that batch.

This module sets the office up for them (demo officers when there are none, a
head of the office who signs the letters) and runs the two in order: cases are
written oldest first, the worked ones in their place, so register numbers follow
the receiving dates. Admin only (``Action.DEMO_DATA``).
"""

from __future__ import annotations

import contextlib
import itertools
import multiprocessing
import os
import secrets
import sys
import time as _time
from collections import deque
from collections.abc import Callable, Generator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from wbs_desktop.domain.demo_plan import DemoCase, DemoGenerator
from wbs_desktop.domain.roles import Action, Role
from wbs_desktop.domain.signatories import Official
from wbs_desktop.domain.stages import Stage
from wbs_desktop.services import demo_bulk, demo_worked
from wbs_desktop.services import settings as settings_store
from wbs_desktop.services.demo_bulk import BulkContext, Officer
from wbs_desktop.services.errors import ServiceError
from wbs_desktop.storage.models import User

if TYPE_CHECKING:
    from wbs_desktop.services.context import Context

ProgressFn = Callable[[int, int], bool]  # (done, total) -> keep going?

DEFAULT_BATCH = 1000
MAX_CASES = 1_000_000
#: Cases worked through the services by default: a tenth of the office, at most
#: this many (each takes ~20 service calls and up to five letters, about a
#: second, so a big office has a worked sample, not a worked tenth).
DEFAULT_WORKED = 150
#: From this many bulk cases on, their batches are prepared in worker processes
#: by default (a worker takes a second or two to start).
PARALLEL_FROM = 20_000
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


@dataclass(frozen=True, slots=True)
class _UserStub:
    username: str
    full_name: str
    nip: str
    role: str
    active: bool



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
    processes: int | None = None,
) -> DemoResult:
    """Add ``count`` demo cases (admin only), ``worked`` of them (default
    a tenth of ``count``, at most :data:`DEFAULT_WORKED`) worked through the services.

    Officers are created first when the office has none (with
    ``officer_password``, or a generated one returned in the result); they then
    do the work of their cases themselves. ``progress(done, total)`` is called
    after each committed batch of cases, then ``step_progress(done, total)``
    after each step of the worked cases; returning False stops there (what is
    committed stays).

    ``processes``: worker processes that prepare the bulk batches (seal, grant,
    index) while this one writes them; by default one per CPU from
    :data:`PARALLEL_FROM` bulk cases on, none below or in a frozen build (0 or 1:
    all in this process).
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
    ctx = demo_bulk.load_context(ws)
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

    def flush(prepared: demo_bulk.Prepared) -> bool:
        nonlocal done, first, last
        with ws.write() as session:
            registers = demo_bulk.write_prepared(session, ctx, prepared)
            ws.record(
                session,
                "demo_data_generated",
                details={"count": len(registers), "first": registers[0], "last": registers[-1]},
            )
        first = first or registers[0]
        last = registers[-1]
        done += len(registers)
        return report()

    def report() -> bool:
        nonlocal reported
        reported = done
        return progress is None or progress(done, count) or done >= count

    segments = _segments(ctx, generator, plan, planned, max(batch_size, 1))
    processes = _processes(count - len(planned), processes)
    # closing(): the worker pool (which holds the office's keys) is shut down when
    # a write fails too, not when the traceback's frames are freed.
    with contextlib.closing(_prepared(ctx, generator, segments, processes)) as batches:
        for segment, prepared in batches:
            if prepared is not None:
                if not flush(prepared):
                    cancelled = True
                    break
                continue
            assert isinstance(segment, tuple)
            dc, officer = segment
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
    if not cancelled and reported != done:
        report()  # the last case was a worked one
    if done:
        demo_bulk.analyze(ws)

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


Segment = list[Any] | tuple[DemoCase, Officer]


def _segments(
    ctx: BulkContext,
    generator: DemoGenerator,
    plan: list[Any],
    planned: dict[int, DemoCase],
    size: int,
) -> list[Segment]:
    """The plan in the order it is written: batches of at most ``size`` bulk cases
    (a skeleton, or a case already made) between the worked cases (with their
    officer). A worked case whose every officer is the accused stays in the bulk."""
    out: list[Segment] = []
    pending: list[Any] = []
    for sk in plan:
        dc = planned.get(sk.index)
        if dc is None or not dc.worked:
            pending.append(sk if dc is None else dc)
        else:
            officer = demo_bulk.pick_officer(
                ctx, dc.officer_slot, demo_bulk.accused_keys(dc.complaint)
            )
            if officer is None:
                pending.append(generator.case(sk))
            else:
                if pending:
                    out.append(pending)
                    pending = []
                out.append((dc, officer))
                continue
        if len(pending) >= size:
            out.append(pending)
            pending = []
    if pending:
        out.append(pending)
    return out


def _processes(bulk_cases: int, wanted: int | None) -> int:
    """Worker processes for the bulk batches. None in a frozen build by default: a
    spawned worker there would start the program again."""
    if wanted is not None:
        return max(wanted, 0)
    if getattr(sys, "frozen", False) or bulk_cases < PARALLEL_FROM:
        return 0
    return os.cpu_count() or 1


_WORKER: tuple[BulkContext, DemoGenerator] | None = None


def _start_worker(ctx: BulkContext, generator: DemoGenerator) -> None:
    global _WORKER
    _WORKER = (ctx, generator)


def _prepare(ctx: BulkContext, generator: DemoGenerator, items: list[Any]) -> demo_bulk.Prepared:
    return demo_bulk.prepare(
        ctx, [x if isinstance(x, DemoCase) else generator.case(x) for x in items]
    )


def _prepare_in_worker(items: list[Any]) -> demo_bulk.Prepared:
    assert _WORKER is not None
    return _prepare(*_WORKER, items)


def _prepared(
    ctx: BulkContext, generator: DemoGenerator, segments: list[Segment], processes: int
) -> Generator[tuple[Segment, demo_bulk.Prepared | None], None, None]:
    """Each segment with its bulk batch prepared (None for a worked case).

    With ``processes`` > 1, batches are prepared that many (two per process) ahead
    by spawned workers while the caller writes. The office's keys reach them
    pickled through the pool's pipes (memory, never a file), as the prepared rows
    and case keys come back."""
    if processes <= 1:
        for seg in segments:
            yield seg, _prepare(ctx, generator, seg) if isinstance(seg, list) else None
        return
    pool = ProcessPoolExecutor(
        processes,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=_start_worker,
        initargs=(ctx, generator),
    )
    def submit(seg: Segment) -> tuple[Segment, Future[demo_bulk.Prepared] | None]:
        return seg, pool.submit(_prepare_in_worker, seg) if isinstance(seg, list) else None

    try:
        rest = iter(segments)
        ahead = deque(submit(seg) for seg in itertools.islice(rest, 2 * processes))
        while ahead:
            seg, future = ahead.popleft()
            yield seg, None if future is None else future.result()
            ahead.extend(submit(seg) for seg in itertools.islice(rest, 1))
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _workers(ws: Context, ctx: BulkContext, password: str | None) -> dict[int, Context]:
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




__all__ = ["DemoCase", "DemoGenerator", "DemoResult", "generate_demo_data"]
