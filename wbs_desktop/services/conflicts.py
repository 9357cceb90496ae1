"""Conflict of interest at every change (issue 19).

The rules are :mod:`wbs_desktop.domain.conflict`; this module applies them
where things change, always on the decrypted accused (whoever changes a case
holds its keys) and the users' plain names and NIPs:

* at assignment (:meth:`CaseService.assign` refuses the accused;
  :func:`warnings_for_case` names near misses for the assign dialog and the CLI);
* when the accused's details change (:func:`before_accused_change`, called by
  ``ProcedureService.update_accused`` before anything is written);
* when a user's name or NIP changes (:func:`recheck_user_in`, called by
  ``AccountService.edit_user``; :func:`recheck_user` is the same as a service
  call of its own for any other path that changes a user's name or NIP).

An assigned officer who turns out to be the accused loses the case at once:
the assignment goes, the case gets a new key version he never holds, the
timeline says why (``conflict_removed``), the audit log records it, and the
acting user is told (``take_notices``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from wbs_desktop.domain.conflict import Match, Person, check, same_person
from wbs_desktop.domain.roles import Action, Role
from wbs_desktop.services.casefile import CaseFile, case_field, keys_for, load_case
from wbs_desktop.services.errors import NoGrant, NotFound
from wbs_desktop.services.rekey import rekey_for
from wbs_desktop.storage import keys as keystore
from wbs_desktop.storage.models import Case, CaseAssignment, User

if TYPE_CHECKING:
    from wbs_desktop.services.context import Context


@dataclass(frozen=True, slots=True)
class NameWarning:
    """A user whose name or NIP matches the case's accused."""

    user_id: int
    username: str
    full_name: str
    matched_on: Match  # NIP / NAME: refused at assignment; NEAR: a warning
    accused_name: str


@dataclass(frozen=True, slots=True)
class ConflictRemoval:
    """An assigned officer taken off a case because they are its accused."""

    case_id: str
    register_number: str
    user_id: int
    username: str
    full_name: str
    matched_on: Match


def accused_of(ws: Context, session: Session, case: Case, keys: keystore.CaseKeys) -> Person:
    data = case_field(case, keys, Case.accused_ct)
    return Person(str(data.get("name", "")), str(data.get("nip", "")))


def warnings_for_case(ws: Context, case_id: str) -> list[NameWarning]:
    """Every active officer or administrator whose name or NIP matches the
    accused of the case, strict matches first (for the assign dialog)."""
    ws.actor.require(Action.ASSIGN)
    with ws.read() as session:
        cf = CaseFile.open(session, ws.actor, case_id)
        accused = accused_of(ws, session, cf.case, cf.keys)
        users = session.scalars(
            select(User)
            .where(
                User.active.is_(True),
                User.role.in_((Role.OFFICER.value, Role.ADMIN.value)),
            )
            .order_by(User.full_name)
        ).all()
        found = []
        for user in users:
            match = check(accused, Person(user.full_name, user.nip))
            if match is not None:
                found.append(
                    NameWarning(user.id, user.username, user.full_name, match, accused.name)
                )
    ws.flush_rewraps()
    return sorted(found, key=lambda w: w.matched_on == Match.NEAR)


def before_accused_change(
    ws: Context, session: Session, case: Case, keys: keystore.CaseKeys, accused: Person
) -> keystore.CaseKeys:
    """Take every assigned officer who is the new accused off the case, before
    the new details are written: returns the keys to write them with (a new
    version when someone was removed, so they never see the correction)."""
    assigned = session.scalars(
        select(User)
        .join(CaseAssignment, CaseAssignment.user_id == User.id)
        .where(CaseAssignment.case_id == case.id)
    ).all()
    hits = [(u, m) for u in assigned if (m := same_person(accused, Person(u.full_name, u.nip)))]
    if not hits:
        return keys
    return _remove(ws, session, case, hits)


def recheck_user_in(ws: Context, session: Session, user: User) -> list[ConflictRemoval]:
    """Inside the caller's transaction: after ``user``'s name or NIP changed,
    take them off every assigned case whose accused they now are."""
    case_ids = list(
        session.scalars(select(CaseAssignment.case_id).where(CaseAssignment.user_id == user.id))
    )
    removed: list[ConflictRemoval] = []
    for case_id in case_ids:
        case = load_case(session, case_id, for_update=True)
        keys = keys_for(session, ws.actor, [case]).get(case_id)
        if keys is None:
            raise NoGrant(f"you hold no key to case {case.register_number}")
        match = same_person(accused_of(ws, session, case, keys), Person(user.full_name, user.nip))
        if match is not None:
            before = len(ws.actor.notices)
            _remove(ws, session, case, [(user, match)])
            removed.extend(ws.actor.notices[before:])
    return removed


def recheck_user(ws: Context, user_id: int) -> list[ConflictRemoval]:
    """The conflict-of-interest check for any path that changed a user's name
    or NIP (an administrator's call, one transaction; the removals are also
    queued for ``take_notices``)."""
    ws.actor.require(Action.MANAGE_USERS)
    with ws.write() as session:
        user = session.get(User, user_id)
        if user is None:
            raise NotFound(f"no user {user_id}")
        return recheck_user_in(ws, session, user)


def _remove(
    ws: Context, session: Session, case: Case, hits: list[tuple[User, Match]]
) -> keystore.CaseKeys:
    """Unassign ``hits`` from ``case``, re-key it without them, say why on the
    timeline and in the audit log; returns the case's new keys."""
    actor = ws.actor
    for user, _match in hits:
        assignment = session.scalars(
            select(CaseAssignment).where(
                CaseAssignment.case_id == case.id, CaseAssignment.user_id == user.id
            )
        ).one()
        session.delete(assignment)
    session.flush()
    excluded = {u.id for u, _m in hits if u.role != Role.ADMIN.value}
    if excluded:
        rekey_for(actor, session, [case.id], excluded=excluded)
        session.refresh(case)
    cf = CaseFile.of(session, actor, case)
    cf.touch()
    for user, match in hits:
        cf.event(
            "conflict_removed", detail={"officer": user.full_name, "matched_on": match.value}
        )
        cf.record(
            "conflict_of_interest_removed",
            {"officer": user.username, "matched_on": match.value},
        )
        actor.notices.append(
            ConflictRemoval(
                case.id, case.register_number, user.id, user.username, user.full_name, match
            )
        )
    if actor.id in excluded:
        # The acting officer removed himself (he typed his own name as the
        # accused): this session must not keep the new keys it just made.
        actor.forget_case(case.id)
    return cf.keys
