"""The controller's office database: open, create and close it, back it up and
restore an archive (issue 7).

This is a part of :class:`~wbs_desktop.gui.controller.Controller` (a mixin, like
:class:`~wbs_desktop.gui.case_writes.CaseWrites`), which holds the signals and the
state (``_office``, ``_location``, the opening in progress). Opening and creating
run off the GUI thread; backup and restore are called from a job already off it.
The services are imported where first used, so the login dialog starts light.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from wbs_desktop.gui.session.dblocation import is_shared
from wbs_desktop.gui.worker import Job, run_in_background

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance

    from wbs_desktop.domain.catalog import ComplaintType
    from wbs_desktop.services.backup import BackupInfo, BackupResult, RestoreResult
    from wbs_desktop.services.dto import SetupResult
    from wbs_desktop.services.office import Office
    from wbs_desktop.services.workspace import Workspace

log = logging.getLogger(__name__)

# A long job's progress callback: (done, total) -> keep going?
Progress = Callable[[int, int], bool]


class DatabaseActions:
    """The office database of :class:`Controller` (which provides the signals, the
    state and the session)."""

    if TYPE_CHECKING:
        database_opened: SignalInstance
        database_created: SignalInstance
        database_failed: SignalInstance
        _office: Office | None
        _ws: Workspace | None
        _location: str
        _opening: str
        _open_generation: int
        _types_cache: tuple[ComplaintType, ...] | None

        def _drop_workspace(self) -> None: ...
        def _workspace(self) -> Workspace: ...

    @property
    def location(self) -> str:
        return self._location

    @property
    def is_open(self) -> bool:
        return self._office is not None

    @property
    def opening(self) -> str:
        """The location being opened in the background ("" when none)."""
        return self._opening

    @property
    def is_shared(self) -> bool:
        if self._office is not None:
            return bool(getattr(self._office, "is_shared", is_shared(self._location)))
        return is_shared(self._location)

    @property
    def root_fingerprint(self) -> str | None:
        """The office root key's fingerprint of the open database (pinned here)."""
        return getattr(self._office, "root_fingerprint", None) if self._office else None

    def open_database(
        self,
        location: str,
        *,
        db_password: str | None = None,
        success: Callable[[], None] | None = None,
        failure: Callable[[BaseException], None] | None = None,
    ) -> Job:
        """Open (and migrate) a database in the background.

        ``location`` (an SQLite path or a password-less PostgreSQL URL) is what
        is shown and remembered; ``db_password`` the server's password, used only
        to connect. ``success``/``failure`` are called after the signals, for the
        caller that started this. A later ``open_database`` or
        :meth:`cancel_open` supersedes this one: its database is then closed
        when it arrives, and nothing is emitted.
        """
        self._open_generation += 1
        generation = self._open_generation
        self._opening = location

        def op() -> Office:
            from wbs_desktop.services.office import Office

            return Office.open(location, password=db_password)

        def done(office: Office) -> None:
            if generation != self._open_generation:
                log.info("opening %s was superseded: closed again", location)
                office.close()
                return
            self._opening = ""
            self._set_office(office, location)
            self.database_opened.emit()
            if success is not None:
                success()

        def failed(exc: BaseException) -> None:
            log.info("opening %s failed: %r", location, exc)
            if generation != self._open_generation:
                return
            self._opening = ""
            self.database_failed.emit(exc)
            if failure is not None:
                failure(exc)

        return run_in_background(op, done, failed)

    def cancel_open(self) -> None:
        """Forget a database being opened (the user chose another one, or quit)."""
        self._open_generation += 1
        self._opening = ""

    def create_database(
        self,
        location: str,
        *,
        admin_username: str,
        admin_full_name: str,
        password: str,
        office_name: str,
        db_password: str | None = None,
        success: Callable[[SetupResult], None] | None = None,
        failure: Callable[[BaseException], None] | None = None,
    ) -> Job:
        """Create a new office database in the background (keys, first admin, recovery key)."""
        self.cancel_open()

        def op() -> tuple[Office, SetupResult]:
            from wbs_desktop.services.office import Office

            return Office.create(
                location,
                admin_username=admin_username,
                admin_full_name=admin_full_name,
                password=password,
                office_name=office_name or None,
                db_password=db_password,
            )

        def done(result: tuple[Office, SetupResult]) -> None:
            office, setup = result
            self._set_office(office, location)
            self.database_created.emit(setup)
            if success is not None:
                success(setup)

        def failed(exc: BaseException) -> None:
            log.info("creating %s failed: %r", location, exc)
            self.database_failed.emit(exc)
            if failure is not None:
                failure(exc)

        return run_in_background(op, done, failed)

    def _set_office(self, office: Office, location: str) -> None:
        self.close()
        self._office = office
        self._location = location
        self._types_cache = None

    def close(self) -> None:
        if self._ws is not None:
            self._drop_workspace()
        if self._office is not None:
            try:
                self._office.close()
            except Exception:
                log.exception("closing the database failed")
            self._office = None

    # --- backup and restore -----------------------------------------------------------

    def backup(self, out_path: str, progress: Progress | None = None) -> BackupResult:
        """Write an encrypted archive of the office (admins; call off the GUI thread)."""
        from wbs_desktop.services import backup as backup_service

        return backup_service.backup(self._workspace(), out_path, progress)

    @staticmethod
    def backup_info(archive: str) -> BackupInfo:
        """An archive's header (no key needed)."""
        from wbs_desktop.services import backup as backup_service

        return backup_service.read_info(archive)

    @staticmethod
    def restore(
        archive: str,
        target: str,
        *,
        progress: Progress | None = None,
        username: str | None = None,
        password: str | None = None,
        recovery_key: str | None = None,
        db_password: str | None = None,
    ) -> RestoreResult:
        """Restore an archive into an EMPTY database (call off the GUI thread)."""
        from wbs_desktop.services import backup as backup_service
        from wbs_desktop.services.audit import WorkstationState

        # This workstation now knows the restored (older) log: no audit alarm for it.
        return backup_service.restore(
            archive,
            target,
            username=username,
            password=password,
            recovery_key=recovery_key,
            db_password=db_password,
            progress=progress,
            workstation=WorkstationState(),
        )
