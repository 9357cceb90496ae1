"""Editing a user (administrators): full name, NIP, pangkat/golongan and
jabatan (printed when the user signs or examines), role and whether the account
is active. The profile is saved when the dialog is accepted, by the controller
off the GUI thread (a refusal stays in the dialog); a new role or active flag
re-keys what the user held, so the users list runs it afterwards with progress
(``role_change``). Every step is audited by the service
(``AccountService.update_user``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QWidget

from wbs_desktop.domain.roles import Role
from wbs_desktop.gui.case.action_dialog import ActionDialog, Invalid
from wbs_desktop.gui.controller import Controller
from wbs_desktop.gui.labels import role_label
from wbs_desktop.services.dto import UserInfo

translate = QCoreApplication.translate  # this name and literal contexts: lupdate finds them


def role_change(dialog: ActionDialog) -> tuple[Role | None, bool | None]:
    """What the accepted dialog asks beyond the profile: (new role or None,
    new active flag or None)."""
    return dialog.result_ if isinstance(dialog.result_, tuple) else (None, None)


def edit_profile_dialog(
    controller: Controller, user: UserInfo, parent: QWidget | None = None
) -> ActionDialog:
    def submit(dialog: ActionDialog) -> tuple[Role | None, bool | None]:
        values = {
            name: widget.text().strip()
            for name, widget in dialog.fields.items()
            if isinstance(widget, QLineEdit)
        }
        if not values["full_name"]:
            raise Invalid(translate("UserProfile", "Give the full name."))
        role = Role(role_combo.currentData())
        active = active_check.isChecked()
        me = controller.user
        is_me = me is not None and me.id == user.id
        if is_me and role != user.role:
            raise Invalid(translate("UserProfile", "You cannot change your own role."))
        if is_me and not active:
            raise Invalid(translate("UserProfile", "You cannot deactivate your own account."))
        dialog.run(lambda ok, bad: controller.update_profile(  # off the GUI thread
            user.username, full_name=values["full_name"], nip=values["nip"],
            rank=values["rank"], position=values["position"], success=ok, failure=bad))
        return (role if role != user.role else None,
                active if active != user.active else None)

    dialog = ActionDialog(
        parent,
        translate("UserProfile", "Edit user %1").replace("%1", user.username),
        translate(
            "UserProfile",
            "The name with titles, the NIP, the pangkat/golongan and the jabatan are printed "
            "when this user signs a letter or is in an examination team. A new role or "
            "deactivating the account gives the cases they held new keys."
        ),
        translate("UserProfile", "&Save"),
        submit,
    )
    dialog.setProperty("helpTopic", "users")
    dialog.add_row("full_name", translate("UserProfile", "&Full name:"),
                   QLineEdit(user.full_name, dialog))
    dialog.add_row("nip", translate("UserProfile", "&NIP:"), QLineEdit(user.nip, dialog))
    dialog.add_row("rank", translate("UserProfile", "&Pangkat/golongan:"),
                   QLineEdit(user.rank, dialog))
    dialog.add_row("position", translate("UserProfile", "&Jabatan:"),
                   QLineEdit(user.position, dialog))
    role_combo = QComboBox(dialog)
    for role in (Role.STAFF, Role.OFFICER, Role.ADMIN):
        role_combo.addItem(role_label(role), role.value)
    role_combo.setCurrentIndex(role_combo.findData(user.role.value))
    dialog.add_row("role", translate("UserProfile", "&Role:"), role_combo)
    active_check = QCheckBox(translate("UserProfile", "&Active (may log in)"), dialog)
    active_check.setChecked(user.active)
    dialog.add_row("active", "", active_check)
    for widget in dialog.fields.values():  # short labels: one line each, never cut
        label = dialog.ui.fieldsLayout.labelForField(widget)
        if isinstance(label, QLabel):
            label.setWordWrap(False)
    return dialog
