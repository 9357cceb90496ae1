"""Certified users and office record (issue 19): the database is not trusted to
say who is who.

At setup the office gets a root signing key (Ed25519). Its private half is an
office key like the index key: sealed to each administrator and to the
recovery key (``office_key_grants``, key name ``root``). Its public half is in
``office.root_public`` and, more importantly, pinned by each workstation the
first time it opens the database (:class:`~wbs_desktop.services.audit.WorkstationState`).

A certificate is canonical JSON signed with the root key, in ``certificates``
(rows only added; the newest serial of a subject is in force):

* ``user:<id>``: user name, role, active flag, exchange public key, every
  signing public key the user has had (the current one last), serial, and the
  administrator who issued it (whose own certificate must be an active
  administrator's, or ``root``/``recovery`` for the first one);
* ``office``: office id and name, recovery public key, who may hold the index
  key, and a digest of every stored setting (letterhead, signatories, number
  patterns, holidays … — every row of ``settings``, whoever adds new ones).

:class:`Trust` verifies them against the pinned root (results are cached per
certificate row, so verifying again costs one query) and is what every key
seal, role check and audit signature check goes through.
"""

from __future__ import annotations

import hashlib
import json
import threading
from dataclasses import dataclass
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from wbs_desktop.domain.dates import utc_now
from wbs_desktop.domain.roles import Role
from wbs_desktop.services.errors import ServiceError
from wbs_desktop.storage import crypto
from wbs_desktop.storage import keys as keystore
from wbs_desktop.storage.models import Certificate, Setting, SigningKey, User
from wbs_desktop.storage.models import Office as OfficeRow

ROOT_KEY = "root"
OFFICE_SUBJECT = "office"
#: Who may hold the office look-up keys, as the office record states it: the
#: people index key (names, NIPs) the administrators and the recovery key only,
#: the tracking key every user (services.office_keys applies it).
INDEX_HOLDERS = "people:administrators;tracking:all_users"
#: ``session.info`` keys set by the workspace: the verifier, and the root key
#: (admins only) with the issuing administrator's name.
TRUST_INFO = "wbs_trust"
ISSUER_INFO = "wbs_issuer"
#: ``session.info`` key: the office certificate verified in this transaction.
OFFICE_CERT_INFO = "wbs_office_cert"
#: session.info: (transaction, the office's latest certificate row) as read by
#: ``workspace.certified_actor`` at the start of the transaction.
OFFICE_ROW_INFO = "wbs_office_cert_row"


class CertificateInvalid(ServiceError):
    """A user or office record does not match a valid certificate."""

    code = "certificate_invalid"

    def __init__(self, message: str, *, record: str, reason: str) -> None:
        super().__init__(message, record=record, reason=reason)
        self.record = record  # "office" or the user name
        self.reason = reason  # missing | signature | mismatch | issuer


class NotCertified(ServiceError):
    """A database made before certificates: an administrator must log in first."""

    code = "not_certified"


class RootChanged(ServiceError):
    """The database's root key is not the one this workstation pinned."""

    code = "root_changed"

    def __init__(self, message: str, *, pinned: str, found: str) -> None:
        super().__init__(message, pinned=pinned, found=found)
        self.pinned = pinned
        self.found = found


class NotCertifier(ServiceError):
    code = "not_certifier"


def root_fingerprint(public: bytes) -> str:
    """32 hex digits in 8 groups of 4, to compare by eye."""
    digest = hashlib.sha256(b"wbs/root\x00" + public).hexdigest()[:32].upper()
    return "-".join(digest[i : i + 4] for i in range(0, 32, 4))


def user_subject(user_id: int) -> str:
    return f"user:{user_id}"


def _canonical(body: dict[str, Any]) -> bytes:
    return json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def _message(body_text: str) -> bytes:
    return b"wbs/certificate\x00" + body_text.encode()


def setting_digest(value_text: str) -> str:
    return hashlib.sha256(value_text.encode()).hexdigest()


