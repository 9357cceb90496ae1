"""The worked demo cases: an officer's steps from assignment to the case's
stage, on working days, hearings under the summons rules (``work_steps``), and
what a step is. ``services.demo_worked`` carries the steps out through the
services; ``demo_plan`` decides which cases are worked."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from wbs_desktop.domain.calendar import WorkingCalendar
from wbs_desktop.domain.complaint import ComplaintInput
from wbs_desktop.domain.dates import OFFICE_TZ, format_date_id
from wbs_desktop.domain.demo_samples import (
    ADMISSIONS,
    ATTACHMENTS,
    CONCLUSIONS,
    HEARING_PLACES,
    MISSING_ITEMS,
    NOTES_HEARING,
    NOTES_INVESTIGATION,
    NOTES_VERIFICATION,
    QA_ACCUSED,
    QA_REPORTER,
    QA_WITNESS,
    REFERRED_TO,
    REFUSALS,
    REPLIES,
    STAGE_REASONS,
    STATEMENTS,
    WITNESS_POSITIONS,
)
from wbs_desktop.domain.stages import Outcome, Stage
from wbs_desktop.domain.summons import SummonsRules

#: Stages a worked case can be in (closed and received cases stay in the bulk).
WORKED_STAGES = frozenset(
    {
        Stage.VERIFICATION,
        Stage.AWAITING_INFO,
        Stage.INVESTIGATION,
        Stage.CLARIFICATION,
        Stage.EXAMINATION,
        Stage.CONCLUDED,
    }
)


@dataclass(frozen=True, slots=True)
class WorkStep:
    """One act on a worked case, at its time (aware UTC).

    ``action`` names the service call (see ``services.demo_worked``); ``args``
    its plain arguments; a hearing is named by ``ref`` ("reporter", "witness",
    "accused1", "accused2") so later steps (its letter, attendance, minutes)
    find it."""

    at: datetime
    action: str
    args: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class CaseFacts:
    """What a worked case's minutes and notes refer to."""

    matter: str
    incident: date
    town: str
    witness: str
    amount: int | None


def rupiah(amount: int) -> str:
    return f"{amount:,}".replace(",", ".")


