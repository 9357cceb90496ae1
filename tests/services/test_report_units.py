"""The units file (services.report_units): the accused's unit per case kept between
sessions for the figures by unit, encrypted like the search index, trusted only
where it is current."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from typing import Any

import pytest
from sqlalchemy import delete, select, text

from tests.helpers.office import ADMIN_PASSWORD, OFFICER_PASSWORD, add_user
from wbs_desktop.domain.complaint import AccusedInput
from wbs_desktop.domain.roles import Role
from wbs_desktop.services import report_units, reports
from wbs_desktop.services.demo import generate_demo_data
from wbs_desktop.services.office import Office
from wbs_desktop.services.workspace import Workspace
from wbs_desktop.storage import keys as keystore
from wbs_desktop.storage.models import AuditEntry, CaseKeyGrant

NOW = datetime(2026, 11, 28, 3, 0, tzinfo=UTC)
PERIOD = reports.Period(date(2026, 1, 1), date(2026, 12, 31))


@pytest.fixture
def counted(office: Office, admin: Workspace) -> Workspace:
    generate_demo_data(admin, 40, seed=7, officer_password=OFFICER_PASSWORD, now=NOW)
    with office.db.write() as session:
        session.execute(text("UPDATE cases SET mark = NULL"))
    return admin


def _relogin(office: Office, ws: Workspace) -> Workspace:
    ws.logout()
    return office.login("admin", ADMIN_PASSWORD)


def _opened(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The case ids whose grants are opened from now on."""
    seen: list[str] = []
    real = keystore.Unlocker.open_case_grant

    def spy(self: keystore.Unlocker, grant: Any) -> bytes:
        seen.append(grant.case_id)
        return real(self, grant)

    monkeypatch.setattr(keystore.Unlocker, "open_case_grant", spy)
    return seen


def _units(f: reports.Figures) -> dict[str, int]:
    return {b.key: b.count for b in f.by_unit}


def test_a_new_session_counts_by_unit_from_the_file_without_opening_a_key(
    office: Office, counted: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = reports.figures(counted, PERIOD)
    assert first.units_readable == first.received.count > 20
    path = report_units.units_path(counted)
    assert path.is_file()
    ws = _relogin(office, counted)
    opened = _opened(monkeypatch)
    again = reports.figures(ws, PERIOD)
    assert opened == []
    assert again.by_unit == first.by_unit and again.units_readable == first.units_readable
    # Encrypted: no unit, no case id, no register number in the clear.
    raw = path.read_bytes()
    assert raw.startswith(report_units.MAGIC)
    for bucket in first.by_unit:
        assert bucket.key.encode() not in raw
        for case_id in bucket.ids or ():
            assert case_id.encode() not in raw
    with office.db.read() as session:
        numbers = list(session.scalars(text("SELECT register_number FROM cases")))
    assert not any(n.encode() in raw for n in numbers)


def test_a_case_changed_or_no_longer_held_is_not_taken_from_the_file(
    office: Office, counted: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = reports.figures(counted, PERIOD)
    ids = list(reports.case_ids(counted, first, "in_progress"))
    changed, lost = ids[3], ids[4]  # a finished case's accused is not corrected
    # Another session corrects one case's unit; the admin loses the keys of another.
    other = office.login("admin", ADMIN_PASSWORD)
    d = other.cases.detail(changed)
    other.procedure.update_accused(changed, AccusedInput(
        name=d.accused.name, nip=d.accused.nip, position=d.accused.position,
        unit="Unit Yang Baru Dibentuk", rank=d.accused.rank))
    other.logout()
    with office.db.write() as session:
        session.execute(delete(CaseKeyGrant).where(CaseKeyGrant.case_id == lost,
                                                   CaseKeyGrant.holder == counted.actor.holder))
    ws = _relogin(office, counted)
    opened = _opened(monkeypatch)
    again = reports.figures(ws, PERIOD)
    assert set(opened) == {changed}  # only the changed case decrypted again
    assert _units(again)["Unit Yang Baru Dibentuk"] == 1
    assert again.units_readable == first.units_readable - 1
    counted_ids = {i for b in again.by_unit for i in b.ids or ()}
    assert lost not in counted_ids and changed in counted_ids
    # Written again without the case no longer held.
    ws = _relogin(office, ws)
    _token, entries = report_units.decode(ws, report_units.units_path(ws).read_bytes())
    assert lost not in entries and entries[changed][1] == "Unit Yang Baru Dibentuk"


def test_a_tampered_file_is_refused_recorded_and_the_units_decrypted(
    office: Office, counted: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = reports.figures(counted, PERIOD)
    path = report_units.units_path(counted)
    ws = _relogin(office, counted)
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    path.write_bytes(bytes(data))
    opened = _opened(monkeypatch)
    again = reports.figures(ws, PERIOD)
    assert len(set(opened)) == first.units_readable  # every case decrypted instead
    assert again.by_unit == first.by_unit
    with office.db.read() as session:
        refused = list(session.scalars(
            select(AuditEntry.details).where(AuditEntry.action == "search_index_refused")))
    assert [json.loads(d)["file"] for d in refused] == ["units"]
    report_units.decode(ws, path.read_bytes())  # written again, and sound


def test_a_file_of_another_user_does_not_open(office: Office, counted: Workspace) -> None:
    reports.figures(counted, PERIOD)
    blob = report_units.units_path(counted).read_bytes()
    assert report_units.decode(counted, blob)[1]
    add_user(counted, "yosef", Role.ADMIN)
    other = office.login("yosef", ADMIN_PASSWORD)
    with pytest.raises(ValueError, match="authenticate"):
        report_units.decode(other, blob)
    # Its own file is another one; the first user's is left alone.
    assert report_units.units_path(other) != report_units.units_path(counted)
