"""The key model of DESIGN.md on top of the tables: grants, unwrapping, re-wrapping.

A *holder* is ``"u:<user id>"`` or ``"recovery"``. A grant is a case key (or the
office index key) either *sealed* to the holder's X25519 public key, or — after
the holder first used it — *wrapped* under the holder's data key, so later
reads cost one symmetric unwrap instead of a key exchange.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from wbs_desktop.storage import crypto
from wbs_desktop.storage.models import CaseKeyGrant, OfficeKeyGrant

RECOVERY_HOLDER = "recovery"
CONTENT = "content"
IDENTITY = "identity"
INDEX_KEY = "index"


def user_holder(user_id: int) -> str:
    return f"u:{user_id}"


def _case_purpose(case_id: str, kind: str, version: int) -> str:
    return f"case-key:{case_id}:{kind}:{version}"


def _office_purpose(key_name: str) -> str:
    return f"office-key:{key_name}"


@dataclass(frozen=True, slots=True)
class Recipient:
    """Somebody a key can be sealed to."""

    holder: str
    user_id: int | None
    exchange_public: bytes


@dataclass(slots=True)
class Unlocker:
    """What a holder uses to open grants: their private key and (for users) data key."""

    holder: str
    exchange: X25519PrivateKey
    data_key: bytes | None  # None for the recovery key: it never re-wraps
    pending_rewraps: dict[int, bytes] = field(default_factory=dict)

    def open_case_grant(self, grant: CaseKeyGrant) -> bytes:
        purpose = _case_purpose(grant.case_id, grant.key_kind, grant.key_version)
        if grant.form == "wrapped":
            if self.data_key is None:
                raise crypto.DecryptionFailed("a wrapped grant needs the holder's data key")
            return crypto.unwrap(self.data_key, grant.blob, purpose=purpose)
        key = crypto.unseal(self.exchange, grant.blob, purpose=purpose)
        if self.data_key is not None:
            self.pending_rewraps[grant.id] = crypto.wrap(self.data_key, key, purpose=purpose)
        return key

    def open_office_grant(self, grant: OfficeKeyGrant) -> bytes:
        purpose = _office_purpose(grant.key_name)
        if grant.form == "wrapped":
            if self.data_key is None:
                raise crypto.DecryptionFailed("a wrapped grant needs the holder's data key")
            return crypto.unwrap(self.data_key, grant.blob, purpose=purpose)
        return crypto.unseal(self.exchange, grant.blob, purpose=purpose)


# --------------------------------------------------------------------------
# Case keys


@dataclass(frozen=True, slots=True)
class CaseKeys:
    content: bytes
    identity: bytes | None  # None when the holder has only the content key
    version: int = 1

    @classmethod
    def generate(cls, version: int = 1) -> CaseKeys:
        return cls(crypto.random_key(), crypto.random_key(), version)


def grant_case_keys(
    session: Session,
    case_id: str,
    keys: CaseKeys,
    recipients: Iterable[Recipient],
    *,
    identity: bool = True,
) -> None:
    """Seal the case's keys to each recipient (skipping grants they already hold)."""
    kinds = [(CONTENT, keys.content)]
    if identity and keys.identity is not None:
        kinds.append((IDENTITY, keys.identity))
    recipients = list(recipients)
    existing = set(
        session.execute(
            select(CaseKeyGrant.holder, CaseKeyGrant.key_kind).where(
                CaseKeyGrant.case_id == case_id,
                CaseKeyGrant.key_version == keys.version,
                CaseKeyGrant.holder.in_([r.holder for r in recipients]),
            )
        ).all()
    )
    for recipient in recipients:
        for kind, key in kinds:
            if (recipient.holder, kind) in existing:
                continue
            session.add(
                CaseKeyGrant(
                    case_id=case_id,
                    holder=recipient.holder,
                    user_id=recipient.user_id,
                    key_kind=kind,
                    key_version=keys.version,
                    form="sealed",
                    blob=crypto.seal(
                        recipient.exchange_public,
                        key,
                        purpose=_case_purpose(case_id, kind, keys.version),
                    ),
                )
            )


