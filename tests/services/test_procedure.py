"""The procedure through the services: verification to conclusion, hearings
under PP 94/2021, notes and attachments."""

from __future__ import annotations

from datetime import date, time

import pytest
from sqlalchemy import select

from tests.helpers.clock import Clock
from tests.helpers.office import OFFICER_PASSWORD, add_user, complaint
from wbs_desktop.domain.complaint import AccusedInput
from wbs_desktop.domain.roles import Role
from wbs_desktop.domain.stages import CloseReason, Outcome, Stage
from wbs_desktop.services.errors import PermissionDenied, ReasonRequired, ServiceError
from wbs_desktop.services.office import Office
from wbs_desktop.services.procedure import HearingInput, WitnessInput
from wbs_desktop.services.workspace import Workspace
from wbs_desktop.storage.models import Attachment, CaseNote


def _hearing(party: str, letter: date, day: date, **kw: object) -> HearingInput:
    return HearingInput(
        party_kind=party,
        letter_date=letter,
        day=day,
        start=time(9, 0),
        place="Ruang Rapat Inspektorat BKD, Lantai 2",
        examiners=("Yosef Nahak", "Maria Goreti Bria"),
        **kw,  # type: ignore[arg-type]
    )


@pytest.fixture
def officer(office: Office, admin: Workspace) -> Workspace:
    add_user(admin, "yosef", Role.OFFICER, "Yosef Nahak")
    return office.login("yosef", OFFICER_PASSWORD)


def test_whole_procedure(
    office: Office, admin: Workspace, officer: Workspace, clock: Clock
) -> None:
    clock.set(date(2027, 1, 4))
    case = admin.cases.submit(complaint()).case_id
    admin.cases.assign(case, officer.user.id)
    p = officer.procedure
    p.start_verification(case)
    d = p.request_information(case, ["bukti transfer yang terbaca"], deadline=date(2027, 1, 15))
    assert (
        d.stage == Stage.AWAITING_INFO and d.due_date == date(2027, 1, 15) and d.due_kind == "reply"
    )
    clock.set(date(2027, 1, 25))
    p.record_reply(case, "pelapor mengirim foto bukti transfer")
    p.mark_complete(case)
    officer.cases.transition(case, Stage.CLARIFICATION, "")
    reporter_h = p.schedule_hearing(case, _hearing("reporter", date(2027, 2, 1), date(2027, 2, 4)))
    assert reporter_h.party_name == "Pelapor"  # the identity never goes into a hearing
    witness = p.add_witness(
        case, WitnessInput("Agnes Seran", phone="081311112222", unit="Loket Mutasi")
    )
    witness_h = p.schedule_hearing(
        case, _hearing("witness", date(2027, 2, 1), date(2027, 2, 4), party_id=witness.id)
    )
    clock.set(date(2027, 2, 4))
    p.record_attendance(reporter_h.id, present=True)
    p.record_minutes(
        reporter_h.id, [("Apa yang Saudara lihat?", "Petugas meminta uang.")], signed=True
    )
    p.record_attendance(witness_h.id, present=True)
    p.record_minutes(
        witness_h.id,
        [("Apakah Saudara hadir?", "Ya.")],
        signed=False,
        refusal_note="menolak menandatangani",
    )
    officer.cases.transition(case, Stage.EXAMINATION, "")
    first = p.schedule_hearing(case, _hearing("accused", date(2027, 2, 8), date(2027, 2, 18)))
    clock.set(date(2027, 2, 18))
    result = p.record_attendance(first.id, present=False)
    assert result.second_summons is not None and not result.decided_on_evidence
    # The proposal counts from the first hearing day: letter Thu 18 Feb, examination Tue 2 Mar.
    assert result.second_summons.letter_date == date(2027, 2, 18)
    assert result.second_summons.earliest_day == date(2027, 3, 2)
    second = p.schedule_second_summons(
        first.id, _hearing("accused", date(2027, 2, 19), date(2027, 3, 3))
    )
    assert second.summons_no == 2
    clock.set(date(2027, 3, 3))
    result = p.record_attendance(second.id, present=True)
    assert result.second_summons is None
    p.record_minutes(second.id, [("Apakah Saudara meminta uang?", "Tidak benar.")], signed=True)
    p.add_note(case, "Perlu dicek rekening penerima.")
    d = p.conclude(
        case, Outcome.SUBSTANTIATED, "Terbukti meminta uang.", "Hukuman disiplin sedang."
    )
    assert d.stage == Stage.CONCLUDED and d.outcome == Outcome.SUBSTANTIATED
    detail = admin.cases.detail(case)
    assert [h.attendance for h in detail.hearings] == ["present", "present", "absent", "present"]
    assert detail.hearings[1].minutes.signed is False
    assert detail.witnesses[0].phone == "+6281311112222"
    assert (
        detail.notes[0].text == "Perlu dicek rekening penerima."
        and detail.notes[0].author == "Yosef Nahak"
    )
    kinds = [e.kind for e in detail.timeline]
    for expected in (
        "hearing_scheduled",
        "attendance_recorded",
        "minutes_recorded",
        "witness_added",
    ):
        assert expected in kinds
    assert admin.audit.verify().ok


