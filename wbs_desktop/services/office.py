"""Opening a database, setting one up, logging in, and recovery.

``Office`` is an open database; ``Office.login`` returns a ``Workspace`` — the
logged-in user's way into the use cases (``ws.cases``, ``ws.accounts``,
``ws.audit``, ``ws.settings``).
"""

from __future__ import annotations

import logging
import os
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from sqlalchemy import exc as sa_exc
from sqlalchemy import func, inspect, select
from sqlalchemy.orm import Session

from wbs_desktop.domain.dates import utc_now
from wbs_desktop.domain.passwords import PasswordPolicyViolation, check_password
from wbs_desktop.domain.roles import Role
from wbs_desktop.services import audit
from wbs_desktop.services.context import Actor
from wbs_desktop.services.dto import SetupResult, UserInfo
from wbs_desktop.services.errors import (
    AccountInactive,
    AccountLocked,
    Cancelled,
    DatabaseUnavailable,
    IntegrityBroken,
    NotInitialized,
    PasswordPolicyError,
    ServiceError,
    WrongCredentials,
)
from wbs_desktop.storage import crypto
from wbs_desktop.storage import keys as keystore
from wbs_desktop.storage.db import Database
from wbs_desktop.storage.models import Case, CaseKeyGrant, OfficeKeyGrant, SigningKey, User
from wbs_desktop.storage.models import Office as OfficeRow

if TYPE_CHECKING:
    from wbs_desktop.services.workspace import Workspace

log = logging.getLogger(__name__)

MAX_FAILED_LOGINS = 5
BASE_LOCK = timedelta(minutes=1)
MAX_LOCK = timedelta(hours=24)

ProgressFn = Callable[[int, int], bool]  # (done, total) -> keep going?


def lock_duration(lockouts: int) -> timedelta:
    """1, 2, 4, 8 … minutes for the 1st, 2nd, 3rd … lock-out, at most a day."""
    return min(BASE_LOCK * (2 ** max(lockouts - 1, 0)), MAX_LOCK)


def user_info(user: User) -> UserInfo:
    return UserInfo(
        id=user.id,
        username=user.username,
        full_name=user.full_name,
        role=Role(user.role),
        nip=user.nip,
        position=user.position,
        active=user.active,
        must_change_password=user.must_change_password,
        locked_until=user.locked_until,
    )


def enforce_password_policy(password: str, username: str) -> None:
    try:
        check_password(password, username=username)
    except PasswordPolicyViolation as exc:
        raise PasswordPolicyError(str(exc), reason=exc.code) from exc


def normalize_username(username: str) -> str:
    """The stored form of a user name. A control character (NUL, which PostgreSQL
    refuses and SQLite stores) is the same clear error on both backends."""
    from wbs_desktop.domain.text import has_control_character

    if has_control_character(username):
        raise ServiceError("a user name holds no control characters", code="bad_username",
                           field="username")
    return username.strip().casefold()


@contextmanager
def translate_db_errors() -> Iterator[None]:
    """A server that went away becomes DatabaseUnavailable, never a traceback."""
    try:
        yield
    except (sa_exc.OperationalError, sa_exc.InterfaceError) as exc:
        raise DatabaseUnavailable(
            f"the database could not be reached: {exc.orig!s}".splitlines()[0]
        ) from exc
    except sa_exc.DBAPIError as exc:
        if exc.connection_invalidated:
            raise DatabaseUnavailable("the connection to the database was lost") from exc
        raise


def new_user_row(
    *,
    username: str,
    full_name: str,
    role: Role,
    password: str,
    nip: str = "",
    position: str = "",
    must_change_password: bool = False,
) -> tuple[User, crypto.UserSecrets]:
    """A user row with fresh keys (the caller adds it, flushes, then signs it up)."""
    secrets = crypto.UserSecrets.generate()
    user = User(
        username=username,
        full_name=full_name.strip(),
        nip=nip,
        position=position.strip(),
        role=role.value,
        active=True,
        created_at=utc_now(),
        exchange_public=secrets.exchange_public,
        kdf_salt=b"",
        kdf_params="",
        wrapped_secrets=b"",
        key_epoch=1,
        must_change_password=must_change_password,
        failed_logins=0,
        lockouts=0,
        version=1,
    )
    return user, secrets


