"""Marking a case as a test, a duplicate of another, or demo data.

The figures the office hands upward (``services.reports``) must not count a
report someone typed in to try the app, the second copy of a report that came
in twice, or the demo office's invented cases. A mark is plain metadata (it
says nothing about the people in the case), set and cleared by an
administrator, audited, and written on the case's timeline; clearing it puts
the case back into the figures. Marking changes nothing else: the case keeps
its stage, its officer and its letters.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from sqlalchemy import select

from wbs_desktop.domain.roles import Action
from wbs_desktop.services.casefile import CaseFile, check_version, load_case
from wbs_desktop.services.errors import NotFound, ServiceError
from wbs_desktop.storage.models import Case

if TYPE_CHECKING:
    from wbs_desktop.services.context import Context

MAX_REASON = 2000


class Mark(StrEnum):
    TEST = "test"  # Uji coba
    DUPLICATE = "duplicate"  # Duplikat
    DEMO = "demo"  # Data contoh (wbs-admin demo)


@dataclass(frozen=True, slots=True)
class CaseMark:
    """A case's mark: ``mark`` None when the case counts in the figures."""

    case_id: str
    register_number: str
    mark: Mark | None
    duplicate_of_register: str | None = None
    version: int = 0


def case_mark(ws: Context, case_id: str) -> CaseMark:
    """The case's current mark (everyone who may list cases may see it)."""
    ws.actor.require(Action.LIST_CASES)
    with ws.read() as session:
        row = session.execute(
            select(Case.register_number, Case.mark, Case.duplicate_of, Case.version).where(
                Case.id == case_id
            )
        ).one_or_none()
        if row is None:
            raise NotFound(f"no case {case_id}")
        original = None
        if row.duplicate_of:
            original = session.scalar(
                select(Case.register_number).where(Case.id == row.duplicate_of)
            )
    return CaseMark(
        case_id=case_id,
        register_number=row.register_number,
        mark=Mark(row.mark) if row.mark else None,
        duplicate_of_register=original,
        version=row.version,
    )


def set_mark(
    ws: Context,
    case_id: str,
    mark: Mark | None,
    *,
    duplicate_of: str | None = None,
    reason: str = "",
    expected_version: int | None = None,
) -> CaseMark:
    """Mark the case (``mark`` None clears it). ``duplicate_of`` is the register
    number of the original, required for :attr:`Mark.DUPLICATE` only."""
    actor = ws.actor
    actor.require(Action.MARK_CASE)
    reason = reason.strip()[:MAX_REASON]
    with ws.write() as session:
        case = load_case(session, case_id, for_update=True)
        check_version(session, case, expected_version)
        original: Case | None = None
        if mark == Mark.DUPLICATE:
            text = " ".join((duplicate_of or "").split())
            if not text:
                raise ServiceError(
                    "a duplicate needs the register number of the original",
                    code="duplicate_of_required",
                )
            original = session.scalars(
                select(Case).where(Case.register_number == text)
            ).one_or_none()
            if original is None:
                raise NotFound(f"there is no case {text}")
            if original.id == case.id:
                raise ServiceError(
                    "a case cannot be a duplicate of itself", code="duplicate_of_itself"
                )
            if original.mark == Mark.DUPLICATE.value and original.duplicate_of == case.id:
                raise ServiceError(
                    f"{original.register_number} is already marked as a duplicate of this case",
                    code="duplicate_cycle",
                )
        elif duplicate_of:
            raise ServiceError(
                "only a duplicate names an original", code="duplicate_of_not_allowed"
            )
        previous = case.mark
        previous_of = case.duplicate_of
        new_of = original.id if original is not None else None
        if previous == (mark.value if mark else None) and previous_of == new_of:
            return _result(case, original)
        cf = CaseFile.of(session, actor, case)
        case.mark = mark.value if mark else None
        case.duplicate_of = new_of
        cf.touch()
        detail = {"mark": case.mark or "", "previous": previous or ""}
        if original is not None:
            detail["duplicate_of"] = original.register_number
        cf.event("marked" if mark else "unmarked", reason=reason, detail=detail)
        cf.record(
            "case_marked" if mark else "case_unmarked",
            {
                "mark": case.mark,
                "previous": previous,
                "duplicate_of": original.register_number if original is not None else None,
            },
        )
        return _result(case, original)


def _result(case: Case, original: Case | None) -> CaseMark:
    return CaseMark(
        case_id=case.id,
        register_number=case.register_number,
        mark=Mark(case.mark) if case.mark else None,
        duplicate_of_register=original.register_number if original is not None else None,
        version=case.version,
    )
