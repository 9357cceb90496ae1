"""Opening a database, setting one up, logging in, and recovery.

``Office`` is an open database; ``Office.login`` returns a ``Workspace`` — the
logged-in user's way into the use cases (``ws.cases``, ``ws.accounts``,
``ws.audit``, ``ws.settings``).
"""

from __future__ import annotations

import logging
import os
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from sqlalchemy import func, inspect, select
from sqlalchemy.orm import Session

from wbs_desktop.domain.dates import utc_now
from wbs_desktop.domain.roles import Role
from wbs_desktop.services import audit, certificate_setup, certificates, office_keys
from wbs_desktop.services.context import Actor
from wbs_desktop.services.dto import SetupResult, UserInfo
from wbs_desktop.services.errors import (
    AccountInactive,
    AccountLocked,
    IntegrityBroken,
    NotInitialized,
    ServiceError,
    WrongCredentials,
)
from wbs_desktop.services.users import (
    ProgressFn,
    enforce_password_policy,
    install_user_keys,
    new_user_row,
    normalize_username,
    recipient_of,
    regrant_all_cases,
    translate_db_errors,
    user_info,
)
from wbs_desktop.storage import crypto
from wbs_desktop.storage import keys as keystore
from wbs_desktop.storage.db import Database
from wbs_desktop.storage.models import Office as OfficeRow
from wbs_desktop.storage.models import OfficeKeyGrant, User

if TYPE_CHECKING:
    from wbs_desktop.services.workspace import Workspace

log = logging.getLogger(__name__)

#: Wrong passwords in a row that cost nothing but the key derivation.
FREE_ATTEMPTS = 5
#: The first delay once the free attempts are used; it doubles with each
#: further wrong password, up to MAX_DELAY (the last active administrator:
#: LAST_ADMIN_MAX_DELAY, so nobody can keep the office out of its own data).
BASE_DELAY = timedelta(seconds=15)
MAX_DELAY = timedelta(minutes=15)
LAST_ADMIN_MAX_DELAY = timedelta(minutes=1)



def login_delay(failures: int, *, last_admin: bool = False) -> timedelta | None:
    """How long an account waits after its ``failures``-th wrong password in a row:
    nothing for the first FREE_ATTEMPTS - 1, then 15 s, 30 s, 1 min … doubling,
    at most MAX_DELAY (LAST_ADMIN_MAX_DELAY for the last active administrator)."""
    if failures < FREE_ATTEMPTS:
        return None
    cap = LAST_ADMIN_MAX_DELAY if last_admin else MAX_DELAY
    return min(BASE_DELAY * (2 ** min(failures - FREE_ATTEMPTS, 16)), cap)


@dataclass(frozen=True, slots=True)
class _Attempt:
    """A counted login attempt at an existing account (see ``Office._claim_attempt``)."""

    user_id: int
    active: bool
    wrapped: crypto.WrappedSecrets
    waiting_until: datetime | None = None  # must wait: the password is not checked
    delayed_until: datetime | None = None  # checked; the next attempt must wait


def _is_last_admin(session: Session, user: User) -> bool:
    if user.role != Role.ADMIN.value or not user.active:
        return False
    others = session.scalar(
        select(func.count())
        .select_from(User)
        .where(User.role == Role.ADMIN.value, User.active.is_(True), User.id != user.id)
    )
    return not others