def work_steps(
    rng: random.Random,
    stage: Stage,
    facts: CaseFacts | None,
    complaint: ComplaintInput,
    outcome: Outcome | None,
    cal: WorkingCalendar,
    rules: SummonsRules,
    *,
    now: datetime,
) -> tuple[WorkStep, ...]:
    """An officer's steps from assignment to the case's stage, on working days,
    hearings by the summons rules; () when they do not fit before now (or the
    holiday list does not know the year)."""
    if stage not in WORKED_STAGES or facts is None:
        return ()
    received = complaint.received_at.astimezone(OFFICE_TZ)
    start = received.date()
    if not (cal.covers(start) and cal.covers(now.astimezone(OFFICE_TZ).date())):
        return ()
    pauses = {
        Stage.VERIFICATION: 2,
        Stage.AWAITING_INFO: 3,
        Stage.INVESTIGATION: 5,
        Stage.CLARIFICATION: 7,
        Stage.EXAMINATION: 9,
        Stage.CONCLUDED: 11,
    }[stage]
    age_working_days = (now.date() - start).days * 5 // 7
    extra = max(0, min(12, age_working_days // pauses - 8))
    steps: list[WorkStep] = []
    values = {
        "matter": facts.matter,
        "date": format_date_id(facts.incident),
        "town": facts.town,
        "unit": complaint.accused.unit,
        "accused": complaint.accused.name,
        "amount": rupiah(facts.amount) if facts.amount else "",
    }

    def at(day: date, hour: int, minute: int = 0) -> datetime:
        return datetime.combine(day, time(hour, minute), OFFICE_TZ).astimezone(UTC)

    def pause(day: date, low: int) -> date:
        return cal.add_working_days(day, low + rng.randint(0, extra))

    def add(when: datetime, action: str, **args: Any) -> None:
        # One act after the other, a few minutes apart on a busy day.
        if steps and when <= steps[-1].at:
            when = steps[-1].at + timedelta(minutes=rng.randint(3, 12))
        steps.append(WorkStep(when, action, args))

    def enter(target: Stage, after: date) -> date:
        """Into a stage of hearings, a pause after ``after``; its day."""
        day = pause(after, 2)
        add(at(day, 9), "transition", to=target.value, reason=rng.choice(STAGE_REASONS[target]))
        return day

    def qa(pairs: tuple[tuple[str, str], ...], **more: str) -> list[tuple[str, str]]:
        fill = {**values, **more}
        return [(q.format(**fill), a.format(**fill)) for q, a in pairs]

    def hearing(ref: str, party: str, letter: date, day: date, hour: int, kind: str) -> None:
        add(
            at(letter, 10),
            "hearing",
            ref=ref,
            party=party,
            letter_date=letter,
            day=day,
            start=time(hour, 0),
            place=rng.choice(HEARING_PLACES),
        )
        add(at(letter, 10, 20), "letter", ref=ref, kind=kind)

    def heard(ref: str, day: date, present: bool, pairs: list[tuple[str, str]]) -> None:
        add(at(day, 12), "attendance", ref=ref, present=present)
        if present:
            signed = ref != "accused1" or rng.random() < 0.9
            add(
                at(day, 14),
                "minutes",
                ref=ref,
                qa=pairs,
                statements=rng.choice(STATEMENTS),
                signed=signed,
                refusal_note="" if signed else REFUSALS[0],
            )

    day = cal.add_working_days(start, 1)
    add(at(day, 8, rng.randint(0, 59)), "assign")
    day = pause(day, 1)
    add(at(day, 9), "verify")
    add(at(day, 11), "note", text=rng.choice(NOTES_VERIFICATION).format(**values))
    if stage == Stage.AWAITING_INFO or (stage != Stage.VERIFICATION and rng.random() < 0.15):
        day = pause(day, 1)
        add(at(day, 10), "request_info", missing=list(rng.choice(MISSING_ITEMS)))
        add(at(day, 10, 30), "letter", kind="request-completion")
        if stage == Stage.AWAITING_INFO:
            return _fitted(steps, now)
        day = pause(day, 4)
        add(at(day, 9), "reply", summary=rng.choice(REPLIES))
    if stage == Stage.VERIFICATION:
        return _fitted(steps, now)
    day = pause(day, 1)
    name, description = ATTACHMENTS[rng.randrange(2)]
    add(at(day, 9), "attach", filename=name, description=description)
    add(at(day, 10), "complete", note=rng.choice(STAGE_REASONS["investigation"]))
    day = pause(day, 2)
    add(at(day, 11), "note", text=rng.choice(NOTES_INVESTIGATION).format(**values))
    if stage == Stage.INVESTIGATION:
        return _fitted(steps, now)

    examine = stage == Stage.EXAMINATION or (
        stage == Stage.CONCLUDED and (outcome == Outcome.SUBSTANTIATED or rng.random() < 0.7)
    )
    clarify = stage == Stage.CLARIFICATION or not examine or rng.random() < 0.7
    if clarify:
        day = enter(Stage.CLARIFICATION, day)
        add(
            at(day, 9, 30),
            "witness",
            name=facts.witness,
            position=rng.choice(WITNESS_POSITIONS),
            unit=complaint.accused.unit,
        )
        reporter_day = cal.add_working_days(day, 4 + rng.randint(0, 2))
        witness_day = cal.add_working_days(reporter_day, 1)
        hearing("reporter", "reporter", day, reporter_day, 9, "invite-reporter")
        hearing("witness", "witness", day, witness_day, 10, "request-witness")
        add(at(day, 11, 30), "note", text=rng.choice(NOTES_HEARING))
        heard("reporter", reporter_day, rng.random() < 0.95, qa(QA_REPORTER))
        heard("witness", witness_day, rng.random() < 0.85, qa(QA_WITNESS))
        day = witness_day
        if stage == Stage.CLARIFICATION:
            return _fitted(steps, now)
    if examine:
        day = enter(Stage.EXAMINATION, day)
        first = cal.add_working_days(
            cal.earliest_hearing_date(day, rules.min_working_days), rng.randint(0, 2)
        )
        hearing("accused1", "accused", day, first, 9, "summons-accused")
        present = rng.random() < 0.75
        admission = ADMISSIONS[0] if outcome == Outcome.SUBSTANTIATED else rng.choice(ADMISSIONS)
        heard("accused1", first, present, qa(QA_ACCUSED, admission=admission))
        day = first
        if not present:
            letter = cal.next_working_day(first + timedelta(days=1))
            second = cal.earliest_hearing_date(letter, rules.min_working_days)
            hearing("accused2", "accused", letter, second, 9, "summons-accused-2")
            steps[-2] = WorkStep(
                steps[-2].at, "second_summons", {**steps[-2].args, "previous": "accused1"}
            )
            # Absent twice, the decision rests on the evidence and the case is
            # concluded: a case still in examination had the accused come.
            present = stage == Stage.EXAMINATION or rng.random() < 0.6
            heard("accused2", second, present, qa(QA_ACCUSED, admission=admission))
            day = second
        if stage == Stage.EXAMINATION:
            return _fitted(steps, now)
    assert outcome is not None
    day = pause(day, 3)
    summary, recommendation = rng.choice(CONCLUSIONS[outcome.value])
    add(
        at(day, 10),
        "conclude",
        outcome=outcome.value,
        summary=summary,
        recommendations=recommendation,
        referred_to=rng.choice(REFERRED_TO) if outcome == Outcome.REFERRED else "",
    )
    return _fitted(steps, now)


def _fitted(steps: list[WorkStep], now: datetime) -> tuple[WorkStep, ...]:
    """The steps up to now; () when a change of stage would lie in the future
    (the case would not be in its stage yet). Hearings, attendance and minutes
    still to come are left for the officer (a hearing stays scheduled)."""
    latest = now - timedelta(minutes=10)
    moves = {"assign", "verify", "request_info", "reply", "complete", "transition", "conclude"}
    if any(s.at > latest for s in steps if s.action in moves):
        return ()
    return tuple(s for s in steps if s.at <= latest)
