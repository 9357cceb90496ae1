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

import json
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from alembic import op

revision: str = "holidays_wita"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: Years pre-filled (as proposed) when a database reaches this revision.
PREFILLED_YEARS = (2027,)


def upgrade() -> None:
    """Plain SQL on the settings table: a migration must not run today's services
    (they read columns that later revisions add, e.g. the certified office record)."""
    from wbs_desktop.domain.holiday_source import proposed_year, source_label
    from wbs_desktop.services.settings import DEFAULTS, HOLIDAY_YEARS_KEY

    settings = sa.table(
        "settings",
        sa.column("key", sa.String),
        sa.column("value", sa.Text),
        sa.column("updated_at", sa.DateTime),
    )
    bind = op.get_bind()

    def read(key: str) -> Any:
        text = bind.execute(sa.select(settings.c.value).where(settings.c.key == key)).scalar()
        return None if text is None else json.loads(text)

    def write(key: str, value: Any) -> None:
        text = json.dumps(value, ensure_ascii=False, sort_keys=True)
        now = datetime.now(UTC).replace(tzinfo=None)
        if read(key) is None:
            bind.execute(settings.insert().values(key=key, value=text, updated_at=now))
        else:
            bind.execute(
                settings.update()
                .where(settings.c.key == key)
                .values(value=text, updated_at=now)
            )

    stored = read("holidays")
    days = list(DEFAULTS.get("holidays") or [] if stored is None else stored)
    years: dict[int, dict[str, str]] = {
        int(y): v for y, v in (read(HOLIDAY_YEARS_KEY) or {}).items()
    }
    for year in sorted({int(d["date"][:4]) for d in days}):
        years.setdefault(year, {"state": "confirmed", "by": "", "at": "", "source": "office"})
    for year in PREFILLED_YEARS:
        if year in years:
            continue
        days += [
            {"date": h.date.isoformat(), "kind": h.kind.value, "name": h.name}
            for h in proposed_year(year)
        ]
        years[year] = {"state": "proposed", "by": "", "at": "", "source": source_label()}
    write("holidays", sorted(days, key=lambda d: str(d["date"])))
    write(HOLIDAY_YEARS_KEY, {str(y): v for y, v in sorted(years.items())})


def downgrade() -> None:
    """The per-year states go; the days stay (an older version reads them all)."""
    op.execute("DELETE FROM settings WHERE key = 'holidays.years'")