def install_user_keys(
    session: Session, user: User, secrets: crypto.UserSecrets, password: str
) -> None:
    """Wrap ``secrets`` under ``password`` and register the signing key (user has an id)."""
    wrapped = secrets.wrap_with_password(password, user_ref=str(user.id))
    user.kdf_salt = wrapped.salt
    user.kdf_params = wrapped.params.to_json()
    user.wrapped_secrets = wrapped.blob
    user.exchange_public = secrets.exchange_public
    signing = SigningKey(user_id=user.id, public_key=secrets.signing_public, created_at=utc_now())
    session.add(signing)
    session.flush()
    user.signing_key_id = signing.id


def recipient_of(user: User) -> keystore.Recipient:
    return keystore.Recipient(keystore.user_holder(user.id), user.id, user.exchange_public)


class Office:
    """An open database of one office."""

    def __init__(self, db: Database, *, workstation: audit.WorkstationState | None = None) -> None:
        self.db = db
        self.workstation = workstation or audit.WorkstationState()
        self._office_id: str | None = None

    # -- opening and creating ---------------------------------------------------

    @classmethod
    def open(
        cls,
        target: str,
        *,
        password: str | None = None,
        workstation: audit.WorkstationState | None = None,
        must_exist: bool = True,
    ) -> Office:
        """Open an SQLite path or a PostgreSQL URL and apply pending migrations."""
        db = Database(target, password=password)
        try:
            with translate_db_errors():
                db.migrate()
        except BaseException:
            db.dispose()
            raise
        office = cls(db, workstation=workstation)
        if must_exist and not office.is_initialized():
            db.dispose()
            raise NotInitialized(f"{db.display_name} has no office set up yet")
        return office

    @classmethod
    def create(
        cls,
        target: str,
        *,
        admin_username: str,
        admin_full_name: str,
        password: str,
        office_name: str | None = None,
        db_password: str | None = None,
        workstation: audit.WorkstationState | None = None,
    ) -> tuple[Office, SetupResult]:
        """Set up a new database: office keys, the recovery key, the first admin."""
        username = normalize_username(admin_username)
        if not username:
            raise ServiceError("the administrator needs a user name", code="username_required")
        enforce_password_policy(password, username)
        office = cls.open(target, password=db_password, workstation=workstation, must_exist=False)
        try:
            result = office._create(username, admin_full_name, password, office_name)
        except BaseException:
            office.close()
            raise
        return office, result

    def _create(
        self, username: str, full_name: str, password: str, office_name: str | None
    ) -> SetupResult:
        from wbs_desktop.services import settings as settings_store

        recovery = X25519PrivateKey.generate()
        recovery_public = recovery.public_key().public_bytes_raw()
        index_key = crypto.random_key()
        with translate_db_errors(), self.db.write() as session:
            if session.scalar(select(func.count()).select_from(OfficeRow)):
                raise ServiceError(
                    "this database already belongs to an office", code="office_exists"
                )
            row = OfficeRow(
                id=1,
                office_id=uuid.uuid4().hex,
                name=office_name or settings_store.DEFAULTS["office.name"],
                created_at=utc_now(),
                recovery_public=recovery_public,
                recovery_fingerprint=crypto.fingerprint(recovery_public),
            )
            session.add(row)
            user, secrets = new_user_row(
                username=username, full_name=full_name, role=Role.ADMIN, password=password
            )
            session.add(user)
            session.flush()
            install_user_keys(session, user, secrets, password)
            keystore.grant_office_key(
                session,
                keystore.INDEX_KEY,
                index_key,
                [
                    recipient_of(user),
                    keystore.Recipient(keystore.RECOVERY_HOLDER, None, recovery_public),
                ],
            )
            signer = audit.signer_for(session, user, secrets.signing)
            audit.append(session, signer, "office_created", details={"name": row.name})
            audit.append(
                session, signer, "user_added", details={"username": username, "role": "admin"}
            )
            info = user_info(user)
            office_id = row.office_id
            fingerprint = row.recovery_fingerprint
            seq, head = audit.head_of(session)
        self._office_id = office_id
        self.workstation.remember(office_id, seq, head)
        return SetupResult(
            office_id=office_id,
            admin=info,
            recovery_key=crypto.format_recovery_key(recovery),
            recovery_fingerprint=fingerprint,
        )

    def is_initialized(self) -> bool:
        with translate_db_errors(), self.db.read() as session:
            if not inspect(session.connection()).has_table("office"):
                return False
            return bool(session.scalar(select(func.count()).select_from(OfficeRow)))

    @property
    def office_id(self) -> str:
        if self._office_id is None:
            with translate_db_errors(), self.db.read() as session:
                self._office_id = session.scalars(select(OfficeRow.office_id)).one()
        return self._office_id

    @property
    def is_shared(self) -> bool:
        return self.db.is_postgres

    @property
    def display_name(self) -> str:
        return self.db.display_name

    def office_name(self) -> str:
        with translate_db_errors(), self.db.read() as session:
            return session.scalars(select(OfficeRow.name)).one()

    def close(self) -> None:
        self.db.dispose()

    # -- logging in ---------------------------------------------------------------

    def login(self, username: str, password: str) -> Workspace:
        from wbs_desktop.services.workspace import Workspace

        name = normalize_username(username)
        with translate_db_errors(), self.db.read() as session:
            user = session.scalars(select(User).where(User.username == name)).one_or_none()
            snapshot = None
            if user is not None:
                snapshot = (
                    user.id,
                    user.locked_until,
                    user.active,
                    crypto.WrappedSecrets(
                        user.kdf_salt,
                        crypto.KdfParams.from_json(user.kdf_params),
                        user.wrapped_secrets,
                    ),
                )
        if snapshot is None:
            # Same work as a real attempt, so timing does not tell which names exist.
            crypto.derive_key(password, os.urandom(16), crypto.default_kdf_params())
            self._record_failure(None, name)
            raise WrongCredentials("wrong user name or password")
        user_id, locked_until, active, wrapped = snapshot
        now = utc_now()
        if locked_until is not None and locked_until > now:
            raise AccountLocked(
                f"{name} is locked until {locked_until:%H:%M} UTC", until=locked_until
            )
        try:
            secrets = crypto.UserSecrets.unwrap_with_password(
                password, wrapped, user_ref=str(user_id)
            )
        except crypto.WrongPassword:
            locked = self._record_failure(user_id, name)
            if locked is not None:
                raise AccountLocked(
                    f"{name} is locked until {locked:%H:%M} UTC", until=locked
                ) from None
            raise WrongCredentials("wrong user name or password") from None
        if not active:
            raise AccountInactive(f"{name} has been deactivated")
        return Workspace(self, self._complete_login(user_id, secrets))

    def _record_failure(self, user_id: int | None, username: str) -> Any:
        """Count a failed login; returns the lock's end when this failure locked it."""
        with translate_db_errors(), self.db.write() as session:
            locked_until = None
            if user_id is not None:
                user = session.get(User, user_id)
                assert user is not None
                user.failed_logins += 1
                if user.failed_logins >= MAX_FAILED_LOGINS:
                    user.lockouts += 1
                    user.failed_logins = 0
                    user.locked_until = utc_now() + lock_duration(user.lockouts)
                    locked_until = user.locked_until
            audit.append(
                session,
                None,
                "login_failed",
                actor_name=username[:64] or "-",
                details={"username": username[:64]},
            )
            if locked_until is not None:
                audit.append(
                    session,
                    None,
                    "account_locked",
                    actor_name=username[:64],
                    details={"username": username, "until": locked_until.isoformat()},
                )
        return locked_until

    def _complete_login(self, user_id: int, secrets: crypto.UserSecrets) -> Actor:
        with translate_db_errors(), self.db.write() as session:
            user = session.get(User, user_id)
            assert user is not None and user.signing_key_id is not None
            user.failed_logins = 0
            user.lockouts = 0
            user.locked_until = None
            unlocker = keystore.Unlocker(
                keystore.user_holder(user.id), secrets.exchange, secrets.data_key
            )
            try:
                index_key = keystore.open_office_key(session, unlocker, keystore.INDEX_KEY)
            except crypto.CryptoError as exc:
                raise IntegrityBroken("the office key of this user did not decrypt") from exc
            if index_key is not None:
                keystore.rewrap_office_key(session, unlocker, keystore.INDEX_KEY, index_key)
            actor = Actor(
                user=user_info(user),
                secrets=secrets,
                signing_key_id=user.signing_key_id,
                index_key=index_key,
            )
            audit.append(session, actor.signer, "login")
            seq, head = audit.head_of(session)
        self.workstation.remember(self.office_id, seq, head)
        return actor

    # -- recovery -------------------------------------------------------------------

    def recover(
        self,
        recovery_key: str,
        *,
        admin_username: str,
        admin_full_name: str,
        password: str,
        progress: ProgressFn | None = None,
    ) -> UserInfo:
        """Make a new admin from the printed recovery key (every admin password lost)."""
        try:
            private = crypto.parse_recovery_key(recovery_key)
        except crypto.BadFormat as exc:
            raise WrongCredentials(str(exc)) from exc
        username = normalize_username(admin_username)
        enforce_password_policy(password, username)
        unlocker = keystore.Unlocker(keystore.RECOVERY_HOLDER, private, None)
        with translate_db_errors(), self.db.write() as session:
            office = session.scalars(select(OfficeRow)).one()
            if private.public_key().public_bytes_raw() != office.recovery_public:
                raise WrongCredentials("this is not the recovery key of this office")
            if session.scalars(select(User).where(User.username == username)).first():
                raise ServiceError(f"the user name {username} is taken", code="username_taken")
            index_key = keystore.open_office_key(session, unlocker, keystore.INDEX_KEY)
            user, secrets = new_user_row(
                username=username, full_name=admin_full_name, role=Role.ADMIN, password=password
            )
            session.add(user)
            session.flush()
            install_user_keys(session, user, secrets, password)
            recipient = recipient_of(user)
            if index_key is not None:
                keystore.grant_office_key(session, keystore.INDEX_KEY, index_key, [recipient])
            count = _regrant_all_cases(session, unlocker, recipient, progress)
            signer = audit.signer_for(session, user, secrets.signing)
            audit.append(
                session,
                signer,
                "recovery_used",
                details={"new_admin": username, "cases_granted": count},
            )
            info = user_info(user)
        return info


