"""Start-up (issue 8): the login dialog first, the database opened behind it.

The dialog is on screen while the database opens in the background; a login
asked for meanwhile is held (password kept) and sent once it is open; an open
that fails ends the dialog and runs the usual failure flow.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QDialog

from tests.gui.conftest import ADMIN, ADMIN_PASSWORD
from wbs_desktop.gui.app import AppFlow
from wbs_desktop.gui.controller import Controller
from wbs_desktop.gui.session.login import OPEN_FAILED, LoginDialog

REPO = Path(__file__).resolve().parents[2]


def _waiting_dialog(qtbot: Any, controller: Controller, location: str) -> LoginDialog:
    dialog = LoginDialog(controller, location=location)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_dialog_is_up_before_the_database_is_open_then_logs_in(
        qtbot: Any, office_db: str) -> None:
    controller = Controller()
    dialog = _waiting_dialog(qtbot, controller, office_db)
    assert not controller.is_open and dialog.waiting_for_database
    assert dialog.isVisible()
    assert dialog.ui.errorLabel.isVisible()
    assert dialog.ui.errorLabel.text() == "Opening the database…"
    assert dialog.ui.databaseLabel.text() == f"Database file: {office_db}"
    qtbot.keyClicks(dialog.ui.usernameEdit, ADMIN)  # typing does not hide the state
    assert dialog.ui.errorLabel.text() == "Opening the database…"
    with qtbot.waitSignal(controller.database_opened, timeout=20_000):
        controller.open_database(office_db)
    assert not dialog.waiting_for_database
    assert not dialog.ui.errorLabel.isVisible()
    qtbot.keyClicks(dialog.ui.passwordEdit, ADMIN_PASSWORD)
    with qtbot.waitSignal(controller.logged_in, timeout=20_000):
        qtbot.keyClick(dialog.ui.passwordEdit, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    controller.close()


def test_log_in_pressed_early_waits_for_the_database_then_logs_in(
        qtbot: Any, office_db: str) -> None:
    controller = Controller()
    dialog = _waiting_dialog(qtbot, controller, office_db)
    qtbot.keyClicks(dialog.ui.usernameEdit, ADMIN)
    qtbot.keyClicks(dialog.ui.passwordEdit, ADMIN_PASSWORD)
    qtbot.keyClick(dialog.ui.passwordEdit, Qt.Key.Key_Return)
    assert dialog.ui.errorLabel.text() == (
        "Opening the database… You will be logged in as soon as it is open.")
    assert dialog.ui.passwordEdit.text() == ADMIN_PASSWORD, "the typed password is kept"
    assert not dialog.ui.loginButton.isEnabled()
    assert controller.user is None
    with qtbot.waitSignal(controller.logged_in, timeout=20_000):
        controller.open_database(office_db)
    assert controller.user is not None and controller.user.username == ADMIN
    assert dialog.result() == QDialog.DialogCode.Accepted
    controller.close()


def test_a_wrong_password_pressed_early_is_refused_once_open(
        qtbot: Any, office_db: str) -> None:
    controller = Controller()
    dialog = _waiting_dialog(qtbot, controller, office_db)
    dialog.ui.usernameEdit.setText(ADMIN)
    dialog.ui.passwordEdit.setText("not-the-password")
    dialog.ui.loginButton.click()
    with qtbot.waitSignal(controller.login_failed, timeout=20_000):
        controller.open_database(office_db)
    assert dialog.ui.errorLabel.text() == "The user name or the password is wrong."
    assert dialog.ui.loginButton.isEnabled() and dialog.isVisible()
    controller.close()


def test_an_open_that_fails_ends_the_dialog_with_the_reason(
        qtbot: Any, tmp_path: Path) -> None:
    controller = Controller()
    target = str(tmp_path / "empty.sqlite3")
    dialog = _waiting_dialog(qtbot, controller, target)
    dialog.ui.usernameEdit.setText(ADMIN)
    dialog.ui.passwordEdit.setText(ADMIN_PASSWORD)
    dialog.ui.loginButton.click()  # held; the failure wins
    with qtbot.waitSignal(controller.database_failed, timeout=20_000):
        controller.open_database(target)
    assert dialog.result() == OPEN_FAILED and not dialog.isVisible()
    assert getattr(dialog.open_error, "code", "") == "not_initialized"
    controller.close()


def test_the_app_shows_the_real_dialog_first_and_logs_in_once_open(
        qtbot: Any, qapp: QApplication, office_db: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Through AppFlow and the real modal dialog: Log in is pressed before the
    database is opened, and the main window follows."""
    seen: dict[str, object] = {}
    real_open = Controller.open_database

    def open_after_typing(self: Controller, location: str, **kwargs: Any) -> Any:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, LoginDialog) and dialog.isVisible()
        seen["waiting"] = dialog.waiting_for_database
        seen["label"] = dialog.ui.databaseLabel.text()
        dialog.ui.usernameEdit.setText(ADMIN)
        dialog.ui.passwordEdit.setText(ADMIN_PASSWORD)
        dialog.ui.loginButton.click()
        seen["status"] = dialog.ui.errorLabel.text()
        return real_open(self, location, **kwargs)

    monkeypatch.setattr(Controller, "open_database", open_after_typing)
    flow = AppFlow(qapp, office_db)
    flow.start()  # returns when the dialog is done
    qtbot.waitUntil(lambda: flow.window is not None, timeout=20_000)
    assert seen == {
        "waiting": True, "label": f"Database file: {office_db}",
        "status": "Opening the database… You will be logged in as soon as it is open."}
    assert flow.controller.user is not None and flow.controller.user.username == ADMIN
    assert flow.window is not None and flow.window.isVisible()
    flow.window.close()
    flow.controller.close()


