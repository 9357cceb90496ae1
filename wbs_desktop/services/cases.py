"""Cases: submit, look up, list and filter, detail, reveal identity, transitions,
assignment, related reports. Permissions and audit are enforced here."""

from __future__ import annotations

import json
import logging
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import case as sql_case
from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from wbs_desktop.domain import completeness
from wbs_desktop.domain.catalog import Channel, ComplaintType
from wbs_desktop.domain.complaint import ComplaintInput, normalized, validate_complaint
from wbs_desktop.domain.conflict import Person, same_person
from wbs_desktop.domain.dates import OFFICE_TZ, utc_now
from wbs_desktop.domain.dates import office_today as dates_office_today
from wbs_desktop.domain.errors import DomainError
from wbs_desktop.domain.numbering import format_number
from wbs_desktop.domain.roles import Action, Role
from wbs_desktop.domain.stages import (
    MAIN_PATH,
    STAGE_ORDER,
    Outcome,
    Stage,
    classify_transition,
    requires_reason,
)
from wbs_desktop.domain.text import has_control_character
from wbs_desktop.domain.tracking import new_tracking_code, normalize_tracking_code
from wbs_desktop.services import listing as case_listing
from wbs_desktop.services import settings as settings_store
from wbs_desktop.services.casefile import (
    MAX_REASON,
    CaseFile,
    case_field,
    check_version,
    column_decryptor,
    is_assigned,
    keys_for,
    load_case,
    open_json,
    seal_complaint,
    touch,
)
from wbs_desktop.services.dto import (
    AccusedInfo,
    CaseDetail,
    CaseFilter,
    CaseList,
    CaseRow,
    RelatedCase,
    ReporterIdentity,
    ReporterMasked,
    SortKey,
    StageSpan,
    SubmitResult,
    TimelineEvent,
    TrackingStatus,
)
from wbs_desktop.services.errors import (
    ConflictOfInterest,
    IntegrityBroken,
    NoGrant,
    NotFound,
    PermissionDenied,
    ReasonRequired,
    ServiceError,
    ValidationFailed,
)
from wbs_desktop.services.office import recipient_of, user_info
from wbs_desktop.services.rekey import rekey_for
from wbs_desktop.storage import crypto
from wbs_desktop.storage import keys as keystore
from wbs_desktop.storage.db import next_number
from wbs_desktop.storage.models import (
    Case,
    CaseAssignment,
    CaseEvent,
    CaseIndex,
    Office,
    User,
)

if TYPE_CHECKING:
    from wbs_desktop.services.workspace import Workspace

REGISTER_COUNTER = "register"
_RELATED_KINDS = ("accused_name", "accused_nip")
#: Related reports in a case's detail (the newest; ``related()`` lists them all):
#: a common name can match hundreds of reports.
RELATED_SHOWN = 20

log = logging.getLogger(__name__)


def office_date(at: datetime) -> date:
    return at.astimezone(OFFICE_TZ).date()


office_today = dates_office_today  # the one "today" of the app: Kupang's (WITA)


def _day_start_utc(day: date) -> datetime:
    return datetime.combine(day, time.min, OFFICE_TZ).astimezone(UTC)


def _mask_text(text: str) -> str:
    words = text.split()
    return " ".join(w[0] + "*" * 3 for w in words) if words else ""


def _mask_phone(phone: str) -> str:
    digits = [c for c in phone if c.isdigit()]
    if len(digits) < 4:
        return "*" * len(digits)
    return phone[:3] + " " + "*" * max(len(digits) - 6, 3) + "".join(digits[-3:])


def _mask_email(email: str) -> str:
    if "@" not in email:
        return _mask_text(email)
    local, _, domain = email.partition("@")
    host, _, tld = domain.rpartition(".")
    return f"{local[:1]}***@{host[:1]}***.{tld}" if host else f"{local[:1]}***@***"


@dataclass(frozen=True, slots=True)
class _Content:
    accused: AccusedInfo
    location: str
    incident_date: date | None
    chronology: str
    material_loss: bool
    loss_estimate: int | None
    evidence_links: tuple[str, ...]


#: Look-up kinds digested with the tracking key, which every user holds.
TRACKING_KEY_KINDS = frozenset({"tracking", "intake_source", "intake_content"})


