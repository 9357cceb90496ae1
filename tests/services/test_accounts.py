"""Setup, login, lock-out, passwords, resets and recovery — on both backends."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import update

from tests.helpers.office import (
    ADMIN_PASSWORD,
    OFFICER_PASSWORD,
    add_user,
    complaint,
    create_office,
    workstation,
)
from wbs_desktop.domain.roles import Role
from wbs_desktop.services.errors import (
    AccountInactive,
    AccountLocked,
    NotInitialized,
    PasswordPolicyError,
    ServiceError,
    WrongCredentials,
)
from wbs_desktop.services.office import FREE_ATTEMPTS, Office, login_delay
from wbs_desktop.services.workspace import Workspace
from wbs_desktop.storage.models import User


def test_setup_returns_the_recovery_key_once_and_never_stores_it(
    db_url: str, tmp_path: Path
) -> None:
    office, recovery = create_office(db_url, tmp_path)
    try:
        assert recovery.startswith("WBSR-")
        with office.db.engine.connect() as conn:
            raw = b"".join(
                bytes(v) if isinstance(v, (bytes, memoryview)) else str(v).encode()
                for table in ("office", "office_key_grants", "users", "settings")
                for row in conn.exec_driver_sql(f"SELECT * FROM {table}")
                for v in row
                if v is not None
            )
        assert recovery.encode() not in raw
        assert recovery.replace("-", "").encode() not in raw
        with pytest.raises(ServiceError):
            office._create("second", "Another Admin", ADMIN_PASSWORD, None)
    finally:
        office.close()


def test_opening_an_empty_database_says_it_is_not_set_up(db_url: str) -> None:
    with pytest.raises(NotInitialized):
        Office.open(db_url)


def test_login_wrong_then_right(office: Office) -> None:
    with pytest.raises(WrongCredentials):
        office.login("admin", "not-the-password")
    with pytest.raises(WrongCredentials):
        office.login("nobody", ADMIN_PASSWORD)
    ws = office.login("ADMIN ", ADMIN_PASSWORD)
    assert ws.user.username == "admin" and ws.user.role == Role.ADMIN


def test_wrong_passwords_slow_the_account_down_across_instances(
    db_url: str, office: Office, tmp_path: Path
) -> None:
    other = Office.open(db_url, workstation=workstation(tmp_path, "ws2"))
    try:
        for i in range(FREE_ATTEMPTS - 1):
            with pytest.raises(WrongCredentials):
                (office if i % 2 else other).login("admin", "wrong-password-x")
        with pytest.raises(AccountLocked) as first:
            office.login("admin", "wrong-password-x")
        # The right password does not help while the account waits, on any workstation.
        with pytest.raises(AccountLocked):
            other.login("admin", ADMIN_PASSWORD)
        # Let the delay pass; the next wrong password makes it wait longer.
        with office.db.write() as session:
            session.execute(update(User).values(locked_until=None))
        with pytest.raises(AccountLocked) as second:
            other.login("admin", "wrong-password-y")
        assert login_delay(FREE_ATTEMPTS + 1) > login_delay(FREE_ATTEMPTS)
        assert second.value.until > first.value.until
        with office.db.write() as session:
            session.execute(update(User).values(locked_until=None))
        ws = office.login("admin", ADMIN_PASSWORD)
        assert ws.audit.verify().ok
    finally:
        other.close()


def test_password_policy(admin: Workspace) -> None:
    for bad, reason in [
        ("short1!", "too_short"),
        ("siti.rahma", "same_as_username"),
        ("password123", "too_common"),
        ("indonesia2026", "too_common"),
    ]:
        with pytest.raises(PasswordPolicyError) as err:
            admin.accounts.add_user("siti.rahma", "Siti Rahma", Role.STAFF, bad)
        assert err.value.reason == reason, bad


def test_add_edit_deactivate_users(office: Office, admin: Workspace) -> None:
    officer_id = add_user(admin, "yosef", Role.OFFICER, "Yosef Nahak", nip="198001012006041001")
    users = {u.username: u for u in admin.accounts.list_users()}
    assert users["yosef"].role == Role.OFFICER and users["yosef"].nip == "198001012006041001"
    admin.accounts.edit_user(officer_id, position="Pemeriksa Ahli Muda")
    assert admin.accounts.get(officer_id).position == "Pemeriksa Ahli Muda"
    with pytest.raises(ServiceError):
        add_user(admin, "yosef", Role.STAFF)
    officer = office.login("yosef", OFFICER_PASSWORD)
    officer.logout()
    admin.accounts.deactivate(officer_id)
    with pytest.raises(AccountInactive):
        office.login("yosef", OFFICER_PASSWORD)
    with pytest.raises(ServiceError):
        admin.accounts.deactivate(admin.user.id)


def test_change_password_rewraps_the_same_keys(office: Office, admin: Workspace) -> None:
    case = admin.cases.submit(complaint())
    admin.accounts.change_password(ADMIN_PASSWORD, "Kupang-Baru-Sekali-2027")
    with pytest.raises(WrongCredentials):
        office.login("admin", ADMIN_PASSWORD)
    again = office.login("admin", "Kupang-Baru-Sekali-2027")
    assert again.cases.detail(case.case_id).accused.name == "Drs. Stefanus Lelo"
    with pytest.raises(WrongCredentials):
        again.accounts.change_password("wrong-old-password", "Another-Good-One-99")


def test_admin_reset_gives_new_keys_and_regrants(office: Office, admin: Workspace) -> None:
    officer_id = add_user(admin, "yosef", Role.OFFICER, "Yosef Nahak")
    case = admin.cases.submit(complaint())
    admin.cases.assign(case.case_id, officer_id)
    admin.accounts.reset_password(officer_id, "Sementara-Saja-2026")
    with pytest.raises(WrongCredentials):
        office.login("yosef", OFFICER_PASSWORD)
    officer = office.login("yosef", "Sementara-Saja-2026")
    assert officer.user.must_change_password
    assert officer.cases.detail(case.case_id).granted
    officer.accounts.change_password("Sementara-Saja-2026", "Yosef-Punya-Sendiri-1")
    assert not officer.user.must_change_password
    assert admin.audit.verify().ok


def test_recovery_key_makes_a_new_admin_who_reads_every_case(db_url: str, tmp_path: Path) -> None:
    office, recovery = create_office(db_url, tmp_path)
    try:
        admin = office.login("admin", ADMIN_PASSWORD)
        ids = [admin.cases.submit(complaint()).case_id for _ in range(3)]
        admin.logout()
        with pytest.raises(WrongCredentials):
            office.recover(
                recovery[:-1] + ("A" if recovery[-1] != "A" else "B"),
                admin_username="pemulihan",
                admin_full_name="Admin Pemulihan",
                password="Pulihkan-Kantor-2026",
            )
        info = office.recover(
            recovery,
            admin_username="pemulihan",
            admin_full_name="Admin Pemulihan",
            password="Pulihkan-Kantor-2026",
        )
        assert info.role == Role.ADMIN
        new_admin = office.login("pemulihan", "Pulihkan-Kantor-2026")
        for case_id in ids:
            detail = new_admin.cases.detail(case_id)
            assert detail.granted and detail.accused.name == "Drs. Stefanus Lelo"
        assert (
            new_admin.cases.reveal_identity(ids[0], "verifikasi pemulihan").name == "Yohanes Mbete"
        )
        assert new_admin.audit.verify().ok
    finally:
        office.close()


def test_promoting_to_admin_grants_every_case(office: Office, admin: Workspace) -> None:
    ids = [admin.cases.submit(complaint()).case_id for _ in range(3)]
    officer_id = add_user(admin, "yosef", Role.OFFICER, "Yosef Nahak")
    officer = office.login("yosef", OFFICER_PASSWORD)
    assert not officer.cases.detail(ids[0]).granted
    seen: list[tuple[int, int]] = []
    admin.accounts.edit_user(
        officer_id, role=Role.ADMIN, progress=lambda d, t: seen.append((d, t)) or True
    )
    assert seen and seen[-1] == (3, 3)
    promoted = office.login("yosef", OFFICER_PASSWORD)
    assert all(promoted.cases.detail(i).granted for i in ids)
    # Demoted again: the grants go.
    admin.accounts.edit_user(officer_id, role=Role.OFFICER)
    demoted = office.login("yosef", OFFICER_PASSWORD)
    assert not demoted.cases.detail(ids[0]).granted
