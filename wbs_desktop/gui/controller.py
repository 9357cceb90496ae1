"""The one object between the widgets and the services (securedrop style).

Widgets send user intent through the methods below and listen to the
class-level signals. The controller holds the open ``Office`` and the logged-in
``Workspace``; no widget ever sees a database session.

Importing this module is cheap (the login dialog needs it before anything is
open): the services, SQLAlchemy and cryptography are imported where first
used, off the GUI thread when a database is opened. The service types below are
imported for the type checker only: every getter is typed, so mypy checks each
call a widget makes, and nothing is ``Any`` at this boundary.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Mapping, Sequence
from datetime import date
from typing import TYPE_CHECKING, Generic, TypeVar

from PySide6.QtCore import QObject, QTimer, Signal

from wbs_desktop.domain.roles import Action, Role, is_allowed
from wbs_desktop.gui.admin.admin_writes import AdminWrites
from wbs_desktop.gui.case_writes import CaseWrites
from wbs_desktop.gui.database_actions import DatabaseActions, Progress
from wbs_desktop.gui.live_refresh import LiveRefresh
from wbs_desktop.gui.worker import SEARCH_LANE, Job, run_in_background

if TYPE_CHECKING:
    from wbs_desktop.domain.catalog import ComplaintType
    from wbs_desktop.domain.complaint import ComplaintInput
    from wbs_desktop.domain.stages import Stage
    from wbs_desktop.services.accounts import AccountService
    from wbs_desktop.services.audit_service import AuditService
    from wbs_desktop.services.cases import CaseService
    from wbs_desktop.services.conflicts import ConflictRemoval
    from wbs_desktop.services.dto import (
        CaseDetail,
        CaseFilter,
        CaseList,
        CaseRow,
        RelatedCase,
        ReporterIdentity,
        SubmitResult,
        UserInfo,
    )
    from wbs_desktop.services.front_desk import FrontDeskStatus
    from wbs_desktop.services.holidays import HolidayService
    from wbs_desktop.services.letterhead import LetterheadService
    from wbs_desktop.services.letters import LetterService
    from wbs_desktop.services.my_work import MyWork
    from wbs_desktop.services.office import Office
    from wbs_desktop.services.procedure import ProcedureService
    from wbs_desktop.services.reports import ReportService
    from wbs_desktop.services.settings_service import SettingsService
    from wbs_desktop.services.signatories import SignatoryService
    from wbs_desktop.services.workspace import Workspace

log = logging.getLogger(__name__)

S = TypeVar("S")
T = TypeVar("T")

#: The letter engine is loaded this long after a login, off the GUI thread:
#: after the main window has shown its first rows, well before anyone asks
#: for a letter (the first would otherwise take ~0.2 s more than the rest).
LETTERS_WARM_UP_DELAY_MS = 1500
#: The people index of queued cases is computed after the first rows are shown.
INDEXING_DELAY_MS = 2500
#: The search index is loaded and checked this long after a login, off the GUI
#: thread (``CaseService.preload_search``): once the first rows are asked for,
#: before anyone has typed a search (which waits for it if it comes first).
SEARCH_PRELOAD_DELAY_MS = 200
#: The longest a screen shown at login may hold that load back
#: (:meth:`Controller.hold_search_preload`), whatever becomes of it.
SEARCH_PRELOAD_HOLD_MAX_MS = 10_000


class Controller(DatabaseActions, CaseWrites, AdminWrites, QObject):
    """Opening, creating and closing the database, backup and restore come from
    :class:`DatabaseActions`; write actions on a case (``start_verification``,
    ``assign``, ``add_note`` ...) from :class:`CaseWrites`, the administrators'
    (users, settings, a case's mark ...) from :class:`AdminWrites`; each runs off
    the GUI thread."""

    database_opened = Signal()
    """Emits: nothing; an office database is open and migrated (``open_database``)."""
    database_created = Signal(object)
    """Emits: SetupResult of a new office database (``create_database``)."""
    database_failed = Signal(object)
    """Emits: the exception that kept the database from opening or being created."""
    logged_in = Signal(object)
    """Emits: UserInfo of the user who just logged in."""
    login_failed = Signal(object)
    """Emits: the exception of a refused login (WrongCredentials, AccountLocked, ...)."""
    logged_out = Signal()
    """Emits: nothing; the workspace was closed (log out)."""
    locked = Signal()
    """Emits: nothing; the screen was locked and the keys dropped until the password is given."""
    case_submitted = Signal(object)
    """Emits: SubmitResult after a complaint was saved."""
    submit_failed = Signal(object)
    """Emits: the exception of a refused submission (ValidationFailed carries field errors)."""
    cases_changed = Signal()
    """Emits: nothing; cases were added or changed, lists must re-query."""
    office_renamed = Signal(str)
    """Emits: the office's new name (window title, login)."""
    identity_revealed = Signal(str, object)
    """Emits: case id and ReporterIdentity after a reveal with a stated reason."""
    database_unavailable = Signal(object)
    """Emits: the DatabaseUnavailable a service call raised (from any thread; queued)."""
    index_pending = Signal(int)
    """Emits: how many cases wait for the people index (administrators; any thread)."""
    account_deactivated = Signal(object)
    """Emits: the refusal of a call made after this user was deactivated (any thread)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._office: Office | None = None
        self._ws: Workspace | None = None
        self._location: str = ""
        self._types_cache: tuple[ComplaintType, ...] | None = None
        self._busy: Job | None = None
        self._opening = ""
        self._open_generation = 0
        self._warming: Job | None = None
        self._indexing: Job | None = None
        self._preloading: Job | None = None
        self._finishing: Job | None = None
        #: Set at logout and lock: the search's load after login stops at once.
        self._preload_stop = threading.Event()
        self._preload_held = False
        self.live = LiveRefresh(self)  # other workstations' saves (issue 7)
        # The letter engine's warm-up after a login; stopped with the session
        # (a pending single shot would otherwise fire after a log out or close).
        self._warm_timer = QTimer(self)
        self._warm_timer.setSingleShot(True)
        self._warm_timer.setInterval(LETTERS_WARM_UP_DELAY_MS)
        self._warm_timer.timeout.connect(self.warm_up_letters)
        self._index_timer = QTimer(self)  # an administrator's people index, the same way
        self._index_timer.setSingleShot(True)
        self._index_timer.setInterval(INDEXING_DELAY_MS)
        self._index_timer.timeout.connect(self.compute_people_index)
        self._preload_timer = QTimer(self)  # the search index, the same way
        self._preload_timer.setSingleShot(True)
        self._preload_timer.timeout.connect(self.preload_search)

    # --- the audit log of the open database ---------------------------------------

    def check_audit_growth(self) -> Mapping[str, object] | None:
        """Verify the entries appended since this workstation's head (any thread)."""
        ws = self._ws
        if ws is None:
            return None
        return ws.check_audit_growth()

    def audit_alarm(self) -> Mapping[str, object] | None:
        """What this workstation saw replaced or cut in the audit log (issue 19)."""
        if self._office is None:
            return None
        return self._office.audit_alarm()

    # --- session ----------------------------------------------------------

    @property
    def user(self) -> UserInfo | None:
        return self._ws.user if self._ws is not None else None

    def can(self, action: Action) -> bool:
        user = self.user
        return user is not None and is_allowed(user.role, action)

    @property
    def is_admin(self) -> bool:
        user = self.user
        return user is not None and user.role == Role.ADMIN

    def login(self, username: str, password: str) -> Job:
        """Log in off the GUI thread (the key derivation takes a moment)."""
        office = self._office
        if office is None:
            raise RuntimeError("no database is open")

        def done(ws: Workspace) -> None:
            self._ws = ws
            self.live.start(office.db)
            self.logged_in.emit(ws.user)
            self._warm_timer.start()
            self._index_timer.start()
            if not self._preload_held:
                self._preload_timer.start(SEARCH_PRELOAD_DELAY_MS)

        return run_in_background(lambda: office.login(username, password), done,
                                 self.login_failed.emit)

    def warm_up_letters(self) -> Job | None:
        """Load the letter engine in the background (once a process; None: nothing to do)."""
        from wbs_desktop.letters.warm import is_warm, warm_up

        if is_warm() or (self._warming is not None and not self._warming.done):
            return None

        def failed(exc: BaseException) -> None:  # the first letter will load it instead
            log.warning("loading the letter engine ahead failed: %r", exc)

        def load() -> float:
            spent = warm_up()
            # The letter service's own imports (queries, number patterns): also
            # paid by the first letter otherwise.
            import wbs_desktop.services.letters  # noqa: F401

            return spent

        self._warming = run_in_background(load, None, failed)
        return self._warming

    def hold_search_preload(self) -> None:
        """Hold the search index's load after login back while a screen shown
        at login computes what it shows (the dashboard's figures would share the
        two cores with it); :meth:`release_search_preload` starts it, and it
        starts anyway after ``SEARCH_PRELOAD_HOLD_MAX_MS``."""
        if self._ws is None or (self._preloading is not None and not self._preloading.done):
            return
        self._preload_held = True
        self._preload_timer.stop()
        QTimer.singleShot(SEARCH_PRELOAD_HOLD_MAX_MS, self, self.release_search_preload)

    def release_search_preload(self) -> None:
        """Start the search index's load held back by :meth:`hold_search_preload`."""
        if not self._preload_held:
            return
        self._preload_held = False
        if self._ws is not None:
            self._preload_timer.start(SEARCH_PRELOAD_DELAY_MS)

    def preload_search(self) -> Job | None:
        """Load and check the search index in the background, so that the first
        search of the session finds it in memory (None: nothing to do now)."""
        ws = self._ws
        if ws is None or not self.can(Action.LIST_CASES):
            return None
        if self._preloading is not None and not self._preloading.done:
            return None
        self._preload_stop = stop = threading.Event()
        cases = self._cases()

        def failed(exc: BaseException) -> None:  # the first search loads it instead
            from wbs_desktop.services.errors import Cancelled

            if isinstance(exc, Cancelled):
                log.info("loading the search index ahead stopped: %s", exc)
            else:
                log.warning("loading the search index ahead failed: %r", exc)

        self._preloading = run_in_background(
            lambda: cases.preload_search(cancelled=stop.is_set), None, failed)
        return self._preloading

    def compute_people_index(self) -> Job | None:
        """An administrator's client computes the people index of the cases staff
        and officers queued (services.people_index), in the background, telling
        ``index_pending`` the count as it goes. None: nothing to do now."""
        ws = self._ws
        if ws is None or ws.actor.index_key is None:
            return None
        if self._indexing is not None and not self._indexing.done:
            return None
        from wbs_desktop.services import people_index

        def op() -> int:
            total = people_index.pending_count(ws)
            self.index_pending.emit(total)
            def progress(done: int, n: int) -> bool:
                self.index_pending.emit(max(n - done, 0))
                return True

            if total:
                people_index.compute_pending(ws, progress)
            return people_index.pending_count(ws)

        def failed(exc: BaseException) -> None:  # tried again at the next change
            log.warning("computing the people index failed: %r", exc)

        self._indexing = run_in_background(op, self.index_pending.emit, failed)
        return self._indexing

    def logout(self) -> None:
        if self._ws is not None:
            self._drop_workspace()
            self.logged_out.emit()

    def lock(self) -> None:
        """Drop the keys; the same user logs in again to continue."""
        if self._ws is not None:
            self._drop_workspace()
            self.locked.emit()

    def _drop_workspace(self) -> None:
        self._warm_timer.stop()
        self._index_timer.stop()
        self._preload_timer.stop()
        self._preload_held = False
        self._preload_stop.set()
        if self._preloading is not None:
            self._preloading.cancel()
            self._preloading = None
        self._finishing = None  # runs on: the logout below writes the index file as well
        self.live.stop()
        try:
            if self._ws is not None:
                self._ws.logout()
        except Exception:
            log.exception("logout failed")
        self._ws = None

    def _workspace(self) -> Workspace:
        if self._ws is None:
            raise RuntimeError("nobody is logged in")
        return self._ws

    def _watched(self, service: S) -> S:
        """``service`` behind the guard that tells the window about a lost server or
        a deactivated account (typed as the service itself: the proxy is transparent)."""
        from wbs_desktop.gui.service_guard import watched

        return watched(service, self.database_unavailable.emit, self.account_deactivated.emit)

    def take_notices(self) -> list[ConflictRemoval]:
        """What the services must tell this user once (conflict-of-interest removals)."""
        return self._ws.cases.take_notices() if self._ws is not None else []

    def _cases(self) -> CaseService:
        return self._watched(self._workspace().cases)

    def reports(self) -> ReportService:
        """Figures, recap files and case marks."""
        from wbs_desktop.services.reports import ReportService

        return self._watched(ReportService(self._workspace()))

    # --- cases ------------------------------------------------------------

    def complaint_types(self) -> tuple[ComplaintType, ...]:
        if self._types_cache is None:
            self._types_cache = tuple(self._cases().complaint_types())
        return self._types_cache

    def type_label(self, code: str) -> str:
        """A complaint type's label in the UI language."""
        from wbs_desktop.gui.i18n import current_language

        for t in self.complaint_types():
            if t.code == code:
                return str(t.label_id if current_language() == "id" else t.label_en)
        return code

    def type_choices(self) -> list[tuple[str, str]]:
        """(code, label) of every complaint type, in the UI language."""
        return [(t.code, self.type_label(t.code)) for t in self.complaint_types()]

    def officers(self) -> list[UserInfo]:
        return list(self._workspace().accounts.officers())

    def settings(self) -> SettingsService:
        """The office settings service (the settings dialog); puts are admin-only."""
        return self._watched(self._workspace().settings)

    def holidays(self) -> HolidayService:
        """The holiday list per year (the settings dialog, the hearing dialog)."""
        return self._watched(self._workspace().holidays)

    def recover(self, recovery_key: str, *, username: str, full_name: str, password: str,
                progress: Progress | None = None) -> UserInfo:
        """A new administrator from the recovery key (run it off the GUI thread)."""
        if self._office is None:
            raise RuntimeError("no database is open")
        return self._office.recover(recovery_key, admin_username=username,
                                    admin_full_name=full_name, password=password,
                                    progress=progress)

    def office_name(self) -> str:
        """The open office's name (for the password-strength hint)."""
        if self._office is None:
            return ""
        return str(self._office.office_name())

    def audit(self) -> AuditService:
        """The audit log: entries, verification, acknowledging an alarm (administrators)."""
        return self._watched(self._workspace().audit)

    def accounts(self) -> AccountService:
        """The account service (users dialog): admin-only calls are checked by the service."""
        return self._watched(self._workspace().accounts)

    def search_ids(self, f: CaseFilter, sort: str | None = None,
                   descending: bool = True) -> list[str]:
        from wbs_desktop.services.dto import SortKey

        sort = sort or SortKey.RECEIVED
        return list(self._cases().search_ids(f, sort=sort, descending=descending))

    def listing(self, f: CaseFilter, sort: str | None = None,
                descending: bool = True,
                cancelled: Callable[[], bool] | None = None) -> CaseList:
        """One search: ids in order, counts per stage, the register's total
        (``sort`` None: by date received). ``cancelled`` (any thread): True stops
        the search's decrypting with Cancelled."""
        from wbs_desktop.services.dto import SortKey

        return self._cases().listing(
            f, sort=sort or SortKey.RECEIVED, descending=descending, cancelled=cancelled,
            finish=False)

    def finish_search(self) -> Job | None:
        """Once a search's results are shown: store in the background what it
        left to store (grants re-wrapped on first use, the search index file).
        None: nothing to store, or it is being stored."""
        ws = self._ws
        if ws is None or not ws.cases.search_work_pending():
            return None
        if self._finishing is not None and not self._finishing.done:
            return None  # the next search's results start another

        def failed(exc: BaseException) -> None:  # kept in memory: the next one or the logout
            log.warning("storing what the search left failed: %r", exc)

        self._finishing = run_in_background(self._cases().finish_search, None, failed,
                                            lane=SEARCH_LANE)
        return self._finishing

    def first_page(self, descending: bool = True) -> CaseList | None:
        """The list's first page by date received, asked of the database before
        the session has read the whole list (None: it has; search instead).
        Call off the GUI thread."""
        from wbs_desktop.services import listing

        return self._watched_call(lambda ws: listing.first_page(ws, descending))

    def rows(self, ids: Sequence[str]) -> list[CaseRow]:
        return list(self._cases().rows(list(ids)))

    def total_count(self) -> int:
        return int(self._cases().total_count())

    def stage_counts(self, f: CaseFilter) -> dict[Stage, int]:
        return dict(self._cases().stage_counts(f))

    def detail(self, case_id: str) -> CaseDetail:
        return self._cases().detail(case_id)

    def related(self, case_id: str) -> list[RelatedCase]:
        return list(self._cases().related(case_id))

    def reveal_identity(self, case_id: str, reason: str) -> ReporterIdentity:
        """Raises ReasonRequired / NoGrant; the service writes the audit entry."""
        identity: ReporterIdentity = self._cases().reveal_identity(case_id, reason)
        self.identity_revealed.emit(case_id, identity)
        return identity

    def front_desk_lookup(self, code: str) -> FrontDeskStatus:
        """What the front desk sees for a tracking code (call off the GUI thread)."""
        from wbs_desktop.services import front_desk

        return self._watched_call(lambda ws: front_desk.look_up(ws, code))

    def my_work(self) -> MyWork:
        """What is due for the logged-in user (call off the GUI thread)."""
        from wbs_desktop.services import my_work

        return self._watched_call(my_work.my_work)

    def _watched_call(self, function: Callable[[Workspace], T]) -> T:
        """``function(workspace)`` with the service guard's reporting."""
        return self._watched(_WorkspaceCall(self._workspace(), function)).call()

    def submit(self, complaint: ComplaintInput,
               scans: Sequence[tuple[str, bytes]] = ()) -> Job:
        """Save a complaint (and the scans handed in with it) in the background;
        emits case_submitted or submit_failed."""
        self._cases()
        letters = self.letters()  # the receipt is made in the same transaction
        files = tuple(scans)

        def done(result: SubmitResult) -> None:
            self.case_submitted.emit(result)
            self.cases_changed.emit()

        return run_in_background(
            lambda: letters.submit_with_receipt(complaint, scans=files)[0], done,
            self.submit_failed.emit)

    # --- the procedure and letters (issues 5 and 6) --------------------------------

    def case_service(self) -> CaseService:
        """The case service (transitions, assignment): checks are the service's."""
        return self._cases()

    def procedure(self) -> ProcedureService:
        """The procedure service: verification, hearings, notes, attachments."""
        return self._watched(self._workspace().procedure)

    def letters(self) -> LetterService:
        """The letter service: drafts, generation, stored PDFs, print records."""
        return self._watched(self._workspace().letters)

    def letterhead(self) -> LetterheadService:
        """The kop, logo, number patterns and copy lists (settings dialog); admin-only saves."""
        return self._watched(self._workspace().letterhead)

    def signatories(self) -> SignatoryService:
        """Officials, who signs each letter, users' profiles, examination teams."""
        return self._watched(self._workspace().signatories)

    def reply_days(self) -> int:
        """The default reply deadline of a request for information (a setting)."""
        try:
            raw = self.settings().get("deadlines") or {}
            return int(raw.get("reply_days", 14))
        except Exception:  # a missing setting is not worth a failed dialog
            log.info("reply deadline setting unavailable", exc_info=True)
            return 14

    def today(self) -> date:
        from wbs_desktop.domain.dates import office_today

        return office_today()


class _WorkspaceCall(Generic[T]):
    """A plain-function service (``function(workspace)``, securedrop style) as an
    object the service guard can wrap."""

    __slots__ = ("_function", "_ws")

    def __init__(self, ws: Workspace, function: Callable[[Workspace], T]) -> None:
        self._ws = ws
        self._function = function

    def call(self) -> T:
        return self._function(self._ws)
