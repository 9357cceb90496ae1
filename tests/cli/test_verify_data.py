"""``wbs-admin verify-data`` lists the cases whose stored data fails its check."""

from __future__ import annotations

import json

from sqlalchemy import update

from tests.cli.conftest import CliRunner
from tests.helpers.office import ADMIN_PASSWORD, complaint
from wbs_desktop.services.office import Office
from wbs_desktop.storage.models import Case


def test_verify_data_lists_the_damaged_case(cli: CliRunner, office: Office) -> None:
    ws = office.login("admin", ADMIN_PASSWORD)
    good = ws.cases.submit(complaint())
    bad = ws.cases.submit(complaint())
    ws.logout()
    run = cli("--user", "admin", "verify-data", password=ADMIN_PASSWORD)
    assert run.returncode == 0, run.output
    assert "2 case(s) checked, 0 damaged" in run.stdout
    with office.db.write() as session:
        row = session.get(Case, bad.case_id)
        broken = bytearray(row.content_ct)
        broken[20] ^= 0xFF
        session.execute(update(Case).where(Case.id == bad.case_id)
                        .values(content_ct=bytes(broken)))
    run = cli("--user", "admin", "--json", "verify-data", password=ADMIN_PASSWORD)
    assert run.returncode == 1, run.output
    data = json.loads(run.stdout)
    assert data["checked"] == 2 and data["not_checked"] == 0
    assert data["damaged"] == [{"register": bad.register_number, "case_id": bad.case_id,
                                "columns": ["content_ct"]}]
    assert good.register_number not in run.stdout
