"""The plan of the demo office: which cases, in which stage, and how each got there.

Pure and deterministic for a seed (content, stages, dates; the keys, case ids
and tracking codes the services make stay random: they are secrets). Two
kinds of case:

* the mass of cases (:attr:`DemoCase.events`): a timeline from "received" to
  the case's stage, written in bulk by :mod:`wbs_desktop.services.demo_bulk`; their
  reasons never claim a letter or a hearing that is not there;
* *worked* cases (:attr:`DemoCase.work`): the steps an officer takes — assign,
  verify, notes, a request for completion, attachments, witnesses, hearings on
  lawful working days (:mod:`wbs_desktop.domain.summons`), attendance, minutes
  with questions and answers, letters, the conclusion — each at its own time,
  replayed through the public services by :mod:`wbs_desktop.services.demo_worked`.

The sample words live in :mod:`wbs_desktop.domain.demo_samples`.
"""

from __future__ import annotations

import random
import secrets
import string
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta

from wbs_desktop.domain.calendar import WorkingCalendar
from wbs_desktop.domain.catalog import Channel
from wbs_desktop.domain.complaint import (
    AccusedInput,
    ComplaintInput,
    ReporterInput,
    normalized,
)
from wbs_desktop.domain.dates import DAY_NAMES_ID, OFFICE_TZ, format_date_id, utc_now
from wbs_desktop.domain.demo_samples import (
    AFTERMATH_LEVY,
    AFTERMATH_OTHER,
    CHANNEL_WEIGHTS,
    CLOSINGS,
    CONDUCT,
    EMAIL_DOMAINS,
    FAMILY_NAMES,
    FEMALE_NAMES,
    MALE_NAMES,
    MATTERS,
    OFFICER_POSITIONS,
    OPENINGS,
    POSITIONS,
    PREFIX_TITLES,
    PROJECTS,
    SHORT_REPORTS,
    STAGE_AGE_DAYS,
    STAGE_REASONS,
    STAGE_WEIGHTS,
    STEP_DAYS,
    SUFFIX_TITLES,
    WITNESSES,
    WORKPLACES,
    Workplace,
)
from wbs_desktop.domain.demo_work import WORKED_STAGES, CaseFacts, WorkStep, rupiah, work_steps
from wbs_desktop.domain.reporter_guard import name_tokens
from wbs_desktop.domain.stages import CloseReason, Outcome, Stage
from wbs_desktop.domain.summons import SummonsRules
from wbs_desktop.domain.text import normalize_nip, normalize_person_name

DEMO_OFFICERS = 5

# ============================================================================
# The plan of one case


@dataclass(frozen=True, slots=True)
class PlannedEvent:
    at: datetime  # aware UTC
    kind: str  # submitted | assigned | transition
    from_stage: Stage | None
    to_stage: Stage | None
    reason: str = ""
    detail: dict[str, str] = field(default_factory=dict)
    by_officer: bool = False  # done by the assigned officer (else the admin)


@dataclass(frozen=True, slots=True)
class DemoCase:
    complaint: ComplaintInput  # normalized, valid
    stage: Stage
    outcome: Outcome | None
    officer_slot: int | None  # which officer works it (index into the officer list)
    events: tuple[PlannedEvent, ...]  # the bulk timeline (a worked case: only "submitted")
    work: tuple[WorkStep, ...] = ()  # a worked case: its life through the services
    facts: CaseFacts | None = None  # what the minutes and notes of a worked case refer to

    @property
    def worked(self) -> bool:
        return bool(self.work)


@dataclass(frozen=True, slots=True)
class _Skeleton:
    received_at: datetime
    stage: Stage
    channel: Channel
    index: int  # the case's own random stream
    worked: bool = False  # chosen to be worked through the services


def _ascii(text: str) -> str:
    return "".join(ch for ch in text.lower() if ch in string.ascii_lowercase)


