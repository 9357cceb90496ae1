"""Attack 1 (issue 19): a colleague with the database open in sqlite3 or psql
rewrites the office record or a user's role so that new cases are sealed to
him. Each ends in refusal, with the message the user sees, and no key sealed
to the attacker. Both backends, the project's own code."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from tests.helpers.office import (
    ADMIN_PASSWORD,
    OFFICER_PASSWORD,
    STAFF_PASSWORD,
    add_user,
    complaint,
    create_office,
    workstation,
)
from wbs_desktop.domain.roles import Role
from wbs_desktop.gui.messages import service_error_message
from wbs_desktop.services.certificates import CertificateInvalid, RootChanged
from wbs_desktop.services.office import Office
from wbs_desktop.storage import crypto
from wbs_desktop.storage.models import Case, CaseKeyGrant


@pytest.fixture
def office(db_url: str, tmp_path: Path) -> Iterator[Office]:
    office, _ = create_office(db_url, tmp_path)
    admin = office.login("admin", ADMIN_PASSWORD)
    add_user(admin, "mallory", Role.OFFICER, "Markus Lado")
    add_user(admin, "desk", Role.STAFF, "Dewi Sogen")
    admin.logout()
    try:
        yield office
    finally:
        office.close()


def _sql(office: Office, statement: str, **params: object) -> None:
    """What the insider types into sqlite3 / psql (outside the app)."""
    with office.db.engine.begin() as conn:
        conn.execute(text(statement), params)


def _cases(office: Office) -> int:
    with office.db.read() as session:
        return int(session.scalar(select(func.count()).select_from(Case)) or 0)


def test_recovery_key_swapped_in_the_office_row(office: Office) -> None:
    attacker = crypto.UserSecrets.generate()
    _sql(office, "UPDATE office SET recovery_public = :k", k=attacker.exchange_public)
    desk = office.login("desk", STAFF_PASSWORD)
    with pytest.raises(CertificateInvalid) as caught:
        desk.cases.submit(complaint())
    assert caught.value.record == "office"
    assert "recovery key" in str(caught.value)
    message = service_error_message(caught.value)
    assert "office record" in message and "no key was shared" in message
    assert _cases(office) == 0  # nothing submitted, nothing sealed to the attacker


def test_officer_makes_himself_admin(office: Office) -> None:
    _sql(office, "UPDATE users SET role = 'admin' WHERE username = 'mallory'")
    # The staff member's next submission refuses to seal to an uncertified admin …
    desk = office.login("desk", STAFF_PASSWORD)
    with pytest.raises(CertificateInvalid) as caught:
        desk.cases.submit(complaint())
    assert caught.value.record == "mallory"
    assert "mallory" in service_error_message(caught.value)
    assert _cases(office) == 0
    with office.db.read() as session:
        mallory_grants = session.scalar(
            select(func.count())
            .select_from(CaseKeyGrant)
            .where(CaseKeyGrant.holder.in_(["u:2"]))
        )
    assert mallory_grants == 0
    # … and his own login is refused: the role read from the database is not trusted.
    with pytest.raises(CertificateInvalid):
        office.login("mallory", OFFICER_PASSWORD)


def test_setting_rewritten_is_refused(office: Office) -> None:
    admin = office.login("admin", ADMIN_PASSWORD)
    admin.settings.put("numbering.register", "WBS/{seq:04d}/{year}")
    assert admin.settings.get("numbering.register") == "WBS/{seq:04d}/{year}"
    _sql(
        office,
        "UPDATE settings SET value = :v WHERE key = 'numbering.register'",
        v='"PALSU/{seq:04d}/{year}"',
    )
    with pytest.raises(CertificateInvalid) as caught:
        admin.settings.get("numbering.register")
    assert caught.value.record == "office"
    with pytest.raises(CertificateInvalid):
        admin.cases.submit(complaint())  # the register number pattern is legal output
    assert _cases(office) == 0


def test_root_key_replaced_is_refused(db_url: str, office: Office, tmp_path: Path) -> None:
    """The insider replaces the whole trust anchor: this workstation pinned the old one."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    fake = Ed25519PrivateKey.generate().public_key().public_bytes_raw()
    _sql(office, "UPDATE office SET root_public = :k", k=fake)
    with pytest.raises(RootChanged) as caught:
        Office.open(db_url, workstation=workstation(tmp_path))
    assert caught.value.pinned == office.root_fingerprint
    assert "root key" in service_error_message(caught.value)


def test_a_good_office_still_works(office: Office) -> None:
    """The same steps without tampering: submission and assignment succeed."""
    desk = office.login("desk", STAFF_PASSWORD)
    case = desk.cases.submit(complaint())
    admin = office.login("admin", ADMIN_PASSWORD)
    admin.cases.assign(case.case_id, 2)
    mallory = office.login("mallory", OFFICER_PASSWORD)
    assert mallory.cases.detail(case.case_id).register_number == case.register_number


def test_cli_prints_the_fingerprint_and_refuses_a_changed_root(db_url: str, office: Office) -> None:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from tests.cli.conftest import run_cli

    first = run_cli("--db", db_url, "fingerprint")  # this workstation pins it now
    assert first.returncode == 0, first.output
    assert first.stdout.strip() == office.root_fingerprint
    fake = Ed25519PrivateKey.generate().public_key().public_bytes_raw()
    _sql(office, "UPDATE office SET root_public = :k", k=fake)
    refused = run_cli("--db", db_url, "fingerprint")
    assert refused.returncode == 1
    assert "root key of this database changed" in refused.stderr
    assert str(office.root_fingerprint) in refused.stderr
