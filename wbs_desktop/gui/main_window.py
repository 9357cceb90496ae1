"""The main window: menu, toolbar, filter panel, case table, detail pane, status bar.

The window lays them out and opens the commands' dialogs; it searches off the
GUI thread through ``case_list_search``, and its actions, menus, toolbar and
status bar are built by ``main_menus``."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QByteArray, QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from wbs_desktop.domain.roles import Role
from wbs_desktop.gui import settings
from wbs_desktop.gui.admin.audit_banner import AuditAlarmBanner
from wbs_desktop.gui.case.case_model import CaseTableModel
from wbs_desktop.gui.case.case_table import CaseTable
from wbs_desktop.gui.case.detail_pane import DetailPane
from wbs_desktop.gui.case.filter_panel import FilterPanel
from wbs_desktop.gui.case.my_work import MyWorkPanel
from wbs_desktop.gui.case_list_search import CaseListSearch
from wbs_desktop.gui.controller import Controller
from wbs_desktop.gui.dialogs import message, show_error
from wbs_desktop.gui.help_window import HelpWindow, install_help_key, show_help
from wbs_desktop.gui.i18n import current_language
from wbs_desktop.gui.main_menus import (
    build_actions,
    build_menus,
    build_status_bar,
    build_toolbar,
)
from wbs_desktop.gui.messages import service_error_message
from wbs_desktop.gui.reports.reports_menu import ReportsHooks
from wbs_desktop.gui.screen_fit import fit_to_screen
from wbs_desktop.gui.session.connection_banner import ConnectionBanner
from wbs_desktop.services.dto import CaseFilter, SubmitResult
from wbs_desktop.services.errors import ServiceError

if TYPE_CHECKING:
    from wbs_desktop.gui.case.front_desk import FrontDeskDialog

log = logging.getLogger(__name__)


class MainWindow(CaseListSearch, QMainWindow):
    """Searching the case list comes from :class:`CaseListSearch`; the actions, menus,
    toolbar and status bar are built by ``main_menus``."""

    logout_requested = Signal()
    """Emits: nothing; the user chose Log out."""
    lock_requested = Signal()
    """Emits: nothing; the user chose Lock."""
    language_requested = Signal(str)
    """Emits: the language code the user chose in the menu."""
    quit_requested = Signal()
    """Emits: nothing; the user closed the window or chose Quit: the app ends."""
    search_finished = Signal()
    """Emits: nothing; a search finished (or was cancelled) and the table shows its result."""
    first_rows_shown = Signal()
    """Emits: nothing, once: the table shows its first rows (the first page from the
    database, read while the whole list is read behind it, or a search's result)."""

    GEOMETRY_KEY = "main_window/geometry"
    STATE_KEY = "main_window/state"
    SPLITTER_KEY = "main_window/splitter"
    TAB_KEY = "main_window/tab"  # "my_work" or "cases": the tab shown at the next login
    PANE_KEY = "main_window/pane_pinned"
    #: The detail pane's width at first: its five tabs and two rows of buttons fit.
    PANE_WIDTH = 440

    # Built by ``main_menus``: the commands, the toolbar, the status bar's labels.
    new_action: QAction
    find_action: QAction
    print_day_action: QAction
    refresh_action: QAction
    users_action: QAction
    settings_action: QAction
    audit_action: QAction
    backup_action: QAction
    restore_action: QAction
    lock_action: QAction
    logout_action: QAction
    password_action: QAction
    quit_action: QAction
    help_action: QAction
    about_action: QAction
    focus_search_action: QAction
    toolbar: QToolBar
    count_label: QLabel
    database_label: QLabel
    user_label: QLabel
    index_label: QLabel

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._closing_for_logout = False
        self._deactivated_shown = False
        self._help: HelpWindow | None = None  # the manual opened from this window (F1)
        self._show_office_name()
        controller.office_renamed.connect(self._show_office_name)
        self.setObjectName("mainWindow")

        # self.search and the running search's state (case_list_search); lupdate reads
        # the next line as a translator's note, as it did where the state was set here:
        #: Set by Cancel: the running search stops decrypting at its next block.
        self._init_search(controller)
        self._detail_revision = ""  # the revision when the shown case was read
        self.model = CaseTableModel(controller.rows, controller.type_label, controller.today, self)
        self.filters = FilterPanel(self)
        self.filters.setObjectName("filterPanel")
        self.table = CaseTable(self.search, self.model, self)
        self.table.requery = self.refresh
        self.detail = DetailPane(controller, self)
        self.detail.setObjectName("detailPane")
        self.reports = ReportsHooks(self)  # dashboard, marks, a figure's cases

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.filters)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 2)
        self.splitter.setSizes([200, 1366 - 200 - self.PANE_WIDTH, self.PANE_WIDTH])
        self.splitter.setCollapsible(1, False)
        self.splitter.setCollapsible(2, False)
        self._pane_pinned = bool(settings.app_settings().value(self.PANE_KEY, False, type=bool))
        self.detail.setVisible(self._pane_pinned)  # shown with a case
        self.splitter.splitterMoved.connect(self._on_splitter_moved)
        self.banner = ConnectionBanner(controller.total_count, self)
        central = QWidget(self)
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.banner)
        self.audit_banner = AuditAlarmBanner(controller, self)  # issue 19
        column.addWidget(self.audit_banner)
        column.addWidget(self.reports.bar)
        self.my_work = MyWorkPanel(controller, self)  # the first tab: what is due for me
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("mainTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.my_work, self.tr("My work"))
        self.tabs.addTab(self.splitter, self.tr("Cases"))
        if settings.app_settings().value(self.TAB_KEY, "cases") == "my_work":
            self.tabs.setCurrentWidget(self.my_work)  # where this workstation left off
        else:
            self.tabs.setCurrentWidget(self.splitter)
        column.addWidget(self.tabs, 1)
        self._reminded = False
        self.reminder: QMessageBox | None = None  # the reminder at login, while shown
        self.front_desk: FrontDeskDialog | None = None  # the look-up, while open
        self.setCentralWidget(central)

        build_actions(self)
        install_help_key(self, self.show_manual)  # F1 in a dialog opens its page of the manual
        build_menus(self)
        self.toolbar = build_toolbar(self)
        build_status_bar(self)

        self.filters.filter_changed.connect(self._on_filter_changed)
        self.table.current_case_changed.connect(self._show_case)
        self.table.clear_filters_requested.connect(self.filters.clear)
        self.table.counts_changed.connect(lambda _n: self._update_status())
        controller.cases_changed.connect(self.refresh)
        controller.live.changed.connect(self._on_live_change)
        controller.live.connection_changed.connect(self._on_connection_changed)
        self.banner.recovered.connect(self.refresh)
        controller.live.changed.connect(lambda _ids: self.audit_banner.check())
        controller.database_unavailable.connect(self._on_unavailable)  # queued: any thread
        controller.index_pending.connect(self._show_index_pending,
                                         Qt.ConnectionType.QueuedConnection)
        controller.account_deactivated.connect(
            self._on_deactivated, Qt.ConnectionType.QueuedConnection)
        controller.logged_out.connect(self._stop_background)
        controller.locked.connect(self._stop_background)
        self.my_work.open_case.connect(self.open_case)
        self.my_work.loaded.connect(self._on_my_work_loaded)
        controller.cases_changed.connect(self.my_work.refresh)
        controller.live.changed.connect(self._refresh_my_work)
        self.tabs.currentChanged.connect(lambda _i: self._refresh_my_work(None))

        fit_to_screen(self, QSize(1366, 768))
        geometry = settings.load_bytes(self.GEOMETRY_KEY)
        if geometry is not None:
            self.restoreGeometry(geometry)
        splitter = settings.load_bytes(self.SPLITTER_KEY)
        self._splitter_restored = splitter is not None and self.splitter.restoreState(splitter)
        self._load_choices()
        self.refresh()
        self._my_work_read = False
        if self.tabs.currentWidget() is self.my_work:
            self._read_my_work()
        else:  # read once the list's first rows are shown (or its search failed)
            self.first_rows_shown.connect(self._read_my_work)
            self.search_finished.connect(self._read_my_work)
        self.reports.after_start()

    def _read_my_work(self) -> None:
        """My work's first read of the window (once; its refreshes are its own)."""
        if not self._my_work_read:
            self._my_work_read = True
            self.my_work.refresh()

    def _show_office_name(self, name: str | None = None) -> None:
        """The title names the office (from the wizard or the settings)."""
        if name is None:
            try:
                name = self._controller.office_name()
            except ServiceError:  # the server is gone: the banner says so
                name = ""
        self.setWindowTitle(self.tr("%1 — WBS Desktop").replace("%1", name) if name
                            else self.tr("WBS Desktop — Whistleblowing System"))

    # --- data -----------------------------------------------------------------

    def _load_choices(self) -> None:
        try:
            self.filters.set_types(self._controller.type_choices())
        except ServiceError as exc:
            log.warning("complaint types unavailable: %r", exc)
        try:
            officers = self._controller.officers()
        except ServiceError as exc:
            log.info("officer list unavailable: %r", exc)
            officers = []
        self.filters.set_officers(officers)
        user = self._controller.user
        self.filters.set_can_be_assigned(user is not None and user.role != Role.STAFF)

    def _on_filter_changed(self, f: CaseFilter) -> None:
        self.reports.on_filter_changed()
        self.search.with_filter(f)
        self.refresh()

    def _show_case(self, case_id: str) -> None:
        self._place_pane(bool(case_id))
        shown = self.detail.detail
        if shown is not None and shown.id == case_id:
            if self._action_dialog_open():
                return  # re-selected by a refresh: keep what the dialog is based on
            if self._revision and self._detail_revision == self._revision:
                return  # nothing changed since it was read (a filter, a sort, a refresh)
        self._detail_revision = self._revision
        self.detail.show_case(case_id)

    def _place_pane(self, case_shown: bool) -> None:
        """The detail pane takes room only while it shows a case (or once the user
        has sized it): without one, the table has the whole width."""
        wanted = case_shown or self._pane_pinned
        if self.detail.isHidden() == wanted:
            self.detail.setVisible(wanted)
            self.splitter.refresh()  # laid out now, not at the next event loop pass
            layout = self.detail.layout()
            if layout is not None:
                layout.activate()

    def _on_splitter_moved(self, _pos: int, index: int) -> None:
        if index == 2 and self.detail.isVisible():  # the user sized the pane: it stays
            self._pane_pinned = True
            settings.app_settings().setValue(self.PANE_KEY, True)

    def _action_dialog_open(self) -> bool:
        """An action dialog is open on the pane's case: its version must stay the one
        the user saw (a live refresh must not turn their save into a silent overwrite)."""
        dialog = getattr(getattr(self.detail, "case_actions", None), "dialog", None)
        return dialog is not None and dialog.isVisible()

    def _on_connection_changed(self, connected: bool) -> None:
        if connected:
            self.banner.report_available()
        else:
            self.banner.report_unavailable()

    def _on_unavailable(self, _exc: BaseException) -> None:
        self.banner.report_unavailable()

    def _show_index_pending(self, count: int) -> None:
        """The status bar says how many cases still wait for the people index."""
        self.index_label.setText(self.tr(
            "People index: %Ln case(s) waiting", "", count))
        self.index_label.setToolTip(self.tr(
            "Names and NIPs of cases logged by staff and officers are indexed by an "
            "administrator's computer; related reports find them once indexed."))
        self.index_label.setVisible(count > 0)

    def _on_deactivated(self, exc: BaseException) -> None:
        """This user was deactivated meanwhile: the session already forgot its
        keys; say so once and log out."""
        if self._deactivated_shown:
            return
        self._deactivated_shown = True
        self._stop_background()
        show_error(self, service_error_message(exc), self.tr("Account deactivated"))
        self.logout_requested.emit()

    def report_unavailable(self) -> None:
        """A service call found the database unreachable (any widget may call this)."""
        self.banner.report_unavailable()

    # --- commands -------------------------------------------------------------

    def new_complaint(self) -> None:
        from wbs_desktop.gui.case.submission import SubmissionDialog

        dialog = SubmissionDialog(self._controller, self)
        self._submission: SubmissionDialog | None = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _r: self._after_submission(dialog.result_))
        dialog.open()

    def _after_submission(self, result: SubmitResult | None) -> None:
        self._submission = None
        if result is not None:
            self.table.select_case(result.case_id)

    def find_tracking_code(self) -> None:
        self.show_tracking_status("")

    def show_tracking_status(self, code: str) -> None:
        """The front desk's look-up (looks ``code`` up at once when given)."""
        from wbs_desktop.gui.case.front_desk import FrontDeskDialog

        dialog = FrontDeskDialog(self._controller, self, code)
        self.front_desk = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open_case.connect(self.open_case)
        dialog.finished.connect(lambda _r: setattr(self, "front_desk", None))
        dialog.open()

    def open_case(self, case_id: str) -> None:
        """Show a case (from My work or the look-up): in the list when it is there,
        else in the detail pane alone (the list's filters stay as they are)."""
        self.tabs.setCurrentWidget(self.splitter)
        if not self.table.select_case(case_id):
            self.table.view.clearSelection()
            self._show_case(case_id)

    def _refresh_my_work(self, _case_ids: object) -> None:
        if self._controller.user is not None and self.tabs.currentWidget() is self.my_work:
            self.my_work.refresh()

    def _on_my_work_loaded(self, work: object) -> None:
        """The tab says how much is due today or overdue; once per login, a
        reminder of what is due today, if anything."""
        from wbs_desktop.services.my_work import MyWork

        if not isinstance(work, MyWork):
            return
        pressing = work.due_today + work.overdue.total
        title = self.tr("My work")
        self.tabs.setTabText(self.tabs.indexOf(self.my_work),
                             f"{title} ({pressing})" if pressing else title)
        if self._reminded:
            return
        self._reminded = True
        if not work.due_today:
            return
        text = self.tr("Due today: %n item(s) (hearings and deadlines).", "", work.due_today)
        if work.overdue.total:
            text += " " + self.tr("Overdue: %n.", "", work.overdue.total)
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Reminder"), text,
                          QMessageBox.StandardButton.NoButton, self)
        box.setObjectName("dueTodayReminder")
        box.addButton(self.tr("Show My work"), QMessageBox.ButtonRole.AcceptRole)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setWindowModality(Qt.WindowModality.NonModal)
        box.accepted.connect(lambda: self.tabs.setCurrentWidget(self.my_work))
        self.reminder = box
        box.destroyed.connect(lambda _o=None: setattr(self, "reminder", None))
        box.show()

    def print_hearing_day(self) -> None:
        from wbs_desktop.gui.letters.printing import ask_hearing_day

        self._print_day_dialog = ask_hearing_day(self, self._controller)

    def show_users(self) -> None:
        from wbs_desktop.gui.admin.users import UsersDialog

        UsersDialog(self._controller, self).exec()

    def show_audit_log(self) -> None:
        from wbs_desktop.gui.admin.audit_log import AuditLogDialog

        AuditLogDialog(self._controller, self).exec()

    def backup(self) -> None:
        from wbs_desktop.gui.admin.backup_dialogs import run_backup

        self._backup_job = run_backup(self, self._controller)

    def restore_backup(self) -> None:
        from wbs_desktop.gui.admin.backup_dialogs import RestoreDialog

        dialog = RestoreDialog(self._controller, self)
        self._restore_dialog: RestoreDialog | None = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _r: setattr(self, "_restore_dialog", None))
        dialog.open()

    def change_password(self) -> None:
        from wbs_desktop.gui.session.change_password import ChangePasswordDialog

        dialog = ChangePasswordDialog(self._controller, self)
        if dialog.exec() == ChangePasswordDialog.DialogCode.Accepted:
            message(self, self.tr("Change password"), self.tr("Your password has been changed."))

    def show_settings(self) -> None:
        from wbs_desktop.gui.admin.settings_dialog import SettingsDialog

        if SettingsDialog(self._controller, self).exec() == SettingsDialog.DialogCode.Accepted:
            self._load_choices()

    def show_manual(self) -> None:
        if self._help is not None and shiboken6.isValid(self._help) and self._help.isVisible():
            self._help.raise_()
            self._help.activateWindow()
            return
        self._help = show_help(self, "main-window")

    def show_about(self) -> None:
        from wbs_desktop import __version__ as version

        message(self, self.tr("About WBS Desktop"), self.tr(
            "WBS Desktop %1\nWhistleblowing System of the inspection office, "
            "Badan Kepegawaian Daerah Provinsi Nusa Tenggara Timur.").replace("%1", str(version)))

    def _choose_language(self, code: str) -> None:
        if code != current_language():
            settings.set_language(code)
            self.language_requested.emit(code)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._controller.user is not None:  # the alarm outlives logins and restarts
            self.audit_banner.show_alarm(self._controller.audit_alarm())
        if not self._splitter_restored:  # first run: give the table what the panes spare
            self._splitter_restored = True
            total = self.splitter.width()
            side = self.filters.minimumSizeHint().width()
            self.splitter.setSizes([side, max(400, total - side - self.PANE_WIDTH),
                                    self.PANE_WIDTH])

    # --- closing --------------------------------------------------------------

    def save_layout(self) -> None:
        settings.app_settings().setValue(
            self.TAB_KEY, "my_work" if self.tabs.currentWidget() is self.my_work else "cases")
        settings.save_bytes(self.GEOMETRY_KEY, QByteArray(self.saveGeometry()))
        settings.save_bytes(self.SPLITTER_KEY, QByteArray(self.splitter.saveState()))
        self.table.save_header()

    def _stop_background(self) -> None:
        """Drop a running search and the banner's retries: their results would reach
        a window that is going away (or a session that has ended)."""
        self._stop_search()
        self.banner.stop()
        self.reports.hide_windows()
        self.my_work.stop()

    def hideEvent(self, event: QHideEvent) -> None:
        # closed, locked, or about to be replaced (language): nothing may arrive later
        if not event.spontaneous():
            self._stop_background()
        super().hideEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._stop_background()
        self.save_layout()
        super().closeEvent(event)
        if event.isAccepted():
            self.quit_requested.emit()

