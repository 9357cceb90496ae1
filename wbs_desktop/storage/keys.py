"""The key model of DESIGN.md on top of the tables: grants, unwrapping, re-wrapping.

A *holder* is ``"u:<user id>"`` or ``"recovery"``. A grant is a case key (or the
office index key) either *sealed* to the holder's X25519 public key, or — after
the holder first used it — *wrapped* under the holder's data key, so later
reads cost one symmetric unwrap instead of a key exchange.
"""

from __future__ import annotations

from collections.abc import Container, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from sqlalchemy import (
    Integer,
    LargeBinary,
    bindparam,
    column,
    delete,
    func,
    insert,
    select,
    update,
)
from sqlalchemy.dialects import postgresql
from sqlalchemy.orm import Session

from wbs_desktop.storage import bulk, crypto
from wbs_desktop.storage.models import CaseKeyGrant, OfficeKeyGrant

RECOVERY_HOLDER = "recovery"
#: The holder of a case's key chain: each older key version wrapped under the
#: next one (see :func:`rekey_case`), so whoever opens the current version can
#: read what was written before a re-key without a grant of every version.
CHAIN_HOLDER = "chain"
CONTENT = "content"
IDENTITY = "identity"
#: The office's people index key (names and NIPs): administrators and recovery only.
INDEX_KEY = "index"
#: The tracking-code look-up key: every user.
TRACKING_KEY = "tracking"


def user_holder(user_id: int) -> str:
    return f"u:{user_id}"


def _case_purpose(case_id: str, kind: str, version: int) -> str:
    return f"case-key:{case_id}:{kind}:{version}"


def _chain_purpose(case_id: str, kind: str, old_version: int) -> str:
    return f"case-chain:{case_id}:{kind}:{old_version}"


def _office_purpose(key_name: str) -> str:
    return f"office-key:{key_name}"


class GrantRow(Protocol):
    """What opening a case grant reads: a :class:`CaseKeyGrant` or a Core row of
    :data:`GRANT_COLUMNS` (bulk reads skip the ORM: 200,000 grants as objects
    were half of the first search at 100,000 cases)."""

    id: int
    case_id: str
    holder: str
    key_kind: str
    key_version: int
    form: str
    blob: bytes


GRANT_COLUMNS = (
    CaseKeyGrant.id,
    CaseKeyGrant.case_id,
    CaseKeyGrant.holder,
    CaseKeyGrant.key_kind,
    CaseKeyGrant.key_version,
    CaseKeyGrant.form,
    CaseKeyGrant.blob,
)


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
    #: ``exchange``'s public key (made once: every unseal binds it)
    public: bytes = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.public = self.exchange.public_key().public_bytes_raw()

    def open_case_grant(self, grant: GrantRow) -> bytes:
        purpose = _case_purpose(grant.case_id, grant.key_kind, grant.key_version)
        if grant.form == "wrapped":
            if self.data_key is None:
                raise crypto.DecryptionFailed("a wrapped grant needs the holder's data key")
            return crypto.unwrap(self.data_key, grant.blob, purpose=purpose)
        key = crypto.unseal(self.exchange, grant.blob, purpose=purpose, public=self.public)
        if self.data_key is not None:
            self.pending_rewraps[grant.id] = crypto.wrap(self.data_key, key, purpose=purpose)
        return key

    def open_office_grant(self, grant: OfficeKeyGrant) -> bytes:
        purpose = _office_purpose(grant.key_name)
        if grant.form == "wrapped":
            if self.data_key is None:
                raise crypto.DecryptionFailed("a wrapped grant needs the holder's data key")
            return crypto.unwrap(self.data_key, grant.blob, purpose=purpose)
        return crypto.unseal(self.exchange, grant.blob, purpose=purpose, public=self.public)


# --------------------------------------------------------------------------
# Case keys


