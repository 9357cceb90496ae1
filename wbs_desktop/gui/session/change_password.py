"""Changing one's own password (asked at the first login after an admin set it).

Layout: ``forms/change_password.ui``. The key derivation runs off the GUI thread.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from wbs_desktop.gui.controller import Controller
from wbs_desktop.gui.forms.ui_change_password import Ui_ChangePasswordDialog
from wbs_desktop.gui.messages import password_policy_message, service_error_message
from wbs_desktop.gui.session.password_hint import add_password_hint
from wbs_desktop.gui.worker import Job
from wbs_desktop.services.errors import ServiceError


def _office_name(controller: Controller) -> str:
    """For the password hint; a database that cannot be read now just gives no name."""
    try:
        return str(controller.office_name())
    except ServiceError:
        return ""


class ChangePasswordDialog(QDialog):
    def __init__(self, controller: Controller, parent: QWidget | None = None, *,
                 required: bool = False, current: str = "") -> None:
        super().__init__(parent)
        self._controller = controller
        self._job: Job | None = None
        self.ui = Ui_ChangePasswordDialog()
        self.ui.setupUi(self)
        if required:
            self.ui.explanationLabel.setText(self.tr(
                "An administrator set your password. Choose your own before you continue "
                "(at least 10 characters)."))
        if current:
            self.ui.currentEdit.setText(current)
            self.ui.newEdit.setFocus()
        self.ui.cancelButton.clicked.connect(self.reject)
        self.ui.changeButton.clicked.connect(self.change)
        user = controller.user
        office_name = _office_name(controller)
        self.hint = add_password_hint(
            self.ui.formLayout, self.ui.newEdit,
            lambda: (user.username if user else "",
                     [user.full_name if user else "", office_name]))
        for edit in (self.ui.currentEdit, self.ui.newEdit, self.ui.repeatEdit):
            edit.textChanged.connect(lambda _t: self.ui.errorLabel.setVisible(False))

    @property
    def busy(self) -> bool:
        return self._job is not None

    def _error(self, text: str) -> None:
        self.ui.errorLabel.setText(text)
        self.ui.errorLabel.setVisible(True)

    def change(self) -> None:
        if self._job is not None:
            return
        new = self.ui.newEdit.text()
        if new != self.ui.repeatEdit.text():
            self._error(password_policy_message("mismatch"))
            return
        self.ui.changeButton.setEnabled(False)
        self._job = self._controller.change_password(
            self.ui.currentEdit.text(), new, success=self._done, failure=self._failed)

    def _done(self, _result: object) -> None:
        self._job = None
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._job = None
        self.ui.changeButton.setEnabled(True)
        self._error(service_error_message(exc))

    def reject(self) -> None:
        if self._job is None:
            super().reject()
