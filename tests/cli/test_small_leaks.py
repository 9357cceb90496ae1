"""Small leaks (issue 13): JSON says null for what a user without a key cannot know."""

from __future__ import annotations

import json

from tests.cli.conftest import CliRunner
from tests.helpers.office import ADMIN_PASSWORD, complaint
from wbs_desktop.domain.roles import Role
from wbs_desktop.services.office import Office

OFFICER_PASSWORD = "Lontar-Sabu-Rote-2026!"


def test_show_json_without_a_grant_gives_null(cli: CliRunner, office: Office) -> None:
    ws = office.login("admin", ADMIN_PASSWORD)
    sub = ws.cases.submit(complaint())
    ws.accounts.add_user("petrus", "Petrus Officer", Role.OFFICER, OFFICER_PASSWORD)
    ws.logout()
    run = cli("--user", "petrus", "--json", "show", sub.register_number,
              password=OFFICER_PASSWORD)
    assert run.returncode == 0, run.output
    data = json.loads(run.stdout)
    assert data["granted"] is False
    for key in ("material_loss", "chronology", "location", "loss_estimate", "accused",
                "evidence_links", "incident_date"):
        assert key in data and data[key] is None, (key, data.get(key))
    assert data["register_number"] == sub.register_number  # metadata stays
    run = cli("--user", "admin", "--json", "show", sub.register_number, password=ADMIN_PASSWORD)
    granted = json.loads(run.stdout)
    assert granted["material_loss"] is True and granted["chronology"]
