"""The people index (the accused's name and NIP → keyed digests), computed
only where the people index key is: in an administrator's client.

Whoever submits or corrects a case without the key (staff, officers) leaves the
case queued in ``case_index_pending``; the name and NIP are already sealed to
the administrators inside the case's encrypted accused field. After an
administrator logs in, the window runs :func:`compute_pending` in the
background and shows :func:`pending_count` in its status bar. Related reports
and look-ups by person find a queued case once it has been computed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from wbs_desktop.domain.dates import utc_now
from wbs_desktop.domain.roles import Action, Role
from wbs_desktop.domain.text import normalize_nip, normalize_person_name
from wbs_desktop.services import office_keys
from wbs_desktop.services.casefile import case_field, keys_for
from wbs_desktop.services.errors import Cancelled
from wbs_desktop.storage import crypto
from wbs_desktop.storage.models import Case, CaseIndex, CaseIndexPending

if TYPE_CHECKING:
    from wbs_desktop.services.context import Context

PEOPLE_KINDS = ("accused_name", "accused_nip")
#: Cases indexed per write transaction (each its own, so a long run never holds
#: the office's writers up for long).
CHUNK = 500


def _entries(name: str, nip: str) -> list[tuple[str, str]]:
    entries = []
    if value := normalize_person_name(name):
        entries.append(("accused_name", value))
    if value := normalize_nip(nip):
        entries.append(("accused_nip", value))
    return entries


def index_person(ws: Context, session: Session, case_id: str, name: str, nip: str) -> None:
    """(Re)index the accused of a case: at once with the people key, else queued
    for an administrator (the old entries go either way)."""
    session.execute(
        delete(CaseIndex).where(CaseIndex.case_id == case_id, CaseIndex.kind.in_(PEOPLE_KINDS))
    )
    key = _fresh_key(ws, session)
    if key is None:
        if session.get(CaseIndexPending, case_id) is None:
            session.add(CaseIndexPending(case_id=case_id, queued_at=utc_now()))
        return
    for kind, value in _entries(name, nip):
        session.add(
            CaseIndex(case_id=case_id, kind=kind, digest=crypto.index_digest(key, kind, value))
        )
    session.execute(delete(CaseIndexPending).where(CaseIndexPending.case_id == case_id))


def _fresh_key(ws: Context, session: Session) -> bytes | None:
    """The actor's people key as the database holds it now: renewed when an
    administrator left (office_keys.renew_people_key), gone after a demotion."""
    if ws.actor.index_key is None:
        return None
    try:
        ws.actor.index_key = office_keys.current_people_key(session, ws.actor.unlocker)
    except crypto.CryptoError:
        ws.actor.index_key = None
    return ws.actor.index_key


def pending_count(ws: Context) -> int:
    """How many cases wait for an administrator's client to index them."""
    with ws.read() as session:
        return int(session.scalar(select(func.count()).select_from(CaseIndexPending)) or 0)


def compute_pending(
    ws: Context, progress: Callable[[int, int], bool] | None = None
) -> int:
    """Index every queued case (administrators holding the people key; others
    get 0 and change nothing). Returns how many were indexed."""
    actor = ws.actor
    if actor.role != Role.ADMIN or actor.index_key is None or not actor.can(Action.ASSIGN):
        return 0
    total = pending_count(ws)
    done = 0
    while True:
        with ws.write() as session:
            ids = list(
                session.scalars(
                    select(CaseIndexPending.case_id).order_by(CaseIndexPending.case_id).limit(CHUNK)
                )
            )
            if not ids or _fresh_key(ws, session) is None:
                break
            cases = session.scalars(select(Case).where(Case.id.in_(ids))).all()
            keys = keys_for(session, ws.actor, cases)
            indexed = []
            for case in cases:
                case_keys = keys.get(case.id)
                if case_keys is None:
                    continue  # not ours to read (cannot happen for an administrator)
                accused = case_field(case, case_keys, Case.accused_ct)
                index_person(ws, session, case.id, accused["name"], accused.get("nip", ""))
                indexed.append(case.id)
            session.execute(delete(CaseIndexPending).where(CaseIndexPending.case_id.in_(ids)))
            ws.record(session, "people_index_computed", details={"cases": len(indexed)})
        done += len(ids)
        if progress is not None and not progress(done, max(total, done)):
            raise Cancelled("cancelled by the user")
    return done
