"""The case's stages, the outcomes, and everything the procedure knows about them
(DESIGN.md, "The procedure"): the steps each stage allows (and from them the
transition table), where an administrator may send a case back, which parties
are heard in which stage, which stages are final, and which deadline runs.

The window and the services ask this module; none of them restates it. A new
stage is a ``Stage`` member here plus its rows in the tables below (README,
"Development").
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from wbs_desktop.domain.errors import TransitionError
from wbs_desktop.domain.parties import Party


class Stage(StrEnum):
    RECEIVED = "received"  # Diterima
    VERIFICATION = "verification"  # Verifikasi
    AWAITING_INFO = "awaiting_info"  # Menunggu Kelengkapan
    INVESTIGATION = "investigation"  # Penelaahan
    CLARIFICATION = "clarification"  # Klarifikasi
    EXAMINATION = "examination"  # Pemeriksaan Terlapor
    CONCLUDED = "concluded"  # Selesai
    CLOSED = "closed"  # Ditutup

    @property
    def order(self) -> int:
        return STAGE_ORDER.index(self)

    @property
    def is_final(self) -> bool:
        """A finished case: nothing is worked on it until an administrator reopens it."""
        return self in FINAL_STAGES


#: The stages in procedural order (the timeline draws them in this order).
STAGE_ORDER: tuple[Stage, ...] = tuple(Stage)

#: The main path of a case that goes the whole way (the timeline's spine).
MAIN_PATH: tuple[Stage, ...] = (
    Stage.RECEIVED,
    Stage.VERIFICATION,
    Stage.INVESTIGATION,
    Stage.CLARIFICATION,
    Stage.EXAMINATION,
    Stage.CONCLUDED,
)


class Outcome(StrEnum):
    SUBSTANTIATED = "substantiated"  # terbukti
    NOT_SUBSTANTIATED = "not_substantiated"  # tidak terbukti
    REFERRED = "referred"  # dilimpahkan


class CloseReason(StrEnum):
    INCOMPLETE_AFTER_DEADLINE = "incomplete_after_deadline"
    OUT_OF_SCOPE = "out_of_scope"
    DUPLICATE = "duplicate"


#: The stages a case ends in (the one definition: lists, reports, the window and
#: the services all ask :attr:`Stage.is_final` or this set).
FINAL_STAGES: frozenset[Stage] = frozenset({Stage.CONCLUDED, Stage.CLOSED})
#: Their stored values, for queries and rows that carry the stage as text.
FINAL_STAGE_VALUES: frozenset[str] = frozenset(s.value for s in FINAL_STAGES)
#: The stages a case is worked in, in procedural order.
OPEN_STAGES: tuple[Stage, ...] = tuple(s for s in STAGE_ORDER if s not in FINAL_STAGES)


class Step(StrEnum):
    """A forward step of the procedure, as the officer takes it (one button each)."""

    START_VERIFICATION = "start_verification"
    MARK_COMPLETE = "mark_complete"  # complete (4W1H): start the investigation
    REQUEST_INFO = "request_info"  # incomplete: ask the reporter for more
    RECORD_REPLY = "record_reply"  # the reporter answered: back to verification
    TO_CLARIFICATION = "to_clarification"
    TO_EXAMINATION = "to_examination"
    CONCLUDE = "conclude"
    CLOSE = "close"


#: The steps each stage allows and the stage each leads to: the procedure's one
#: table. The forward transitions below are derived from it.
STEPS: dict[Stage, dict[Step, Stage]] = {
    Stage.RECEIVED: {Step.START_VERIFICATION: Stage.VERIFICATION, Step.CLOSE: Stage.CLOSED},
    Stage.VERIFICATION: {
        Step.MARK_COMPLETE: Stage.INVESTIGATION,
        Step.REQUEST_INFO: Stage.AWAITING_INFO,
        Step.CLOSE: Stage.CLOSED,
    },
    Stage.AWAITING_INFO: {Step.RECORD_REPLY: Stage.VERIFICATION, Step.CLOSE: Stage.CLOSED},
    Stage.INVESTIGATION: {
        Step.TO_CLARIFICATION: Stage.CLARIFICATION,
        Step.TO_EXAMINATION: Stage.EXAMINATION,
        Step.CONCLUDE: Stage.CONCLUDED,
        Step.CLOSE: Stage.CLOSED,
    },
    Stage.CLARIFICATION: {Step.TO_EXAMINATION: Stage.EXAMINATION, Step.CONCLUDE: Stage.CONCLUDED},
    Stage.EXAMINATION: {Step.CONCLUDE: Stage.CONCLUDED},
    Stage.CONCLUDED: {},
    Stage.CLOSED: {},
}

#: Forward moves of the procedure. Anything else is a step back (admin only,
#: with a reason) or impossible.
TRANSITIONS: dict[Stage, frozenset[Stage]] = {
    stage: frozenset(steps.values()) for stage, steps in STEPS.items()
}


#: Where each step leads, whichever stage it is taken from (one stage per step).
STEP_TARGETS: dict[Step, Stage] = {
    step: target for steps in STEPS.values() for step, target in steps.items()
}


def steps_in(stage: Stage) -> frozenset[Step]:
    """The forward steps a case in ``stage`` allows (none in a final stage)."""
    return frozenset(STEPS[stage])


def step_target(current: Stage, step: Step) -> Stage:
    """The stage ``step`` leads to from ``current``; TransitionError if it is not allowed there."""
    target = STEPS[current].get(step)
    if target is None:
        raise TransitionError(
            f"a case in stage {current} cannot {step}",
            current=current.value,
            step=step.value,
        )
    return target


def back_targets(current: Stage) -> tuple[Stage, ...]:
    """Where an administrator may send a case back (or reopen it) to, in order:
    an earlier working stage, never "received" nor a final one."""
    return tuple(
        s
        for s in OPEN_STAGES
        if s != Stage.RECEIVED and (current.is_final or s.order < current.order)
    )


#: The stage in which each party is heard (clarification: the reporter and
#: witnesses; examination: the accused).
HEARING_STAGE: dict[Party, Stage] = {
    Party.REPORTER: Stage.CLARIFICATION,
    Party.WITNESS: Stage.CLARIFICATION,
    Party.ACCUSED: Stage.EXAMINATION,
}


def parties_heard_in(stage: Stage) -> tuple[Party, ...]:
    """The parties a hearing can be scheduled for in ``stage`` (none outside hearings)."""
    return tuple(p for p, s in HEARING_STAGE.items() if s == stage)


#: The stages in which hearings are held.
HEARING_STAGES: frozenset[Stage] = frozenset(HEARING_STAGE.values())


class DeadlineKind(StrEnum):
    """Which deadline a case's due date is (``cases.due_kind``)."""

    FIRST_RESPONSE = "first_response"  # verification must start (working days, a setting)
    REPLY = "reply"  # the reporter's reply to a request for information (a setting)
    HEARING = "hearing"  # the scheduled hearing


