"""The audit log: append-only, hash-chained, each entry signed by its actor.

entry_hash = SHA-256(prev_hash ‖ canonical JSON of seq, time, actor, action,
case, details); signature = Ed25519(entry_hash) with the actor's current
signing key. The only unsigned entries are failed logins and lock-outs: no
key is unlocked then. They are still chained.

``verify`` names the first entry that was deleted, edited, reordered or
forged; the workstation's remembered newest entry catches a cut-off tail.
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select
from sqlalchemy.orm import Session

from wbs_desktop.domain.dates import utc_now
from wbs_desktop.paths import user_data_dir
from wbs_desktop.services.dto import AuditVerification
from wbs_desktop.storage import crypto
from wbs_desktop.storage.models import AuditEntry, AuditHead, SigningKey, User

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
) -> AuditEntry:
    """Add one entry inside the caller's write transaction (which holds the head lock)."""
    if signer is None and action not in UNSIGNED_ACTIONS:
        raise ValueError(f"audit action {action!r} must be signed")
    head = session.execute(select(AuditHead).where(AuditHead.id == 1)).scalar_one()
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


def verify(session: Session, *, seen: tuple[int, bytes] | None = None) -> AuditVerification:
    """Check the whole chain; ``seen`` is the workstation's remembered (seq, hash)."""
    keys = {row.id: (row.user_id, row.public_key) for row in session.scalars(select(SigningKey))}
    prev_hash = GENESIS
    expected_seq = 1
    checked = 0
    seen_ok = seen is None
    for entry in session.scalars(select(AuditEntry).order_by(AuditEntry.seq)).yield_per(2000):
        if entry.seq != expected_seq:
            problem = "deleted" if entry.seq > expected_seq else "reordered"
            return _broken(checked, expected_seq, problem, f"entry {expected_seq} is missing")
        if entry.prev_hash != prev_hash:
            return _broken(
                checked,
                entry.seq,
                "reordered",
                f"entry {entry.seq} does not follow its predecessor",
            )
        if compute_hash(prev_hash, entry) != entry.entry_hash:
            return _broken(checked, entry.seq, "edited", f"entry {entry.seq} was changed")
        if entry.signature is None:
            if entry.action not in UNSIGNED_ACTIONS or entry.actor_id is not None:
                return _broken(checked, entry.seq, "forged", f"entry {entry.seq} is not signed")
        else:
            key = keys.get(entry.signing_key_id or -1)
            if (
                key is None
                or key[0] != entry.actor_id
                or not crypto.verify_signature(key[1], entry.signature, entry.entry_hash)
            ):
                return _broken(
                    checked,
                    entry.seq,
                    "forged",
                    f"entry {entry.seq} is not signed by {entry.actor_name}",
                )
        if seen is not None and entry.seq == seen[0]:
            if entry.entry_hash != seen[1]:
                return _broken(checked, entry.seq, "edited", f"entry {entry.seq} was replaced")
            seen_ok = True
        prev_hash = entry.entry_hash
        expected_seq += 1
        checked += 1
    head = session.execute(select(AuditHead).where(AuditHead.id == 1)).scalar_one()
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


def _broken(checked: int, seq: int, problem: str, message: str) -> AuditVerification:
    return AuditVerification(
        ok=False, checked=checked, first_bad_seq=seq, problem=problem, message=message
    )


def signer_for(session: Session, user: User, private: Ed25519PrivateKey) -> Signer:
    assert user.signing_key_id is not None
    return Signer(user.id, user.username, user.signing_key_id, private)


def head_of(session: Session) -> tuple[int, bytes]:
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
        with self._lock:
            data = self._load()
            current = data.setdefault("audit_seen", {}).get(office_id)
            if current and int(current["seq"]) >= seq:
                return
            data["audit_seen"][office_id] = {
                "seq": seq,
                "hash": entry_hash.hex(),
                "at": utc_now().isoformat(timespec="seconds"),
            }
            self.path.parent.mkdir(parents=True, exist_ok=True)
            tmp = self.path.with_suffix(".tmp")
            tmp.write_text(json.dumps(data, indent=2), encoding="utf-8")
            tmp.replace(self.path)
