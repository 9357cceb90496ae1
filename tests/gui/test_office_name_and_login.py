"""The office's name in the login and the window title (from the wizard, and
after the settings rename it), the user name remembered on this workstation
(a setting, on by default, switched off from the login) and the settings file
kept in ``WBS_DATA_DIR`` (portable installs), never in the home folder."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog

from tests.gui.conftest import ADMIN, ADMIN_PASSWORD
from tests.gui.test_setup_and_login import _open
from wbs_desktop.gui import settings
from wbs_desktop.gui.admin.settings_dialog import SettingsDialog
from wbs_desktop.gui.app import AppFlow
from wbs_desktop.gui.controller import Controller
from wbs_desktop.gui.main_window import MainWindow
from wbs_desktop.gui.session.login import LoginDialog

OFFICE = "Inspektorat Pembantu Kepegawaian BKD Provinsi NTT"


def _log_in(qtbot, dialog: LoginDialog, controller: Controller) -> None:  # type: ignore[no-untyped-def]
    if not dialog.ui.usernameEdit.text():
        qtbot.keyClicks(dialog.ui.usernameEdit, ADMIN)
    qtbot.keyClicks(dialog.ui.passwordEdit, ADMIN_PASSWORD)
    with qtbot.waitSignal(controller.logged_in, timeout=20_000):
        dialog.ui.loginButton.click()
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_office_name_in_login_and_title_and_renamed(qtbot, office_db: str) -> None:  # type: ignore[no-untyped-def]
    controller = _open(qtbot, office_db)
    dialog = LoginDialog(controller)
    qtbot.addWidget(dialog)
    dialog.show()
    # the name the office was made with (tests.gui.conftest: the default)
    default = controller.office_name()
    assert default and dialog.ui.subtitleLabel.text() == default
    assert dialog.windowTitle() == f"Log in — {default}"
    _log_in(qtbot, dialog, controller)
    window = MainWindow(controller)
    qtbot.addWidget(window)
    assert window.windowTitle() == f"{default} — WBS Desktop"

    settings_dialog = SettingsDialog(controller)
    qtbot.addWidget(settings_dialog)
    assert settings_dialog.ui.officeNameEdit.text() == default
    settings_dialog.ui.officeNameEdit.setText(f"  {OFFICE}  ")
    settings_dialog.ui.saveButton.click()
    qtbot.waitUntil(lambda: not settings_dialog.busy, timeout=20_000)  # saved off the GUI thread
    assert settings_dialog.result() == QDialog.DialogCode.Accepted, \
        settings_dialog.ui.errorLabel.text()
    assert window.windowTitle() == f"{OFFICE} — WBS Desktop"
    entries = controller._ws.audit.entries(limit=50)  # type: ignore[union-attr]
    assert any(e.action == "setting_changed" and "office.name" in str(e.details)
               for e in entries)
    controller.logout()
    again = LoginDialog(controller)
    qtbot.addWidget(again)
    assert again.ui.subtitleLabel.text() == OFFICE
    window.close()
    controller.close()


def test_the_user_name_is_remembered_unless_switched_off(  # type: ignore[no-untyped-def]
        qtbot, qapp, office_db: str) -> None:
    data = Path(os.environ["WBS_DATA_DIR"])
    controller = _open(qtbot, office_db)
    first = LoginDialog(controller)
    qtbot.addWidget(first)
    assert first.remember_check.isChecked(), "on by default"
    assert first.remember_check.text() == "&Remember my user name on this computer"
    _log_in(qtbot, first, controller)
    assert settings.last_username() == ADMIN
    # kept in the portable folder's INI file, not in the home folder's settings
    ini = data / settings.PORTABLE_FILE
    assert ini.is_file() and ADMIN in ini.read_text()
    assert QSettings("BKD NTT", "WBS Desktop").value("login/last_username") is None
    controller.logout()
    flow = AppFlow(qapp, office_db)  # the next start of the app on this workstation
    assert flow._last_username == ADMIN
    flow.idle.stop()  # never started: nothing of it may outlive the test
    flow.controller.close()
    flow.setParent(None)
    flow.deleteLater()

    second = LoginDialog(controller, username=settings.last_username())
    qtbot.addWidget(second)
    assert second.ui.usernameEdit.text() == ADMIN
    assert second.ui.passwordEdit.hasFocus() or not second.isVisible()
    second.remember_check.setChecked(False)
    _log_in(qtbot, second, controller)
    assert settings.last_username() == "" and not settings.remember_username()
    assert "last_username" not in ini.read_text()
    controller.logout()
    third = LoginDialog(controller, username=settings.last_username())
    qtbot.addWidget(third)
    assert third.ui.usernameEdit.text() == "" and not third.remember_check.isChecked()
    controller.close()
