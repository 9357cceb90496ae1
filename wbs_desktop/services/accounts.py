"""User accounts: add, edit, deactivate, passwords, resets. Admin-only except
changing one's own password. Every change is audited."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from wbs_desktop.domain.roles import Action, Role
from wbs_desktop.domain.validation import ValidationError, check_nip
from wbs_desktop.services import audit, certificates, office_keys
from wbs_desktop.services.conflicts import ConflictRemoval, recheck_user, recheck_user_in
from wbs_desktop.services.dto import UserInfo
from wbs_desktop.services.errors import NotFound, ServiceError, WrongCredentials
from wbs_desktop.services.rekey import cases_held_by, drop_grants, rekey_for
from wbs_desktop.services.users import (
    ProgressFn,
    check_username,
    enforce_password_policy,
    install_user_keys,
    new_user_row,
    recipient_of,
    regrant_all_cases,
    user_info,
)
from wbs_desktop.storage import crypto
from wbs_desktop.storage import keys as keystore
from wbs_desktop.storage.models import CaseAssignment, SigningKey, User
from wbs_desktop.storage.models import Office as OfficeRow

if TYPE_CHECKING:
    from wbs_desktop.services.context import Context



def _office_name(session: Session) -> str:
    return session.scalars(select(OfficeRow.name)).one_or_none() or ""


class AccountService:
    def __init__(self, ws: Context) -> None:
        self.ws = ws

    # -- reading ----------------------------------------------------------------

    def list_users(self, *, include_inactive: bool = True) -> list[UserInfo]:
        with self.ws.read() as session:
            stmt = select(User).order_by(User.full_name)
            if not include_inactive:
                stmt = stmt.where(User.active.is_(True))
            return [user_info(u) for u in session.scalars(stmt)]

    def officers(self) -> list[UserInfo]:
        """Users a case can be assigned to: active officers and admins."""
        return [
            u
            for u in self.list_users(include_inactive=False)
            if u.role in (Role.OFFICER, Role.ADMIN)
        ]

    def get(self, user_id: int) -> UserInfo:
        with self.ws.read() as session:
            return user_info(self._user(session, user_id))

    # -- changing ---------------------------------------------------------------

    def add_user(
        self,
        username: str,
        full_name: str,
        role: Role,
        password: str,
        *,
        nip: str = "",
        position: str = "",
        must_change_password: bool = False,
        progress: ProgressFn | None = None,
    ) -> UserInfo:
        self.ws.actor.require(Action.MANAGE_USERS)
        name = check_username(username)
        if not full_name.strip():
            raise ServiceError(
                "the full name is required", code="full_name_required", field="full_name"
            )
        nip = self._check_nip(nip)
        enforce_password_policy(password, name, (full_name, self._office_name()))
        with self.ws.write() as session:
            if session.scalars(select(User.id).where(User.username == name)).first():
                raise ServiceError(
                    f"the user name {name} is taken", code="username_taken", field="username"
                )
            user, secrets = new_user_row(
                username=name,
                full_name=full_name,
                role=role,
                password=password,
                nip=nip,
                position=position,
                must_change_password=must_change_password,
            )
            session.add(user)
            session.flush()
            install_user_keys(session, user, secrets, password)
            serial = self._certify(session, user)
            self._grant_office_key(session, user)
            granted = 0
            if role == Role.ADMIN:
                granted = self._grant_all(session, user, progress)
            self.ws.record(
                session,
                "user_added",
                details={
                    "username": name,
                    "role": role.value,
                    "cases_granted": granted,
                    "certificate": serial,
                },
            )
            return user_info(user)

    def edit_user(
        self,
        user_id: int,
        *,
        full_name: str | None = None,
        nip: str | None = None,
        position: str | None = None,
        role: Role | None = None,
        progress: ProgressFn | None = None,
        rank: str | None = None,
    ) -> UserInfo:
        self.ws.actor.require(Action.MANAGE_USERS)
        with self.ws.write() as session:
            user = self._user(session, user_id)
            changed: dict[str, object] = {}
            if full_name is not None and full_name.strip() != user.full_name:
                if not full_name.strip():
                    raise ServiceError(
                        "the full name is required", code="full_name_required", field="full_name"
                    )
                user.full_name = full_name.strip()
                changed["full_name"] = True
            if nip is not None and nip != user.nip:
                user.nip = self._check_nip(nip)
                changed["nip"] = True
            if position is not None and position.strip() != user.position:
                user.position = position.strip()
                changed["position"] = True
            if rank is not None and rank.strip() != user.rank:
                user.rank = rank.strip()  # pangkat/golongan, printed under a signer's name
                changed["rank"] = True
            if role is not None and role.value != user.role:
                self._change_role(session, user, role, progress)
                changed["role"] = role.value
                changed["certificate"] = self._last_serial
            if changed:
                user.version += 1
                self.ws.record(
                    session,
                    "user_edited",
                    details={"username": user.username, "changed": changed},
                )
            if "full_name" in changed or "nip" in changed:
                session.flush()
                recheck_user_in(self.ws, session, user)
            return user_info(user)

    def update_user(
        self,
        user_id: int,
        *,
        full_name: str | None = None,
        nip: str | None = None,
        rank: str | None = None,
        position: str | None = None,
        role: Role | None = None,
        active: bool | None = None,
        progress: ProgressFn | None = None,
    ) -> UserInfo:
        """An administrator's edit of a user (the users editor, ``wbs-admin user
        edit``): the profile and role through :meth:`edit_user` (conflicts of
        interest re-checked, a demotion re-keys), then deactivation or
        reactivation (re-keys too); each step audited. A deactivated user's
        role is changed after reactivating and before deactivating, so the
        certificate always matches."""
        info = self.get(user_id)
        if active is True and not info.active:
            info = self.reactivate(user_id)
        if active is False and user_id == self.ws.actor.id:  # refused before anything changes
            raise ServiceError(
                "you cannot deactivate your own account", code="cannot_deactivate_self"
            )
        info = self.edit_user(
            user_id,
            full_name=full_name,
            nip=nip,
            rank=rank,
            position=position,
            role=role,
            progress=progress,
        )
        if active is False and info.active:
            info = self.deactivate(user_id, progress=progress)
        return info

    def recheck_conflicts(self, user_id: int) -> list[ConflictRemoval]:
        """Conflict of interest after a user's name or NIP changed by any other
        path (e.g. a profile editor): takes them off the cases whose accused
        they are. ``edit_user`` does this itself."""
        return recheck_user(self.ws, user_id)

    def deactivate(self, user_id: int, *, progress: ProgressFn | None = None) -> UserInfo:
        """The user can no longer log in, loses every key grant and every
        assignment, and every case they held gets a new key version (so a key
        they kept opens nothing written from now on). ``progress`` is called
        while re-keying (an administrator held every case)."""
        self.ws.actor.require(Action.MANAGE_USERS)
        if user_id == self.ws.actor.id:
            raise ServiceError(
                "you cannot deactivate your own account", code="cannot_deactivate_self"
            )
        with self.ws.write() as session:
            user = self._user(session, user_id)
            if user.role == Role.ADMIN.value and self._active_admins(session) <= 1:
                raise ServiceError(
                    "the last administrator cannot be deactivated", code="last_admin"
                )
            holder = keystore.user_holder(user.id)
            affected = cases_held_by(session, holder)
            user.active = False
            user.version += 1
            serial = self._certify(session, user)
            keystore.revoke_all_grants_of(session, holder)
            session.execute(delete(CaseAssignment).where(CaseAssignment.user_id == user.id))
            if user.role == Role.ADMIN.value:  # he may have kept the people index key
                self.ws.actor.index_key = office_keys.renew_people_key(session, user)
            session.flush()
            rekeyed = rekey_for(
                self.ws.actor, session, affected, excluded={user.id}, progress=progress
            )
            self.ws.record(
                session,
                "user_deactivated",
                details={
                    "username": user.username,
                    "cases_rekeyed": rekeyed,
                    "certificate": serial,
                },
            )
            return user_info(user)

    def reactivate(self, user_id: int) -> UserInfo:
        self.ws.actor.require(Action.MANAGE_USERS)
        with self.ws.write() as session:
            user = self._user(session, user_id)
            user.active = True
            user.version += 1
            serial = self._certify(session, user)
            self._grant_office_key(session, user)
            if user.role == Role.ADMIN.value:
                self._grant_all(session, user, None)
            self.ws.record(
                session,
                "user_reactivated",
                details={"username": user.username, "certificate": serial},
            )
            return user_info(user)

    def unlock(self, user_id: int) -> UserInfo:
        self.ws.actor.require(Action.MANAGE_USERS)
        with self.ws.write() as session:
            user = self._user(session, user_id)
            user.failed_logins = 0
            user.lockouts = 0
            user.locked_until = None
            self.ws.record(session, "user_unlocked", details={"username": user.username})
            return user_info(user)

    def change_password(self, old_password: str, new_password: str) -> None:
        """Re-wrap the user's own keys under a new password (the keys stay)."""
        actor = self.ws.actor
        enforce_password_policy(
            new_password, actor.user.username, (actor.user.full_name, self._office_name())
        )
        if old_password == new_password:
            raise ServiceError(
                "the new password must differ from the old one", code="password_unchanged"
            )
        with self.ws.write() as session:
            user = self._user(session, actor.id)
            wrapped = crypto.WrappedSecrets(
                user.kdf_salt, crypto.KdfParams.from_json(user.kdf_params), user.wrapped_secrets
            )
            try:
                crypto.UserSecrets.unwrap_with_password(
                    old_password, wrapped, user_ref=str(user.id)
                )
            except crypto.WrongPassword as exc:
                raise WrongCredentials("the current password is not correct") from exc
            new = actor.secrets.wrap_with_password(new_password, user_ref=str(user.id))
            user.kdf_salt, user.kdf_params = new.salt, new.params.to_json()
            user.wrapped_secrets = new.blob
            user.must_change_password = False
            user.version += 1
            self.ws.record(session, "password_changed", details={"username": user.username})
        actor.user = self.get(actor.id)

    def reset_password(
        self, user_id: int, temporary_password: str, *, progress: ProgressFn | None = None
    ) -> UserInfo:
        """Admin reset: new keys for the user (the old ones are unrecoverable without
        the old password), must change at next login; their cases are re-granted."""
        self.ws.actor.require(Action.MANAGE_USERS)
        with self.ws.write() as session:
            user = self._user(session, user_id)
            enforce_password_policy(
                temporary_password, user.username, (user.full_name, _office_name(session))
            )
            holder = keystore.user_holder(user.id)
            assigned = list(
                session.scalars(
                    select(CaseAssignment.case_id).where(CaseAssignment.user_id == user.id)
                )
            )
            keystore.revoke_all_grants_of(session, holder)
            secrets = crypto.UserSecrets.generate()
            install_user_keys(session, user, secrets, temporary_password)
            user.key_epoch += 1
            user.must_change_password = True
            user.failed_logins = 0
            user.lockouts = 0
            user.locked_until = None
            user.version += 1
            serial = self._certify(session, user)
            self._grant_office_key(session, user)
            if user.role == Role.ADMIN.value:
                granted = self._grant_all(session, user, progress)
            else:
                granted = regrant_all_cases(
                    session,
                    self.ws.actor.unlocker,
                    self._recipient(session, user),
                    progress,
                    case_ids=assigned,
                )
            self.ws.record(
                session,
                "password_reset",
                details={
                    "username": user.username,
                    "cases_granted": granted,
                    "certificate": serial,
                },
            )
            return user_info(user)

    # -- helpers ----------------------------------------------------------------

    def _user(self, session: Session, user_id: int) -> User:
        user = session.get(User, user_id)
        if user is None:
            raise NotFound(f"no user {user_id}")
        return user

    def _check_nip(self, nip: str) -> str:
        if not nip.strip():
            return ""
        try:
            return check_nip(nip)
        except ValidationError as exc:
            raise ServiceError(str(exc), field="nip", code=exc.code) from exc

    def _office_name(self) -> str:
        with self.ws.read() as session:
            return _office_name(session)

    def _active_admins(self, session: Session) -> int:
        return len(
            list(
                session.scalars(
                    select(User.id).where(User.role == Role.ADMIN.value, User.active.is_(True))
                )
            )
        )

    # -- certificates (issue 19) -------------------------------------------------

    _last_serial: int | None = None

    def _certify(self, session: Session, user: User) -> int | None:
        """A new certificate for the user as the row now stands (audited by the caller)."""
        if self.ws.office.trust is None:
            return None
        session.flush()
        self._last_serial = certificates.certify_user(
            session, certificates.issuer_of(session), user
        )
        return self._last_serial

    def _recipient(self, session: Session, user: User) -> keystore.Recipient:
        """Keys are sealed only to a user whose record matches its certificate."""
        trust = self.ws.office.trust
        return trust.recipient(session, user) if trust is not None else recipient_of(user)

    def _grant_office_key(self, session: Session, user: User) -> None:
        """The look-up keys for the user's role (services.office_keys)."""
        session.flush()
        office_keys.grant_for_role(
            session, user, self.ws.actor.tracking_key, self.ws.actor.index_key
        )
        root = self.ws.actor.root_key
        if root is not None and user.role == Role.ADMIN.value and user.active:
            certificates.grant_root(session, root, [self._recipient(session, user)])

    def _grant_all(self, session: Session, user: User, progress: ProgressFn | None) -> int:
        return regrant_all_cases(
            session, self.ws.actor.unlocker, self._recipient(session, user), progress
        )

    def _change_role(
        self, session: Session, user: User, role: Role, progress: ProgressFn | None
    ) -> None:
        if user.id == self.ws.actor.id:
            raise ServiceError("you cannot change your own role", code="cannot_change_own_role")
        was_admin = user.role == Role.ADMIN.value
        if was_admin and self._active_admins(session) <= 1:
            raise ServiceError(
                "the last administrator must stay an administrator", code="last_admin"
            )
        user.role = role.value
        holder = keystore.user_holder(user.id)
        self._certify(session, user)
        if was_admin and role != Role.ADMIN:  # he may have kept the people index key
            self.ws.actor.index_key = office_keys.renew_people_key(session, user)
        self._grant_office_key(session, user)  # the people index key: admins only
        if role == Role.ADMIN and user.active:
            self._grant_all(session, user, progress)
            return
        if was_admin:
            certificates.revoke_root(session, holder)
        # Leaving cases: an administrator keeps only the cases assigned to them
        # (none as staff); every case left gets a new key version.
        if role == Role.STAFF:
            session.execute(delete(CaseAssignment).where(CaseAssignment.user_id == user.id))
        assigned = set(
            session.scalars(select(CaseAssignment.case_id).where(CaseAssignment.user_id == user.id))
        )
        left = [c for c in cases_held_by(session, holder) if c not in assigned]
        drop_grants(session, holder, left)
        session.flush()
        rekey_for(self.ws.actor, session, left, excluded={user.id}, progress=progress)
        if role == Role.STAFF:
            keystore.revoke_all_grants_of(session, holder)
            self._grant_office_key(session, user)


__all__ = ["AccountService", "SigningKey", "audit"]