class CaseService:
    def __init__(self, ws: Workspace) -> None:
        self.ws = ws

    # ======================================================================
    # Submitting and looking up

    def complaint_types(self) -> tuple[ComplaintType, ...]:
        with self.ws.read() as session:
            return settings_store.complaint_types(session)

    def submit(self, complaint: ComplaintInput) -> SubmitResult:
        """Register a complaint: number, tracking code, keys sealed to the admins
        and the recovery key — the submitter keeps nothing."""
        return self._submit(complaint)

    def _submit(
        self,
        complaint: ComplaintInput,
        after: Callable[[Session, Case, keystore.CaseKeys, SubmitResult], SubmitResult]
        | None = None,
    ) -> SubmitResult:
        """``after`` runs inside the same transaction with the new case's keys
        (the receipt is made there); the keys are dropped when it returns."""
        actor = self.ws.actor
        actor.require(Action.SUBMIT_CASE)
        with self.ws.read() as session:
            types = [t.code for t in settings_store.complaint_types(session)]
        errors = validate_complaint(complaint, types)
        if errors:
            raise ValidationFailed(
                "the complaint is not valid: "
                + "; ".join(f"{e.field}: {e.message}" for e in errors),
                errors,
            )
        c = normalized(complaint)
        case_id = uuid.uuid4().hex
        keys = keystore.CaseKeys.generate()
        tracking = new_tracking_code()
        ct = seal_complaint(case_id, keys, c, tracking)
        now = utc_now()
        with self.ws.write() as session:
            calendar = settings_store.calendar(session)
            deadlines = settings_store.deadlines(session)
            received_day = office_date(c.received_at)
            year = received_day.year
            seq = next_number(session, REGISTER_COUNTER, year)
            pattern = settings_store.get(session, "numbering.register")
            register = format_number(pattern, seq=seq, on=received_day)
            case = Case(
                id=case_id,
                register_number=register,
                register_year=year,
                register_seq=seq,
                received_at=c.received_at,
                channel=c.channel.value,
                complaint_type=c.complaint_type,
                stage=Stage.RECEIVED.value,
                stage_changed_at=now,
                due_date=calendar.add_working_days(
                    received_day, deadlines.first_response_working_days
                ),
                due_kind="first_response",
                created_by=actor.id,
                created_at=now,
                updated_at=now,
                updated_by=actor.id,
                version=1,
                key_version=keys.version,
                **ct,
            )
            session.add(case)
            session.flush()
            keystore.grant_case_keys(session, case_id, keys, self._admin_recipients(session))
            self._index(session, case_id, c, tracking)
            CaseFile(session, actor, case, keys).event("submitted", None, Stage.RECEIVED)
            self.ws.record(
                session,
                "case_submitted",
                case_id=case_id,
                details={"register": register, "channel": c.channel.value},
            )
            result = SubmitResult(case_id=case_id, register_number=register, tracking_code=tracking)
            if after is not None:
                result = after(session, case, keys, result)
        del keys
        return result

    def lookup_tracking(self, code: str) -> TrackingStatus:
        """The stage of the case with this tracking code — and nothing else."""
        self.ws.actor.require(Action.LOOKUP_TRACKING)
        try:
            normalized_code = normalize_tracking_code(code)
        except DomainError as exc:
            raise ServiceError(str(exc), code=exc.code) from exc
        digest = self._digest("tracking", normalized_code)
        with self.ws.read() as session:
            row = session.execute(
                select(Case.stage, Case.received_at)
                .join(CaseIndex, CaseIndex.case_id == Case.id)
                .where(CaseIndex.kind == "tracking", CaseIndex.digest == digest)
            ).first()
        if row is None:
            raise NotFound("no case has this tracking code")
        with self.ws.write() as session:
            self.ws.record(session, "tracking_lookup", details={"found": True})
        return TrackingStatus(stage=Stage(row.stage), received_on=office_date(row.received_at))

    # ======================================================================
    # Listing

    def total_count(self) -> int:
        return self.listing(CaseFilter()).total

    def stage_counts(self, f: CaseFilter) -> dict[Stage, int]:
        """Counts per stage for the filter, ignoring its own stage choice."""
        return self.listing(f).stage_counts

    def search_ids(
        self, f: CaseFilter, sort: str = SortKey.RECEIVED, descending: bool = True
    ) -> list[str]:
        """Ids of the matching cases in order: the table builds rows lazily from them."""
        return self.listing(f, sort, descending).ids

    def listing(
        self, f: CaseFilter, sort: str = SortKey.RECEIVED, descending: bool = True
    ) -> CaseList:
        """One search: the matching ids in order, the stage counts, the total.

        Filters and order run over the session's copy of the unencrypted columns
        (``services.listing``), brought up to date from the audit head first;
        the free text runs over the session's cache of decrypted text."""
        self.ws.actor.require(Action.LIST_CASES)
        stages = frozenset(s.value for s in f.stages)
        text = f.text.strip().casefold()
        texts: dict[str, tuple[int, str]] = {}
        with self.ws.read() as session:
            state = self.ws.actor.listing.current(session)
            predicates = self._predicates(f, state)
            found, counts = case_listing.select_cases(
                state,
                stages=frozenset() if text else stages,
                predicates=predicates,
                count=not text,
            )
            if text and has_control_character(text):
                found = []  # no stored text holds one (the cache's "\x00" separator included)
            elif text and not predicates:  # every case: the texts lined up with them
                aligned = self.ws.actor.listing.aligned_texts(
                    state, lambda: self._texts_in_order(session, state)
                )
                found = [m for m, t in zip(state.order, aligned, strict=True) if text in t]
            elif text:
                found = self._matching(session, found, text)
            if text:
                # The counts follow the text too; only the stage choice is ignored.
                counts = case_listing.stage_counts(found)
                if stages:
                    found = [m for m in found if m.stage in stages]
            if sort == SortKey.ACCUSED:
                texts = self._search_texts(session, found)
        name: Callable[[case_listing.CaseMeta], str | None] | None = None
        if sort == SortKey.ACCUSED:  # decrypted names: those the user may read
            def name(m: case_listing.CaseMeta) -> str | None:
                return texts.get(m.id, _NO_TEXT)[1].partition("\x00")[0].casefold() or None

        result = case_listing.ordered(state, found, sort, descending, key=name)
        self.ws.flush_rewraps()
        return CaseList(
            ids=[m.id for m in result],
            stage_counts={Stage(s): n for s, n in counts.items()},
            total=len(state.meta),
            revision=f"{state.token[0]}:{state.token[1].hex()}",
        )

    def _predicates(self, f: CaseFilter, state: case_listing.State) -> list[case_listing.Predicate]:
        """The filter's conditions other than the stage and the text."""
        tests: list[case_listing.Predicate] = []
        if f.case_ids is not None:
            chosen = f.case_ids
            tests.append(lambda m: m.id in chosen)
        if f.complaint_types:
            types = frozenset(f.complaint_types)
            tests.append(lambda m: m.complaint_type in types)
        if f.channels:
            channels = frozenset(c.value for c in f.channels)
            tests.append(lambda m: m.channel in channels)
        if f.received_from is not None:
            lo = state.stored_time(_day_start_utc(f.received_from))
            tests.append(lambda m: m.received_at >= lo)
        if f.received_to is not None:
            hi = state.stored_time(_day_start_utc(f.received_to + timedelta(days=1)))
            tests.append(lambda m: m.received_at < hi)
        officer = self.ws.actor.id if f.assigned_to_me else f.officer_id
        if officer is not None:
            assigned = state.officers
            tests.append(lambda m: officer in assigned.get(m.id, ()))
        if f.overdue_only:
            today = state.stored_date(office_today())
            tests.append(lambda m: case_listing.overdue(m, today))
        return tests

    def rows(self, ids: Sequence[str]) -> list[CaseRow]:
        """Rows for the given ids, in that order (ids that vanished are skipped)."""
        self.ws.actor.require(Action.LIST_CASES)
        if not ids:
            return []
        actor = self.ws.actor
        with self.ws.read() as session:
            # The listed columns from the session's listing; from the database only
            # the register number and the ciphertext (plain rows, not ORM objects).
            state = actor.listing.current(session)
            stored: dict[str, Any] = {}
            conn = session.connection()  # Core: the ORM's row handling costs more here
            for start in range(0, len(ids), 500):
                chunk = list(ids[start : start + 500])
                for r in conn.execute(select(*_ROW_COLUMNS).where(Case.id.in_(chunk))):
                    stored[r.id] = r
            keys = keys_for(session, actor, list(stored.values()))
        today = state.stored_date(office_today())
        names, officers = state.officer_names, state.officers
        decrypt = _ACCUSED_DECRYPTOR
        result = []
        for case_id in ids:
            m = state.meta.get(case_id)
            row = stored.get(case_id)
            if m is None or row is None:
                continue  # vanished (or came after the listing was read: next refresh)
            accused = None
            damaged = False
            case_keys = keys.get(case_id)
            if case_keys is not None:
                try:
                    plain = decrypt(case_keys.content_for(row.accused_ct), row.accused_ct, case_id)
                    accused = json.loads(plain)["name"]
                except (crypto.CryptoError, ValueError, KeyError, TypeError):
                    # One damaged row stays one damaged row: the table marks it and the
                    # administrator finds it with `wbs-admin verify-data`.
                    log.warning("case %s: stored data failed its check (accused_ct)",
                                row.register_number)
                    damaged = True
            result.append(
                CaseRow(
                    id=case_id,
                    register_number=row.register_number,
                    received_at=state.received_at(m),
                    complaint_type=m.complaint_type,
                    channel=Channel(m.channel),
                    stage=Stage(m.stage),
                    officer_names=tuple(sorted(names.get(u, "") for u in officers.get(m.id, ()))),
                    due_date=state.due_date(m),
                    overdue=case_listing.overdue(m, today),
                    accused_name=accused,
                    damaged=damaged,
                )
            )
        self.ws.flush_rewraps()
        return result

    # ======================================================================
    # One case

    def detail(self, case_id: str) -> CaseDetail:
        actor = self.ws.actor
        actor.require(Action.LIST_CASES)
        procedure = self.ws.procedure
        with self.ws.read() as session:
            # One round trip per kind of thing shown, whatever the case holds: the
            # case with a flag per table of its hearings, notes… (only the tables
            # flagged are read); every user once (the officers and the names of
            # the timeline, notes, attachments and letters); the events; the
            # related reports (two statements). See tests/services/test_detail_queries.py.
            found = session.execute(
                select(Case, *procedure.presence()).where(Case.id == case_id)
            ).one_or_none()
            if found is None:
                raise NotFound(f"no case {case_id}")
            case = found[0]
            present = {field for field in procedure.EXTRA_TABLES if found._mapping[field]}
            users = session.execute(
                select(User, CaseAssignment.id)
                .outerjoin(
                    CaseAssignment,
                    (CaseAssignment.user_id == User.id) & (CaseAssignment.case_id == case_id),
                )
                .order_by(User.full_name)
            ).all()
            officers = tuple(user_info(u) for u, assigned in users if assigned is not None)
            names = {u.id: u.full_name for u, _assigned in users}
            keys = (
                keys_for(session, actor, [case]).get(case_id)
                if actor.can(Action.VIEW_CASE)
                else None
            )
            today = office_today()
            base: dict[str, Any] = {
                "id": case.id,
                "register_number": case.register_number,
                "received_at": case.received_at,
                "complaint_type": case.complaint_type,
                "channel": Channel(case.channel),
                "stage": Stage(case.stage),
                "outcome": Outcome(case.outcome) if case.outcome else None,
                "version": case.version,
                "officers": officers,
                "due_date": case.due_date,
                "due_kind": case.due_kind,
                "overdue": _overdue(case, today),
            }
            events = session.scalars(
                select(CaseEvent).where(CaseEvent.case_id == case_id).order_by(CaseEvent.id)
            ).all()
            timeline = tuple(self._timeline_event(case, keys, e, names) for e in events)
            spans = _stage_spans(case, timeline, today)
            if keys is None:
                detail = CaseDetail(**base, granted=False, timeline=timeline, stages=spans)
            else:
                related, related_total = self._related(session, case_id, RELATED_SHOWN)
                content = self._content(case, keys)
                identity = (
                    case_field(case, keys, Case.identity_ct)
                    if keys.identity
                    else None
                )
                masked = (
                    ReporterMasked(
                        name=_mask_text(identity["name"]),
                        phone=_mask_phone(identity["phone"]),
                        email=_mask_email(identity["email"]),
                        consent_to_contact=bool(identity["consent_to_contact"]),
                        anonymous=bool(identity.get("anonymous")),
                        has_address=bool(identity.get("address")),
                    )
                    if identity
                    else None
                )
                detail = CaseDetail(
                    **base,
                    granted=True,
                    accused=content.accused,
                    location=content.location,
                    incident_date=content.incident_date,
                    chronology=content.chronology,
                    material_loss=content.material_loss,
                    loss_estimate=content.loss_estimate,
                    evidence_links=content.evidence_links,
                    completeness=completeness.assess(
                        chronology=content.chronology,
                        location=content.location,
                        incident_date=content.incident_date,
                        accused_name=content.accused.name,
                        evidence_count=len(content.evidence_links),
                    ),
                    reporter=masked,
                    timeline=timeline,
                    stages=spans,
                    related=tuple(related),
                    related_total=related_total,
                    **procedure.extras(session, case, keys, present=present, names=names),
                )
        self.ws.flush_rewraps()
        return detail

    def reveal_identity(self, case_id: str, reason: str) -> ReporterIdentity:
        """The reporter's identity, for a grantee, with a stated reason (audited)."""
        actor = self.ws.actor
        actor.require(Action.VIEW_IDENTITY)
        reason = reason.strip()
        if len(reason) < 5:
            raise ReasonRequired("say why you need to see the reporter's identity")
        with self.ws.write() as session:
            cf = CaseFile.open(session, actor, case_id)
            if cf.keys.identity is None:
                raise NoGrant("you hold no key to this case's reporter identity")
            data = cf.identity()
            cf.record("identity_viewed", private={"reason": reason[:MAX_REASON]})
        return ReporterIdentity(
            name=data["name"],
            phone=data["phone"],
            email=data["email"],
            consent_to_contact=bool(data["consent_to_contact"]),
            address=str(data.get("address", "")),
            anonymous=bool(data.get("anonymous")),
        )

    def related(self, case_id: str) -> list[RelatedCase]:
        """Other reports about the same accused (same NIP, or the same name)."""
        self.ws.actor.require(Action.VIEW_CASE)
        with self.ws.read() as session:
            CaseFile.open(session, self.ws.actor, case_id)
            return self._related(session, case_id)[0]

    def _related(
        self, session: Session, case_id: str, limit: int | None = None
    ) -> tuple[list[RelatedCase], int]:
        """``related()`` inside a session (the caller checked the grant): the
        newest ``limit`` reports (all when None) and how many there are, in two
        statements however many match."""
        # The case's own digests by case id alone (a filter on the kind here lets
        # a planner without statistics scan the whole kind index).
        mine = [
            (kind, digest)
            for kind, digest in session.execute(
                select(CaseIndex.kind, CaseIndex.digest).where(CaseIndex.case_id == case_id)
            )
            if kind in _RELATED_KINDS
        ]
        if not mine:
            return [], 0
        # A report matching on both the NIP and the name is listed as matched on the NIP.
        by_nip = func.max(sql_case((CaseIndex.kind == "accused_nip", 1), else_=0))
        stmt = (
            select(
                Case.id,
                Case.register_number,
                Case.received_at,
                Case.stage,
                by_nip,
                func.count().over(),  # before the LIMIT: how many reports match
            )
            .join(CaseIndex, CaseIndex.case_id == Case.id)
            .where(
                or_(*((CaseIndex.kind == kind) & (CaseIndex.digest == d) for kind, d in mine)),
                Case.id != case_id,
            )
            .group_by(Case.id, Case.register_number, Case.received_at, Case.stage)
            .order_by(Case.received_at.desc(), Case.id)
        )
        if limit is not None:
            stmt = stmt.limit(limit)
        rows = session.execute(stmt).all()
        related = [
            RelatedCase(
                id=cid,
                register_number=register,
                received_at=received,
                stage=Stage(stage),
                matched_on="nip" if nip else "name",
            )
            for cid, register, received, stage, nip, _total in rows
        ]
        return related, (rows[0][5] if rows else 0)

    # ======================================================================
    # Changing a case

    def transition(
        self,
        case_id: str,
        target: Stage,
        reason: str = "",
        *,
        expected_version: int | None = None,
        outcome: Outcome | None = None,
        detail: dict[str, str] | None = None,
    ) -> CaseDetail:
        """Move the case to ``target``. Forward steps: officers (assigned) and admins;
        steps back and reopening: admins, with a reason."""
        actor = self.ws.actor
        actor.require(Action.TRANSITION)
        reason = reason.strip()
        with self.ws.write() as session:
            case = load_case(session, case_id, for_update=True)
            check_version(session, case, expected_version)
            current = Stage(case.stage)
            try:
                kind = classify_transition(current, target)
            except DomainError as exc:
                raise ServiceError(str(exc), code=exc.code) from exc
            if kind.backward:
                actor.require(Action.STEP_BACK)
            elif actor.role != Role.ADMIN and not is_assigned(session, case_id, actor.id):
                raise PermissionDenied("only the assigned officer or an admin may move this case")
            if requires_reason(current, target) and len(reason) < 3:
                raise ReasonRequired(f"moving to {target.value} needs a reason")
            if target == Stage.CONCLUDED:
                if outcome is None:
                    raise ServiceError(
                        "concluding a case needs an outcome", code="outcome_required"
                    )
                case.outcome = outcome.value
            elif kind.backward:
                case.outcome = None
            cf = CaseFile.of(session, actor, case)
            now = utc_now()
            case.stage = target.value
            case.stage_changed_at = now
            self._set_due(session, case)
            cf.touch(now)
            event_detail = dict(detail or {})
            if outcome is not None:
                event_detail["outcome"] = outcome.value
            cf.event(
                "reopened"
                if kind.backward and current.is_final
                else ("stepped_back" if kind.backward else "transition"),
                current,
                target,
                reason,
                event_detail,
            )
            cf.record(
                "case_transition",
                {"from": current.value, "to": target.value, "backward": kind.backward},
            )
        return self.detail(case_id)

    def assign(self, case_id: str, officer_id: int, *, expected_version: int | None = None) -> None:
        """Assign an officer: they get the case's keys (unless in conflict of interest)."""
        actor = self.ws.actor
        actor.require(Action.ASSIGN)
        with self.ws.write() as session:
            case = load_case(session, case_id, for_update=True)
            check_version(session, case, expected_version)
            officer = session.get(User, officer_id)
            if officer is None or not officer.active:
                raise NotFound("no such active user")
            if officer.role not in (Role.OFFICER.value, Role.ADMIN.value):
                raise ServiceError("only officers and admins can work a case", code="not_officer")
            keys = keys_for(session, actor, [case]).get(case_id)
            if keys is None or keys.identity is None:
                raise NoGrant("you hold no key to this case")
            cf = CaseFile(session, actor, case, keys)
            conflict = self._conflict_of_interest(session, case, keys, officer)
            if conflict:
                self.ws.record(
                    session,
                    "assignment_refused",
                    case_id=case_id,
                    details={"officer": officer.username, "matched_on": conflict},
                )
                raise ConflictOfInterest(
                    f"{officer.full_name} is the accused of this case (same {conflict})",
                    officer=officer.full_name,
                    matched_on=conflict,
                )
            if is_assigned(session, case_id, officer_id):
                return
            now = utc_now()
            session.add(
                CaseAssignment(
                    case_id=case_id, user_id=officer_id, assigned_at=now, assigned_by=actor.id
                )
            )
            keystore.grant_case_keys(session, case_id, keys, [self._recipient(session, officer)])
            cf.touch(now)
            cf.event("assigned", detail={"officer": officer.full_name})
            cf.record("case_assigned", {"officer": officer.username})

    def unassign(self, case_id: str, officer_id: int) -> None:
        """Remove an officer; the case gets a new key version that they never
        hold (admins keep theirs: they hold every case anyway)."""
        actor = self.ws.actor
        actor.require(Action.ASSIGN)
        with self.ws.write() as session:
            case = load_case(session, case_id, for_update=True)
            assignment = session.scalars(
                select(CaseAssignment).where(
                    CaseAssignment.case_id == case_id, CaseAssignment.user_id == officer_id
                )
            ).one_or_none()
            if assignment is None:
                raise NotFound("this officer is not assigned to the case")
            officer = session.get(User, officer_id)
            assert officer is not None
            session.delete(assignment)
            session.flush()
            if officer.role != Role.ADMIN.value:
                rekey_for(actor, session, [case_id], excluded={officer_id})
                session.refresh(case)
            keys = keys_for(session, actor, [case]).get(case_id)
            now = utc_now()
            touch(case, actor.id, now)
            if keys is not None:
                CaseFile(session, actor, case, keys).event(
                    "unassigned", detail={"officer": officer.full_name}
                )
            self.ws.record(
                session,
                "case_unassigned",
                case_id=case_id,
                details={"register": case.register_number, "officer": officer.username},
            )

    # ======================================================================
    # Internals: encryption

    def _content(self, case: Case, keys: keystore.CaseKeys) -> _Content:
        accused = case_field(case, keys, Case.accused_ct)
        content = case_field(case, keys, Case.content_ct)
        incident = content.get("incident_date")
        return _Content(
            accused=AccusedInfo(**accused),
            location=content["location"],
            incident_date=date.fromisoformat(incident) if incident else None,
            chronology=content["chronology"],
            material_loss=bool(content["material_loss"]),
            loss_estimate=content.get("loss_estimate"),
            evidence_links=tuple(content.get("evidence_links") or ()),
        )

    def _digest(self, kind: str, value: str) -> bytes:
        """A look-up digest: tracking codes and the import's "already there" digests
        under the tracking key (every user: a random code, a web form's identifier or
        a whole report cannot be guessed name by name), names and NIPs under the
        people index key (administrators only)."""
        actor = self.ws.actor
        key = actor.tracking_key if kind in TRACKING_KEY_KINDS else actor.index_key
        if key is None:
            raise NoGrant(f"this account holds no office key for {kind} look-ups")
        return crypto.index_digest(key, kind, value)

    def _recipient(self, session: Session, user: User) -> keystore.Recipient:
        """Keys are sealed only to a user whose record matches its certificate."""
        trust = self.ws.office.trust
        return trust.recipient(session, user) if trust is not None else recipient_of(user)

    def _admin_recipients(self, session: Session) -> list[keystore.Recipient]:
        """Every active administrator and the recovery key, by their certificates
        (a record that disagrees with its certificate refuses the submission)."""
        trust = self.ws.office.trust
        if trust is None:
            admins = session.scalars(
                select(User).where(User.role == Role.ADMIN.value, User.active.is_(True))
            )
            office = session.scalars(select(Office)).one()
            return [
                *(recipient_of(u) for u in admins),
                keystore.Recipient(keystore.RECOVERY_HOLDER, None, office.recovery_public),
            ]
        return [
            *(trust.recipient(session, u) for u in trust.certified_admins(session)),
            trust.recovery_recipient(session),
        ]

    def _index(self, session: Session, case_id: str, c: ComplaintInput, tracking: str) -> None:
        session.add(
            CaseIndex(
                case_id=case_id,
                kind="tracking",
                digest=self._digest("tracking", normalize_tracking_code(tracking)),
            )
        )
        from wbs_desktop.services.people_index import index_person

        index_person(self.ws, session, case_id, c.accused.name, c.accused.nip)

    def _conflict_of_interest(
        self, session: Session, case: Case, keys: keystore.CaseKeys, officer: User
    ) -> str | None:
        """ "nip" or "name" when the officer is the case's accused, else None
        (the decrypted accused against the officer's row: domain.conflict)."""
        from wbs_desktop.services.conflicts import accused_of

        match = same_person(
            accused_of(self.ws, session, case, keys), Person(officer.full_name, officer.nip)
        )
        return match.value if match is not None else None

    def conflict_warnings(self, case_id: str) -> list[Any]:
        """Users whose name or NIP matches the accused (``services.conflicts.NameWarning``):
        the assign dialog and the CLI show them before assigning."""
        from wbs_desktop.services.conflicts import warnings_for_case

        return warnings_for_case(self.ws, case_id)

    def take_notices(self) -> list[Any]:
        """What the last calls must tell this user once (``ConflictRemoval``s)."""
        notices, self.ws.actor.notices[:] = list(self.ws.actor.notices), []
        return notices

    # ======================================================================
    # Internals: queries

    def _set_due(self, session: Session, case: Case) -> None:
        stage = Stage(case.stage)
        today = office_today()
        deadlines = settings_store.deadlines(session)
        if stage == Stage.RECEIVED:
            calendar = settings_store.calendar(session)
            case.due_date = calendar.add_working_days(
                office_date(case.received_at), deadlines.first_response_working_days
            )
            case.due_kind = "first_response"
        elif stage == Stage.AWAITING_INFO:
            case.due_date = today + timedelta(days=deadlines.reply_days)
            case.due_kind = "reply"
        else:
            case.due_date = None
            case.due_kind = None

    def _timeline_event(
        self,
        case: Case,
        keys: keystore.CaseKeys | None,
        event: CaseEvent,
        names: dict[int, str],
    ) -> TimelineEvent:
        reason = ""
        detail: dict[str, str] = {}
        if keys is not None and event.detail_ct is not None:
            data = open_json(keys, CaseEvent.detail_ct, event.id, event.detail_ct,
                             what=f"case {case.register_number}: a timeline entry")
            reason = str(data.pop("reason", ""))
            detail = {k: str(v) for k, v in data.items()}
        return TimelineEvent(
            at=event.at,
            kind=event.kind,
            actor_name=names.get(event.actor_id or -1, ""),
            from_stage=Stage(event.from_stage) if event.from_stage else None,
            to_stage=Stage(event.to_stage) if event.to_stage else None,
            reason=reason,
            detail=detail,
        )

    def _texts_in_order(self, session: Session, state: case_listing.State) -> list[str]:
        cache = self._search_texts(session, state.order)
        return [cache.get(m.id, _NO_TEXT)[1] for m in state.order]

    def _matching(
        self, session: Session, cases: list[case_listing.CaseMeta], needle: str
    ) -> list[case_listing.CaseMeta]:
        """The cases whose searchable text holds ``needle`` (case-folded), in order.

        One pass over the search cache, checking each entry is current on the way
        (a plain scan of the strings is the floor this is measured against)."""
        cache = self.ws.actor.search_text
        get = cache.get
        hits: list[case_listing.CaseMeta] = []
        stale: list[case_listing.CaseMeta] = []
        for m in cases:
            entry = get(m.id, _NO_TEXT)
            if entry[0] != m.version:
                stale.append(m)
            elif needle in entry[1]:
                # Matching "name\x00casefolded text" as a whole is matching the
                # text: case folding maps character by character and is idempotent,
                # so a folded needle found in the name is found in its folded copy.
                hits.append(m)
        if not stale:
            return hits
        self._search_texts(session, stale)  # first search, or cases changed since
        return [m for m in cases if needle in get(m.id, _NO_TEXT)[1]]

    def _search_texts(
        self, session: Session, cases: Sequence[case_listing.CaseMeta]
    ) -> dict[str, tuple[int, str]]:
        """The search cache, brought up to date for these cases (their id and
        version): (version, "accused name\x00casefolded searchable text")
        per case — decrypted fields for granted cases, the register number for
        everyone. Only cases missing from the cache or changed are read again."""
        actor = self.ws.actor
        cache = actor.search_text
        stale = [m.id for m in cases if cache.get(m.id, _NO_TEXT)[0] != m.version]
        for start in range(0, len(stale), 1000):
            chunk = stale[start : start + 1000]
            need = session.execute(
                select(
                    Case.id,
                    Case.version,
                    Case.key_version,
                    Case.register_number,
                    Case.register_seq,
                    Case.accused_ct,
                    Case.content_ct,
                ).where(Case.id.in_(chunk))
            ).all()
            keys: dict[str, keystore.CaseKeys] = {}
            if need and actor.can(Action.VIEW_CASE):
                stubs = [
                    _CaseStub(r.id, r.key_version, r.register_number, r.accused_ct, r.content_ct)
                    for r in need
                ]
                keys = keys_for(session, actor, stubs)
            for r in need:
                k = keys.get(r.id)
                if k is None:
                    actor.search_text[r.id] = (r.version, "\x00" + r.register_number.casefold())
                    continue
                stub = _CaseStub(r.id, r.key_version, r.register_number, r.accused_ct, r.content_ct)
                try:
                    accused = case_field(stub, k, Case.accused_ct)
                    content = case_field(stub, k, Case.content_ct)
                except IntegrityBroken:  # searched by its register number only; listed as damaged
                    log.warning("case %s: stored data failed its check (search text)",
                                r.register_number)
                    actor.search_text[r.id] = (r.version, "\x00" + r.register_number.casefold())
                    continue
                blob = "\n".join(
                    [
                        r.register_number,
                        accused["name"],
                        accused.get("nip", ""),
                        accused.get("position", ""),
                        accused.get("unit", ""),
                        content["location"],
                        content["chronology"],
                    ]
                ).casefold()
                actor.search_text[r.id] = (r.version, accused["name"] + "\x00" + blob)
        return cache


