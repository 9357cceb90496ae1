"""letters: signatories (users' pangkat), the letter register's live/void state, the team

Revision ID: letters_signatories
Revises: holidays_wita
Create Date: 2026-12-01
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "letters_signatories"
down_revision: str | None = "holidays_wita"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("users") as batch:
        batch.add_column(
            sa.Column("rank", sa.String(length=120), nullable=False, server_default="")
        )
    with op.batch_alter_table("letters") as batch:
        batch.add_column(sa.Column("purpose", sa.String(length=64), nullable=True))
        batch.add_column(sa.Column("void_reason", sa.String(length=500), nullable=True))
        batch.add_column(sa.Column("voided_by", sa.Integer(), nullable=True))
        batch.create_foreign_key(op.f("fk_letters_voided_by_users"), "users", ["voided_by"], ["id"])
        batch.create_index(op.f("ix_letters_purpose"), ["purpose"])
    # letters made before: those of a hearing are that hearing's live letter
    op.execute(
        "UPDATE letters SET purpose = 'hearing:' || CAST(hearing_id AS VARCHAR) "
        "WHERE hearing_id IS NOT NULL"
    )
    op.create_table(
        "case_team",
        sa.Column("case_id", sa.String(length=32), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_case_team_case_id_cases"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], name=op.f("fk_case_team_user_id_users")),
        sa.PrimaryKeyConstraint("case_id", "user_id", name=op.f("pk_case_team")),
    )


def downgrade() -> None:
    op.drop_table("case_team")
    with op.batch_alter_table("letters") as batch:
        batch.drop_index(op.f("ix_letters_purpose"))
        batch.drop_constraint(op.f("fk_letters_voided_by_users"), type_="foreignkey")
        batch.drop_column("voided_by")
        batch.drop_column("void_reason")
        batch.drop_column("purpose")
    with op.batch_alter_table("users") as batch:
        batch.drop_column("rank")
