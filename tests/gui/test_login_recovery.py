"""The login dialog when an account must wait (time in WITA), and "All
administrator passwords lost?" through the recovery key to a new administrator
— with qtbot, on both backends."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialog

from tests.gui.conftest import ADMIN, ADMIN_PASSWORD
from wbs_desktop.gui.controller import Controller
from wbs_desktop.gui.i18n import init_translations
from wbs_desktop.gui.session.login import LoginDialog
from wbs_desktop.gui.session.recovery_dialog import RecoveryDialog
from wbs_desktop.services.office import FREE_ATTEMPTS, Office

SHOTS = Path("/work/shots/login")
NEW_PASSWORD = "Tenun-Ikat-Sabu-Rote-7"


def _shot(widget: object, name: str) -> None:
    if SHOTS.is_dir():
        QApplication.processEvents()  # the layout follows the hint's new height
        widget.grab().save(str(SHOTS / name))  # type: ignore[attr-defined]


@pytest.fixture
def office_with_key(db_url: str, tmp_path: Path) -> Iterator[tuple[str, str]]:
    office, setup = Office.create(db_url, admin_username=ADMIN, admin_full_name="Maria Admin",
                                  password=ADMIN_PASSWORD)
    office.close()
    yield db_url, setup.recovery_key


def _open(qtbot, location: str) -> Controller:  # type: ignore[no-untyped-def]
    controller = Controller()
    with qtbot.waitSignal(controller.database_opened, timeout=30_000):
        controller.open_database(location)
    return controller


@pytest.mark.parametrize("language", ["en", "id"])
def test_a_slowed_down_account_is_told_until_when_in_wita(  # type: ignore[no-untyped-def]
    qtbot, qapp: QApplication, office_db: str, language: str
) -> None:
    init_translations(qapp, language)
    controller = _open(qtbot, office_db)
    dialog = LoginDialog(controller, username=ADMIN)
    qtbot.addWidget(dialog)
    dialog.show()
    for _ in range(FREE_ATTEMPTS):
        dialog.ui.passwordEdit.setText("wrong-password")
        with qtbot.waitSignal(controller.login_failed, timeout=20_000):
            dialog.ui.loginButton.click()
    text = dialog.ui.errorLabel.text()
    assert re.search(r"\d\d\.\d\d\.\d\d WITA", text), text
    if language == "en":
        assert "Try again at" in text
    _shot(dialog, f"login_slowed_{language}.png")
    controller.close()


def test_recovery_from_the_login_dialog_makes_a_new_admin(  # type: ignore[no-untyped-def]
    qtbot, office_with_key: tuple[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    location, recovery = office_with_key
    controller = _open(qtbot, location)
    login = LoginDialog(controller)
    qtbot.addWidget(login)
    login.show()
    assert login.ui.recoveryButton.isVisible()
    seen: dict[str, str] = {}

    def run_dialog(self: RecoveryDialog) -> int:
        self.show()
        ui = self.ui
        ui.keyEdit.setText(recovery.lower().replace("-", " "))  # as typed from the paper
        qtbot.keyClicks(ui.usernameEdit, "kepala2")
        qtbot.keyClicks(ui.fullNameEdit, "Kepala Kedua")
        qtbot.keyClicks(ui.passwordEdit, "inspektorat1")
        assert self.hint.isVisible() and "words anyone would try" in self.hint.text()
        ui.passwordEdit.clear()
        qtbot.keyClicks(ui.passwordEdit, NEW_PASSWORD)
        ui.repeatEdit.setText(NEW_PASSWORD)
        assert self.hint.text() == "Strong enough."
        ui.recoverButton.click()
        qtbot.waitUntil(lambda: self.result() == QDialog.DialogCode.Accepted, timeout=60_000)
        seen["key_left"] = ui.keyEdit.text()
        return int(self.result())

    monkeypatch.setattr(RecoveryDialog, "exec", run_dialog)
    login.ui.recoveryButton.click()
    assert seen["key_left"] == ""  # the key does not stay in the dialog
    assert login.ui.usernameEdit.text() == "kepala2"
    assert "kepala2" in login.ui.errorLabel.text()
    qtbot.keyClicks(login.ui.passwordEdit, NEW_PASSWORD)
    with qtbot.waitSignal(controller.logged_in, timeout=30_000):
        login.ui.loginButton.click()
    assert controller.user is not None and controller.user.username == "kepala2"
    assert controller.is_admin
    controller.close()
    office = Office.open(location)
    try:
        ws = office.login("kepala2", NEW_PASSWORD)
        assert ws.audit.verify().ok
        assert any(e.action == "recovery_used" for e in ws.audit.entries(limit=10))
    finally:
        office.close()


@pytest.mark.parametrize("language", ["en", "id"])
def test_a_wrong_recovery_key_is_refused_clearly(  # type: ignore[no-untyped-def]
    qtbot, qapp: QApplication, office_db: str, tmp_path: Path, language: str
) -> None:
    init_translations(qapp, language)
    other, setup = Office.create(str(tmp_path / "other.sqlite3"), admin_username="x-admin",
                                 admin_full_name="Another", password=ADMIN_PASSWORD)
    other.close()
    controller = _open(qtbot, office_db)
    dialog = RecoveryDialog(controller)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.keyEdit.setText(setup.recovery_key)
    dialog.ui.usernameEdit.setText("kepala2")
    dialog.ui.fullNameEdit.setText("Kepala Kedua")
    qtbot.keyClicks(dialog.ui.passwordEdit, "abcdefgh12")
    _shot(dialog, f"recovery_weak_{language}.png")
    dialog.ui.passwordEdit.setText(NEW_PASSWORD)
    dialog.ui.repeatEdit.setText(NEW_PASSWORD)
    dialog.ui.recoverButton.click()
    qtbot.waitUntil(lambda: dialog.ui.errorLabel.isVisible(), timeout=30_000)
    if language == "en":
        assert "not the recovery key of this office" in dialog.ui.errorLabel.text()
    assert dialog.result() != QDialog.DialogCode.Accepted
    _shot(dialog, f"recovery_wrong_key_{language}.png")
    controller.close()


def test_an_administrator_clears_a_login_delay_in_the_users_dialog(  # type: ignore[no-untyped-def]
    qtbot, controller: Controller
) -> None:
    from wbs_desktop.domain.roles import Role
    from wbs_desktop.gui.admin.users import UsersDialog
    from wbs_desktop.services.errors import AccountLocked, WrongCredentials

    controller.accounts().add_user("yosef", "Yosef Nahak", Role.OFFICER, NEW_PASSWORD)
    office = controller._office
    for _ in range(FREE_ATTEMPTS - 1):
        with pytest.raises(WrongCredentials):
            office.login("yosef", "wrong-password")
    with pytest.raises(AccountLocked):
        office.login("yosef", "wrong-password")
    dialog = UsersDialog(controller)
    qtbot.addWidget(dialog)
    dialog.show()
    table = dialog.ui.usersTable
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == "yosef")
    assert table.item(row, 4).text().startswith("waiting until")
    assert "WITA" in table.item(row, 4).text()
    table.selectRow(row)
    assert dialog.ui.clearDelayButton.isEnabled()
    _shot(dialog, "users_waiting_en.png")
    dialog.ui.clearDelayButton.click()
    qtbot.waitUntil(lambda: dialog._job is not None and dialog._job.done, timeout=20_000)
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == "yosef")
    assert table.item(row, 4).text() == "active"
    assert office.login("yosef", NEW_PASSWORD).user.username == "yosef"
