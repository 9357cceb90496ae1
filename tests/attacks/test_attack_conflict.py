"""Attack 4: conflict of interest after assignment, and near-miss names.

The accused is corrected to the officer already assigned (by name or by NIP),
or an officer's own name or NIP is changed to the accused's: he loses the
case at once — no assignment, a new key version he never holds, a timeline
entry and an audit entry saying why, a notice for the administrator. A name
that only looks alike ("Kornelis Y. Tefa" against the user "Kornelis Tefa")
is named before assignment, in the service, the CLI and the assign dialog.
On SQLite and PostgreSQL."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from tests.attacks.helpers_rekey import insider_unlocker, saved_case_keys
from tests.cli.conftest import run_cli
from tests.helpers.office import ADMIN_PASSWORD, PASSWORDS, add_user, complaint
from wbs_desktop.domain.complaint import AccusedInput
from wbs_desktop.domain.conflict import Match
from wbs_desktop.domain.roles import Role
from wbs_desktop.gui.messages import service_error_message
from wbs_desktop.services.errors import ConflictOfInterest
from wbs_desktop.services.office import Office
from wbs_desktop.services.workspace import Workspace
from wbs_desktop.storage import crypto
from wbs_desktop.storage.models import AuditEntry, Case, CaseAssignment

YOSEF_NIP = "198103152006041002"


def _assigned(office: Office, case_id: str) -> set[int]:
    with office.db.read() as session:
        return set(
            session.scalars(
                select(CaseAssignment.user_id).where(CaseAssignment.case_id == case_id)
            )
        )


def _audit(office: Office, action: str) -> list[dict[str, object]]:
    with office.db.read() as session:
        return [
            json.loads(d)
            for d in session.scalars(select(AuditEntry.details).where(AuditEntry.action == action))
        ]


@pytest.mark.parametrize(
    ("corrected", "matched_on"),
    [
        (AccusedInput(name="Yosef Nahak, S.H.", nip=""), Match.NAME),
        (AccusedInput(name="Y. Nahak", nip="19810315 200604 1 002"), Match.NIP),
    ],
)
def test_accused_corrected_to_the_assigned_officer(
    office: Office, admin: Workspace, corrected: AccusedInput, matched_on: Match
) -> None:
    yosef = add_user(admin, "yosef", Role.OFFICER, "Yosef Nahak", nip=YOSEF_NIP)
    case_id = admin.cases.submit(
        complaint(accused={"name": "Paulus Bere", "nip": ""})
    ).case_id
    admin.cases.assign(case_id, yosef)
    officer = office.login("yosef", PASSWORDS[Role.OFFICER])
    assert officer.cases.detail(case_id).granted
    saved = saved_case_keys(office, insider_unlocker(office, "yosef", Role.OFFICER), case_id)

    admin.procedure.update_accused(case_id, corrected)

    assert yosef not in _assigned(office, case_id)
    with office.db.read() as session:
        case = session.get(Case, case_id)
        assert case is not None and case.key_version == saved.version + 1
        # The correction itself is written under the new key: he cannot read it.
        with pytest.raises(crypto.CryptoError):
            crypto.decrypt_field(
                saved.content, case.accused_ct, table="cases", column="accused_ct", row_id=case_id
            )
    # He is refused through the app; the reporter stays hidden.
    assert not officer.cases.detail(case_id).granted
    with pytest.raises(Exception) as refused:
        officer.cases.reveal_identity(case_id, "ingin tahu siapa pelapornya")
    assert "not been shared with you" in service_error_message(refused.value) or (
        "may not" in str(refused.value)
    )
    # The administrator is told why: a notice, a timeline entry, an audit entry.
    notices = admin.cases.take_notices()
    assert [(n.username, n.matched_on) for n in notices] == [("yosef", matched_on)]
    assert admin.cases.take_notices() == []  # told once
    timeline = admin.cases.detail(case_id).timeline
    removal = [e for e in timeline if e.kind == "conflict_removed"]
    assert removal and removal[-1].detail == {
        "officer": "Yosef Nahak",
        "matched_on": matched_on.value,
    }
    from wbs_desktop.gui.notices import procedure_event_text

    assert "Yosef Nahak" in (procedure_event_text("conflict_removed", removal[-1].detail) or "")
    assert _audit(office, "conflict_of_interest_removed")[-1]["officer"] == "yosef"


def test_officer_corrects_the_accused_to_himself_and_loses_the_case(
    office: Office, admin: Workspace
) -> None:
    yosef = add_user(admin, "yosef", Role.OFFICER, "Yosef Nahak", nip=YOSEF_NIP)
    case_id = admin.cases.submit(complaint(accused={"name": "Paulus Bere", "nip": ""})).case_id
    admin.cases.assign(case_id, yosef)
    officer = office.login("yosef", PASSWORDS[Role.OFFICER])
    officer.procedure.update_accused(case_id, AccusedInput(name="Paulus Bere", nip=YOSEF_NIP))
    assert yosef not in _assigned(office, case_id)
    assert officer.actor.case_keys == {} or all(
        k[0] != case_id for k in officer.actor.case_keys
    )
    assert not officer.cases.detail(case_id).granted


@pytest.mark.parametrize("change", ["full_name", "nip"])
def test_officers_name_or_nip_changed_to_the_accused(
    office: Office, admin: Workspace, change: str
) -> None:
    yosef = add_user(admin, "yosef", Role.OFFICER, "Yosef Ndun")
    case_id = admin.cases.submit(complaint()).case_id  # accused: Drs. Stefanus Lelo, NIP …003
    other = admin.cases.submit(complaint(accused={"name": "Paulus Bere", "nip": ""})).case_id
    admin.cases.assign(case_id, yosef)
    admin.cases.assign(other, yosef)
    if change == "full_name":
        admin.accounts.edit_user(yosef, full_name="Stefanus Lelo")
    else:
        admin.accounts.edit_user(yosef, nip="197805122005011003")
    assert yosef not in _assigned(office, case_id)
    assert yosef in _assigned(office, other)  # only the case he is the accused of
    notices = admin.cases.take_notices()
    assert [n.register_number for n in notices] == [admin.cases.detail(case_id).register_number]
    # The function for other user-edit paths finds nothing more to do.
    assert admin.accounts.recheck_conflicts(yosef) == []


def test_assigning_the_accused_is_refused_with_the_message_shown(
    office: Office, admin: Workspace
) -> None:
    stefanus = add_user(admin, "stefanus", Role.OFFICER, "Stefanus Lelo, S.E.")
    case_id = admin.cases.submit(complaint()).case_id
    with pytest.raises(ConflictOfInterest) as refused:
        admin.cases.assign(case_id, stefanus)
    assert "is the person reported in this case" in service_error_message(refused.value)
    assert refused.value.params == {"officer": "Stefanus Lelo, S.E.", "matched_on": "name"}
    assert stefanus not in _assigned(office, case_id)


def test_near_miss_name_is_named_before_assignment(
    office: Office, admin: Workspace, db_url: str
) -> None:
    kornelis = add_user(admin, "kornelis", Role.OFFICER, "Kornelis Tefa")  # no NIP
    add_user(admin, "maria", Role.OFFICER, "Maria Kolo")
    case_id = admin.cases.submit(
        complaint(accused={"name": "Kornelis Y. Tefa", "nip": ""})
    ).case_id
    warnings = admin.cases.conflict_warnings(case_id)
    assert [(w.username, w.matched_on, w.accused_name) for w in warnings] == [
        ("kornelis", Match.NEAR, "Kornelis Y. Tefa")
    ]
    register = admin.cases.detail(case_id).register_number
    env = {"WBS_PASSWORD": ADMIN_PASSWORD}
    # The CLI says it and does not assign without being told to.
    run = run_cli("--db", db_url, "--user", "admin", "assign", register, "kornelis", env=env)
    assert run.returncode != 0
    assert "Kornelis Tefa (kornelis) has a name like the person reported" in run.stderr
    assert "--despite-warning" in run.output
    assert kornelis not in _assigned(office, case_id)
    run = run_cli(
        "--db", db_url, "--user", "admin", "assign", register, "kornelis", "--despite-warning",
        env=env,
    )
    assert run.returncode == 0, run.output
    assert kornelis in _assigned(office, case_id)
    # Maria is not like the accused: assigned without a word.
    run = run_cli("--db", db_url, "--user", "admin", "assign", register, "maria", env=env)
    assert run.returncode == 0 and "warning" not in run.stderr
