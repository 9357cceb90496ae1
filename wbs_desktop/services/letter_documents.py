"""Drafting the documents of the examination (Surat Tugas, Lembar Disposisi,
Laporan Hasil Pemeriksaan, the notice to the reporter) for the letter service.

The free texts (the head's instruction, the findings, the evidence, the
conclusion, the recommendation) are written by the officer in the draft
(``LetterDraft.extra``, keys named by the kind's spec ``inputs``); they are
kept only in the generated letter, stored encrypted.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from wbs_desktop.domain.catalog import CHANNEL_LABELS_ID, Channel
from wbs_desktop.letters import model as L
from wbs_desktop.services.casefile import case_field
from wbs_desktop.services.errors import NoGrant, ServiceError
from wbs_desktop.services.letter_store import LetterDraft
from wbs_desktop.services.signatories import team
from wbs_desktop.storage import keys as keystore
from wbs_desktop.storage.models import Case, CaseAssignment, Letter, User

DOCUMENT_KINDS = frozenset(
    {
        L.LetterKind.ASSIGNMENT,
        L.LetterKind.DISPOSITION,
        L.LetterKind.EXAMINATION_REPORT,
        L.LetterKind.REPORTER_NOTICE,
    }
)


def _people(session: Session, case: Case) -> tuple[L.Person, ...]:
    return tuple(
        L.Person(name=o.name, nip=o.nip, rank=o.rank, position=o.position)
        for o in team(session, case.id)
    )


def _accused(case: Case, keys: keystore.CaseKeys) -> dict[str, Any]:
    return case_field(case, keys, Case.accused_ct)


def draft(
    session: Session,
    case: Case,
    keys: keystore.CaseKeys,
    kind: L.LetterKind,
    base: dict[str, Any],
    *,
    violation: str,
    received: Any,
    type_label: str,
) -> LetterDraft:
    extra: dict[str, Any] = {"violation": violation, "received_date": received}
    if kind is L.LetterKind.REPORTER_NOTICE:
        return LetterDraft(**base, addressee=reporter_addressee(case, keys), extra=extra)
    if kind is L.LetterKind.DISPOSITION:
        officer = session.scalar(
            select(User.full_name)
            .join(CaseAssignment, CaseAssignment.user_id == User.id)
            .where(CaseAssignment.case_id == case.id)
            .order_by(CaseAssignment.id)
        )
        extra |= {
            "officer": officer or "",
            "instruction": "",
            "channel": CHANNEL_LABELS_ID[Channel(case.channel)],
            "type": type_label,
        }
    return LetterDraft(**base, addressee=L.Addressee(name="Tim Pemeriksa"), extra=extra)


def content(session: Session, case: Case, keys: keystore.CaseKeys, d: LetterDraft) -> Any:
    x = d.extra
    kind = d.kind
    if kind is L.LetterKind.REPORTER_NOTICE:
        return L.ReporterNotice(
            addressee=d.addressee,
            register_number=case.register_number,
            received_date=x["received_date"],
        )
    if kind is L.LetterKind.DISPOSITION:
        if not str(x.get("instruction", "")).strip():
            raise ServiceError("write the head's instruction", code="required", field="instruction")
        if not str(x.get("officer", "")).strip():
            raise ServiceError("say whom it goes to", code="required", field="officer")
        return L.Disposition(
            register_number=case.register_number,
            received_date=x["received_date"],
            channel_label=str(x.get("channel", "")),
            complaint_type_label=str(x.get("type", "")),
            instruction=str(x["instruction"]).strip(),
            to=str(x["officer"]).strip(),
        )
    people = _people(session, case)
    if not people:
        raise ServiceError(
            "choose the examination team of the case first", code="team_required", field="team"
        )
    violation = str(x.get("violation", "")).strip() or d.subject_summary.strip()
    if not violation:
        raise ServiceError(
            "say which breach of discipline is examined",
            code="violation_required",
            field="subject_summary",
        )
    accused = _accused(case, keys)
    person = L.Person(
        name=accused["name"],
        nip=accused.get("nip", ""),
        rank=accused.get("rank", ""),
        position=accused.get("position", ""),
    )
    if kind is L.LetterKind.ASSIGNMENT:
        return L.Assignment(
            register_number=case.register_number,
            team=people,
            accused=person,
            accused_unit=accused.get("unit", ""),
            violation=violation,
        )
    # the examination report
    for key in ("findings", "conclusion", "recommendation"):
        if not str(x.get(key, "")).strip():
            raise ServiceError(f"write the {key} of the examination", code="required", field=key)
    assignment = session.scalar(
        select(Letter.number)
        .where(
            Letter.case_id == case.id,
            Letter.kind == L.LetterKind.ASSIGNMENT.value,
            Letter.superseded_by.is_(None),
        )
        .order_by(Letter.id.desc())
    )
    evidence = x.get("evidence", ())
    if isinstance(evidence, str):
        evidence = [e for e in evidence.splitlines() if e.strip()]
    return L.ExaminationReport(
        register_number=case.register_number,
        accused=person,
        accused_unit=accused.get("unit", ""),
        violation=violation,
        team=people,
        assignment_number=assignment or "",
        findings=str(x["findings"]).strip(),
        evidence=tuple(str(e).strip() for e in evidence),
        conclusion=str(x["conclusion"]).strip(),
        recommendation=str(x["recommendation"]).strip(),
    )


def reporter_addressee(case: Case, keys: keystore.CaseKeys) -> L.Addressee:
    """The reporter as a letter's addressee, with the postal address when one was
    given ("di Tempat" otherwise); refused for an anonymous report (surat kaleng):
    there is nobody to write to."""
    if keys.identity is None:
        raise NoGrant("you hold no key to the reporter's identity")
    identity = case_field(case, keys, Case.identity_ct)
    if identity.get("anonymous"):
        raise ServiceError(
            "the report is anonymous: no letter can be addressed to its reporter",
            code="anonymous_reporter")
    return L.Addressee(name=identity["name"], address=str(identity.get("address", "")))