_NO_TEXT = (-1, "")

#: The columns CaseService.rows() reads (the rest of the row is in the listing).
_ROW_COLUMNS = (Case.id, Case.register_number, Case.key_version, Case.accused_ct)
_ACCUSED_DECRYPTOR = column_decryptor(Case.accused_ct)


@dataclass(frozen=True, slots=True)
class _CaseStub:
    """The columns of a case that key look-up and decryption need."""

    id: str
    key_version: int
    register_number: str
    accused_ct: bytes
    content_ct: bytes


def _overdue(case: Case, today: date) -> bool:
    return (
        case.due_date is not None
        and case.due_date < today
        and case.stage not in (Stage.CONCLUDED.value, Stage.CLOSED.value)
    )


def _filter_dict(f: CaseFilter) -> dict[str, Any]:
    return {name: getattr(f, name) for name in f.__dataclass_fields__}


def _stage_spans(
    case: Case, timeline: tuple[TimelineEvent, ...], today: date
) -> tuple[StageSpan, ...]:
    """Each stage on the drawn timeline: when entered and left (latest visit)."""
    entered: dict[Stage, datetime] = {}
    left: dict[Stage, datetime | None] = {}
    for event in timeline:
        if event.to_stage is None:
            continue
        if event.from_stage is not None:
            left[event.from_stage] = event.at
        entered[event.to_stage] = event.at
        left[event.to_stage] = None
        if event.kind in ("stepped_back", "reopened"):
            # Later stages are no longer "done".
            for later in STAGE_ORDER:
                if later.order > event.to_stage.order and later in entered:
                    entered.pop(later)
                    left.pop(later, None)
    current = Stage(case.stage)
    shown = [s for s in STAGE_ORDER if s in MAIN_PATH or s in entered or s == current]
    if current == Stage.CLOSED and Stage.CONCLUDED not in entered:
        shown = [s for s in shown if s != Stage.CONCLUDED]
    spans = []
    for stage in shown:
        is_current = stage == current
        spans.append(
            StageSpan(
                stage=stage,
                entered_at=entered.get(stage),
                left_at=left.get(stage),
                current=is_current,
                due_date=case.due_date if is_current else None,
                overdue=is_current and _overdue(case, today),
                due_kind=case.due_kind if is_current else None,
            )
        )
    return tuple(spans)
