"""The procedure between "received" and "concluded": verification, requests for
more information, closing, conclusion, witnesses, hearings under PP 94/2021,
minutes, notes and attachments. Each action is a timeline event and an audit
entry; each is allowed only for the right role, stage and grant."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, time
from typing import TYPE_CHECKING, Any

from sqlalchemy import ColumnElement, exists, select
from sqlalchemy.orm import Session

from wbs_desktop.domain import summons
from wbs_desktop.domain.attachments import AttachmentRefused, check_attachment
from wbs_desktop.domain.complaint import AccusedInput
from wbs_desktop.domain.conflict import Person
from wbs_desktop.domain.dates import office_today, utc_now
from wbs_desktop.domain.errors import DomainError
from wbs_desktop.domain.roles import Action, Role
from wbs_desktop.domain.stages import CloseReason, Outcome, Stage
from wbs_desktop.domain.validation import ValidationError, check_email, check_nip, check_phone
from wbs_desktop.services import conflicts, people_index
from wbs_desktop.services import settings as settings_store
from wbs_desktop.services.casefile import CaseFile, load_case, open_json
from wbs_desktop.services.dto import (
    AttachmentInfo,
    CaseDetail,
    HearingInfo,
    MinutesInfo,
    NoteInfo,
    PartyInfo,
)
from wbs_desktop.services.errors import (
    Conflict,
    IntegrityBroken,
    NotFound,
    PermissionDenied,
    ReasonRequired,
    ServiceError,
    SummonsRuleBroken,
)
from wbs_desktop.storage import crypto
from wbs_desktop.storage import keys as keystore
from wbs_desktop.storage.models import (
    Attachment,
    Case,
    CaseNote,
    CaseParty,
    Hearing,
    Letter,
    User,
)

if TYPE_CHECKING:
    from wbs_desktop.services.workspace import Workspace

PARTY_KINDS = ("reporter", "witness", "accused")
STAGE_FOR_PARTY = {
    "reporter": Stage.CLARIFICATION,
    "witness": Stage.CLARIFICATION,
    "accused": Stage.EXAMINATION,
}
MAX_TEXT = 100_000


@dataclass(frozen=True, slots=True)
class WitnessInput:
    name: str
    phone: str = ""
    email: str = ""
    nip: str = ""
    position: str = ""
    unit: str = ""


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


def _text(value: str, field: str, *, required: bool = False, limit: int = 300) -> str:
    value = value.strip()
    if required and not value:
        raise ServiceError(f"{field} is required", code="required", field=field)
    if len(value) > limit:
        raise ServiceError(f"{field} is too long", code="too_long", field=field, max=limit)
    return value


class ProcedureService:
    def __init__(self, ws: Workspace) -> None:
        self.ws = ws

    # ======================================================================
    # Stage actions with their own meaning

    def start_verification(
        self, case_id: str, *, expected_version: int | None = None
    ) -> CaseDetail:
        return self.ws.cases.transition(
            case_id, Stage.VERIFICATION, "", expected_version=expected_version
        )

    def mark_complete(
        self, case_id: str, note: str = "", *, expected_version: int | None = None
    ) -> CaseDetail:
        """The report is complete (4W1H + evidence): start the investigation."""
        return self.ws.cases.transition(
            case_id,
            Stage.INVESTIGATION,
            note or "laporan lengkap",
            expected_version=expected_version,
            detail={"complete": "yes"},
        )

    def request_information(
        self,
        case_id: str,
        missing: Sequence[str],
        *,
        deadline: date | None = None,
        expected_version: int | None = None,
    ) -> CaseDetail:
        """Ask the reporter for more; the reply deadline defaults to the setting."""
        items = [m.strip() for m in missing if m.strip()]
        if not items:
            raise ReasonRequired("say what is missing from the report")
        detail = {"missing": json.dumps(items, ensure_ascii=False)}
        if deadline is not None:
            if deadline <= office_today():
                raise ServiceError("the reply deadline must be in the future", code="deadline_past")
            detail["deadline"] = deadline.isoformat()
        result = self.ws.cases.transition(
            case_id,
            Stage.AWAITING_INFO,
            "; ".join(items),
            expected_version=expected_version,
            detail=detail,
        )
        if deadline is not None:
            with self.ws.write() as session:
                case = load_case(session, case_id, for_update=True)
                case.due_date = deadline
                case.due_kind = "reply"
            result = self.ws.cases.detail(case_id)
        return result

    def record_reply(
        self, case_id: str, summary: str, *, expected_version: int | None = None
    ) -> CaseDetail:
        """The reporter answered: back to verification."""
        summary = _text(summary, "summary", required=True, limit=MAX_TEXT)
        return self.ws.cases.transition(
            case_id,
            Stage.VERIFICATION,
            summary,
            expected_version=expected_version,
            detail={"reply": "received"},
        )

    def close(
        self,
        case_id: str,
        reason: CloseReason,
        note: str = "",
        *,
        duplicate_of: str | None = None,
        expected_version: int | None = None,
    ) -> CaseDetail:
        detail = {"close_reason": reason.value}
        if reason == CloseReason.DUPLICATE:
            if not duplicate_of:
                raise ServiceError("name the case this one duplicates", code="duplicate_required")
            other = self._case_by_register(duplicate_of)
            if other == case_id:
                raise ServiceError("a case cannot duplicate itself", code="duplicate_self")
            detail["duplicate_of"] = duplicate_of.strip().upper()
        text = (
            note.strip()
            or {
                CloseReason.INCOMPLETE_AFTER_DEADLINE: "tidak dilengkapi sampai batas waktu",
                CloseReason.OUT_OF_SCOPE: "di luar kewenangan",
                CloseReason.DUPLICATE: f"duplikat dari {duplicate_of}",
            }[reason]
        )
        return self.ws.cases.transition(
            case_id, Stage.CLOSED, text, expected_version=expected_version, detail=detail
        )

    def conclude(
        self,
        case_id: str,
        outcome: Outcome,
        summary: str,
        recommendations: str = "",
        *,
        referred_to: str = "",
        expected_version: int | None = None,
    ) -> CaseDetail:
        summary = _text(summary, "summary", required=True, limit=MAX_TEXT)
        detail = {"recommendations": _text(recommendations, "recommendations", limit=MAX_TEXT)}
        if outcome == Outcome.REFERRED:
            detail["referred_to"] = _text(referred_to, "referred_to", required=True)
        return self.ws.cases.transition(
            case_id,
            Stage.CONCLUDED,
            summary,
            outcome=outcome,
            expected_version=expected_version,
            detail=detail,
        )

    def reopen(self, case_id: str, target: Stage, reason: str) -> CaseDetail:
        """Admin: back to an earlier working stage (also out of concluded/closed)."""
        self.ws.actor.require(Action.STEP_BACK)
        return self.ws.cases.transition(case_id, target, reason)

    # ======================================================================
    # Parties

    def add_witness(self, case_id: str, witness: WitnessInput) -> PartyInfo:
        data = self._check_witness(witness)
        with self.ws.write() as session:
            cf = self._working_case(session, case_id)
            party = CaseParty(
                case_id=case_id,
                kind="witness",
                data_ct=b"",
                created_at=utc_now(),
                created_by=self.ws.actor.id,
                version=1,
            )
            session.add(party)
            session.flush()
            party.data_ct = cf.seal(CaseParty.data_ct, party.id, data)
            cf.changed("witness_added", {"witness": data["name"]})
            return PartyInfo(id=party.id, kind="witness", version=1, **data)

    def edit_witness(
        self, party_id: int, witness: WitnessInput, *, expected_version: int | None = None
    ) -> PartyInfo:
        data = self._check_witness(witness)
        with self.ws.write() as session:
            party = session.get(CaseParty, party_id, with_for_update=True)
            if party is None:
                raise NotFound("no such witness")
            if expected_version is not None and party.version != expected_version:
                raise Conflict(
                    "the witness was changed by someone else", changed_by="", changed_at=None
                )
            cf = self._working_case(session, party.case_id)
            party.data_ct = cf.seal(CaseParty.data_ct, party.id, data)
            party.version += 1
            cf.changed("witness_edited", {"witness": data["name"]})
            return PartyInfo(id=party.id, kind="witness", version=party.version, **data)

    def update_accused(
        self, case_id: str, accused: AccusedInput, *, expected_version: int | None = None
    ) -> CaseDetail:
        """Complete or correct the accused's details (re-indexed for look-ups)."""
        name = _text(accused.name, "accused.name", required=True)
        nip = ""
        if accused.nip.strip():
            try:
                nip = check_nip(accused.nip, field="accused.nip")
            except ValidationError as exc:
                raise ServiceError(str(exc), code=exc.code, field="accused.nip") from exc
        data = {
            "name": name,
            "nip": nip,
            "position": _text(accused.position, "accused.position"),
            "unit": _text(accused.unit, "accused.unit"),
            "rank": _text(accused.rank, "accused.rank"),
        }
        with self.ws.write() as session:
            cf = self._working_case(session, case_id, expected_version)
            case = cf.case
            # An assigned officer who is the new accused goes first, so the
            # correction is written under keys he never holds.
            cf.keys = keys = conflicts.before_accused_change(
                self.ws, session, case, cf.keys, Person(name, nip)
            )
            still_holds = (case.id, keys.version) in self.ws.actor.case_keys
            case.accused_ct = cf.seal(Case.accused_ct, case.id, data)
            people_index.index_person(self.ws, session, case_id, name, nip)
            self.ws.actor.forget_case(case_id)
            if still_holds:
                self.ws.actor.case_keys[(case.id, keys.version)] = keys
            cf.changed("accused_updated", {})
        return self.ws.cases.detail(case_id)

    # ======================================================================
    # Hearings

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
            if first.party_kind != "accused" or first.attendance != "absent":
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
        place = _text(h.place, "place", required=True)
        examiners = tuple(_text(e, "examiners") for e in h.examiners if e.strip())
        if not examiners:
            raise ServiceError("name at least one examiner", code="required", field="examiners")
        override = h.override_reason.strip()
        with self.ws.write() as session:
            cf = self._working_case(session, case_id)
            case, keys = cf.case, cf.keys
            needed = STAGE_FOR_PARTY[h.party_kind]
            if Stage(case.stage) != needed:
                raise ServiceError(
                    f"a hearing of the {h.party_kind} belongs to stage {needed.value}",
                    code="hearing_wrong_stage",
                    stage=needed.value,
                )
            party_name = "Pelapor"
            if h.party_kind == "witness":
                party = session.get(CaseParty, h.party_id or -1)
                if party is None or party.case_id != case_id:
                    raise NotFound("no such witness on this case")
                party_name = cf.unseal(CaseParty.data_ct, party.id, party.data_ct)["name"]
            elif h.party_kind == "accused":
                party_name = cf.field(Case.accused_ct)["name"]
            set_aside = self._check_summons(
                session,
                h.letter_date,
                h.day,
                accused=h.party_kind == "accused",
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
                party_id=h.party_id if h.party_kind == "witness" else None,
                summons_no=summons_no,
                letter_date=h.letter_date,
                scheduled_on=h.day,
                start_time=h.start.strftime("%H:%M"),
                attendance="scheduled",
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
            case.due_kind = "hearing"
            cf.changed(
                "hearing_scheduled",
                {
                    "party": h.party_kind,
                    "name": party_name if h.party_kind != "reporter" else "Pelapor",
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
            return self._hearing_info(hearing, keys)

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
            hearing.attendance = "present" if present else "absent"
            hearing.version += 1
            proposal = None
            on_evidence = False
            detail = {"party": hearing.party_kind, "present": "yes" if present else "no"}
            if not present and hearing.party_kind == "accused":
                if hearing.summons_no == 1:
                    proposal = self._second_proposal(session, hearing)
                    detail["proposal"] = "second_summons"
                else:
                    on_evidence = True
                    detail["decision"] = "on_evidence"
            if present or hearing.party_kind != "accused":
                case.due_date = None
                case.due_kind = None
            cf.changed("attendance_recorded", detail)
            if on_evidence:
                cf.event(
                    "decision_on_evidence",
                    reason="Terlapor tidak hadir pada panggilan kedua; keputusan diambil "
                    "berdasarkan alat bukti yang ada.",
                )
            return AttendanceResult(self._hearing_info(hearing, keys), proposal, on_evidence)

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
            "statements": _text(statements, "statements", limit=MAX_TEXT),
            "signed": signed,
            "refusal_note": _text(refusal_note, "refusal_note", limit=5000),
        }
        with self.ws.write() as session:
            hearing = session.get(Hearing, hearing_id, with_for_update=True)
            if hearing is None:
                raise NotFound("no such hearing")
            if hearing.attendance != "present":
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
            return self._hearing_info(hearing, cf.keys)

    # ======================================================================
    # Notes and attachments

    def add_note(self, case_id: str, text: str) -> NoteInfo:
        text = _text(text, "note", required=True, limit=MAX_TEXT)
        with self.ws.write() as session:
            cf = self._working_case(session, case_id)
            note = CaseNote(
                case_id=case_id, author_id=self.ws.actor.id, created_at=utc_now(), body_ct=b""
            )
            session.add(note)
            session.flush()
            note.body_ct = cf.seal(CaseNote.body_ct, note.id, {"text": text})
            cf.record("note_added")
            return NoteInfo(note.id, note.created_at, self.ws.user.full_name, text)

    def add_attachment(
        self, case_id: str, filename: str, data: bytes, description: str = ""
    ) -> AttachmentInfo:
        with self.ws.read() as session:
            name = checked_attachment(session, filename, data)
        description = _text(description, "description", limit=2000)
        with self.ws.write() as session:
            cf = self._working_case(session, case_id)
            row = attach(cf, name, data, description)
            return AttachmentInfo(
                row.id,
                name,
                row.size,
                description,
                row.added_at,
                self.ws.user.full_name,
                row.sha256.hex(),
            )

    def read_attachment(self, attachment_id: int) -> tuple[str, bytes]:
        """The decrypted file (audited): name and bytes, checked against its SHA-256."""
        self.ws.actor.require(Action.VIEW_CASE)
        with self.ws.write() as session:
            row = session.get(Attachment, attachment_id)
            if row is None:
                raise NotFound("no such attachment")
            cf = CaseFile.open(session, self.ws.actor, row.case_id)
            meta = cf.unseal(Attachment.meta_ct, row.id, row.meta_ct)
            data = cf.unseal_bytes(Attachment.data_ct, row.id, row.data_ct)
            if crypto.sha256(data) != row.sha256:
                raise IntegrityBroken("the attachment does not match its checksum")
            cf.record("attachment_opened", {"attachment": row.id})
            return meta["filename"], data

    # ======================================================================
    # Reading (used by CaseService.detail)

    #: The case's own rows that ``extras`` reads, by the CaseDetail field they fill.
    EXTRA_TABLES: dict[str, Any] = {
        "witnesses": CaseParty,
        "hearings": Hearing,
        "notes": CaseNote,
        "attachments": Attachment,
        "letters": Letter,
    }

    def presence(self) -> list[ColumnElement[bool]]:
        """One EXISTS per table of ``EXTRA_TABLES``, correlated to ``Case`` and
        labelled with its field, to read with the case itself: ``extras`` then
        queries only the tables that hold something for it (most cases have no
        hearing, note, attachment or letter)."""
        return [
            exists().where(table.case_id == Case.id).label(field)
            for field, table in self.EXTRA_TABLES.items()
        ]

    def extras(
        self,
        session: Session,
        case: Case,
        keys: keystore.CaseKeys,
        *,
        present: set[str] | None = None,
        names: dict[int, str] | None = None,
    ) -> dict[str, Any]:
        """Witnesses, hearings, notes, attachments and letters of the case.

        ``present``: the fields of ``EXTRA_TABLES`` whose table holds rows of the
        case (from ``presence()``; None: ask each table). ``names``: full names by
        user id (None: read them here)."""
        if present is None:
            present = set(self.EXTRA_TABLES)
        if names is None and present & {"notes", "attachments", "letters"}:
            names = dict(session.execute(select(User.id, User.full_name)).all())
        names = names or {}
        parties = (
            session.scalars(
                select(CaseParty).where(CaseParty.case_id == case.id).order_by(CaseParty.id)
            ).all()
            if "witnesses" in present
            else ()
        )
        witnesses = tuple(
            PartyInfo(
                id=p.id,
                kind=p.kind,
                version=p.version,
                **open_json(keys, CaseParty.data_ct, p.id, p.data_ct),
            )
            for p in parties
        )
        hearings = (
            tuple(
                self._hearing_info(h, keys)
                for h in session.scalars(
                    select(Hearing)
                    .where(Hearing.case_id == case.id)
                    .order_by(Hearing.scheduled_on, Hearing.id)
                )
            )
            if "hearings" in present
            else ()
        )
        notes = (
            tuple(
                NoteInfo(
                    n.id,
                    n.created_at,
                    names.get(n.author_id or -1, ""),
                    open_json(keys, CaseNote.body_ct, n.id, n.body_ct)["text"],
                )
                for n in session.scalars(
                    select(CaseNote).where(CaseNote.case_id == case.id).order_by(CaseNote.id)
                )
            )
            if "notes" in present
            else ()
        )
        attachments = []
        attachment_rows = (
            session.execute(
                select(
                    Attachment.id,
                    Attachment.meta_ct,
                    Attachment.size,
                    Attachment.sha256,
                    Attachment.added_at,
                    Attachment.added_by,
                )
                .where(Attachment.case_id == case.id)
                .order_by(Attachment.id)
            ).all()
            if "attachments" in present
            else []
        )
        for a in attachment_rows:
            meta = open_json(keys, Attachment.meta_ct, a.id, a.meta_ct)
            attachments.append(
                AttachmentInfo(
                    a.id,
                    meta["filename"],
                    a.size,
                    meta.get("description", ""),
                    a.added_at,
                    names.get(a.added_by or -1, ""),
                    a.sha256.hex(),
                )
            )
        letters = (
            tuple(
                self.ws.letters._list(
                    session,
                    select(Letter).where(Letter.case_id == case.id),
                    names=names,
                    registers={case.id: case.register_number},
                )
            )
            if "letters" in present
            else ()
        )
        return {
            "letters": letters,
            "witnesses": witnesses,
            "hearings": hearings,
            "notes": notes,
            "attachments": tuple(attachments),
        }

    # ======================================================================
    # Internals

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
                select(Hearing.scheduled_on).where(
                    Hearing.case_id == hearing.case_id,
                    Hearing.party_kind == "accused",
                    Hearing.summons_no == 1,
                    Hearing.attendance == "absent",
                    Hearing.scheduled_on <= hearing.scheduled_on,
                ).order_by(Hearing.scheduled_on.desc())
            )
        found = summons.summons_violations(
            settings_store.calendar(session),
            letter_date,
            day,
            today=office_today(),
            rules=settings_store.summons_rules(session),
            accused=hearing.party_kind == "accused",
            first_hearing_day=first_day,
        )
        for v in found:
            if hearing.rule_overridden and v.overridable and (
                letter_date == hearing.letter_date and day == hearing.scheduled_on
            ):
                continue
            raise SummonsRuleBroken.of(v.error())

    def _hearing_info(self, h: Hearing, keys: keystore.CaseKeys) -> HearingInfo:
        details = open_json(keys, Hearing.details_ct, h.id, h.details_ct)
        minutes = None
        if h.minutes_ct is not None:
            m = open_json(keys, Hearing.minutes_ct, h.id, h.minutes_ct)
            minutes = MinutesInfo(
                qa=tuple((q, a) for q, a in m["qa"]),
                statements=m.get("statements", ""),
                signed=m.get("signed"),
                refusal_note=m.get("refusal_note", ""),
            )
        return HearingInfo(
            id=h.id,
            party_kind=h.party_kind,
            party_id=h.party_id,
            party_name=details.get("party_name", ""),
            summons_no=h.summons_no,
            letter_date=h.letter_date,
            day=h.scheduled_on,
            start=h.start_time,
            place=details["place"],
            examiners=tuple(details["examiners"]),
            attendance=h.attendance,
            rule_overridden=h.rule_overridden,
            override_reason=details.get("override_reason", ""),
            minutes=minutes,
            version=h.version,
        )

    def _check_witness(self, w: WitnessInput) -> dict[str, str]:
        data = {
            "name": _text(w.name, "name", required=True),
            "phone": "",
            "email": "",
            "nip": "",
            "position": _text(w.position, "position"),
            "unit": _text(w.unit, "unit"),
        }
        try:
            if w.phone.strip():
                data["phone"] = check_phone(w.phone)
            if w.email.strip():
                data["email"] = check_email(w.email)
            if w.nip.strip():
                data["nip"] = check_nip(w.nip)
        except ValidationError as exc:
            raise ServiceError(str(exc), code=exc.code, field=exc.params.get("field", "")) from exc
        return data

    def _working_case(
        self, session: Session, case_id: str, expected_version: int | None = None
    ) -> CaseFile:
        """The case, locked, with the actor's keys; checks role, assignment and stage."""
        return CaseFile.open(
            session, self.ws.actor, case_id, working=True, expected_version=expected_version
        )


    def _case_by_register(self, register: str) -> str:
        with self.ws.read() as session:
            case_id = session.scalar(
                select(Case.id).where(Case.register_number == register.strip().upper())
            )
        if case_id is None:
            raise NotFound(f"no case {register}", code="unknown_register", register=register)
        return case_id


def checked_attachment(session: Session, filename: str, data: bytes) -> str:
    """The file's name when the office accepts it (type by name and content, size):
    the domain's allow-list under the office's size limit; else a ServiceError."""
    limit = int(settings_store.get(session, "attachments.max_bytes"))
    try:
        return check_attachment(filename, len(data), max_bytes=limit, data=data)
    except AttachmentRefused as exc:
        raise ServiceError(str(exc), code=exc.code, **exc.params) from exc


def attach(cf: CaseFile, name: str, data: bytes, description: str = "") -> Attachment:
    """Store a checked file with the case, encrypted under its content key (a
    timeline and audit entry say so). Used by the attachments tab and at intake."""
    row = Attachment(
        case_id=cf.id,
        meta_ct=b"",
        size=len(data),
        sha256=crypto.sha256(data),
        data_ct=b"",
        added_at=utc_now(),
        added_by=cf.actor.id,
    )
    cf.session.add(row)
    cf.session.flush()
    row.meta_ct = cf.seal(
        Attachment.meta_ct, row.id, {"filename": name, "description": description})
    row.data_ct = cf.seal(Attachment.data_ct, row.id, data)
    cf.changed("attachment_added", {"file": name})
    return row
