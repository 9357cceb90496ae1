"""Reading and verifying the audit log (and acknowledging an audit alarm)."""

from __future__ import annotations

import csv
import json
import os
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from wbs_desktop.domain.dates import OFFICE_TZ
from wbs_desktop.domain.roles import Action, Role
from wbs_desktop.services import audit
from wbs_desktop.services.dto import AuditEntry, AuditVerification
from wbs_desktop.services.errors import Cancelled, PermissionDenied, ServiceError
from wbs_desktop.storage.models import AuditEntry as AuditRow
from wbs_desktop.storage.models import Case

if TYPE_CHECKING:
    from wbs_desktop.services.context import Context


class AuditService:
    def __init__(self, ws: Context) -> None:
        self.ws = ws

    def verify(self, *, progress: audit.ProgressFn | None = None) -> AuditVerification:
        """Check the whole chain, the signatures (certified keys only) and this
        workstation's remembered head. A failure raises the workstation's alarm."""
        self.ws.actor.require(Action.VERIFY_AUDIT)
        state = self.ws.office.workstation
        office_id = self.ws.office.office_id
        seen = state.seen(office_id)
        trust = self.ws.office.trust
        with self.ws.read() as session:
            try:
                result = audit.verify(
                    session,
                    seen=seen,
                    trust=trust,
                    progress=progress,
                )
            except audit.VerificationCancelled as exc:
                raise Cancelled(str(exc)) from exc
            seq, head = audit.head_of(session)
        if result.ok:
            state.remember(office_id, seq, head)
        else:
            state.raise_alarm(office_id, result)
        return result

    def alarm(self) -> dict[str, Any] | None:
        """What this workstation saw replaced or cut, until acknowledged."""
        return self.ws.office.workstation.alarm(self.ws.office.office_id)

    def acknowledge_alarm(self, note: str = "") -> None:
        """An administrator takes note of the alarm (audited); the workstation then
        remembers the log as it now stands."""
        if self.ws.actor.role != Role.ADMIN:
            raise PermissionDenied(
                "only an administrator can acknowledge the audit alarm",
                action="acknowledge_audit_alarm",
                role=self.ws.actor.role.value,
            )
        state = self.ws.office.workstation
        office_id = self.ws.office.office_id
        alarm = state.alarm(office_id)
        if alarm is None:
            raise ServiceError("there is no audit alarm to acknowledge", code="no_audit_alarm")
        with self.ws.write() as session:
            self.ws.record(
                session,
                "audit_alarm_acknowledged",
                details={
                    "problem": alarm.get("problem"),
                    "seq": alarm.get("seq"),
                    "seen_at": alarm.get("at"),
                    "note": note.strip()[:500],
                },
            )
            session.flush()
            seq, head = audit.head_of(session)
        state.reset(office_id, seq, head)

    def entries(
        self,
        *,
        limit: int = 500,
        before_seq: int | None = None,
        case_id: str | None = None,
        actor: str | None = None,
        action: str | None = None,
        register: str | None = None,
        since: date | None = None,
        until: date | None = None,
    ) -> list[AuditEntry]:
        """Newest first; dates are office days (WITA), both ends included."""
        me = self.ws.actor
        me.require(Action.READ_AUDIT)
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
            if actor:
                stmt = stmt.where(AuditRow.actor_name == actor.strip().casefold())
            if action:
                stmt = stmt.where(AuditRow.action == action)
            if register:
                stmt = stmt.where(Case.register_number.contains(register.strip()))
            if since is not None:
                stmt = stmt.where(AuditRow.at >= _office_midnight(since))
            if until is not None:
                stmt = stmt.where(AuditRow.at < _office_midnight(until + timedelta(days=1)))
            return [
                AuditEntry(
                    seq=row.seq,
                    at=row.at,
                    actor=row.actor_name,
                    action=row.action,
                    case_register=register,
                    details=audit.open_details(
                        row.seq, json.loads(row.details), me.id, me.secrets.exchange
                    ),
                )
                for row, register in session.execute(stmt)
            ]

    def actions(self) -> list[str]:
        """Every action name in the log (for the filter)."""
        self.ws.actor.require(Action.READ_AUDIT)
        with self.ws.read() as session:
            return sorted(session.scalars(select(AuditRow.action).distinct()))

    def export_csv(self, path: str | Path, entries: list[AuditEntry]) -> int:
        """Write ``entries`` (already filtered) as CSV, readable by its owner only."""
        self.ws.actor.require(Action.READ_AUDIT)
        target = Path(path)
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        os.chmod(target, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow(["seq", "time_utc", "user", "action", "case", "details"])
            for e in entries:
                writer.writerow(
                    [
                        e.seq,
                        e.at.isoformat(timespec="seconds"),
                        e.actor,
                        e.action,
                        e.case_register or "",
                        json.dumps(e.details, ensure_ascii=False, sort_keys=True),
                    ]
                )
        with self.ws.write() as session:
            self.ws.record(session, "audit_exported", details={"entries": len(entries)})
        return len(entries)


def _office_midnight(day: date) -> datetime:
    return datetime.combine(day, time(0), tzinfo=OFFICE_TZ)
