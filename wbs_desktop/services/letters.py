"""Official letters: drafted from the case, numbered from the register that
never hands out a number twice, rendered once, stored encrypted exactly as
generated (with their SHA-256), printed and re-printed from those bytes, and
superseded — never deleted — by a corrected letter with a new number."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, time
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from wbs_desktop.domain.catalog import CHANNEL_LABELS_ID, OTHER_TYPE_CODE, Channel
from wbs_desktop.domain.complaint import ComplaintInput
from wbs_desktop.domain.dates import utc_now
from wbs_desktop.domain.errors import DomainError
from wbs_desktop.domain.numbering import DEFAULT_LETTER_PATTERN, format_number
from wbs_desktop.domain.reporter_guard import find_reporter, strings_of
from wbs_desktop.domain.roles import Action
from wbs_desktop.domain.signatories import tembusan_without_signer
from wbs_desktop.letters import model as L
from wbs_desktop.letters.errors import LetterError
from wbs_desktop.letters.kinds import NUMBERED_KINDS, REPORTER_FREE_KINDS, SPECS, Purpose, Source
from wbs_desktop.services import letter_documents
from wbs_desktop.services import settings as settings_store
from wbs_desktop.services.casefile import CaseFile, case_field, open_field, open_json, seal_field
from wbs_desktop.services.cases import office_date, office_today
from wbs_desktop.services.dto import LetterInfo, SubmitResult
from wbs_desktop.services.errors import (
    IntegrityBroken,
    NoGrant,
    NotFound,
    ServiceError,
)
from wbs_desktop.services.signatories import find_official, resolve_signer, team
from wbs_desktop.services.violations import violation_words
from wbs_desktop.storage import crypto
from wbs_desktop.storage import keys as keystore
from wbs_desktop.storage.db import next_number
from wbs_desktop.storage.models import Case, CaseEvent, CaseParty, Hearing, Letter, User

if TYPE_CHECKING:
    from wbs_desktop.services.workspace import Workspace

LETTER_COUNTER = "letter"

#: Whose key holds each kind (see kinds.Recipient) and the hearing it belongs to.
ADDRESSEE_ROLE = {k: s.recipient.value for k, s in SPECS.items()}
#: Letters written to the reporter (the receipt is handed over, not addressed).
REPORTER_LETTERS = frozenset(
    k for k, role in ADDRESSEE_ROLE.items() if role == "reporter" and k != L.LetterKind.RECEIPT)
HEARING_KINDS = {
    k: (None if s.hearing_party == "any" else s.hearing_party, s.summons_no)
    for k, s in SPECS.items()
    if s.hearing_party is not None
}

DEFAULT_LETTER_SETTINGS: dict[str, Any] = {
    "letterhead": {
        "government": "PEMERINTAH PROVINSI NUSA TENGGARA TIMUR",
        "agency": "BADAN KEPEGAWAIAN DAERAH",
        "address": "Jl. Basuki Rachmat No. 1, Kupang, Nusa Tenggara Timur",
        "phone": "(0380) 833195",
        "email": "bkd@nttprov.go.id",
        "website": "bkd.nttprov.go.id",
        "logo_path": None,
    },
    "signatory": {
        "position": "Kepala Badan Kepegawaian Daerah\nProvinsi Nusa Tenggara Timur,",
        "name": "",
        "rank": "",
        "nip": "",
    },
    "place": "Kupang",
    "contact": "Sekretariat WBS, Badan Kepegawaian Daerah Provinsi NTT, "
    "Jl. Basuki Rachmat No. 1, Kupang",
    "tembusan": ["Kepala Badan Kepegawaian Daerah Provinsi NTT (sebagai laporan)", "Arsip"],
    "pattern": DEFAULT_LETTER_PATTERN,
    # The office's logo (services/letterhead.py; None: the default emblem) and
    # each kind's own copy list (kind value -> lines; else "tembusan").
    "logo": None,
    "tembusan_by_kind": {},
}


def letterhead_of(settings: dict[str, Any]) -> L.Letterhead:
    """The kop as the letter settings say, with the office's stored logo."""
    from wbs_desktop.services.letterhead import logo_of

    logo = logo_of(settings.get("logo"))
    return L.Letterhead(
        **settings["letterhead"], logo_data=logo.printed if logo is not None else None
    )


