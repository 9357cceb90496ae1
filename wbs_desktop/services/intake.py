"""How a report comes in: submission (number, tracking code, keys sealed to the
administrators and the recovery key), the receipt made in the same transaction,
the tracking-code look-up, and reports brought in from outside once.

Reports brought in from outside (``wbs-admin submit`` / ``import``) come in once.

The web form's export is imported again and again (a retry, an overlapping
export): a report already in the office is reported as already there and not
created twice. A report may carry ``source_id`` (the web form's own
identifier): the same ``source_id`` is the same report. Without one, a report
whose content is identical to one imported before is. Either is remembered as
a keyed digest (HMAC with the office's index key, in ``case_index`` beside the
other look-up digests) — never the identifier or the text itself.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from wbs_desktop.domain.catalog import CHANNEL_LABELS_ID, Channel
from wbs_desktop.domain.complaint import normalized, validate_complaint
from wbs_desktop.domain.complaint_json import complaint_to_json
from wbs_desktop.domain.dates import office_today, utc_now
from wbs_desktop.domain.errors import DomainError
from wbs_desktop.domain.numbering import format_number
from wbs_desktop.domain.roles import Action, Role
from wbs_desktop.domain.stages import DeadlineKind, Stage
from wbs_desktop.domain.tracking import new_tracking_code, normalize_tracking_code
from wbs_desktop.letters import model as L
from wbs_desktop.services import settings as settings_store
from wbs_desktop.services.casefile import (
    REGISTER_COUNTER,
    CaseFile,
    attach,
    checked_attachment,
    office_date,
    seal_complaint,
)
from wbs_desktop.services.dto import LetterInfo, SubmitResult, TrackingStatus
from wbs_desktop.services.errors import NoGrant, NotFound, ServiceError, ValidationFailed
from wbs_desktop.services.letter_store import (
    letter_info,
    letter_settings,
    render,
    store_letter,
)
from wbs_desktop.services.letterhead import letterhead_of
from wbs_desktop.services.people_index import index_person
from wbs_desktop.services.users import recipient_of
from wbs_desktop.storage import crypto
from wbs_desktop.storage import keys as keystore
from wbs_desktop.storage.db import next_number
from wbs_desktop.storage.models import Case, CaseIndex, Letter, Office, User

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from wbs_desktop.domain.complaint import ComplaintInput
    from wbs_desktop.services.context import Actor, Context

#: Look-up kinds digested with the tracking key, which every user holds.
TRACKING_KEY_KINDS = frozenset({"tracking", "intake_source", "intake_content"})

SOURCE_KIND = "intake_source"
CONTENT_KIND = "intake_content"
MAX_SOURCE_ID = 200


class AlreadyThere(ServiceError):
    """The report is already in the office (``register_number``, ``case_id``)."""

    code = "already_imported"

    def __init__(self, register_number: str, case_id: str) -> None:
        super().__init__(f"already in the office as {register_number}",
                         register_number=register_number)
        self.register_number = register_number
        self.case_id = case_id


@dataclass(frozen=True, slots=True)
class IntakeResult:
    result: SubmitResult | None  # None: already there
    register_number: str
    case_id: str
    created: bool


def clean_source_id(value: Any) -> str | None:
    """The ``source_id`` of a record (None when absent); raises ValueError when malformed."""
    if value is None:
        return None
    if not isinstance(value, str | int) or isinstance(value, bool):
        raise ValueError("source_id must be a string")
    text = str(value).strip()
    if not text or len(text) > MAX_SOURCE_ID:
        raise ValueError(f"source_id must be 1 to {MAX_SOURCE_ID} characters")
    return text


def content_text(complaint: ComplaintInput) -> str:
    """The report's content in one canonical form (key order, no spacing)."""
    return json.dumps(complaint_to_json(complaint), sort_keys=True, ensure_ascii=False,
                      separators=(",", ":"))


def _keys(
    ws: Context, complaint: ComplaintInput, source_id: str | None
) -> list[tuple[str, bytes]]:
    if source_id is not None:
        return [(SOURCE_KIND, lookup_digest(ws.actor, SOURCE_KIND, source_id))]
    return [(CONTENT_KIND, lookup_digest(ws.actor, CONTENT_KIND, content_text(complaint)))]


def _existing(session: Session, keys: list[tuple[str, bytes]]) -> tuple[str, str] | None:
    for kind, digest in keys:
        row = session.execute(
            select(Case.register_number, Case.id)
            .join(CaseIndex, CaseIndex.case_id == Case.id)
            .where(CaseIndex.kind == kind, CaseIndex.digest == digest)
            .limit(1)
        ).first()
        if row is not None:
            return str(row[0]), str(row[1])
    return None


