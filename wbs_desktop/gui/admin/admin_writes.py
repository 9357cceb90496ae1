"""The controller's administrators' writes (issue 12): users, office settings,
signatories, violation words, holidays, a case's mark; and the user's own
password. Each is a method that runs the service calls on the job runner, off
the GUI thread, like the case writes (:mod:`wbs_desktop.gui.case_writes`).

A widget reads what was typed on the GUI thread, hands it here with
``success``/``failure`` callbacks (back on the GUI thread) and keeps its input
on a refusal; after a success the controller emits its own signals
(``cases_changed``, ``office_renamed``), never the widget. A write that re-keys
cases takes the ``progress`` callback of the widget's progress dialog
(``worker.start_with_progress``).

This is a part of :class:`~wbs_desktop.gui.controller.Controller` (a mixin,
kept in its own file so the controller stays small); the services' types are
imported for the type checker only, so the login dialog still starts light.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from wbs_desktop.gui.case_writes import Failure, Success, T
from wbs_desktop.gui.worker import Job, run_in_background

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance

    from wbs_desktop.domain.catalog import ComplaintType
    from wbs_desktop.domain.roles import Role
    from wbs_desktop.domain.signatories import Official, SignerChoice
    from wbs_desktop.services.accounts import AccountService
    from wbs_desktop.services.audit_service import AuditService
    from wbs_desktop.services.dto import UserInfo
    from wbs_desktop.services.holidays import HolidayService, HolidayYear
    from wbs_desktop.services.letterhead import LetterheadService, Logo
    from wbs_desktop.services.marking import CaseMark
    from wbs_desktop.services.reports import ReportService
    from wbs_desktop.services.settings_service import SettingsService
    from wbs_desktop.services.signatories import SignatoryService

# A re-keying write's progress (worker thread): (done, total) -> keep going?
Progress = Callable[[int, int], bool] | None


@dataclass(frozen=True)
class LetterheadChanges:
    """What the letterhead and numbers tabs ask ``LetterheadService.save`` to write
    (``logo``: a Logo, None for the default emblem, False: unchanged)."""

    kop: dict[str, str]
    place: str
    contact: str
    logo: Logo | bool | None
    patterns: dict[str, str]
    tembusan: dict[str, list[str]]


@dataclass(frozen=True)
class SignatoryChanges:
    """What changed in the signatories tab, in the order it is written."""

    head: str | None = None  # the head's new jabatan (None: unchanged)
    officials: tuple[Official, ...] = ()  # added or changed
    signers: tuple[tuple[str, SignerChoice | None], ...] = ()  # (kind, choice; None removes)
    removed: tuple[str, ...] = ()  # officials' keys


@dataclass(frozen=True)
class SettingsChanges:
    """The settings dialog's save, as typed: written in this order, each step in its
    own audited transaction (a refusal leaves the later ones unwritten)."""

    office_name: str
    letterhead: LetterheadChanges
    values: Mapping[str, object] = field(default_factory=dict)  # settings that changed
    signatories: SignatoryChanges = field(default_factory=SignatoryChanges)
    violation_words: dict[str, str] | None = None  # None: unchanged


class AdminWrites:
    """Administrators' write actions of :class:`Controller` (which provides the
    services and the signals)."""

    if TYPE_CHECKING:
        cases_changed: SignalInstance
        office_renamed: SignalInstance
        _types_cache: tuple[ComplaintType, ...] | None

        def _write(
            self, op: Callable[[], T], success: Success[T], failure: Failure, *, lists: bool
        ) -> Job: ...
        def accounts(self) -> AccountService: ...
        def audit(self) -> AuditService: ...
        def settings(self) -> SettingsService: ...
        def holidays(self) -> HolidayService: ...
        def letterhead(self) -> LetterheadService: ...
        def signatories(self) -> SignatoryService: ...
        def reports(self) -> ReportService: ...

    def _admin_write(
        self, op: Callable[[], T], success: Success[T], failure: Failure, *, lists: bool = False
    ) -> Job:
        """``CaseWrites._write``, but most administrators' writes change nothing the
        case lists show (``lists`` False unless said)."""
        return self._write(op, success, failure, lists=lists)

    # --- the user's own account, the audit alarm -----------------------------------

    def change_password(
        self, old: str, new: str, *, success: Success[None] = None, failure: Failure = None
    ) -> Job:
        """Change the logged-in user's own password (the key derivation takes a moment)."""
        accounts = self.accounts()
        return self._admin_write(lambda: accounts.change_password(old, new), success, failure)

    def acknowledge_audit_alarm(
        self, note: str, *, success: Success[None] = None, failure: Failure = None
    ) -> Job:
        """An administrator acknowledges the audit alarm, saying what was found (audited)."""
        audit = self.audit()
        return self._admin_write(lambda: audit.acknowledge_alarm(note), success, failure)

    # --- users -----------------------------------------------------------------------

    def add_user(
        self,
        username: str,
        full_name: str,
        role: Role,
        password: str,
        *,
        nip: str,
        position: str,
        success: Success[UserInfo] = None,
        failure: Failure = None,
    ) -> Job:
        """A new user, who must change the temporary password at the first login."""
        accounts = self.accounts()
        return self._admin_write(
            lambda: accounts.add_user(
                username,
                full_name,
                role,
                password,
                nip=nip,
                position=position,
                must_change_password=True,
            ),
            success,
            failure,
        )

    def unlock_user(
        self, user_id: int, *, success: Success[UserInfo] = None, failure: Failure = None
    ) -> Job:
        """Lift the wait after wrong passwords."""
        accounts = self.accounts()
        return self._admin_write(lambda: accounts.unlock(user_id), success, failure)

    def update_profile(
        self,
        username: str,
        *,
        full_name: str,
        nip: str,
        rank: str,
        position: str,
        success: Success[UserInfo] = None,
        failure: Failure = None,
    ) -> Job:
        """A user's name, NIP, pangkat/golongan and jabatan (printed on letters)."""
        signatories = self.signatories()
        return self._admin_write(
            lambda: signatories.update_profile(
                username, full_name=full_name, nip=nip, rank=rank, position=position
            ),
            success,
            failure,
            lists=True,
        )

    def change_role(
        self,
        user_id: int,
        *,
        role: Role | None,
        active: bool | None,
        progress: Progress = None,
        success: Success[UserInfo] = None,
        failure: Failure = None,
    ) -> Job:
        """A new role and/or active flag (re-keys the cases the user held)."""
        accounts = self.accounts()
        return self._admin_write(
            lambda: accounts.update_user(user_id, role=role, active=active, progress=progress),
            success,
            failure,
            lists=True,
        )

    def deactivate_user(
        self,
        user_id: int,
        *,
        progress: Progress = None,
        success: Success[UserInfo] = None,
        failure: Failure = None,
    ) -> Job:
        """The user can no longer log in; every case they held is re-keyed."""
        accounts = self.accounts()
        return self._admin_write(
            lambda: accounts.deactivate(user_id, progress=progress), success, failure, lists=True
        )

    def reset_password(
        self,
        user_id: int,
        password: str,
        *,
        progress: Progress = None,
        success: Success[UserInfo] = None,
        failure: Failure = None,
    ) -> Job:
        """A temporary password (new keys; the user's cases are granted again)."""
        accounts = self.accounts()
        return self._admin_write(
            lambda: accounts.reset_password(user_id, password, progress=progress), success, failure
        )

    # --- a case's mark ---------------------------------------------------------------

    def set_mark(
        self,
        case_id: str,
        mark: str | None,
        *,
        duplicate_of: str | None,
        reason: str,
        expected_version: int | None,
        success: Success[CaseMark] = None,
        failure: Failure = None,
    ) -> Job:
        """Mark a case as a test or a duplicate (None: counted again)."""
        reports = self.reports()
        return self._admin_write(
            lambda: reports.set_mark(
                case_id,
                mark,
                duplicate_of=duplicate_of,
                reason=reason,
                expected_version=expected_version,
            ),
            success,
            failure,
            lists=True,
        )

    # --- office settings -------------------------------------------------------------

    def save_settings(
        self, changes: SettingsChanges, *, success: Success[None] = None, failure: Failure = None
    ) -> Job:
        """The settings dialog's save: the office's name, the letterhead, the settings
        that changed, the signatories and the violation words. Emits
        ``office_renamed`` (even when a later step is refused) and, after a
        success, ``cases_changed`` (complaint types may have changed)."""
        settings, letterhead = self.settings(), self.letterhead()
        signatories = self.signatories()
        renamed: list[str] = []  # written by the worker before its outcome is delivered

        def op() -> None:
            if settings.rename_office(changes.office_name):
                renamed.append(changes.office_name)
            # first: what prints on letters (its refusals leave the rest unsaved)
            head = changes.letterhead
            letterhead.save(
                kop=head.kop,
                logo=head.logo,
                place=head.place,
                contact=head.contact,
                patterns=head.patterns,
                tembusan=head.tembusan,
            )
            for key, value in changes.values.items():
                settings.put(key, value)
            _write_signatories(signatories, changes.signatories)
            if changes.violation_words is not None:
                from wbs_desktop.services.violations import VIOLATION_WORDS_KEY

                settings.put(VIOLATION_WORDS_KEY, changes.violation_words)

        def tell_renamed() -> None:
            for name in renamed:
                self.office_renamed.emit(name)

        def done(_result: None) -> None:
            tell_renamed()
            self._types_cache = None
            self.cases_changed.emit()
            if success is not None:
                success(None)

        def refused(exc: BaseException) -> None:
            tell_renamed()
            if failure is not None:
                failure(exc)
            else:
                raise exc

        return run_in_background(op, done, refused)

    def confirm_holidays(
        self, year: int, *, success: Success[HolidayYear] = None, failure: Failure = None
    ) -> Job:
        """The administrator checked the year's list against the SKB (audited)."""
        holidays = self.holidays()
        return self._admin_write(lambda: holidays.confirm(year), success, failure)

    def propose_holidays(
        self, year: int, *, success: Success[HolidayYear] = None, failure: Failure = None
    ) -> Job:
        """A year without a list gets the national list, proposed."""
        holidays = self.holidays()
        return self._admin_write(lambda: holidays.propose_from_package(year), success, failure)


def _write_signatories(service: SignatoryService, changes: SignatoryChanges) -> None:
    if changes.head is not None:
        service.set_head_position(changes.head)
    for official in changes.officials:
        service.set_official(official)
    for kind, choice in changes.signers:
        if choice is None:
            service.set_signer(kind, None)
        else:
            service.set_signer(kind, choice.official, choice.form)
    for key in changes.removed:
        service.remove_official(key)
