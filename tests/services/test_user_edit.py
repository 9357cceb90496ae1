"""An administrator edits a user in one call (the users editor, ``wbs-admin user
edit``): profile, role and active flag, on both backends — each step audited,
a demotion and a deactivation re-key what the user held, a name made the
accused's takes the user off that case, and nothing changes when a step is
refused."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from tests.helpers.office import ADMIN_PASSWORD, OFFICER_PASSWORD, add_user, complaint
from wbs_desktop.domain.roles import Role
from wbs_desktop.services.errors import AccountInactive, ServiceError
from wbs_desktop.services.office import Office
from wbs_desktop.services.workspace import Workspace
from wbs_desktop.storage.models import Case


def _key_versions(office: Office) -> list[int]:
    with office.db.read() as session:
        return list(session.scalars(select(Case.key_version).order_by(Case.id)))


def _actions(admin: Workspace) -> list[str]:
    """The audit log's actions, newest first, without logins and logouts."""
    skip = {"login", "logout", "login_failed"}
    return [e.action for e in admin.audit.entries(limit=100_000) if e.action not in skip]


def test_profile_role_and_active_in_one_edit(office: Office, admin: Workspace) -> None:
    ids = [admin.cases.submit(complaint()).case_id for _ in range(2)]
    second = add_user(admin, "budi", Role.ADMIN, "Budi Santoso")
    before = _key_versions(office)
    info = admin.accounts.update_user(
        second, full_name="Budi Santoso, S.E.", nip="198001012006041001", rank="Penata (III/c)",
        position="Pemeriksa Ahli Pertama", role=Role.OFFICER)
    assert (info.full_name, info.nip, info.rank, info.position, info.role) == (
        "Budi Santoso, S.E.", "198001012006041001", "Penata (III/c)", "Pemeriksa Ahli Pertama",
        Role.OFFICER)
    # the demoted administrator held every case: every one has a new key version
    assert all(a > b for a, b in zip(_key_versions(office), before, strict=True))
    demoted = office.login("budi", ADMIN_PASSWORD)
    assert not demoted.cases.detail(ids[0]).granted
    demoted.logout()
    assert _actions(admin)[0] == "user_edited"

    admin.accounts.update_user(second, active=False)
    assert _actions(admin)[0] == "user_deactivated"
    with pytest.raises(AccountInactive):
        office.login("budi", ADMIN_PASSWORD)
    back = admin.accounts.update_user(second, active=True, role=Role.STAFF)
    assert back.active and back.role == Role.STAFF
    assert _actions(admin)[:2] == ["user_edited", "user_reactivated"]
    office.login("budi", ADMIN_PASSWORD).logout()


def test_a_name_made_the_accused_takes_the_officer_off_the_case(
    office: Office, admin: Workspace
) -> None:
    case = admin.cases.submit(complaint()).case_id
    accused = complaint().accused.name  # "Drs. Stefanus Lelo"
    officer = add_user(admin, "yosef", Role.OFFICER, "Yosef Nahak")
    admin.cases.assign(case, officer)
    assert office.login("yosef", OFFICER_PASSWORD).cases.detail(case).granted
    admin.accounts.update_user(officer, full_name=accused)
    assert not office.login("yosef", OFFICER_PASSWORD).cases.detail(case).granted


def test_refused_edits_change_nothing(office: Office, admin: Workspace) -> None:
    officer = add_user(admin, "yosef", Role.OFFICER, "Yosef Nahak")
    with pytest.raises(ServiceError) as caught:
        admin.accounts.update_user(admin.user.id, full_name="Maria", active=False)
    assert caught.value.code == "cannot_deactivate_self"
    assert admin.accounts.get(admin.user.id).full_name != "Maria"
    with pytest.raises(ServiceError) as caught:
        admin.accounts.update_user(officer, full_name="  ")
    assert caught.value.code == "full_name_required"
    with pytest.raises(ServiceError) as caught:
        admin.accounts.update_user(admin.user.id, role=Role.OFFICER)
    assert caught.value.code in ("cannot_change_own_role", "last_admin")
    assert office.login("admin", ADMIN_PASSWORD).user.role == Role.ADMIN