def submit_once(ws: Context, complaint: ComplaintInput,
                source_id: str | None = None) -> IntakeResult:
    """Submit the report unless it is already in the office."""
    keys = _keys(ws, complaint, source_id)
    with ws.read() as session:
        found = _existing(session, keys)
    if found is None:
        def remember(
            session: Session, case: Case, _case_keys: keystore.CaseKeys, result: SubmitResult
        ) -> SubmitResult:
            # Writers are serialised: checked again inside the transaction that creates it.
            again = _existing(session, keys)
            if again is not None:
                raise AlreadyThere(*again)
            for kind, digest in keys:
                session.add(CaseIndex(case_id=case.id, kind=kind, digest=digest))
            return result

        try:
            result = submit(ws, complaint, after=remember)
        except AlreadyThere as exc:
            found = (exc.register_number, exc.case_id)
        else:
            return IntakeResult(result, result.register_number, result.case_id, True)
    return IntakeResult(None, found[0], found[1], False)


# ----------------------------------------------------------------------------
# Submission

AfterSubmit = Callable[["Session", Case, keystore.CaseKeys, SubmitResult], SubmitResult]


def submit(
    ws: Context, complaint: ComplaintInput, after: AfterSubmit | None = None
) -> SubmitResult:
    """Register a complaint: number, tracking code, keys sealed to the admins
    and the recovery key — the submitter keeps nothing. ``after`` runs inside
    the same transaction with the new case's keys (the receipt is made there);
    the keys are dropped when it returns."""
    actor = ws.actor
    actor.require(Action.SUBMIT_CASE)
    with ws.read() as session:
        types = [t.code for t in settings_store.complaint_types(session)]
    errors = validate_complaint(complaint, types)
    if errors:
        raise ValidationFailed(
            "the complaint is not valid: "
            + "; ".join(f"{e.field}: {e.message}" for e in errors),
            errors,
        )
    c = normalized(complaint)
    case_id = uuid.uuid4().hex
    keys = keystore.CaseKeys.generate()
    tracking = new_tracking_code()
    ct = seal_complaint(case_id, keys, c, tracking)
    now = utc_now()
    with ws.write() as session:
        calendar = settings_store.calendar(session)
        deadlines = settings_store.deadlines(session)
        received_day = office_date(c.received_at)
        year = received_day.year
        seq = next_number(session, REGISTER_COUNTER, year)
        pattern = settings_store.get(session, "numbering.register")
        register = format_number(pattern, seq=seq, on=received_day)
        case = Case(
            id=case_id,
            register_number=register,
            register_year=year,
            register_seq=seq,
            received_at=c.received_at,
            channel=c.channel.value,
            complaint_type=c.complaint_type,
            stage=Stage.RECEIVED.value,
            stage_changed_at=now,
            due_date=calendar.add_working_days(
                received_day, deadlines.first_response_working_days
            ),
            due_kind=DeadlineKind.FIRST_RESPONSE.value,
            created_by=actor.id,
            created_at=now,
            updated_at=now,
            updated_by=actor.id,
            version=1,
            key_version=keys.version,
            **ct,
        )
        session.add(case)
        session.flush()
        keystore.grant_case_keys(session, case_id, keys, admin_recipients(ws, session))
        session.add(
            CaseIndex(
                case_id=case_id,
                kind="tracking",
                digest=lookup_digest(actor, "tracking", normalize_tracking_code(tracking)),
            )
        )
        index_person(ws, session, case_id, c.accused.name, c.accused.nip)
        CaseFile(session, actor, case, keys).event("submitted", None, Stage.RECEIVED)
        ws.record(
            session,
            "case_submitted",
            case_id=case_id,
            details={"register": register, "channel": c.channel.value},
        )
        result = SubmitResult(case_id=case_id, register_number=register, tracking_code=tracking)
        if after is not None:
            result = after(session, case, keys, result)
    del keys
    return result


def lookup_tracking(ws: Context, code: str) -> TrackingStatus:
    """The stage of the case with this tracking code — and nothing else."""
    ws.actor.require(Action.LOOKUP_TRACKING)
    try:
        normalized_code = normalize_tracking_code(code)
    except DomainError as exc:
        raise ServiceError(str(exc), code=exc.code) from exc
    digest = lookup_digest(ws.actor, "tracking", normalized_code)
    with ws.read() as session:
        row = session.execute(
            select(Case.stage, Case.received_at)
            .join(CaseIndex, CaseIndex.case_id == Case.id)
            .where(CaseIndex.kind == "tracking", CaseIndex.digest == digest)
        ).first()
    if row is None:
        raise NotFound("no case has this tracking code")
    with ws.write() as session:
        ws.record(session, "tracking_lookup", details={"found": True})
    return TrackingStatus(stage=Stage(row.stage), received_on=office_date(row.received_at))


def lookup_digest(actor: Actor, kind: str, value: str) -> bytes:
    """A look-up digest: tracking codes and the import's "already there" digests
    under the tracking key (every user: a random code, a web form's identifier or
    a whole report cannot be guessed name by name), names and NIPs under the
    people index key (administrators only)."""
    key = actor.tracking_key if kind in TRACKING_KEY_KINDS else actor.index_key
    if key is None:
        raise NoGrant(f"this account holds no office key for {kind} look-ups")
    return crypto.index_digest(key, kind, value)


