"""A logged-in user's way into the use cases: ``ws.cases``, ``ws.accounts``,
``ws.audit``, ``ws.settings``. One service call is one transaction."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from functools import cached_property
from typing import TYPE_CHECKING, Any

from sqlalchemy.orm import Session

from wbs_desktop.domain.roles import Role
from wbs_desktop.services import audit
from wbs_desktop.services.context import Actor
from wbs_desktop.services.dto import UserInfo
from wbs_desktop.services.errors import PermissionDenied
from wbs_desktop.storage import keys as keystore
from wbs_desktop.storage.models import User

if TYPE_CHECKING:
    from wbs_desktop.services.letters import LetterService
    from wbs_desktop.services.office import Office


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
    def letters(self) -> LetterService:
        """Letters (made on first use)."""
        from wbs_desktop.services.letters import LetterService

        return LetterService(self)

    @property
    def user(self) -> UserInfo:
        return self.actor.user

    @property
    def db(self) -> Any:
        return self.office.db

    @contextmanager
    def read(self) -> Iterator[Session]:
        from wbs_desktop.services.office import translate_db_errors

        self._check_open()
        with translate_db_errors(), self.office.db.read() as session:
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One write transaction; refreshes the user's role and active flag first."""
        from wbs_desktop.services.office import translate_db_errors, user_info

        self._check_open()
        with translate_db_errors():
            with self.office.db.write() as session:
                row = session.get(User, self.actor.id)
                if row is None or not row.active:
                    raise PermissionDenied(f"{self.actor.user.username} is no longer active")
                if Role(row.role) != self.actor.role:
                    self.actor.user = user_info(row)
                yield session
                if self.actor.unlocker.pending_rewraps:
                    keystore.apply_rewraps(session, self.actor.unlocker)
                seq, head = audit.head_of(session)
            self.office.workstation.remember(self.office.office_id, seq, head)

    def record(
        self,
        session: Session,
        action: str,
        *,
        case_id: str | None = None,
        details: dict[str, Any] | None = None,
    ) -> None:
        audit.append(session, self.actor.signer, action, case_id=case_id, details=details)

    def flush_rewraps(self) -> None:
        """Store grants re-wrapped on first use (symmetric from now on)."""
        if self.actor.unlocker.pending_rewraps:
            with self.write():
                pass

    def logout(self) -> None:
        if self._closed:
            return
        try:
            with self.write() as session:
                self.record(session, "logout")
        finally:
            self._closed = True
            self.actor.case_keys.clear()
            self.actor.search_text.clear()
            self.actor.report_units.clear()
            self.actor.listing.clear()

    def _check_open(self) -> None:
        if self._closed:
            raise PermissionDenied("this session has ended; log in again")
