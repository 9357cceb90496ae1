""""All administrator passwords lost?": the printed recovery key makes a new
administrator (``Office.recover``: every case granted again, every
administrator's login delay cleared, ``recovery_used`` in the audit log).

Layout: ``forms/recovery.ui``. The new password follows the same rule as
everywhere (the hint under it says why it would be refused while it is typed).
The work runs off the GUI thread with a progress dialog and Cancel: granting
every case again takes a while in a large office.
"""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QDialog, QWidget

from wbs_desktop.gui.controller import Controller
from wbs_desktop.gui.forms.ui_recovery import Ui_RecoveryDialog
from wbs_desktop.gui.messages import password_policy_message, service_error_message
from wbs_desktop.gui.session.password_hint import add_password_hint
from wbs_desktop.gui.worker import Job, run_with_progress
from wbs_desktop.services.errors import ServiceError


class RecoveryDialog(QDialog):
    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._job: Job | None = None
        self.new_admin = ""  # the user name made, once accepted
        self.ui = Ui_RecoveryDialog()
        self.ui.setupUi(self)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.ui.keyEdit.setFont(mono)
        try:
            office_name = controller.office_name()
        except ServiceError:
            office_name = ""
        ui = self.ui  # the closure must not hold the dialog (a cycle outlives it)
        self.hint = add_password_hint(
            ui.formLayout, ui.passwordEdit,
            lambda: (ui.usernameEdit.text().strip(), [ui.fullNameEdit.text(), office_name]))
        for edit in (self.ui.usernameEdit, self.ui.fullNameEdit):
            edit.textChanged.connect(self.hint.refresh)
        for edit in (self.ui.keyEdit, self.ui.usernameEdit, self.ui.fullNameEdit,
                     self.ui.passwordEdit, self.ui.repeatEdit):
            edit.textChanged.connect(lambda _t: ui.errorLabel.setVisible(False))
        self.ui.cancelButton.clicked.connect(self.reject)
        self.ui.recoverButton.clicked.connect(self.recover)

    @property
    def busy(self) -> bool:
        return self._job is not None

    def _error(self, text: str) -> None:
        self.ui.errorLabel.setText(text)
        self.ui.errorLabel.setVisible(True)

    def recover(self) -> None:
        if self._job is not None:
            return
        ui = self.ui
        key, username = ui.keyEdit.text().strip(), ui.usernameEdit.text().strip()
        full_name, password = ui.fullNameEdit.text().strip(), ui.passwordEdit.text()
        if not key or not username or not full_name or not password:
            self._error(self.tr("Fill in every field."))
            return
        if password != ui.repeatEdit.text():
            self._error(password_policy_message("mismatch"))
            return
        ui.recoverButton.setEnabled(False)
        self._job = run_with_progress(
            self, self.windowTitle(), self.tr("Granting every case to the new administrator…"),
            lambda progress: self._controller.recover(
                key, username=username, full_name=full_name, password=password,
                progress=progress),
            self._done, self._failed)

    def _done(self, info: object) -> None:
        self._job = None
        self.new_admin = str(getattr(info, "username", ""))
        self.ui.keyEdit.clear()
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._job = None
        self.ui.recoverButton.setEnabled(True)
        if getattr(exc, "code", "") == "wrong_credentials":
            self._error(self.tr("This is not the recovery key of this office, or it has a "
                                "typing error. Check it against the printed sheet."))
            return
        self._error(service_error_message(exc))

    def reject(self) -> None:
        if self._job is None:
            self.ui.keyEdit.clear()
            super().reject()
