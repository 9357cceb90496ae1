"""SQLAlchemy 2 models. Columns ending in ``_ct`` hold AES-GCM ciphertext
(see :mod:`wbs_desktop.storage.crypto`); everything else is plain metadata that
users without a grant may see (stage, dates, type, channel, officer).

Schema changes go through alembic only (``storage/migrations``); the migration
tests compare ``upgrade head`` against this metadata.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator[datetime]):
    """Stores naive UTC, hands out aware UTC; refuses naive datetimes."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Office(Base):
    """One row: the office this database belongs to."""

    __tablename__ = "office"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    office_id: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(300))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    recovery_public: Mapped[bytes] = mapped_column(LargeBinary(32))
    recovery_fingerprint: Mapped[str] = mapped_column(String(32))

    # -- certificates (issue 19): the office root signing key's public half.
    # NULL only in a database made before certificates, until an admin logs in.
    root_public: Mapped[bytes | None] = mapped_column(LargeBinary(32), nullable=True)


class Setting(Base):
    """Plain settings (letterhead, deadlines, number patterns, holidays), JSON values."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())


class User(Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    full_name: Mapped[str] = mapped_column(String(300))
    nip: Mapped[str] = mapped_column(String(32), default="")
    position: Mapped[str] = mapped_column(String(300), default="")
    role: Mapped[str] = mapped_column(String(16))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    # Key material: public halves in the clear, secrets wrapped by Argon2id(password).
    exchange_public: Mapped[bytes] = mapped_column(LargeBinary(32))
    # The current row of signing_keys (no FK: the two tables refer to each other).
    signing_key_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    kdf_salt: Mapped[bytes] = mapped_column(LargeBinary(32))
    kdf_params: Mapped[str] = mapped_column(String(200))
    wrapped_secrets: Mapped[bytes] = mapped_column(LargeBinary)
    key_epoch: Mapped[int] = mapped_column(Integer, default=1)
    must_change_password: Mapped[bool] = mapped_column(Boolean, default=False)
    # Lockout, in the database so it holds across restarts and workstations.
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    lockouts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    version: Mapped[int] = mapped_column(Integer, default=1)
    # -- letters (migration letters_signatories): printed under the name when they sign
    rank: Mapped[str] = mapped_column(String(120), default="", server_default="")


class SigningKey(Base):
    """Every Ed25519 public key a user ever signed audit entries with."""

    __tablename__ = "signing_keys"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    public_key: Mapped[bytes] = mapped_column(LargeBinary(32))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


class OfficeKeyGrant(Base):
    """The office index key, sealed (or re-wrapped) for a user or the recovery key."""

    __tablename__ = "office_key_grants"
    __table_args__ = (UniqueConstraint("holder", "key_name"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    holder: Mapped[str] = mapped_column(String(32))  # "u:<user id>" or "recovery"
    user_id: Mapped[int | None] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), nullable=True, index=True
    )
    key_name: Mapped[str] = mapped_column(String(32))
    form: Mapped[str] = mapped_column(String(8))  # "sealed" | "wrapped"
    blob: Mapped[bytes] = mapped_column(LargeBinary)


class Case(Base):
    __tablename__ = "cases"
    __table_args__ = (
        UniqueConstraint("register_year", "register_seq"),
        Index("ix_cases_stage_received_at", "stage", "received_at"),
        # Covers the case list (filters, counts, default order): see migration 0003.
        Index(
            "ix_cases_listing",
            "received_at",
            "register_seq",
            "id",
            "register_year",
            "stage",
            "version",
            "complaint_type",
            "channel",
            "due_date",
        ),
        # The office's figures read this index alone (services/reports.py, migration dash).
        Index(
            "ix_cases_figures",
            "received_at",
            "mark",
            "stage",
            "outcome",
            "channel",
            "complaint_type",
            "due_kind",
            "due_date",
            "stage_changed_at",
            "first_response_at",
            "verified_at",
            "id",
        ),
        # The same, led by what the figures group by: a long period is counted in
        # one scan in group order, without a sort (migration figures_grouped).
        Index(
            "ix_cases_figures_grouped",
            "outcome",
            "due_kind",
            "stage",
            "channel",
            "complaint_type",
            "mark",
            "received_at",
            "due_date",
            "stage_changed_at",
            "first_response_at",
            "verified_at",
            "id",
        ),
    )

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    register_number: Mapped[str] = mapped_column(String(64), unique=True)
    register_year: Mapped[int] = mapped_column(Integer)
    register_seq: Mapped[int] = mapped_column(Integer)
    received_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    channel: Mapped[str] = mapped_column(String(16), index=True)
    complaint_type: Mapped[str] = mapped_column(String(64), index=True)
    stage: Mapped[str] = mapped_column(String(32))
    stage_changed_at: Mapped[datetime] = mapped_column(UTCDateTime())
    outcome: Mapped[str | None] = mapped_column(String(32), nullable=True)
    due_date: Mapped[date | None] = mapped_column(Date, nullable=True, index=True)
    due_kind: Mapped[str | None] = mapped_column(String(32), nullable=True)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    version: Mapped[int] = mapped_column(Integer, default=1)
    key_version: Mapped[int] = mapped_column(Integer, default=1)
    # Encrypted: the accused (content key), the rest of the complaint (content
    # key), the reporter's identity (identity key), the tracking code (content key).
    accused_ct: Mapped[bytes] = mapped_column(LargeBinary)
    content_ct: Mapped[bytes] = mapped_column(LargeBinary)
    identity_ct: Mapped[bytes] = mapped_column(LargeBinary)
    tracking_ct: Mapped[bytes] = mapped_column(LargeBinary)

    # --- reports (issue 16, migration reports_marking) -------------------------
    #: None, "test", "duplicate" or "demo": plain, so the figures leave these out
    #: and count them apart (``services.marking``).
    mark: Mapped[str | None] = mapped_column(String(16), nullable=True)
    #: The case this one repeats (``mark == "duplicate"``); no foreign key, so a
    #: deleted original never blocks anything.
    duplicate_of: Mapped[str | None] = mapped_column(String(32), nullable=True)
    #: The first move out of *received* and the first move into verification (the
    #: times of those timeline events, plain like them), for the figures' working
    #: days without reading the timeline (migration dash, ``CaseService._event``).
    first_response_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    verified_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)


class CaseAssignment(Base):
    __tablename__ = "case_assignments"
    __table_args__ = (UniqueConstraint("case_id", "user_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    assigned_at: Mapped[datetime] = mapped_column(UTCDateTime())
    assigned_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)


class CaseKeyGrant(Base):
    """A case key for one holder: sealed to their public key, or re-wrapped
    under their data key after first use. No grant, no plaintext."""

    __tablename__ = "case_key_grants"
    __table_args__ = (
        UniqueConstraint("case_id", "holder", "key_kind", "key_version"),
        Index("ix_case_key_grants_holder_case_id", "holder", "case_id"),
        # Room on each page for a re-wrap's new row version: a HOT update, no new
        # index entries (PostgreSQL; migration figures_grouped).
        {"postgresql_with": {"fillfactor": 80}},
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"))
    holder: Mapped[str] = mapped_column(String(32))  # "u:<user id>" or "recovery"
    user_id: Mapped[int | None] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), nullable=True, index=True
    )
    key_kind: Mapped[str] = mapped_column(String(16))  # "content" | "identity"
    key_version: Mapped[int] = mapped_column(Integer, default=1)
    form: Mapped[str] = mapped_column(String(8))  # "sealed" | "wrapped"
    blob: Mapped[bytes] = mapped_column(LargeBinary)


class CaseIndex(Base):
    """Keyed HMAC digests for look-ups on encrypted values."""

    __tablename__ = "case_index"
    __table_args__ = (Index("ix_case_index_kind_digest", "kind", "digest"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(32))  # tracking | accused_name | accused_nip
    digest: Mapped[bytes] = mapped_column(LargeBinary(32))


class CaseEvent(Base):
    """The case's timeline: who did what, when, and (encrypted) why."""

    __tablename__ = "case_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    kind: Mapped[str] = mapped_column(String(32))
    from_stage: Mapped[str | None] = mapped_column(String(32), nullable=True)
    to_stage: Mapped[str | None] = mapped_column(String(32), nullable=True)
    detail_ct: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)


