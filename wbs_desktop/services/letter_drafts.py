"""Letter drafts: what a letter of each kind says before the user edits it,
prefilled from the case, its hearing and the office's settings
(``LetterService.draft`` / ``generate`` use them)."""

from __future__ import annotations

import json
from datetime import time
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from wbs_desktop.domain.catalog import OTHER_TYPE_CODE
from wbs_desktop.domain.dates import office_today
from wbs_desktop.domain.parties import Party
from wbs_desktop.domain.stages import DeadlineKind
from wbs_desktop.letters import model as L
from wbs_desktop.letters.kinds import ANY_PARTY, SPECS
from wbs_desktop.services import letter_documents
from wbs_desktop.services import settings as settings_store
from wbs_desktop.services.casefile import case_field, office_date, open_json
from wbs_desktop.services.errors import NoGrant, NotFound, ServiceError
from wbs_desktop.services.letter_store import LetterDraft
from wbs_desktop.services.signatories import find_official, team
from wbs_desktop.services.violations import violation_words
from wbs_desktop.storage.models import Case, CaseEvent, CaseParty, Hearing, Letter, User

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from wbs_desktop.storage import keys as keystore

#: The hearing each kind belongs to (party, summons number).
HEARING_KINDS = {
    k: (None if s.hearing_party == ANY_PARTY else s.hearing_party, s.summons_no)
    for k, s in SPECS.items()
    if s.hearing_party is not None
}


def draft_letter(
    session: Session,
    case: Case,
    keys: keystore.CaseKeys,
    kind: L.LetterKind,
    hearing_id: int | None,
    settings: dict[str, Any],
) -> LetterDraft:
    types = {t.code: t.label_id for t in settings_store.complaint_types(session)}
    type_label = types.get(case.complaint_type, case.complaint_type)
    hearing_row = letter_hearing(session, case, kind, hearing_id)
    hearing = None
    issued = office_today()
    if hearing_row is not None:
        details = open_json(keys, Hearing.details_ct, hearing_row.id, hearing_row.details_ct)
        hearing = L.Hearing(
            day=hearing_row.scheduled_on,
            start=time.fromisoformat(hearing_row.start_time),
            place=details["place"],
            examiners=tuple(details["examiners"]),
        )
        if kind != L.LetterKind.MINUTES:
            issued = hearing_row.letter_date
    tembusan = tuple(settings["tembusan_by_kind"].get(kind.value, settings["tembusan"]))
    # "dugaan pelanggaran disiplin berupa …": the office's words for the type;
    # none for "other": the officer writes them in the draft
    words = violation_words(session)
    violation = words.get(case.complaint_type, "")
    if not violation and case.complaint_type != OTHER_TYPE_CODE:
        violation = type_label.lower()  # a type the office added without its words
    subject = f"dugaan pelanggaran disiplin berupa {violation}" if violation else ""
    base: dict[str, Any] = {
        "kind": kind,
        "issued_on": issued,
        "tembusan": tembusan,
        "hearing": hearing,
    }
    if kind in letter_documents.DOCUMENT_KINDS:
        return letter_documents.draft(
            session,
            case,
            keys,
            kind,
            base,
            violation=violation,
            received=office_date(case.received_at),
            type_label=type_label,
        )
    if kind in (L.LetterKind.SUMMONS_ACCUSED, L.LetterKind.SUMMONS_ACCUSED_2):
        accused = case_field(case, keys, Case.accused_ct)
        extra: dict[str, Any] = {}
        if kind == L.LetterKind.SUMMONS_ACCUSED_2:
            first = session.scalars(
                select(Letter)
                .where(
                    Letter.case_id == case.id,
                    Letter.kind == L.LetterKind.SUMMONS_ACCUSED.value,
                    Letter.superseded_by.is_(None),
                )
                .order_by(Letter.id.desc())
            ).first()
            first_hearing = session.scalars(
                select(Hearing)
                .where(
                    Hearing.case_id == case.id,
                    Hearing.party_kind == Party.ACCUSED.value,
                    Hearing.summons_no == 1,
                )
                .order_by(Hearing.id.desc())
            ).first()
            extra = {
                "first_letter_number": first.number if first and first.number else "",
                "first_letter_date": first.issued_on if first else None,
                "first_hearing_date": first_hearing.scheduled_on if first_hearing else None,
            }
        return LetterDraft(
            **base,
            addressee=L.Addressee(
                name=accused["name"],
                position=accused.get("position", ""),
                unit=accused.get("unit", ""),
            ),
            nip=accused.get("nip", ""),
            rank=accused.get("rank", ""),
            subject_summary=violation,
            extra={**extra, "examiner": _examiner(session, case, hearing)},
        )
    if kind == L.LetterKind.REQUEST_WITNESS:
        assert hearing_row is not None
        party = session.get(CaseParty, hearing_row.party_id or -1)
        if party is None:
            raise NotFound("the witness of this hearing is gone")
        data = open_json(keys, CaseParty.data_ct, party.id, party.data_ct)
        return LetterDraft(
            **base,
            addressee=L.Addressee(
                name=data["name"], position=data.get("position", ""), unit=data.get("unit", "")
            ),
            subject_summary=subject,
        )
    if kind == L.LetterKind.MINUTES:
        assert hearing_row is not None
        return LetterDraft(
            **base,
            addressee=L.Addressee(name=_examinee_name(session, case, keys, hearing_row)),
            sifat="Rahasia",
        )
    # Letters to the reporter: their identity is needed (identity key).
    addressee = letter_documents.reporter_addressee(case, keys)
    if kind == L.LetterKind.INVITE_REPORTER:
        return LetterDraft(**base, addressee=addressee)
    # request-completion
    missing: tuple[str, ...] = ()
    last = session.scalars(
        select(CaseEvent)
        .where(CaseEvent.case_id == case.id, CaseEvent.to_stage == "awaiting_info")
        .order_by(CaseEvent.id.desc())
    ).first()
    if last is not None and last.detail_ct is not None:
        detail = open_json(keys, CaseEvent.detail_ct, last.id, last.detail_ct)
        if "missing" in detail:
            missing = tuple(json.loads(detail["missing"]))
    deadline = case.due_date if case.due_kind == DeadlineKind.REPLY else None
    return LetterDraft(
        **base,
        addressee=addressee,
        missing=missing,
        reply_deadline=deadline,
        contact=settings["contact"],
        extra={"received_date": office_date(case.received_at)},
    )


