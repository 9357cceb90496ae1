"""Reading and changing the office settings (admin), audited."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from wbs_desktop.domain.calendar import WorkingCalendar
from wbs_desktop.domain.catalog import ComplaintType
from wbs_desktop.domain.errors import DomainError
from wbs_desktop.domain.roles import Action
from wbs_desktop.services import settings as store
from wbs_desktop.services.errors import ServiceError

if TYPE_CHECKING:
    from wbs_desktop.services.context import Context


MAX_OFFICE_NAME = 200


class SettingsService:
    def __init__(self, ws: Context) -> None:
        self.ws = ws

    def get(self, key: str) -> Any:
        with self.ws.read() as session:
            return store.get(session, key)

    def all(self) -> dict[str, Any]:
        with self.ws.read() as session:
            return store.all_values(session)

    def put(self, key: str, value: Any) -> None:
        self.put_many({key: value})

    def put_many(
        self,
        values: dict[str, Any],
        *,
        action: str = "setting_changed",
        details: dict[str, Any] | None = None,
    ) -> None:
        """Write several settings in one transaction with one audit entry (``action``,
        ``details`` plus the keys). Every settings write goes through here."""
        self.ws.actor.require(Action.MANAGE_SETTINGS)
        for key in values:
            if key not in store.DEFAULTS and not key.startswith(("letters.", "numbering.")):
                raise ServiceError(f"unknown setting {key}", key=key)
        with self.ws.write() as session:
            for key, value in values.items():
                try:
                    store.put(session, key, value)
                except DomainError as exc:
                    raise ServiceError(str(exc), key=key, code=exc.code) from exc
            keys = sorted(values)
            entry = {"key": keys[0]} if len(keys) == 1 else {"keys": keys}
            self.ws.record(session, action, details={**entry, **(details or {})})

    def rename_office(self, name: str) -> bool:
        """The office's name (wizard, login, window title, password hints): the
        office record, certified again; audited as a setting. False: unchanged."""
        from sqlalchemy import select

        from wbs_desktop.services import certificates
        from wbs_desktop.storage.models import Office as OfficeRow

        self.ws.actor.require(Action.MANAGE_SETTINGS)
        name = " ".join(name.split())
        if not name or len(name) > MAX_OFFICE_NAME or any(ord(c) < 32 for c in name):
            raise ServiceError(
                f"the office name needs 1 to {MAX_OFFICE_NAME} characters",
                code="office_name_invalid", field="office.name",
            )
        with self.ws.write() as session:
            office = session.scalars(select(OfficeRow)).one()
            if office.name == name:
                return False
            office.name = name
            session.flush()
            certificates.recertify_office(session)
            self.ws.record(session, "setting_changed", details={"key": "office.name"})
        return True

    def deadlines(self) -> store.Deadlines:
        with self.ws.read() as session:
            return store.deadlines(session)

    def calendar(self) -> WorkingCalendar:
        with self.ws.read() as session:
            return store.calendar(session)

    def complaint_types(self) -> tuple[ComplaintType, ...]:
        with self.ws.read() as session:
            return store.complaint_types(session)
