"""Certificates (issue 19): every change of a user a client relies on gives a
new certificate, audited; a database made before certificates is certified by
the first administrator login; the root key is pinned per workstation."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import delete, select, update

from tests.helpers.office import (
    ADMIN_PASSWORD,
    OFFICER_PASSWORD,
    add_user,
    complaint,
    workstation,
)
from wbs_desktop.domain.roles import Role
from wbs_desktop.services import certificates
from wbs_desktop.services.office import Office
from wbs_desktop.services.workspace import Workspace
from wbs_desktop.storage.models import Certificate, OfficeKeyGrant
from wbs_desktop.storage.models import Office as OfficeRow


def _serials(office: Office, user_id: int) -> list[int]:
    with office.db.read() as session:
        return list(
            session.scalars(
                select(Certificate.serial)
                .where(Certificate.subject == f"user:{user_id}")
                .order_by(Certificate.serial)
            )
        )


def test_each_change_gives_a_new_certificate(office: Office, admin: Workspace) -> None:
    uid = add_user(admin, "yosef", Role.OFFICER, "Yosef Nahak")
    assert _serials(office, uid) == [1]
    admin.accounts.edit_user(uid, role=Role.ADMIN)  # promote: also holds the root key now
    yosef = office.login("yosef", OFFICER_PASSWORD)
    assert yosef.actor.root_key is not None
    admin.accounts.edit_user(uid, role=Role.OFFICER)  # demote: loses it
    admin.accounts.deactivate(uid)
    admin.accounts.reactivate(uid)
    admin.accounts.reset_password(uid, "Sementara-Baru-2026")
    assert _serials(office, uid) == [1, 2, 3, 4, 5, 6]
    with office.db.read() as session:
        assert office.trust is not None
        cert = office.trust.user_cert(session, uid)
        assert cert.role == Role.OFFICER and cert.active and len(cert.signing_keys) == 2
        root_holders = set(
            session.scalars(
                select(OfficeKeyGrant.holder).where(OfficeKeyGrant.key_name == "root")
            )
        )
    assert root_holders == {"u:1", "recovery"}
    audited = {e.action: e.details for e in reversed(admin.audit.entries())}  # newest wins
    for action in ("user_deactivated", "user_reactivated", "password_reset", "user_added"):
        assert audited[action]["certificate"], action
    assert admin.audit.verify().ok


def test_only_an_administrator_certifies_settings(office: Office, admin: Workspace) -> None:
    admin.settings.put("deadlines", {"reply_days": 10})
    with office.db.read() as session:
        assert office.trust is not None
        certified = office.trust.office_cert(session).settings
    assert "deadlines" in certified
    # A setting written without an administrator's root key cannot be certified.
    uid = add_user(admin, "yosef", Role.OFFICER, "Yosef Nahak")
    del uid
    officer = office.login("yosef", OFFICER_PASSWORD)
    with officer.write() as session, pytest.raises(certificates.NotCertifier):
        from wbs_desktop.services import settings as store

        store.put(session, "deadlines", {"reply_days": 1})


def test_database_made_before_certificates(db_url: str, office: Office, tmp_path: Path) -> None:
    """Strip what this change adds: the first admin login certifies the records
    as they stand (audited); nobody else can log in before that."""
    admin = office.login("admin", ADMIN_PASSWORD)
    uid = add_user(admin, "yosef", Role.OFFICER, "Yosef Nahak")
    admin.cases.submit(complaint())
    admin.logout()
    with office.db.write() as session:
        session.execute(delete(Certificate))
        session.execute(delete(OfficeKeyGrant).where(OfficeKeyGrant.key_name == "root"))
        session.execute(update(OfficeRow).values(root_public=None))
    old = Office.open(db_url, workstation=workstation(tmp_path, "old"))
    try:
        assert old.root_fingerprint is None
        with pytest.raises(certificates.NotCertified):
            old.login("yosef", OFFICER_PASSWORD)
        first = old.login("admin", ADMIN_PASSWORD)
        assert old.root_fingerprint is not None
        assert first.audit.entries(action="certificates_issued")
        assert first.audit.verify().ok  # the old entries' keys were certified too
        yosef = old.login("yosef", OFFICER_PASSWORD)
        assert yosef.user.id == uid
        case = first.cases.submit(complaint())
        first.cases.assign(case.case_id, uid)
        assert yosef.cases.detail(case.case_id).register_number == case.register_number
    finally:
        old.close()
    # The workstation that knew it before certificates pins the new root on next open.
    again = Office.open(db_url, workstation=workstation(tmp_path, "old"))
    try:
        assert again.root_fingerprint == old.root_fingerprint
    finally:
        again.close()
