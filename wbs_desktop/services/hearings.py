"""Hearings under PP 94/2021: scheduling with the summons rules (an
administrator may set an overridable rule aside, with a reason), attendance —
the accused's absence proposes the second summons, a second absence leads to a
decision on the evidence —, and the minutes. ``ProcedureService`` is a
``HearingService``; the letters check their printed dates with
``check_letter_dates``."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, time
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from wbs_desktop.domain import summons
from wbs_desktop.domain.dates import office_today, utc_now
from wbs_desktop.domain.errors import DomainError
from wbs_desktop.domain.parties import PARTY_TITLES_ID, Attendance, Party
from wbs_desktop.domain.roles import Role
from wbs_desktop.domain.stages import HEARING_STAGE, DeadlineKind, Stage
from wbs_desktop.services import settings as settings_store
from wbs_desktop.services.case_detail import hearing_info
from wbs_desktop.services.casefile import CaseFile
from wbs_desktop.services.dto import HearingInfo
from wbs_desktop.services.errors import (
    NotFound,
    PermissionDenied,
    ReasonRequired,
    ServiceError,
    SummonsRuleBroken,
)
from wbs_desktop.storage.models import Case, CaseParty, Hearing, User

if TYPE_CHECKING:
    from wbs_desktop.services.context import Context

#: The parties a hearing is for, and the stage each is heard in (the domain's).
PARTY_KINDS = tuple(p.value for p in Party)
STAGE_FOR_PARTY = HEARING_STAGE
MAX_TEXT = 100_000


@dataclass(frozen=True, slots=True)
class HearingInput:
    party_kind: str  # reporter | witness | accused
    letter_date: date  # the date of the summons / invitation letter
    day: date
    start: time
    place: str
    examiners: tuple[str, ...]
    party_id: int | None = None  # the witness
    override_reason: str = ""  # admin only: schedule inside the 7-working-day window


@dataclass(frozen=True, slots=True)
class SummonsProposal:
    """What the app proposes after the accused missed the first summons."""

    hearing_id: int
    letter_date: date
    earliest_day: date
    rule: str
    latest_letter_date: date | None = None  # the second letter's window closes then


@dataclass(frozen=True, slots=True)
class AttendanceResult:
    hearing: HearingInfo
    second_summons: SummonsProposal | None = None  # accused absent at the 1st summons
    decided_on_evidence: bool = False  # accused absent at the 2nd summons


def text_field(value: str, field: str, *, required: bool = False, limit: int = 300) -> str:
    value = value.strip()
    if required and not value:
        raise ServiceError(f"{field} is required", code="required", field=field)
    if len(value) > limit:
        raise ServiceError(f"{field} is too long", code="too_long", field=field, max=limit)
    return value


class HearingService:
    ws: Context

    def earliest_hearing_day(self, letter_date: date, *, accused: bool = True) -> date:
        """The earliest lawful examination day for a letter of that date (from today
        when the letter date has passed)."""
        with self.ws.read() as session:
            return summons.earliest_lawful_hearing(
                settings_store.calendar(session),
                letter_date,
                today=office_today(),
                rules=settings_store.summons_rules(session),
                accused=accused,
            )

    def hearing(self, hearing_id: int) -> HearingInfo:
        """One hearing (of a case the user may read)."""
        with self.ws.read() as session:
            case_id = session.scalar(select(Hearing.case_id).where(Hearing.id == hearing_id))
        if case_id is None:
            raise NotFound("no such hearing")
        for h in self.ws.cases.detail(case_id).hearings:
            if h.id == hearing_id:
                return h
        raise NotFound("no such hearing")

    def propose_second_summons(self, hearing_id: int) -> SummonsProposal:
        """The earliest lawful dates of the second summons after the accused's absence."""
        with self.ws.read() as session:
            first = session.get(Hearing, hearing_id)
            if first is None:
                raise NotFound("no such hearing")
            return self._second_proposal(session, first)

    def _second_proposal(self, session: Session, first: Hearing) -> SummonsProposal:
        rules = settings_store.summons_rules(session)
        p = summons.propose_second_summons(
            settings_store.calendar(session), first.scheduled_on, today=office_today(), rules=rules
        )
        return SummonsProposal(
            hearing_id=first.id,
            letter_date=p.letter_date,
            earliest_day=p.earliest_day,
            rule=f"{rules.min_working_days} working days",
            latest_letter_date=p.latest_letter_date,
        )

    def schedule_hearing(self, case_id: str, h: HearingInput) -> HearingInfo:
        """Schedule a hearing. For the accused (a civil servant) the summons must go
        out at least N full working days before the hearing (PP 94/2021); an
        earlier date needs an admin and a recorded reason."""
        return self._schedule(case_id, h, summons_no=1)

    def schedule_second_summons(self, hearing_id: int, h: HearingInput) -> HearingInfo:
        with self.ws.read() as session:
            first = session.get(Hearing, hearing_id)
            if first is None:
                raise NotFound("no such hearing")
            if first.party_kind != Party.ACCUSED or first.attendance != Attendance.ABSENT:
                raise ServiceError(
                    "a second summons follows an accused's absence", code="second_summons_not_due"
                )
            if first.summons_no != 1:
                raise ServiceError("there is no third summons", code="no_third_summons")
            case_id = first.case_id
            first_day = first.scheduled_on
        return self._schedule(
            case_id, h, summons_no=2, previous=hearing_id, first_hearing_day=first_day
        )

    def _schedule(
        self,
        case_id: str,
        h: HearingInput,
        *,
        summons_no: int,
        previous: int | None = None,
        first_hearing_day: date | None = None,
    ) -> HearingInfo:
        if h.party_kind not in PARTY_KINDS:
            raise ServiceError(f"unknown party {h.party_kind}", code="bad_party")
        place = text_field(h.place, "place", required=True)
        examiners = tuple(text_field(e, "examiners") for e in h.examiners if e.strip())
        if not examiners:
            raise ServiceError("name at least one examiner", code="required", field="examiners")
        override = h.override_reason.strip()
        with self.ws.write() as session:
            cf = self._working_case(session, case_id)
            case, keys = cf.case, cf.keys
            examiners = _examiners_as_people(session, examiners)
            needed = HEARING_STAGE[Party(h.party_kind)]
            if Stage(case.stage) != needed:
                raise ServiceError(
                    f"a hearing of the {h.party_kind} belongs to stage {needed.value}",
                    code="hearing_wrong_stage",
                    stage=needed.value,
                )
            party_name = PARTY_TITLES_ID[Party.REPORTER]
            if (
                h.party_kind == Party.REPORTER
                and cf.keys.identity is not None
                and cf.identity().get("anonymous")
            ):
                # A surat kaleng has nobody to invite (whoever holds no identity
                # key cannot tell; the invitation letter is refused to them anyway).
                raise ServiceError(
                    "the report is anonymous: its reporter cannot be invited to a hearing",
                    code="anonymous_reporter_hearing",
                )
            if h.party_kind == Party.WITNESS:
                party = session.get(CaseParty, h.party_id or -1)
                if party is None or party.case_id != case_id:
                    raise NotFound("no such witness on this case")
                party_name = cf.unseal(CaseParty.data_ct, party.id, party.data_ct)["name"]
            elif h.party_kind == Party.ACCUSED:
                party_name = cf.field(Case.accused_ct)["name"]
            set_aside = self._check_summons(
                session,
                h.letter_date,
                h.day,
                accused=h.party_kind == Party.ACCUSED,
                first_hearing_day=first_hearing_day,
                override=override,
            )
            overridden = bool(set_aside)
            details = {
                "place": place,
                "examiners": list(examiners),
                "override_reason": override if overridden else "",
                "party_name": party_name,
            }
            hearing = Hearing(
                case_id=case_id,
                party_kind=h.party_kind,
                party_id=h.party_id if h.party_kind == Party.WITNESS else None,
                summons_no=summons_no,
                letter_date=h.letter_date,
                scheduled_on=h.day,
                start_time=h.start.strftime("%H:%M"),
                attendance=Attendance.SCHEDULED.value,
                rule_overridden=overridden,
                details_ct=b"",
                created_at=utc_now(),
                created_by=self.ws.actor.id,
                version=1,
            )
            session.add(hearing)
            session.flush()
            hearing.details_ct = cf.seal(Hearing.details_ct, hearing.id, details)
            case.due_date = h.day
            case.due_kind = DeadlineKind.HEARING.value
            cf.changed(
                "hearing_scheduled",
                {
                    "party": h.party_kind,
                    "name": party_name,
                    "day": h.day.isoformat(),
                    "summons": str(summons_no),
                    **({"override": override} if overridden else {}),
                    **({"rules_set_aside": ",".join(set_aside)} if overridden else {}),
                    **({"previous": str(previous)} if previous else {}),
                },
                audit_details={
                    "party": h.party_kind,
                    "day": h.day.isoformat(),
                    "letter_date": h.letter_date.isoformat(),
                    "summons": summons_no,
                    "rule_overridden": overridden,
                    **({"rules_set_aside": list(set_aside)} if overridden else {}),
                },
            )
            return hearing_info(hearing, keys)

    def record_attendance(self, hearing_id: int, present: bool) -> AttendanceResult:
        with self.ws.write() as session:
            hearing = session.get(Hearing, hearing_id, with_for_update=True)
            if hearing is None:
                raise NotFound("no such hearing")
            cf = self._working_case(session, hearing.case_id)
            case, keys = cf.case, cf.keys
            try:
                summons.check_attendance(hearing.scheduled_on, today=office_today())
            except DomainError as exc:
                raise SummonsRuleBroken.of(exc) from exc
            hearing.attendance = (Attendance.PRESENT if present else Attendance.ABSENT).value
            hearing.version += 1
            proposal = None
            on_evidence = False
            detail = {"party": hearing.party_kind, "present": "yes" if present else "no"}
            if not present and hearing.party_kind == Party.ACCUSED:
                if hearing.summons_no == 1:
                    proposal = self._second_proposal(session, hearing)
                    detail["proposal"] = "second_summons"
                else:
                    on_evidence = True
                    detail["decision"] = "on_evidence"
            if present or hearing.party_kind != Party.ACCUSED:
                case.due_date = None
                case.due_kind = None
            cf.changed("attendance_recorded", detail)
            if on_evidence:
                cf.event(
                    "decision_on_evidence",
                    reason="Terlapor tidak hadir pada panggilan kedua; keputusan diambil "
                    "berdasarkan alat bukti yang ada.",
                )
            return AttendanceResult(hearing_info(hearing, keys), proposal, on_evidence)

    def record_minutes(
        self,
        hearing_id: int,
        qa: Sequence[tuple[str, str]],
        statements: str = "",
        *,
        signed: bool,
        refusal_note: str = "",
    ) -> HearingInfo:
        pairs = [(q.strip(), a.strip()) for q, a in qa if q.strip() or a.strip()]
        if not pairs:
            raise ServiceError("the minutes need at least one question and answer", code="required")
        if not signed and not refusal_note.strip():
            raise ReasonRequired("say why the examinee did not sign")
        data = {
            "qa": [list(p) for p in pairs],
            "statements": text_field(statements, "statements", limit=MAX_TEXT),
            "signed": signed,
            "refusal_note": text_field(refusal_note, "refusal_note", limit=5000),
        }
        with self.ws.write() as session:
            hearing = session.get(Hearing, hearing_id, with_for_update=True)
            if hearing is None:
                raise NotFound("no such hearing")
            if hearing.attendance != Attendance.PRESENT:
                raise ServiceError(
                    "minutes are recorded for a hearing the examinee attended",
                    code="minutes_without_attendance",
                )
            cf = self._working_case(session, hearing.case_id)
            hearing.minutes_ct = cf.seal(Hearing.minutes_ct, hearing.id, data)
            hearing.version += 1
            cf.changed(
                "minutes_recorded",
                {"party": hearing.party_kind, "signed": "yes" if signed else "no"},
            )
            return hearing_info(hearing, cf.keys)

    def _check_summons(
        self,
        session: Session,
        letter_date: date,
        day: date,
        *,
        accused: bool,
        first_hearing_day: date | None = None,
        override: str = "",
    ) -> tuple[str, ...]:
        """Apply the summons rules (:mod:`wbs_desktop.domain.summons`); an administrator's
        reason sets the overridable ones aside. Returns the rules set aside."""
        cal = settings_store.calendar(session)
        found = summons.summons_violations(
            cal,
            letter_date,
            day,
            today=office_today(),
            rules=settings_store.summons_rules(session),
            accused=accused,
            first_hearing_day=first_hearing_day,
        )
        if not found:
            return ()
        blocking = [v for v in found if not (override and v.overridable)]
        if blocking:
            raise SummonsRuleBroken.of(blocking[0].error())
        if self.ws.actor.role != Role.ADMIN:
            raise PermissionDenied(
                "only an administrator may set a summons rule aside, with a reason",
                code="override_admin_only",
            )
        return tuple(v.rule for v in found)

    def check_letter_dates(
        self,
        session: Session,
        hearing: Hearing,
        letter_date: date,
        day: date,
    ) -> None:
        """The rules again on the dates a letter prints (letter generation): what was
        set aside for the hearing stays set aside, nothing more."""
        first_day = None
        if hearing.summons_no == 2:
            first_day = session.scalar(
                select(Hearing.scheduled_on)
                .where(
                    Hearing.case_id == hearing.case_id,
                    Hearing.party_kind == Party.ACCUSED.value,
                    Hearing.summons_no == 1,
                    Hearing.attendance == Attendance.ABSENT.value,
                    Hearing.scheduled_on <= hearing.scheduled_on,
                )
                .order_by(Hearing.scheduled_on.desc())
            )
        found = summons.summons_violations(
            settings_store.calendar(session),
            letter_date,
            day,
            today=office_today(),
            rules=settings_store.summons_rules(session),
            accused=hearing.party_kind == Party.ACCUSED,
            first_hearing_day=first_day,
        )
        for v in found:
            if (
                hearing.rule_overridden
                and v.overridable
                and (letter_date == hearing.letter_date and day == hearing.scheduled_on)
            ):
                continue
            raise SummonsRuleBroken.of(v.error())

    def _working_case(
        self, session: Session, case_id: str, expected_version: int | None = None
    ) -> CaseFile:
        """The case, locked, with the actor's keys; checks role, assignment and stage."""
        return CaseFile.open(
            session, self.ws.actor, case_id, working=True, expected_version=expected_version
        )


def _examiners_as_people(session: Session, named: tuple[str, ...]) -> tuple[str, ...]:
    """Examiners named by a user name (``wbs-admin hearing schedule --examiner
    nikolaus.selan``) become that user's full name, so that the summons finds the
    person (NIP, pangkat, jabatan) behind it; other names stay as written."""
    users = dict(
        session.execute(
            select(User.username, User.full_name).where(
                User.username.in_([n.casefold() for n in named])
            )
        ).all()
    )
    return tuple(users.get(n.casefold()) or n for n in named)
