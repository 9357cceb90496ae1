"""What the front desk may tell a reporter who gives their tracking code.

The reporter learns the stage, the date received, and the next step that
concerns *them* with its date: the first answer of the office, the deadline to
send what was asked for, the day they are invited to a clarification. Nothing
about the accused or the witnesses (their hearing days included) is told: the
next step of an examination is only that the reporter will hear of the
outcome. Pure: computed from plain metadata (stage, due date and kind, the
reporter's next hearing day), no keys needed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from wbs_desktop.domain.stages import Stage


class ReporterStep(StrEnum):
    FIRST_RESPONSE = "first_response"  # the office checks the report; first answer by the date
    VERIFICATION = "verification"  # the report is being checked for completeness
    SEND_INFORMATION = "send_information"  # the reporter sends what was asked, by the date
    INVESTIGATION = "investigation"  # the report is being looked into
    CLARIFICATION_INVITED = "clarification_invited"  # the reporter is invited on the date
    CLARIFICATION = "clarification"  # an invitation may follow
    EXAMINATION = "examination"  # the reported person is heard; the outcome comes by letter
    CONCLUDED = "concluded"  # concluded on the date; a notice goes to the reporter
    CLOSED = "closed"  # closed on the date


@dataclass(frozen=True, slots=True)
class NextStep:
    step: ReporterStep
    on: date | None  # the date that goes with it (None: none to tell)


def next_step(
    stage: Stage,
    *,
    due_date: date | None,
    due_kind: str | None,
    stage_changed_on: date,
    reporter_hearing_on: date | None = None,
) -> NextStep:
    """The next step a reporter can be told for a case in ``stage``.

    ``due_date``/``due_kind`` are the case's current deadline (only the
    first-response and reply deadlines concern the reporter: a hearing deadline
    may be the accused's); ``reporter_hearing_on`` the reporter's own next
    scheduled hearing, if any.
    """
    if stage is Stage.RECEIVED:
        return NextStep(ReporterStep.FIRST_RESPONSE,
                        due_date if due_kind == "first_response" else None)
    if stage is Stage.VERIFICATION:
        return NextStep(ReporterStep.VERIFICATION, None)
    if stage is Stage.AWAITING_INFO:
        return NextStep(ReporterStep.SEND_INFORMATION, due_date if due_kind == "reply" else None)
    if stage is Stage.INVESTIGATION:
        return NextStep(ReporterStep.INVESTIGATION, None)
    if stage is Stage.CLARIFICATION:
        if reporter_hearing_on is not None:
            return NextStep(ReporterStep.CLARIFICATION_INVITED, reporter_hearing_on)
        return NextStep(ReporterStep.CLARIFICATION, None)
    if stage is Stage.EXAMINATION:
        return NextStep(ReporterStep.EXAMINATION, None)
    if stage is Stage.CONCLUDED:
        return NextStep(ReporterStep.CONCLUDED, stage_changed_on)
    return NextStep(ReporterStep.CLOSED, stage_changed_on)
