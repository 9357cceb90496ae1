"""A logged-in user's way into the use cases: ``ws.cases``, ``ws.accounts``,
``ws.audit``, ``ws.settings``. One service call is one transaction."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from functools import cached_property
from typing import TYPE_CHECKING, Any

from sqlalchemy import String, and_, bindparam, func, select
from sqlalchemy.orm import Session, aliased

from wbs_desktop.domain.roles import Role
from wbs_desktop.services import audit, certificates
from wbs_desktop.services.context import Actor
from wbs_desktop.services.dto import UserInfo
from wbs_desktop.services.errors import PermissionDenied
from wbs_desktop.storage import keys as keystore
from wbs_desktop.storage.models import Certificate, SigningKey, User

if TYPE_CHECKING:
    from wbs_desktop.services.holidays import HolidayService
    from wbs_desktop.services.letterhead import LetterheadService
    from wbs_desktop.services.letters import LetterService
    from wbs_desktop.services.office import Office
    from wbs_desktop.services.signatories import SignatoryService


class Workspace:
    def __init__(self, office: Office, actor: Actor) -> None:
        from wbs_desktop.services.accounts import AccountService
        from wbs_desktop.services.audit_service import AuditService
        from wbs_desktop.services.cases import CaseService
        from wbs_desktop.services.procedure import ProcedureService
        from wbs_desktop.services.settings_service import SettingsService

        self.office = office
        self.actor = actor
        self.cases = CaseService(self)
        self.procedure = ProcedureService(self)
        self.accounts = AccountService(self)
        self.audit = AuditService(self)
        self.settings = SettingsService(self)
        self._closed = False

    @cached_property
    def holidays(self) -> HolidayService:
        from wbs_desktop.services.holidays import HolidayService

        return HolidayService(self)

    @cached_property
    def letters(self) -> LetterService:
        """Letters (made on first use)."""
        from wbs_desktop.services.letters import LetterService

        return LetterService(self)

    @cached_property
    def letterhead(self) -> LetterheadService:
        """The kop, logo, number patterns and copy lists (made on first use)."""
        from wbs_desktop.services.letterhead import LetterheadService

        return LetterheadService(self)

    @cached_property
    def signatories(self) -> SignatoryService:
        """Officials, signers, profiles, examination teams (made on first use)."""
        from wbs_desktop.services.signatories import SignatoryService

        return SignatoryService(self)

    @property
    def user(self) -> UserInfo:
        return self.actor.user

    @property
    def db(self) -> Any:
        return self.office.db

    @contextmanager
    def read(self) -> Iterator[Session]:
        from wbs_desktop.services.users import translate_db_errors

        self._check_open()
        with translate_db_errors(), self.office.db.read() as session:
            self._certify(session)
            self._check_still_active(session)
            yield session

    def _certify(self, session: Session) -> None:
        """Give the transaction the verifier (settings read are checked) and, for an
        administrator, the root key (settings and records written are certified)."""
        session.info[certificates.TRUST_INFO] = self.office.trust
        if self.actor.root_key is not None:
            session.info[certificates.ISSUER_INFO] = certificates.Issuer(
                self.actor.root_key, self.actor.user.username, self.actor.id
            )

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One write transaction; refreshes the user's role and active flag first
        (from the certificate: a row that disagrees with it is refused)."""
        from wbs_desktop.services.users import translate_db_errors

        self._check_open()
        state = self.office.workstation
        office_id = self.office.office_id
        growth = None
        trust = self.office.trust
        with translate_db_errors():
            with self.office.db.write() as session:
                self._certify(session)
                self._check_still_active(session)
                yield session
                if self.actor.unlocker.pending_rewraps:
                    keystore.apply_rewraps(session, self.actor.unlocker)
                seq, head = audit.head_of(session)
                if state.alarm(office_id) is None:
                    session.flush()
                    growth, _reached = audit.verify_extension(
                        session, state.seen(office_id), trust=trust, head=(seq, head)
                    )
            if growth is not None:
                if growth.ok:
                    state.remember(office_id, seq, head)
                else:
                    state.raise_alarm(office_id, growth)

    def check_audit_growth(self) -> dict[str, Any] | None:
        """The live refresh's check: verify what other workstations appended since
        the remembered head, move it, and return the alarm (None: all is well)."""
        state = self.office.workstation
        office_id = self.office.office_id
        if state.alarm(office_id) is None:
            trust = self.office.trust
            with self.read() as session:
                audit.advance(
                    state,
                    office_id,
                    session,
                    trust=trust,
                )
        return state.alarm(office_id)

    def record(
        self,
        session: Session,
        action: str,
        *,
        case_id: str | None = None,
        details: dict[str, Any] | None = None,
        private: dict[str, Any] | None = None,
    ) -> None:
        """``private``: free text, stored sealed (see ``audit.append``)."""
        audit.append(
            session, self.actor.signer, action, case_id=case_id, details=details, private=private
        )

    def flush_rewraps(self) -> None:
        """Store grants re-wrapped on first use (symmetric from now on)."""
        if self.actor.unlocker.pending_rewraps:
            with self.write():
                pass

    def logout(self) -> None:
        if self._closed:
            return
        from wbs_desktop.services import search_index

        try:
            search_index.save_if_changed(self)
            with self.write() as session:
                self.record(session, "logout")
        finally:
            self._closed = True
            self._forget()

    def _check_still_active(self, session: Session) -> None:
        """Every service call reads the user's row first: a user deactivated
        meanwhile stops here (and forgets every key this session opened); a
        changed role applies from this call on."""
        from wbs_desktop.services.users import user_info

        trust = self.office.trust
        if trust is None:
            row = session.get(User, self.actor.id)
            read = None
        else:  # one statement: the row, its certificate and signing key, the office's
            found = certified_actor(session, self.actor.id)
            row, read = (None, None) if found is None else (found[0], found[1:])
        if row is None or not row.active:
            self._forget()
            raise PermissionDenied(
                f"{self.actor.user.username} is no longer active", code="account_inactive"
            )
        if trust is not None and not trust.check_user(session, row, read).active:
            # the certificate, not the row, says who is active (issue 19)
            self._forget()
            raise PermissionDenied(
                f"{self.actor.user.username} is no longer active", code="account_inactive"
            )
        if Role(row.role) != self.actor.role:
            self.actor.user = user_info(row)
            self.actor.case_keys.clear()
            self.actor.search_text.clear()
            self.actor.search_index.reset()
            self.actor.report_units.clear()
            if Role(row.role) != Role.ADMIN:
                self.actor.root_key = None
                session.info.pop(certificates.ISSUER_INFO, None)

    def _forget(self) -> None:
        self.actor.case_keys.clear()
        self.actor.search_text.clear()
        self.actor.search_index.reset()
        self.actor.report_units.clear()
        self.actor.listing.clear()

    def _check_open(self) -> None:
        if self._closed:
            raise PermissionDenied("this session has ended; log in again")


