"""NUL and other control characters: the same clear answer on both backends (issue 13)."""

from __future__ import annotations

import pytest

from tests.helpers.office import ADMIN_PASSWORD, complaint
from wbs_desktop.domain.roles import Role
from wbs_desktop.services.case_lookup import find_case_id
from wbs_desktop.services.dto import CaseFilter
from wbs_desktop.services.errors import NotFound, ServiceError
from wbs_desktop.services.office import Office
from wbs_desktop.services.workspace import Workspace


def test_nul_in_a_user_name_or_register_number(office: Office, admin: Workspace) -> None:
    with pytest.raises(ServiceError) as err:
        office.login("ad\x00min", ADMIN_PASSWORD)
    assert err.value.code == "bad_username"
    with pytest.raises(ServiceError) as err:
        admin.accounts.add_user("pet\x00rus", "Petrus", Role.OFFICER, "Lontar-Sabu-Rote-2026!")
    assert err.value.code == "bad_username"
    sub = admin.cases.submit(complaint())
    assert find_case_id(admin, sub.register_number) == sub.case_id
    with pytest.raises(NotFound):
        find_case_id(admin, sub.register_number + "\x00")


@pytest.mark.parametrize("needle", ["\x00", "\x1b", "Stefanus\x00", "mutasi\tkupang"])
def test_a_search_for_a_control_character_matches_nothing(admin: Workspace, needle: str) -> None:
    admin.cases.submit(complaint())
    assert admin.cases.search_ids(CaseFilter(text="stefanus")) != []
    assert admin.cases.search_ids(CaseFilter(text=needle)) == []
    assert admin.cases.listing(CaseFilter(text=needle)).ids == []