@dataclass(frozen=True, slots=True)
class CaseKeys:
    """The keys of one case at its current ``version`` (what new writes use),
    with the older versions opened through the key chain (what was written
    before a re-key is read with them; never written with)."""

    content: bytes
    identity: bytes | None  # None when the holder has only the content key
    version: int = 1
    #: older key version → (content key, identity key or None)
    older: dict[int, tuple[bytes, bytes | None]] = field(default_factory=dict)

    @classmethod
    def generate(cls, version: int = 1) -> CaseKeys:
        return cls(crypto.random_key(), crypto.random_key(), version)

    def content_for(self, blob: bytes) -> bytes:
        """The content key that ``blob`` (an encrypted field) was written with."""
        version = crypto.field_key_version(blob)
        if version == self.version:
            return self.content
        old = self.older.get(version)
        if old is None:
            raise crypto.DecryptionFailed(f"no content key of version {version}")
        return old[0]

    def identity_for(self, blob: bytes) -> bytes | None:
        """The identity key ``blob`` was written with (None: no identity grant)."""
        version = crypto.field_key_version(blob)
        if version == self.version:
            return self.identity
        old = self.older.get(version)
        if old is None:
            raise crypto.DecryptionFailed(f"no identity key of version {version}")
        return old[1]


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


def case_grant_rows(
    case_id: str,
    keys: CaseKeys,
    recipients: Iterable[Recipient],
    *,
    owner: tuple[int, bytes] | None = None,
) -> list[dict[str, Any]]:
    """The grants of a new case as plain rows, for a bulk insert of many cases
    (the demo office): both keys sealed to each recipient, as
    :func:`grant_case_keys` adds them, and — ``owner`` = (user id, data key) —
    that user's already wrapped under their data key, the form a sealed grant
    takes at its first use."""
    assert keys.identity is not None
    rows: list[dict[str, Any]] = []
    targets = list(recipients)
    for kind, key in ((CONTENT, keys.content), (IDENTITY, keys.identity)):
        purpose = _case_purpose(case_id, kind, keys.version)
        common = {"case_id": case_id, "key_kind": kind, "key_version": keys.version}
        if owner is not None:
            user_id, data_key = owner
            rows.append(
                {
                    **common,
                    "holder": user_holder(user_id),
                    "user_id": user_id,
                    "form": "wrapped",
                    "blob": crypto.wrap(data_key, key, purpose=purpose),
                }
            )
        for r in targets:
            rows.append(
                {
                    **common,
                    "holder": r.holder,
                    "user_id": r.user_id,
                    "form": "sealed",
                    "blob": crypto.seal(r.exchange_public, key, purpose=purpose),
                }
            )
    return rows


def revoke_all_grants_of(session: Session, holder: str) -> None:
    session.execute(delete(CaseKeyGrant).where(CaseKeyGrant.holder == holder))
    session.execute(delete(OfficeKeyGrant).where(OfficeKeyGrant.holder == holder))


def load_case_grants(
    session: Session, holder: str, case_ids: Sequence[str], *, content_only: bool = False
) -> dict[str, list[GrantRow]]:
    """The holder's grants for the given cases, by case id: Core rows, one
    statement per block of 500. ``content_only``: without the identity keys
    (search never needs them, so they are neither read nor unwrapped)."""
    found: dict[str, list[GrantRow]] = {}
    if session.autoflush:  # as session.execute would: grants added in this transaction
        session.flush()
    conn = session.connection()
    dialect = conn.dialect.name
    for start in range(0, len(case_ids), 500):
        chunk = case_ids[start : start + 500]
        stmt = select(*GRANT_COLUMNS).where(
            CaseKeyGrant.holder.in_((holder, CHAIN_HOLDER)),
            bulk.among(dialect, CaseKeyGrant.case_id, chunk),
        )
        if content_only:
            stmt = stmt.where(CaseKeyGrant.key_kind == CONTENT)
        # on the connection: Core rows (the ORM's result handling took a third
        # again of the driver's fetch for an officer's 18,000 grants)
        _by_case(found, conn.execute(stmt))
    return found


