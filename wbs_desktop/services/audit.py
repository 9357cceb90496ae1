"""The audit log: append-only, hash-chained, each entry signed by its actor.

entry_hash = SHA-256(prev_hash ‖ canonical JSON of seq, time, actor, action,
case, details); signature = Ed25519(entry_hash) with the actor's current
signing key. The only unsigned entries are failed logins and lock-outs: no
key is unlocked then. They are still chained.

``verify`` names the first entry that was deleted, edited, reordered or
forged; the workstation's remembered newest entry catches a cut-off tail.
Given the certified signing keys (:mod:`wbs_desktop.services.certificates`),
a signature counts only with a key a certificate gives that user: a row added
to ``signing_keys`` signs nothing.

``verify_extension`` checks only what came after the entry this workstation
remembers (cost proportional to the new entries); the remembered head moves
only along such a verified extension (:func:`advance`). A remembered entry that
was replaced or cut raises an alarm in the workstation state that stays until
an administrator acknowledges it.
"""

from __future__ import annotations

import base64
import json
import threading
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from wbs_desktop.domain.dates import utc_now
from wbs_desktop.files import private_dir, write_private_text
from wbs_desktop.paths import user_data_dir
from wbs_desktop.services.dto import AuditVerification
from wbs_desktop.services.errors import ServiceError
from wbs_desktop.storage import crypto
from wbs_desktop.storage.db import LOCKED_HEAD_KEY
from wbs_desktop.storage.models import AuditEntry, AuditHead, CaseKeyGrant, SigningKey, User

if TYPE_CHECKING:
    from wbs_desktop.services.certificates import Trust

#: Entries written without an unlocked key (nobody is logged in yet).
UNSIGNED_ACTIONS = frozenset({"login_failed", "account_locked"})
GENESIS = bytes(32)


@dataclass(frozen=True, slots=True)
class Signer:
    user_id: int
    username: str
    signing_key_id: int
    private: Ed25519PrivateKey


def _canonical(entry: AuditEntry) -> bytes:
    body = {
        "seq": entry.seq,
        "at": entry.at.isoformat(timespec="microseconds"),
        "actor_id": entry.actor_id,
        "actor": entry.actor_name,
        "action": entry.action,
        "case": entry.case_id,
        "details": json.loads(entry.details),
        "key": entry.signing_key_id,
    }
    return json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def compute_hash(prev_hash: bytes, entry: AuditEntry) -> bytes:
    return crypto.sha256(prev_hash + _canonical(entry))


def append(
    session: Session,
    signer: Signer | None,
    action: str,
    *,
    case_id: str | None = None,
    details: dict[str, Any] | None = None,
    actor_name: str | None = None,
    private: dict[str, Any] | None = None,
) -> AuditEntry:
    """Add one entry inside the caller's write transaction (which holds the head lock).

    ``private``: free text (a typed reason, a file name, a search term …) that
    must not be readable at rest: it is stored sealed to the active
    administrators and, for a case's entry, to the case's grantees (see
    :func:`seal_details`). The hash and signature cover the sealed form.
    """
    if signer is None and action not in UNSIGNED_ACTIONS:
        raise ValueError(f"audit action {action!r} must be signed")
    head = _locked_head(session)
    if private:
        details = {**(details or {}), SEALED: seal_details(session, head.seq + 1, case_id, private)}
    entry = AuditEntry(
        seq=head.seq + 1,
        at=utc_now(),
        actor_id=signer.user_id if signer else None,
        actor_name=signer.username if signer else (actor_name or "-"),
        action=action,
        case_id=case_id,
        details=json.dumps(details or {}, sort_keys=True, ensure_ascii=False, default=str),
        prev_hash=head.entry_hash,
        signing_key_id=signer.signing_key_id if signer else None,
    )
    entry.entry_hash = compute_hash(head.entry_hash, entry)
    entry.signature = crypto.sign(signer.private, entry.entry_hash) if signer else None
    session.add(entry)
    head.seq = entry.seq
    head.entry_hash = entry.entry_hash
    session.flush()
    return entry


#: session.info: (transaction, the head row) once an entry was appended in it
#: (or the whole chain verified up to it).
_HEAD_INFO = "wbs_audit_head"


def _locked_head(session: Session) -> AuditHead:
    """The head row, read once per write transaction (which holds the head lock,
    so nobody else moves it): a second entry and :func:`head_of` find it here.
    (The session's identity map holds an unchanged row only weakly.)"""
    head = _appended_head(session)
    if head is None:
        head = session.execute(select(AuditHead).where(AuditHead.id == 1)).scalar_one()
        session.info[_HEAD_INFO] = (session.get_transaction(), head)
    return head