@dataclass(frozen=True, slots=True)
class UserCert:
    user_id: int
    username: str
    role: Role
    active: bool
    exchange_public: bytes
    signing_keys: tuple[bytes, ...]
    serial: int
    issuer: str


@dataclass(frozen=True, slots=True)
class OfficeCert:
    office_id: str
    name: str
    recovery_public: bytes
    index_key_holders: str
    settings: dict[str, str]
    serial: int
    issuer: str


@dataclass(frozen=True, slots=True)
class Issuer:
    """Who certifies: the root private key and the administrator (or
    ``recovery``) using it."""

    root: Ed25519PrivateKey
    name: str
    user_id: int | None


# --------------------------------------------------------------------------
# Issuing


def _next_serial(session: Session, subject: str) -> int:
    current = session.scalar(
        select(func.max(Certificate.serial)).where(Certificate.subject == subject)
    )
    return int(current or 0) + 1


def _issue(session: Session, issuer: Issuer, subject: str, body: dict[str, Any]) -> int:
    serial = _next_serial(session, subject)
    body = dict(body, subject=subject, serial=serial, issuer=issuer.name)
    if issuer.user_id is not None:
        issuer_serial = session.scalar(
            select(func.max(Certificate.serial)).where(
                Certificate.subject == user_subject(issuer.user_id)
            )
        )
        body["issuer_cert"] = [user_subject(issuer.user_id), int(issuer_serial or 0)]
    text = _canonical(body).decode()
    session.info.pop(OFFICE_CERT_INFO, None)  # read again after this one
    session.info.pop(OFFICE_ROW_INFO, None)
    session.add(
        Certificate(
            subject=subject,
            serial=serial,
            body=text,
            signature=crypto.sign(issuer.root, _message(text)),
            issued_at=utc_now(),
        )
    )
    session.flush()
    return serial


def certify_user(
    session: Session, issuer: Issuer, user: User, *, history: list[bytes] | None = None
) -> int:
    """A new certificate for ``user`` as the row stands (its keys included).

    The signing keys certified are the previous certificate's plus the current
    one, never whatever ``signing_keys`` holds (a row added there is not
    certified); ``history`` (migration only) gives the list outright.
    """
    assert user.signing_key_id is not None
    current = session.get(SigningKey, user.signing_key_id)
    if current is None or current.user_id != user.id:
        raise CertificateInvalid(
            f"the signing key of {user.username} is missing",
            record=user.username,
            reason="mismatch",
        )
    if history is None:
        previous = _latest(session, user_subject(user.id))
        history = (
            [bytes.fromhex(k) for k in json.loads(previous.body).get("signing_keys", [])]
            if previous is not None
            else []
        )
    keys = [k for k in history if k != current.public_key] + [current.public_key]
    return _issue(
        session,
        issuer,
        user_subject(user.id),
        {
            "type": "user",
            "office": _office_id(session),
            "user_id": user.id,
            "username": user.username,
            "role": user.role,
            "active": bool(user.active),
            "exchange_public": user.exchange_public.hex(),
            "signing_keys": [k.hex() for k in keys],
        },
    )


#: Settings that are bookkeeping, not the office's legal output (e.g. the newest
#: app version that opened the database, written by any workstation): outside
#: the certified office record.
UNCERTIFIED_PREFIX = "system."


def is_certified_setting(key: str) -> bool:
    return not key.startswith(UNCERTIFIED_PREFIX)


def certify_office(session: Session, issuer: Issuer) -> int:
    """A new certificate of the office record and every stored setting."""
    office = session.scalars(select(OfficeRow)).one()
    settings = {
        row.key: setting_digest(row.value)
        for row in session.scalars(select(Setting))
        if is_certified_setting(row.key)
    }
    return _issue(
        session,
        issuer,
        OFFICE_SUBJECT,
        {
            "type": "office",
            "office": office.office_id,
            "name": office.name,
            "recovery_public": office.recovery_public.hex(),
            "index_key_holders": INDEX_HOLDERS,
            "settings": settings,
        },
    )


