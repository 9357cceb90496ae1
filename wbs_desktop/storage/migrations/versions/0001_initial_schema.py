"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-28
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """The office, users and their keys, cases with grants and look-up
    indexes, the timeline, the signed audit chain, counters and settings."""

    op.create_table(
        "audit_head",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("entry_hash", sa.LargeBinary(length=32), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_head")),
    )
    op.create_table(
        "counters",
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("value", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("name", "year", name=op.f("pk_counters")),
    )
    op.create_table(
        "office",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("office_id", sa.String(length=32), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("recovery_public", sa.LargeBinary(length=32), nullable=False),
        sa.Column("recovery_fingerprint", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_office")),
        sa.UniqueConstraint("office_id", name=op.f("uq_office_office_id")),
    )
    op.create_table(
        "settings",
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_settings")),
    )
    op.create_table(
        "users",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("username", sa.String(length=64), nullable=False),
        sa.Column("full_name", sa.String(length=300), nullable=False),
        sa.Column("nip", sa.String(length=32), nullable=False),
        sa.Column("position", sa.String(length=300), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("exchange_public", sa.LargeBinary(length=32), nullable=False),
        sa.Column("signing_key_id", sa.Integer(), nullable=True),
        sa.Column("kdf_salt", sa.LargeBinary(length=32), nullable=False),
        sa.Column("kdf_params", sa.String(length=200), nullable=False),
        sa.Column("wrapped_secrets", sa.LargeBinary(), nullable=False),
        sa.Column("key_epoch", sa.Integer(), nullable=False),
        sa.Column("must_change_password", sa.Boolean(), nullable=False),
        sa.Column("failed_logins", sa.Integer(), nullable=False),
        sa.Column("lockouts", sa.Integer(), nullable=False),
        sa.Column("locked_until", sa.DateTime(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_users")),
        sa.UniqueConstraint("username", name=op.f("uq_users_username")),
    )
    op.create_table(
        "cases",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("register_number", sa.String(length=64), nullable=False),
        sa.Column("register_year", sa.Integer(), nullable=False),
        sa.Column("register_seq", sa.Integer(), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.Column("channel", sa.String(length=16), nullable=False),
        sa.Column("complaint_type", sa.String(length=64), nullable=False),
        sa.Column("stage", sa.String(length=32), nullable=False),
        sa.Column("stage_changed_at", sa.DateTime(), nullable=False),
        sa.Column("outcome", sa.String(length=32), nullable=True),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column("due_kind", sa.String(length=32), nullable=True),
        sa.Column("created_by", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.Integer(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("key_version", sa.Integer(), nullable=False),
        sa.Column("accused_ct", sa.LargeBinary(), nullable=False),
        sa.Column("content_ct", sa.LargeBinary(), nullable=False),
        sa.Column("identity_ct", sa.LargeBinary(), nullable=False),
        sa.Column("tracking_ct", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(
            ["created_by"], ["users.id"], name=op.f("fk_cases_created_by_users")
        ),
        sa.ForeignKeyConstraint(
            ["updated_by"], ["users.id"], name=op.f("fk_cases_updated_by_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cases")),
        sa.UniqueConstraint("register_number", name=op.f("uq_cases_register_number")),
        sa.UniqueConstraint(
            "register_year", "register_seq", name=op.f("uq_cases_register_year_register_seq")
        ),
    )
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_cases_channel"), ["channel"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_cases_complaint_type"), ["complaint_type"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_cases_due_date"), ["due_date"], unique=False)
        batch_op.create_index(batch_op.f("ix_cases_received_at"), ["received_at"], unique=False)
        batch_op.create_index("ix_cases_stage_received_at", ["stage", "received_at"], unique=False)

    op.create_table(
        "office_key_grants",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("holder", sa.String(length=32), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("key_name", sa.String(length=32), nullable=False),
        sa.Column("form", sa.String(length=8), nullable=False),
        sa.Column("blob", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_office_key_grants_user_id_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_office_key_grants")),
        sa.UniqueConstraint(
            "holder", "key_name", name=op.f("uq_office_key_grants_holder_key_name")
        ),
    )
    with op.batch_alter_table("office_key_grants", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_office_key_grants_user_id"), ["user_id"], unique=False)

    op.create_table(
        "signing_keys",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("public_key", sa.LargeBinary(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_signing_keys_user_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_signing_keys")),
    )
    with op.batch_alter_table("signing_keys", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_signing_keys_user_id"), ["user_id"], unique=False)

    op.create_table(
        "audit_log",
        sa.Column("seq", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("actor_id", sa.Integer(), nullable=True),
        sa.Column("actor_name", sa.String(length=64), nullable=False),
        sa.Column("action", sa.String(length=64), nullable=False),
        sa.Column("case_id", sa.String(length=32), nullable=True),
        sa.Column("details", sa.Text(), nullable=False),
        sa.Column("prev_hash", sa.LargeBinary(length=32), nullable=False),
        sa.Column("entry_hash", sa.LargeBinary(length=32), nullable=False),
        sa.Column("signing_key_id", sa.Integer(), nullable=True),
        sa.Column("signature", sa.LargeBinary(length=64), nullable=True),
        sa.ForeignKeyConstraint(
            ["actor_id"], ["users.id"], name=op.f("fk_audit_log_actor_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["signing_key_id"],
            ["signing_keys.id"],
            name=op.f("fk_audit_log_signing_key_id_signing_keys"),
        ),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_audit_log")),
    )
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_log_action"), ["action"], unique=False)
        batch_op.create_index(batch_op.f("ix_audit_log_case_id"), ["case_id"], unique=False)

    op.create_table(
        "case_assignments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.String(length=32), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("assigned_at", sa.DateTime(), nullable=False),
        sa.Column("assigned_by", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["assigned_by"], ["users.id"], name=op.f("fk_case_assignments_assigned_by_users")
        ),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["cases.id"],
            name=op.f("fk_case_assignments_case_id_cases"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_case_assignments_user_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_assignments")),
        sa.UniqueConstraint("case_id", "user_id", name=op.f("uq_case_assignments_case_id_user_id")),
    )
    with op.batch_alter_table("case_assignments", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_case_assignments_case_id"), ["case_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_case_assignments_user_id"), ["user_id"], unique=False)

    op.create_table(
        "case_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.String(length=32), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("actor_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("from_stage", sa.String(length=32), nullable=True),
        sa.Column("to_stage", sa.String(length=32), nullable=True),
        sa.Column("detail_ct", sa.LargeBinary(), nullable=True),
        sa.ForeignKeyConstraint(
            ["actor_id"], ["users.id"], name=op.f("fk_case_events_actor_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_case_events_case_id_cases"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_events")),
    )
    with op.batch_alter_table("case_events", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_case_events_case_id"), ["case_id"], unique=False)

    op.create_table(
        "case_index",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.String(length=32), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("digest", sa.LargeBinary(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_case_index_case_id_cases"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_index")),
    )
    with op.batch_alter_table("case_index", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_case_index_case_id"), ["case_id"], unique=False)
        batch_op.create_index("ix_case_index_kind_digest", ["kind", "digest"], unique=False)

    op.create_table(
        "case_key_grants",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.String(length=32), nullable=False),
        sa.Column("holder", sa.String(length=32), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("key_kind", sa.String(length=16), nullable=False),
        sa.Column("key_version", sa.Integer(), nullable=False),
        sa.Column("form", sa.String(length=8), nullable=False),
        sa.Column("blob", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["cases.id"],
            name=op.f("fk_case_key_grants_case_id_cases"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_case_key_grants_user_id_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_key_grants")),
        sa.UniqueConstraint(
            "case_id",
            "holder",
            "key_kind",
            "key_version",
            name=op.f("uq_case_key_grants_case_id_holder_key_kind_key_version"),
        ),
    )
    with op.batch_alter_table("case_key_grants", schema=None) as batch_op:
        batch_op.create_index(
            "ix_case_key_grants_holder_case_id", ["holder", "case_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_case_key_grants_user_id"), ["user_id"], unique=False)
    # The audit chain's head: every write transaction locks this row first.
    audit_head = sa.table(
        "audit_head",
        sa.column("id", sa.Integer),
        sa.column("seq", sa.Integer),
        sa.column("entry_hash", sa.LargeBinary),
    )
    op.bulk_insert(audit_head, [{"id": 1, "seq": 0, "entry_hash": bytes(32)}])


def downgrade() -> None:

    with op.batch_alter_table("case_key_grants", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_case_key_grants_user_id"))
        batch_op.drop_index("ix_case_key_grants_holder_case_id")

    op.drop_table("case_key_grants")
    with op.batch_alter_table("case_index", schema=None) as batch_op:
        batch_op.drop_index("ix_case_index_kind_digest")
        batch_op.drop_index(batch_op.f("ix_case_index_case_id"))

    op.drop_table("case_index")
    with op.batch_alter_table("case_events", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_case_events_case_id"))

    op.drop_table("case_events")
    with op.batch_alter_table("case_assignments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_case_assignments_user_id"))
        batch_op.drop_index(batch_op.f("ix_case_assignments_case_id"))

    op.drop_table("case_assignments")
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_log_case_id"))
        batch_op.drop_index(batch_op.f("ix_audit_log_action"))

    op.drop_table("audit_log")
    with op.batch_alter_table("signing_keys", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_signing_keys_user_id"))

    op.drop_table("signing_keys")
    with op.batch_alter_table("office_key_grants", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_office_key_grants_user_id"))

    op.drop_table("office_key_grants")
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.drop_index("ix_cases_stage_received_at")
        batch_op.drop_index(batch_op.f("ix_cases_received_at"))
        batch_op.drop_index(batch_op.f("ix_cases_due_date"))
        batch_op.drop_index(batch_op.f("ix_cases_complaint_type"))
        batch_op.drop_index(batch_op.f("ix_cases_channel"))

    op.drop_table("cases")
    op.drop_table("users")
    op.drop_table("settings")
    op.drop_table("office")
    op.drop_table("counters")
    op.drop_table("audit_head")
