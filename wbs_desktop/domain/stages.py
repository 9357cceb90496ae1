"""The case's stages, the outcomes, and the transition table (DESIGN.md, "The procedure")."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from wbs_desktop.domain.errors import TransitionError


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
        return self in (Stage.CONCLUDED, Stage.CLOSED)


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


#: Forward moves of the procedure. Anything else is a step back (admin only,
#: with a reason) or impossible.
TRANSITIONS: dict[Stage, frozenset[Stage]] = {
    Stage.RECEIVED: frozenset({Stage.VERIFICATION, Stage.CLOSED}),
    Stage.VERIFICATION: frozenset({Stage.AWAITING_INFO, Stage.INVESTIGATION, Stage.CLOSED}),
    Stage.AWAITING_INFO: frozenset({Stage.VERIFICATION, Stage.CLOSED}),
    Stage.INVESTIGATION: frozenset(
        {Stage.CLARIFICATION, Stage.EXAMINATION, Stage.CONCLUDED, Stage.CLOSED}
    ),
    Stage.CLARIFICATION: frozenset({Stage.EXAMINATION, Stage.CONCLUDED}),
    Stage.EXAMINATION: frozenset({Stage.CONCLUDED}),
    Stage.CONCLUDED: frozenset(),
    Stage.CLOSED: frozenset(),
}


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
