"""Holidays per year (proposed, confirmed, audited) and the summons rules through
the services, with the dates spelled out."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, time

import pytest
from sqlalchemy import text as sql

from tests.helpers.clock import Clock
from tests.helpers.office import complaint
from wbs_desktop.domain.calendar import HolidayKind, YearState
from wbs_desktop.domain.stages import Stage
from wbs_desktop.letters import LetterKind
from wbs_desktop.services.errors import PermissionDenied, ServiceError, SummonsRuleBroken
from wbs_desktop.services.procedure import HearingInput
from wbs_desktop.services.workspace import Workspace
from wbs_desktop.storage import migrate
from wbs_desktop.storage.db import create_db_engine


def _accused(letter: date, day: date, **kw: object) -> HearingInput:
    return HearingInput(
        party_kind="accused",
        letter_date=letter,
        day=day,
        start=time(9, 0),
        place="Ruang Rapat Inspektorat BKD Provinsi NTT",
        examiners=("Yosef Nahak, S.H.",),
        **kw,  # type: ignore[arg-type]
    )


def _examination_case(ws: Workspace) -> str:
    case = ws.cases.submit(complaint()).case_id
    for stage in (Stage.VERIFICATION, Stage.INVESTIGATION, Stage.EXAMINATION):
        ws.cases.transition(case, stage, "lanjut")
    return case


def test_2026_confirmed_2027_proposed_then_confirmed(admin: Workspace) -> None:
    y26, y27 = admin.holidays.year(2026), admin.holidays.year(2027)
    assert y26.state == YearState.CONFIRMED and len(y26.days) == 25
    assert y27.state == YearState.PROPOSED and y27.source.startswith("holidays ")
    by_day = {h.date: h for h in y27.days}
    assert by_day[date(2027, 1, 1)].kind == HolidayKind.HOLIDAY
    assert by_day[date(2027, 12, 24)].kind == HolidayKind.CUTI_BERSAMA
    assert admin.holidays.year(2028).state == YearState.MISSING
    confirmed = admin.holidays.confirm(2027)
    assert confirmed.state == YearState.CONFIRMED and confirmed.confirmed_by == "admin"
    assert confirmed.confirmed_at
    entries = [e for e in admin.audit.entries() if e.action == "holidays_confirmed"]
    assert entries and entries[-1].details["year"] == 2027
    assert admin.audit.verify().ok


def test_add_remove_import(admin: Workspace) -> None:
    h = admin.holidays.add(date(2026, 11, 30), "Hari Ulang Tahun Provinsi NTT", HolidayKind.HOLIDAY)
    assert date(2026, 11, 30) in {d.date for d in h.days} and h.state == YearState.CONFIRMED
    assert not admin.settings.calendar().is_working_day(date(2026, 11, 30))
    admin.holidays.remove(date(2026, 11, 30))
    assert admin.settings.calendar().is_working_day(date(2026, 11, 30))
    with pytest.raises(ServiceError):
        admin.holidays.remove(date(2026, 11, 30))
    csv_text = (
        "date,name,kind\n2028-01-01,Tahun Baru Masehi,libur nasional\n"
        "2028-01-27,Tahun Baru Imlek,cuti bersama\n"
    )
    y = admin.holidays.import_text(2028, csv_text)
    assert y.state == YearState.PROPOSED and len(y.days) == 2
    assert y.days[1].kind == HolidayKind.CUTI_BERSAMA
    js = json.dumps([{"date": "2028-01-01", "name": "Tahun Baru", "kind": "holiday"}])
    assert len(admin.holidays.import_text(2028, js).days) == 1
    with pytest.raises(ServiceError) as err:
        admin.holidays.import_text(2028, "date,name,kind\n2029-01-01,X,holiday\n")
    assert err.value.code == "holiday_wrong_year"


def test_officer_cannot_change_holidays(office, admin: Workspace) -> None:  # type: ignore[no-untyped-def]
    from tests.helpers.office import OFFICER_PASSWORD, add_user
    from wbs_desktop.domain.roles import Role

    add_user(admin, "yosef", Role.OFFICER, "Yosef Nahak")
    officer = office.login("yosef", OFFICER_PASSWORD)
    with pytest.raises(PermissionDenied):
        officer.holidays.confirm(2027)


def test_letter_of_17_december_2026(admin: Workspace, clock: Clock) -> None:
    clock.set(date(2026, 12, 17))
    e = admin.holidays.earliest_hearing(date(2026, 12, 17))
    assert e.earliest == date(2026, 12, 31) and e.warnings == ()
    case = _examination_case(admin)
    with pytest.raises(SummonsRuleBroken) as err:
        admin.procedure.schedule_hearing(case, _accused(date(2026, 12, 17), date(2026, 12, 30)))
    assert err.value.code == "summons_too_late"
    assert err.value.params["earliest"] == date(2026, 12, 31)
    with pytest.raises(SummonsRuleBroken) as err:
        admin.procedure.schedule_hearing(case, _accused(date(2026, 12, 17), date(2027, 1, 1)))
    assert err.value.code == "hearing_not_working_day"
    h = admin.procedure.schedule_hearing(case, _accused(date(2026, 12, 17), date(2026, 12, 31)))
    # Absence before the hearing day is refused; on the day it is recorded.
    clock.set(date(2026, 12, 30))
    with pytest.raises(SummonsRuleBroken) as err:
        admin.procedure.record_attendance(h.id, present=False)
    assert err.value.code == "attendance_before_hearing"
    assert err.value.params["earliest"] == date(2026, 12, 31)
    clock.set(date(2026, 12, 31))
    result = admin.procedure.record_attendance(h.id, present=False)
    proposal = result.second_summons
    assert proposal is not None
    assert (proposal.letter_date, proposal.earliest_day) == (date(2026, 12, 31), date(2027, 1, 14))
    # A second summons dated before the first hearing day: refused.
    with pytest.raises(SummonsRuleBroken) as err:
        admin.procedure.schedule_second_summons(
            h.id, _accused(date(2026, 12, 30), date(2027, 1, 14))
        )
    assert err.value.code == "second_letter_too_early"
    # Dated 8 working days after it (Thu 14 Jan 2027): refused, the last lawful is 13 Jan.
    with pytest.raises(SummonsRuleBroken) as err:
        admin.procedure.schedule_second_summons(
            h.id, _accused(date(2027, 1, 14), date(2027, 1, 26))
        )
    assert err.value.code == "second_letter_too_late"
    assert err.value.params["latest"] == date(2027, 1, 13)
    second = admin.procedure.schedule_second_summons(
        h.id, _accused(proposal.letter_date, proposal.earliest_day)
    )
    assert second.summons_no == 2
    # 2027's list is only proposed: the earliest date says so.
    assert [w.year for w in admin.holidays.earliest_hearing(date(2026, 12, 31)).warnings] == [2027]


def test_letter_dated_by_hand_against_the_rule_is_refused(admin: Workspace, clock: Clock) -> None:
    clock.set(date(2026, 12, 17))
    case = _examination_case(admin)
    h = admin.procedure.schedule_hearing(case, _accused(date(2026, 12, 17), date(2026, 12, 31)))
    draft = admin.letters.draft(case, LetterKind.SUMMONS_ACCUSED, h.id)
    typed = replace(draft, issued_on=date(2026, 12, 18))  # 30 Dec would be 6 days: too few
    with pytest.raises(SummonsRuleBroken) as err:
        admin.letters.generate(case, LetterKind.SUMMONS_ACCUSED, hearing_id=h.id, draft=typed)
    assert err.value.code == "summons_too_late"
    assert err.value.params["earliest"] == date(2027, 1, 4)
    # Generated days later than the grace allows, on the scheduled date: refused too.
    clock.set(date(2026, 12, 22))
    with pytest.raises(SummonsRuleBroken) as err:
        admin.letters.generate(case, LetterKind.SUMMONS_ACCUSED, hearing_id=h.id, draft=draft)
    assert err.value.code == "letter_in_past"
    clock.set(date(2026, 12, 18))
    letter = admin.letters.generate(case, LetterKind.SUMMONS_ACCUSED, hearing_id=h.id)
    assert letter.number


def test_admin_override_needs_a_reason_and_shows(admin: Workspace, clock: Clock) -> None:
    clock.set(date(2026, 12, 17))
    case = _examination_case(admin)
    with pytest.raises(SummonsRuleBroken):
        admin.procedure.schedule_hearing(case, _accused(date(2026, 12, 17), date(2026, 12, 30)))
    h = admin.procedure.schedule_hearing(
        case,
        _accused(date(2026, 12, 17), date(2026, 12, 30), override_reason="terlapor akan pensiun"),
    )
    assert h.rule_overridden and h.override_reason == "terlapor akan pensiun"
    event = [e for e in admin.cases.detail(case).timeline if e.kind == "hearing_scheduled"][-1]
    assert event.detail["override"] == "terlapor akan pensiun"
    assert event.detail["rules_set_aside"] == "summons_too_late"
    # Not even an administrator can examine on New Year's Day.
    with pytest.raises(SummonsRuleBroken):
        admin.procedure.schedule_hearing(
            case, _accused(date(2026, 12, 17), date(2027, 1, 1), override_reason="mendesak")
        )


def test_a_year_without_a_list_refuses_hearings(admin: Workspace, clock: Clock) -> None:
    clock.set(date(2027, 12, 20))
    case = _examination_case(admin)
    with pytest.raises(SummonsRuleBroken) as err:
        admin.procedure.schedule_hearing(case, _accused(date(2027, 12, 20), date(2028, 1, 10)))
    assert err.value.code == "year_without_holidays" and err.value.params["year"] == 2028
    admin.holidays.propose_from_package(2028)
    assert admin.procedure.schedule_hearing(
        case, _accused(date(2027, 12, 20), date(2028, 1, 10))
    ).day == date(2028, 1, 10)


def test_an_existing_database_keeps_its_list_and_gains_2027(db_url: str) -> None:
    engine = create_db_engine(db_url)
    try:
        migrate.upgrade(engine, "0003")
        office_list = [{"date": "2026-08-18", "kind": "holiday", "name": "Cuti kantor"}]
        with engine.begin() as conn:
            conn.execute(
                sql("INSERT INTO settings (key, value, updated_at) VALUES (:k, :v, :t)"),
                {"k": "holidays", "v": json.dumps(office_list), "t": "2026-11-01 00:00:00"},
            )
        migrate.upgrade(engine)
        with engine.connect() as conn:
            rows = dict(conn.execute(sql("SELECT key, value FROM settings")).all())
        days = json.loads(rows["holidays"])
        years = json.loads(rows["holidays.years"])
        assert days[0] == office_list[0]  # the office's list wins
        assert not any(d["date"] == "2026-01-01" for d in days)
        assert years["2026"]["state"] == "confirmed" and years["2027"]["state"] == "proposed"
        assert any(d["date"] == "2027-12-24" and d["kind"] == "cuti_bersama" for d in days)
    finally:
        engine.dispose()
