"""Users (administrators only): the list, adding and editing a user (profile,
role, active), deactivating, resetting a password. Every write is a controller
action run off the GUI thread (``gui/admin/admin_writes.py``); the list reloads
after it.

Layouts: ``forms/users.ui`` and ``forms/add_user.ui``. The services check the
permission again; the menu only hides what a non-admin cannot do.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QHeaderView, QPushButton, QTableWidgetItem, QWidget

from wbs_desktop.domain.dates import utc_now
from wbs_desktop.domain.roles import Role
from wbs_desktop.gui.case.action_dialog import ActionDialog
from wbs_desktop.gui.controller import Controller
from wbs_desktop.gui.dialogs import ask, ask_text, show_error
from wbs_desktop.gui.forms.ui_add_user import Ui_AddUserDialog
from wbs_desktop.gui.forms.ui_users import Ui_UsersDialog
from wbs_desktop.gui.labels import format_time_of_day, role_label
from wbs_desktop.gui.messages import service_error_message
from wbs_desktop.gui.session.change_password import _office_name
from wbs_desktop.gui.session.password_hint import add_password_hint
from wbs_desktop.gui.worker import Job, start_with_progress
from wbs_desktop.services.dto import UserInfo
from wbs_desktop.services.errors import ServiceError


class AddUserDialog(QDialog):
    """The new user is saved off the GUI thread (the keys take a moment); the
    buttons are off meanwhile and a refusal stays in the dialog with the input."""

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self.added: UserInfo | None = None
        self._job: Job | None = None
        self.ui = Ui_AddUserDialog()
        self.ui.setupUi(self)
        for role in (Role.STAFF, Role.OFFICER, Role.ADMIN):
            self.ui.roleCombo.addItem(role_label(role), role.value)
        self.ui.cancelButton.clicked.connect(self.reject)
        self.ui.addButton.clicked.connect(self.add)
        office_name = _office_name(controller)
        ui = self.ui  # the closure must not hold the dialog (a cycle outlives it)
        self.hint = add_password_hint(
            ui.formLayout, ui.passwordEdit,
            lambda: (ui.usernameEdit.text().strip(), [ui.fullNameEdit.text(), office_name]))
        for edit in (self.ui.usernameEdit, self.ui.fullNameEdit):
            edit.textChanged.connect(self.hint.refresh)

    @property
    def busy(self) -> bool:
        return self._job is not None

    def _set_busy(self, job: Job | None) -> None:
        self._job = job
        self.ui.addButton.setEnabled(job is None)
        self.ui.cancelButton.setEnabled(job is None)

    def add(self) -> None:
        if self._job is not None:
            return
        ui = self.ui
        ui.errorLabel.setVisible(False)
        self._set_busy(self._controller.add_user(
            ui.usernameEdit.text().strip(), ui.fullNameEdit.text().strip(),
            Role(ui.roleCombo.currentData()), ui.passwordEdit.text(),
            nip=ui.nipEdit.text().strip(), position=ui.positionEdit.text().strip(),
            success=self._added, failure=self._refused))

    def _added(self, user: UserInfo) -> None:
        self._set_busy(None)
        self.added = user
        self.accept()

    def _refused(self, exc: BaseException) -> None:
        self._set_busy(None)
        if not isinstance(exc, ServiceError):
            raise exc
        self.ui.errorLabel.setText(service_error_message(exc))
        self.ui.errorLabel.setVisible(True)

    def reject(self) -> None:
        if self._job is None:  # Escape or the window's close button during a save
            super().reject()


class UsersDialog(QDialog):
    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._users: list[UserInfo] = []
        self._job: Job | None = None
        self.ui = Ui_UsersDialog()
        self.ui.setupUi(self)
        table = self.ui.usersTable
        table.setColumnCount(5)
        table.setHorizontalHeaderLabels([
            self.tr("User name"), self.tr("Full name"), self.tr("Role"), self.tr("NIP"),
            self.tr("Status")])
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column in (0, 2, 3):  # user name, role, an 18-digit NIP: never cut
            table.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.ResizeToContents)
        table.doubleClicked.connect(lambda _index: self.edit_profile())
        table.verticalHeader().setVisible(False)
        table.itemSelectionChanged.connect(self._on_selection)
        self.ui.addButton.clicked.connect(self.add_user)
        self.ui.deactivateButton.clicked.connect(self.deactivate)
        self.ui.resetButton.clicked.connect(self.reset_password)
        self.ui.clearDelayButton.clicked.connect(self.clear_delay)
        self.ui.closeButton.clicked.connect(self.accept)
        # name, NIP, pangkat, jabatan, role, active
        self.profile_button = QPushButton(self.tr("&Edit…"), self)
        self.profile_button.setObjectName("editUserButton")
        self.profile_button.clicked.connect(lambda: self.edit_profile())
        self.ui.buttonLayout.insertWidget(1, self.profile_button)
        self.dialog: QDialog | None = None
        self.reload()

    def reload(self) -> None:
        try:
            self._users = self._controller.accounts().list_users()
        except ServiceError as exc:
            show_error(self, service_error_message(exc))
            return
        table = self.ui.usersTable
        table.setRowCount(len(self._users))
        for row, user in enumerate(self._users):
            if user.active and user.locked_until is not None and user.locked_until > utc_now():
                status = self.tr("waiting until %1").replace(
                    "%1", format_time_of_day(user.locked_until))
            else:
                status = self.tr("active") if user.active else self.tr("deactivated")
            for col, text in enumerate((user.username, user.full_name, role_label(user.role),
                                        user.nip or "—", status)):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, user.id)
                table.setItem(row, col, item)
        self._on_selection()

    def _selected(self) -> UserInfo | None:
        rows = {i.row() for i in self.ui.usersTable.selectedItems()}
        return self._users[rows.pop()] if len(rows) == 1 else None

    def _on_selection(self) -> None:
        user = self._selected()
        self.ui.deactivateButton.setEnabled(user is not None and user.active)
        self.ui.resetButton.setEnabled(user is not None)
        self.ui.clearDelayButton.setEnabled(
            user is not None and user.locked_until is not None and user.locked_until > utc_now())
        self.profile_button.setEnabled(user is not None)

    def clear_delay(self) -> None:
        """After wrong passwords an account waits before the next attempt: lift that now."""
        user = self._selected()
        if user is None:
            return
        self._job = self._controller.unlock_user(
            user.id, success=lambda _user: self.reload(), failure=self._failed)

    def edit_profile(self) -> ActionDialog | None:
        """The selected user's editor; a new role or active flag is applied after
        it closes, off the GUI thread (it re-keys the cases they held)."""
        from wbs_desktop.gui.admin.user_profile import edit_profile_dialog

        user = self._selected()
        if user is None:
            return None
        dialog = edit_profile_dialog(self._controller, user, self)
        dialog.accepted.connect(lambda: self._apply_role_change(user, dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _apply_role_change(self, user: UserInfo, dialog: ActionDialog) -> None:
        from wbs_desktop.gui.admin.user_profile import role_change

        role, active = role_change(dialog)
        if role is None and active is None:
            self.reload()
            return
        controller = self._controller
        self._job = start_with_progress(
            self, self.tr("Edit user"), self.tr("Re-keying the cases they held…"),
            lambda progress, ok, bad: controller.change_role(
                user.id, role=role, active=active, progress=progress, success=ok, failure=bad),
            lambda _user: self.reload(), self._failed)

    def add_user(self) -> None:
        if AddUserDialog(self._controller, self).exec() == QDialog.DialogCode.Accepted:
            self.reload()

    def deactivate(self) -> None:
        user = self._selected()
        if user is None:
            return
        if not ask(self, self.tr("Deactivate"),
                   self.tr("Deactivate %1? They can no longer log in.").replace(
                       "%1", user.full_name or user.username),
                   self.tr("&Deactivate"), self.tr("Cancel")):
            return
        controller = self._controller
        # Every case they held gets a new key version: all of them for an admin.
        self._job = start_with_progress(
            self, self.tr("Deactivate"), self.tr("Re-keying the cases they held…"),
            lambda progress, ok, bad: controller.deactivate_user(
                user.id, progress=progress, success=ok, failure=bad),
            lambda _user: self.reload(), self._failed)

    def reset_password(self) -> None:
        user = self._selected()
        if user is None:
            return
        password = ask_text(self, self.tr("Reset password"), self.tr(
            "A temporary password for %1 (they must change it at first login):").replace(
                "%1", user.full_name or user.username), password=True)
        if not password:
            return
        controller = self._controller
        # The user's cases are re-granted under the new keys: long with many cases.
        self._job = start_with_progress(
            self, self.tr("Reset password"), self.tr("Granting the cases again…"),
            lambda progress, ok, bad: controller.reset_password(
                user.id, password, progress=progress, success=ok, failure=bad),
            lambda _user: self.reload(), self._failed)

    def _failed(self, exc: BaseException) -> None:
        if getattr(exc, "code", "") == "cancelled" or str(exc) == "cancelled":
            show_error(self, service_error_message(ServiceError("cancelled", code="cancelled")))
        elif isinstance(exc, ServiceError):
            show_error(self, service_error_message(exc))
        else:
            raise exc
        self.reload()