def test_accused_absent_twice_rests_on_evidence(admin: Workspace, clock: Clock) -> None:
    clock.set(date(2027, 2, 1))
    case = admin.cases.submit(complaint()).case_id
    for stage in (Stage.VERIFICATION, Stage.INVESTIGATION, Stage.EXAMINATION):
        admin.cases.transition(case, stage, "lanjut")
    p = admin.procedure
    first = p.schedule_hearing(case, _hearing("accused", date(2027, 2, 8), date(2027, 2, 18)))
    clock.set(date(2027, 2, 18))
    p.record_attendance(first.id, present=False)
    second = p.schedule_second_summons(
        first.id, _hearing("accused", date(2027, 2, 19), date(2027, 3, 3))
    )
    clock.set(date(2027, 3, 3))
    result = p.record_attendance(second.id, present=False)
    assert result.decided_on_evidence
    kinds = [e.kind for e in admin.cases.detail(case).timeline]
    assert kinds[-1] == "decision_on_evidence"
    with pytest.raises(ServiceError):
        p.schedule_second_summons(
            second.id, _hearing("accused", date(2027, 3, 4), date(2027, 3, 20))
        )


def test_summons_inside_the_window_is_refused(
    admin: Workspace, officer: Workspace, clock: Clock
) -> None:
    case = admin.cases.submit(complaint()).case_id
    admin.cases.assign(case, officer.user.id)
    for stage in (Stage.VERIFICATION, Stage.INVESTIGATION, Stage.EXAMINATION):
        officer.cases.transition(case, stage, "lanjut")
    clock.set(date(2026, 3, 9))  # the office's day: the March dates below are not past
    # Letter Fri 13 Mar 2026: across a weekend, Nyepi and Idul Fitri the earliest is Wed 1 Apr.
    assert officer.procedure.earliest_hearing_day(date(2026, 3, 13)) == date(2026, 4, 1)
    with pytest.raises(ServiceError) as err:
        officer.procedure.schedule_hearing(
            case, _hearing("accused", date(2026, 3, 13), date(2026, 3, 31))
        )
    assert err.value.code == "summons_too_late"
    # Christmas: letter Fri 18 Dec 2026; 24 and 25 Dec are off, so 30 Dec is too early.
    with pytest.raises(ServiceError):
        officer.procedure.schedule_hearing(
            case, _hearing("accused", date(2026, 12, 18), date(2026, 12, 30))
        )
    # An officer cannot override; an admin can, with a reason that is recorded.
    with pytest.raises(PermissionDenied):
        officer.procedure.schedule_hearing(
            case,
            _hearing("accused", date(2026, 3, 13), date(2026, 3, 25), override_reason="mendesak"),
        )
    h = admin.procedure.schedule_hearing(
        case,
        _hearing(
            "accused", date(2026, 3, 13), date(2026, 3, 25), override_reason="terlapor akan pensiun"
        ),
    )
    assert h.rule_overridden and h.override_reason == "terlapor akan pensiun"
    ok = officer.procedure.schedule_hearing(
        case, _hearing("accused", date(2026, 3, 13), date(2026, 4, 1))
    )
    assert not ok.rule_overridden


def test_close_as_duplicate_and_reopen(admin: Workspace) -> None:
    first = admin.cases.submit(complaint())
    dup = admin.cases.submit(complaint()).case_id
    with pytest.raises(ServiceError):
        admin.procedure.close(dup, CloseReason.DUPLICATE)
    d = admin.procedure.close(dup, CloseReason.DUPLICATE, duplicate_of=first.register_number)
    assert d.stage == Stage.CLOSED
    assert d.timeline[-1].detail["duplicate_of"] == first.register_number
    with pytest.raises(ServiceError):
        admin.procedure.add_note(dup, "catatan setelah ditutup")
    d = admin.procedure.reopen(dup, Stage.VERIFICATION, "ternyata bukan duplikat")
    assert d.stage == Stage.VERIFICATION and d.timeline[-1].kind == "reopened"