def letter_hearing(session: Session, case: Case, kind: L.LetterKind, hearing_id: int | None
) -> Hearing | None:
    if kind not in HEARING_KINDS:
        return None
    party, summons_no = HEARING_KINDS[kind]
    if hearing_id is None:
        raise ServiceError(
            f"a {kind.value} letter belongs to a hearing", code="hearing_required"
        )
    row = session.get(Hearing, hearing_id)
    if row is None or row.case_id != case.id:
        raise NotFound("no such hearing on this case")
    if party is not None and row.party_kind != party:
        raise ServiceError(
            f"a {kind.value} letter is for a hearing of the {party}", code="hearing_wrong_party"
        )
    if summons_no is not None and row.summons_no != summons_no:
        raise ServiceError(
            f"this hearing is summons {row.summons_no}", code="hearing_wrong_summons"
        )
    return row


def _examiner(session: Session, case: Case, hearing: L.Hearing | None) -> L.Person | None:
    """Before whom the accused appears: the chair of the case's examination team,
    else the user named first among the hearing's examiners, else that name alone."""
    chosen = team(session, case.id)
    if not chosen and hearing is not None and hearing.examiners:
        first = hearing.examiners[0].strip()
        user = session.scalar(select(User).where(User.full_name == first))
        found = find_official(session, "user:" + user.username) if user else None
        chosen = [found] if found else []
        if not chosen:
            return L.Person(name=first)
    if not chosen:
        return None
    o = chosen[0]
    return L.Person(name=o.name, nip=o.nip, rank=o.rank, position=o.position)

def reporter_identity(case: Case, keys: keystore.CaseKeys) -> dict[str, Any]:
    if keys.identity is None:
        raise NoGrant("you hold no key to the reporter's identity")
    return case_field(case, keys, Case.identity_ct)

def _examinee_name(session: Session, case: Case, keys: keystore.CaseKeys, hearing: Hearing
) -> str:
    details = open_json(keys, Hearing.details_ct, hearing.id, hearing.details_ct)
    if hearing.party_kind == Party.REPORTER:
        return str(reporter_identity(case, keys)["name"])
    return str(details.get("party_name", ""))
