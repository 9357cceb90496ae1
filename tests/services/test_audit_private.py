"""No plaintext in the audit log: typed reasons, file names and the names typed at
a failed login are stored sealed (or not at all); administrators and the case's
grantees read them; verify-audit still checks every entry — on both backends."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select, update

from tests.helpers.office import add_user, complaint
from wbs_desktop.domain.roles import Role
from wbs_desktop.services.errors import WrongCredentials
from wbs_desktop.services.office import Office
from wbs_desktop.services.workspace import Workspace
from wbs_desktop.storage.models import AuditEntry

REASON = "Klarifikasi-Rahasia-Pelapor-8812"
LETTER_FILE = "/home/petugas/Surat/Tanda_Terima_Drs_Stefanus_Lelo_8812.pdf"
TYPED_AS_NAME = "Sasando-Kata-Sandi-8812"


def _everything_stored(office: Office, db_url: str) -> bytes:
    """Every table's rows as text, and for SQLite the file (and its journal) too."""
    raw = b""
    with office.db.engine.connect() as conn:
        tables = [
            "audit_log", "users", "cases", "letters", "settings", "case_events",
        ]
        for table in tables:
            try:
                rows = conn.exec_driver_sql(f"SELECT * FROM {table}").all()
            except Exception:  # a table another version names differently
                conn.rollback()
                continue
            for row in rows:
                for value in row:
                    if isinstance(value, bytes | memoryview):
                        raw += bytes(value)
                    elif value is not None:
                        raw += str(value).encode()
    if not db_url.startswith("postgresql"):
        for path in Path(db_url).parent.glob(Path(db_url).name + "*"):
            raw += path.read_bytes()
    return raw.lower()


def test_typed_text_is_sealed_and_read_back_by_those_entitled(
    db_url: str, office: Office, admin: Workspace
) -> None:
    officer_id = add_user(admin, "yosef", Role.OFFICER, "Yosef Nahak")
    add_user(admin, "paulus", Role.OFFICER, "Paulus Bere")
    result, _pdf = admin.letters.submit_with_receipt(complaint())
    admin.cases.assign(result.case_id, officer_id)
    officer = office.login("yosef", "Kerbau-Merah-Lompat-2026")
    officer.cases.reveal_identity(result.case_id, REASON)
    assert result.receipt_letter_id is not None
    admin.letters.record_print(result.receipt_letter_id, exported_to=LETTER_FILE)
    with pytest.raises(WrongCredentials):
        office.login(TYPED_AS_NAME, "whatever-was-typed")

    # The administrator reads the reason and the file name (opened on reading).
    entries = {e.action: e for e in admin.audit.entries()}
    assert entries["identity_viewed"].details["reason"] == REASON
    assert entries["letter_exported"].details["file"] == LETTER_FILE
    assert entries["login_failed"].details == {"unknown_user": True}
    assert admin.audit.verify().ok

    # At rest: none of it, in any table or in the database file.
    admin.logout()
    officer.logout()
    stored = _everything_stored(office, db_url)
    for typed in (REASON, LETTER_FILE, "stefanus_lelo", TYPED_AS_NAME):
        assert typed.lower().encode() not in stored, typed
    with office.db.read() as session:
        details = json.loads(
            session.scalars(
                select(AuditEntry.details).where(AuditEntry.action == "identity_viewed")
            ).one()
        )
    assert set(details) == {"register", "sealed"}
    assert set(details["sealed"]["to"]) == {"1", str(officer_id)}  # the admin and the grantee


def test_a_grantee_reads_it_an_outsider_does_not(office: Office, admin: Workspace) -> None:
    officer_id = add_user(admin, "yosef", Role.OFFICER, "Yosef Nahak")
    other_id = add_user(admin, "paulus", Role.OFFICER, "Paulus Bere")
    result = admin.cases.submit(complaint())
    admin.cases.assign(result.case_id, officer_id)
    office.login("yosef", "Kerbau-Merah-Lompat-2026").cases.reveal_identity(result.case_id, REASON)
    # A second administrator made later is no recipient of that entry.
    admin.accounts.edit_user(other_id, role=Role.ADMIN)
    later = office.login("paulus", "Kerbau-Merah-Lompat-2026")
    viewed = next(e for e in later.audit.entries() if e.action == "identity_viewed")
    assert viewed.details == {"register": result.register_number, "sealed": "not for you"}
    assert next(e for e in admin.audit.entries() if e.action == "identity_viewed").details[
        "reason"
    ] == REASON


def test_the_signature_covers_the_sealed_text(office: Office, admin: Workspace) -> None:
    officer_id = add_user(admin, "yosef", Role.OFFICER, "Yosef Nahak")
    result = admin.cases.submit(complaint())
    admin.cases.assign(result.case_id, officer_id)
    office.login("yosef", "Kerbau-Merah-Lompat-2026").cases.reveal_identity(result.case_id, REASON)
    with office.db.read() as session:
        seq, text = session.execute(
            select(AuditEntry.seq, AuditEntry.details).where(
                AuditEntry.action == "identity_viewed"
            )
        ).one()
    details = json.loads(text)
    ct = details["sealed"]["ct"]
    details["sealed"]["ct"] = ct[:-6] + ("AAAAAA" if ct[-6:] != "AAAAAA" else "BBBBBB")
    with office.db.write() as session:
        session.execute(
            update(AuditEntry).where(AuditEntry.seq == seq).values(details=json.dumps(details))
        )
    result_check = admin.audit.verify()
    assert not result_check.ok and result_check.first_bad_seq == seq