class Office:
    """An open database of one office."""

    def __init__(self, db: Database, *, workstation: audit.WorkstationState | None = None) -> None:
        self.db = db
        self.workstation = workstation or audit.WorkstationState()
        self._office_id: str | None = None
        #: Verifies certificates against the pinned root (None: not certified yet).
        self.trust: certificates.Trust | None = None

    # -- opening and creating ---------------------------------------------------

    @classmethod
    def open(
        cls,
        target: str,
        *,
        password: str | None = None,
        workstation: audit.WorkstationState | None = None,
        must_exist: bool = True,
        upgrade: bool = True,
    ) -> Office:
        """Open an SQLite path or a PostgreSQL URL and apply pending migrations.

        ``upgrade=False`` (read-only commands): never create a schema nor
        migrate one; a new or older database raises NotInitialized or
        SchemaOutdated instead. A schema newer than this program raises
        SchemaTooNew (naming the version that upgraded it); a file that is
        not an SQLite database, or one without our tables, NotAnOfficeDatabase.
        """
        from wbs_desktop.services import app_versions

        app_versions.check_file(target, create=upgrade)
        db = Database(target, password=password)
        try:
            with translate_db_errors():
                app_versions.check_schema(db, upgrade=upgrade)
            office = cls(db, workstation=workstation)
            initialized = office.is_initialized()
            if must_exist and not initialized:
                raise NotInitialized(f"{db.display_name} has no office set up yet")
            if initialized:
                office.check_root()
            if upgrade and must_exist:
                with translate_db_errors():
                    app_versions.record(db)
        except BaseException:
            db.dispose()
            raise
        return office

    @property
    def location(self) -> str:
        """Where the database is, as the workstation pins it (no password)."""
        return self.db.display_name

    def check_root(self) -> None:
        """Pin the root fingerprint the first time; refuse a database whose root changed."""
        with translate_db_errors(), self.db.read() as session:
            row = session.scalars(select(OfficeRow)).one()
            office_id, root = row.office_id, row.root_public
        self._office_id = office_id
        if root is None:
            self.trust = None  # made before certificates: the first admin login certifies
            return
        found = certificates.root_fingerprint(root)
        pinned = self.workstation.pinned_root(office_id, self.location)
        if pinned is not None and pinned != found:
            raise certificates.RootChanged(
                f"the root key of this database changed: this workstation knows {pinned}, "
                f"the database now says {found}",
                pinned=pinned,
                found=found,
            )
        if pinned is None:
            self.workstation.pin_root(office_id, self.location, found)
        if self.trust is None or self.trust.root_public != root:
            self.trust = certificates.Trust(root, office_id)

    @property
    def root_fingerprint(self) -> str | None:
        return self.trust.fingerprint if self.trust is not None else None

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
        enforce_password_policy(password, username, (admin_full_name, office_name))
        office = cls.open(target, password=db_password, workstation=workstation, must_exist=False)
        try:
            result = office._create(username, admin_full_name, password, office_name)
            from wbs_desktop.services import app_versions

            with translate_db_errors():
                app_versions.record(office.db)
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
            office_keys.create(session, user, recovery_public)
            # The coming year's holidays, proposed (certified with the rest below).
            from wbs_desktop.services.holidays import prefill_years

            prefill_years(session.connection())
            certificate_setup.establish(session, row, first_admin=user, issuer_name="root")
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
        self.workstation.reset(office_id, seq, head)
        self.check_root()
        return SetupResult(
            office_id=office_id,
            admin=info,
            recovery_key=crypto.format_recovery_key(recovery),
            recovery_fingerprint=fingerprint,
            root_fingerprint=self.root_fingerprint or "",
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
        """Check a password and open the user's keys.

        Every answer costs one key derivation (unknown name, wrong password,
        an account that must wait, the right password), so the time taken does
        not tell which names exist. The attempt is counted *before* the password
        is checked, in a write transaction (writers are serialised on both
        backends), so parallel guesses from any number of processes or
        workstations are evaluated at most FREE_ATTEMPTS times before the
        account has to wait.
        """
        from wbs_desktop.services.workspace import Workspace

        name = normalize_username(username)
        claim = self._claim_attempt(name)
        if claim is None:
            # Same work as a real attempt, so timing does not tell which names exist.
            crypto.derive_key(password, os.urandom(16), crypto.default_kdf_params())
            self._record_failure(None, None)
            raise WrongCredentials("wrong user name or password")
        if claim.waiting_until is not None:
            # Not checked (the account must wait), but just as slow as a check.
            crypto.derive_key(password, os.urandom(16), claim.wrapped.params)
            raise AccountLocked(
                f"{name} must wait until {claim.waiting_until:%H:%M:%S} UTC",
                until=claim.waiting_until,
            )
        try:
            secrets = crypto.UserSecrets.unwrap_with_password(
                password, claim.wrapped, user_ref=str(claim.user_id)
            )
        except crypto.WrongPassword:
            self._record_failure(claim.user_id, claim.delayed_until)
            if claim.delayed_until is not None:
                raise AccountLocked(
                    f"{name} must wait until {claim.delayed_until:%H:%M:%S} UTC",
                    until=claim.delayed_until,
                ) from None
            raise WrongCredentials("wrong user name or password") from None
        if not claim.active:
            raise AccountInactive(f"{name} has been deactivated")
        return Workspace(self, self._complete_login(claim.user_id, secrets, password))

    def _claim_attempt(self, name: str) -> _Attempt | None:
        """Count one attempt at ``name`` before its password is checked.

        None: no such user. ``waiting_until`` set: the account must wait and the
        password is not checked. Otherwise the attempt is counted as a failure
        in advance (a success resets the count); when it is the FREE_ATTEMPTS-th
        or later, the account must wait ``login_delay`` before the next one
        (``delayed_until``), whatever the password turns out to be.
        """
        with translate_db_errors(), self.db.write() as session:
            user = session.scalars(select(User).where(User.username == name)).one_or_none()
            if user is None:
                return None
            wrapped = crypto.WrappedSecrets(
                user.kdf_salt, crypto.KdfParams.from_json(user.kdf_params), user.wrapped_secrets
            )
            now = utc_now()
            if user.locked_until is not None and user.locked_until > now:
                return _Attempt(user.id, user.active, wrapped, waiting_until=user.locked_until)
            user.failed_logins += 1
            delay = login_delay(user.failed_logins, last_admin=_is_last_admin(session, user))
            user.locked_until = now + delay if delay is not None else None
            return _Attempt(user.id, user.active, wrapped, delayed_until=user.locked_until)

    def _record_failure(self, user_id: int | None, delayed_until: datetime | None) -> None:
        """Audit a wrong password: the account when it exists, otherwise only that
        an unknown name was tried (never the typed text: it may be a password)."""
        with translate_db_errors(), self.db.write() as session:
            user = session.get(User, user_id) if user_id is not None else None
            if user is None:
                audit.append(session, None, "login_failed", details={"unknown_user": True})
                return
            audit.append(
                session,
                None,
                "login_failed",
                actor_name=user.username,
                details={"username": user.username, "failures": user.failed_logins},
            )
            if delayed_until is not None:
                audit.append(
                    session,
                    None,
                    "account_locked",
                    actor_name=user.username,
                    details={"username": user.username, "until": delayed_until.isoformat()},
                )

    def _complete_login(
        self, user_id: int, secrets: crypto.UserSecrets, password: str
    ) -> Actor:
        migrated = False
        with translate_db_errors(), self.db.write() as session:
            user = session.get(User, user_id)
            assert user is not None and user.signing_key_id is not None
            office_row = session.scalars(select(OfficeRow)).one()
            if office_row.root_public is None:
                if user.role != Role.ADMIN.value:
                    raise certificates.NotCertified(
                        "this database was made before certificates: "
                        "an administrator must log in first"
                    )
                # The first administrator login certifies the records as they stand.
                root = certificate_setup.establish(
                    session, office_row, first_admin=user, issuer_name=user.username, migrate=True
                )
                migrated = True
                self.trust = certificates.Trust(
                    root.public_key().public_bytes_raw(), office_row.office_id
                )
            elif self.trust is None or self.trust.root_public != office_row.root_public:
                raise certificates.RootChanged(
                    "the root key of this database changed since it was opened",
                    pinned=self.root_fingerprint or "",
                    found=certificates.root_fingerprint(office_row.root_public),
                )
            trust = self.trust
            cert = trust.check_user(session, user)
            if not cert.active:
                raise AccountInactive(f"{user.username} has been deactivated")
            user.failed_logins = 0
            user.lockouts = 0
            user.locked_until = None
            upgraded = self._upgrade_kdf(user, secrets, password)
            unlocker = keystore.Unlocker(
                keystore.user_holder(user.id), secrets.exchange, secrets.data_key
            )
            try:
                tracking_key, index_key = office_keys.open_at_login(session, unlocker, user)
                root_key = (
                    certificates.open_root(session, unlocker)
                    if cert.role == Role.ADMIN
                    else None
                )
            except crypto.CryptoError as exc:
                raise IntegrityBroken("the office key of this user did not decrypt") from exc
            actor = Actor(
                user=user_info(user),
                secrets=secrets,
                signing_key_id=user.signing_key_id,
                index_key=index_key,
                tracking_key=tracking_key,
                root_key=root_key,
            )
            # The log must have only grown since this workstation last saw it.
            growth, _reached = audit.verify_extension(
                session,
                self.workstation.seen(office_row.office_id),
                trust=trust,
            )
            if migrated:
                audit.append(
                    session,
                    actor.signer,
                    "certificates_issued",
                    details={"migrated": True, "root": trust.fingerprint},
                )
            audit.append(
                session, actor.signer, "login", details={"kdf_upgraded": True} if upgraded else None
            )
            seq, head = audit.head_of(session)
        if not growth.ok:
            self.workstation.raise_alarm(self.office_id, growth)
        else:
            self.workstation.remember(self.office_id, seq, head)
        if migrated:
            self.check_root()
        return actor

    @staticmethod
    def _upgrade_kdf(user: User, secrets: crypto.UserSecrets, password: str) -> bool:
        """Re-wrap the user's keys with today's Argon2 parameters when the stored ones
        are weaker (made by an older version, or a fast test database)."""
        today = crypto.default_kdf_params()
        if not crypto.is_weaker(crypto.KdfParams.from_json(user.kdf_params), today):
            return False
        new = secrets.wrap_with_password(password, user_ref=str(user.id), params=today)
        user.kdf_salt, user.kdf_params = new.salt, new.params.to_json()
        user.wrapped_secrets = new.blob
        return True

    def audit_alarm(self) -> dict[str, Any] | None:
        """What this workstation saw replaced or cut in the audit log, until acknowledged."""
        return self.workstation.alarm(self.office_id)

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
        from wbs_desktop.services.users import check_username

        username = check_username(admin_username)
        if not admin_full_name.strip():
            raise ServiceError(
                "the full name is required", code="full_name_required", field="full_name"
            )
        enforce_password_policy(password, username, (admin_full_name, self.office_name()))
        unlocker = keystore.Unlocker(keystore.RECOVERY_HOLDER, private, None)
        with translate_db_errors(), self.db.write() as session:
            office = session.scalars(select(OfficeRow)).one()
            if private.public_key().public_bytes_raw() != office.recovery_public:
                raise WrongCredentials("this is not the recovery key of this office")
            if session.scalars(select(User).where(User.username == username)).first():
                raise ServiceError(f"the user name {username} is taken", code="username_taken")
            if self.trust is not None:
                self.trust.check_office(session)  # the recovery key is the certified one
            tracking_key, index_key = office_keys.open_for_recovery(session, unlocker)
            root = certificates.open_root(session, unlocker)
            user, secrets = new_user_row(
                username=username, full_name=admin_full_name, role=Role.ADMIN, password=password
            )
            session.add(user)
            session.flush()
            install_user_keys(session, user, secrets, password)
            recipient = recipient_of(user)
            if root is not None:
                # The recovery key holds the root too: it re-certifies.
                certificates.certify_user(
                    session, certificates.Issuer(root, "recovery", None), user
                )
                certificates.grant_root(session, root, [recipient])
            office_keys.grant_for_role(session, user, tracking_key, index_key)
            count = regrant_all_cases(session, unlocker, recipient, progress)
            # The way back also clears every administrator's login delay.
            waiting = list(
                session.scalars(
                    select(User).where(User.role == Role.ADMIN.value, User.failed_logins > 0)
                )
            )
            for admin in waiting:
                admin.failed_logins = 0
                admin.locked_until = None
            signer = audit.signer_for(session, user, secrets.signing)
            audit.append(
                session,
                signer,
                "recovery_used",
                details={
                    "new_admin": username,
                    "cases_granted": count,
                    "delays_cleared": sorted(a.username for a in waiting),
                },
            )
            info = user_info(user)
        return info


__all__ = [
    "Office",
    "OfficeKeyGrant",
    "enforce_password_policy",
    "install_user_keys",
    "login_delay",
    "new_user_row",
    "normalize_username",
    "recipient_of",
    "translate_db_errors",
    "user_info",
]