def test_attachments_refused_and_encrypted(office: Office, admin: Workspace) -> None:
    case = admin.cases.submit(complaint()).case_id
    admin.settings.put("attachments.max_bytes", 1000)
    with pytest.raises(ServiceError) as err:
        admin.procedure.add_attachment(case, "scan.pdf", b"x" * 1001)
    assert err.value.code == "attachment_too_large"
    for name in ("bukti.exe", "foto.JPG.exe", "run.ps1", "link.lnk", "macro.vbs"):
        with pytest.raises(ServiceError) as err:
            admin.procedure.add_attachment(case, name, b"MZ")
        assert err.value.code == "attachment_type_refused"
    content = "%PDF-1.4 Surat pengaduan tertulis — rahasia".encode()
    info = admin.procedure.add_attachment(case, r"C:\Scan\pengaduan.pdf", content, "scan surat")
    assert info.filename == "pengaduan.pdf"
    assert admin.procedure.read_attachment(info.id) == ("pengaduan.pdf", content)
    with office.db.read() as session:
        row = session.scalars(select(Attachment)).one()
        assert content not in row.data_ct and b"pengaduan" not in row.meta_ct
    admin.procedure.add_note(case, "catatan internal rahasia")
    with office.db.read() as session:
        assert b"rahasia" not in session.scalars(select(CaseNote.body_ct)).one()


def test_update_accused_reindexes(admin: Workspace) -> None:
    a = admin.cases.submit(complaint(accused={"name": "Belum Jelas", "nip": ""})).case_id
    b = admin.cases.submit(complaint()).case_id
    assert admin.cases.related(a) == []
    admin.cases.transition(a, Stage.VERIFICATION)
    admin.procedure.update_accused(
        a, AccusedInput("Stefanus Lelo", "197805122005011003", "Kasi", "Mutasi")
    )
    assert [r.id for r in admin.cases.related(a)] == [b]
    assert admin.cases.rows([a])[0].accused_name == "Stefanus Lelo"


def test_hearings_need_the_right_stage_and_reason_for_unsigned(
    admin: Workspace, clock: Clock
) -> None:
    case = admin.cases.submit(complaint()).case_id
    with pytest.raises(ServiceError) as err:
        admin.procedure.schedule_hearing(
            case, _hearing("reporter", date(2027, 2, 1), date(2027, 2, 4))
        )
    assert err.value.code == "hearing_wrong_stage"
    for stage in (Stage.VERIFICATION, Stage.INVESTIGATION, Stage.CLARIFICATION):
        admin.cases.transition(case, stage, "lanjut")
    h = admin.procedure.schedule_hearing(
        case, _hearing("reporter", date(2027, 2, 1), date(2027, 2, 4))
    )
    with pytest.raises(ServiceError):
        admin.procedure.record_minutes(h.id, [("q", "a")], signed=True)  # not attended yet
    clock.set(date(2027, 2, 4))
    admin.procedure.record_attendance(h.id, present=True)
    with pytest.raises(ReasonRequired):
        admin.procedure.record_minutes(h.id, [("q", "a")], signed=False)


def test_a_step_the_stage_does_not_allow_is_refused(admin: Workspace) -> None:
    """The reporter's reply is a step of "awaiting information" only: on a case
    just received it would be a verification with a reply nobody asked for."""
    case = admin.cases.submit(complaint()).case_id
    with pytest.raises(ServiceError) as caught:
        admin.procedure.record_reply(case, "balasan yang tidak diminta")
    assert caught.value.code == "transition_not_allowed"
    assert admin.cases.detail(case).stage == Stage.RECEIVED
    d = admin.procedure.start_verification(case)
    assert d.stage == Stage.VERIFICATION and d.timeline[-1].detail.get("reply") is None


def test_an_examiner_named_by_user_name_is_that_person(
    office: Office, admin: Workspace, officer: Workspace, clock: Clock
) -> None:
    clock.set(date(2027, 1, 4))
    case = admin.cases.submit(complaint()).case_id
    admin.cases.assign(case, officer.user.id)
    officer.procedure.start_verification(case)
    officer.procedure.mark_complete(case)
    officer.cases.transition(case, Stage.CLARIFICATION, "")
    h = officer.procedure.schedule_hearing(case, HearingInput(
        party_kind="reporter", letter_date=date(2027, 1, 4), day=date(2027, 1, 7),
        start=time(9, 0), place="Ruang Rapat", examiners=("YOSEF", "Tamu dari Inspektorat")))
    assert h.examiners == ("Yosef Nahak", "Tamu dari Inspektorat")
