"""Reading and verifying the audit log."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from sqlalchemy import select

from wbs_desktop.domain.roles import Action
from wbs_desktop.services import audit
from wbs_desktop.services.dto import AuditEntry, AuditVerification
from wbs_desktop.storage.models import AuditEntry as AuditRow
from wbs_desktop.storage.models import Case

if TYPE_CHECKING:
    from wbs_desktop.services.workspace import Workspace


class AuditService:
    def __init__(self, ws: Workspace) -> None:
        self.ws = ws

    def verify(self) -> AuditVerification:
        """Check the chain, the signatures and this workstation's remembered head."""
        self.ws.actor.require(Action.VERIFY_AUDIT)
        seen = self.ws.office.workstation.seen(self.ws.office.office_id)
        with self.ws.read() as session:
            result = audit.verify(session, seen=seen)
        if result.ok:
            with self.ws.read() as session:
                seq, head = audit.head_of(session)
            self.ws.office.workstation.remember(self.ws.office.office_id, seq, head)
        return result

    def entries(
        self, *, limit: int = 500, before_seq: int | None = None, case_id: str | None = None
    ) -> list[AuditEntry]:
        actor = self.ws.actor
        actor.require(Action.READ_AUDIT)
        with self.ws.read() as session:
            stmt = (
                select(AuditRow, Case.register_number)
                .outerjoin(Case, Case.id == AuditRow.case_id)
                .order_by(AuditRow.seq.desc())
                .limit(limit)
            )
            if before_seq is not None:
                stmt = stmt.where(AuditRow.seq < before_seq)
            if case_id is not None:
                stmt = stmt.where(AuditRow.case_id == case_id)
            return [
                AuditEntry(
                    seq=row.seq,
                    at=row.at,
                    actor=row.actor_name,
                    action=row.action,
                    case_register=register,
                    details=audit.open_details(
                        row.seq, json.loads(row.details), actor.id, actor.secrets.exchange
                    ),
                )
                for row, register in session.execute(stmt)
            ]