def _appended_head(session: Session) -> AuditHead | None:
    """The head row this transaction holds: written or verified in it, else the
    one the write lock read (PostgreSQL)."""
    txn = session.get_transaction()
    if txn is None:
        return None
    for key in (_HEAD_INFO, LOCKED_HEAD_KEY):
        memo = session.info.get(key)
        if memo is not None and memo[0] is txn:
            return memo[1]  # type: ignore[no-any-return]
    return None


ProgressFn = Callable[[int, int], bool]


# --------------------------------------------------------------------------
# Free text in details, sealed

#: The key under which an entry's sealed free text is stored in its details.
SEALED = "sealed"


def _details_purpose(seq: int) -> str:
    return f"audit-details:{seq}"


def seal_details(
    session: Session, seq: int, case_id: str | None, private: dict[str, Any]
) -> dict[str, Any]:
    """``private`` encrypted under a fresh key (bound to entry ``seq``), the key
    sealed to every active administrator and, for a case, to its grantees."""
    recipients = dict(
        session.execute(
            select(User.id, User.exchange_public).where(
                User.role == "admin", User.active.is_(True)
            )
        ).all()
    )
    if case_id is not None:
        recipients.update(
            session.execute(
                select(User.id, User.exchange_public)
                .join(CaseKeyGrant, CaseKeyGrant.user_id == User.id)
                .where(CaseKeyGrant.case_id == case_id, User.active.is_(True))
                .distinct()
            ).all()
        )
    trust = session.info.get("wbs_trust")  # services.certificates.TRUST_INFO
    if trust is not None:
        # Sealed only to keys the certificates vouch for: a row turned into an
        # administrator in the database gets nothing (issue 19).
        admins = {u.id for u in trust.certified_admins(session)}
        checked = {}
        for user_id in recipients:
            row = session.get(User, user_id)
            if row is None:
                continue
            try:
                checked[user_id] = trust.recipient(session, row).exchange_public
            except ServiceError:
                if user_id in admins:
                    raise
        recipients = checked
    key = crypto.random_key()
    purpose = _details_purpose(seq)
    body = json.dumps(private, sort_keys=True, ensure_ascii=False, default=str).encode()
    return {
        "v": 1,
        "ct": base64.b64encode(crypto.wrap(key, body, purpose=purpose)).decode("ascii"),
        "to": {
            str(user_id): base64.b64encode(crypto.seal(public, key, purpose=purpose)).decode(
                "ascii"
            )
            for user_id, public in sorted(recipients.items())
        },
    }


def open_details(
    seq: int, details: dict[str, Any], user_id: int, exchange: X25519PrivateKey
) -> dict[str, Any]:
    """``details`` with its sealed free text opened for ``user_id`` (merged in),
    or with ``sealed: "not for you"`` when it was not sealed to them."""
    sealed = details.get(SEALED)
    if not isinstance(sealed, dict):
        return details
    rest = {k: v for k, v in details.items() if k != SEALED}
    blob = sealed.get("to", {}).get(str(user_id))
    if blob is None:
        return {**rest, SEALED: "not for you"}
    purpose = _details_purpose(seq)
    try:
        key = crypto.unseal(exchange, base64.b64decode(blob), purpose=purpose)
        body = crypto.unwrap(key, base64.b64decode(sealed["ct"]), purpose=purpose)
        opened = json.loads(body)
    except (crypto.CryptoError, ValueError, KeyError):
        return {**rest, SEALED: "damaged"}
    return {**rest, **opened}


KeyLookup = Callable[[int], "tuple[int, bytes] | None"]


def _signing_keys(session: Session) -> dict[int, tuple[int, bytes]]:
    """Every stored signing key: id → (user id, public key)."""
    return {
        row.id: (row.user_id, row.public_key)
        for row in session.execute(
            select(SigningKey.id, SigningKey.user_id, SigningKey.public_key)
        )
    }


def _key_lookup(session: Session, trust: Trust | None) -> KeyLookup:
    """How an entry's signing key is found: through ``trust`` (the keys its
    certificates vouch for, kept between transactions), or — a database made
    before certificates — among every stored key, read once here."""
    if trust is not None:
        return partial(trust.audit_key, session)
    return _signing_keys(session).get


