"""My work and the front desk's look-up, through the services, on both backends."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

import pytest

from tests.helpers.clock import Clock
from tests.helpers.office import OFFICER_PASSWORD, STAFF_PASSWORD, add_user, complaint
from wbs_desktop.domain.front_desk import ReporterStep
from wbs_desktop.domain.roles import Role
from wbs_desktop.domain.stages import Stage
from wbs_desktop.domain.tracking import new_tracking_code
from wbs_desktop.letters.model import LetterKind
from wbs_desktop.services import front_desk
from wbs_desktop.services.errors import NotFound
from wbs_desktop.services.my_work import my_work
from wbs_desktop.services.office import Office
from wbs_desktop.services.procedure import HearingInput
from wbs_desktop.services.workspace import Workspace


def _received(day: date) -> datetime:
    return datetime.combine(day, time(1, 0), UTC)  # 09.00 WITA


def _hearing(party: str, letter: date, day: date, **kw: object) -> HearingInput:
    return HearingInput(party_kind=party, letter_date=letter, day=day, start=time(10, 30),
                        place="Ruang Rapat", examiners=("Yosef Nahak",), **kw)  # type: ignore[arg-type]


@pytest.fixture
def people(office: Office, admin: Workspace) -> tuple[Workspace, Workspace]:
    add_user(admin, "yosef", Role.OFFICER, "Yosef Nahak")
    add_user(admin, "agnes", Role.STAFF, "Agnes Seran")
    return office.login("yosef", OFFICER_PASSWORD), office.login("agnes", STAFF_PASSWORD)


def test_my_work_lists_what_is_due_for_each_role(
    admin: Workspace, people: tuple[Workspace, Workspace], clock: Clock
) -> None:
    officer, staff = people
    clock.set(date(2027, 1, 4))  # Monday
    late = admin.cases.submit(complaint(received_at=_received(date(2026, 12, 1)))).case_id
    asked = admin.cases.submit(complaint(received_at=_received(date(2026, 12, 28)))).case_id
    heard = admin.cases.submit(complaint(received_at=_received(date(2026, 12, 14)))).case_id
    waiting = admin.cases.submit(complaint(received_at=_received(date(2027, 1, 4)))).case_id
    for case in (late, asked, heard):
        admin.cases.assign(case, officer.user.id)
    p = officer.procedure
    p.start_verification(asked)
    p.request_information(asked, ["bukti transfer"], deadline=date(2027, 1, 6))
    letter = officer.letters.generate(asked, LetterKind.REQUEST_COMPLETION)
    p.start_verification(heard)
    p.mark_complete(heard)
    officer.cases.transition(heard, Stage.CLARIFICATION, "")
    p.schedule_hearing(heard, _hearing("reporter", date(2027, 1, 4), date(2027, 1, 4)))
    p.schedule_hearing(heard, _hearing("reporter", date(2027, 1, 4), date(2027, 1, 7)))
    staff_result, _pdf = staff.letters.submit_with_receipt(
        complaint(received_at=_received(date(2027, 1, 4))))

    work = my_work(officer)
    # Tue 5 January 2027 is Isra Mi'raj: three working days after Monday end on Friday.
    assert work.today == date(2027, 1, 4) and work.soon_until == date(2027, 1, 8)
    assert [(i.case_id, i.time, i.what) for i in work.hearings_today.items] == [
        (heard, "10:30", "reporter")]
    assert [(i.case_id, i.day) for i in work.hearings_week.items] == [(heard, date(2027, 1, 7))]
    assert [i.case_id for i in work.overdue.items] == [late]
    assert [(i.case_id, i.day, i.what) for i in work.deadlines_soon.items] == [
        (asked, date(2027, 1, 6), "reply")]
    assert [(i.case_id, i.what, i.ref) for i in work.letters_unprinted.items] == [
        (asked, "request-completion", letter.id)]
    assert work.unassigned.total == 0  # an officer does not assign
    assert work.due_today == 1  # the reporter's hearing this morning

    head = my_work(admin)  # every case, and the ones waiting for an officer
    assert {i.case_id for i in head.unassigned.items} == {waiting, staff_result.case_id}
    assert head.overdue.total == 1 and head.hearings_today.total == 1
    assert {i.what for i in head.letters_unprinted.items} == {"request-completion", "receipt"}

    front = my_work(staff)  # no case: only the receipt they made
    assert [(i.case_id, i.what) for i in front.letters_unprinted.items] == [
        (staff_result.case_id, "receipt")]
    assert front.hearings_today.total == front.overdue.total == front.unassigned.total == 0

    officer.letters.record_print(letter.id)
    assert my_work(officer).letters_unprinted.total == 0
    clock.set(date(2027, 1, 8))  # Friday: the reply deadline and Thursday's hearing have passed
    later = my_work(officer)
    assert [(i.case_id, i.what) for i in later.overdue.items] == [
        (late, "first_response"), (asked, "reply"), (heard, "hearing")]
    assert later.hearings_today.total == 0 and later.due_today == 0


def test_front_desk_tells_the_reporter_the_next_step(
    admin: Workspace, people: tuple[Workspace, Workspace], clock: Clock
) -> None:
    officer, staff = people
    clock.set(date(2027, 1, 4))
    submitted = staff.cases.submit(complaint(received_at=_received(date(2027, 1, 4))))
    code = submitted.tracking_code
    status = front_desk.look_up(staff, code.lower())
    assert (status.stage, status.received_on) == (Stage.RECEIVED, date(2027, 1, 4))
    assert status.next_step is ReporterStep.FIRST_RESPONSE
    assert status.next_on == date(2027, 1, 12)  # 5 working days (5 January is a holiday)
    assert status.case_id is None and status.register_number is None  # staff keep no case

    case = submitted.case_id
    assert front_desk.look_up(admin, code).case_id == case
    assert front_desk.look_up(officer, code).case_id is None  # not assigned
    admin.cases.assign(case, officer.user.id)
    officer.procedure.start_verification(case)
    officer.procedure.request_information(case, ["bukti"], deadline=date(2027, 1, 18))
    status = front_desk.look_up(officer, code)
    assert (status.next_step, status.next_on) == (ReporterStep.SEND_INFORMATION, date(2027, 1, 18))
    assert status.case_id == case and status.register_number == submitted.register_number

    officer.procedure.record_reply(case, "bukti dikirim")
    officer.procedure.mark_complete(case)
    officer.cases.transition(case, Stage.CLARIFICATION, "")
    assert front_desk.look_up(staff, code).next_step is ReporterStep.CLARIFICATION
    jan = date(2027, 1, 4)
    officer.procedure.schedule_hearing(case, _hearing("reporter", jan, date(2027, 1, 8)))
    status = front_desk.look_up(staff, code)
    assert (status.next_step, status.next_on) == (
        ReporterStep.CLARIFICATION_INVITED, date(2027, 1, 8))
    officer.cases.transition(case, Stage.EXAMINATION, "")
    officer.procedure.schedule_hearing(case, _hearing("accused", jan, date(2027, 1, 15)))
    status = front_desk.look_up(staff, code)
    assert (status.next_step, status.next_on) == (ReporterStep.EXAMINATION, None)  # not his day

    with pytest.raises(NotFound):
        front_desk.look_up(staff, new_tracking_code())
    newest = admin.audit.entries(action="tracking_lookup", limit=1)[0]
    assert newest.actor == "agnes" and newest.details == {"found": False}