def revoke_case_keys(session: Session, case_id: str, holder: str) -> int:
    result = session.execute(
        delete(CaseKeyGrant).where(CaseKeyGrant.case_id == case_id, CaseKeyGrant.holder == holder)
    )
    return int(getattr(result, "rowcount", 0) or 0)


def revoke_all_grants_of(session: Session, holder: str) -> None:
    session.execute(delete(CaseKeyGrant).where(CaseKeyGrant.holder == holder))
    session.execute(delete(OfficeKeyGrant).where(OfficeKeyGrant.holder == holder))


def load_case_grants(
    session: Session, holder: str, case_ids: Sequence[str]
) -> dict[str, list[CaseKeyGrant]]:
    """The holder's grants for the given cases, by case id."""
    found: dict[str, list[CaseKeyGrant]] = {}
    for start in range(0, len(case_ids), 500):
        chunk = case_ids[start : start + 500]
        rows = session.scalars(
            select(CaseKeyGrant).where(
                CaseKeyGrant.holder == holder, CaseKeyGrant.case_id.in_(chunk)
            )
        )
        for grant in rows:
            found.setdefault(grant.case_id, []).append(grant)
    return found


def open_case_keys(
    unlocker: Unlocker, grants: Sequence[CaseKeyGrant], version: int
) -> CaseKeys | None:
    content = identity = None
    for grant in grants:
        if grant.key_version != version:
            continue
        if grant.key_kind == CONTENT:
            content = unlocker.open_case_grant(grant)
        elif grant.key_kind == IDENTITY:
            identity = unlocker.open_case_grant(grant)
    if content is None:
        return None
    return CaseKeys(content, identity, version)


def apply_rewraps(session: Session, unlocker: Unlocker) -> int:
    """Store the re-wrapped grants collected by ``unlocker`` (first use → symmetric)."""
    pending, unlocker.pending_rewraps = unlocker.pending_rewraps, {}
    for grant_id, blob in pending.items():
        session.execute(
            update(CaseKeyGrant)
            .where(CaseKeyGrant.id == grant_id, CaseKeyGrant.form == "sealed")
            .values(form="wrapped", blob=blob)
        )
    return len(pending)


# --------------------------------------------------------------------------
# The office index key


def grant_office_key(
    session: Session, key_name: str, key: bytes, recipients: Iterable[Recipient]
) -> None:
    for recipient in recipients:
        session.execute(
            delete(OfficeKeyGrant).where(
                OfficeKeyGrant.holder == recipient.holder, OfficeKeyGrant.key_name == key_name
            )
        )
        session.add(
            OfficeKeyGrant(
                holder=recipient.holder,
                user_id=recipient.user_id,
                key_name=key_name,
                form="sealed",
                blob=crypto.seal(recipient.exchange_public, key, purpose=_office_purpose(key_name)),
            )
        )


def open_office_key(session: Session, unlocker: Unlocker, key_name: str) -> bytes | None:
    grant = session.scalars(
        select(OfficeKeyGrant).where(
            OfficeKeyGrant.holder == unlocker.holder, OfficeKeyGrant.key_name == key_name
        )
    ).one_or_none()
    if grant is None:
        return None
    return unlocker.open_office_grant(grant)


def rewrap_office_key(session: Session, unlocker: Unlocker, key_name: str, key: bytes) -> None:
    if unlocker.data_key is None:
        return
    session.execute(
        update(OfficeKeyGrant)
        .where(
            OfficeKeyGrant.holder == unlocker.holder,
            OfficeKeyGrant.key_name == key_name,
            OfficeKeyGrant.form == "sealed",
        )
        .values(
            form="wrapped",
            blob=crypto.wrap(unlocker.data_key, key, purpose=_office_purpose(key_name)),
        )
    )
