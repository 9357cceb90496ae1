"""The procedure between "received" and "concluded": verification, requests for
more information, closing, conclusion, witnesses, hearings under PP 94/2021,
minutes, notes and attachments. Each action is a timeline event and an audit
entry; each is allowed only for the right role, stage and grant."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import select

from wbs_desktop.domain.complaint import AccusedInput
from wbs_desktop.domain.conflict import Person
from wbs_desktop.domain.dates import office_today, utc_now
from wbs_desktop.domain.parties import Party
from wbs_desktop.domain.roles import Action
from wbs_desktop.domain.stages import CloseReason, DeadlineKind, Outcome, Stage, Step
from wbs_desktop.domain.validation import ValidationError, check_email, check_nip, check_phone
from wbs_desktop.services import conflicts, people_index
from wbs_desktop.services import settings as settings_store
from wbs_desktop.services.casefile import CaseFile, attach, checked_attachment, load_case
from wbs_desktop.services.dto import (
    AttachmentInfo,
    CaseDetail,
    NoteInfo,
    PartyInfo,
)
from wbs_desktop.services.errors import (
    Conflict,
    IntegrityBroken,
    NotFound,
    ReasonRequired,
    ServiceError,
)
from wbs_desktop.services.hearings import (
    MAX_TEXT,
    PARTY_KINDS,
    STAGE_FOR_PARTY,
    AttendanceResult,
    HearingInput,
    HearingService,
    SummonsProposal,
    text_field,
)
from wbs_desktop.storage import crypto
from wbs_desktop.storage.models import (
    Attachment,
    Case,
    CaseNote,
    CaseParty,
)

if TYPE_CHECKING:
    from wbs_desktop.services.context import Context


@dataclass(frozen=True, slots=True)
class WitnessInput:
    name: str
    phone: str = ""
    email: str = ""
    nip: str = ""
    position: str = ""
    unit: str = ""


class ProcedureService(HearingService):
    """The procedure of a case (the hearings: ``HearingService``)."""

    def __init__(self, ws: Context) -> None:
        self.ws = ws

    # ======================================================================
    # Stage actions with their own meaning

    def start_verification(
        self, case_id: str, *, expected_version: int | None = None
    ) -> CaseDetail:
        return self.ws.cases.transition(
            case_id, Stage.VERIFICATION, "", expected_version=expected_version,
            step=Step.START_VERIFICATION,
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
            step=Step.MARK_COMPLETE,
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
            step=Step.REQUEST_INFO,
        )
        if deadline is not None:
            with self.ws.write() as session:
                case = load_case(session, case_id, for_update=True)
                case.due_date = deadline
                case.due_kind = DeadlineKind.REPLY.value
            result = self.ws.cases.detail(case_id)
        return result

    def record_reply(
        self, case_id: str, summary: str, *, expected_version: int | None = None
    ) -> CaseDetail:
        """The reporter answered: back to verification."""
        summary = text_field(summary, "summary", required=True, limit=MAX_TEXT)
        return self.ws.cases.transition(
            case_id,
            Stage.VERIFICATION,
            summary,
            expected_version=expected_version,
            detail={"reply": "received"},
            step=Step.RECORD_REPLY,
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
            case_id, Stage.CLOSED, text, expected_version=expected_version, detail=detail,
            step=Step.CLOSE,
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
        summary = text_field(summary, "summary", required=True, limit=MAX_TEXT)
        detail = {"recommendations": text_field(recommendations, "recommendations", limit=MAX_TEXT)}
        if outcome == Outcome.REFERRED:
            detail["referred_to"] = text_field(referred_to, "referred_to", required=True)
        return self.ws.cases.transition(
            case_id,
            Stage.CONCLUDED,
            summary,
            outcome=outcome,
            expected_version=expected_version,
            detail=detail,
            step=Step.CONCLUDE,
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
                kind=Party.WITNESS,
                data_ct=b"",
                created_at=utc_now(),
                created_by=self.ws.actor.id,
                version=1,
            )
            session.add(party)
            session.flush()
            party.data_ct = cf.seal(CaseParty.data_ct, party.id, data)
            cf.changed("witness_added", {"witness": data["name"]})
            return PartyInfo(id=party.id, kind=Party.WITNESS, version=1, **data)

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
            return PartyInfo(id=party.id, kind=Party.WITNESS, version=party.version, **data)

    def update_accused(
        self, case_id: str, accused: AccusedInput, *, expected_version: int | None = None
    ) -> CaseDetail:
        """Complete or correct the accused's details (re-indexed for look-ups)."""
        name = text_field(accused.name, "accused.name", required=True)
        nip = ""
        if accused.nip.strip():
            try:
                nip = check_nip(accused.nip, field="accused.nip")
            except ValidationError as exc:
                raise ServiceError(str(exc), code=exc.code, field="accused.nip") from exc
        data = {
            "name": name,
            "nip": nip,
            "position": text_field(accused.position, "accused.position"),
            "unit": text_field(accused.unit, "accused.unit"),
            "rank": text_field(accused.rank, "accused.rank"),
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
    # Notes and attachments

    def add_note(self, case_id: str, text: str) -> NoteInfo:
        text = text_field(text, "note", required=True, limit=MAX_TEXT)
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
            limit = int(settings_store.get(session, "attachments.max_bytes"))
        name = checked_attachment(filename, data, limit)
        description = text_field(description, "description", limit=2000)
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
    # Internals

    def _check_witness(self, w: WitnessInput) -> dict[str, str]:
        data = {
            "name": text_field(w.name, "name", required=True),
            "phone": "",
            "email": "",
            "nip": "",
            "position": text_field(w.position, "position"),
            "unit": text_field(w.unit, "unit"),
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

    def _case_by_register(self, register: str) -> str:
        with self.ws.read() as session:
            case_id = session.scalar(
                select(Case.id).where(Case.register_number == register.strip().upper())
            )
        if case_id is None:
            raise NotFound(f"no case {register}", code="unknown_register", register=register)
        return case_id


__all__ = [
    "PARTY_KINDS",
    "STAGE_FOR_PARTY",
    "AttendanceResult",
    "HearingInput",
    "ProcedureService",
    "SummonsProposal",
    "WitnessInput",
]