def load_content_grants(
    session: Session, holder: str, case_ids: Container[str]
) -> dict[str, list[GrantRow]]:
    """:func:`load_case_grants` (content only) of many cases of one holder who
    holds few of the office's: all his content grants and the key chain's in
    one statement, kept for ``case_ids`` — not a look-up per block of ids,
    each grant a random read of the table (an officer's 18,000 grants by blocks
    were 0.7–1.4 s on PostgreSQL, in one pass 0.1–0.3 s). Every grant of his
    is held at once: not for someone who holds most of the register."""
    if session.autoflush:  # as session.execute would: grants added in this transaction
        session.flush()
    stmt = select(*GRANT_COLUMNS).where(
        CaseKeyGrant.holder.in_((holder, CHAIN_HOLDER)), CaseKeyGrant.key_kind == CONTENT
    )
    found: dict[str, list[GrantRow]] = {}
    _by_case(found, (g for g in session.connection().execute(stmt) if g.case_id in case_ids))
    return found


def _by_case(found: dict[str, list[GrantRow]], grants: Iterable[Any]) -> None:
    for grant in grants:
        found.setdefault(grant.case_id, []).append(grant)


def open_case_keys(unlocker: Unlocker, grants: Sequence[GrantRow], version: int) -> CaseKeys | None:
    """The holder's keys of ``version`` (the case's current one), with the older
    versions unwrapped from the chain grants among ``grants``."""
    content = identity = None
    chain: dict[tuple[str, int], GrantRow] = {}
    for grant in grants:
        if grant.holder == CHAIN_HOLDER:
            chain[(grant.key_kind, grant.key_version)] = grant
        elif grant.key_version != version:
            continue
        elif grant.key_kind == CONTENT:
            content = unlocker.open_case_grant(grant)
        elif grant.key_kind == IDENTITY:
            identity = unlocker.open_case_grant(grant)
    if content is None:
        return None
    older: dict[int, tuple[bytes, bytes | None]] = {}
    newer_content, newer_identity = content, identity
    for old in range(version - 1, 0, -1):
        link = chain.get((CONTENT, old))
        if link is None:
            break
        old_content = crypto.unwrap(
            newer_content, link.blob, purpose=_chain_purpose(link.case_id, CONTENT, old)
        )
        id_link = chain.get((IDENTITY, old))
        old_identity = (
            crypto.unwrap(
                newer_identity, id_link.blob, purpose=_chain_purpose(link.case_id, IDENTITY, old)
            )
            if id_link is not None and newer_identity is not None
            else None
        )
        older[old] = (old_content, old_identity)
        newer_content, newer_identity = old_content, old_identity
    return CaseKeys(content, identity, version, older)