class AuditHead(Base):
    """One row: the newest audit entry. Every write transaction locks it first,
    which serialises writers on both backends (no deadlocks, gap-free numbers)."""

    __tablename__ = "audit_head"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, default=0)
    entry_hash: Mapped[bytes] = mapped_column(LargeBinary(32))


class AuditEntry(Base):
    """Append-only, hash-chained, signed by the acting user's Ed25519 key."""

    __tablename__ = "audit_log"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    actor_name: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(64), index=True)
    case_id: Mapped[str | None] = mapped_column(String(32), nullable=True, index=True)
    details: Mapped[str] = mapped_column(Text)  # canonical JSON, never secrets
    prev_hash: Mapped[bytes] = mapped_column(LargeBinary(32))
    entry_hash: Mapped[bytes] = mapped_column(LargeBinary(32))
    signing_key_id: Mapped[int | None] = mapped_column(ForeignKey("signing_keys.id"), nullable=True)
    signature: Mapped[bytes | None] = mapped_column(LargeBinary(64), nullable=True)


class Counter(Base):
    """Yearly counters for register and letter numbers."""

    __tablename__ = "counters"

    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    value: Mapped[int] = mapped_column(Integer, default=0)


class CaseParty(Base):
    """A witness (or another person heard) on a case; everything about them encrypted."""

    __tablename__ = "case_parties"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(16))  # "witness"
    data_ct: Mapped[bytes] = mapped_column(LargeBinary)  # name, contact, nip, position, unit
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    version: Mapped[int] = mapped_column(Integer, default=1)


