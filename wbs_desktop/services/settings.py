"""Office settings with defaults: deadlines, holidays, numbering, complaint types.

Stored as JSON values in the ``settings`` table (plain: nothing here is secret).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import asdict, dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from wbs_desktop.domain.calendar import DEFAULT_HOLIDAYS_2026, Holiday, HolidayKind, WorkingCalendar
from wbs_desktop.domain.catalog import DEFAULT_COMPLAINT_TYPES, ComplaintType, ensure_other
from wbs_desktop.domain.dates import utc_now
from wbs_desktop.domain.numbering import DEFAULT_REGISTER_PATTERN, check_pattern
from wbs_desktop.storage.models import Setting


@dataclass(frozen=True, slots=True)
class Deadlines:
    first_response_working_days: int = 5  # verification started within N working days
    reply_days: int = 14  # reporter's reply to a request for information (calendar days)
    summons_min_working_days: int = 7  # PP 94/2021: full working days between letter and hearing


DEFAULTS: dict[str, Any] = {
    "office.name": "Badan Kepegawaian Daerah Provinsi Nusa Tenggara Timur",
    "numbering.register": DEFAULT_REGISTER_PATTERN,
    "deadlines": asdict(Deadlines()),
    "holidays": [
        {"date": h.date.isoformat(), "kind": h.kind.value, "name": h.name}
        for h in DEFAULT_HOLIDAYS_2026
    ],
    "complaint_types": [
        {"code": t.code, "label_id": t.label_id, "label_en": t.label_en}
        for t in DEFAULT_COMPLAINT_TYPES
    ],
    "attachments.max_bytes": 25 * 1024 * 1024,
    # The workstation locks after this many minutes without input (0: never; issue 13).
    "security.idle_lock_minutes": 10,
}


def get(session: Session, key: str) -> Any:
    row = session.get(Setting, key)
    if row is None:
        return DEFAULTS.get(key)
    return json.loads(row.value)


def put(session: Session, key: str, value: Any) -> None:
    if key == "numbering.register" or key.startswith("numbering."):
        check_pattern(str(value))
    text = json.dumps(value, ensure_ascii=False, sort_keys=True)
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=text, updated_at=utc_now()))
    else:
        row.value = text
        row.updated_at = utc_now()


def all_values(session: Session) -> dict[str, Any]:
    values = dict(DEFAULTS)
    for row in session.scalars(select(Setting)):
        values[row.key] = json.loads(row.value)
    return values


def deadlines(session: Session) -> Deadlines:
    raw: Mapping[str, Any] = get(session, "deadlines") or {}
    base = asdict(Deadlines())
    base.update({k: int(v) for k, v in raw.items() if k in base})
    return Deadlines(**base)


def holidays(session: Session) -> tuple[Holiday, ...]:
    return tuple(
        Holiday(date.fromisoformat(h["date"]), HolidayKind(h["kind"]), h.get("name", ""))
        for h in get(session, "holidays") or []
    )


def calendar(session: Session) -> WorkingCalendar:
    return WorkingCalendar(holidays(session))


def complaint_types(session: Session) -> tuple[ComplaintType, ...]:
    raw = get(session, "complaint_types") or []
    return ensure_other(tuple(ComplaintType(r["code"], r["label_id"], r["label_en"]) for r in raw))
