"""The procedure's stage knowledge (domain.stages): one table of steps, the
transitions derived from it, one definition of a final stage, who is heard when."""

from __future__ import annotations

from datetime import date

import pytest

from wbs_desktop.domain.errors import TransitionError
from wbs_desktop.domain.parties import Attendance, Party
from wbs_desktop.domain.stages import (
    FINAL_STAGE_VALUES,
    FINAL_STAGES,
    HEARING_STAGES,
    OPEN_STAGES,
    STAGE_DEADLINE,
    STEP_TARGETS,
    STEPS,
    TRANSITIONS,
    DeadlineKind,
    Stage,
    Step,
    back_targets,
    classify_transition,
    is_overdue,
    parties_heard_in,
    step_target,
    steps_in,
)

#: The forward moves as DESIGN.md draws them, written out once more here so that
#: a change to the table of steps is a deliberate change to the procedure.
PROCEDURE = {
    Stage.RECEIVED: {Stage.VERIFICATION, Stage.CLOSED},
    Stage.VERIFICATION: {Stage.AWAITING_INFO, Stage.INVESTIGATION, Stage.CLOSED},
    Stage.AWAITING_INFO: {Stage.VERIFICATION, Stage.CLOSED},
    Stage.INVESTIGATION: {Stage.CLARIFICATION, Stage.EXAMINATION, Stage.CONCLUDED, Stage.CLOSED},
    Stage.CLARIFICATION: {Stage.EXAMINATION, Stage.CONCLUDED},
    Stage.EXAMINATION: {Stage.CONCLUDED},
    Stage.CONCLUDED: set(),
    Stage.CLOSED: set(),
}


def test_every_stage_has_its_row_and_the_transitions_are_the_steps() -> None:
    assert set(STEPS) == set(Stage)
    assert {s: set(t) for s, t in TRANSITIONS.items()} == PROCEDURE
    for stage, steps in STEPS.items():
        for step, target in steps.items():
            assert step_target(stage, step) is target is STEP_TARGETS[step]  # one per step
            assert classify_transition(stage, target).forward


def test_a_final_stage_is_one_thing() -> None:
    assert FINAL_STAGES == {Stage.CONCLUDED, Stage.CLOSED}
    assert FINAL_STAGE_VALUES == {"concluded", "closed"}
    for stage in Stage:
        # final: flagged so, allows no step, and is the end of the procedure
        assert stage.is_final == (stage in FINAL_STAGES) == (not steps_in(stage))
    assert OPEN_STAGES == tuple(s for s in Stage if not s.is_final)


def test_a_step_the_stage_does_not_allow_is_refused() -> None:
    with pytest.raises(TransitionError) as caught:
        step_target(Stage.RECEIVED, Step.RECORD_REPLY)
    assert caught.value.code == "transition_not_allowed"
    assert steps_in(Stage.RECEIVED) == {Step.START_VERIFICATION, Step.CLOSE}
    assert steps_in(Stage.AWAITING_INFO) == {Step.RECORD_REPLY, Step.CLOSE}
    assert steps_in(Stage.CLOSED) == frozenset()


def test_where_an_administrator_may_send_a_case_back() -> None:
    assert back_targets(Stage.RECEIVED) == ()
    assert back_targets(Stage.VERIFICATION) == ()
    assert back_targets(Stage.INVESTIGATION) == (Stage.VERIFICATION, Stage.AWAITING_INFO)
    working = (Stage.VERIFICATION, Stage.AWAITING_INFO, Stage.INVESTIGATION,
               Stage.CLARIFICATION, Stage.EXAMINATION)
    assert back_targets(Stage.CLOSED) == back_targets(Stage.CONCLUDED) == working
    for current in Stage:
        for target in back_targets(current):  # each one a move the procedure allows
            kind = classify_transition(current, target)
            assert kind.backward or target in TRANSITIONS[current]


def test_who_is_heard_in_which_stage() -> None:
    assert parties_heard_in(Stage.CLARIFICATION) == (Party.REPORTER, Party.WITNESS)
    assert parties_heard_in(Stage.EXAMINATION) == (Party.ACCUSED,)
    assert HEARING_STAGES == {Stage.CLARIFICATION, Stage.EXAMINATION}
    for stage in set(Stage) - HEARING_STAGES:
        assert parties_heard_in(stage) == ()


def test_the_enums_keep_the_stored_strings() -> None:
    # rows written before the enums existed read the same (no migration)
    assert [p.value for p in Party] == ["reporter", "witness", "accused"]
    assert [a.value for a in Attendance] == ["scheduled", "present", "absent"]
    assert [d.value for d in DeadlineKind] == ["first_response", "reply", "hearing"]
    assert Party.ACCUSED == "accused" and "reply" == DeadlineKind.REPLY
    assert STAGE_DEADLINE == {Stage.RECEIVED: DeadlineKind.FIRST_RESPONSE,
                              Stage.AWAITING_INFO: DeadlineKind.REPLY}


def test_overdue_only_while_the_case_is_worked() -> None:
    today = date(2026, 5, 4)
    assert is_overdue("verification", date(2026, 5, 3), today)
    assert is_overdue(Stage.AWAITING_INFO, date(2026, 5, 3), today)
    assert not is_overdue("verification", today, today)
    assert not is_overdue("verification", None, today)
    for final in FINAL_STAGES:
        assert not is_overdue(final.value, date(2026, 5, 3), today)