def verify(
    session: Session,
    *,
    seen: tuple[int, bytes] | None = None,
    trust: Trust | None = None,
    progress: ProgressFn | None = None,
) -> AuditVerification:
    """Check the whole chain; ``seen`` is the workstation's remembered (seq, hash);
    ``trust`` vouches for the signing keys (None: any stored key, only for a
    database made before certificates)."""
    keys = _key_lookup(session, trust)
    prev_hash = GENESIS
    expected_seq = 1
    checked = 0
    seen_ok = seen is None
    total = int(session.scalar(select(func.count()).select_from(AuditEntry)) or 0)
    for entry in session.scalars(select(AuditEntry).order_by(AuditEntry.seq)).yield_per(2000):
        if progress is not None and checked % 2000 == 0 and not progress(checked, total):
            raise VerificationCancelled(checked)
        if entry.seq != expected_seq:
            kind = "deleted" if entry.seq > expected_seq else "reordered"
            return _broken(checked, expected_seq, kind, f"entry {expected_seq} is missing")
        problem = _check_entry(entry, prev_hash, keys)
        if problem is not None:
            return _broken(checked, entry.seq, *problem)
        if seen is not None and entry.seq == seen[0]:
            if entry.entry_hash != seen[1]:
                return _broken(checked, entry.seq, "edited", f"entry {entry.seq} was replaced")
            seen_ok = True
        prev_hash = entry.entry_hash
        expected_seq += 1
        checked += 1
    head = session.execute(select(AuditHead).where(AuditHead.id == 1)).scalar_one()
    # head_of() in this transaction gives this head: the one checked (read again,
    # on PostgreSQL it could already include entries appended since)
    session.info[_HEAD_INFO] = (session.get_transaction(), head)
    if head.seq != checked or head.entry_hash != prev_hash:
        return _broken(
            checked,
            checked + 1,
            "truncated",
            f"the log ends at entry {checked} but its head says {head.seq}",
        )
    if not seen_ok:
        assert seen is not None
        return _broken(
            checked,
            checked + 1,
            "truncated",
            f"this workstation has seen entry {seen[0]}, which is gone",
        )
    return AuditVerification(ok=True, checked=checked)


class VerificationCancelled(Exception):
    def __init__(self, checked: int) -> None:
        super().__init__(f"cancelled after {checked} entries")
        self.checked = checked


def _check_entry(
    entry: AuditEntry, prev_hash: bytes, keys: KeyLookup
) -> tuple[str, str] | None:
    """(problem, message) when ``entry`` does not follow ``prev_hash`` properly."""
    if entry.prev_hash != prev_hash:
        return "reordered", f"entry {entry.seq} does not follow its predecessor"
    if compute_hash(prev_hash, entry) != entry.entry_hash:
        return "edited", f"entry {entry.seq} was changed"
    if entry.signature is None:
        if entry.action not in UNSIGNED_ACTIONS or entry.actor_id is not None:
            return "forged", f"entry {entry.seq} is not signed"
        return None
    key = keys(entry.signing_key_id or -1)
    if (
        key is None
        or key[0] != entry.actor_id
        or not crypto.verify_signature(key[1], entry.signature, entry.entry_hash)
    ):
        return "forged", f"entry {entry.seq} is not signed by {entry.actor_name}"
    return None


def verify_extension(
    session: Session,
    seen: tuple[int, bytes] | None,
    *,
    trust: Trust | None = None,
    head: tuple[int, bytes] | None = None,
) -> tuple[AuditVerification, tuple[int, bytes]]:
    """Check the entries after the remembered ``seen`` up to the head (the whole
    chain when nothing is remembered yet). Returns the result and the head it
    reached — the only place the remembered head may move to. ``head``: the
    head as the caller read it in this transaction (a writer holding the head
    lock knows it: read again, it could not differ)."""
    if head is None:
        head = head_of(session)
    head_seq, head_hash = head
    if seen is None:
        result = verify(session, trust=trust)
        return result, head
    seen_seq, seen_hash = seen
    if head_seq < seen_seq:
        return _broken(
            0,
            head_seq + 1,
            "truncated",
            f"this workstation has seen entry {seen_seq}, but the log now ends at {head_seq}",
        ), seen
    # The entry seen last (the anchor) and those after it, in one statement.
    entries = iter(
        session.scalars(
            select(AuditEntry).where(AuditEntry.seq >= seen_seq).order_by(AuditEntry.seq)
        ).yield_per(2000)
    )
    if seen_seq == 0:
        prev_hash = GENESIS
    else:
        first = next(entries, None)
        if first is None or first.seq != seen_seq:
            return _broken(
                0, seen_seq, "deleted", f"entry {seen_seq}, seen by this workstation, is gone"
            ), seen
        if first.entry_hash != seen_hash:
            return _broken(
                0, seen_seq, "edited", f"entry {seen_seq}, seen by this workstation, was replaced"
            ), seen
        prev_hash = seen_hash
    keys = _key_lookup(session, trust)
    expected = seen_seq + 1
    checked = 0
    for entry in entries:
        if entry.seq != expected:
            return _broken(checked, expected, "deleted", f"entry {expected} is missing"), seen
        problem = _check_entry(entry, prev_hash, keys)
        if problem is not None:
            return _broken(checked, entry.seq, *problem), seen
        prev_hash = entry.entry_hash
        expected += 1
        checked += 1
    if head_seq != expected - 1 or head_hash != prev_hash:
        return _broken(
            checked,
            expected,
            "truncated",
            f"the log ends at entry {expected - 1} but its head says {head_seq}",
        ), seen
    return AuditVerification(ok=True, checked=checked), head


