"""The login dialog (also the lock screen): user name, password, language."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QDialog, QWidget

from wbs_desktop.gui import settings
from wbs_desktop.gui.controller import Controller
from wbs_desktop.gui.dblocation import is_shared, parse_server
from wbs_desktop.gui.i18n import current_language
from wbs_desktop.gui.messages import service_error_message
from wbs_desktop.gui.ui_login import Ui_LoginDialog

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
                 username: str = "", locked: bool = False) -> None:
        super().__init__(parent)
        self._controller = controller
        self._locked = locked
        self._busy = False
        self.ui = Ui_LoginDialog()
        self.ui.setupUi(self)
        fill_language_combo(self.ui.languageCombo, current_language())
        self.ui.languageCombo.currentIndexChanged.connect(self._on_language)
        self.ui.loginButton.clicked.connect(self._on_login)
        self.ui.quitButton.clicked.connect(self.reject)
        self.ui.otherDatabaseButton.clicked.connect(self._on_other_database)
        self.ui.usernameEdit.textChanged.connect(self._clear_error)
        self.ui.passwordEdit.textChanged.connect(self._clear_error)
        controller.logged_in.connect(self._on_logged_in)
        controller.login_failed.connect(self._on_login_failed)
        if username:
            self.ui.usernameEdit.setText(username)
            self.ui.passwordEdit.setFocus()
        if locked:
            self.ui.usernameEdit.setReadOnly(True)
            self.ui.otherDatabaseButton.setVisible(False)
        self._retranslate()

    # The dialog follows a language change at once (it is on screen while the user picks).
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        location = self._controller.location
        if is_shared(location):
            where = self.tr("Shared database: %1").replace("%1", parse_server(location).display())
        else:
            where = self.tr("Database file: %1").replace("%1", location)
        self.ui.databaseLabel.setText(where)
        if self._locked:
            self.setWindowTitle(self.tr("Locked — WBS Desktop"))
            self.ui.subtitleLabel.setText(
                self.tr("The screen is locked. Enter your password to continue."))
            self.ui.quitButton.setText(self.tr("&Quit"))

    def _on_language(self) -> None:
        code = self.ui.languageCombo.currentData()
        settings.set_language(code)
        self.language_changed.emit(code)

    def _on_other_database(self) -> None:
        self.other_database_requested.emit()
        self.done(2)

    def _clear_error(self) -> None:
        self.ui.errorLabel.setVisible(False)

    def _show_error(self, text: str) -> None:
        self.ui.errorLabel.setText(text)
        self.ui.errorLabel.setVisible(True)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for w in (self.ui.usernameEdit, self.ui.passwordEdit, self.ui.loginButton,
                  self.ui.otherDatabaseButton, self.ui.languageCombo):
            w.setEnabled(not busy)
        if busy:
            self.ui.errorLabel.setStyleSheet("")
            self._show_error(self.tr("Checking the password…"))
        else:
            self.ui.errorLabel.setStyleSheet("color: #b3261e;")

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
        self._controller.login(username, password)

    def _on_logged_in(self, _user: object) -> None:
        if self._busy:
            self._set_busy(False)
            self.accept()

    def _on_login_failed(self, exc: BaseException) -> None:
        if not self._busy:
            return
        self._set_busy(False)
        self.ui.passwordEdit.clear()  # before the message: editing hides it
        self._show_error(service_error_message(exc))
        self.ui.passwordEdit.setFocus()

    def reject(self) -> None:
        if not self._busy:
            super().reject()
