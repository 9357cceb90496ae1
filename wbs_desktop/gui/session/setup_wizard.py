"""First-run setup: where the database lives, the first administrator, the recovery key."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QFontDatabase, QTextDocument
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget, QWizard

from wbs_desktop.domain.dates import office_now
from wbs_desktop.files import write_private_text
from wbs_desktop.gui import settings
from wbs_desktop.gui.controller import Controller
from wbs_desktop.gui.dialogs import message, show_error
from wbs_desktop.gui.forms.ui_setup_wizard import Ui_SetupWizard
from wbs_desktop.gui.i18n import current_language
from wbs_desktop.gui.messages import password_policy_message, service_error_message
from wbs_desktop.gui.session import secrets
from wbs_desktop.gui.session.dblocation import ServerAddress
from wbs_desktop.gui.session.login import fill_language_combo
from wbs_desktop.gui.session.password_hint import add_password_hint
from wbs_desktop.gui.worker import Job
from wbs_desktop.paths import default_database_path
from wbs_desktop.services.dto import SetupResult

log = logging.getLogger(__name__)

START, LOCAL, SERVER, ADMIN, RECOVERY = range(5)


class SetupWizard(QWizard):
    language_changed = Signal(str)
    """Emits: the language code picked on the first page."""

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._job: Job | None = None
        self._existing = False  # the chosen database already held an office
        self._created: SetupResult | None = None
        self._server_checked = False
        self.location = ""  # what to remember (never with a password)
        self.server_password = ""
        self.ui = Ui_SetupWizard()
        self.ui.setupUi(self)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.ui.adminPage.setCommitPage(True)
        self.ui.recoveryPage.registerField("kept*", self.ui.keptCheck)
        self.ui.localPage.registerField("localPath*", self.ui.localPathEdit)
        self.ui.serverPage.registerField("host*", self.ui.hostEdit)
        self.ui.serverPage.registerField("database*", self.ui.databaseEdit)
        self.ui.serverPage.registerField("user*", self.ui.userEdit)
        self.ui.adminPage.registerField("adminUser*", self.ui.adminUserEdit)
        self.ui.adminPage.registerField("adminName*", self.ui.adminNameEdit)
        self.ui.adminPage.registerField("adminPassword*", self.ui.adminPasswordEdit)
        # Defaults after registerField: a mandatory field counts as filled once it
        # differs from its value at registration, and these defaults are fine as they are.
        self.ui.localPathEdit.setText(str(default_database_path()))
        self.ui.databaseEdit.setText("wbs")
        self.ui.adminUserEdit.setText("admin")
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSize(mono.pointSize() + 2)
        self.ui.recoveryKeyText.setFont(mono)
        fill_language_combo(self.ui.languageCombo, current_language())
        self.ui.languageCombo.currentIndexChanged.connect(self._on_language)
        self.ui.browseButton.clicked.connect(self._on_browse)
        self.ui.printButton.clicked.connect(self._on_print)
        self.ui.saveButton.clicked.connect(self._on_save)
        for edit in (self.ui.adminPasswordEdit, self.ui.adminRepeatEdit, self.ui.adminUserEdit):
            edit.textChanged.connect(lambda: self.ui.adminError.setVisible(False))
        ui = self.ui  # the closure must not hold the wizard (a cycle outlives it)
        self.password_hint = add_password_hint(
            ui.adminForm, ui.adminPasswordEdit,
            lambda: (ui.adminUserEdit.text().strip(),
                     [ui.adminNameEdit.text(), ui.officeNameEdit.text()]))
        for edit in (self.ui.adminUserEdit, self.ui.adminNameEdit, self.ui.officeNameEdit):
            edit.textChanged.connect(self.password_hint.refresh)
        for edit in (self.ui.hostEdit, self.ui.databaseEdit, self.ui.userEdit,
                     self.ui.serverPasswordEdit):
            edit.textChanged.connect(self._on_server_edited)
        self.ui.localPathEdit.textChanged.connect(lambda: self.ui.localError.setVisible(False))
        self._retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Next >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Back"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Cancel"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Finish"))
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Create database"))
        if secrets.keyring_available():
            text = self.tr("The password is kept in this computer's keyring, not in a file.")
        else:
            text = self.tr("This computer has no keyring to keep the password in. It is not "
                           "saved: you will be asked for it each time the app starts.")
        self.ui.keyringLabel.setText(text)

    def _on_language(self) -> None:
        code = self.ui.languageCombo.currentData()
        settings.set_language(code)
        self.language_changed.emit(code)

    # --- page flow --------------------------------------------------------

    @property
    def created(self) -> SetupResult | None:
        return self._created

    @property
    def opened_existing(self) -> bool:
        return self._existing

    @property
    def admin_username(self) -> str:
        return self.ui.adminUserEdit.text().strip()

    def nextId(self) -> int:
        page = self.currentId()
        if page == START:
            return SERVER if self.ui.sharedRadio.isChecked() else LOCAL
        if page in (LOCAL, SERVER):
            return -1 if self._existing else ADMIN
        if page == ADMIN:
            return RECOVERY
        return -1

    def _server(self) -> ServerAddress:
        return ServerAddress(self.ui.hostEdit.text().strip(), self.ui.portSpin.value(),
                             self.ui.databaseEdit.text().strip(), self.ui.userEdit.text().strip())

    def _target(self) -> tuple[str, str | None]:
        """(location to remember, the server's password)."""
        if self.ui.sharedRadio.isChecked():
            return self._server().url(), self.ui.serverPasswordEdit.text() or None
        return self.location, None

    def validateCurrentPage(self) -> bool:
        if self._job is not None and not self._job.done:
            return False  # still working
        page = self.currentId()
        if page == LOCAL:
            return self._validate_local()
        if page == SERVER:
            return self._validate_server()
        if page == ADMIN:
            return self._validate_admin()
        return super().validateCurrentPage()

    def _set_working(self, working: bool, label: QWidget | None = None) -> None:
        for button in (QWizard.WizardButton.NextButton, QWizard.WizardButton.BackButton,
                       QWizard.WizardButton.CommitButton, QWizard.WizardButton.FinishButton):
            self.button(button).setEnabled(not working)
        self.currentPage().setEnabled(not working)

    def _validate_local(self) -> bool:
        path = Path(self.ui.localPathEdit.text().strip()).expanduser()
        self.location = str(path)
        if path.is_dir():
            self._local_error(self.tr("This is a folder. Give a file name."))
            return False
        if not path.exists() or path.stat().st_size == 0:
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                log.warning("cannot create %s: %s", path.parent, exc)
                self._local_error(self.tr("The folder cannot be created here. Choose another."))
                return False
            return True
        if self._existing:
            return True
        # An existing file: open it instead of creating a new office.
        self._set_working(True)
        self._job = self._controller.open_database(
            self.location, success=self._opened_existing, failure=self._local_open_failed)
        return False

    def _local_error(self, text: str) -> None:
        self.ui.localError.setText(text)
        self.ui.localError.setVisible(True)

    def _local_open_failed(self, exc: BaseException) -> None:
        self._set_working(False)
        self._local_error(service_error_message(exc))

    def _opened_existing(self) -> None:
        self._set_working(False)
        self._existing = True
        self.accept()

    def _on_server_edited(self) -> None:
        self._server_checked = False
        self.ui.serverError.setVisible(False)

    def _validate_server(self) -> bool:
        if self._server_checked or self._existing:
            return True
        self.location, db_password = self._target()
        self.server_password = self.ui.serverPasswordEdit.text()
        self._set_working(True)
        self.ui.serverError.setStyleSheet("")
        self.ui.serverError.setText(self.tr("Connecting to the server…"))
        self.ui.serverError.setVisible(True)
        self._job = self._controller.open_database(
            self.location, db_password=db_password, success=self._opened_existing,
            failure=self._server_failed)
        return False

    def _server_failed(self, exc: BaseException) -> None:
        self._set_working(False)
        self.ui.serverError.setStyleSheet("color: #b3261e;")
        if getattr(exc, "code", "") == "not_initialized":
            # Reachable and empty: set up a new office on it.
            self.ui.serverError.setVisible(False)
            self._server_checked = True
            self.next()
            return
        self.ui.serverError.setText(service_error_message(exc))
        self.ui.serverError.setVisible(True)

    def _admin_error(self, text: str) -> None:
        self.ui.adminError.setStyleSheet("color: #b3261e;")
        self.ui.adminError.setText(text)
        self.ui.adminError.setVisible(True)

    def _validate_admin(self) -> bool:
        if self._created is not None:
            return True
        from wbs_desktop.domain.passwords import PasswordPolicyViolation, check_password

        password = self.ui.adminPasswordEdit.text()
        if password != self.ui.adminRepeatEdit.text():
            self._admin_error(password_policy_message("mismatch"))
            return False
        try:
            check_password(password, username=self.admin_username, personal=[
                self.ui.adminNameEdit.text(), self.ui.officeNameEdit.text()])
        except PasswordPolicyViolation as exc:
            self._admin_error(password_policy_message(exc.code))
            return False
        self.location, db_password = self._target()
        self._set_working(True)
        self.ui.adminError.setStyleSheet("")
        self.ui.adminError.setText(self.tr("Creating the database and the keys…"))
        self.ui.adminError.setVisible(True)
        self._job = self._controller.create_database(
            self.location,
            db_password=db_password,
            admin_username=self.admin_username,
            admin_full_name=self.ui.adminNameEdit.text().strip(),
            password=password,
            office_name=self.ui.officeNameEdit.text().strip(),
            success=self._on_created,
            failure=self._create_failed,
        )
        return False

    def _create_failed(self, exc: BaseException) -> None:
        self._set_working(False)
        self._admin_error(service_error_message(exc))

    def _on_created(self, result: SetupResult) -> None:
        self._set_working(False)
        self.ui.adminError.setVisible(False)
        self._created = result
        self.ui.recoveryKeyText.setPlainText(result.recovery_key)
        self.ui.fingerprintLabel.setText(
            self.tr("Fingerprint: %1").replace("%1", result.recovery_fingerprint)
            + "\n" + self.tr("Office key (compare at every login): %1").replace(
                "%1", result.root_fingerprint))
        self.ui.adminPasswordEdit.clear()
        self.ui.adminRepeatEdit.clear()
        self.next()

    # --- recovery sheet -----------------------------------------------------

    def _recovery_text(self) -> str:
        assert self._created is not None
        lines = [
            self.tr("WBS Desktop — recovery key"),
            "",
            self.tr("Office: %1").replace("%1", self.ui.officeNameEdit.text().strip()),
            self.tr("Created: %1").replace("%1", office_now().strftime(
                "%d/%m/%Y %H:%M WITA")),
            "",
            self._created.recovery_key,
            "",
            self.tr("Fingerprint: %1").replace("%1", self._created.recovery_fingerprint),
            self.tr("Office key: %1").replace("%1", self._created.root_fingerprint),
            "",
            self.tr("Anyone holding this key can read every case. Keep it in a safe."),
        ]
        return "\n".join(lines)

    def _on_print(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        doc = QTextDocument()
        doc.setPlainText(self._recovery_text())
        doc.setDefaultFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        doc.print_(printer)

    def _on_save(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the recovery key"),
            str(Path.home() / "wbs-recovery-key.txt"), self.tr("Text files (*.txt)"))
        if not name:
            return
        try:
            write_private_text(name, self._recovery_text() + "\n")
        except OSError as exc:
            log.warning("saving the recovery key failed: %s", exc)
            show_error(self, self.tr("The file could not be written. Choose another place."))
            return
        message(self, self.windowTitle(),
                self.tr("Saved. Move the file to a USB stick kept in a safe and delete it "
                        "from this computer."))

    def _on_browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Database file"), self.ui.localPathEdit.text(),
            self.tr("WBS database (*.sqlite3);;All files (*)"),
            options=QFileDialog.Option.DontConfirmOverwrite)
        if name:
            self.ui.localPathEdit.setText(name)

    # --- finishing ------------------------------------------------------------

    def remember(self) -> str | None:
        """Store the location (and the server password in the keyring).

        Returns a notice for the user when the password could not be kept.
        """
        settings.set_database_location(self.location)
        if (self.ui.sharedRadio.isChecked() and self.server_password
                and not secrets.store_password(self._server().account, self.server_password)):
            return self.tr("The server password could not be saved on this computer "
                           "(no keyring). You will be asked for it at each start.")
        return None

    def reject(self) -> None:
        if self._created is not None and not self.ui.keptCheck.isChecked():
            return  # the recovery key is shown once: confirm it was kept first
        if self._job is not None and not self._job.done:
            self._job.cancel()
        super().reject()
