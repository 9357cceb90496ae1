"""The read side of one case: what the detail pane shows, as plain functions
taking a session (the services check permissions and open the session).

``read_detail`` reads a case in one round trip per kind of thing shown; the
rest are its parts, also used by the services that return them after a change
(a hearing, the letters of a case, the related reports)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import ColumnElement, exists, func, or_, select
from sqlalchemy import case as sql_case

from wbs_desktop.domain import completeness
from wbs_desktop.domain.catalog import Channel
from wbs_desktop.domain.dates import office_today
from wbs_desktop.domain.parties import Attendance, Party
from wbs_desktop.domain.roles import Action
from wbs_desktop.domain.stages import (
    MAIN_PATH,
    STAGE_ORDER,
    DeadlineKind,
    Outcome,
    Stage,
    is_overdue,
)
from wbs_desktop.services.casefile import case_field, keys_for, open_json
from wbs_desktop.services.dto import (
    AccusedInfo,
    AttachmentInfo,
    CaseDetail,
    HearingInfo,
    MinutesInfo,
    NoteInfo,
    PartyInfo,
    RelatedCase,
    ReporterMasked,
    StageSpan,
    TimelineEvent,
)
from wbs_desktop.services.errors import NotFound
from wbs_desktop.services.letter_store import letter_list
from wbs_desktop.services.users import user_info
from wbs_desktop.storage.models import (
    Attachment,
    Case,
    CaseAssignment,
    CaseEvent,
    CaseIndex,
    CaseNote,
    CaseParty,
    Hearing,
    Letter,
    User,
)

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from wbs_desktop.services.context import Actor
    from wbs_desktop.storage import keys as keystore

_RELATED_KINDS = ("accused_name", "accused_nip")
#: Related reports in a case's detail (the newest; ``CaseService.related()`` lists
#: them all): a common name can match hundreds of reports.
RELATED_SHOWN = 20


def read_detail(session: Session, actor: Actor, case_id: str) -> CaseDetail:
    """The case as the detail pane shows it (the caller checked the permission);
    without the user's key: the register's columns and the timeline's kinds only."""
    # One round trip per kind of thing shown, whatever the case holds: the
    # case with a flag per table of its hearings, notes… (only the tables
    # flagged are read); every user once (the officers and the names of
    # the timeline, notes, attachments and letters); the events; the
    # related reports (two statements). See tests/services/test_detail_queries.py.
    found = session.execute(
        select(Case, *presence()).where(Case.id == case_id)
    ).one_or_none()
    if found is None:
        raise NotFound(f"no case {case_id}")
    case = found[0]
    present = {field for field in EXTRA_TABLES if found._mapping[field]}
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
        "due_kind": DeadlineKind(case.due_kind) if case.due_kind else None,
        "overdue": overdue(case, today),
    }
    events = session.scalars(
        select(CaseEvent).where(CaseEvent.case_id == case_id).order_by(CaseEvent.id)
    ).all()
    timeline = tuple(timeline_event(case, keys, e, names) for e in events)
    spans = stage_spans(case, timeline, today)
    if keys is None:
        detail = CaseDetail(**base, granted=False, timeline=timeline, stages=spans)
    else:
        related, related_total = related_cases(session, case_id, RELATED_SHOWN)
        content = content_of(case, keys)
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
            **extras(session, case, keys, present=present, names=names),
        )
    return detail


def timeline_event(
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


def stage_spans(
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
                overdue=is_current and overdue(case, today),
                due_kind=DeadlineKind(case.due_kind) if is_current and case.due_kind else None,
            )
        )
    return tuple(spans)


def overdue(case: Case, today: date) -> bool:
    return is_overdue(case.stage, case.due_date, today)


