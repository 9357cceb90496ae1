"""Re-keying: a new key version for the cases a person leaves.

Unassigning an officer, deactivating a user or demoting an administrator
(DESIGN.md "Re-keying") calls :func:`rekey_cases` inside the service's own
transaction, for the affected cases only. Each case gets fresh content and
identity keys; the current keys are chained under the new ones (re-wrapped,
nothing re-encrypted); every person's grant is replaced by a grant of the new
version to those who may still hold the case: the active administrators, the
recovery key and the officers still assigned. Whatever is written after that
(notes, hearings, letters, attachments, field updates, timeline entries) is
encrypted under the new version, which the departing person never held.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from typing import TYPE_CHECKING

from sqlalchemy import bindparam, delete, select, update
from sqlalchemy.orm import Session

from wbs_desktop.domain.roles import Role
from wbs_desktop.services.errors import Cancelled, NoGrant
from wbs_desktop.storage import keys as keystore
from wbs_desktop.storage.models import Case, CaseAssignment, CaseKeyGrant, User
from wbs_desktop.storage.models import Office as OfficeRow

if TYPE_CHECKING:
    from wbs_desktop.services.context import Actor

ProgressFn = Callable[[int, int], bool]  # (done, total) -> keep going?
#: Cases re-keyed per round of statements (one DELETE, one INSERT, one UPDATE).
CHUNK = 250


def cases_held_by(session: Session, holder: str) -> list[str]:
    """The cases ``holder`` holds a grant of (any version)."""
    return list(
        session.scalars(
            select(CaseKeyGrant.case_id).where(CaseKeyGrant.holder == holder).distinct()
        )
    )


def rekey_cases(
    session: Session,
    unlocker: keystore.Unlocker,
    opened: dict[tuple[str, int], keystore.CaseKeys],
    case_ids: Sequence[str],
    *,
    excluded: Collection[int] = (),
    progress: ProgressFn | None = None,
) -> int:
    """Give each case a new key version (see the module's docstring).

    ``unlocker`` is the acting administrator's (who must hold the cases);
    ``opened`` its cache of opened keys, updated with the new versions;
    ``excluded`` user ids that must not be granted even if the rules say so
    (the person leaving, whose row may not show it yet). Returns the count."""
    from wbs_desktop.services.users import recipient_of

    total = len(case_ids)
    if not total:
        return 0
    office = session.scalars(select(OfficeRow)).one()
    recovery = keystore.Recipient(keystore.RECOVERY_HOLDER, None, office.recovery_public)
    admins = [
        recipient_of(u)
        for u in session.scalars(
            select(User).where(User.role == Role.ADMIN.value, User.active.is_(True))
        )
        if u.id not in excluded
    ]
    done = 0
    for start in range(0, total, CHUNK):
        chunk = list(case_ids[start : start + CHUNK])
        stubs = session.execute(
            select(Case.id, Case.key_version, Case.register_number).where(Case.id.in_(chunk))
        ).all()
        officers: dict[str, list[keystore.Recipient]] = {}
        for case_id, user in session.execute(
            select(CaseAssignment.case_id, User)
            .join(User, User.id == CaseAssignment.user_id)
            .where(
                CaseAssignment.case_id.in_(chunk),
                User.active.is_(True),
                User.role != Role.ADMIN.value,
            )
        ).all():
            if user.id not in excluded:
                officers.setdefault(case_id, []).append(recipient_of(user))
        grants = keystore.load_case_grants(session, unlocker.holder, chunk)
        plans = []
        for stub in stubs:
            current = opened.get((stub.id, stub.key_version)) or keystore.open_case_keys(
                unlocker, grants.get(stub.id, []), stub.key_version
            )
            if current is None or current.identity is None:
                raise NoGrant(f"you hold no key to case {stub.register_number}")
            plans.append((stub.id, current, [*admins, recovery, *officers.get(stub.id, [])]))
        unlocker.pending_rewraps.clear()  # the grants they were for are replaced below
        renewed = keystore.rekey_many(session, plans, wrap_for=unlocker)
        session.execute(
            update(Case.__table__)  # type: ignore[arg-type]
            .where(Case.__table__.c.id == bindparam("case_id"))
            .values(key_version=bindparam("new_version")),
            [{"case_id": cid, "new_version": keys.version} for cid, keys in renewed.items()],
        )
        for case_id, keys in renewed.items():
            for key in [k for k in opened if k[0] == case_id]:
                del opened[key]
            opened[(case_id, keys.version)] = keys
        done += len(stubs)
        if progress is not None and not progress(done, total):
            raise Cancelled("cancelled by the user")
    return done


def rekey_for(
    actor: Actor,
    session: Session,
    case_ids: Sequence[str],
    *,
    excluded: set[int],
    progress: ProgressFn | None = None,
) -> int:
    """:func:`rekey_cases` by a logged-in user: the search text of each case is
    dropped from their session too (it is read again under the new version)."""
    count = rekey_cases(
        session,
        actor.unlocker,
        actor.case_keys,
        case_ids,
        excluded=excluded,
        progress=progress,
    )
    for case_id in case_ids:
        actor.search_text.pop(case_id, None)
    return count


def drop_grants(session: Session, holder: str, case_ids: Collection[str] | None = None) -> None:
    """Delete ``holder``'s case grants (all, or of the given cases)."""
    stmt = delete(CaseKeyGrant).where(CaseKeyGrant.holder == holder)
    if case_ids is not None:
        stmt = stmt.where(CaseKeyGrant.case_id.in_(list(case_ids)))
    session.execute(stmt)
