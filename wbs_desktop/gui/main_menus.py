"""The main window's commands and status bar: its actions (with their shortcuts,
icons and tips, shown by role), the menus, the toolbar and the status bar's labels.

Built on the window by ``MainWindow.__init__``; the slots stay the window's. The
texts keep the translation context "MainWindow" they had as ``self.tr`` there.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QToolBar

from wbs_desktop.domain.roles import Action
from wbs_desktop.gui.i18n import current_language
from wbs_desktop.gui.icons import icon
from wbs_desktop.gui.labels import role_label
from wbs_desktop.gui.session.dblocation import is_shared, parse_server
from wbs_desktop.gui.session.login import LANGUAGE_NAMES

if TYPE_CHECKING:
    from wbs_desktop.gui.main_window import MainWindow


def make_action(
    window: QMainWindow,
    text: str,
    slot: object,
    shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
    icon_name: str = "",
    tip: str = "",
) -> QAction:
    action = QAction(text, window)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    if icon_name:
        action.setIcon(icon(icon_name, window.style()))
    if tip:
        action.setStatusTip(tip)
        action.setToolTip(tip)
    action.triggered.connect(slot)
    return action


def build_actions(window: MainWindow) -> None:
    window.new_action = make_action(
        window,
        QCoreApplication.translate("MainWindow", "&New complaint…"),
        window.new_complaint,
        QKeySequence.StandardKey.New,
        "new",
        QCoreApplication.translate(
            "MainWindow", "Type in a complaint that arrived on paper, by phone, e-mail or in person"
        ),
    )
    window.find_action = make_action(
        window,
        QCoreApplication.translate("MainWindow", "&Find by tracking code…"),
        window.find_tracking_code,
        "Ctrl+T",
        "find",
        QCoreApplication.translate(
            "MainWindow", "Look up a case's stage by the reporter's tracking code"
        ),
    )
    window.print_day_action = make_action(
        window,
        QCoreApplication.translate("MainWindow", "Print the letters of a hearing &day…"),
        window.print_hearing_day,
        None,
        "",
        QCoreApplication.translate(
            "MainWindow", "Print every current letter for the hearings of one day"
        ),
    )
    window.refresh_action = make_action(
        window,
        QCoreApplication.translate("MainWindow", "&Refresh"),
        window.refresh,
        QKeySequence.StandardKey.Refresh,
        "refresh",
        QCoreApplication.translate("MainWindow", "Read the case list again from the database"),
    )
    window.users_action = make_action(
        window,
        QCoreApplication.translate("MainWindow", "&Users…"),
        window.show_users,
        "Ctrl+U",
        "users",
        QCoreApplication.translate(
            "MainWindow", "Add users, change their role, reset passwords, deactivate"
        ),
    )
    window.settings_action = make_action(
        window,
        QCoreApplication.translate("MainWindow", "&Settings…"),
        window.show_settings,
        "Ctrl+,",
        "settings",
        QCoreApplication.translate(
            "MainWindow", "Office name, deadlines, complaint types, holidays and signatories"
        ),
    )
    window.audit_action = make_action(
        window,
        QCoreApplication.translate("MainWindow", "Audit &log…"),
        window.show_audit_log,
        None,
        "",
        QCoreApplication.translate(
            "MainWindow", "Who did what: filter, verify and export the audit log"
        ),
    )
    window.backup_action = make_action(
        window,
        QCoreApplication.translate("MainWindow", "&Backup…"),
        window.backup,
        None,
        "",
        QCoreApplication.translate(
            "MainWindow", "Write an encrypted backup of the whole office database to a file"
        ),
    )
    window.restore_action = make_action(
        window,
        QCoreApplication.translate("MainWindow", "&Restore a backup…"),
        window.restore_backup,
        None,
        "",
        QCoreApplication.translate("MainWindow", "Restore a backup into a new, empty database"),
    )
    window.lock_action = make_action(
        window,
        QCoreApplication.translate("MainWindow", "&Lock"),
        window.lock_requested.emit,
        "Ctrl+L",
        "lock",
        QCoreApplication.translate("MainWindow", "Lock the screen; your password unlocks it"),
    )
    window.logout_action = make_action(
        window,
        QCoreApplication.translate("MainWindow", "Log &out"),
        window.logout_requested.emit,
        "Ctrl+Shift+L",
        "logout",
        QCoreApplication.translate(
            "MainWindow", "End your session; the login window opens for the next user"
        ),
    )
    window.password_action = make_action(
        window,
        QCoreApplication.translate("MainWindow", "Change &password…"),
        window.change_password,
        None,
        "",
        QCoreApplication.translate("MainWindow", "Choose a new password for your own account"),
    )
    window.quit_action = make_action(
        window,
        QCoreApplication.translate("MainWindow", "&Quit"),
        window.close,
        QKeySequence.StandardKey.Quit,
    )
    window.help_action = make_action(
        window,
        QCoreApplication.translate("MainWindow", "&Manual"),
        window.show_manual,
        QKeySequence.StandardKey.HelpContents,
        "about",
        QCoreApplication.translate(
            "MainWindow", "How to use WBS Desktop: a page per screen and per step of the procedure"
        ),
    )
    window.about_action = make_action(
        window,
        QCoreApplication.translate("MainWindow", "&About WBS Desktop"),
        window.show_about,
        None,
        "",
    )
    window.focus_search_action = make_action(
        window,
        QCoreApplication.translate("MainWindow", "Search"),
        lambda: window.filters.search_edit.setFocus(),
        "Ctrl+F",
    )
    window.addAction(window.focus_search_action)
    admin = window._controller.is_admin
    window.users_action.setVisible(admin)
    window.settings_action.setVisible(admin)
    window.backup_action.setVisible(admin)
    window.audit_action.setVisible(admin)
    window.restore_action.setVisible(admin)
    window.new_action.setEnabled(window._controller.can(Action.SUBMIT_CASE))


def build_menus(window: MainWindow) -> None:
    bar = window.menuBar()
    case_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Case"))
    case_menu.addAction(window.new_action)
    case_menu.addAction(window.find_action)
    case_menu.addAction(window.print_day_action)
    case_menu.addAction(window.reports.print_list_action)
    case_menu.addAction(window.reports.export_list_action)
    case_menu.addSeparator()
    case_menu.addAction(window.lock_action)
    case_menu.addAction(window.password_action)
    case_menu.addAction(window.logout_action)
    case_menu.addSeparator()
    case_menu.addAction(window.quit_action)
    view_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&View"))
    view_menu.addAction(window.refresh_action)
    view_menu.addAction(window.focus_search_action)
    language_menu = view_menu.addMenu(QCoreApplication.translate("MainWindow", "&Language"))
    group = QActionGroup(window)
    for code, name in LANGUAGE_NAMES:
        action = QAction(name, window, checkable=True)
        action.setChecked(code == current_language())
        action.setData(code)
        action.triggered.connect(lambda _c=False, c=code: window._choose_language(c))
        group.addAction(action)
        language_menu.addAction(action)
    if window._controller.is_admin:
        admin_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Administration"))
        admin_menu.addAction(window.users_action)
        admin_menu.addAction(window.settings_action)
        admin_menu.addAction(window.audit_action)
        admin_menu.addSeparator()
        admin_menu.addAction(window.reports.dashboard_action)
        admin_menu.addAction(window.reports.mark_action)
        admin_menu.addSeparator()
        admin_menu.addAction(window.backup_action)
        admin_menu.addAction(window.restore_action)
    help_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Help"))
    help_menu.addAction(window.help_action)
    help_menu.addAction(window.about_action)


def build_toolbar(window: MainWindow) -> QToolBar:
    toolbar = QToolBar(QCoreApplication.translate("MainWindow", "Main toolbar"), window)
    toolbar.setObjectName("mainToolbar")
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    toolbar.setIconSize(QSize(20, 20))
    toolbar.setMovable(False)
    for action in (window.new_action, window.find_action, window.refresh_action):
        toolbar.addAction(action)
    toolbar.addSeparator()
    if window._controller.is_admin:
        toolbar.addAction(window.users_action)
        toolbar.addAction(window.settings_action)
        toolbar.addAction(window.reports.dashboard_action)
        toolbar.addSeparator()
    toolbar.addAction(window.lock_action)
    toolbar.addAction(window.logout_action)
    window.addToolBar(toolbar)
    return toolbar


def build_status_bar(window: MainWindow) -> None:
    bar = window.statusBar()
    window.count_label = QLabel(window)
    window.count_label.setObjectName("countLabel")
    window.database_label = QLabel(window)
    window.user_label = QLabel(window)
    bar.addWidget(window.count_label, 1)
    window.index_label = QLabel(window)
    window.index_label.setObjectName("indexPendingLabel")
    window.index_label.setVisible(False)
    bar.addPermanentWidget(window.index_label)
    bar.addPermanentWidget(window.database_label)
    bar.addPermanentWidget(window.user_label)
    location = window._controller.location
    if is_shared(location):
        window.database_label.setText(
            QCoreApplication.translate("MainWindow", "Shared database: %1").replace(
                "%1", parse_server(location).display()
            )
        )
    else:
        window.database_label.setText(QCoreApplication.translate("MainWindow", "Local database"))
        window.database_label.setToolTip(location)
    user = window._controller.user
    if user is not None:
        window.user_label.setText(f"{user.full_name or user.username} ({role_label(user.role)})")