def related_cases(
    session: Session, case_id: str, limit: int | None = None
) -> tuple[list[RelatedCase], int]:
    """Other reports about the same accused (the caller checked the grant): the
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


def content_of(case: Case, keys: keystore.CaseKeys) -> _Content:
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


#: The case's own rows that ``extras`` reads, by the CaseDetail field they fill.
EXTRA_TABLES: dict[str, Any] = {
    "witnesses": CaseParty,
    "hearings": Hearing,
    "notes": CaseNote,
    "attachments": Attachment,
    "letters": Letter,
}

def presence() -> list[ColumnElement[bool]]:
    """One EXISTS per table of ``EXTRA_TABLES``, correlated to ``Case`` and
    labelled with its field, to read with the case itself: ``extras`` then
    queries only the tables that hold something for it (most cases have no
    hearing, note, attachment or letter)."""
    return [
        exists().where(table.case_id == Case.id).label(field)
        for field, table in EXTRA_TABLES.items()
    ]

def extras(
    session: Session,
    case: Case,
    keys: keystore.CaseKeys,
    *,
    present: set[str] | None = None,
    names: dict[int, str] | None = None,
) -> dict[str, Any]:
    """Witnesses, hearings, notes, attachments and letters of the case.

    ``present``: the fields of ``EXTRA_TABLES`` whose table holds rows of the
    case (from ``presence()``; None: ask each table). ``names``: full names by
    user id (None: read them here)."""
    if present is None:
        present = set(EXTRA_TABLES)
    if names is None and present & {"notes", "attachments", "letters"}:
        names = dict(session.execute(select(User.id, User.full_name)).all())
    names = names or {}
    parties = (
        session.scalars(
            select(CaseParty).where(CaseParty.case_id == case.id).order_by(CaseParty.id)
        ).all()
        if "witnesses" in present
        else ()
    )
    witnesses = tuple(
        PartyInfo(
            id=p.id,
            kind=Party(p.kind),
            version=p.version,
            **open_json(keys, CaseParty.data_ct, p.id, p.data_ct),
        )
        for p in parties
    )
    hearings = (
        tuple(
            hearing_info(h, keys)
            for h in session.scalars(
                select(Hearing)
                .where(Hearing.case_id == case.id)
                .order_by(Hearing.scheduled_on, Hearing.id)
            )
        )
        if "hearings" in present
        else ()
    )
    notes = (
        tuple(
            NoteInfo(
                n.id,
                n.created_at,
                names.get(n.author_id or -1, ""),
                open_json(keys, CaseNote.body_ct, n.id, n.body_ct)["text"],
            )
            for n in session.scalars(
                select(CaseNote).where(CaseNote.case_id == case.id).order_by(CaseNote.id)
            )
        )
        if "notes" in present
        else ()
    )
    attachments = []
    attachment_rows = (
        session.execute(
            select(
                Attachment.id,
                Attachment.meta_ct,
                Attachment.size,
                Attachment.sha256,
                Attachment.added_at,
                Attachment.added_by,
            )
            .where(Attachment.case_id == case.id)
            .order_by(Attachment.id)
        ).all()
        if "attachments" in present
        else []
    )
    for a in attachment_rows:
        meta = open_json(keys, Attachment.meta_ct, a.id, a.meta_ct)
        attachments.append(
            AttachmentInfo(
                a.id,
                meta["filename"],
                a.size,
                meta.get("description", ""),
                a.added_at,
                names.get(a.added_by or -1, ""),
                a.sha256.hex(),
            )
        )
    letters = (
        tuple(
            letter_list(
                session,
                select(Letter).where(Letter.case_id == case.id),
                names=names,
                registers={case.id: case.register_number},
            )
        )
        if "letters" in present
        else ()
    )
    return {
        "letters": letters,
        "witnesses": witnesses,
        "hearings": hearings,
        "notes": notes,
        "attachments": tuple(attachments),
    }


def hearing_info(h: Hearing, keys: keystore.CaseKeys) -> HearingInfo:
    details = open_json(keys, Hearing.details_ct, h.id, h.details_ct)
    minutes = None
    if h.minutes_ct is not None:
        m = open_json(keys, Hearing.minutes_ct, h.id, h.minutes_ct)
        minutes = MinutesInfo(
            qa=tuple((q, a) for q, a in m["qa"]),
            statements=m.get("statements", ""),
            signed=m.get("signed"),
            refusal_note=m.get("refusal_note", ""),
        )
    return HearingInfo(
        id=h.id,
        party_kind=Party(h.party_kind),
        party_id=h.party_id,
        party_name=details.get("party_name", ""),
        summons_no=h.summons_no,
        letter_date=h.letter_date,
        day=h.scheduled_on,
        start=h.start_time,
        place=details["place"],
        examiners=tuple(details["examiners"]),
        attendance=Attendance(h.attendance),
        rule_overridden=h.rule_overridden,
        override_reason=details.get("override_reason", ""),
        minutes=minutes,
        version=h.version,
    )