def admin_recipients(ws: Context, session: Session) -> list[keystore.Recipient]:
    """Every active administrator and the recovery key, by their certificates
    (a record that disagrees with its certificate refuses the submission)."""
    trust = ws.office.trust
    if trust is None:
        admins = session.scalars(
            select(User).where(User.role == Role.ADMIN.value, User.active.is_(True))
        )
        office = session.scalars(select(Office)).one()
        return [
            *(recipient_of(u) for u in admins),
            keystore.Recipient(keystore.RECOVERY_HOLDER, None, office.recovery_public),
        ]
    return [
        *(trust.recipient(session, u) for u in trust.certified_admins(session)),
        trust.recovery_recipient(session),
    ]


# ----------------------------------------------------------------------------
# Receipts (made at submission, while the tracking code is in hand)


def submit_with_receipt(
    ws: Context, complaint: ComplaintInput, *, received_by: str | None = None,
    scans: Sequence[tuple[str, bytes]] = (),
) -> tuple[SubmitResult, bytes]:
    """Submit a complaint and make its receipt (tanda terima) in the same
    transaction, while the tracking code and the keys are in hand; the
    receipt is stored with the case and its bytes returned for printing.

    ``scans`` (file name, content) handed in with the report are checked first
    (a refused one refuses the whole submission: nothing is saved) and stored
    with the case, encrypted, in the same transaction: the staff member who
    logged them keeps no key to them afterwards. The receipt lists the
    complaint's documents received."""
    actor = ws.actor
    actor.require(Action.GENERATE_RECEIPT)
    made: list[bytes] = []
    with ws.read() as session:
        limit = int(settings_store.get(session, "attachments.max_bytes"))
    files = [(checked_attachment(name, data, limit), data) for name, data in scans]

    def receipt(
        session: Session, case: Case, keys: keystore.CaseKeys, result: SubmitResult
    ) -> SubmitResult:
        cf = CaseFile(session, actor, case, keys)
        for name, data in files:
            attach(cf, name, data)
        pdf = _receipt_pdf(
            session,
            case,
            result.register_number,
            result.tracking_code,
            received_by or actor.user.full_name,
            complaint.documents,
            anonymous=complaint.reporter.anonymous,
        )
        row = _store_receipt(cf, pdf)
        made.append(pdf)
        return replace(result, receipt_letter_id=row.id)

    result = submit(ws, complaint, after=receipt)
    return result, made[0]


def receipt(ws: Context, case_id: str) -> LetterInfo:
    """The case's receipt: the one stored at submission, or — for a case that
    came in without one (imported from the web form) — a new one."""
    ws.actor.require(Action.GENERATE_RECEIPT)
    with ws.read() as session:
        existing = session.scalars(
            select(Letter)
            .where(Letter.case_id == case_id, Letter.kind == L.LetterKind.RECEIPT.value)
            .order_by(Letter.id.desc())
        ).first()
        if existing is not None:
            register = session.scalar(select(Case.register_number).where(Case.id == case_id))
            names = dict(session.execute(select(User.id, User.full_name)).all())
            return letter_info(existing, register, names.get(existing.created_by or -1, ""))
    with ws.write() as session:
        cf = CaseFile.open(session, ws.actor, case_id, for_update=True)
        case = cf.case
        creator = session.get(User, case.created_by) if case.created_by else None
        pdf = _receipt_pdf(
            session,
            case,
            case.register_number,
            cf.tracking_code(),
            creator.full_name if creator else ws.actor.user.full_name,
            cf.field(Case.content_ct).get("documents") or (),
            anonymous=cf.keys.identity is not None and bool(cf.identity().get("anonymous")),
        )
        row = _store_receipt(cf, pdf)
        return letter_info(row, case.register_number, ws.actor.user.full_name)


def _store_receipt(cf: CaseFile, pdf: bytes) -> Letter:
    row = store_letter(
        cf.session, cf.actor.id, cf.case, cf.keys, L.LetterKind.RECEIPT, pdf, office_today()
    )
    cf.record(
        "letter_generated", {"kind": "receipt", "sha256": row.sha256.hex(), "letter": row.id}
    )
    return row


def _receipt_pdf(
    session: Session, case: Case, register: str, tracking: str, received_by: str,
    documents: Sequence[str] = (), *, anonymous: bool = False,
) -> bytes:
    settings = letter_settings(session)
    types = {t.code: t.label_id for t in settings_store.complaint_types(session)}
    deadlines = settings_store.deadlines(session)
    return render(
        L.Letter(
            kind=L.LetterKind.RECEIPT,
            letterhead=letterhead_of(settings),
            content=L.Receipt(
                register_number=register,
                tracking_code=tracking,
                received_at=case.received_at,
                channel_label=CHANNEL_LABELS_ID[Channel(case.channel)],
                complaint_type_label=types.get(case.complaint_type, case.complaint_type),
                received_by=received_by,
                attachments=tuple(" ".join(d.split()) for d in documents if d.strip()),
                contact=settings["contact"],
                verification_days=deadlines.first_response_working_days,
                anonymous=anonymous,
            ),
        )
    )