def rekey_many(
    session: Session,
    plans: Sequence[tuple[str, CaseKeys, Sequence[Recipient]]],
    *,
    wrap_for: Unlocker | None = None,
) -> dict[str, CaseKeys]:
    """Give each planned case ``(case id, current keys, recipients)`` a new key
    version: fresh content and identity keys, the current ones chained under
    them (re-wrapped, not re-encrypted: rows written before stay as they are),
    every person's grant of any version deleted, and the new keys sealed to the
    recipients only. ``wrap_for``, when among the recipients, gets its grant
    wrapped under its data key at once (symmetric: bulk re-keys stay fast).
    Two statements for all the plans; the caller sets ``cases.key_version``."""
    if not plans:
        return {}
    session.execute(
        delete(CaseKeyGrant).where(
            CaseKeyGrant.case_id.in_([case_id for case_id, _k, _r in plans]),
            CaseKeyGrant.holder != CHAIN_HOLDER,
        ),
        execution_options={"synchronize_session": False},
    )
    rows: list[dict[str, object]] = []
    renewed: dict[str, CaseKeys] = {}
    for case_id, current, recipients in plans:
        if current.identity is None:
            raise crypto.DecryptionFailed("re-keying needs both keys of the case")
        new = CaseKeys.generate(current.version + 1)
        for kind, old_key, new_key in (
            (CONTENT, current.content, new.content),
            (IDENTITY, current.identity, new.identity),
        ):
            assert new_key is not None
            rows.append(
                {
                    "case_id": case_id,
                    "holder": CHAIN_HOLDER,
                    "user_id": None,
                    "key_kind": kind,
                    "key_version": current.version,
                    "form": "wrapped",
                    "blob": crypto.wrap(
                        new_key, old_key, purpose=_chain_purpose(case_id, kind, current.version)
                    ),
                }
            )
            purpose = _case_purpose(case_id, kind, new.version)
            own = wrap_for.data_key if wrap_for is not None else None
            for recipient in recipients:
                if own is not None and wrap_for is not None and recipient.holder == wrap_for.holder:
                    form, blob = "wrapped", crypto.wrap(own, new_key, purpose=purpose)
                else:
                    form = "sealed"
                    blob = crypto.seal(recipient.exchange_public, new_key, purpose=purpose)
                rows.append(
                    {
                        "case_id": case_id,
                        "holder": recipient.holder,
                        "user_id": recipient.user_id,
                        "key_kind": kind,
                        "key_version": new.version,
                        "form": form,
                        "blob": blob,
                    }
                )
        renewed[case_id] = CaseKeys(
            new.content,
            new.identity,
            new.version,
            {current.version: (current.content, current.identity), **current.older},
        )
    # Core executemany (the ORM's bulk insert went row by row here).
    session.execute(insert(CaseKeyGrant.__table__), rows)  # type: ignore[arg-type]
    return renewed


#: Re-wrapped grants stored per statement (see :func:`apply_rewraps`).
REWRAP_BLOCK = 5000


def apply_rewraps(session: Session, unlocker: Unlocker) -> int:
    """Store the re-wrapped grants collected by ``unlocker`` (first use → symmetric),
    a block of :data:`REWRAP_BLOCK` grants per statement. PostgreSQL: one
    ``UPDATE … FROM unnest(ids, blobs)`` per block, the ids and blobs sent as
    two array parameters (an executemany is still one UPDATE per grant on the
    server: 1.97 s against 1.54 s for an officer's 18,243 grants at 100,000
    cases; most of what is left is the server's upkeep of the four indexes,
    README "Performance"). SQLite (in process): one executemany per block.

    Only a grant still sealed is changed, and only its form and blob: the key
    inside and the purpose it is bound to (case, kind, version) stay the same."""
    pending, unlocker.pending_rewraps = unlocker.pending_rewraps, {}
    if not pending:
        return 0
    table = CaseKeyGrant.__table__
    items = list(pending.items())
    if session.get_bind().dialect.name == "postgresql":
        given = func.unnest(
            bindparam("ids", type_=postgresql.ARRAY(Integer)),
            bindparam("blobs", type_=postgresql.ARRAY(LargeBinary)),
        ).table_valued(column("id", Integer), column("blob", LargeBinary))
        given = given.render_derived(name="rewrapped")
        stmt = (
            update(table)  # type: ignore[arg-type]
            .where(table.c.id == given.c.id, table.c.form == "sealed")
            .values(form="wrapped", blob=given.c.blob)
        )
        for start in range(0, len(items), REWRAP_BLOCK):
            block = items[start : start + REWRAP_BLOCK]
            session.execute(stmt, {"ids": [i for i, _b in block], "blobs": [b for _i, b in block]})
        return len(items)
    many = (
        update(table)  # type: ignore[arg-type]
        .where(table.c.id == bindparam("grant_id"), table.c.form == "sealed")
        .values(form="wrapped", blob=bindparam("new_blob"))
    )
    rows = [{"grant_id": grant_id, "new_blob": blob} for grant_id, blob in items]
    for start in range(0, len(rows), REWRAP_BLOCK):
        session.execute(many, rows[start : start + REWRAP_BLOCK])
    return len(items)


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
