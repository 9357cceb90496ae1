"""figures: an index in the order the figures group by; key grants with room
for their re-wraps (PostgreSQL)

Revision ID: figures_grouped
Revises: dash
Create Date: 2026-12-07

The office's figures (``services.reports._cells``) count a period's cases per
outcome, deadline kind, stage, channel, type and mark, the months and the
overdue cases as conditional sums of the same scan. ``ix_cases_figures`` is led
by the time of receipt (a range scan of a short period), so grouping it meant
sorting every case of the period (SQLite groups by sorting: ≈ 250 ms CPU for a
year at 100,000 cases). ``ix_cases_figures_grouped`` holds the same columns led
by the grouped ones: a long period is one scan in group order, no sort. The
other index stays, for short periods and for the durations' range scan.
PostgreSQL's planner hashes the groups of the range scan instead (EXPLAIN:
HashAggregate over ``ix_cases_figures``, no sort either), so there the new
index is one more entry per case written, kept for one schema on both.

``case_key_grants`` gets fill factor 80 on PostgreSQL: a re-wrap (sealed →
wrapped at a holder's first use, ``keys.apply_rewraps``) changes no indexed
column, so with room on its page it is a HOT update that writes no entry to
the table's four indexes (an officer's 36,408 sealed grants at 100,000 cases,
re-wrapped on a copy: 1.34 s → 0.66 s).
The setting applies to pages written from now on; the table is rewritten here
(``CLUSTER`` of the named table, which may run in the migration's transaction,
unlike ``VACUUM FULL``) so the grants already stored get the room too. It is
clustered by the primary key, the order the grants were written in, so each
page keeps the grants of a few cases for all their holders: clustered by
holder instead, a holder's first use re-wraps every grant of his pages and only
30 % found room (11,060 HOT of 36,408, slower than before: 1.56 s against
1.34 s); by id, 36,407 of 36,408 were HOT (0.66 s). SQLite has no fill factor:
nothing to do there.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "figures_grouped"
down_revision: str | None = "dash"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: The grouped columns first, in the GROUP BY's order, then what the figures read.
#: Led by the two no list filters on (outcome is empty until a case is concluded):
#: without statistics SQLite takes an equality on an index's first column for a
#: good search, so led by mark, ``mark IS NULL`` (every figure's click) chose
#: this index and a sort over ``ix_cases_listing`` in the list's order.
FIGURES_GROUPED = [
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
]

GRANTS_FILLFACTOR = 80


def upgrade() -> None:
    op.create_index("ix_cases_figures_grouped", "cases", FIGURES_GROUPED)
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"ALTER TABLE case_key_grants SET (fillfactor = {GRANTS_FILLFACTOR})")
        # Rewrites the table (and its indexes) with the new fill factor, in the
        # order written, under an exclusive lock until the migration commits:
        # 5.4 s for the 581,000 grants of 100,000 cases.
        op.execute("CLUSTER case_key_grants USING pk_case_key_grants")
        op.execute("ANALYZE case_key_grants")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("ALTER TABLE case_key_grants SET WITHOUT CLUSTER")
        op.execute("ALTER TABLE case_key_grants RESET (fillfactor)")
    op.drop_index("ix_cases_figures_grouped", table_name="cases")