def test_the_app_runs_the_failure_flow_when_the_open_fails_behind_the_dialog(
        qtbot: Any, qapp: QApplication, tmp_path: Path, modals: Any,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from wbs_desktop.gui.session import setup_wizard

    modals.allowed = True
    wizards: list[bool] = []

    class Wizard(QObject):
        language_changed = Signal(str)

        def __init__(self, controller: Controller) -> None:
            super().__init__()
            wizards.append(True)
            self.created = None

        def exec(self) -> int:
            return QDialog.DialogCode.Rejected

    monkeypatch.setattr(setup_wizard, "SetupWizard", Wizard)
    monkeypatch.setattr(qapp, "quit", lambda: None)
    flow = AppFlow(qapp, str(tmp_path / "empty.sqlite3"))
    flow.start()  # the real dialog: it ends by itself when the open fails
    assert any("has not been set up for WBS Desktop" in call for call in modals.calls)
    assert wizards == [True], "then the setup wizard, as before"


def test_a_superseded_open_is_closed_and_not_announced(qtbot: Any, office_db: str) -> None:
    controller = Controller()
    opened: list[bool] = []
    controller.database_opened.connect(lambda: opened.append(True))
    job = controller.open_database(office_db)
    assert controller.opening == office_db
    controller.cancel_open()  # "Other database…" or Quit while it opens
    qtbot.waitUntil(lambda: job.done, timeout=20_000)
    assert not controller.is_open and opened == [] and controller.opening == ""


def test_the_login_dialog_needs_neither_the_services_nor_the_keyring() -> None:
    """What the start imports before the login dialog is shown (a fresh process)."""
    code = (
        "import sys\n"
        "import wbs_desktop.gui.app\n"
        "heavy = ('sqlalchemy', 'cryptography', 'alembic', 'keyring', 'reportlab',\n"
        "         'wbs_desktop.services', 'wbs_desktop.storage', 'wbs_desktop.letters',\n"
        "         'wbs_desktop.gui.main_window', 'wbs_desktop.gui.session.setup_wizard')\n"
        "print(sorted(m for m in sys.modules if m.startswith(heavy)))\n"
    )
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO), env.get("PYTHONPATH", "")) if p)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, timeout=120, cwd=REPO, env=env)
    assert out.stdout.strip() == "[]", out.stdout + out.stderr


def test_a_login_loads_the_letter_engine_off_the_gui_thread(
        qtbot: Any, office_db: str, monkeypatch: pytest.MonkeyPatch) -> None:
    import threading

    from wbs_desktop.gui import controller as controller_module
    from wbs_desktop.letters import warm

    threads: list[str] = []
    monkeypatch.setattr(controller_module, "LETTERS_WARM_UP_DELAY_MS", 0)
    monkeypatch.setattr(warm, "is_warm", lambda: False)
    monkeypatch.setattr(warm, "warm_up", lambda: threads.append(
        threading.current_thread().name) or 0.1)
    ctl = Controller()
    with qtbot.waitSignal(ctl.database_opened, timeout=20_000):
        ctl.open_database(office_db)
    assert threads == [], "not before a login"
    with qtbot.waitSignal(ctl.logged_in, timeout=20_000):
        ctl.login(ADMIN, ADMIN_PASSWORD)
    qtbot.waitUntil(lambda: len(threads) == 1, timeout=10_000)
    assert threads[0] != threading.main_thread().name
    ctl.close()
