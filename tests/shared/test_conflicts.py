"""Two workstations, two users, one case: the second save is refused with a
Conflict naming the first user, and nothing of either is lost."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers.office import OFFICER_PASSWORD, add_user, complaint, recent
from tests.shared.helpers import Collector, case_seen, second_office
from wbs_desktop.domain.complaint import AccusedInput
from wbs_desktop.domain.roles import Role
from wbs_desktop.domain.stages import Stage
from wbs_desktop.services.changes import ChangeWatcher
from wbs_desktop.services.errors import Conflict
from wbs_desktop.services.office import Office
from wbs_desktop.services.workspace import Workspace


def test_the_second_save_is_refused_naming_the_first_user(
    office: Office, admin: Workspace, db_url: str, tmp_path: Path
) -> None:
    officer_id = add_user(admin, "pemeriksa", Role.OFFICER, "Yosef Ndolu")
    case = admin.cases.submit(complaint(received_at=recent())).case_id
    admin.cases.assign(case, officer_id)
    admin.cases.transition(case, Stage.VERIFICATION)

    other = second_office(db_url, tmp_path)
    seen = Collector()
    try:
        officer = other.login("pemeriksa", OFFICER_PASSWORD)
        with ChangeWatcher(other.db, seen):
            # Both open the case (their forms show this version).
            admin_view = admin.cases.detail(case)
            officer_view = officer.cases.detail(case)
            assert admin_view.version == officer_view.version

            admin_input = AccusedInput(
                name="Drs. Stefanus Lelo, M.Si.",
                nip="197805122005011003",
                position="Kepala Seksi Mutasi",
                unit="Bidang Mutasi dan Promosi",
            )
            officer_input = AccusedInput(
                name="Drs. Stefanus Lelo",
                nip="197805122005011003",
                position="Kepala Bidang Mutasi",
                unit="Bidang Mutasi dan Promosi",
            )
            # The admin saves first.
            admin.procedure.update_accused(case, admin_input, expected_version=admin_view.version)
            # The officer's workstation hears of it (its detail pane would refresh)…
            seen.wait_for(case_seen(case, "accused_updated"), timeout=1.0)
            # …and the officer's save, based on the old version, is refused.
            with pytest.raises(Conflict) as caught:
                officer.procedure.update_accused(
                    case, officer_input, expected_version=officer_view.version
                )
            assert caught.value.code == "conflict"
            assert caught.value.changed_by == "Maria Goreti Bria"
            assert "Maria Goreti Bria" in str(caught.value)
            assert caught.value.changed_at is not None
            # A transition on the stale version is refused the same way.
            with pytest.raises(Conflict):
                officer.cases.transition(
                    case, Stage.INVESTIGATION, expected_version=officer_view.version
                )

            # Nothing of the first save was lost or half-overwritten.
            fresh = officer.cases.detail(case)
            assert fresh.accused is not None
            assert fresh.accused.name == admin_input.name
            assert fresh.accused.position == admin_input.position
            assert fresh.stage == Stage.VERIFICATION
            assert fresh.version == admin_view.version + 1

            # The officer still has their input; saving it on the new version works.
            officer.procedure.update_accused(case, officer_input, expected_version=fresh.version)
            final = admin.cases.detail(case)
            assert final.accused is not None
            assert final.accused.position == officer_input.position
            kinds = [e.kind for e in final.timeline]
            assert kinds.count("accused_updated") == 2  # both saves are in the timeline
            actions = [
                (e.actor, e.action)
                for e in admin.audit.entries(limit=50, case_id=case)
                if e.action == "accused_updated"
            ]
            assert actions == [("pemeriksa", "accused_updated"), ("admin", "accused_updated")]
            assert admin.audit.verify().ok
    finally:
        other.close()


def test_two_officers_moving_one_case_at_once(
    office: Office, admin: Workspace, db_url: str, tmp_path: Path
) -> None:
    """Both based on the same version: exactly one transition wins."""
    case = admin.cases.submit(complaint(received_at=recent())).case_id
    other = second_office(db_url, tmp_path)
    try:
        admin2 = other.login("admin", "Sasando-Lontar-Kepala-2026")
        version = admin.cases.detail(case).version
        admin.cases.transition(case, Stage.VERIFICATION, expected_version=version)
        with pytest.raises(Conflict):
            admin2.cases.transition(case, Stage.CLOSED, "duplikat", expected_version=version)
        assert admin2.cases.detail(case).stage == Stage.VERIFICATION
    finally:
        other.close()