class DemoGenerator:
    """Plans demo cases: deterministic for ``seed`` (content, stages, dates)."""

    def __init__(
        self,
        seed: int | str | None,
        complaint_types: Sequence[str],
        *,
        now: datetime | None = None,
        officers: int = DEMO_OFFICERS,
        avoid_names: Sequence[str] = (),
        avoid_nips: Sequence[str] = (),
    ) -> None:
        self.seed = seed if seed is not None else secrets.randbits(64)
        self.types = list(complaint_types) or ["other"]
        self.now = (now or utc_now()).replace(microsecond=0)
        self.officers = max(officers, 1)
        self.avoid_names = {normalize_person_name(n) for n in avoid_names}
        self._blocked_tokens = set().union(
            *(name_tokens(n) for n in avoid_names),
            *(name_tokens(full) for _u, full, _n, _p in self.officer_identities()),
        )
        self.avoid_nips = {normalize_nip(n) for n in avoid_nips if n}
        rng = random.Random(f"{self.seed}:people")  # noqa: S311 - demo content, not secrets
        # A few accused turn up in several reports ("other reports on this person").
        self._repeat_accused = [self._accused(rng) for _ in range(40)]

    # -- the cases ----------------------------------------------------------

    def skeleton(
        self, count: int, worked: int = 0, calendar: WorkingCalendar | None = None
    ) -> list[_Skeleton]:
        """Stage, channel and receiving time of every case, oldest first; ``worked``
        of them (at most) chosen to be worked, most of them in the stages of hearings."""
        rng = random.Random(f"{self.seed}:skeleton")  # noqa: S311 - demo content, not secrets
        stages = list(STAGE_WEIGHTS)
        weights = list(STAGE_WEIGHTS.values())
        chosen = rng.choices(stages, weights, k=count)
        # Every stage at least once when there is room for it.
        if count >= len(stages):
            slots = rng.sample(range(count), len(stages))
            for slot, stage in zip(slots, stages, strict=True):
                chosen[slot] = stage
        channels = rng.choices(list(CHANNEL_WEIGHTS), list(CHANNEL_WEIGHTS.values()), k=count)
        result = []
        for i, (stage, channel) in enumerate(zip(chosen, channels, strict=True)):
            low, high = STAGE_AGE_DAYS[stage]
            received = self._received_at(rng, rng.uniform(low, high), channel)
            result.append(_Skeleton(received, stage, channel, i))
        result.sort(key=lambda s: (s.received_at, s.index))
        if worked > 0:
            result = self._choose_worked(rng, result, worked, calendar)
        return result

    def _choose_worked(
        self,
        rng: random.Random,
        plan: list[_Skeleton],
        n: int,
        calendar: WorkingCalendar | None,
    ) -> list[_Skeleton]:
        """Mark ``n`` skeletons as worked, three quarters of them in the stages of
        hearings, only in years the holiday list knows (``calendar``)."""
        hearings = (Stage.CLARIFICATION, Stage.EXAMINATION, Stage.CONCLUDED)
        years = calendar.covered_years if calendar is not None else None
        fit = [
            i
            for i, s in enumerate(plan)
            if s.stage in WORKED_STAGES
            and (years is None or s.received_at.astimezone(OFFICE_TZ).year in years)
        ]
        heard = [i for i in fit if plan[i].stage in hearings]
        early = [i for i in fit if plan[i].stage not in hearings]
        take = rng.sample(heard, min(len(heard), (n * 3 + 3) // 4))
        take += rng.sample(early, min(len(early), n - len(take)))
        chosen = set(take)
        return [
            _Skeleton(s.received_at, s.stage, s.channel, s.index, True) if i in chosen else s
            for i, s in enumerate(plan)
        ]

    def case(
        self,
        sk: _Skeleton,
        calendar: WorkingCalendar | None = None,
        rules: SummonsRules | None = None,
    ) -> DemoCase:
        """The case of ``sk``: worked (with :attr:`DemoCase.work`) when the skeleton
        was chosen for it, a ``calendar`` is given and its life fits before now."""
        rng = random.Random(f"{self.seed}:case:{sk.index}")  # noqa: S311 - demo content, not secrets
        incomplete = sk.stage == Stage.AWAITING_INFO or (
            sk.stage == Stage.CLOSED and rng.random() < 0.5
        )
        complaint, facts = self._complaint(rng, sk, incomplete=incomplete)
        outcome, events, officer_slot = self._timeline(rng, sk, incomplete)
        bulk = DemoCase(complaint, sk.stage, outcome, officer_slot, events, facts=facts)
        if not sk.worked or calendar is None:
            return bulk
        work_rng = random.Random(f"{self.seed}:work:{sk.index}")  # noqa: S311 - demo content
        if sk.stage == Stage.CONCLUDED:
            outcome = work_rng.choices(
                (Outcome.SUBSTANTIATED, Outcome.NOT_SUBSTANTIATED, Outcome.REFERRED),
                (35, 45, 20),
            )[0]
        work = work_steps(
            work_rng,
            bulk.stage,
            facts,
            bulk.complaint,
            outcome,
            calendar,
            rules or SummonsRules(),
            now=self.now,
        )
        if not work:
            return bulk
        slot = officer_slot if officer_slot is not None else work_rng.randrange(self.officers)
        complaint = self._reporter_kept_out(work_rng, complaint, facts)
        return DemoCase(complaint, sk.stage, outcome, slot, events[:1], work, facts)

    def _reporter_kept_out(
        self, rng: random.Random, c: ComplaintInput, facts: CaseFacts
    ) -> ComplaintInput:
        """The reporter renamed when a part of their name would stand in the case's
        letters to others (the accused's or the witness's name, an officer's, a
        user's, the unit): the letters' guard would rightly refuse them."""
        taken = set().union(
            *(
                name_tokens(n)
                for n in (c.accused.name, c.accused.unit, c.location, facts.witness, facts.town)
            ),
            self._blocked_tokens,
        )
        reporter = c.reporter
        for _ in range(50):
            if not name_tokens(reporter.name) & taken:
                break
            name = self._person(rng)[0]
            first, *_, last = name.split()
            email = reporter.email and (
                f"{_ascii(first)}.{_ascii(last)}{rng.randint(1, 99)}@{rng.choice(EMAIL_DOMAINS)}"
            )
            reporter = ReporterInput(
                name=name,
                phone=reporter.phone,
                email=email,
                consent_to_contact=reporter.consent_to_contact,
            )
        return normalized(replace(c, reporter=reporter))

    def officer_identities(self) -> list[tuple[str, str, str, str]]:
        """(username, full name, NIP, position) of the demo officers."""
        rng = random.Random(f"{self.seed}:officers")  # noqa: S311 - demo content, not secrets
        people: list[tuple[str, str, str, str]] = []
        seen: set[str] = set()
        while len(people) < self.officers:
            female = rng.random() < 0.45
            first = rng.choice(FEMALE_NAMES if female else MALE_NAMES)
            last = rng.choice(FAMILY_NAMES)
            full = f"{first} {last}"
            username = f"{_ascii(first.split()[0])}.{_ascii(last)}"
            if username in seen or normalize_person_name(full) in self.avoid_names:
                continue
            seen.add(username)
            nip = self._nip(rng, female)
            suffix = rng.choice(SUFFIX_TITLES)
            people.append((username, full + suffix, nip, rng.choice(OFFICER_POSITIONS)))
        return people

    def head_identity(self) -> tuple[str, str, str]:
        """(full name, NIP, pangkat) of the demo office's head, who signs its letters."""
        rng = random.Random(f"{self.seed}:head")  # noqa: S311 - demo content, not secrets
        while True:
            female = rng.random() < 0.45
            first = rng.choice(FEMALE_NAMES if female else MALE_NAMES)
            full = f"{rng.choice(('Dr. ', ''))}{first} {rng.choice(FAMILY_NAMES)}"
            if normalize_person_name(full) not in self.avoid_names:
                break
        # a senior official: born 1966-1974, in the service since their mid-twenties
        birth = date(rng.randint(1966, 1974), rng.randint(1, 12), rng.randint(1, 28))
        start = birth.year + rng.randint(23, 28)
        gender = 2 if female else 1
        nip = f"{birth:%Y%m%d}{start:04d}{rng.randint(1, 12):02d}{gender}{rng.randint(1, 9):03d}"
        return f"{full}, S.H., M.Si.", nip, "Pembina Utama Muda (IV/c)"

    # -- parts --------------------------------------------------------------

    def _received_at(self, rng: random.Random, age_days: float, channel: Channel) -> datetime:
        at = (self.now - timedelta(days=age_days)).astimezone(OFFICE_TZ)
        if channel in (Channel.PAPER, Channel.WALK_IN, Channel.PHONE):
            # Office hours on a weekday.
            day = at.date()
            while day.weekday() >= 5:
                day -= timedelta(days=1)
            minutes = rng.randint(8 * 60, 15 * 60 + 30)
            at = datetime.combine(day, time(minutes // 60, minutes % 60), OFFICE_TZ)
        at = at.astimezone(UTC).replace(microsecond=0)
        latest = self.now - timedelta(minutes=5)
        return min(at, latest)

    def _person(self, rng: random.Random, female: bool | None = None) -> tuple[str, bool]:
        if female is None:
            female = rng.random() < 0.45
        first = rng.choice(FEMALE_NAMES if female else MALE_NAMES)
        if rng.random() < 0.25:
            first = f"{first} {rng.choice(FEMALE_NAMES if female else MALE_NAMES)}"
        return f"{first} {rng.choice(FAMILY_NAMES)}", female

    def _nip(self, rng: random.Random, female: bool) -> str:
        birth = date(rng.randint(1966, 1996), rng.randint(1, 12), rng.randint(1, 28))
        earliest = birth.year + 22
        latest = min(self.now.year - 1, birth.year + 35)
        year = rng.randint(min(earliest, latest), latest)
        gender = 2 if female else 1
        return f"{birth:%Y%m%d}{year:04d}{rng.randint(1, 12):02d}{gender}{rng.randint(1, 999):03d}"

    def _accused(self, rng: random.Random) -> AccusedInput:
        while True:
            name, female = self._person(rng)
            if normalize_person_name(name) not in self.avoid_names:
                break
        if rng.random() < 0.2:
            name = rng.choice(PREFIX_TITLES) + name
        elif rng.random() < 0.4:
            name = name + rng.choice(SUFFIX_TITLES)
        workplace = rng.choice(WORKPLACES)
        nip = self._nip(rng, female) if rng.random() < 0.6 else ""
        if nip in self.avoid_nips:
            nip = ""
        position = rng.choice(POSITIONS[workplace.kind]) if rng.random() < 0.85 else ""
        return AccusedInput(name=name, nip=nip, position=position, unit=workplace.unit)

    def _complaint(
        self, rng: random.Random, sk: _Skeleton, *, incomplete: bool
    ) -> tuple[ComplaintInput, CaseFacts]:
        reporter_name, _ = self._person(rng)
        first, *_, last = reporter_name.split()
        has_phone = rng.random() < 0.85
        has_email = not has_phone or rng.random() < 0.5
        phone = ""
        if has_phone:
            prefix = rng.choice(("812", "813", "821", "822", "852", "853", "811", "815", "878"))
            phone = "+62" + prefix + "".join(rng.choices(string.digits, k=rng.randint(7, 9)))
        email = ""
        if has_email:
            email = (
                f"{_ascii(first)}.{_ascii(last)}{rng.randint(1, 99)}@{rng.choice(EMAIL_DOMAINS)}"
            )
        reporter = ReporterInput(
            name=reporter_name,
            phone=phone,
            email=email,
            consent_to_contact=rng.random() < 0.7,
        )
        code = rng.choice(self.types)
        repeat = rng.random() < 0.1
        accused = rng.choice(self._repeat_accused) if repeat else self._accused(rng)
        workplace = next((w for w in WORKPLACES if w.unit == accused.unit), WORKPLACES[0])
        received_day = sk.received_at.astimezone(OFFICE_TZ).date()
        incident = received_day - timedelta(days=rng.randint(1, 60))
        while incident.weekday() >= 5:  # offices and schools are visited on weekdays
            incident -= timedelta(days=1)
        matter = rng.choice(MATTERS[workplace.kind])
        amount = rng.randint(4, 200) * 50_000
        witness = self._person(rng)[0]
        mentioned = False
        if incomplete:
            text = rng.choice(SHORT_REPORTS).format(
                name=accused.name, town=workplace.town, unit=workplace.unit
            )
            location = workplace.town if rng.random() < 0.5 else ""
            incident_date = incident if rng.random() < 0.3 else None
            links: tuple[str, ...] = ()
        else:
            text, mentioned = self._chronology(
                rng, code, accused, workplace, incident, matter, amount, witness
            )
            location = workplace.address
            incident_date = incident
            links = tuple(self._link(rng) for _ in range(rng.choice((0, 1, 1, 1, 2, 3))))
        # The loss figure is the amount the chronology names, and only that: a
        # report that names no amount may still claim a loss, without a figure.
        loss = (
            mentioned
            or code in ("illegal_levies", "bribery_gratification")
            or (code == "abuse_of_authority" and rng.random() < 0.3)
        )
        estimate = amount if mentioned else None
        complaint = ComplaintInput(
            channel=sk.channel,
            received_at=sk.received_at,
            reporter=reporter,
            complaint_type=code,
            accused=accused,
            location=location,
            incident_date=incident_date,
            chronology=text,
            material_loss=loss,
            loss_estimate=estimate,
            evidence_links=links,
        )
        facts = CaseFacts(matter, incident, workplace.town, witness, estimate)
        return normalized(complaint), facts

    def _chronology(
        self,
        rng: random.Random,
        code: str,
        accused: AccusedInput,
        workplace: Workplace,
        incident: date,
        matter: str,
        amount: int,
        witness: str,
    ) -> tuple[str, bool]:
        """The reporter's account, and whether it names ``amount`` (in rupiah)."""
        values = {
            "day": DAY_NAMES_ID[incident.weekday()],
            "date": format_date_id(incident),
            "month": format_date_id(incident).split(" ", 1)[1],
            "hour": f"{rng.randint(8, 14):02d}.{rng.choice(('00', '15', '30', '45'))}",
            "place": workplace.address.split(",")[0],
            "matter": matter,
            "town": workplace.town,
            "amount": rupiah(amount),
            "project": rng.choice(PROJECTS),
            "days": str(rng.randint(5, 30)),
            "witness": witness,
        }
        who = accused.name
        if accused.position:
            who += f" selaku {accused.position}"
        template = rng.choice(CONDUCT.get(code, CONDUCT["other"]))
        conduct = template.format(**values)
        parts = [
            rng.choice(OPENINGS).format(**values),
            f"Saudara {who} {conduct}.",
        ]
        aftermath = AFTERMATH_LEVY if code == "illegal_levies" else AFTERMATH_OTHER
        parts.append(rng.choice(aftermath).format(**values))
        parts.append(rng.choice(WITNESSES).format(**values))
        parts.append(rng.choice(CLOSINGS))
        text = "\n\n".join(parts) if rng.random() < 0.3 else " ".join(parts)
        return text, "{amount}" in template

    def _link(self, rng: random.Random) -> str:
        chars = string.ascii_letters + string.digits
        kind = rng.random()
        if kind < 0.55:
            return f"https://drive.google.com/file/d/{''.join(rng.choices(chars, k=33))}/view"
        if kind < 0.8:
            return f"https://photos.app.goo.gl/{''.join(rng.choices(chars, k=17))}"
        if kind < 0.9:
            return f"https://www.youtube.com/watch?v={''.join(rng.choices(chars, k=11))}"
        return f"https://www.dropbox.com/s/{''.join(rng.choices(chars, k=15)).lower()}/bukti.pdf"

    # -- the timeline -------------------------------------------------------

    def _timeline(
        self, rng: random.Random, sk: _Skeleton, incomplete: bool
    ) -> tuple[Outcome | None, tuple[PlannedEvent, ...], int | None]:
        """The steps from "received" to the case's stage, spread over its age."""
        stage = sk.stage
        outcome: Outcome | None = None
        close_reason: CloseReason | None = None
        # (step name, target stage) in order; "assigned" has no target.
        steps: list[tuple[str, Stage | None]] = []
        assigned = stage != Stage.RECEIVED or rng.random() < 0.35
        if stage == Stage.CLOSED:
            if incomplete:
                close_reason = CloseReason.INCOMPLETE_AFTER_DEADLINE
            else:
                close_reason = rng.choice((CloseReason.OUT_OF_SCOPE, CloseReason.DUPLICATE))
            if close_reason != CloseReason.INCOMPLETE_AFTER_DEADLINE and rng.random() < 0.5:
                assigned = False  # closed by the admin straight away
        if assigned:
            steps.append(("assigned", None))
        if stage == Stage.CLOSED:
            if close_reason == CloseReason.INCOMPLETE_AFTER_DEADLINE:
                steps += [
                    ("verification", Stage.VERIFICATION),
                    ("awaiting_info", Stage.AWAITING_INFO),
                    ("closed_incomplete", Stage.CLOSED),
                ]
            elif assigned:
                steps += [("verification", Stage.VERIFICATION), ("closed", Stage.CLOSED)]
            else:
                steps.append(("closed", Stage.CLOSED))
        elif stage != Stage.RECEIVED:
            steps.append(("verification", Stage.VERIFICATION))
            if stage == Stage.AWAITING_INFO:
                steps.append(("awaiting_info", Stage.AWAITING_INFO))
            elif stage != Stage.VERIFICATION:
                if rng.random() < 0.15:
                    steps += [
                        ("awaiting_info", Stage.AWAITING_INFO),
                        ("verification_again", Stage.VERIFICATION),
                    ]
                steps.append(("investigation", Stage.INVESTIGATION))
                # No hearing is written for these cases, so none passes through a
                # stage of hearings it did not have: they wait in it, or are
                # concluded from the investigation (not substantiated, or referred).
                if stage == Stage.CLARIFICATION:
                    steps.append(("clarification", Stage.CLARIFICATION))
                if stage == Stage.EXAMINATION:
                    steps.append(("examination", Stage.EXAMINATION))
                if stage == Stage.CONCLUDED:
                    steps.append(("concluded", Stage.CONCLUDED))
        if stage == Stage.CONCLUDED:
            outcome = rng.choices((Outcome.NOT_SUBSTANTIATED, Outcome.REFERRED), (65, 35))[0]

        gaps = [rng.uniform(*STEP_DAYS[name]) for name, _ in steps]
        span = (self.now - sk.received_at).total_seconds() / 86400
        budget = span * 0.85
        total = sum(gaps)
        if total > budget:
            gaps = [g * budget / total for g in gaps]

        events = [PlannedEvent(sk.received_at, "submitted", None, Stage.RECEIVED)]
        at = sk.received_at
        current = Stage.RECEIVED
        for (name, target), gap in zip(steps, gaps, strict=True):
            at = self._office_time(rng, at + timedelta(days=gap), at)
            if target is None:
                events.append(PlannedEvent(at, "assigned", None, None))
                continue
            detail: dict[str, str] = {}
            if name == "concluded":
                assert outcome is not None
                key = outcome.value
                detail["outcome"] = outcome.value
            elif target == Stage.CLOSED:
                assert close_reason is not None
                key = close_reason.value
                detail["close_reason"] = close_reason.value
            else:
                key = name
            events.append(
                PlannedEvent(
                    at,
                    "transition",
                    current,
                    target,
                    rng.choice(STAGE_REASONS[key]),
                    detail,
                    by_officer=assigned,
                )
            )
            current = target
        assert current == stage, (current, stage)
        slot = rng.randrange(self.officers) if assigned else None
        return outcome, tuple(events), slot

    def _office_time(self, rng: random.Random, at: datetime, after: datetime) -> datetime:
        """``at`` moved into office hours (08.00–16.00 WITA), after ``after``, not past now."""
        local = at.astimezone(OFFICE_TZ)
        if not 8 <= local.hour < 16 or local.weekday() >= 5:
            day = local.date() if local.hour < 8 else local.date() + timedelta(days=1)
            while day.weekday() >= 5:
                day += timedelta(days=1)
            minutes = rng.randint(8 * 60, 10 * 60)
            local = datetime.combine(day, time(minutes // 60, minutes % 60), OFFICE_TZ)
        result = local.astimezone(UTC).replace(microsecond=0)
        latest = self.now - timedelta(minutes=1)
        earliest = after + timedelta(minutes=1)
        if result > latest:
            result = max(earliest, latest - timedelta(minutes=rng.randint(0, 30)))
        return max(result, earliest)
