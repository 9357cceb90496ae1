"""Editing a user's profile (administrators): full name, NIP, pangkat/golongan
and jabatan, printed when the user signs or examines (audited by the service)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit, QWidget

from wbs_desktop.gui.action_dialog import ActionDialog, Invalid
from wbs_desktop.gui.controller import Controller
from wbs_desktop.services.dto import UserInfo


def edit_profile_dialog(
    controller: Controller, user: UserInfo, parent: QWidget | None = None
) -> ActionDialog:
    def submit(dialog: ActionDialog) -> UserInfo:
        values = {
            name: widget.text().strip()
            for name, widget in dialog.fields.items()
            if isinstance(widget, QLineEdit)
        }
        if not values["full_name"]:
            raise Invalid(QCoreApplication.translate("UserProfile", "Give the full name."))
        info: UserInfo = controller.signatories().update_profile(
            user.username,
            full_name=values["full_name"],
            nip=values["nip"],
            rank=values["rank"],
            position=values["position"],
        )
        return info

    dialog = ActionDialog(
        parent,
        QCoreApplication.translate("UserProfile", "Profile of %1").replace("%1", user.username),
        QCoreApplication.translate(
            "UserProfile",
            "Printed when this user signs a letter or is in an examination team: the name "
            "with titles, the NIP, the pangkat/golongan and the jabatan.",
        ),
        QCoreApplication.translate("UserProfile", "&Save"),
        submit,
    )
    dialog.setProperty("helpTopic", "users")
    dialog.add_row(
        "full_name",
        QCoreApplication.translate("UserProfile", "&Full name:"),
        QLineEdit(user.full_name, dialog),
    )
    dialog.add_row(
        "nip", QCoreApplication.translate("UserProfile", "&NIP:"), QLineEdit(user.nip, dialog)
    )
    dialog.add_row(
        "rank",
        QCoreApplication.translate("UserProfile", "&Pangkat/golongan:"),
        QLineEdit(user.rank, dialog),
    )
    dialog.add_row(
        "position",
        QCoreApplication.translate("UserProfile", "&Jabatan:"),
        QLineEdit(user.position, dialog),
    )
    return dialog