@dataclass(frozen=True, slots=True)
class LetterDraft:
    """Everything a letter says that the user may edit before generating it."""

    kind: L.LetterKind
    issued_on: date
    addressee: L.Addressee
    hal: str = ""
    sifat: str = "Rahasia"
    lampiran: str = "-"
    tembusan: tuple[str, ...] = ()
    hearing: L.Hearing | None = None
    subject_summary: str = ""
    nip: str = ""
    rank: str = ""  # pangkat/golongan of the accused
    missing: tuple[str, ...] = ()
    reply_deadline: date | None = None
    contact: str = ""
    bring: tuple[str, ...] = ()
    extra: dict[str, Any] = field(default_factory=dict)


ProgressFn = Callable[[int, int], bool]


class LetterService:
    def __init__(self, ws: Workspace) -> None:
        self.ws = ws

    # ======================================================================
    # Settings

    def letter_settings(self) -> dict[str, Any]:
        with self.ws.read() as session:
            return self._settings(session)

    def _settings(self, session: Session) -> dict[str, Any]:
        values = dict(DEFAULT_LETTER_SETTINGS)
        for key in DEFAULT_LETTER_SETTINGS:
            stored = settings_store.get(session, f"letters.{key}")
            if stored is not None:
                values[key] = stored
        return values

    def _letterhead(self, settings: dict[str, Any]) -> L.Letterhead:
        return letterhead_of(settings)

    # ======================================================================
    # Drafting

    def draft(self, case_id: str, kind: L.LetterKind, hearing_id: int | None = None) -> LetterDraft:
        """A draft prefilled from the case (and hearing), for the user to edit."""
        self.ws.actor.require(Action.GENERATE_LETTER)
        if SPECS[kind].source is not Source.CASE:
            raise ServiceError(f"a {kind.value} is not drafted from a case", code="not_draftable")
        with self.ws.read() as session:
            case, keys = self._case_and_keys(session, case_id)
            settings = self._settings(session)
            draft = self._draft(session, case, keys, kind, hearing_id, settings)
            register = case.register_number
            uses_identity = kind in (
                L.LetterKind.INVITE_REPORTER, L.LetterKind.REQUEST_COMPLETION
            ) or (kind == L.LetterKind.MINUTES and getattr(
                self._hearing(session, case, kind, hearing_id), "party_kind", "") == "reporter")
        if uses_identity:
            # The draft carries the reporter's name (the letter is addressed to them):
            # a use of the identity, audited as a reveal is (issue 13).
            with self.ws.write() as session:
                self.ws.record(session, "identity_viewed", case_id=case_id, details={
                    "register": register, "reason": f"letter draft: {kind.value}"})
        return draft

    def _draft(
        self,
        session: Session,
        case: Case,
        keys: keystore.CaseKeys,
        kind: L.LetterKind,
        hearing_id: int | None,
        settings: dict[str, Any],
    ) -> LetterDraft:
        types = {t.code: t.label_id for t in settings_store.complaint_types(session)}
        type_label = types.get(case.complaint_type, case.complaint_type)
        hearing_row = self._hearing(session, case, kind, hearing_id)
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
                self,
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
                        Hearing.party_kind == "accused",
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
                extra={**extra, "examiner": self._examiner(session, case, hearing)},
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
                addressee=L.Addressee(name=self._examinee_name(session, case, keys, hearing_row)),
                sifat="Rahasia",
            )
        # Letters to the reporter: their identity is needed (identity key).
        addressee = self._reporter_addressee(case, keys)
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
        deadline = case.due_date if case.due_kind == "reply" else None
        return LetterDraft(
            **base,
            addressee=addressee,
            missing=missing,
            reply_deadline=deadline,
            contact=settings["contact"],
            extra={"received_date": office_date(case.received_at)},
        )

    # ======================================================================
    # Generating

    def generate(
        self,
        case_id: str,
        kind: L.LetterKind,
        *,
        hearing_id: int | None = None,
        draft: LetterDraft | None = None,
        supersedes: int | None = None,
        correct: bool = False,
        reason: str = "",
        confirm_backdate: bool = False,
    ) -> LetterInfo:
        """Number, render and store a letter. ``draft`` carries the user's edits.

        One live letter per purpose (a hearing, the case, an entry into a stage):
        while one is live, this returns it again (same number, same bytes) — unless
        the user corrects it (``correct``, or ``supersedes`` naming it) with a
        ``reason``: then a new number, and the old one void in the register.
        A letter dated before the year's last one needs ``confirm_backdate``."""
        actor = self.ws.actor
        actor.require(Action.GENERATE_LETTER)
        with self.ws.write() as session:
            cf = CaseFile.open(session, actor, case_id, for_update=True)
            case, keys = cf.case, cf.keys
            cf.require_assigned("only the assigned officer or an admin may write letters")
            settings = self._settings(session)
            if draft is None:
                draft = self._draft(session, case, keys, kind, hearing_id, settings)
            elif draft.kind != kind:
                raise ServiceError("the draft is of another kind", code="draft_kind")
            elif kind in REPORTER_LETTERS:  # an edited draft: the reporter must be writable
                self._reporter_addressee(case, keys)
            hearing_row = self._hearing(session, case, kind, hearing_id)
            purpose = self._purpose(session, case, kind, hearing_row)
            live = self._live(session, case_id, kind, purpose)
            if correct and supersedes is None:
                if live is None:
                    raise NotFound("there is no live letter of this kind to correct")
                supersedes = live.id
            if supersedes is None and live is not None:
                # the same letter again: reprinted from its stored bytes
                names = dict(session.execute(select(User.id, User.full_name)).all())
                return self._info(live, case.register_number, names.get(live.created_by or -1, ""))
            if hearing_row is not None and kind != L.LetterKind.MINUTES:
                # The summons rules once more, on the dates this letter prints (issue 14).
                printed_day = draft.hearing.day if draft.hearing else hearing_row.scheduled_on
                self.ws.procedure.check_letter_dates(
                    session, hearing_row, draft.issued_on, printed_day
                )
            old = None
            if supersedes is not None:
                old = session.get(Letter, supersedes, with_for_update=True)
                if old is None or old.case_id != case_id or old.kind != kind.value:
                    raise NotFound("no such letter of this kind on this case")
                if old.superseded_by is not None:
                    raise ServiceError(
                        "that letter was already superseded", code="already_superseded"
                    )
                if not reason.strip():
                    raise ServiceError(
                        "say why the letter is corrected",
                        code="void_reason_required",
                        field="reason",
                    )
            if kind in NUMBERED_KINDS and not confirm_backdate:
                last = self._last_issued(session, draft.issued_on.year)
                if last is not None and draft.issued_on < last:
                    raise ServiceError(
                        f"the register's last letter of {draft.issued_on.year} is dated "
                        f"{last.isoformat()}; confirm to date this one earlier",
                        code="letter_backdated",
                    )
            number = None
            seq = None
            year = draft.issued_on.year
            if kind in NUMBERED_KINDS:
                seq = next_number(session, LETTER_COUNTER, year)
                pattern = (
                    settings_store.get(session, f"numbering.letter.{kind.value}")
                    or settings["pattern"]
                )
                try:
                    number = format_number(pattern, seq=seq, on=draft.issued_on)
                except DomainError as exc:
                    raise ServiceError(str(exc), code=exc.code) from exc
            try:
                letter = self._letter(session, case, keys, draft, number, settings, hearing_row)
            except (ValueError, TypeError) as exc:  # the letter model refused a field
                raise ServiceError(
                    f"the letter could not be made: {exc}", code="letter_failed"
                ) from exc
            if kind in REPORTER_FREE_KINDS:
                self._check_reporter_free(case, keys, letter)
            try:
                pdf = _render(letter)
            except (LetterError, ValueError, TypeError) as exc:
                raise ServiceError(
                    f"the letter could not be made: {exc}", code="letter_failed"
                ) from exc
            row = self._store(
                session,
                case,
                keys,
                kind,
                pdf,
                draft.issued_on,
                number=number,
                seq=seq,
                hearing_id=hearing_row.id if hearing_row is not None else None,
                about=(
                    hearing_row.party_kind
                    if kind == L.LetterKind.MINUTES and hearing_row is not None
                    else None
                ),
            )
            row.purpose = purpose
            if old is not None:
                old.superseded_by = row.id
                old.superseded_at = utc_now()
                old.void_reason = reason.strip()[:500]
                old.voided_by = actor.id
            cf.touch()
            cf.event(
                "letter_generated",
                detail={
                    "kind": kind.value,
                    "number": number or "",
                    **({"supersedes": old.number or str(old.id)} if old else {}),
                },
            )
            cf.record(
                "letter_generated",
                {
                    "kind": kind.value,
                    "number": number,
                    "sha256": row.sha256.hex(),
                    "supersedes": supersedes,
                    **({"void_reason": reason.strip()[:500]} if old is not None else {}),
                },
            )
            return self._info(row, case.register_number, actor.user.full_name)

    def _purpose(
        self, session: Session, case: Case, kind: L.LetterKind, hearing_row: Hearing | None
    ) -> str:
        """What makes two letters of ``kind`` the same letter (see kinds.Purpose)."""
        how = SPECS[kind].purpose
        if how is Purpose.HEARING and hearing_row is not None:
            return f"hearing:{hearing_row.id}"
        if how is Purpose.STAGE:
            stage = SPECS[kind].stage
            entered = session.scalar(
                select(func.max(CaseEvent.id)).where(
                    CaseEvent.case_id == case.id, CaseEvent.to_stage == stage
                )
            )
            return f"stage:{entered or 0}"
        return "case"

    def _live(
        self, session: Session, case_id: str, kind: L.LetterKind, purpose: str
    ) -> Letter | None:
        return session.scalars(
            select(Letter)
            .where(
                Letter.case_id == case_id,
                Letter.kind == kind.value,
                Letter.purpose == purpose,
                Letter.superseded_by.is_(None),
            )
            .order_by(Letter.id.desc())
        ).first()

    def _last_issued(self, session: Session, year: int) -> date | None:
        """The date of the year's last numbered letter in the register (void ones too)."""
        return session.scalar(
            select(func.max(Letter.issued_on)).where(
                Letter.counter == LETTER_COUNTER, Letter.number_year == year
            )
        )

    def _letter(
        self,
        session: Session,
        case: Case,
        keys: keystore.CaseKeys,
        d: LetterDraft,
        number: str | None,
        settings: dict[str, Any],
        hearing_row: Hearing | None,
    ) -> L.Letter:
        kind = d.kind
        meta = None
        signer = resolve_signer(session, kind) if SPECS[kind].signed else None
        if kind in NUMBERED_KINDS:
            assert number is not None
            meta = L.LetterMeta(
                number=number,
                date=d.issued_on,
                hal=d.hal,
                place=settings["place"],
                sifat=d.sifat,
                lampiran=d.lampiran,
                # the Tembusan never copies the one who signs
                tembusan=tembusan_without_signer(
                    d.tembusan, list(signer.positions) if signer else []
                ),
            )
        if kind in (L.LetterKind.SUMMONS_ACCUSED, L.LetterKind.SUMMONS_ACCUSED_2):
            assert d.hearing is not None
            if not d.subject_summary.strip():
                raise ServiceError(
                    "say which breach of discipline the accused is examined for",
                    code="violation_required",
                    field="subject_summary",
                )
            content: Any = L.SummonsAccused(
                addressee=d.addressee,
                hearing=d.hearing,
                nip=d.nip,
                rank=d.rank,
                examiner=d.extra.get("examiner"),
                subject_summary=d.subject_summary,
                second=kind == L.LetterKind.SUMMONS_ACCUSED_2,
                first_letter_number=d.extra.get("first_letter_number", ""),
                first_letter_date=d.extra.get("first_letter_date"),
                first_hearing_date=d.extra.get("first_hearing_date"),
            )
        elif kind == L.LetterKind.INVITE_REPORTER:
            assert d.hearing is not None
            content = L.InviteReporter(
                addressee=d.addressee,
                hearing=d.hearing,
                register_number=case.register_number,
                bring=d.bring,
            )
        elif kind == L.LetterKind.REQUEST_WITNESS:
            assert d.hearing is not None
            content = L.RequestWitness(
                addressee=d.addressee,
                hearing=d.hearing,
                register_number=case.register_number,
                subject_summary=d.subject_summary,
                bring=d.bring,
            )
        elif kind == L.LetterKind.REQUEST_COMPLETION:
            if not d.missing:
                raise ServiceError("say what is missing", code="missing_required")
            if d.reply_deadline is None:
                raise ServiceError("a reply deadline is needed", code="deadline_required")
            content = L.RequestCompletion(
                addressee=d.addressee,
                register_number=case.register_number,
                received_date=d.extra.get("received_date") or office_date(case.received_at),
                missing=d.missing,
                reply_deadline=d.reply_deadline,
                contact=d.contact,
            )
        elif kind == L.LetterKind.MINUTES:
            assert hearing_row is not None and d.hearing is not None
            if hearing_row.minutes_ct is None:
                raise ServiceError("record the minutes of the hearing first", code="no_minutes")
            m = open_json(keys, Hearing.minutes_ct, hearing_row.id, hearing_row.minutes_ct)
            role = {"reporter": "Pelapor", "witness": "Saksi", "accused": "Terlapor"}[
                hearing_row.party_kind
            ]
            content = L.Minutes(
                register_number=case.register_number,
                hearing=d.hearing,
                examinee_name=d.addressee.name,
                examinee_role_label=role,
                qa=tuple((q, a) for q, a in m["qa"]),
                statements=m.get("statements", ""),
                signed=m.get("signed"),
                refusal_note=m.get("refusal_note", ""),
            )
        elif kind in letter_documents.DOCUMENT_KINDS:
            content = letter_documents.content(self, session, case, keys, d)
        else:
            raise ServiceError(f"{kind.value} letters are not made here", code="not_draftable")
        return L.Letter(
            kind=kind,
            content=content,
            meta=meta,
            letterhead=self._letterhead(settings),
            signatory=signer.signatory if signer is not None else None,
        )

    def _check_reporter_free(self, case: Case, keys: keystore.CaseKeys, letter: L.Letter) -> None:
        """Refuse a letter to the accused or a witness that names the reporter
        (e.g. typed into a field by mistake): every field of the letter, compared as
        normalized text (domain.reporter_guard). The office's own parts (letterhead,
        signatory) are left out: they are settings, not typed into this letter."""
        if keys.identity is None:
            return
        identity = self._identity(case, keys)
        tracking = open_field(keys, Case.tracking_ct, case.id, case.tracking_ct).decode()
        content = letter.content
        if isinstance(content, L.SummonsAccused) and content.examiner is not None:
            content = replace(content, examiner=None)  # a user of the office, not typed here
        addressee = getattr(content, "addressee", None)
        texts = strings_of(content) + (strings_of(letter.meta) if letter.meta else [])
        found = find_reporter(
            texts,
            name=str(identity.get("name", "")),
            phone=str(identity.get("phone", "")),
            email=str(identity.get("email", "")),
            tracking=tracking,
            addressee_names=[addressee.name] if addressee is not None else [],
            address=str(identity.get("address", "")),
        )
        if found is not None:
            raise ServiceError(
                "this letter would reveal the reporter; remove their details from it",
                code="reporter_in_letter",
            )

    # ======================================================================
    # Receipts (made at submission, while the tracking code is in hand)

    def submit_with_receipt(
        self, complaint: ComplaintInput, *, received_by: str | None = None,
        scans: Sequence[tuple[str, bytes]] = (),
    ) -> tuple[SubmitResult, bytes]:
        """Submit a complaint and make its receipt (tanda terima) in the same
        transaction, while the tracking code and the keys are in hand; the
        receipt is stored with the case and its bytes returned for printing.

        ``scans`` (file name, content) handed in with the report are checked
        first (a refused one refuses the whole submission, nothing saved) and
        stored with the case, encrypted, in the same transaction: the staff
        member who logged them keeps no key to them afterwards."""
        from wbs_desktop.services.procedure import attach, checked_attachment

        actor = self.ws.actor
        actor.require(Action.GENERATE_RECEIPT)
        made: list[bytes] = []
        with self.ws.read() as session:
            files = [(checked_attachment(session, name, data), data) for name, data in scans]

        def receipt(
            session: Session, case: Case, keys: keystore.CaseKeys, result: SubmitResult
        ) -> SubmitResult:
            cf = CaseFile(session, actor, case, keys)
            for name, data in files:
                attach(cf, name, data)
            pdf = self._receipt_pdf(
                session,
                case,
                result.register_number,
                result.tracking_code,
                received_by or actor.user.full_name,
                complaint.documents,
            )
            row = self._store_receipt(session, case, keys, pdf)
            made.append(pdf)
            return replace(result, receipt_letter_id=row.id)

        result = self.ws.cases._submit(complaint, after=receipt)
        return result, made[0]

    def receipt(self, case_id: str) -> LetterInfo:
        """The case's receipt: the one stored at submission, or — for a case that
        came in without one (imported from the web form) — a new one."""
        self.ws.actor.require(Action.GENERATE_RECEIPT)
        with self.ws.read() as session:
            existing = session.scalars(
                select(Letter)
                .where(Letter.case_id == case_id, Letter.kind == L.LetterKind.RECEIPT.value)
                .order_by(Letter.id.desc())
            ).first()
            if existing is not None:
                register = session.scalar(select(Case.register_number).where(Case.id == case_id))
                names = dict(session.execute(select(User.id, User.full_name)).all())
                return self._info(existing, register, names.get(existing.created_by or -1, ""))
        with self.ws.write() as session:
            cf = CaseFile.open(session, self.ws.actor, case_id, for_update=True)
            case, keys = cf.case, cf.keys
            tracking = cf.tracking_code()
            creator = session.get(User, case.created_by) if case.created_by else None
            pdf = self._receipt_pdf(
                session,
                case,
                case.register_number,
                tracking,
                creator.full_name if creator else self.ws.user.full_name,
                cf.field(Case.content_ct).get("documents") or (),
            )
            row = self._store_receipt(session, case, keys, pdf)
            return self._info(row, case.register_number, self.ws.user.full_name)

    def _store_receipt(
        self, session: Session, case: Case, keys: keystore.CaseKeys, pdf: bytes
    ) -> Letter:
        row = self._store(session, case, keys, L.LetterKind.RECEIPT, pdf, office_today())
        self.ws.record(
            session,
            "letter_generated",
            case_id=case.id,
            details={
                "register": case.register_number,
                "kind": "receipt",
                "sha256": row.sha256.hex(),
                "letter": row.id,
            },
        )
        return row

    def _receipt_pdf(
        self, session: Session, case: Case, register: str, tracking: str, received_by: str,
        documents: Sequence[str] = (),
    ) -> bytes:
        settings = self._settings(session)
        types = {t.code: t.label_id for t in settings_store.complaint_types(session)}
        deadlines = settings_store.deadlines(session)
        return _render(
            L.Letter(
                kind=L.LetterKind.RECEIPT,
                letterhead=self._letterhead(settings),
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
                ),
            )
        )

    def _store(
        self,
        session: Session,
        case: Case,
        keys: keystore.CaseKeys,
        kind: L.LetterKind,
        pdf: bytes,
        issued_on: date,
        *,
        number: str | None = None,
        seq: int | None = None,
        hearing_id: int | None = None,
        about: str | None = None,
    ) -> Letter:
        """Store the PDF encrypted. Letters to (or minutes about) the reporter name
        them, so they go under the case's identity key; the rest under its content key."""
        role = about or ADDRESSEE_ROLE[kind]
        row = Letter(
            case_id=case.id,
            hearing_id=hearing_id,
            kind=kind.value,
            number=number,
            counter=LETTER_COUNTER if number else None,
            number_year=issued_on.year if number else None,
            number_seq=seq,
            issued_on=issued_on,
            addressee_role=role,
            created_by=self.ws.actor.id,
            created_at=utc_now(),
            pdf_ct=b"",
            sha256=crypto.sha256(pdf),
            size=len(pdf),
            print_count=0,
        )
        session.add(row)
        session.flush()
        # Letters to (or minutes about) the reporter go under the identity key.
        row.pdf_ct = seal_field(keys, Letter.pdf_ct, row.id, pdf, identity=role == "reporter")
        return row

    # ======================================================================
    # Reading, printing, the register

    def pdf(self, letter_id: int) -> bytes:
        """The stored bytes, decrypted and checked against their SHA-256."""
        with self.ws.read() as session:
            row, _case, keys = self._letter_row(session, letter_id)
            pdf = open_field(keys, Letter.pdf_ct, row.id, row.pdf_ct,
                             identity=row.addressee_role == "reporter",
                             what=f"letter {row.number or row.id}")
            if crypto.sha256(pdf) != row.sha256:
                raise IntegrityBroken(f"letter {row.number or row.id} does not match its SHA-256")
            return pdf

    def record_print(
        self, letter_id: int, *, copies: int = 1, exported_to: str | None = None
    ) -> None:
        """Count a print (or a save-as) in the register and the audit log."""
        self.ws.actor.require(Action.PRINT_LETTER)
        with self.ws.write() as session:
            row = session.get(Letter, letter_id, with_for_update=True)
            if row is None:
                raise NotFound("no such letter")
            if exported_to is None:
                row.print_count += copies
            register = session.scalar(select(Case.register_number).where(Case.id == row.case_id))
            self.ws.record(
                session,
                "letter_exported" if exported_to is not None else "letter_printed",
                case_id=row.case_id,
                details={
                    "register": register,
                    "number": row.number,
                    "kind": row.kind,
                    "letter": row.id,
                    "copies": copies,
                },
                private={"file": exported_to} if exported_to else None,
            )

    def for_case(self, case_id: str) -> list[LetterInfo]:
        with self.ws.read() as session:
            return self._list(session, select(Letter).where(Letter.case_id == case_id))

    def register(self, year: int | None = None) -> list[LetterInfo]:
        """The outgoing-letter register (admin)."""
        self.ws.actor.require(Action.APPROVE_LETTER)
        with self.ws.read() as session:
            stmt = select(Letter)
            if year is not None:
                stmt = stmt.where(
                    Letter.issued_on >= date(year, 1, 1), Letter.issued_on <= date(year, 12, 31)
                )
            return self._list(session, stmt)

    def for_hearing_day(self, day: date) -> list[LetterInfo]:
        """Every current (not superseded) letter for the hearings of a day."""
        with self.ws.read() as session:
            stmt = (
                select(Letter)
                .join(Hearing, Hearing.id == Letter.hearing_id)
                .where(
                    Hearing.scheduled_on == day,
                    Letter.superseded_by.is_(None),
                    Letter.kind != L.LetterKind.MINUTES.value,
                )
            )
            return self._list(session, stmt)

    def blank_form(self) -> bytes:
        """The paper complaint form (nothing confidential; not stored)."""
        with self.ws.read() as session:
            settings = self._settings(session)
            types = tuple(t.label_id for t in settings_store.complaint_types(session))
        return _render(
            L.Letter(
                kind=L.LetterKind.BLANK_FORM,
                letterhead=self._letterhead(settings),
                content=L.BlankForm(
                    complaint_type_labels=types,
                    channel_labels=tuple(CHANNEL_LABELS_ID[c] for c in Channel),
                ),
            )
        )

    # ======================================================================
    # Internals

    def _list(
        self,
        session: Session,
        stmt: Any,
        *,
        names: dict[int, str] | None = None,
        registers: dict[str, str] | None = None,
    ) -> list[LetterInfo]:
        """The letters ``stmt`` selects; ``names`` (full names by user id) and
        ``registers`` (register numbers by case id) when the caller has them."""
        rows = session.scalars(stmt.order_by(Letter.issued_on, Letter.id)).all()
        if registers is None or not {r.case_id for r in rows if r.case_id} <= registers.keys():
            registers = (
                dict(
                    session.execute(
                        select(Case.id, Case.register_number).where(
                            Case.id.in_({r.case_id for r in rows if r.case_id})
                        )
                    ).all()
                )
                if rows
                else {}
            )
        if names is None:
            names = dict(session.execute(select(User.id, User.full_name)).all())
        return [
            self._info(r, registers.get(r.case_id), names.get(r.created_by or -1, "")) for r in rows
        ]

    def _info(self, row: Letter, register: str | None, created_by: str) -> LetterInfo:
        return LetterInfo(
            id=row.id,
            kind=row.kind,
            number=row.number or "",
            issued_on=row.issued_on,
            addressee_role=row.addressee_role,
            case_id=row.case_id,
            register_number=register,
            hearing_id=row.hearing_id,
            created_by=created_by,
            created_at=row.created_at,
            sha256=row.sha256.hex(),
            size=row.size,
            print_count=row.print_count,
            superseded_by=row.superseded_by,
            purpose=row.purpose or "",
            void_reason=row.void_reason or "",
        )

    def _letter_row(
        self, session: Session, letter_id: int
    ) -> tuple[Letter, Case, keystore.CaseKeys]:
        row = session.get(Letter, letter_id)
        if row is None or row.case_id is None:
            raise NotFound("no such letter")
        case, keys = self._case_and_keys(session, row.case_id)
        return row, case, keys

    def _case_and_keys(
        self, session: Session, case_id: str, *, for_update: bool = False
    ) -> tuple[Case, keystore.CaseKeys]:
        cf = CaseFile.open(session, self.ws.actor, case_id, for_update=for_update)
        return cf.case, cf.keys

    def _hearing(
        self, session: Session, case: Case, kind: L.LetterKind, hearing_id: int | None
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

    def _examiner(self, session: Session, case: Case, hearing: L.Hearing | None) -> L.Person | None:
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

    def _identity(self, case: Case, keys: keystore.CaseKeys) -> dict[str, Any]:
        if keys.identity is None:
            raise NoGrant("you hold no key to the reporter's identity")
        return case_field(case, keys, Case.identity_ct)

    def _reporter_addressee(self, case: Case, keys: keystore.CaseKeys) -> L.Addressee:
        """The reporter as a letter's addressee, with the postal address when one was
        given ("di Tempat" otherwise); refused for an anonymous report (surat kaleng):
        there is nobody to write to."""
        identity = self._identity(case, keys)
        if identity.get("anonymous"):
            raise ServiceError(
                "the report is anonymous: no letter can be addressed to its reporter",
                code="anonymous_reporter")
        return L.Addressee(name=identity["name"], address=str(identity.get("address", "")))

    def _examinee_name(
        self, session: Session, case: Case, keys: keystore.CaseKeys, hearing: Hearing
    ) -> str:
        details = open_json(keys, Hearing.details_ct, hearing.id, hearing.details_ct)
        if hearing.party_kind == "reporter":
            return str(self._identity(case, keys)["name"])
        return str(details.get("party_name", ""))


def _render(letter: L.Letter) -> bytes:
    """reportlab is imported on first use: the CLI and the services start without it."""
    from wbs_desktop.letters.render import render

    return render(letter)
