"""My work: what is due for the logged-in user, from plain metadata only.

The first tab of the main window and the reminder at login ask this once per
refresh, off the GUI thread. Every figure comes from plain columns (hearing
days and times, the party's kind, due dates and kinds, letter kinds and print
counts, assignments, register numbers): no case key is opened and no
identity decrypted, so it costs a handful of indexed queries at 100,000 cases.

Whose work:

- an officer: the cases assigned to them;
- an administrator (the head of unit supervises every case): every case, and
  the cases still waiting for an officer;
- staff, who keep no case: only the letters they made and did not print yet
  (receipts).

Letters waiting to be printed are those the user made (an administrator: any),
still live (not replaced by a correction) and never printed. Each list is
capped at :data:`SHOWN` items; its ``total`` says how many there are.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import exists, func, or_, select

from wbs_desktop.domain.dates import OFFICE_TZ, office_today
from wbs_desktop.domain.parties import Attendance
from wbs_desktop.domain.roles import Action, Role
from wbs_desktop.domain.stages import FINAL_STAGE_VALUES, DeadlineKind
from wbs_desktop.services import settings as settings_store
from wbs_desktop.storage.models import Case, CaseAssignment, Hearing, Letter

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from wbs_desktop.services.context import Context

#: Items listed per section (the rest are counted).
SHOWN = 100
#: Deadlines shown ahead of time, in working days.
SOON_WORKING_DAYS = 3
_FINAL = tuple(FINAL_STAGE_VALUES)


@dataclass(frozen=True, slots=True)
class WorkItem:
    case_id: str
    register_number: str
    day: date | None = None
    #: hearings: "09:00"; empty otherwise
    time: str = ""
    #: hearings: the party (reporter | witness | accused); deadlines: the due kind;
    #: letters: the letter kind; waiting for assignment: the stage
    what: str = ""
    #: hearings: the summons number (1, 2); letters: the letter id
    ref: int | None = None


@dataclass(frozen=True, slots=True)
class Section:
    items: tuple[WorkItem, ...] = ()
    total: int = 0


@dataclass(frozen=True, slots=True)
class MyWork:
    today: date
    #: the last day counted as "soon" for deadlines (today + 3 working days)
    soon_until: date
    hearings_today: Section = field(default_factory=Section)
    hearings_week: Section = field(default_factory=Section)  # after today, to Sunday
    overdue: Section = field(default_factory=Section)
    deadlines_soon: Section = field(default_factory=Section)  # today .. soon_until
    letters_unprinted: Section = field(default_factory=Section)
    unassigned: Section = field(default_factory=Section)  # administrators only

    @property
    def due_today(self) -> int:
        """Hearings today and deadlines that fall today: the login's reminder."""
        return self.hearings_today.total + sum(
            1 for i in self.deadlines_soon.items if i.day == self.today)

    @property
    def empty(self) -> bool:
        return not any(s.total for s in (
            self.hearings_today, self.hearings_week, self.overdue, self.deadlines_soon,
            self.letters_unprinted, self.unassigned))


def my_work(ws: Context) -> MyWork:
    actor = ws.actor
    actor.require(Action.LIST_CASES)
    today = office_today()
    week_end = today + timedelta(days=6 - today.weekday())
    role = actor.role
    with ws.read() as session:
        soon = settings_store.calendar(session).add_working_days(today, SOON_WORKING_DAYS)
        letters = _letters(session, None if role == Role.ADMIN else actor.id)
        if role == Role.STAFF:
            return MyWork(today, soon, letters_unprinted=letters)
        mine = None if role == Role.ADMIN else actor.id
        return MyWork(
            today,
            soon,
            hearings_today=_hearings(session, mine, today, today),
            hearings_week=_hearings(session, mine, today + timedelta(days=1), week_end),
            overdue=_deadlines(session, mine, None, today - timedelta(days=1)),
            deadlines_soon=_deadlines(session, mine, today, soon, hearings_until=week_end),
            letters_unprinted=letters,
            unassigned=_unassigned(session) if role == Role.ADMIN else Section(),
        )


def _section(session: Session, query: Any, row: Any) -> Section:
    """The first SHOWN rows and how many there are, in one statement (a window count)."""
    rows = session.execute(query.add_columns(func.count().over().label("total")).limit(SHOWN))
    items, total = [], 0
    for r in rows:
        items.append(row(r))
        total = int(r.total)
    return Section(tuple(items), total)


def _of(query: Any, case_id: Any, mine: int | None) -> Any:
    """Only the cases assigned to ``mine`` (a user id; None: every case)."""
    if mine is None:
        return query
    return query.join(CaseAssignment, (CaseAssignment.case_id == case_id)
                      & (CaseAssignment.user_id == mine))


def _hearings(session: Session, mine: int | None, first: date, last: date) -> Section:
    query = (
        select(Hearing.case_id, Case.register_number, Hearing.scheduled_on,
               Hearing.start_time, Hearing.party_kind, Hearing.summons_no)
        .join(Case, Case.id == Hearing.case_id)
        .where(Hearing.scheduled_on >= first, Hearing.scheduled_on <= last,
               Hearing.attendance == Attendance.SCHEDULED.value, Case.stage.notin_(_FINAL))
        .order_by(Hearing.scheduled_on, Hearing.start_time, Case.register_number)
    )
    return _section(session, _of(query, Hearing.case_id, mine), lambda r: WorkItem(
        r.case_id, r.register_number, r.scheduled_on, r.start_time, r.party_kind,
        r.summons_no))


def _deadlines(session: Session, mine: int | None, first: date | None, last: date,
               hearings_until: date | None = None) -> Section:
    """Cases due between ``first`` and ``last``; a hearing day up to ``hearings_until``
    is left out (the hearing lists show it)."""
    query = (
        select(Case.id, Case.register_number, Case.due_date, Case.due_kind)
        .where(Case.due_date.is_not(None), Case.due_date <= last, Case.stage.notin_(_FINAL))
        .order_by(Case.due_date, Case.register_number)
    )
    if first is not None:
        query = query.where(Case.due_date >= first)
    if hearings_until is not None:
        query = query.where(
            or_(Case.due_kind.is_(None), Case.due_kind != DeadlineKind.HEARING.value,
                Case.due_date > hearings_until))
    return _section(session, _of(query, Case.id, mine), lambda r: WorkItem(
        r.id, r.register_number, r.due_date, what=r.due_kind or ""))


def _letters(session: Session, made_by: int | None) -> Section:
    query = (
        select(Letter.id, Letter.case_id, Letter.kind, Letter.issued_on, Case.register_number)
        .join(Case, Case.id == Letter.case_id)
        .where(Letter.print_count == 0, Letter.superseded_by.is_(None))
        .order_by(Letter.issued_on, Letter.id)
    )
    if made_by is not None:
        query = query.where(Letter.created_by == made_by)
    return _section(session, query, lambda r: WorkItem(
        r.case_id, r.register_number, r.issued_on, what=r.kind, ref=r.id))


def _unassigned(session: Session) -> Section:
    query = (
        select(Case.id, Case.register_number, Case.received_at, Case.stage)
        # NOT EXISTS, not NOT IN (subquery): PostgreSQL plans it as an anti-join;
        # NOT IN re-scanned the assignments per case once they outgrew work_mem
        # (20 minutes at 300,000 cases).
        .where(~exists().where(CaseAssignment.case_id == Case.id), Case.stage.notin_(_FINAL))
        .order_by(Case.received_at, Case.register_number)
    )
    return _section(session, query, lambda r: WorkItem(
        r.id, r.register_number, r.received_at.astimezone(OFFICE_TZ).date(),
        what=r.stage))