def advance(
    state: WorkstationState,
    office_id: str,
    session: Session,
    *,
    trust: Trust | None = None,
) -> AuditVerification:
    """Verify what came after the remembered head and move it there; a broken
    extension raises this workstation's alarm instead (the head stays)."""
    result, reached = verify_extension(session, state.seen(office_id), trust=trust)
    if result.ok:
        state.remember(office_id, *reached)
    else:
        state.raise_alarm(office_id, result)
    return result


def _broken(checked: int, seq: int, problem: str, message: str) -> AuditVerification:
    return AuditVerification(
        ok=False, checked=checked, first_bad_seq=seq, problem=problem, message=message
    )


def signer_for(session: Session, user: User, private: Ed25519PrivateKey) -> Signer:
    assert user.signing_key_id is not None
    return Signer(user.id, user.username, user.signing_key_id, private)


def head_of(session: Session) -> tuple[int, bytes]:
    """The head as this transaction sees it (in a writer, which holds the head
    lock: as the lock read it or :func:`append` wrote it, not read again)."""
    head = _appended_head(session)
    if head is None:
        head = session.execute(select(AuditHead).where(AuditHead.id == 1)).scalar_one()
    return head.seq, head.entry_hash


class WorkstationState:
    """What this workstation remembers between runs (no secrets): the newest
    audit entry it has seen, per office."""

    _lock = threading.Lock()

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or user_data_dir() / "workstation.json"

    def _load(self) -> dict[str, Any]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (FileNotFoundError, json.JSONDecodeError):
            return {}
        return data if isinstance(data, dict) else {}

    def seen(self, office_id: str) -> tuple[int, bytes] | None:
        entry = self._load().get("audit_seen", {}).get(office_id)
        if not entry:
            return None
        return int(entry["seq"]), bytes.fromhex(entry["hash"])

    def remember(self, office_id: str, seq: int, entry_hash: bytes) -> None:
        """Move the remembered head forward (never back, never while an alarm is up)."""
        with self._lock:
            data = self._load()
            if office_id in data.get("audit_alarm", {}):
                return
            current = data.setdefault("audit_seen", {}).get(office_id)
            if current and int(current["seq"]) >= seq:
                return
            data["audit_seen"][office_id] = {
                "seq": seq,
                "hash": entry_hash.hex(),
                "at": utc_now().isoformat(timespec="seconds"),
            }
            self._save(data)

    def _save(self, data: dict[str, Any]) -> None:
        private_dir(self.path.parent)
        write_private_text(self.path, json.dumps(data, indent=2))  # atomic, 0600

    def reset(self, office_id: str, seq: int, entry_hash: bytes) -> None:
        """Remember exactly (seq, hash), even if lower, and drop any alarm (a
        restore from backup, or an administrator's acknowledgement)."""
        with self._lock:
            data = self._load()
            data.setdefault("audit_alarm", {}).pop(office_id, None)
            data.setdefault("audit_seen", {})[office_id] = {
                "seq": seq,
                "hash": entry_hash.hex(),
                "at": utc_now().isoformat(timespec="seconds"),
            }
            self._save(data)

    # -- the audit alarm: a remembered entry replaced or cut ------------------

    def alarm(self, office_id: str) -> dict[str, Any] | None:
        found = self._load().get("audit_alarm", {}).get(office_id)
        return found if isinstance(found, dict) else None

    def raise_alarm(self, office_id: str, result: AuditVerification) -> None:
        """Keep the first alarm (the earliest evidence) until acknowledged."""
        with self._lock:
            data = self._load()
            alarms = data.setdefault("audit_alarm", {})
            if office_id in alarms:
                return
            seen = data.get("audit_seen", {}).get(office_id) or {}
            alarms[office_id] = {
                "problem": result.problem,
                "seq": result.first_bad_seq,
                "seen": seen.get("seq"),
                "message": result.message,
                "at": utc_now().isoformat(timespec="seconds"),
            }
            self._save(data)

    # -- the pinned root key ------------------------------------------------------

    def pinned_root(self, office_id: str, location: str) -> str | None:
        """The root fingerprint pinned for this office or this database location."""
        pins = self._load().get("root_pins", {})
        return pins.get(f"office:{office_id}") or pins.get(f"at:{location}")

    def pin_root(self, office_id: str, location: str, fingerprint: str) -> None:
        with self._lock:
            data = self._load()
            pins = data.setdefault("root_pins", {})
            pins.setdefault(f"office:{office_id}", fingerprint)
            pins.setdefault(f"at:{location}", fingerprint)
            self._save(data)
