"""The case table's rows (services.case_rows): the same rows as the ORM gives,
each accused name decrypted and checked — a ciphertext tampered with or moved
to another row is a damaged row, never a name."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.helpers.office import OFFICER_PASSWORD, add_user, complaint
from wbs_desktop.domain.catalog import Channel
from wbs_desktop.domain.dates import office_today
from wbs_desktop.domain.roles import Role
from wbs_desktop.domain.stages import Stage
from wbs_desktop.services import case_rows, list_select
from wbs_desktop.services.casefile import case_field, keys_for
from wbs_desktop.services.dto import CaseRow
from wbs_desktop.services.office import Office
from wbs_desktop.services.workspace import Workspace
from wbs_desktop.storage.models import Case


def _expected(ws: Workspace, ids: list[str]) -> list[CaseRow]:
    """The rows built the slow way: ORM objects, ``case_field``, the model's types."""
    out = []
    with ws.read() as session:
        state = ws.actor.listing.current(session)
        for case_id in ids:
            case = session.get(Case, case_id)
            if case is None:
                continue
            keys = keys_for(session, ws.actor, [case]).get(case_id)
            accused = None if keys is None else case_field(case, keys, Case.accused_ct)["name"]
            m = state.meta[case_id]
            out.append(CaseRow(
                id=case_id,
                register_number=case.register_number,
                received_at=case.received_at,
                complaint_type=case.complaint_type,
                channel=Channel(case.channel),
                stage=Stage(case.stage),
                officer_names=tuple(sorted(
                    state.officer_names[u] for u in state.officers.get(case_id, ()))),
                due_date=case.due_date,
                overdue=list_select.overdue(m, state.stored_date(office_today())),
                accused_name=accused,
            ))
    return out


def test_rows_are_the_orm_rows_in_blocks(
    office: Office, admin: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    names = ["Drs. Stefanus Lelo", "Maria Ndolu", "Yakobus Bria", "Ana Fanggidae", "Lukas Tefa"]
    ids = [
        admin.cases.submit(complaint(
            accused={"name": n},
            channel=list(Channel)[i % len(Channel)],
            received_at=datetime(2026, 11, 12 + i, 1, 30, 15, 123456 * (i % 2), tzinfo=UTC),
        )).case_id
        for i, n in enumerate(names)
    ]
    officer = add_user(admin, "yanti", Role.OFFICER, "Yanti Lodo")
    admin.cases.assign(ids[1], officer)
    admin.cases.transition(ids[2], Stage.VERIFICATION)
    monkeypatch.setattr(case_rows, "CHUNK", 2)  # several statements a call
    asked = [ids[3], "no-such-case", *ids[:3], ids[4]]
    rows = admin.cases.rows(asked)
    assert [r.id for r in rows] == [ids[3], *ids[:3], ids[4]]
    assert [r.accused_name for r in rows] == [names[3], *names[:3], names[4]]
    assert rows == _expected(admin, asked)
    assert rows[2].officer_names == ("Yanti Lodo",)
    assert all(type(r.received_at) is datetime and r.received_at.tzinfo is UTC for r in rows)

    # An officer holds the keys of the assigned case only: the others have no name.
    mine = office.login("yanti", OFFICER_PASSWORD).cases.rows(ids)
    assert [r.accused_name for r in mine] == [None, names[1], None, None, None]
    assert not any(r.damaged for r in mine)


@pytest.mark.parametrize("harm", ["tampered", "moved"])
def test_a_ciphertext_that_fails_its_check_is_a_damaged_row(
    office: Office, admin: Workspace, harm: str
) -> None:
    good = admin.cases.submit(complaint(accused={"name": "Maria Ndolu"})).case_id
    bad = admin.cases.submit(complaint(accused={"name": "Yakobus Bria"})).case_id
    with office.db.write() as session:
        source, target = session.get(Case, good), session.get(Case, bad)
        assert source is not None and target is not None
        if harm == "tampered":
            blob = bytearray(target.accused_ct)
            blob[-20] ^= 1
            target.accused_ct = bytes(blob)
        else:  # a valid ciphertext of another row, under a key the user also holds
            target.accused_ct = source.accused_ct
    fresh = office.login("admin", "Sasando-Lontar-Kepala-2026")
    rows = {r.id: r for r in fresh.cases.rows([good, bad])}
    assert (rows[good].accused_name, rows[good].damaged) == ("Maria Ndolu", False)
    assert (rows[bad].accused_name, rows[bad].damaged) == (None, True)


def test_stored_time_read_as_the_model_reads_it(office: Office, admin: Workspace) -> None:
    """The fast reading of SQLite's stored text gives what the column's processor gives."""
    for micro in (0, 1, 999_999):
        admin.cases.submit(complaint(received_at=datetime(2026, 11, 30, 23, 59, 59, micro,
                                                          tzinfo=UTC)))
    with admin.read() as session:
        state = admin.actor.listing.current(session)
        read = case_rows._time_reader(state)
        for m in state.order:
            assert read(m) == state.received_at(m)
            assert read(m).tzinfo is state.received_at(m).tzinfo
