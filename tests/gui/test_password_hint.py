"""The password-strength line while a new password is typed: the setup wizard,
the add-user and the change-password dialogs, in both languages."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from tests.gui.conftest import ADMIN_PASSWORD
from wbs_desktop.gui.admin.users import AddUserDialog
from wbs_desktop.gui.controller import Controller
from wbs_desktop.gui.i18n import init_translations
from wbs_desktop.gui.session.change_password import ChangePasswordDialog
from wbs_desktop.gui.session.setup_wizard import SetupWizard

SHOTS = Path("/work/shots/login")
ADMIN_PAGE = 3


def _shot(widget: object, name: str) -> None:
    if SHOTS.is_dir():
        QApplication.processEvents()  # the layout follows the hint's new height
        widget.grab().save(str(SHOTS / name))  # type: ignore[attr-defined]


@pytest.mark.parametrize("language", ["en", "id"])
def test_the_wizard_says_why_while_typing(  # type: ignore[no-untyped-def]
    qtbot, qapp: QApplication, tmp_path: Path, language: str
) -> None:
    init_translations(qapp, language)
    wizard = SetupWizard(Controller())
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    wizard.ui.localPathEdit.setText(str(tmp_path / "w.sqlite3"))
    wizard.next()
    assert wizard.currentId() == ADMIN_PAGE
    hint = wizard.password_hint
    assert not hint.isVisible()
    qtbot.keyClicks(wizard.ui.adminPasswordEdit, "bkd-ntt-2026")
    assert hint.isVisible() and hint.text()
    if language == "en":
        assert "words anyone would try here" in hint.text()
    _shot(wizard, f"wizard_hint_weak_{language}.png")
    # The admin's own name counts as a known word as soon as it is typed.
    wizard.ui.adminPasswordEdit.setText("Yosefina-Nahak-2026")
    qtbot.keyClicks(wizard.ui.adminNameEdit, "Yosefina Nahak")
    if language == "en":
        assert "words anyone would try here" in hint.text()
    wizard.ui.adminPasswordEdit.setText("Sasando-Lontar-Kepala-2026")
    assert hint.text() == QCoreApplication.translate("Messages", "Strong enough.")
    _shot(wizard, f"wizard_hint_strong_{language}.png")
    # Accepting a refused password is still refused, with the same reason.
    for edit in (wizard.ui.adminPasswordEdit, wizard.ui.adminRepeatEdit):
        edit.setText("1212121213")
    wizard.next()
    assert wizard.currentId() == ADMIN_PAGE
    assert wizard.ui.adminError.text() == hint.text()
    assert not (tmp_path / "w.sqlite3").exists()


@pytest.mark.parametrize("language", ["en", "id"])
def test_change_password_says_why_while_typing(  # type: ignore[no-untyped-def]
    qtbot, qapp: QApplication, controller: Controller, language: str
) -> None:
    init_translations(qapp, language)
    dialog = ChangePasswordDialog(controller)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.ui.currentEdit, ADMIN_PASSWORD)
    qtbot.keyClicks(dialog.ui.newEdit, "abcdefgh12")
    assert dialog.hint.isVisible()
    if language == "en":
        assert dialog.hint.text() == "Sequences (like abcd or 12345) are easy to guess."
    _shot(dialog, f"change_password_hint_{language}.png")
    # The office's name is a known word too (the default: BKD Provinsi NTT).
    dialog.ui.newEdit.setText("Maria-Admin-Kupang")
    if language == "en":
        assert "words anyone would try here" in dialog.hint.text()


def test_add_user_says_why_while_typing(  # type: ignore[no-untyped-def]
    qtbot, controller: Controller
) -> None:
    dialog = AddUserDialog(controller)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.ui.usernameEdit, "yosef")
    qtbot.keyClicks(dialog.ui.fullNameEdit, "Yosef Nahak")
    qtbot.keyClicks(dialog.ui.passwordEdit, "inspektorat1")
    assert "words anyone would try here" in dialog.hint.text()
    dialog.ui.passwordEdit.setText("12345678901")
    assert dialog.hint.text() == "This password is too common; choose another."
    dialog.add()  # refused by the service, off the GUI thread
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20_000)
    assert dialog.ui.errorLabel.text() == dialog.hint.text()
    dialog.ui.passwordEdit.setText("Tenun-Ikat-Sabu-Rote-7")
    assert dialog.hint.text() == "Strong enough."
    with qtbot.waitSignal(dialog.accepted, timeout=20_000):
        dialog.add()
    assert dialog.added is not None and dialog.added.username == "yosef"
