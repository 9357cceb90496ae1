"""Attack 3: the accused officer probes the index for his own name and NIP.

He holds the database and his own password. He unwraps every office key he
holds (only the tracking key now), computes the digest of his NIP and name
under it, and looks them up in ``case_index``; he also tries to open the people
index key's grants with his own key pair. Nothing matches and nothing opens:
he cannot tell whether he has been reported. Staff likewise. Meanwhile the
administrators' client indexes the case and related reports work for them.
On SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from tests.attacks.helpers_rekey import insider_unlocker
from tests.helpers.office import ADMIN_PASSWORD, PASSWORDS, add_user, complaint
from wbs_desktop.domain.roles import Role
from wbs_desktop.domain.text import normalize_nip, normalize_person_name
from wbs_desktop.gui.messages import service_error_message
from wbs_desktop.services import intake, people_index
from wbs_desktop.services.certificates import ROOT_KEY
from wbs_desktop.services.dto import CaseFilter
from wbs_desktop.services.errors import NoGrant
from wbs_desktop.services.office import Office
from wbs_desktop.services.workspace import Workspace
from wbs_desktop.storage import crypto
from wbs_desktop.storage import keys as keystore
from wbs_desktop.storage.models import CaseIndex, CaseIndexPending, OfficeKeyGrant

STEFANUS_NIP = "197805122005011003"  # the accused of tests.helpers.office.complaint()


def _office_keys_of(office: Office, username: str, role: Role) -> dict[str, bytes]:
    """Every office key the insider can open from the grant table, by name."""
    unlocker = insider_unlocker(office, username, role)
    opened: dict[str, bytes] = {}
    with office.db.read() as session:
        for grant in session.scalars(select(OfficeKeyGrant)):
            try:
                opened[grant.key_name] = unlocker.open_office_grant(grant)
            except crypto.CryptoError:
                continue
    return opened


def _hits(office: Office, key: bytes) -> int:
    probes = [
        ("accused_nip", normalize_nip(STEFANUS_NIP)),
        ("accused_name", normalize_person_name("Stefanus Lelo")),
    ]
    with office.db.read() as session:
        return sum(
            int(
                session.scalar(
                    select(func.count())
                    .select_from(CaseIndex)
                    .where(
                        CaseIndex.kind == kind,
                        CaseIndex.digest == crypto.index_digest(key, kind, value),
                    )
                )
                or 0
            )
            for kind, value in probes
        )


def test_accused_officer_cannot_find_out_he_was_reported(office: Office, admin: Workspace) -> None:
    add_user(admin, "stefanus", Role.OFFICER, "Stefanus Lelo", nip=STEFANUS_NIP)
    add_user(admin, "petugas", Role.STAFF, "Ana Petugas")
    staff = office.login("petugas", PASSWORDS[Role.STAFF])
    submitted = staff.cases.submit(complaint())  # staff: no people key, the case is queued
    other = staff.cases.submit(complaint(accused={"name": "Paulus Bere", "nip": ""}))
    with office.db.read() as session:
        assert session.scalar(select(func.count()).select_from(CaseIndexPending)) == 2
    # The administrator's client computes the index (the window does it after login).
    assert people_index.pending_count(admin) == 2
    assert people_index.compute_pending(admin) == 2
    assert people_index.pending_count(admin) == 0
    # The index works for the administrator: a second report on the same person is related.
    third = staff.cases.submit(complaint(accused={"name": "Drs. Stefanus Lelo, M.Si."}))
    people_index.compute_pending(admin)
    related = admin.cases.related(third.case_id)
    assert [r.register_number for r in related] == [submitted.register_number]
    assert related[0].matched_on == "nip"
    assert admin.cases.detail(other.case_id).related == ()
    with office.db.read() as session:
        assert session.scalar(select(func.count()).select_from(CaseIndex)) >= 6

    # The accused officer, with the database and his password: only the tracking key.
    for username, role in (("stefanus", Role.OFFICER), ("petugas", Role.STAFF)):
        keys = _office_keys_of(office, username, role)
        assert set(keys) == {keystore.TRACKING_KEY}, username
        assert _hits(office, keys[keystore.TRACKING_KEY]) == 0
    # The administrator's people key finds the case (the probe itself is sound).
    assert admin.actor.index_key is not None and _hits(office, admin.actor.index_key) == 4

    # Through the app: his search finds nothing he cannot read, and a probe is refused.
    accused = office.login("stefanus", PASSWORDS[Role.OFFICER])
    assert accused.cases.search_ids(CaseFilter(text="Stefanus")) == []
    assert accused.cases.search_ids(CaseFilter(text=STEFANUS_NIP)) == []
    with pytest.raises(NoGrant) as refused:
        intake.lookup_digest(accused.actor, "accused_nip", STEFANUS_NIP)
    assert "has not been shared with you" in service_error_message(refused.value)
    assert not accused.cases.detail(submitted.case_id).granted
    # The front desk's tracking look-up still works for staff (its own key).
    assert staff.cases.lookup_tracking(submitted.tracking_code).stage.value == "received"


def test_demoted_admin_loses_the_people_key(office: Office, admin: Workspace) -> None:
    wakil = add_user(admin, "wakil", Role.ADMIN, "Agustinus Seran")
    admin.cases.submit(complaint())  # indexed at once: an administrator submits
    kept = _office_keys_of(office, "wakil", Role.ADMIN)
    # the office root signing key too: administrators only (certificates)
    assert set(kept) == {keystore.TRACKING_KEY, keystore.INDEX_KEY, ROOT_KEY}
    assert _hits(office, kept[keystore.INDEX_KEY]) == 2
    admin.accounts.edit_user(wakil, role=Role.OFFICER)
    assert set(_office_keys_of(office, "wakil", Role.ADMIN)) == {keystore.TRACKING_KEY}
    demoted = office.login("wakil", PASSWORDS[Role.ADMIN])
    assert demoted.actor.index_key is None and demoted.actor.tracking_key is not None
    # A new people key: the one he kept matches nothing once the index is made again.
    assert people_index.pending_count(admin) == 1
    assert people_index.compute_pending(admin) == 1
    assert _hits(office, kept[keystore.INDEX_KEY]) == 0
    assert admin.actor.index_key is not None and _hits(office, admin.actor.index_key) == 2


def test_cli_computes_the_queued_index(office: Office, admin: Workspace, db_url: str) -> None:
    from tests.cli.conftest import run_cli

    add_user(admin, "petugas", Role.STAFF, "Ana Petugas")
    staff = office.login("petugas", PASSWORDS[Role.STAFF])
    staff.cases.submit(complaint())
    run = run_cli("--db", db_url, "--user", "admin", "index",
                  env={"WBS_PASSWORD": ADMIN_PASSWORD})
    assert run.returncode == 0, run.output
    assert "people index: 1 case(s) indexed, 0 waiting" in run.stdout
    run = run_cli("--db", db_url, "--user", "petugas", "index",
                  env={"WBS_PASSWORD": PASSWORDS[Role.STAFF]})
    assert run.returncode != 0 and "only an administrator" in run.output
