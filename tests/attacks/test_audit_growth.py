"""Attack 2 (issue 19): rewriting the audit log with database access — a
signing key of one's own added to ``signing_keys`` and an entry forged in a
colleague's name; an ``identity_viewed`` entry deleted mid-chain and the rest
re-signed; the newest entries cut and then an ordinary login. Each is refused
or detected, with the message the user sees; the remembered head never moves
onto the rewritten chain. Both backends, the project's own code (and the CLI
as a subprocess)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from tests.cli.conftest import run_cli
from tests.helpers.office import (
    ADMIN_PASSWORD,
    OFFICER_PASSWORD,
    add_user,
    complaint,
    create_office,
    workstation,
)
from wbs_desktop.domain.dates import utc_now
from wbs_desktop.domain.roles import Role
from wbs_desktop.gui.notices import audit_alarm_message
from wbs_desktop.services.audit import compute_hash
from wbs_desktop.services.office import Office
from wbs_desktop.storage import crypto
from wbs_desktop.storage.models import AuditEntry, AuditHead, SigningKey


@pytest.fixture
def office(db_url: str, tmp_path: Path) -> Iterator[Office]:
    office, _ = create_office(db_url, tmp_path)
    admin = office.login("admin", ADMIN_PASSWORD)
    officer_id = add_user(admin, "yosef", Role.OFFICER, "Yosef Nahak")
    case = admin.cases.submit(complaint())
    admin.cases.assign(case.case_id, officer_id)
    officer = office.login("yosef", OFFICER_PASSWORD)
    officer.cases.reveal_identity(case.case_id, "menghubungi pelapor")
    officer.logout()
    admin.logout()
    try:
        yield office
    finally:
        office.close()


def _add_signing_key(session: Session, user_id: int, secrets: crypto.UserSecrets) -> int:
    row = SigningKey(user_id=user_id, public_key=secrets.signing_public, created_at=utc_now())
    session.add(row)
    session.flush()
    return int(row.id)


Keys = dict[int, tuple[int, crypto.UserSecrets]]
COLUMNS = ("at", "actor_id", "actor_name", "action", "case_id", "details")


def _rechain(session: Session, entries: list[AuditEntry], prev: bytes, keys: Keys) -> None:
    """Re-hash and re-sign ``entries`` after ``prev`` with the attacker's keys
    (one added signing-key row per actor), then fix the head."""
    for seq, entry in enumerate(entries, start=entries[0].seq):
        entry.seq = seq
        entry.prev_hash = prev
        if entry.actor_id is not None:
            entry.signing_key_id = keys[entry.actor_id][0]
        entry.entry_hash = compute_hash(prev, entry)
        if entry.actor_id is not None:
            entry.signature = crypto.sign(keys[entry.actor_id][1].signing, entry.entry_hash)
        prev = entry.entry_hash
    head = session.get(AuditHead, 1)
    assert head is not None
    head.seq, head.entry_hash = entries[-1].seq, prev


def test_forged_entry_with_an_added_signing_key(
    db_url: str, office: Office, tmp_path: Path
) -> None:
    attacker = crypto.UserSecrets.generate()
    with office.db.write() as session:
        key_id = _add_signing_key(session, 2, attacker)  # "yosef"'s, made by the attacker
        head = session.get(AuditHead, 1)
        forged = AuditEntry(
            seq=head.seq + 1,
            at=utc_now(),
            actor_id=2,
            actor_name="yosef",
            action="identity_viewed",
            case_id=None,
            details=json.dumps({"reason": "dipalsukan"}),
            prev_hash=head.entry_hash,
            signing_key_id=key_id,
        )
        forged.entry_hash = compute_hash(head.entry_hash, forged)
        forged.signature = crypto.sign(attacker.signing, forged.entry_hash)
        session.add(forged)
        head.seq, head.entry_hash = forged.seq, forged.entry_hash
        forged_seq = forged.seq
    # Verifying names it: the key is in signing_keys but in no certificate.
    admin = office.login("admin", ADMIN_PASSWORD)
    alarm = office.audit_alarm()
    assert alarm is not None and alarm["seq"] == forged_seq and alarm["problem"] == "forged"
    assert "yosef" in audit_alarm_message(alarm)
    result = admin.audit.verify()
    assert not result.ok and result.first_bad_seq == forged_seq and result.problem == "forged"
    # A workstation that never saw this database verifies it all on first login.
    fresh = Office.open(db_url, workstation=workstation(tmp_path, "fresh"))
    try:
        fresh.login("admin", ADMIN_PASSWORD)
        assert fresh.audit_alarm() is not None
    finally:
        fresh.close()


def test_identity_viewed_deleted_and_the_rest_resigned(office: Office) -> None:
    seen = office.workstation.seen(office.office_id)
    assert seen is not None
    forger = {uid: crypto.UserSecrets.generate() for uid in (1, 2)}
    with office.db.write() as session:
        keys = {uid: (_add_signing_key(session, uid, s), s) for uid, s in forger.items()}
        viewed = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "identity_viewed")
        ).one()
        rest = list(
            session.scalars(
                select(AuditEntry).where(AuditEntry.seq > viewed.seq).order_by(AuditEntry.seq)
            )
        )
        prev = viewed.prev_hash
        gone = viewed.seq
        rows = [
            {c: getattr(e, c) for c in COLUMNS}
            for e in rest
        ]
        session.execute(delete(AuditEntry).where(AuditEntry.seq >= gone))
        session.flush()
        new = [
            AuditEntry(seq=gone + i, prev_hash=b"", entry_hash=b"", **row)
            for i, row in enumerate(rows)
        ]
        session.add_all(new)
        _rechain(session, new, prev, keys)
    admin = office.login("admin", ADMIN_PASSWORD)
    alarm = office.audit_alarm()
    assert alarm is not None
    # The workstation had seen the old newest entry: it is replaced (or gone).
    assert alarm["problem"] in ("edited", "deleted", "truncated")
    assert office.workstation.seen(office.office_id) == seen  # not moved
    result = admin.audit.verify()
    assert not result.ok and result.problem == "forged" and result.first_bad_seq == gone
    message = audit_alarm_message(alarm)
    assert "acknowledge" in message


def test_cut_tail_then_an_ordinary_login(office: Office) -> None:
    seen = office.workstation.seen(office.office_id)
    assert seen is not None
    with office.db.write() as session:
        session.execute(delete(AuditEntry).where(AuditEntry.seq > seen[0] - 3))
        last = session.get(AuditEntry, seen[0] - 3)
        head = session.get(AuditHead, 1)
        head.seq, head.entry_hash = last.seq, last.entry_hash
    # Before this change the next login moved the remembered head onto the cut chain.
    admin = office.login("admin", ADMIN_PASSWORD)
    officer = office.login("yosef", OFFICER_PASSWORD)
    officer.logout()
    assert office.workstation.seen(office.office_id) == seen
    alarm = office.audit_alarm()
    assert alarm is not None and alarm["problem"] == "truncated"
    assert str(seen[0]) in audit_alarm_message(alarm)
    assert not admin.audit.verify().ok
    # It stays until an administrator acknowledges it (audited) …
    with pytest.raises(Exception) as denied:
        office.login("yosef", OFFICER_PASSWORD).audit.acknowledge_alarm("")
    assert getattr(denied.value, "code", "") == "permission_denied"
    admin.audit.acknowledge_alarm("dilaporkan ke inspektorat")
    assert office.audit_alarm() is None
    entries = admin.audit.entries(action="audit_alarm_acknowledged")
    assert entries and entries[0].details["problem"] == "truncated"
    # … after which the head follows the (now acknowledged) log again.
    assert admin.audit.verify().ok


def test_cli_refuses_to_work_after_a_cut(db_url: str, office: Office) -> None:
    env = {"WBS_PASSWORD": ADMIN_PASSWORD}
    ok = run_cli("--db", db_url, "--user", "admin", "verify-audit", env=env)
    assert ok.returncode == 0, ok.output
    with office.db.write() as session:
        head = session.get(AuditHead, 1)
        session.execute(delete(AuditEntry).where(AuditEntry.seq > head.seq - 2))
        last = session.get(AuditEntry, head.seq - 2)
        head.seq, head.entry_hash = last.seq, last.entry_hash
    broken = run_cli("--db", db_url, "--user", "admin", "user", "list", env=env)
    assert broken.returncode == 1
    assert "AUDIT ALARM" in broken.stderr and "audit-ack" in broken.stderr
    again = run_cli("--db", db_url, "--user", "admin", "user", "list", env=env)
    assert again.returncode == 1  # it stays
    ack = run_cli("--db", db_url, "--user", "admin", "audit-ack", "--note", "diperiksa", env=env)
    assert ack.returncode == 0, ack.output
    assert run_cli("--db", db_url, "--user", "admin", "user", "list", env=env).returncode == 0
