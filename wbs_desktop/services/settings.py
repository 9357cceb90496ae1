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

from wbs_desktop.domain.calendar import (
    DEFAULT_HOLIDAYS_2026,
    Holiday,
    HolidayKind,
    WorkingCalendar,
    YearState,
)
from wbs_desktop.domain.catalog import DEFAULT_COMPLAINT_TYPES, ComplaintType, ensure_other
from wbs_desktop.domain.dates import utc_now
from wbs_desktop.domain.numbering import DEFAULT_REGISTER_PATTERN, check_pattern
from wbs_desktop.domain.summons import SummonsRules
from wbs_desktop.storage.models import Setting


@dataclass(frozen=True, slots=True)
class Deadlines:
    first_response_working_days: int = 5  # verification started within N working days
    reply_days: int = 14  # reporter's reply to a request for information (calendar days)
    summons_min_working_days: int = 7  # PP 94/2021: full working days between letter and hearing
    past_grace_days: int = 2  # calendar days a letter or hearing may be dated before today


HOLIDAY_YEARS_KEY = "holidays.years"

DEFAULTS: dict[str, Any] = {
    "office.name": "Badan Kepegawaian Daerah Provinsi Nusa Tenggara Timur",
    "numbering.register": DEFAULT_REGISTER_PATTERN,
    "deadlines": asdict(Deadlines()),
    "holidays": [
        {"date": h.date.isoformat(), "kind": h.kind.value, "name": h.name}
        for h in DEFAULT_HOLIDAYS_2026
    ],
    # Per year: {"state": "confirmed"|"proposed", "by": username, "at": ISO time,
    # "source": where the list came from}. A year absent here has no list.
    HOLIDAY_YEARS_KEY: {"2026": {"state": "confirmed", "by": "", "at": "", "source": "SKB 2026"}},
    "complaint_types": [
        {"code": t.code, "label_id": t.label_id, "label_en": t.label_en}
        for t in DEFAULT_COMPLAINT_TYPES
    ],
    "attachments.max_bytes": 25 * 1024 * 1024,
    # The workstation locks after this many minutes without input (0: never; issue 13).
    "security.idle_lock_minutes": 10,
}


#: session.info: (transaction, key → its row or None) for every key read in it.
_READ = "wbs_settings_read"


def get(session: Session, key: str) -> Any:
    row = _rows(session, [key])[key]
    _verify(session, key, row)
    if row is None:
        return DEFAULTS.get(key)
    return json.loads(row.value)


def get_many(session: Session, keys: list[str]) -> dict[str, Any]:
    """``get`` of each key, read in one statement (and checked the same way)."""
    rows = _rows(session, keys)
    for key in keys:
        _verify(session, key, rows.get(key))
    return {
        key: DEFAULTS.get(key) if (row := rows[key]) is None else json.loads(row.value)
        for key in keys
    }


def prefetch(session: Session, keys: list[str]) -> None:
    """Read these keys now, in one statement, for the ``get`` calls of this
    transaction that follow (a letter reads nine settings in five places)."""
    _rows(session, keys)


def _rows(session: Session, keys: list[str]) -> dict[str, Setting | None]:
    """The rows of these keys: each read once a transaction (``put`` keeps the
    memo current; nothing else writes settings)."""
    txn = session.get_transaction()
    memo = session.info.get(_READ)
    if memo is None or txn is None or memo[0] is not txn:
        memo = session.info[_READ] = (txn, {})
    known: dict[str, Setting | None] = memo[1]
    missing = [k for k in keys if k not in known]
    if len(missing) == 1:
        known[missing[0]] = session.get(Setting, missing[0])
    elif missing:
        known.update(dict.fromkeys(missing))
        known.update((r.key, r) for r in session.scalars(select(Setting).where(
            Setting.key.in_(missing))))
    return {k: known[k] for k in keys}


def _verify(session: Session, key: str, row: Setting | None) -> None:
    """Settings change legal output (letterhead, signatories, numbers, holidays):
    each one read in a user's session must be the one the office record certifies."""
    from wbs_desktop.services import certificates

    trust = certificates.trust_of(session)
    if trust is None or not certificates.is_certified_setting(key):
        return
    if row is not None:
        trust.check_settings(session, [row])
    elif key in trust.office_cert(session).settings:
        raise certificates.CertificateInvalid(
            f"the setting {key} was deleted", record="office", reason="mismatch"
        )


def put(session: Session, key: str, value: Any) -> None:
    if key == "numbering.register" or key.startswith("numbering."):
        check_pattern(str(value))
    text = json.dumps(value, ensure_ascii=False, sort_keys=True)
    row = _rows(session, [key])[key]
    if row is None:
        row = Setting(key=key, value=text, updated_at=utc_now())
        session.add(row)
        session.info[_READ][1][key] = row
    else:
        row.value = text
        row.updated_at = utc_now()
    session.flush()
    # Every setting is part of the certified office record (whoever adds new ones).
    from wbs_desktop.services import certificates

    if certificates.is_certified_setting(key):
        certificates.recertify_office(session)


def all_values(session: Session) -> dict[str, Any]:
    from wbs_desktop.services import certificates

    values = dict(DEFAULTS)
    trust = certificates.trust_of(session)
    if trust is not None:
        trust.check_all_settings(session)
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


def holiday_years(session: Session) -> dict[int, dict[str, str]]:
    """Each listed year's state record (see ``DEFAULTS[HOLIDAY_YEARS_KEY]``)."""
    raw: Mapping[str, Any] = get(session, HOLIDAY_YEARS_KEY) or {}
    return {int(y): dict(v) for y, v in raw.items()}


def calendar(session: Session) -> WorkingCalendar:
    years = {y: YearState(v.get("state", "proposed")) for y, v in holiday_years(session).items()}
    return WorkingCalendar(holidays(session), years)


def summons_rules(session: Session) -> SummonsRules:
    d = deadlines(session)
    return SummonsRules(
        min_working_days=d.summons_min_working_days,
        past_grace_days=d.past_grace_days,
    )


def complaint_types(session: Session) -> tuple[ComplaintType, ...]:
    raw = get(session, "complaint_types") or []
    return ensure_other(tuple(ComplaintType(r["code"], r["label_id"], r["label_en"]) for r in raw))
