"""The login dialog (also the lock screen): user name, password, language.

It is the first window of a start and is shown while the database is still
being opened in the background ("Opening the database…"): the user types
meanwhile, and a Log in pressed before the database is open is held and sent
as soon as it is. Opening that fails ends the dialog with :data:`OPEN_FAILED`
(``open_error`` says why) for the caller's failure flow.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QCheckBox, QDialog, QPushButton, QWidget

from wbs_desktop.gui import settings
from wbs_desktop.gui.forms.ui_login import Ui_LoginDialog
from wbs_desktop.gui.i18n import current_language
from wbs_desktop.gui.session.dblocation import is_shared, parse_server

if TYPE_CHECKING:
    from wbs_desktop.gui.controller import Controller

#: ``exec()`` result: the user asked for another database.
OTHER_DATABASE = 2
#: ``exec()`` result: the database being opened could not be (see ``open_error``).
OPEN_FAILED = 3
#: ``exec()`` result of the lock screen: log the locked user out, let another log in.
SWITCH_USER = 4

_ERROR_STYLE = "color: #b3261e;"
_STATUS_STYLE = ""  # the dialog's own text colour

#: Language names are written in their own language on purpose (not translated).
LANGUAGE_NAMES = (("id", "Bahasa Indonesia"), ("en", "English"))


def fill_language_combo(combo: object, current: str) -> None:
    from PySide6.QtWidgets import QComboBox

    assert isinstance(combo, QComboBox)
    combo.blockSignals(True)
    combo.clear()
    for code, name in LANGUAGE_NAMES:
        combo.addItem(name, code)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    combo.blockSignals(False)


class LoginDialog(QDialog):
    language_changed = Signal(str)
    """Emits: the language code the user picked ("id"/"en"); the caller installs it."""
    other_database_requested = Signal()
    """Emits: nothing; the user wants to set up or choose another database."""

    def __init__(self, controller: Controller, parent: QWidget | None = None, *,
                 username: str = "", locked: bool = False, location: str = "") -> None:
        """``location``: the database being opened, named until it is open."""
        super().__init__(parent)
        self._controller = controller
        self._location = location
        self._locked = locked
        self._busy = False  # a login was asked for: checking, or held until the database is open
        self._held: tuple[str, str] | None = None  # that login, while the database opens
        self._waiting = not controller.is_open  # the database is still being opened
        self.open_error: BaseException | None = None
        self.ui = Ui_LoginDialog()
        self.ui.setupUi(self)
        fill_language_combo(self.ui.languageCombo, current_language())
        self.ui.languageCombo.currentIndexChanged.connect(self._on_language)
        self.ui.loginButton.clicked.connect(self._on_login)
        self.ui.quitButton.clicked.connect(self.reject)
        self.ui.otherDatabaseButton.clicked.connect(self._on_other_database)
        self.ui.recoveryButton.clicked.connect(self._on_recovery)
        self.ui.usernameEdit.textChanged.connect(self._clear_error)
        self.ui.passwordEdit.textChanged.connect(self._clear_error)
        controller.logged_in.connect(self._on_logged_in)
        controller.login_failed.connect(self._on_login_failed)
        if self._waiting:
            controller.database_opened.connect(self._on_database_opened)
            controller.database_failed.connect(self._on_database_failed)
        self.remember_check = QCheckBox(self)
        self.remember_check.setObjectName("rememberUsernameCheck")
        self.remember_check.setChecked(settings.remember_username())
        self.ui.formLayout.addRow("", self.remember_check)
        if username:
            self.ui.usernameEdit.setText(username)
            self.ui.passwordEdit.setFocus()
        self.switch_user_button: QPushButton | None = None
        if locked:
            self.ui.usernameEdit.setReadOnly(True)
            self.ui.otherDatabaseButton.setVisible(False)
            self.remember_check.setVisible(False)
            self.switch_user_button = QPushButton(self)
            self.switch_user_button.setObjectName("switchUserButton")
            self.switch_user_button.setAutoDefault(False)
            self.switch_user_button.clicked.connect(lambda: self.done(SWITCH_USER))
            self.ui.buttonLayout.insertWidget(0, self.switch_user_button)
            self.ui.recoveryButton.setVisible(False)
        self._retranslate()
        self._show_status()

    @property
    def waiting_for_database(self) -> bool:
        """True until the database being opened is open."""
        return self._waiting

    # The dialog follows a language change at once (it is on screen while the user picks).
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        location = self._controller.location or self._location or self._controller.opening
        if is_shared(location):
            where = self.tr("Shared database: %1").replace("%1", parse_server(location).display())
        else:
            where = self.tr("Database file: %1").replace("%1", location)
        fingerprint = self._controller.root_fingerprint
        if fingerprint:
            # Compare with the recovery-key sheet: the same on every workstation.
            where += "\n" + self.tr("Office key: %1").replace("%1", fingerprint)
        self.ui.databaseLabel.setText(where)
        self.remember_check.setText(self.tr("&Remember my user name on this computer"))
        self._show_office_name()
        if self._locked:
            self.setWindowTitle(self.tr("Locked — WBS Desktop"))
            self.ui.subtitleLabel.setText(
                self.tr("The screen is locked. Enter your password to continue."))
            self.ui.quitButton.setText(self.tr("&Quit"))
            if self.switch_user_button is not None:
                self.switch_user_button.setText(self.tr("&Switch user"))
                self.switch_user_button.setToolTip(self.tr(
                    "Log this user out (what was open is forgotten) and log in as someone else"))
        if self._busy or self._waiting:
            self._show_status()

    def _show_office_name(self) -> None:
        """Under the title: the office's name (from the wizard or the settings) once
        the database is open; the shipped subtitle until then."""
        if self._locked or self._waiting or not self._controller.is_open:
            return
        from wbs_desktop.services.errors import ServiceError

        try:
            name = self._controller.office_name()
        except ServiceError:  # the server went away: the login will say so
            return
        if name:
            self.ui.subtitleLabel.setText(name)
            self.setWindowTitle(self.tr("Log in — %1").replace("%1", name))

    def _on_language(self) -> None:
        code = self.ui.languageCombo.currentData()
        settings.set_language(code)
        self.language_changed.emit(code)

    def _on_other_database(self) -> None:
        self._stop_waiting()
        self.other_database_requested.emit()
        self.done(OTHER_DATABASE)

    def _on_recovery(self) -> None:
        """Every administrator password lost: the recovery key makes a new one."""
        if self._busy or self._waiting:
            return
        from wbs_desktop.gui.session.recovery_dialog import RecoveryDialog

        dialog = RecoveryDialog(self._controller, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.new_admin:
            self.ui.usernameEdit.setText(dialog.new_admin)
            self.ui.passwordEdit.clear()
            self.ui.passwordEdit.setFocus()
            self.ui.errorLabel.setStyleSheet(_STATUS_STYLE)
            self.ui.errorLabel.setText(
                self.tr("Administrator %1 was made with the recovery key. Log in as them.")
                .replace("%1", dialog.new_admin))
            self.ui.errorLabel.setVisible(True)

    def _clear_error(self) -> None:
        self._show_status()

    def _show_error(self, text: str) -> None:
        self.ui.errorLabel.setStyleSheet(_ERROR_STYLE)
        self.ui.errorLabel.setText(text)
        self.ui.errorLabel.setVisible(True)

    def _show_status(self) -> None:
        """The quiet line under the fields: what the dialog is waiting for, if anything."""
        if self._busy and self._waiting:
            text = self.tr("Opening the database… You will be logged in as soon as it is open.")
        elif self._busy:
            text = self.tr("Checking the password…")
        elif self._waiting:
            text = self.tr("Opening the database…")
        else:
            self.ui.errorLabel.setVisible(False)
            return
        self.ui.errorLabel.setStyleSheet(_STATUS_STYLE)
        self.ui.errorLabel.setText(text)
        self.ui.errorLabel.setVisible(True)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for w in (self.ui.usernameEdit, self.ui.passwordEdit, self.ui.loginButton,
                  self.ui.otherDatabaseButton, self.ui.languageCombo, self.ui.recoveryButton,
                  *([self.switch_user_button] if self.switch_user_button else [])):
            w.setEnabled(not busy)
        self._show_status()

    def _on_login(self) -> None:
        if self._busy:
            return
        username = self.ui.usernameEdit.text().strip()
        password = self.ui.passwordEdit.text()
        if not username or not password:
            self._show_error(self.tr("Enter your user name and your password."))
            (self.ui.passwordEdit if username else self.ui.usernameEdit).setFocus()
            return
        self._set_busy(True)
        if self._waiting:
            self._held = (username, password)  # sent when the database is open
        else:
            self._controller.login(username, password)

    def _on_database_opened(self) -> None:
        if not self._waiting:
            return
        self._waiting = False
        self._retranslate()  # the database label now names what is open
        held, self._held = self._held, None
        if held is not None:
            self._controller.login(*held)
        self._show_status()

    def _on_database_failed(self, exc: BaseException) -> None:
        if not self._waiting:
            return
        self._waiting = False
        self._held = None
        self._busy = False
        self.open_error = exc
        self.done(OPEN_FAILED)

    def _on_logged_in(self, _user: object) -> None:
        if self._busy:
            self._set_busy(False)
            if not self._locked:
                settings.set_remember_username(self.remember_check.isChecked())
                settings.set_last_username(self.ui.usernameEdit.text().strip())
            self.accept()

    def _on_login_failed(self, exc: BaseException) -> None:
        if not self._busy:
            return
        from wbs_desktop.gui.messages import service_error_message

        self._set_busy(False)
        self.ui.passwordEdit.clear()  # before the message: editing hides it
        self._show_error(service_error_message(exc))
        self.ui.passwordEdit.setFocus()

    def reject(self) -> None:
        if self._busy and self._held is None:
            return  # the password is being checked: wait for the answer
        self._stop_waiting()
        super().reject()

    def _stop_waiting(self) -> None:
        """Leaving before the database is open: it is not wanted any more."""
        if self._waiting:
            self._waiting = False
            self._held = None
            self._controller.cancel_open()
