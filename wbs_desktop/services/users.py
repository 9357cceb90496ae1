"""Users as the services keep them: the row's public view, a new row with its
keys, the user name's and the password's rules, the recipient of a key grant,
and the database's errors in the services' terms. Below ``office`` and
``accounts`` (which log in and manage users) so that neither imports the other.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager

from sqlalchemy import exc as sa_exc
from sqlalchemy import select
from sqlalchemy.orm import Session

from wbs_desktop.domain.dates import utc_now
from wbs_desktop.domain.passwords import PasswordPolicyViolation, check_password
from wbs_desktop.domain.roles import Role
from wbs_desktop.services.dto import UserInfo
from wbs_desktop.services.errors import (
    Cancelled,
    DatabaseUnavailable,
    PasswordPolicyError,
    ServiceError,
)
from wbs_desktop.storage import crypto
from wbs_desktop.storage import keys as keystore
from wbs_desktop.storage.models import Case, CaseKeyGrant, SigningKey, User

ProgressFn = Callable[[int, int], bool]  # (done, total) -> keep going?
USERNAME_CHARS = set("abcdefghijklmnopqrstuvwxyz0123456789._-")


def check_username(username: str) -> str:
    name = normalize_username(username)
    if not (3 <= len(name) <= 64) or not set(name) <= USERNAME_CHARS:
        raise ServiceError(
            "a user name has 3 to 64 characters: letters, digits, '.', '_' or '-'",
            code="bad_username",
            field="username",
        )
    return name


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
        rank=user.rank or "",
    )


def enforce_password_policy(
    password: str, username: str, personal: Iterable[str | None] = ()
) -> None:
    """``personal``: the user's full name, the office's name — words a guesser tries."""
    try:
        check_password(password, username=username, personal=[p for p in personal if p])
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


def regrant_all_cases(
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