class Hearing(Base):
    """A scheduled hearing of the reporter, a witness or the accused."""

    __tablename__ = "hearings"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    party_kind: Mapped[str] = mapped_column(String(16))  # reporter | witness | accused
    party_id: Mapped[int | None] = mapped_column(
        ForeignKey("case_parties.id", ondelete="SET NULL"), nullable=True
    )
    summons_no: Mapped[int] = mapped_column(Integer, default=1)  # 1st or 2nd summons
    letter_date: Mapped[date] = mapped_column(Date)
    scheduled_on: Mapped[date] = mapped_column(Date, index=True)
    start_time: Mapped[str] = mapped_column(String(5))  # "09:00", office time
    attendance: Mapped[str] = mapped_column(String(16), default="scheduled")
    rule_overridden: Mapped[bool] = mapped_column(Boolean, default=False)
    details_ct: Mapped[bytes] = mapped_column(LargeBinary)  # place, examiners, override reason
    minutes_ct: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    version: Mapped[int] = mapped_column(Integer, default=1)


class CaseNote(Base):
    __tablename__ = "case_notes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    author_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    body_ct: Mapped[bytes] = mapped_column(LargeBinary)


class Attachment(Base):
    """A file kept encrypted in the database (shared mode needs no shared folder)."""

    __tablename__ = "attachments"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    meta_ct: Mapped[bytes] = mapped_column(LargeBinary)  # file name, description, type
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[bytes] = mapped_column(LargeBinary(32))
    data_ct: Mapped[bytes] = mapped_column(LargeBinary)
    added_at: Mapped[datetime] = mapped_column(UTCDateTime())
    added_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)


class Letter(Base):
    """An outgoing letter, stored exactly as generated (encrypted) with its SHA-256."""

    __tablename__ = "letters"
    __table_args__ = (UniqueConstraint("counter", "number_year", "number_seq"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[str | None] = mapped_column(
        ForeignKey("cases.id", ondelete="CASCADE"), nullable=True, index=True
    )
    hearing_id: Mapped[int | None] = mapped_column(
        ForeignKey("hearings.id", ondelete="SET NULL"), nullable=True, index=True
    )
    kind: Mapped[str] = mapped_column(String(32))
    # Receipts and minutes carry no outgoing number: these four are NULL for them.
    number: Mapped[str | None] = mapped_column(String(120), unique=True, nullable=True)
    counter: Mapped[str | None] = mapped_column(String(64), nullable=True)
    number_year: Mapped[int | None] = mapped_column(Integer, nullable=True)
    number_seq: Mapped[int | None] = mapped_column(Integer, nullable=True)
    issued_on: Mapped[date] = mapped_column(Date, index=True)
    addressee_role: Mapped[str] = mapped_column(String(16))  # accused | reporter | witness | office
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    pdf_ct: Mapped[bytes] = mapped_column(LargeBinary)
    sha256: Mapped[bytes] = mapped_column(LargeBinary(32))
    size: Mapped[int] = mapped_column(Integer)
    print_count: Mapped[int] = mapped_column(Integer, default=0)
    superseded_by: Mapped[int | None] = mapped_column(
        ForeignKey("letters.id"), nullable=True
    )
    superseded_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    # -- letters (migration letters_signatories): one live letter per purpose
    #: what makes two letters "the same letter": "hearing:ID", "case", "stage:EVENT_ID"
    purpose: Mapped[str | None] = mapped_column(String(64), nullable=True, index=True)
    #: a corrected letter is void: why, and who corrected it (superseded_by/_at say when)
    void_reason: Mapped[str | None] = mapped_column(String(500), nullable=True)
    voided_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)


class CaseTeamMember(Base):
    """The examination team of a case, chosen from the users (migration letters_signatories)."""

    __tablename__ = "case_team"

    case_id: Mapped[str] = mapped_column(
        ForeignKey("cases.id", ondelete="CASCADE"), primary_key=True
    )
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer)  # 1 = the chair (ketua tim)


# -- certificates (issue 19) -------------------------------------------------


class Certificate(Base):
    """A signed statement about a user or the office record; rows are only ever
    added (the application's database role may not UPDATE or DELETE them).
    The newest serial of a subject is the one in force."""

    __tablename__ = "certificates"
    __table_args__ = (UniqueConstraint("subject", "serial"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    subject: Mapped[str] = mapped_column(String(40))  # "user:<id>" or "office"
    serial: Mapped[int] = mapped_column(Integer)
    body: Mapped[str] = mapped_column(Text)  # canonical JSON
    signature: Mapped[bytes] = mapped_column(LargeBinary(64))  # Ed25519, office root key
    issued_at: Mapped[datetime] = mapped_column(UTCDateTime())


# --------------------------------------------------------------------------
# Issue 19 part 2 (rekey): the people index is computed by the administrators.


class CaseIndexPending(Base):
    """A case whose people index entries (the accused's name and NIP) an
    administrator's client still has to compute: it was submitted or corrected
    by someone who does not hold the people index key."""

    __tablename__ = "case_index_pending"

    case_id: Mapped[str] = mapped_column(
        ForeignKey("cases.id", ondelete="CASCADE"), primary_key=True
    )
    queued_at: Mapped[datetime] = mapped_column(UTCDateTime())
