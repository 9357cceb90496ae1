"""The front desk's look-up by tracking code: what the reporter can be told.

A reporter (at the counter, on the phone) gives the tracking code printed on
their receipt; the desk sees the stage, the date received, and the next step
that concerns the reporter with its date (``domain.front_desk``). Everything
comes from plain metadata found through the tracking digest — no case key is
opened, so staff, who keep no key, can answer too. The case itself is offered
("Open the case") only to a user who may read it: an administrator, or an
officer assigned to it; anyone else gets no case id. Every look-up is an audit
entry (found or not), as the one-line look-up always was.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import func, select

from wbs_desktop.domain.dates import office_today
from wbs_desktop.domain.errors import DomainError
from wbs_desktop.domain.front_desk import ReporterStep, next_step
from wbs_desktop.domain.parties import Attendance, Party
from wbs_desktop.domain.roles import Action, Role
from wbs_desktop.domain.stages import Stage
from wbs_desktop.domain.tracking import normalize_tracking_code
from wbs_desktop.services.casefile import office_date
from wbs_desktop.services.errors import NotFound, ServiceError
from wbs_desktop.services.intake import lookup_digest
from wbs_desktop.storage.models import Case, CaseAssignment, CaseIndex, Hearing

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from wbs_desktop.services.context import Context


@dataclass(frozen=True, slots=True)
class FrontDeskStatus:
    """What the front desk sees for a tracking code."""

    stage: Stage
    received_on: date
    next_step: ReporterStep
    next_on: date | None
    #: The case, for a user who may open it (None for everyone else).
    case_id: str | None = None
    register_number: str | None = None


def look_up(ws: Context, code: str) -> FrontDeskStatus:
    """The status of the case with this tracking code (NotFound when none has it)."""
    actor = ws.actor
    actor.require(Action.LOOKUP_TRACKING)
    try:
        normalized = normalize_tracking_code(code)
    except DomainError as exc:
        raise ServiceError(str(exc), code=exc.code) from exc
    digest = lookup_digest(ws.actor, "tracking", normalized)
    hearing_on: date | None = None
    may_open = False
    with ws.read() as session:
        case = session.execute(
            select(Case.id, Case.register_number, Case.stage, Case.received_at,
                   Case.stage_changed_at, Case.due_date, Case.due_kind)
            .join(CaseIndex, CaseIndex.case_id == Case.id)
            .where(CaseIndex.kind == "tracking", CaseIndex.digest == digest)
        ).first()
        if case is not None:
            hearing_on = _reporter_hearing(session, case.id)
            may_open = _may_open(ws, session, case.id)
    with ws.write() as session:
        ws.record(session, "tracking_lookup", details={"found": case is not None})
    if case is None:
        raise NotFound("no case has this tracking code")
    stage = Stage(case.stage)
    step = next_step(
        stage,
        due_date=case.due_date,
        due_kind=case.due_kind,
        stage_changed_on=office_date(case.stage_changed_at),
        reporter_hearing_on=hearing_on,
    )
    return FrontDeskStatus(
        stage=stage,
        received_on=office_date(case.received_at),
        next_step=step.step,
        next_on=step.on,
        case_id=str(case.id) if may_open else None,
        register_number=str(case.register_number) if may_open else None,
    )


def _reporter_hearing(session: Session, case_id: str) -> date | None:
    """The reporter's next scheduled hearing day (today or later), if any."""
    day = session.scalar(
        select(func.min(Hearing.scheduled_on)).where(
            Hearing.case_id == case_id,
            Hearing.party_kind == Party.REPORTER.value,
            Hearing.attendance == Attendance.SCHEDULED.value,
            Hearing.scheduled_on >= office_today(),
        )
    )
    return day if isinstance(day, date) else None


def _may_open(ws: Context, session: Session, case_id: str) -> bool:
    actor = ws.actor
    if not actor.can(Action.VIEW_CASE):
        return False
    if actor.role == Role.ADMIN:
        return True
    return session.scalar(
        select(func.count()).select_from(CaseAssignment).where(
            CaseAssignment.case_id == case_id, CaseAssignment.user_id == actor.id)
    ) == 1