def _regrant_all_cases(
    session: Session,
    unlocker: keystore.Unlocker,
    recipient: keystore.Recipient,
    progress: ProgressFn | None,
    *,
    case_ids: list[str] | None = None,
) -> int:
    """Seal every case key ``unlocker`` can open to ``recipient``."""
    if case_ids is None:
        case_ids = list(
            session.scalars(
                select(CaseKeyGrant.case_id)
                .where(CaseKeyGrant.holder == unlocker.holder)
                .distinct()
            )
        )
    versions = dict(session.execute(select(Case.id, Case.key_version)).all())
    total = len(case_ids)
    done = 0
    for start in range(0, total, 500):
        chunk = case_ids[start : start + 500]
        grants = keystore.load_case_grants(session, unlocker.holder, chunk)
        for case_id in chunk:
            opened = keystore.open_case_keys(
                unlocker, grants.get(case_id, []), versions.get(case_id, 1)
            )
            if opened is not None:
                keystore.grant_case_keys(session, case_id, opened, [recipient])
            done += 1
        session.flush()
        if progress is not None and not progress(done, total):
            raise Cancelled("cancelled by the user")
    keystore.apply_rewraps(session, unlocker)
    return done


__all__ = ["Office", "OfficeKeyGrant", "lock_duration", "user_info"]