def issuer_of(session: Session) -> Issuer:
    """The certifier of this write transaction (an administrator's session)."""
    issuer = session.info.get(ISSUER_INFO)
    if not isinstance(issuer, Issuer):
        raise NotCertifier(
            "only an administrator can change a certified record", code="not_certifier"
        )
    return issuer


def recertify_office(session: Session) -> None:
    """After a change of the office record or a setting, in the same transaction."""
    office = session.scalars(select(OfficeRow)).one_or_none()
    if office is None or office.root_public is None:
        return  # a database not certified yet: the first admin login certifies it
    certify_office(session, issuer_of(session))


def grant_root(
    session: Session, root: Ed25519PrivateKey, recipients: list[keystore.Recipient]
) -> None:
    keystore.grant_office_key(session, ROOT_KEY, root.private_bytes_raw(), recipients)


def open_root(session: Session, unlocker: keystore.Unlocker) -> Ed25519PrivateKey | None:
    raw = keystore.open_office_key(session, unlocker, ROOT_KEY)
    if raw is None:
        return None
    if unlocker.data_key is not None:
        keystore.rewrap_office_key(session, unlocker, ROOT_KEY, raw)
    return Ed25519PrivateKey.from_private_bytes(raw)


def revoke_root(session: Session, holder: str) -> None:
    from sqlalchemy import delete

    from wbs_desktop.storage.models import OfficeKeyGrant

    session.execute(
        delete(OfficeKeyGrant).where(
            OfficeKeyGrant.holder == holder, OfficeKeyGrant.key_name == ROOT_KEY
        )
    )


def _office_id(session: Session) -> str:
    return str(session.scalars(select(OfficeRow.office_id)).one())


def _latest(session: Session, subject: str) -> Certificate | None:
    return session.scalars(
        select(Certificate)
        .where(Certificate.subject == subject)
        .order_by(Certificate.serial.desc())
        .limit(1)
    ).first()


# --------------------------------------------------------------------------
# Verifying


