"""Which cases hold stored data that fails its integrity check (``wbs-admin verify-data``).

Every encrypted column of a case is opened with the acting administrator's keys
and checked (AES-GCM authenticates each field against its table, column and
row); a case whose keys the administrator does not hold is counted, not
guessed at. Nothing decrypted leaves this module: only register numbers and
the names of the damaged columns.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from wbs_desktop.domain.roles import Action
from wbs_desktop.services.casefile import keys_for, open_field
from wbs_desktop.services.context import Context
from wbs_desktop.services.errors import IntegrityBroken, NoGrant
from wbs_desktop.storage.models import Case

#: the case's encrypted columns (``Case.identity_ct`` opens with the identity key)
_CASE_COLUMNS = (Case.accused_ct, Case.content_ct, Case.tracking_ct, Case.identity_ct)


@dataclass(frozen=True, slots=True)
class DamagedCase:
    case_id: str
    register_number: str
    columns: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class DataCheck:
    checked: int
    not_checked: int  # cases the acting user holds no key to
    damaged: tuple[DamagedCase, ...]


def verify_data(ws: Context, chunk: int = 500) -> DataCheck:
    """Check every case's encrypted columns (administrators)."""
    ws.actor.require(Action.VERIFY_AUDIT)
    checked = not_checked = 0
    damaged: list[DamagedCase] = []
    with ws.read() as session:
        ids = list(session.scalars(select(Case.id).order_by(Case.register_seq)))
        for start in range(0, len(ids), chunk):
            cases = list(session.scalars(
                select(Case).where(Case.id.in_(ids[start:start + chunk]))
                .order_by(Case.register_seq)))
            keys = keys_for(session, ws.actor, cases)
            for case in cases:
                k = keys.get(case.id)
                if k is None:
                    not_checked += 1
                    continue
                checked += 1
                bad = []
                for column in _CASE_COLUMNS:
                    try:
                        # with the key of the version the field was written with (re-keying)
                        open_field(k, column, case.id, getattr(case, column.key))
                    except NoGrant:
                        continue  # no identity key
                    except IntegrityBroken:
                        bad.append(column.key)
                if bad:
                    damaged.append(DamagedCase(case.id, case.register_number, tuple(bad)))
    return DataCheck(checked, not_checked, tuple(damaged))
