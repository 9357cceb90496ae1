"""The demo plan (pure): loss figures as the text says, and worked cases whose steps
keep the procedure's order, the working days and the summons rules."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

from wbs_desktop.domain.calendar import WorkingCalendar
from wbs_desktop.domain.catalog import DEFAULT_COMPLAINT_TYPES
from wbs_desktop.domain.dates import OFFICE_TZ, clock_at, utc_now
from wbs_desktop.domain.demo_plan import DemoGenerator
from wbs_desktop.domain.demo_work import WORKED_STAGES
from wbs_desktop.domain.stages import Stage

NOW = datetime(2026, 11, 27, 7, 0, tzinfo=UTC)
CODES = [t.code for t in DEFAULT_COMPLAINT_TYPES]
CALENDAR = WorkingCalendar()  # the 2026 list


def _plan(seed: object, n: int, worked: int) -> list:
    gen = DemoGenerator(seed, CODES, now=NOW)
    return [gen.case(sk, CALENDAR) for sk in gen.skeleton(n, worked, CALENDAR)]


def test_the_loss_figure_is_the_amount_the_chronology_names():
    named = 0
    for c in _plan(11, 500, 0):
        text = c.complaint.chronology
        amounts = {int(a.replace(".", "")) for a in re.findall(r"Rp ([\d.]+\d)", text)}
        if c.complaint.loss_estimate is None:
            assert not amounts, text
        else:
            named += 1
            assert amounts == {c.complaint.loss_estimate} and c.complaint.material_loss
    assert named > 50


def test_worked_cases_follow_the_procedure_on_working_days():
    cases = _plan(5, 400, 60)
    worked = [c for c in cases if c.worked]
    assert 30 <= len(worked) <= 60
    assert {c.stage for c in worked} <= WORKED_STAGES
    assert {Stage.CLARIFICATION, Stage.EXAMINATION, Stage.CONCLUDED} <= {c.stage for c in worked}
    for c in worked:
        steps = c.work
        times = [s.at for s in steps]
        assert times == sorted(times) and times[0] > c.complaint.received_at
        assert times[-1] <= NOW
        assert steps[0].action == "assign"
        hearings = {s.args["ref"]: s for s in steps if s.action in ("hearing", "second_summons")}
        for s in hearings.values():
            letter, day = s.args["letter_date"], s.args["day"]
            assert s.at.astimezone(OFFICE_TZ).date() == letter < day
            assert CALENDAR.is_working_day(day) and CALENDAR.is_working_day(letter)
            if s.args["party"] == "accused":
                assert CALENDAR.working_days_between(letter, day) >= 7
        for s in steps:
            if s.action == "letter" and "ref" in s.args:
                assert (
                    s.at.astimezone(OFFICE_TZ).date() == hearings[s.args["ref"]].args["letter_date"]
                )
            if s.action in ("attendance", "minutes"):
                assert s.at.astimezone(OFFICE_TZ).date() >= hearings[s.args["ref"]].args["day"]
        second = hearings.get("accused2")
        if second is not None:
            first = hearings["accused1"].args["day"]
            assert first < second.args["letter_date"] <= CALENDAR.add_working_days(first, 7)
        moves = [s.args.get("to") for s in steps if s.action == "transition"]
        assert moves in ([], ["clarification"], ["examination"], ["clarification", "examination"])
        concluded = any(s.action == "conclude" for s in steps)
        assert concluded == (c.stage == Stage.CONCLUDED)
        absent_twice = [
            s for s in steps if s.action == "attendance" and s.args["ref"] == "accused2"
        ]
        if c.stage == Stage.EXAMINATION:  # absent twice, it would be decided and concluded
            assert all(s.args["present"] for s in absent_twice)
        assert c.complaint.incident_date is None or c.complaint.incident_date.weekday() < 5


def test_the_same_seed_works_the_same_cases_the_same_way():
    a = [(c.complaint, c.work) for c in _plan(3, 120, 20)]
    b = [(c.complaint, c.work) for c in _plan(3, 120, 20)]
    assert a == b
    assert a != [(c.complaint, c.work) for c in _plan(4, 120, 20)]


def test_clock_at_sets_the_clock_for_the_block_only():
    before = utc_now()
    with clock_at(NOW):
        assert utc_now() == NOW
    assert utc_now() - before < timedelta(minutes=5)
