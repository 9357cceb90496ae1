"""Cases through the services, on both backends."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from tests.helpers.office import OFFICER_PASSWORD, STAFF_PASSWORD, add_user, complaint
from wbs_desktop.domain.catalog import Channel
from wbs_desktop.domain.roles import Role
from wbs_desktop.domain.stages import Outcome, Stage
from wbs_desktop.domain.tracking import new_tracking_code
from wbs_desktop.services.dto import CaseFilter, SortKey
from wbs_desktop.services.errors import (
    Conflict,
    ConflictOfInterest,
    NoGrant,
    NotFound,
    PermissionDenied,
    ReasonRequired,
    ServiceError,
    ValidationFailed,
)
from wbs_desktop.services.office import Office
from wbs_desktop.services.workspace import Workspace


def test_submit_numbers_and_tracking(admin: Workspace) -> None:
    first = admin.cases.submit(complaint())
    second = admin.cases.submit(complaint())
    assert first.register_number == "WBS-2026-00001"
    assert second.register_number == "WBS-2026-00002"
    assert first.tracking_code != second.tracking_code
    assert len(first.tracking_code) == 14 and first.tracking_code.count("-") == 2
    status = admin.cases.lookup_tracking(first.tracking_code.lower().replace("-", " "))
    assert status.stage == Stage.RECEIVED and status.received_on == date(2026, 11, 23)
    detail = admin.cases.detail(first.case_id)
    assert detail.granted and detail.accused.nip == "197805122005011003"
    assert detail.reporter.name == "Y*** M***"
    assert "Yohanes" not in detail.reporter.name
    assert detail.timeline[0].kind == "submitted" and detail.timeline[0].to_stage == Stage.RECEIVED
    assert detail.due_date == date(2026, 11, 30)  # 5 working days after Mon 23 Nov
    assert detail.completeness is not None


def test_invalid_complaint_is_refused_and_nothing_saved(admin: Workspace) -> None:
    bad = complaint(
        reporter={"phone": "12", "email": "not-an-email"}, evidence_links=("javascript:alert(1)",)
    )
    with pytest.raises(ValidationFailed) as err:
        admin.cases.submit(bad)
    fields = {e.field for e in err.value.errors}
    assert {"reporter.phone", "reporter.email", "evidence_links[0]"} <= fields
    assert admin.cases.total_count() == 0


def test_hostile_text_survives_the_round_trip(admin: Workspace) -> None:
    name = 'O\'Neil <b>&amp; "Ama" Lado 😀 محمد 王'
    case = admin.cases.submit(
        complaint(accused={"name": name}, chronology="x " * 12_000 + "akhir 🙂")
    )
    detail = admin.cases.detail(case.case_id)
    assert detail.accused.name == name
    assert detail.chronology.endswith("akhir 🙂") and len(detail.chronology) > 20_000


def test_staff_keeps_nothing_and_sees_only_metadata(office: Office, admin: Workspace) -> None:
    add_user(admin, "petugas", Role.STAFF, "Petugas Depan")
    staff = office.login("petugas", STAFF_PASSWORD)
    result = staff.cases.submit(complaint())
    detail = staff.cases.detail(result.case_id)
    assert not detail.granted and detail.accused is None and detail.reporter is None
    assert detail.register_number == result.register_number and detail.stage == Stage.RECEIVED
    [row] = staff.cases.rows([result.case_id])
    assert row.accused_name is None
    # ...but can look the status up by tracking code
    assert staff.cases.lookup_tracking(result.tracking_code).stage == Stage.RECEIVED
    with pytest.raises(PermissionDenied):
        staff.cases.reveal_identity(result.case_id, "ingin tahu saja")
    with pytest.raises(ServiceError) as err:
        staff.cases.lookup_tracking(
            result.tracking_code[:-1] + ("A" if result.tracking_code[-1] != "A" else "B")
        )
    assert err.value.code in ("bad_tracking_code", "not_found")
    with pytest.raises(NotFound):
        staff.cases.lookup_tracking(new_tracking_code())


def test_assignment_grants_and_unassignment_revokes(office: Office, admin: Workspace) -> None:
    officer_id = add_user(admin, "yosef", Role.OFFICER, "Yosef Nahak")
    case = admin.cases.submit(complaint())
    officer = office.login("yosef", OFFICER_PASSWORD)
    assert not officer.cases.detail(case.case_id).granted
    with pytest.raises((NoGrant, PermissionDenied)):
        officer.cases.reveal_identity(case.case_id, "pemeriksaan awal")
    admin.cases.assign(case.case_id, officer_id)
    officer = office.login("yosef", OFFICER_PASSWORD)
    detail = officer.cases.detail(case.case_id)
    assert detail.granted and [o.username for o in detail.officers] == ["yosef"]
    assert officer.cases.search_ids(CaseFilter(assigned_to_me=True)) == [case.case_id]
    with pytest.raises(ReasonRequired):
        officer.cases.reveal_identity(case.case_id, "  ")
    identity = officer.cases.reveal_identity(case.case_id, "menghubungi pelapor untuk klarifikasi")
    assert identity.name == "Yohanes Mbete" and identity.phone == "+6281234567890"
    entries = admin.audit.entries(case_id=case.case_id)
    viewed = [e for e in entries if e.action == "identity_viewed"]
    assert viewed and viewed[0].actor == "yosef"
    assert viewed[0].details["reason"] == "menghubungi pelapor untuk klarifikasi"
    admin.cases.unassign(case.case_id, officer_id)
    fresh = office.login("yosef", OFFICER_PASSWORD)
    assert not fresh.cases.detail(case.case_id).granted


def test_conflict_of_interest_blocks_assignment(office: Office, admin: Workspace) -> None:
    by_nip = add_user(admin, "stefanus", Role.OFFICER, "Stefanus L.", nip="197805122005011003")
    by_name = add_user(admin, "lelo", Role.OFFICER, "Stefanus Lelo, S.H.")
    case = admin.cases.submit(complaint())
    with pytest.raises(ConflictOfInterest) as err:
        admin.cases.assign(case.case_id, by_nip)
    assert err.value.params["matched_on"] == "nip"
    with pytest.raises(ConflictOfInterest) as err:
        admin.cases.assign(case.case_id, by_name)
    assert err.value.params["matched_on"] == "name"
    assert not office.login("stefanus", OFFICER_PASSWORD).cases.detail(case.case_id).granted


def test_transitions_timeline_and_reasons(office: Office, admin: Workspace) -> None:
    officer_id = add_user(admin, "yosef", Role.OFFICER, "Yosef Nahak")
    case = admin.cases.submit(complaint())
    officer = office.login("yosef", OFFICER_PASSWORD)
    with pytest.raises(PermissionDenied):
        officer.cases.transition(case.case_id, Stage.VERIFICATION)
    admin.cases.assign(case.case_id, officer_id)
    officer = office.login("yosef", OFFICER_PASSWORD)
    d = officer.cases.transition(case.case_id, Stage.VERIFICATION, "mulai verifikasi")
    assert d.stage == Stage.VERIFICATION and d.due_date is None
    with pytest.raises(ReasonRequired):
        officer.cases.transition(case.case_id, Stage.AWAITING_INFO)
    d = officer.cases.transition(case.case_id, Stage.AWAITING_INFO, "bukti transfer kurang jelas")
    assert d.due_date is not None
    d = officer.cases.transition(case.case_id, Stage.VERIFICATION, "pelapor mengirim bukti")
    d = officer.cases.transition(case.case_id, Stage.INVESTIGATION, "laporan lengkap")
    with pytest.raises(ServiceError):
        officer.cases.transition(case.case_id, Stage.CONCLUDED, "selesai")  # no outcome
    d = officer.cases.transition(
        case.case_id, Stage.CONCLUDED, "terbukti meminta uang", outcome=Outcome.SUBSTANTIATED
    )
    assert d.stage == Stage.CONCLUDED and d.outcome == Outcome.SUBSTANTIATED
    with pytest.raises(PermissionDenied):
        officer.cases.transition(case.case_id, Stage.INVESTIGATION, "buka lagi")
    d = admin.cases.transition(case.case_id, Stage.INVESTIGATION, "bukti baru dari saksi")
    assert d.outcome is None
    kinds = [e.kind for e in d.timeline]
    assert kinds == [
        "submitted",
        "assigned",
        "transition",
        "transition",
        "transition",
        "transition",
        "transition",
        "reopened",
    ]
    assert d.timeline[3].reason == "bukti transfer kurang jelas"
    assert d.timeline[3].actor_name == "Yosef Nahak"
    current = [s for s in d.stages if s.current]
    assert [s.stage for s in current] == [Stage.INVESTIGATION]
    assert admin.audit.verify().ok


def test_optimistic_locking_names_who_changed(office: Office, admin: Workspace) -> None:
    case = admin.cases.submit(complaint())
    version = admin.cases.detail(case.case_id).version
    admin.cases.transition(case.case_id, Stage.VERIFICATION, expected_version=version)
    with pytest.raises(Conflict) as err:
        admin.cases.transition(
            case.case_id, Stage.CLOSED, "di luar kewenangan", expected_version=version
        )
    assert err.value.changed_by == "Maria Goreti Bria"
    assert admin.cases.detail(case.case_id).stage == Stage.VERIFICATION


def test_filters_sorting_and_text_search(office: Office, admin: Workspace) -> None:
    now = datetime.now(UTC)
    fresh = {
        "received_at": now - timedelta(hours=2),
        "incident_date": (now - timedelta(days=3)).date(),
    }
    a = admin.cases.submit(complaint(**fresh)).case_id
    b = admin.cases.submit(
        complaint(
            **fresh,
            channel=Channel.EMAIL,
            complaint_type="bribery_gratification",
            accused={"name": "Agustinus Bani", "nip": ""},
            location="UPT Pelatihan, Soe",
        )
    ).case_id
    old = now - timedelta(days=60)
    c = admin.cases.submit(
        complaint(received_at=old, incident_date=(old - timedelta(days=5)).date())
    ).case_id
    admin.cases.transition(b, Stage.VERIFICATION)
    ids = admin.cases.search_ids
    assert set(ids(CaseFilter())) == {a, b, c}
    assert ids(CaseFilter(stages=frozenset({Stage.VERIFICATION}))) == [b]
    assert ids(CaseFilter(channels=frozenset({Channel.EMAIL}))) == [b]
    assert ids(CaseFilter(complaint_types=frozenset({"illegal_levies"}))) == [a, c]
    cut = (now - timedelta(days=30)).date()
    assert ids(CaseFilter(received_to=cut)) == [c]
    assert set(ids(CaseFilter(received_from=cut))) == {a, b}
    assert ids(CaseFilter(text="soe")) == [b]
    assert set(ids(CaseFilter(text="STEFANUS"))) == {a, c}
    assert ids(CaseFilter(text=admin.cases.rows([b])[0].register_number)) == [b]
    assert ids(CaseFilter(), sort=SortKey.ACCUSED, descending=False)[0] == b
    assert ids(CaseFilter(), sort=SortKey.RECEIVED, descending=False)[0] == c
    counts = admin.cases.stage_counts(CaseFilter(stages=frozenset({Stage.CLOSED})))
    assert counts == {Stage.RECEIVED: 2, Stage.VERIFICATION: 1}
    # c missed its first response (5 working days) long ago; a was received today;
    # b is in verification, which has no deadline of its own.
    assert ids(CaseFilter(overdue_only=True)) == [c]
    assert admin.cases.rows([c])[0].overdue and not admin.cases.rows([a])[0].overdue
    rows = admin.cases.rows([b, a])
    assert [r.id for r in rows] == [b, a] and rows[0].accused_name == "Agustinus Bani"


def test_related_reports_through_the_index(admin: Workspace) -> None:
    a = admin.cases.submit(complaint()).case_id
    b = admin.cases.submit(complaint(accused={"name": "STEFANUS  LELO", "nip": ""})).case_id
    c = admin.cases.submit(
        complaint(accused={"name": "Orang Lain", "nip": "197805122005011003"})
    ).case_id
    admin.cases.submit(complaint(accused={"name": "Orang Lain Lagi", "nip": ""}))
    related = {r.id: r.matched_on for r in admin.cases.related(a)}
    assert related == {b: "name", c: "nip"}
