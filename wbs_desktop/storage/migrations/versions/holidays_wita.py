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

from alembic import op
from sqlalchemy.orm import Session

revision: str = "holidays_wita"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: Years pre-filled (as proposed) when a database reaches this revision.
PREFILLED_YEARS = (2027,)


def upgrade() -> None:
    from wbs_desktop.domain.holiday_source import proposed_year, source_label
    from wbs_desktop.services import settings as store

    session = Session(bind=op.get_bind())
    try:
        days = list(store.get(session, "holidays") or [])
        stored_years = session.get(store.Setting, store.HOLIDAY_YEARS_KEY)
        years = store.holiday_years(session) if stored_years is not None else {}
        for year in sorted({int(d["date"][:4]) for d in days}):
            years.setdefault(year, {"state": "confirmed", "by": "", "at": "", "source": "office"})
        for year in PREFILLED_YEARS:
            if year in years:
                continue
            proposal = proposed_year(year)
            days += [
                {"date": h.date.isoformat(), "kind": h.kind.value, "name": h.name}
                for h in proposal
            ]
            years[year] = {"state": "proposed", "by": "", "at": "", "source": source_label()}
        store.put(session, "holidays", sorted(days, key=lambda d: str(d["date"])))
        store.put(session, store.HOLIDAY_YEARS_KEY, {str(y): v for y, v in sorted(years.items())})
        session.flush()
    finally:
        session.close()


def downgrade() -> None:
    """The per-year states go; the days stay (an older version reads them all)."""
    op.execute("DELETE FROM settings WHERE key = 'holidays.years'")
