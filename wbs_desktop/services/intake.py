"""Reports brought in from outside (``wbs-admin submit`` / ``import``), once.

The web form's export is imported again and again (a retry, an overlapping
export): a report already in the office is reported as already there and not
created twice. A report may carry ``source_id`` (the web form's own
identifier): the same ``source_id`` is the same report. Without one, a report
whose content is identical to one imported before is. Either is remembered as
a keyed digest (HMAC with the office's index key, in ``case_index`` beside the
other look-up digests) — never the identifier or the text itself.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from wbs_desktop.domain.complaint import complaint_to_json
from wbs_desktop.services.errors import ServiceError
from wbs_desktop.storage.models import Case, CaseIndex

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from wbs_desktop.domain.complaint import ComplaintInput
    from wbs_desktop.services.dto import SubmitResult
    from wbs_desktop.services.workspace import Workspace

SOURCE_KIND = "intake_source"
CONTENT_KIND = "intake_content"
MAX_SOURCE_ID = 200


class AlreadyThere(ServiceError):
    """The report is already in the office (``register_number``, ``case_id``)."""

    code = "already_imported"

    def __init__(self, register_number: str, case_id: str) -> None:
        super().__init__(f"already in the office as {register_number}",
                         register_number=register_number)
        self.register_number = register_number
        self.case_id = case_id


@dataclass(frozen=True, slots=True)
class IntakeResult:
    result: SubmitResult | None  # None: already there
    register_number: str
    case_id: str
    created: bool


def clean_source_id(value: Any) -> str | None:
    """The ``source_id`` of a record (None when absent); raises ValueError when malformed."""
    if value is None:
        return None
    if not isinstance(value, str | int) or isinstance(value, bool):
        raise ValueError("source_id must be a string")
    text = str(value).strip()
    if not text or len(text) > MAX_SOURCE_ID:
        raise ValueError(f"source_id must be 1 to {MAX_SOURCE_ID} characters")
    return text


def content_text(complaint: ComplaintInput) -> str:
    """The report's content in one canonical form (key order, no spacing)."""
    return json.dumps(complaint_to_json(complaint), sort_keys=True, ensure_ascii=False,
                      separators=(",", ":"))


def _keys(
    ws: Workspace, complaint: ComplaintInput, source_id: str | None
) -> list[tuple[str, bytes]]:
    digest = ws.cases._digest
    if source_id is not None:
        return [(SOURCE_KIND, digest(SOURCE_KIND, source_id))]
    return [(CONTENT_KIND, digest(CONTENT_KIND, content_text(complaint)))]


def _existing(session: Session, keys: list[tuple[str, bytes]]) -> tuple[str, str] | None:
    for kind, digest in keys:
        row = session.execute(
            select(Case.register_number, Case.id)
            .join(CaseIndex, CaseIndex.case_id == Case.id)
            .where(CaseIndex.kind == kind, CaseIndex.digest == digest)
            .limit(1)
        ).first()
        if row is not None:
            return str(row[0]), str(row[1])
    return None


def submit_once(ws: Workspace, complaint: ComplaintInput,
                source_id: str | None = None) -> IntakeResult:
    """Submit the report unless it is already in the office."""
    keys = _keys(ws, complaint, source_id)
    with ws.read() as session:
        found = _existing(session, keys)
    if found is None:
        def remember(
            session: Session, case: Any, _case_keys: Any, result: SubmitResult
        ) -> SubmitResult:
            # Writers are serialised: checked again inside the transaction that creates it.
            again = _existing(session, keys)
            if again is not None:
                raise AlreadyThere(*again)
            for kind, digest in keys:
                session.add(CaseIndex(case_id=case.id, kind=kind, digest=digest))
            return result

        try:
            result = ws.cases._submit(complaint, after=remember)
        except AlreadyThere as exc:
            found = (exc.register_number, exc.case_id)
        else:
            return IntakeResult(result, result.register_number, result.case_id, True)
    return IntakeResult(None, found[0], found[1], False)
