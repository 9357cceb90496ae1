"""Cases: submit, look up, list and filter, detail, reveal identity, transitions,
assignment, related reports. Permissions and audit are enforced here."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from wbs_desktop.domain.catalog import ComplaintType
from wbs_desktop.domain.complaint import ComplaintInput
from wbs_desktop.domain.conflict import Person, same_person
from wbs_desktop.domain.dates import OFFICE_TZ, utc_now
from wbs_desktop.domain.dates import office_today as dates_office_today
from wbs_desktop.domain.errors import DomainError, TransitionError
from wbs_desktop.domain.roles import Action, Role
from wbs_desktop.domain.stages import (
    STAGE_DEADLINE,
    DeadlineKind,
    Outcome,
    Stage,
    Step,
    classify_transition,
    requires_reason,
    step_target,
)
from wbs_desktop.domain.text import has_control_character
from wbs_desktop.services import case_detail, case_rows, intake, list_select, search_index
from wbs_desktop.services import listing as case_listing
from wbs_desktop.services import settings as settings_store
from wbs_desktop.services.casefile import (
    MAX_REASON,
    CaseFile,
    check_version,
    is_assigned,
    keys_for,
    load_case,
    office_date,
    touch,
)
from wbs_desktop.services.dto import (
    CaseDetail,
    CaseFilter,
    CaseList,
    CaseRow,
    RelatedCase,
    ReporterIdentity,
    SortKey,
    SubmitResult,
    TrackingStatus,
)
from wbs_desktop.services.errors import (
    Cancelled,
    ConflictOfInterest,
    NoGrant,
    NotFound,
    PermissionDenied,
    ReasonRequired,
    ServiceError,
)
from wbs_desktop.services.rekey import rekey_for
from wbs_desktop.services.search_index_file import Entry
from wbs_desktop.services.users import recipient_of
from wbs_desktop.storage import keys as keystore
from wbs_desktop.storage.models import (
    Case,
    CaseAssignment,
    User,
)

if TYPE_CHECKING:
    from wbs_desktop.services.context import Context

_RELATED_KINDS = ("accused_name", "accused_nip")
#: Related reports in a case's detail (the newest; ``related()`` lists them all):
#: a common name can match hundreds of reports.
RELATED_SHOWN = 20

log = logging.getLogger(__name__)


office_today = dates_office_today  # the one "today" of the app: Kupang's (WITA)


def _day_start_utc(day: date) -> datetime:
    return datetime.combine(day, time.min, OFFICE_TZ).astimezone(UTC)


class CaseService:
    def __init__(self, ws: Context) -> None:
        self.ws = ws

    # ======================================================================
    # Submitting and looking up

    def complaint_types(self) -> tuple[ComplaintType, ...]:
        with self.ws.read() as session:
            return settings_store.complaint_types(session)

    def submit(self, complaint: ComplaintInput) -> SubmitResult:
        """Register a complaint (``intake.submit``)."""
        return intake.submit(self.ws, complaint)

    def lookup_tracking(self, code: str) -> TrackingStatus:
        """The stage of the case with this tracking code (``intake.lookup_tracking``)."""
        return intake.lookup_tracking(self.ws, code)


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
        self,
        f: CaseFilter,
        sort: str = SortKey.RECEIVED,
        descending: bool = True,
        *,
        cancelled: Callable[[], bool] | None = None,
        finish: bool = True,
    ) -> CaseList:
        """One search: the matching ids in order, the stage counts, the total.

        Filters and order run over the session's copy of the unencrypted columns
        (``services.listing``), brought up to date from the audit head first;
        the free text runs over the session's search texts (services.search_index).
        ``cancelled`` is asked while texts are decrypted: True raises Cancelled.
        ``finish`` False: what the search leaves to store (grants re-wrapped on
        first use, the index file) waits for :meth:`finish_search`, which the
        window runs in the background once the results are shown."""
        self.ws.actor.require(Action.LIST_CASES)
        stages = frozenset(s.value for s in f.stages)
        text = f.text.strip().casefold()
        with self.ws.read() as session:
            state = self.ws.actor.listing.current(session)
            predicates = self._predicates(f, state)
            if not text and sort == SortKey.RECEIVED:  # the list's own order: ids from its index
                ids, counts = list_select.select_ids(
                    state, stages=stages, predicates=predicates, descending=descending
                )
            else:
                ids, counts = self._search(
                    session, state, predicates, text, stages, sort, descending, cancelled
                )
        if finish:
            search_index.finish(self.ws)
        return CaseList(
            ids=ids,
            stage_counts={Stage(s): n for s, n in counts.items()},
            total=len(state.meta),
            revision=f"{state.token[0]}:{state.token[1].hex()}",
        )

    def _search(
        self,
        session: Session,
        state: case_listing.State,
        predicates: list[list_select.Predicate],
        text: str,
        stages: frozenset[str],
        sort: str,
        descending: bool,
        cancelled: Callable[[], bool] | None,
    ) -> tuple[list[str], dict[str, int]]:
        """:meth:`listing` with a free text or another order than the list's."""
        texts: dict[str, Entry] = {}
        found: list[case_listing.CaseMeta] = []
        counts: dict[str, int] = {}
        if not text or predicates:  # (a text over every case needs no copy of the list)
            found, counts = list_select.select_cases(
                state,
                stages=frozenset() if text else stages,
                predicates=predicates,
                count=not text,
            )
        if text and has_control_character(text):
            found = []  # no stored text holds one (the cache's "\x00" separator included)
        elif text and not predicates:  # every case: the texts lined up with them
            aligned = self.ws.actor.listing.aligned_texts(
                state, lambda: self._texts_in_order(session, state, cancelled)
            )
            found = [m for m, t in zip(state.order, aligned, strict=True) if text in t]
        elif text:
            found = self._matching(session, found, text, cancelled)
        if text:
            # The counts follow the text too; only the stage choice is ignored.
            counts = list_select.stage_counts(found)
            if stages:
                found = [m for m in found if m.stage in stages]
        if sort == SortKey.ACCUSED:
            texts = self._search_texts(session, found, cancelled)
        name: Callable[[case_listing.CaseMeta], str | None] | None = None
        if sort == SortKey.ACCUSED:  # decrypted names: those the user may read
            def name(m: case_listing.CaseMeta) -> str | None:
                return texts.get(m.id, _NO_TEXT)[2] or None  # the index's sort key

        result = list_select.ordered(state, found, sort, descending, key=name)
        return [m.id for m in result], counts

    def finish_search(self) -> bool:
        """Store what searches left to store (see :meth:`listing`); False: nothing was."""
        self.ws.actor.require(Action.LIST_CASES)
        if not search_index.pending(self.ws):
            return False
        search_index.finish(self.ws)
        return True

    def search_work_pending(self) -> bool:
        """Whether :meth:`finish_search` has anything to do."""
        return search_index.pending(self.ws)

    def preload_search(self, cancelled: Callable[[], bool] | None = None) -> bool:
        """Right after login, off the GUI thread: the search index read and
        checked, every case's text brought current and lined up with the list,
        so that the user's first free-text search or sort by the accused finds
        them in memory. A search started meanwhile waits for this rather than
        doing it again (services.search_index.bring_current). ``cancelled``
        (any thread): True stops with Cancelled; so does a logout or lock
        meanwhile, and then nothing read is kept. False: nothing to do."""
        actor = self.ws.actor
        if not actor.can(Action.LIST_CASES):
            return False
        generation = actor.search_index.generation
        with self.ws.read() as session:
            state = actor.listing.current(session)
            actor.listing.aligned_texts(
                state, lambda: self._texts_in_order(session, state, cancelled)
            )
        if actor.search_index.generation != generation:  # stored after the logout's clear
            actor.listing.forget_texts()
            raise Cancelled("the session ended while the search was loaded")
        search_index.finish(self.ws)
        return True

    def _predicates(self, f: CaseFilter, state: case_listing.State) -> list[list_select.Predicate]:
        """The filter's conditions other than the stage and the text."""
        tests: list[list_select.Predicate] = []
        if f.case_ids is not None:
            chosen = f.case_ids
            tests.append(lambda m: m.id in chosen)
        if f.complaint_types:  # Member and Received: answered from the listing's index
            types = frozenset(f.complaint_types)
            tests.append(list_select.Member("complaint_type", types))
        if f.channels:
            channels = frozenset(c.value for c in f.channels)
            tests.append(list_select.Member("channel", channels))
        if f.received_from is not None:
            lo = state.stored_time(_day_start_utc(f.received_from))
            tests.append(list_select.Received(lo=lo))
        if f.received_to is not None:
            hi = state.stored_time(_day_start_utc(f.received_to + timedelta(days=1)))
            tests.append(list_select.Received(hi=hi))
        officer = self.ws.actor.id if f.assigned_to_me else f.officer_id
        if officer is not None:
            assigned = state.officers
            tests.append(lambda m: officer in assigned.get(m.id, ()))
        if f.overdue_only:
            today = state.stored_date(office_today())
            tests.append(lambda m: list_select.overdue(m, today))
        return tests

    def rows(self, ids: Sequence[str]) -> list[CaseRow]:
        """Rows for the given ids, in that order (ids that vanished are skipped):
        the accused's name decrypted and checked for each (services.case_rows)."""
        self.ws.actor.require(Action.LIST_CASES)
        if not ids:
            return []
        with self.ws.read() as session:
            result = case_rows.rows(session, self.ws.actor, ids)
        self.ws.flush_rewraps()
        return result

    # ======================================================================
    # One case

    def detail(self, case_id: str) -> CaseDetail:
        """The case as the detail pane shows it (``case_detail.read_detail``)."""
        self.ws.actor.require(Action.LIST_CASES)
        with self.ws.read() as session:
            detail = case_detail.read_detail(session, self.ws.actor, case_id)
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
            return case_detail.related_cases(session, case_id)[0]

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
        step: Step | None = None,
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
                if step is not None and step_target(current, step) != target:
                    raise TransitionError(f"{step} does not lead to {target}")
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

    def _recipient(self, session: Session, user: User) -> keystore.Recipient:
        """Keys are sealed only to a user whose record matches its certificate."""
        trust = self.ws.office.trust
        return trust.recipient(session, user) if trust is not None else recipient_of(user)

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
        kind = STAGE_DEADLINE.get(Stage(case.stage))
        deadlines = settings_store.deadlines(session)
        if kind is DeadlineKind.FIRST_RESPONSE:
            calendar = settings_store.calendar(session)
            case.due_date = calendar.add_working_days(
                office_date(case.received_at), deadlines.first_response_working_days
            )
        elif kind is DeadlineKind.REPLY:
            case.due_date = office_today() + timedelta(days=deadlines.reply_days)
        else:
            case.due_date = None
        case.due_kind = kind.value if kind is not None else None

    def _texts_in_order(
        self,
        session: Session,
        state: case_listing.State,
        cancelled: Callable[[], bool] | None = None,
    ) -> list[str]:
        cache = self._search_texts(session, state.order, cancelled)
        return search_index.texts_in_order(cache, state.order)

    def _matching(
        self,
        session: Session,
        cases: list[case_listing.CaseMeta],
        needle: str,
        cancelled: Callable[[], bool] | None = None,
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
        self._search_texts(session, stale, cancelled)  # first search, or cases changed since
        return [m for m in cases if needle in get(m.id, _NO_TEXT)[1]]

    def _search_texts(
        self,
        session: Session,
        cases: Sequence[case_listing.CaseMeta],
        cancelled: Callable[[], bool] | None = None,
    ) -> dict[str, Entry]:
        """The search cache, current for these cases (services.search_index)."""
        return search_index.bring_current(self.ws, session, cases, cancelled)


_NO_TEXT = search_index.NO_TEXT


