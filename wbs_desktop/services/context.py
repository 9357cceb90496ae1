"""The logged-in user as the services see them: identity, role, unlocked keys
(``Actor``), and what a service needs of the session around them (``Context``:
``Workspace`` is one). The services type against ``Context``, not ``Workspace``,
so that no service module needs the module that builds them all."""

from __future__ import annotations

import threading
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from wbs_desktop.domain.roles import Action, Role, is_allowed
from wbs_desktop.services.audit import Signer
from wbs_desktop.services.dto import UserInfo
from wbs_desktop.services.errors import PermissionDenied
from wbs_desktop.services.listing import CaseListing
from wbs_desktop.services.search_index import IndexState
from wbs_desktop.services.search_index_file import Entry
from wbs_desktop.storage.crypto import UserSecrets
from wbs_desktop.storage.keys import CaseKeys, Unlocker, user_holder

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from wbs_desktop.services.accounts import AccountService
    from wbs_desktop.services.audit import WorkstationState
    from wbs_desktop.services.cases import CaseService
    from wbs_desktop.services.certificates import Trust
    from wbs_desktop.services.letters import LetterService
    from wbs_desktop.services.procedure import ProcedureService
    from wbs_desktop.services.settings_service import SettingsService
    from wbs_desktop.storage.db import Database


@dataclass
class Actor:
    user: UserInfo
    secrets: UserSecrets
    signing_key_id: int
    #: The people index key (names, NIPs): administrators only (services.office_keys).
    index_key: bytes | None
    #: Case keys already opened this session: (case id, key version) → keys.
    case_keys: dict[tuple[str, int], CaseKeys] = field(default_factory=dict)
    #: Decrypted search text per case: case id → (case version, lower-cased text,
    #: the accused's sort key): services.search_index_file.Entry.
    search_text: dict[str, Entry] = field(default_factory=dict)
    #: The private file search_text is kept in between sessions (services.search_index).
    search_index: IndexState = field(default_factory=IndexState)
    #: The case list's unencrypted columns, kept current from the audit head.
    listing: CaseListing = field(default_factory=CaseListing)
    #: The accused's unit per case for the figures: case id → (case version, unit).
    report_units: dict[str, tuple[int, str]] = field(default_factory=dict)
    #: Whether the user's units file was read into report_units (services.report_units).
    report_units_loaded: bool = False
    lock: threading.RLock = field(default_factory=threading.RLock)
    #: The tracking-code look-up key: every user.
    tracking_key: bytes | None = None
    #: What the services must tell this user once (conflict-of-interest removals):
    #: taken with ``CaseService.take_notices``.
    notices: list[Any] = field(default_factory=list)
    #: The office root signing key (administrators only): certifies records.
    root_key: Ed25519PrivateKey | None = None

    def __post_init__(self) -> None:
        self.unlocker = Unlocker(
            holder=user_holder(self.user.id),
            exchange=self.secrets.exchange,
            data_key=self.secrets.data_key,
        )

    @property
    def id(self) -> int:
        return self.user.id

    @property
    def role(self) -> Role:
        return self.user.role

    @property
    def holder(self) -> str:
        return user_holder(self.user.id)

    @property
    def signer(self) -> Signer:
        return Signer(self.user.id, self.user.username, self.signing_key_id, self.secrets.signing)

    def can(self, action: Action) -> bool:
        return self.user.active and is_allowed(self.role, action)

    def require(self, action: Action) -> None:
        if not self.can(action):
            raise PermissionDenied(
                f"{self.user.username} ({self.role}) may not {action.value}",
                action=action.value,
                role=self.role.value,
            )

    def forget_case(self, case_id: str) -> None:
        for key in [k for k in self.case_keys if k[0] == case_id]:
            del self.case_keys[key]
        self.search_text.pop(case_id, None)
        self.report_units.pop(case_id, None)
        self.listing.forget_texts()


class _Office(Protocol):
    @property
    def db(self) -> Database: ...

    @property
    def trust(self) -> Trust | None: ...

    @property
    def office_id(self) -> str: ...

    @property
    def workstation(self) -> WorkstationState:
        """Where this workstation keeps its state (the data folder: the search index)."""

    def office_name(self) -> str: ...

    def login(self, username: str, password: str) -> Context:
        """Another user's session on the same database (the demo's officers)."""


class Context(Protocol):
    """One logged-in session: one service call is one transaction."""

    actor: Actor

    @property
    def office(self) -> _Office: ...

    @property
    def user(self) -> UserInfo: ...

    # The sibling services a service calls (each typed; the session builds them).
    @property
    def accounts(self) -> AccountService: ...

    @property
    def cases(self) -> CaseService: ...

    @property
    def procedure(self) -> ProcedureService: ...

    @property
    def settings(self) -> SettingsService: ...

    @property
    def letters(self) -> LetterService: ...

    def read(self) -> AbstractContextManager[Session]: ...

    def write(self) -> AbstractContextManager[Session]: ...

    def record(
        self,
        session: Session,
        action: str,
        *,
        case_id: str | None = None,
        details: dict[str, Any] | None = None,
        private: dict[str, Any] | None = None,
    ) -> None:
        """An audit entry by the actor (``private``: free text, stored sealed)."""

    def flush_rewraps(self) -> None:
        """Store key grants re-wrapped on first use."""

    def logout(self) -> None:
        """End the session (an audit entry; the keys it opened are forgotten)."""
