"""holidays per year: the 2026 list confirmed, 2027 proposed from the holidays package

Revision ID: holidays_wita
Revises: 0003
Create Date: 2026-12-01

No schema change: the holiday list stays in the ``settings`` table (key
``holidays``, every listed day of every year) and gains ``holidays.years``, each
year's state (*confirmed* by an administrator, or *proposed*). The office's
existing list is kept as it is (its years count as confirmed: they were in use);
a year the office has no day of, 2027, is pre-filled from the ``holidays``
package and marked proposed until an administrator confirms it.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "holidays_wita"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: Years pre-filled (as proposed) when a database reaches this revision.
PREFILLED_YEARS = (2027,)


def upgrade() -> None:
    from wbs_desktop.services.holidays import prefill_years

    bind = op.get_bind()
    # A database in use (an office, or settings of its own) gets its years; one
    # with the schema only stays empty (a restore needs an empty target, and
    # setting up an office pre-fills its years itself).
    in_use = bind.execute(sa.text("SELECT count(*) FROM office")).scalar() or bind.execute(
        sa.text("SELECT count(*) FROM settings")).scalar()
    if in_use:
        prefill_years(bind, PREFILLED_YEARS)


def downgrade() -> None:
    """The per-year states go; the days stay (an older version reads them all)."""
    op.execute("DELETE FROM settings WHERE key = 'holidays.years'")
