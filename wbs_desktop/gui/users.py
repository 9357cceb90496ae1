"""Users (administrators only): the list, adding a user, deactivating, resetting a password."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wbs_desktop.domain.roles import Role
from wbs_desktop.gui.controller import Controller
from wbs_desktop.gui.dialogs import ask, ask_text, show_error
from wbs_desktop.gui.messages import role_label, service_error_message
from wbs_desktop.services.dto import UserInfo
from wbs_desktop.services.errors import ServiceError


class AddUserDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a user"))
        self.setMinimumWidth(420)
        form = QFormLayout()
        self.username = QLineEdit(self)
        self.full_name = QLineEdit(self)
        self.role = QComboBox(self)
        for role in (Role.STAFF, Role.OFFICER, Role.ADMIN):
            self.role.addItem(role_label(role), role.value)
        self.nip = QLineEdit(self)
        self.position = QLineEdit(self)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Full name"), self.full_name)
        form.addRow(self.tr("Role"), self.role)
        form.addRow(self.tr("NIP"), self.nip)
        form.addRow(self.tr("Position"), self.position)
        form.addRow(self.tr("First password"), self.password)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e;")
        self.error.setVisible(False)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        cancel = QPushButton(self.tr("Cancel"), self)
        ok = QPushButton(self.tr("&Add"), self)
        ok.setDefault(True)
        cancel.clicked.connect(self.reject)
        ok.clicked.connect(self.accept)
        buttons.addWidget(cancel)
        buttons.addWidget(ok)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("The user must change this password at first login."),
                                self))
        layout.addWidget(self.error)
        layout.addLayout(buttons)

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(True)


class UsersDialog(QDialog):
    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self.setWindowTitle(self.tr("Users"))
        self.resize(760, 420)
        self.table = QTableWidget(0, 5, self)
        self.table.setHorizontalHeaderLabels([
            self.tr("User name"), self.tr("Full name"), self.tr("Role"), self.tr("NIP"),
            self.tr("Status")])
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        add = QPushButton(self.tr("&Add user…"), self)
        self.deactivate_button = QPushButton(self.tr("&Deactivate"), self)
        self.reset_button = QPushButton(self.tr("&Reset password…"), self)
        close = QPushButton(self.tr("Close"), self)
        add.clicked.connect(self.add_user)
        self.deactivate_button.clicked.connect(self.deactivate)
        self.reset_button.clicked.connect(self.reset_password)
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        for b in (add, self.deactivate_button, self.reset_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self._users: list[UserInfo] = []
        self.reload()

    def _accounts(self) -> object:
        return self._controller.accounts()

    def reload(self) -> None:
        try:
            self._users = self._controller.accounts().list_users()
        except ServiceError as exc:
            show_error(self, service_error_message(exc))
            return
        self.table.setRowCount(len(self._users))
        for row, user in enumerate(self._users):
            status = self.tr("active") if user.active else self.tr("deactivated")
            if user.locked_until is not None:
                status = self.tr("locked")
            for col, text in enumerate((user.username, user.full_name, role_label(user.role),
                                        user.nip or "—", status)):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, user.id)
                self.table.setItem(row, col, item)

    def _selected(self) -> UserInfo | None:
        row = self.table.currentRow()
        return self._users[row] if 0 <= row < len(self._users) else None

    def add_user(self) -> None:
        dialog = AddUserDialog(self)
        while dialog.exec() == QDialog.DialogCode.Accepted:
            try:
                self._controller.accounts().add_user(
                    dialog.username.text().strip(), dialog.full_name.text().strip(),
                    Role(dialog.role.currentData()), dialog.password.text(),
                    nip=dialog.nip.text().strip(), position=dialog.position.text().strip(),
                    must_change_password=True)
            except ServiceError as exc:
                dialog.show_error(service_error_message(exc))
                continue
            break
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
        try:
            self._controller.accounts().deactivate(user.id)
        except ServiceError as exc:
            show_error(self, service_error_message(exc))
        self.reload()

    def reset_password(self) -> None:
        user = self._selected()
        if user is None:
            return
        password = ask_text(self, self.tr("Reset password"), self.tr(
            "A temporary password for %1 (they must change it at first login):").replace(
                "%1", user.full_name or user.username), password=True)
        if not password:
            return
        try:
            self._controller.accounts().reset_password(user.id, password)
        except ServiceError as exc:
            show_error(self, service_error_message(exc))
        self.reload()
