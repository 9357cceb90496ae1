"""The office's two look-up keys (issue 19, "the index key for people").

* ``tracking`` — the HMAC key of the tracking-code look-up at the front desk.
  Every user holds it: a tracking code is random, so the key lets nobody probe
  for a person.
* ``index`` — the HMAC key of the index of the accused's names and NIPs
  ("other reports on this person"). Only the administrators and the recovery
  key hold it: whoever holds it can test a name against the index.

Staff and officers submit and correct cases without the people key: the case
is queued (``case_index_pending``; the name and NIP travel inside the case's
encrypted accused field, which the administrators hold), and an
administrator's client computes the entries (:mod:`services.people_index`).

Databases made before the split had one ``index`` key held by everyone: the
migration renames those grants to ``tracking`` (the tracking digests were made
with it) and drops the people entries; the first administrator to log in makes
a new people key (:func:`open_at_login`) and the index is computed again.
"""

from __future__ import annotations

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from wbs_desktop.domain.roles import Role
from wbs_desktop.storage import crypto
from wbs_desktop.storage import keys as keystore
from wbs_desktop.storage.models import Office as OfficeRow
from wbs_desktop.storage.models import OfficeKeyGrant, User, UTCDateTime

TRACKING_KEY = keystore.TRACKING_KEY
PEOPLE_KEY = keystore.INDEX_KEY


def _recovery(session: Session) -> keystore.Recipient:
    office = session.scalars(select(OfficeRow)).one()
    return keystore.Recipient(keystore.RECOVERY_HOLDER, None, office.recovery_public)


def _recipient(user: User, session: Session | None = None) -> keystore.Recipient:
    """Sealed only to a certified key where the transaction carries the verifier."""
    from wbs_desktop.services import certificates

    trust = session.info.get(certificates.TRUST_INFO) if session is not None else None
    if trust is not None:
        return trust.recipient(session, user)  # type: ignore[no-any-return]
    return keystore.Recipient(keystore.user_holder(user.id), user.id, user.exchange_public)


def create(session: Session, admin: User, recovery_public: bytes) -> None:
    """At setup: both keys, for the first administrator and the recovery key."""
    recovery = keystore.Recipient(keystore.RECOVERY_HOLDER, None, recovery_public)
    holders = [_recipient(admin), recovery]
    keystore.grant_office_key(session, TRACKING_KEY, crypto.random_key(), holders)
    keystore.grant_office_key(session, PEOPLE_KEY, crypto.random_key(), holders)


def open_at_login(
    session: Session, unlocker: keystore.Unlocker, user: User
) -> tuple[bytes | None, bytes | None]:
    """The user's (tracking key, people key). An administrator logging in to a
    database that has no people key yet (made before the split) makes one for
    every active administrator and the recovery key."""
    tracking = keystore.open_office_key(session, unlocker, TRACKING_KEY)
    if tracking is not None:
        keystore.rewrap_office_key(session, unlocker, TRACKING_KEY, tracking)
    people = None
    if user.role == Role.ADMIN.value:
        people = keystore.open_office_key(session, unlocker, PEOPLE_KEY)
        if people is None and not session.scalar(
            select(OfficeKeyGrant.id).where(OfficeKeyGrant.key_name == PEOPLE_KEY).limit(1)
        ):
            people = crypto.random_key()
            admins = session.scalars(
                select(User).where(User.role == Role.ADMIN.value, User.active.is_(True))
            )
            holders = [*(_recipient(a, session) for a in admins), _recovery(session)]
            keystore.grant_office_key(session, PEOPLE_KEY, people, holders)
        if people is not None:
            keystore.rewrap_office_key(session, unlocker, PEOPLE_KEY, people)
    return tracking, people


def grant_for_role(
    session: Session, user: User, tracking: bytes | None, people: bytes | None
) -> None:
    """What ``user`` holds for their role: the tracking key always, the people
    key only as an administrator (taken away otherwise)."""
    if tracking is not None:
        keystore.grant_office_key(session, TRACKING_KEY, tracking, [_recipient(user, session)])
    if user.role == Role.ADMIN.value and user.active:
        if people is not None:
            keystore.grant_office_key(session, PEOPLE_KEY, people, [_recipient(user, session)])
    else:
        session.execute(
            delete(OfficeKeyGrant).where(
                OfficeKeyGrant.holder == keystore.user_holder(user.id),
                OfficeKeyGrant.key_name == PEOPLE_KEY,
            )
        )


def renew_people_key(session: Session, leaving: User) -> bytes:
    """An administrator leaves (demoted or deactivated) and may have kept the
    people key: a new one for the remaining active administrators and the
    recovery key, the old entries dropped and every case queued to be indexed
    again by an administrator's client. Returns the new key."""
    from sqlalchemy import insert as sql_insert
    from sqlalchemy import literal

    from wbs_desktop.domain.dates import utc_now
    from wbs_desktop.storage.models import Case, CaseIndex, CaseIndexPending

    key = crypto.random_key()
    session.execute(delete(OfficeKeyGrant).where(OfficeKeyGrant.key_name == PEOPLE_KEY))
    admins = session.scalars(
        select(User).where(
            User.role == Role.ADMIN.value, User.active.is_(True), User.id != leaving.id
        )
    )
    holders = [*(_recipient(a, session) for a in admins), _recovery(session)]
    keystore.grant_office_key(session, PEOPLE_KEY, key, holders)
    session.execute(
        delete(CaseIndex).where(CaseIndex.kind.in_(("accused_name", "accused_nip")))
    )
    session.execute(delete(CaseIndexPending))
    session.execute(
        sql_insert(CaseIndexPending).from_select(
            ["case_id", "queued_at"], select(Case.id, literal(utc_now(), UTCDateTime()))
        )
    )
    return key


def current_people_key(session: Session, unlocker: keystore.Unlocker) -> bytes | None:
    """The people key as the database holds it for this user now (it changes
    when an administrator leaves; another session's copy is then stale)."""
    return keystore.open_office_key(session, unlocker, PEOPLE_KEY)


def open_for_recovery(
    session: Session, unlocker: keystore.Unlocker
) -> tuple[bytes | None, bytes | None]:
    return (
        keystore.open_office_key(session, unlocker, TRACKING_KEY),
        keystore.open_office_key(session, unlocker, PEOPLE_KEY),
    )
