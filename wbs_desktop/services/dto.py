"""What the services hand out: plain, frozen dataclasses — never ORM objects.

The GUI and the CLI code against these; the services fill them inside one
transaction and detach nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from wbs_desktop.domain.catalog import Channel
from wbs_desktop.domain.completeness import CompletenessReport
from wbs_desktop.domain.parties import AddresseeRole, Attendance, Party
from wbs_desktop.domain.roles import Role
from wbs_desktop.domain.stages import DeadlineKind, Outcome, Stage


@dataclass(frozen=True, slots=True)
class UserInfo:
    id: int
    username: str
    full_name: str
    role: Role
    nip: str = ""
    position: str = ""
    active: bool = True
    must_change_password: bool = False
    locked_until: datetime | None = None
    rank: str = ""  # pangkat/golongan


@dataclass(frozen=True, slots=True)
class SetupResult:
    office_id: str
    admin: UserInfo
    recovery_key: str  # shown and printed once, never stored
    recovery_fingerprint: str
    root_fingerprint: str = ""  # the office root key, pinned by each workstation


@dataclass(frozen=True, slots=True)
class SubmitResult:
    case_id: str
    register_number: str
    tracking_code: str  # shown to the reporter once (receipt); stored only encrypted
    receipt_letter_id: int | None = None


@dataclass(frozen=True, slots=True)
class TrackingStatus:
    """All a tracking-code look-up reveals."""

    stage: Stage
    received_on: date


@dataclass(frozen=True, slots=True)
class CaseFilter:
    stages: frozenset[Stage] = frozenset()  # empty = every stage
    complaint_types: frozenset[str] = frozenset()
    channels: frozenset[Channel] = frozenset()
    received_from: date | None = None  # inclusive, office time
    received_to: date | None = None  # inclusive, office time
    officer_id: int | None = None
    overdue_only: bool = False
    assigned_to_me: bool = False
    text: str = ""  # free text over the decrypted fields the user may read
    #: Only these cases (a figure of the dashboard clicked); None = no such limit.
    case_ids: frozenset[str] | None = None


class SortKey:
    """Columns the case list can be sorted by (see ``services.listing``)."""

    REGISTER = "register"
    RECEIVED = "received"
    TYPE = "type"
    STAGE = "stage"
    DUE = "due"
    CHANNEL = "channel"
    ACCUSED = "accused"  # decrypted: sorted in memory over the granted rows
    OFFICER = "officer"


@dataclass(frozen=True, slots=True)
class CaseList:
    """What the case table needs after a search: the matching ids in order, the
    counts per stage for the filter (ignoring its own stage choice) and how
    many cases the register holds."""

    ids: list[str]
    stage_counts: dict[Stage, int]
    total: int
    #: Changes whenever anything in the database changed (the audit head):
    #: equal revisions mean the same cases in the same state.
    revision: str = ""


@dataclass(frozen=True, slots=True)
class CaseRow:
    """One line of the case table. ``accused_name`` is None without a grant."""

    id: str
    register_number: str
    received_at: datetime  # aware UTC
    complaint_type: str
    channel: Channel
    stage: Stage
    officer_names: tuple[str, ...]
    due_date: date | None
    overdue: bool
    accused_name: str | None
    damaged: bool = False  # its stored data failed the integrity check (issue 13)


@dataclass(frozen=True, slots=True)
class AccusedInfo:
    name: str
    nip: str = ""
    position: str = ""
    unit: str = ""
    rank: str = ""  # pangkat/golongan


@dataclass(frozen=True, slots=True)
class ReporterIdentity:
    name: str
    phone: str
    email: str
    consent_to_contact: bool
    address: str = ""  # postal, several lines
    anonymous: bool = False  # a surat kaleng: nothing above is known


@dataclass(frozen=True, slots=True)
class ReporterMasked:
    """What everybody sees until the identity is revealed with a stated reason."""

    name: str  # e.g. "Y*** M***"
    phone: str  # e.g. "+62 8** **** *123"
    email: str  # e.g. "y***@g***.com"
    consent_to_contact: bool
    #: An anonymous report (surat kaleng): no letter can go to the reporter.
    anonymous: bool = False
    has_address: bool = False  # letters to the reporter print it instead of "di Tempat"


@dataclass(frozen=True, slots=True)
class TimelineEvent:
    at: datetime  # aware UTC
    kind: str  # "submitted", "transition", "assigned", "unassigned", ...
    actor_name: str
    from_stage: Stage | None = None
    to_stage: Stage | None = None
    reason: str = ""  # decrypted; empty without a grant
    detail: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class StageSpan:
    """One stage on the drawn timeline."""

    stage: Stage
    entered_at: datetime | None
    left_at: datetime | None
    current: bool
    due_date: date | None
    overdue: bool
    due_kind: DeadlineKind | None = None  # which deadline


@dataclass(frozen=True, slots=True)
class PartyInfo:
    """A witness on the case (decrypted)."""

    id: int
    kind: Party  # a witness
    name: str
    phone: str = ""
    email: str = ""
    nip: str = ""
    position: str = ""
    unit: str = ""
    version: int = 1


@dataclass(frozen=True, slots=True)
class MinutesInfo:
    """The examination minutes (Berita Acara Pemeriksaan) of a hearing."""

    qa: tuple[tuple[str, str], ...]
    statements: str = ""
    signed: bool | None = None  # None: not yet recorded
    refusal_note: str = ""


@dataclass(frozen=True, slots=True)
class HearingInfo:
    id: int
    party_kind: Party
    party_id: int | None
    party_name: str  # "Pelapor" for the reporter: the identity is never put here
    summons_no: int
    letter_date: date
    day: date
    start: str  # "09:00" office time
    place: str
    examiners: tuple[str, ...]
    attendance: Attendance
    rule_overridden: bool
    override_reason: str = ""
    minutes: MinutesInfo | None = None
    version: int = 1


@dataclass(frozen=True, slots=True)
class NoteInfo:
    id: int
    at: datetime
    author: str
    text: str


@dataclass(frozen=True, slots=True)
class AttachmentInfo:
    id: int
    filename: str
    size: int
    description: str
    added_at: datetime
    added_by: str
    sha256: str


@dataclass(frozen=True, slots=True)
class LetterInfo:
    id: int
    kind: str
    number: str
    issued_on: date
    addressee_role: AddresseeRole
    case_id: str | None
    register_number: str | None
    hearing_id: int | None
    created_by: str
    created_at: datetime
    sha256: str
    size: int
    print_count: int
    superseded_by: int | None
    purpose: str = ""  # what makes two letters the same letter ("hearing:12", "case" …)
    void_reason: str = ""  # why it was corrected (void)

    @property
    def state(self) -> str:
        """"live", or "void" once a corrected letter replaced it."""
        return "void" if self.superseded_by is not None else "live"


@dataclass(frozen=True, slots=True)
class CaseDetail:
    id: str
    register_number: str
    received_at: datetime
    complaint_type: str
    channel: Channel
    stage: Stage
    outcome: Outcome | None
    version: int
    officers: tuple[UserInfo, ...]
    due_date: date | None
    overdue: bool
    granted: bool  # False: only the plain metadata below is filled
    accused: AccusedInfo | None = None
    location: str = ""
    incident_date: date | None = None
    chronology: str = ""
    material_loss: bool = False
    loss_estimate: int | None = None
    evidence_links: tuple[str, ...] = ()
    completeness: CompletenessReport | None = None
    reporter: ReporterMasked | None = None
    timeline: tuple[TimelineEvent, ...] = ()
    stages: tuple[StageSpan, ...] = ()
    due_kind: DeadlineKind | None = None  # the deadline that applies
    witnesses: tuple[PartyInfo, ...] = ()
    hearings: tuple[HearingInfo, ...] = ()
    notes: tuple[NoteInfo, ...] = ()
    attachments: tuple[AttachmentInfo, ...] = ()
    letters: tuple[LetterInfo, ...] = ()
    #: Other reports about the accused, newest first: at most cases.RELATED_SHOWN of
    #: the ``related_total`` (CaseService.related lists them all).
    related: tuple[RelatedCase, ...] = ()
    related_total: int = 0


@dataclass(frozen=True, slots=True)
class RelatedCase:
    """Another report about the same accused (found through the HMAC index)."""

    id: str
    register_number: str
    received_at: datetime
    stage: Stage
    matched_on: str  # "nip" or "name"


@dataclass(frozen=True, slots=True)
class AuditEntry:
    seq: int
    at: datetime
    actor: str
    action: str
    case_register: str | None
    details: dict[str, object]


@dataclass(frozen=True, slots=True)
class AuditVerification:
    ok: bool
    checked: int
    first_bad_seq: int | None = None
    problem: str = ""  # "edited", "deleted", "reordered", "forged", "truncated"
    message: str = ""
