"""Official letters: drafted from the case, numbered from the register that
never hands out a number twice, rendered once, stored encrypted exactly as
generated (with their SHA-256), printed and re-printed from those bytes, and
superseded — never deleted — by a corrected letter with a new number."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from wbs_desktop.domain.catalog import CHANNEL_LABELS_ID, Channel
from wbs_desktop.domain.complaint import ComplaintInput
from wbs_desktop.domain.dates import utc_now
from wbs_desktop.domain.errors import DomainError
from wbs_desktop.domain.numbering import format_number
from wbs_desktop.domain.parties import PARTY_TITLES_ID, AddresseeRole, Party
from wbs_desktop.domain.reporter_guard import find_reporter, strings_of
from wbs_desktop.domain.roles import Action
from wbs_desktop.domain.signatories import tembusan_without_signer
from wbs_desktop.letters import model as L
from wbs_desktop.letters.errors import LetterError
from wbs_desktop.letters.kinds import NUMBERED_KINDS, REPORTER_FREE_KINDS, SPECS, Purpose, Source
from wbs_desktop.services import intake, letter_documents
from wbs_desktop.services import settings as settings_store
from wbs_desktop.services.casefile import (
    CaseFile,
    office_date,
    open_field,
    open_json,
)
from wbs_desktop.services.dto import LetterInfo, SubmitResult
from wbs_desktop.services.errors import (
    IntegrityBroken,
    NotFound,
    ServiceError,
)
from wbs_desktop.services.letter_drafts import draft_letter, letter_hearing, reporter_identity
from wbs_desktop.services.letter_store import (
    DEFAULT_LETTER_SETTINGS,
    LETTER_COUNTER,
    REPORTER_LETTERS,
    LetterDraft,
    letter_info,
    letter_list,
    letter_settings,
    render,
    store_letter,
)
from wbs_desktop.services.letterhead import letterhead_of
from wbs_desktop.services.signatories import SETTING_KEYS as SIGNER_SETTINGS
from wbs_desktop.services.signatories import resolve_signer
from wbs_desktop.services.violations import VIOLATION_WORDS_KEY
from wbs_desktop.storage import crypto
from wbs_desktop.storage import keys as keystore
from wbs_desktop.storage.db import next_number
from wbs_desktop.storage.models import Case, CaseEvent, Hearing, Letter, User

if TYPE_CHECKING:
    from wbs_desktop.services.context import Context





ProgressFn = Callable[[int, int], bool]

#: The settings a letter's draft and making read, in five places: read first,
#: in one statement (on a server each statement is a round trip).
_SETTINGS_READ = sorted({
    *(f"letters.{k}" for k in DEFAULT_LETTER_SETTINGS),
    *SIGNER_SETTINGS,
    VIOLATION_WORDS_KEY,
    "complaint_types",
    *(f"numbering.letter.{k.value}" for k in NUMBERED_KINDS),
})


class LetterService:
    def __init__(self, ws: Context) -> None:
        self.ws = ws

    # ======================================================================
    # Settings

    def letter_settings(self) -> dict[str, Any]:
        with self.ws.read() as session:
            return letter_settings(session)

    # ======================================================================
    # Drafting

    def draft(self, case_id: str, kind: L.LetterKind, hearing_id: int | None = None) -> LetterDraft:
        """A draft prefilled from the case (and hearing), for the user to edit."""
        self.ws.actor.require(Action.GENERATE_LETTER)
        if SPECS[kind].source is not Source.CASE:
            raise ServiceError(f"a {kind.value} is not drafted from a case", code="not_draftable")
        # A letter that may name the reporter is drafted in a write transaction,
        # so that the audited use of the identity lands in the same one (on a
        # server a transaction is several round trips; one fewer per letter).
        to_reporter = SPECS[kind].recipient is AddresseeRole.REPORTER
        may_name = to_reporter or kind == L.LetterKind.MINUTES
        with (self.ws.write if may_name else self.ws.read)() as session:
            case, keys = self._case_and_keys(session, case_id)
            settings_store.prefetch(session, _SETTINGS_READ)
            settings = letter_settings(session)
            draft = draft_letter(session, case, keys, kind, hearing_id, settings)
            # every letter to the reporter names them (kinds.py says whom each addresses)
            if to_reporter or (
                kind == L.LetterKind.MINUTES
                and getattr(letter_hearing(session, case, kind, hearing_id), "party_kind", "")
                == Party.REPORTER
            ):
                # The draft carries the reporter's name (the letter is addressed to
                # them): a use of the identity, audited as a reveal is (issue 13).
                self.ws.record(session, "identity_viewed", case_id=case_id, details={
                    "register": case.register_number, "reason": f"letter draft: {kind.value}"})
        return draft

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
            settings_store.prefetch(session, _SETTINGS_READ)
            settings = letter_settings(session)
            if draft is None:
                draft = draft_letter(session, case, keys, kind, hearing_id, settings)
            elif draft.kind != kind:
                raise ServiceError("the draft is of another kind", code="draft_kind")
            elif kind in REPORTER_LETTERS:  # an edited draft: the reporter must be writable
                letter_documents.reporter_addressee(case, keys)
            hearing_row = letter_hearing(session, case, kind, hearing_id)
            purpose = self._purpose(session, case, kind, hearing_row)
            live = self._live(session, case_id, kind, purpose)
            if correct and supersedes is None:
                if live is None:
                    raise NotFound("there is no live letter of this kind to correct")
                supersedes = live.id
            if supersedes is None and live is not None:
                # the same letter again: reprinted from its stored bytes
                names = dict(session.execute(select(User.id, User.full_name)).all())
                return letter_info(live, case.register_number, names.get(live.created_by or -1, ""))
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
                pdf = render(letter)
            except (LetterError, ValueError, TypeError) as exc:
                raise ServiceError(
                    f"the letter could not be made: {exc}", code="letter_failed"
                ) from exc
            row = store_letter(
                session,
                actor.id,
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
            return letter_info(row, case.register_number, actor.user.full_name)

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
            role = PARTY_TITLES_ID[Party(hearing_row.party_kind)]
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
            content = letter_documents.content(session, case, keys, d)
        else:
            raise ServiceError(f"{kind.value} letters are not made here", code="not_draftable")
        return L.Letter(
            kind=kind,
            content=content,
            meta=meta,
            letterhead=letterhead_of(settings),
            signatory=signer.signatory if signer is not None else None,
        )

    def _check_reporter_free(self, case: Case, keys: keystore.CaseKeys, letter: L.Letter) -> None:
        """Refuse a letter to the accused or a witness that names the reporter
        (e.g. typed into a field by mistake): every field of the letter, compared as
        normalized text (domain.reporter_guard). The office's own parts (letterhead,
        signatory) are left out: they are settings, not typed into this letter."""
        if keys.identity is None:
            return
        identity = reporter_identity(case, keys)
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
    # Receipts (services.intake: made at submission, while the tracking code is in hand)

    def submit_with_receipt(
        self, complaint: ComplaintInput, *, received_by: str | None = None,
        scans: Sequence[tuple[str, bytes]] = (),
    ) -> tuple[SubmitResult, bytes]:
        """Submit a complaint, its scans, and make its receipt
        (``intake.submit_with_receipt``)."""
        return intake.submit_with_receipt(self.ws, complaint, received_by=received_by,
                                          scans=scans)

    def receipt(self, case_id: str) -> LetterInfo:
        """The case's receipt (``intake.receipt``)."""
        return intake.receipt(self.ws, case_id)

    # ======================================================================
    # Reading, printing, the register

    def pdf(self, letter_id: int) -> bytes:
        """The stored bytes, decrypted and checked against their SHA-256."""
        with self.ws.read() as session:
            row, _case, keys = self._letter_row(session, letter_id)
            pdf = open_field(keys, Letter.pdf_ct, row.id, row.pdf_ct,
                             identity=row.addressee_role == AddresseeRole.REPORTER,
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
            return letter_list(session, select(Letter).where(Letter.case_id == case_id))

    def register(self, year: int | None = None) -> list[LetterInfo]:
        """The outgoing-letter register (admin)."""
        self.ws.actor.require(Action.APPROVE_LETTER)
        with self.ws.read() as session:
            stmt = select(Letter)
            if year is not None:
                stmt = stmt.where(
                    Letter.issued_on >= date(year, 1, 1), Letter.issued_on <= date(year, 12, 31)
                )
            return letter_list(session, stmt)

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
            return letter_list(session, stmt)

    def blank_form(self) -> bytes:
        """The paper complaint form (nothing confidential; not stored)."""
        with self.ws.read() as session:
            settings = letter_settings(session)
            types = tuple(t.label_id for t in settings_store.complaint_types(session))
        return render(
            L.Letter(
                kind=L.LetterKind.BLANK_FORM,
                letterhead=letterhead_of(settings),
                content=L.BlankForm(
                    complaint_type_labels=types,
                    channel_labels=tuple(CHANNEL_LABELS_ID[c] for c in Channel),
                ),
            )
        )

    # ======================================================================
    # Internals

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