def certified_actor(
    session: Session, user_id: int
) -> tuple[User, Certificate | None, SigningKey | None] | None:
    """The user's row with his latest certificate and current signing key, and
    the office's latest certificate, kept for ``Trust.office_cert``: what every
    transaction checks first, in one statement (it was four: on a server each
    is a round trip, in every service call)."""
    found = session.execute(
        _CERTIFIED_ACTOR, {"user_id": user_id, "subject": certificates.user_subject(user_id)}
    ).first()
    if found is None:
        return None
    user, cert, key, office = found
    session.info[certificates.OFFICE_ROW_INFO] = (session.get_transaction(), office)
    return user, cert, key


def _is_latest(cert: Any, subject: Any) -> Any:
    newer = _NEWER
    latest = select(func.max(newer.serial)).where(newer.subject == subject).scalar_subquery()
    return and_(cert.subject == subject, cert.serial == latest)


# Made once, its parameters bound at each call: built at each call, the
# statement was constructed and its cache key computed in every transaction.
_USER_CERT, _OFFICE_CERT, _NEWER = (aliased(Certificate) for _ in range(3))
_SUBJECT = bindparam("subject", type_=String)
_CERTIFIED_ACTOR = (
    select(User, _USER_CERT, SigningKey, _OFFICE_CERT)
    .select_from(User)
    .outerjoin(_USER_CERT, _is_latest(_USER_CERT, _SUBJECT))
    .outerjoin(SigningKey, SigningKey.id == User.signing_key_id)
    .outerjoin(_OFFICE_CERT, _is_latest(_OFFICE_CERT, certificates.OFFICE_SUBJECT))
    .where(User.id == bindparam("user_id"))
)
