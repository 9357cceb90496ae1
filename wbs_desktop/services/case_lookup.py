"""Finding a case by its register number.

The register number is plain metadata: everyone who may list cases sees it in
the table, and the free-text search matches it for every role. Looking it up
through that search decrypts every case the user holds a key to, though
(~12 s for an admin with 100,000 cases), so this asks the unique index
instead — same permission, same answer.

Meant to move into ``CaseService`` (``find_by_register``); it lives here until
then so the CLI need not open sessions itself.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import func, select

from wbs_desktop.domain.roles import Action
from wbs_desktop.domain.text import has_control_character
from wbs_desktop.services.errors import NotFound
from wbs_desktop.storage.models import Case

if TYPE_CHECKING:
    from wbs_desktop.services.context import Context


def find_case_id(ws: Context, register_number: str) -> str:
    """The id of the case with this register number (exact, else ignoring case)."""
    ws.actor.require(Action.LIST_CASES)
    if has_control_character(register_number):  # NUL: PostgreSQL would refuse the query
        raise NotFound("there is no case with this register number (it holds a control "
                       "character)")
    text = " ".join(register_number.split())
    with ws.read() as session:
        case_id = session.scalar(select(Case.id).where(Case.register_number == text))
        if case_id is None and text:
            matches = list(
                session.scalars(
                    select(Case.id).where(func.lower(Case.register_number) == text.lower()).limit(2)
                )
            )
            case_id = matches[0] if len(matches) == 1 else None
    if case_id is None:
        raise NotFound(f"there is no case with the register number {text or '(empty)'}")
    return str(case_id)
