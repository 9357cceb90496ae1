"""``wbs-admin recover``: every administrator password lost, the printed recovery
key makes a new administrator — in a subprocess, on both backends."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select, update

from tests.cli.conftest import CliRunner
from tests.helpers.office import complaint, create_office
from wbs_desktop.services.office import Office
from wbs_desktop.storage.models import AuditEntry, User

NEW_PASSWORD = "Tenun-Ikat-Sabu-Rote-7"


def test_recover_makes_a_new_admin_who_reads_every_case(
    cli: CliRunner, db_url: str, tmp_path: Path
) -> None:
    office, recovery = create_office(db_url, tmp_path)
    try:
        admin = office.login("admin", "Sasando-Lontar-Kepala-2026")
        case = admin.cases.submit(complaint())
        admin.logout()
        # The old administrator forgot the password and is waiting after wrong guesses.
        with office.db.write() as session:
            session.execute(update(User).values(failed_logins=9))
    finally:
        office.close()

    run = cli("recover", "--recovery-key", "--new-admin", "Kepala2", "--full-name",
              "Kepala Kedua", WBS_RECOVERY_KEY=recovery, WBS_NEW_PASSWORD=NEW_PASSWORD)
    assert run.returncode == 0, run.output
    assert "new administrator kepala2" in run.stdout
    assert recovery not in run.output

    office = Office.open(db_url)
    try:
        ws = office.login("kepala2", NEW_PASSWORD)
        assert ws.cases.detail(case.case_id).accused.name == "Drs. Stefanus Lelo"
        assert ws.audit.verify().ok
        with office.db.read() as session:
            used = session.scalars(
                select(AuditEntry.details).where(AuditEntry.action == "recovery_used")
            ).one()
            waiting = session.scalars(select(User.failed_logins)).all()
        assert '"new_admin": "kepala2"' in used and '"delays_cleared": ["admin"]' in used
        assert set(waiting) == {0}
    finally:
        office.close()
    verify = cli("--user", "kepala2", "verify-audit", password=NEW_PASSWORD)
    assert verify.returncode == 0, verify.output


def test_recover_refuses_a_key_on_the_command_line_a_wrong_key_and_a_weak_password(
    cli: CliRunner, db_url: str, tmp_path: Path
) -> None:
    office, recovery = create_office(db_url, tmp_path)
    office.close()
    on_line = cli("recover", "--recovery-key", recovery, "--new-admin", "kepala2",
                  WBS_NEW_PASSWORD=NEW_PASSWORD)
    assert on_line.returncode == 2
    assert "never taken from the command line" in on_line.output
    assert recovery not in on_line.output

    other_office, other_key = create_office(str(tmp_path / "other.sqlite3"), tmp_path)
    other_office.close()
    wrong = cli("recover", "--new-admin", "kepala2", WBS_RECOVERY_KEY=other_key,
                WBS_NEW_PASSWORD=NEW_PASSWORD)
    assert wrong.returncode == 1
    assert "not the recovery key of this office" in wrong.output

    weak = cli("recover", "--new-admin", "kepala2", WBS_RECOVERY_KEY=recovery,
               WBS_NEW_PASSWORD="bkd-ntt-2026")
    assert weak.returncode == 1
    assert "words anyone would try here" in weak.output

    no_key = cli("recover", "--new-admin", "kepala2", WBS_NEW_PASSWORD=NEW_PASSWORD)
    assert no_key.returncode == 1 and "Recovery key" in no_key.output
    office = Office.open(db_url)
    try:
        with office.db.read() as session:
            assert session.scalars(select(User.username)).all() == ["admin"]
    finally:
        office.close()
