"""The audit chain: every write is there, signed; tampering is named."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import delete, select, update

from tests.helpers.office import ADMIN_PASSWORD, OFFICER_PASSWORD, add_user, complaint, workstation
from wbs_desktop.domain.roles import Role
from wbs_desktop.services.office import Office
from wbs_desktop.services.workspace import Workspace
from wbs_desktop.storage import crypto
from wbs_desktop.storage.models import AuditEntry, AuditHead, SigningKey


def _busy(office: Office, admin: Workspace) -> None:
    officer_id = add_user(admin, "yosef", Role.OFFICER, "Yosef Nahak")
    case = admin.cases.submit(complaint())
    admin.cases.assign(case.case_id, officer_id)
    try:
        office.login("yosef", "wrong-password-1")
    except Exception:
        pass
    officer = office.login("yosef", OFFICER_PASSWORD)
    officer.cases.reveal_identity(case.case_id, "menghubungi pelapor")


def test_every_write_is_logged_and_signed(office: Office, admin: Workspace) -> None:
    _busy(office, admin)
    actions = [e.action for e in reversed(admin.audit.entries())]
    assert actions == [
        "office_created",
        "user_added",
        "login",
        "user_added",
        "case_submitted",
        "case_assigned",
        "login_failed",
        "login",
        "identity_viewed",
    ]
    result = admin.audit.verify()
    assert result.ok and result.checked == 9
    with office.db.read() as session:
        signed = session.scalars(select(AuditEntry).where(AuditEntry.signature.is_not(None))).all()
    assert len(signed) == 8  # all but the failed login


def _verify(office: Office) -> object:
    return office.login("admin", ADMIN_PASSWORD).audit.verify()


def test_deleted_entry_is_named(office: Office, admin: Workspace) -> None:
    _busy(office, admin)
    with office.db.write() as session:
        session.execute(delete(AuditEntry).where(AuditEntry.seq == 5))
    result = admin.audit.verify()
    assert not result.ok and result.first_bad_seq == 5 and result.problem == "deleted"


def test_edited_entry_is_named(office: Office, admin: Workspace) -> None:
    _busy(office, admin)
    with office.db.write() as session:
        session.execute(
            update(AuditEntry).where(AuditEntry.seq == 9).values(details='{"reason": "lain"}')
        )
    result = admin.audit.verify()
    assert not result.ok and result.first_bad_seq == 9 and result.problem == "edited"


def test_swapped_entries_are_named(office: Office, admin: Workspace) -> None:
    _busy(office, admin)
    with office.db.write() as session:
        a, b = (session.get(AuditEntry, s) for s in (4, 5))
        assert a is not None and b is not None
        fields = (
            "at",
            "actor_id",
            "actor_name",
            "action",
            "case_id",
            "details",
            "prev_hash",
            "entry_hash",
            "signing_key_id",
            "signature",
        )
        va = {f: getattr(a, f) for f in fields}
        vb = {f: getattr(b, f) for f in fields}
        for f in fields:
            setattr(a, f, vb[f])
            setattr(b, f, va[f])
    result = admin.audit.verify()
    assert not result.ok and result.first_bad_seq == 4
    assert result.problem in ("reordered", "edited")


def test_forged_entry_is_named(office: Office, admin: Workspace) -> None:
    """Someone with database access rewrites an entry and re-chains everything
    after it — but cannot sign in the admin's name."""
    _busy(office, admin)
    forger = crypto.UserSecrets.generate()
    with office.db.write() as session:
        from wbs_desktop.services.audit import compute_hash

        entries = session.scalars(select(AuditEntry).order_by(AuditEntry.seq)).all()
        prev = entries[4].prev_hash
        for entry in entries[4:]:
            if entry.seq == 5:
                entry.details = '{"channel": "paper", "register": "PALSU"}'
            entry.prev_hash = prev
            entry.entry_hash = compute_hash(prev, entry)
            if entry.signature is not None:
                entry.signature = crypto.sign(forger.signing, entry.entry_hash)
            prev = entry.entry_hash
        head = session.get(AuditHead, 1)
        assert head is not None
        head.entry_hash = prev
    result = admin.audit.verify()
    assert not result.ok and result.first_bad_seq == 5 and result.problem == "forged"


def test_forger_cannot_use_a_key_of_their_own(office: Office, admin: Workspace) -> None:
    _busy(office, admin)
    forger = crypto.UserSecrets.generate()
    with office.db.write() as session:
        officer_key = session.scalars(select(SigningKey).where(SigningKey.user_id != 1)).first()
        assert officer_key is not None
        entry = session.get(AuditEntry, 5)  # the admin's case_submitted
        assert entry is not None
        # Claim it was signed with the officer's key id, signed by an unknown key.
        entry.signing_key_id = officer_key.id
    result = admin.audit.verify()
    assert not result.ok and result.first_bad_seq == 5
    del forger


def test_cut_off_tail_is_noticed(
    db_url: str, office: Office, admin: Workspace, tmp_path: Path
) -> None:
    _busy(office, admin)
    assert admin.audit.verify().ok  # this workstation has now seen entry 9
    with office.db.write() as session:
        session.execute(delete(AuditEntry).where(AuditEntry.seq >= 8))
        head = session.get(AuditHead, 1)
        prev = session.get(AuditEntry, 7)
        assert head is not None and prev is not None
        head.seq, head.entry_hash = 7, prev.entry_hash
    result = admin.audit.verify()
    assert not result.ok and result.problem == "truncated" and "has seen entry" in result.message
    # A workstation that never saw the tail cannot tell — which is why each remembers.
    fresh = Office.open(db_url, workstation=workstation(tmp_path, "new-ws"))
    try:
        assert fresh.login("admin", ADMIN_PASSWORD).audit.verify().ok
    finally:
        fresh.close()