#: The deadline that starts when a case enters a stage (other stages have none
#: of their own; a hearing's is set when it is scheduled).
STAGE_DEADLINE: dict[Stage, DeadlineKind] = {
    Stage.RECEIVED: DeadlineKind.FIRST_RESPONSE,
    Stage.AWAITING_INFO: DeadlineKind.REPLY,
}


def is_overdue(stage: str, due: dt.date | None, today: dt.date) -> bool:
    """A deadline passed on a case still being worked (``stage`` as stored or a Stage)."""
    return due is not None and due < today and stage not in FINAL_STAGE_VALUES


@dataclass(frozen=True, slots=True)
class TransitionKind:
    forward: bool  # a normal step of the procedure
    backward: bool  # going back a stage / reopening: admin only, reason required


def classify_transition(current: Stage, target: Stage) -> TransitionKind:
    """Tell whether ``current -> target`` is a forward step or a step back.

    Raises TransitionError when it is neither (same stage, or back to
    "received", which is only ever the first event).
    """
    if target in TRANSITIONS[current]:
        return TransitionKind(forward=True, backward=False)
    if target == current:
        raise TransitionError(
            f"the case is already in stage {current}", code="same_stage", stage=current.value
        )
    if target == Stage.RECEIVED or target.is_final:
        raise TransitionError(
            f"a case cannot move from {current} to {target}",
            current=current.value,
            target=target.value,
        )
    # Back to an earlier working stage (including reopening a final case).
    if current.is_final or target.order < current.order:
        return TransitionKind(forward=False, backward=True)
    raise TransitionError(
        f"a case cannot move from {current} to {target}",
        current=current.value,
        target=target.value,
    )


def requires_reason(current: Stage, target: Stage) -> bool:
    """A reason is required for closing, concluding and every step back."""
    kind = classify_transition(current, target)
    return kind.backward or target in (Stage.CLOSED, Stage.CONCLUDED, Stage.AWAITING_INFO)