class Trust:
    """Verifies certificates against the pinned root public key (cached)."""

    def __init__(self, root_public: bytes, office_id: str) -> None:
        self.root_public = root_public
        self.office_id = office_id
        self._lock = threading.Lock()
        self._verified: dict[int, dict[str, Any] | None] = {}  # row id → body | None (bad)
        self._audit_keys: dict[int, tuple[int, bytes]] = {}  # signing key id → (user, public)
        self._issuers: set[tuple[str, int]] = set()  # (subject, serial): an active admin's

    @property
    def fingerprint(self) -> str:
        return root_fingerprint(self.root_public)

    def _body(self, cert: Certificate) -> dict[str, Any] | None:
        with self._lock:
            if cert.id in self._verified:
                return self._verified[cert.id]
        body: dict[str, Any] | None = None
        if crypto.verify_signature(self.root_public, cert.signature, _message(cert.body)):
            try:
                parsed = json.loads(cert.body)
            except json.JSONDecodeError:
                parsed = None
            if (
                isinstance(parsed, dict)
                and parsed.get("subject") == cert.subject
                and parsed.get("serial") == cert.serial
                and parsed.get("office") == self.office_id
            ):
                body = parsed
        with self._lock:
            self._verified[cert.id] = body
        return body

    def _valid_body(
        self,
        session: Session,
        subject: str,
        record: str,
        read: tuple[Certificate | None] | None = None,
    ) -> dict[str, Any]:
        """``read``: the latest certificate as already read (None: read here)."""
        cert = _latest(session, subject) if read is None else read[0]
        if cert is None:
            raise CertificateInvalid(
                f"the record of {record} has no certificate", record=record, reason="missing"
            )
        body = self._body(cert)
        if body is None:
            raise CertificateInvalid(
                f"the certificate of {record} is not signed by this office's root key",
                record=record,
                reason="signature",
            )
        self._check_issuer(session, body, record)
        return body

    def _check_issuer(self, session: Session, body: dict[str, Any], record: str) -> None:
        ref = body.get("issuer_cert")
        if ref is None:
            return  # issued at setup, migration or recovery (root / recovery key)
        subject, serial = str(ref[0]), int(ref[1])
        if (subject, serial) in self._issuers:  # verified: the root signs one per serial
            return
        cert = session.scalars(
            select(Certificate).where(Certificate.subject == subject, Certificate.serial == serial)
        ).first()
        issuer = self._body(cert) if cert is not None else None
        if issuer is None or issuer.get("role") != Role.ADMIN.value or not issuer.get("active"):
            raise CertificateInvalid(
                f"the certificate of {record} was not issued by an administrator",
                record=record,
                reason="issuer",
            )
        with self._lock:
            self._issuers.add((subject, serial))

    def user_cert(
        self,
        session: Session,
        user_id: int,
        username: str = "",
        read: tuple[Certificate | None] | None = None,
    ) -> UserCert:
        body = self._valid_body(
            session, user_subject(user_id), username or f"user {user_id}", read
        )
        return UserCert(
            user_id=int(body["user_id"]),
            username=str(body["username"]),
            role=Role(body["role"]),
            active=bool(body["active"]),
            exchange_public=bytes.fromhex(body["exchange_public"]),
            signing_keys=tuple(bytes.fromhex(k) for k in body["signing_keys"]),
            serial=int(body["serial"]),
            issuer=str(body["issuer"]),
        )

    def check_user(
        self,
        session: Session,
        user: User,
        read: tuple[Certificate | None, SigningKey | None] | None = None,
    ) -> UserCert:
        """The user's certificate, provided the row says the same (else refused).
        ``read``: his latest certificate and current signing key, as already read
        (``workspace``'s check at the start of each transaction: one statement)."""
        if read is None:
            cert = self.user_cert(session, user.id, user.username)
            current = session.get(SigningKey, user.signing_key_id) if user.signing_key_id else None
        else:
            cert = self.user_cert(session, user.id, user.username, read[:1])
            current = read[1]
        mismatch = [
            name
            for name, ok in (
                ("user name", cert.username == user.username),
                ("role", cert.role.value == user.role),
                ("active", cert.active == bool(user.active)),
                ("exchange key", cert.exchange_public == user.exchange_public),
                (
                    "signing key",
                    current is not None
                    and current.user_id == user.id
                    and bool(cert.signing_keys)
                    and cert.signing_keys[-1] == current.public_key,
                ),
            )
            if not ok
        ]
        if mismatch:
            raise CertificateInvalid(
                f"the record of {user.username} does not match its certificate "
                f"({', '.join(mismatch)})",
                record=user.username,
                reason="mismatch",
            )
        return cert

    def recipient(self, session: Session, user: User) -> keystore.Recipient:
        """Somebody a key may be sealed to: only a verified, active user."""
        cert = self.check_user(session, user)
        if not cert.active:
            raise CertificateInvalid(
                f"{user.username} is not active", record=user.username, reason="inactive"
            )
        return keystore.Recipient(keystore.user_holder(user.id), user.id, cert.exchange_public)

    def certified_admins(self, session: Session) -> list[User]:
        """Active administrators by their certificates; any record that
        disagrees with its certificate refuses the whole operation."""
        admins = []
        for user in session.scalars(select(User).order_by(User.id)):
            cert = self.check_user(session, user)
            if cert.role == Role.ADMIN and cert.active:
                admins.append(user)
        return admins

    def office_cert(self, session: Session) -> OfficeCert:
        """The office's latest certificate, verified once per transaction (every
        setting read checks against it; one issued in the transaction drops it)."""
        memo = session.info.get(OFFICE_CERT_INFO)
        txn = session.get_transaction()
        if memo is not None and txn is not None and memo[0] is txn and memo[1] is self:
            return memo[2]  # type: ignore[no-any-return]
        row = session.info.get(OFFICE_ROW_INFO)  # read with the user's row, first
        read = row[1:] if row is not None and txn is not None and row[0] is txn else None
        body = self._valid_body(session, OFFICE_SUBJECT, "office", read)
        cert = OfficeCert(
            office_id=str(body["office"]),
            name=str(body["name"]),
            recovery_public=bytes.fromhex(body["recovery_public"]),
            index_key_holders=str(body["index_key_holders"]),
            settings={str(k): str(v) for k, v in body["settings"].items()},
            serial=int(body["serial"]),
            issuer=str(body["issuer"]),
        )
        session.info[OFFICE_CERT_INFO] = (session.get_transaction(), self, cert)
        return cert

    def check_office(self, session: Session) -> OfficeCert:
        cert = self.office_cert(session)
        office = session.scalars(select(OfficeRow)).one()
        mismatch = [
            name
            for name, ok in (
                ("office id", cert.office_id == office.office_id),
                ("name", cert.name == office.name),
                ("recovery key", cert.recovery_public == office.recovery_public),
                ("root key", office.root_public == self.root_public),
            )
            if not ok
        ]
        if mismatch:
            raise CertificateInvalid(
                f"the office record does not match its certificate ({', '.join(mismatch)})",
                record="office",
                reason="mismatch",
            )
        return cert

    def recovery_recipient(self, session: Session) -> keystore.Recipient:
        cert = self.check_office(session)
        return keystore.Recipient(keystore.RECOVERY_HOLDER, None, cert.recovery_public)

    def check_settings(self, session: Session, rows: list[Setting]) -> None:
        """Every stored setting read must be the one certified (and none deleted)."""
        certified = self.office_cert(session).settings
        for row in rows:
            if not is_certified_setting(row.key):
                continue
            if certified.get(row.key) != setting_digest(row.value):
                raise CertificateInvalid(
                    f"the setting {row.key} does not match the office certificate",
                    record="office",
                    reason="mismatch",
                )

    def check_all_settings(self, session: Session) -> None:
        rows = [r for r in session.scalars(select(Setting)) if is_certified_setting(r.key)]
        self.check_settings(session, rows)
        missing = set(self.office_cert(session).settings) - {r.key for r in rows}
        if missing:
            raise CertificateInvalid(
                f"the setting {sorted(missing)[0]} was deleted",
                record="office",
                reason="mismatch",
            )

    def signing_keys(self, session: Session) -> dict[int, set[bytes]]:
        """Every certified signing key, by user id (every certificate of the user)."""
        found: dict[int, set[bytes]] = {}
        for cert in session.scalars(select(Certificate).where(Certificate.subject.like("user:%"))):
            body = self._body(cert)
            if body is None:
                continue
            found.setdefault(int(body["user_id"]), set()).update(
                bytes.fromhex(k) for k in body["signing_keys"]
            )
        return found


    def audit_key(self, session: Session, key_id: int) -> tuple[int, bytes] | None:
        """(user id, public key) of signing key ``key_id`` if a certificate of that
        user lists it, else None. Kept once found (every write verifies the new
        audit entries): keys are only ever added, and one verified stays so
        whatever its row says later; the rows are read again for an unknown id."""
        with self._lock:
            found = self._audit_keys.get(key_id)
        if found is None:
            certified = self.signing_keys(session)
            columns = (SigningKey.id, SigningKey.user_id, SigningKey.public_key)
            rows = session.execute(select(*columns)).all()
            with self._lock:
                for row in rows:
                    if row.public_key in certified.get(row.user_id, ()):
                        self._audit_keys.setdefault(row.id, (row.user_id, row.public_key))
                found = self._audit_keys.get(key_id)
        return found


def trust_of(session: Session) -> Trust | None:
    trust = session.info.get(TRUST_INFO)
    return trust if isinstance(trust, Trust) else None
